# Hand transcription of the HELD-OUT half of gatherE's part of the eighth round of
# real filings (issue 21: the even numbers from 210 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 210
_G210 = ("实施新一轮退耕还林,规划设计、组织管理、检查验收等,督促兑付退耕还林补助资金。协助完成国家林业局对我市2018年度新一轮退耕还林"
         "检查验收,以会代训开展退耕还林业务培训,对新从业人员进行培训等。")
_A210 = "实施新一轮退耕还林,规划设计、组织管理、检查验收等,督促兑付退耕还林补助资金。以会代训开展退耕还林业务培训,对新从业人员进行培训等。"
FILINGS.append(dict(
    dir="210-nanchong-linye-tuigeng-ziping-2023",
    html_title="部门预算项目支出绩效自评表(2023年度)",
    blocks=[
        ("p", "详情见附件(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)"),
        ("table", [
            [C("部门预算项目支出绩效自评表(2023年度)", cs=11)],
            [C("项目名称", cs=2), C("51130021T000000229367-退耕还林工程建设专项工作经费", cs=9)],
            [C("主管部门", cs=2), C("南充市林业", cs=5), "实施单位(盖章)", C("南充市林业局", cs=3)],
            [C("项目基本情况", rs=3), C("1.项目年度目标完成情况", rs=2), C("项目年度目标", cs=5), C("年度目标完成情况", cs=4)],
            [C(_G210, cs=5), C(_A210, cs=4)],
            ["2.项目实施内容及过程概述", C(_G210, cs=9)],
            [C("预算执行情况(10分)", rs=6), "年度预算数(万元)", "年初预算", "调整后预算数", C("预算执行数", cs=3), "预算执行率", "权重",
             "得分", "原因"],
            ["总额", "5.00", "5.00", C("5.00", cs=3), "100.00%", "10", "", ""],
            ["其中:财政资金", "5.00", "5.00", C("5.00", cs=3), "100.00%", "/", "/", ""],
            ["财政专户管理资金", "0.00", "0.00", C("0.00", cs=3), "0.00%", "/", "/", ""],
            ["单位资金", "0.00", "0.00", C("0.00", cs=3), "0.00%", "/", "/", ""],
            ["其他资金", "", "", C("", cs=3), "", "/", "/", ""],
            [C("绩效指标(90分)", rs=2), "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
             "未完成原因分析"],
            ["产出指标", "数量指标", "会议培训举办次数(次)", "≥", "1", "次", "1", "", "", ""],
        ]),
    ],
    truth={"projects": [P("51130021T000000229367-退耕还林工程建设专项工作经费", None, "5.00", "万元", [
        I("产出指标", "数量指标", "会议培训举办次数(次)", "≥1次", op="≥", value="1", unit="次", actual="1"),
    ])]},
    notes="""
Place: 南充市 (Nanchong, Sichuan), city level, 南充市林业局 (the city forestry bureau; 主管部门 captured as "南充市林业", its last
character lost); year 2023 (the title "部门预算项目支出绩效自评表(2023年度)"). Captured from a tender-notice aggregator
(m.bidcenter.com.cn) that republishes the bureau's attachment as text recognised from an IMAGE ("详情见附件(注:以下内容为附件图片识别,
个别文字可能不准确,请以附件为准)"). Nanchong is covered once (a filing of round two); the city forestry bureau and a 退耕还林 work fund
are new.
Template kind: the Sichuan 部门预算项目支出绩效自评表 (2023), the same form as 37 and 39: 项目名称 (with the project code) / 主管部门 |
实施单位(盖章) / 项目基本情况 (1.项目年度目标完成情况: 项目年度目标 | 年度目标完成情况; 2.项目实施内容及过程概述) / 预算执行情况(10分):
年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 by 总额 / 其中:财政资金 / 财政专户管理资金 /
单位资金 / 其他资金 / 绩效指标(90分) 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因
分析.
Layout features: a SELF-EVALUATION with a SPLIT TARGET (comparator "≥" under 指标性质, number under 指标值, unit under 度量单位) and the
actual under 完成值; the name carries a 21-character project code ("51130021T000000229367-…"); the unit in the name too
("会议培训举办次数(次)") and again in 度量单位; money all "5.00" (年初 = 调整后 = 执行), rows of "0.00" and "/" in the weight and score
columns of the sub-rows; the goal text and the 实施内容 text are the same sentence; a note line above the grid.
Truth: one project, name as written in 项目名称 (code included; code null as everywhere), budget 5.00 万元 (调整后预算数 of the 总额 row,
equal to 年初预算; unit from "年度预算数(万元)"). ONE indicator: 产出指标 / 数量指标 / 会议培训举办次数(次), value "≥1次" (op ≥, value 1,
unit 次), actual "1".
Truncation: the capture stops inside that first indicator row, right after its 完成值 ("| 次 | 1 " and nothing more): its 权重, 得分
and 未完成原因分析 cells are not in the capture (left EMPTY in the rebuild, an inference; not in the truth), and every later
indicator row, the 合计 row and the signature rows are left out. The actual "1" is taken as a whole cell (a space follows it, as
after every cell in the capture). The 绩效指标(90分) label spans only the header and the one reproduced row.
Reconstruction: the capture prints each grid row on one line as "cell | | cell |" with one "|" per grid slot (11 slots per row: the
indicator header's left label + 10). Spans are INFERRED from the slot counts: 项目名称 and 主管部门 over two slots, the name over nine,
南充市林业 over five, 南充市林业局 over three; 项目基本情况 over three rows and "1.项目年度目标完成情况" over two (its caption row and
the goal row; the goal row and the 实施内容 row start with one and two empty slots); 项目年度目标 and the goal text over five slots,
年度目标完成情况 and its text over four; 预算执行情况(10分) over six rows; 预算执行数 over three slots (the two empty slots after it in every money row; the
header's empty slots read as part of its span, as the money rows show them empty). The note before the title is kept as a paragraph.
""",
))

