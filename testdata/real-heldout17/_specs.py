# Hand transcription of the HELD-OUT half of gatherO's part of the ninth round of
# real filings (issue 21: the even numbers from 310 on, see testdata/real/_build.py),
# taken from the captured pages: every string is copied from that folder's
# source.txt (a plain simplified page) or restored.txt (a restored mirror capture,
# testdata/real/_restore.py).  Not for tuning: these filings are scored once, at the
# end, by the lead.  Nothing is invented; cut-offs, inferences and (for restored
# captures) the characters OpenCC could have chosen otherwise are in each folder's
# notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 310
_N310 = "2025年国家电影事业发展专项资金补助地方资金"
_T310 = "中央补助地方国家电影事业发展专项资金转移支付区域(项目)绩效自评表"
_G310 = "加强影院放映设备升级维护及公益放映保障,进一步提升服务质效,为地方文化事业发展贡献力量。"
_A310 = ("2025年,影院共维护电影放映设备5套,有效提升影片放映质量,群众满意度不断提升。"
         "全年累计接待观影人数达4.4万人次,营业收入超过188万元。")
_M310 = [  # 资金管理情况: item, 情况说明, 分值, 得分
    ("分配科学性", "全区共1家影院,资金全部拨付至该影院", "6", "6"),
    ("下达及时性", "资金已拨付至影院", "6", "6"),
    ("拨付合规性", "按规定拨付", "6", "6"),
    ("使用规范性", "按规定使用", "6", "6"),
    ("执行准确性", "按要求执行", "5", "5"),
    ("预算绩效管理情况", "按要求管理", "5", "5"),
    ("支出责任履行情况", "按要求履行责任", "6", "6"),
]
_R310 = [  # level1, level2, name, target (年度指标值), actual (全年完成值), weight (分值), score (得分)
    ("产\n出\n指\n标", "数量指标", "维护电影放映设备数量", "≥5套", "5套", "20", "20"),
    ("产\n出\n指\n标", "质量指标", "提升放映质量", "明显", "明显", "10", "10"),
    ("效\n益\n指\n标", "经济效益\n指标", "全年影院观影人数", "≥4万人次", "4.4万人次", "5", "5"),
    ("效\n益\n指\n标", "经济效益\n指标", "影院营业收入", "≥150万元", "188.6万元", "5", "5"),
]
FILINGS.append(dict(
    dir="310-huangshan-huizhou-dianying-zhuanxiang-ziping-2025",
    html_title=_T310,
    blocks=[
        ("p", _T310),
        ("p", "- 2026-01-17"),
        ("p", "项目名称: " + _T310),
        ("p", "招标公司: 黄山市徽州区人民政府"),
        ("p", "项目地区:安徽 黄山"),
        ("p", "( 2025 年度)"),
        ("table", [
            [C("转移支付(项目)名称", cs=2), C(_N310, cs=7)],
            [C("省级主管部门", cs=2), C("中共安徽省委宣传部", cs=7)],
            [C("地方主管部门", cs=2), C("中共黄山市徽州区委宣传部", cs=3), C("资金使用单位", cs=2),
             C("黄山市徽州区腾逸电影放映有限公司", cs=2)],
            [C("资金投入情况\n(万元)", rs=5), C("", cs=3), "全年预算数( A )", "全年执行数( B )", "分值",
             "预算执行率\n( B/A×100%)", "得分"],
            [C("年度资金总额:", cs=3), "4", "4", "10", "100%", "10"],
            [C("其中:中央财政资金", cs=3), "4", "4", C("——", cs=3)],
            [C("地方财政资金", cs=3), "", "", C("——", cs=3)],
            [C("其他资金", cs=3), "", "", C("——", cs=3)],
            [C("资金管理情况", cs=2), C("情况说明", cs=4), "分值", "得分", "存在问题和改进措施"],
        ] + [[C(k, cs=2), C(t, cs=4), w, s, ""] for k, t, w, s in _M310] + [
            [C("总体目标完成情况", rs=2), C("年初设定目标", cs=4), C("全年实际完成情况", cs=4)],
            [C(_G310, cs=4), C(_A310, cs=4)],
            [C("绩 效 指 标", rs=5), "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分",
             "未完成原因和改进措施"],
            [C(_R310[0][0], rs=2)] + list(_R310[0][1:]) + [""],
            list(_R310[1][1:]) + [""],
            [C(_R310[2][0], rs=2), C(_R310[2][1], rs=2)] + list(_R310[2][2:]) + [""],
            list(_R310[3][2:]) + [""],
        ]),
    ],
    truth={"projects": [P(_N310, None, "4", "万元", [
        I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _R310])]},
    notes="""
Place: 徽州区 (Huizhou district, Huangshan, ANHUI), district level: 黄山市徽州区腾逸电影放映有限公司 (a cinema company) as 资金使用单位,
中共黄山市徽州区委宣传部 as 地方主管部门, 中共安徽省委宣传部 as 省级主管部门; year 2025 (the caption "( 2025 年度)"; posted 2026-01-17). A
plain simplified page of a tender-information site (ah.zhiliaobiaoxun.com, which republishes the notices of 黄山市徽州区人民政府 as
"招标公司"), found by a traditional-character query on a cinema subject; not a mirror: everything here is transcribed from
source.txt. Anhui is well covered; the central 国家电影事业发展专项资金 and a cinema company as the spending unit are new.
Template kind: the national 转移支付区域(项目)绩效自评表 of a central subsidy (the 2025 form with scores): 转移支付(项目)名称 / 省级主管部门
/ 地方主管部门 | 资金使用单位 / 资金投入情况(万元) 全年预算数(A) | 全年执行数(B) | 分值 | 预算执行率(B/A×100%) | 得分 by 年度资金总额,
其中:中央财政资金, 地方财政资金, 其他资金 / 资金管理情况 情况说明 | 分值 | 得分 | 存在问题和改进措施 by seven items (分配科学性 …
支出责任履行情况) / 总体目标完成情况 (年初设定目标 | 全年实际完成情况) / 绩效指标 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值
| 分值 | 得分 | 未完成原因和改进措施.
Layout features: a BLOCK OF SEVEN MANAGEMENT ITEMS WITH POINTS before the goals (a label, a sentence, 分值 and 得分: "分配科学性 | 全区共1
家影院,资金全部拨付至该影院 | 6 | 6") — they have no target and are not indicators; money cells with points beside them ("4 | 4 | 10 |
100% | 10"); spaced captions ("全年预算数( A )", "( B/A×100%)", "绩 效 指 标"); level-1 labels printed ONE CHARACTER A LINE ("产\\n出\\n指\\n标")
and a level-2 label broken ("经济效益\\n指标"); targets with comparators and Chinese units ("≥4万人次", "≥150万元") beside achieved
values in the same units ("4.4万人次", "188.6万元"); a word target ("明显").
Truth: one transfer, name = the 转移支付(项目)名称 cell "2025年国家电影事业发展专项资金补助地方资金", budget 4 万元 (全年预算数(A) of 年度资金
总额; unit from "资金投入情况 (万元)"). Four indicators: level1 and level2 as written (filled down), name = 三级指标, value = 年度指标值
as written, value_cells actual (全年完成值), weight (分值), score (得分). The seven 资金管理情况 items are not indicators (no target).
Truncation: the capture stops in the first 社会效益指标 row ("社会效益 指标 满", the name cut after its first character); that row
and the rest of the form (满意度指标, 总分 …) are left out of every file, and the spans of 绩效指标 and 效益指标 end at the last
reproduced row.
Reconstruction: the capture prints each grid row as one line with cells separated by single spaces (empty cells not printed) and
labels broken over lines; which words are cells is read from the captions. The 9-column grid follows the indicator header (绩效
指标 + eight captions). INFERRED: the site's metadata lines (the title, "- 2026-01-17", "项目名称: …", "招标公司: …", "项目地区:…")
and "( 2025 年度)" kept as paragraphs above the grid; the spans of the name and authority rows (2 | 7, 2 | 3 | 2 | 2); 资金投入
情况(万元) over its header and four money rows with an EMPTY CORNER cell over the row labels (three columns); the single "——"
printed on each of the three lower money rows read as ONE cell over 分值 | 预算执行率 | 得分, and the 地方财政资金 / 其他资金 money
cells read as empty (nothing printed); the 资金管理情况 rows as label (2) | 情况说明 (4) | 分值 | 得分 | an empty 存在问题 cell;
总体目标完成情况 over two rows with the goal texts 4 | 4; 绩效指标 over the header and the four indicator rows; 产出指标 over two rows,
效益指标 and 经济效益指标 over two; the empty 未完成原因 cells.
""",
))

