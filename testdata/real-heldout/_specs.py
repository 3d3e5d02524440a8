# Hand transcription of the HELD-OUT half of the second real corpus (see
# testdata/real/_build.py).  Not for tuning: these filings are scored once, at
# the end.  Every string is copied from that folder's source.txt; nothing is
# invented; cut-offs and inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 18
_R18 = [
    ("产出指标", "数量指标", "重点建设工程安排数量", "2"),
    ("产出指标", "质量指标", "重点建设工程验收合格率", "100%"),
    ("产出指标", "成本指标", "建设项目成本", "参照政府采购成本控制"),
    ("产出指标", "时效指标", "重点建设工程按期完成率", "100%"),
    ("效益指标", "可持续影响指标", "基础教育巩固提高情况", "巩固提高"),
    ("效益指标", "社会效益指标", "基础教育学校办学条件", "持续改善"),
    ("满意度指标", "服务对象满意度指标", "学生、家长、社会满意度", "≥90%"),
]
FILINGS.append(dict(
    dir="18-wuhan-qingshan-jiaoyu",
    html_title="项目支出绩效目标表3",
    blocks=[
        ("p", "项目支出绩效目标表"),
        ("p", "2020年度)"),
        ("table", [
            ["项目名称", C("教育系统基础设施建设和设备购置", cs=6)],
            ["主管部门\n及编码", C("[015001]武汉市青山区教育局", cs=3), "实施单位", C("武汉市青山区教育局", cs=2)],
            ["项目属性", C("基础建设、修缮类", cs=3), "项目起止时间", C("202001-202012", cs=2)],
            [C("项目资金", rs=3), "资金总额", C("10000万元", cs=2), "当年资金总额:", C("10000万元", cs=2)],
            ["其中:财政拨款", C("10000万元", cs=2), "其中:当年财政拨款", C("10000万元", cs=2)],
            ["其他资金", C(" ", cs=2), "当年其他资金", C(" ", cs=2)],
            [C("总体目标", rs=2), C("中期目标", cs=3), C("年度目标", cs=3)],
            [C("优化教育布局,推进教育领域综合改革全面提升育人质量实现基础教育持续发展", cs=3),
             C("按工作计划完成教育局重点项目建设经费预算安排", cs=3)],
            [C("绩效项目指标表", cs=7)],
            ["一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)"],
        ] + [[l1, l2, " ", " ", l2, n, v] for l1, l2, n, v in _R18]),
        ("p", "附件:"),
    ],
    truth={"projects": [P("教育系统基础设施建设和设备购置", None, "10000", "万元",
                          [I(l1, l2, n, v) for l1, l2, n, v in _R18])]},
    notes="""
Place: 武汉市青山区 (Qingshan district, Wuhan, Hubei), district level, 区教育局 ([015001]); year 2020 (published 2020-01-20 as
"项目支出绩效目标表3").
Template kind: Hubei 项目支出绩效目标表 with a LONG-TERM and an ANNUAL column group: 项目名称 / 主管部门及编码 | 实施单位 /
项目属性 | 项目起止时间 / 项目资金 资金总额 | 当年资金总额: / 其中:财政拨款 | 其中:当年财政拨款 / 其他资金 | 当年其他资金 /
总体目标 中期目标 | 年度目标, then a caption row 绩效项目指标表 and the header 一级指标 | 二级指标(长期) | 三级指标(长期) |
指标值(长期) | 二级指标(年度) | 三级指标(年度) | 指标值(年度).
Layout features: suffixed headers "(长期)" / "(年度)"; the long-term group holds only the level-2 label (its name and value
cells are blank), the annual group holds the indicator; level 1 is repeated on every row (no merged cells); the budget is
written with its unit inside the cells ("10000万元"); the title line lost its opening parenthesis ("2020年度)"); the
主管部门 cell carries a bracketed code "[015001]".
Truth: one project, budget 10000 万元 (资金总额). Seven indicators, all from the annual group (level2 = the annual level-2
cell, which equals the long-term one on every row); value = 指标值(年度). Complete table.
Reconstruction: one cell per paragraph in the stored text; blank cells appear as " " paragraphs (kept as " " in the long-term
name/value cells and in the 其他资金 cells). The 7-column grid and the spans of the upper rows are inferred from the header;
the stray blank paragraphs after the two goal texts and after the caption row are read as padding and left out.
""",
))

# ---------------------------------------------------------------- 20
_Q20 = [
    ("主体班培训人次", "280人次"),
    ("邀请校外名师、领导授课人次", "25人次"),
    ("情景教学或外训批次", "6次"),
    ("理论教育和党性教育课时比例", "70%"),
    ("开设课程数量", "220"),
]
_Z20 = [
    ("培训完成率", "100%"),
    ("邀请校外名师、领导授课完成率", "100%"),
    ("情景教学或外训完成率", "100%"),
    ("理论教育和党性教育课时比例完成率", "100%"),
    ("课程数量达标率", "100%"),
]
FILINGS.append(dict(
    dir="20-huangshi-dangxiao-zhutiban",
    html_title="项目支出绩效目标批复表",
    blocks=[
        ("table", [
            [C("项目支出绩效目标批复表", cs=7)],
            [C("(2022年度)", cs=7)],
            ["项目名称", C("主体班", cs=3), "项目负责人", C("", cs=2)],
            ["项目金额", C("164万元", cs=2), C("其中:当年市级财政资金", cs=2), C("132万元", cs=2)],
            ["项目主管部门", C("", cs=2), "实施单位", C("中共黄石市委党校", cs=3)],
            ["项目属性", C("持续性项目■ 新增性项目口", cs=3), "项目期", C("2022年", cs=2)],
            ["年度绩效目标(文字)", C("主体班培训280人次;邀请校外名师、领导授课25人次;情景教学或外训批次6批次;开设课程数量220门;高质量完成干部教育培训工作。", cs=6)],
            [C("绩效指标", rs=15), C("一级指标", rs=2), C("二级指标", rs=2), C("三级指标", rs=2), C("指标值", cs=2), C("指标标准或依据", rs=2)],
            ["2021年实际实现值", "预期2022年实现值"],
            ["", C("数量指标", rs=5), _Q20[0][0], "", _Q20[0][1], ""],
            ["", _Q20[1][0], "", _Q20[1][1], ""],
            ["", _Q20[2][0], "", _Q20[2][1], ""],
            ["", _Q20[3][0], "", _Q20[3][1], ""],
            ["产出指标", _Q20[4][0], "", _Q20[4][1], ""],
            ["", C("质量指标", rs=5), _Z20[0][0], "", _Z20[0][1], ""],
            ["", _Z20[1][0], "", _Z20[1][1], ""],
            ["", _Z20[2][0], "", _Z20[2][1], ""],
            ["", _Z20[3][0], "", _Z20[3][1], ""],
            ["", _Z20[4][0], "", _Z20[4][1], ""],
            ["", "时效指标", "及时完成率", "", "100%", ""],
            ["", "成本指标", "成本控制率", "", "100%", ""],
            ["满意度指标", "服务对象满意度指标", "培训学员对培训效果满意度", "", "≥95%", ""],
            [C("财政资金管理科室(盖章) 年 月 日", cs=4), C("财政绩效管理科室(盖章) 年 月 日", cs=3)],
        ]),
    ],
    truth={"projects": [P("主体班", None, "164", "万元",
        [I(None, "数量指标", n, v) for n, v in _Q20[:4]]
        + [I("产出指标", "数量指标", _Q20[4][0], _Q20[4][1])]
        + [I("产出指标", "质量指标", n, v) for n, v in _Z20]
        + [I("产出指标", "时效指标", "及时完成率", "100%"),
           I("产出指标", "成本指标", "成本控制率", "100%"),
           I("满意度指标", "服务对象满意度指标", "培训学员对培训效果满意度", "≥95%")])]},
    notes="""
Place: 黄石市 (Huangshi, Hubei), city level, 中共黄石市委党校 (the city Party school); year 2022 (published by 黄石市财政局
2022-01-25 among the city's special-fund disclosures).
Template kind: Hubei 项目支出绩效目标批复表 (an APPROVAL form issued by the finance bureau): 项目名称 | 项目负责人 / 项目金额 |
其中:当年市级财政资金 / 项目主管部门 | 实施单位 / 项目属性 (checkboxes ■/口) | 项目期 / 年度绩效目标(文字), then a left label
绩效指标 over a TWO-ROW header: 一级指标 | 二级指标 | 三级指标 | 指标值 (spanning 2021年实际实现值 | 预期2022年实现值) |
指标标准或依据; a signature row of two 盖章 cells at the end.
Layout features: the level-1 column is NOT merged: "产出指标" is typed once, in the fifth data row (the middle of the
output block), and the other level-1 cells of the block are empty; a two-row header whose second row names two value
columns (last year's actual, this year's expected); 项目金额 164万元 beside 其中:当年市级财政资金 132万元; an empty
项目主管部门 value; unit-suffixed values and bare numbers ("220").
Truth: one project 主体班, budget 164 万元 (项目金额). 13 indicators, complete table. value = the one value cell of the row.
level1 is the level-1 cell filled down: the first four 数量指标 rows have no level-1 cell above them and carry level1 null
(not checked); from the row that says 产出指标 on, level1 is 产出指标. level2 is filled down over the merged 数量指标 /
质量指标 cells.
Reconstruction: the captured page prints the cells a row does not start (spans from above, column spans, AND empty cells)
as one run of trailing "|" per row, so which of the two value columns holds the value is not visible; the values are put
in 预期2022年实现值 (this year's target, the form's purpose) and 2021年实际实现值 is left empty (inferred). The 7-column grid,
the header spans and the spans of the upper rows are inferred from those counts.
""",
))

# ---------------------------------------------------------------- 22
_P22A = [
    ("效益指标", "社会效益指标", "维护社会稳定", "≥", "95", "%", "10"),
    ("产出指标", "时效指标", "维持时效", "≥", "1", "年", "20"),
    ("产出指标", "质量指标", "按时发放", "≥", "1", "人/年", "10"),
    ("效益指标", "经济效益指标", "促进村集体经济发展", "≥", "95", "%", "10"),
    ("产出指标", "数量指标", "村组干部230人", "≥", "230", "个", "10"),
    ("效益指标", "生态效益指标", "保护生态环境卫生", "≥", "95", "%", "10"),
    ("效益指标", "可持续影响指标", "项目维持时效", "≥", "95", "%", "10"),
    ("满意度指标", "服务对象满意度指标", "人民群众满意度", "≥", "95", "%", "10"),
]
_P22B = [
    ("满意度指标", "服务对象满意度指标", "辖区内群众满意度", "≥", "95", "%", "10"),
    ("效益指标", "经济效益指标", "促进农村集体经济发展", "≥", "95", "%", "10"),
    ("效益指标", "可持续影响指标", "经济、环境等方面可持续发展", "≥", "95", "%", "10"),
    ("产出指标", "质量指标", "保障村社区正常运转", "≥", "95", "%", "20"),
]


def _r22(r):
    return [r[0], r[1], r[2], r[3], r[4], r[5], r[6], "正向指标", ""]


def _t22(r):
    return I(r[0], r[1], r[2], r[3] + r[4] + r[5], op=r[3], value=r[4], unit=r[5], weight=r[6], direction="正向指标")


_GOAL22B = "包括必要的办公用品费、水电费、报刊费等村社区办公经费,基层党组织开展组织活动、党员干部教育培训,群团活动开展,组织活动场所维护等。"
FILINGS.append(dict(
    dir="22-leshan-jingyan-mata",
    html_title="部门预算项目绩效目标申报表(2023年度)",
    blocks=[
        ("table", [
            [C("部门预算项目绩效目标申报表(2023年度)", cs=13)],
            [C("金额单位:元", cs=13)],
            ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性", ""],
            [C("820-马踏镇部门", cs=2), "8,827,620.53", "", "", "", "", "", "", "", "", "", ""],
            [C("820001-井研县马踏镇人民政府", rs=12), C("村组干部报酬", rs=8), C("3,309,840.00", rs=8), C("按时发放村组干部报酬", rs=8)] + _r22(_P22A[0]),
        ] + [_r22(r) for r in _P22A[1:]] + [
            [C("基层组织活动经费", rs=4), C("660,000.00", rs=4), C(_GOAL22B, rs=4)] + _r22(_P22B[0]),
        ] + [_r22(r) for r in _P22B[1:]]),
    ],
    truth={"projects": [
        P("村组干部报酬", None, "3309840.00", "元", [_t22(r) for r in _P22A]),
        P("基层组织活动经费", None, "660000.00", "元", [_t22(r) for r in _P22B]),
    ]},
    notes="""
Place: 井研县马踏镇 (Mata town, Jingyan county, Leshan, Sichuan), township level, 井研县马踏镇人民政府 (unit code 820001); year 2023
(republished 2024-12 on a county-affairs portal, m.qbidia.com, path jyx/zjgk).
Template kind: Sichuan 部门预算项目绩效目标申报表 — ONE WIDE TABLE FOR ALL PROJECTS OF A UNIT: 单位名称 | 项目名称 | 预算数 | 年度目标 |
一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性, an empty 13th column, title and 金额单位:元 as rows of
the grid.
Layout features: a DEPARTMENT SUBTOTAL row first ("820-马踏镇部门 | 8,827,620.53", not a project); money in 元 with thousands
separators; the unit cell merged down over all its projects, the project name / 预算数 / 年度目标 cells merged down over the
project's rows; the comparator in a column headed 指标性质 (≥, =); the unit in 度量单位 AFTER the number; a weight (权重) column
and a direction column (正向指标); indicators NOT in level order (效益 first, then 产出, 效益, 产出, ...); the 年度目标 of the
second project is a long sentence.
Truth: two projects (村组干部报酬, 3309840.00 元; 基层组织活动经费, 660000.00 元); the department subtotal is not a project.
value = 指标性质 + 指标值 + 度量单位 ("≥95%", "≥1人/年", "≥230个"); value_cells op, value, unit, weight (权重), direction
(指标方向性). 8 + 4 indicators.
Truncation: the stored text stops inside the fifth row of the second project ("产出指标 | 数量指标 | 行政村数量 | = | 11 | 个 | 10 ",
no 指标方向性 cell): that row and everything after it (further rows and projects of the unit) are left out; the row spans of
the unit and of the second project are cut at the last reproduced row.
Reconstruction: the captured page prints the cells a row does not start (spans from above, empty cells) as one run of
trailing "|" per row; the 13-column grid, the spans and the subtotal row's layout (the label over 单位名称 and 项目名称, the
amount under 预算数, empty cells after) are inferred from those counts.
""",
))

# ---------------------------------------------------------------- 24
_Q24 = [
    ("保障在职职工人数(人)", "116", "人"),
    ("保障退休职工人数(人)", "81", "人"),
    ("保障遗属人数(人)", "13", "人"),
    ("林木采伐监管(万立方米)", "6", "万立方米"),
    ("野生动植物保护、防火面积(万亩)", "320", "万亩"),
    ("湿地保有量(公顷)", "4900", "公顷"),
    ("林业产业(万亩)", "0.5", "万亩"),
    ("签订野生动物致害保险(单)", "1", "单"),
    ("向各类新闻媒体完成林业新闻信息投稿数(篇)", "30", "篇"),
    ("林业微信公众号完成新闻宣传(篇)", "50", "篇"),
    ("制作宣传横幅、公益宣传牌等(年)", "1", "年"),
    ("自然保护区负氧离子监测点(个)", "4", "个"),
]
_D24 = "该指标值数据合理"
_SHEETS24 = ["部门整体支出绩效目标表保障服务", "林长制工作经费", "挂点帮扶项目", "义务植树", "2026年营造林技术咨询服务",
             "森林湿地资源保护和管理", "森林防火综合治理建设配套", "野猪种群调控", "古树名木保护", "2025-2026松线虫病防治",
             "林业产业奖补", "林业资源监测与管理"]
FILINGS.append(dict(
    dir="24-jingdezhen-fuliang-linye",
    html_title="浮梁县林业局 部门整体绩效目标",
    blocks=[("p", "Overview")] + [("p", s) for s in _SHEETS24] + [
        ("table", [
            [C("部门整体绩效目标", cs=8)],
            [C("基本信息", cs=8)],
            ["部门编码:", "316", "部门名称:", "浮梁县林业局", "*联系人:", C("王媛", cs=3)],
            ["联系电话:", C("13879821572", cs=7)],
            ["*部门职能职责概述", C("保证林业局职能实现,保障人员经费。", cs=7)],
            [C("年度绩效目标", cs=8)],
            ["*年度绩效总目标", C("保证林业局职能实现,保障人员经费。", cs=7)],
            ["一级指标", "二级指标", "三级指标", "计算符号", "目标值", "度量单位", "指标值说明", ""],
            [C("产出指标", rs=13), C("数量指标", rs=12), _Q24[0][0], "=", _Q24[0][1], _Q24[0][2], _D24, ""],
        ] + [[n, "=", v, u, _D24, ""] for n, v, u in _Q24[1:]] + [
            ["质量指标", "工资发放准确性(%)", "≥", "95", "%", _D24, ""],
        ]),
    ],
    truth={"projects": [P("浮梁县林业局", None, None, None,
        [I("产出指标", "数量指标", n, "=" + v + u, op="=", value=v, unit=u, description=_D24) for n, v, u in _Q24]
        + [I("产出指标", "质量指标", "工资发放准确性(%)", "≥95%", op="≥", value="95", unit="%", description=_D24)])]},
    notes="""
Place: 浮梁县 (Fuliang county, Jingdezhen, Jiangxi), county level, 浮梁县林业局 (部门编码 316); budget year not stated in the
captured part — the workbook's sheet names mention 2026 ("2026年营造林技术咨询服务", "2025-2026松线虫病防治"), so probably the
2026 budget (inferred).
Template kind: Jiangxi 部门整体绩效目标 (department-wide target sheet of the province's budget system): 基本信息 (部门编码: |
部门名称: | *联系人: / 联系电话: / *部门职能职责概述), 年度绩效目标 (*年度绩效总目标), then 一级指标 | 二级指标 | 三级指标 |
计算符号 | 目标值 | 度量单位 | 指标值说明, with an empty eighth column. Kept in this (per-project templates) half because of its
计算符号 / 度量单位 columns.
Layout features: the comparator in a column headed 计算符号 ("=", "≥"), the number in 目标值, the unit in 度量单位 — and the
unit repeated in the name's parentheses ("保障在职职工人数(人)"); an 指标值说明 column that says the same thing on every row
("该指标值数据合理"); asterisks on required labels ("*联系人:", "*年度绩效总目标"); section rows (基本信息, 年度绩效目标) spanning
the grid; the page starts with the workbook's sheet list ("Overview" and twelve sheet names — the department sheet and
eleven project sheets), printed as plain lines before the table; no money anywhere in the captured part.
Truth: one department (name 浮梁县林业局, the 部门名称 cell), no budget and no money unit in the captured part (null).
value = 计算符号 + 目标值 + 度量单位 ("=116人", "=0.5万亩", "≥95%"); value_cells op, value, unit and description (指标值说明).
13 indicators.
Truncation: the stored text stops after the first 质量指标 row; every later row (more quality rows, 时效/成本/效益/满意度) and the
other sheets are missing and not reproduced; the span of 产出指标 is cut at the last reproduced row. That last row is complete
in its cells (name, sign, number, unit, 说明) but lacks the run of trailing "|" the other rows end with.
Reconstruction: the captured page prints the cells a row does not start (spans from above, empty cells) as trailing "|" per row;
the 8-column grid and the spans are inferred from those counts (e.g. the contact cell "王媛" is given the last three columns).
""",
))

