# Hand transcription of the HELD-OUT half of g11j's part of the eleventh round of
# real filings (issue 21: the even numbers from 500 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 500
_R500 = [  # level1, level2, name, 年度指标值, 实际完成值
    ("产出指标(50 分)", "数量指标", "资助学生人数", "3018", "3018"),
    ("产出指标(50 分)", "质量指标", "职业技术能力鉴定达标率", "98%", "98%"),
    ("产出指标(50 分)", "时效指标", "预算执行率", "100%", "100%"),
    ("产出指标(50 分)", "成本指标", "严格成本控制", "100%", "100%"),
    ("效益指标(30 分)", "经济效 益指标", "中职帮扶常态化", "100%", "100%"),
    ("效益指标(30 分)", "社会效 益指标", "M轻学生家庭经济负担", "1%", "100%"),
    ("效益指标(30 分)", "生态效 益指标", "所有开支句环保无公害", "100%", "100%"),
]


def _rows500():
    out = []
    for i, r in enumerate(_R500):
        row = []
        if i == 0:
            row += [C(r[0], rs=4)]
        if i == 4:
            row += [C(r[0], rs=3)]
        row += [r[1], r[2], r[3], r[4]]
        if i == 0:
            row += [C("50", rs=4), C("", rs=4)]
        if i == 4:
            row += [C("30", rs=3), C("", rs=3)]
        out.append(row + [""])
    return out


