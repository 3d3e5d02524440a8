# Hand transcription of the HELD-OUT half of g12a's part of the twelfth round of
# real filings (issue 21: the even numbers from 520 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 520
_R520 = [  # l1, l2, name, target, progress (实施进度)
    ("项目效益", "经济效益指标", "降低成本做好保障", "98", "已完成100%"),
    ("项目效益", "社会效益指标", "做好保障", "达到预期目标", "已完成100%"),
    ("项目效益", "服务对象满意度指标", "让就餐职工满意", "98", "已完成100%"),
]
FILINGS.append(dict(
    dir="520-suining-daying-jiguan-shitang-pingjia-2020",
    html_title="项目绩效评价报告",
    blocks=[
        ("table", [
            [C("绩效指标", rs=6), "一级指标", "二级指标", "三级指标", "指标值", "实施进度"],
            [C("项目效益", rs=5)] + list(_R520[0][1:]),
            list(_R520[1][1:]),
            ["生态效益指标", "科学合理利用食材,杜绝食材浪费,提高食材利用效率,达到节约资源的目的", "", ""],
            ["可持续效益指标", "", "100", ""],
            list(_R520[2][1:]),
        ]),
        ("p", "五、评价结论及建议"),
        ("p", "(一)评价结论"),
        ("p", "职工就餐满意度达到90%"),
        ("p", "(二)存在的问题"),
        ("p", "菜品种类还需增多,口味还需进一步加强。"),
        ("p", "附件5"),
        ("p", "公共机构节能管理维护项目绩效评价报告"),
        ("p", "一、项目概况"),
        ("p", "(一)项目基本情况"),
        ("p", "2020年,县财政共下达我中心。公共机构节能管理维护费9万元,主要用于节能宣传、资料印制、会议培训、节能改造服务。"),
        ("p", "1.项目立项、资金申报的依据。遂机管函〔2019〕16号关于做好2019-2020年省级节约型公共机构示范单位创建工作的通知。"),
        ("p", "2.资金管理办法制定情况,资金支持具体项目的条件、范围与支持方式概况。按照国家机关事务管理局经费管理使用办法使用,"
              "确保资金专款专用,全部用于节能宣传、资料印制、会议培训、节能改造服务。"),
        ("p", "3.资金分配的原则及考虑因素。资金分配按照规范性、合理性、及时性原则使用,确实做好节能宣传等相关工作。"),
        ("p", "(二)项目绩效目标"),
    ],
    truth={"projects": [P(None, None, None, None, [I(l1, l2, n, v) for l1, l2, n, v, _ in _R520])]},
    notes="""
Place: 大英县 (Daying county, Suining, SICHUAN), a county centre that runs the staff canteen and receives the county's 公共机构节能管理维护费
("县财政共下达我中心", under the city's 遂机管函〔2019〕16号 — so most likely 大英县机关事务服务中心, the county's government-affairs service
centre: an INFERENCE, the capture names no unit); year 2020 (the canteen report's page of a 2020 决算; the next report's "2020年,县财政共下达").
Page 9 of article 111578 on dyxrmt.cn (the county media centre's site, which republishes the county units' 决算 a section a page; the
family of 103 and held-out 106 on the same site). Daying is well covered (39, 99, 103, 410, 450, 480 …); a canteen project of the
government-affairs service centre (机关事务, 公共机构节能) is new to the corpus.
Template kind: the indicator grid of a Daying 项目支出绩效评价报告 (the form of 103): 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 实施进度,
then 五、评价结论及建议, then the next report (附件5 公共机构节能管理维护项目绩效评价报告) in prose.
Layout features: a HEADLESS PAGE: the capture starts at the grid's caption row (the report's title, its project name and money and the
grid's 项目完成 rows are on page 8, not captured); a PROGRESS COLUMN (实施进度, "已完成100%") beside the target, neither an actual nor a
weight; all five rows under one level 1 "项目效益", the satisfaction row among them as a level 2 (服务对象满意度指标); bare numbers as
targets ("98" — a percentage or a score, the page does not say); a word target ("达到预期目标"); a row with a sentence as its name and
no target (生态效益指标 | 科学合理利用食材…); a row with a target but NO NAME (可持续效益指标 | (empty) | 100 | (empty)); the conclusion's
"职工就餐满意度达到90%" against the satisfaction target 98; the next report's budget (9万元) only in its prose.
Truth: one project with name null, budget null and unit null (none is in the capture). Three indicators, value = 指标值 as written; the
实施进度 cells are not kept (progress, not an actual value; as in 103). Not indicators: the 生态效益指标 row (a sentence name, no target)
and the 可持续效益指标 row (a target "100" with no name). The 公共机构节能管理维护 report after the grid is not a project of the truth: its
table lies beyond the capture (its 9万元 is in prose only).
Truncation: the capture stops inside the next report's 1.项目主要内容 paragraph ("…项目经费用于节能宣", cut): that paragraph and the rest
are left out of every file; "(二)项目绩效目标" is the last paragraph kept.
Reconstruction: the HTML title is a generic one (the capture prints no title). The capture prints each row's cells between "|" with line breaks and indentation inside, empty cells as indentation only;
the 6-column grid follows the caption row; that 绩效指标 spans the whole grid (six rows) and 项目效益 the five indicator rows follows from the
one "|" left at the end of the first indicator row and the "||" at the end of the others (as in 103). The trailing spaces after the
问题 sentence and the space-only lines between paragraphs are left out.
""",
))
