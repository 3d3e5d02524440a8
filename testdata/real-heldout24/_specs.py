# Hand transcription of the HELD-OUT half of gatherV's part of the tenth round
# of real filings (issue 21: the even numbers from 380 on, see
# testdata/real/_build.py).  Not for tuning: these filings are scored once, at
# the end, by the lead.  Every string is copied from that folder's source.txt
# (or restored.txt, for a page from a glossed mirror); nothing is invented;
# cut-offs and inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 380
_R380 = [  # level1, level2, name, target, actual, score
    ("产出指标", "数量指标", "“科普鄂州”微信公众号运维", "不少于800篇", "800篇", "8"),
    ("产出指标", "数量指标", "开展全国科普日专题科普活动", "10场", "9场", "7"),
    ("产出指标", "数量指标", "《科协之窗-身边的科普》栏目", "200期", "200期", "8"),
    ("产出指标", "质量指标", "科普知识网络竞赛", "提高普及率", "稳步提升", "6"),
    ("产出指标", "质量指标", "科普宣传栏内容更新", "知识更新率", "实时更新", "6"),
    ("产出指标", "成本指标", "预算控制数", "≤104万元", "103.97万元", "10"),
    ("效益指标", "社会效益指标", "公民科学文化素质", "提升10%", "提升10%", "6"),
    ("效益指标", "经济效益指标", "公民支持科技经济融合发展", "提升10%", "提升10%", "6"),
    ("效益指标", "生态效益指标", "生态文明理念和意识", "提升10%", "提升10%", "6"),
]


def _row380(i, r):
    l1, l2, n, v, a, s = r
    out = []
    if i == 0:
        out.append(C(l1, rs=6))
    elif i == 6:
        out.append(C(l1, rs=3))
    if i == 0:
        out.append(C(l2, rs=3))
    elif i == 3:
        out.append(C(l2, rs=2))
    elif i not in (1, 2, 4):
        out.append(l2)
    return out + [n, v, a, s]