# ---------------------------------------------------------------- 26
_R26 = [
    ("产出指标", "数量指标", "指标1:安置小区物业费", "8个"),
    ("产出指标", "质量指标", "指标1:完成开发区工委、管委下达的安置小区物业费清算任务,指导小区物业开展文明创建等工作。",
     "房屋设备、设施的管理到位,环境卫生整洁,车辆停放有序"),
    ("产出指标", "时效指标", "指标1:按时保质完成开发区安置小区物业管理工作", "2021年全年"),
    ("产出指标", "成本指标", "指标1:项目总成本(≤**万元)", "≤1125万元"),
    ("效益指标", "经济效益指标", "指标1:清算8个安置小区本年度物业费和历史的遗留物业费(≥**%)。", "≥95%"),
    ("效益指标", "社会效益指标", "指标1:改善安置小区群众生活质量,提升安置小区生活水平。助力全县文明城市创建。", "显著改善"),
    ("效益指标", "生态效益指标", "指标1:优化安置小区生活环境,提高居民生活质量,营造安全舒适的居住环境。", "显著提高"),
    ("效益指标", "可持续影响指标", "指标1:持续提供人力物力保障,解决居民群众生产生活问题", "持续保障"),
    ("满意度指标", "服务对象满意度指标", "指标1:小区居民满意度(≥**%)", "≥90%"),
]
FILINGS.append(dict(
    dir="26-luan-jinzhai-wuye",
    html_title="金寨经济开发区2021年度项目支出绩效目标申报表",
    blocks=[
        ("p", "项目支出绩效目标申报表"),
        ("p", "(2021年度)"),
        ("table", [
            ["项目名称", C("物业管理", cs=4)],
            ["主管部门", "县财政局", "实施单位", C("安徽金寨经济开发区管理委员会", cs=2)],
            [C("项目资金    (万元)", rs=3), "年度资金总额:", C("1125", cs=3)],
            [" 其中:财政拨款", C("1125", cs=3)],
            ["      其他资金", C("", cs=3)],
            [C("年度目标", cs=5)],
            [C("目标1:维护辖区各安置小区安全巡逻、环境卫生及物业日常管理", cs=5)],
            [C("绩效指标", rs=10), "一级指标", "二级指标", "三级指标", "指标值"],
            [C("产出指标", rs=4)] + list(_R26[0][1:]),
            list(_R26[1][1:]),
            list(_R26[2][1:]),
            list(_R26[3][1:]),
            [C("效益指标", rs=4)] + list(_R26[4][1:]),
            list(_R26[5][1:]),
            list(_R26[6][1:]),
            list(_R26[7][1:]),
            list(_R26[8]),
        ]),
        ("p", "注: 1.“其他资金”是指与财政拨款共同用于同一项目的单位自有资金、社会资金等。"),
    ],
    truth={"projects": [P("物业管理", None, "1125", "万元", [I(*r) for r in _R26])]},
    notes="""
Place: 金寨县 (Jinzhai county, Lu'an, Anhui), 金寨经济开发区管理委员会 with 县财政局 as 主管部门; year 2021 (published
2021-09-18). Anhui is a covered province; this filing is kept for its year and its slot-style names.
Template kind: the national 项目支出绩效目标申报表 (2021): 项目名称 / 主管部门 | 实施单位 / 项目资金 (万元) 年度资金总额: | 其中:
财政拨款 | 其他资金 / 年度目标, then a left label 绩效指标 over 一级指标 | 二级指标 | 三级指标 | 指标值, and a 注 below.
Layout features: every name starts with the template slot "指标1:" and several keep the placeholders "(≤**万元)" / "(≥**%)";
long sentence names ending in "。"; long qualitative values ("房屋设备、设施的管理到位,环境卫生整洁,车辆停放有序", "显著改善");
labels with leading spaces (" 其中:财政拨款", "      其他资金"); the money label broken by spaces ("项目资金    (万元)").
Truth: one project 物业管理, budget 1125 万元. Nine indicators, complete table.
Truncation: the second line of the 注 below the table is cut ("2.各单位可根据项目特点自行增加或减少二级指标,并细化") and left
out; it is not part of the grid.
Reconstruction: the stored text separates cells by single spaces, one row a line; a name and its value are split at the last
space of the line (the values contain no space); the 5-column grid and the spans are inferred from the template.
""",
))

# ---------------------------------------------------------------- 28
_R28 = [
    (None, "贫困地区新增特色产业数量", "≥1个"),
    (None, "贫困地区建设少数民族聚居村养殖场", "≥1个"),
    (None, "养殖动物成活率(目标)", "≥95%"),
    (None, "项目(工程)验收合格率", "100%"),
    ("时效指标", "开工时限", "2021年7月"),
    ("时效指标", "竣工时限", "2021年9月"),
    ("成本指标", "打井、配电", "50000元"),
    ("成本指标", "饲料库120平米", "490元/平米"),
    ("成本指标", "围墙300米", "300元/米"),
    ("成本指标", "标准化棚圈360平米", "550元/平米"),
    ("成本指标", "防疫室84平米", "≥1050元"),
]
_FUND28 = "中央衔接推进乡村振兴补助资金(少数民族发展任务)50"
_GOAL28 = ("大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目(约50万) 沙湾子村是少数民族聚居村,户籍人口76户174人,常住户26户56人,"
           "其中户籍少数民族12户27人。项目新建养殖场占地约6500平米,建棚圈一栋约360平米,人工配种室、防疫室84平米,饲料库120平米,"
           "打井,配电,建围墙约300米。项目实施后受益人口76户174人,其中户籍少数民族12户27人。")
FILINGS.append(dict(
    dir="28-hohhot-wuchuan-yangzhichang",
    html_title="绩效目标申报表",
    blocks=[
        ("table", [
            ["索 引 号", "0001115012MW/2021-00346", "主题分类", "民族事务"],
            ["发布机构", "民族事务委员会", "文 号", ""],
            ["成文日期", "2021-07-28", "公文时效", ""],
        ]),
        ("table", [
            [C("绩效目标申报表", cs=9)],
            [C("(2021年度)", cs=9)],
            ["项目名称", "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目", "项目负责人及电话", C("达布 15947711885", cs=6)],
            ["主管部门", "武川县民族事务委员会", "实施单位", C("武川县民族事务委员会", cs=6)],
            [C("资金情况 (万元)", rs=3), "年度资金总额:50万", C(_FUND28, cs=7)],
            ["其中:财政拨款", C(_FUND28, cs=7)],
            ["其他资金", C("", cs=7)],
            [C("总 体 目 标", rs=2), C("年度目标", cs=8)],
            [C(_GOAL28, cs=8)],
            [C("绩 效 指 标", rs=12), "一级指标", "二级指标", "三级指标", C("指标值", cs=5)],
            ["", "", _R28[0][1], C(_R28[0][2], cs=5)],
            ["", "", _R28[1][1], C(_R28[1][2], cs=5)],
            ["", "", _R28[2][1], C(_R28[2][2], cs=5)],
            ["", "", _R28[3][1], C(_R28[3][2], cs=5)],
            ["", C("时效指标", rs=2), _R28[4][1], C(_R28[4][2], cs=5)],
            ["", _R28[5][1], C(_R28[5][2], cs=5)],
            ["", C("成本指标", rs=5), _R28[6][1], C(_R28[6][2], cs=5)],
        ] + [["", r[1], C(r[2], cs=5)] for r in _R28[7:]]),
    ],
    truth={"projects": [P("大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目", None, "50", "万元",
                          [I(None, l2, n, v) for l2, n, v in _R28])]},
    notes="""
Place: 武川县 (Wuchuan county, Hohhot, Inner Mongolia), county level, 武川县民族事务委员会; year 2021 (dated 2021-07-28).
Template kind: 绩效目标申报表 for a 中央衔接推进乡村振兴补助资金 (少数民族发展任务) project, 9-column sheet: title rows in the grid,
项目名称 | 项目负责人及电话 / 主管部门 | 实施单位 / 资金情况 (万元) / 总 体 目 标 年度目标, then a left label 绩 效 指 标 over 一级指标 |
二级指标 | 三级指标 | 指标值 (the value spanning five columns). A small page-metadata table (索 引 号 | 主题分类 / 发布机构 | 文 号 /
成文日期 | 公文时效) comes first.
Layout features: the AMOUNT INSIDE THE LABEL CELL ("年度资金总额:50万") beside a fund-name cell that ENDS IN DIGITS
("中央衔接推进乡村振兴补助资金(少数民族发展任务)50"), repeated in the 其中:财政拨款 row; the level-1 column is blank on every
indicator row and the level-2 column blank on the first four (no 产出指标 / 数量指标 / 质量指标 text at all); names that carry
quantities ("饲料库120平米", "围墙300米"); unit-rate values ("490元/平米"); the goal text is one long cell starting with the project
name and "(约50万)".
Truth: one project, budget 50 万元 (the amount in the 年度资金总额 label cell; unit from "资金情况 (万元)"). 11 indicators. level1 is null
on all rows and level2 null on the first four (the cells are blank; not scored); level2 时效指标 / 成本指标 where written.
Truncation: the stored text stops after the 防疫室84平米 row; later rows (more 成本 rows, 效益 and 满意度) are missing and not
reproduced; the spans of 绩 效 指 标 and 成本指标 are cut at the last reproduced row. The page also repeats the metadata block in a
two-column form (mobile layout); that repeat is left out.
Reconstruction: the captured page prints cells ending in " |" and the cells a row does not start (spans, empty cells) as trailing
"|"; the 9-column grid, the five-column value span and the blank level cells (one empty cell each, not merged blanks) are inferred
from those counts.
""",
))

# ---------------------------------------------------------------- 30
_R30 = [
    ("数量指标", "补助人数", "实际发放解困工资人数", "250人", "计划标准"),
    ("质量指标", "补贴覆盖率", "对符合条件的对象发放解困工资的覆盖率", "100%", "历史标准"),
    ("质量指标", "对象合规率", "补贴对象合规率", "100%", "计划标准"),
    ("质量指标", "补贴准确率", "补贴发放准确率", "100%", "计划标准"),
    ("时效指标", "完成及时率", "各项工作按计划进度及时完成", "100%", "计划标准"),
    ("成本指标", "补贴标准", "解困工资发放标准", "1130元/月/人", "计划标准"),
    ("成本指标", "提标补差标准", "解困工资提标补差标准", "143元/月/人", "计划标准"),
    ("成本指标", "预算成本", "项目预算成本,预算成本明细详见项目构成分解", "≦380万", "计划标准"),
]


def _rows30():
    rows = []
    for i, (l2, name, desc, val, basis) in enumerate(_R30):
        row = [C("产出指标", rs=len(_R30))] if i == 0 else []
        if i == 0 or _R30[i - 1][0] != l2:
            row.append(C(l2, rs=sum(1 for r in _R30 if r[0] == l2)))
        rows.append(row + [name, desc, val, basis])
    return rows


FILINGS.append(dict(
    dir="30-changde-taoyuan-jiuyeyuanzhu",
    html_title="2021年再就业援助对象岗位补贴财政补差资金目标申报表",
    blocks=[
        ("p", "专项资金绩效目标表"),
        ("p", "(2021年)"),
        ("p", "填报单位:桃源县财政局"),
        ("table", [
            ["专项名称", C("再就业援助对象岗位补贴财政补差资金", cs=3), "专项属性", C("延续专项√     新增专项□", cs=2)],
            ["部门名称", C("桃源县财政局", cs=3), "资金总额\n(万元)", C("380", cs=2)],
            ["专项立项\n依据", C("桃源县处理信访突出问题及群体性事件联席会议退役士兵工作组 《关于提高退役士兵就业援助工资标准的通知》", cs=6)],
            [C("专项实施进度计划", rs=2), C("专项实施内容", cs=4), "计划开始时间", "计划完成时间"],
            [C("再就业援助对象岗位补贴(按月发放,分两次与县财政结账)", cs=4), "2021.01.01", "2021.12.31"],
            ["专项长期绩效目标", C("组织实施再就业援助对象岗位补贴,维护社会和谐稳定,提高居民参军的积极性。", cs=6)],
            ["专项年度绩效目标", C("通过本项目实施,按规定及时发放再就业援助对象岗位补贴,保障了再就业援助对象相关待遇,维护了社会稳定。", cs=6)],
            [C("专项\n年度\n绩效\n指标", rs=len(_R30) + 1), "一级指标", "二级指标", "三级指标", "指标内容", "指标值", "绩效标准"],
        ] + _rows30()),
    ],
    truth={"projects": [P("再就业援助对象岗位补贴财政补差资金", None, "380", "万元",
        [I("产出指标", l2, n, v, description=d, basis=b) for l2, n, d, v, b in _R30])]},
    notes="""
Place: 桃源县 (Taoyuan county, Changde, Hunan), county level, 桃源县财政局 (社会保障股) as the filing unit; year 2021 (published
2021-02-10 in the county's department-budget performance disclosures). Hunan is a covered province; kept for its template.
Template kind: Hunan 专项资金绩效目标表 (a special fund of the finance bureau itself): 专项名称 | 专项属性 / 部门名称 | 资金总额(万元) /
专项立项依据 / 专项实施进度计划 (专项实施内容 | 计划开始时间 | 计划完成时间) / 专项长期绩效目标 / 专项年度绩效目标, then a left
label 专项年度绩效指标 over 一级指标 | 二级指标 | 三级指标 | 指标内容 | 指标值 | 绩效标准.
Layout features: SIX indicator columns — a short name (三级指标), a longer description (指标内容), the value, and a 绩效标准 column
("计划标准", "历史标准"); the comparator "≦" (U+2266) with a bare 万 ("≦380万"); compound unit rates ("1130元/月/人"); the money
label carries the unit and breaks over two lines ("资金总额\\n(万元)"); a schedule sub-table (dates "2021.01.01") inside the grid;
the left label broken character by character ("专项\\n年度\\n绩效\\n指标").
Truth: one special fund (专项名称), budget 380 万元 (资金总额). Eight indicators; name = the 三级指标 cell; value = 指标值; 指标内容 in
value_cells.description and 绩效标准 in value_cells.basis (neither scored).
Truncation: the stored text stops inside the first 效益指标 row ("效益指标社会效益社会稳定项目实施对维护社会稳定产生影响", no value); that
row and everything after it are left out; the spans of the left label and of 产出指标 are cut at the last reproduced row.
Reconstruction: the stored text lost EVERY cell separator within a row ("产出指标数量指标补助人数实际发放解困工资人数250人计划标准"). Cells are
split at the template's labels, at the values and at the 绩效标准 words; the split between the short name and its description
("补助人数" | "实际发放解困工资人数", "预算成本" | "项目预算成本,...") is an inference from the wording (the description restates the name).
The split of "2021.01.012021.12.31" into two dates and the 7-column grid with its spans are inferred.
""",
))

# ---------------------------------------------------------------- 32
_R32 = [
    ("产出指标", "数量指标", "开展送戏进万村", "≥70村"),
    ("产出指标", "质量指标", "送戏进万村活动完成率", "≥95%"),
    ("产出指标", "时效指标", "项目完成时限", "2025年12月"),
    ("产出指标", "成本指标", "项目金额", "5万元"),
    ("效益指标", "经济效益指标", "项目实施是否产生经济价值", "否"),
    ("效益指标", "社会效益指标", "保障人民群众基本文化权益", "影响程度明显"),
    ("效益指标", "生态效益指标", "是否对当地生态环境造成影响", "否"),
    ("效益指标", "可持续影响指标", "对满足人民群众日益提高的文化需求的可持续影响", "长期"),
    ("满意度指标", "满意度指标", "项目受益人满意程度", "≥90%"),
]
_P32 = """淮北市文化旅游体育局2025年“农村文化建设配套补助经费”项目资金投入情况
“农村文化建设配套补助经费”项目。
(1)项目概述。做好送戏进万村,满足人民日益增长的文化需求。
(2)立项依据。文化惠民工程实施方案
(3)实施主体。淮北市文化旅游体育局
(4)起止时间。2025年1月-12月
(5)项目内容。文化惠民工程,主要用于送戏进万村,按照明年的任务70个行政村,每村4400元,市级需配套704元/村。
(6)年度预算安排。农村文化建设配套补助经费预算安排5万元
(7)绩效目标。"""


def _rows32():
    rows = []
    for i, (l1, l2, n, v) in enumerate(_R32):
        row = []
        if i == 0 or _R32[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for r in _R32 if r[0] == l1)))
        rows.append(row + [l2, n, C(v, cs=3)])
    return rows


