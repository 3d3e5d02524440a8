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

# ---------------------------------------------------------------- 100
_N100 = "台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费"
_R100 = [  # l1, l2, slot, name, standard, target
    ("投入", "成本目标", "目标1", "发放省直困难、高龄台胞", "100%", "按实际情况发放"),
    ("投入", "成本目标", "目标2", "开展丰收节活动、夏令营活动、台胞技能培训、定居台胞困难大学生助学金", "100%", "100%"),
    ("产出", "数量目标", "目标1", "困难台胞、高龄台胞困难补助受益",
     "台胞困难户每月每人200元、高龄补贴(没退休金每月每人300元、有退休金200元)",
     "困难台胞432人、高龄台胞1792人、困难学生助学95人、困难台胞技能培训91人"),
    ("产出", "数量目标", "目标2", "争取台湾民心、增进乡情", "开展丰收节活动1次、夏令营活动1次、台胞技能培训2期",
     "开展丰收节活动1次、夏令营活动1次、台胞技能培训2期"),
]
FILINGS.append(dict(
    dir="100-fujian-taitonglian-2017",
    html_title="2017年财政支出项目绩效目标表",
    blocks=[
        ("p", "福建台胞之家  >   最新公告"),
        ("p", "2017年财政支出项目绩效目标表"),
        ("p", "2017年07月31日 来源:福建台胞之家网"),
        ("p", "    根据《福建省财政厅关于开展省直部门2016年度专项支出绩效自评工作的通知》(闽财绩函[2017]1号)要求,"
              "对我会2017年财政支出项目绩效目标进行公开,具体参见附件《2017年财政支出项目绩效目标表》。"),
        ("p", "2017年财政支出项目绩效目标表"),
        ("p", "主管部门名称:福建省台湾同胞联谊会      "),
        ("table", [
            ["专项名称", C(_N100, cs=5)],
            ["概况", C("台胞扶贫济困生活补贴包括:台胞困难户每月每人200元、高龄补贴(没退休金每月每人300元、有退休金200元);"
                     "充分发挥桥梁和纽带作用,创新对台联谊模式,深化同名村、丰收节、青年夏令营等对台交流活动,加强定居台胞服务工作,"
                     "推动两岸宗亲交流,少数民族交流、青少年交流,推进闽台深度融合,广泛争取台湾民心", cs=5)],
            ["总体绩效目标", C("台胞扶贫济困生活补贴,为我省台胞解决生活困难,从而调动广大台胞投身海西建设,为祖国和平统一大业;"
                           "增进与台湾同胞沟通交流、促进两岸和平统一发展", cs=5)],
            ["绩效目标", C("评价指标", cs=2), "绩效内容", "绩效标准", "全年绩效目标"],
            [C("投入", rs=2), C("成本目标", rs=2)] + list(_R100[0][2:]),
            list(_R100[1][2:]),
            [C("产出", rs=2), C("数量目标", rs=2)] + list(_R100[2][2:]),
            list(_R100[3][2:]),
        ]),
    ],
    truth={"projects": [P(_N100, None, None, None, [I(l1, l2, n, v) for l1, l2, _, n, _, v in _R100])]},
    notes="""
Place: 福建省台湾同胞联谊会 (the Fujian provincial Taiwan compatriots' association, a province-level public body under 省直); year 2017
("2017年财政支出项目绩效目标表", published 2017-07-31 on its site 福建台胞之家). Fujian is covered (01, 02, 57, 58, 61, 71, 82); a
province-level mass organisation and the 2017 Fujian form are new.
Template kind: the Fujian 省直 财政支出项目绩效目标表 of 2017 (the old "投入 / 产出 / 效益" tree): 主管部门名称 above the table; 专项名称 /
概况 / 总体绩效目标; then 绩效目标 | 评价指标 | 绩效内容 | 绩效标准 | 全年绩效目标, level 1 投入/产出, level 2 成本目标/数量目标, each
row numbered "目标1", "目标2" in the 评价指标 column.
Layout features: NO 一级/二级/三级 CAPTIONS — the level columns are headed 绩效目标 and 评价指标, the name column 绩效内容, and there
are TWO value-like columns: 绩效标准 (a standard: "100%", a subsidy rule) before 全年绩效目标 (the year's target); level 1 "投入"
(an input block, with a 成本目标 under it); "目标N" slot labels in a cell of their own; targets that are lists of counts
("困难台胞432人、高龄台胞1792人、...") or the same text as the standard; no money in the captured part.
Truth: one fund 台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费 (专项名称), budget null (no amount is captured), money unit null. Four
indicators: name = 绩效内容, value = 全年绩效目标 (the year's target, by the header; the 绩效标准 cell is not kept — an inference that
the year's column is the target), level 1 = 投入/产出, level 2 = 成本目标/数量目标.
Truncation: the capture stops in the third 数量目标 row ("目标3 困难台胞助学款 定", cut); it and the rest (效益 block) are left out;
the spans of 产出 and 数量目标 are cut at the last reproduced row.
Reconstruction: the capture is space-separated text, one table row a line; the 6-column grid (评价指标 over two columns: the
level-2 word and the "目标N" slot) and the spans of 投入/产出 and of the level-2 cells are inferred from the template and the
rows that start with "目标N". That "目标1" is a cell of its own, not the start of the name, is an inference (no separator in the
capture tells the two apart). The breadcrumb and date lines are kept as paragraphs.
""",
))

# ---------------------------------------------------------------- 102
_T102 = "成安县民政局2020年度预算项目绩效自评表"
_G102 = [("为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。", "为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。"),
         ("为全县共享改革开放成果,促进社会稳定文明和谐", "为全县共享改革开放成果,促进社会稳定文明和谐")]