# ---------------------------------------------------------------- 212
_R212 = [  # name, target, actual, score (score None where the capture cut it)
    ("公猪舍(≥**平方米)", "22.8", "22.8", "1"),
    ("母猪、保育猪舍(≥**平方米)", "180", "180", "3"),
    ("育肥猪舍(≥**平方米)", "180", "180", "3"),
    ("周转猪舍(≥**平方米)", "180", "180", "3"),
    ("隔离舍(≥**平方米)", "54", "54", "2"),
    ("仓库(≥**平方米)", "104", "104", "2"),
    ("管理用房及消通道(≥**平方米)", "76.44", "76.44", "2"),
    ("化粪池(≥**立方米)", "63", "63", "1"),
    ("堆粪房(≥**平方米)", "29.6", "29.6", "1"),
    ("消毒池(≥**平方米)", "14", "14", "1"),
    ("排污沟(≥米)", "50", "50", "1"),
    ("场地硬化(≥**平方米)", "230", "230", "2"),
    ("粉碎拌合机(11kw)(≥台)", "1", "1", "1"),
    ("产床(全复合双体产床)(≥套)", "2", "2", "1"),
    ("保育栏(≥套)", "4", "4", "1"),
    ("消毒机(≥台)", "1", "1", "1"),
    ("冲洗机(≥台)", "1", "1", "1"),
    ("种公猪(≥头)", "2", "2", "2"),
    ("种母猪(≥头)", "20", "20", None),
]
_L212 = "产出指标(40分)"


def _row212(r):
    return [C(r[0], cs=4), r[1], r[2], r[3] or ""]


def _ind212(r):
    cells = {"actual": r[2]}
    if r[3] is not None:
        cells["score"] = r[3]
    return I(_L212, "数量指标", r[0], r[1], **cells)


