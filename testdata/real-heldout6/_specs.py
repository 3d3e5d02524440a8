# Hand transcription of the HELD-OUT half of the sixth round of real filings
# (issue 21: the even numbers from 150 on, see testdata/real/_build.py).  Not for
# tuning: these filings are scored once, at the end, by the lead.  Every string
# is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 150
_D150 = "重庆市巴南区人民政府一品街道办事处"
_G150 = ("2022年街道预算收支平衡;保障街道机关事业在编人员工资福利支出、退休人员的医保、健康休养费及节日慰问支出等待遇、保障临聘人员劳务工资补助;"
         "保障各村居人员、办公、党建等经费支出,切实加强基层组织建设;保障辖区民政优抚对象救济补助、特困人员救助供养补助,有效改善受助对象生活水平;"
         "对村居开展安全巡逻,有效保障辖区社会秩序安全稳定;对场镇环境进行清扫保洁、绿化养护、市政设施维修,保障场镇干净卫生;"
         "对辖区125公里农村公路开展养护维修;保障春秋季强制免疫、免疫密度100%、免疫有效抗体70%以上;促进一品街道经济社会健康有序发展。")
_R150 = [  # name, weight, unit, op, value
    ("预算执行率", "10", "%", "=", "100"),
    ("预决算及时编制率", "10", "%", "=", "100"),
    ("政府预决算公开率(除涉密信息外)", "10", "%", "=", "100"),
    ("基层组织建设办公阵地和干部人才保障有效性", "10", "", "", "有效保障"),
    ("民政优抚及特困受助对象生活水平改善情况", "10", "", "", "有效改善"),
    ("民政优抚及特困补助发放及时率", "10", "%", "=", "100"),
    ("农村公路养护里程", "10", "公里", "=", "125"),
    ("开展各种文艺活动场次", "10", "", "", "20"),
    ("森林受灾率", "10", "%", "", "1"),
    ("饲养动物免疫率", "5", "%", "=", "100"),
    ("服务对象满意度", "5", "%", "", "95"),
]
FILINGS.append(dict(
    dir="150-chongqing-banan-yipin-zhengti-2022",
    html_title="巴南区一品街道2022年预算整体绩效和部分重点项目绩效公开",
    blocks=[
        ("p", "巴南区一品街道2022年预算整体绩效和部分重点项目绩效公开"),
        ("p", "2022年部门(单位)整体绩效目标表"),
        ("p", "单位:万元"),
        ("table", [
            ["部门(单位)名称", C(_D150, cs=2), C("区级支出预算总量", cs=2), "3724.39"],
            ["当年整体绩效目标", C(_G150, cs=5)],
            [C("绩效指标", rs=len(_R150) + 1), "指标名称", "指标权重", "计量单位", "指标性质", "指标值"],
        ] + [list(r) for r in _R150]),
        ("p", "2022年区级一般性项目绩效目标表"),
        ("p", "单位:万元"),
        ("p", "单位信息:917001-重庆市巴南区人民政府一品街道办事处(本级)"),
    ],
    truth={"projects": [P(_D150, None, "3724.39", "万元", [
        I(None, None, n, op + v + u, op=op, value=v, unit=u, weight=w) for n, w, u, op, v in _R150])]},
    notes="""
Place: 一品街道 (Yipin subdistrict, Banan district, Chongqing), subdistrict (街道) level, 重庆市巴南区人民政府一品街道办事处; year 2022
(published 2022-01-30). Chongqing is covered (17, 19, 31 — a Banan town's per-project tables —, 59, 89, 101); a subdistrict's
DEPARTMENT-WIDE target table is new.
Template kind: the Chongqing district 部门(单位)整体绩效目标表 ("单位:万元" above it): 部门(单位)名称 | name | 区级支出预算总量 | amount /
当年整体绩效目标 / 绩效指标 指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值 — a FLAT LIST with no level columns, weight and unit before
the comparator and the number (the family of 101, here for a whole department).
Layout features: the budget is labelled 区级支出预算总量 (no 年度资金总额, no 预算); qualitative targets with no unit and no comparator
("有效保障", "有效改善"); rows whose comparator cell is EMPTY though the value is a number ("森林受灾率 | 10 | % | | 1" — a rate that
should be a ceiling —, "服务对象满意度 | 5 | % | | 95", "开展各种文艺活动场次 | 10 | | | 20"); weights 10 and 5 (they sum to 100); a
long goal paragraph with its own numbers (125公里, 100%, 70%); the page goes on to a 区级一般性项目绩效目标表 that is cut.
Truth: one department 重庆市巴南区人民政府一品街道办事处 (部门(单位)名称), budget 3724.39 万元 (区级支出预算总量; unit from "单位:万元"
above the table), eleven indicators with no levels (level1/level2 null: the form has none). value = comparator + number + unit
(only a real comparator), the raw cells and the weight (指标权重) in value_cells.
Truncation: the second table (区级一般性项目绩效目标表) is cut after its "单位信息:" line; it is kept as paragraphs and holds no project.
Reconstruction: the capture LOST EVERY SEPARATOR inside a row (one row a line). Rows are split by the header's column order
(指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值): "预算执行率10%=100" is 预算执行率 | 10 | % | = | 100. The weights are read as 10 for
the first nine rows and 5 for the last two because the weights must sum to 100 (9 × 10 + 2 × 5); hence "开展各种文艺活动场次1020" is
weight 10 and value 20 with empty unit and comparator, "森林受灾率10%1" is 10 | % | (empty) | 1 and "服务对象满意度5%95" is 5 | % |
(empty) | 95 — an INFERENCE (a lost ≤ or ≥ cannot be ruled out; the capture shows none). The first row's four cells over the six
columns, and the span of 绩效指标 over the indicator rows, are inferred. The page's breadcrumb and metadata lines (索引号, 发布机构,
dates) are left out; the page title, the table title and "单位:万元" are kept as paragraphs.
""",
))