_R102 = [  # l1, l2, name, description, op, number, unit, actual, status, s1, s2, s3
    ("产出指标", "质量指标", "符合条件申报对象覆盖率", "享受补贴政策人数占符合条件申报对象总数的比例", ">=", "98", "%(百分比)",
     "100%", "完成", "25.00", "25.00", "6.25"),
    ("产出指标", "时效指标", "完成率", "按照要求每月及时完成符合条件对象审批的比例(百分比)", ">=", "99", "%(百分比)",
     "100%", "完成", "25.00", "25.00", "6.25"),
    ("效果指标", "社会效益指标", "补贴发放率", "高龄补贴发放完成率", ">=", "75", "%(百分比)", "100%", "完成", "30.00", "30.00", "9.00"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "享受高龄津贴的对象对老龄工作的满意程度", ">=", "95", "%(百分比)",
     "100%", "完成", "10.00", "10.00", "1.00"),
]
FILINGS.append(dict(
    dir="102-handan-chengan-gaoling-ziping",
    html_title=_T102,
    blocks=[
        ("p", _T102),
        ("p", "发布日期: 2021.07.14 索引号: 00062104-2-0404-2011-1033\n发布机构: 民 政 局 文号:\n主题 词: 组织机构 主题分类: 组织机构"),
        ("p", _T102),
        ("table", [
            ["一、基本情况", "项目名称:", C("19名百岁老人高龄津贴", cs=2), "是否为专项资金:", "", C("实施(主管)单位", cs=2),
             C("314002-成安县民政局机关", cs=3), "金额单位:", "万元"],
            [C("二、预算执行情况", rs=4), C("预算安排情况(调整后)", cs=3), C("资金到位情况", cs=3), C("资金执行情况", cs=3),
             C("预算执行进度(%)", cs=3)],
            ["预算数", C("6.84", cs=2), "到位数", C("6.84", cs=2), "执行数", C("6.84", cs=2), C("100.00", cs=3)],
            ["其中:财政资金", C("6.84", cs=2), "其中:财政资金", C("6.84", cs=2), "其中:财政资金", C("6.84", cs=2), C("", cs=3)],
            ["其他", C("0.00", cs=2), "其他", C("0.00", cs=2), "其他", C("0.00", cs=2), C("", cs=3)],
            [C("三、目标完成情况", rs=3), C("年度预期目标", cs=5), C("具体完成情况", cs=4), C("总体完成率(%)", cs=3)],
            [C(_G102[0][0], cs=5), C(_G102[0][1], cs=4), C("100.00", rs=2, cs=3)],
            [C(_G102[1][0], cs=5), C(_G102[1][1], cs=4)],
            [C("四、年度绩效指标完成情况", rs=6), C("一级指标", rs=2), C("二级指标", rs=2), C("三级指标", rs=2), C("指标分值", rs=2),
             C("预期指标值", cs=3), C("单项指标实际完成值", rs=2), C("单项指标完成情况", rs=2), C("自评得分", cs=3)],
            ["符号", "", "单位(文字描述)", "单项指标得分", "权重占比(%)", "单项指标折算得分"],
            [C("产出指标", rs=2)] + list(_R102[0][1:]),
            list(_R102[1][1:]),
            list(_R102[2]),
            list(_R102[3]),
        ]),
    ],
    truth={"projects": [P("19名百岁老人高龄津贴", None, "6.84", "万元", [
        I(r[0], r[1], r[2], r[4] + r[5] + r[6], op=r[4], value=r[5], unit=r[6], actual=r[7], description=r[3])
        for r in _R102])]},
    notes="""
Place: 成安县 (Cheng'an county, Handan, Hebei), county level, 314002-成安县民政局机关; year 2020 (self-evaluation published 2021-07-14).
Hebei is covered by 08 (宁晋) and 09 (廊坊); Handan and Cheng'an are new.
Template kind: the Hebei 预算项目绩效自评表 (2020): 一、基本情况 项目名称 | 是否为专项资金 | 实施(主管)单位 | 金额单位 / 二、预算执行情况
预算安排情况(调整后) | 资金到位情况 | 资金执行情况 | 预算执行进度(%) with 预算数 | 到位数 | 执行数 / 三、目标完成情况 年度预期目标 |
具体完成情况 | 总体完成率(%) / 四、年度绩效指标完成情况 一级指标 | 二级指标 | 三级指标 | 指标分值 | 预期指标值 (符号 | number |
单位(文字描述)) | 单项指标实际完成值 | 单项指标完成情况 | 自评得分 (单项指标得分 | 权重占比(%) | 单项指标折算得分).
Layout features: a SPLIT TARGET under a two-row header (符号 | number | 单位(文字描述)) with ASCII ">=" and a unit with a gloss
("%(百分比)"); the column headed 指标分值 holds a DESCRIPTION of each indicator (not a weight); a three-part score block; level 1
"效果指标" (not 效益指标); section labels numbered 一、二、三、四 down the left; amounts in the cell after their label (预算数 | 6.84);
the money unit in a cell pair "金额单位: | 万元".
Truth: one project 19名百岁老人高龄津贴, budget 6.84 万元 (预算数). Four indicators: value = comparator + number + unit as written
(">=98%(百分比)"), the raw cells in value_cells (op, value, unit), actual = 单项指标实际完成值, description = the text under 指标分值.
Weight and score are NOT given: which of 单项指标得分 / 权重占比 / 单项指标折算得分 is the weight and which the score is not certain.
Truncation: the capture ends with a row "预算执行率 预算执行率" and nothing else (the budget-execution row of the indicator block,
its cells missing); it is left out.
Reconstruction: the capture is space-separated text, one row a line; the 13-column grid (a section-label column, then the
indicator block's 12 cells per row) and every span are inferred. The second header row names only two of the three target
sub-columns (符号, 单位(文字描述)); an empty caption over the number is inferred (the rows have three cells there: ">=", "98",
"%(百分比)" — whether "98 %(百分比)" is one cell or two is not in the capture). The metadata lines are kept as one paragraph.
""",
))

