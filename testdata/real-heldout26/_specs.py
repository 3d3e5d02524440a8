# Hand transcription of the HELD-OUT half of gatherX's part of the tenth round of
# real filings (issue 21: the even numbers from 400 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 400
_P400G = ("根据省人大常委会要求,2014年年底前基本实现全省各乡镇、街道设立人大代表之家的全覆盖,并提出推进代表进站全员化、联系活动长效化、"
          "联系工作网络化和活动机制规范化、舆论宣传多样化等要求。")
_P400D = ("截至目前,我区已建成人大代表联之家16个,达到省人大常委会“全覆盖、制制度化、常活动”的目标,2016年共开展活动58次,接待选民36批"
          "200多人次,其帮助解决重点项目“堵头”和历史遗留留问题23个。")
FILINGS.append(dict(
    dir="400-yueyang-yueyanglou-renda-daibiaozhijia-ziping-2016",
    html_title="2016年度区人大代表之家项目支出绩效自评报告",
    blocks=[
        ("p", "2016年度区人大代表之家项目支出绩效自评报告"),
        ("p", "来源:楼区财政局   2017-11-23 10:15"),
        ("p", "岳阳楼区财政支出项目绩效评价自评报告"),
        ("p", "评价类型:项目实施过程评价□   项目完成结果评价■"),
        ("p", "项目名称            代表之家"),
        ("p", "项目单位          岳阳楼区人大办"),
        ("p", "主管部门"),
        ("p", "评价方式: 自评"),
        ("p", "评价机构:"),
        ("p", "报告日期:2017年5月8日"),
        ("p", "岳阳市岳阳楼区财政局(制)"),
        ("table", [
            [C("一、项 目 基 本 概 况", cs=8)],
            ["项目负责人", C("黄术光", cs=3), "联系电话", C("8245493", cs=3)],
            ["项目地址", C("岳阳楼区人大常委会", cs=3), "邮  编", C("414000", cs=3)],
            ["项目起止时间", C("2016年1月1日", cs=7)],
            ["计划安排资金\n(万元)", "48", "实际到位资金\n(万元)", "48", "实际支出\n(万元)", "46.5", "结余(万元)", "1.5"],
            ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""],
            ["省财政", "", "省财政", "", "省财政", "", "省财政", ""],
            ["市财政", "", "市财政", "", "市财政", "", "市财政", ""],
            ["县市区财政", "48", "县市区财政", "48", "县市区财政", "46.5", "县市区财政", "1.5"],
            ["其它", "", "其它", "", "其它", "", "其它", ""],
            [C("二、项目支出明细情况", cs=8)],
            [C("支出内容", cs=2), C("实际支出数(万元)", cs=2), C("会计凭证号", cs=2), C("备注", cs=2)],
            [C("办公费", cs=2), C("9.6", cs=2), C("", cs=2), C("", cs=2)],
            [C("印刷费", cs=2), C("8.5", cs=2), C("", cs=2), C("", cs=2)],
            [C("接待费", cs=2), C("1.5", cs=2), C("", cs=2), C("", cs=2)],
            [C("其他商品服务支出", cs=2), C("15.9", cs=2), C("", cs=2), C("", cs=2)],
            [C("拨出经费", cs=2), C("11", cs=2), C("", cs=2), C("", cs=2)],
            [C("支出合计", cs=2), C("46.5", cs=2), C("", cs=2), C("", cs=2)],
            [C("三、项目绩效自评情况", cs=8)],
            [C("项目绩效定性目标及实施计划完成情况", rs=2, cs=2), C("预  期 目 标", cs=3), C("实际完成", cs=3)],
            [C(_P400G, cs=3), C(_P400D, cs=3)],
        ]),
    ],
    truth={"projects": [P("代表之家", None, "48", "万元", [])]},
    notes="""
Place: 岳阳楼区 (Yueyanglou District, YUEYANG, HUNAN), district level, 岳阳楼区人大办 (the office of the district's people's congress);
project 代表之家 (the people's-congress deputies' homes), year 2016 (项目起止时间 "2016年1月1日", the title's 2016年度), the report dated
2017年5月8日 and posted 2017-11-23 by 楼区财政局. Captured from the district's own site (yylq.gov.cn). Yueyang and Yueyanglou are covered
(169, 181, 201, 290 …); a people's-congress (人大代表履职) project is new to the Yueyang filings (75, Zitong, Sichuan, is another 代表之家
self-evaluation, a different place and form).
Template kind: 岳阳楼区财政支出项目绩效评价自评报告 (岳阳市岳阳楼区财政局(制)), the same 2016-17 Yueyang district form as 220/221 (Nanhu):
a COVER of label lines (评价类型 with check boxes, 项目名称, 项目单位, 主管部门 (empty), 评价方式, 评价机构 (empty), 报告日期), then
一、项目基本概况 (项目负责人 | 联系电话, 项目地址 | 邮编, 项目起止时间, four money blocks side by side: 计划安排资金(万元) | 实际到位资金(万元)
| 实际支出(万元) | 结余(万元), each split by source 其中:中央财政 / 省财政 / 市财政 / 县市区财政 / 其它), 二、项目支出明细情况 (支出内容 |
实际支出数(万元) | 会计凭证号 | 备注, 支出合计), 三、项目绩效自评情况 (定性目标: 预期目标 | 实际完成; 定量目标, cut).
Layout features: the project NAME ONLY ON THE COVER ("项目名称            代表之家", a label line with spaces); four money blocks side
by side with the source labels repeated four times on a row; all the money under 县市区财政 (48 | 48 | 46.5 | 1.5); SPENDING BELOW THE
PLAN (48 planned, 46.5 spent, 1.5 left); the spending items' amounts in a "实际支出数(万元)" column (they sum to the 支出合计 46.5:
9.6 + 8.5 + 1.5 + 15.9 + 11); a starting date only in 项目起止时间; the unit "(万元)" on its own line under each money label; typos in the
source kept as written ("人大代表联之家", "制制度化", "历史遗留留问题").
Truth: one project 代表之家 (the cover's 项目名称, the spaces between label and value dropped), budget 48 万元 (计划安排资金(万元), the
planned money of the year, as in 220/221 and 175; 实际到位资金 is the same 48; unit from the labels). NO INDICATORS: the capture stops in
the header of 项目绩效定量目标(指标)及完成情况 (after "一级指标 / 二级指标 / 指标内容"), before any target.
Truncation: that header and the rest of the report are left out of every file.
Reconstruction: the capture prints EVERY CELL AS A PARAGRAPH and drops the empty ones, so which cells are empty is INFERRED from the form
(220/221): the money rows read label | amount four times; the 中央财政, 省财政, 市财政 and 其它 rows print only their labels (amounts
empty), the 县市区财政 row prints label and amount four times. The spending items print only 支出内容 and 实际支出数; their 会计凭证号 and
备注 cells are INFERRED empty. The grid is rebuilt with 8 columns (the money row), the section headings as rows of the grid, the spending
table's four columns two each, 定性目标's label over two rows and two columns with 预期目标 and 实际完成 over three each (all INFERRED, as
in 220). The two long 定性目标 texts are read as the 预期目标 and 实际完成 cells in the order printed (INFERRED).
""",
))

