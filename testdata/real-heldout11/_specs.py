# Hand transcription of the HELD-OUT half of gatherG's part of the eighth round
# of real filings (issue 21: the even numbers of 230-239, see
# testdata/real/_build.py).  Not for tuning: these filings are scored once, at the
# end, by the lead.  Every string is copied from that folder's source.txt; nothing
# is invented; cut-offs and inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 230
_G230A = "保障我院日常办公办案装备需要,充分发挥部门职能,进一步提高办公效率,让全院干警在得到良好保障的办公氛围中工作。"
_G230B = "保障我院日常办公办案业务需要,充分发挥部门职能,进一步提高办公效率,让全院干警在得到良好保障的办公氛围中工作。"
_U230 = "776001-扎赉特旗人民检察院"
_K230 = "32-专项资金项目"
_L230S, _L230E, _L230P = "满意度指标(10分)", "效益指标(30分)", "产出指标(50分)"
# level1, level2, name, nature (指标性质), direction cell (指标方向), target, unit, weight (分值)
_R230A = [
    (_L230S, "服务对象满意度", "使用人员满意度", "正向", "大于等于", "98", "%", "10"),
    (_L230E, "可持续影响", "推动人民检察院业务装备建设的标准化规范化配置", "定性", "", "长期", "", "15"),
    (_L230E, "社会效益", "提升工作效率定性", "定性", "", "有效提升", "", "15"),
    (_L230P, "成本指标", "车辆购置成本", "反向", "小于等于", "12", "万元", "5"),
    (_L230P, "质量指标", "政府采购率", "正向", "大于等于", "30", "%", "7.5"),
    (_L230P, "成本指标", "办公设备购置成本", "反向", "小于等于", "90", "万元", "5"),
    (_L230P, "数量指标", "车辆采购数量", "反向", "小于等于", "1", "", "7.5"),
    (_L230P, "质量指标", "设备验收合格率", "正向", "等于", "100", "%", "7.5"),
    (_L230P, "时效指标", "采购计划完成时间", "定性", "", "11月底之前", "", "5"),
    (_L230P, "时效指标", "设备验收及时率", "正向", "大于等于", "98", "%", "5"),
    (_L230P, "数量指标", "办公设备采购数量", "正向", "大于等于", "10", "", "7.5"),
]
_R230B = [
    (_L230P, "时效指标", "法定审限内结案率", "正向", "大于等于", "95", "%", "5"),
    (_L230P, "质量指标", "年度结案率", "正向", "大于等于", "90", "%", "7"),
    (_L230P, "数量指标", "办结案件数量", "正向", "大于等于", "70", "", "8"),
    (_L230P, "时效指标", "案件办理及时率", "正向", "大于等于", "90", "%", "5"),
]


def _ind230(r):
    l1, l2, n, nat, op, v, u, w = r
    if op:
        return I(l1, l2, n, op + v + u, nature=nat, op=op, value=v, unit=u, weight=w)
    return I(l1, l2, n, v, nature=nat, value=v, weight=w)


def _tail230(r):
    return [r[2], r[3], r[4], r[5], r[6], r[7]]


_ROWS230 = [
    ["项目名称", "项目单位", "项目类别", "预算数", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值",
     "计量单位", "分值"],
    [C("业务装备经费", rs=11), C(_U230, rs=11), C(_K230, rs=11), C("1,030,700.00", rs=11), C(_G230A, rs=11), _L230S, _R230A[0][1]]
    + _tail230(_R230A[0]),
    [C(_L230E, rs=2), _R230A[1][1]] + _tail230(_R230A[1]),
    [_R230A[2][1]] + _tail230(_R230A[2]),
    [C(_L230P, rs=8), _R230A[3][1]] + _tail230(_R230A[3]),
    [_R230A[4][1]] + _tail230(_R230A[4]),
    [_R230A[5][1]] + _tail230(_R230A[5]),
    [_R230A[6][1]] + _tail230(_R230A[6]),
    [_R230A[7][1]] + _tail230(_R230A[7]),
    [C("时效指标", rs=2)] + _tail230(_R230A[8]),
    _tail230(_R230A[9]),
    [_R230A[10][1]] + _tail230(_R230A[10]),
    [C("办案(业务)经费", rs=4), C(_U230, rs=4), C(_K230, rs=4), C("3,239,300.00", rs=4), C(_G230B, rs=4), C(_L230P, rs=4),
     _R230B[0][1]] + _tail230(_R230B[0]),
    [_R230B[1][1]] + _tail230(_R230B[1]),
    [_R230B[2][1]] + _tail230(_R230B[2]),
    [_R230B[3][1]] + _tail230(_R230B[3]),
]

