# Hand transcription of the HELD-OUT half of g11i's part of the eleventh round of
# real filings (issue 21: the even numbers from 490 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 490
_R490 = [  # level1, level2, 三级指标, 指标解释, 预期达到目标
    ("产出指标", "数量指标", "研究培育食用菌品种数量", "研究培育食用菌品种数量", "2种"),
    ("产出指标", "数量指标", "培育中药材品种数量", "培育中药材品种数量", "4种"),
    ("产出指标", "数量指标", "创建食用菌生产基地", "创建食用菌生产基地", "2个"),
    ("产出指标", "数量指标", "推广食用菌品种数量", "推广食用菌品种数量", "3种"),
    ("产出指标", "数量指标", "消化利用农作物秸秆数量", "建立秸秆综合利用点", "5个"),
    ("产出指标", "数量指标", "技术指导服务数量", "对生产种植企业技术指导服务数量", "10家"),
    ("产出指标", "质量指标", "机关事务正常运转率", "机关事务正常运转率", "100%"),
    ("产出指标", "质量指标", "党建任务完成率", "上级党组织要求完成党建工作任务完成率", "100%"),
]
_D490 = ("县食用菌研究所为县农业农村局所属副科级公益类事业单位,主要职能是为全县食用菌生产科研提供服务,引进新品种,对食用菌新技术进行推广。"
         "推动我县食用菌和中药材产业健康稳定发展,围绕食用菌品种结构进一步优化,秸秆基料化利用率进一点提高等工作。")
_G490 = ("1、围绕我县农业特色产业发展的总体要求,着力培育我县食用菌及中药材产业,夯实产业基础。2、以局党组为核心,配合抓好局里各项中心工作,"
         "以服务强根本。3、保障干部职工生活待遇,保证日常工作正常运转")


def _rows490():
    out = []
    for i, (l1, l2, name, desc, val) in enumerate(_R490):
        row = []
        if i == 0:
            row.append(C(l1, rs=len(_R490)))
        if i == 0 or l2 != _R490[i - 1][1]:
            row.append(C(l2, rs=sum(1 for r in _R490 if r[1] == l2)))
        out.append(row + [name, desc, "", val])
    return out


FILINGS.append(dict(
    dir="490-changde-lixian-shiyongjun-zhengti-2021",
    html_title="澧县食用菌研究所2021年度绩效目标公开",
    blocks=[
        ("p", "澧县食用菌研究所2021年度绩效目标公开"),
        ("p", "2021-09-27 10:55 信息来源:澧县财政局"),
        ("p", "部门整体支出项目绩效目标申报表"),
        ("p", "(    2021     年度)"),
        ("p", "填报单位(公章):  澧县食用菌研究所"),
        ("table", [
            ["部门(单位)名称", C("澧县食用菌研究所", cs=6)],
            ["资金类别", C("部门(单位)整体支出", cs=6)],
            ["业务股室", C("农业股", cs=6)],
            [C("年度预算申请\n(万元)", rs=6), "资金总额", C("222.45", cs=5)],
            [C("按收入性质分:", cs=3), C("按支出性质分:", cs=3)],
            ["公共财政拨款", C("222.45", cs=2), "基本支出", C("220.45", cs=2)],
            ["政府性基金拨款", C("", cs=2), "项目支出", C("2", cs=2)],
            ["纳入专户管理的非税收入拨款", C("", cs=2), "", C("", cs=2)],
            ["其他资金", C("", cs=2), "", C("", cs=2)],
            ["部门职能职责概述", C(_D490, cs=6)],
            ["整体绩效目标", C(_G490, cs=6)],
            [C("绩效目标", rs=len(_R490) + 1), "一级指标", "二级指标", "三级指标", "指标解释", "指标说明及公式", "预期达到目标"],
        ] + _rows490()),
    ],
    truth={"projects": [P("澧县食用菌研究所", None, "222.45", "万元",
                          [I(l1, l2, name, val, description=desc) for l1, l2, name, desc, val in _R490])]},
    notes="""
Place: 澧县 (Lixian county, CHANGDE, HUNAN), county level: 澧县食用菌研究所 (the county's edible-fungus research institute, a
deputy-section-level public-service unit under 县农业农村局: new varieties, fungus and herb growing, straw used as a substrate); year
2021 ("(    2021     年度)"; published 2021-09-27 10:55 by 澧县财政局 on the county's disclosure pages, li-xian.gov.cn). A plain
simplified page, transcribed from source.txt. Lixian is covered (held-out5 128, the county's 生态环境局澧县分局 2021 预算项目绩效目标申报表
on the same pages: another unit, another form); an agricultural research unit's DEPARTMENT-WIDE form is new.
Template kind: the Changde/Lixian 2021 部门整体支出项目绩效目标申报表: 填报单位(公章) line, 部门(单位)名称, 资金类别 (部门(单位)整体支出),
业务股室 (农业股, the finance bureau's desk), 年度预算申请(万元) with 资金总额 and the 按收入性质分 (公共财政拨款, 政府性基金拨款, 纳入专户管理的
非税收入拨款, 其他资金) | 按支出性质分 (基本支出, 项目支出) breakdown, 部门职能职责概述, 整体绩效目标, then the indicator grid under a side
label 绩效目标: 一级指标 | 二级指标 | 三级指标 | 指标解释 | 指标说明及公式 | 预期达到目标.
Layout features: the target column captioned 预期达到目标 (no 指标值 word); two explanation columns, 指标解释 and 指标说明及公式; on five
rows the explanation REPEATS THE NAME word for word ("研究培育食用菌品种数量" twice), on three it differs ("消化利用农作物秸秆数量" |
"建立秸秆综合利用点"); count targets with their unit glued ("2种", "5个", "10家"); the budget's parts add up (222.45 = 220.45 基本 + 2
项目, all 公共财政拨款); a "(万元)" on its own line under 年度预算申请; a unit-wide 整体绩效目标 as numbered items in one paragraph.
Truth: one department 澧县食用菌研究所 (部门(单位)名称), budget 222.45 万元 (资金总额; unit from "年度预算申请 (万元)"). Eight indicators,
value = 预期达到目标 as written, the explanation text in value_cells.description.
Truncation: the capture stops in the third 质量指标 row ("培育推广成功率食用菌及中药材", name and explanation cut, no target): that row
and the rest of the form (时效/成本/效益/满意度 rows, approval rows) are left out of every file; the side label's and 产出指标's spans end
at the last reproduced row. The page's 手机版 / 登录 / 政府信息公开 / 归档 lines and "字号:【" are left out.
Reconstruction: the capture prints each row's cells GLUED on one line with no separator, the target on the next line, so every cell
boundary is INFERRED: the name | explanation split where the text repeats itself exactly (five rows) and, on the other three, at the
end of the name's measure word (…数量 | 建立…, …数量 | 对生产…, …完成率 | 上级…); INFERRED that the first text is the 三级指标 and
the second the 指标解释 (the columns' order), with 指标说明及公式 empty on every row (nothing is printed for it; the line break
before each target is taken as that empty cell, an inference — the explanation could as well stand under 指标说明及公式); the
money block as label | amount pairs in two halves (公共财政拨款 222.45 | 基本支出 220.45; 政府性基金拨款 empty | 项目支出 2; the
last two income labels with empty amounts and nothing beside them); the 7-column grid fixed by the indicator header with the side
label; all spans.
""",
))