# ---------------------------------------------------------------- 312
_N312 = "金安区土地确权三级业务系统服务器托管服务和确权数据变更及维护"
_H312 = "2023年金安区土地确权三级业务系统服务器托管服务和确权数据变更及维护项目绩效自评表"
_G312 = ("《金安区土地确权三级业务系统服务器托管协议》、《金安区农村土地确权变更数据维护服务合同》、《 (略) 农业农村厅关 (略) "
         "农村土地承包数据互联互通试点工作方案的通知》(皖农政改函〔2022〕929号)等,2台服务器托管服务10320元/年,"
         "2023年需要同时支付2022费用,土地确权系统建设、数据维护、变更业务、地块补充测绘9.5万元/年,均纳入年度预算。")
_R312 = [  # level1, level2, name, value
    ("产出指标", "数量指标", "提供服务器托管服务台数", "2台"),
    ("产出指标", "数量指标", "数据维护次数", "≥20次"),
    ("产出指标", "质量指标", "托管服务器正常运转率", "≥95%"),
    ("产出指标", "质量指标", "土地确权数据维护率", "≥95%"),
    ("产出指标", "质量指标", "土地确权变更业务完成率", "≥95%"),
    ("产出指标", "时效指标", "土地确权变更业务办理时间", "年底前"),
    ("产出指标", "时效指标", "土地确权数据维护时间", "故障发生后一周内"),
    ("产出指标", "成本指标", "托管服务器服务成本", "10320/年"),
    ("产出指标", "成本指标", "土地确权数据维护与汇交试点成本", "70000元/年"),
    ("产出指标", "成本指标", "地块补充调查测绘成本", "25000元/年"),
    ("效益指标", "经济效益指标", "该指标不适用本项目", "不涉及"),
]


