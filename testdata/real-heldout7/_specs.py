# Hand transcription of the HELD-OUT half of the seventh round of real filings
# (issue 21: the even numbers from 170 on, see testdata/real/_build.py).  Not for
# tuning: these filings are scored once, at the end, by the lead.  Every string
# is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 170 (seventh round, held out)
_G170 = "为深入贯彻落实习近平总书记关于安全生产重要论述、防灾减灾救灾重要论述和党的二十大精神,及时发现并排除重大事故隐患,制止和惩处违法行为,鼓励举报重大事故隐患和安全生产违法行为,提高安全生产群防群治能力。"
FILINGS.append(dict(
    dir="170-chongqing-fengjie-yingji-jubao",
    html_title="财政项目支出绩效目标审批表",
    blocks=[
        ("table", [
            [C("附件3", cs=8)],
            [C("财政项目支出绩效目标审批表", cs=8)],
            [C("( 2023年度)", cs=8)],
            ["预算单位:", "奉节县应急管理局", C("金额单位:万元", cs=6)],
            ["项目名称", C("12350安全生产举报奖及安全生产专项督查等工作经费", cs=3), "项目分类", C("运转类--日常管理类", cs=3)],
            ["建设周期", C("2025年1月1日-2025年12月31日", cs=3), "业务主管部门", C("奉节县应急管理局", cs=3)],
            ["实施单位", C("奉节县应急管理局", cs=2), "项目负责人", "余贵来", "联系电话", C("023-56557278", cs=2)],
            ["项目审批", C("奉节安委办发〔2021〕69号、奉节委办〔2022〕21号", cs=7)],
            ["项目总体概况", C(_G170, cs=7)],
            ["年度主要目标 和成果", C("全力以赴做好安全生产、防灾减灾救灾工作,保障工作顺利开展。", cs=7)],
            [C("项目资金 预算执行 10分", rs=5), "项目总预算", "100", "财政资金预算分类", C("一般公共预算", cs=4)],
            ["当年年度预算", "100", C("", cs=5)],
            ["其中:财政资金", "100", "财政资金科目代码", C("2240109-应急管理", cs=4)],
            ["其中:其它资金", "0", C("", cs=5)],
            ["年度预算执行率", "100%", "分值", C("10分", cs=4)],
            [C("年度绩效目标(90分)", rs=5), "一级指标", "二级指标", "三级指标", "指标值", "分值", C("指标解释", cs=2)],
            [C("成本指标(0-20)分", rs=3), "经济成本指标", "0", "0.00%", "0", C("反映实施相关项目所产生的直接经济成本", cs=2)],
            ["社会成本指标", "0", "0.00%", "0", C("反映实施相关项目对社会发展、公共福利等方面可能造成的负面影响", cs=2)],
            ["生态环境成本指标", "0", "0.00%", "0", C("反映实施相关项目对自然生态环境可能造成的负面影响", cs=2)],
            ["产出指标 (40-50)分", "数量指标", "12350安全生产举报奖励次数", "≥5次", "10", C("0", cs=2)],
        ]),
    ],
    truth={"projects": [P("12350安全生产举报奖及安全生产专项督查等工作经费", None, "100", "万元", [
        I("产出指标 (40-50)分", "数量指标", "12350安全生产举报奖励次数", "≥5次", weight="10", description="0"),
    ])]},
    notes="""
Place: 奉节县 (Fengjie county, Chongqing), county level, 奉节县应急管理局 (emergency-management bureau); the form's caption says
"( 2023年度)" but the 建设周期 is 2025年1月1日-2025年12月31日 and the page was published 2025-09 (the caption year is kept as
written; the filing's year is 2025 or 2023, not decided). Fengjie is covered by 19 (a township's 2023 审批表 of the same
template); an emergency-management bureau and a running-cost (运转类) project are new.
Template kind: Chongqing 财政项目支出绩效目标审批表 (附件3): 预算单位 | 金额单位:万元 as a grid row; 项目名称 | 项目分类 / 建设周期 |
业务主管部门 / 实施单位 | 项目负责人 | 联系电话 / 项目审批 / 项目总体概况 / 年度主要目标和成果; money block "项目资金 预算执行 10分"
(项目总预算 | 财政资金预算分类 / 当年年度预算 / 其中:财政资金 | 财政资金科目代码 / 其中:其它资金 / 年度预算执行率 | 分值); then
年度绩效目标(90分) over 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 | 指标解释.
Layout features: 成本指标 FIRST with its score range in the level-1 cell ("成本指标(0-20)分", "产出指标 (40-50)分"); the three cost
rows are PLACEHOLDERS: 三级指标 "0", 指标值 "0.00%", 分值 "0" and a stock 指标解释 sentence ("反映实施相关项目所产生的直接经济成本");
a 指标解释 cell holding only "0" on the output row; the title rows (附件3, the caption, the year) inside the grid; the money unit
in a grid cell "金额单位:万元"; a second scored line (年度预算执行率 100% | 分值 10分) in the money block that is not an indicator.
Truth: one project 12350安全生产举报奖及安全生产专项督查等工作经费 (项目名称), budget 100 (项目总预算; 当年年度预算 is also 100), 万元
(the "金额单位:万元" cell). One indicator: 产出指标 (40-50)分 / 数量指标 / 12350安全生产举报奖励次数 / ≥5次, weight 10 (分值),
description "0" (指标解释). The three cost rows are NOT indicators in the truth: their 三级指标 is the placeholder "0" (no name),
an INFERENCE that "0 | 0.00% | 0" means the cost measure does not apply; a parser that reports them reports no real indicator.
Truncation: the capture stops in the second 数量指标 row ("制作防灾减灾日宣传资料份数 | ≥500份 |", its 分值 and 指标解释 cut); that row
and the rest of the indicator block are left out, and the spans of 年度绩效目标(90分) and 产出指标 end at the last reproduced row.
Reconstruction: the capture prints each row as "cell | cell |" followed by one "|" per grid slot the row does not start, a row-
spanning label ending its own line ("项目资金 预算执行 10分 |", "产出指标 (40-50)分 |"); the 8-slot grid follows from those counts.
Which cell of a row takes the spare slots is inferred (the name and 项目分类 values three slots each, 实施单位 and the phone two,
the 指标解释 column two, the empty cells beside 当年年度预算 and 其中:其它资金 five); the label spans (项目资金 over five rows) follow
the row counts.
""",
))

