# Hand transcription of the HELD-OUT half of g11k's part of the eleventh round of
# real filings (issue 21: the even numbers from 510 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 510
_G510 = ("用于监区水电、维修(护)、办公、勤杂人员基本工资、绩效工资、监区杂项等经费支出,保障食堂运行和人员稳定,确保监区业务活动有序开展,"
         "确保监区安全稳定")
_D510 = "项目实施情况已达到了规划预期效果,保障食堂运行和人员稳定。"
_S510 = "本项目资金用于我所办公业务和监区水电、维修(护)、非在编辅警工资福利和伙食补助等专项经费支出,资金使用期限一年。"
_E510 = ("本项目资金覆盖了本单位所有的勤杂人员,覆盖总人数为21个人。通过科学考核和评价监所中心工作完成情况和各岗位业务工作水平,充分发挥绩效考评的"
         "杠杆推动作用,奖优罚劣,保障食堂运行和人员稳定,确保监区业务活动有序开展,确保监区安全稳定。")
_R510 = [  # level1, level2, name, 年度指标值, 实际完成值, 指标分值, 自评得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "人员覆盖率", "100%", "100", "15", "15", "无偏差"),
    ("产出指标", "质量指标", "管理制度健全性", "100%", "100", "15", "15", ""),
]
FILINGS.append(dict(
    dir="510-quanzhou-shishi-kanshousuo-jiben-yewufei-ziping-2022",
    html_title="石狮市公安局看守所2022年专项资金绩效自评报告及自评表",
    blocks=[
        ("p", "石狮市公安局看守所2022年专项资金绩效自评报告及自评表"),
        ("p", "时间:2023-09-08 16:22"),
        ("p", "专项资金绩效自评表"),
        ("p", "(2022年度)"),
        ("table", [
            ["专项名称", C("基本业务费", cs=8)],
            ["主管部门", C("公安局", cs=3), "实施单位", C("石狮市看守所", cs=4)],
            ["项目概况", C(_S510, cs=8)],
            ["主要成效", C(_E510, cs=8)],
            [C("项目资金(万元)", rs=5), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分"],
            [C("年度资金总额", cs=2), "115.00", "32.00", "32.00", C("10", rs=4), "100.00", "10"],
            [C("其中:当年财政拨款", cs=2), "115.00", "32.00", "32.00", "100.00", ""],
            [C("其他资金", cs=2), "0.00", "0.00", "0.00", "0.00", ""],
            [C("上年结转资金", cs=2), "0.00", "0.00", "0.00", "0.00", ""],
            [C("年度总体目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C(_G510, cs=4), C(_D510, cs=4)],
            [C("绩效\n指标", rs=3), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标分值", "自评得分",
             "偏差原因分析及改进措施"],
            [C("产出指标", rs=2)] + list(_R510[0][1:]),
            list(_R510[1][1:]),
        ]),
    ],
    truth={"projects": [P("基本业务费", None, "32.00", "万元",
                          [I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s, _ in _R510])]},
    notes="""
Place: 石狮市 (Shishi, a county-level city of QUANZHOU, FUJIAN): 石狮市看守所 (the city's detention house, under 石狮市公安局) as 实施单位,
公安局 as 主管部门; project (专项名称) 基本业务费 (the house's basic running costs: office work, the cell blocks' water and power, repairs,
the wages and meal allowances of non-establishment auxiliary police and casual staff); year 2022 ("(2022年度)"; published 2023-09-08
by 石狮市公安局, 索引号 QZ05110-0900-2023-00053). A plain simplified page of the city's disclosure site (shishi.gov.cn), transcribed
from source.txt. Quanzhou has earlier filings (安溪县, held-out 58 and held-out4 110; 德化县 227); Shishi, a public-security unit's
detention house (看守所) and the Fujian 专项资金绩效自评表 with 当年财政拨款 and 上年结转资金 rows are new.
Template kind: the Fujian 专项资金绩效自评表 (the national 2021 自评表 renamed: 专项名称 | 主管部门 | 实施单位 | 项目概况 | 主要成效, 项目资金(万元)
年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率(%) | 得分 over 年度资金总额 / 其中:当年财政拨款 / 其他资金 / 上年结转资金, 年度总体目标 预期目标 |
实际完成情况, then 绩效指标 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 指标分值 | 自评得分 | 偏差原因分析及改进措施).
Layout features: the 年初预算数 (115.00) far above the 全年预算数 (32.00) — the budget cut during the year; 执行率 as a bare "100.00"
under "执行率(%)"; 分值 and 得分 only on the 年度资金总额 row; the actual values without their "%" ("100" against the target "100%"); a
side label 绩效 / 指标 printed on two lines before the indicator header; the unit 万元 only in the caption "项目资金(万元)"; the 项目概况
and 主要成效 rows before the money (the Fujian order).
Truth: one project, name = the 专项名称 cell "基本业务费", budget 32.00 万元 (全年预算数 of 年度资金总额, by the corpus convention for this
form; 115.00 is the 年初预算数), unit from "项目资金(万元)". Two indicators: value = 年度指标值 as written, value_cells.actual = 实际完成值,
weight = 指标分值, score = 自评得分 (the 偏差原因 cell "无偏差" kept in the grid, not scored).
Truncation: the capture stops after the 质量指标 row (管理制度健全性): the rest of the indicator grid (时效/成本, 效益, 满意度 rows, 总分)
and the 自评报告 text are left out of every file; the side label and 产出指标 span only the reproduced rows. The page's index lines (索引号,
发布机构, 公文生成日期, 标题, 发布日期) and "阅读人数:1" are left out.
Reconstruction: the capture prints each row's cells on one line separated by single spaces, an empty cell as one more space
(hence "项目资金(万元)   年初预算数" and the two trailing spaces after the 其中 rows and the 质量指标 row). INFERRED: the nine-column grid
(the indicator header's eight cells and the side label); 项目资金(万元) over the five money rows with an empty cell over two columns in
its caption row (the three spaces) and the money row labels over the same two; the 分值 "10" spanning the four money rows (the 其中,
其他资金 and 上年结转资金 rows print four amounts and then one empty cell: 年初 | 全年预算 | 全年执行 | 执行率 | 得分, nothing under 分值),
the 得分 cells of those rows empty; the spans of the label | value rows (公安局 over three, 石狮市看守所 over four, the texts over eight);
年度总体目标 over its caption row and the goal row, each text over four; the side label "绩效\\n指标" over the header and the two rows;
产出指标 over its two rows (质量指标's row prints no level 1). The double space after 项目概况 and 主要成效 (a leading space in the cell)
is dropped.
""",
))
