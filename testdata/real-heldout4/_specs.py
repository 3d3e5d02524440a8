# Hand transcription of the HELD-OUT half of the fifth round of real filings
# (issue 21: the even numbers from 96 on, see testdata/real/_build.py).  Not for
# tuning: these filings are scored once, at the end, by the lead.  Every string
# is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 96
_T96 = "休宁县转移支付区域项目绩效目标自评表中共晥浙赣省委驻地旧址展陈项目"
_W96 = "展陈方案需通过省委宣传部审核,待展陈方案通过省委宣传部审核后,将尽快实施。"
_R96 = [  # l1, l2, name, target, actual, reason
    ("产 出 指 标", "数量指标", "布展面积", "300㎡", "0", _W96),
    ("产 出 指 标", "质量指标", "指标1:工程实施总体质量", "一次性通过省文物局验收", "一次性", "未完成展陈建设"),
    ("产 出 指 标", "质量指标", "指标2:安全事故发生率", "<=0%", "<=0%", "——"),
    ("产 出 指 标", "时效指标", "指标1:招投标程序需要的时间(不含多次流标情况)", "1个月", "1个月", "——"),
    ("产 出 指 标", "时效指标", "指标2:项目完成周期周期", "4个月", "4个月", _W96),
]


def _row96(r):
    return [r[2], r[3], r[4], C(r[5], cs=2)]


FILINGS.append(dict(
    dir="96-huangshan-xiuning-geming-wenwu-ziping",
    html_title=_T96,
    blocks=[
        ("p", _T96),
        ("p", _T96),
        ("table", [
            [C("休宁县转移支付区域(项目)绩效目标自评表", cs=8)],
            [C("(2023年度)", cs=8)],
            [C("转移支付(项目)名称", cs=2), C("休宁县中共皖浙赣省委驻地旧址陈列布展项目", cs=6)],
            [C("中央主管部门", cs=2), C("国家文物局", cs=6)],
            [C("地方主管部门", cs=2), C("休宁县文化旅游体育局", cs=2), C("资金使用单位", cs=2), C("休宁县文物局", cs=2)],
            [C("资金情况(万元)", cs=2), C("全年预算数(A)", cs=2), C("全年执行数(B)", cs=2), C("预算执行率(B/A)", cs=2)],
            [C("年度资金总额:", cs=2), C("127", cs=2), C("27.9996", cs=2), C("22%", cs=2)],
            [C("其中:中央财政资金", cs=2), C("127", cs=2), C("27.9996", cs=2), C("22%", cs=2)],
            [C("地方资金", cs=2), C("0", cs=2), C("0", cs=2), C("0", cs=2)],
            [C("其他资金", cs=2), C("0", cs=2), C("0", cs=2), C("0", cs=2)],
            [C("总体目标", cs=4), C("全年实际完成情况", cs=4)],
            [C("对中共皖浙赣省委驻地旧址进行陈列布展,完成布展面积300平方米,传承弘扬红色文化、发挥红色文化功能作用。", cs=4),
             C("因该项目为革命文物展陈,展陈方案需通过省委宣传部审核,导致该项目施工较慢。待展陈方案通过省委宣传部审核后,将尽快实施。", cs=4)],
            [C("绩效指标", rs=6), "一级 指标", "二级指标", "三级指标", "指标值", "全年实际完成值", C("未完成原因和改进措施", cs=2)],
            [C("产 出 指 标", rs=5), "数量指标"] + _row96(_R96[0]),
            [C("质量指标", rs=2)] + _row96(_R96[1]),
            _row96(_R96[2]),
            [C("时效指标", rs=2)] + _row96(_R96[3]),
            _row96(_R96[4]),
        ]),
    ],
    truth={"projects": [P("休宁县中共皖浙赣省委驻地旧址陈列布展项目", None, "127", "万元", [
        I(l1, l2, n, v, actual=a) for l1, l2, n, v, a, _ in _R96])]},
    notes="""
Place: 休宁县 (Xiuning county, Huangshan, Anhui), county level, 休宁县文化旅游体育局 / 休宁县文物局 (资金使用单位); year 2023 (the
table's "(2023年度)"). Huangshan city is covered by 68 (公安, 2025); Xiuning county and a 革命文物 transfer are new. Republished on
m.bidcenter.com.cn.
Template kind: the national 转移支付区域(项目)绩效目标自评表 for a central transfer (国家文物局): 转移支付(项目)名称 / 中央主管部门 /
地方主管部门 | 资金使用单位 / 资金情况(万元) 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) with 年度资金总额: / 其中:中央财政资金 /
地方资金 / 其他资金 / 总体目标 | 全年实际完成情况 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 |
未完成原因和改进措施.
Layout features: a SELF-EVALUATION WITH NO 分值/得分 columns; an execution far below the budget (127 → 27.9996, 22%); an actual of
"0" for an unfinished target ("300㎡" → "0"); ASCII comparators ("<=0%"); names numbered per level 2 ("指标1:", "指标2:") and one
without; a qualitative target with a shortened actual ("一次性通过省文物局验收" → "一次性"); "——" in the reason column; level 1
spaced ("产 出 指 标"); the header's "一级 指标" with a space; the page title repeated twice above the table (with the typo
"晥" for "皖").
Truth: one project 休宁县中共皖浙赣省委驻地旧址陈列布展项目, budget 127 万元 (全年预算数(A) of 年度资金总额). Five indicators: value =
指标值, actual = 全年实际完成值 (the reason cell is not kept).
Truncation: the capture stops inside the 成本指标 row ("成本指标 | 指标:项目总下达资金 | <", the value cut); that row and the rest
(效益, 满意度 blocks) are left out; the spans of 绩效指标 and 产 出 指 标 are cut at the last reproduced row.
Reconstruction: the capture prints one table row a line, cells separated by " | ", with the cells a row does not start (spans
from the left or from above) as a run of "|" at its end. The 8-column grid follows the title row (one cell and seven "|") and
the indicator header (seven cells and one "|": the reason column is taken to span two columns). How the four cells of the
upper rows share the eight columns is NOT in the capture: two columns each is an inference; so are the spans of 绩效指标, the
level-1 cell and the 质量/时效 level-2 cells (from the counts of "|" per row).
""",
))