_GOAL32 = "文化惠民工程,主要用于送戏进万村,按照明年的任务70个行政村,每村4400元,市级需配套704元/村。"
FILINGS.append(dict(
    dir="32-huaibei-wenlv-songxi",
    html_title="淮北市文化旅游体育局2025年“农村文化建设配套补助经费”项目资金投入情况",
    blocks=[("p", line) for line in _P32.split("\n")] + [
        ("table", [
            [C("项目支出绩效目标表", cs=7)],
            [C("(2025年度)", cs=7)],
            ["项目名称", C("农村文化建设配套补助经费", cs=6)],
            ["主管部门及代码", C("[077]淮北市文化旅游体育局", cs=2), "实施单位", C("淮北市文化旅游体育局", cs=3)],
            ["项目来源", C("本级申报项目", cs=2), "项目期", C("1年", cs=3)],
            [C("项目资金", rs=4), "年度资金总额:", C("5.00", cs=5)],
            ["其中:财政拨款", C("5.00", cs=5)],
            ["上年结转", C("0.00", cs=5)],
            ["其他资金", C("0.00", cs=5)],
            ["年度", C(_GOAL32, cs=6)],
            [C("绩", rs=len(_R32) + 1), "一级", "二级指标", "三级指标", C("指标值", cs=3)],
        ] + _rows32()),
    ],
    truth={"projects": [P("农村文化建设配套补助经费", None, "5.00", None, [I(*r) for r in _R32])]},
    notes="""
Place: 淮北市 (Huaibei, Anhui), city level, 淮北市文化旅游体育局 ([077]); year 2025 (the 2025 budget disclosure of the project
"农村文化建设配套补助经费"). Anhui is a covered province; kept for its year and its cut labels.
Template kind: Anhui 项目支出绩效目标表 (2025) preceded by the project's prose description (1)-(7) as paragraphs: 项目名称 / 主管部门及代码 |
实施单位 / 项目来源 | 项目期 / 项目资金 (年度资金总额: / 其中:财政拨款 / 上年结转 / 其他资金) / 年度 (the annual goal), then a left label
over 一级 | 二级指标 | 三级指标 | 指标值.
Layout features: labels CUT in the published page: the goal label reads "年度" (for 年度目标), the left label "绩" (for 绩效指标) and
the first header "一级" (for 一级指标); the money block has NO unit in the grid (the prose above says "5万元"); a 上年结转 row;
yes/no and qualitative values ("否", "影响程度明显", "长期"); "满意度指标" as level 1 AND level 2; the 指标值 cell spans three columns;
the prose above the grid repeats facts in sentences (budget, 70 villages) that are not indicators.
Truth: one project, budget 5.00 with money_unit null (the table names no unit). Nine indicators, complete table.
Reconstruction: pipe dump, one cell per line ending in " |", the cells a row does not start (spans) as a run of "|"; the 7-column grid
and the spans follow from those counts (the distribution of the extra columns between the two label/value pairs of the 主管部门 and
项目来源 rows is inferred).
""",
))

# ---------------------------------------------------------------- 34
_MONEY34 = "资金总额: 250\n        一、预算资金:250\n        二、自有资金:0\n        三、其他:0"
FILINGS.append(dict(
    dir="34-xiangtan-huanwei-wupao-2024",
    html_title="2024年项目绩效目标表(雾炮车降尘抑尘服务)",
    blocks=[
        ("p", "2024年项目绩效目标表"),
        ("p", "填报单位(盖章):"),
        ("table", [
            ["项目名称", C("雾炮车抑尘降尘服务", cs=3), "项目起\n止时间", "20246-202516"],
            ["主管部门及其编码", C("湘潭市城市管理和综合执法局 308001", cs=3), "项目实施单位", "湘潭市环境卫生管理处"],
            ["项目负责人", C("吴华章", cs=3), "联系电话", "13973200376"],
            ["项目资金申请\n(万元)", C(_MONEY34, cs=5)],
            ["项目概况", C("2024年,市财政局拨付250万元给市城管执法局,继续采购10台雾炮车用于特殊时段环卫作业,服务周180,持续改善我市空气质量。市城管执法局已明确该项采购工作由市环卫处负责。", cs=5)],
            [C("项目实施进度计划", rs=2), C("项目实施内容", cs=3), "开始时间", "完成时间"],
            [C("通过采购雾炮车抑尘降尘服务,使市空气质量达到优良", cs=3), "20246", "20251"],
            [C("项目绩效目标", rs=2), C("长期目标", cs=2), C("年度目标", cs=3)],
            [C("持续改善我市空气质量", cs=2), C("2024通过采购雾炮车抑尘降尘服务,持续改善我市空气质量", cs=3)],
            [C("年度绩效指标", rs=11), "一级指标", "二级指标", "三级指标", "指标值", "绩效标准"],
            [C("产出指标", rs=5), C("数量指标", rs=2), "雾炮车抑尘降尘服务配备车辆数", "10", "计划标准"],
            ["雾炮车风炮射程", "80M", "计划标准"],
            ["质量指标", "服务周期内空气质量", "优良", "计划标准"],
            ["时效指标", "服务周期", "180", "计划标准"],
            ["成本指标", "控制在预算成本内", "控制在预算内", "计划标准"],
            [C("效益指标", rs=5), "经济效益指标", " ", " ", " "],
            ["社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "85%", "计划标准"],
            ["生态效益指标", " ", " ", " "],
            ["可持续影响\n指标", " ", " ", " "],
            ["服务对象满意度指标", "满意度", "90%", "计划标准"],
        ]),
    ],
    truth={"projects": [P("雾炮车抑尘降尘服务", None, "250", "万元", [
        I("产出指标", "数量指标", "雾炮车抑尘降尘服务配备车辆数", "10", basis="计划标准"),
        I("产出指标", "数量指标", "雾炮车风炮射程", "80M", basis="计划标准"),
        I("产出指标", "质量指标", "服务周期内空气质量", "优良", basis="计划标准"),
        I("产出指标", "时效指标", "服务周期", "180", basis="计划标准"),
        I("产出指标", "成本指标", "控制在预算成本内", "控制在预算内", basis="计划标准"),
        I("效益指标", "社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "85%", basis="计划标准"),
        I("效益指标", "服务对象满意度指标", "满意度", "90%", basis="计划标准"),
    ])]},
    notes="""
Place: 湘潭市 (Xiangtan, Hunan), city level, 湘潭市环境卫生管理处 under 湘潭市城市管理和综合执法局 (编码 308001); year 2024 (published
2024-07-09). The same project's 2023 form (another template) is in the build half (33). Hunan is a covered province.
Template kind: Hunan 2024年项目绩效目标表: 项目名称 | 项目起止时间 / 主管部门及其编码 | 项目实施单位 / 项目负责人 | 联系电话 / 项目资金申请
(万元) (one cell: 资金总额 and its three parts) / 项目概况 / 项目实施进度计划 (项目实施内容 | 开始时间 | 完成时间) / 项目绩效目标 (长期目标 |
年度目标), then a left label 年度绩效指标 over 一级指标 | 二级指标 | 三级指标 | 指标值 | 绩效标准.
Layout features: the budget is INSIDE A MULTI-LINE CELL ("资金总额: 250" then indented lines "一、预算资金:250", "二、自有资金:0",
"三、其他:0"); dates that lost their 年/月 ("20246-202516", "20246", "20251"); bare numbers as values ("10", "180"), "80M", a sentence
as the cost value ("控制在预算内"); THREE EMPTY level-2 rows (blank cells, not indicators); the satisfaction label sits in the level-2
column under 效益指标; labels broken over two lines ("项目起\\n止时间", "可持续影响\\n指标").
Truth: one project, budget 250 万元 (资金总额 in the money cell; unit from the label "项目资金申请(万元)"). Seven indicators; 绩效标准 in
value_cells.basis (not scored). level1 of the satisfaction row is 效益指标 by the grid (inferred, see below).
Truncation: the stored text stops in the row after the grid's last indicator ("其他需说明的问题 | 主管..."); that row and the approvals
after it are left out.
Reconstruction: one cell per paragraph in the stored text (blank cells as " " paragraphs, kept as " "). The 6-column grid and the spans
are inferred; the four money lines are taken as one cell (the indented lines read as in-cell line breaks); that 服务对象满意度指标 is a
level-2 cell under a 效益指标 spanning five rows (not a level-1 cell with an empty level 2) is inferred from the row's cell count and
from the 2023 form of the same project (33), where the trailing cells show it.
""",
))

# ---------------------------------------------------------------- 36
_R36 = [
    ("产出指标", "数量指标", "免费开放天数", "=300天"),
    ("产出指标", "质量指标", "博物馆绩效考核指标完成率", "=100百分比"),
    ("产出指标", "时效指标", "各项工作完成及时率%", "=99百分比"),
    ("成本指标", "经济成本指标", "资金使用效率", "二100百分比"),
    ("成本指标", "社会成本指标", "对当地文物保护、文化传承影响", "长远"),
    ("成本指标", "生态环境成本指标", "提升博物馆绿化水平", "提升"),
    ("效益指标", "经济效益指标", "为当地提供就业LJUI,冈位", "增加岗位"),
    ("效益指标", "社会效益指标", "免费开放接待观众人数", "=30000人次"),
    ("效益指标", "生态效益指标", "历史文化传承环保意识", "时限长远"),
    ("满意度指标", "服务对象满意度", "服务对象满意度%", "=99百分比"),
]


def _rows36():
    rows = []
    for i, (l1, l2, n, v) in enumerate(_R36):
        row = []
        if i == 0 or _R36[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for r in _R36 if r[0] == l1), cs=2))
        rows.append(row + [C(l2, cs=2), C(n, cs=2), C(v, cs=2)])
    return rows


def _head36(first, second, kind, start, end):
    return [
        [C("一*级项目名称", cs=2), C(first, cs=2), C("二级项目名称", cs=2), C(second, cs=2)],
        [C("项目类型", cs=2), C("新增项目", cs=2), C("项目分类", cs=2), C(kind, cs=2)],
        [C("资金用途", cs=2), C("业务类", cs=2), C("项目主管部门", cs=2), C("嘉峪关市文化和旅游局", cs=2)],
        [C("项目开始日期", cs=2), C("2023-01-01", cs=2), C(end[0], cs=2), C(end[1], cs=2)],
    ]


FILINGS.append(dict(
    dir="36-jiayuguan-bowuguan",
    html_title="省级部门预算项目支出绩效目标表(2023年度)",
    blocks=[
        ("p", "省级部门预算项目支出绩效目标表(2023年度)"),
        ("table", _head36("文化事业发展专项资金", "博物馆纪念馆市级免费开放补助资金", "专项工作经费", "2023-01-01",
                          ("项目完成H期", "2023-12-31")) + [
            ["项目总投资", "20万元", "中央补助安排", "0", "省级财政安排", "0", "其他资金", "20万元"],
            [C("预算申报数", cs=2), C("20万元", cs=2), C("资金性质", cs=2), C("一般公共预算", cs=2)],
            [C("基本情况", cs=2), C("保障博物馆正常运转", cs=6)],
            [C("项目立项必要性", cs=2), C("保障各项业务正常运行", cs=6)],
            [C("保证项目实施的制度措施", cs=2), C("博物馆绩效考核", cs=6)],
            [C("项目实施计划", cs=2), "组织实施单位", "甘肃省文物局", "监督管理单位", "嘉峪关文旅局", "项目实施单位", "嘉峪关城市博物馆"],
            [C("政策依据", cs=2), C("甘财科\n[2022]78号", cs=6)],
            [C("其他依据", cs=2), C("", cs=6)],
            [C("需要说明的其他问题", cs=2), C("", cs=6)],
            [C("年度绩效目标", cs=2), C("进一步提高博物馆纪念馆运行效率和免费开放服务水平", cs=6)],
            [C("一级指标", cs=2), C("二级指标", cs=2), C("三级指标", cs=2), C("指标目标值", cs=2)],
        ] + _rows36()),
        ("p", "省级部门预算项目支出绩效目标表2023年度"),
        ("table", _head36("公共文化服务体系建设专项资金", "博物馆提升改造项目", "其他项目", "2023-01-01",
                          ("项目完成日期", "2023-12-31"))),
    ],
    truth={"projects": [
        P("博物馆纪念馆市级免费开放补助资金", None, "20", "万元", [I(*r) for r in _R36]),
        P("博物馆提升改造项目", None, None, None, []),
    ]},
    notes="""
Place: 嘉峪关市 (Jiayuguan, Gansu), city level, 嘉峪关市文化和旅游局 with 嘉峪关城市博物馆 as 项目实施单位; year 2023. The stored copy is
a third-party document site (bigxun.com) showing the OCR'd TEXT of a document with two 省级部门预算项目支出绩效目标表, one per project.
Template kind: Gansu provincial-budget 项目支出绩效目标表 (2023): 一级项目名称 | 二级项目名称 / 项目类型 | 项目分类 / 资金用途 | 项目主管部门 /
项目开始日期 | 项目完成日期 / 项目总投资 | 中央补助安排 | 省级财政安排 | 其他资金 / 预算申报数 | 资金性质 / 基本情况 / 项目立项必要性 /
保证项目实施的制度措施 / 项目实施计划 (组织实施单位 | 监督管理单位 | 项目实施单位) / 政策依据 / 其他依据 / 需要说明的其他问题 / 年度绩效目标,
then 一级指标 | 二级指标 | 三级指标 | 指标目标值 (no left label).
Layout features: a TWO-LEVEL project name (一级项目名称 = the programme, 二级项目名称 = the project); the 2021+ tree with 成本指标 as LEVEL 1
over 经济/社会/生态环境成本指标; values with "=" and the unit WORD "百分比" ("=100百分比", "=99百分比"); a "%" at the end of names
("各项工作完成及时率%", "服务对象满意度%"); the header 指标目标值; money with 万元 inside the cells ("20万元"); OCR noise kept as captured
("一*级项目名称", "项目完成H期", "二100百分比" — probably "=100百分比" — and "为当地提供就业LJUI,冈位" — probably "为当地提供就业岗位").
Truth: two projects. 博物馆纪念馆市级免费开放补助资金 (二级项目名称): budget 20 万元 (项目总投资 / 预算申报数), ten indicators, values AS
CAPTURED (OCR noise included). 博物馆提升改造项目: name only — its money row is cut (see below), no indicators.
Truncation: the text stops inside the second table's 项目总投资 row ("项目总投资 174.78万元中央补"); that row and everything after it are left
out.
Reconstruction: the captured text lost EVERY cell separator and row break (one run of text). Cells are split at the template's labels
and at the values; INFERRED splits: "资金用途业务类项目主管部门..." is read as 资金用途 | 业务类 | 项目主管部门 | ... (it could be 业务类项目 |
主管部门); the name/value boundary of the qualitative rows ("对当地文物保护、文化传承影响" | "长远", "提升博物馆绿化水平" | "提升",
"为当地提供就业LJUI,冈位" | "增加岗位", "历史文化传承环保意识" | "时限长远") is inferred from the wording; rows whose value starts with "="
are unambiguous. The 8-column grid and all spans are inferred; the second table is given the first one's layout.
""",
))

# ---------------------------------------------------------------- 38
def _r38(name, v, a, w, s):
    return [C(name, cs=3), C(v, cs=2), C(a, cs=2), w, s, C("", cs=2)]


_E38 = _r38("", "", "", "", "")
FILINGS.append(dict(
    dir="38-ezhou-shenpi-shimin-ziping",
    html_title="项目支出绩效自评表",
    blocks=[
        ("table", [
            [C("项目支出绩效自评表", cs=14)],
            [C("( 2021 年度)", cs=14)],
            [C("项目名称", cs=3), C("市民中心运行维护费", cs=11)],
            [C("主管部门", cs=3), C("", cs=4), C("实施单位", cs=3), C("", cs=4)],
            [C("项目资金 (万元)", rs=5), C("", cs=2), C("年初预算数", cs=2), C("全年预算数", cs=2), C("全年执行数", cs=2),
             C("分值", cs=2), C("执行率", cs=2), "得分"],
            [C("年度资金总额", cs=2), C("150万", cs=2), C("150万", cs=2), C("125.25万", cs=2), C("100", cs=2), C("83.5%", cs=2), "98"],
            [C("其中:当年财政拨款", cs=2), C("150万", cs=2), C("150万", cs=2), C("125.25万", cs=2), C("—", cs=2), C("", cs=2), "—"],
            [C("上年结转资金", cs=2), C("0", cs=2), C("0", cs=2), C("0", cs=2), C("—", cs=2), C("", cs=2), "—"],
            [C("其他资金", cs=2), C("0", cs=2), C("0", cs=2), C("0", cs=2), C("—", cs=2), C("", cs=2), "—"],
            [C("年度总体目标", rs=2), C("预期目标", cs=7), C("实际完成情况", cs=6)],
            [C("为更好的建设行政服务大厅窗口建设和全市行政服务工作的组织协调、业务指导及督办检查;市政务服务大厅及周边设施日常维修升级改造费用。", cs=7),
             C("本年度财政拨款为150万元:执行数为125.25万元,完成预算的83.50%。", cs=6)],
            [C("绩 效 指 标", rs=16), "一级指标", "二级指标", C("三级指标", cs=3), C("年度 指标值", cs=2), C("实际 完成值", cs=2), "分值",
             "得分", C("偏差原因分析及改进措施", cs=2)],
            [C("产出指标", rs=12), C("数量指标", rs=3)] + _r38("预算执行率", "100%", "83.5%", "20", "18"),
            _r38("预算资金拨款率", "100%", "100%", "10", "10"),
            _E38,
            [C("质量指标", rs=3)] + _r38("政务服务工作办结率", "100%", "100%", "10", "10"),
            _r38("大厅业务日常考核结果", "100%", "100%", "10", "10"),
            _E38,
            [C("时效指标", rs=3)] + _E38,
            _E38,
            _E38,
            [C("成本指标", rs=3)] + _r38("市民中心运行维护费", "150万", "150万", "10", "10"),
            _E38,
            _E38,
            [C("效益指标", rs=3), C("经济效益 指标", rs=3)] + _r38("大厅运行正常率", "100%", "100%", "10", "10"),
            _E38,
            _E38,
        ]),
    ],
    truth={"projects": [P("市民中心运行维护费", None, "150", "万元", [
        I("产出指标", "数量指标", "预算执行率", "100%", actual="83.5%", weight="20", score="18"),
        I("产出指标", "数量指标", "预算资金拨款率", "100%", actual="100%", weight="10", score="10"),
        I("产出指标", "质量指标", "政务服务工作办结率", "100%", actual="100%", weight="10", score="10"),
        I("产出指标", "质量指标", "大厅业务日常考核结果", "100%", actual="100%", weight="10", score="10"),
        I("产出指标", "成本指标", "市民中心运行维护费", "150万", actual="150万", weight="10", score="10"),
        I("效益指标", "经济效益 指标", "大厅运行正常率", "100%", actual="100%", weight="10", score="10"),
    ])]},
    notes="""
Place: 鄂州市 (Ezhou, Hubei), city level, 鄂州市行政审批局 (the city's administrative-approval bureau, 市民中心); year 2021 (published
2022-11-04 under 三公经费信息).
Template kind: the national 项目支出绩效自评表 (2021+) as a wide Excel sheet: 项目名称 / 主管部门 | 实施单位 / 项目资金 (万元) with 年初预算数 |
全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中:当年财政拨款 / 上年结转资金 / 其他资金 / 年度总体目标 预期目标 | 实际完成情况,
then a left label "绩 效 指 标" over 一级指标 | 二级指标 | 三级指标 | 年度 指标值 | 实际 完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
Layout features: a 14-column sheet where most cells span two or three narrow columns; the 主管部门 and 实施单位 cells are EMPTY; amounts
with a bare 万 ("150万", "125.25万") under a label that names 万元; THREE ROWS PER LEVEL-2 BLOCK, the unused ones entirely empty (a
level-2 block, 时效指标, with no indicator at all); the budget-execution rate repeated as an indicator (预算执行率 100% | 83.5% | 20 | 18);
a cost row whose target is the budget ("150万"); a level-2 label with a space ("经济效益 指标"); spaced header words ("年度 指标值",
"实际 完成值", "绩 效 指 标").
Truth: one project, 市民中心运行维护费, budget 150 万元 (全年预算数 "150万"; the unit from "项目资金 (万元)"). Six indicators with
actual (实际完成值), weight (分值) and score (得分). Empty rows are not indicators.
Truncation: the stored text stops in the 社会效益 指标 row ("社会效益 指标 |" then "岗", a cut name): that row and everything after it
(the rest of 效益指标, 满意度指标, totals) are left out; the row spans of 绩 效 指 标 and 效益指标 are cut at the last reproduced row.
Reconstruction: the captured page prints one cell per line ending in " |" (empty cells as "|" lines) and, at each row's end, one run
of "|" for the columns the row does not start. The 14-column grid and every span follow from those counts (e.g. the title "|||||||||||||"
= one cell over 14 columns; a data row of eight cells then "||||||" = the covered left label and five extra columns of the name,
value, actual and note cells); where the counts allow several layouts, the one with the same column boundaries in every block is
chosen.
""",
))

