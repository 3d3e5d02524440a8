# Hand transcription of the HELD-OUT half of gatherH's part of the eighth round of
# real filings (issue 21: the even numbers from 240 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 240
_L240P = "产出指标 (60 分)"
_L240E = "效益指标 (40 分)"
_R240 = [  # level1, level2, name, target, actual, score
    (_L240P, "数量指标", "服务外包在岸(万美元)", "20000", "23333.56", "10"),
    (_L240P, "数量指标", "服务外包离岸(万美元)", "4500", "4557.51", "10"),
    (_L240P, "数量指标", "支持服务贸易、服务外 包企业数量", "3", "3", "10"),
    (_L240P, "质量指标", "企业国际质量提升", "获得目的国 (地区)受 众欢迎", "受目的国受 众欢迎显著", "10"),
    (_L240P, "时效指标", "预算资金执行率", "90%", "100%", "10"),
    (_L240P, "时效指标", "资金拨付及时性", "98%以上", "100%", "10"),
    (_L240E, "社会效益 指标", "企业把握政治导向和文 化方向情况", "企业把握正 确政治导向 和文化方向 情况的评价",
     "企业较好把 握正确政治 导向和文化 方向情况的 评价", "20"),
    (_L240E, "可持续影 响指标", "推动企业走出去方面发 挥的作用", "是否利于企 业走出去", "有利于推动 企业走出去", "20"),
]


def _row240(r):
    return [r[2], r[3], r[4], r[5]]


FILINGS.append(dict(
    dir="240-district-fuwumaoyi-ziping-2020",
    html_title="2020 年市级服务贸易发展资金项目自评表",
    blocks=[
        ("p", "2020 年市级服务贸易发展资金项目自评表"),
        ("p", "单位名称:区商务局 填报日期:2021 年 4 月 22 日"),
        ("table", [
            ["项目名称", C("2020 年市级服务贸易发展资金", cs=6)],
            ["主管部门", C("区商务局", cs=2), "项目实施单位", C("投资促进中心", cs=3)],
            ["项目类别", C("1、部门预算项目 2、区直专项", cs=6)],
            ["项目属性", C("1、持续性项目 2、新增性项目 □", cs=6)],
            ["项目类型", C("1、常年性项目 2、延续性项目 □ 3、一次性项目 □", cs=6)],
            [C("预算执行 情况(万元) (20 分)", rs=2), C("", cs=2), "预算数 (A)", "执行数(B)", "执行率(B/A)", "得分 (20 分*执行率)"],
            [C("年度财政 资金总额", cs=2), "285.84", "285.84", "100%", "20"],
            [C("年度 绩效 目标 (80 分)", rs=9), "一级指标", "二级指标", "三级指标", "年初目标值 (A)", "实际完成值 (B)", "得分"],
            [C(_L240P, rs=6), C("数量指标", rs=3)] + _row240(_R240[0]),
            _row240(_R240[1]),
            _row240(_R240[2]),
            ["质量指标"] + _row240(_R240[3]),
            [C("时效指标", rs=2)] + _row240(_R240[4]),
            _row240(_R240[5]),
            [C(_L240E, rs=2), "社会效益 指标"] + _row240(_R240[6]),
            ["可持续影 响指标"] + _row240(_R240[7]),
            [C("总分", cs=6), "100"],
            ["偏差大或 目标未完成 原因分析", C("", cs=6)],
            ["改进措施及 结果应用方案", C("", cs=6)],
            ["单位主要负责人 签批意见", C("签名: 年 月 日", cs=6)],
        ]),
    ],
    truth={"projects": [P("2020 年市级服务贸易发展资金", None, "285.84", "万元", [
        I(l1, l2, n, v, actual=a, score=s) for l1, l2, n, v, a, s in _R240])]},
    notes="""
Place: a district's 商务局 (区商务局, with 投资促进中心 as 项目实施单位), the district and city NOT NAMED in the capture (the mirror's
domain, kunmingchi.com, hints at Kunming, Yunnan, but proves nothing); the form is the Yunnan city/district 项目支出绩效自评表 of 179
(保山) with "区直专项" for "市直专项", so a Yunnan district is likely (an inference). Year 2020 (the title; 填报日期 2021 年 4 月 22 日).
Captured from a document mirror that shows a .doc ("12---【市财政局、市商务局拨付2020年市级服务贸易发展资金的通知】项目自评表.doc") as PDF
text. A commerce bureau and a service-trade fund (服务外包, amounts in 万美元) are new to the corpus.
Template kind: 项目自评表 (Yunnan layout): 单位名称 | 填报日期 above the grid; 项目名称 / 主管部门 | 项目实施单位 / 项目类别, 项目属性, 项目类型
with check boxes / 预算执行情况(万元)(20分) 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) by 年度财政资金总额 / 年度绩效目标(80分)
一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 / 总分 / 偏差大或目标未完成原因分析 / 改进措施及结果应用方案 /
单位主要负责人签批意见, then 备注.
Layout features: POINTS IN THE LEVEL-1 CELLS ("产出指标 (60 分)", "效益指标 (40 分)"); a 得分 column and NO weight column; UNITS IN THE
NAMES ("服务外包在岸(万美元)") with bare-number targets and actuals ("20000" | "23333.56"); word targets and actuals in long wrapped cells
("企业把握正 确政治导向 和文化方向 情况的评价"); a percent target with a word ("98%以上"); ticked boxes lost (only the unticked "□" print).
Truth: one project 2020 年市级服务贸易发展资金 (项目名称), budget 285.84 万元 (预算数(A) of 年度财政资金总额; unit from "预算执行情况(万元)").
EIGHT INDICATORS: level1 with its points as written, level2, name = 三级指标, value = 年初目标值(A); value_cells actual (实际完成值(B))
and score (得分). The scores add up to 100 (6 × 10 + 2 × 20), the printed 总分.
Truncation: the capture stops inside the 备注 under the grid ("…定 量指标计分原则:正", cut); the 备注 is left out (the grid is whole).
The site's file-name line is left out.
Reconstruction: the capture is PDF TEXT with the cells of a row and the labels of the left columns printed out of order (the level-2
labels "数量指标 … 时效指标 … 质量指标" and the level-1 labels after the rows, "3、一次性项目 □" after 投资促进中心). Which level-2 label goes
with which rows is INFERRED from the sense and the points: the three count rows under 数量指标, 企业国际质量提升 under 质量指标, 预算资金执行
率 and 资金拨付及时性 under 时效指标 (6 × 10 = the 60 of 产出指标); 社会效益 指标 and 可持续影 响指标 each precede their row in the capture.
The two-line cells are kept with the capture's wrap spaces ("服务外 包企业数量"). "3、一次性项目 □" is put with 项目类型 (the 179 form).
The grid (7 columns) and every span are inferred; the 总分 value 100 is the last of "20 20 100".
""",
))