# ---------------------------------------------------------------- 172 (seventh round, held out)
_G172 = "落实各项就业创业扶持政策,做好各项就业工作,加强公共就业创业服务机构服务能力建设。就业补助资金主要用于基层特岗人员工资社保、就业见习补贴、公益性岗位补贴、职业培训补贴、社会保险补贴等。"
_A172 = "各项就业创业工作指标均按要求完成,基层特岗人员工资社保及时发放,就业见习、乡村公益性岗位开发、职业培训等工作顺利开展,严格规范补贴发放。"
FILINGS.append(dict(
    dir="172-huainan-tianjiaan-jiuye-ziping-2024",
    html_title="就业补助资金绩效自评表",
    blocks=[
        ("p", "就业补助资金绩效自评表"),
        ("table", [
            [C("就业补助资金绩效自评表", cs=8)],
            [C("(2024年度)", cs=8)],
            [C("转移支付(项目)名称", cs=2), C("就业补助资金", cs=6)],
            [C("中央主管部门", cs=2), C("人力资源社会保障部", cs=6)],
            [C("地方主管部门", cs=2), C("安徽省人力资源和社会保障厅 淮南市人力资源和社会保障局", cs=2),
             "资金使用单位", C("淮南市田家庵区人力资源和社会保障局", cs=3)],
            [C("资金投入情况 (万元)", rs=5), C("", cs=2), C("全年预算数(A)", cs=2), C("全年执行数(B)", cs=2), "预算执行率(B/A×100%)"],
            [C("年度资金总额:", cs=2), C("808.1", cs=2), C("692.98", cs=2), "86%"],
            [C("其中:中央财政资金", cs=2), C("808.1", cs=2), C("692.98", cs=2), "86%"],
            [C("地方财政资金", cs=2), C("", cs=5)],
            [C("其他资金", cs=2), C("", cs=5)],
            [C("资金管理情况", cs=3), C("情况说明", cs=3), C("存在问题和改进措施", cs=2)],
            [C("分配科学性", cs=3), C("合理分配,优先保障工资社保。", cs=5)],
            [C("下达及时性", cs=3), C("", cs=5)],
            [C("拨付合规性", cs=3), C("严格按照国库集中支付制度有关规定支付资金,未出现违规问题。", cs=5)],
            [C("使用规范性", cs=3), C("严格按照下达预算的科目和项目执行,未出现截留、挤占、挪用或擅自调整等问题。", cs=5)],
            [C("执行准确性", cs=3), C("按照上级下达的金额执行,不存在执行数偏离预算数较多的问题。", cs=5)],
            [C("预算绩效管理情况", cs=3), C("将有关资金纳入本级预算绩效管理,开展绩效监控和绩效评价。", cs=5)],
            [C("支出责任履行情况", cs=3), C("", cs=5)],
            [C("总体目标完成情况", rs=2), C("总体目标", cs=4), C("全年实际完成情况", cs=3)],
            [C(_G172, cs=4), C(_A172, cs=3)],
        ]),
    ],
    truth={"projects": [P("就业补助资金", None, "808.1", "万元", [])]},
    notes="""
Place: 田家庵区 (Tianjia'an district, Huainan, Anhui), district level, 淮南市田家庵区人力资源和社会保障局 as 资金使用单位; year 2024 (the
caption's "(2024年度)"). Anhui is well covered; Huainan, a district's 人社局 and the central 就业补助资金 are new.
Template kind: the national 就业补助资金绩效自评表 (a central transfer's self-evaluation, 2021+ layout): 转移支付(项目)名称 / 中央主管部门 /
地方主管部门 | 资金使用单位 / 资金投入情况 (万元) 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) by 年度资金总额, 其中:中央财政
资金, 地方财政资金, 其他资金 / 资金管理情况 (情况说明 | 存在问题和改进措施) by 分配科学性, 下达及时性, 拨付合规性, 使用规范性, 执行准确性,
预算绩效管理情况, 支出责任履行情况 / 总体目标完成情况 (总体目标 | 全年实际完成情况) / 绩效指标.
Layout features: NOT ALL SPENT (预算 808.1, 执行 692.98, 86%); the execution rate labelled with its formula "(B/A×100%)"; two
authorities in one cell ("安徽省人力资源和社会保障厅 淮南市人力资源和社会保障局"); a block of management sentences before the
goals; the caption inside the grid and repeated as the page title.
Truth: one transfer 就业补助资金 (转移支付(项目)名称), budget 808.1 万元 (全年预算数(A) of 年度资金总额; unit from "资金投入情况
(万元)"). No indicators: the capture stops in the indicator header.
Truncation: the capture ends with the indicator header "绩效指标 | 一级 指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 |" (the
rest of the header and every indicator row cut); the header row is left out with the rest.
Reconstruction: the capture prints each row as "cell | cell |" with one "|" per grid slot the row does not start (8 slots); which
cells take the spare slots is inferred (labels two or three slots, the money columns two slots each under an empty corner cell,
the rate one), and the 资金管理情况 rows are read as label | text with the 存在问题 column empty or covered. The 地方主管部门 row is
printed over two lines (after its second cell) and read as one row. The page-title line is kept as a paragraph.
""",
))

