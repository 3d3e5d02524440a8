# Hand transcription of the HELD-OUT half of gatherF's part of the eighth round
# of real filings (issue 21: the even numbers from 220 on, see
# testdata/real/_build.py).  Not for tuning: these filings are scored once, at the
# end, by the lead.  Every string is copied from that folder's source.txt; nothing
# is invented; cut-offs and inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 220
_S220 = ["其中:中央财政", "省财政", "市财政", "区财政", "其它"]
FILINGS.append(dict(
    dir="220-yueyang-nanhu-youfu-ziping-2016",
    html_title="岳阳市南湖新区财政支出项目绩效评价自评报告(优抚)",
    blocks=[
        ("p", "岳阳市南湖新区财政支出项目绩效评价自评报告(优抚)"),
        ("p", "编稿时间:2017-09-20 来源: 区财政局"),
        ("p", "附件3-2"),
        ("p", "岳阳市南湖新区财政支出项目绩效评价自评报告"),
        ("p", "评价类型:项目实施过程评价□   项目完成结果评价■"),
        ("p", "项目名称        优 抚"),
        ("p", "项目单位     南湖新区民政局"),
        ("p", "主管部门"),
        ("p", "评价方式:部门(单位)绩效自评"),
        ("p", "评价机构:部门(单位)评价组"),
        ("p", "报告日期:2017 年7 月 15  日"),
        ("p", "岳阳市南湖新区财政局(制)"),
        ("table", [
            [C("一、项 目 基 本 概 况", cs=8)],
            ["项目负责人", C("鲁明霞", cs=3), "联系电话", C("8328726", cs=3)],
            ["项目地址", C("南湖新区民政局", cs=3), "邮  编", C("414000", cs=3)],
            ["项目起止时间", C("2016年1月起至2016年12 月止", cs=7)],
            ["计划安排资金\n(万元)", "170", "实际到位资金\n(万元)", "170", "实际支出\n(万元)", "179.6", "结余(万元)", "0"],
            ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""],
            ["省财政", "170", "省财政", "170", "省财政", "170", "省财政", ""],
            ["市财政", "", "市财政", "", "市财政", "", "市财政", ""],
            ["区财政", "", "区财政", "", "区财政", "", "区财政", ""],
            ["其它", "", "其它", "9.6", "其它", "9.6", "其它", ""],
            [C("二、项目支出明细情况", cs=8)],
            [C("支出内容", cs=2), C("实际支出数", cs=2), C("会计凭证号", cs=2), C("备注", cs=2)],
            [C("上半年重点优抚对象补助", cs=2), C("67", cs=2), C("1月31日33号凭证2月29日12号凭证7月31日18号凭证", cs=2), C("", cs=2)],
            [C("优抚解三难", cs=2), C("9.1", cs=2),
             C("1月34、41号5月17、32号凭证6月39、43号7月15号、8月7、23号\n11月4、46号、12月75号凭证", cs=2), C("", cs=2)],
            [C("春节下拨优抚资金及慰问", cs=2), C("35.5", cs=2), C("1月25、27、28、29、31、41号、2月1号、9月27号凭证", cs=2), C("", cs=2)],
            [C("其他优抚支出", cs=2), C("62", cs=2),
             C("1月16号、7月17、20、21、22、23、24、25、26、27号、8月8、9号\n10月17号、11月10号凭证", cs=2), C("", cs=2)],
            [C("60岁老兵补助", cs=2), C("6", cs=2), C("1月49号、7月16号", cs=2), C("", cs=2)],
            [C("支出合计", cs=2), C("179.6", cs=2), C("", cs=2), C("", cs=2)],
            [C("三、项目绩效自评情况", cs=8)],
            [C("项目绩效定性目标及实施计划完成情况", cs=2), C("预  期 目 标", cs=3), C("实际完成", cs=3)],
        ]),
    ],
    truth={"projects": [P("优 抚", None, "170", "万元", [])]},
    notes="""
Place: 南湖新区 (Nanhu New District, YUEYANG, HUNAN), district level, 南湖新区民政局 (the district's civil-affairs bureau); the project's
year 2016 (项目起止时间 2016年1月起至2016年12 月止), the report dated 2017 年7 月 15 日 and posted 2017-09-20 by 区财政局. Captured from
the district's own site (yynanhu.yueyang.gov.cn). Yueyang is covered (12, 169, 181, 201 and others); Nanhu New District, a 优抚
(entitled-groups care) fund and the 2016-17 Yueyang 财政支出项目绩效评价自评报告 (附件3-2) are new. 221 (build half) is a sibling page
of the same district, form and date (低保专项).
Template kind: 岳阳市南湖新区财政支出项目绩效评价自评报告 (附件3-2, 岳阳市南湖新区财政局(制)): a COVER of label lines (评价类型 with check
boxes, 项目名称, 项目单位, 主管部门 (empty), 评价方式, 评价机构, 报告日期), then 一、项目基本概况 (项目负责人 | 联系电话, 项目地址 | 邮编,
项目起止时间, four money columns side by side: 计划安排资金(万元) | 实际到位资金(万元) | 实际支出(万元) | 结余(万元), each split by source
其中:中央财政 / 省财政 / 市财政 / 区财政 / 其它), 二、项目支出明细情况 (支出内容 | 实际支出数 | 会计凭证号 | 备注, 支出合计), 三、项目绩效
自评情况 (定性目标 预期目标 | 实际完成; 定量目标 一级指标 | 二级指标 | 指标内容 | 指标(目标)值 | 实际完成值 …, cut).
Layout features: the project NAME ONLY ON THE COVER, spaced ("项目名称        优 抚"); FOUR money blocks side by side, the label repeated
in each ("其中:中央财政" four times on one row); SPENDING ABOVE THE PLAN (计划安排 170, 到位 170, 实际支出 179.6, 结余 0: the 9.6 beyond
the plan under 其它); voucher numbers as long lists in the 会计凭证号 cells; the (万元) unit on a line of its own under each label.
Truth: one project 优 抚 (the cover's 项目名称, spaced as written), budget 170 万元 (计划安排资金(万元), the planned money of the year, as in
175; 实际到位资金 is the same 170; unit from the labels). No indicators: the capture stops inside the 定量目标 header, before any target.
Truncation: the capture stops in the caption row of 项目绩效定量目标(指标)及完成情况 (its last cell "项目…" cut); that row and the rest of
the report are left out. The page's "预算绩效管理" breadcrumb is left out.
Reconstruction: the capture prints EVERY CELL AS A PARAGRAPH and drops the empty ones, so which cells are empty is INFERRED from the
sibling page 221 (same form, printed with its grid) and from the sums: the money rows are read label | amount four times (the four
"其中:中央财政" with empty amounts, 省财政 170 | 170 | 170 | empty, 市财政 and 区财政 empty, 其它 empty | 9.6 | 9.6 | empty — as captured,
each amount after the label before it; note that 到位 其它 9.6 would make 到位 179.6, not 170: kept as captured, not corrected). The
spending items add up to 179.6 (67 + 9.1 + 35.5 + 62 + 6). The second lines of two 会计凭证号 cells ("11月4、46号、12月75号凭证",
"10月17号、11月10号凭证") are read as line breaks inside the cell, not as 备注 (an INFERENCE: they continue the voucher list). The grid
is rebuilt with 8 columns (the money row); the section headings are rows of the grid, as on 221; the spending table's four columns
span two each (INFERRED). The 定性目标 row has no captured content under its captions (its cells were empty or lost).
""",
))