# ---------------------------------------------------------------- 40
_R40 = [
    ("数量指标", "出差人数", "正向", "=", "8", "", "4"),
    ("数量指标", "出差人次", "正向", "=", "24", "人/次", "4"),
    ("质量指标", "工作任务完成率", "正向", "=", "100", "%", "4"),
    ("时效指标", "项目财政资金到位时间", "正向", "=", "44,561", "44,561", "10"),
    ("时效指标", "财政资金到位及时支付率", "正向", "=", "100", "%", "4"),
    ("时效指标", "工作计划按时完成时间", "正向", "=", "44,561", "44,561", "4"),
    ("成本指标", "出差单位成本", "反向", "=", "0", "万元/人", "4"),
    ("成本指标", "出差总成本", "反向", "=", "1", "万元", "4"),
    ("成本指标", "劳务人员总成本", "反向", "=", "2", "万元", "4"),
    ("成本指标", "办公费总成本", "反向", "=", "0", "万元", "4"),
    ("成本指标", "年度预算总成本", "反向", "=", "3", "万元", "4"),
]


def _t40(r):
    l2, n, d, op, v, u, w = r
    cells = dict(op=op, value=v, weight=w, direction=d)
    if u:
        cells["unit"] = u
    raw = op + v + (" " + u if u == v else u)
    return I("产出指标", l2, n, raw, **cells)


_GOAL40 = ("围绕国家关于建设节约型社会和发展循环经济的要求,在充分规范整合和利用现有再生资源回收渠道的基础上,合理布局,规范建设。"
           "达成以下目标: 目标1:聘用人员1人,出差8人 目标2:聘用人员在岗率100% 目标3:2021年12月31日前完成 目标4:年度预算总金额3万元 "
           "目标5:促进资源循环和高效利用,改善城乡生态环境。")
FILINGS.append(dict(
    dir="40-wuhai-gongxiao-zaisheng",
    html_title="再生资源回收市场管理经费项目绩效目标表",
    blocks=[
        ("p", "再生资源回收市场管理经费项目绩效目标表"),
        ("p", "(2021年)"),
        ("table", [
            ["项目名称", C("再生资源回收市场管理经费", cs=9)],
            ["项目类别", C("(31)部门预算项目", cs=9)],
            ["归口科室", C("(08)经济贸易科", cs=9)],
            ["主管部门", C("(433)乌海市供销合作社联合社(部门)", cs=9)],
            ["实施单位", C("(433001)乌海市供销合作社联合社", cs=9)],
            [C("投入目标 (万元)", rs=4), C("资金来源", cs=4), C("年初安排金额(万元)", cs=5)],
            [C("资金总额", cs=4), C("3", cs=5)],
            [C("其中: 财政拨款数", cs=4), C("3", cs=5)],
            [C("其他资金", cs=4), C("0", cs=5)],
            ["年度目标", C(_GOAL40, cs=9)],
            [C("绩效指标(权重分值90分,其中产出指标权重分值50分,效益指标权重分值30分,满意度指标权重分值10分)", rs=len(_R40) + 1),
             "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值", "备注"],
        ] + [["产出指标", l2, n, d, op, v, u, w, ""] for l2, n, d, op, v, u, w in _R40]),
    ],
    truth={"projects": [P("再生资源回收市场管理经费", None, "3", "万元", [_t40(r) for r in _R40])]},
    notes="""
Place: 乌海市 (Wuhai, Inner Mongolia), city level, 乌海市供销合作社联合社 (unit 433001); year 2021 (published 2022-09-12 under 数据统计).
Template kind: Inner Mongolia (Wuhai) 项目绩效目标表 (2021): 项目名称 / 项目类别 / 归口科室 / 主管部门 / 实施单位 (codes in parentheses before the
names) / 投入目标 (万元): 资金来源 | 年初安排金额(万元) with 资金总额 / 其中: 财政拨款数 / 其他资金 / 年度目标 (numbered 目标1..目标5 in one
cell), then a left label "绩效指标(权重分值90分,其中...)" over 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标方向 | 目标值 | 计量单位 | 分值 | 备注.
Layout features: HEADER AND CONTENT DISAGREE: the column headed 指标性质 holds the direction words (正向 / 反向) and the column headed
指标方向 holds the comparator (=); the target is split (目标值 | 计量单位) and the unit can be EMPTY (出差人数 = 8, no unit); two date
targets appear as Excel serial numbers with a thousands separator in BOTH the value and the unit column ("44,561 | 44,561", i.e.
2021-12-31 formatted as a number); a weight (分值) column after the unit; level 1 repeated on every row (no merged level cells);
cost targets of 0 ("= 0 万元/人"); the label of the indicator block carries the weight breakdown in parentheses.
Truth: one project, budget 3 万元 (资金总额; unit from "投入目标 (万元)" / "年初安排金额(万元)"). value = comparator + 目标值 + 计量单位
("=24人/次", "=100%", "=8" where the unit is empty); for the two date rows the unit cell repeats the value, so value is
"=44,561 44,561" (the scorer ignores white space; the cells as written, no date is inferred). value_cells: op (from the 指标方向 column),
value, unit (when not empty), weight (分值), direction (正向/反向, from the 指标性质 column). Eleven indicators, all under 产出指标.
Truncation: the stored text stops at the first character of the next row ("效", the start of 效益指标): that row and everything after
it (效益 and 满意度 indicators) are left out; the span of the 绩效指标 label is cut at the last reproduced row.
Reconstruction: the stored text separates cells by single spaces and rows by line breaks; empty cells vanish. The 10-column grid is
fixed by the indicator header (a left label + 9); in each data row the cells are read left to right against the header: an empty
备注 is assumed throughout, and in 出差人数 (five cells after the name) the missing cell is taken to be the unit (the 4 is read as the
weight, as on every other row). The title and "(2021年)" are printed as lines above the table (the page repeats the title as its
heading); the spans of the upper rows (资金来源 over four columns, the amounts over five) are inferred.
""",
))

# ---------------------------------------------------------------- 42
_R42 = [
    ("产出指标", "数量指标", "学生受资助人数", "≧", "735", "人次", "735", "10", "10"),
    ("产出指标", "质量指标", "营养改善计划覆盖率", "≧", "100", "%", "100%", "10", "10"),
    ("产出指标", "时效指标", "资金到位及时率", "≧", "100", "%", "100%", "10", "7"),
    ("产出指标", "成本指标", "生均补助标准达标率", "═", "100", "%", "100%", "10", "10"),
    ("效益指标", "经济效益 指标", "减轻贫困学生家庭经济负担", "", "有效", "", "有效", "10", "10"),
    ("效益指标", "社会效益 指标", "政策知晓率", "═", "100", "%", "98%", "10", "9"),
    ("效益指标", "生态效益 指标", "", "", "", "", "", "", ""),
    ("效益指标", "可持续影响 指标", "促进学校教育事业健康发展", "≧", "100", "%", "100%", "10", "10"),
    ("满意度指标", "服务对象满意度指标等", "学生满意度", "≧", "95", "%", "100%", "10", "10"),
    ("满意度指标", "服务对象满意度指标等", "家长满意度", "≧", "95", "%", "100%", "10", "10"),
]


def _rows42():
    rows = []
    for i, r in enumerate(_R42):
        l1, l2 = r[0], r[1]
        row = []
        if i == 0 or _R42[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for x in _R42 if x[0] == l1)))
        if i == 0 or _R42[i - 1][1] != l2:
            row.append(C(l2, rs=sum(1 for x in _R42 if x[1] == l2)))
        rows.append(row + list(r[2:]) + [""])
    return rows


def _t42(r):
    l1, l2, n, op, v, u, a, w, s = r
    cells = {k: x for k, x in (("op", op), ("value", v), ("unit", u)) if x}
    return I(l1, l2, n, op + v + u, actual=a, weight=w, score=s, **cells)


