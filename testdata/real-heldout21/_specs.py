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

# ---------------------------------------------------------------- 352
_N352 = "南岳区青少年学生校外活动教学相关补助费"
_G352 = ("加强基础设施,完善各功能室,建设一个新功能室;开放跆拳道、舞蹈、绘画、小主持、羽毛球馆、心理咨询室等功能室,开办特长班;"
         "开展加油吧,少年!等公益活动,丰富全区青少年业余生活。")
_R352 = [  # level1, level2, name, target (指标值)
    ("产出", "数量指标", "开放功能室", "≥80次"),
    ("产出", "数量指标", "培训班教师人数", "≥14人"),
    ("产出", "数量指标", "送课下乡", "≥4次"),
    ("产出", "数量指标", "参加培训班学生数", "≥930人"),
    ("产出", "质量指标", "全区覆盖率", "≥95%"),
    ("产出", "质量指标", "活动参与率", "≥95%"),
    ("产出", "时效指标", "工作完成及时率", "≥100%"),
]
FILINGS.append(dict(
    dir="352-hengyang-nanyue-qingshaonian-xiaowai-2020",
    html_title="专项资金预算绩效目标申报表",
    blocks=[
        ("table", [
            [C("附件2", cs=13)],
            [C("专项资金预算绩效目标申报表", cs=13)],
            [C("(2020年度)", cs=13)],
            [C("填报单位(盖章):南岳区青少年校外活动中心 单位负责人:陈丽华", cs=13)],
            [C("专项基本情况", rs=6), "专项名称", C(_N352, cs=11)],
            ["专项属性", C("新增项目 延续项目√", cs=11)],
            ["主管部门", C("南岳区教育局", cs=5), "专项起止时间", C("2020.1-12", cs=5)],
            ["专项负责人", C("赵晓青", cs=5), "联系人及电话", C("18932108258", cs=5)],
            ["专项概况", C("为南岳区青少年提供教育辅导、心理咨询、特长培训等服务,开展各类公益活动,丰富青少年课余生活,对教学的相关补助。", cs=11)],
            ["专项立项", C("各级相关文件要求及部门职责等。", cs=11)],
            [C("专项资金情况", rs=3), C("本年度预计投入(万元)", rs=2), C("财政资金(万元)", cs=4), C("其他", rs=2, cs=7)],
            ["中央", "省级", "市级资金", "本级"],
            ["25", "", "", "", "25", C("", cs=7)],
            ["单位已有的保证专项实施的制度、措施", C("一、成立专项经费监管小组,确保专款专用;二、制定开展专项活动计划、验收、评比方案等制度。", cs=12)],
            ["中长期绩效目标", C("1.为全区青少年提供活动阵地;", cs=12)],
            ["本年度绩效目标", C(_G352, cs=12)],
            [C("专项年度绩效指标", rs=8), "一级指标", "二级指标", "三级指标内容", C("指标值", cs=9)],
            [C("产出", rs=7), C("数量指标", rs=4), _R352[0][2], C(_R352[0][3], cs=9)],
            [_R352[1][2], C(_R352[1][3], cs=9)],
            [_R352[2][2], C(_R352[2][3], cs=9)],
            [_R352[3][2], C(_R352[3][3], cs=9)],
            [C("质量指标", rs=2), _R352[4][2], C(_R352[4][3], cs=9)],
            [_R352[5][2], C(_R352[5][3], cs=9)],
            ["时效指标", _R352[6][2], C(_R352[6][3], cs=9)],
        ]),
    ],
    truth={"projects": [P(_N352, None, "25", "万元", [I(l1, l2, n, v) for l1, l2, n, v in _R352])]},
    notes="""
Place: 衡阳市南岳区 (Nanyue district, Hengyang, HUNAN), district level: 南岳区青少年校外活动中心 (填报单位) under 南岳区教育局 (主管部门);
year 2020 (the form's "(2020年度)"; published 2020-07-23 in the district finance bureau's budget-publication section, 2019年决算
/ 预算 area "xcg/qsnxwhdzx"). A plain simplified page of nanyue.gov.cn new to the corpus, found by a simplified subject query on
youth activities (青少年活动); not a mirror: everything here is transcribed from source.txt. Nanyue is covered (13, 27, 29,
held-out 168, 280); the unit (a youth after-school activity centre) is new.
Template kind: the Hunan 专项资金预算绩效目标申报表 of 29 (a special-fund form, 附件2 of the unit's budget publication), 13-column
edition: 专项基本情况 block (专项名称 / 专项属性 / 主管部门 | 专项起止时间 / 专项负责人 | 联系人及电话 / 专项概况 / 专项立项), a
three-row money block 专项资金情况: 本年度预计投入(万元) | 财政资金(万元) over 中央 | 省级 | 市级资金 | 本级 | 其他, 单位已有的保证专项
实施的制度、措施, 中长期绩效目标, 本年度绩效目标, then a left label 专项年度绩效指标 over 一级指标 | 二级指标 | 三级指标内容 | 指标值.
Layout features: the project is a 专项名称; the total (本年度预计投入 "25") sits on the amounts row two rows under its header, beside
EMPTY 中央 | 省级 | 市级资金 cells and a repeated "25" under 本级; a level-1 cell cut to "产出" (no "指标"); the header 三级指标内容;
"≥" targets including "≥100%"; "附件2" and the title, year and 填报单位 lines as rows of the grid; a check mark "延续项目√".
Truth: one project, name = the 专项名称 cell as written, budget 25 (本年度预计投入(万元)), money_unit 万元 (from that header).
Seven indicators: level1 "产出" as written (filled down), level2 as written (filled down), name = 三级指标内容, value = 指标值 as
written.
Truncation: the capture stops in the eighth indicator row ("资金到位率 | ", its target cut); that row and the rest of the form
(成本, 效益 and 满意度 indicators) are left out of every file, and the spans of 专项年度绩效指标, 产出 and 时效指标 end at the last
reproduced row.
Reconstruction (INFERRED from the capture's "cell |" lines, which print empty cells as "|" and end each row with one "|" per
grid slot it does not start, spanned or covered; every row sums to thirteen slots): thirteen columns; the title, year, 填报单位
and 附件2 rows over all thirteen (the 附件2 row prints twelve empty slots); 专项基本情况 over six rows; the 专项名称, 专项属性,
专项概况 and 专项立项 values over eleven columns; the 主管部门 / 专项负责人 values and the 专项起止时间 / 联系人及电话 values over five
each (the capture tells only that the two spans sum to ten); 专项资金情况 over three rows, 本年度预计投入 over two, 财政资金 over
four columns, 其他 over two rows and seven columns; the amounts row read as 25 | (empty) | (empty) | (empty) | 25 | (empty 其他),
i.e. the second "25" under 本级 (the capture's "| 25 |" after three empty cells); the 制度、措施 and the two 目标 texts over twelve
columns; 指标值 over nine; 专项年度绩效指标 over the header and seven indicator rows, 产出 over seven, 数量指标 over four, 质量指标
over two.
""",
))
