# Hand transcription of the HELD-OUT half of g11f's part of the eleventh round of
# real filings (issue 21: the even numbers from 460 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 460
_N460 = "柘荣县测绘地理信息·基础测绘“十四五”规划编制服务采购项目"
_T460 = _N460 + "绩效目标表"
_G460 = ("根据《中华人民共和国测绘法》《基础测绘条例》《福建省测绘条例》等规定,根据省级工作目标和重点项目及本行政区域实际情况,提出“十四五”期间"
         "我县测绘地理信息和基础测绘工作的发展目标、主要任务及重点项目。通过重点项目的合理规划,助力我县基础测绘事业发展实现新的更高跨越。通过梳理"
         "我县“十三五”期间基础测绘取得的成果,分析“十四五”期间基础测绘面临的新形势、新问题,准确把握新时期我县经济社会发展尤其是生态文明建设、"
         "乡村振兴、自然资源管理等工作对基础测绘的新要求,最终提出重点项目规划和年度预算。规划坚持目标导向和问题导向相统一、全面规划和重点突破相协调、"
         "战略性和可操作性相结合,注重规划的落地实施,使")
FILINGS.append(dict(
    dir="460-ningde-zherong-jichu-cehui-guihua-caigou",
    html_title=_T460,
    blocks=[
        ("p", _T460),
        ("p", "2026-01-07"),
        ("p", "福建/宁德 招标采购"),
        ("p", "来源:柘荣县人民政府"),
        ("p", "发布时间: ********** **:**"),
        ("table", [
            [C(_T460, cs=4)],
            ["项目编码", "*********************", "项目名称", _N460],
            ["单位编码", "******", "单位名称", "柘荣县自然资源局"],
            ["项目类别", C("*****其他专项业务费", cs=3)],
            ["存续状态", C("阶段性项目", cs=3)],
            ["项目负责人", "吴贤生", "联系电话", "***********"],
            ["项目开始时间", "****", "项目结束时间", "****"],
            ["项目\n概况", C(_G460, cs=3)],
        ]),
    ],
    truth={"projects": [P(_N460, None, None, None, [])]},
    notes="""
Place: 柘荣县 (Zherong county, NINGDE, FUJIAN), county level: 柘荣县自然资源局 (the county's natural-resources bureau, 单位名称); project
柘荣县测绘地理信息·基础测绘“十四五”规划编制服务采购项目 (buying the drafting of the county's 14th five-year plan, 2021-2025, for surveying,
mapping and geographic information); the budget year is NOT stated (the form's start and end dates are masked "****"; the plan covers
2021-2025, so 2021 or 2022 is likely, but that is an inference and nothing here depends on it). The page is a republication on a
procurement-news site (zhongcaigou.com, "福建/宁德 招标采购", listed 2026-01-07) of the county government's page ("来源:柘荣县人民政府"),
with the site's own masking ("*" for the codes, the phone number, the dates and the publication time). A plain simplified page,
transcribed from source.txt. Ningde and Fujian are covered (02 and held-out3 82, 宁德 部门整体; 57/61 Longyan, 01 Putian …); Zherong,
a natural-resources (自然资源/测绘) unit and a PROCUREMENT project's target table (采购项目绩效目标表, the Fujian practice of publishing the
target table beside a purchase) are new.
Template kind: the Fujian budget-system 项目绩效目标表 for a procured project: label | value rows 项目编码 | 项目名称, 单位编码 | 单位名称,
项目类别 ("其他专项业务费"), 存续状态 ("阶段性项目"), 项目负责人 | 联系电话, 项目开始时间 | 项目结束时间, 项目概况 (then, beyond the capture,
the money rows and the indicator table).
Layout features: the table's title repeated as its first row (a caption cell over the width); the codes, phone, dates and the
category's code prefix MASKED by the republishing site ("*********************", "******", "*****其他专项业务费", "****"); the side
label "项目 概况" broken by a space (a line break in the cell, kept as one); the name of the project ends with 采购项目 and equals the
table's title without 绩效目标表; no money unit anywhere in the capture.
Truth: one project, name = the 项目名称 cell (柘荣县测绘地理信息·基础测绘“十四五”规划编制服务采购项目), code null (the 项目编码 is masked
and the convention leaves codes null), budget null and unit null: the capture stops inside the 项目概况 cell, before the form's money
rows and indicators. No indicators.
Truncation: the capture stops inside the 项目概况 text ("…注重规划的落地实施,使", cut mid-sentence); the cell is kept as captured
(it is no scored field), and everything after it (the rest of the 概况, money, goals, indicators) is left out of every file. The
site's repeated list lines ("福建/宁德-2026-01-07 00:00:00", ",") and the title printed three times before the table are kept once.
Reconstruction: the capture prints the table as "|"-separated rows with long runs of empty cells ("| ||||||||||||||"), so the grid is
INFERRED with 4 columns (label | value | label | value, as the code, contact and date rows print), the single-value rows
(项目类别, 存续状态, 项目概况) spanning three; the eighteen-column width the empty runs suggest is the site's layout grid, not the
form's, and is not reproduced.
""",
))
