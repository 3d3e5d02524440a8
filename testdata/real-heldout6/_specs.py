# Hand transcription of the HELD-OUT half of the sixth round of real filings
# (issue 21: the even numbers from 150 on, see testdata/real/_build.py).  Not for
# tuning: these filings are scored once, at the end, by the lead.  Every string
# is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 150
_D150 = "重庆市巴南区人民政府一品街道办事处"
_G150 = ("2022年街道预算收支平衡;保障街道机关事业在编人员工资福利支出、退休人员的医保、健康休养费及节日慰问支出等待遇、保障临聘人员劳务工资补助;"
         "保障各村居人员、办公、党建等经费支出,切实加强基层组织建设;保障辖区民政优抚对象救济补助、特困人员救助供养补助,有效改善受助对象生活水平;"
         "对村居开展安全巡逻,有效保障辖区社会秩序安全稳定;对场镇环境进行清扫保洁、绿化养护、市政设施维修,保障场镇干净卫生;"
         "对辖区125公里农村公路开展养护维修;保障春秋季强制免疫、免疫密度100%、免疫有效抗体70%以上;促进一品街道经济社会健康有序发展。")
_R150 = [  # name, weight, unit, op, value
    ("预算执行率", "10", "%", "=", "100"),
    ("预决算及时编制率", "10", "%", "=", "100"),
    ("政府预决算公开率(除涉密信息外)", "10", "%", "=", "100"),
    ("基层组织建设办公阵地和干部人才保障有效性", "10", "", "", "有效保障"),
    ("民政优抚及特困受助对象生活水平改善情况", "10", "", "", "有效改善"),
    ("民政优抚及特困补助发放及时率", "10", "%", "=", "100"),
    ("农村公路养护里程", "10", "公里", "=", "125"),
    ("开展各种文艺活动场次", "10", "", "", "20"),
    ("森林受灾率", "10", "%", "", "1"),
    ("饲养动物免疫率", "5", "%", "=", "100"),
    ("服务对象满意度", "5", "%", "", "95"),
]
FILINGS.append(dict(
    dir="150-chongqing-banan-yipin-zhengti-2022",
    html_title="巴南区一品街道2022年预算整体绩效和部分重点项目绩效公开",
    blocks=[
        ("p", "巴南区一品街道2022年预算整体绩效和部分重点项目绩效公开"),
        ("p", "2022年部门(单位)整体绩效目标表"),
        ("p", "单位:万元"),
        ("table", [
            ["部门(单位)名称", C(_D150, cs=2), C("区级支出预算总量", cs=2), "3724.39"],
            ["当年整体绩效目标", C(_G150, cs=5)],
            [C("绩效指标", rs=len(_R150) + 1), "指标名称", "指标权重", "计量单位", "指标性质", "指标值"],
        ] + [list(r) for r in _R150]),
        ("p", "2022年区级一般性项目绩效目标表"),
        ("p", "单位:万元"),
        ("p", "单位信息:917001-重庆市巴南区人民政府一品街道办事处(本级)"),
    ],
    truth={"projects": [P(_D150, None, "3724.39", "万元", [
        I(None, None, n, op + v + u, op=op, value=v, unit=u, weight=w) for n, w, u, op, v in _R150])]},
    notes="""
Place: 一品街道 (Yipin subdistrict, Banan district, Chongqing), subdistrict (街道) level, 重庆市巴南区人民政府一品街道办事处; year 2022
(published 2022-01-30). Chongqing is covered (17, 19, 31 — a Banan town's per-project tables —, 59, 89, 101); a subdistrict's
DEPARTMENT-WIDE target table is new.
Template kind: the Chongqing district 部门(单位)整体绩效目标表 ("单位:万元" above it): 部门(单位)名称 | name | 区级支出预算总量 | amount /
当年整体绩效目标 / 绩效指标 指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值 — a FLAT LIST with no level columns, weight and unit before
the comparator and the number (the family of 101, here for a whole department).
Layout features: the budget is labelled 区级支出预算总量 (no 年度资金总额, no 预算); qualitative targets with no unit and no comparator
("有效保障", "有效改善"); rows whose comparator cell is EMPTY though the value is a number ("森林受灾率 | 10 | % | | 1" — a rate that
should be a ceiling —, "服务对象满意度 | 5 | % | | 95", "开展各种文艺活动场次 | 10 | | | 20"); weights 10 and 5 (they sum to 100); a
long goal paragraph with its own numbers (125公里, 100%, 70%); the page goes on to a 区级一般性项目绩效目标表 that is cut.
Truth: one department 重庆市巴南区人民政府一品街道办事处 (部门(单位)名称), budget 3724.39 万元 (区级支出预算总量; unit from "单位:万元"
above the table), eleven indicators with no levels (level1/level2 null: the form has none). value = comparator + number + unit
(only a real comparator), the raw cells and the weight (指标权重) in value_cells.
Truncation: the second table (区级一般性项目绩效目标表) is cut after its "单位信息:" line; it is kept as paragraphs and holds no project.
Reconstruction: the capture LOST EVERY SEPARATOR inside a row (one row a line). Rows are split by the header's column order
(指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值): "预算执行率10%=100" is 预算执行率 | 10 | % | = | 100. The weights are read as 10 for
the first nine rows and 5 for the last two because the weights must sum to 100 (9 × 10 + 2 × 5); hence "开展各种文艺活动场次1020" is
weight 10 and value 20 with empty unit and comparator, "森林受灾率10%1" is 10 | % | (empty) | 1 and "服务对象满意度5%95" is 5 | % |
(empty) | 95 — an INFERENCE (a lost ≤ or ≥ cannot be ruled out; the capture shows none). The first row's four cells over the six
columns, and the span of 绩效指标 over the indicator rows, are inferred. The page's breadcrumb and metadata lines (索引号, 发布机构,
dates) are left out; the page title, the table title and "单位:万元" are kept as paragraphs.
""",
))