# ---------------------------------------------------------------- 152
_D152 = "中共宁德市委党史和地方志研究室"
_M152 = ["2537695", "213722.82", "0", "2751417.82", "2546673.98", "93%", "204743.84", "7%"]
_E152 = [""] * 8
FILINGS.append(dict(
    dir="152-ningde-fangzhi-zhengti-ziping-2018",
    html_title="18年度部门整体支出绩效自评(原方志委)",
    blocks=[
        ("p", "18年度部门整体支出绩效自评(原方志委)"),
        ("p", "附件9:2018年度部门整体支出绩效自评表(201912330 原方志委).xls"),
        ("p", "部门整体支出绩效自评表"),
        ("p", "(2018年度)"),
        ("table", [
            ["部门(单位)名称", C(_D152, cs=5), C("部门预算编码", cs=2), C("901001033", cs=2)],
            [C("财政资金安排和使用情况", rs=9), C("资金结构\n(万元)", rs=2), C("预算安排", cs=4), C("拨付情况", cs=2),
             C("结余情况", cs=2)],
            ["年初部门预算安排金额", "历年结余结转", "年中调整金额③", "小计\n④ = ①+② +③", "年度拨付金额",
             "支出实现率(%)\n⑥=⑤/④", "本年度结余金额\n⑦=④-⑤", "资金结余率\n(%)\n⑧=⑦/④"],
            ["财政资金小计"] + _M152,
            ["①中央及省级财政资金"] + _E152,
            ["②市级财政资金"] + _M152,
            ["③县(市、区)财政资金"] + _E152,
            ["其他资金小计"] + _E152,
            ["①……"] + _E152,
            ["合 计"] + _M152,
            [C("年度\n总体\n目标\n完成\n情况", rs=2), C("预期目标", cs=4), C("目标实际完成情况", cs=5)],
            [C("目标1:确保本委在职及退休人员工资、福利的发放;\n目标2:确保本委日常办公所需经费正常运行;\n"
               "目标3:保障志鉴地情相关工作开展所需资金,确保完成2018年度任务。", cs=4),
             C("目标1完成情况:基本完成,达成率为90%以上\n目标2完成情况:基本完成,达成率为90%以上\n目标3完成情况:基本完成,达成率为97%",
               cs=5)],
            ["年度\n绩效\n指标\n完成\n情况", "一级\n指标", "二级\n指标", C("三级指标", cs=2), "指标解释", "绩效目标值", "实际完成值",
             "指标分值", "得分"],
        ]),
    ],
    truth={"projects": [P(_D152, None, "2751417.82", "万元", [])]},
    notes="""
Place: 宁德市 (Ningde, Fujian), city level, 中共宁德市委党史和地方志研究室 (the former 方志委, budget code 901001033); year 2018 (published
2019-12-31 on the unit's site, ndfzw.com, as the text of an attached .xls). The same unit's 2019 部门整体支出绩效目标表 is 02 of the shared
corpus (another year and another form, not a repeat); a Fujian department-wide SELF-EVALUATION with a fund-structure table is new.
Template kind: the Fujian 部门整体支出绩效自评表 (2018): 部门(单位)名称 | 部门预算编码 / 财政资金安排和使用情况: 资金结构(万元) × 预算安排
(年初部门预算安排金额 ① | 历年结余结转 ② | 年中调整金额 ③ | 小计 ④=①+②+③) | 拨付情况 (年度拨付金额 ⑤ | 支出实现率 ⑥=⑤/④) | 结余情况
(本年度结余金额 ⑦=④-⑤ | 资金结余率 ⑧=⑦/④), rows 财政资金小计 / ①中央及省级 / ②市级 / ③县(市、区) / 其他资金小计 / ①…… / 合 计 /
年度总体目标完成情况 预期目标 | 目标实际完成情况 / 年度绩效指标完成情况 一级指标 | 二级指标 | 三级指标 | 指标解释 | 绩效目标值 | 实际完成值 |
指标分值 | 得分 (cut).
Layout features: a TWO-ROW MONEY HEADER with circled numbers and formulas in the captions ("小计 ④ = ①+② +③", "⑥=⑤/④"); the SAME
ROW OF EIGHT NUMBERS three times (财政资金小计, ②市级财政资金, 合 计); the amounts are plainly in 元 (2537695) though the label says
"资金结构 (万元)" — a unit conflict in the form itself; percentages among the amounts (93%, 7%); empty source rows ("①……"); the
vertical labels written one character a line ("年度\\n总体\\n目标\\n完成\\n情况").
Truth: one department 中共宁德市委党史和地方志研究室 (部门(单位)名称), budget 2751417.82 (小计 ④ = ①+②+③ of the 合 计 row — the
year's full budget, by the corpus convention that takes a self-evaluation's full-year budget over the initial one; ① 2537695 is the
initial budget, ② 213722.82 the carry-over, ⑤ 2546673.98 what was paid out), money unit 万元 as the table labels it (by the
corpus convention the unit comes from the table's label, as in 95; the figures themselves read as 元 — noted, not corrected). No
indicators: the capture stops in the first indicator row.
Truncation: the capture stops inside the first indicator row ("产出 指标 (60分) | 数量 指标 | 指标1 | 按月发放员工工", cut); that row
and the rest are left out.
Reconstruction: the capture prints the spreadsheet's cells separated by spaces and line breaks; the 10-column grid follows the
indicator header (a left label, 一级 | 二级 | 三级指标 over two columns — "指标1" and its text — | 指标解释 | 绩效目标值 | 实际完成值 |
指标分值 | 得分) and the money rows (a label and eight values). The spans (财政资金安排和使用情况 over the nine money rows, 资金结构 over the
two caption rows, 预算安排 over four columns, the name over five) and the empty cells of the empty source rows are inferred. The
page's meta line, date line, file-type line and file name are left out; the title and the attachment line are kept as paragraphs.
""",
))

# ---------------------------------------------------------------- 154
_N154A = "46000021T000000002749-学生事务补助"
_N154B = "46000021T000000002873-教育教学管理与监督"
_R154 = [  # l1, l2, name, op, target, unit, actual, rate, weight, score, reason
    ("产出指标", "数量指标", "资助困难教师及学生", "", "52", "", "10", "19.23%", "20.00", "3.85", "滋慧计划由中央直接拨付到个人银行账户。"),
    ("产出指标", "质量指标", "困难教师", "", "2", "", "0", "0.00%", "30.00", "0", "砺耕计划由省厅直接拨付到个人银行账户。"),
    ("效益指标", "社会效益指标", "帮助困难教师和学生提高生活水平", "", "95", "%", "100", "100.00%", "30.00", "30", ""),
    ("满意度指标", "服务对象满意度", "资助困难教师及学生", "", "52", "", "100", "100.00%", "10.00", "10", ""),
]


def _head154(name, phone):
    return [
        [C("项目支出绩效自评表", cs=11)],
        [C("项目名称: " + name, cs=5), C("填报人: 李姣", cs=3), C("联系方式: " + phone, cs=3)],
        [C("主管部门: 203-省教育厅", cs=5), C("实施单位: 203045-省农垦实验中学", cs=6)],
        [C("是否公开:", cs=5), C("网址:", cs=6)],
        [C("资金构成(元)", cs=3), "年初预算数", "全年预算数", "执行数", C("分值", cs=2), "执行率(%)", C("得分", cs=2)],
    ]


