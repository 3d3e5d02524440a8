# Hand transcription of the HELD-OUT half of the seventh round of real filings
# gathered by gatherD (issue 21: the even numbers from 200 on, see
# testdata/real/_build.py).  Not for tuning: these filings are scored once, at the
# end, by the lead.  Every string is copied from that folder's source.txt; nothing
# is invented; cut-offs and inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 200
_L200P = "顼目产出(30分)"
_L200E = "项目效益(35分)"
_R200 = [  # level1, level2, name, weight, target, actual, score
    (_L200P, "数量指标(10分)", "保障人数", "10", "2370人", "2370人", "IO"),
    (_L200P, "质量指标(5分)", "公用经费标准", "5", "符合相关文件要求", "符合相关文件要求", "5"),
    (_L200P, "时效指标(5分)", "公用经费完成时间", "5", "2021年12月完成", "2021年12月完成", "4"),
    (_L200P, "成本指标(10分)", "办公所需成本", "4", "15万元", "15万元", "4"),
    (_L200P, "成本指标(10分)", "维修(维护)所需成本", "3", "35万元", "35万元", "3"),
    (_L200P, "成本指标(10分)", "绿化、水电费等成本", "3", "M.8万元", "14.8万元", "3"),
    (_L200E, "社会效益指标", "效果显著", "15", "改善学校的办学条件", "改善学校的办学条件", "13"),
    (_L200E, "可持续影响指标", "使学生和老师行个更好的学习和工作环境,做到", "10", "社会认可的办学环境.", "社会认可的办学环境.", "8"),
]


def _row200(r):
    return [r[2], r[3], r[4], r[5], r[6], ""]


def _empty200(name):
    return [name, "", "", "", "", ""]