# ---------------------------------------------------------------- 104
_V104 = "暂定量按15次作业且总航时不少于30小时测算"
FILINGS.append(dict(
    dir="104-bozhou-qixiang-rengong-zengyu",
    html_title="亳州市人工增雨飞机作业项目支出绩效目标表",
    blocks=[
        ("table", [
            [C("项目支出绩效目标表", cs=8)],
            [C("(2023年度)", cs=8)],
            ["项目名称", C("亳州市人工增雨飞机作业项目", cs=7)],
            ["主管部门及代码", C("亳州市气象局", cs=3), "实施单位", C("亳州市气象局", cs=3)],
            ["项目属性", C("常规项目", cs=3), "项目期", C("1年", cs=3)],
            [C("项目资金\n(万元)", rs=3), "中期资金总额:", C("449.8万", cs=3), "年度资金总额:", C("189.8万", cs=2)],
            ["其中:财政拨款", C("449.8万", cs=3), "其中:财政拨款", C("189.8万", cs=2)],
            ["其他资金", C("", cs=3), "其他资金", C("", cs=2)],
            [C("总\n体\n目\n标", rs=2), C("中期目标(2023年—2025年)", cs=4), C("年度目标", cs=3)],
            [C("目标:亳州市建立较为完善的人工增雨飞机作业体系,形成统一协调、区域联防人影运行新机制,生态建设、大气污染防治明显提高。", cs=4),
             C("目标1:飞机增雨作业能力水平:拥有1架租用作业飞机,作业能力得到极大提高。增雨作业可覆盖面积由现有的1000平方公里扩展到"
               "接近整个亳州市的8522平方公里面积,作业期由目前的季节性作业拓展到常年性作业,作业对象由现在单一冷云为主拓展到除不适合飞行外的"
               "多种冷暖云,联合作业方式由分区作业发展为分区、分层、梯次等多种方式。\n目标2:人影业务协调指挥能力:建立市级人影业务技术体系,"
               "增强省、市、县三级指挥系统,形成统一协调、区域联防作业的人影业务能力和运行机制,显著提高人影业务保障和区域联合作业能力。", cs=3)],
            [C("绩\n效\n指\n标", rs=2), "一级\n指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
            ["产\n出\n指\n标", "数量指标", "飞机增雨作业航时", _V104, "数量指标", "飞机增雨作业航时", _V104],
        ]),
    ],
    truth={"projects": [P("亳州市人工增雨飞机作业项目", None, "189.8", "万元", [
        I("产\n出\n指\n标", "数量指标", "飞机增雨作业航时", _V104)])]},
    notes="""
Place: 亳州市 (Bozhou, Anhui), city level, 亳州市气象局 (the city meteorological bureau); year 2023 ("(2023年度)", 中期 2023-2025).
Bozhou's 蒙城县 is covered by 62; the city bureau and the weather-modification project are new. Republished on 567hw.com under an
OpennessContent path (an Anhui open-government page).
Template kind: the Anhui 项目支出绩效目标表 with TWO COLUMN GROUPS: 项目名称 / 主管部门及代码 | 实施单位 / 项目属性 | 项目期 / 项目资金
(万元) 中期资金总额: | amount | 年度资金总额: | amount, 其中:财政拨款 ×2, 其他资金 ×2 / 总体目标 中期目标(2023年—2025年) | 年度目标 /
绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值 (the mid-term group, then the year's group).
Layout features: TWO BUDGETS side by side (中期 449.8万 for 2023-2025, 年度 189.8万) with "万" written in the amount cells under a
"(万元)" label; the two indicator groups repeat the same level-2, name and target; labels written one character a line ("产\\n出\\n指\\n标",
"总\\n体\\n目\\n标"); a sentence as target ("暂定量按15次作业且总航时不少于30小时测算"); a long year goal with two numbered parts.
Truth: one project 亳州市人工增雨飞机作业项目, budget 189.8 万元 (年度资金总额 — the year's amount, as in the other column-group forms of the
corpus; 449.8 is the three-year total). One indicator: level 1 产出指标 (written one character a line), level 2 数量指标 (the year's
group), name 飞机增雨作业航时, value = the year's 指标值 (the same text in both groups).
Truncation: the capture stops inside the year's target of the 质量指标 row ("解", cut); that row and the rest are left out; the spans
of 绩效指标 and 产出指标 are cut at the last reproduced row.
Reconstruction: the capture prints each cell on its own line followed by a "|" line, with one more "|" at each row's end; the 8-column
grid follows the indicator header. How the upper rows' cells share the eight columns (the money amounts over three and two columns,
the goal texts over four and three) is inferred so that each group's cells stand over its own half.
""",
))

# ---------------------------------------------------------------- 106
_R106 = [  # l1, l2, name, target, actual
    ("项目完成指标", "质量指标", "改善养老服务基础条件", "改善条件", "明显改善"),
    ("项目完成指标", "时效指标", "2020年", "2020年", "2020年"),
    ("项目完成指标", "成本指标", "100万", "100万", "100万"),
    ("效益指标", "社会效益指标", "老年人日益增加的养老服务需求", "有所提升", "养老服务提升"),
    ("满意度指标", "服务对象满意度指标", "养老服务对象对养老机构服务质量满意度", "≥90%", "98%"),
]
FILINGS.append(dict(
    dir="106-suining-daying-minzheng-tail-2020",
    html_title="大英县民政局2020年部门决算",
    blocks=[
        ("table", [
            [C("", rs=4)] + list(_R106[0]) + ["", "", ""],
        ] + [list(r) + ["", "", ""] for r in _R106[1:4]] + [
            [""] + list(_R106[4]) + ["", "", ""],
        ]),
        ("p", "2.部门绩效评价结果。"),
        ("p", "本部门按要求对2020年部门整体支出绩效评价情况开展自评,《大英县民政局2020年部门整体支出绩效评价报告》见附件(附件1)。"),
        ("p", "本部门自行组织对养老服务体系建设、高龄津贴、困难群众生活救助、三四级精神和智力残疾人护理补贴、困难残疾人生活补贴、"
              "重度残疾人护理补贴等开展了绩效评价,《大英县民政局2020年项目支出绩效评价报告》见附件(附件2)。"),
        ("p", "第三部分\n名词解释"),
        ("p", "1.财政拨款收入:指单位从同级财政部门取得的财政预算资金。\n2.事业收入:指事业单位开展专业业务活动及辅助活动取得的收入。\n"
              "3.年初结转和结余:指以前年度尚未完成、结转到本年按有关规定继续使用的资金。\n"
              "4.结余分配:指事业单位按照事业单位会计制度的规定从非财政补助结余中分配的事业基金和职工福利基金等。\n"
              "5.年末结转和结余:指单位按有关规定结转到下年或以后年度继续使用的资金。"),
    ],
    truth={"projects": [P(None, None, None, None, [I(l1, l2, n, v, actual=a) for l1, l2, n, v, a in _R106])]},
    notes="""
Place: 大英县 (Daying county, Suining, Sichuan), county level, 大英县民政局; year 2020 (the bureau's 2020 决算, whose 预算绩效情况 part
the capture ends with). Daying is covered by 39, 99 and 103 (other units); this capture is page 12 of the 民政局's 决算 republished on
dyxrmt.com.
Template kind: the TAIL of a project target-completion table inside a department's 决算 (the Sichuan 项目绩效目标完成情况表 layout of
99: 一级指标 | 二级指标 | 三级指标 | 预期指标值 | 实际完成指标值): the capture starts inside the indicator rows, with NO header row, no
project name and no money.
Layout features: NO CAPTION ROW at all — the columns are known only from their contents; every row repeats its level 1 and level 2
(no merged cells); names that are values ("2020年", "100万", equal to their target and actual); a qualitative target with a
different actual ("有所提升" → "养老服务提升"); the last row is SHIFTED one column right (an empty first cell before its level 1),
so the rows before it stand under a left column whose label is above the capture; three empty columns at the right of every row.
Truth: one project, name, budget and unit null (all above the capture). Five indicators: value = the first value column, actual =
the second — an inference from the order (target before actual in every Sichuan completion table of the corpus, 99 among them);
no header says so.
Truncation: the capture starts at the first indicator row shown (the table's title, project rows, header and earlier indicator
rows are on page 11) and, after the table, stops inside the 名词解释 ("6.社会保障和就业支出(类", cut; left out).
Reconstruction: the capture prints one table row per "|"-led block, a cell per line, with a run of "|" at the row's end for the
cells it does not start; rows 1-4 have five cells and four "|", row 5 six cells (the first empty) and three "|": a 9-column grid
whose first column, for rows 1-4, is covered by a span from above (reproduced as one empty cell over those four rows) and whose
last three columns are empty (taken as empty cells, not spans — an inference). Indentation-only lines are left out.
""",
))

# ---------------------------------------------------------------- 108
_N108 = "省级财政林业草原专项资金(天然林保护、林业草原支撑保障体系建设)"
FILINGS.append(dict(
    dir="108-bazhong-nanjiang-linye-quyu",
    html_title="南江县财政局关于下达2024年省级财政林业草原专项资金(第一批)的通知",
    blocks=[
        ("p", "县林业局:"),
        ("p", "根据省财政厅省林业和草原局《关于下达2024年省级财政林业草原专项资金预算(第一批)的通知》(川财资环〔2024〕26号)文件,"
              "现下达你单位2024年省级财政林业草原专项资金(第一批)如数(详见附表),主要用于自然保护地体系建设、天然林保护、"
              "林业草原支撑保障体系建设等方面支出,并就有关事项通知如下:"),
        ("p", "一、支出请列入2024年政府收支分类功能科目“21104节能环保支出-自然生态保护”“21302农林水支出-林业和草原”相关项级科目,"
              "省级自然保护区补助专项用于光雾山省级自然保护区、大小兰沟省级自然保护区能力提升建设,"
              "请按照《文旅新区双重管理机构林业项目资金划转办法》要求办理,"),
        ("p", "三、请严格按照专项资金管理相关规定,加强项目资金和预算绩效管理,"),
        ("p", "附件:1.2024年省级财政林业草原专项资金(第一批)分配表(任务清单)\n2.2023年省级财政林业草原专项资金(第一批)区域绩效目标表"),
        ("p", "南江县财政局\n2024年6月7日"),
        ("p", "附件1"),
        ("p", "2023年省级财政林业草原专项资金(第一批)分配表(任务清单)"),
        ("p", "金额单位:万元"),
        ("table", [
            ["预算单位", "合计", C("自然保护地体系建设(省级自然保护区补助)", cs=2), C("天然林保护(非国有省级公益林生态效益补偿)", cs=2),
             C("林业草原支撑保障体系建设(林业有害生物防治)", cs=2), "备注"],
            [C("政府收支分类功能科目代码", cs=2), "小计", "2110406", "小计", "2130209", "小计", "2130234", ""],
            ["南江县林业局", "357.18", "199", "光雾山省级自然保护区、大小兰沟省级自然保护区能力提升建设补助", "134.18",
             "103245亩非国有省级公益林生态效益补偿", "24", "林业有害生物防治补助", ""],
        ]),
        ("p", "附件2"),
        ("p", "2023年省级财政林业草原专项资金(第一批)区域绩效目标表"),
        ("table", [
            ["资金名称", C(_N108, cs=2)],
            ["主管部门", C("南江县林业局", cs=2)],
            ["中央补助", "年度金额(万元)", "158.18"],
        ]),
    ],
    truth={"projects": [P(_N108, None, "158.18", "万元", [])]},
    notes="""
Place: 南江县 (Nanjiang county, Bazhong, Sichuan), county level, 南江县财政局 to 县林业局; year 2024 (notice dated 2024-06-07; its
attachments are titled "2023年…" — a slip of the publisher, kept). Sichuan is covered; Bazhong and Nanjiang are new. Captured from an
aggregator (chacewang.com) that glues the notice, the tables and their cells into one line.
Template kind: a county finance notice passing on provincial forestry funds, with an allocation table (分配表(任务清单): 预算单位 |
合计 | three funds each with 小计 and a task column headed by its function code) and the Sichuan 区域绩效目标表 (资金名称 / 主管部门 /
中央补助 年度金额(万元) / 总体目标 …).
Layout features: THE TARGET TABLE COVERS ONLY PART OF THE ALLOCATION — the allocation's 合计 357.18 (199 + 134.18 + 24) stands above a
target table for two of the three funds whose amount is 158.18 (134.18 + 24); the amount's label is "中央补助 年度金额(万元)" although
the money is provincial; the unit in the label; function codes (2110406, …) as column captions over task texts; "103245亩…" where
an area count runs into the task text.
Truth: one fund, 省级财政林业草原专项资金(天然林保护、林业草原支撑保障体系建设) (资金名称), budget 158.18 万元 (the target table's
年度金额(万元); NOT the allocation's 合计 357.18, which includes a fund this table does not cover). No indicators: the capture ends in
the 总体目标 row.
Truncation: the capture stops inside the 总体目标 text ("加强森林资源管护,林业草原有害生物无公害防治成效", cut); that row and the
rest are left out. The notice's second numbered point is missing in the capture (it jumps from 一 to 三), kept as captured.
Reconstruction: the text lost every separator; cells are split at the form's labels and at the amounts; the allocation grid (nine
columns, the funds over two columns each, the code row, one unit row) and the 3-column target grid are inferred; which cell "中央补助"
and "年度金额(万元)" form (one label or two) is not in the capture: two are assumed.
""",
))

# ---------------------------------------------------------------- 110
_A110 = [("龙涓镇", "5"), ("长卿镇", "1.5"), ("龙门镇", "2"), ("蓬莱镇", "1.5"), ("湖头镇", "2"), ("官桥镇", "1.5"), ("城厢镇", "1.5"),
         ("西坪镇", "2"), ("蓝田镇", "1"), ("感德镇", "1.5"), ("祥华乡", "1.5"), ("虎邱镇", "1"), ("大坪乡", "1.5"), ("尚卿镇", "1"),
         ("魁斗镇", "1"), ("剑斗镇", "1"), ("金谷镇", "1.5"), ("湖上乡", "1"), ("参内镇", "1"), ("芦田镇", "1"), ("桃舟乡", "1"),
         ("白濑乡", "1"), ("福田乡", "1.5"), ("凤城镇", "0.5")]
FILINGS.append(dict(
    dir="110-quanzhou-anxi-qiangzhi-mianyi-2025",
    html_title="安溪县农业农村局关于下达2025年中央财政动物疫病强制免疫补助资金的通知",
    blocks=[
        ("p", "各乡镇财政所、社会事务服务中心:"),
        ("p", "为进一步做好我县动物疫病防控工作,防止非洲猪瘟、口蹄疫、禽流感等重大动物疫病疫情发生,根据《福建省财政厅福建省农业农村厅关于下达"
              "2025年中央财政动物疫病强制免疫补助资金的通知》(闽财农指〔2024〕104号)精神,现将2025年中央财政动物疫病强制免疫补助35万"
              "(附件1)下达给你们,收入列“1100252-农林水共同财政事权转移支付收入”,请各乡镇依据《财政部农业农村部水利部关于印发农业防灾减灾"
              "和水利救灾资金管理办法》的通知(财农﹝2023﹞13号)和绩效目标(附件2),做好2025年重大动物疫病强制免疫工作,该经费主要用于春、"
              "秋两季高致病性禽流感、口蹄疫、小反刍兽疫畜禽集中免疫期间的技术培训、动物防疫员的补贴、购买防疫服务、消毒灭源、增添疫苗冷藏设施等,"
              "各乡镇要加强资金监管,确保财政资金安全有效,"),
        ("p", "附件:1.2025年安溪县中央财政动物强制免疫补助资金分配表\n2.2025年中央财政强制免疫补助资金绩效目标表"),
        ("p", "安溪县农业农村局\n2025年3月17日"),
        ("p", "附件1"),
        ("p", "2025年安溪县中央财政动物强制免疫补助资金分配表"),
        ("table", [["乡镇", "补助经费(万元)", "备注"]] + [[t, a, ""] for t, a in _A110] + [["全县合计", "35", ""]]),
        ("p", "注:根据村数结合(家禽、猪、牛羊)养殖量、以及完成省市免疫抗体抽查进行安排,"),
        ("p", "附件2"),
        ("p", "中央财政强制免疫补助资金绩效目标表"),
        ("p", "(2025年度)"),
        ("table", [
            ["项目名称", C("强制免疫补助", cs=3)],
            ["主管部门(单位)名称及部门预算编码", C("331省农业农村厅", cs=3)],
            ["补助项目/区域", C("项目相关乡镇", cs=3)],
            [C("资金情况(万元)", rs=3), C("资金总额:35", cs=3)],
            [C("其中:财政拨款35", cs=3)],
            [C("其他资金", cs=3)],
        ]),
    ],
    truth={"projects": [P("强制免疫补助", None, "35", "万元", [])]},
    notes="""
Place: 安溪县 (Anxi county, Quanzhou, Fujian), county level, 安溪县农业农村局 to the townships; year 2025 (dated 2025-03-17). Anxi is
covered by 58 (2022, a water-works per-area form, spent); this notice, fund and year are new. Captured from an aggregator
(chacewang.com) that glues the notice, the tables and their cells into one line.
Template kind: a county bureau's notice passing on central animal-epidemic funds, with an allocation table by township (乡镇 |
补助经费(万元) | 备注, 24 townships and a 全县合计 row) and the Fujian 绩效目标表 (项目名称 / 主管部门(单位)名称及部门预算编码 /
补助项目/区域 / 资金情况(万元) 资金总额: / 其中:财政拨款 / 其他资金 / 总体目标 …).
Layout features: THE AMOUNTS ARE GLUED TO THEIR LABELS in the target table ("资金总额:35", "其中:财政拨款35"); the allocation table's 24
small amounts (0.5 to 5) and its 全县合计 35 stand before it; the notice text writes the amount as "35万" (no 元); the budget code
"331" glued to the department's name.
Truth: one project 强制免疫补助 (项目名称), budget 35 万元 (资金总额, unit from "资金情况(万元)"). No indicators: the capture ends in the
总体目标 row.
Truncation: the capture stops inside the 总体目标 text ("按照国家及我省动物疫病强制免疫计划", cut); that row and the rest are left out.
Reconstruction: the text lost every separator; cells are split at the form's labels and at the township names; whether "资金总额:35"
is one cell or a label and an amount is NOT in the capture (the glued form of the other Fujian filings of the corpus puts them in
one cell: one cell is assumed); the allocation table's 备注 column is empty; the 3-column allocation grid and the 4-column target
grid are inferred.
""",
))

# ---------------------------------------------------------------- 112
_N112 = "法治宣传经费、法治建设经费"
_G112 = ("1.深入学习贯彻习近平法治思想,紧紧围绕党委政府中心工作开展法治宣传教育,着力推动 谁执法准普法深入开展基层依法治理,全面提升法治宣传教育"
         "工作水平 2.组织开展全县行政机关应诉业务培训,请县政府法律顾问病督促工作,依法办理行政复议案件,按省市局要求落实行政复议改革,依法办理行政应诉案件。")
FILINGS.append(dict(
    dir="112-luan-jinzhai-sifa-2024",
    html_title="金寨县司法局2024年项目支出绩效目标",
    blocks=[
        ("p", "1.“法治宣传经费、法治建设经费”项目。"),
        ("p", "(1)项目概述。开展全县行政应诉业务培训工作,聘请县政府年度法律顾问费用,办理行政复议案件,行政复议改革配套落实,办理行政诉讼案件。"),
        ("p", "(2)立项依据。《六安市全面依法治市督察考核办法》(3)实施主体。金寨县司法局。"),
        ("p", "(4)起止时间。2024年1月1日-2024年12月31日。(5)项目内容。组织开展全县行政机关应诉业务培训聘请县政府法律顾问病督促工作,"
              "依法办理行政复议案件按省市局要求落实行政复议改革,依法办理行政应诉案件"),
        ("p", "(6)年度预算安排:财政预算内拨款安排50.00万元。"),
        ("p", "(7)绩效目标:" + _G112),
        ("table", [
            [C("项目支出绩效目标申报表", cs=9)],
            [C("( 2024 年度)", cs=9)],
            [C("项目责任人(签字):", cs=4), C("单位(盖章):", cs=5)],
            ["项目名称", C(_N112, cs=8)],
            ["主管部门及代码", C("[017]金寨县司法局", cs=3), "实施单位", C("金寨县司法局", cs=4)],
            ["项目属性", C("一次性项目", cs=3), "项目期", C("1年", cs=4)],
            [C("项目资金 (万元)", rs=3), "中期资金总额:", C("50.00", cs=2), "年度资金总额:", C("50.00", cs=4)],
            ["其中:财政拨款", C("50.00", cs=2), "其中:财政拨款", C("50.00", cs=4)],
            ["其他资金", C("0.00", cs=2), "其他资金", C("0.00", cs=4)],
            ["总 体 目 标", C("中期目标(2024年—2024年)", cs=3), C("年度目标", cs=5)],
        ]),
    ],
    truth={"projects": [P(_N112, None, "50.00", "万元", [])]},
    notes="""
Place: 金寨县 (Jinzhai county, Lu'an, Anhui), county level, [017]金寨县司法局; year 2024 ("( 2024 年度)", 2024-01-01 to 2024-12-31).
Jinzhai is covered by 26 and 49 (other units, 2021 and 2023); the justice bureau and this year are new.
Template kind: the Anhui 项目支出绩效目标申报表 with two column groups (中期 | 年度), after the county's prose summary of the project
(项目概述, 立项依据, 实施主体, 起止时间, 项目内容, 年度预算安排, 绩效目标): 项目责任人(签字) | 单位(盖章) / 项目名称 / 主管部门及代码 | 实施单位
/ 项目属性 | 项目期 / 项目资金(万元) 中期资金总额: | amount | 年度资金总额: | amount, 其中:财政拨款, 其他资金 / 总体目标 中期目标 | 年度目标 / ….
Layout features: TWO BUDGETS, equal here (中期 50.00 and 年度 50.00 for a one-year project, "2024年—2024年"), each amount in the cell
after its label; the same amount in prose before the table ("财政预算内拨款安排50.00万元"); a department code in brackets ("[017]");
signature and seal labels in a row of their own; spaced side label ("总 体 目 标").
Truth: one project 法治宣传经费、法治建设经费 (项目名称), budget 50.00 万元 (年度资金总额; unit from "项目资金 (万元)"). No indicators: the
capture ends inside the goal texts.
Truncation: the capture stops inside the 中期目标 text ("…请县政府法律", cut); the goal row and the rest (the indicator block) are left
out; 总体目标 is reproduced over its caption row only.
Reconstruction: the capture prints one cell a line ending in " |", with a run of "|" for the cells a row does not start; the 9-column
grid follows the title row (one cell and eight "|"); how the cells of each row share the nine columns (the mid-term amounts over two,
the year's over four) is inferred. The prose summary is kept as paragraphs.
""",
))

# ---------------------------------------------------------------- 114
_U114 = "衡山县贯塘乡人民政府"


def _z114(label, a, b, c):
    return [C(label, cs=2), C(a, cs=2), C(b, cs=2), C(c, cs=2)]


FILINGS.append(dict(
    dir="114-hengyang-hengshan-guantang-zhengti-ziping",
    html_title="2023年贯塘乡人民政府决算编制说明",
    blocks=[
        ("p", "2023年贯塘乡人民政府决算编制说明"),
        ("p", "411001-衡山县贯塘乡人民政府2023年部门决算公开"),
        ("p", "附件一"),
        ("p", "2023年度部门整体支出绩效评价基础数据表"),
        ("table", [
            _z114("财政供养人员情况(人", "编制数", "2023 年实际在职人数", "控制率"),
            _z114("", "46", "50", "108.70%"),
            _z114("经费控制情况(万元", "2022 年决算数", "2023 年预算数", "2023 年决算数"),
            _z114("三公经费:", "0", "0", "0"),
            _z114("1、公务用车购置和维护经费", "0", "0", "0"),
            _z114("其中:公车购置", "0", "0", "0"),
            _z114("公车运行维护", "0", "0", "0"),
            _z114("2、出国经费", "0", "0", "0"),
            _z114("3、公务接待", "0", "0", "0"),
            _z114("项目支出:", "874.20", "308.17", "1025.20"),
            _z114("1、业务工作经费", "", "", ""),
            _z114("2、运行维护经费", "", "", ""),
            _z114("……", "", "", ""),
            _z114("3、省级专项资金(每个专项一行", "", "", ""),
            _z114("……", "", "", ""),
            _z114("公用经费", "118.31", "85.76", "193.42"),
            _z114("其中:办公经费", "29.35", "27.00", "49.09"),
            _z114("水费、电费、差旅费", "8.80", "13.00", "12.64"),
            _z114("会议费、培训费", "4.92", "3.00", "5.42"),
            _z114("政府采购金额", "", "", ""),
            _z114("部门基本支出预算调整", "", "", ""),
            [C("楼堂馆所控制情况", rs=2), "2023 年完工项目", "批复规模(㎡", "实际规(㎡)", "规模控制", "预算投资 (万元",
             "实际投资 (万元", "投资概算控制"],
            ["", "", "", "", "", "", ""],
            ["厉行节约保障措施", C("", cs=7)],
        ]),
        ("p", "说明:项目支出需要填报基本支出以外的所有项目支出情况,公用经费填报基本支出中的一般商品和服务支出。"),
        ("p", "附件二"),
        ("p", "2023年度部门整体支出绩效自评表"),
        ("table", [
            [C("预算部门、单位名称", cs=2), C(_U114, cs=6)],
            [C("年度预算申请 (万元", rs=7), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分"],
            ["年度资金总额", "861.10", "2030.12", "2030.12", "10", "100%", "10"],
            [C("按收入性质分:2030.12", cs=3), C("按支出性质分:1925.67", cs=4)],
            [C("其中: 一般公共预算:1325.68", cs=3), C("其中:基本支出:900.47", cs=4)],
            [C("政府性基金拨款:118.82", cs=3), C("项目支出:1025.20", cs=4)],
            [C("纳入专户管理的非税收入拨款:", cs=3), C("", cs=4)],
            [C("其他资金:585.62", cs=3), C("", cs=4)],
            [C("年度总体目标", rs=2), C("预期目标", cs=3), C("实际完成情况", cs=4)],
        ]),
    ],
    truth={"projects": [P(_U114, None, "2030.12", "万元", [])]},
    notes="""
Place: 贯塘乡 (Guantang township, Hengshan county, Hengyang, Hunan), township level, 衡山县贯塘乡人民政府 (code 411001); year 2023
(the 2023 final accounts, 部门决算公开, published 2024-09). Hunan is covered, and Hengshan county by 55 (the county 商务和粮食局, 2020,
a project self-evaluation); the township, the year and this form are new.
Template kind: a DEPARTMENT-WIDE self-evaluation in the Hunan final-accounts package: 附件一 部门整体支出绩效评价基础数据表 (staff,
three-year cost control: 2022 年决算数 | 2023 年预算数 | 2023 年决算数, 三公经费, 项目支出, 公用经费, 楼堂馆所) then 附件二
部门整体支出绩效自评表: 预算部门、单位名称 / 年度预算申请(万元) | blank caption | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
自评得分 / 年度资金总额 / 按收入性质分 | 按支出性质分 split rows / 年度总体目标 预期目标 | 实际完成情况 (cut).
Layout features: MANY AMOUNTS BEFORE THE BUDGET: the base-data table's 万元 columns (项目支出 874.20 | 308.17 | 1025.20, 公用经费
118.31 | 85.76 | 193.42, …) and a staff count with a rate (46 | 50 | 108.70%) come first and are not the budget; the budget row has
年初预算数 861.10 and 全年预算数 2030.12 (the year's budget more than doubled); the split rows hold label and amount in ONE cell
("按收入性质分:2030.12", "其中:基本支出:900.47"; the parts add up: 1325.68 + 118.82 + 585.62 = 2030.12, 900.47 + 1025.20 = 1925.67);
unit labels that lost their closing bracket ("(万元", "(人", "(每个专项一行"); a blank caption above 年度资金总额.
Truth: one department 衡山县贯塘乡人民政府 (预算部门、单位名称), budget 2030.12 万元 (全年预算数 of 年度资金总额, the corpus's
self-evaluation convention; 年初预算数 is 861.10; 全年执行数 is also 2030.12); unit from "年度预算申请(万元". No indicators: the
capture ends inside the goal row.
Truncation: the capture stops inside the 预期目标 text of 年度总体目标 ("搞好政府各职能部门完成的工作任务监督,服务市场主体和营造发展", cut);
that text and the rest (the indicator block) are left out; the goal row is reproduced over its caption row only.
Reconstruction: the capture prints one cell a line with blank lines between; which cells form a row is inferred from the captions
(four per row in the upper base-data table, the 楼堂馆所 block with seven captions, so an 8-column grid with the upper labels and
values two columns wide — inferred); the empty row under the 楼堂馆所 captions and the width of 厉行节约保障措施 are inferred from the
runs of blank lines. In the 自评表 the split rows are two cells each (income side over three columns, expense side over four —
inferred), and the spans of 年度预算申请 (seven rows) and 年度总体目标 are inferred. Captions broken over two lines in the capture
("年度预算申请" / "(万元", "预算投资" / "(万元") are joined with a space. The 说明 line between the tables is kept as a paragraph.
""",
))

# ---------------------------------------------------------------- 116
_N116 = "林业草原生态保护恢复资金"
_L116 = ["上一轮退耕还林补助面积(万亩)", "新一轮退耕还林(草)第二次补助面积(万亩)", "新一轮退耕还林(草)第三次补助面积(万亩)",
         "草原有害生物防治面积(万亩)"]
FILINGS.append(dict(
    dir="116-baoji-chencang-linye-quyu-2021",
    html_title="2021年林业生态保护恢复资金区域绩效目标申报表",
    blocks=[
        ("p", "陈仓区林业局:"),
        ("p", "根据市财政局《关于下达2021年中央财政林业生态恢复资金的通知》(宝市财办资环〔2021〕13号)和市林业局、市财政局《关于下达2021年林业草原"
              "生态保护恢复资金计划的通知》(宝市林发〔2021〕18号)精神,现将2021年中央财政林业生态保护恢复专项资金189.42万元下达给你局,年终列入相关"
              "政府收支分类科目,为做好此项工作,现将有关事项通知如下:"),
        ("p", "一、天然林保护工程社会劳动保险补助171.62万元,参保人数为163人,年终列入“2110502社会支出补助”政府收支分类科目。"),
        ("p", "二、完善退耕还林政策兑现补助资金17.80万元,计划兑现面积1980亩,其中:粮食折现补贴13.84万元、现金补贴3.96万元,年终列入“2110602退耕现金”"
              "政府收支分类科目。"),
        ("p", "三、请你局继续做好退耕还林工作,严格执行有关政策制度的规定,积极做好财政资金绩效监控,确保年度绩效目标如期完成,切实加强资金管理,确保专款专用,"
              "提高财政资金使用效益。"),
        ("p", "附件:2021年林业生态保护恢复资金区域绩效目标申报表"),
        ("p", "2021年林业生态保护恢复资金区域绩效目标申报表"),
        ("table", [
            ["专项名称金", C(_N116, cs=4)],
            ["区级财政部门", C("宝鸡市陈仓区财政局", cs=4)],
            ["区级林业主管部门", C("宝鸡市陈仓区林业局", cs=4)],
            ["年度金额(万元)", C("189.42", cs=4)],
            ["年度总体目标", C("目标:完成退耕还林政策任务,做好退耕还林政策的兑现,持续发挥林业生态建设保护作用,提高职工社会参保率及职工收入水平。", cs=4)],
            [C("绩效指标", rs=6), "一级指标", "二级指标", "三级指标", "指标值"],
            [C("产出指标", rs=5), C("数量指标", rs=5), "天保工程实施单位保险参保人数(人)", ""],
        ] + [[n, ""] for n in _L116]),
    ],
    truth={"projects": [P(_N116, None, "189.42", "万元", [])]},
    notes="""
Place: 陈仓区 (Chencang district, Baoji, Shaanxi), district level, 宝鸡市陈仓区财政局 to 宝鸡市陈仓区林业局; year 2021 (the notice passes down
the 2021 central 林业草原生态保护恢复资金; published 2021-06). Chencang is covered by 60 (held out, spent: the 2020 水利发展资金 table);
this fund, the forestry bureau and the year are new. An earlier-found Chencang 2023 page whose total cell was empty was passed over;
this is another page.
Template kind: Shaanxi 区域绩效目标申报表 of a central transfer (林业草原生态保护恢复资金) passed down to a district, after the allocation
notice: 专项名称 / 区级财政部门 / 区级林业主管部门 / 年度金额(万元) / 年度总体目标 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值.
Layout features: a GARBLED LABEL: the name's label reads "专项名称金" (not 专项名称); the money label is 年度金额(万元) (no 资金总额); the
notice above gives the same total in prose with its two parts (171.62万元 + 17.80万元 = 189.42万元, and 13.84 + 3.96 = 17.80), numbers
that are not the budget; EVERY 指标值 cell is EMPTY (the target table was published with names only).
Truth: one transfer 林业草原生态保护恢复资金 (the cell after "专项名称金"), budget 189.42 万元 (年度金额; unit from "年度金额(万元)"). No
indicators: the five named 数量指标 rows have empty targets, and rows without a readable target are not indicators (the corpus
convention).
Truncation: the capture stops after the fifth 数量指标 row (草原有害生物防治面积(万亩), empty value); the rest of the indicator block (质量,
时效, 效益 …) is left out.
Reconstruction: the capture prints one cell a line ending in " |", with a run of "|" for the cells a row does not start; the 5-column
grid follows the indicator header (绩效指标 and four captions) and the label rows (label and value, then "|||"). The empty value cells are
read from the runs ("||" after the first row: an empty value and the spanned 绩效指标 column; "||||" after the others: an empty value and
three spanned columns), so the spans of 绩效指标, 产出指标 and 数量指标 over the rows are inferred from those counts.
""",
))
