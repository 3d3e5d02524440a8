# Hand transcription of the HELD-OUT half of g12d's part of the twelfth round of
# real filings (issue 21: the even numbers from 550 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 550
_T550 = "旺苍县卫生健康局基本药物制度补助资金转移支付区域(项目)绩效目标自评表"
_G550 = "实施基本药物制度,按照专款专用的原则把财政安排的补助资金统筹安排使用,保障基层医疗机构和村级卫生室正常运转,确保国家基本药物制度顺利实施。"
_A550 = ("年度完成基层医疗卫生机构实施基本药物制度补助2300.67万元,中央补助442.43万元,地方财政补助1858.24万元;"
         "其中完成村卫生室实施基本药物制度补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元")
_Q550 = [
    ("数量指标", "指标1:政府办基层医疗卫生机构实施国家基本药物制度覆盖率", "实施乡镇社区基层医疗机构37个。",
     "本年度已完成37个基层医疗机构基药补助制度实施。"),
    ("数量指标", "指标2:村卫生室实施国家基本药物制度", "实施基本药物制度补助村卫生室352个。",
     "本年度已完成352个村卫生室基药补助的实施。"),
    ("质量指标", "指标1:基层医疗卫生机构实施基本药物制度补助。", "37个基层医疗机构", "100%"),
]
FILINGS.append(dict(
    dir="550-guangyuan-wangcang-jiben-yaowu-ziping-2021",
    html_title=_T550,
    blocks=[
        ("p", "当前位置:首页 财政资金 > " + _T550),
        ("p", _T550),
        ("p", "发布时间:2022-06-01 来源:县卫生健康局 点击量:20169 [ 字体: ] 打印 分享:"),
        ("p", _T550),
        ("p", "(2021年度)"),
        ("table", [
            ["转移(项目)名称", C("基本药物制度补助资金", cs=5)],
            ["中央主管部门", C("", cs=5)],
            ["地方主管部门", "旺苍县卫生健康局", C("资金使用单位", cs=2), C("旺苍县卫生健康局", cs=2)],
            [C("项目资金(万元)", rs=5), C("", cs=2), "全年预算数(A)", "全年执行数(B)", "执行率(B/A)"],
            [C("年度资金总额:", cs=2), "2300.67", "2300.67", "100%"],
            [C("其中:中央补助", cs=2), "442.43", "442.43", "100%"],
            [C("地方资金", cs=2), "1858.24", "1858.24", "100%"],
            [C("其他资金", cs=2), "", "", ""],
            [C("总体目标完成情况", rs=2), C("总体目标", cs=2), C("全年实际完成情况", cs=3)],
            [C(_G550, cs=2), C(_A550, cs=3)],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
            [C("", rs=3), C("数量指标", rs=2), _Q550[0][1], _Q550[0][2], _Q550[0][3], ""],
            [_Q550[1][1], _Q550[1][2], _Q550[1][3], ""],
            ["质量指标", _Q550[2][1], _Q550[2][2], _Q550[2][3], ""],
        ]),
    ],
    truth={"projects": [P("基本药物制度补助资金", None, "2300.67", "万元", [
        I(None, l2, n, v, actual=a) for l2, n, v, a in _Q550])]},
    notes="""
Place: 旺苍县 (Wangcang county, Guangyuan, Sichuan), county level: 旺苍县卫生健康局 as 地方主管部门 and 资金使用单位 (the 中央主管部门 cell
is empty); year 2021 (the form's "(2021年度)"; published 2022-06-01 on the county government's 财政资金 column, scgw.gov.cn). Guangyuan is
covered by 昭化区 (41, held-out 48); Wangcang appears only as a passed-over budget (旺苍县工商联 2024); the county health bureau and the
基本药物制度补助资金 (the essential-drugs system subsidy to township clinics and village health rooms) are new (grep of 旺苍, 基本药物制度 in
testdata/real*: none; the address is not in claimed-urls.txt).
Template kind: the Sichuan 转移支付区域(项目)绩效目标自评表 (the province's form for a transfer's self-evaluation; 531 and 65 are other
instances): 转移(项目)名称 / 中央主管部门 / 地方主管部门 | 资金使用单位 / 项目资金(万元) 全年预算数(A) | 全年执行数(B) | 执行率(B/A) /
总体目标完成情况 总体目标 | 全年实际完成情况, then 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施.
Layout features: SENTENCE TARGETS AND SENTENCE ACTUALS in the 数量指标 rows ("实施乡镇社区基层医疗机构37个。" beside "本年度已完成37个基层
医疗机构基药补助制度实施。"); a quality row whose target is a count ("37个基层医疗机构") and whose actual is a rate ("100%"); names
numbered per level 2 ("指标1:", "指标2:") and one ending with "。"; the LEVEL-1 CELL ABSENT (no 产出指标 caption in the capture); the
money rows indented by spaces ("其中:中央补助", "地方资金", "其他资金"); the execution equal to the budget; the page's own slip "471.23元"
(for 万元) in the actual-completion text, kept.
Truth: one project, name = the 转移(项目)名称 cell "基本药物制度补助资金", budget 2300.67 (年度资金总额, 全年预算数(A)), money unit 万元
(from "项目资金(万元)"). Three indicators, level1 null, level2 as written, value = 年度指标值, value_cells.actual = 全年完成值 (the
未完成原因 cells are empty).
Truncation: the capture stops inside the second 质量指标 row ("指标2:村卫生", cut): that row and everything after it (the 时效, 成本 and
效益 rows, the scores) are left out of every file; 质量指标 therefore spans one row here.
Reconstruction: the capture separates cells by spaces and rows by line breaks; the 6-column grid (from the six captions of the indicator
header), the spans, the empty level-1 cell before 数量指标 (the rows begin "数量指标  指标1" and " 指标2", the second with the covered
level-2 cell) and the empty corner above 年度资金总额: are inferred. The page's "网站支持IPv6" banner line is not reproduced.
""",
))
