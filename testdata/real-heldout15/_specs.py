# Hand transcription of the HELD-OUT half of gatherM's part of the ninth round of
# real filings (issue 21: the even numbers from 290 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's restored.txt (the glossed mirror's capture in
# source.txt, restored by testdata/real/_restore.py); nothing is invented; cut-offs,
# inferences and the conversion's choices are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 290
_U290 = "岳阳楼区价格认证鉴定中心"
_S290 = "未达指标值酌情扣分"
_R290 = [  # level1, level2, name, type, value cell, unit cell, explanation
    ("产出指标", "数量指标", "业务工作支出安排金额", "定量", "28.8万元", "%", "该指标主要考察业务工作支出安排情况"),
    ("产出指标", "质量指标", "业务工作支出到位率", "定量", "100", "%", "该指标主要考察业务工作支出安排到位情况"),
    ("产出指标", "时效指标", "工作安排时间", "定量", "按月安排", "", "该指标主要考察业务工作支出安排时间"),
    ("产出指标", "成本指标", "社会成本指标", "定量", "100", "%", "该指标主要考察总成本控制情况"),
    ("效益指标", "社会效益指标", "保证单位正常运转", "定性", "应保尽保", "%", "该指标主要考察单位运转需要保障范围应保尽保"),
]


def _row290(r):
    return [r[2], r[3], r[4], r[5], r[6], _S290, ""]


def _value290(v, u):
    """The target as written: a bare number takes its unit cell ("100" | "%"); a
    cell that already ends in a unit or is a word is kept as written (the "%"
    beside it contradicts it: see notes)."""
    return v + u if v.replace(".", "").isdigit() else v


FILINGS.append(dict(
    dir="290-yueyang-yueyanglou-jiage-renzheng-zhengti-2023",
    html_title="岳阳楼区价格认证鉴定中心2023年度整体绩效目标表",
    blocks=[
        ("p", "岳阳楼区价格认证鉴定中心2023年度整体绩效目标表"),
        ("p", "来源:\n区发改局\n发布时间:\n2023-04-26 10:57\n浏览次数:\n1"),
        ("table", [
            [C("岳阳楼区价格认证鉴定中心2023年度整体绩效目标表", cs=9)],
            ["部门(单位)名称", C(_U290, cs=8)],
            ["*部门(单位)职责", C("负责价格认定工作", cs=8)],
            ["*年度总体绩效目标", C("做好涉案、价格认定工作。", cs=8)],
            [C("绩效指标", cs=9)],
            ["一级指标", "二级指标", "三级指标", "指标值类型", "*指标值", "计量单位", "*指标解释", "*评(扣)分标准", "备注"],
            [C("产出指标", rs=4), "数量指标"] + _row290(_R290[0]),
            ["质量指标"] + _row290(_R290[1]),
            ["时效指标"] + _row290(_R290[2]),
            ["成本指标"] + _row290(_R290[3]),
            [C("效益指标", rs=2), "经济效益指标", "", "", "", "", "", _S290, ""],
            ["社会效益指标"] + _row290(_R290[4]),
        ]),
    ],
    truth={"projects": [P(_U290, None, None, None, [
        I(l1, l2, n, _value290(v, u), nature=t, value=v, unit=u, description=d, standard=_S290)
        for l1, l2, n, t, v, u, d in _R290])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 岳阳市岳阳楼区 (Yueyanglou district, Yueyang, Hunan), district level, 岳阳楼区价格认证鉴定中心 (the district's price-certification
centre; published under 区发改局, 2023-04-26); year 2023 (the caption "2023年度整体绩效目标表"). Captured from a glossed mirror
(monopolymediamarketing.com, with the path of the district site's info pages): traditional characters with pinyin glosses after some
characters ("岳陽樓區(qū)價(jià)格認(rèn)證"). Yueyang is covered (12, 169, 181, 201, 220, 221, 244); the district's price-certification
centre, a 整体绩效目标表 with nine columns, and the glossed capture are new. Not in the corpus under a simplified address (grep of
价格认证 in testdata/real*: none).
Template kind: the Yueyang 2023 部门整体绩效目标表: 部门(单位)名称 / *部门(单位)职责 / *年度总体绩效目标 / 绩效指标, then 一级指标 | 二级指标 |
三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注; no money rows.
Layout features: a TYPE column (定量/定性) before the target; the target split into *指标值 | 计量单位 but the unit cell CONTRADICTS the
target on two rows ("28.8万元" | "%", "应保尽保" | "%": a template default left in) and is EMPTY on a word target ("按月安排"); 成本指标
as a level-2 under 产出指标 with a level-2 name as its 三级指标 ("社会成本指标"); a level-2 row with no indicator (经济效益指标: only the
standard "未达指标值酌情扣分"); starred captions ("*指标值", "*评(扣)分标准"); the same scoring standard on every row; no budget.
Truth: one department 岳阳楼区价格认证鉴定中心 (部门(单位)名称), no budget and no money unit (the form has no money rows). FIVE
INDICATORS: level1 filled down, level2 and name as written; value = the target as written: a bare number joined with its unit cell
("100" + "%" = "100%", as the split-value convention); where the 指标值 cell already carries its own unit or is a word, the "%" of the
计量单位 cell contradicts it and value is the 指标值 cell alone ("28.8万元", "应保尽保", INFERRED — the "%" is kept in value_cells.unit);
value_cells nature (指标值类型), value, unit, description (*指标解释), standard (*评(扣)分标准). The 经济效益指标 row has no name and no
target: not an indicator.
Truncation: the capture stops at the 生态效益 row ("生態(t", cut inside a gloss); that row and the rest of the table (满意度 and any
further rows) are left out; the span of 效益指标 ends at the last reproduced row.
Restoration: _restore.py printed no untoned gloss; the cut "(t" at the end is left in restored.txt. Characters OpenCC could have
chosen otherwise: none in a scored field (岳陽樓區 → 岳阳楼区, 鑒定 → 鉴定, 價格認證 → 价格认证, 應保盡保 → 应保尽保 are one-to-one).
Reconstruction: the capture prints each row's cells " | "-separated and then one run of "|" for the columns the row does not start;
the 9-column grid is fixed by the indicator header. 产出指标 is taken to span four rows (the next three start at the level-2 cell,
their runs one "|" longer); in the 时效指标 row the missing third slot is read as an EMPTY 计量单位 (the explanation follows 按月安排
directly); in the 经济效益指标 row the one printed cell is placed under *评(扣)分标准 with the five cells before it empty (INFERRED);
the empty 备注 of every row; the title row, the three label rows (value over eight columns) and 绩效指标 over the width. The page's
来源 / 发布时间 / 浏览次数 lines are kept as a paragraph.
""",
))