FILINGS.append(dict(
    dir="200-yinchuan-liuzhong-gongyong-ziping-2021",
    html_title="银川市本级部门项目支出绩效自评表",
    blocks=[
        ("p", "银川市本级部门项目支出绩效自评表(2021年)"),
        ("table", [
            ["项目名称", C("初中公用经费", cs=3), "主管部门", C("银川市教育局", cs=3)],
            ["实施第位", C("银川市第六中学", cs=3), "自评得分", "98", "财政审1度评分", ""],
            [C("项Fl资金(万兀)", rs=2), C("年度资金总额", rs=2, cs=2), "年初预匏数", "调整预算将,A、", "全年执行数(B)", C("执行率(B/A)", cs=2)],
            ["64.8", "64.8", "64.8", C("100%", cs=2)],
            ["年度总体r二", "年初设定目标", C("保障学校正常工作运行", cs=2), C("年度总体目标完成情况", cs=2), C("公,4", cs=2)],
            ["一级指标", "二级指标", "三级指标", "考值参分", "指标值(八)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
            [C("项目决策(10分)", rs=4), "项目目标", "完整性", "4", "一", "目标明确、内容细化、目标量化", "4", ""],
            [C("项目立项", rs=3), "相关性", "2", "一", "按照学校管理标准对学校进行管理", "2", ""],
            ["可行性", "2", "", "实际工作需求", "2", ""],
            ["适当性", "2", "", "有资金测第标准", "2", ""],
            [C("项目管理(25分)", rs=4), "投入管理", "预算执行率", "10", "一", "100%", "9", ""],
            ["财务管理", "财务管理制度有效性", "7", "一", "财务制度健全,严格执行制度,会计核算规范", "7", ""],
            [C("项Fl实施", rs=2), "绩效监控有效性", "2", "一", "持续有效", "2", ""],
            ["管理制度有效性", "6", "-", "严格执行相关管理制度", "6", ""],
            [C(_L200P, rs=9), C("数量指标(10分)", rs=2)] + _row200(_R200[0]),
            _empty200("指标2:"),
            [C("质量指标(5分)", rs=2)] + _row200(_R200[1]),
            _empty200("指标2:"),
            [C("时效指标(5分)", rs=2)] + _row200(_R200[2]),
            _empty200("指标2:"),
            [C("成本指标(10分)", rs=3)] + _row200(_R200[3]),
            _row200(_R200[4]),
            _row200(_R200[5]),
            [C(_L200E, rs=7), C("经济效益指标", rs=2)] + _empty200("指标1:"),
            _empty200("指标2:"),
            ["社会效益指标"] + _row200(_R200[6]),
            [C("生态效益指标", rs=2)] + _empty200("指标L"),
            _empty200("指标2:"),
            [C("可持续影响指标", rs=2)] + _row200(_R200[7]),
            _empty200("指标2:"),
        ]),
    ],
    truth={"projects": [P("初中公用经费", None, "64.8", "万元", [
        I(l1, l2, n, v, weight=w, actual=a, score=s) for l1, l2, n, w, v, a, s in _R200])]},
    notes="""
Place: 银川市第六中学 (No. 6 Middle School of Yinchuan, NINGXIA), a city school under 银川市教育局; city level; year 2021 (the title's
"(2021年)"). Captured from a document-sharing site (yzwku.com) that shows the .docx ("银川市本级部门项目支出绩效自评表.docx", 5 pages)
as a glued text layer recognised from page images. Ningxia is covered (04, 43, 53, 115); Yinchuan and its city-level self-evaluation
form are new.
Template kind: 银川市本级部门项目支出绩效自评表 (Yinchuan 2021): 项目名称 | 主管部门 / 实施单位 | 自评得分 | 财政再评分 / 项目资金(万元)
年度资金总额 年初预算数 | 调整预算数(A) | 全年执行数(B) | 执行率(B/A) / 年度总体目标 年初设定目标 | 年度总体目标完成情况 / an
EVALUATION TREE 一级指标 | 二级指标 | 三级指标 | 参考分值 | 指标值(A) | 全年实际值(B) | 得分 | 未完成原因分析及改进措施 with 项目决策 (10分),
项目管理 (25分), 项目产出 (30分), 项目效益 (35分) — the process levels 决策/管理 before the 产出/效益 indicators, "指标1:"/"指标2:" slots.
Layout features: OCR SLIPS kept as written — "实施第位" (实施单位), "财政审1度评分", "项Fl资金(万兀)" (项目资金(万元)), "年初预匏数",
"调整预算将,A、" (调整预算数(A)), "年度总体r二" (年度总体目标), "公,4", "考值参分" for the 参考分值 caption (scrambled), "指标值(八)" for
指标值(A), "项Fl实施", "顼目产出(30分)" for 项目产出, "有资金测第标准", a score "IO" (10), a target "M.8万元" beside the actual 14.8万元
(the target's "14" lost, it seems: kept), "指标L" for 指标1:; the process rows (项目决策, 项目管理) hold a dash ("一", "-") as 指标值 and
their text in 全年实际值; a weight column BEFORE the target; points in the level cells ("数量指标(10分)").
Truth: one project 初中公用经费 (项目名称), budget 64.8 万元 (年度资金总额: 年初预算数, 调整预算数 and 全年执行数 all 64.8; the unit
read from the OCR'd "(万兀)" as 万元, an inference). EIGHT INDICATORS, the 产出 and 效益 rows with a target: level1 and level2 as
captured with their points, name = 三级指标, value = 指标值(A); value_cells weight (参考分值), actual (全年实际值(B)), score (得分). NOT
indicators: the eight 项目决策/项目管理 rows (their 指标值 is a dash or empty: no target), the empty "指标1:"/"指标2:"/"指标L" slots.
Truncation: the capture stops in the satisfaction row ("服务对象满意度指标(10分)学生和老", cut); it is left out, and the span of
项目效益 ends at the last reproduced row.
Reconstruction: the capture LOST EVERY SEPARATOR (one glued run broken only by the site's page markers "1、", "2、", "3、", left out;
the words they cut are joined: "投入管理 | 预算执行率", "社会效益|指标"). Cells are split by the header's column order, and the splits
are INFERENCES: a weight after each name, then target, actual, score — "保障人数102370人2370人IO" = 保障人数 | 10 | 2370人 | 2370人 | IO,
"公用经费完成时间52021年12月完成…4" = … | 5 | 2021年12月完成 | … | 4, "办公所需成本415万元15万元4" = … | 4 | 15万元 | 15万元 | 4; the
weights then add up to the level-2 points (10, 5, 5, 4+3+3 = 10) and the process weights to 10 and 25, which bears the split out.
"效果显著15改善学校的办学条件改善学校的办学条件13" is read as name 效果显著 | 15 | target | actual | 13 (the name could also be lost and
效果显著 a target); "使学生和老师行个更好的学习和工作环境,做到10社会认可的办学环境.…8" as name | 10 | target | actual | 8. The process
names are split into level 2 and level 3 (项目目标 | 完整性, 项目立项 | 相关性 / 可行性 / 适当性, 投入管理 | 预算执行率, 财务管理 | 财务管理
制度有效性, 项Fl实施 | 绩效监控有效性 / 管理制度有效性) by inference; 可行性 and 适当性 have no dash (their 指标值 cell is taken as
empty). The header cells: 实施单位's value 银川市第六中学 printed after 财政审1度评分 in the capture is put beside its label (an
inference), the 财政再评分 value is empty; the money block's labels come first and its four values after (年度资金总额 taken as a
two-row label); "64.864.864.8100%" is split as 64.8 | 64.8 | 64.8 | 100%. Every span and the 8-column grid are inferred; the site's
sharing notes are left out.
""",
))

# ---------------------------------------------------------------- 202
_R202 = [  # level1, level2, name, target, actual, weight, score
    ("产出指标", "数量指标", "更新剧团老化、损坏的音", "50件", "50件", "20", "20"),
    ("产出指标", "数量指标", "望新点胸艮必具", "100件", "100件", "20", "20"),
    ("产出指标", "质量指标", "音响、灯光、道具、服装 质量等", "合格", "合格", "20", "20"),
    ("产出指标", "成本指标", "演出设备成本件/件", "2万元", "2万元", "20", "18"),
    ("满意度 指标", "服务对象 满意度指 标", "演出人员满意度", "100%", "100%", "20", "20"),
]


def _row202(r):
    return [r[2], r[3], r[4], r[5], r[6], ""]


def _money202(total, part):
    """The money block of one project: caption row, total, parts."""
    return [
        [C("项目资金 (万元)", rs=5), C("", cs=2), "年初预算数", "全年预算数", "全年执行", "分值", "执行率", "得分"],
        [C("年度资金总额", cs=2)] + total,
        [C("其中:当年财政拨款", cs=2)] + part,
        [C("上年结转资金", cs=2), "", "", "", "", "", ""],
        [C("其他资金", cs=2), "", "", "", "", "", ""],
    ]


_HEAD202 = ["一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分 值", "得 分"]
FILINGS.append(dict(
    dir="202-wuhan-xinzhou-chujutuan-ziping-2020",
    html_title="项目支出绩效自评表",
    blocks=[
        ("p", "项目支出绩效自评表"),
        ("p", "(2020 年度)"),
        ("table", [
            ["项目名称", C("演出设备更新专项经费", cs=8)],
            ["主管部门", C("新洲区楚剧团", cs=3), "实施单位", C("新洲区文化和旅游局机关", cs=4)],
        ] + _money202(["30", "30", "", "10", "100%", ""], ["30", "30", "30", "", "100%", ""]) + [
            [C("年度 总体 目标", rs=2), C("预期目标", cs=5), C("实际完成情况", cs=3)],
            [C("更新剧团老化、损坏的音响、灯光、道具、服装等设备, 并添置一些新剧目所必需的演出设备。", cs=5), C("已完成", cs=3)],
            [C("绩 效 指 标", rs=16)] + _HEAD202 + ["偏差原因分析 及改进措施"],
            [C("产出指标", rs=8), C("数量指标", rs=2)] + _row202(_R202[0]),
            _row202(_R202[1]),
            [C("质量指标", rs=2)] + _row202(_R202[2]),
            ["指标2:", "", "", "", "", ""],
            [C("时效指标", rs=2), "指标1:", "", "", "", "", ""],
            ["指标2:", "", "", "", "", ""],
            [C("成本指标", rs=2)] + _row202(_R202[3]),
            ["指标2:", "", "", "", "", ""],
            [C("效益指标", rs=5), C("经济效益 指标", rs=2), "指标1:", "", "", "", "", ""],
            ["指标2:", "", "", "", "", ""],
            [C("社会效益 指标", rs=3), "指标1:", "", "", "", "", ""],
            ["指标2:", "", "", "", "", ""],
            ["指标2:", "", "", "", "", ""],
            [C("满意度 指标", rs=2), C("服务对象 满意度指 标", rs=2)] + _row202(_R202[4]),
            ["指标2:", "", "", "", "", ""],
            [C("总分", cs=6), "100", "98", ""],
        ]),
        ("table", [
            ["项目名称", C("中青年演员培训经费", cs=8)],
            ["主管部门", C("新洲区楚剧团", cs=3), "实施单位", C("新洲区文化和旅游局机关", cs=4)],
        ] + _money202(["40", "40", "40", "10", "100%", ""], ["40", "40", "40", "", "100%", ""]) + [
            [C("年度 总体 目标", rs=2), C("预期目标", cs=5), C("实际完成情况", cs=3)],
            [C("请省市艺术专家驻团培训,送优秀青年演员到省市专业院 团随团培训。", cs=5), C("已完成", cs=3)],
            ["绩 效 指 标"] + _HEAD202 + ["偏差原因分析 及改进"],
        ]),
    ],
    truth={"projects": [
        P("演出设备更新专项经费", None, "30", "万元", [
            I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _R202]),
        P("中青年演员培训经费", None, "40", "万元", []),
    ]},
    notes="""
Place: 武汉市新洲区 (Xinzhou district, Wuhan, Hubei), district level, 新洲区楚剧团 (the district's Chu opera troupe) with 新洲区文化和
旅游局机关 (the labels say so, the two names seemingly swapped: kept); year 2020 (the form's "(2020 年度)"). Captured from a document-
sharing site (taowenge.com) that shows the .docx ("……项目支出绩效自评表.docx", 4 pages) as a glued text layer. Hubei and Wuhan are covered
(21, 23 are 青山区); 新洲区, a troupe and a culture project are new.
Template kind: the national 项目支出绩效自评表 (2020 layout) as Wuhan districts used it, TWO PROJECTS ON ONE PAGE: 项目名称 / 主管部门 | 实施
单位 / 项目资金(万元) 年初预算数 | 全年预算数 | 全年执行(数) | 分值 | 执行率 | 得分 by 年度资金总额, 其中:当年财政拨款, 上年结转资金, 其他资金 /
年度总体目标 预期目标 | 实际完成情况 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施,
"指标1:"/"指标2:" slots, a 总分 row.
Layout features: TARGET AND ACTUAL BEFORE WEIGHT AND SCORE (分值 | 得分 after 实际完成值); two projects in one document, the second's
money block ahead of its indicators (cut); captions spaced ("年度 指标值", "分 值", "得 分", "绩 效 指 标", "满意度 指标", "服务对象
满意度指 标"); OCR slips kept as written: a name that is garbage ("望新点胸艮必具", it seems 添置新剧目必备道具), a name cut inside a word
("更新剧团老化、损坏的音"), a name with a stray unit ("演出设备成本件/件"); a stray third "指标2:" under 社会效益 指标 (the 生态效益 and 可持续
影响 labels lost, it seems); 主管部门 and 实施单位 holding each other's names, it seems.
Truth: two projects. 演出设备更新专项经费, budget 30 万元 (年初预算数 = 全年预算数 30), FIVE INDICATORS: value = 年度指标值, actual = 实际
完成值, weight = 分值, score = 得分 (the weights add up to 100 and the scores to the 总分 98, which bears out the split). 中青年演员培训经费,
budget 40 万元, no indicators (cut after its indicator header). Unit from "项目资金 (万元)". The "指标1:"/"指标2:" slots are empty: not
indicators.
Truncation: the capture stops in the second project's indicator header ("偏差原因分析 及改进", the caption cut: kept as captured); its
indicator rows are beyond the capture and left out.
Reconstruction: the capture LOST EVERY SEPARATOR (a glued run broken only by the site's page markers "1、", "2、", "3、", left out; the
words they cut are joined: "音响、|灯光", "送优秀青年演|员"). Cells are split by the header's order and the splits are INFERENCES:
"50件50件2020" = 50件 | 50件 | 20 | 20, "合格合格2020" = 合格 | 合格 | 20 | 20, "演出设备成本件/件2万元2万元2018" = 演出设备成本件/件 | 2万元 |
2万元 | 20 | 18 (the name could end at 成本 and the target be garbled: the split at the repeated "2万元" is kept), "100%100%2020" = … | 20 | 20.
The first project's money row "303010100%" has four values for six columns: read as 年初预算数 30 | 全年预算数 30 | (全年执行 empty) | 分值 10
| 执行率 100% | (得分 empty) — the lost value could be either 30; the budget is 30 either way; the second project's "40404010100%" as 40 | 40 |
40 | 10 | 100%; the parts rows "303030100%", "404040100%" as three amounts and 执行率 (分值 empty). The 9-column grid, the two tables and every
span are inferred; the site's sharing notes are left out.
""",
))

# ---------------------------------------------------------------- 204
_G204 = ("新建全民健身中心1个,总建筑面积6500平方米,配套室外健身场地、能够满足球类、武术,体操、器械健身、游泳等多项体育健身活动;"
         "配套场馆管理用房、卫生间、医务室及相关设施设备。")
_D204 = "2023年完成前期工作,完成可行性研究、项目设计、项目勘察、图纸审查、项目审批、施工招标、监理招标。"
_M204 = [
    ("分配科学性", "资金分配科学合理"),
    ("下达及时性", "资金下达及时"),
    ("拨付合规性", "严格项目建设资金管理,实行专款专用"),
    ("使用规范性", "未出现截留、挤占、挪用或擅自调整等问题"),
    ("执行准确性", "不存在执行数偏离预算数较多的问题"),
    ("预算绩效管理情况", "开展绩效监控和绩效评价"),
    ("支出责任履行情况", "足额安排项目进度款,确保资金的专款专用,不被侵占、截留或挪用"),
]
FILINGS.append(dict(
    dir="204-guangyuan-chaotian-quanmin-jianshen-ziping-2023",
    html_title="2023年度中央转移支付区域(全民健身中心项目)绩效自评表",
    blocks=[
        ("p", "2023年度中央转移支付区域(全民健身中心项目)绩效自评表"),
        ("table", [
            [C("中央转移支付广元市朝天区全民健身中心项目绩效自评表", cs=8)],
            [C("(2023年度)", cs=8)],
            [C("转移支付(项目)名称", cs=2), C("广元市朝天区全民健身中心项目", cs=6)],
            [C("中央主管部门", cs=2), C("国家体育总局", cs=6)],
            [C("地方主管部门", cs=2), C("广元市朝天区人民政府", cs=2), "资金使用单位", C("广元市朝天区体育发展中心", cs=3)],
            [C("资金投入情况 (万元)", rs=5, cs=2), C("", cs=2), "全年预算数(A)", "全年执行数(B)", C("预算执行率(B/A×100%)", cs=2)],
            [C("年度资金总额:", cs=2), "2000", "1157.97", C("57.89%", cs=2)],
            [C("其中:中央财政资金", cs=2), "2000", "1157.9", C("57.89%", cs=2)],
            [C("地方财政资金", cs=2), "", "", C("", cs=2)],
            [C("其他资金", cs=2), "", "", C("", cs=2)],
            [C("资金管理情况", cs=2), C("情况说明", cs=3), C("存在问题和改进措施", cs=3)],
        ] + [[C(a, cs=2), C(b, cs=3), C("", cs=3)] for a, b in _M204] + [
            [C("总体目标完成情况", rs=2, cs=2), C("总体目标", cs=3), C("全年实际完成情况", cs=3)],
            [C(_G204, cs=3), C(_D204, cs=3)],
            [C("绩效指标", rs=2), "一级 指标", "二级指标", "三级指标", "指标值", "全年实际完成值", C("未完成原因和改进措施", cs=2)],
            ["产 出 指 标", "数量指标", "新建全民健身中心数量", "1", "建设中", C("", cs=2)],
        ]),
    ],
    truth={"projects": [P("广元市朝天区全民健身中心项目", None, "2000", "万元", [
        I("产 出 指 标", "数量指标", "新建全民健身中心数量", "1", actual="建设中"),
    ])]},
    notes="""
Place: 广元市朝天区 (Chaotian district, Guangyuan, Sichuan), district level, 广元市朝天区体育发展中心 (the district's sports development
centre) using a central transfer of 国家体育总局; year 2023 (the form's "(2023年度)"; published 2025-05-14 on the district government's
site). Sichuan and Guangyuan are covered (41 昭化区); 朝天区, a sports building project and this form are new.
Template kind: the national 中央转移支付区域(项目)绩效自评表 of the 2023 rules, WITH A FUND-MANAGEMENT BLOCK: 转移支付(项目)名称 / 中央主管
部门 / 地方主管部门 | 资金使用单位 / 资金投入情况(万元) 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) by 年度资金总额, 其中:中央财政
资金, 地方财政资金, 其他资金 / 资金管理情况 情况说明 | 存在问题和改进措施 by 分配科学性, 下达及时性, 拨付合规性, 使用规范性, 执行准确性,
预算绩效管理情况, 支出责任履行情况 / 总体目标完成情况 总体目标 | 全年实际完成情况 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值 |
全年实际完成值 | 未完成原因和改进措施.
Layout features: a seven-row block of MANAGEMENT QUESTIONS answered in sentences between the money and the goals (labels and texts
that are no indicators: no target); the form's title and year as rows INSIDE the grid; execution below budget (1157.97 of 2000,
57.89%) and the 中央 part's execution one cent short in the capture ("1157.9", kept); a bare number as target ("1") with a word as
result ("建设中"); a level label spaced character by character ("产 出 指 标"); "一级 指标" with a space; the money caption with a
space before its unit ("资金投入情况 (万元)").
Truth: one project 广元市朝天区全民健身中心项目 (转移支付(项目)名称), budget 2000 万元 (全年预算数(A) of 年度资金总额:; unit from
"资金投入情况 (万元)"). One indicator: 产 出 指 标 / 数量指标 / 新建全民健身中心数量, value 1, actual 建设中. The 资金管理情况 rows are not
indicators (a question and a sentence, no target).
Truncation: the capture stops in the second indicator row ("总建", the name cut); it and the rest of the table are left out, and the
spans of 绩效指标 and 产 出 指 标 end at the last reproduced row.
Reconstruction: the capture prints each row as "| cell | cell |" followed by one "|" per grid slot the row does not start (some
rows broken over lines after a cell); an 8-column grid is inferred from those counts (labels of two slots, the 资金管理情况 texts of
three, 未完成原因 over two); the empty corner cell of the money header, the empty 存在问题 cells and every span are inferred.
""",
))
