# Hand transcription of the HELD-OUT half of g11e's part of the eleventh round of
# real filings (issue 21: the even numbers from 450 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 450
_G450A = ("按照福利彩票“助残、救孤、济困”的发行宗旨,对已被认定为孤儿身份、年满18周岁后在普通全日制本科学校、普通全日制专科学校、"
          "高等职业学校等高等院校及中等职业学校就读的中专、大专、本科学生和硕士研究生发放助学金,确保顺利完成学业。")
_G450B = "按照“本人申请、乡镇(街道、福利机构)核实、民政部门确认”程序认定助学对象,按季发放助学金。"
_R450 = [  # level1, level2, name, 指标值, 全年实际完成值, 未完成原因和改进措施
    (None, "数量指标", "孤儿助学人数", "应助尽助", "9", " "),
    (None, "质量指标", "保障贫困孤儿完成学业", "100%", "100%", " "),
    (None, "时效指标", "按季发放助学金", "发放时间达标率", "100%", " "),
    (None, "成本指标", "助学金社会化发放率", "≥95%", "100%", " "),
    (None, "成本指标", "资金执行率", "100%", "82%", "动态管理人员减少"),
    (None, "社会效益\n指标", "孤儿身份、年满18周岁后就学水平情况", "有所提升", "100%", " "),
    (None, "可持续影响指标", "助学制度", "进一步完善", "100%", " "),
    ("满意度指标", "服务对象\n满意度指标", "政策知晓率", "≥90%", "≥90%", " "),
    ("满意度指标", "服务对象\n满意度指标", "救助对象对社会救助实施的满意度", "≥90%", "≥90%", " "),
]
FILINGS.append(dict(
    dir="450-suining-daying-minzheng-guer-zhuxue-ziping-2022",
    html_title="大英县民政局2022年度中央对地方转移支付项目绩效自评情况公示",
    blocks=[
        ("p", "大英县民政局2022年度中央对地方转移支付项目绩效自评情况公示"),
        ("p", "2023-6-30 14:55| 发布者: 大英县人民政府| 查看: 160| 评论: 0|来自: 大英县人民政府"),
        ("table", [
            [C(_G450A, cs=4), C(_G450B, cs=3)],
            [C("绩效指标", rs=10), "一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
            [C("", rs=5), "数量指标"] + list(_R450[0][2:]),
            ["质量指标"] + list(_R450[1][2:]),
            ["时效指标"] + list(_R450[2][2:]),
            [C("成本指标", rs=2)] + list(_R450[3][2:]),
            list(_R450[4][2:]),
            [C("", rs=2), "社会效益\n指标"] + list(_R450[5][2:]),
            ["可持续影响指标"] + list(_R450[6][2:]),
            [C("满意度指标", rs=2), C("服务对象\n满意度指标", rs=2)] + list(_R450[7][2:]),
            list(_R450[8][2:]),
        ]),
    ],
    truth={"projects": [P(None, None, None, None,
                          [I(l1, l2, n, v, actual=a) for l1, l2, n, v, a, _ in _R450])]},
    notes="""
Place: 大英县 (Daying county, Suining, Sichuan), county level: 大英县民政局 (the county civil-affairs bureau); year 2022 (title
"大英县民政局2022年度中央对地方转移支付项目绩效自评情况公示", published 2023-06-30 by 大英县人民政府). Page 7 of a long article on the
county media centre's site (dyrmt.com), which republishes Daying's self-evaluations as pages of long articles (205, 243, held-out
88, 178). A plain simplified page, transcribed from source.txt. Daying is well covered (39, 99, 103, 205, 243, held-out 106 = the
same bureau's 2020 决算 tail); the central-transfer self-evaluation of a civil-affairs bureau and an orphans' study grant (孤儿助学,
paid from the welfare lottery fund) are new.
Template kind: a Sichuan 中央对地方转移支付 project self-evaluation table (the one this page shows): goal | actual-completion texts,
then 绩效指标 over 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施. The project's name, the money block and
the 年度总体目标 labels are on an earlier page of the article (above this capture).
Layout features: A HEADLESS START — the capture begins with two bare goal texts (预期目标 and 实际完成情况, their labels on the page
before) and has no project name and no money; EMPTY LEVEL-1 CELLS for the output and benefit blocks (an empty cell where
产出指标 / 效益指标 stand in the form), the level-1 cell filled only for 满意度指标; level-2 labels broken over lines ("社会效益\\n指标",
"服务对象\\n满意度指标"); word targets (应助尽助, 有所提升, 进一步完善); a TARGET CELL HOLDING AN INDICATOR-LIKE PHRASE (the 时效 row
reads 按季发放助学金 | 发放时间达标率 | 100%: the filer wrote the rule as the 三级指标 and the measure in the 指标值 cell); an actual
given as a count (9) against a word target; an actual with a comparator (≥90%); one reason filled (资金执行率 100% → 82%,
"动态管理人员减少"), the other reason cells a single space.
Truth: one project with NO NAME AND NO BUDGET (both above the capture; money_unit null). NINE INDICATORS, value = 指标值 as written,
value_cells.actual = 全年实际完成值; level1 None for the seven rows whose level-1 cell is empty (the capture prints an empty cell
there), "满意度指标" for the last two; level2 as written, filled down over 成本指标's two rows and 服务对象满意度指标's two. The 时效 row
is kept as the cells stand: name 按季发放助学金, value 发放时间达标率, actual 100% (AMBIGUOUS: a reader may take 发放时间达标率 as the
name and 100% as the target; the cell count of the row — four cells after 时效指标, as in every other row — puts the phrase in the
指标值 column). The reason column is not in the truth.
Truncation: the capture starts inside the article's seventh page (the title and date are the article's; the project's name,
money and the goal labels are on earlier pages: left out); the table ends within the capture (whole from the goal texts on). The
site's navigation lines ("搜索", "大英新闻 首页 动态 公示公告 查看内容", the slogan), the 摘要 line (a JSON record of the article) and the
footer (qrcode, 手机扫码 …) are left out.
Reconstruction: the page prints every cell as a paragraph separated by blank lines, an empty cell as an empty paragraph, a
single-space cell as " ". INFERRED: the two goal texts as one row of the table (预期目标 over four columns, 实际完成情况 over three);
a seven-column grid with a side label 绩效指标 over the header and the nine indicator rows; the empty level-1 cell over the five
output rows and another over the two benefit rows (each printed once, at its first row); 成本指标 over two rows; 满意度指标 and
服务对象满意度指标 over two rows each (later rows print fewer cells).
""",
))