FILINGS.append(dict(
    dir="380-ezhou-kexie-kepu-ziping-2022",
    html_title="鄂州市科学技术协会(本级)绩效评价报告",
    blocks=[
        ("p", "鄂州市科学技术协会(本级)绩效评价报告"),
        ("p", "发布时间:2023-05-17 来源:鄂州市科学技术协会"),
        ("p", "2022年度科普经费项目自评表"),
        ("p", "单位名称:鄂州市科学技术协会 填报日期:2023年 5 月 17日"),
        ("table", [
            ["项目名称", C("科学普及经费", cs=6)],
            ["主管部门", C("鄂州市科学技术协会", cs=2), C("项目实施单位", cs=2), C("鄂州市科学技术协会", cs=2)],
            ["项目类别", C("1、部门预算项目 ? 2、省直专项 □ 3、省对下转移支付项目 □", cs=6)],
            ["项目属性", C("1、持续性项目 ? 2、新增性项目 □", cs=6)],
            ["项目类型", C("1、常年性项目 ? 2、延续性项目 □ 3、一次性项目 □", cs=6)],
            [C("预算执行情况(万元) (20分)", cs=2), C("预算数(A)", cs=2), "执行数(B)", "执行率(B/A)", "得分 (20分*执行率)"],
            [C("年度财政资金总额", cs=2), C("104", cs=2), "103.97", "99.97", "19"],
            [C("年度绩效目标1(80分)", rs=10), "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        ] + [_row380(i, r) for i, r in enumerate(_R380)]),
    ],
    truth={"projects": [P("科学普及经费", None, "104", "万元", [
        I(l1, l2, n, v, actual=a, score=s) for l1, l2, n, v, a, s in _R380])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 鄂州市 (Ezhou, Hubei), city level: 鄂州市科学技术协会 (the city's association for science and technology, 本级), its 2022
科普经费 (popular-science funds) project, the self-evaluation filled 2023-05-17 and published the same day as part of the
association's 绩效评价报告. Captured from a glossed mirror (obishi.cn: traditional characters with pinyin glosses, "當(dāng)前位置");
restored.txt (glosses removed, OpenCC t2s) is what this is transcribed from. Hubei and 鄂州 are covered (held-out 38, 鄂州市民中心;
the 鄂州市图书馆 page passed over in round nine); the 科协, a 科普 project and this form in a mirror copy are new.
Template kind: the Hubei 项目自评表 (the form of 117, 黄石市图书馆): 单位名称 | 填报日期 above; 项目名称 / 主管部门 | 项目实施单位 / 项目类别,
项目属性, 项目类型 check-box rows / 预算执行情况(万元)(20分) 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) / 年度财政资金总额 /
年度绩效目标1(80分) 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分.
Layout features: a score on every indicator row (no weight column); targets with comparator words or signs ("不少于800篇",
"≤104万元"), word targets ("提高普及率", "知识更新率") with word actuals ("稳步提升", "实时更新"), "提升10%" targets; an actual that misses
its target (10场 → 9场, scored 7); the 执行率 printed "99.97" without %; ticked boxes printed "?" by the mirror (kept as "?": the
page's ☑ lost; the unticked ones "□").
Truth: one project 科学普及经费 (项目名称), budget 104 万元 (预算数(A) of 年度财政资金总额; the unit from "预算执行情况(万元)"). Nine
indicators: value = 年初目标值(A), actual = 实际完成值(B), score = 得分.
Truncation: the capture stops in the 可持续影响指标 row ("可持续影响指", cut); that row, any 满意度 rows and the rest of the page are
left out of every file, and the 效益指标 span ends at the last reproduced row.
Reconstruction: the mirror prints each row on one line with single spaces between cells (the 单位名称 line with a run of spaces,
kept as one space in the rebuild; the 预算执行情况 label and its "(20分)", and 得分 and its "(20分*执行率)", on two lines, joined with
a space); cell boundaries are taken at the spaces (no cell text holds a space). INFERRED: the grid of seven columns, the label
spans (项目名称's value over six, the 主管部门 row 1 | 2 | 2 | 2, the money rows' labels over two and 预算数 over two), the left label
年度绩效目标1(80分) over the header and the nine rows, 产出指标 over six rows, 数量指标 over three, 质量指标 over two (rows that start
with a level-2 or level-3 word are taken to sit under the level cells above them). The mirror's own header lines (通知公告, 当前位置)
are left out.
Restoration: no untoned gloss was removed. OpenCC choices checked where they matter: 鄂州 (unchanged), 协会 (協會), 栏目 (欄目),
网络竞赛 (網絡競賽), 稳步提升 (穩步提升), 公众号 (公眾號); no 干/着/制/于/里/台/后/范/余 choice touches a scored string.
""",
))

# ---------------------------------------------------------------- 382
_B382 = ("根据《财政部\n教育部关于印发〈现代职业教育质量提升计划资金管理办法〉的通知》(财教〔2019〕258号)《广东省教育厅关于做好2021年现代职业教育"
         "质量提升计划中央专项资金(第二批)使用管理工作的通知》《广东省财政厅关于下达2021年现代职业教育质量提升计划中央资金(第二批)的通知》"
         "(粤财科教〔2021〕96号),为提高我省高职院校办学质量,举办技能竞赛,强化高水平专业群建设,提高结对帮扶四所幼专能力,设立该项目。")
_P382 = [  # label, value pairs in the order captured
    ("项目类别", "其它事业发展性支出"), ("项目级别", "二级项目"),
    ("二级项目名称", "2022年现代职业教育提升计划专项资金-高职院校生均拨款奖补资金"), ("二级项目编码", "440000210000000091236"),
    ("挂接一级项目名称", ""), ("挂接一级项目编码", "135128807798472705"),
    ("分配方式", ""), ("存续状态", "阶段性"),
    ("项目开始年度", "2022"), ("项目结束年度", "2022"),
    ("预算级次", "中央级"), ("项目来源", "下级上报的转移支付项目"),
    ("项目金额(单位:元)", "10,875,000.00"), ("当年金额", "10,875,000.00"),
    ("其中:社会投入资金(单位:元)", "0.00"), ("资金主管部门", "省教育厅"),
    ("资金主管处室", "科教文处"), ("财政内部机构", "科教文处"),
    ("申报单位", "广东省外语艺术职业学院"), ("用款单位", "广东省外语艺术职业学院"),
    ("实施单位", ""), ("申报联系人", ""),
    ("申报联系电话", ""), ("上一年项目预算安排情况", "7250000"),
    ("申报属性", "延续项目"), ("上级转移支付项目代码", ""),
    ("热点分类", ""), ("是否科研项目", "否"),
    ("是否重点项目", "否"), ("是否为债券项目", "非债券项目"),
    ("是否基建项目", "否"), ("是否信息化项目", "否"),
]
_G382 = [[C(_P382[i][0], cs=2), C(_P382[i][1], cs=3), C(_P382[i + 1][0], cs=2), C(_P382[i + 1][1], cs=3)]
         for i in range(0, len(_P382), 2)]
FILINGS.append(dict(
    dir="382-guangdong-waiyu-yishu-zhiye-shengjun-2022",
    html_title="其他事业发展性支出二级项目",
    blocks=[
        ("table", [
            [C("附件3-10", cs=10)],
            [C("其他事业发展性支出二级项目", cs=10)],
            [C("金额单位:元", cs=10)],
            [C("项目基本信息", cs=10)],
        ] + _G382 + [
            [C("设立依据及申报理由", cs=2), C(_B382, cs=8)],
        ]),
    ],
    truth={"projects": [P("2022年现代职业教育提升计划专项资金-高职院校生均拨款奖补资金", None, "10875000", "元", [])]},
    notes="""
Place: 广东省 (GUANGDONG, province level): 广东省外语艺术职业学院 (a provincial vocational college) as 申报单位 and 用款单位, 省教育厅 as
资金主管部门; year 2022 (项目开始年度 = 项目结束年度 = 2022; the name's "2022年"). A plain simplified page: one sheet (附件3-10) of an
Excel workbook saved as web pages ("2022zxzjjxmbbfiles/sheet010"), stored on a site that mirrors it (hxd333.com); transcribed from
source.txt. Guangdong is rare in the corpus (74, 161, 311, 343, held-out 78); a vocational college's central transfer (现代职业教育质量
提升计划, 生均拨款奖补) and this 二级项目 sheet are new.
Template kind: the Guangdong provincial budget system's 二级项目 sheet (项目基本信息 block of label | value pairs: 项目类别, 项目级别,
二级项目名称 and 编码, 挂接一级项目, 存续状态, 项目开始/结束年度, 预算级次, 项目来源, 项目金额(单位:元), 当年金额, 其中:社会投入资金, 资金主管
部门 and 处室, 申报单位, 用款单位, …, 设立依据及申报理由, 项目概述, then — beyond the capture — the targets).
Layout features: the money in YUAN with thousands commas and two decimals ("10,875,000.00"), the unit only in the labels
("项目金额(单位:元)") and in "金额单位:元" above; 项目金额 and 当年金额 equal; a previous year's amount "7250000" without commas or unit
beside it (上一年项目预算安排情况, not this year's budget); long numeric codes (二级项目编码 440000210000000091236, 挂接一级项目编码
135128807798472705) as values; yes/no rows (是否科研项目 否 …); empty values (挂接一级项目名称, 分配方式, 实施单位, 申报联系人 …); a line
break inside the 设立依据 cell ("《财政部" / "教育部关于…").
Truth: one project, name = the 二级项目名称 cell "2022年现代职业教育提升计划专项资金-高职院校生均拨款奖补资金", budget 10875000 元 (the
项目金额(单位:元) cell "10,875,000.00", written as a plain decimal; 当年金额 agrees), money_unit 元 (from the label and "金额单位:元").
No indicators: the capture stops in the 项目概述 row, before any target.
Truncation: the 项目概述 row (cut in its first sentence, "…《广东省职业教育“扩容") and the rest of the sheet are left out of every file.
Reconstruction: the capture prints every cell on its own line followed by " |"; the first two rows print one cell and nine "|" (a
sheet of ten columns), the rest print no row ends. INFERRED: the title rows over ten columns; the label | value pairs two to a row
(label over two columns, value over three), in the captured order; 设立依据及申报理由's value over eight columns. The row grouping is
an inference; every label keeps its own value.
""",
))
