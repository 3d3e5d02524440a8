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