# ---------------------------------------------------------------- 222
_R222 = [  # level1, level2, name, target, actual
    ("产出指标", "数量指标", "完成校园维修改造及设备购置项目", "800万元", "800万元"),
    ("产出指标", "质量指标", "校园维修改造及设备购置合格率", "100%", "100%"),
    ("产出指标", "成本指标", "本年预算安排800万元", "100%", "100%"),
    ("产出指标", "时效指标", "2023年项目完工、投入使用", "100%", "100%"),
    ("效益指标", "社会效益指标", "保障校园环境安全、教学工作正常运转", "良好", "良好"),
    ("效益指标", "可持续影响指标", "建设平安校园,满足教师和学生生活、学习的需要", "≥95%", "≥95%"),
    ("满意度指标", "具体指标", "教师满意度", "≥95%", "≥95%"),
    ("满意度指标", "具体指标", "学生满意度", "≥95%", "≥95%"),
]
FILINGS.append(dict(
    dir="222-huangshi-sanzhong-xiaoyuan-ziping-2023",
    html_title="黄石三中2023年度市级部门项目自评表",
    blocks=[
        ("p", "黄石三中2023年度市级部门项目自评表"),
        ("p", "发布日期:2024-06-16    作者:     来源:     点击:"),
        ("p", "附件:"),
        ("p", "2023年度校园维修改造及设备购置项目自评表"),
        ("p", "项目单位(盖章):黄石市第三中学 主要领导签字:"),
        ("p", "填报日期:2024年6月14"),
        ("table", [
            ["项目名称", C("校园维修改造及设备购置", cs=5)],
            ["主管部门", C("黄石市教育局", cs=2), "项目实施单位", C("黄石市第三中学", cs=2)],
            ["项目类别", C("1、部门预算项目   2、市直专项", cs=5)],
            ["项目属性", C("1、持续性项目   2、新增性项目", cs=5)],
            ["项目类型", C("1、常年性项目   2、延续性项目      3、一次性项目", cs=5)],
            [C("预算执行情况(万元)\n20分)", rs=2), C("", cs=2), "预算数(A)", "执行数B)", "执行率B/A)"],
            [C("年度财政资金总额", cs=2), "800万元", "800万元", "100%"],
            [C("年度绩效目标\n98分)", rs=9), "一级指标", "二级指标", "三级指标", "年初目标值(A", "实际完成值(B"],
            [C("产出指标", rs=4), "数量指标", _R222[0][2], _R222[0][3], _R222[0][4]],
            ["质量指标", _R222[1][2], _R222[1][3], _R222[1][4]],
            ["成本指标", _R222[2][2], _R222[2][3], _R222[2][4]],
            ["时效指标", _R222[3][2], _R222[3][3], _R222[3][4]],
            [C("效益指标", rs=2), "社会效益指标", _R222[4][2], _R222[4][3], _R222[4][4]],
            ["可持续影响指标", _R222[5][2], _R222[5][3], _R222[5][4]],
            [C("满意度指标", rs=2), "具体指标", _R222[6][2], _R222[6][3], _R222[6][4]],
            ["具体指标", _R222[7][2], _R222[7][3], _R222[7][4]],
            ["偏差大或\n目标未完成\n原因分析", C("", cs=5)],
            ["改进措施及\n结果应用方案", C("", cs=5)],
        ]),
        ("p", "备注:"),
        ("p", "1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。涉及政府采购的项目支出要设置相关绩效指标反映政府采购管理情况。"),
        ("p", "2.基于经济性和必要性等因素考虑,满意度指标暂可不作为必评指标。"),
    ],
    truth={"projects": [P("校园维修改造及设备购置", None, "800", "万元", [
        I(l1, l2, n, v, actual=a) for l1, l2, n, v, a in _R222])]},
    notes="""
Place: 黄石市第三中学 (No. 3 Middle School of Huangshi, HUBEI), a city school under 黄石市教育局; city level; year 2023 (the title
"2023年度…项目自评表", 填报日期 2024年6月14, posted 2024-06-16). Captured from the school's own site (hssz.hssedu.cn). Hubei and Huangshi
are covered (117 黄石市图书馆 2022; 20 held out); a school and its 2023 city-level 项目自评表 are new.
Template kind: the Hubei city 项目自评表 (附件; the form of 117 and 179's province): 项目单位(盖章) | 主要领导签字 | 填报日期 above the grid;
项目名称 / 主管部门 | 项目实施单位 / 项目类别, 项目属性, 项目类型 as numbered choices / 预算执行情况(万元)(20分) 预算数(A) | 执行数(B) |
执行率(B/A) by 年度财政资金总额 / 年度绩效目标(98分) 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) / 偏差大或目标未完成
原因分析 / 改进措施及结果应用方案, then 备注. This copy has NO 得分 column and no 得分 cell in the money row.
Layout features: AMOUNTS WITH THEIR UNIT IN THE CELLS ("800万元" under a "(万元)" label); the capture LOST OPENING PARENTHESES ("20分)",
"98分)", "执行数B)", "执行率B/A)") and closing ones ("年初目标值(A", "实际完成值(B"), kept as captured; a level-2 label "具体指标" for
both satisfaction rows; a name that carries an amount ("本年预算安排800万元") with a percent target; word targets ("良好"); targets
and actuals identical on every row; empty 偏差 and 改进措施 cells; no ticks visible in the category choices.
Truth: one project 校园维修改造及设备购置 (项目名称), budget 800 万元 (预算数(A) of 年度财政资金总额, written "800万元"; unit from the label
"预算执行情况(万元)"). Eight indicators: level1 and level2 as written (filled down), name the 三级指标 cell, value the 年初目标值(A);
value_cells.actual the 实际完成值(B).
Truncation: the capture stops inside 备注 item 3 ("3.涉及政府采购的项目支出应设置相关政府采购", cut); that item is left out (items 1-2
kept as paragraphs). The page's "#vsb_content_2" and "首页 >> 正文" lines are left out.
Reconstruction: the capture prints every cell as a paragraph and drops empty cells; the grid is rebuilt with 6 columns (label, 一级,
二级, 三级, A, B) after 117/179's form: 主管部门 and 项目实施单位 with values over two columns each, the money header's empty corner over
two columns, 年度财政资金总额 over two (INFERRED). The spans of the labels (预算执行情况 over two rows, 年度绩效目标 over nine, the
level-1 cells over their rows) follow the row counts. The empty 偏差/改进措施 value cells are inferred from the form.
""",
))