# ---------------------------------------------------------------- 98
_R98 = [  # l1, l2, name, target, actual, score
    ("产出指标", "数量指标", "办结信访案件", "168起", "168起", "10"),
    ("产出指标", "数量指标", "拆除活人墓、豪华墓", "32座", "32座", "20"),
    ("产出指标", "日效性指标", "解决群众问题时间", "2天以内", "2天以内", "10"),
    ("效益指标", "社会效益指标", "改善人居环境", "有效改善", "有效改善", "10"),
    ("效益指标", "社会效益指标", "提升出行效率", "有效提升", "有效提升", "10"),
    ("满意度指标", "群众满意度 指标", "群众对政府工作满意度", "≧90%", "95%", "20"),
]


def _row98(r):
    return [r[1], r[2], r[3], r[4], C(r[5], cs=4)]


FILINGS.append(dict(
    dir="98-anqing-tanghu-zhengti-ziping",
    html_title="塘湖镇人民政府部门整体支出绩效自评表",
    blocks=[
        ("p", "单位名称:塘湖镇政府 填报日期:2021.5.18"),
        ("table", [
            ["单位名称", C("塘湖镇人民政府", cs=9)],
            ["基本支出总额", C("864.2万", cs=3), "项目支出总额", C("0", cs=5)],
            [C("预算执行情况(万元) (20分)", cs=2), C("预算数(A)", cs=2), "执行数(B)", "执行率(B/A)", C("得分 (20分*执行率)", cs=4)],
            [C("部门整体支出总额", cs=2), C("864.2", cs=2), "", "100%", C("20", cs=4)],
            [C("年度目标1:(80分)", cs=2), C("增强政府工作效率、改善乡镇居住环境", cs=8)],
            [C("年度绩效指标", rs=7), "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", C("得分", cs=4)],
            [C("产出指标", rs=3)] + _row98(_R98[0]),
            _row98(_R98[1]),
            _row98(_R98[2]),
            [C("效益指标", rs=2)] + _row98(_R98[3]),
            _row98(_R98[4]),
            ["满意度指标"] + _row98(_R98[5]),
            [C("总分", cs=6), C("100分", cs=4)],
            [C("偏差大或 目标未完成 原因分析", cs=2), C("无", cs=8)],
            [C("改进措施及 结果应用方案", cs=2), C("无", cs=8)],
        ]),
        ("p", "备注:\n1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。"),
        ("p", "2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正向指标(即目标值为≥X,"
              "得分=权重*B/A),反向指标(即目标值为≤X,得分=权重*A/B),得分不得突破权重总额。定量指标先汇总完成数,再计算得分。"),
        ("p", "3.定性指标计分原则:达成预期指标、部分达成预期指标并具有一定效果、未达成预期指标且效果较差三档,分别按照该指标对应分值区间"
              "100-80%(含80%)、80-50%(含50%)、50-0%合理确定分值。汇总时,以资金额度为权重,对分值进行加权平均计算。"),
    ],
    truth={"projects": [P("塘湖镇人民政府", None, "864.2", "万元", [
        I(l1, l2, n, v, actual=a, score=s) for l1, l2, n, v, a, s in _R98])]},
    notes="""
Place: 塘湖镇人民政府 (Tanghu township government); the county is not named in the capture: the page's host zgtc.gov.cn and its
path (xzxxgkpt/thz, a township disclosure platform) suggest 桐城市 (Tongcheng, Anqing, Anhui) — an inference, not in the text.
Year: filled 2021-05-18, published 2021-08; the table names no year (it is the self-evaluation of the year before, 2020 — an
inference). A township, and this form, are new to the corpus.
Template kind: a DEPARTMENT-WIDE self-evaluation (部门整体支出绩效自评表, the Hubei/Anhui 2020 layout): 单位名称 / 基本支出总额 |
项目支出总额 / 预算执行情况(万元)(20分) 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) / 部门整体支出总额 / 年度目标1:(80分)
/ 年度绩效指标 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 / 总分 / 偏差大或目标未完成原因分析 /
改进措施及结果应用方案, then 备注 notes on the scoring.
Layout features: THE MONEY IS GIVEN TWICE AND ODDLY — "864.2万" (with 万 in the cell) as 基本支出总额 beside 项目支出总额 "0", and
864.2 as 预算数(A) of 部门整体支出总额 whose 执行数(B) is missing while the rate says 100%; the indicator block has a 得分 column but
no 分值; level 2 repeated on each row instead of merged ("数量指标" twice, "社会效益指标" twice); a typo level 2 "日效性指标" (for
时效性); a level 2 with a space ("群众满意度 指标"); the full-width "≧90%" comparator; targets as phrases ("有效改善", "2天以内");
level-1 weights in the goal label "年度目标1:(80分)".
Truth: one department 塘湖镇人民政府 (单位名称), budget 864.2 万元 (预算数(A) of 部门整体支出总额; unit from "预算执行情况(万元)"; the
same 864.2 as "864.2万" in the 基本支出总额 cell). Six indicators: value = 年初目标值(A), actual = 实际完成值(B), score = 得分.
Truncation: the capture stops inside note 4 of the 备注 ("4.基于经济性", cut); it is left out.
Reconstruction: the capture prints one table row a line, cells separated by " | ", with the cells a row does not start (spans
from the left or from above) as a run of "|" at its end; the 10-column grid follows the first row (two cells and eight "|").
The row of 部门整体支出总额 has FOUR cells under FIVE headers: 864.2 is placed under 预算数(A), 100% under 执行率 and 20 under 得分,
and 执行数(B) is taken as EMPTY — an inference (it may be merged with 预算数 in the original). How the cells of every row share
the ten columns (the 得分 column four wide, the labels two wide) is inferred; so are the spans of 年度绩效指标 and the level-1
cells (from the counts of "|" per row: rows that start at level 2 are under a level-1 span). The 总分 row is placed as one
label over six columns and "100分" under 得分.
""",
))
