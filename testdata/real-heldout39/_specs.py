# Hand transcription of the HELD-OUT half of g12b's part of the twelfth round of
# real filings (issue 21: the even numbers from 530 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt (or restored.txt, for a page of a
# glossed mirror); nothing is invented; cut-offs and inferences are in each
# folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 530
_N530 = "基金监管工作全覆盖检查"
_G530 = ("依据《关于印发<青阳县医疗保障局2022年度医?;鸨O(jiān)管工作计划>的通知》(青医保监【2022】2号),为了加强和规范医疗保障基金监管检查,"
         "打击欺诈骗保行为,确?;鸢踩\\行,根据《中华人民共和国保险法》《安徽省基本医疗基金监管暂行办法》等有关法律法规规章,国家医疗保障局和"
         "省医疗保障局组织对定点医药机构和医保经办机构以及工作人员、参保人员等单位和个人涉及医疗保障基金使用行为开展的不予先告知的监督检查。")
_R530 = [  # level 1, level 2, name, value (the mid-term and the annual group print the same)
    ("产\n出\n指\n标", "数量指标", "县内定点医疗机构", "≥151家"),
    ("产\n出\n指\n标", "数量指标", "县内村医诊所", "≥131家"),
    ("产\n出\n指\n标", "数量指标", "全覆盖检查次数", "≥1次/年"),
    ("产\n出\n指\n标", "数量指标", "被省市医保局抽调进行飞行交叉互查天数", "≥30天"),
    ("产\n出\n指\n标", "数量指标", "被省市医保局抽调进行飞行交叉互查", "≥2人"),
]


def _rows530():
    out = []
    for i, (l1, l2, n, v) in enumerate(_R530):
        row = [C(l1, rs=len(_R530))] if i == 0 else []
        out.append(row + [l2, n, v, l2, n, v])
    return out


FILINGS.append(dict(
    dir="530-chizhou-qingyang-yibao-jijin-jianguan-2022",
    html_title="基金监管工作全覆盖检查 项目支出绩效目标表",
    blocks=[
        ("table", [
            ["项目名称", C(_N530, cs=7)],
            ["实施单位", C("青阳县医疗保障局", cs=7)],
            ["项目属性", C("单位自行申报事项", cs=7)],
            [C("项目资金\n(万元)", rs=3), C("中期资金总额", cs=2), "", C("年度资金总额", cs=2), C("15", cs=2)],
            [C("其中:财政拨款", cs=2), "", C("其中:财政拨款", cs=2), C("15", cs=2)],
            [C("其他资金", cs=2), "", C("其他资金", cs=2), C("", cs=2)],
            [C("总\n体\n目\n标", rs=2), C("中期目标(2022年-2023年)", cs=3), C("年度目标", cs=4)],
            [C("", cs=3), C(_G530, cs=4)],
            [C("绩效指标", rs=len(_R530) + 1), "一\n级\n指\n标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
        ] + _rows530()),
    ],
    truth={"projects": [P(_N530, None, "15", "万元", [I(*r) for r in _R530])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 青阳县 (Qingyang county, CHIZHOU, Anhui), county level: 青阳县医疗保障局 (the county medical-security bureau) as 实施单位; project
基金监管工作全覆盖检查 (full-coverage inspection of the medical-insurance fund's use at designated hospitals, village clinics and
agencies), year 2022 (中期目标(2022年-2023年); the goal cites the bureau's "2022年度…工作计划"; the page states no 年度 line in the capture).
Captured from a GLOSSED MIRROR (m.hqbet7263.com, "OpennessContent/show", the open-government page layout of the Chizhou sites) in
traditional characters with pinyin glosses; source.txt keeps the capture, restored.txt (glosses removed, OpenCC t2s) is what this is
transcribed from. Chizhou is covered by 棠溪镇 (held-out 46, 56; 贵池区); Qingyang county and a medical-security bureau's fund-supervision
project are new.
Template kind: the Anhui 项目支出绩效目标表 with TWO COLUMN GROUPS (the form of 51, 129, 383 and held-out3 84): 项目名称 / 实施单位 / 项目属性 /
项目资金(万元) 中期资金总额 | amount | 年度资金总额 | amount with 其中:财政拨款 and 其他资金 under each / 总体目标 中期目标(2022年-2023年) |
年度目标 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值.
Layout features: the MID-TERM money cells EMPTY (中期资金总额 and its 其中:财政拨款 blank) beside the annual 15; the mid-term goal cell
empty beside the annual goal text; labels printed one character a line ("总\\n体\\n目\\n标", "一\\n级\\n指\\n标", "产\\n出\\n指\\n标");
the level-2 cell REPEATED on every row in both groups (数量指标, not merged); both groups identical row for row (as in held-out3 84);
targets with ≥ and a unit glued, one a rate per year ("≥1次/年"); two names differing only by a final "天数" (…飞行交叉互查天数 ≥30天,
…飞行交叉互查 ≥2人: the second counts people lent to the province's and city's flying inspections); the mirror's double-encoding
garbles in the goal text ("医?;鸨O(jiān)管" for 医保基金监管, "确?;鸢踩\\行" for 确保基金安全运行; kept as captured, a
"(jiān)" the restorer leaves because it follows a Latin letter).
Restoration: _restore.py printed no untoned gloss; no character in a scored field is one OpenCC could choose otherwise (县内, 医疗机构,
村医诊所, 全覆盖检查次数, 抽调, 飞行交叉互查 are plain t2s); 青阳县 and 医疗保障局 read as the county's names.
Truth: one project, name = the 项目名称 cell 基金监管工作全覆盖检查, budget 15 万元 (年度资金总额; the 中期资金总额 cell is empty), unit from
"项目资金\\n(万元)". Five indicators from the annual (second) group, as held-out3 84 takes them: level1 = the output label as printed,
one character a line ("产\\n出\\n指\\n标"; the scorer ignores white space), level2 = 数量指标, value = 指标值 (the mid-term group prints the
same names and values).
Truncation: the capture stops after the fifth indicator row (its last cell "≥2人" and a "|"); whatever follows (质量, 时效, 成本, 效益 and
满意度 rows) is beyond the capture; the spans of 绩效指标 and 产出指标 end at the last reproduced row. Nothing of the page before 项目名称
(title, year, unit line) is captured.
Reconstruction: the capture prints every cell on its own line(s) followed by a line "|", an empty cell as a bare "|" line, and no row
breaks; the 8-column grid is fixed by the indicator header (一级指标 and two groups of three) and the rows follow from the cell counts:
项目名称, 实施单位 and 项目属性 each a label and one value; the money rows label | 中期 label | amount | 年度 label | amount (the empty
中期 amounts as the bare "|" lines); 总体目标 over the caption row (中期目标 | 年度目标) and the goal row (an empty cell, then the goal).
INFERRED: the column spans of the label rows and money rows (each value over the columns left), 总体目标 and 产出指标 spanning their rows;
the side label 绩效指标 spanning the header and the indicator rows.
""",
))
