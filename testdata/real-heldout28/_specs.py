# Hand transcription of the HELD-OUT half of g11b's part of the eleventh round of
# real filings (issue 21: the even numbers from 420 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 420
_G420 = "完成年度外聘人员工资发放、社保缴纳、公积金、加班费发放、误餐补助发放,确保不动产登记中心日常工作正常开展。"
_D420A = "考察计划招聘的外聘人员是否按计划数量到位"
_D420B = "考察外聘人员是否全部参与年度考核,外聘人员年度考核完成率=实际参加考核人员数量/在岗人员数量×100%"
_D420C = "外聘人员考核达标率=考核达标的外聘"


def _kv420(l1, v1, l2, v2):
    return [l1, C(v1, cs=3), l2, C(v2, cs=4)]


def _money420(src, kind, amount):
    return [src, C(kind, cs=3), C(amount, cs=5)]


FILINGS.append(dict(
    dir="420-nanning-budongchan-waipin-renyuan",
    html_title="外聘人员经费",
    blocks=[
        ("table", [
            _kv420("项目负责人", "梁小丽", "联系电话", ""),
            _kv420("项目编码", "406-2020-YBXM-1338-01-0144", "项目名称", "外聘人员经费"),
            _kv420("申请单位", "406013 南宁市不动产登记中心", "一级预算单位", "406 南宁市自然资源局"),
            _kv420("主管科室", "14 自然资源和生态环境科", "用款单位", "406013 南宁市不动产登记中心"),
            _kv420("实施单位/建设单位", "", "实施期限", "02 经常性项目"),
            _kv420("预算安排方式", "01?? 部门预算项目", "项目类型", "02 履职类项目"),
            _kv420("计划开始日期", "2021", "计划完成日期", "2023"),
            _kv420("项目总金额(元)", "42,194,984.40", "本年度项目金额(元)", "14,064,994.80"),
            _kv420("是否新增三项资产", "否", "资金用途", "07004 其他自然资源类"),
            _money420("资金性质", "预算管理资金", "金额(元)"),
            [C("一般公共预算资金", rs=2), C("经费拨款", cs=3), C("14,064,994.80", cs=5)],
            [C("纳入一般公共预算管理的非税收入安排的资金", cs=3), C("0.00", cs=5)],
            _money420("政府性基金预算资金", "政府性基金预算资金", "0.00"),
            _money420("国有资本经营预算资金", "国有资本经营预算资金", "0.00"),
            _money420("社会保险基金预算资金", "社会保险基金预算资金", "0.00"),
            _money420("财政专户管理资金", "财政专户管理资金", "0.00"),
            _money420("其他收入", "其他收入", "0.00"),
            ["年度目标*", C(_G420, cs=8)],
            ["一级指标", "二级指标", C("三级指标", cs=2), "指标值", C("指标解释", cs=4)],
            [C("产出指标", rs=3), "数量指标*", C("外聘人员招聘数量", cs=2), "≧240人", C(_D420A, cs=4)],
            [C("质量指标*", rs=2), C("外聘人员年度考核完成率", cs=2), "100%", C(_D420B, cs=4)],
            [C("外聘人员考核达标率", cs=2), "≧90%", C(_D420C, cs=4)],
        ]),
    ],
    truth={"projects": [P("外聘人员经费", None, "14064994.80", "元", [
        I("产出指标", "数量指标*", "外聘人员招聘数量", "≧240人", description=_D420A),
        I("产出指标", "质量指标*", "外聘人员年度考核完成率", "100%", description=_D420B),
        I("产出指标", "质量指标*", "外聘人员考核达标率", "≧90%", description=_D420C),
    ])]},
    notes="""
Place: 南宁市 (NANNING, GUANGXI), city level: 南宁市不动产登记中心 (the city's real-estate registration centre, 申请单位 and 用款单位, code
406013) under 南宁市自然资源局 (一级预算单位, code 406); project 外聘人员经费 (pay, social insurance, housing fund, overtime and meal
allowances of the centre's contract staff). Year: the budget year is NOT stated in the capture; the project runs 计划开始日期 2021 to
计划完成日期 2023 (a 经常性项目, 项目编码 406-2020-YBXM-…), and the 本年度项目金额 is one third of the 项目总金额 (14,064,994.80 × 3 =
42,194,984.40), so the year is one of 2021-2023 (the folder name gives none). Captured from a site that republishes the Nanning
disclosure pages (hbyuanfei.com, path zwgk_57/xxgk/czxx/…); plain simplified text, transcribed from source.txt. Guangxi has one
filing in the corpus (353, a provincial transfer self-evaluation); Nanning, a real-estate registration body and this form are new.
Template kind: the Guangxi budget-system project sheet (项目支出绩效目标表 of the 预算管理一体化 system): label | value pairs two to a row
(项目负责人 | 联系电话, 项目编码 | 项目名称, 申请单位 | 一级预算单位, 主管科室 | 用款单位, 实施单位/建设单位 | 实施期限, 预算安排方式 |
项目类型, 计划开始日期 | 计划完成日期, 项目总金额(元) | 本年度项目金额(元), 是否新增三项资产 | 资金用途), a money table by 资金性质
(一般公共预算资金 split into 经费拨款 and 纳入一般公共预算管理的非税收入安排的资金, then 政府性基金, 国有资本经营, 社会保险基金, 财政专户管理
资金, 其他收入, each with 金额(元)), 年度目标*, then 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标解释.
Layout features: coded values ("406013 南宁市不动产登记中心", "02 经常性项目", "07004 其他自然资源类"); money in YUAN with thousands commas
("42,194,984.40"), the unit only in the labels ("项目总金额(元)", "金额(元)"); TWO AMOUNTS: the three-year 项目总金额 and the year's
本年度项目金额; level-2 labels with a required-field star ("数量指标*", "质量指标*", "年度目标*"); targets with the full-width
comparator "≧" (U+2267, not ≥) glued to a unit ("≧240人", "≧90%"); a 指标解释 column with formulas ("…=实际参加考核人员数量/在岗人员
数量×100%"); "01??" (two characters the capture shows as "?", kept) in 预算安排方式; an empty 联系电话 and 实施单位/建设单位.
Truth: one project 外聘人员经费 (项目名称), budget 14064994.80 元 (本年度项目金额(元) "14,064,994.80", the year's amount, written as a plain
decimal; the money table's 经费拨款 agrees; the three-year 项目总金额 42,194,984.40 is not the year's budget — the convention of 383's
中期 | 年度 amounts), money_unit 元 (from the labels). Three indicators (value = 指标值 as written, 指标解释 in value_cells.description):
外聘人员招聘数量 ≧240人, 外聘人员年度考核完成率 100%, 外聘人员考核达标率 ≧90%.
Truncation: the capture starts at the 项目负责人 row (no title above it) and stops inside the 指标解释 of the third indicator
("外聘人员考核达标率=考核达标的外聘", cut); that row's name and target are complete, so it is kept, with its description cut where the
capture ends (value_cells.description is that cut text); the rest of the table (时效, 成本, 效益 and 满意度 rows) is left out of every file.
Reconstruction: the capture prints a row's cells separated by " | " and then one "|" for each column slot the row does not fill
(empty cells and spans); every row counts nine slots, so the grid has nine columns. INFERRED: the label | value rows as label (1) |
value (3) | label (1) | value (4); the money rows as 资金性质 (1) | kind (3) | amount (5), 一般公共预算资金 spanning its two rows (the
second row prints two cells and seven "|"); the indicator header as 一级 (1) | 二级 (1) | 三级 (2) | 指标值 (1) | 指标解释 (4); 产出指标
over the three rows and 质量指标* over two (the later rows print four and three cells). Which slots the empty 联系电话 and 实施单位/
建设单位 values fill is INFERRED from the pairs; the "01??" cell is kept as captured.
""",
))