FILINGS.append(dict(
    dir="154-hainan-nongken-shiyan-zhongxue-ziping-2023",
    html_title="海南省农垦实验中学2023年项目绩效自评表公开",
    blocks=[
        ("p", "海南省农垦实验中学2023年项目绩效自评表公开"),
        ("table", _head154(_N154A, "13178966329") + [
            [C("资金总额:", cs=3), "120,000.00", "120,000.00", "30,000.00", C("10.00", cs=2), "25", C("2.5", cs=2)],
            [C("其中:财政资金:", cs=3), "0.00", "0.00", "0.00", C("", cs=2), "0", C("", cs=2)],
            [C("单位资金:", cs=3), "120,000.00", "120,000.00", "30,000.00", C("", cs=2), "25", C("", cs=2)],
            [C("财政专户管理资金:", cs=3), "0.00", "0.00", "0.00", C("", cs=2), "0", C("", cs=2)],
            [C("年度目标", cs=5), C("年度目标完成情况", cs=6)],
            [C("用于资助贫困教师及学生", cs=5),
             C("发放成长计划资助资助学生10人次,砺耕计划由省厅直接拨付到个人银行账户。滋慧计划由中央直接拨付到个人银行账户。", cs=6)],
            ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位", "实际完成值", "完成率", "分值", "得分", "未完成原因分析"],
        ] + [list(r) for r in _R154] + [
            [C("合计", cs=8), "100.00", "46.35", ""],
        ]),
        ("table", _head154(_N154B, "18089749102") + [
            [C("资金总额:", cs=3), "915,000.00", "915,000.00", "915,000.00", C("10.00", cs=2), "100", C("10", cs=2)],
        ]),
    ],
    truth={"projects": [
        P(_N154A, None, "120000.00", "元", [
            I(l1, l2, n, op + v + u, op=op, value=v, unit=u, actual=a, weight=w, score=s)
            for l1, l2, n, op, v, u, a, _, w, s, _ in _R154]),
        P(_N154B, None, "915000.00", "元", []),
    ]},
    notes="""
Place: 海南省农垦实验中学 (a secondary SCHOOL of the Hainan land-reclamation system, under 203-省教育厅), province level unit; year
2023 (published 2024-07-10 on the school's site). Hainan is covered once (a filing of the third round); a school's self-evaluations
are new.
Template kind: the Hainan 项目支出绩效自评表 (province system, 2023), one table per project on one page: 项目名称: | 填报人: | 联系方式: /
主管部门: | 实施单位: / 是否公开: | 网址: / 资金构成(元) 年初预算数 | 全年预算数 | 执行数 | 分值 | 执行率(%) | 得分, rows 资金总额: /
其中:财政资金: / 单位资金: / 财政专户管理资金: / 年度目标 | 年度目标完成情况 / 一级指标 | 二级指标 | 三级指标 | 指标性质 | 年度指标值 |
度量单位 | 实际完成值 | 完成率 | 分值 | 得分 | 未完成原因分析 / 合计.
Layout features: label and value in ONE cell with a colon ("项目名称: 46000021T000000002749-学生事务补助", "主管部门: 203-省教育厅");
the project code glued to the name; money in 元 with thousands separators ("120,000.00"); EMPTY 指标性质 and mostly empty 度量单位
cells, so targets are bare numbers ("52", "2"); a 完成率 column (19.23%) between the actual and the points; weights as decimals
("20.00"); a 合计 row with the points and the total score (46.35); a satisfaction row whose target is a count ("52") and actual
"100"; the execution rate without "%" in the money rows (25, 100); two projects, the second cut in its money block.
Truth: two projects (项目名称 cells as written, code included, code null). 46000021T000000002749-学生事务补助: budget 120000.00 元
(全年预算数 of 资金总额:, by the corpus convention for self-evaluations — equal to the 年初预算数 here; unit from "资金构成(元)"),
four indicators; value = 指标性质 + 年度指标值 + 度量单位 ("52", "95%"), the raw cells
in value_cells with actual (实际完成值), weight (分值) and score (得分); the 完成率 and the reasons are not in the truth.
46000021T000000002873-教育教学管理与监督: budget 915000.00 元, no indicators (cut).
Truncation: the capture stops inside the second project's 其中:财政资金 row ("915,000.00 915,000.0", cut); that row and the rest are
left out.
Reconstruction: the capture prints each row as one line with cells separated by spaces (runs of spaces for empty cells). The
indicator rows are split by the header's eleven columns: "52 10 19.23% 20.00 3.85" is five values for seven cells, read as
指标性质 (empty) | 52 | 度量单位 (empty) | 10 | 19.23% | 20.00 | 3.85 — the rate 19.23% = 10/52 and the score 3.85 = 20 × 19.23%
confirm the order; "95 % 100 100.00% 30.00 30" has its unit. The money rows' six values fall under the six captions; the 11-column
grid, the spans of the label cells and the empty cells of the 其中 rows are inferred. The page's date line is left out.
""",
))

