# Hand transcription of the HELD-OUT half of g11d's part of the eleventh round of
# real filings (issue 21: the even numbers from 440 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 440
_T440 = "天津市财政局关于提前下达中央财政2023年新冠病毒疫苗生产企业优惠贷款贴息资金(中央直达资金)预算的通知"
_G440 = "落实党中央、国务院关于新冠肺炎疫情防控工作决策部署,加大新冠疫苗保障力度,对新冠疫苗生产企业实施优惠贷款贴息政策"
_R440 = [  # level 1, level 2, name, target (as written)
    ("产出指标", "数量指标", "支持企业数量", "1个。"),
    ("产出指标", "成本指标", "补贴金额", "280万元。"),
    ("产出指标", "质量指标", "按政策给予贴息支持", "按政策给予贴息支持。"),
    ("产出指标", "实效指标", "及时拨付资金", "2023年底前。"),
    ("效益指标", "社会效益指标", "加大新冠病毒疫苗保障力度", "通过贴息政策支持,加大新冠疫苗保障力度。"),
]
FILINGS.append(dict(
    dir="440-tianjin-binhai-yimiao-daikuan-tiexi-2023",
    html_title=_T440,
    blocks=[
        ("p", _T440),
        ("p", "(津财防控指〔2022〕17号)"),
        ("p", "滨海新区财政局:"),
        ("p", "根据财政部《关于提前下达2023年普惠金融发展专项资金预算的通知》(财金〔2022〕113号),现提前下达你区康希诺生物股份公司2023年"
              "新冠病毒疫苗生产优惠贷款贴息资金预算280万元。本次下达资金为中央直达资金,标识为“01中央直达资金”,支出功能分类科目列“2179902重点"
              "企业贷款贴息”,项目代码:12000023S005803000014。"),
        ("p", "请你区按照直达资金管理要求,及时将资金拨付到项目单位,并加强监督管理。为进一步加强预算绩效管理,切实提高财政资金使用效益,请在组织"
              "预算执行中对照绩效目标做好绩效监控,确保年度绩效目标如期实现。"),
        ("p", "附件:项目支出绩效目标表"),
        ("p", "2022年11月30日"),
        ("p", "附件"),
        ("p", "项目支出绩效目标表(2023年度)"),
        ("table", [
            ["项目名称", C("新冠病毒疫苗生产企业优惠贷款贴息", cs=5)],
            ["补助金额", C("280万元", cs=5)],
            ["年度总体绩效目标", C(_G440, cs=5)],
            [C("绩 效 指 标", rs=6), "一级指标", "二级指标", "三级指标", C("指标值", cs=2)],
            [C("产出指标", rs=4), "数量指标", "支持企业数量", C("1个。", cs=2)],
            ["成本指标", "补贴金额", C("280万元。", cs=2)],
            ["质量指标", "按政策给予贴息支持", C("按政策给予贴息支持。", cs=2)],
            ["实效指标", "及时拨付资金", C("2023年底前。", cs=2)],
            ["效益指标", "社会效益指标", "加大新冠病毒疫苗保障力度", C("通过贴息政策支持,加大新冠疫苗保障力度。", cs=2)],
        ]),
    ],
    truth={"projects": [P("新冠病毒疫苗生产企业优惠贷款贴息", None, "280", "万元",
                          [I(l1, l2, n, v) for l1, l2, n, v in _R440])]},
    notes="""
Place: 天津市 (TIANJIN), the city finance bureau's allotment notice 津财防控指〔2022〕17号 of 2022-11-30 to 滨海新区财政局 (Binhai new area),
passing on the central 普惠金融发展专项资金 as an interest subsidy on a preferential loan to one vaccine maker (康希诺生物股份公司) for
2023; the attachment is the project's 项目支出绩效目标表(2023年度). Captured from a law database's epidemic-rules collection
(ncp.pkulaw.com, "法宝引证码 CLI.1.304262"): a plain simplified page. Found by a simplified query on business-loan interest subsidies
(创业担保贷款财政贴息 项目支出绩效目标表 中期资金总额 年度资金总额 ... 人力资源和社会保障局): the page came up beside the subject's pages
for a neighbouring fund. An enterprise-loan interest subsidy (贷款贴息 of the 普惠金融 fund) and Binhai are new to the corpus (Tianjin
appears as 宝坻区 03 and 宁河区 25; the 普惠金融 fund as 95, 241 and held-out 240's neighbours, all county transfer tables).
Template kind: a bare central-style 项目支出绩效目标表 under a 下达 notice: 项目名称 / 补助金额 (the amount with its unit in the cell,
"280万元") / 年度总体绩效目标 / a side label 绩 效 指 标 over 一级指标 | 二级指标 | 三级指标 | 指标值.
Layout features: NO money caption of the usual kind (no 年度资金总额, no 资金情况(万元)): the budget stands under 补助金额 with 万元 inside
the cell; every target a short phrase ending in a full stop ("1个。", "280万元。", "2023年底前。"), two of them whole sentences repeating
the name ("按政策给予贴息支持" | "按政策给予贴息支持。"); a level-2 slip "实效指标" (for 时效指标), kept as written; 成本指标 between 数量
and 质量; the 三级指标 column and the 指标值 column each one cell a row; the notice's paragraphs above, with the same amount in prose
("贷款贴息资金预算280万元").
Truth: one project, name = the 项目名称 cell "新冠病毒疫苗生产企业优惠贷款贴息", budget 280 (补助金额 "280万元"; the notice's prose
agrees), money_unit 万元 (from the cell "280万元": the table names no other unit). Five indicators, value = the 指标值 cell as written
(with its final "。"), level1 产出指标 filled down over four rows, then 效益指标.
Truncation: the capture stops in the satisfaction row ("满意度指标 | 服务", cut); that row is left out of every file; the spans of 绩 效
指 标 and 产出指标 end at the last reproduced row.
Reconstruction: the capture prints each row on one line, cells separated by " | ", then one "|" for each column slot the row does not
start. From the counts the grid has six columns: the name, 补助金额 and goal rows two cells and four "|" (the value over five columns);
the indicator header five cells and one "|", so 指标值 is INFERRED to span two columns (an empty sixth column, e.g. a 备注 with no header
printed, would print the same); each indicator row then prints its cells and two or three "|" (the side label, 产出指标 where it is
covered, and the value's second column). The law database's header lines (【法宝引证码】, 【时效性】 尚未施行) and the title printed twice
are left out (the title kept once).
""",
))