FILINGS.append(dict(
    dir="230-xingan-zhalaite-jianchayuan-mubiao-2025",
    html_title="项目绩效目标表",
    blocks=[
        ("p", "表11"),
        ("p", "项目绩效目标表"),
        ("p", "单位:元"),
        ("table", _ROWS230),
    ],
    truth={"projects": [
        P("业务装备经费", None, "1030700.00", "元", [_ind230(r) for r in _R230A]),
        P("办案(业务)经费", None, "3239300.00", "元", [_ind230(r) for r in _R230B]),
    ]},
    notes="""
Place: 扎赉特旗 (Jalaid banner, Hinggan league, Inner Mongolia), banner (county) level, 扎赉特旗人民检察院 (the banner's procuratorate, unit
code 776001); published on the procuratorate's own site (nmzhalaite.jcy.gov.cn, 财务公开, 2025-02-06), so the year is INFERRED as 2025 (the
budget year of a table published in February; the table prints no year). Inner Mongolia is covered by 武川县 and 乌海市 (held out, 28, 40);
Hinggan league, a procuratorate and this form are new.
Template kind: the Inner Mongolia budget-system 项目绩效目标表 (表11 of a unit's budget disclosure): ONE FLAT WIDE TABLE FOR ALL PROJECTS,
one row per indicator, 项目名称 | 项目单位 | 项目类别 | 预算数 | 年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标方向 | 目标值 |
计量单位 | 分值, money in 元 ("单位:元" above the table).
Layout features: TWO PROJECTS IN ONE GRID, the project columns spanning their indicator rows; amounts with thousands separators
("1,030,700.00"); level-1 labels with points ("满意度指标(10分)") and in the order 满意度, 效益, 产出 (the system's order, not the usual);
level-2 labels repeated and out of order inside 产出 (成本, 质量, 成本, 数量, 质量, 时效, 时效, 数量) and short level-2 words ("服务对象满意度",
"可持续影响", "社会效益"); A SPLIT TARGET in which 指标性质 holds 正向/反向/定性 and 指标方向 holds the comparator IN WORDS ("大于等于",
"小于等于", "等于"), 目标值 the number, 计量单位 the unit (empty for counts: "大于等于 70"); 定性 rows with a word target ("长期", "有效提升",
"11月底之前") and no direction or unit; fractional weights (7.5).
Truth: two projects, 业务装备经费 (budget 1030700.00 元) and 办案(业务)经费 (3239300.00 元), names from 项目名称, budgets from 预算数 with the
separators removed, unit 元 from "单位:元". Indicators: level1 and level2 as written; value = the 指标方向 cell + 目标值 + 计量单位 as written
("大于等于98%", "小于等于12万元", "大于等于70"; the words are NOT turned into signs), value_cells nature (指标性质), op (指标方向), value, unit,
weight (分值); 定性 rows: value the 目标值 word, value_cells nature "定性", value, weight. The name "提升工作效率定性" is as captured (the
capture prints "社会效益 提升工作效率定性 定性": the name cell seems to end with 定性 typed into it; kept as written).
Truncation: the capture stops in the second project's fifth row ("质量指标 一审案件改", cut in the name); that row and the rest of the table
(further rows and projects) are left out, and the second project's spans end at its last reproduced row.
Reconstruction: the capture prints the table as space-separated text, one indicator row a line, the project columns only on each
project's first row; the row spans of the project columns, of the level-1 labels (1, 2 and 8 rows; 4 in the second project) and of the
second 时效指标 (its continuation row starts with the name) are INFERRED from the rows. In the 定性 rows the capture breaks the line after
"定性" and after the target ("定性\\n长期\\n15"); read as 指标性质 "定性", an empty 指标方向, 目标值, an empty 计量单位 and 分值 (INFERRED).
""",
))