# ---------------------------------------------------------------- 156
_F156 = "\n".join([
    "1、贯彻执行党中央、国务院,省委、省政府和市委、市政府有关信访工作的方针、政策,结合全市实际,拟定全市信访工作的规章、制度和工作要点,并组织实施。",
    "2、承办上级机关和领导交办、批办的信访事项,检查、督促、协调处理重大信访问题。",
    "3、办理人民群众和境外人士给市委、市政府和市主要领导同志的来信。",
    "4、接待到市委、市政府的群众来访,做好领导同志接待上访群众的服务工作。",
    "5、协同有关部门处理来信来访中反映跨省、跨市(州)、跨部门的重大纠纷问题。",
    "6、掌握信访工作动态,汇集人民群众的建议、意见,及时提供信访信息,为领导决策服务。",
    "7、负责对全市信访工作的检查指导、督查督办;负责信访理论研究和全市信访干部的业务指导。",
    "8、会同有关部门,对重大信访事项的渎职失职部门或人员,提出处理意见。",
    "9、承办市委办公室、市政府办公室交办的其他工作。",
])
FILINGS.append(dict(
    dir="156-zhuzhou-xinfangju-zhengti-2015",
    html_title="2015年度市信访局支出绩效表",
    blocks=[
        ("p", "2015年度市信访局支出绩效表"),
        ("p", "部门整体支出绩效综合评价报告表"),
        ("p", "2015 年度)"),
        ("p", "填报单位(盖章)"),
        ("table", [
            [C("部门(单位)名称:株洲市信访局", cs=2), C("单位负责人:刘会才", cs=2)],
            [C("年末职工人数:    31    人(人员编制: 29     人)", cs=2), C("年末资产总额: 924.76 万元;负债总额: 0 万元", cs=2)],
            [C("年度预算收支情况\n(万元)", rs=5), C("年初预算资金:586.7", rs=5), "年度收入总额:917.83", "年度支出总额:899.75"],
            ["其中:       公共财政拨款:907.83", "其中: 基本支出:884.75"],
            ["政府性基金拨款:", "项目支出:15"],
            ["纳入专户管理的非税收入拨款:", ""],
            ["其他资金:10", ""],
            ["部门职能职责概述", C(_F156, cs=3)],
        ]),
    ],
    truth={"projects": [P("株洲市信访局", None, "586.7", "万元", [])]},
    notes="""
Place: 株洲市 (Zhuzhou, Hunan), city level, 株洲市信访局; year 2015 (published 2016-09-30). Hunan is well covered; a 2015 filing
is new to the corpus (the earliest before were 2016-2017), and so is this form.
Template kind: the Hunan 2015 部门整体支出绩效综合评价报告表 (a department-wide evaluation report form, its first page): 填报单位(盖章) /
部门(单位)名称: | 单位负责人: / 年末职工人数: | 年末资产总额: / 年度预算收支情况(万元): 年初预算资金 | 年度收入总额 (其中: 公共财政拨款,
政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金) | 年度支出总额 (其中: 基本支出, 项目支出) / 部门职能职责概述 / 整体绩效目标 (cut).
Layout features: EVERY VALUE INSIDE ITS LABEL CELL after a colon ("年初预算资金:586.7", "部门(单位)名称:株洲市信访局"), some with
runs of spaces ("年末职工人数:    31    人"); three amounts that could each pass for the budget (年初预算资金 586.7, 年度收入总额
917.83, 年度支出总额 899.75) and sub-amounts under "其中:"; empty amounts after their labels ("政府性基金拨款:"); the money unit only
in the block's label ("(万元)") while another unit stands in a text cell ("924.76 万元"); a title line that lost its opening
parenthesis ("2015 年度)").
Truth: one department 株洲市信访局 (部门(单位)名称:), budget 586.7 万元 — the 年初预算资金 (the year's budget as set at its start;
917.83 and 899.75 are the year's income and spending) — an INFERENCE about which amount is the budget, following the corpus's
convention for self-evaluations (年初预算数); unit from "年度预算收支情况 (万元)". No indicators: the capture stops in the 整体绩效目标
text.
Truncation: the capture stops inside the 整体绩效目标 row ("年度重点工作:推进网上信访,实现与省信访", cut); that row and the rest are
left out.
Reconstruction: the capture prints one paragraph per cell. The money block's cells are placed in a 4-column grid by their order
(年初预算资金 spanning the block; income and its 其中 parts in one column, spending and its parts in the next), the empty cells and all
spans are inferred; the nine duties are one cell with line breaks. The page's breadcrumb and date lines are left out.
""",
))

# ---------------------------------------------------------------- 158
_N158 = "重庆市忠县科学技术协会整体监控"
_M158 = ["3,724,055.00?", "4,764,453.11?", "4,614,453.11?"]
FILINGS.append(dict(
    dir="158-chongqing-zhongxian-kexie-zhengti-ziping-2024",
    html_title="2024年度部门整体绩效自评表",
    blocks=[
        ("table", [
            [C("2024年度部门整体绩效自评表", cs=11)],
            ["项目名称:", C(_N158, cs=2), "项目编码:", C("50023300024P000060", cs=2), "自评总分:", C("99.68", cs=4)],
            ["项目主管部门:", C("705-重庆市忠县科学技术协会", cs=2), "财政归口处室:", "", "部门联系人:", "冉玲霞", "联系电话:",
             C("85801577", cs=3)],
            [C("资金情况", cs=11)],
            ["", "年初预算数", C("全年(调整)预算数", cs=2), C("全年执行数", cs=2), "执行率", C("执行率权重", cs=2), C("执行率得分", cs=2)],
            ["年度总金额", _M158[0], C(_M158[1], cs=2), C(_M158[2], cs=2), "", C("", cs=2), C("", cs=2)],
            ["其中:财政拨款", _M158[0], C(_M158[1], cs=2), C(_M158[2], cs=2), "96.85", C("10.00", cs=2), C("9.68?", cs=2)],
            ["一般公共预算", _M158[0], C(_M158[1], cs=2), C(_M158[2], cs=2), "96.85", C("", cs=2), C("", cs=2)],
            [C("绩效目标", cs=11)],
            [C("年初绩效目标", cs=4), C("全年(调整)绩效目标", cs=4), C("全年目标实际完成情况", cs=3)],
        ]),
    ],
    truth={"projects": [P(_N158, None, "4764453.11", None, [])]},
    notes="""
Place: 忠县 (Zhong county, Chongqing), county level, 705-重庆市忠县科学技术协会 (the county's association for science and technology);
year 2024 (published 2025-05-23; captured from a mirror of the county's site, wap2hd.com). Chongqing is covered (151 is the same
family from a glued OCR capture); this unit and a clean capture of the 2024 form are new.
Template kind: the Chongqing 部门整体绩效自评表 (2024): 项目名称: | 项目编码: | 自评总分: / 项目主管部门: | 财政归口处室: | 部门联系人: |
联系电话: / 资金情况 年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分, rows 年度总金额 / 其中:财政拨款 /
一般公共预算 / 绩效目标 年初绩效目标 | 全年(调整)绩效目标 | 全年目标实际完成情况 / (indicators, beyond the capture).
Layout features: a DEPARTMENT-WIDE form whose name label is 项目名称 (the "project" is the department's 整体监控, with a project code
50023300024P000060); amounts in 元 with thousands separators and a stray "?" after each (a lost character of the page — kept as
captured: "3,724,055.00?"); NO money unit anywhere in the table; the 年度总金额 row without rate, weight or score (those stand on the
其中:财政拨款 row); three amounts that could pass for the budget (年初 3,724,055.00, 全年(调整) 4,764,453.11, 执行 4,614,453.11); a
label without its value (财政归口处室:); the score total (自评总分: 99.68) in the header.
Truth: one department-wide "project" 重庆市忠县科学技术协会整体监控 (项目名称:), budget 4764453.11 (全年(调整)预算数 of 年度总金额, by the
corpus convention for self-evaluations; the "?" and the separators dropped), money unit NULL (the table names none; the amounts are
plainly 元). No indicators: the capture ends inside the goal texts.
Truncation: the capture stops inside the goal row (the second text, a completion report, ends "…选树宣传", cut); that row and the
rest (the indicator table) are left out; the goals' caption row is kept.
Reconstruction: the capture prints one table row a line, cells separated by " | ", with a run of "|" for the columns a row's
cells do not start; the 11-column grid follows the title row (one cell and ten "|"). The money captions' row is taken to start with
an empty label cell (the value rows start with labels), the 财政归口处室 value as an empty cell, and every span is inferred from the
counts of "|".
""",
))

