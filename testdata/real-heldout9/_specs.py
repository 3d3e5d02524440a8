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
