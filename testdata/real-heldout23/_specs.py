# Hand transcription of the HELD-OUT half of gatherU's part of the tenth round of
# real filings (issue 21: the even numbers from 370 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt (restored.txt for a glossed
# mirror); nothing is invented; cut-offs and inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 370
_N370 = "二等乙级以上伤残军人医疗费"
_U370 = "宣城市宣州区医疗保障局"
_S370 = "对升华军民鱼水情,营造拥军优属、拥政爱民的良好氛围,推进军地共建的影响程度"
_R370 = [  # level1, level2, name, target
    ("产出指标", "数量指标", "二等乙级以上伤残军人数量", "52人"),
    ("产出指标", "质量指标", "住院医疗费用报销比例", "100%"),
    ("产出指标", "时效指标", "二等乙级以上伤残军人及时享受医疗待遇保障时间", "医疗费用发生时"),
    ("产出指标", "成本指标", "项目资金年成本", "≤100万元"),
    ("效益指标", "社会效益指标", _S370, "影响明显"),
]
FILINGS.append(dict(
    dir="370-xuancheng-xuanzhou-shangcan-junren-yiliao",
    html_title=_N370,
    blocks=[
        ("table", [
            ["项目名称", C(_N370, cs=4)],
            ["主管部门及代码", "[066]" + _U370, "实施单位", C(_U370, cs=2)],
            ["项目来源", "本级申报项目", "项目期", C("1年", cs=2)],
            [C("项目资金\n(万元)", rs=4), C("年度资金总额:", cs=2), C("100.00", cs=2)],
            [C("其中:财政拨款", cs=2), C("100.00", cs=2)],
            [C("上年结转", cs=2), C("0.00", cs=2)],
            [C("其他资金", cs=2), C("0.00", cs=2)],
            ["立项依据", C("依据宣城市宣州区民政局、财政局、卫生局、劳动和社会保障局关于印发《宣州区重点优抚对象医疗保障实施细则(试行)"
                       "的通知》(民优字〔2008〕08号)文件规定。", cs=4)],
            ["年度\n目标", C("申请100万元财政资金,主要用于二等乙级以上伤残军人就医医药费用支出,实现二等乙级以上伤残军人正常享受医疗待遇。",
                           cs=4)],
            [C("绩\n效\n指\n标", rs=11), "一级\n指标", "二级指标", "三级指标", "指标值"],
            [C("产出指标", rs=4), "数量指标", _R370[0][2], _R370[0][3]],
            ["质量指标", _R370[1][2], _R370[1][3]],
            ["时效指标", _R370[2][2], _R370[2][3]],
            ["成本指标", _R370[3][2], _R370[3][3]],
            [C("效益指标", rs=3), "经济效益指标", "", ""],
            ["社会效益指标", _S370, "影响明显"],
            ["生态效益指标", "", ""],
        ]),
    ],
    truth={"projects": [P(_N370, None, "100.00", "万元", [I(*r) for r in _R370])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 宣州区 (Xuanzhou district, Xuancheng, ANHUI), district level: 宣城市宣州区医疗保障局 ([066]) as 主管部门 and 实施单位. The
year is NOT stated in the capture (no title, no date: the capture starts at the 项目名称 row); the form (the Anhui 项目支出绩效目标表
with 项目来源 | 项目期 and 上年结转) is the one of 2023-2025 filings in the corpus (e.g. 81, 35), so the year is probably one of those,
not certain. Captured from a glossed mirror of the Xuancheng government's disclosure pages (lxslzpgs.com.cn/OpennessContent/..., the
same address scheme as 271's 996630.com copy of 宣城市农业农村局), found by a simplified query on medical assistance (医疗救助 项目支出
绩效目标表 救助人次 资助参保人数 救助资金发放及时率 指标值 年度资金总额). The project (medical costs of disabled ex-servicemen of
grade 2B and above, paid by the district's medical-insurance bureau) is new to the corpus: no 宣州区医疗保障局 filing and no 伤残军人
project in testdata/real*.
Restoration: source.txt is the capture exactly; restored.txt (glosses removed, OpenCC t2s) is what this is transcribed from. The
restorer reported no untoned gloss. Checked by hand: 宣州区 / 宣城市 (區 -> 区), 医疗保障局, 伤残军人 (傷殘軍人), 鱼水情 (魚水情), 拥军优属
(擁軍優屬), 优抚 (優撫), 结转 (結轉), 发生时 (發生時): all the usual simplified forms; none of the ambiguous characters (干/乾, 着/著,
制/製, 于/於, 里/裏, 台/臺, 后/後, 范/範, 余/餘) occurs in a scored field.
Template kind: the Anhui 项目支出绩效目标表 (district form): 项目名称 / 主管部门及代码 | 实施单位 / 项目来源 | 项目期 / 项目资金(万元) by
年度资金总额: | 其中:财政拨款 | 上年结转 | 其他资金 / 立项依据 / 年度目标 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值.
Layout features: a capture with one cell a line and "|" between cells; labels broken over lines ("项目资金\\n(万元)", "年度\\n目标",
"一级\\n指标") and the side label 绩效指标 one character a line; the 主管部门 cell with its code "[066]"; a "≤" money target with its unit
("≤100万元"); a time target that is a phrase ("医疗费用发生时"); a long sentence as an indicator name; empty rows for 经济效益指标 and
生态效益指标 (level 2 only, no name, no target).
Truth: one project, name = the 项目名称 cell "二等乙级以上伤残军人医疗费", budget 100.00 万元 (年度资金总额:), money_unit 万元 (from
"项目资金(万元)"). Five indicators (four 产出指标, one 社会效益指标). The empty 经济效益指标 and 生态效益指标 rows have no target and are not
indicators.
Truncation: the capture stops in the 可持续影响指标 row after its name ("…推进军地共建的持续影响程度", the target cut); that row (and any
满意度 rows after it) are left out of every file.
Reconstruction: INFERRED throughout from the order of the cells: five columns (the side label 绩效指标 and four); the name, 立项依据 and
年度目标 values over four; the 实施单位 and 项目期 values over two; the money labels and amounts over two each under a 项目资金 label
spanning four rows; the level-1 cells spanning their rows (产出指标 four, 效益指标 three, as far as the capture goes).
""",
))