# ---------------------------------------------------------------- 174 (seventh round, held out)
FILINGS.append(dict(
    dir="174-xian-shijian-shipin-choujian-ziping",
    html_title="食品安全抽样检测工作经费项目绩效自评报告",
    blocks=[
        ("p", "_县市场监督管理局食品安全抽样检测工作经费项目绩效自评报告(一)"),
        ("p", "_县市场监督管理局 绩效自评小组 20_ 年 4 月 30 日"),
        ("p", "_县市场监督管理局 食品安全抽样检测工作经费项目支出绩效自评表"),
        ("p", "(20_ 年度)"),
        ("table", [
            ["项目名称", C("食品安全抽样检测工作经费", cs=7)],
            ["主管部门", C("_县市场监督管理局", cs=3), "实施单位", C("_县市场监督管理局", cs=3)],
            [C("项目资金 (万元)", rs=4), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "130", "130", "130", "10", "100", "10"],
            ["其中:当年财政拨款", "130", "130", "", "-", "100", "-"],
            ["上年结转资金", "", "", "", "-", "", "-"],
        ]),
    ],
    truth={"projects": [P("食品安全抽样检测工作经费", None, "130", "万元", [])]},
    notes="""
Place: a county's market-supervision bureau, the county's name MASKED ("_县市场监督管理局", "20_ 年度": the year blanked too);
captured from a document-sharing site (deliwenku.com, "食品安全抽样检测工作经费项目绩效自评报告().doc", a set of three sample
reports, "(三篇)", the first one). The place and year are not known; a county 市场监管局's food-sampling fund and a masked model
report are new to the corpus (79 is another page whose place names were replaced).
Template kind: the national 项目支出绩效自评表 (2019 layout) inside a self-evaluation report's attachments (附件清单: 封面, 工作领导小组,
评价报告, 自评表, …): 项目名称 / 主管部门 | 实施单位 / 项目资金 (万元) 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 by
年度资金总额, 其中:当年财政拨款, 上年结转资金, 其他资金.
Layout features: names and dates masked with "_" ("_县", "20_"); an execution rate with no percent sign ("100"); "-" in the 分值 and
得分 cells of the part rows; 年初 = 全年 = 执行 = 130.
Truth: one project 食品安全抽样检测工作经费 (项目名称), budget 130 万元 (全年预算数 of 年度资金总额; 年初预算数 is also 130; unit from
"项目资金 (万元)"). No indicators: the capture stops in the money block.
Truncation: the capture stops at the label 其他 (其他资金, its cells cut); that row and everything after it (the goals, the indicators)
are left out.
Reconstruction: the capture prints the report as running text with cells separated by spaces (EMPTY CELLS LOST): the 8-column grid
follows the money header (a label column, a row-label column under an empty corner, six value columns). The 其中:当年财政拨款 row has
five tokens for six columns ("130 130 - 100 -"): the two amounts are placed under 年初预算数 and 全年预算数 and the 全年执行数 cell left
empty, an INFERENCE (the empty cell may be another of the three); the 上年结转资金 row's two "-" are placed under 分值 and 得分. The
report's paragraphs before the table (the site's lines, the attachment list, the working group) are left out except the report's
title, the group's signature line and the table's caption and year.
""",
))