# ---------------------------------------------------------------- 224
_D224 = ("(1)项目概述和内容。该项目是义务教育阶段家庭困难学生生活补助项目,主要用于家庭困难学生进行资助,义务教育阶段家庭经济困难寄宿生生活补助补助"
         "标准为小学生每生毎学年1000元,初中生每生毎学年1250元,特殊教育学校学生按初中生标准执行。义务教育阶段家庭经济困难非寄宿生生活补助的标准按"
         "义务教育阶段家庭经济困难寄宿生生活补助标准的50%核定,项目所需资金由中央和区级财政各承担50%。家庭经济困难学生生活补助项目的实施,有助于减轻"
         "困难学生家庭负担,促进社会公平和稳定,同时鼓励优秀学生努力求学,报效社会。")
FILINGS.append(dict(
    dir="224-huainan-panji-xuesheng-buzhu-2024",
    html_title="潘集区教育局2024年部门项目基本信息",
    blocks=[
        ("p", "潘集区教育局2024年部门项目基本信息"),
        ("p", "1.“2024年家庭经济困难学生生活补助”项目。"),
        ("p", _D224),
        ("p", "(2)立项依据。淮南市财政局、淮南市教育体育局文件"),
        ("p", "(3)实施主体和起止时间。"),
        ("p", "实施主体:潘集区教育局"),
        ("p", "实施时间:2024年1月1日至2024年12月31日"),
        ("p", "(4)年度预算安排。财政资金年度安排约245万元,其中区级资金122.51万元。"),
        ("p", "(5)绩效目标和指标。解决贫困家庭孩子上学难的问题,切实做到义务教育入学有保障。"),
        ("table", [
            [C("项目支出绩效目标表", cs=6)],
            ["", "", C("( 2024 年度)", cs=3), ""],
            [C("填报单位(盖章):", cs=6)],
            ["项目名称", C("2024年家庭经济困难学生生活补助", cs=5)],
            ["主管部门及代码", C("潘集区教育局", cs=2), "实施单位", C("潘集区教育局", cs=2)],
            [C("项目资金(万元)", rs=4), "中期资金总额:", "", "年度资金总额:", C("245", cs=2)],
            ["其中:本年财政拨款", "", "其中:本年财政拨款", C("245", cs=2)],
            ["上年结转资金", "", "上年结转资金", C("", cs=2)],
            ["其他资金", "", "其他资金", C("", cs=2)],
            [C("总体目标", rs=2), C("中期目标", cs=2), C("年度目标", cs=3)],
            [C("促进社会公平和稳定,同时鼓励优秀学生努力求学,报效社会", cs=2), C("减轻困难学生家庭负担,鼓励优秀学生努力求学", cs=3)],
            ["绩效指标", "一级指标", "二级指标", "三级指标", C("指标值", cs=2)],
        ]),
    ],
    truth={"projects": [P("2024年家庭经济困难学生生活补助", None, "245", "万元", [])]},
    notes="""
Place: 潘集区 (Panji district, HUAINAN, ANHUI), district level, 潘集区教育局 (the district's education bureau); year 2024 (the title
"2024年部门项目基本信息", the table's "( 2024 年度)", 实施时间 2024年1月1日至2024年12月31日). Captured from the district's own site
(www.panji.gov.cn). Anhui is covered widely; Huainan's 田家庵 (held out in round seven) is the only Huainan filing; Panji and a
student living-allowance fund (家庭经济困难学生生活补助) are new.
Template kind: a bureau's "部门项目基本信息" notice: five numbered prose items ((1)项目概述和内容 … (5)绩效目标和指标) then the Anhui
项目支出绩效目标表 with TWO COLUMN GROUPS for money (中期资金总额: | amount | 年度资金总额: | amount, then 其中:本年财政拨款 / 上年结转资金 /
其他资金 on both sides), 总体目标 split into 中期目标 | 年度目标, and 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值, indicators cut.
Layout features: the MEDIUM-TERM money empty (中期资金总额: and its parts blank) beside the year's 245; the label 其中:本年财政拨款
repeated on both sides; the budget also in prose ("财政资金年度安排约245万元,其中区级资金122.51万元", the prose's 122.51 is not in the
table); a year caption with spaces inside ("( 2024 年度)"); 填报单位(盖章): left blank; "毎学年" (sic) in the prose.
Truth: one project 2024年家庭经济困难学生生活补助 (项目名称), budget 245 万元 (年度资金总额:, the year's money; the 中期 side is empty;
unit from "项目资金(万元)"). No indicators: the capture stops inside the first indicator row ("成本指标 | 经济成本指标 | 指标1:小学…", cut).
Truncation: the cut first indicator row and everything after are left out.
Reconstruction: the capture prints each cell on its own line ending " |" (an empty cell as a bare "|"), with a run of "|" for the grid
slots a row does not start (6 slots: the title and 3 + 3 "|", etc.). The rebuild uses 6 columns and INFERS the spans from the runs:
the money amounts of the year over two columns (the money rows print one slot fewer than the form has), 项目资金(万元) over four rows,
总体目标 over two, 中期目标 over two and 年度目标 over three, 指标值 over two; the year caption "( 2024 年度)" between two empty cells on
the left and one on the right (its span INFERRED); the prose items are paragraphs.
""",
))

