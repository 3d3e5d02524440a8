# Hand transcription of the HELD-OUT half of g11g's part of the eleventh round of
# real filings (issue 21: the even numbers from 470 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt (restored.txt for a restored
# capture); nothing is invented; cut-offs and inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 470
_G470 = "1、建立健全孤儿、特困人员保障体系,维护院内服务对象权益;2、为全院283名服务对象提供良好的生活、学习环境。"
_R470 = [  # level1, level2, name, 指标值类型, 指标值, 计量单位, 指标解释, 评(扣)分标准, 备注
    ("成本指标", "经济成本指标", "成本节约率", "", "0", "%", "资金支出严格按预算执行",
     "成本节约率0%以上计20分,低于0%,每降低1%扣1分,扣完为止", "20"),
    ("产出指标", "数量指标", "开展开放日活动次数", "", "1", "", "通过开放日活动,扩大社会影响力",
     "开放日活动次数1次以上计3分,未开展不计分", "3"),
    ("产出指标", "数量指标", "开展全院安全排查次数", "", "6", "", "开展安全排查,保障院内安全",
     "安全排查次数6次以上计3分,少于6次不计分", "3"),
    ("产出指标", "数量指标", "全院设施设备维修维护覆盖率", "", "90", "%", "全院设施设备应维尽维、应修尽修",
     "维修维护覆盖率90%计3分,每少5%扣1分,扣完为止", "3"),
    ("产出指标", "数量指标", "编外人员数量", "", "153", "", "严格控制全院编外人员数量",
     "编外人数小于或等于155名计3分,超过不计分", "3"),
    ("产出指标", "数量指标", "全院服务对象护理覆盖率", "=", "100", "%",
     "保障院内孤儿、特困人员等服务对象的日常照料、医疗康复等护理服务全覆盖", "护理覆盖率100%计3分,低于100%不计分", "3"),
    ("产出指标", "质量指标", "院内各项设施设备有效使用率", "", "90", "%", "保障", "", ""),
]


def _ind470(r):
    l1, l2, n, typ, v, u, d, s, _ = r
    cells = dict(value=v, unit=u, description=d, standard=s)
    if typ:
        cells = dict(op=typ, **cells)
    return I(l1, l2, n, typ + v + u, **cells)