# ---------------------------------------------------------------- 160
_N160 = "公办和普惠性民办幼儿园公用经费"
FILINGS.append(dict(
    dir="160-yueyang-xiangyin-youeryuan-2022",
    html_title="公办和普惠性民办幼儿园公用经费",
    blocks=[
        ("p", "公办和普惠性民办幼儿园公用经费"),
        ("p", "项目支出预算绩效目标申报表"),
        ("p", "(2022年度)"),
        ("p", "填报单位:湘阴县教育局"),
        ("table", [
            [C("项目基本情况", rs=8), "项目名称", C(_N160, cs=4)],
            ["项目属性", C("新增项目□                       延续项目√", cs=4)],
            ["主管部门", "", "项目起止时间", C("2022.1—2022.12", cs=2)],
            ["项目负责人", "杨柳", "联系电话", C("139****8136", cs=2)],
            ["绩效管理联络员", "周哲", "联系电话", C("151****8227", cs=2)],
            ["项目类型", C("1.基本建设类 □    其中:新建  □    扩建  □    改建  □2.行政事业类 □    其中: 采购类□    修缮类□    奖励类□ "
                        "3.其他专项类 √", cs=4)],
            ["项目概况", C("公办和普惠性民办性幼儿园生均公用经费 每生每年补助500元,其中省级财政补助70%,县级财政配套补助30%。", cs=4)],
            ["项目立项依据", C("湘财教﹝2019﹞24号", cs=4)],
            [C("项目资金情况", rs=9), C("项目资金申请(万元)", rs=6), "项 目", "上年度安排资金", C("本年度申请资金", cs=2)],
            ["合 计", "213.4", C("259", cs=2)],
            ["市级资金", "", C("", cs=2)],
            ["省级资金", "", C("", cs=2)],
            ["中央资金", "", C("", cs=2)],
            ["县级资金", "213.4", C("259", cs=2)],
            [C("支出明细预算(万元)", rs=3), "项 目", "上年度安排资金", "本年度申请资金", "测算依据及说明"],
            ["合 计", "213.4", "259", "根据湘财教﹝2019﹞24号文件精神,按照全县公办园和普惠性民办幼儿园数据实测算"],
            ["幼儿园生均经费", "213.4", "259", ""],
            [C("单位已有的(或拟订的)保障项目实施的制度、措施", cs=2), C("建立了幼儿园财金管理制度和审核制度", cs=4)],
            [C("项目年度实施进度计划", rs=3, cs=2), C("项目实施内容", cs=2), "开始时间", "结束时间"],
            [C("1、对全县公办和普惠性幼儿园生均经费的补助", cs=2), "2022.1", "2022.12"],
            [C("2、", cs=2), "", ""],
            ["项目年度绩效目标情况", "长期绩效目标", C("落实并进一步完善学前教育经费保障机制,按标准足额落实学前教育生均补助专项经费,"
                                             "支持我县公办和普惠性民办幼儿园的优质发展,向社会提供优质普惠性服务。", cs=4)],
        ]),
    ],
    truth={"projects": [P(_N160, None, "259", "万元", [])]},
    notes="""
Place: 湘阴县 (Xiangyin county, Yueyang, Hunan), county level, 湘阴县教育局 for the county's public and inclusive private
KINDERGARTENS; year 2022 ("(2022年度)"; published 2021-10-18, a budget-year filing). Hunan is well covered; a kindergarten
subsidy and this Hunan 2022 申报表 with two years' money columns are new. (A per-project form, met while looking for schools.)
Template kind: the Hunan 项目支出预算绩效目标申报表 (2022): 填报单位 / 项目基本情况 (项目名称, 项目属性 with check boxes, 主管部门 |
项目起止时间, 项目负责人 | 联系电话, 绩效管理联络员 | 联系电话, 项目类型 with check boxes, 项目概况, 项目立项依据) / 项目资金情况:
项目资金申请(万元) 项目 | 上年度安排资金 | 本年度申请资金 (合计, 市级, 省级, 中央, 县级资金) and 支出明细预算(万元) 项目 | 上年度安排资金 |
本年度申请资金 | 测算依据及说明 / 保障制度 / 项目年度实施进度计划 / 项目年度绩效目标情况 (长期 | 本年度) / (indicators, cut).
Layout features: TWO YEARS' MONEY side by side (上年度安排资金 213.4 beside 本年度申请资金 259) under a caption row whose first cell is
"项 目" (a spaced word); the 合 计 row first and the sources under it, three of them empty; a second money block (支出明细预算)
repeating the amounts with a 测算依据 text; masked phone numbers ("139****8136"); check-box marks (□ √) in text cells; a page
number ("2") printed inside the table; the subsidy's split (省级 70%, 县级 30%) in the 项目概况 text while the money table puts the
whole amount under 县级资金.
Truth: one project 公办和普惠性民办幼儿园公用经费 (项目名称), budget 259 万元 (本年度申请资金 of 合 计 — this year's request; 213.4 is last
year's allocation), unit from "项目资金申请(万元)". No indicators: the capture stops inside the 本年度绩效目标 text.
Truncation: the capture stops in the 本年度绩效目标 row ("按照省厅要求按人均500", cut); that row and the rest (the indicator table)
are left out.
Reconstruction: the capture prints each row as one line, cells separated by spaces (empty cells lost); the 6-column grid and every
span (项目基本情况 over eight rows, 项目资金情况 over nine, the sub-block labels) are inferred from the labels; the empty source rows
keep empty cells; the stray page number "2" is left out; the page's header lines are left out, the title kept as a paragraph.
""",
))

# ---------------------------------------------------------------- 162
_S162 = ("开展黄石矿冶工业遗产突出普遍价值研究、学术交流、对外宣传等工作,先后举办有社会影响力的活动5场;成立黄石矿冶文化研究中心暨矿冶文学陈列馆,"
         "凸显黄石工业遗产文化价值,推动申遗工作。")