# ---------------------------------------------------------------- 226
_R226 = [  # level1, level2, name, target, actual
    ("产出指标", "质量指标", "奖助政策学生知晓率", "100%", "100%"),
    ("产出指标", "质量指标", "受资助本专科困难学生覆盖率", "99%", "99%"),
    ("产出指标", "质量指标", "退役士兵考入高校应助学生享受资助比例", "100%", "100%"),
    ("产出指标", "质量指标", "高校学生应征入伍应受助学生享受资助比例", "100%", "100%"),
    ("产出指标", "数量指标", "受资助本专科学生人数", "14726", "15935"),
    ("产出指标", "质量指标", "国家奖学金按标准发放率", "100%", "100%"),
    ("效益指标", "社会效益指标", "评审程序是否客观公正", "是", "是"),
    ("效益指标", "社会效益指标", "家庭经济困难学生完成学业率", "100%", "100%"),
    ("效益指标", "服务对象满意度指标", "资助学生满意度", "95%", "95%"),
]
_P226 = ("根据《省财政厅 省教育厅关于下达2021年普通高校学生资助补助经费预算的通知》(鄂财教发[2021]40号)文件批复,2021年本专科生奖助学金项目"
         "实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99%。项目预算资金未执行完的主要原因是剩余未执行完的0.3792万元为应征"
         "入伍学生国家资助经费,因此笔经费无法达到一名学生4000元的最低资助标准,将作为我校2022年应征入伍学生国家资助经费使用。因此我校2021年资助项目"
         "资金没有全部执行完。")