FILINGS.append(dict(
    dir="212-baoshan-changning-shengzhu-ziping-2022",
    html_title="2022年度项目支出绩效自评表(昌龙鸿运)",
    blocks=[
        ("p", "2022年度项目支出绩效自评表(昌龙鸿运)"),
        ("p", "附件3:"),
        ("p", "2022年度项目支出绩效自评表"),
        ("p", "单位名称:昌宁县供销合作社联合社 填报日期:2023年4月15日"),
        ("table", [
            ["项目名称", C("昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目", cs=9)],
            ["主管部门", C("昌宁县供销合作社联合社", cs=3), C("项目实施单位", cs=3), C("昌宁县昌龙鸿运牧业专业合作社", cs=3)],
            ["项目类别", C("1、部门预算项目 □ 2、县直专项 ☑ 3、省市对下转移支付项目 □", cs=9)],
            ["项目属性", C("1、持续性项目 ☑ 2、新增性项目 □", cs=9)],
            [C("预算执行情况(万元)\n(20分)", rs=2), C("", cs=2), C("预算数(A)", cs=4), "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
            [C("年度财政资金总额", cs=2), C("50", cs=4), "10", "20", "4"],
            [C("年度绩效目标\n(80分)", rs=20), "一级指标", "二级指标", C("三级指标", cs=4), "年初目标值(A)", "实际完成值(B)", "得分"],
            [C(_L212, rs=19), C("数量指标", rs=19)] + _row212(_R212[0]),
        ] + [_row212(r) for r in _R212[1:]]),
    ],
    truth={"projects": [P("昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目", None, "50", "万元", [_ind212(r) for r in _R212])]},
    notes="""
Place: 昌宁县 (Changning county, Baoshan, Yunnan; the county's site yncn.gov.cn), county level, 昌宁县供销合作社联合社 (the county's
supply and marketing co-operative federation, 主管部门) for a co-operative's project (项目实施单位 昌宁县昌龙鸿运牧业专业合作社, a
livestock co-operative); year 2022 (the title "2022年度项目支出绩效自评表", 填报日期 2023年4月15日, published 2023-04-20). Baoshan is
covered by 179 (a city bureau, the same form); Changning, a supply co-operative and a pig-farm construction project are new.
Template kind: the Yunnan (Baoshan) 项目支出绩效自评表 (附件3), 179's form: 单位名称 | 填报日期 above the grid; 项目名称 / 主管部门 |
项目实施单位 / 项目类别 and 项目属性 with check boxes (☑ / □) / 预算执行情况(万元)(20分) 预算数(A) | 执行数(B) | 执行率(B/A) |
得分(20分*执行率) by 年度财政资金总额 / 年度绩效目标(80分) 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分.
Layout features: EXECUTION FAR BELOW THE BUDGET (预算数 50, 执行数 10, 执行率 written "20" without "%", budget score 4 = 20 × 20%);
NAMES WITH UNFILLED PLACEHOLDERS carrying comparator and unit ("公猪舍(≥**平方米)", "排污沟(≥米)", "粉碎拌合机(11kw)(≥台)") while the
targets are BARE NUMBERS ("22.8", "180", "76.44"); nineteen rows under one level-1 and one level-2 cell ("产出指标(40分)" with its
points, "数量指标"); small integer scores (1-3) summing below the block's 40 points in the capture; points in the labels ("(20分)",
"(80分)"); a page header (accessibility links, 索引号, 发布机构) before the form.
Truth: one project, name = 项目名称, budget 50 万元 (预算数(A) of 年度财政资金总额; unit from "预算执行情况(万元)"). NINETEEN indicators:
level1 "产出指标(40分)" as written, level2 "数量指标" (filled down), name = 三级指标 as written (placeholders kept), value = 年初目标值(A)
(a bare number), value_cells actual (实际完成值(B)) and score (得分); the last row has no score (cut, see below).
Truncation: the capture stops in the nineteenth row ("种母猪(≥头) | 20 | 20", its 得分 cut); the row is kept with target and actual
(each a whole line of the capture) and its score cell left EMPTY in the rebuild (an inference; no score in the truth); every later row
(the rest of 产出指标, 效益指标, 满意度指标, 总分) is left out, and the spans of 年度绩效目标, 产出指标(40分) and 数量指标 end at the
last reproduced row.
Reconstruction: the capture prints each cell as a paragraph (blank line between cells) and each row end as a run of ten blank lines;
the label "预算执行情况(万元)" and "(20分)" are taken as one cell broken over two lines, followed by an empty corner cell (the extra
blank line), as in 179. The 10-column grid and every span (name and check-box rows over nine columns, 主管部门's and 项目实施单位's
cells over three, 预算数(A) and 三级指标 over four, the empty corner and 年度财政资金总额 over two, the labels down their rows) are taken
from 179's form and INFERRED here; the level-1 and level-2 cells are taken to span the nineteen rows (the capture prints them once). The
page header lines before the title are left out; the title, 附件3 and the 单位名称 line are paragraphs.
""",
))

# ---------------------------------------------------------------- 214
_L214 = "度效标O0B年绩目1分"
FILINGS.append(dict(
    dir="214-unknown-changjiang-jinbu-yuye-ziping-2020",
    html_title="2020年度长江禁捕项目自评表",
    blocks=[
        ("p", "2020年度长江禁捕项目自评表单位名称农业工作科填报日期.docx"),
        ("p", "《2020年度长江禁捕项目自评表单位名称农业工作科填报日期.docx》由会员分享,可在线阅读,更多相关《2020年度长江禁捕项目自评表单位名称"
              "农业工作科填报日期.docx(2页珍藏版)》请在第壹文秘上搜索。"),
        ("p", "2020年度长江禁捕项目自评表"),
        ("p", "单位名称:农业工作科填报日期:"),
        ("table", [
            ["项目名称", C("渔业成品油价格改革补贴", cs=6)],
            ["主管部门", C("区市场监督管理局", cs=2), C("项目实施单位", cs=2), C("农业科", cs=2)],
            ["项目类别", C("1、部门预算项目02、市直专项口3、市对下转移支付项目0", cs=6)],
            ["项目属性", C("1、持续性项目2、新增性项目0", cs=6)],
            ["项目类型", C("1、常年性项目2、延续性项目口3、一次性项目0", cs=6)],
            [C("预算执行情况(万元)(20分)", cs=2), "预算数(A)", "执行数(B)", "执行率(B/A)", C("得分(20分*执行率)", cs=2)],
            [C("年度财政资金总额", cs=2), "1.56", "1.56", "1", C("20", cs=2)],
            [C(_L214, rs=6), "EB", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
            [C("出标产指", rs=3), "数量指标", "补贴渔船数", "6", "6", "20"],
            ["质量指标", "渔船补贴发放率", "100%", "100%", "10"],
            ["时效指标", "12月底之前完成", "100%", "100%", "10"],
            ["益标效指", "", "", "", "", ""],
            ["意指斥满度打", "服务对象满意度", "退捕渔民抽样调查满意度", "90%", "290%", "40"],
            [C("总分", cs=6), "100"],
            ["偏差大或目标未完成原因分析", C("无", cs=6)],
            ["改进措施及结果应用方案", C("无", cs=6)],
        ]),
        ("p", "备注:1 .预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。2 .定量指标完成数汇总"
              "原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正向指标(即目标值为2X,得分=权重*BA),反向指标(即目标值"
              "为WX,得分=权重*AB),得分不得突破权重总额。定量指标先汇总完成数,再计算得分。3 .定性指标计分原则:达成预期指标、部分达成预期指标、"
              "未达成预期指标三档,分别按照该指标对应分值区间100%-80%(280酚、80%-50%(50%,80%)50%-0%(50册合理确定分值。汇总时,以资金额度为"),
    ],
    truth={"projects": [P("渔业成品油价格改革补贴", None, "1.56", "万元", [
        I("出标产指", "数量指标", "补贴渔船数", "6", actual="6", score="20"),
        I("出标产指", "质量指标", "渔船补贴发放率", "100%", actual="100%", score="10"),
        I("出标产指", "时效指标", "12月底之前完成", "100%", actual="100%", score="10"),
        I("意指斥满度打", "服务对象满意度", "退捕渔民抽样调查满意度", "90%", actual="290%", score="40"),
    ])]},
    notes="""
Place: NOT NAMED — a district (主管部门 "区市场监督管理局", the implementing unit "农业科", the filer "农业工作科") of a city (the check
boxes name 市直专项 and 市对下转移支付项目); year 2020 (the title "2020年度长江禁捕项目自评表"). The fund is the fishery fuel-price
subsidy (渔业成品油价格改革补贴) under the Yangtze fishing ban (长江禁捕), so the place lies on the Yangtze, it seems. Captured from a
document-sharing site (1wenmi.com, "第壹文秘") that previews the .docx ("…自评表单位名称农业工作科填报日期.docx", 2 pages) as a glued
text layer recognised from page images, broken only by the site's page markers ("1、", "2、").
Template kind: the 财政项目绩效自评表 of 107's family (Hubei-style city form): 单位名称 | 填报日期 / 项目名称 / 主管部门 | 项目实施单位 /
项目类别, 项目属性, 项目类型 check-box rows / 预算执行情况(万元)(20分) 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) /
年度财政资金总额 / 年度绩效目标(80分) 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 / 总分 / 偏差大或目标未完成
原因分析 / 改进措施及结果应用方案 / 备注.
Layout features: OCR SLIPS kept as written — the left label "度效标O0B年绩目1分" (年度绩效目标(80分), as 107's "度效标80> 年绩目1分"),
the 一级指标 caption as "EB", level-1 labels scrambled ("出标产指" for 产出指标, "益标效指" for 效益指标, "意指斥满度打" for 满意度指标),
ticked boxes read as "0"/"02、" and empty ones as "口"; 执行率 written "1" (for 100%); an actual "290%" against the target "90%" (a
"≥90%" read as 290%, it seems: kept); a tiny budget (1.56 万元) with a 20-point score; a fuel subsidy under a market-supervision
bureau (as written).
Truth: one project 渔业成品油价格改革补贴 (项目名称), budget 1.56 万元 (预算数(A); unit from "预算执行情况(万元)"). Four indicators:
level1 as captured ("出标产指" for the three output rows; "意指斥满度打" for the satisfaction row), level2 as written, name = 三级指标,
value = 年初目标值(A), value_cells actual (实际完成值(B)) and score (得分); the scores add up to the 80 points of the block (20 + 10 +
10 + 40), which bears out the splits.
Truncation: the capture stops inside the 备注 under the grid ("…汇总时,以资金额度为", cut); the grid itself is whole. The 备注 is
kept as a paragraph as far as captured.
Reconstruction: the text LOST EVERY SEPARATOR; cells are split at the form's labels and by the score sums, all INFERENCES:
"年度财政资金总额1.561.56120" = 1.56 | 1.56 | 1 | 20; "补贴渔船数6620" = 补贴渔船数 | 6 | 6 | 20; "时效指标12月底之前完成10" + the page
marker "2、" + "0%100%10" = 12月底之前完成 | 100% | 100% | 10 (the marker left out, the two pieces of "100%" joined); "…满意度90%290%40"
= 90% | 290% | 40. "益标效指意指斥满度打" is read as two level-1 cells: an EMPTY 效益指标 block (one row, no indicator: its level-2,
name and value cells empty, an inference) and the satisfaction block. The 7-column grid and every span follow 107's form; the doc
title line and the site's sharing note are paragraphs, the page markers are left out.
""",
))

# ---------------------------------------------------------------- 216
_E216 = ["", "", "", "", "", "", "", "", ""]
_T216a = "严格按照转移支付管理制度以及资金管理办法规定分配资金"
_T216b = "严格按照转移支付管理制度以及资金管理办法规定的范围和标准合理分配资金"
_T216c = "2024年中央财政林草专项资金预算(第三批)于2025年2月26日省级下达资金文件,下达滞后"
_T216d = "严格按照国库集中支付制度有关规定支信资金,确保资金拨付合规"
FILINGS.append(dict(
    dir="216-yaan-mingshan-linye-caoyuan-pingjia-2024",
    html_title="雅安市名山区林业局2024年度林业草原改革发展资金绩效评价表",
    blocks=[
        ("p", "雅安市名山区林业局2024年度林业草原改革发展资金绩效评价表"),
        ("p", "审批\n四川-雅安-名山区\n发布时间: 2025年05月28日\n项目详情"),
        ("p", "下文中****为隐藏内容,仅对千里马会员开放,如需查看完整内容请 或 拨打咨询热线: 400-688-2000"),
        ("p", "****2024年度林业草原改革发展资金绩效评价表"),
        ("p", "发布时间: 2025-05-28 10:33"),
        ("p", "年度:2024年"),
        ("table", [
            ["资金投入情况\n(万元)", "行次", "全年预算数\n(A)", "统筹整合资金数\n(B)", "扣除统筹整合资金后预算金额\n(C)", "全年到位资金\n(D)",
             "预算到位\n(D/C×100%)", "全年执行资金\n(E)", "预算执行\n(E/C×100%)", C("佐证材料", cs=2)],
            ["列次", "0", "1", "2", "3", "4", "5", "6", "7", "所需材料", "上传端口"],
            ["年度资金总额(万元):", "1", "52.800000", "", "52.800000", "52.800000", "100.00%", "30.800000", "58.33%", "", ""],
            ["其中:中央财政资金(万元)", "2", "52.800000", "", "52.800000", "52.800000", "100.00%", "30.800000", "58.33%",
             "预算下达文件、资金到位及支出凭证", ""],
            ["地方财政资金(万元)", "3"] + _E216,
            ["其他资金(万元,自有资金、社会资本、以前年度结转结余资金等)", "4"] + _E216,
        ]),
        ("table", [
            [C("资金管理情况", cs=3), "情况说明", "存在问题", "改进措施"],
            [C("列次", cs=3), "8", "9", "10"],
            [C("分配科学性", rs=2), "5", "资金分配规范性", _T216a, "", ""],
            ["6", "资金分配合理性", _T216b, "", ""],
            [C("下达及时性", rs=2), "7", "资金分解下达进度", "及时分解下达", _T216c, "积极对接市级部门,建议省级部门及时下达资金。"],
            ["8", "资金到位率", "资金已到位", "", ""],
            [C("拨付合规性", rs=2), "9", "资金拨付合规性", _T216d, "", ""],
            ["10", "资金项目支付进度", "严格按照项目合同约定支付进度支付资金", "项目支付进度缓慢", "加强与财政沟通,加快资金支付"],
        ]),
    ],
    truth={"projects": [P(None, None, "52.800000", "万元", [])]},
    notes="""
Place: 名山区 (Mingshan district, Ya'an, Sichuan), district level, 雅安市名山区林业局 (the page title; the table's own title has the
unit masked as "****"); year 2024 (the title and "年度:2024年", published 2025-05-28). Captured from a tender aggregator
(qianlima.com) that republishes the district's page and masks names for non-members ("下文中****为隐藏内容"). Sichuan is covered (many
filings); Ya'an, a forestry bureau and this evaluation sheet are new.
Template kind: the Sichuan 2024 转移支付 绩效评价表 of a central forestry-and-grassland fund (林业草原改革发展资金), a scored sheet with
numbered rows and columns: 资金投入情况(万元) with 行次 | 全年预算数(A) | 统筹整合资金数(B) | 扣除统筹整合资金后预算金额(C) | 全年到位资金(D)
| 预算到位(D/C×100%) | 全年执行资金(E) | 预算执行(E/C×100%) | 佐证材料 (所需材料 | 上传端口), a 列次 row numbering the columns 0-7, money
rows 年度资金总额(万元): / 其中:中央财政资金(万元) / 地方财政资金(万元) / 其他资金(…) numbered 1-4; then 资金管理情况 (情况说明 | 存在问题 |
改进措施, 列次 8-10) with rows 5-11 under 分配科学性, 下达及时性, 拨付合规性, 使用规范性 (cut).
Layout features: ROW NUMBERS (行次 1, 2, 3, 4) between each money label and its amounts, and a COLUMN-NUMBER ROW (列次 0 … 7) under
the captions — numbers that are not money; AMOUNTS WITH SIX DECIMALS ("52.800000", "30.800000"); the budget (A) beside a 统筹整合
(B) column left empty and a (C) equal to it; execution 58.33% (30.8 of 52.8); an evidence column (佐证材料) holding a sentence; the
project's name only in a masked title ("****2024年度林业草原改革发展资金绩效评价表"), no 项目名称 cell.
Truth: one fund with NO name (no name cell; the title is masked), budget 52.800000 万元 (全年预算数(A) of 年度资金总额(万元):, as
written; (C) and (D) hold the same amount; unit from "资金投入情况(万元)" and the row labels). No indicators: the capture stops in the
资金管理情况 block, before any indicator.
Truncation: the capture stops in row 11 ("使用规范性 11 资金使用规范性 严格按照下达的预算科目和项目规范使", cut); that row and the rest of
the sheet are left out.
Reconstruction: the capture separates cells by spaces and line breaks (a caption's "(A)" on its own line, read as a line break inside
the caption cell; an empty row as a run of blank lines). The money table is rebuilt with 11 columns (the 列次 row's eleven cells); its
first row's 佐证材料 is taken to span 所需材料 and 上传端口. The first money row prints six amounts for the seven columns (A)-(E/C):
the EMPTY one is INFERRED to be 统筹整合资金数(B) (C = A − B, and C equals A); the evidence sentence of row 2 is put under 所需材料.
The 资金管理情况 block is rebuilt as a second table of six columns (category | 行次 | item | 情况说明 | 存在问题 | 改进措施), the
categories spanning their two rows, the empty 存在问题/改进措施 cells inferred from the blank lines; the page's header lines are
paragraphs.
""",
))
