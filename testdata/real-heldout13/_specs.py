# Hand transcription of the HELD-OUT half of gatherK's part of the ninth round of
# real filings (issue 21: the even numbers from 270 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's restored.txt (the glossed mirror's capture,
# restored by testdata/real/_restore.py); nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 270
_G270 = ("中央财政农业防灾减灾(动物防疫项目)绩效目标自评表(2024年度)转移支付(项目)名称2024年农业防灾减灾(动物防疫补助)中央主管部门农业农村部"
         "地方主管部门省农业农村厅资金使用单位市农业农村局-市畜牧兽医服务中心资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)"
         "年度资金总额:390390100%其中:中央财政资金390390100%地方资金其他资金资金管理情况情况说明存在问题和改进措施分配科学性科学合理分配资金无"
         "下达及时性项目资金在规定时间内及时下达无拨付合规性资金拨付严格遵守“三重一大”等制度无使用规范性按照项目实施方")
FILINGS.append(dict(
    dir="270-xuancheng-dongwu-fangyi-ziping-2024",
    html_title="中央财政农业防灾减灾(动物防疫项目)绩效目标自评表 (2024年度)",
    blocks=[
        ("table", [
            ["索引号", "11341700003244895T/202504-00006", "组配分类", "部门项目"],
            ["发布机构", "宣城市农业农村局", "发文日期", "2025-04-15 11:58"],
            ["发布文号", "无", "关键词", "部门项目"],
            ["信息来源", "宣城市农业农村局", "主题导航", "农业、林业、水利 / 三农"],
            ["信息名称", "中央财政农业防灾减灾(动物防疫项目)绩效目标自评表 (2024年度)", "内容概述", _G270],
        ]),
        ("table", [
            [C("中央财政农业防灾减灾(动物防疫项目)绩效目标自评表", cs=8)],
            [C("(2024年度)", cs=8)],
            ["转移支付(项目)名称", C("2024年农业防灾减灾(动物防疫补助)", cs=7)],
            ["中央主管部门", C("农业农村部", cs=7)],
        ]),
    ],
    truth={"projects": [P("2024年农业防灾减灾(动物防疫补助)", None, "390", "万元", [])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 宣城市 (Xuancheng, Anhui), city level, 宣城市农业农村局 (the city's agriculture and rural-affairs bureau; 资金使用单位
市农业农村局-市畜牧兽医服务中心); year 2024 (the self-evaluation "(2024年度)", published 2025-04-15). Captured from a glossed mirror of the
city's open-government pages (996630.com, with the city site's OpennessContent path); the same page was passed over by round eight
for its glosses. Xuancheng is covered (宣城 地震局, 宣城 police); its agriculture bureau and a central animal-epidemic-prevention
(动物防疫补助) transfer are new.
Template kind: the Anhui 中央财政 transfer 绩效目标自评表 (转移支付(项目)名称 / 中央主管部门 / 地方主管部门 | 资金使用单位 / 资金投入情况(万元)
全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) / 资金管理情况 …), published on the city's open-government page: a metadata grid (索引号,
组配分类, 发布机构, 发文日期, 发布文号, 关键词, 信息来源, 主题导航, 信息名称, 内容概述) whose 内容概述 cell is the site's GLUED SUMMARY of the
table (every cell's text run together, no separators), then the table itself.
Layout features: THE MONEY ONLY IN THE GLUED SUMMARY: "资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:390390100%
其中:中央财政资金390390100%" — budget, spending and rate run together ("390" "390" "100%"); the table proper is captured only down to
中央主管部门; a space before the year in the 信息名称 ("自评表 (2024年度)"); the fund's name differs between the caption (…(动物防疫项目))
and the 项目名称 cell (2024年农业防灾减灾(动物防疫补助)).
Truth: one project, name = the 转移支付(项目)名称 cell "2024年农业防灾减灾(动物防疫补助)"; budget 390 万元 = 全年预算数(A) of 年度资金总额:
in the summary, read as "390 | 390 | 100%" under the three money captions (INFERRED split of "390390100%": the only split that gives a
rate of 100%; the 中央财政资金 row repeats it, all of it central money); unit from "资金投入情况(万元)". No indicators: the capture
stops before them (the summary is cut in 资金管理情况 "…按照项目实施方", the table in the 地方主管部门 row).
Truncation: the table's 地方主管部门 row ("地方主管部门 | 省农业农村厅 | 资金使用单位 | 市农", its last cell cut) and everything after are left
out; the summary is kept whole as captured (cut at "…按照项目实施方").
Reconstruction: the capture separates cells by " | " and prints a run of "|" for the slots a row does not start; the metadata grid is
rebuilt with four columns, the table with eight (its caption rows are one cell and seven slots: over eight columns; the name rows two
cells and six slots: label | value over seven). The summary is one cell, not split.
Restoration: no untoned gloss removed; OpenCC's choices in the scored fields are plain (动物防疫, 补助, 万元); the mirror left some
characters unglossed (財政, 動物防疫) — the restoration is the same either way. 宣城 checked.
""",
))

# ---------------------------------------------------------------- 272
_S272 = [  # item, amount (yuan), voucher
    ("春节防火宣传]", "45300", "1月11号"),
    ("大云山森林防火", "50000", "5月7号"),
    ("防火宣传", "22146", "5月8号"),
    ("节假日防扑火补助", "45300", "5月21号"),
    ("风力灭火机5台", "29000", "7月27号"),
    ("防火油料", "2015", "7月29号"),
    ("防火服装", "16900", "7月28号"),
    ("森林防火演练", "16200", "7月31号"),
    ("森林防火演练", "40080", "7月31号"),
    ("防火带规划设计", "283059", "9月8号"),
    ("支出合计", "550000", ""),
]
FILINGS.append(dict(
    dir="272-yueyangxian-senlin-fanghuo-ziping-2021",
    html_title="岳阳县财政支出项目绩效评价自评报告",
    blocks=[
        ("p", "岳阳县财政支出项目绩效评价自评报告"),
        ("p", "来源:县林业局 2022-07-14 09:53"),
        ("p", "浏览量:1"),
        ("p", "评价类型:项目实施过程评价□ 项目完成结果评价□√"),
        ("p", "项目名称 森林防火专项"),
        ("p", "项目单位 岳阳县林业局"),
        ("p", "主管部门 岳阳县林业局"),
        ("p", "评价方式:部门(单位)绩效自评"),
        ("p", "评价机构:部门(单位)评价组"),
        ("p", "报告日期: 2022 年 7 月 8 日"),
        ("p", "岳阳县财政局(制)"),
        ("table", [
            [C("一、项 目 基 本 概 况", cs=8)],
            ["项目负责人", C("易滔", cs=3), "联系电话", C("13974010178", cs=3)],
            ["项目地址", C("岳阳县", cs=3), "邮 编", C("414100", cs=3)],
            ["项目起止时间", C("2021年 1 月起至 2021 年 12 月止", cs=7)],
            ["计划安排资金\n(万元)", "55", "实际到位资金\n(万元)", "55", "实际支出\n(万元)", "55", "结余(万元)", "0"],
            ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""],
            ["省财政", "", "省财政", "", "省财政", "", "省财政", ""],
            ["市财政", "", "市财政", "", "市财政", "", "市财政", ""],
            ["县市区财政", "55", "县市区财政", "55", "县市区财政", "55", "县市区财政", "0"],
            ["其它", "", "其它", "", "其它", "", "其它", ""],
            [C("二、项目支出明细情况", cs=8)],
            [C("支出内容", cs=2), C("实际支出数", cs=2), C("会计凭证号", cs=2), C("备注", cs=2)],
        ] + [[C(i, cs=2), C(a, cs=2), C(v, cs=2), C("", cs=2)] for i, a, v in _S272]),
    ],
    truth={"projects": [P("森林防火专项", None, "55", "万元", [])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 岳阳县 (Yueyang county, Yueyang, Hunan), county level, 岳阳县林业局 (the county forestry bureau, also its 主管部门); the project's year
2021 (项目起止时间 2021年 1 月起至 2021 年 12 月止), the report dated 2022 年 7 月 8 日 (published 2022-07-14, 来源:县林业局). Captured from a
glossed mirror of the county's pages (cnzheou.com, with the county site's path); the same page was passed over by round eight for its
glosses. Yueyang county is covered (12 and others); its forestry bureau and a forest-fire-prevention fund (森林防火专项) are new.
Template kind: the Yueyang 财政支出项目绩效评价自评报告 (岳阳县财政局(制); the layout of 220, 221 and 244, county edition): a cover of label
lines (评价类型 with check boxes, 项目名称, 项目单位, 主管部门, 评价方式, 评价机构, 报告日期), then 一、项目基本概况 (项目负责人 | 联系电话,
项目地址 | 邮编, 项目起止时间, four money blocks side by side: 计划安排资金 (万元) | 实际到位资金 (万元) | 实际支出 (万元) | 结余(万元),
each split by source 其中:中央财政 / 省财政 / 市财政 / 县市区财政 / 其它) and 二、项目支出明细情况 (支出内容 | 实际支出数 | 会计凭证号 | 备注).
Layout features: the project NAME ONLY ON A COVER LABEL LINE ("项目名称 森林防火专项", spaces between label and value); the money labels
over two lines ("计划安排资金" / "(万元)"); all the money county money (县市区财政 55 in each block, the other sources empty); the spending
table in YUAN under a report whose money is in 万元 (45300 …, 支出合计 550000 = 55 万元); a stray "]" after the first item
("春节防火宣传]", kept); two rows with the same item (森林防火演练).
Truth: one project 森林防火专项 (the cover's 项目名称), budget 55 万元 (计划安排资金 (万元), the planned money, as in 220, 221 and 244;
实际到位资金 and 实际支出 are the same; unit from the label). 支出合计 550000 (yuan) agrees. No indicators: the capture stops at the heading
of part 三 ("三、项(", cut), before the report's indicators.
Truncation: "三、项(" and the rest of the report are left out.
Reconstruction: the capture prints each cell as its own paragraph (blank lines between) and does NOT print empty cells, so which
cells are empty is read from the order and the sums (a source label followed directly by the next label has an empty amount; the
spending rows print three cells, 备注 taken as empty; 支出合计's 会计凭证号 and 备注 taken as empty). The rebuild uses 8 columns (the
money rows' eight cells) and INFERS every span as 221 does: the headings over the width, the label | value rows (values over three
columns), 项目起止时间 over seven, the spending table's four columns over two each. The cover lines, the source/date line and the
view count are paragraphs (the share-icon cells after 浏览量:1 are left out); runs of spaces are kept as single spaces.
Restoration: no untoned gloss removed. OpenCC choices checked where they matter: 结余 (結余 in the page), 台 ("5臺" → "5台", a measure
word), 大云山 (printed 云 already), 岳阳 (嶽/岳: the page prints 岳).
""",
))

