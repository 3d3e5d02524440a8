# Hand transcription of the HELD-OUT half of g12e's part of the twelfth round of
# real filings (issue 21: the even numbers from 560 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 560
_F560 = ("中心的职能职责是:承担全县各乡镇疫苗保管、发放、运输及业务指导工作;免疫规划督导、培训、宣传及预防接种;暴发疫情标本和聚集性病例标本及时检测;"
         "结核病防治;地方病、慢性病、重性精神病防治;疟疾防治;艾滋病防治;急性传染病防治;食品安全风险监测公共卫生监测、职业卫生和环境监测;健康教育宣传;"
         "美沙酮维持治疗;承办上级政府交办的其他工作。")
_G560 = ("根据《湖南省卫生健康委疾控处关于印发湖南省202年度结核病防治项目实施方案的通知》、《湖南省卫生健康委员会疾控处关于印发湖南省2020年度艾滋病防治项目实施方案的通知》、"
         "《湖南省卫生健康委疾控处关于印发全省2020年扩大国家免疫规划项目实施方案的通知》、《湖南省卫生健康委疾控处关于印发2020年度慢性病防控项目实施方案和相关工作说明的通知》"
         "等文件要求完成绩效目标。")
_V560 = "自愿咨询检测1000人次以上,艾滋病人检测600人次以上,结核病人筛查600人次以上"
FILINGS.append(dict(
    dir="560-hengyang-qidong-jikong-zhengti-2024",
    html_title="祁东县疾病预防控制中心2024年祁东县部门整体支出绩效目标表",
    blocks=[
        ("p", "祁东县疾病预防控制中心2024年祁东县部门整体支出绩效目标表"),
        ("p", "来源:祁东县财政局     发布时间:2024-12-11 11:16"),
        ("p", "预算14表"),
        ("p", "2024年祁东县部门整体支出绩效目标表"),
        ("p", "填报单位:(盖章)"),
        ("table", [
            ["部门名称", C("祁东县疾病预防控制中心", cs=4)],
            [C("年度预算申请 (万元)", rs=6), C("资金总额:952.22", cs=4)],
            [C("按收入性质分:952.22", cs=2), C("按支出性质分:952.22", cs=2)],
            [C("其中:一般公共预算:952.22", cs=2), C("其中:基本支出:875.22", cs=2)],
            [C("政府性基金拨款:", cs=2), C("项目支出:77", cs=2)],
            [C("纳入专户管理的非税收入拨款:", cs=2), C("", cs=2)],
            [C("其他资金:", cs=2), C("", cs=2)],
            ["部门职能 职责概述", C(_F560, cs=4)],
            ["整体绩效目标", C(_G560, cs=4)],
            [C("部门整体支出 年度绩效指标", rs=4), "一级指标", "二级指标", "三级指标", "指标值及单位"],
            [C("产出指标", rs=3), C("数量指标", rs=3), "全年检测次数", _V560],
            ["免疫规划知识培训次数", "2次以上"],
            ["免疫规划知识培训人次", "200人以上"],
        ]),
    ],
    truth={"projects": [P("祁东县疾病预防控制中心", None, "952.22", "万元", [
        I("产出指标", "数量指标", "全年检测次数", _V560),
        I("产出指标", "数量指标", "免疫规划知识培训次数", "2次以上"),
        I("产出指标", "数量指标", "免疫规划知识培训人次", "200人以上"),
    ])]},
    notes="""
Place: 祁东县 (Qidong county, Hengyang, Hunan), county level: 祁东县疾病预防控制中心 (the county centre for disease control), as a whole
department; year 2024 (the form's title "2024年祁东县部门整体支出绩效目标表"; published 2024-12-11 by 祁东县财政局 in the county site's
信息公开 > 财政信息 > 绩效管理 column). Hengyang is covered (13, 27, 29, 55, 541 …); the county Qidong is new (grep of 祁东 in
testdata/real*: none; the address is not in claimed-urls.txt before this claim). Other disease-control centres are in the corpus
(53 石嘴山, held-out 52 南县, held-out36 504 零陵区): this one is a different county and year.
Template kind: the Hunan county 部门整体支出绩效目标表 (预算14表 of the county's budget set; the shape of 167 and 551):
填报单位:(盖章) / 部门名称 / 年度预算申请 (万元) 资金总额: / 按收入性质分: | 按支出性质分: (一般公共预算, 政府性基金拨款, 纳入专户管理的
非税收入拨款, 其他资金 | 基本支出, 项目支出) / 部门职能职责概述 / 整体绩效目标 / 部门整体支出 年度绩效指标 with 一级指标 | 二级指标 |
三级指标 | 指标值及单位.
Layout features: EVERY AMOUNT INSIDE ITS LABEL CELL after a colon ("资金总额:952.22", "其中:基本支出:875.22", "项目支出:77"); the
money unit only in the caption "年度预算申请 (万元)" (a space before the bracket); ONE VALUE COLUMN "指标值及单位" whose cells carry
number and unit together ("2次以上", "200人以上") or a sentence of three counts (the first row); the goal cell cites 2020 rules and
a typo "202年度" (kept); empty income cells.
Truth: one department 祁东县疾病预防控制中心 (the 部门名称 cell), budget 952.22 万元 (资金总额 of 年度预算申请; unit from "(万元)");
three indicators, all 产出指标 / 数量指标 (the level cells are given once, on the first row; filled down).
Truncation: the capture stops inside the fourth 数量指标 row ("开展宣传活动次数20次以", its target cut): that row and everything after
(the other level-2 and level-1 groups, 效益, 满意度) are left out of every file.
Reconstruction: the capture GLUES each row's cells into one line with no separator ("部门名称祁东县疾病预防控制中心",
"免疫规划知识培训次数2次以上"); the cell boundaries are INFERRED from the form's labels: the name/target boundary of the three
indicator rows falls after the name's last word (次数 / 人次), the target of the first row is the whole sentence after "全年检测次数".
The grid is inferred five columns wide: labels one column, values four; "年度预算申请 (万元)" over the six money rows, whose
income | expense cells span two columns each; the indicator label over its rows (four here, cut), the level cells one column each.
The trailing spaces after "纳入专户管理的非税收入拨款:" and "其他资金:" are taken as the empty expense cells beside them. The page's
navigation line is left out.
""",
))
