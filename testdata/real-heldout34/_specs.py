# Hand transcription of the HELD-OUT half of g11h's part of the eleventh round of
# real filings (issue 21: the even numbers from 480 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 480
_R480 = [  # level1, level2, name, target
    ("项目完成", "数量指标", "临聘统计员聘请数量", "=5人"),
    ("项目完成", "质量指标", "临聘统计员工资发放准确率", "=100%"),
    ("项目完成", "时效指标", "临聘统计员工资发放及时", "=100%"),
    ("项目完成", "成本指标", "临聘统计员经费项目成本预算数", "=20万元"),
    ("项目效益", "社会效益指标", "临聘统计员薪资应发尽发率", "=100%"),
]
_S480 = "临聘统计员统计工作管理机制健全性"
_P480 = [
    "二、评价工作开展情况",
    "  ()评价组织情况",
    "本项目评价工作由流通产业发展股通过相关数据核实,并结合评价指标,对项目整体实施情况、实施结果、项目资金支出等情况进行评价。",
    "()评价指标体系",
    "本次项目支出绩效评价,按照《大英县财政局关于开展2022年部门、项目支出绩效自评工作的通知》(大财发〔202392)中的2022年县级项目支出绩效评价指标体系进行。",
    "()评价方法及标准",
    "通过对局内人员口头调研、核对财务账目等方式,对资金使用进行评价。本次绩效评价采用百分制,各级指标依据其指标权重确定分值,最终得分由各级评价指标得分加总形成。根据最终得分将评价标准分为四个等级:(得分≥90);(80s得分<90);(60≤得分<80);(得分<60)",
    "三、综合评价结论",
]
FILINGS.append(dict(
    dir="480-suining-daying-shangwu-linpin-tongjiyuan-2022",
    html_title="2022年度四川省遂宁市大英县商务和经济合作局部门决算",
    blocks=[
        ("p", "2022年度四川省遂宁市大英县商务和经济合作局部门决算"),
        ("p", "2023-9-2 15:33| 发布者: 大英县人民政府| 查看: 410| 评论: 0|来自: 大英县商务和经济合作局"),
        ("table", [
            [C("绩效\n指标", rs=8), "一级指标", "二级指标", "三级指标", "指标值包含数字及文字描述"],
            [C("项目完成", rs=4)] + list(_R480[0][1:]),
            list(_R480[1][1:]),
            list(_R480[2][1:]),
            list(_R480[3][1:]),
            [C("项目效益", rs=2)] + list(_R480[4][1:]),
            ["可持续影响指标", _S480, ""],
            ["满意度指标", "满意度指标", "临聘统计员宣传对象满意度", "≥98%"],
        ]),
    ] + [("p", t) for t in _P480],
    truth={"projects": [P(None, None, None, None,
                          [I(*r) for r in _R480] + [I("满意度指标", "满意度指标", "临聘统计员宣传对象满意度", "≥98%")])]},
    notes="""
Place: 大英县 (Daying county, Suining, Sichuan), county level: 大英县商务和经济合作局 (the county commerce and economic-cooperation
bureau), from the page's title "2022年度四川省遂宁市大英县商务和经济合作局部门决算" and "来自: 大英县商务和经济合作局"; year 2022 (the
决算 year; the text cites the county's notice on the 2022 self-evaluations). Page 22 of the article on the county media centre's site
(dyrmt.com, article 132799), which publishes Daying's 决算 books a table or a few paragraphs a page. A plain simplified page,
transcribed from source.txt. Daying is well covered (39, 99, 103, 205, 243; held-out 88, 106, 178); the commerce bureau and its
project (contract statisticians' pay: 临聘统计员) are new.
Template kind: the 绩效目标 grid inside a 项目支出绩效评价报告 (section 一 of the Daying 2022 project self-evaluation report, before
"二、评价工作开展情况"): a side label 绩效 / 指标 over 一级指标 | 二级指标 | 三级指标 | 指标值包含数字及文字描述 (the target column's caption is
the form's instruction "the value, with numbers and words"). No actual, weight or score columns: a target table, not the scored grid.
Layout features: A HEADLESS PAGE — the capture starts at the side label (no project name, no money, no goal above it on this page);
every cell printed as its own paragraph (blank lines between), empty cells dropped; level-1 words 项目完成 and 项目效益 (not 产出指标 /
效益指标) and 满意度指标 repeated as level 1 and level 2; targets with the comparator glued ("=5人", "=100%", "=20万元", "≥98%"); a
cost row naming the project's budget as a target (临聘统计员经费项目成本预算数 =20万元); a row whose target is missing (see Truth);
the report's prose after the grid (its section heads lost their numbers: "()评价组织情况").
Truth: one project with NO NAME AND NO BUDGET (the report's cover, 项目概况 and money lie on earlier pages; "三、综合评价结论" is cut at
"商务经合临聘统", so the project's full name is not captured; 20万元 is a cost TARGET, not a budget line). Six indicators, value = the
target cell as written (the comparator glued, no split columns). The 可持续影响指标 row "临聘统计员统计工作管理机制健全性" has no target in
the capture (the next paragraph is the 满意度指标 row's level 1): it is reproduced with an EMPTY target cell and is not an indicator
(INFERRED: the page drops empty cells, so the cell was empty or blank).
Truncation: the capture ends inside "三、综合评价结论" ("商务经合临聘统", cut): that cut paragraph and the rest of the report are left out of
every file. Left out above the table: the site's search box and slogan lines ("搜索", "真正让“遂宁效率”成为“遂宁品牌”") and the 摘要 line
(a JSON blob naming the attached 2022年县商务经合局部门决算公开表.xls).
Reconstruction: every cell a paragraph, so the grid is INFERRED in the form's shape: five columns (side label, three levels, target);
"绩效" and "指标" as one side-label cell with a line break spanning the header and the seven rows; 项目完成 over the four output rows,
项目效益 over the two benefit rows; 满意度指标 printed twice (level 1 and level 2 cells of its row).
""",
))