# ---------------------------------------------------------------- 402
_F402 = "\n".join([
    "1.负责贯彻落实党中央、国务院、省委、省政府、市委、市政府关于老干部工作的方针、政策、规定;向上级报告全县老干部工作情况,并提出意见和建议;"
    "协助县委县政府制定、完善本县老干部工作的政策、规定;",
    "2.指导全县各单位落实老干部工作的方针、政策、规定,并对具体执行情况进行督促、检查;",
    "3.调查研究落实老干部政治待遇和生活待遇工作中存在的问题,并协调有关部门提出解决办法;",
    "4.指导老干部党支部建设和老干部思想政治工作;",
    "5.负责宣传老干部的历史功绩、现实作用和先进事迹,以及老干部工作的重要意义;引导老干部在新形势下发挥作用;总结老干部工作经验,"
    "表彰优秀老干部和老干部先进机构及个人;",
    "6.组织、指导老干部开展健康科学的文化健身、健康休养、参观湘阴建设成就等活动;",
    "7.处理老干部来信来访;报告老干部工作信息;负责异地安置的老干部的服务和管理工作;",
    "8.抓好本县老干部工作队伍的自身建设;",
    "9.负责老干部的服务管理工作;按照有关规定接待外地来访老干部和有关人员;",
    "10.承办上级和上级有关部门交办的其他事项。",
])
FILINGS.append(dict(
    dir="402-yueyang-xiangyin-laoganbu-huodong-zhengti-2021",
    html_title="湘阴县2021年度部门(单位)整体支出绩效评价自评报告",
    blocks=[
        ("p", "湘阴县2021年度部门(单位)整体支出绩效评价自评报告"),
        ("p", "来源: 湘阴县老干部活动中心 发布时间: 2022-04-18 15:28 浏览次数: 1"),
        ("p", "附件1-1"),
        ("p", "部门(单位)名称  湘阴县老干部活动中心"),
        ("p", "预算编码    119"),
        ("p", "评价方式:部门(单位)绩效自评"),
        ("p", "评价机构:部门(单位)评价组"),
        ("p", "报告日期:2022年03月28日"),
        ("p", "湘阴县财政局(制)"),
        ("table", [
            [C("一、部门(单位)基本概况", cs=4)],
            ["联系人", "胡迎玺", "联络电话", "0730-2223429"],
            ["人员编制", "18", "实有人数", "18"],
            ["职能职责概述", C(_F402, cs=3)],
        ]),
    ],
    truth={"projects": [P("湘阴县老干部活动中心", None, None, None, [])]},
    notes="""
Place: 湘阴县 (Xiangyin county, YUEYANG, HUNAN), county level, 湘阴县老干部活动中心 (the county's activity centre for retired cadres,
老干部; 预算编码 119); year 2021 (the title's 2021年度, the report dated 2022年03月28日, posted 2022-04-18). Captured from the county's
own site (xiangyin.gov.cn). Xiangyin is covered (160, a kindergarten's project form); a retired-cadres (老干部) unit and the county's
2021 部门(单位)整体支出绩效评价自评报告 (附件1-1, 湘阴县财政局(制)) are new.
Template kind: the Hunan county 部门(单位)整体支出绩效评价自评报告 (the shape of 181, Yueyanglou 2021): a cover of label lines
(部门(单位)名称, 预算编码, 评价方式, 评价机构, 报告日期), then 一、部门(单位)基本概况 (联系人 | 联络电话, 人员编制 | 实有人数, 职能职责
概述, 年度主要工作内容 …, cut).
Layout features: the department's NAME ONLY ON THE COVER, a label line with the value after two spaces and no colon
("部门(单位)名称  湘阴县老干部活动中心", trailing spaces in the capture dropped); a ten-item 职能职责概述 cell (one item a line); NO
MONEY TABLE in the capture: the only amount is in the cut 年度主要工作内容 cell ("任务1:人员经费 147.08 万元", a part — the staff costs
— of the department's money, NOT a total; left out with the cut cell).
Truth: one department 湘阴县老干部活动中心 (the cover's 部门(单位)名称), budget null and unit null: the capture stops before the
report's money table (二、部门(单位)收支情况 on the form), so the filing as built names no total. No indicators.
Truncation: the capture stops inside the 年度主要工作内容 row ("任务1:人员经费 147.08 万元 / 用于在职", cut); that row and the rest of
the report are left out of every file. The page's "政府信息公开" line is left out.
Reconstruction: the capture prints EVERY CELL AS A PARAGRAPH; the grid is rebuilt with 4 columns (label | value | label | value, as the
contact and staffing rows print), the section heading over the width and the 职能职责概述 value over three columns (INFERRED, as in 181).
The ten items of 职能职责概述 are read as lines of one cell (INFERRED from the form: one 职能职责概述 cell). Trailing spaces after the
cover values, after "18" and after two items are dropped.
""",
))