FILINGS.append(dict(
    dir="500-yiyang-gaoji-jigong-zhongzhi-mianxuefei-ziping-2021",
    html_title="2021年度项目支出绩效自评表",
    blocks=[
        ("p", "2021年度项目支出绩效自评表"),
        ("table", [
            ["项目名称", C("2021年中职免学费市级配套资金", cs=8)],
            ["主管部门", C("益阳市教育局", cs=3), "实施单位", C("益阳高级技工学校", cs=4)],
            [C("项目资金 (万元)", rs=5), C("", cs=2), "年初 预算数", "全年 预算数", "全年 执行数", "分值", "执行率", "得分"],
            [C("年度资金总额", cs=2), "593.27", "593.27", "448.64", "10", "76%", "10"],
            [C("其中:当年财政拨款", cs=2), "593.27", "593.27", "448.64", "", "", ""],
            [C("上年结转资金", cs=2), "", "", "", "", "", ""],
            [C("其他资金", cs=2), "", "", "", "", "", ""],
            [C("年度总体 目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C("弥补学校运转经费缺口", cs=4), C("全部用于学校运转经费", cs=4)],
            [C("绩 效 指 标", rs=8), "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分", "偏差原因分析 及改进措施"],
        ] + _rows500()),
    ],
    truth={"projects": [P("2021年中职免学费市级配套资金", None, "593.27", "万元",
                          [I(l1, l2, n, v, actual=a) for l1, l2, n, v, a in _R500])]},
    notes="""
Place: 益阳市 (Yiyang, HUNAN), city level: 益阳高级技工学校 (the city's senior technical school, a secondary vocational school) as 实施单位,
益阳市教育局 as 主管部门; project 2021年中职免学费市级配套资金 (the city's matching share of the tuition waiver for secondary vocational
students, used, as the goal says, to fill the school's running-cost gap), year 2021. Captured from a document-sharing site (优知文库,
m.yzwku.com: the text layer of an uploaded "2021年度项目支出绩效自评表.docx"). Yiyang is covered (Nanxian, held-out 52 and 461); a
technical school and the 中职免学费 matching fund are new (乐昌 held-out14 282 is a Guangdong 中职 transfer; 廊坊 09 a school's own
project).
Template kind: the national 2021 项目支出绩效自评表 (the form of 11, 77): 项目名称 / 主管部门 | 实施单位 / 项目资金(万元) 年初预算数 |
全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 | 其中:当年财政拨款 | 上年结转资金 | 其他资金 / 年度总体目标 预期目标 |
实际完成情况 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
Layout features: the document site's text layer GLUES every cell into one paragraph with no separators ("年度资金总额593.27593.27448.64
1076%10", "资助学生人数3018301850"), with the site's chunk markers "1、" and "2、" at the starts of its chunks (the "2、" falls inside a
name: "预算" / "2、执行率"); the level-1 cells carry their points ("产出指标(50 分)", "效益指标(30 分)"); the points printed ONCE per
block after the block's first row (50 after the first output row, 30 after the first benefit row: block-level cells spanning the
rows); cells with a line break printed with a space ("年初 预算数", "经济效 益指标"); OCR slips in names kept as written
("M轻学生家庭经济负担" for 减轻, "所有开支句环保无公害"); a target below its actual on a rate ("1%" | "100%"); an execution of 76%
(448.64 of 593.27) scored 10 of 10, as written; the side label 绩 效 指 标 printed a second time before the last (cut) row, where the
table runs onto the document's next page.
Truth: one project, name = the 项目名称 cell "2021年中职免学费市级配套资金", budget 593.27 (年度资金总额: 年初预算数 and 全年预算数 agree),
money_unit 万元 (from "项目资金 (万元)"). Seven indicators: value = 年度指标值, value_cells.actual = 实际完成值. The block points (50, 30)
are not put in any indicator's value_cells: they belong to a block, not to a row, and whether the 50 stands in 分值 or 得分 cannot be
told from the glued text.
INFERRED (the glued digits): "593.27593.27448.641076%10" split as 593.27 | 593.27 | 448.64 | 10 | 76% | 10 (two decimals per amount;
76% is 448.64 / 593.27 rounded, which fixes 10 | 76% | 10 around it); "3018301850" as 3018 | 3018 | 50 (equal target and actual, and
50 the output block's points, matching the level-1 label "(50 分)"; the "30" after 中职帮扶常态化's "100%100%" likewise the benefit
block's 30 points). The name 预算执行率 is joined across the site's chunk marker "2、" ("预算" / "2、执行率"): the site's chunks follow
each other without loss (chunk 2 goes on with the same row's targets), so nothing stands between the two halves; a reviewer may weigh it.
The points placed in the 分值 column spanning each block, 得分 left empty beside them: INFERRED.
Truncation: the capture stops in the 可持续影响指标 row ("满意", cut): that row (with the repeated side label) and the rest (满意度指标,
总分) are left out of every file; the side label's span ends at the last reproduced row. The document site's boilerplate lines (upload
data, page images "第1页 / 共8页", "由会员分享") are left out.
Reconstruction: INFERRED throughout from the order of the glued cells in the national form's usual shape: nine columns (the side label,
three level columns, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施); the money rows' labels over two columns; 项目资金 over the
five money rows; the goal row's two texts over four columns each; 产出指标 over four rows, 效益指标 over three; the empty money cells of
the lower rows and the empty 偏差原因 column as printed (nothing between the glued values).
""",
))

# ---------------------------------------------------------------- 502
_R502 = [  # 目标名称, 目标值, 评价指标, 标准值, 目标完成值, 评价指标值, 权重分值, 评分规则, 得分
    ("1.预算投入资金", "6475", "预算完成率", "100%", "6475", "100%", "1", "预算完成率超出正负10%不得分", "1"),
    ("2.实际到位资金", "6475", "资金到位率", "100%", "6475", "100%", "1", "实际到位资金/预算投入资金≠100%则不得分", "1"),
    ("3.实际支出", "6475", "实际支出率", "100%", "6475", "100%", "1", "实际支出率≠100%则不得分", "1"),
    ("4.专款专用资金", "6475", "专款专用率", "100%", "6475", "100%", "1", "专款专用率≠100%则不得分", "1"),
    ("1.资金管理情况", "专账核算", "项目资金管理要求", "", "专账核算", "项目资金管理要求", "2",
     "专账核算资金/实际投入资金*100%≠100%则不得分", "2"),
    ("2.财务管理", "支出符合财务管理制度规定", "财务管理规范度", "100%", "符合财务管理制度规定", "财务管理规范度", "2",
     "支出手续不完备酌情扣分,支出不符合项目要求不得分", "1.5"),
    ("3.项目管理情况", "(1)成立管理组织;(2)季度督导、半年度考核、年度考核;(3)季度通报", "组织管理规范度", "100%",
     "有组织制度、考核制度、通报", "有", "2", "查阅资料", "2"),
    ("居民电子健康档案建档数", "941250份", "居民电子健康档案建档率=建立电子健康档案人数/辖区内常住居民数*100%", "≥75%", "1024410",
     "81.74%", "5", "查阅资料,根据评价指标得分,≥70%得3分,≥65%得1分,<65%不得分", "5"),
    ("0-6岁儿童健康管理数", "56950人",
     "儿童健康管理率=年度辖区内接受1次及以上随访的0-6岁儿童数/年度辖区内应管理的0-6岁儿童数*100%", "≥90%", "68890", "99.83%", "5",
     "查阅资料,根据评价指标得分,≥85%得3分,≥80%得1分,<80%不得分", "5"),
]


def _head502(t):
    return [t] + [""] * 8


def _ind502(r):
    cells = dict(actual=r[4], weight=r[6], score=r[8], measure=r[2], measure_actual=r[5], rule=r[7])
    if r[3]:
        cells["standard"] = r[3]
    return I(None, None, r[0], r[1], **cells)


FILINGS.append(dict(
    dir="502-wuxi-yixing-jiben-gonggong-weisheng-pingjia",
    html_title="绩效目标设置情况",
    blocks=[
        ("table", [
            [C("绩效目标设置情况", cs=4), C("绩效目标完成情况", cs=5)],
            ["目标名称", "目标值", "评价指标", "标准值", "目标完成值", "评价指标值", "权重分值", "评分规则", "得分"],
            _head502("一、投入目标"),
        ] + [list(r) for r in _R502[:4]] + [
            _head502("二、管理目标"),
        ] + [list(r) for r in _R502[4:7]] + [
            _head502("三、产出目标"),
            _head502("1.数量目标"),
        ] + [list(r) for r in _R502[7:]]),
    ],
    truth={"projects": [P(None, None, None, None, [_ind502(r) for r in _R502])]},
    notes="""
Place: 宜兴市 (Yixing, a county-level city of WUXI, JIANGSU); the page is on the city government's site (yixing.gov.cn), published
2017-04-20 (from the address /doc/2017/04/20/). The unit, the project and the year are not in the capture: the indicators (居民电子健康
档案建档数, 0-6岁儿童健康管理数, then 孕产妇健康管理 where it is cut) are those of the 国家基本公共卫生服务项目 (basic public health
services), so the project is INFERRED to be the city's basic public health service fund and the year evaluated 2016 (published in
April 2017); neither is put in the truth. Jiangsu has 05 (镇江, 2015-style 项目绩效公开) and 401 (苏州); Wuxi / Yixing and this form are
new to the corpus.
Template kind: a Jiangsu (Wuxi) county-level 绩效目标 evaluation grid of nine columns in two groups: 绩效目标设置情况 (目标名称 | 目标值 |
评价指标 | 标准值) and 绩效目标完成情况 (目标完成值 | 评价指标值 | 权重分值 | 评分规则 | 得分), the targets arranged in a 投入/管理/产出
tree written as HEADING ROWS in the name column ("一、投入目标", "二、管理目标", "三、产出目标", then "1.数量目标"), each heading row
with eight empty cells; no level columns.
Layout features: every row carries TWO paired measures: the target (目标名称 with its 目标值, completed as 目标完成值) and an evaluation
indicator derived from it (评价指标 with its 标准值, completed as 评价指标值), e.g. 居民电子健康档案建档数 941250份 → 1024410, and
建档率 ≥75% → 81.74%; the input targets are bare amounts (6475, no unit: presumably 万元, not stated); text targets and actuals in the
管理 block (专账核算, (1)成立管理组织;(2)…); a 评价指标值 that repeats the measure's name (项目资金管理要求, 财务管理规范度) or says "有";
an empty 标准值 (资金管理情况); formulas as measure names ("…建档率=建立电子健康档案人数/辖区内常住居民数*100%"); scoring rules with
comparators in a column of their own (≥70%得3分 …); a fractional score (1.5); names numbered "1." … "4." within each block.
Truth: one project with NO name, budget or unit (the capture starts at the grid's header: no 项目名称 and no money block; 预算投入资金
6475 is a target row of the 投入目标 block, not a budget field, and its unit is not printed). Nine indicators: name = 目标名称 as written
(with its number), value = 目标值; value_cells.actual = 目标完成值, weight = 权重分值, score = 得分, and, unscored, measure = 评价指标,
standard = 标准值 (left out where empty), measure_actual = 评价指标值, rule = 评分规则. Levels null: the form has no level columns, and
the heading rows are not level cells (a reader may argue for 投入目标 / 管理目标 / 产出目标 as level 1 and 数量目标 as level 2).
INFERRED (a convention, not a certainty): the 目标名称 | 目标值 pair is the indicator and its target, as the header names them under
绩效目标设置情况; the 评价指标 | 标准值 pair is taken as the measure by which that target is scored. A reader who takes the evaluation
indicator for the indicator would expect 预算完成率 100% and so on; the truth keeps those cells in value_cells.
Truncation: the capture stops at the next row's name ("孕产妇健康管理", cut before its target): that row and the rest of the grid (more
数量目标 rows, the 质量/时效/效益 blocks, the total) are left out of every file. Whatever stood above the grid (title, unit, project, money)
is not in the capture.
Reconstruction: the capture prints every cell on its own line followed by a line "|" (an empty cell prints as a "|" line alone); each
row prints nine cells, but the first prints two: INFERRED that 绩效目标设置情况 spans the first four columns and 绩效目标完成情况 the
last five (the only grouping with no cell left over; 权重分值, 评分规则 and 得分 under 完成情况 is a reading). The heading rows print
their heading and eight empty cells, and are reproduced so.
""",
))

# ---------------------------------------------------------------- 504
FILINGS.append(dict(
    dir="504-yongzhou-lingling-jikong-zhengti-ziping-2021",
    html_title="部门整体支出绩效自评表(4)",
    blocks=[
        ("table", [
            [C("部门整体支出绩效自评表", cs=8)],
            [C("(2021年度)", cs=8)],
            [C("区级预算单位名称", cs=2), C("永州市零陵区疾病预防控制中心", cs=6)],
            [C("年度预算申请(万元)", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [C("年度资金总额", cs=2), "2456.18", "2456.18", "2456.18", "10", "100%", "10"],
            [C("按收入性质分:2456.18", cs=4), C("按支出性质分:2456.18", cs=4)],
            [C("其中:一般公共预算:2456.18", cs=4), C("其中:基本支出:2299.98", cs=4)],
            [C("政府性基金拨款:", cs=4), C("项目支出:156.2", cs=4)],
            [C("纳入专户管理的非税收入拨款:", cs=4), C("", cs=4)],
            [C("其他资金:", cs=4), C("", cs=4)],
        ]),
    ],
    truth={"projects": [P("永州市零陵区疾病预防控制中心", None, "2456.18", "万元", [])]},
    notes="""
Place: 永州市零陵区 (Lingling district, YONGZHOU, HUNAN), district level: 永州市零陵区疾病预防控制中心 (the district's centre for disease
control) as 区级预算单位名称; year 2021 ("(2021年度)"). Captured from a document-sharing site (优知文库, m.yzwku.com: the text layer of
an uploaded "部门整体支出绩效自评表(4).docx", 15 pages, the preview stopping after page 10). The same Hunan form as 45 (零陵区林业局
2021, another unit of the same district); the disease-control centre is new to the corpus (53 石嘴山, held-out 52 南县, 281 邵阳 are
other 疾控 filings of other places and forms).
Template kind: the Hunan 部门整体支出绩效自评表 (2021) of 45: (区级)预算单位名称 / 年度预算申请(万元) 年初预算数 | 全年预算数 | 全年执行数 | 分值
| 执行率 | 得分 over 年度资金总额 / income and spending side by side (按收入性质分: | 按支出性质分:, 其中:一般公共预算: | 其中:基本支出:,
政府性基金拨款: | 项目支出:, 纳入专户管理的非税收入拨款:, 其他资金:) / 年度总体目标 预期目标 | 实际完成情况 / indicator rows.
Layout features: the document site's text layer GLUES every cell into one paragraph ("年度资金总额2456.182456.182456.1810100%10"), with
its chunk markers "1、", "2、"; the amounts inside the label cells after their colons ("按收入性质分:2456.18", "其中:基本支出:2299.98",
"项目支出:156.2"), empty labels ("政府性基金拨款:", "其他资金:"); the label 区级预算单位名称 (45 has it cut to "级预算单位名称"); OCR
slips in the goal text ("接种率290%" for ≥90%, "完成率280%" for ≥80%, "70%o").
Truth: one department, name = the 区级预算单位名称 cell "永州市零陵区疾病预防控制中心", budget 2456.18 (年度资金总额's 年初预算数; 全年预算数
and 全年执行数 agree), money_unit 万元 (from "年度预算申请(万元)"). NO INDICATORS: the capture stops before the indicator rows.
INFERRED (the glued digits): "2456.182456.182456.1810100%10" split as 2456.18 | 2456.18 | 2456.18 | 10 | 100% | 10 (two decimals per
amount; an execution of 100% means the three amounts are equal; 10 | 100% | 10 the form's 分值 | 执行率 | 得分); "2299.98" and "156.2"
add up to 2456.18, which confirms the spending split.
Truncation: the capture stops inside the goal text ("4:进一步减少结核病感染", cut, across the chunk marker "2、"): the 年度总体目标 rows
(the goal, cut, and its 实际完成情况, not reached) and everything after (the indicator grid) are left out of every file. The document
site's boilerplate lines (upload data, page images, "由会员分享") are left out.
Reconstruction: INFERRED in the shape of 45 (same form, same district, same year): eight columns; the title and the year as rows over
the width; the name label over two columns and the name over six; the money caption over two columns; the income and spending
labels each over four columns, the empty cells beside 纳入专户管理的非税收入拨款: and 其他资金: as in 45.
""",
))
