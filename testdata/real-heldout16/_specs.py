# Hand transcription of the HELD-OUT half of gatherN's part of the ninth round of
# real filings (issue 21: the even numbers from 300 on, see testdata/real/_build.py),
# taken from restored mirror captures (testdata/real/_restore.py): every string is
# copied from that folder's restored.txt.  Not for tuning: these filings are scored
# once, at the end, by the lead.  Nothing is invented; cut-offs, inferences and the
# characters OpenCC could have chosen otherwise are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 300
_N300 = "2020年省级自然资源卫片执法补助经费支出绩效自评表"
_R300 = [  # level1, level2, name, op, number, unit, actual, weight, score
    ("产出指标", "数量指标", "卫片执法补助经费", "﹦", "72890", "元", "72890", "10.00", "9.00"),
    ("产出指标", "质量指标", "项目验收合格率", "﹦", "100", "%", "100", "20", "19"),
    ("产出指标", "时效指标", "项目完成及时率", "﹦", "100", "%", "100", "20.00", "19.00"),
    ("效益指标", "社会效益指标", "违法行为责停率", "≥", "95", "%", "95", "30.00", "27.00"),
]
FILINGS.append(dict(
    dir="300-lijiang-gucheng-weipian-zhifa-ziping-2020",
    html_title="2020年云南省级自然资源卫片执法补助经费",
    blocks=[
        ("p", "最新资讯"),
        ("p", "2020年云南省级自然资源卫片执法补助经费"),
        ("p", "时间:2021-06-28 17:07 来源: 微信公众号:yn2553 QQ公众号:800061629"),
        ("table", [
            [C("2020年度项目支出绩效自评表", cs=10)],
            ["项目名称", C(_N300, cs=9)],
            ["主管部门", C("丽江市自然资源和规划局", cs=3), C("实施单位", cs=2), C("丽江市古城区自然资源局", cs=4)],
            [C("项目资金 (万元)", rs=5), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", C("得分", cs=2)],
            [C("年度资金总额", cs=2), "7.29", "7.29", "7.29", "10.00", "100%", C("10.00", cs=2)],
            [C("其中:当年财政拨款", cs=2), "7.29", "7.29", "7.29", "", "100%", C("", cs=2)],
            [C("上年结转资金", cs=2), "", "", "", "", "", C("", cs=2)],
            [C("其他资金", cs=2), "", "", "", "", "", C("", cs=2)],
            [C("年度 总体 目标", rs=2), C("预期目标", cs=5), C("实际完成情况", cs=4)],
            [C("自然资源卫片执法补助经费", cs=5), C("自然资源卫片执法补助经费", cs=4)],
            [C("绩效指标", cs=3), C("年度指标值", cs=3), C("实际完成值", rs=2), C("分值", rs=2), C("得分", rs=2),
             C("偏差原因分析及改进措施", rs=2)],
            ["一级 指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
            [C("产出指标", rs=3), "数量指标"] + list(_R300[0][2:]) + [""],
            list(_R300[1][1:]) + [""],
            list(_R300[2][1:]) + [""],
            list(_R300[3]) + [""],
        ]),
    ],
    truth={"projects": [P(_N300, None, "7.29", "万元", [
        I(l1, l2, n, op + v + u, op=op, value=v, unit=u, actual=a, weight=w, score=s)
        for l1, l2, n, op, v, u, a, w, s in _R300])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 丽江市古城区 (Gucheng district, Lijiang, YUNNAN), district level, 丽江市古城区自然资源局 (实施单位) under 丽江市自然资源和规划局
(主管部门); year 2020 (the caption "2020年度项目支出绩效自评表"; posted 2021-06-28). Captured from a glossed mirror of a WeChat
account's article (m.jjiadianqingjie.com.cn, "来源: 微信公众号:yn2553"): traditional characters with pinyin glosses after some
characters ("項(xiàng)目", "指標(biāo)"), restored by _restore.py into restored.txt, from which everything here is transcribed. Yunnan
is covered (11, 179, 240, 242); Lijiang, a natural-resources bureau and a satellite-image enforcement (卫片执法) subsidy are new.
Template kind: the 2020 national 项目支出绩效自评表 in its Yunnan form: 项目名称 / 主管部门 | 实施单位 / 项目资金(万元) 年初预算数 |
全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 by 年度资金总额, 其中:当年财政拨款, 上年结转资金, 其他资金 / 年度总体目标 (预期目标 |
实际完成情况) / 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 over a second header row 一级指标 | 二级指标 |
三级指标 | 指标性质 | 指标值 | 度量单位.
Layout features: a SPLIT TARGET under 年度指标值 (指标性质 | 指标值 | 度量单位) with the comparator written as the SMALL EQUALS SIGN "﹦"
(U+FE66) on three rows and "≥" on the others; weights and scores with two decimals on some rows ("10.00", "9.00") and none on
another ("20", "19"); a project NAME that is the form's own title ("2020年省级自然资源卫片执法补助经费支出绩效自评表", as written in
the 项目名称 cell); the same text as 预期目标 and 实际完成情况; a money target in 元 (72890) beside a budget in 万元 (7.29); empty
上年结转资金 / 其他资金 rows; the caption as a grid row.
Truth: one project, name = the 项目名称 cell as written, budget 7.29 万元 (全年预算数 of 年度资金总额, equal to 年初预算数 and 全年执行数;
unit from "项目资金 (万元)"). Four indicators: level1 and level2 as written (filled down), name = 三级指标, value = 指标性质 + 指标值 +
度量单位 as written ("﹦72890元", "≥95%"), value_cells op, value, unit, actual (实际完成值), weight (分值), score (得分).
Truncation: the capture stops inside the 满意度指标 row ("满意度指标 | 服务对象满意度指标 | 满意度 | ≥ | 95 | % | 95 | 10.00 |", its
得分 cut); that row and the rest of the form are left out of every file, and the spans end at the last reproduced row.
Restoration: _restore.py printed no untoned gloss. OpenCC choices checked where they matter: 丽江 (麗江), 古城区 (古城區), 规划 (規劃),
卫片 (衛片), 责停率 (責停率), 当年财政拨款 (當年財政撥款), 结转 (結轉); none of 干/乾, 着/著, 制/製, 于/於, 里/裏, 台/臺, 后/後, 范/範,
余/餘 occurs in a scored field. "违法行为责停率" is kept as written (责停 = 责令停止, the page's abbreviation).
Reconstruction: the capture prints rows as "| cell | cell |" with a run of "|" for slots a row does not start, and a cell that
spans rows as "|" + line break + text; the 10-column grid follows the national form. INFERRED: the spans of the title (10), the
name (9), 主管部门 / 实施单位 and their values (3 | 2 | 4), 项目资金 (万元) over its header and four money rows with an EMPTY CORNER
cell over the row labels and 得分 with its cells over two columns (the capture prints six headings and seven cells per money row), the row labels over two columns, the
place of "100%" on the 其中:当年财政拨款 row under 执行率 (its 分值 and 得分 taken as empty: the capture drops empty cells), 年度总体
目标 over two rows with the goal texts 5 | 4, 绩效指标 over the three level columns and 年度指标值 over 指标性质 | 指标值 | 度量单位 (the
national form's header), 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施 over the two header rows, 产出指标 over its three rows, and
the empty 偏差原因 cells.
""",
))
