# Hand transcription of the HELD-OUT half of gatherT's part of the ninth round of
# real filings (issue 21, third wave: the even numbers from 360 on, see
# testdata/real/_build.py), taken from the captured pages: every string is copied
# from that folder's source.txt (a plain simplified page) or restored.txt (a
# restored mirror capture, testdata/real/_restore.py).  Not for tuning: these
# filings are scored once, at the end, by the lead.  Nothing is invented; cut-offs,
# inferences and (for restored captures) the characters OpenCC could have chosen
# otherwise are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 360
_N360 = "隆阳区2021年中央化肥减量增效示范县项目补助资金"
_R360 = [  # level1, level2, name, target (年初目标值(A)), actual (实际完成值(B)), score (得分)
    ("产出指标", "数量指标", "一、示范区建立", "≧20000亩", "20000亩", "15.0"),
    ("产出指标", "数量指标", "1、水稻侧深施肥+缓控释肥", "≧500亩", "500亩", "5.0"),
    ("产出指标", "数量指标", "2、玉米种肥同播+缓控释肥", "≧1000亩", "1000亩", "5.0"),
    ("产出指标", "数量指标", "3、施用配方肥", "≧18500亩", "18500亩", "5.0"),
    ("产出指标", "数量指标", "二、化肥减量增效田间试验", "≧15组", "15组", "15.0"),
    ("产出指标", "数量指标", "1、肥料利用率", "≧5组", "5组", "5.0"),
    ("产出指标", "数量指标", "2、化肥减量增效", "≧5组", "5组", "5.0"),
    ("产出指标", "数量指标", "3、其他试验(水稻)", "≧3组", "3组", "3.0"),
    ("产出指标", "数量指标", "4、其他试验(玉米)", "≧2组", "2组", "2.0"),
    ("产出指标", "数量指标", "三、土样植株化验", "≧60个", "105个", "5.0"),
    ("产出指标", "数量指标", "四、农户施肥情况调查(户)", "≧300户", "300户", "5.0"),
    ("产出指标", "质量指标", "示范区配方肥到位率", "≧80%", "85.6%", "10.0"),
    ("产出指标", "时效指标", "项目按时完成率", "100%", "100%", "10.0"),
    ("效益指标", "社会效益效益指标", "受益农户数", "5000户", "5000户", "5.0"),
]


def _ind360(r):
    return [C(r[2], cs=2), C(r[3], cs=2), C(r[4], cs=2), r[5]]


