# Hand transcription of the HELD-OUT half of the sixth round of real filings
# (issue 21: the even numbers from 118 on, see testdata/real/_build.py).  Not for
# tuning: these filings are scored once, at the end, by the lead.  Every string
# is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 118
_PLAN118 = [("1、应急物质储备及防疫物质采购", "2017.01", "2017.03"), ("2、流行病不 [ 这调查监测", "2017.01", "2017.12"),
            ("3、免疫抗体效果评估", "2017.03", "2017.05"), ("4、动物卫生监督执法", "2017.03", "2017.05"),
            ("5、强制扑杀和免疫副反应补助", "2017.11", "2017.12")]
FILINGS.append(dict(
    dir="118-chenzhou-yongxing-dongwu-fangyi-2017",
    html_title="专项资金绩效目标表",
    blocks=[
        ("p", "专项资金绩效目标表"),
        ("p", "(2017 年度)"),
        ("p", "填报单位(盖章):永兴县畜牧兽医水产局"),
        ("table", [
            ["专项名称", C("重大动物疫病防控", cs=2), "专项属性", C("延续专项√新增专项□", cs=2)],
            ["部门名称", C("县动物卫生监督所", cs=2), "资金总额(万元)", C("50", cs=2)],
            ["部门相应职能职责概述", C("重大动物防控工作、强制扑杀和免疫副反应补助、疫苗和防疫物质储备、监测、检测经费及监督执法等。", cs=5)],
            ["专项立项依据", C("《中华人民共和国动物防疫法》、《重大动物疫情应急条例》、《郴州市重大动物疫病防控工作目标管理责任状》", cs=5)],
            [C("专项实施进度计划", rs=6), C("专项实施内容", cs=3), "计划开始时间", "计划完成时间"],
        ] + [[C(t, cs=3), a, b] for t, a, b in _PLAN118] + [
            ["专项长期绩效目标", C("通过项目的实施在 2020 年前,生猪、羊、牛、家禽死亡率分别制在4%、3%、2%、8%以下。", cs=5)],
            ["专项年度绩效目标", C("加强对动物免疫接种、检疫、扑杀等手段和措施,有效控制疫病的发生和流行,将猪、牛、羊、家禽死亡率分别控制在现的基础上"
                           "下降0.5 、 0.1 、0.5 、和 0.1 个个百分点。", cs=5)],
            [C("专项年度绩效指标", rs=2), "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            ["产出指标", "数量指标", "各种强制免率、屠宰率及检疫率", "100%", ""],
        ]),
    ],
    truth={"projects": [P("重大动物疫病防控", None, "50", "万元", [
        I("产出指标", "数量指标", "各种强制免率、屠宰率及检疫率", "100%")])]},
    notes="""
Place: 永兴县 (Yongxing county, Chenzhou, Hunan), county level, 永兴县畜牧兽医水产局 (填报单位) for 县动物卫生监督所 (部门名称); year 2017
("(2017 年度)", plan dates 2017.01–2017.12). Hunan is covered; Chenzhou, this county, the animal-disease fund and the year's Hunan
专项 form are new. Captured from a document-sharing site (360docs.net) that shows the .doc's text as extracted from a PDF rendering.
Template kind: the Hunan 2017 专项资金绩效目标表: 填报单位(盖章) / 专项名称 | 专项属性 (延续专项√新增专项□) / 部门名称 | 资金总额(万元) /
部门相应职能职责概述 / 专项立项依据 / 专项实施进度计划 (专项实施内容 | 计划开始时间 | 计划完成时间) / 专项长期绩效目标 / 专项年度绩效目标 /
专项年度绩效指标 一级指标 | 二级指标 | 指标内容 | 指标值 | 备注.
Layout features: the TEXT LAYER RUNS LABELS FIRST: all row labels of the form (专项名称 … 一级指标) come before their values, and the
vertical labels of the indicator block ("专项年度绩效指标", "产出指标") are interleaved character by character ("产 / 绩效出 / 指 /
指标标"); the budget total is written in the label cell's neighbour with the unit in the label ("资金总额(万元)50"); an indicator name
wrapped around its value ("各种强制免率、屠宰率" / "100%" / "及检疫率"); OCR-like slips kept as written ("各种强制免率" for 强制免疫率,
"流行病不 [ 这调查监测" for 流行病学调查监测, "控制在现的基础上", "个个百分点"); a check mark glued to the option ("延续专项√").
Truth: one fund 重大动物疫病防控 (专项名称), budget 50 万元 (资金总额(万元)). One indicator: 产出指标 / 数量指标 / 各种强制免率、屠宰率及检疫率
/ 100% (指标内容 joined over the wrap around its value).
Truncation: the capture stops in the 质量指标 row, whose cells come scrambled and cut ("免疫效果好;检疫符合" / "提高成活率;让肉" /
"质量指标产品质量得到保" / "操"); that row and the rest are left out. Whether "免疫效果好;检疫符合…" is the 数量 row's 备注 or the next
row's 指标内容 cannot be told; the 数量 row's 备注 is rendered empty.
Reconstruction: labels and values are paired in order; the 6-column grid, the spans, and which of the two goal sentences is the long-term
goal ("通过项目的实施在 2020 年前…", naming 2020) and which the annual goal ("加强对动物免疫接种…") are inferred; the plan rows are
joined over their line breaks ("1、应急物质储备及防" + "疫物质采购"); the site's download notes and the file name are left out.
""",
))

# ---------------------------------------------------------------- 120
_U120 = "207101天津市河北区人民法院"
_R120A = [  # l1, l2, name, description, value
    ("产出指标", "数量指标", "维修面积", "维修面积", "≥400平方米"),
    ("产出指标", "质量指标", "验收合格率", "验收合格率", "≥98百分比"),
    ("产出指标", "时效指标", "资金支付及时率", "资金支付及时率", "100百分比"),
    ("产出指标", "成本指标", "项目成本", "项目成本", "20万元"),
    ("效益指标", "可持续影响指标", "消除安全隐患", "消除安全隐患", "持续影响"),
    ("满意度指标", "服务对象满意度指标", "干警满意度", "干警满意度", "≥95百分比"),
]
_R120B = [
    ("产出指标", "数量指标", "聘用调解员人数", "聘用调解员人数", "1人"),
    ("产出指标", "数量指标", "陪审员参审案件数量", "陪审员参审案件数量", "≥900件"),
    ("产出指标", "质量指标", "案件调解率", "案件调解率", "≥90百分比"),
    ("产出指标", "时效指标", "补助发放及时率", "补助发放及时率", "100百分比"),
    ("产出指标", "成本指标", "参审案件补助", "参审案件补助", "100元"),
]


def _table120(name, amount, use, goal, rows):
    out = [
        [C(_U120, cs=5), C("单位:万元", cs=2)],
        ["项目名称", C(name, cs=6)],
        [C("预算规模及资金用途", rs=2), "预算数", amount, "其中:财政 资金", amount, "其他资金", ""],
        [C(use, cs=6)],
        ["绩效目标", C(goal, cs=6)],
        ["一级指标", "二级指标", "三级指标", "绩效指标描述", C("指标值", cs=3)],
    ]
    n1 = sum(1 for r in rows if r[0] == "产出指标")
    for i, (l1, l2, n, d, v) in enumerate(rows):
        cells = []
        if l1 != "产出指标":
            cells.append(l1)
        elif i == 0:
            cells.append(C(l1, rs=n1))
        out.append(cells + [l2, n, d, C(v, cs=3)])
    return out


FILINGS.append(dict(
    dir="120-tianjin-hebei-fayuan-2023",
    html_title="天津市河北区人民法院项目支出绩效目标表(2023年)",
    blocks=[
        ("p", "天津市河北区人民法院"),
        ("p", "项目支出绩效目标表"),
        ("p", "(2023年)"),
        ("p", "3.法院办案业务、业务装备及审判辅助事务外包-2023中央绩效目标表"),
        ("table", _table120("安全隐患维修", "20.00", "用于维修审判楼玻璃幕墙等",
                            "1.维修审判大楼玻璃幕墙等,消除外延脱落安全隐患。", _R120A)),
        ("table", _table120("办案业务费(陪审员及互联网专线)", "24.00", "用于陪审员参审补助支出及互联网直播支出",
                            "1.通过陪审员及调解员参与案件审判调解工作,以及互联网直播方式,提高审判效率,充分化解矛盾纠纷,实现公平正义",
                            _R120B)),
    ],
    truth={"projects": [
        P("安全隐患维修", None, "20.00", "万元", [I(l1, l2, n, v, description=d) for l1, l2, n, d, v in _R120A]),
        P("办案业务费(陪审员及互联网专线)", None, "24.00", "万元",
          [I(l1, l2, n, v, description=d) for l1, l2, n, d, v in _R120B]),
    ]},
    notes="""
Place: 天津市河北区 (Hebei district, Tianjin), district level, 天津市河北区人民法院 (a district court, budget code 207101); year 2023
("(2023年)"). Tianjin is covered (03 宝坻区, 25 宁河区); this district, a court and the year are new. Published on the court's site.
Template kind: the Tianjin district 项目支出绩效目标表, one small table per project: unit | 单位:万元 / 项目名称 / 预算规模及资金用途 预算数 |
amount | 其中:财政资金 | amount | 其他资金 | (empty), with the use of the money on the next row / 绩效目标 / 一级指标 | 二级指标 | 三级指标 |
绩效指标描述 | 指标值. The page's heading names the group: "3.法院办案业务、业务装备及审判辅助事务外包-2023中央绩效目标表".
Layout features: a description column that repeats the indicator name word for word; percentages written "≥98百分比" and
"100百分比" (the word 百分比 as the unit); level-2 "数量指标" written again (not merged) on the second 数量 row of the second project;
the money label spanning two rows (amounts, then the use in words); the budget code glued to the unit's name
("207101天津市河北区人民法院"); "20万元" and "100元" cost targets; "持续影响" as a target.
Truth: two projects, each with its 项目名称 and 预算数 (20.00 and 24.00 万元; unit from "单位:万元"). value = 指标值 as written;
value_cells.description = 绩效指标描述.
Truncation: the capture stops at the second project's 效益 row ("效益指标 | ", cut); it and the rest (further projects of the page) are
left out; the second project's 产出 span ends at its last reproduced row.
Reconstruction: the capture prints one table row a line, cells separated by " | ", with a run of "|" for the cells a row does not
start. The money rows count seven columns, while the 绩效目标 row shows two cells and the indicator rows five with no run of "|"
(the page's rows are irregular); the grid is taken as seven columns, with 指标值 spanning the last three and the goal text the last six
(inferred). The unit | 单位:万元 split (5 + 2 columns) and the empty 其他资金 amount are inferred; the two projects are rendered as two
tables, each starting at its unit row.
""",
))
