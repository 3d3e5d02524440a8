# Hand transcription of the HELD-OUT half of gatherR's part of the ninth round of
# real filings (issue 21: the even numbers from 340 on, see testdata/real/_build.py),
# taken from the captured pages: every string is copied from that folder's
# source.txt (a plain simplified page) or restored.txt (a restored mirror capture,
# testdata/real/_restore.py).  Not for tuning: these filings are scored once, at the
# end, by the lead.  Nothing is invented; cut-offs, inferences and (for restored
# captures) the characters OpenCC could have chosen otherwise are in each folder's
# notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 340
_S340 = [  # 支出内容, 实际支出数 (yuan), 会计凭证号, 备注
    ("30226 劳务费", "50,000.00", "2020年01月记账 9", "付旷宴良荣黄线养护劳务费"),
    ("30226 劳务费", "50,000.00", "2020年01月记账 9", "付周价保荣宝线养护劳务费"),
    ("30906 大型修缮", "83,490.00", "2020年01月记账 9", "付岳阳信立工程劳务公司X121荣株线路面换板款"),
    ("30906 大型修缮", "340,758.00", "2020年01月记账 9", "付岳阳信立工程劳务公司X145兰田至五关线水毁工程款"),
    ("30906 大型修缮", "452,552.75", "2020年01月记账 9", "付岳阳市东林沥青混凝土公司X134兰田-五关线路面养护工程款"),
]
FILINGS.append(dict(
    dir="340-yueyangxian-nongcun-gonglu-yanghu-ziping-2020",
    html_title="岳阳县财政支出项目绩效评价自评报告",
    blocks=[
        ("p", "评价类型:项目实施过程评价□项目完成结果评价□"),
        ("p", "项目名称:岳阳县农村公路养护"),
        ("p", "项目单位:岳阳县农村公路养护中心"),
        ("p", "主管部门:岳阳县交通运输局"),
        ("p", "评价方式:部门(单位)绩效自评"),
        ("p", "评价机构:部门(单位)评价组"),
        ("p", "报告日期:2021年07月12日"),
        ("p", "岳阳县财政局(制)"),
        ("table", [
            [C("一、项目基本概况", cs=8)],
            ["项目负责人", C("刘军勇", cs=3), "联系电话", C("13874011973", cs=3)],
            ["项目地址", C("岳阳县各乡镇", cs=3), "邮编", C("414100", cs=3)],
            ["项目起止时间", C("2020年元月起至2020年12月止", cs=7)],
            ["计划安排资金 (万元)", "700", "实际到位资金 (万元)", "7,00.0,77", "实际支出 (万元)", "7,00.0,77",
             "结余 (万元)", "0"],
            ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""],
            ["省财政", "", "省财政", "", "省财政", "", "省财政", ""],
            ["市财政", "", "市财政", "", "市财政", "", "市财政", ""],
            ["县财政", "700", "县财政", "7,00.0,77", "县财政", "7,00.0,77", "县财政", ""],
            ["其它", "", "其它", "", "其它", "", "其它", ""],
            [C("二、项目支出明细情况", cs=8)],
            [C("支出内容", cs=2), C("实际支出数", cs=2), C("会计凭证号", cs=2), C("备注", cs=2)],
        ] + [[C(i, cs=2), C(a, cs=2), C(v, cs=2), C(n, cs=2)] for i, a, v, n in _S340]),
    ],
    truth={"projects": [P("岳阳县农村公路养护", None, "700", "万元", [])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 岳阳县 (Yueyang county, Yueyang, Hunan), county level, 岳阳县农村公路养护中心 (the county's rural-road maintenance centre) as 项目单位,
岳阳县交通运输局 as 主管部门; the project's year 2020 (项目起止时间 2020年元月起至2020年12月止), the report dated 2021年07月12日. Captured
from a glossed mirror of the county's pages (jhkq666.cn, with the county site's path 37584/38146/38295, the column of 272's page), found by a
traditional-character query on rural road maintenance (gatherR, round nine, third wave). Yueyang county is covered (12, 272, 274); its
rural-road maintenance centre and a road-maintenance fund are new.
Template kind: the Yueyang 财政支出项目绩效评价自评报告 (岳阳县财政局(制); the layout of 220, 221, 244 and 272, county edition): a cover of
label lines WITH colons here (评价类型 with empty check boxes, 项目名称, 项目单位, 主管部门, 评价方式, 评价机构, 报告日期), then 一、项目基本概况
(项目负责人 | 联系电话, 项目地址 | 邮编, 项目起止时间, four money blocks side by side: 计划安排资金 (万元) | 实际到位资金 (万元) | 实际支出 (万元)
| 结余 (万元), each split by source 其中:中央财政 / 省财政 / 市财政 / 县财政 / 其它) and 二、项目支出明细情况 (支出内容 | 实际支出数 |
会计凭证号 | 备注).
Layout features: the project NAME ONLY ON A COVER LABEL LINE ("项目名称:岳阳县农村公路养护"); the 实际到位资金 and 实际支出 amounts PRINTED
GARBLED, "7,00.0,77" (in the block's head and in its 县财政 row; kept as printed: what the page meant — 700.0077? 700 — is not read from
it); all the money county money (县财政 700 in the planned block, the other sources empty; the 结余 block's 县财政 empty, its total 0); the
spending table in YUAN with thousands commas under a report whose money is in 万元, each item an economic-classification code and name
("30226 劳务费", "30906 大型修缮") with a voucher ("2020年01月记账 9") and a 备注 naming the payee and the road.
Truth: one project 岳阳县农村公路养护 (the cover's 项目名称), budget 700 万元 (计划安排资金 (万元), the planned money, as in 220, 221, 244
and 272; unit from the label). No indicators: the capture stops in the spending table, before the report's part 三.
Truncation: the sixth spending row ("30906 大型修缮 | 82,733.05 | 2020年01月记账 9 | 付岳阳信立工程劳务公司荣宝路X118线", its 备注 cut) and the
rest of the report are left out.
Reconstruction: the capture prints each cell as a line ending " |" and marks an empty cell by a lone "|" line, and ends each row by a run
of "|" (the cells a row's spans cover: 14 columns in all, e.g. the money rows' eight cells and six). The rebuild uses 8 columns (the money
rows' eight cells) and INFERS every span as 272 does: the headings over the width, the label | value rows (values over three columns),
项目起止时间 over seven, the spending table's four columns over two each. The cover lines are paragraphs.
Restoration: no untoned gloss removed. OpenCC choices checked where they matter: 岳阳 (the page prints 岳, not 嶽), 结余 (結余 in the page),
旷宴良 and 周价保 (payees' names, 曠 → 旷, 價 → 价: the page's 價 could stand for a surname 价 or be t2s of 價; left as OpenCC gives, in a
备注 only, not scored), 荣黄线 / 荣宝线 / 荣株线 (榮 → 荣, road names), 兰田 (蘭 → 兰), 修缮 (繕 → 缮), 记账 (記賬 → 记账).
""",
))

# ---------------------------------------------------------------- 342
_S342 = [  # 支出内容, 实际支出数 (万元), 会计凭证号 (备注 empty)
    ("工程项目支出", "1003", "2014.5.3# 2014.12.6# 2015.2.2# 2015.2.2#"),
    ("项目管理费用支出", "11.38", "2014.6.4# 2015.1.2# 2015.5.2# 2015.9.1#"),
    ("设计费", "20", "2014.7.6#"),
    ("监理费", "21.72", "2014.5.4# 2014.5.5# 2014.9.2#"),
    ("勘探测量费", "22.68", "2014.6.3#"),
    ("支出合计", "1078.78", ""),
]
FILINGS.append(dict(
    dir="342-yueyang-nanjingang-dadi-hupo-ziping-2015",
    html_title="岳阳市财政支出项目绩效评价自评报告",
    blocks=[
        ("p", "附件2"),
        ("p", "岳阳市财政支出项目绩效评价自评报告"),
        ("p", "评价类型:项目实施过程评价√□ 项目完成结果评价□"),
        ("p", "项目名称 岳阳市南津港大堤外坡景观型护坡工程"),
        ("p", "项目单位 湖南省岳阳市长江修防处"),
        ("p", "主管部门"),
        ("p", "评价方式:部门(单位)绩效自评"),
        ("p", "评价机构:部门(单位)评价组"),
        ("p", "报告日期:2016 年 7 月 18 日"),
        ("p", "岳阳市财政局(制)"),
        ("table", [
            [C("一、项 目 基 本 概 况", cs=8)],
            ["项目负责人", C("谢月秋", cs=3), "联系电话", C("8603906", cs=3)],
            ["项目地址", C("南湖风景区", cs=3), "邮 编", C("414000", cs=3)],
            ["项目起止时间", C("2014年 5 月起至 2015 年 12 月止", cs=7)],
            ["计划安排资金 (万元)", "1187", "实际到位资金 (万元)", "1023", "实际支出 (万元)", "1078.78",
             "结余(万元)", "-55.78"],
            ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""],
            ["省财政", "", "省财政", "", "省财政", "", "省财政", ""],
            ["市财政", "1187", "市财政", "1023", "市财政", "1078.78", "市财政", ""],
            ["县市区财政", "", "县市区财政", "", "县市区财政", "", "县市区财政", ""],
            ["其它", "", "其它", "", "其它", "", "其它", "-55.78"],
            [C("二、项目支出明细情况", cs=8)],
            [C("支出内容", cs=2), C("实际支出数", cs=2), C("会计凭证号", cs=2), C("备注", cs=2)],
        ] + [[C(i, cs=2), C(a, cs=2), C(v, cs=2), C("", cs=2)] for i, a, v in _S342] + [
            [C("三、部门(单位)整体支出绩效自评情况", cs=8)],
            [C("整体支出绩效定性目标及实施计划完成情况", cs=2), C("预期目标", cs=3), C("实际完成", cs=3)],
        ]),
    ],
    truth={"projects": [P("岳阳市南津港大堤外坡景观型护坡工程", None, "1187", "万元", [])]},
    notes="""
Place: 岳阳市 (Yueyang city, HUNAN), city level: 湖南省岳阳市长江修防处 (the city's Yangtze embankment maintenance office) as 项目单位, the
主管部门 line EMPTY; the project's years 2014-2015 (项目起止时间 2014年 5 月起至 2015 年 12 月止), the report dated 2016 年 7 月 18 日. A plain
simplified page of the city's own site (yueyang.gov.cn), new to the corpus, found by a simplified query on Yueyang self-evaluation reports
(岳阳县 财政支出项目绩效评价自评报告 项目绩效定量目标 预期目标 实际完成 养护; gatherR, round nine, third wave); transcribed from source.txt.
Yueyang is covered (12, 220, 221, 244, 272, 274, 340, 341); the Yangtze embankment office and a flood-bank slope-protection project (防汛 /
堤防, 南津港大堤外坡景观型护坡工程) are new.
Template kind: the Yueyang city 财政支出项目绩效评价自评报告 (附件2, 岳阳市财政局(制); the layout of 220, 221, 244, 272 and 340, city edition,
2016): a cover of label lines (评价类型 with check boxes "√□", 项目名称, 项目单位, 主管部门 (empty), 评价方式, 评价机构, 报告日期), then
一、项目基本概况 (项目负责人 | 联系电话, 项目地址 | 邮编, 项目起止时间, four money blocks side by side: 计划安排资金 (万元) | 实际到位资金
(万元) | 实际支出 (万元) | 结余(万元), each split by source 其中:中央财政 / 省财政 / 市财政 / 县市区财政 / 其它), 二、项目支出明细情况
(支出内容 | 实际支出数 | 会计凭证号 | 备注) and the head of 三, which is captioned 部门(单位)整体支出绩效自评情况 under a project report.
Layout features: the project NAME ONLY ON A COVER LABEL LINE ("项目名称 岳阳市南津港大堤外坡景观型护坡工程", a space between label and
value); FOUR DIFFERENT amounts in the money blocks: planned 1187, received 1023, spent 1078.78, and a NEGATIVE 结余 -55.78 (overspent), the
结余 block's -55.78 under 其它 rather than 市财政; the spending table in 万元 (1003 + 11.38 + 20 + 21.72 + 22.68 = 1078.78), its vouchers
several dates with "#" in one cell; part 三's 定性目标 header (整体支出绩效定性目标及实施计划完成情况 | 预期目标 | 实际完成).
Truth: one project 岳阳市南津港大堤外坡景观型护坡工程 (the cover's 项目名称), budget 1187 万元 (计划安排资金 (万元), the planned money, as in 220,
221, 244, 272 and 340; unit from the label; 实际到位资金 1023 and 实际支出 1078.78 are other figures and not the budget). No indicators: the
capture stops in the first row of the 定性目标 table.
Truncation: the first 定性目标 row ("任务1:与南湖风景区配套,确保全市", cut inside its 预期目标 cell) and the rest of the report are left out.
Reconstruction: the capture prints each cell as a line ending " |", an empty cell as a lone "|" line, and ends each row by a run of "|"
(20 grid columns in all: 1 + 19, 4 + 16, 2 + 18, 8 + 12, 3 + 17). The rebuild uses 8 columns (the money rows' eight cells) and INFERS every
span as 272 and 340 do: the headings over the width, the label | value rows (values over three columns), 项目起止时间 over seven, the
spending table's four columns over two each, the 定性目标 header as 2 | 3 | 3. The cover lines are paragraphs.
""",
))
