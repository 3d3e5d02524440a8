# Hand transcription of the HELD-OUT half of g12c's part of the twelfth round of
# real filings (issue 21: the even numbers from 540 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt (or restored.txt for a restored
# mirror capture); nothing is invented; cut-offs and inferences are in each
# folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 540
_N540 = "百色市百东实验初级中学生均教育事业费"
_P540A = ("百色市教育局部门(含所属二层)2024年1月年中综合财政支出预算纳入预算绩效管理的项目1个,项目名称为百色市百东实验初级中学生均教育事业费,"
          "项目绩效目标详见附件。")
_P540C = ("根据《百色市教育局委托广西希达教育开发有限公司管理百色市百东实验初级中学协议书》,市人民政府按照生均教育事业费1.65万元标准拨付办学经费给"
          "百色市百东实验初级中学,用于学校办公、水、电及教职工人员经费等。百色市百东实验初级中学2023年秋季在校学生1304人,1304*1.65*0.5=1075.80万元,"
          "2023年已经拨付466.42万元,还需要拨付1075.8-466.42=609.38万元,本次安排250万元。")
_P540S = "百色市百东实验初级中学2023年6月份转为公办学校,2023年9月至2024年1月正常办学,2024年1-2月拨付办学经费。"
_P540G = ("一、根据协议支付合作办学经费,确保协议履约,实现学校正常运行。二、引进优质教育品牌、与名校合作办学、实施委托管理办学等方式,多渠道增加优质教育资源供给,"
          "培育和催生一批新的优质教育资源,进一步提升区域教育优质均衡发展水平和教育品牌影响力。")
FILINGS.append(dict(
    dir="540-baise-jiaoyu-baidong-shengjun-jingfei-2024",
    html_title="2024年度预算项目绩效目标公开表(百色市百东实验初级中学生均教育事业费)",
    blocks=[
        ("table", [
            [C(_P540A, cs=8)],
            [C("2024年度预算项目绩效目标公开表", cs=8)],
            ["项目名称", C(_N540, cs=7)],
            ["项目主管部门", C("百色市教育局", cs=3), "项目实施单位", C("百色市教育局", cs=3)],
            ["项目属性", C("经常性", cs=7)],
            [C("项目资金 (万元)", rs=7), C("合计", cs=2), C("250", cs=5)],
            [C("一般公共预算拨款", rs=3), "小计", C("250", cs=5)],
            ["市本级", C("250", cs=5)],
            ["中央及自治区补助", C("", cs=5)],
            [C("政府性基金预算拨款", cs=2), C("", cs=5)],
            [C("国有资本经营预算拨款", cs=2), C("", cs=5)],
            [C("其他资金", cs=2), C("", cs=5)],
            ["项目实施内容", C(_P540C, cs=7)],
            ["项目起止时间", C("2024年1月1日至12月31日", cs=7)],
            ["项目实施 进度计划", C(_P540S, cs=7)],
            ["年度绩效目标", C(_P540G, cs=7)],
        ]),
    ],
    truth={"projects": [P(_N540, None, "250", "万元", [])]},
    notes="""
Place: 百色市 (Baise, GUANGXI), city level: 百色市教育局 (the city education bureau) as 项目主管部门 and 项目实施单位; the project pays the per-pupil
running cost (生均教育事业费, 1.65万元 a pupil) of 百色市百东实验初级中学, a school run under an entrustment contract that turned public in
June 2023; year 2024 (the form's "2024年度"; the budget of "2024年1月年中"). Captured from a MIRROR on an unrelated domain (frenduro.com, path
"zwgk/t17980072.html", plain simplified text; the Baise government site's own address is not in the capture), transcribed from source.txt.
Guangxi is covered by 353 (the autonomous region's 文旅 transfer self-evaluation) and a 南宁 unit; Baise, a city education bureau's
entrusted-school fund and this form are new. Not in the corpus under another address (grep of 百色 and 百东实验 in testdata/real*: none).
Template kind: the Guangxi 年度预算项目绩效目标公开表 (city level): an introductory sentence as the grid's first row, the title row, 项目名称 /
项目主管部门 | 项目实施单位 / 项目属性 / 项目资金 (万元) over 合计, 一般公共预算拨款 (小计, 市本级, 中央及自治区补助), 政府性基金预算拨款,
国有资本经营预算拨款, 其他资金 / 项目实施内容 / 项目起止时间 / 项目实施进度计划 / 年度绩效目标 / 中期绩效目标 (cut) — the indicator grid
comes after, beyond the capture.
Layout features: the money block by SOURCE with a 合计 on top and a 小计 under 一般公共预算拨款 (合计 250 = 小计 250 = 市本级 250), empty
中央及自治区补助 and fund rows; the unit only in the row label "项目资金 (万元)" (with a space); an arithmetic derivation of the amount in
the content cell ("1304*1.65*0.5=1075.80万元", "1075.8-466.42=609.38万元", "本次安排250万元": 250 is this allotment, not the 1075.80
need); a 年度绩效目标 BEFORE the 中期绩效目标; the first grid row is a sentence, not a caption.
Truth: one project, name = the 项目名称 cell, budget 250 (合计 of 项目资金 (万元); equal to 小计 and 市本级), unit 万元 from "项目资金 (万元)".
No indicators: the capture stops inside the 中期绩效目标 cell.
Truncation: the capture stops inside the 中期绩效目标 cell ("…培育和催生一批新的优质", cut): that row and everything after it (the indicator
grid) are left out of every file; the 年度绩效目标 row ends the reproduced table.
Reconstruction: the capture prints each row between "|" with a run of "|" for the rest of the row's width (every row adds up to nine "|",
so the grid is INFERRED 8 columns wide); how the columns are shared is INFERRED: the sentence and title rows over all eight; a label and a
value over seven; 项目主管部门 | value over 3 | 项目实施单位 | value over 3; 项目资金 (万元) spanning its seven money rows, 一般公共预算拨款
spanning 小计, 市本级 and 中央及自治区补助, the other fund labels and 合计 over two columns, the amounts over five; the label "项目实施 进度计划"
as captured (its value on the next line of the capture).
""",
))