FILINGS.append(dict(
    dir="360-baoshan-longyang-huafei-jianliang-ziping-2022",
    html_title="隆阳区2021年中央化肥减量增效示范县项目补助资金绩效自评",
    blocks=[
        ("p", "隆阳区2021年中央化肥减量增效示范县项目补助资金绩效自评"),
        ("p", "2022年度项目支出绩效自评表"),
        ("p", "单位名称:隆阳区土壤肥料工作站 填报日期:2023年3月20日"),
        ("table", [
            ["项目名称", C(_N360, cs=9)],
            ["主管部门", C("隆阳区农业农村局", cs=3), "项目实施单位", C("隆阳区土壤肥料工作站", cs=5)],
            ["项目类别", C("1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R", cs=9)],
            ["项目属性", C("1、持续性项目 £ 2、新增性项目 R", cs=9)],
            [C("预算执行情况(万元) (20分)", cs=2), C("预算数(A)", cs=2), C("执行数(B)", cs=2), C("执行率(B/A)", cs=2),
             C("得分 (20分*执行率)", cs=2)],
            [C("年度财政资金总额", cs=2), C("278.4449", cs=2), C("30.00", cs=2), C("10.77%", cs=2), C("2.16", cs=2)],
            [C("年度绩效目标 (80分)", rs=15), "一级指标", "二级指标", C("三级指标", cs=2), C("年初目标值(A)", cs=2),
             C("实际完成值(B)", cs=2), "得分"],
            [C("产出指标", rs=13), C("数量指标", rs=11)] + _ind360(_R360[0]),
        ] + [_ind360(r) for r in _R360[1:11]] + [
            ["质量指标"] + _ind360(_R360[11]),
            ["时效指标"] + _ind360(_R360[12]),
            ["效益指标", "社会效益效益指标"] + _ind360(_R360[13]),
        ]),
    ],
    truth={"projects": [P(_N360, None, "278.4449", "万元", [
        I(l1, l2, n, v, actual=a, score=s) for l1, l2, n, v, a, s in _R360])]},
    notes="""
Place: 隆阳区 (Longyang district, Baoshan, YUNNAN), district level: 隆阳区土壤肥料工作站 (the district's soil and fertiliser station,
项目实施单位 and 单位名称) under 隆阳区农业农村局 (主管部门, also the publisher); the 2022 self-evaluation ("2022年度项目支出绩效自评表";
填报日期:2023年3月20日; published 2023-05-29) of the 2021 central subsidy for a fertiliser-reduction demonstration county. A plain
simplified page of the district's site (longyang.gov.cn), found by a simplified query on farm subsidies (耕地地力保护补贴 … 自评表
年度指标值 实际完成值 得分); not a mirror: everything here is transcribed from source.txt. Baoshan's form is covered by 179 (保山市),
212 (昌宁) and held-out 242 (施甸); Longyang district, a central fertiliser-reduction fund (化肥减量增效) and a soil station are new.
Template kind: the Baoshan 项目支出绩效自评表 (as 179/242): 单位名称 | 填报日期 lines above the grid, 项目名称 / 主管部门 | 项目实施单位 /
项目类别 and 项目属性 with check boxes / 预算执行情况(万元) (20分) 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) by 年度财政资金
总额 / 年度绩效目标 (80分) 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分.
Layout features: NUMBERED GROUP ROWS AND SUB-ROWS in the 三级指标 column: "一、示范区建立 | ≧20000亩 | 20000亩 | 15.0" over "1、水稻侧深施肥
+缓控释肥 | ≧500亩 …", "2、…", "3、施用配方肥" (500 + 1000 + 18500 = 20000; 5 + 5 + 5 = 15), "二、化肥减量增效田间试验 | ≧15组 | 15组 | 15.0"
over four numbered sub-rows (5 + 5 + 3 + 2 = 15), then "三、…" and "四、…" with no sub-rows; targets with U+2267 "≧" and Chinese units
("≧20000亩", "≧15组", "≧80%"); an actual above the target ("≧60个" | "105个"); a unit in a name ("四、农户施肥情况调查(户)"); the level-2
label "社会效益效益指标" (the word doubled, as printed); Wingdings check boxes printed "£" (empty) and "R" (ticked: 上级转移支付项目,
新增性项目); a budget of four decimals ("278.4449") with 执行数 "30.00" and 执行率 "10.77%"; scores with one decimal ("15.0"); no weight
column.
Truth: one project, name = the 项目名称 cell "隆阳区2021年中央化肥减量增效示范县项目补助资金", budget 278.4449 万元 (预算数(A) of 年度财政资金
总额; unit from "预算执行情况(万元)"). FOURTEEN INDICATORS, one per printed row: level1 as written (filled down: 产出指标 over the
数量, 质量 and 时效 rows), level2 as written (filled down: 数量指标 over eleven rows), name = 三级指标 as written WITH its numbering,
value = 年初目标值(A) as written, value_cells actual (实际完成值(B)) and score (得分). The numbered group rows ("一、示范区建立",
"二、化肥减量增效田间试验") are kept as indicators: each has its own target, actual and score in the grid like every other row
(INFERRED: the form gives them no other role; their scores repeat the sums of their sub-rows, so the scores do not add up to 80).
Truncation: the capture stops at the first word of the next row ("生态", presumably 生态效益指标); that row and the rest of the
form (满意度指标, 总分, 偏差原因, 改进措施) are left out of every file, and the spans of 年度绩效目标 and 效益指标 end at the last
reproduced row. The page's metadata list above the form (索引号 01525707-9/20230529-00013, 发文机构, 公开目录 绩效自评报告, 文号, 浏览量,
日期 2023-05-29) is left out; the page title and the two lines above the grid are kept as paragraphs.
Reconstruction: the capture prints each row as "cell | cell |" followed by one "|" per grid slot the row does not start (empty
cells and spanned slots are not printed but counted); every row sums to ten slots, so the grid has ten columns. INFERRED: the
spans — the name and check-box cells over nine columns; 主管部门's value over three and 项目实施单位's over five; the five money
captions and the five money cells over two columns each; 三级指标, 年初目标值(A) and 实际完成值(B) over two columns each (header and
indicator rows), 得分 over one; 年度绩效目标 (80分) over the header and the fourteen indicator rows; 产出指标 over thirteen rows;
数量指标 over eleven (the sub-rows print no level cells, the 质量/时效 rows print their level 2 only).
""",
))