FILINGS.append(dict(
    dir="162-huangshi-shenyi-jiankong-2019",
    html_title="黄石市项目支出绩效监控表 (申遗)",
    blocks=[
        ("table", [
            [C("黄石市项目支出绩效监控表 (申遗)", cs=7)],
            [C("(2019年度)", cs=7)],
            [C("项目单位(盖章): 单位:万元", cs=7)],
            ["项目名称", C("申遗经费", cs=6)],
            ["主管部门", C("黄石市文化和旅游局", cs=2), "项目执行单位", C("黄石市文物局(湖北水泥遗址博物馆)", cs=3)],
            ["项目属性", C("1、持续性项目 □ 2、新增性项目 □", cs=6)],
            ["项目类型", C("1、常年性项目 □ √ 2、延续性项目 □ 3、一次性项目 □", cs=6)],
            [C("1、部门预算项目 □ 2、省直专项 □ 3、省对下转移支付项目 □", cs=7)],
            ["项目资金 (万元)", C("年初预算数", cs=2), C("1-6月执行数", cs=2), C("全年预计执行数", cs=2)],
            ["年度资金总额:", C("220", cs=2), C("87.57", cs=2), C("", cs=2)],
            ["其中:当年一般公共预算拨款", C("220", cs=2), C("87.57", cs=2), C("", cs=2)],
            [C("绩效指标", rs=5), "一级 指标", "指标名称", "指标值", "半年度 指标执行情况", "完成目标可能性(确定能、有可能、不可能)", "备注"],
            [C("产 出 指 标", rs=3), "质量", "", "", "", ""],
            ["时效", "", "", "", ""],
            ["成本", "年度预算220万元", "按进度执行,已使用约40%", "确定能", ""],
            ["效 益 指 标", "社会效益", "", _S162, "确定能", ""],
            ["偏差或不能完成目标原因分析", C("", cs=6)],
            ["相关建议或举措", C("", cs=6)],
        ]),
    ],
    truth={"projects": [P("申遗经费", None, "220", "万元", [
        I("产 出 指 标", None, "成本", "年度预算220万元", actual="按进度执行,已使用约40%")])]},
    notes="""
Place: 黄石市 (Huangshi, Hubei), city level, 黄石市文化和旅游局 with 黄石市文物局(湖北水泥遗址博物馆) executing; year 2019 (published
2019-08-21 on the museum's site). Hubei is covered; a MONITORING table (绩效监控表, the half-year check of a project's targets) is a
family new to the corpus.
Template kind: the Huangshi 项目支出绩效监控表 (2019, one project: 申遗, the World-Heritage bid): 项目单位(盖章) 单位:万元 / 项目名称 /
主管部门 | 项目执行单位 / 项目属性 / 项目类型 (check boxes) / 项目资金(万元) 年初预算数 | 1-6月执行数 | 全年预计执行数, rows 年度资金总额: /
其中:当年一般公共预算拨款 / 绩效指标 一级指标 | 指标名称 | 指标值 | 半年度指标执行情况 | 完成目标可能性(确定能、有可能、不可能) | 备注 /
偏差或不能完成目标原因分析 / 相关建议或举措 / 注.
Layout features: a HALF-YEAR EXECUTION column beside the annual target ("年度预算220万元" | "按进度执行,已使用约40%") and a judgment
column with fixed words (确定能 / 有可能 / 不可能); the 指标名称 cells hold the sub-type words themselves (质量, 时效, 成本, 社会效益 —
no level-2 column); two rows left empty (质量, 时效); level words spaced one character apart ("产 出 指 标"); money columns for the
half year (1-6月执行数 87.57) and a forecast (全年预计执行数, empty); check boxes (□ √); a long footnote explaining the judgment words.
Truth: one project 申遗经费 (项目名称), budget 220 万元 (年初预算数 of 年度资金总额 — the form's only budget column; 87.57 is the half
year's execution), unit from "单位:万元" and "项目资金 (万元)". ONE indicator: 成本 = "年度预算220万元" (指标值), level1 产 出 指 标 (as
written, spaced), level2 null (no column); the half-year execution ("按进度执行,已使用约40%") in value_cells.actual — the execution to
date, the nearest the conventions have. The empty 质量/时效 rows have no target. The 社会效益 row is NOT an indicator in the truth: its
one text cell is read as the half-year execution (it reports what was done: "先后举办…活动5场;成立…"), so the row has no target — an
INFERENCE (the text could also be read as the target; the capture shows only one of the two cells).
Truncation: the footnote is cut ("4.相"); it is left out (it holds no table content).
Reconstruction: the capture prints one row a line with " | " between cells and a run of "|" for the columns a row does not start; the
7-column grid follows the indicator header (绩效指标 and six captions, printed over three lines); the money block's captions and values
are taken to span two columns each; the spans of the left labels and of the level words, and the empty cells of the 质量/时效 rows
and of the analysis rows, are inferred.
""",
))

# ---------------------------------------------------------------- 164
_N164 = "黄石市系统化全域海绵城市示范城市的申报工作经费"
_R164 = [  # l1, l2, name, target, actual, score
    ("产出指标", "数量指标", "完成省级宣传片制作;完成实施方案的编制;完成自评估报告", "完成1部宣传片,2套方案", "完成1部宣传片,2套方案", "10"),
    ("产出指标", "质量指标", "通过专家评审", "通过", "通过", "10"),
    ("产出指标", "时效指标", "上半年完成宣传片制作;下半年完成实施方案", "6月份完成宣传片制作;9月份完成文本;11月完成专家评审", "完成", "10"),
    ("产出指标", "成本指标", "省级宣传片制作费、申报文本编制费、自评估报告编制费", "200万", "195.5万元", "10"),
    ("效益指标", "经济效益 指标", "统筹海绵城市项目谋划", "统筹海绵城市项目谋划", "完成", "10"),
    ("效益指标", "社会效益 指标", "指导城市建设", "指导城市建设", "完成", "10"),
    ("效益指标", "生态效益 指标", "有利于城市生态、韧性发展", "有利于城市生态、韧性发展", "完成", "10"),
    ("满意度指标", "满意度指标", "群众满意度", "满意", "完成", "10"),
]
_L1_164 = {0: 4, 4: 3, 7: 1}
FILINGS.append(dict(
    dir="164-huangshi-haimian-ziping-2022",
    html_title="2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表",
    blocks=[
        ("p", "2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表"),
        ("table", [
            ["项目名称", C(_N164, cs=9)],
            ["主管部门", C("黄石市住房和城乡建设局", cs=3), C("项目实施单位", cs=2), C("黄石市住房和城乡建设局", cs=4)],
            ["项目类别", C("1、部门预算项目 ☑ 2、市直专项", cs=9)],
            ["项目属性", C("1、持续性项目 ☑ 2、新增性项目 □", cs=9)],
            ["项目类型", C("1、常年性项目 □ 2、延续性项目 ☑ 3、一次性项目 □", cs=9)],
            [C("预算执行情况(万元) (20分)", cs=2), "预算数(A)", "执行数(B)", "执行率(B/A)", C("得分 (20分*执行率)", cs=5)],
            [C("年度财政资金总额", cs=2), "200", "195.5", "97.75%", C("19.55", cs=5)],
            [C("年度绩效目标1 (80分)", rs=len(_R164) + 1), "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)",
             C("得分", cs=4)],
        ] + [([C(r[0], rs=_L1_164[i])] if i in _L1_164 else []) + [r[1], r[2], r[3], r[4], C(r[5], cs=4)]
             for i, r in enumerate(_R164)] + [
            ["总分", C("99.55分", cs=9)],
        ]),
    ],
    truth={"projects": [P(_N164, None, "200", "万元", [
        I(l1, l2, n, v, actual=a, score=s) for l1, l2, n, v, a, s in _R164])]},
    notes="""
Place: 黄石市 (Huangshi, Hubei), city level, 黄石市住房和城乡建设局; year 2022 (published 2023-07-21). Hubei is covered; this Huangshi
form is the family of 117 (the city library's 2022 自评表, build half); the unit and its content (a sponge-city bid) are new. (A
per-project self-evaluation, met while looking for Huangshi's monitoring tables.)
Template kind: the Huangshi 项目自评表 (2022): 项目名称 / 主管部门 | 项目实施单位 / 项目类别, 项目属性, 项目类型 (check boxes ☑ □) /
预算执行情况(万元)(20分) 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) / 年度财政资金总额 / 年度绩效目标1 (80分) 一级指标 |
二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 / 总分 / 偏差大或目标未完成原因分析 (cut).
Layout features: NAMES THAT ARE TASKS and targets that are plans or results, not numbers ("完成省级宣传片制作;完成实施方案的编制;…" =
"完成1部宣传片,2套方案"; "上半年完成宣传片制作;下半年完成实施方案" = "6月份完成宣传片制作;9月份完成文本;11月完成专家评审"); targets that
repeat their names (the three 效益 rows); actuals that are one word ("完成", "通过"); money in the 成本 row ("200万" | "195.5万元");
level-2 words with a space ("经济效益 指标"); a score column spanning four columns; a 总分 row ("99.55分").
Truth: one project (项目名称), budget 200 万元 (预算数(A) of 年度财政资金总额 — the form's only budget column; 195.5 is the execution),
unit from "预算执行情况(万元)". Eight indicators, value = 年初目标值(A) as written; value_cells actual (实际完成值(B)) and score (得分).
Truncation: the capture stops inside the 原因分析 text ("…根据合同", cut); that row and the rest are left out.
Reconstruction: the capture prints one row a line, " | " between cells and a run of "|" for the columns a row does not start; the
10-column grid follows the title row (one cell and nine "|"); the 成本指标 row's label is printed on a line of its own (one row);
the spans (得分 over four columns, 年度绩效目标1 over the indicator block, the level-1 words over their rows) are inferred from the
counts of "|".
""",
))