# ---------------------------------------------------------------- 274
_W274 = ("任务1:启动富荣西大桥建设,将城区与拟扩新城区有机联系起来。\n任务2:建成荣湾湖水上公园湿地景观区,基本实现荣湾湖快速通道的环形连接。\n"
         "任务3:天鹅北路、浜水西路、城南河沿河路,基本实现荣湾湖快速通道的环形连接。")
_R274 = ("1、深入开展“两学一做”学习教育活动,积极开展机关基层党建工作。\n2、攻坚克难,加快征地拆迁。成立了荣湾湖建设项目指挥部。\n"
         "3、积极稳妥,推进项目融资。完成农民集中建房农发行贷款项目3.5亿元的申贷、审批工作。\n4、统筹协调,工程项目建设。湿地景观项目完成了3万方土的工程。")
FILINGS.append(dict(
    dir="274-yueyangxian-rongwanhu-zhengti-ziping-2016",
    html_title="岳阳县20 16 -度部门(单位)整体支出绩效评价自评报告",
    blocks=[
        ("p", "附件6"),
        ("p", "岳阳县20 16 -度部门(单位)整体支出\n绩效评价自评报告"),
        ("p", "部门(单位)名称 岳阳县荣湾湖建设开发服务中心"),
        ("p", "预算编码 YYX292"),
        ("p", "评价方式:部门(单位)绩效自评"),
        ("p", "评价机构:部门(单位)评价组"),
        ("p", "报告期:2017 -7 - 25"),
        ("p", "岳阳县财政局(制)"),
        ("table", [
            [C("一、部门(单位)基本概况", cs=7)],
            ["联系人", C("谢艳", cs=2), "联络电话", C("13575070892", cs=3)],
            ["人员编制", C("19", cs=2), "实有人数", C("19", cs=3)],
            ["职能职责概述", C("负责编制并组织实施荣湾湖(含城南河)建设规划、综合开发和-度计划,负责建设开发资金的管理、使用及荣湾湖防洪保安。", cs=6)],
            ["-度主要工作内容", C(_W274, cs=6)],
            ["-度部门(单位)总体运行情况及取得的成绩", C(_R274, cs=6)],
            [C("二、部门(单位)收支情况", cs=7)],
            [C("-度收入情况(万元)", cs=7)],
            [C("机构名称", rs=2), C("收入合计", rs=2), C("其中:", cs=5)],
            ["上-结转", "公共财政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他收入"],
            ["局机关及二级机构汇总", "229.46", "37.23", "106.13", "", "", "86.1"],
            ["1、局机关", "176.26", "35.87", "80.39", "", "", "60"],
            ["2、二级机构1", "53.2", "1.36", "25.74", "", "", "26.1"],
            ["3、二级机构2", "", "", "", "", "", ""],
        ]),
    ],
    truth={"projects": [P("岳阳县荣湾湖建设开发服务中心", None, "229.46", "万元", [])]},
    notes="""
Place: 岳阳县 (Yueyang county, Yueyang, Hunan), county level, 岳阳县荣湾湖建设开发服务中心 (the county's Rongwan Lake development centre: lake
planning, development and flood safety, "荣湾湖防洪保安"; 预算编码 YYX292); year 2016 (the title "20 16 -度", reported "2017 -7 - 25").
A plain simplified page on the county's own site (yyx.gov.cn), found by a traditional-character query; not a mirror. Yueyang county is
covered (12, 272 held out); a department-wide 2016 self-evaluation of the county (附件6) and this centre are new; 181 (build half) is the
same form in its 2021 Yueyanglou edition.
Template kind: the Yueyang 部门(单位)整体支出绩效评价自评报告 (岳阳县财政局(制), 附件6): a cover of label lines (部门(单位)名称, 预算编码,
评价方式, 评价机构, 报告期), then 一、部门(单位)基本概况 (联系人 | 联络电话, 人员编制 | 实有人数, 职能职责概述, 年度主要工作内容, 年度部门(单位)
总体运行情况及取得的成绩) and 二、部门(单位)收支情况: 年度收入情况(万元) 机构名称 | 收入合计 | 其中: 上年结转 | 公共财政拨款 | 政府基金拨款 |
纳入专户管理的非税收入拨款 | 其他收入, with a summary row over the bureau and its second-level institutions.
Layout features: EVERY "年" PRINTED AS "-" ("20 16 -度", "-度收入情况(万元)", "上-结转", "报告期:2017 -7 - 25"; kept as captured); the
department's NAME ONLY ON THE COVER ("部门(单位)名称 岳阳县荣湾湖建设开发服务中心"); a SUMMARY ROW ("局机关及二级机构汇总" 229.46) above its
parts ("1、局机关" 176.26, "2、二级机构1" 53.2) and an empty placeholder row ("3、二级机构2"); empty 政府基金拨款 and 非税收入 cells; texts of
numbered lines inside cells.
Truth: one department 岳阳县荣湾湖建设开发服务中心 (the cover's 部门(单位)名称), budget 229.46 万元 — the 收入合计 of the summary row
"局机关及二级机构汇总" under 年度收入情况(万元), the department's total money of the year, as 181 takes its 收入合计 (an INFERENCE: the form
has no 预算 cell). The parts add up: 37.23 + 106.13 + 86.1 = 229.46, 176.26 + 53.2 = 229.46 (35.87 + 80.39 + 60 = 176.26, 1.36 + 25.74 +
26.1 = 53.2). Unit from the caption "(万元)". No indicators: the capture stops before the report's indicator part.
Truncation: the capture stops at "部门(" (the next table's caption, cut); it and the rest of the report are left out.
Reconstruction: the capture prints each cell on its own line followed by "|", an empty cell as "|" alone, and a run of "|" for the grid
slots a row does not start (18 slots in the page: "|" then 17); the rebuild uses 7 columns (the income rows' seven cells, their empty
cells read from the lone "|" lines) and INFERS every span as 181 does: the headings over the width, the label | value rows (values over
two and three columns), 机构名称 and 收入合计 over the two header rows, "其中:" over the five parts. The cover lines are paragraphs; the
numbered lines inside the two text cells are kept as lines.
""",
))