def _row312(i):
    return [C(_R312[i][2], cs=2), C(_R312[i][3], cs=2)]


FILINGS.append(dict(
    dir="312-luan-jinan-tudi-quequan-weihu-mubiao-2023",
    html_title=_H312,
    blocks=[
        ("p", _H312),
        ("p", _H312),
        ("table", [
            [C("项目支出绩效目标表", cs=7)],
            [C("(2023年度)", cs=7)],
            ["项目名称", C(_N312, cs=6)],
            ["主管部门 及代码", C("[201] (略) 金安区农业农村局", cs=3), "实施单位", C("金安区农业农村局", cs=2)],
            ["项目来源", C("本级申报项目", cs=3), "项目期", C("1年", cs=2)],
            [C("项目资金 (万元)", rs=4), C("年度资金总额:", cs=2), C("11.564", cs=4)],
            [C("其中:财政拨款", cs=2), C("11.564", cs=4)],
            [C("上年结转", cs=2), C("", cs=4)],
            [C("其他资金", cs=2), C("", cs=4)],
            ["年度 目标", C(_G312, cs=6)],
            [C("绩 效 指 标", rs=13), "一级 指标", "二级指标", C("三级指标", cs=2), C("指标值", cs=2)],
            [C("产出指标", rs=11), C("数量指标", rs=2)] + _row312(0),
            _row312(1),
            [C("质量指标", rs=3)] + _row312(2),
            _row312(3),
            _row312(4),
            [C("时效指标", rs=2)] + _row312(5),
            _row312(6),
            [C("成本指标", rs=3)] + _row312(7),
            _row312(8),
            _row312(9),
            ["…", C("", cs=2), C("", cs=2)],
            ["效益指标", "经济效益指标"] + _row312(10),
        ]),
    ],
    truth={"projects": [P(_N312, None, "11.564", "万元", [I(*r) for r in _R312])]},
    notes="""
Place: 金安区 (Jin'an district, Lu'an, ANHUI), district level, 金安区农业农村局 (主管部门 and 实施单位; its code "[201]" and the city's
name masked "(略)" by the site); year 2023 (the caption "(2023年度)"). A plain simplified page of a tender-information site
(m.bidcenter.com.cn, which republishes government notices and masks some words as "(略)"), found by a simplified-character
query on real-estate registration; not a mirror: everything here is transcribed from source.txt. The same district as 35 and
81 (the district's site, ja.gov.cn), but a different unit and project: the land-contract rights registration system's server
hosting and data maintenance (土地确权) is new.
Template kind: the Anhui 项目支出绩效目标表 (2023): 项目名称 / 主管部门及代码 | 实施单位 / 项目来源 | 项目期 / 项目资金(万元) by 年度资金总额,
其中:财政拨款, 上年结转, 其他资金 / 年度目标 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值. The page's title calls it a
"项目绩效自评表" (twice, as title and heading), but the table is a TARGET table: no actual values, no scores.
Layout features: a title that names the wrong form (自评表 over a 目标表); the site's masks "(略)" inside a code cell and inside the
goal text; a target with a bare number and a per-year unit ("10320/年") beside ones with 元 ("70000元/年"); word targets ("年底前",
"故障发生后一周内"); a placeholder row "…" with nothing beside it; a not-applicable row that still carries a value ("该指标不适用本项目"
| "不涉及"); the money under a label with its unit ("项目资金 (万元)") and an empty 上年结转 / 其他资金.
Truth: one project, name = the 项目名称 cell, budget 11.564 万元 (年度资金总额:; unit from "项目资金 (万元)"). Eleven indicators: level1
and level2 as written (filled down), name = 三级指标, value = 指标值 as written. The not-applicable row is kept as an indicator (it
carries a value, as 35's "本项目不适用此指标" | "无" in the build half, the same district's form); the "…" row (no name, no value) is not an indicator.
Truncation: the capture stops in the 社会效益指标 row ("社会效益指标 | 提", its name cut after one character); that row and the rest of
the form (生态效益, 可持续影响, 满意度 indicators) are left out of every file, and the spans of 绩效指标 and 效益指标 end at the last
reproduced row.
Reconstruction: the capture prints each row as "cell | cell |" followed by one "|" per grid slot the row does not start (empty
cells are not printed but counted); every row sums to seven slots, so the grid has seven columns. INFERRED: the caption rows
over seven columns; the name and the goal text over six; the 主管部门 / 项目来源 values over three and the 实施单位 / 项目期 values over
two; 项目资金(万元) over its four money rows with the row labels over two columns and the amounts over four (the empty 上年结转 /
其他资金 amounts counted, not printed); 三级指标 and 指标值 over two columns each (the header row and every indicator row start two
slots fewer than they cover); the "…" row read as a level-2 placeholder under 产出指标 with empty 三级指标 and 指标值 cells (it
could also be a level-3 placeholder under 成本指标: the slot count fits both); 绩效指标 over the header and twelve rows, 产出指标 over
eleven, 数量指标 and 时效指标 over two, 质量指标 and 成本指标 over three.
""",
))
