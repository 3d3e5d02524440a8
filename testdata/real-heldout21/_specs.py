# Hand transcription of the HELD-OUT half of gatherS's part of the ninth round of
# real filings (issue 21: the even numbers from 350 on, see testdata/real/_build.py).
# Restored mirror captures (testdata/real/_restore.py) are transcribed from their
# restored.txt, plain simplified pages from source.txt: every string is copied from
# that file.  Not for tuning: these filings are scored once, at the end, by the lead.
# Nothing is invented; cut-offs, inferences and (for restored pages) the characters
# OpenCC could have chosen otherwise are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 350
_S350 = ("1.2024年度项目资金预算测算相关材料。\n"
         "2.反映计划生育项目资金支出的数据(截图或表),以及其他可反映项目资金实际支出情况的相关材料,不可\"以拨代支\"。")
_M350 = [  # the 完成情况 cells of the money rows, one per captured line
    "年度预算资金总额): 1084.25", "其中:中央补助 668.00", "市级资金 343.00", "本级资金(包括结转结余) 73.25", "其中:",
    "农村部分计划生育家庭奖励扶助制度补助资金(万元)",
    "年度预算资金总额: 763.00", "其中:中央补助 502.00", "市级资金 208.00", "本级资金(包括结转结余) 53.00", "其中:",
    "计划生育家庭特别扶助制度补助资金(万元)",
    "年度预算资金总额: 321.25", "其中:中央补助 166.00", "市级资金 136.00", "本级资金(包括结转结余) 20.25", "其中:",
    "2023年绩效调整资金(万元)",
    "年度预算资金总额:", "其中:中央补助", "市级资金", "本级资金(包括结转结余)",
]
_K350 = len(_M350)
FILINGS.append(dict(
    dir="350-chongqing-pengshui-jihua-shengyu-ziping-2024",
    html_title="彭水自治县2024年度中央对地方转移支付计划生育服务项目绩效自评",
    blocks=[
        ("p", "彭水自治县2024年度中央对地方转移支付计划生育服务项目绩效自评\n日期:2025-03-19"),
        ("p", "彭水自治县2024年度中央对地方转移支付计划生育服务项目绩效自评表"),
        ("table", [
            [C("指标名称", cs=3), C("指标解释", rs=3), C("记录", cs=2), C("未完成原因及改进措施", rs=3),
             C("需提供的支撑材料", rs=3)],
            ["一级指标", "二级指标", "三级指标", C("自评内容", rs=2), C("完成情况", rs=2)],
            ["名称", "名称", "名称"],
            [C("项目预算管理", rs=2 + _K350), C("资金投入", rs=2 + _K350), C("预算编制科学性", rs=2),
             C("项目预算编制符合国家政策要求,依据充分,标准明确,与年度工作匹配,与项目内容匹配", rs=2),
             "项目资金测算标准(文字描述)", "已按要求完成预算", "", C(_S350, rs=2 + _K350)],
            ["项目资金测算依据(文字描述)", "按相关要求完成", ""],
            [C("预算资金安排", rs=_K350), C("2024年度计划生育转移支付资金预算安排情况。", rs=_K350),
             C("计划生育转移支付资金合计(万元)", rs=_K350), _M350[0], ""],
        ] + [[m, ""] for m in _M350[1:]]),
    ],
    truth={"projects": [P(None, None, "1084.25", "万元", [])]},
    notes="""
Place: 彭水苗族土家族自治县 (彭水自治县, a county of CHONGQING), the county health commission's part of the county site
(psx.gov.cn/zfbm_174/fzhggwyh_82690: 卫生健康委员会, 计划生育服务 column); year 2024 (published 2025-03-19). A plain simplified
page new to the corpus, found by a simplified subject query on family-planning support funds (计划生育特别扶助); not a mirror:
everything here is transcribed from source.txt. Chongqing is covered (荣昌, 奉节, 忠县, 巫溪, 五桂镇, 圣灯山镇, 丰都, 接龙镇); 彭水,
the family-planning transfer (计划生育服务补助资金: 农村部分计划生育家庭奖励扶助 and 计划生育家庭特别扶助) and this form are new.
Template kind: the Chongqing self-evaluation sheet of a central transfer (中央对地方转移支付 ... 项目绩效自评表) built as an
evaluation checklist: 指标名称 (一级指标 | 二级指标 | 三级指标, a "名称" row under each) | 指标解释 | 记录 (自评内容 | 完成情况) |
未完成原因及改进措施 | 需提供的支撑材料. Its rows are checks with a recorded answer, not targets: no 指标值 column at all.
Layout features: a three-row header with a row of "名称" cells; the money of the transfer INSIDE the indicator table, as the
record of the check 预算资金安排: a total "年度预算资金总额): 1084.25" (a stray closing bracket, as printed) over 其中:中央补助 |
市级资金 | 本级资金(包括结转结余), then the same block for each of the two funds and for 2023年绩效调整资金 (left empty); the
amounts in the same cells as their labels; "其中:" alone on a line; the unit only in the fund labels ("...(万元)").
Truth: one project, name null (no 项目名称 cell; the title names the project "彭水自治县2024年度中央对地方转移支付计划生育服务项目"),
budget 1084.25 (the "年度预算资金总额): 1084.25" of 计划生育转移支付资金合计(万元): the whole transfer the sheet evaluates; the
two funds 763.00 + 321.25 = 1084.25, and 668.00 + 343.00 + 73.25 = 1084.25), money_unit 万元 (from "计划生育转移支付资金合计(万元)").
No indicators: no row has a target (the 完成情况 cells are answers: "已按要求完成预算", "按相关要求完成", amounts).
Truncation: the capture stops in the next row, 资金下达 | 资金发放及时性 | its 指标解释 | "中央、市提前批资金(-年-月-日),中央、市、区
县正式批资金(-年-月-日)" | "以资金文" (cut); that row and the rest of the sheet are left out of every file, and the spans of
项目预算管理 and 资金投入 end at the last reproduced row. The page's "语音播报 / 分享: / 字号 :" widgets are left out.
Reconstruction (INFERRED; the capture prints the cells of a row separated by spaces, a spanned cell once): eight columns;
指标名称 over three columns and 记录 over two, 指标解释, 未完成原因及改进措施 and 需提供的支撑材料 over the three header rows,
自评内容 and 完成情况 over the second and third; 项目预算管理 and 资金投入 over all reproduced rows; 预算编制科学性 and its 指标解释
over the two 测算 rows; the 支撑材料 cell (printed after the first row, before 项目资金测算依据) over all reproduced rows;
预算资金安排, its 指标解释 and the label 计划生育转移支付资金合计(万元) over the 22 money lines, each line one 完成情况 cell
(label and amount in one cell, as captured: whether label and amount are two cells cannot be told from the capture); an
empty 未完成原因 cell on every row (the trailing spaces after the amounts).
""",
))