_GOAL42 = "确保每一个学生都能享受到国家政策福利,改善学生体质"
FILINGS.append(dict(
    dir="42-lincang-yongde-yingyang-ziping",
    html_title="2022年度项目支出绩效自评表",
    blocks=[
        ("table", [
            [C("2022年度项目支出绩效自评表", cs=11)],
            [C("部门:临沧市永德县明朗中学", cs=8), C("公开14表", cs=3)],
            ["项目名称", C("义务教育营养改善计划专项资金", cs=10)],
            ["主管部门", C("永德县教育体育局", cs=4), C("实施单位", cs=2), C("永德县明朗中学", cs=4)],
            [C("项目资金 (元)", rs=5), C("", cs=3), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", C("得分", cs=2)],
            [C("年度资金总额", cs=3), "", "387664.62", "387664.62", "10", "100%", C("10", cs=2)],
            [C("其中:当年财政 拨款", cs=3), "", "387664.62", "387664.62", "—", "", C("—", cs=2)],
            [C("上年结转 资金", cs=3), "", "", "", "—", "", C("—", cs=2)],
            [C("其他资金", cs=3), "—", "—", "—", "—", "", C("—", cs=2)],
            [C("年度 总体 目标", rs=2), C("预期目标", cs=5), C("实际完成情况", cs=5)],
            [C(_GOAL42, cs=5), C(_GOAL42, cs=5)],
            [C("绩效指标", rs=len(_R42) + 2), C("一级指标", rs=2), C("二级指标", rs=2), C("三级指标", rs=2), C("年度指标值", cs=3),
             C("实际完成值", rs=2), C("分值", rs=2), C("得分", rs=2), C("偏差原因分析及改进措施", rs=2)],
            ["指标性质", "指标值", "度量单位"],
        ] + _rows42() + [
            [C("其他需要说明事项", cs=4), C("无", cs=3), "总分", "100", "96", "优"],
        ]),
    ],
    truth={"projects": [P("义务教育营养改善计划专项资金", None, "387664.62", "元", [_t42(r) for r in _R42 if r[2]])]},
    notes="""
Place: 永德县 (Yongde county, Lincang, Yunnan), county level, 永德县明朗中学 under the 永德县教育体育局; year 2022 (the school's
2022 self-evaluation, 公开14表 of its final-accounts disclosure).
Template kind: Yunnan 项目支出绩效自评表 (the national 2021+ self-evaluation form with a SPLIT target): 项目名称 / 主管部门 | 实施单位 /
项目资金 (元) with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中:当年财政 拨款 / 上年结转 资金 / 其他资金 /
年度 总体 目标 预期目标 | 实际完成情况, then a TWO-ROW indicator header: 一级指标 | 二级指标 | 三级指标 | 年度指标值 (over 指标性质 | 指标值 |
度量单位) | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, and a footer 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优.
Layout features: money in 元 (387664.62); comparators in a column headed 指标性质 written with the full-width signs ≧ (U+2267) and ═
(U+2550, a box-drawing double line used as "="); a two-row header whose second row is 指标性质 | 指标值 | 度量单位; a qualitative row
with no comparator and no unit (指标值 "有效", actual "有效"); an EMPTY level-2 row (生态效益 指标); level-2 labels with a space
("经济效益 指标", "可持续影响 指标") and an odd one ("服务对象满意度指标等"); a self-evaluation with actual (实际完成值), weight (分值) and
score (得分) on every row; the department named in the title row ("部门:临沧市永德县明朗中学").
Truth: one project, 义务教育营养改善计划专项资金, budget 387664.62 元 (全年预算数), money_unit 元 (项目资金 (元)). value = 指标性质 +
指标值 + 度量单位 as written ("≧735人次", "═100%", "有效"); value_cells op, value, unit (when written), actual, weight, score. Nine
indicators; the empty 生态效益 row is not one.
Reconstruction: the captured page is a broken linearisation of the sheet (cells " | "-separated, rows running into each other, the
two header rows and the first data row on one line, the header cells out of order: "绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位"); a line break followed by "|" is read as an
empty cell. The grid (11 columns), the two-row header with 年度指标值 over three columns, and all spans are the national form's, not
seen. Money block: the 年度资金总额 row gives only two amounts for 年初/全年/全年执行 (387664.62, 387664.62) after a line break read as an
empty 年初预算数; 全年预算数 = 387664.62 either way, since 全年执行数 is the other amount and 执行率 is 100%. The dashes and blanks of the
上年结转 and 其他资金 rows are placed by the same reading and are uncertain. The data rows are clear: seven cells after the level-2
label (name, 性质, 值, 单位, 实际完成值, 分值, 得分) and an empty 偏差 cell; in the 经济效益 row the two line breaks are the empty 性质 and
单位 cells.
""",
))

# ---------------------------------------------------------------- 44
_R44 = [
    ("全国助残日活动次数", "1次"), ("报纸杂志专版专栏", "1个"), ("电视专栏节目", "24期"), ("广播专题节目", "104期"),
    ("网络宣传平台", "1个"), ("内部刊物", "12期"), ("开展残疾人文化活动", "1"), ("残疾人文化活动参与人数", "60人"),
    ("举办宣文干部培训班次", "1次"), ("全省残联宣文干部培训班参训人数", "60人"), ("宣传覆盖面", "拓宽"),
    ("残疾人文化活动参与率", "推动全省提高"), ("全省残联宣文干部培训班培训合格率", "100%"),
    ("全省残联宣文干部培训班参训学员工作积极性", "稳步提高"),
]
_BUDGET44 = ("根据《关于2017年直属单位预算的批复》(鄂财预发[2017]3号)文件,下达湖北省残疾人联合会(以下简称“省残联”)“湖北省残疾人事业宣传文化工作经费项目”"
             "预算资金100万元,资金来源为省级一般公共预算财政拨款。2017年度预算资金主要用于残疾人事业宣传、残疾人文化建设、全省残联宣文干部培训等,"
             "三个部分预算资金分别74万元、14万元、8万元,预算资金分别占当年预算资金比重为74%、14%、8%。")
FILINGS.append(dict(
    dir="44-hubei-canlian-xuanwen-2017",
    html_title="湖北省残疾人事业宣传文化经费项目2017年度绩效自评报告",
    blocks=[
        ("p", "湖北省残疾人事业宣传文化经费项目"),
        ("p", "2017年度绩效自评报告"),
        ("p", "项目单位:湖北省残疾人联合会"),
        ("p", "评价机构:湖北衡平楚天会计师事务有限公司"),
        ("p", "2018年6月"),
        ("p", "目 录"),
        ("p", "附件:残疾人事业宣传文化经费项目绩效目标自评表........................22"),
        ("p", "一、基本情况"),
        ("p", "(一)预算情况"),
        ("p", _BUDGET44),
        ("p", "图1:湖北省残疾人事业宣传文化工作经费项目2017年度预算明细"),
        ("p", "单位:万元"),
        ("p", "(二)绩效目标情况"),
        ("p", "省残联根据实际情况特设定绩效目标及指标,具体绩效指标如下表所示:"),
        ("p", "表1:湖北省残疾人事业宣传文化工作经费项目绩效目标"),
        ("table", [["序号", "三级指标", "年度指标值"]] + [[str(i + 1), n, v] for i, (n, v) in enumerate(_R44)]),
    ],
    truth={"projects": [P(None, None, None, None, [I(None, None, n, v) for n, v in _R44])]},
    notes="""
Place: 湖北省 (Hubei), provincial level, 湖北省残疾人联合会 (省残联); year 2017 (self-evaluation report dated 2018-06 by an accounting
firm, published 2018-09-25).
Template kind: a 绩效自评报告 (prose report) whose section "(二)绩效目标情况" lists the project's targets in a FLAT THREE-COLUMN TABLE:
序号 | 三级指标 | 年度指标值 — no level-1 or level-2 columns, no money in the table.
Layout features: a numbered list (序号 1, 2, 3 ... beside every name: the numbers are not values); only level-3 names; values with
units glued ("24期", "104期", "60人"), one bare number ("开展残疾人文化活动 | 1") and qualitative values ("拓宽", "推动全省提高",
"稳步提高"); the project is named only in prose and in the table's caption ("表1:湖北省残疾人事业宣传文化工作经费项目绩效目标"); the
budget (预算资金100万元, parts 74/14/8 万元) is in a prose paragraph, and a "单位:万元" line belongs to a figure that the capture leaves
out; a table-of-contents line with a dot leader ("........................22").
Truth: one project with name, budget and unit null (the table has no 项目名称 cell and no money; the prose amounts are not a
table's total). Fourteen indicators, level1 and level2 null (none written), value as written.
Truncation: the stored text stops inside row 15 ("15 | 残疾人事业社会关", a cut name, no value): that row and everything after it
(more targets, the rest of the report and its appended 自评表) are left out.
Reconstruction: the captured page prints one cell per line ending in " |"; the 3-column table is fixed by its header. The page's
own title line and publication line are left out of the rebuilt filing (the report's cover lines are kept as paragraphs).
""",
))

# ---------------------------------------------------------------- 46
_R46 = [
    ("产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", "50", "8", "8"),
    ("产出指标(50分)", "质量指标", "委托业务报告合格率", "≥100百分比", "100", "8", "8"),
    ("产出指标(50分)", "质量指标", "经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8", "8"),
    ("产出指标(50分)", "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", "8", "8"),
    ("产出指标(50分)", "成本指标", "项目总成本", "≤90万元", "90", "8", "8"),
    ("产出指标(50分)", "成本指标", "单项业务成本", "符合相关规定", "达成预期指标", "10", "10"),
    ("效益指标(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", "10", "10"),
    ("效益指标(30分)", "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", "10", "10"),
    ("效益指标(30分)", "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", "达成预期指标", "10", "10"),
    ("效益指标(30分)", "经济效益指标", "", "", "", "", ""),
]


def _rows46():
    rows = []
    for i, r in enumerate(_R46):
        row = [C("绩效指标", rs=len(_R46) + 1), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
               "偏差原因分析及改进措施"] if i == 0 else None
        if row:
            rows.append(row)
        row = []
        if i == 0 or _R46[i - 1][0] != r[0]:
            row.append(C(r[0], rs=sum(1 for x in _R46 if x[0] == r[0])))
        if i == 0 or _R46[i - 1][1] != r[1]:
            row.append(C(r[1], rs=sum(1 for x in _R46 if x[1] == r[1])))
        rows.append(row + list(r[2:]) + [""])
    return rows


FILINGS.append(dict(
    dir="46-chizhou-tangxi-weituo-ziping",
    html_title="项目支出绩效自评表",
    blocks=[
        ("p", "附件:"),
        ("p", "项目支出绩效自评表"),
        ("p", "(2022年度)"),
        ("table", [
            ["项目名称", C("委托业务项目", cs=8)],
            ["主管部门", C("219-池州市贵池区棠溪镇人民政府", cs=3), "实施单位", C("219001-池州市贵池区棠溪镇人民政府", cs=4)],
            [C("项目资金 (万元)", rs=5), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [C("年度资金总额:", cs=2), "0", "0", "0", "10", "0", "0"],
            [C("其中:本年财政拨款", cs=2), "90", "89.974", "89.974", "", "", ""],
            [C("上年结转资金", cs=2), "", "", "", "", "", ""],
            [C("其他资金", cs=2), "", "", "", "", "", ""],
            [C("年度总体目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C("本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。", cs=4),
             C("本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;29.99万元用于基建工程项目设计、规划、测绘。", cs=4)],
        ] + _rows46()),
    ],
    truth={"projects": [P("委托业务项目", None, None, "万元", [
        I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _R46 if n])]},
    notes="""
Place: 池州市贵池区棠溪镇 (Tangxi town, Guichi district, Chizhou, Anhui), town level, 棠溪镇人民政府 (unit 219001); year 2022 (a Word file
dated 2022-05-16 in its metadata, served from the district's download URL through a mirror site).
Template kind: the national 项目支出绩效自评表 (2021+): 项目名称 / 主管部门 | 实施单位 / 项目资金 (万元): 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
执行率 | 得分 over 年度资金总额: / 其中:本年财政拨款 / 上年结转资金 / 其他资金 / 年度总体目标 预期目标 | 实际完成情况, then 绩效指标 over
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
Layout features: the 年度资金总额 row is all ZEROS (0 / 0 / 0, 执行率 0, 得分 0) while the 本年财政拨款 row carries 90 / 89.974 / 89.974 — a form
left half-filled; unit codes before the names ("219-", "219001-"); a percentage unit spelled out ("≥100百分比"); qualitative targets
with the actual "达成预期指标"; level-1 cells with their points ("产出指标(50分)"); an EMPTY level-2 row (经济效益指标) listed last;
the file's metadata (author, dates, a GUID) precede the text.
Truth: one project, 委托业务项目; budget_total NULL: the total row's 全年预算数 reads 0, and the 本年财政拨款 row's three amounts cannot be
assigned to 年初/全年/全年执行 with certainty from the text (read left to right they give 90 / 89.974 / 89.974; the 成本指标 target
"≤90万元" suggests 90 was the budget); money_unit 万元 (项目资金 (万元)). Nine indicators with actual (实际完成值), weight (分值) and score
(得分); the points add up (8×5 + 10 = 50 for 产出, 10×3 = 30 for 效益), which confirms every name/value split.
Truncation: the stored text stops in the first 满意度 row ("满意度指标(10分) 满意度指标 公众满", a cut name): that row and everything after
it are left out; the span of 绩效指标 is cut at the last reproduced row.
Reconstruction: the stored text is the Word file's text on ONE line, cells separated by single spaces, empty cells invisible. Cells
are split at the form's labels and by the column sequence (target, actual, 分值, 得分); names contain no spaces. The 9-column grid
(a left label + 8), the money block's columns (the 本年财政拨款 amounts placed left to right under 年初/全年/全年执行) and all spans are
the national form's, inferred. The metadata run and "附件:" are kept only in source.txt and as a paragraph ("附件:").
""",
))

# ---------------------------------------------------------------- 48
_R48 = [
    ("项目完成\n指标", "数量指标", "对符合政策法规的独生子伤残、死亡家庭进行扶助", "63人"),
    ("项目完成\n指标", "质量指标", "按政策、法律、法规乡镇申报、初审确认对象资格,县级按要求复审", "100%"),
    ("项目完成\n指标", "时效指标", "项目实施时间", "2021年1月-12月"),
    ("项目完成\n指标", "时效指标", "资金拨付", "12月底到位"),
    ("项目完成\n指标", "成本指标", "成本控制", "严格按照预算标准1000元/人给补助对象兑付补助"),
    ("项目效益\n指标", "社会效益\n指标", "促进人口与经济、社会、资源、环境协调和可持续发展", "100%"),
    ("项目效益\n指标", "可持续影响\n指标", "实现社会稳定和谐发展", "长期"),
    ("满意度指标", "满意度指标", "受益群众满意度", "≥90%"),
    ("满意度指标", "满意度指标", "社会满意度", "100%"),
]


def _rows48():
    rows = []
    for i, (l1, l2, n, v) in enumerate(_R48):
        row = [C("绩效指标", rs=len(_R48))] if i == 0 else []
        if i == 0 or _R48[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for r in _R48 if r[0] == l1)))
        if i == 0 or _R48[i - 1][1] != l2 or _R48[i - 1][0] != l1:
            row.append(C(l2, rs=sum(1 for r in _R48 if r[1] == l2 and r[0] == l1)))
        rows.append(row + [n, v])
    return rows


_MONEY48 = [("   (一)财政拨款小计", "6.30"), ("       1、一般公共预算", "6.30"), ("       2、政府性基金", "0.00"),
            ("       3、国有资本经营预算", "0.00"), ("   (二)自有资金小计", "0.00"), ("       1、事业收入", "0.00"),
            ("       2、经营性收入", "0.00"), ("   (三)其他收入", "0.00")]
FILINGS.append(dict(
    dir="48-guangyuan-zhaohua-tekun",
    html_title="特困家庭再扶助(独生子女死亡再扶助)",
    blocks=[
        ("p", "项目支出绩效目标申报表"),
        ("p", "(2021年度)"),
        ("table", [
            ["项目名称", C("特困家庭再扶助(独生子女死亡再扶助)", cs=4)],
            ["预算单位", C("区卫生健康局", cs=4)],
            [C("项目资金(万元)", rs=len(_MONEY48) + 1), C("年度资金总额", cs=3), "金额(万元)"],
        ] + [[C(k, cs=3), v] for k, v in _MONEY48] + [
            [C("总体\n目标", rs=2), C("年度目标", cs=4)],
            [C("区域内符合计划生育政策、法规生育的独生子女伤残、死亡适龄家庭进行政策特别扶助,达到“老有所依,老有所养”的目标。增强服务意识,稳定特扶家庭情绪", cs=4)],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值(包含数字及文字描述)"],
        ] + _rows48()),
    ],
    truth={"projects": [P("特困家庭再扶助(独生子女死亡再扶助)", None, None, "万元",
                          [I(l1.replace("\n", ""), l2.replace("\n", ""), n, v) for l1, l2, n, v in _R48])]},
    notes="""
Place: 广元市昭化区 (Zhaohua district, Guangyuan, Sichuan), district level, 区卫生健康局; year 2021 (published 2022-03-01 by the
district health bureau). A sibling page of 41 (same bureau, same day, same form); kept for its own line breaks and rows.
Template kind: Sichuan (Guangyuan) 项目支出绩效目标申报表 (2021): 项目名称 / 预算单位 / 项目资金(万元) 年度资金总额 | 金额(万元) over an
itemised money block, 总体目标 年度目标, then 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值(包含数字及文字描述).
Layout features: level-1 AND level-2 labels broken over two lines ("项目完成\\n指标", "社会效益\\n指标", "可持续影响\\n指标"); on the two
效益 rows the name and value come on the line after the level-2 label; "绩效指标" twice (header cell and left label); no total in the
money block (年度资金总额 heads the amount column; 财政拨款小计 6.30 = 一般公共预算 6.30); a project name with a parenthesised
sub-name; a sentence as the cost target ("严格按照预算标准1000元/人给补助对象兑付补助").
Truth: one project; budget_total null (no total written, the sub-total is not taken as one), money_unit 万元. Nine indicators,
complete table; level cells without their in-cell line breaks.
Reconstruction: the stored text separates cells by single spaces and rows by line breaks and keeps in-cell line breaks; each row's
name/value split is at its last space (names contain no space). The 5-column grid and the level row spans follow from which lines
start with a level word; the left label "绩效指标" over the data rows, the spans of the upper rows and the leaving out of the blank line
after "(三)其他收入 0.00" are as in 41.
""",
))

# ---------------------------------------------------------------- 50
_R50 = [
    ("数量指标", "七氟丙烷式灭火装置及药剂", "10套"),
    ("数量指标", "烟感、温感控制设备", "160个"),
    ("数量指标", "声光报警、紧急按钮、指示灯", "30只"),
    ("数量指标", "气体灭火控制器及报警主机", "4台"),
    ("数量指标", "施工材料", "1批"),
    ("质量指标", "资金使用合规性", "100%"),
    ("质量指标", "项目(工程)验收合格率", "100%"),
    ("时效指标", "项目完工时间", "2021年12月31日"),
]


def _rows50():
    rows = []
    for i, (l2, n, v) in enumerate(_R50):
        row = [C("产出指标", rs=len(_R50))] if i == 0 else []
        if i == 0 or _R50[i - 1][0] != l2:
            row.append(C(l2, rs=sum(1 for r in _R50 if r[0] == l2)))
        rows.append(row + [n, v, "", ""])
    return rows


FILINGS.append(dict(
    dir="50-puyang-danganguan-xiaofang",
    html_title="关于“库房消防设备改造安装工程”项目绩效目标的批复",
    blocks=[
        ("p", "濮财效批复〔2021〕88号"),
        ("p", "濮阳市财政局"),
        ("p", "关于“库房消防设备改造安装工程”"),
        ("p", "项目绩效目标的批复"),
        ("p", "濮阳市档案馆:"),
        ("p", "按照预算绩效管理工作要求,你单位申报的“库房消防设备改造安装工程”项目绩效目标审核得分为95分,可以进入预算安排流程,现就绩效目标予以批复:"),
        ("p", "一、要以本批复的绩效目标为导向,紧密结合工作实际,以绩效监控和评价为抓手,以改进预算管理为目的,在提高公共产品和控制节约成本的同时,充分发挥财政资金使用效益。"),
        ("p", "二、预算年度结束后,要根据濮财效〔2020〕8号文件要求及时上报“项目支出绩效自评表”和“部门项目支出绩效自评总结报告”,并配合好部门评价或财政绩效评价工作。"),
        ("p", "三、收到本批复15个工作日内,除涉密事项外,请在本单位网站或市财政局网站中对该绩效目标进行公开,主动接受监督。"),
        ("table", [
            [C("市级部门预算项目绩效目标表", cs=7)],
            [C("(2021年度)", cs=7)],
            ["项目名称", C("濮阳市档案馆库房消防设备改造安装工程", cs=6)],
            ["部门名称", C("濮阳市档案馆", cs=6)],
            ["单位名称", C("濮阳市档案馆", cs=6)],
            [C("项目资金 (万元)", rs=3), C("年度资金总额", cs=2), C("24.998", cs=4)],
            [C("其中:财政拨款", cs=2), C("24.998", cs=4)],
            [C("其他资金", cs=2), C("", cs=4)],
            ["年度目标", C("完成市档案馆5个标准档案库房消防设备的升级改造安装工作,增强消防救援力量,保证馆库和档案实体安全。", cs=6)],
            [C("绩 效 指 标", rs=len(_R50) + 1), "一级指标", "二级指标", "三级指标", "指标值", "指标说明", ""],
        ] + _rows50()),
    ],
    truth={"projects": [P("濮阳市档案馆库房消防设备改造安装工程", None, "24.998", "万元",
                          [I("产出指标", l2, n, v) for l2, n, v in _R50])]},
    notes="""
Place: 濮阳市 (Puyang, Henan), city level, 濮阳市档案馆; year 2021 (the city finance bureau's approval 濮财效批复〔2021〕88号).
Template kind: Henan (Puyang) 市级部门预算项目绩效目标表 (2021) appended to a finance-bureau APPROVAL LETTER: 项目名称 / 部门名称 / 单位名称 /
项目资金 (万元) 年度资金总额 | 其中:财政拨款 | 其他资金 / 年度目标, then "绩 效 指 标" over 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标说明 and an
empty seventh column.
Layout features: the letter above the table is full of numbers that are not targets (审核得分为95分, 15个工作日内, document numbers
〔2021〕88号, 〔2020〕8号); an EMPTY 指标说明 column (and an empty last column) beside every value; five quantity rows with counters as
units ("10套", "160个", "30只", "4台", "1批"); a budget with three decimals (24.998); a date target ("2021年12月31日"); the unit name
repeated in 部门名称 and 单位名称.
Truth: one project, budget 24.998 万元 (年度资金总额). Eight indicators.
Truncation: the stored text stops in the 成本指标 row ("成本指标 | 气", a cut name): that row and everything after it (效益, 满意度) are
left out; the spans of 绩 效 指 标 and 产出指标 are cut at the last reproduced row.
Reconstruction: the captured page prints each row's cells " | "-separated and then one run of "|" for the columns the row does not
start (spans from above, column spans and empty cells alike). The 7-column grid is fixed by the indicator header (six cells and one
"|"); the spans follow from every row's count, e.g. "产出指标 | 数量指标 | 七氟丙烷式灭火装置及药剂 | 10套" then "|||" = the covered
left label, an empty 指标说明 and the empty seventh column; "项目资金 (万元) | 年度资金总额 | 24.998" then "||||" = the amount label
over two columns and the amount over four.
""",
))

# ---------------------------------------------------------------- 52
_GOAL52 = ("对全县突发卫生公共事件进行相关人员培训、物质储备、应急能力建设,围绕人感染H7N9禽流感、手足口病、霍乱等重点传染病的防治工作,年初制定了中心业务"
           "卫生应急机动队队员培训计划,对中心业务人员开展应急培训建立和完善了突发公共卫生事件监测、评估、预警、反应机制,及时处理预警信息。规范公共场所"
           "经营秩序,大力整顿医疗市场,严厉打击非法行医行为,规范我县医疗市场秩序,保障全县人民生活饮用水饮用安全,强化了突发公共卫生事件应急机制,"
           "传染病防治、生活饮用水、放射卫生。完成市级下达的双随机监督任务。监管对象的经营管理更加规范,经营场所卫生条件有所提高。完成上级分配的各项工作任务。")
FILINGS.append(dict(
    dir="52-yiyang-nanxian-jikong-2025",
    html_title="南县疾病预防控制中心(南县卫生综合监督执法局)2025年度预算项目支出绩效目标表",
    blocks=[
        ("table", [
            [C("2025年项目支出绩效目标表", cs=8)],
            [C("填报单位(盖章):南县疾病预防控制中心", cs=5), C("金额单位:万元", cs=3)],
            ["项目支出名称", C("基本公共卫生服务和应急处理及卫生监督执法专项", cs=4), "部门预算", C("70.00", cs=2)],
            ["年度本级预算金额", C("70.00", cs=4), "该项目支出上级资金", C("", cs=2)],
            ["项目支出实施期", C("2025年", cs=7)],
            ["项目绩效目标", C(_GOAL52, cs=7)],
            ["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容", "备注"],
            [C("成本指标", rs=2), "经济成本指标", "疾病预防控制中心经费", "≤", "70", "万元", "反映疾病预防控制中心经费。", "反映疾病预防控制中心经费。"],
            ["社会成本指标", "实施项目对社会产生的不利影响", "定性", "减少", "", "反映实施项目对社会产生的不利影响。", "反映实施项目对社会产生的不利影响。"],
        ]),
    ],
    truth={"projects": [P("基本公共卫生服务和应急处理及卫生监督执法专项", None, "70.00", "万元", [
        I("成本指标", "经济成本指标", "疾病预防控制中心经费", "≤70万元", op="≤", value="70", unit="万元",
          description="反映疾病预防控制中心经费。"),
        I("成本指标", "社会成本指标", "实施项目对社会产生的不利影响", "减少", nature="定性", value="减少",
          description="反映实施项目对社会产生的不利影响。"),
    ])]},
    notes="""
Place: 南县 (Nanxian county, Yiyang, Hunan), county level, 南县疾病预防控制中心 (南县卫生综合监督执法局); year 2025 (published 2025-03-20).
Template kind: Hunan 项目支出绩效目标表 (2025 system export): 填报单位(盖章) | 金额单位:万元 / 项目支出名称 | 部门预算 / 年度本级预算金额 |
该项目支出上级资金 / 项目支出实施期 / 项目绩效目标, then 一级指标 | 二级指标 | 三级指标 | 指标值类型 | 目标值 | 度量单位 | 指标值内容 | 备注 (no left
label column).
Layout features: the comparator sits in a column headed 指标值类型, which holds "定性" on qualitative rows (a type word, not a comparator);
the unit is EMPTY on the qualitative row; 指标值内容 and 备注 repeat the same explanation sentence; 成本指标 comes FIRST (2025 order);
the budget twice (部门预算 70.00 and 年度本级预算金额 70.00) beside an empty 该项目支出上级资金; no money unit except "金额单位:万元".
Truth: one project (项目支出名称), budget 70.00 万元. Two indicators: "≤70万元" (op ≤, value 70, unit 万元) and "减少" (the 定性 type is
not a comparator: value_cells nature 定性, value 减少); the 指标值内容 sentence in value_cells.description.
Truncation: the stored text stops in the third indicator row ("生态环境成本指标 | 实施项目对生态产生的不利影响 | 定性 | 减", a cut value): that
row and everything after it (产出, 效益, 满意度 indicators) are left out; the span of 成本指标 is cut at the last reproduced row.
Reconstruction: the captured page prints each row's cells " | "-separated and then one run of "|" for the columns the row does not
start (spans from above, column spans and empty cells alike). The 8-column grid is fixed by the indicator header; in the 社会成本指标
row the two missing columns are the covered 成本指标 and the empty 度量单位 (the cells run 定性 | 减少 | explanation | explanation); the
spans of the upper rows are inferred from their counts (e.g. the name over four columns, the empty 上级资金 amount over two).
""",
))

# ---------------------------------------------------------------- 54
_R54 = [
    ("成本指标", "经济成本指标", "学生补助标准", "17元/人.每天", "反映学生每天用餐标准", "按标准发放得10分,每少1元扣1分", "定量"),
    ("成本指标", "生态环境成本指标", "", "", "", "", "定性"),
    ("成本指标", "社会成本指标", "", "", "", "", "定性"),
    ("满意度指标", "服务对象满意度指标", "学生对学校伙食得满意度", "95%以上", "学生对学校伙食满意程度", "95%以上得10分,每降低1%扣1分", "定性"),
    ("产出指标", "数量指标", "补助学生数量", "168", "反映补助学生人数", "发放到位得10分,每减少1%,扣1分", "定量"),
    ("产出指标", "质量指标", "伙食补助发放率", "90%以上", "实际发放伙食补助金额/应发放伙食补助金额", "9%0得10分,每减少1%扣1分", "定量"),
    ("产出指标", "质量指标", "伙食补助资金到位率", "90%以上", "实际收到伙食补助金额/2023年伙食补助预算", "90%得10分,每减少1%扣1分", "定量"),
    ("产出指标", "质量指标", "伙食补助覆盖率", "90%以上", "实际领取伙食补助人数/应发放伙食补助人数", "90%得10分,每减少1%扣1分", "定量"),
    ("产出指标", "时效指标", "任务完成时间", "2023年12月31日", "反映该项目完成时间", "按期完成得10分,每超出10天扣1分", "定量"),
    ("效益指标", "经济效益指标", "", "", "", "", "定性"),
    ("效益指标", "社会效益指标", "残疾学生入学率", "大于90%", "适龄学生入学情况", "90%得10分,每减少1%扣1分", "定量"),
    ("效益指标", "社会效益指标", "残疾学生家庭负担率", "有所减轻", "对家庭负担减轻情况", "较大得10分,一般得6分", "定性"),
    ("效益指标", "社会效益指标", "残疾学生生活质量", "有所提升", "残疾学生生活质量", "良好得10分,一般得8分,差得0分", "定性"),
    ("效益指标", "生态效益指标", "", "", "", "", "定性"),
    ("效益指标", "可持续影响指标", "", "", "", "", "定性"),
]


def _rows54():
    rows = []
    for i, (l1, l2, n, v, d, s, t) in enumerate(_R54):
        row = [C("  505006  ", rs=len(_R54)), C("学生伙食费", rs=len(_R54)), C("30.00", rs=len(_R54)), C("", rs=len(_R54))] if i == 0 else []
        if i == 0 or _R54[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for r in _R54 if r[0] == l1)))
        if i == 0 or _R54[i - 1][1] != l2:
            row.append(C(l2, rs=sum(1 for r in _R54 if r[1] == l2)))
        rows.append(row + [n, v, d, s, "-", t, ""])
    return rows