# ---------------------------------------------------------------- 242
_R242 = [  # level1, level2, name, target, actual, score
    ("产出指标", "数量指标", "扶持发展新型农业经营主体 (个)", "15", "6", "8.0"),
    ("产出指标", "数量指标", "带动贫困户(人)", "11442", "4164", "7.3"),
    ("效益指标", "经济效益指标", "新型经营主体实现产值(%)", "8000", "12767.36", "31.9"),
    ("效益指标", "经济效益指标", "新型经营主体助农增收 (元)", "1980", "2074", "10.5"),
    ("满意度指标", "服务对象满意度指标", "满意度(%)", "90", "100", "11.1"),
]
_D242 = ("一是相关台账不健全,部分新型农业经营主体提供带动建档立卡户发展的相关支撑材料不足,与扶持奖补要求和标准有差距;二是新型农业经营主体"
         "自身发展状况欠佳,带动建档立卡户发展的能力有限;三是项目执行先建后补,有的经营主体没有带动建档立卡户,或建设内容与项目扶持奖补不符,"
         "不具备扶持奖补条件,经现场核实综合评价后据实补贴,资金结余,没有100%执行完毕。")


def _row242(r):
    return [r[2], r[3], r[4], r[5]]


FILINGS.append(dict(
    dir="242-baoshan-shidian-xinxing-zhuti-ziping-2019",
    html_title="项目支出绩效自评表",
    blocks=[
        ("table", [
            [C("项目支出绩效自评表", cs=7)],
            [C("单位名称:施甸县农业农村局", cs=4), C("填报日期:2022年7月5日", cs=3)],
            ["项目名称", C("2019年新型农业经营主体扶持项目", cs=6)],
            ["主管部门", C("施甸县人民政府", cs=2), "项目实施单位", C("施甸县农业农村局", cs=3)],
            ["项目类别", C("1、部门预算项目 □ 2、上级专项 þ", cs=6)],
            ["项目属性", C("1、持续性项目 □ 2、新增性项目þ", cs=6)],
            [C("预算执行情况(万元)(20分)", cs=3), "预算数(A)", "执行数(B)", "执行率(B/A)", "得分 (20分*执行率)"],
            [C("年度财政资金总额", cs=3), "650", "94", "0.1", "2.9"],
            [C("年度绩效目标1 (80分)", rs=6), "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
            [C("产出指标", rs=2), "数量指标"] + _row242(_R242[0]),
            ["数量指标"] + _row242(_R242[1]),
            [C("效益指标", rs=2), "经济效益指标"] + _row242(_R242[2]),
            ["经济效益指标"] + _row242(_R242[3]),
            ["满意度指标", "服务对象满意度指标"] + _row242(_R242[4]),
            [C("总分", cs=6), "71.7"],
            ["偏差大或 目标未完成 原因分析", C(_D242, cs=6)],
        ]),
    ],
    truth={"projects": [P("2019年新型农业经营主体扶持项目", None, "650", "万元", [
        I(l1, l2, n, v, actual=a, score=s) for l1, l2, n, v, a, s in _R242])]},
    notes="""
Place: 施甸县 (Shidian county, Baoshan, YUNNAN), county level, 施甸县农业农村局 (agriculture bureau; 主管部门 施甸县人民政府); the project
year 2019 (the name "2019年新型农业经营主体扶持项目"), evaluated in 2022 (填报日期:2022年7月5日; published 2022-08-03 on the county's site).
Yunnan is covered by 11 (南华) and 179 (保山市, the city's form); Shidian, a county's use of that form for an upper-level fund (上级专项),
and a project that spent a seventh of its money are new.
Template kind: the Baoshan 项目支出绩效自评表 (as 179): 单位名称 | 填报日期, 项目名称 / 主管部门 | 项目实施单位 / 项目类别 and 项目属性 with
check boxes / 预算执行情况(万元)(20分) 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) by 年度财政资金总额 / 年度绩效目标1 (80分)
一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 / 总分 / 偏差大或目标未完成原因分析 / 改进措施及结果应用方案.
Layout features: UNITS IN THE NAMES ("扶持发展新型农业经营主体 (个)", "带动贫困户(人)", "满意度(%)", "新型经营主体助农增收 (元)") with BARE-NUMBER
targets and actuals ("15" | "6", "90" | "100"); the LEVEL-2 LABEL REPEATED on each row (数量指标, 经济效益指标: not merged) under a
merged level 1; 执行率 as a fraction ("0.1" for 94/650) and a budget score 2.9; fractional scores ("8.0", "31.9"); ticked boxes printed
as "þ" (a Wingdings check read as a Latin letter); a "%" name with a count target ("新型经营主体实现产值(%)" | "8000"); no weight column.
Truth: one project 2019年新型农业经营主体扶持项目 (项目名称), budget 650 万元 (预算数(A) of 年度财政资金总额; unit from "预算执行情况(万元)";
执行数 94). FIVE INDICATORS: level1 (filled down over its two rows), level2 as written on each row, name = 三级指标, value = 年初目标值(A);
value_cells actual (实际完成值(B)) and score (得分). The scores and the budget score add up to the 总分 (2.9 + 8.0 + 7.3 + 31.9 + 10.5 +
11.1 = 71.7).
Truncation: the capture stops inside the 改进措施及结果应用方案 text ("…规范业务管", cut); that row is left out. The page's metadata table
(索引号, 发布机构, 公开目录, 发布日期, 文号, 浏览量) above the form is left out.
Reconstruction: the capture prints each row as "cell | cell |" with runs of "|" for the slots a row does not start, and breaks two rows
after a name that ends with a spaced unit ("扶持发展新型农业经营主体 (个) |" / "15 | 6 | 8.0 |"), read as one row each. The grid (7
columns) and every span are INFERRED: the title and 单位名称 | 填报日期 rows as grid rows; the money label over three columns on its own
row and 年度财政资金总额 over three on the next (the capture starts each of those rows with its label); 年度绩效目标1 (80分) over the header
and the five indicator rows; 产出指标 and 效益指标 over two rows each (their second rows start at the level-2 cell); 总分 over six columns.
""",
))

# ---------------------------------------------------------------- 244
_S244 = [  # item, amount, content, note
    ("1、岳阳城陵矶联检大楼修缮改造工程", "796.49", "主体工程款:723.67 管理费:72.82", ""),
    ("2、岳阳电子口岸“单一窗口”信息中心展厅建设项目", "466.18", "主体工程款:446.98 管理费:19.20", ""),
    ("3、岳阳电子口岸“单一窗口”平台应用软件含集成建设项目", "418.02", "主体工程款:395.06 管理费:22.97", "款项已付95%,欠质保金19.8"),
    ("4、岳阳电子口岸“单一窗口”平台硬件设备、机房配套建设项目", "502.80", "主体工程款:472.86 管理费:29.94", ""),
]
FILINGS.append(dict(
    dir="244-yueyang-kouan-dianzi-kouan-ziping-2020",
    html_title="岳阳市人民政府口岸管理办公室财政支出项目绩效评价自评报告",
    blocks=[
        ("p", "岳阳市人民政府口岸管理办公室财政支出项目绩效评价自评报告"),
        ("p", "评价类型:项目完成结果评价"),
        ("p", "项目名称:岳阳市电子口岸建设"),
        ("p", "项目单位:岳阳市人民政府口岸管理办公室"),
        ("p", "主管部门:岳阳市人民政府"),
        ("p", "评价方式:单位绩效自评"),
        ("p", "评价机构:岳阳市人民政府口岸管理办公室评价组"),
        ("p", "报告日期:2020年 6月 13 日"),
        ("table", [
            [C("一、项 目 基 本 概 况", cs=8)],
            ["项目负责人", C("陈建文", cs=3), "联系电话", C("", cs=3)],
            ["项目地址", C("岳阳城陵矶新港区口岸联建大楼", cs=3), "邮 编", C("414000", cs=3)],
            ["项目起止时间", C("2015年 1 1月起至2020年1月止", cs=7)],
            ["计划安排资金 (万元)", "2,489.4", "实际到位资金 (万元)", "2,489.4", "实际支出 (万元)", "2,466.6", "结余(万元)", "22.8"],
            ["其中:中央财政", "无", "其中:中央财政", "无", "其中:中央财政", "无", "其中:中央财政", "无"],
            ["省财政", "550.0", "省财政", "550.0", "省财政", "550.0", "省财政", "0.0"],
            ["市财政", "1,811.6", "市财政", "1,811.6", "市财政", "1,788.8", "市财政", "22.8"],
            ["其它", "127.8", "其它", "127.8", "其它", "127.8", "其它", "0.0"],
            [C("二、项目支出明细情况 (单位金额:万元)", cs=8)],
            [C("支出内容", cs=2), C("实际支出数", cs=2), C("具体内容", cs=2), C("备注", cs=2)],
        ] + [[C(i, cs=2), C(a, cs=2), C(c, cs=2), C(n, cs=2)] for i, a, c, n in _S244]),
    ],
    truth={"projects": [P("岳阳市电子口岸建设", None, "2489.4", "万元", [])]},
    notes="""
Place: 岳阳市 (Yueyang, Hunan), city level, 岳阳市人民政府口岸管理办公室 (the city's port office; 主管部门 岳阳市人民政府); year 2020 (报告日期
2020年 6月 13 日; the project ran from November 2015 to January 2020). Captured from a site mirroring the city's pages under another
domain (sxobhb.com, with the path of the city site's info pages). Yueyang is covered (12, 169, 181, 201, 220, 221); its port office and
an electronic-port ("单一窗口") construction project are new.
Template kind: the Yueyang 财政支出项目绩效评价自评报告 (the layout of 220 and 221, city edition): a cover of label lines (评价类型, 项目名称,
项目单位, 主管部门, 评价方式, 评价机构, 报告日期), then 一、项目基本概况 (项目负责人 | 联系电话, 项目地址 | 邮编, 项目起止时间, four money
blocks side by side: 计划安排资金 (万元) | 实际到位资金 (万元) | 实际支出 (万元) | 结余(万元), each with 其中:中央财政 / 省财政 / 市财政 / 其它)
and 二、项目支出明细情况 (单位金额:万元) 支出内容 | 实际支出数 | 具体内容 | 备注.
Layout features: the project's NAME ONLY ON A COVER LABEL LINE ("项目名称:岳阳市电子口岸建设"); AMOUNTS WITH A THOUSANDS SEPARATOR
("2,489.4", "1,811.6", "1,788.8") beside plain ones ("550.0", "127.8"); "无" in the 中央财政 cells; the source labels repeated in each
block; planned = received (2489.4) above the spending (2466.6) and a 结余 22.8, all of it city money; an empty 联系电话 cell; a spending
table whose content cells hold two amounts ("主体工程款:723.67 管理费:72.82").
Truth: one project 岳阳市电子口岸建设 (the cover's 项目名称), budget 2489.4 万元 (计划安排资金 (万元) "2,489.4", the planned money, as
in 220 and 221; 实际到位资金 is the same; unit from the label). The sources add up: 550.0 + 1,811.6 + 127.8 = 2,489.4 and 550.0 +
1,788.8 + 127.8 = 2,466.6. No indicators: the capture stops in the spending table, before the report's indicator part.
Truncation: the capture stops at the fifth spending row ("5", cut); that row and the rest of the report are left out.
Reconstruction: the capture prints each cell on its own line ending " |", an empty cell as "|", and a run of "|" for the grid slots a
row does not start (22 slots in the page's grid: "一、项 目 基 本 概 况 |" then 21); the rebuild uses 8 columns (the money rows' eight
cells) and INFERS every span as 221 does: the headings over the width, the label | value rows (values over three columns), 项目起止时间
over seven, the spending table's four columns over two each; the 备注 of rows 1, 2 and 4 is taken as empty (their runs of "|" are one
longer than row 3's). The cover lines are kept as paragraphs.
""",
))