FILINGS.append(dict(
    dir="470-hengyang-shehui-fuliyuan-zhengti-2025",
    html_title="衡阳市社会福利院2025年度部门预算公开",
    blocks=[
        ("p", "衡阳市社会福利院2025年度部门预算公开"),
        ("p", "来源:市社会福利院发布时间:2025-01-16"),
        ("p", "福利院2025年部门预算公开"),
        ("p", "整体支出绩效目标表"),
        ("p", "金额单位:万元"),
        ("table", [
            [C("单位编码", rs=2), C("单位名称", rs=2), C("资金总额", rs=2), C("按收入性质分", cs=4), C("按支出性质分", cs=2),
             C("整体绩效目标", rs=2), C("部门整体支出年度绩效目标", cs=9)],
            ["一般公共预算", "政府性基金拨款", "财政专户管理资金", "其他资金", "基本支出", "项目支出",
             "一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位", "指标解释", "评(扣)分标准", "备注"],
            [C("058003", rs=9), C("衡阳市社会福利院", rs=9), C("1,752.48", rs=9), C("1,462.48", rs=9), C("200", rs=9),
             C("", rs=9), C("90", rs=9), C("700.38", rs=9), C("1,052.1", rs=9), C(_G470, rs=9),
             C("成本指标", rs=3), "经济成本指标"] + list(_R470[0][2:]),
            ["社会成本指标", "", "", "", "", "", "", ""],
            ["生态环境成本指标", "", "", "", "", "", "", ""],
            [C("产出指标", rs=6), C("数量指标", rs=5)] + list(_R470[1][2:]),
            list(_R470[2][2:]),
            list(_R470[3][2:]),
            list(_R470[4][2:]),
            list(_R470[5][2:]),
            ["质量指标"] + list(_R470[6][2:]),
        ]),
    ],
    truth={"projects": [P("衡阳市社会福利院", None, "1752.48", "万元", [_ind470(r) for r in _R470])]},
    notes="""
restored from a traditional-character copy (_restore.py)
Place: 衡阳市 (Hengyang, Hunan), city level: 衡阳市社会福利院 (the city's social-welfare institution: orphans and persons in extreme
poverty in residential care; 单位编码 058003), under the city civil-affairs bureau (the copied path /mzj/xxgk/czxx/ is the bureau's
财政信息 column); year 2025 (title "衡阳市社会福利院2025年度部门预算公开", published 2025-01-16). Captured from a spam mirror
(m.fu-954cc.com: an advertising title line, then the bureau's page in TRADITIONAL characters without pinyin glosses), restored with
_restore.py (OpenCC t2s). Hengyang is covered (13, 27, 29, 55, held-out5 114, 168 and others: 南岳区, 衡山县); the city's welfare
institution, its 2025 department budget and this 19-column 整体支出绩效目标表 are new (grep of 社会福利院 / 社會福利院 in testdata/real*:
none; 225 is 黄冈市社会福利中心, Hubei, another form).
Template kind: the Hunan 2025 budget-system 整体支出绩效目标表 (金额单位:万元) as ONE WIDE GRID: 单位编码 | 单位名称 | 资金总额 | 按收入性质分
(一般公共预算 | 政府性基金拨款 | 财政专户管理资金 | 其他资金) | 按支出性质分 (基本支出 | 项目支出) | 整体绩效目标 | 部门整体支出年度绩效目标 (一级指标 |
二级指标 | 三级指标 | 指标值类型 | 指标值 | 计量单位 | 指标解释 | 评(扣)分标准 | 备注): the unit, its money and its goal on the first
indicator row, spanning the rest (the Yueyang edition of the same columns, without the money, is held-out15 290).
Layout features: a GLUED TEXT LAYER — every row's cells run together with no separator ("058003衡阳市社会福利院1,752.481,462.48200
90700.381,052.11、建立健全…", "开展开放日活动次数1通过开放日活动…"), a blank (non-breaking) cell printed as one space; money with
thousands commas; 成本指标 FIRST as a level 1 with three level-2 rows, two of them empty (社会成本指标, 生态环境成本指标); bare counts as
targets with an empty unit (1, 6, 153); a "=" in the 指标值类型 column on one row only; the points of each row in the 备注 column (20,
3, 3 …); targets repeated inside the scoring standards; a target (153) below its standard's bound (≤155名).
Truth: one department 衡阳市社会福利院 (单位名称), budget 1752.48 万元 (资金总额 "1,752.48"; unit from "金额单位:万元"). SEVEN
INDICATORS: value = 指标值类型 + 指标值 + 计量单位 as written ("0%", "1", "6", "90%", "153", "=100%", "90%"); value_cells op (the "="),
value, unit, description (指标解释) and standard (评(扣)分标准); the 备注 points are not in the truth. The two empty 成本指标 rows have no
name and no target: not indicators.
Truncation: the capture stops inside the 质量指标 row's 指标解释 ("保障", cut): its name and target (90%) are complete, so the row is
kept with the description "保障" as captured and empty standard and 备注; the rest of the table (more 质量/时效 rows, 效益, 满意度) is
left out of every file, and the spans of the first ten cells and of 产出指标 end at the last reproduced row. The spam title line, the
greeting and the breadcrumb are left out.
Restoration: no pinyin gloss in the capture (_restore.py printed none). Characters OpenCC could have chosen otherwise: none in a
scored field (衡陽→衡阳, 社會福利院→社会福利院, 節約→节约, 覆蓋→覆盖, 編外→编外 are one-to-one); the source already has "于" in
"低于 / 小于或等于" (the mirror's own mix), kept.
Reconstruction (the grid is INFERRED from the glued rows and the two header rows): 19 columns as the header rows name them. The money
run "1,752.481,462.48200 90700.381,052.1" is split by the two decimals of each amount and the totals: 1,752.48 = 1,462.48 + 200 + 90 and
= 700.38 + 1,052.1 (so 1,052.1, not 1,052.11: the "1、" that follows numbers the goal). AMBIGUOUS and unscored: which income column
holds 90 — the space between 200 and 90 is read as the blank 财政专户管理资金 cell (a blank cell prints a space, as in the two empty
成本 rows: seven spaces for their seven blank cells), so 90 is 其他资金; a reader may put 90 under 财政专户管理资金. Within the indicator
rows the name | target | explanation | standard | points boundaries follow the words (the explanation starts where the target's
digits and unit end; the points are the trailing digits after the standard); where a 指标值类型 cell is blank it prints nothing, so
"0%" may be 指标值 "0%" with an empty unit rather than "0" | "%" (same value); the "=" of 护理覆盖率 is taken as its 指标值类型 (the
form's column for the comparator), INFERRED. The first ten cells span the nine reproduced indicator rows; 成本指标 spans three rows,
产出指标 six, 数量指标 five.
""",
))
