# Hand transcription of the HELD-OUT half of gatherP's part of the ninth round
# (second wave) of real filings (issue 21: the even numbers of 320-329, see
# testdata/real/_build.py).  A restored mirror capture is transcribed from its
# folder's restored.txt (testdata/real/_restore.py); a plain simplified page from
# its source.txt.  Not for tuning: these filings are scored once, at the end, by
# the lead.  Nothing is invented; cut-offs, inferences and (for restored captures)
# the characters OpenCC could have chosen otherwise are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 320
_U320 = "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局"
_N320 = _U320 + "自然资源业务支出项目"
_G320A = "目标1:通过开展自然调查,全面查清全市资源利用状况,实现资源信息的社会化服务,实现资源宏观调控及资源管理的需要."
_G320B = ("负责编制辖区内国土空间规划并监督实施,落实辖区内自然资源调查监测评价工作;承担辖区内国土空间生态修复工作,负责组织实施最严格的"
          "耕地保护制度;负责辖区内地质勘查协调、监督管理和行业规范执行监督;负责矿产资源管理工作;负责辖区内测绘地理信息管理工作,推动自然资源"
          "领域科技发展。")
# level2, name, nature (指标性质), direction (指标方向), target (年度指标值), actual (实际完成值), unit (计量单位), weight (分值), score (得分)
_R320 = [
    ("数量指标", "指标1:租车次数(次)", "正向", "大于等于", "1", "1", "次", "8", "8"),
    ("数量指标", "指标2:宣传美工制作个数(个)", "正向", "小于等于", "1", "1", "个", "7", "7"),
    ("质量指标", "指标1:租车达标率", "正向", "等于", "100", "100", "%", "8", "8"),
    ("质量指标", "指标2:宣传合格率", "正向", "等于", "100", "100", "%", "7", "7"),
]


def _t320(r):
    return list(r[1:]) + [""]


FILINGS.append(dict(
    dir="320-bayannur-ganqimaodu-ziranziyuan-ziping-2024",
    html_title="2024年度内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局决算公开报告",
    blocks=[
        ("p", "2024年度内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局决算公开报告"),
        ("table", [
            [C("项目支出绩效自评表 (2024年度)", cs=12)],
            ["项目名称", C(_N320, cs=11)],
            ["主管部门", C("内蒙古自治区巴彦淖尔市自然资源局(部门)", cs=5), "实施单位", C(_U320, cs=5)],
            [C("项目资金 (万元)", rs=4), C("", cs=3), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", C("得分", cs=3)],
            [C("年度资金总额", cs=3), "0", "2.38", "2.38", "10", "100", C("10", cs=3)],
            [C("其中:财政拨款", cs=3), "0", "0.58", "0.58", "——", "100", C("——", cs=3)],
            [C("其他资金", cs=3), "0", "1.8", "1.8", "——", "0", C("——", cs=3)],
            [C("年度总体目标", rs=2), C("预期目标", cs=5), C("实际完成情况", cs=6)],
            [C(_G320A, cs=5), C(_G320B, cs=6)],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分",
             "偏差原因分析及改进措施"],
            [C("", rs=4), C("", rs=4), C("数量指标", rs=2)] + _t320(_R320[0]),
            _t320(_R320[1]),
            [C("质量指标", rs=2)] + _t320(_R320[2]),
            _t320(_R320[3]),
        ]),
    ],
    truth={"projects": [P(_N320, None, "2.38", "万元", [
        I(None, l2, n, op + v + u, nature=nat, op=op, value=v, unit=u, actual=a, weight=w, score=s)
        for l2, n, nat, op, v, a, u, w, s in _R320])]},
    notes="""
Place: 巴彦淖尔市 (Bayannur, INNER MONGOLIA), city bureau level: 内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局 (the Ganqimaodu border-port
branch of the city's natural-resources bureau; 实施单位) under 内蒙古自治区巴彦淖尔市自然资源局(部门) (主管部门); year 2024 (the caption
"项目支出绩效自评表 (2024年度)" and the page title "2024年度…决算公开报告"; the address dates the page 2025-09-24). Captured from the
bureau's own site (zrzy.bynr.gov.cn, 财政预决算), a plain SIMPLIFIED page (not a mirror) brought up by a traditional-character query; every
string here is transcribed from source.txt. Inner Mongolia is covered (held-out 28 武川县, 40 乌海市, 230 扎赉特旗); Bayannur, a
border-port branch and a natural-resources self-evaluation are new.
Template kind: the 2020 national 项目支出绩效自评表 in the Inner Mongolia budget-system variant, as published in a unit's 决算公开报告:
项目名称 / 主管部门 | 实施单位 / 项目资金 (万元) 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率(%) | 得分 by 年度资金总额, 其中:财政拨款,
其他资金 / 年度总体目标 (预期目标 | 实际完成情况) / ONE indicator header row 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标方向 |
年度指标值 | 实际完成值 | 计量单位 | 分值 | 得分 | 偏差原因分析及改进措施.
Layout features: a SPLIT TARGET with the comparator IN WORDS in 指标方向 ("大于等于", "小于等于", "等于") and 指标性质 holding 正向 (the
form of 230), the ACTUAL VALUE BETWEEN the target number and its unit (年度指标值 | 实际完成值 | 计量单位: "1 | 1 | 次"), weights and
scores; EMPTY level-1 cells (the 绩效指标 and 一级指标 columns are empty cells over the indicator rows: no "产出指标" is printed); names
prefixed "指标1:" / "指标2:" with the unit in brackets ("指标1:租车次数(次)"); a count target "小于等于 1" on a 正向 row, as written; a
budget of which 年初预算数 is 0 (全年预算数 2.38 = 财政拨款 0.58 + 其他资金 1.8); "——" for the 分值 and 得分 of the sub-rows; a 执行率 of
0 for 其他资金 beside an execution equal to its budget, as written; the goal text differing from the completion text.
Truth: one project, name = the 项目名称 cell as written, budget 2.38 万元 (全年预算数 of 年度资金总额, equal to 全年执行数; unit from
"项目资金 (万元)"). Four indicators: level1 null (the level-1 cells are empty), level2 as written (filled down), name = 三级指标 as
written, value = 指标方向 + 年度指标值 + 计量单位 as written ("大于等于1次", "等于100%"; the words are NOT turned into signs, as in 230),
value_cells nature (指标性质), op (指标方向), value, unit, actual (实际完成值), weight (分值), score (得分).
Truncation: the capture stops in the fifth indicator row ("时效指标 | 指标", cut in the name); that row and the rest of the form (further
indicators, the 总分, the notes) are left out of every file, and the spans end at the last reproduced row.
Reconstruction: the capture prints each grid row as a run of "cell |" lines starting with a lone "|", and prints one extra "|" for
every slot a row does not start (covered by a span), so every row counts 12 slots; the 12-column grid follows from that count. INFERRED:
the spans of the title (12), the name (11), 主管部门 / 实施单位 values (5 each), 项目资金 (万元) over its header and three money rows, the
empty corner and the row labels over three columns and 得分 over three (the capture prints 8 header cells and 7 cells per money row),
年度总体目标 over two rows with 预期目标 over five columns and 实际完成情况 over six; the two empty cells that open the first indicator row
are read as the 绩效指标 and 一级指标 columns spanning the four reproduced indicator rows (the later rows start at the level-2 or name
cell and count their covered slots); 数量指标 and 质量指标 over two rows each; the empty 偏差原因分析及改进措施 cells.
""",
))
