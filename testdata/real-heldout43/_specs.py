# Hand transcription of the HELD-OUT half of g12f's part of the twelfth round of
# real filings (issue 21: the even numbers from 570 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402,F401

FILINGS = []

# ---------------------------------------------------------------- 570
_F570 = ("承办市委保密委员会的日常工作,主管本行政区域保密工作;贯彻上级有关保密工作的方针政策和工作部署,制定全市保密工作计划并组织实施;"
         "组织开展保密工作检查,查处重大泄密事件并对已泄露秘密采取补救措施;组织保密宣传教育和保密理论研讨,指导全市保密工作队伍建设,"
         "开展保密业务知识培训;贯彻落实涉密人员管理相关政策法规和保密要害部门部位管理规定;制定保密技术发展规划并组织实施,组织保密技术产品的"
         "开发、研制、推广和应用;对涉密通信、办公自动化和计算机信息系统等设备进行保密技术检查;负责对市直涉密信息系统的审批和年审,负责计算机"
         "网络信息安全管理的保密工作;负责指导、监督全市涉密和内部资料的销毁处理;监督指导国家统一考试保密工作;对党政要害部门与重点部位的环境和"
         "办公设施进行保密检查;承办市委、市政府和市委保密委员会交办的其他工作。")
FILINGS.append(dict(
    dir="570-yueyang-baomiban-zhengti-ziping-2021",
    html_title="岳阳市委保密办2021年度部门整体支出绩效评价自评报告",
    blocks=[
        ("p", "岳阳市委保密办2021年度部门整体支出绩效评价自评报告"),
        ("p", "来源:市财政局办公室2022-09-16 17:33"),
        ("p", "岳阳市2021年度部门整体支出"),
        ("p", "绩效评价自评报告"),
        ("p", "部门(单位)名称:    中共岳阳市委保密委员会办公室"),
        ("p", "预 算 编 码:          212001"),
        ("p", "评价方式:部门(单位)绩效自评"),
        ("p", "评价机构:部门(单位)评价组"),
        ("p", "报告日期:2022年6月20日"),
        ("p", "岳阳市财政局(制)"),
        ("table", [
            [C("一、部门(单位)基本概况", cs=4)],
            ["联系人", "易杨", "联络电话", "8889003"],
            ["人员编制", "14", "实有人数", "14"],
            ["职能职责概述", C(_F570, cs=3)],
        ]),
    ],
    truth={"projects": [P("中共岳阳市委保密委员会办公室", None, None, None, [])]},
    notes="""
Place: 岳阳市 (Yueyang, HUNAN), city level: 中共岳阳市委保密委员会办公室 (the city party committee's secrecy office, 市委保密办, a party organ;
预 算 编 码 212001); year 2021 (the title's 2021年度, the report dated 2022年6月20日, posted 2022-09-16 by 市财政局办公室 on the city site,
yueyang.gov.cn). A plain simplified page, transcribed from source.txt. Yueyang is covered (the city's districts and counties: 12, 169,
181, 220/221, held-out26 400 and 402 and others); a secrecy office (保密办, a party organ) is new (grep of 保密委员会办公室, 保密办 and 212001
in testdata/real*: none; the address was not in claimed-urls.txt).
Template kind: the Hunan 部门(单位)整体支出绩效评价自评报告 of the city (岳阳市财政局(制); the shape of 181 and held-out26 402, the county form
附件1-1): a cover of label lines (部门(单位)名称, 预算编码, 评价方式, 评价机构, 报告日期, the maker line), then 一、部门(单位)基本概况
(联系人 | 联络电话, 人员编制 | 实有人数, 职能职责概述, 年度主要工作内容 …, cut).
Layout features: the department's NAME ONLY ON THE COVER, in a label line with a full-width colon and a run of spaces before the value
("部门(单位)名称:    中共岳阳市委保密委员会办公室"); the budget code's label spaced out character by character ("预 算 编 码:") with a
run of spaces before 212001 (a code, not money); the report's title split over two lines ("岳阳市2021年度部门整体支出" / "绩效评价自评报告");
the page title abbreviates the unit (市委保密办) while the cover spells it out; the staffing numbers 14 | 14 are head counts, not money;
NO MONEY anywhere in the capture.
Truth: one department 中共岳阳市委保密委员会办公室 (the cover's 部门(单位)名称, as written), budget null and unit null: the capture stops
before the report's money table (二、部门(单位)收支情况 on the form), so the filing as built names no total. No indicators.
Truncation: the capture stops inside the 年度主要工作内容 row ("…狠抓宣传教育、监督检", cut); that row and the rest of the report are left
out of every file. The page's "浏览量:1|| | ||" counter line and the blank lines of single spaces are left out; trailing spaces after the
cover values are dropped.
Reconstruction: the capture prints EVERY CELL AS A PARAGRAPH; the grid is rebuilt with 4 columns (label | value | label | value, as the
contact and staffing rows print), the section heading over the width and the 职能职责概述 value over three columns (INFERRED, as in 181 and
held-out26 402).
""",
))