FILINGS.append(dict(
    dir="226-xianning-hbust-zhuxuejin-ziping-2021",
    html_title="2021年度本专科生奖助学金项目自评结果",
    blocks=[
        ("p", "2021年度本专科生奖助学金项目自评结果"),
        ("p", "一、自评结论"),
        ("p", "(一)评价得分情况。"),
        ("p", "对照2021度本专科生奖助学金项目年初绩效目标及项目实际完成情况,自评小组经过自评,综合评价得分为 99.8分。"),
        ("p", "(二)绩效目标完成情况"),
        ("p", "1、执行率情况。"),
        ("p", _P226),
        ("p", "完成的绩效目标。"),
        ("p", "经过自评,本项目较好的完成的年初预定的各项绩效目标。具体完成情况如下表:"),
        ("table", [["一级指标", "二级指标", "指标名称", "目标值", "实际完成值"]] + [list(r) for r in _R226]),
    ],
    truth={"projects": [P(None, None, None, None, [I(l1, l2, n, v, actual=a) for l1, l2, n, v, a in _R226])]},
    notes="""
Place: a Hubei university in Xianning — 湖北科技学院 (Hubei University of Science and Technology), INFERRED from the site
(xxgkw.hbust.edu.cn, its information-disclosure pages); the page itself names no school ("我校"); provincial-level funds (鄂财教发
[2021]40号); year 2021 ("2021年度"). Hubei is covered (83, 87, 107, 117, 163, 222 and others; 湖北工程学院's self-evaluation was passed
over in round seven for its stripped digits); a university's student-aid self-evaluation in prose plus a target | actual table is new.
Template kind: a 项目自评结果 page in prose (一、自评结论 (一)评价得分情况 (二)绩效目标完成情况 1、执行率情况 …) with a five-column results
table: 一级指标 | 二级指标 | 指标名称 | 目标值 | 实际完成值.
Layout features: NO 项目名称 CELL and NO MONEY CELL (the project name only in the title, the budget 2596万元 and the spending 2595.6208
万元 only in prose); the level-1 and level-2 words written on EVERY ROW (no merged cells), with the rows out of level-2 order (数量指标
between 质量指标 rows); a bare count as target and actual ("14726" | "15935"); yes/no targets ("是" | "是"); "指标名称" for the name
column and "目标值" for the target.
Truth: one project with NO name (no 项目名称 cell; the title's "本专科生奖助学金项目" is not a cell) and NO budget (the amounts are
prose, not cells), money unit null. NINE indicators: level1, level2, name = 指标名称, value = 目标值, value_cells.actual = 实际完成值.
Truncation: the capture stops inside the prose after the table ("(三)存在的问题和原因 1、…主要原因是", cut); that prose is left out.
Reconstruction: the capture prints each cell on its own line ending " |"; the caption row and the first four data rows end with an extra
bare "|" line (an empty slot after 实际完成值), the last five rows do not. The rebuild uses the five captioned columns and leaves the
stray slot out (INFERRED: an empty column the later rows do not print). The prose before the table is kept as paragraphs.
""",
))
