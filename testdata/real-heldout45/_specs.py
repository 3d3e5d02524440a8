# Hand transcription of the HELD-OUT half of g12h's part of the twelfth round of
# real filings (issue 21: the even numbers from 590 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 590
_U590 = "桃源县科学技术局"
_F590 = ("贯彻落实科技发展的宏观战略和科技促进经济与社会发展的方针、政策、法律法规;研究全县科技促进经济与社会发展的重大问题,"
         "研究确定全县科技发展的重大布局和优先领域;推动全县科技创新体系建设,提高全县科技创新能力。")
_G590 = ("1、培育高新技术企业15家,新增6家;2、达成产学研合同20个、技术交易合同50个,全县技术交易额达2个亿;3、推动创新创业平台建设;"
         "4、开展科学普及工作;5、选派科技特派员21名,上报问题解决及时率100%。服务企业满意度达95%。")
# (三级指标, 指标内容, 指标值), all under 产出指标 / 数量指标
_R590 = [
    ("培育指导高新技术企业数量", "全年培育指导高新技术企业数量", "15家以上"),
    ("新认定高新技术企业数量", "新认定高新技术企业数量", "6家以上"),
    ("产学研合作项目数量", "全年开展产学研合作项目数量", "20项以上"),
    ("技术交易额", "全年全县完成技术交易数量", "2个亿以上"),
    ("科技活动周举办次数", "科技活动周举办次数", "1次"),
    ("科普宣传活动次数", "科普宣传活动次数", "3次"),
    ("组建科技特派员团队数量", "组建科技特派员团队数量", "1个"),
]
_rows590 = []
for _i, (_n, _d, _v) in enumerate(_R590):
    _row = [_n, _d, _v, C("", cs=2)]
    if _i == 0:
        _row = [C("产出指标", rs=len(_R590)), C("数量指标", rs=len(_R590))] + _row
    _rows590.append(_row)
FILINGS.append(dict(
    dir="590-changde-taoyuan-keji-zhengti-shenbao-2021",
    html_title="桃源县科学技术局2021年度部门整体支出绩效目标申报表",
    blocks=[
        ("p", "桃源县科学技术局2021年度部门整体支出绩效目标申报表"),
        ("p", "桃源县科学技术局2021年度部门整体支出绩效目标申报表"),
        ("table", [
            [C("部门整体支出绩效目标申报表", cs=8)],
            [C("(2020年度)", cs=8)],
            [C("填报单位(盖章):桃源县科学技术局", cs=8)],
            ["部门名称", C(_U590, cs=7)],
            [C("年度预算申请 (万元)", rs=3), C("资金总额", rs=2), C("按收入性质分", cs=4), C("按支出性质分", cs=2)],
            ["公共财政拨款", "政府性 基金拨款", "纳入专户的非税收入拨款", "其他资金", "基本支出", "项目支出"],
            ["211.62", "211.62", "", "", "", "161.62", "50.00"],
            ["部门职能职责描述", C(_F590, cs=7)],
            ["整体绩效目标", C(_G590, cs=7)],
            [C("部门整体 支出年度 绩效目标", rs=len(_R590) + 1), "一级指标", "二级指标", "三级指标", "指标内容", "指标值",
             C("备注", cs=2)],
        ] + _rows590),
    ],
    truth={"projects": [P(_U590, None, "211.62", "万元",
                          [I("产出指标", "数量指标", n, v, description=d) for n, d, v in _R590])]},
    notes="""
Place: 桃源县 (Taoyuan, Changde, Hunan), county level: 桃源县科学技术局 (the county science and technology bureau), as a whole
department. Year: the page title says 2021年度 (桃源县科学技术局2021年度部门整体支出绩效目标申报表) but the form's own year line says
"(2020年度)" — both kept as written; the truth carries no year. Taoyuan is covered by held-out 30 (桃源县财政局's 2021 再就业援助 专项资金绩效目标表,
content_123020 of the same site column bmysjxglgk); this bureau and this page (content_121551) are new (grep of 桃源县科学技术局, content_121551
and 211.62 in testdata/real*: none; the address was not in claimed-urls.txt).
Template kind: the Hunan 部门整体支出绩效目标申报表 (department-wide; the form of 167, 421's city and 551): 部门名称 / 年度预算申请 (万元) 资金总额 |
按收入性质分 (公共财政拨款, 政府性基金拨款, 纳入专户的非税收入拨款, 其他资金) | 按支出性质分 (基本支出, 项目支出) / 部门职能职责描述 /
整体绩效目标 / 部门整体支出年度绩效目标: 一级指标 | 二级指标 | 三级指标 | 指标内容 | 指标值 | 备注.
Layout features: the money block as a two-level header with income and expense SIDE BY SIDE in ONE data row (211.62 资金总额 | 211.62
公共财政拨款 | three empty income cells | 161.62 基本支出 | 50.00 项目支出: 161.62 + 50.00 = 211.62); the year of the title (2021) differs
from the form's year line (2020); a 指标内容 column between the name and the value that mostly repeats the name (four of seven rows
word for word); targets as a number, a unit word and 以上 ("15家以上", "2个亿以上") or bare counts ("1次"); an empty 备注 column; the
left label "部门整体 支出年度 绩效目标" over the indicator block.
Truth: one department 桃源县科学技术局 (the 部门名称 cell), budget 211.62 万元 (资金总额; unit from "年度预算申请 (万元)"); seven
indicators, all 产出指标 / 数量指标 (filled down over the merged cells), value = the 指标值 cell as written, the 指标内容 cell kept as
value_cells.description.
Truncation: the capture stops in the eighth 数量指标 row after "选派" (its name cut; by the goal text a 科技特派员 row): that row and everything
after it (the other level-2 groups, 效益指标, 满意度指标) are left out of every file; the 产出指标 and 数量指标 cells span only the seven
rows kept.
Reconstruction: the capture prints each row on one line, cells joined by " | ", then one bare "|" per grid slot not printed (covered by a
span from above or to the left, or empty): eight slots a row throughout, so the spans are determined — title rows over eight, the
department name, the duties and the goal over seven, 年度预算申请 (万元) over three rows, 资金总额 over two, 按收入性质分 over four and
按支出性质分 over two, the three empty income cells of the data row in place (the only order consistent with 161.62 + 50.00 = 211.62
under 基本支出 | 项目支出). INFERRED: the header's eighth slot is read as 备注 spanning two columns (it could be an empty eighth column; no
value depends on it). The page title line is printed twice and kept as two paragraphs.
""",
))