FILINGS.append(dict(
    dir="54-xiangxi-tejiao-huoshi",
    html_title="湘西州特校2023项目支出绩效目标表公开",
    blocks=[
        ("p", "2023年项目支出绩效目标表公开"),
        ("p", "部门:505_湘西州教育和体育局金额单位:万元"),
        ("table", [
            [C("单位代码", rs=2), C("单位(专项)名称", rs=2), C("资金总额", rs=2), C("实施期绩效目标", rs=2), C("绩效指标", cs=9)],
            ["一级指标", "二级指标", "三级指标", "指标值", "指标值内容", "评(扣分标准) ", "度量单位", "指标值类型", "备注"],
            ["505006", "州民族特殊教育学校", "30.00", "", "", "", "", "", "", "", "", "", ""],
        ] + _rows54()),
    ],
    truth={"projects": [P("学生伙食费", None, "30.00", "万元", [
        I(l1, l2, n, v, description=d, standard=s, nature=t) for l1, l2, n, v, d, s, t in _R54 if n])]},
    notes="""
Place: 湘西土家族苗族自治州 (Xiangxi prefecture, Hunan), prefecture level, 州民族特殊教育学校 (unit 505006) under 505_湘西州教育和体育局;
year 2023 (published 2023-03-08 on the school's site).
Template kind: Hunan 2023 项目支出绩效目标表 as ONE WIDE TABLE FOR A UNIT: 单位代码 | 单位(专项)名称 | 资金总额 | 实施期绩效目标 | 绩效指标 (over
一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值内容 | 评(扣分标准) | 度量单位 | 指标值类型 | 备注) — a two-row header; a unit row (505006 |
州民族特殊教育学校 | 30.00) before the project row (505006 | 学生伙食费 | 30.00), the project's code, name and amount merged down over its
rows; "部门:505_...金额单位:万元" as a line above.
Layout features: indicators NOT IN LEVEL ORDER (成本 first, then 满意度, 产出, 效益); FIVE EMPTY level-2 rows (生态环境成本, 社会成本, 经济效益,
生态效益, 可持续影响) that still carry "-" and "定性"; a 指标值 that includes its unit ("17元/人.每天") while the 度量单位 column holds "-";
a type column (定量/定性); explanation and scoring-rule columns full of percentages and numbers that are not targets ("90%得10分,每减少1%
扣1分"); qualitative targets ("有所减轻", "有所提升"); a typo kept ("9%0得10分"); the amount both on the unit row and the project row.
Truth: one project, 学生伙食费, budget 30.00 万元 (its 资金总额; the unit row above it is not a project). Ten indicators; value = 指标值 as
written; value_cells description (指标值内容), standard (评(扣分标准)), nature (指标值类型). The empty level-2 rows are not indicators.
Reconstruction: the stored text lost the cell separators inside each row (cells glued: "学生补助标准17元/人.每天反映学生每天用餐标准按标准发放得10分,
每少1元扣1分-定量") but kept one row per line; empty cells appear as blank lines. Cells are split by the header's column order: name, target
(up to the explanation, which starts "反映", "实际", "适龄", "对", or repeats the name), explanation, scoring rule (from the first "得N分"
clause's start), "-" (度量单位), type. The split between the explanation and the scoring rule is uncertain on three rows (满意度, 入学率,
生活质量) and does not affect names or targets. The 13-column grid, the two-row header, the spans (the project cells over all fifteen
rows, the level cells over their rows) and the empty 实施期绩效目标 cell are inferred; the padding spaces of "  505006  " are kept.
""",
))

# ---------------------------------------------------------------- 56
_R56 = [
    ("产出指标(50分)", "数量指标", "补助村(社区)数量", "=8个", "8", "8", "8"),
    ("产出指标(50分)", "数量指标", "保障村干部人数", "=42个", "42", "8", "8"),
    ("产出指标(50分)", "质量指标", "补助资格合规性", "合规", "达成预期指标", "8", "8"),
    ("产出指标(50分)", "质量指标", "经费审批流程规范性", "严格执行相关制度规定", "达成预期指标", "8", "8"),
    ("产出指标(50分)", "时效指标", "补助经费到位及时性", "及时", "达成预期指标", "8", "8"),
    ("产出指标(50分)", "成本指标", "项目总成本", "≤202.6万元", "132.9", "10", "10"),
    ("效益指标(30分)", "经济效益指标", "对保障村(社区)两委机构正常运行的影响程度", "效果明显", "达成预期指标", "10", "10"),
    ("效益指标(30分)", "社会效益指标", "提高村(社区)干部工作积极性的影响程度", "效果明显", "达成预期指标", "10", "10"),
]