# ---------------------------------------------------------------- 166
_N166 = "车辆购置税收入补助地方资金(普通省道公路建设)"
_R166 = [  # l1, l2, name, target, actual
    (None, "数量指标", "建设普通省道二级公路32.1公里", "20", "20"),
    (None, "质量指标", "建设符合验收要求", "20", "20"),
    (None, "时效指标", "按期完成投资", "10", "10"),
    (None, "经济效益指标", "对经济发展的促进作用", "10", "10"),
    (None, "社会效益指标", "基本公共服务水平", "10", "10"),
    (None, "生态效益指标", "交通建设符合环评审批要求", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "改善通行服务水平群众满意度", "20", "20"),
]
FILINGS.append(dict(
    dir="166-nanchong-langzhong-chegoushui-ziping-2021",
    html_title="中央车购税对地方补助资金绩效目标自评表 (普通省道和农村公路)",
    blocks=[
        ("p", "中央车购税对地方补助资金绩效目标自评表 (普通省道和农村公路)"),
        ("p", "时间:2022-08-17 | 来源:阆中市交通运输局"),
        ("p", "车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评"),
        ("p", "(2021年度)"),
        ("table", [
            ["转移支付(项目)名称", C(_N166, cs=6)],
            ["中央主管部门", C("财政部", cs=6)],
            ["地方主管部门", C("阆中市交通运输局", cs=2), "资金使用单位", C("阆中市交通运输局", cs=3)],
            [C("项目资金\n(万元)", rs=5), C("", cs=2), "全年预算数(A)", "全年执行数(B)", C("预算执行率(B/A)", cs=2)],
            [C("年度资金总额:", cs=2), "4000", "4000", C("100%", cs=2)],
            [C("其中:中央补助", cs=2), "4000", "4000", C("100%", cs=2)],
            [C("地方资金", cs=2), "", "", C("", cs=2)],
            [C("其他资金", cs=2), "", "", C("", cs=2)],
            [C("总体目标完成情况", rs=2), C("总体目标", cs=3), C("全年实际完成情况", cs=3)],
            [C("按计划完成2021年度省道公路建设。", cs=3), C("建设普通省道二级公路32.1公里,保证道路安全畅通。", cs=3)],
            [C("绩效指标", rs=13), "一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
            [C("", rs=5), "数量指标", _R166[0][2], "20", "20", ""],
            ["质量指标", _R166[1][2], "20", "20", ""],
            ["时效指标", _R166[2][2], "10", "10", ""],
            ["成本指标", "", "", "", ""],
            ["……", "", "", "", ""],
            [C("", rs=5), "经济效益\n指标", _R166[3][2], "10", "10", ""],
            ["社会效益\n指标", _R166[4][2], "10", "10", ""],
            ["生态效益\n指标", _R166[5][2], "10", "10", ""],
            ["可持续影响指标", "", "", "", ""],
            ["……", "", "", "", ""],
            [C("满意度指标", rs=2), "服务对象\n满意度指标", _R166[6][2], "20", "20", ""],
            ["……", "", "", "", ""],
            ["说明", C("", cs=6)],
        ]),
        ("p", "注:1.资金使用单位按项目填报,主管部门和财政部门汇总时按区域绩效目标填报。"),
        ("p", "2.其他资金包括与中央财政资金、地方财政资金共同投入到同一项目的自有资金、社会资金,以及以前年度的结转结余资金等。"),
    ],
    truth={"projects": [P(_N166, None, "4000", "万元", [
        I(l1, l2, n, v, actual=a) for l1, l2, n, v, a in _R166])]},
    notes="""
Place: 阆中市 (Langzhong, a county-level city of Nanchong, SICHUAN), 阆中市交通运输局; year 2021 (the form's "(2021年度)"; published
2022-08-17 under 专项资金(涉农补贴)). Sichuan is covered; a central TRANSFER (车辆购置税收入补助地方资金, the vehicle-purchase-tax
road fund) self-evaluated by a county is new.
Template kind: the national 2021 转移支付(项目)绩效目标自评表: 转移支付(项目)名称 / 中央主管部门 / 地方主管部门 | 资金使用单位 / 项目资金(万元)
全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) by 年度资金总额, 其中:中央补助, 地方资金, 其他资金 / 总体目标完成情况 总体目标 | 全年实际完成情况 /
绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施, with "……" rows, a 说明 row and the template's
notes (注:1.资金使用单位按项目填报,主管部门和财政部门汇总时按区域绩效目标填报 …). The page holds two such tables (普通省道 and 农村公路);
the capture stops in the first one's notes.
Layout features: the 指标值 and 全年实际完成值 cells hold SCORE-LIKE NUMBERS, equal pairs ("20" | "20", "10" | "10"; together 100), not
targets with units — the filler seems to have put points in the value columns; one name carries the real target inside it
("建设普通省道二级公路32.1公里"); the LEVEL-1 CELLS of the 产出 and 效益 blocks are EMPTY (no 产出指标 / 效益指标 word in the capture;
only 满意度指标 is written); level-2 labels broken over two lines ("经济效益\\n指标", "服务对象\\n满意度指标"); empty level-2 rows
(成本指标, 可持续影响指标) and "……" rows; the amount label "年度资金总额:" with a colon; execution 100%.
Truth: one transfer, name 车辆购置税收入补助地方资金(普通省道公路建设) (转移支付(项目)名称), budget 4000 万元 (年度资金总额 全年预算数; unit
from "项目资金 (万元)"). Seven indicators: level1 null for the six rows under the empty level-1 cells, 满意度指标 for the last;
level2 as written (line breaks dropped); value = the 指标值 cell as written ("20", "10"); value_cells actual (全年实际完成值). The
empty 成本指标 and 可持续影响指标 rows and the "……" rows are not indicators.
Truncation: the capture stops in the third template note ("3.全年执行数是指按照国库集中支付制度要", cut); that note and the second
table (农村公路) are left out.
Reconstruction: the capture glues each row's cells into one line and ends rows with runs of empty lines; cells are split by the
header's columns: "数量指标建设普通省道二级公路32.1公里2020" is 数量指标 | 建设普通省道二级公路32.1公里 | 20 | 20 — an inference (the name
could end before "32.1公里", but every other row has exactly two numbers after its name, and the pairs add up to 100);
"年度资金总额:40004000100%" is 4000 | 4000 | 100%. The goal line is split into 总体目标 "按计划完成2021年度省道公路建设。" and 全年实际完成情况
"建设普通省道二级公路32.1公里,保证道路安全畅通。" — an inference (it could be one cell). The empty level-1 cells are taken as spanning
the template's blocks (5, 5 rows), 满意度指标 as spanning its row and the "……" below; the "……" cells are put in the level-2
column; the spans of the money block and the empty 说明 cell are inferred. The page's breadcrumb, index lines and the date and source
line's neighbours are left out except the title and the date line.
""",
))

# ---------------------------------------------------------------- 168
_G168 = ("目标1:把教学放在首位,一切为教学服务,提高师生整体素质。\n目标2:保障在职人员89人、离退休人员26人的正常办公、生活秩序。\n"
         "目标3改善办学条件,美化教学环境,添置教学设备,重视人才培养,提高教学质量。")
_O168 = ("质量指标:学校的教育教学秩序良好,校园文化建设深受好评,力争毕业生合格率达100%\n时效指标:按时完成教学任务,顺利完成中考。\n"
         "成本指标:全年预算全额用于保障教育教学。")
_E168 = ("经济效益指标:完成初中学历教育,收支平衡,确保全年未发生一起安全事故,师生犯罪率为零,校园安全,稳定、文明、和谐。\n"
         "社会效益指标:学校的教学秩序良好,中考成绩进一步稳定,深入推进教学改革,倡导教师用心反思,关注细节,发挥智慧,注重教学行为督查,"
         "构建校园安全文明、稳定、和谐。\n环境效益指标:学校绿化覆盖达70%,优化校园生态环境。\n"
         "可持续影响指标:以提高人才培养质量为核心,全力打造学校育人品牌,稳定城区生源,培养合格公民。")
FILINGS.append(dict(
    dir="168-hengyang-nanyue-shiyanzhongxue-zhengti-2017",
    html_title="南岳区实验中学(南岳区第二中学)部门整体支出绩效目标申报表",
    blocks=[
        ("p", "南岳区实验中学(南岳区第二中学)"),
        ("p", "部门整体支出绩效目标申报表"),
        ("p", "部门整体支出绩效目标申报表"),
        ("p", "2017 年度)"),
        ("p", "填报单位(盖章)                             单位负责人(签名):"),
        ("table", [
            ["部门名称", C("南岳区实验中学", cs=3)],
            [C("年度预算申请\n(万元)", rs=3), C("资金总额:704", cs=3)],
            [C("按收入性质分", cs=2), "按支出性质分"],
            [C("公共财政拨款:683\n政府性基金拨款:\n纳入专户管理的非税收入拨款:21\n其他资金:", cs=2), "基本支出:622\n项目支出:82"],
            ["部门职能职责概述", C("贯彻执行国家方针政策,实施初中义务教育,促进基础教育发展。", cs=3)],
            ["整体绩效目标", C(_G168, cs=3)],
            [C("部门整体支出\n年度绩效指标", rs=2), "产出指标", C(_O168, cs=2)],
            ["效益指标", C(_E168, cs=2)],
        ]),
    ],
    truth={"projects": [P("南岳区实验中学", None, "704", "万元", [])]},
    notes="""
Place: 衡阳市南岳区 (Nanyue district, Hengyang, Hunan), 南岳区实验中学 (南岳区第二中学), a junior middle school; year 2017 (the form's
"2017 年度)"; published 2017-11-23, archived 2023-04-02). Hunan and Nanyue are covered (13, 27, 29: project forms); a school's 2017
department-wide target form is new.
Template kind: the Hunan 2017 部门整体支出绩效目标申报表 (the family of 167, build half, in another capture): 填报单位(盖章) | 单位负责人
(签名) / 部门名称 / 年度预算申请(万元) 资金总额 / 按收入性质分 (公共财政拨款, 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金) | 按支出
性质分 (基本支出, 项目支出) / 部门职能职责概述 / 整体绩效目标 / 部门整体支出 年度绩效指标 by 产出指标 and 效益指标, the items written
"质量指标:…", "经济效益指标:…".
Layout features: the budget INSIDE ITS LABEL CELL ("资金总额:704") and its parts likewise ("公共财政拨款:683", "纳入专户管理的非税收入拨款:21",
"基本支出:622", "项目支出:82"); EVERY INDICATOR A SENTENCE after its level-2 word and a colon, the numbers buried in it ("力争毕业生
合格率达100%", "学校绿化覆盖达70%", "社区满意度95%以上"); no level-3 names, no target cells; a title line that lost its opening
parenthesis ("2017 年度)"); the title printed twice.
Truth: one department 南岳区实验中学 (部门名称), budget 704 万元 (资金总额; unit from "年度预算申请 (万元)"). NO INDICATORS: each item is
one text naming its level 2 and describing the aim, with no target cell of its own (by the corpus's rule, not an indicator).
Truncation: the capture stops inside the last item ("服务对象满意度指标:社区满意度95%以上,家长满", cut); that item is left out.
Reconstruction: the capture prints one paragraph per cell, so cell boundaries inside the money block and the indicator block are
not visible: the income items are taken as one cell and the spending items as another (they come as two runs, not interleaved),
the blank paragraphs after them left out; the indicator items of each level 1 as one cell with line breaks (the template's
layout, as in 167) — an inference; all spans are inferred. The page's archive, date and source lines are left out.
""",
))
