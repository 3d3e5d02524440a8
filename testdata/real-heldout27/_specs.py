# Hand transcription of the HELD-OUT half of g11a's part of the eleventh round of
# real filings (issue 21: the even numbers from 410 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 410
_R410 = [  # l1, l2, name, first value column (target), second (actual)
    ("项目完成指标", "质量指标", "做好经开区辖区内河道保洁服务费。", "做好经开区辖区内河道保洁服务费。", "做好经开区辖区内河道保洁服务费。"),
    ("项目完成指标", "时效指标", "2020年全年。", "2020年全年。", "2020年全年。"),
    ("项目完成指标", "成本指标", "15万元。", "15万元。", "按合同10.5万元。"),
    ("效益指标", "社会效益指标", "美化环境。", "美化环境。", "美化环境。"),
    ("效益指标", "可持续影响指标", "做好经开区辖区内河道保洁服务费,美化环境。", "做好经开区辖区内河道保洁服务费,美化环境。",
     "做好经开区辖区内河道保洁服务费,美化环境。"),
    ("满意度指标", "满意度指标", "辖区企业满意率达95%以上。", "辖区企业满意率达95%以上。", "辖区企业满意率达95%以上。"),
]
FILINGS.append(dict(
    dir="410-suining-daying-jingkaiqu-hedao-baojie-tail-2020",
    html_title="四川大英经济开发区管理委员会2020年度部门决算",
    blocks=[
        ("table", [list(r) for r in _R410]),
        ("p", "2.部门绩效评价结果。"),
        ("p", "本部门按要求对2020年部门整体支出绩效评价情况开展自评,《四川大英经济开发区管理委员会部门2020年部门整体支出绩效评价报告》见附件(附件1)。"),
        ("p", "本部门自行组织对园区安全及环保管家项目开展了绩效评价,《园区安全及环保管家项目2020年绩效评价报告》见附件(附件2)。"),
        ("p", "第三部分\n名词解释"),
        ("p", "1.财政拨款收入:指单位从同级财政部门取得的财政预算资金。\n2.事业收入:指事业单位开展专业业务活动及辅助活动取得的收入。\n"
              "3.经营收入:指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。\n"
              "4.其他收入:指单位取得的除上述收入以外的各项收入。\n"
              "5.用事业基金弥补收支差额:指事业单位在当年的财政拨款收入、事业收入、经营收入、其他收入不足以安排当年支出的情况下,"
              "使用以前年度积累的事业基金(事业单位当年收支相抵后按国家规定提取、用于弥补以后年度收支差额的基金)弥补本年度收支缺口的资金。"),
    ],
    truth={"projects": [P(None, None, None, None, [I(l1, l2, n, v, actual=a) for l1, l2, n, v, a in _R410])]},
    notes="""
Place: 大英县 (Daying county, Suining, SICHUAN), county level: 四川大英经济开发区管理委员会 (the Daying economic development zone's
management committee, a county-level department); year 2020 (its 2020 部门决算, whose 预算绩效情况 part the capture ends with: "本部门按要求
对2020年部门整体支出绩效评价情况开展自评"). Captured from page 17 of the committee's 决算 republished on dyrmt.com (the county media
centre's site, the source of 243 and held-out 106's dyxrmt.cn page), a plain simplified page. Daying is covered (39, 99, 103, 205, 243,
held-out 106 and 178: other units); the development zone and its river-cleaning project are new to the corpus.
Template kind: the TAIL of a project target-completion table inside a department's 决算 (the Sichuan 项目绩效目标完成情况表 of 99 and
held-out 106: 一级指标 | 二级指标 | 三级指标 | 预期指标值 | 实际完成指标值): the capture starts inside the indicator rows, with NO header
row, no project name and no money.
Layout features: NO CAPTION ROW — the columns are known only from their contents; every row repeats its level 1 and level 2 (no
merged cells; level 1 "项目完成指标", not 产出指标); the three right-hand cells of most rows are the SAME sentence (name = target = actual:
"做好经开区辖区内河道保洁服务费。", "2020年全年。", "美化环境。"), each ending with a full stop; a cost row whose actual differs
("15万元。" → "按合同10.5万元。"); level 2 "满意度指标" under level 1 "满意度指标"; five cells a row, no trailing empty columns (unlike 106).
Truth: one project, name, budget and unit null (all above the capture; the rows all concern 河道保洁 — the river-cleaning service — but
no cell names the project). Six indicators: name = the third cell, value = the fourth, actual = the fifth — an inference from the order
(the same form as held-out 106 and 99, where the header reads 三级指标 | 预期指标值 | 实际完成指标值; target before actual in every
Sichuan completion table of the corpus); no header says so here. Values kept with their full stops, as written.
Truncation: the capture starts at the first indicator row shown ("项目完成指标 | 质量指标"; the table's title, project rows, header and
the 数量指标 rows are on the page before) and, after the table, stops inside the 名词解释 ("6.年初结转和", cut; left out).
Reconstruction: the capture prints one cell per line, each followed by a line "|"; every row has exactly five cells, so the grid has
five columns with no spans. The 名词解释 items are kept as one paragraph with line breaks.
""",
))
