# Hand transcription of the HELD-OUT half of g11c's part of the eleventh round of
# real filings (issue 21: the even numbers from 430 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 430
_T430 = "市委市政府已确定的新增项目□ 结转项目□ 其他一次性项目□\n经常性专项业务费√ 其他经常性项目□"
_U430 = "基本建设工程类□ 信息化建设类□ 政策补贴类□政府购买服务□ 资产购置类□ 其他事业专业类√"
_G430 = ("根据上海市同舟服务中心召开的2019年财政预算专题汇报会纪要和同舟的职能。本部门立项:党外代表人士体检服务、主旋律精品文化演出票推送、"
         "党外代表人士理论书籍推送。提供知联会、海联会、新联会等统战社团党外代表人士提高文化素养专项服务。预计全年服务1715人次。")
_Y430 = "按照沪编[2015]581号《关于同意调整上海市委统战部所属部分事业单位机构编制的批复》以及实际工作需要。"
_N430 = ("积极响应部机关相关职能处室做好三个统战社团的统战服务工作,同时通过提高文化素养、提供优质文化生活等项目,较为有效地激发党外人才对统战"
         "工作的认同感和归属感。通过联情联谊,促进党外人才为上海经济和社会发展做出更大的贡献。")
FILINGS.append(dict(
    dir="430-shanghai-tongzhou-dangwai-rencai-2019",
    html_title="上海市财政支出项目绩效目标申报表",
    blocks=[
        ("p", "上海市财政支出项目绩效目标申报表"),
        ("p", "申报单位名称:上海市同舟服务中心"),
        ("table", [
            ["项目名称", C("党外人才专项服务工作经费", cs=3)],
            ["项目类型", C(_T430, cs=3)],
            ["资金用途", C(_U430, cs=3)],
            ["开始时间", "2019/1/1", "结束时间", "2019/12/31"],
            ["项目概况", C(_G430, cs=3)],
            ["立项依据", C(_Y430, cs=3)],
            ["项目设立的必要性", C(_N430, cs=3)],
        ]),
    ],
    truth={"projects": [P("党外人才专项服务工作经费", None, None, None, [])]},
    notes="""
Place: 上海市 (SHANGHAI), municipal level: 上海市同舟服务中心 (申报单位名称; a service centre of the municipal United Front Work
Department, 上海市委统战部, per its 立项依据), project 党外人才专项服务工作经费 (services for non-party public figures: health checks,
theatre tickets, theory books for the members of 知联会, 海联会, 新联会), year 2019 (开始时间 2019/1/1, 结束时间 2019/12/31, "2019年财政预算").
Captured from a document-sharing site (360docs.net) that shows the file's text under its title. Shanghai is covered once (203, a
Putuo district sports centre's 2022 self-evaluation); the municipal level and the 上海市财政支出项目绩效目标申报表 are new.
Template kind: the Shanghai 财政支出项目绩效目标申报表 (2019 edition): 申报单位名称 above the form; label | value rows 项目名称, 项目类型 (check
boxes: 市委市政府已确定的新增项目 / 结转项目 / 其他一次性项目 / 经常性专项业务费 / 其他经常性项目), 资金用途 (check boxes: 基本建设工程类 /
信息化建设类 / 政策补贴类 / 政府购买服务 / 资产购置类 / 其他事业专业类), 开始时间 | 结束时间, 项目概况, 立项依据, 项目设立的必要性,
保证项目实施的制度、措施 (cut); the form's money and target parts (项目预算, 绩效目标 and indicators) come after the capture ends.
Layout features: labels run into their values in the capture ("项目名称党外人才专项服务工作经费", "开始时间2019/1/1结束时间2019/12/31");
ticked boxes printed "√", empty ones "□"; the 项目类型 boxes on two lines; a 政府购买服务 box among the 资金用途 kinds (not ticked: 其他事业
专业类 is); dates as 2019/1/1; the unit's name only in a label line above the form ("申报单位名称:上海市同舟服务中心"); a count in the
prose ("预计全年服务1715人次"), not in any target cell.
Truth: one project 党外人才专项服务工作经费 (项目名称), budget null and unit null: the capture stops before the form's money rows, and
no amount is printed anywhere in it. NO INDICATORS: the capture stops before the targets.
Truncation: the capture stops inside the 保证项目实施的制度、措施 row ("…党外人才服务部根据名单去安", cut); that row and the rest of the
form are left out of every file. The document site's three boilerplate lines under the title ("- 1、下载文档前请自行甄别…",
"- 2、…", "- 3、…") are left out.
Reconstruction: INFERRED from the label | value order: four columns (项目名称's and the long values spanning three, 开始时间 | value |
结束时间 | value on one row); the two lines of 项目类型 boxes read as lines of one cell; the title and the 申报单位名称 line as paragraphs
above the table.
""",
))