def _rows56():
    rows = [[C("绩效指标", rs=len(_R56) + 1), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施"]]
    for i, r in enumerate(_R56):
        row = []
        if i == 0 or _R56[i - 1][0] != r[0]:
            row.append(C(r[0], rs=sum(1 for x in _R56 if x[0] == r[0])))
        if i == 0 or _R56[i - 1][1] != r[1]:
            row.append(C(r[1], rs=sum(1 for x in _R56 if x[1] == r[1])))
        rows.append(row + list(r[2:]) + [""])
    return rows


_PLAN56 = ("本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,村民监督委员会 工资28000元,"
           "村级事务补助960000元,村级工作目标奖励100000元。 .. "
           "..............................................................................................................................")
_DONE56 = ("本项目共完成预算资金1329120.67元,其中村级组织运转439120.67元,村民组长,党小组长基本报酬152000元,村民监督委员会 工资28000元,"
           "村级事务补助660000元,村级工作目标奖励50000元。")
FILINGS.append(dict(
    dir="56-chizhou-tangxi-cunji-ziping",
    html_title="项目支出绩效自评表",
    blocks=[
        ("p", "附件:"),
        ("p", "项目支出绩效自评表"),
        ("p", "(2022年度)"),
        ("table", [
            ["项目名称", C("村级补助及运转经费", cs=8)],
            ["主管部门", C("219-池州市贵池区棠溪镇人民政府", cs=3), "实施单位", C("219001-池州市贵池区棠溪镇人民政府", cs=4)],
            [C("项目资金 (万元)", rs=5), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [C("年度资金总额:", cs=2), "0", "0", "0", "10", "0", "0"],
            [C("其中:本年财政拨款", cs=2), "202.64", "132.912", "132.912", "", "", ""],
            [C("上年结转资金", cs=2), "", "", "", "", "", ""],
            [C("其他资金", cs=2), "", "", "", "", "", ""],
            [C("年度总体目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C(_PLAN56, cs=4), C(_DONE56, cs=4)],
        ] + _rows56()),
    ],
    truth={"projects": [P("村级补助及运转经费", None, None, "万元", [
        I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _R56])]},
    notes="""
Place: 池州市贵池区棠溪镇 (Tangxi town, Guichi district, Chizhou, Anhui), town level, 棠溪镇人民政府 (unit 219001); year 2022 (a Word file
dated 2022-05-16, served from the district's download URL through a mirror site). A sibling file of 46 (same town, same form, same
day); kept for its own rows.
Template kind: the national 项目支出绩效自评表 (2021+), as in 46: 项目名称 / 主管部门 | 实施单位 / 项目资金 (万元) 年初预算数 | 全年预算数 |
全年执行数 | 分值 | 执行率 | 得分 / 年度总体目标 预期目标 | 实际完成情况, then 绩效指标 over 一级指标 | 二级指标 | 三级指标 | 年度指标值 |
实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
Layout features: the 年度资金总额 row is all ZEROS while 本年财政拨款 carries 202.64 / 132.912 / 132.912; "=" glued to the targets
("=8个", "=42个") with bare actuals ("8", "42"); a cost target "≤202.6万元" with the actual "132.9" (no unit); the goal texts count in 元
(2026400元, 1329120.67元) while the table is in 万元; a dot leader run ("..........") inside the 预期目标 text; qualitative targets with the
actual "达成预期指标"; level-1 cells with their points.
Truth: one project, 村级补助及运转经费; budget_total NULL (the total row's 全年预算数 reads 0; the 本年财政拨款 amounts cannot be assigned to
年初/全年/全年执行 with certainty — read left to right 202.64 / 132.912 / 132.912, and the goal text's 2026400元 = 202.64万元 is the
application); money_unit 万元. Eight indicators with actual, weight (分值) and score (得分); the points add up (8×5 + 10 = 50 for 产出).
Truncation: the stored text stops at "可持续影响" (the next level-2 label): that row and everything after it (满意度, totals) are left out;
the spans of 绩效指标 and 效益指标(30分) are cut at the last reproduced row.
Reconstruction: as 46: the Word file's text on ONE line, cells separated by single spaces, empty cells invisible; cells split at the
form's labels and by the column sequence; the 9-column grid, the placing of the 本年财政拨款 amounts and all spans inferred. The dot run
is kept at the end of the 预期目标 cell (where the text puts it).
""",
))

# ================================================================ third round (issue 21): 58-76
# The even numbers of the third round, split from 57-75 by alternation in the
# order found, before anything was scored. Appended without reading this file.
from _realspec import C, I, P  # noqa: E402,F811

# ---------------------------------------------------------------- 58
_R58 = ["西坪镇尧山村", "桃舟乡吾培村", "芦田镇三洋村", "蓬莱镇植洋村", "魁斗镇奇观村", "龙涓乡长塔村", "尚卿乡尤俊村"]
FILINGS.append(dict(
    dir="58-quanzhou-anxi-shuili-quyu",
    html_title="关于下达2022年省级第七批水利专项资金的通知",
    blocks=[
        ("p", "西坪镇、桃舟乡、芦田镇、蓬莱镇、魁斗镇、龙涓乡、尚卿乡人民政府:"),
        ("p", "根据《福建省财政厅 福建省水利厅关于下达2022年省级第七批水利专项资金的通知》(闽财农指〔2022〕72号),现下达2022年省级第七批水利专项资金,"
              "用于小型水利工程建设,具体金额及项目详见附件。请你们尽快将资金落实到具体项目单位,管好用好专项资金,督促项目单位加快项目建设和资金支出进度,"
              "做好绩效跟踪管理,切实提高财政资金使用效益。"),
        ("p", "附件:1.2022年省级第七批水利专项资金安排表"),
        ("p", "2.2022年省级第七批水利专项资金绩效目标表"),
        ("p", "安溪县水利局"),
        ("p", "2023年3月20日"),
        ("p", "(此件公开发布)"),
        ("p", "附件1"),
        ("p", "2022年省级第七批水利专项资金安排表"),
        ("p", "单位:万元"),
        ("table", [
            ["序号", "乡镇名称", "项 目 名 称", "金额", "备注"],
            ["1", "西坪镇", "尧山村排洪排水工程建设", "20", ""],
            ["2", "桃舟乡", "吾培村前村洋头水圳修复", "15", ""],
            ["3", "芦田镇", "三洋村坝头溪河道治理", "20", ""],
            ["4", "蓬莱镇", "植洋村墩后角落溪流河堤修复", "10", ""],
            ["5", "魁斗镇", "奇观村河道护岸修复", "10", ""],
            ["6", "龙涓乡", "长塔村水利设施修复", "10", ""],
            ["7", "尚卿乡", "尤俊村堤岸修复", "15", ""],
            [C("合计", cs=3), C("100", cs=2)],
        ]),
        ("p", "附件2"),
        ("p", "2022年省级第七批水利专项资金绩效目标表"),
        ("table", [
            ["项目名称", C("省级第七批水利专项资金", cs=5), "主管部门(单位)名称", C("安溪县水利局", cs=5)],
            ["资金情况(万元)", "资金总额", C("100", cs=3), "其中:财政拨款", C("100", cs=3), "其他资金", C("", cs=2)],
            ["总 体 目 标", C("开展7个小型水利工程建设", cs=11)],
            [C("绩效 指标", rs=2), "一级指标", "二级指标", "三级指标", "指 标 解 释"] + list(_R58),
            ["产出 指标", "数量指标", "开展小型水利工程建设(个)", "反映小型水利工程建设项目开展情况"] + ["1"] * 7,
        ]),
    ],
    truth={"projects": [P("省级第七批水利专项资金", None, "100", "万元", [
        I("产出 指标", "数量指标", "开展小型水利工程建设(个)", "1", description="反映小型水利工程建设项目开展情况",
          regions={r: "1" for r in _R58}),
    ])]},
    notes="""
Place: 安溪县 (Anxi county, Quanzhou, Fujian), county level, 安溪县水利局 to seven townships; year 2022 funds (notice dated 2023-03-20,
published 2024-03). Fujian is covered; Anxi is new.
Template kind: finance notice with an allocation table (序号 | 乡镇名称 | 项目名称 | 金额 | 备注, a 合计 row) and the Fujian 水利专项资金绩效目标表
with ONE VALUE COLUMN PER VILLAGE (seven) under the area captions, after 指标解释; no 指标方向 column.
Layout features: an ALLOCATION TABLE with a 合计 row before the target table (not a project, not indicators); per-area columns whose
captions are village names; the money block laid out in ONE ROW (资金总额 | 100 | 其中:财政拨款 | 100 | 其他资金 | ); spaced labels
("总 体 目 标", "指 标 解 释", "产出 指标").
Truth: one project, 省级第七批水利专项资金, budget 100 万元 (资金总额). One indicator: 开展小型水利工程建设(个), all seven areas "1", so value
"1" with value_cells.regions and description.
Truncation: the capture stops at "时效指标 | 截" (the next row, cut); it and the rest are left out.
Reconstruction: the capture prints one cell per line ending in " |" and covered cells as runs of "|"; the 12-column grid, the spans of
the upper rows and of the allocation total are inferred.
""",
))

# ---------------------------------------------------------------- 60
FILINGS.append(dict(
    dir="60-baoji-chencang-shuili",
    html_title="关于下达2020年第二批省级财政水利发展资金的通知",
    blocks=[
        ("p", "关于下达2020年第二批省级财政水利发展资金的通知"),
        ("p", "编辑:农业股 来源:财政局 发布时间:2020-05-29 09:42"),
        ("p", "陈仓区水利局:"),
        ("p", "根据宝鸡市财政局《关于下达2020年第二批省级水利发展资金的通知》(宝市财办农〔2020〕18号)和你局《关于上报2020年农村饮水安全巩固提升工程"
              "省级水利发展资金项目计划(第二批)的请示》(宝陈水字〔2020〕124号)向市水利局备案的项目计划,现将2020年省级财政第二批水利发展资金500万元"
              "下达给你局,用于我区“十三五”农村饮水安全巩固提升收尾,着力解决我区9200人的饮水问题,提高我区农村饮水安全标准和条件,年终列入"
              "“2130335农村人畜饮水”政府收支分类科目。"),
        ("p", "请你局严格按照财政部、水利部《关于印发〈中央财政水利发展资金使用管理办法〉的通知》(财农〔2016〕181号)的规定,按规定程序做好项目审批,"
              "加强项目管理,积极做好项目实施和财政资金绩效评价工作,提高财政资金的使用效益。"),
        ("p", "附件:2020年省级财政水利发展资金绩效目标表"),
        ("p", "2020年省级财政水利发展资金绩效目标表"),
        ("p", "(2020)年度"),
        ("table", [
            ["专项(项目)名称", C("农村饮水安全巩固提升工程专项", cs=4)],
            ["市级财政部门", "宝鸡市财政局", "市级主管部门", C("宝鸡市水利局", cs=2)],
            ["区级财政部门", "陈仓区财政局", "区级主管部门", C("陈仓区水利局", cs=2)],
            [C("资金情况(万元)", rs=3), C("资金来源", cs=2), C("资金总额", cs=2)],
            [C("其中:财政拨款", cs=2), C("500", cs=2)],
            [C("其他资金", cs=2), C("", cs=2)],
            ["总体目标", C("完成省级水利发展农村饮水项目投资500,改善提升9200人饮水条件。", cs=4)],
            [C("绩效指标", rs=6), "一级指标", "二级指标", "三级指标", "指标值"],
            [C("产出指标", rs=5), C("数量指标", rs=4), "指标1:新建堤防、护岸长度", "公里"],
            ["指标2:灌区节水改造面积", "万亩"],
            ["指标3:农村饮水工程覆盖服务人口数", "万人"],
            ["指标4:中小河流治理问道长度", "公里"],
            ["质量指标", "指标1:工程验收合格率", "≧ %"],
        ]),
    ],
    truth={"projects": [P("农村饮水安全巩固提升工程专项", None, "500", "万元", [])]},
    notes="""
Place: 陈仓区 (Chencang district, Baoji, Shaanxi), district level, 陈仓区财政局 to 陈仓区水利局; year 2020 (dated 2020-05-29). Shaanxi is
covered by 06 (清涧县); Baoji/Chencang is new.
Template kind: Shaanxi 省级财政水利发展资金绩效目标表 passed down to the district: 专项(项目)名称 / 市级财政部门 | 市级主管部门 / 区级财政部门 |
区级主管部门 / 资金情况(万元) 资金来源 | 资金总额 over 其中:财政拨款 / 其他资金 / 总体目标, then 绩效指标 over 一级指标 | 二级指标 | 三级指标 | 指标值.
Layout features: an UNFILLED TEMPLATE: the indicator rows are the province's menu ("指标1:新建堤防、护岸长度", "指标4:中小河流治理问道长度")
with value cells that hold ONLY A UNIT ("公里", "万亩", "万人") or a comparator and a unit without a number ("≧ %") — none of them is a
target, so there is no indicator; the money block has the amount in the 资金总额 column of the 财政拨款 row, no 合计 row.
Truth: one project, 农村饮水安全巩固提升工程专项 (专项(项目)名称), budget 500 万元 (the only amount of the money block, in the 资金总额
column; the notice and the 总体目标 say 500 too), NO indicators.
Truncation: the capture ends after the first 质量指标 row; the rest is missing.
Reconstruction: the capture prints one cell per paragraph; the 5-column grid, the row breaks and every span are inferred (the money
block's layout — 资金来源 and 资金总额 as column captions over the 财政拨款 / 其他资金 rows — is a guess from the order of the cells).
""",
))

# ---------------------------------------------------------------- 62
FILINGS.append(dict(
    dir="62-bozhou-mengcheng-gonggongweisheng",
    html_title="蒙城县卫生健康委员会 国家基本公共卫生服务项目",
    blocks=[
        ("p", "(2)项目立项依据:省财政厅、卫健委、医保局《安徽省公共卫生 服务补助资金管理实施办法》(皖财社〔2020〕455 号)第二章:基本公共卫生服务明确为中央、"
              "省级与市以下共同财政事权,由中央、省级与市 县财政共同承担支出责任。"),
        ("p", "(3)实施主体:蒙城县卫生健康委员会。"),
        ("p", "(4)起止时间:2024 年 1 月 1 日-2024 年 12 月 31 日。"),
        ("p", "(5)项目内容:基本公共卫生服务项目县级配套经费。"),
        ("p", "(6)年度预算安排:2279.048 万元。"),
        ("p", "(7)绩效目标:发挥绩效评价“指挥棒 ”的作用,加强结果应用, 将评价结果与补助经费挂钩,提高项目资金的使用效益。"),
        ("p", "项目支出绩效目标申报表"),
        ("p", "(2024 年度)"),
        ("table", [
            ["项目名称", C("国家基本公共卫生服务项目", cs=4)],
            ["主管部门及代码", "", "实施单位", C("卫健委", cs=2)],
            ["项目属性", "滚动项目", "项目期", C("长期", cs=2)],
            [C("项目金额(万元)", rs=3), C("年度资金总额", cs=2), C("2279.048 万元", cs=2)],
            [C("其中:财政投款", cs=2), C("2279.048 万元", cs=2)],
            [C("其他资金", cs=2), C("", cs=2)],
            ["总体 目标", C("针对当前城乡居民存在的主要健康问题,以儿童、孕产妇、老年人、慢性疾病患者为重点人群,面向全体居民免 费提供的最基本的"
                           "公共卫生服务,促进基本公共卫生服务均等化。", cs=4)],
            [C("绩效 指标", rs=3), "一级 指标", "二级指标", "三级指标", "指标值"],
            [C("产出 指标", rs=2), C("数量指标", rs=2), "适龄儿童国家免疫规划疫苗接种率", "≧90%"],
            ["7 岁以下儿童健康管理率", "≧85%"],
        ]),
    ],
    truth={"projects": [P("国家基本公共卫生服务项目", None, "2279.048", "万元", [
        I("产出 指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≧90%"),
        I("产出 指标", "数量指标", "7 岁以下儿童健康管理率", "≧85%"),
    ])]},
    notes="""
Place: 蒙城县 (Mengcheng county, Bozhou, Anhui), county level, 蒙城县卫生健康委员会; year 2024. Anhui is covered; Bozhou/Mengcheng is new.
Template kind: Anhui 项目支出绩效目标申报表 (项目名称 / 主管部门及代码 | 实施单位 / 项目属性 | 项目期 / 项目金额(万元) 年度资金总额 | 其中:财政投款 |
其他资金 / 总体目标, then 绩效指标 over 一级指标 | 二级指标 | 三级指标 | 指标值), after numbered paragraphs (2)-(7) describing the project.
Layout features: the BUDGET HAS A SPACE BETWEEN NUMBER AND UNIT ("2279.048 万元") inside the amount cell, and the same amount is stated in
a paragraph above ("(6)年度预算安排:2279.048 万元。"); typo "其中:财政投款" as written; the comparator is the full-width "≧"; spaced
labels ("总体 目标", "绩效 指标", "一级 指标", "产出 指标", "7 岁以下").
Truth: one project, budget 2279.048 万元 (年度资金总额). Two indicators.
Truncation: the capture starts inside paragraph (2) (the page's opening is not captured; only its first sentence is kept in the
filing) and stops inside the third indicator ("0-6 岁儿童眼保健和视力检查覆盖率 | ≧", no number); that row and the rest are left out.
Reconstruction: the capture prints one cell per line and a "|" line after each; the 5-column grid and the spans are inferred.
""",
))

# ---------------------------------------------------------------- 64
_R64 = [
    ("产出值", "数量值", "小学就读人数", "<=6962人"),
    ("产出值", "质量值", "教学条件改善、办学水平提高", "=100%"),
    ("产出值", "时效值", "教育均衡化发展", "有效"),
    ("产出值", "成本值", "义务教育小学生均公用经费", "780元/生/年"),
    ("效益值", "经济效益值", "经费有效使用情况", "=100%"),
    ("效益值", "社会效益值", "教学质量提高、办学条件改善", "=100%"),
    ("效益值", "生态效益值", "安全情况", "有效"),
    ("效益值", "可持续影响值", "学生受益情况", "=100%"),
]
FILINGS.append(dict(
    dir="64-dezhou-linyi-xiaoxue",
    html_title="临邑县师范附属小学项目支出目标申报表 (2025年度)",
    blocks=[
        ("p", "临邑县师范附属小学项目支出目标申报表 (2025年度)"),
        ("p", "信息来源:临邑县师范附属小学 发布时间:2025-12-25"),
        ("p", "项目支出目标申报表"),
        ("p", "(2025年度)"),
        ("table", [
            ["项目名称", C("小学教育公用经费", cs=4)],
            ["项目主管部门", C("临邑县师范附属小学", cs=4)],
            [C("项目资金申请(万元)", rs=3), C("资金总额:", cs=2), C("438.768", cs=2)],
            [C("财政拨款:", cs=2), C("438.768", cs=2)],
            [C("其他:", cs=2), C("", cs=2)],
            ["项目总体情况", C("根据鲁财科教(2024)67号文件,小学教育公用经费每生每年780元,县级财政负担20%计,主要用于学校教学与管理、"
                             "校舍维修维护及日常办公等。", cs=4)],
            ["一级", "二级", "三级", "年度数值", "备注"],
            [C("产出值", rs=4)] + list(_R64[0][1:]) + [""],
        ] + [list(r[1:]) + [""] for r in _R64[1:4]] + [
            [C("效益值", rs=4)] + list(_R64[4][1:]) + [""],
        ] + [list(r[1:]) + [""] for r in _R64[5:]]),
    ],
    truth={"projects": [P("小学教育公用经费", None, "438.768", "万元", [I(*r) for r in _R64])]},
    notes="""
Place: 临邑县 (Linyi county, Dezhou, Shandong), county level, 临邑县师范附属小学 (a primary school as budget unit); year 2025 (published
2025-12-25). Shandong is a province new to the corpus.
Template kind: a county 项目支出目标申报表 (项目名称 / 项目主管部门 / 项目资金申请(万元) 资金总额: | 财政拨款: | 其他: / 项目总体情况, then
一级 | 二级 | 三级 | 年度数值 | 备注).
Layout features: the LEVEL WORDS END IN 值 INSTEAD OF 指标 ("产出值", "数量值", "质量值", "效益值", "经济效益值", "可持续影响值") and the
captions are bare ("一级", "二级", "三级", "年度数值"); the target column is 年度数值 with an empty 备注 column after it; no 满意度 block;
ASCII comparators with "=" and "<=" ("=100%", "<=6962人").
Truth: one project, 小学教育公用经费, budget 438.768 万元 (资金总额). Eight indicators, level cells as written.
Truncation: none — the table ends and the page footer follows (left out).
Reconstruction: the capture prints one cell per paragraph; the 5-column grid, the spans of the level-1 cells and of the money block are
inferred.
""",
))

# ---------------------------------------------------------------- 66
_R66 = [  # l1, l2, name, nature, value, unit, weight
    ("产出指标", "成本指标", "检查差旅费", "", "470", "人/天", "2"),
    ("产出指标", "成本指标", "培训费", "", "320", "人/天", "3"),
    ("产出指标", "时效指标", "完成时限", "", "1", "", "5"),
    ("产出指标", "数量指标", "召开食品安委会全体会议", "", "2", "", "15"),
    ("产出指标", "质量指标", "食安委成员单位食品安全工作齐抓共管", "", "100", "%", "10"),
    ("产出指标", "数量指标", "开展食品安全专项整治", "", "2", "", "10"),
    ("产出指标", "数量指标", "组织州县食安委成员单位人员培训", "", "1", "", "15"),
    ("产出指标", "数量指标", "开展食品安全宣传周活动", "", "1", "", "10"),
    ("效益指标", "社会效益指标", "食品安全整体状况", "定性", "高中低", "", "10"),
    ("效益指标", "可持续影响指标", "进一步提高食品安全工作科学化、规范化", "定性", "高中低", "", "5"),
    ("满意度指标", "服务对象满意度指标", "公众对食品安全满意度", "定性", "高中低", "", "5"),
]


def _i66(l1, l2, n, nat, v, u, w):
    cells = {"value": v, "weight": w}
    if u:
        cells["unit"] = u
    if nat:
        cells["nature"] = nat
    return I(l1, l2, n, v + u, **cells)


FILINGS.append(dict(
    dir="66-ganzi-shichang-jianguan",
    html_title="绩效目标表",
    blocks=[
        ("table", [
            [C("绩效目标表", cs=7)],
            ["单位信息:", C("324001-甘孜藏族自治州市场监督管理局机关", cs=2), "项目名称:", C("", cs=3)],
            ["主管部门:", C("324-甘孜州市场监督管理部门", cs=2), "项目经办人:", C("", cs=3)],
            ["预算执行率权重(%):", C("", cs=2), "项目经办人电话:", C("", cs=3)],
            ["整体目标:", C("组织协调推进全州食品安全重点工作;承办州食品安全委员会会议及中央活动;组织协调食品安全宣传、培训工作;"
                          "承担州政府食品安全委员会的日常工作;组织开展食品安全重大整顿治理和联合检查行动;考核评议州级相关部门和各县市履行"
                          "食品安全党政同责目标工作。", cs=6)],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重(%)"],
        ] + [list(r) for r in _R66]),
    ],
    truth={"projects": [P(None, None, None, None, [_i66(*r) for r in _R66])]},
    notes="""
Place: 甘孜藏族自治州 (Garzê Tibetan Autonomous Prefecture, Sichuan), prefecture level, 甘孜州市场监督管理局机关; year 2023 (a spreadsheet
published 2023-12-04, shown by the site's preview service). Sichuan is covered; Garzê is new.
Template kind: Sichuan 预算管理一体化 绩效目标表 export: 单位信息: | 项目名称: / 主管部门: | 项目经办人: / 预算执行率权重(%): | 项目经办人电话: /
整体目标:, then a flat list 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重(%), every row repeating its level cells.
Layout features: the 指标性质 COLUMN IS EMPTY for every quantitative row (no comparator at all) and holds "定性" for the qualitative
ones, whose target is "高中低"; the 度量单位 column is often EMPTY ("完成时限 | 1 | | 5"); rows are NOT IN LEVEL ORDER (成本, 时效,
数量, 质量, 数量 ...); a WEIGHT column; the project-name cell is EMPTY ("项目名称:" with nothing after it) and no amount is given.
Truth: one project with name, budget and unit null. Eleven indicators: value = number + unit as there is no comparator ("470人/天",
"1", "100%", "高中低"), value_cells value / unit / weight, and nature "定性" where given.
Truncation: none in the indicator list (the export ends with it).
Reconstruction: the preview separates cells by single spaces and rows by line breaks; which cell is empty in rows with fewer values is
inferred from the columns (a number is the 指标值, a unit-like word the 度量单位, the last number the weight); the weights printed on the
next line for the three 定性 rows are taken as the same row's weight. The 7-column grid and the spans of the heading rows are
inferred.
""",
))

# ---------------------------------------------------------------- 68
_R68 = [  # l1, l2, name, value
    ("产出指标", "数量指标", "指标1:机柜数量", "≥77台"),
    ("产出指标", "质量指标", "指标1:视频监控在线率", "≥0.97比例"),
    ("产出指标", "时效指标", "指标1:维护及时性", "<24小时"),
    ("产出指标", "成本指标", "指标1:维护成本", "<1681680元"),
    ("效益指标", "经济效益指标", "指标1:为全市经济发展保驾护航", "正面支撑"),
    ("效益指标", "社会效益指标", "指标1:服务保障民生", "有力保障"),
    ("效益指标", "生态效益指标", "指标1:为生态环境保护提供支撑", "正面支撑"),
    ("效益指标", "可持续影响指标", "指标1:持续保障社会发展", "持续保障"),
    ("满意度指标", "服务对象满意度指标", "指标1:提升群众安全感", "≥90%"),
]
_G68 = "【总体目标】\n保障雪亮工程机房租赁延续,保障机房内所有设备设施运转,保障雪亮工程持续发挥积极作用\n" + "\n".join(
    "【%s-%s】\n%s(%s)" % r for r in _R68)
FILINGS.append(dict(
    dir="68-huangshan-gongan",
    html_title="黄山市公安局2025年项目绩效目标和指标",
    blocks=[
        ("p", "黄山市公安局2025年项目绩效目标和指标"),
        ("p", "作者:警务保障处 发布时间:2025-05-27 16:24 信息来源:黄山市公安局 阅读次数:"),
        ("table", [
            ["单位编码", "单位名称(项目类别\n/支出项目)", "年度预算安排", "项目内容", "绩效目标"],
            ["", "黄山市公安局", "92156434", "", ""],
            ["037001", "黄山市公安局", "27955180", "", ""],
            ["", "其他运转类", "1681680", "", ""],
            ["037001", "黄山市雪亮工程市本级机房租赁2024至2027服务采购项目", "1681680",
             "【项目概况】:该项目为市本级雪亮工程后端机房租赁服务,共计77个机柜,租赁周期为36个月。项目已于2024年7月完成招标采购,"
             "服务期限3年,逐年支付费用。", _G68],
            ["", "本级项目", "26273500", "", ""],
        ]),
    ],
    truth={"projects": [P("黄山市雪亮工程市本级机房租赁2024至2027服务采购项目", None, "1681680", None, [I(*r) for r in _R68])]},
    notes="""
Place: 黄山市 (Huangshan, Anhui), city level, 黄山市公安局 (警务保障处); year 2025 (published 2025-05-27). Anhui is covered; Huangshan
is new.
Template kind: a unit's list of projects with their targets: 单位编码 | 单位名称(项目类别/支出项目) | 年度预算安排 | 项目内容 | 绩效目标, the
department, the unit and each project category on their own rows with their totals, then one row per project whose 绩效目标 cell holds
the whole target set AS TEXT: "【总体目标】..." then, per level pair, a bracketed caption "【产出指标-数量指标】" and a line
"指标1:机柜数量(≥77台)".
Layout features: INDICATORS INSIDE ONE CELL, levels in bracketed captions and the TARGET IN PARENTHESES after the name; TOTAL ROWS for
the department (92156434), the unit (27955180) and categories (其他运转类 1681680, 本级项目 26273500) that are not projects; amounts in
yuan with no unit stated; targets with "<" and a unit word ("≥0.97比例", "<24小时").
Truth: one project, 黄山市雪亮工程市本级机房租赁2024至2027服务采购项目, budget 1681680 (money unit null: the table names none). Nine
indicators: level 1 and 2 from the bracketed caption above each line, name = the text before the parentheses as written ("指标1:机柜数量"),
value = the text inside the parentheses. Taking the parenthesised text as the target is an inference from the form of every line.
Truncation: the capture stops inside the next project (执法办案费 | 100000 | "【项目概况】:专门用于...维护社", cut); that row is left out.
Reconstruction: the capture prints one cell per paragraph with blank paragraphs for empty cells; the 5-column grid is inferred, and so
is the split of the project's text between 项目内容 (the 【项目概况】 paragraph) and 绩效目标 (from 【总体目标】 on).
""",
))

# ---------------------------------------------------------------- 70
FILINGS.append(dict(
    dir="70-hainan-huizhan",
    html_title="关于下达2021年第四季度省级会展项目奖励资金的通知",
    blocks=[
        ("p", "省卫生健康委员会、省旅游和文化广电体育厅、省林业局、省贸促会:为支持我省会展业发展,经省政府同意,现下达你单位2021年第四季度省级会展项目"
              "奖励资金(具体项目及金额详见附件),此项资金列政府支出功能分类科目“2011308招商引资”和政府支出经济分类科目“50799-其他对企业的补助”,"
              "请按照《海南省支持会展业发展资金管理办法》(琼财旅规〔2020〕11号)等有关规定,尽快将资金拨付申报单位,并对照有关绩效目标(详见附件2)"
              "做好绩效监控与绩效评价,确保年度绩效目标如期实现,该项资金实行直达资金管理,纳入直达资金监控系统,直达资金标识为“01中央直达资金”,"
              "请按照直达资金有关规定执行,"),
        ("p", "附件:1.项目奖励资金分配表2.项目绩效目标表"),
        ("p", "海南省财政厅2022年6月29日(此件主动公开)"),
        ("p", "附件1"),
        ("p", "项目奖励资金分配表"),
        ("table", [
            ["序号", "单位名称", "会展项目名称", "分配金额(万元)"],
            ["1", "省卫生健康委", "2021第五届海南国际健康产业博览会", "500"],
            ["2", C("省贸促会", rs=2), "2021第十二届中国国际创意设计推广周", "54.3"],
            ["3", "2021中国(海南)国际海洋产业博览会", "225.6"],
            ["4", "省林业局", "2021年中国林草经济发展博鳌大会", "287.9"],
            ["5", C("省旅游和文化广电体育厅", rs=3), "2021年(第六届)海南世界休闲旅游博览会", "329.8"],
            ["6", "2021年(第七届)海南国际旅游美食博览会", "394.7"],
            ["7", "2021年(第二届)海南国际旅游装备博览会", "638"],
            [C("合计", cs=3), "2430.3"],
        ]),
        ("p", "附件2"),
        ("p", "项目绩效目标表"),
        ("table", [
            ["主管部门:", C("省商务厅", cs=3), "资金总额:", C("2430.30", cs=3)],
            ["项目负责人电话:", C("65239479", cs=3), "财政拨款:", C("2430.30", cs=3)],
            ["预算执行率权重:", C("10%", cs=3), "其他资金:", C("", cs=3)],
            ["总体目标", C("目标1:全年实现会展业综合收入不低于280亿元\n目标2:培育一批具有影响力的品牌会展项目\n"
                          "目标3:会展业对关联行业的带动作用明显", cs=7)],
            ["一级指标*", "二级指标*", "三级指标*", "绩效指标性质*", "绩效指标值*", "绩效度量单位", "权重*", "指标方向性*"],
            ["产出指标", "数量指标", "全年实现会展业综合收入", "≥", "280", "亿元", "30%", "正向指标"],
        ]),
    ],
    truth={"projects": [P(None, None, "2430.30", None, [
        I("产出指标", "数量指标", "全年实现会展业综合收入", "≥280亿元", op="≥", value="280", unit="亿元", weight="30%",
          direction="正向指标"),
    ])]},
    notes="""
Place: 海南省 (Hainan province), provincial level, 海南省财政厅 / 省商务厅; year 2021 fourth-quarter funds (notice dated 2022-06-29),
republished on chacewang.com. Hainan is a province new to the corpus.
Template kind: finance notice with an allocation table (序号 | 单位名称 | 会展项目名称 | 分配金额(万元), units merged over their items, a 合计
row) and a Hainan 项目绩效目标表 in the 预算管理一体化 style: 主管部门: | 资金总额: / 项目负责人电话: | 财政拨款: / 预算执行率权重: | 其他资金: /
总体目标 (目标1-3), then 一级指标* | 二级指标* | 三级指标* | 绩效指标性质* | 绩效指标值* | 绩效度量单位 | 权重* | 指标方向性*.
Layout features: CAPTIONS WITH ASTERISKS ("一级指标*", "绩效指标值*"); split value columns comparator | number | unit followed by a
WEIGHT IN PERCENT ("30%") and a direction word ("正向指标"); the target table has NO project name (the item is the whole fund) and its
amount "2430.30" has no unit; an allocation table of seven fair projects with amounts before it (not projects of the target table).
Truth: one project, name null, budget 2430.30, money unit null (the target table names none; the allocation table's "(万元)" is another
table's). One indicator: 全年实现会展业综合收入 "≥280亿元" with op, value, unit, weight "30%" and direction.
Truncation: the capture ends after the first indicator row; the rest is missing.
Reconstruction: the stored text lost every separator (one line); cells are split at the captions and at the amounts (the seven amounts
add up to 2430.3: "54.332021..." = 54.3 | 3 | 2021...), the indicator row at the comparator, the unit and the "%" of the weight. The
grids, the spans (a unit over its items) and the line breaks of 总体目标 are inferred.
""",
))

# ---------------------------------------------------------------- 72
FILINGS.append(dict(
    dir="72-jingmen-wenwu",
    html_title="全市文物保护专项经费 项目支出绩效目标",
    blocks=[
        ("table", [
            ["项目名称", "全市文物保护专项经费", "预算金额", C("36万元", cs=3)],
            ["预算单位", "市文化和旅游局", "联系电话", "2331992", "主管部门", "市文化和旅游局"],
            ["实施单位", "市文化和旅游局", "项目负责人", "薛海燕", "起止时间", "2022年1月—12月"],
            [C("资金来源(万元)", rs=2), "财政拨款", "非税安排", "上年结转", "政府债券", "其他"],
            ["36", "0", "0", "0", "0"],
            ["项目概述(情况介绍)", C("《中华人民共和国文物保护法》第十条规定;《国务院办公厅关于进一步加强文物安全工作的实施意见》;《中华人民共和国"
                                   "文物保护法实施条例》第三条;《湖北省实施<中华人民共和国文物保护法>办法》指出:县级以上人民政府应当将文物保护经费列入本级"
                                   "财政预算,并随着财政收入增长而增长.", cs=5)],
            [C("年度绩效总目标", rs=2), "产出指标", C("开展文物安全巡查频次8次;编制文物宣传资料数量3个;文物保护知识培训次数2次;申报省级以上"
                                              "重点文物保护项目数3个;文物保护项目验收合格率≥86%; 文物展品安全保障率≥96%。", cs=4)],
            ["效益指标", C("文物保护宣传覆盖人次≥20万人次;文物保护名录和数据库基本健全;文物保护修缮个数≥5个。", cs=4)],
            ["资金拨付对象", C("市文化和旅游局", cs=5)],
            ["项目实施进度(或计划)", C("做好田野文物、馆藏文物保护工作,开展文物安全保护宣传、文物安全巡查、文物保护执法、文物保护培训工作。"
                                    "编制文物保护规划,开展文物保护课题研究 。配合公检法等司法机关开展打击文物犯罪专项斗争,对所有的文物案件立案调查。", cs=5)],
        ]),
    ],
    truth={"projects": [P("全市文物保护专项经费", None, "36", "万元", [])]},
    notes="""
Place: 荆门市 (Jingmen, Hubei), city level, 市文化和旅游局; year 2022 (项目 起止时间 2022年1月—12月; published 2023-06-20). Hubei is
covered (21, 23); Jingmen is new.
Template kind: a Jingmen project sheet: 项目名称 | 预算金额 / 预算单位 | 联系电话 | 主管部门 / 实施单位 | 项目负责人 | 起止时间 / 资金来源(万元)
财政拨款 | 非税安排 | 上年结转 | 政府债券 | 其他 with the amounts in the next row / 项目概述 / 年度绩效总目标 with one row per level 1
(产出指标, 效益指标) holding ALL ITS TARGETS AS ONE SENTENCE LIST / 资金拨付对象 / 项目实施进度.
Layout features: TARGETS WRITTEN AS PROSE inside a level-1 row ("开展文物安全巡查频次8次;编制文物宣传资料数量3个;...≥86%; ...") — no
indicator rows, no level 2, no name/value cells; the budget with its unit in one cell ("36万元") and again in the 资金来源 row; a phone
number and a date range beside the money.
Truth: one project, 全市文物保护专项经费, budget 36 万元, NO indicators: by the corpus conventions a single text cell holding names and
values is not an indicator row (a reader could split the sentences; the truth does not, and a parser that does reports extras).
Truncation: none (the page's table ends with 项目实施进度).
Reconstruction: the capture marks cells with " |" and covered cells with "|"; the 6-column grid and the spans are inferred from those
counts.
""",
))

# ---------------------------------------------------------------- 74
_A74 = "建筑面积2.6万平方米,展示面积1万平方米"
_T74A = ("东莞展览馆是“十一五”期间我市投资兴建的标志性文化场馆,用于展示我市五千年悠久历史、改革开放成就和未来的规划,隶属东莞市文化广电旅游体育局,"
         "是财政全额拨款的事业单位,位于东莞市中心广场鸿福路97号,每年为维护保养建筑面积2.6万平方米,展示面积约1万平方米的场馆,我馆物业管理费通过"
         "公开招标确定,用于维持场馆正常开放运转,达到场馆环境舒适优美,增强观众参观舒适感的目的,不断提升服务品质。")
_T74B = ("东莞展览馆是“十一五”期间我市投资兴建的标志性文化场馆,用于展示我市五千年悠久历史、改革开放成就和未来的规划,2022年,为维护建筑面积2.6万平方米,"
         "展示面积约1万平方米的场馆正常运转配套,我馆物业管理费2021年7月到期后已通过公开招标,中标金额为 282.92万元,用于维持场馆正常开放运转配套,"
         "达到场馆环境舒适优美,增强观众参观舒适感的目的,不断提升服务品质。")
FILINGS.append(dict(
    dir="74-dongguan-zhanlanguan",
    html_title="东莞市财政项目支出绩效目标表",
    blocks=[
        ("p", "发布时间:2022-02-17 浏览量:32218"),
        ("table", [
            [C("东莞市财政项目支出绩效目标表", cs=10)],
            [C("( 2022 年度)", cs=10)],
            [C("预算单位:东莞展览馆", cs=10)],
            ["项目 名称", C("物业管理费支出", cs=4), C("本年度申请市财政预算资金(万元)", cs=2), C("282.92", cs=3)],
            [C("总体目标", rs=2), C("实施周期总目标(2022年--2024年)", cs=4), C("年度目标", cs=5)],
            [C(_T74A, cs=4), C(_T74B, cs=5)],
            [C("绩效指标", rs=4), "一级 指标", "二级 指标", "三级 指标", "实施周期指标值", "二级 指标", "三级 指标", C("当年度指标值", cs=3)],
            [C("产出指标", rs=3), "数量指标", "物管服务面积", _A74, "数量指标", "物管服务面积", C(_A74, cs=3)],
            [C("质量指标", rs=2), "物业管理保障工作合格率", "100%", C("质量指标", rs=2), "物业管理保障工作合格率", C("100%", cs=3)],
            ["物业管理各项任务完成达标率", "100%", "物业管理各项任务完成达标率", C("100%", cs=3)],
        ]),
    ],
    truth={"projects": [P("物业管理费支出", None, "282.92", "万元", [
        I("产出指标", "数量指标", "物管服务面积", _A74, period=_A74),
        I("产出指标", "质量指标", "物业管理保障工作合格率", "100%", period="100%"),
        I("产出指标", "质量指标", "物业管理各项任务完成达标率", "100%", period="100%"),
    ])]},
    notes="""
Place: 东莞市 (Dongguan, Guangdong), city level, 东莞展览馆 (a city museum-hall as budget unit); year 2022 (published 2022-02-17 on the
hall's site). Guangdong is a province new to the corpus.
Template kind: Dongguan 财政项目支出绩效目标表: 预算单位 / 项目名称 | 本年度申请市财政预算资金(万元) / 总体目标 实施周期总目标(2022年--2024年) |
年度目标, then 绩效指标 over TWO COLUMN GROUPS: 一级指标 | 二级指标 | 三级指标 | 实施周期指标值 | 二级指标 | 三级指标 | 当年度指标值.
Layout features: COLUMN GROUPS (family 1): one level-1 column, then a (level 2, name, value) group for the whole period and another for
the year, the year group repeating level 2 and the name; the values of both groups are the same text here; a qualitative target that is
a sentence with numbers ("建筑面积2.6万平方米,展示面积1万平方米"); the budget is the year's request (282.92), the only amount.
Truth: one project, 物业管理费支出, budget 282.92 万元. Three indicators, each ONCE: value = 当年度指标值, the period value in
value_cells.period (same text).
Truncation: the capture stops at "维修施工验收合格率" (the next row, without values); it and the rest are left out.
Reconstruction: the capture marks cells with " |" and covered cells with runs of "|"; the 10-column grid and the spans (the year value
over three columns, as the title rows span ten) are inferred from those counts.
""",
))

# ---------------------------------------------------------------- 76
_R76 = [  # l1, l2 (period), name, value, l2 (year)
    ("预期产出指标", "数量指标(或建筑规模指标)", "镇街补助款完成结算项目数", "3", "数量指标(或建筑规模指标)"),
    ("预期产出指标", "质量指标", "补助款结算误差率", "±3%以内", "质量指标"),
    ("预期产出指标", "时效指标(工期指标)", "结算款支付及时性", "及时", "时效指标(工期指标、形象进度指标)"),
    ("预期产出指标", "预算(或投资规模)控制指标", "年度预算执行率", "≥90%", "预算(或投资规模)控制指标"),
    ("效果指标", "社会、经济、生态效益 指标", "补助款结算争议率", "0%", "社会、经济、生态效益 指标"),
]
FILINGS.append(dict(
    dir="76-dongguan-jiaotong",
    html_title="东莞市财政项目支出绩效目标批复表(镇际联网路升级改造工程一期)",
    blocks=[
        ("p", "市交通运输局 > 其他 > 通知公告"),
        ("p", "东莞市财政项目支出绩效目标批复表(镇际联网路升级改造工程一期)"),
        ("table", [
            [C("东莞市财政项目支出绩效目标批复表", cs=10)],
            [C("( 2019 年度)", cs=10)],
            [C("预算单位:东莞市交通运输局", cs=10)],
            ["项目 名称", "镇际联网路升级改造工程一期", "中期市财政预算(万元)", "284500.00", "本年度申请市财政预算资金(万元)", C("919.00", cs=5)],
            [C("总体目标", rs=2), C("中期滚动目标(2019年--2021年)", cs=4), C("年度目标", cs=5)],
            [C("新建或改造道路,共29个项目,规划里程169公里。", cs=4),
             C("督促勘察设计单位、咨询单位完成勘察设计费、审查咨询费结算532万元,以及茶山、常平镇街完成3个项目补助尾款结算387万元。", cs=5)],
            [C("绩效指标", rs=6), "一级 指标", "二级 指标", "三级 指标", "指标值(或计划水平)", "二级 指标", "三级 指标",
             C("计划指标值(或计划水平)", cs=3)],
            [C("预期产出指标", rs=4), _R76[0][1], _R76[0][2], _R76[0][3], _R76[0][4], _R76[0][2], C(_R76[0][3], cs=3)],
        ] + [[r[1], r[2], r[3], r[4], r[2], C(r[3], cs=3)] for r in _R76[1:4]] + [
            [_R76[4][0], _R76[4][1], _R76[4][2], _R76[4][3], _R76[4][4], _R76[4][2], C(_R76[4][3], cs=3)],
        ]),
    ],
    truth={"projects": [P("镇际联网路升级改造工程一期", None, "919.00", "万元", [
        I(l1, y2, n, v, period=v) for l1, _, n, v, y2 in _R76])]},
    notes="""
Place: 东莞市 (Dongguan, Guangdong), city level, 东莞市交通运输局; year 2019 (dated 2019-04-29). Captured from a site that mirrors the
city's pages; the table is untouched. Same city and form as 74 (three years earlier, another unit).
Template kind: Dongguan 财政项目支出绩效目标批复表 (approval): 预算单位 / 项目名称 | 中期市财政预算(万元) | 本年度申请市财政预算资金(万元) /
总体目标 中期滚动目标(2019年--2021年) | 年度目标, then 绩效指标 over two column groups: 一级指标 | 二级指标 | 三级指标 | 指标值(或计划水平) |
二级指标 | 三级指标 | 计划指标值(或计划水平).
Layout features: COLUMN GROUPS (family 1) for the medium term and the year; the two groups' level-2 cells DIFFER in one row
("时效指标(工期指标)" vs "时效指标(工期指标、形象进度指标)"); level-1 words of the older Guangdong tree ("预期产出指标", "效果指标") and
level-2 cells with notes in parentheses ("数量指标(或建筑规模指标)", "预算(或投资规模)控制指标"); TWO BUDGET AMOUNTS in the name row: the
medium-term 284500.00 and the year's request 919.00; targets "±3%以内", "及时".
Truth: one project, 镇际联网路升级改造工程一期, budget 919.00 万元 (the year's request: the table's budget for the year; the medium-term
total is a plan over three years). Five indicators, each once: value = the year group's value, level 2 = the year group's level-2 cell,
the medium-term value in value_cells.period (the same text in every row).
Truncation: the capture stops inside the next row ("可持续影响指标 | 实现建设总目标控制程度", no values); it and the rest are left out.
Reconstruction: the capture marks cells with " |" and covered cells with runs of "|"; the 10-column grid and the spans are inferred from
those counts. The page's image placeholder and index lines are left out of the filing.
""",
))