# ---------------------------------------------------------------- 176 (seventh round, held out)
_R176 = [  # l2, name, target, actual, weight, score
    ("数量指标", "指标1:接受业务培训人数", "200", "200余人", "10", "10"),
    ("数量指标", "指标2:科普馆参观人数", "500", "600余人", "10", "10"),
    ("质量指标", "指标1:台站正常运行", "100%", "100%", "10", "10"),
    ("质量指标", "指标2:台网运行率", "≥95%", "99.12%", "10", "10"),
    ("时效指标", "指标1:业务培训时限", "11月底前", "10月", "5", "5"),
    ("时效指标", "指标2:科普宣传时限", "11月底前", "10月", "5", "5"),
]


def _rows176():
    out = [[C("年度绩效指标完成情况", rs=len(_R176) + 1), "一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "偏差原因分析及改进措施"]]
    for i, (l2, n, v, a, w, sc) in enumerate(_R176):
        row = []
        if i == 0:
            row.append(C("(50分)", rs=len(_R176)))
        if i % 2 == 0:
            row.append(C(l2, rs=2))
        out.append(row + [n, v, a, w, sc, ""])
    return out


FILINGS.append(dict(
    dir="176-xuancheng-dizhen-fangzhen-ziping-2021",
    html_title="宣城市地震局2021年度防震减灾项目支出绩效自评表",
    blocks=[
        ("p", "宣城市地震局2021年度防震减灾项目支出绩效自评表"),
        ("p", "附件1"),
        ("p", "防震减灾项目支出绩效自评表"),
        ("p", "(2021年度)"),
        ("table", [
            ["项目名称", C("防震减灾综合保障", cs=8)],
            ["主管部门", C("宣城市地震局", cs=3), "实施单位", C("宣城市地震局", cs=4)],
            [C("项目资金\n(万元)", rs=5), C("", cs=2), "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
            [C("年度资金总额:", cs=2), "55", "55", "55", "10", "100%", "10"],
            [C("其中:本年财政拨款", cs=2), "55", "55", "55", "-", "100%", "-"],
            [C("上年结转资金", cs=2), "0", "0", "0", "-", "", "-"],
            [C("其他资金", cs=2), "0", "0", "0", "-", "", "-"],
            [C("年度总体目标完成情况", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C("目标1:省政府对市政府防震减灾目标管理绩效考核第一名。\n目标2:全省市级防震减灾综合考核先进单位。", cs=4),
             C("1.省政府对市政府防震减灾目标管理绩效考核第一名。\n2.全省市级防震减灾综合考核先进单位。", cs=4)],
        ] + _rows176()),
    ],
    truth={"projects": [P("防震减灾综合保障", None, "55", "万元", [
        I("(50分)", l2, n, v, actual=a, weight=w, score=sc) for l2, n, v, a, w, sc in _R176])]},
    notes="""
Place: 宣城市 (Xuancheng, Anhui), city level, 宣城市地震局 (the city's earthquake bureau); year 2021 (the caption's "(2021年度)",
published 2022-05-10). Xuancheng is covered (the police and culture filings of earlier rounds); an earthquake bureau's project
self-evaluation is new (153 is a Fujian earthquake bureau's department-wide table).
Template kind: the national 项目支出绩效自评表 (2019 layout, 附件1): 项目名称 / 主管部门 | 实施单位 / 项目资金 (万元) 年初预算数 | 全年预算数(A)
| 全年执行数(B) | 分值 | 执行率(B/A) | 得分 by 年度资金总额:, 其中:本年财政拨款, 上年结转资金, 其他资金 / 年度总体目标完成情况 预期目标 |
实际完成情况 / 年度绩效指标完成情况 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
Layout features: the level-1 cell holds ONLY ITS POINTS "(50分)" (the words 产出指标 are not in the capture); "指标1:" / "指标2:" name
prefixes; targets without units beside actuals with words ("200" | "200余人", "500" | "600余人"); date-like targets and actuals ("11月底前"
| "10月"); "0" amounts in the part rows and "-" in their 分值/得分 cells; an empty 偏差原因 column.
Truth: one project 防震减灾综合保障 (项目名称), budget 55 万元 (全年预算数(A) of 年度资金总额; 年初 = 执行 = 55; unit from "项目资金 (万元)").
Six indicators, level1 "(50分)" as captured, level2 数量/质量/时效指标, the name with its "指标N:" prefix, value the 年度指标值; value_cells
actual (实际完成值), weight (分值), score (得分).
Truncation: the capture stops in the first 成本指标 row ("成本指标 指", cut); that row and the rest (效益, 满意度, 总分) are left out, and
the spans of the level-1 cell and of 年度绩效指标完成情况 end at the last reproduced row.
Reconstruction: the capture prints each row as one line with its cells separated by spaces (EMPTY CELLS LOST; a multi-line cell as
several lines): the 9-column grid follows the indicator header; the money rows are read under their six captions (上年结转资金 and 其他
资金 "0 0 0 - -" as three amounts, 分值 "-", an empty 执行率 and 得分 "-", an INFERENCE from the rows above); the goal lines are read as two
cells of two lines each; the label spans (项目资金 over five rows, the level-2 cells over two rows each, "(50分)" over the six rows), the
empty corner of the money header and every column span are inferred. The page's metadata lines are left out except the title.
""",
))

# ---------------------------------------------------------------- 178 (seventh round, held out)
_G178 = ("2022年医疗保障局计划使用财政资金45万元给聘用的14人发放工资及缴纳保险费,其中工资30000元每年每人,保险费共3万元,"
         "以监管全县医院药店医疗保险基金正常使用。")
FILINGS.append(dict(
    dir="178-suining-daying-yibao-ziping-2023",
    html_title="部门预算项目支出绩效自评表(2023年度)",
    blocks=[
        ("table", [
            ["", "", "", "城乡居民医保参保工作经费发放及时率", "=", "100", "%", "", "5", "", ""],
            ["", "", C("成本指标", rs=2), "城乡居民参保网络宣传成本预算", "≤", "101400", "元", "", "5", "", ""],
            ["", "", "城乡居民医保参保工作经费发放成本预", "=", "1", "元/人", "", "5", "", ""],
            ["", C("效益指标", rs=3), C("社会效益指标", rs=2), "城乡居民参保网络宣传群众知晓率", "=", "100", "%", "", "15", "", ""],
            ["", "城乡居民医保参保工作经费应发尽发率", "=", "100", "%", "", "5", "", ""],
            ["", "可持续影响指标", "城乡居民医保参保机制健全性", "定性", "优良中低差", "", "", "10", "", ""],
            ["", "满意度指标", "服务对象满意度指标", "城乡居民参保人员满意度", "≥", "90", "%", "", "10", "", ""],
            [C("合计", cs=8), "100", "", ""],
            ["评价结论", C("结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)", cs=10)],
            ["存在问题", C("结合自评情况,分析存在的问题及原因。(200字以内)", cs=10)],
            ["改进措施", C("针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)", cs=10)],
            [C("项目负责人:", cs=5), C("财务负责人:", cs=5), ""],
        ]),
        ("table", [
            [C("部门预算项目支出绩效自评表(2023年度)", cs=11)],
            ["项目名称", C("51092322T000000431595-城乡居民监管工作经费", cs=10)],
            ["主管部门", C("大英县医疗保障局部门", cs=4), C("实施单位 (盖章)", cs=2), C("大英县医疗保障局", cs=4)],
            [C("项目基本情况", rs=3), C("1.项目年度目标完成情况", rs=2, cs=2), C("项目年度目标", cs=4), C("年度目标完成情况", cs=4)],
            [C(_G178, cs=4), C("对照年度目标,说明相关任务目标的完成情况(100字以内)", cs=4)],
            [C("2.项目实施内容及过程概述", cs=2), C("", cs=8)],
            ["预算执行情况(10分)", C("年度预算数(万元)", cs=2), "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分",
             C("原因", cs=2)],
        ]),
    ],
    truth={"projects": [
        P(None, None, None, None, [
            I(None, None, "城乡居民医保参保工作经费发放及时率", "=100%", op="=", value="100", unit="%", weight="5"),
            I(None, "成本指标", "城乡居民参保网络宣传成本预算", "≤101400元", op="≤", value="101400", unit="元", weight="5"),
            I(None, "成本指标", "城乡居民医保参保工作经费发放成本预", "=1元/人", op="=", value="1", unit="元/人", weight="5"),
            I("效益指标", "社会效益指标", "城乡居民参保网络宣传群众知晓率", "=100%", op="=", value="100", unit="%", weight="15"),
            I("效益指标", "社会效益指标", "城乡居民医保参保工作经费应发尽发率", "=100%", op="=", value="100", unit="%", weight="5"),
            I("效益指标", "可持续影响指标", "城乡居民医保参保机制健全性", "优良中低差", nature="定性", value="优良中低差", weight="10"),
            I("满意度指标", "服务对象满意度指标", "城乡居民参保人员满意度", "≥90%", op="≥", value="90", unit="%", weight="10"),
        ]),
        P("51092322T000000431595-城乡居民监管工作经费", None, None, None, []),
    ]},
    notes="""
Place: 大英县 (Daying county, Suining, Sichuan), county level, 大英县医疗保障局 (the county's healthcare-security bureau); year 2023 (the
form's "(2023年度)"); captured from the county media centre's site (dyrmt.com), which publishes the bureau's self-evaluations one
after another on pages of a long article. Daying's 2023 form is covered by 39 (the 司法局, spent build half) and 99/103; the 医保局's
tables and an UNFILLED self-evaluation are new.
Template kind: the Sichuan 2023 部门预算项目支出绩效自评表 (39's form): 绩效指标(90分) over 一级指标 | 二级指标 | 三级指标 | 指标性质 |
指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析, then 合计, 评价结论 / 存在问题 / 改进措施, 项目负责人 | 财务负责人; then the next
project's form: 项目名称 (a budget code before the name) / 主管部门 | 实施单位 (盖章) / 项目基本情况 / 预算执行情况(10分) 年度预算数(万元) |
年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因.
Layout features: the capture STARTS INSIDE THE FIRST PROJECT'S INDICATOR GRID (no name, no money, no header: a headless tail whose first
rows lack their level cells); SPLIT TARGETS (指标性质 "=" "≤" "≥" or "定性" | 指标值 | 度量单位); a qualitative row whose 指标值 is a
scale "优良中低差" and whose unit is empty; the self-evaluation LEFT UNFILLED (完成值 and 得分 empty, the conclusion cells holding the
template's instructions "结合自评情况,…(200字以内)"); a name cut in its cell ("…发放成本预", as published); a budget code before the
second project's name; the second project's goal text naming an amount in prose (45万元, not a budget cell).
Truth: two projects. The first: no name and no budget (both above the capture), seven indicators: name the 三级指标, value the comparator +
number + unit ("=100%", "≤101400元", "=1元/人", "≥90%"; the qualitative row "优良中低差"), value_cells op/value/unit (the 定性 row: nature
定性), weight the 权重 cell; level cells as far as the capture shows them (the first row none, the two 成本指标 rows no level 1). The second:
51092322T000000431595-城乡居民监管工作经费 (项目名称), no budget (the capture stops in the money header), no indicators.
Truncation: the capture starts inside the first project (its form down to its first rows is missing) and stops after the second project's
money header (its money rows and indicators cut); both are left out.
Reconstruction: the capture prints each row as "cell | cell |" with one "|" per grid slot the row does not start (11 slots, as in 39); the
rows of the tail are placed under 39's header: a number after the unit is read as the 权重 (the 完成值 and 得分 cells are empty: an
INFERENCE from the weights, 5/5/5/15/5/10/10, and from the unfilled conclusion), the slots above the tail (the 绩效指标 label, the level
cells of the first rows) are written as empty cells, the level spans inside the tail (成本指标 over two rows, 效益指标 over three,
社会效益指标 over two) follow the rows that start without them; the second form's spans are 39's.
""",
))

# ---------------------------------------------------------------- 180 (seventh round, held out)
_M180 = ("经济普查:全面调查我区第二产业和第三产业的发展规模、布局和效益,了解产业组织、产业结构、产业技术、产业形态的现状以及各生产要素的构成,"
         "摸清我区全部法人单位资产负债状况和新兴产业发展情况。\n人口普查:查清人口在数量、结构、分布和居住环境等方面的情况变化,为科学制定国民"
         "经济和社会发展规划,统筹安排人民的物质和文化生活,实现可持续发展战略,构建社会主义和谐社会,提供科学准确 的统计信息支持。")
_Y180 = ("经济普查:根据市经普办统一部署,完成区第四次经济普查资料整理归档、数据开发和工作总结等各项工作。\n人口普查:根据市人普办统一部署,"
         "组建普查机构,两员选调和培训、入户普查登记等各项工作。")
FILINGS.append(dict(
    dir="180-wuhan-qingshan-tongji-pucha-2020",
    html_title="青山区统计局2020年项目支出绩效目标表",
    blocks=[
        ("p", "青山区统计局2020年项目支出绩效目标表"),
        ("p", "项目基本信息"),
        ("p", "(2020年度)"),
        ("table", [
            ["项目名称", C("大型普查经费(经普和人普)", cs=4)],
            ["主管部门\n及编码", "[005005]武汉市青山区统计局", "实施单位", C("区统计局机关", cs=2)],
            ["项目属性", "综合类", "项目起止时间", C("2020-2020", cs=2)],
            [C("项目资金", rs=3), "资金总额", "2800000.0000", "当年资金总额:", "2800000.0000"],
            ["其中:财政拨款", "2800000.00", "其中:当年财政拨款", "2800000.00"],
            ["其他资金", "", "当年其他资金", ""],
            [C("总体目标", rs=2), C("中期目标", cs=2), C("年度目标", cs=2)],
            [C(_M180, cs=2), C(_Y180, cs=2)],
        ]),
        ("p", "绩效项目指标表"),
        ("table", [
            ["一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)"],
            ["产出指标", "数量指标", "经济普查资料开发文章", "6篇", "数量指标", "经济普查资料开发文章", "6篇"],
        ]),
    ],
    truth={"projects": [P("大型普查经费(经普和人普)", None, "2800000", None, [
        I("产出指标", "数量指标", "经济普查资料开发文章", "6篇"),
    ])]},
    notes="""
Place: 青山区 (Qingshan district, Wuhan, Hubei), district level, 武汉市青山区统计局 (the district's statistics bureau, code [005005]); year
2020 (the form's "(2020年度)", published 2020-01-16). Qingshan is covered by 21 and 23 (build half, other bureaus and forms); the statistics
bureau, the census fund and this 项目基本信息 form with long-term and annual indicator columns are new.
Template kind: the Wuhan district 项目支出绩效目标表 ("项目基本信息", 2020): 项目名称 / 主管部门及编码 | 实施单位 / 项目属性 | 项目起止时间 /
项目资金 资金总额 | 当年资金总额: (the total and the year's amount side by side) with 其中:财政拨款 | 其中:当年财政拨款 and 其他资金 | 当年其他资金 /
总体目标 中期目标 | 年度目标; then "绩效项目指标表": 一级指标 | 二级指标(长期) | 三级指标(长期) | 指标值(长期) | 二级指标(年度) | 三级指标(年度) |
指标值(年度) — the LONG-TERM AND ANNUAL INDICATORS SIDE BY SIDE in one row, one level-1 column for both.
Layout features: AMOUNTS IN 元 WITH FOUR DECIMALS and NO MONEY UNIT anywhere ("2800000.0000", "2800000.00"); the department code in
brackets before its name ("[005005]武汉市青山区统计局"); a label broken over two lines ("主管部门 / 及编码"); the level-1 cell written on every
row ("产出指标" again on the next row, not merged); the same indicator in both groups ("经济普查资料开发文章 | 6篇" twice); a title line
"绩效项目指标表" between the two tables.
Truth: one project 大型普查经费(经普和人普) (项目名称), budget 2800000 (当年资金总额: 2800000.0000 — the year's amount, as in the other column-
group forms of the corpus; the total 资金总额 is the same), NO MONEY UNIT (the table names none; the amounts are in 元 by their size, not
said). One indicator: level 1 产出指标, level 2 数量指标 (the year's group), name 经济普查资料开发文章, value the year's 指标值 6篇.
Truncation: the capture stops in the second indicator row ("产出指标 | 数量指标 | 人口普查两员业务培", cut); that row and the rest are left out.
Reconstruction: the capture prints ONE PARAGRAPH PER CELL (blank lines between; empty cells as a line holding a space): the 5-column upper
grid and the 7-column indicator grid are rebuilt from the label order; the spans (the name over four columns, 项目资金 over three rows, the
goal captions and texts over two columns each) are inferred; each goal cell is read as two paragraphs (经济普查 … / 人口普查 …) kept as a line
break. The page's metadata lines, "字号" and "发布时间" lines are left out; the page title, "项目基本信息", the year and "绩效项目指标表" are kept
as paragraphs.
""",
))
