# Hand transcription of the HELD-OUT half of gatherL's part of the ninth round of
# real filings (issue 21: the even numbers from 280 on, see testdata/real/_build.py).
# Not for tuning: these filings are scored once, at the end, by the lead.  Every
# string is copied from that folder's restored.txt (the mirror's capture in
# source.txt, restored by testdata/real/_restore.py); nothing is invented; cut-offs,
# inferences and the conversion's choices are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 280
_T280 = "2020年忠烈祠免费开放经费236.25万元部门整体支出绩效自评表"
_U280 = "南岳区民族宗教事务局"
_G280A = "认真完成年度各项工作任务,,做好日常运转经费及临聘人员工资的发放"
_G280B = ("通过文物保护专项经费的支出,,促进文化遗产的保护,,从而有利于当?shù)芈糜螛I(yè)的发展与当?shù)亟?jīng)济结构的调整;"
          "通过文物内含的传统文化,,教育,、影响人民大众,;通过营造的文化氛围,,促进社区文化环境的提升;"
          "最后通过文化景观,、传统建筑的保护达到可持续影响的效益")
_R280 = [  # level1, level2, name, target, actual
    ("产出指标", "数量指标", "管理忠烈祠面积", "=230亩", "=230亩"),
    ("产出指标", "数量指标", "忠烈祠免费开放", "=365天", "=365天"),
    ("产出指标", "数量指标", "聘用讲解员,、综治队员以及物业管理人员", "32人", "32人"),
    ("产出指标", "质量指标", "忠烈祠保护合格率", "=100%", "=100%"),
    ("产出指标", "时效指标", "2020年12月完成", "=95%", "=95%"),
]


def _row280(r):
    return [r[2], r[3], r[4], ""]


FILINGS.append(dict(
    dir="280-hengyang-nanyue-zhonglieci-ziping-2020",
    html_title="2020年忠烈祠免费开放经费236.25万整体支出绩效自评表",
    blocks=[
        ("p", "2020年忠烈祠免费开放经费236.25万整体支出绩效自评表"),
        ("p", "发布时间:2021年02月03日 12:48"),
        ("p", "来源:11"),
        ("p", "作者:"),
        ("table", [
            [C(_T280, cs=7)],
            ["单位名称", C(_U280, cs=2), C("单位负责人及电话", cs=2), C("郭刚毅13975405091", cs=2)],
            ["主管部门", C(_U280, cs=2), C("实施单位", cs=2), C(_U280, cs=2)],
            [C("资金情况(万元)", rs=4), C("", cs=2), "年初预算资金总额:", "实际投入资金额", C("产生差异的原因", cs=2)],
            [C("合计", cs=2), "236", "236", C("", cs=2)],
            [C("其中:财政拨款", cs=2), "236", "236", C("", cs=2)],
            [C("其他资金", cs=2), "", "", C("", cs=2)],
            [C("总体目标", rs=2), C("年度目标", cs=3), C("年度总体目标完成情况", cs=3)],
            [C(_G280A, cs=3), C(_G280B, cs=3)],
            [C("绩效指标", rs=6), "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "产生差异的原因及改进措施"],
            [C("产出指标", rs=5), C("数量指标", rs=3)] + _row280(_R280[0]),
            _row280(_R280[1]),
            _row280(_R280[2]),
            ["质量指标"] + _row280(_R280[3]),
            ["时效指标"] + _row280(_R280[4]),
        ]),
    ],
    truth={"projects": [P(None, None, "236", "万元", [
        I(l1, l2, n, v, actual=a) for l1, l2, n, v, a in _R280])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 南岳区 (Nanyue district, Hengyang, Hunan), district level, 南岳区民族宗教事务局 (the district's ethnic and religious affairs
bureau, also 主管部门 and 实施单位); year 2020 (the title; published 2021-02-03). Captured from fyfantasy.com, a mirror of the district's
finance-bureau pages (its path, nyczj/czysgk/2019njyhndyjs/xcg/mzzjswj, follows the district site's) that prints traditional characters
with a pinyin gloss after some of them ("經(jīng)費", "指標(biāo)"); earlier rounds passed it over (gatherD, gatherG). Nanyue is covered (13, 27,
29 and held-out sets); a memorial hall's free opening (忠烈祠免费开放, heritage) and this bureau are new.
Template kind: the Hunan 部门整体支出绩效自评表 of 2020 used for ONE FUND (the title: 忠烈祠免费开放经费236.25万元): 单位名称 | 单位负责人及电话 /
主管部门 | 实施单位 / 资金情况(万元) 年初预算资金总额: | 实际投入资金额 | 产生差异的原因 over 合计 / 其中:财政拨款 / 其他资金 / 总体目标 年度目标 |
年度总体目标完成情况 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 产生差异的原因及改进措施.
Layout features: the title's amount (236.25) differs from the table's (236); "=" before most targets and actuals ("=230亩", "=365天",
"=100%"), a bare "32人"; the 时效指标 row's name is a date ("2020年12月完成") with "=95%" as its target; stray commas in the cells as
captured (",,", ",、"); the capture's mojibake inside the completion text ("当?shù)芈糜螛I(yè)…", kept as captured: not a scored field);
a title row followed by seven lines holding only "|" (left out: empty rows or covered columns of the page's grid).
Truth: one "project" with NO NAME (null): the form has no 项目名称 cell; its 单位名称 names the bureau and the title names the fund, and
neither is the form's name label. Budget 236 万元 (年初预算资金总额 of 合计; unit from "资金情况(万元)"; the title's 236.25 is not
the table's). FIVE indicators under 产出指标: level2 数量指标 (3), 质量指标, 时效指标; value = 指标值 as written, actual = 全年实际完成值.
Truncation: the capture stops inside the 成本指标 row ("成本指标 | 忠烈祠、博物馆,、大庙运转经", cut in the name, no target): that row and
everything after (效益, 满意度, the rest of the form) are left out; the spans of 绩效指标 and 产出指标 end at the last reproduced row.
Reconstruction: the capture prints each row's cells " | "-separated, a row's covered cells not printed; the 7-column grid follows the
indicator rows (绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 产生差异的原因及改进措施). The spans of the upper rows (the
bureau's name and the person over two columns, 资金情况(万元) over four rows with an empty corner over two columns, the two goal texts over
three) are INFERRED from the cell counts; the empty reason cells are the capture's trailing "| |".
Conversion: every scored string is plain in the capture (亩, 天, 人, %; 南岳 is written with 岳 on the page); OpenCC changed 畝 → 亩,
開放 → 开放, 講解員 → 讲解员, 綜治隊員 → 综治队员, 質量 → 质量, 時效 → 时效, nothing ambiguous (no 干/乾, 于/於, 台/臺, 后/後 in a scored field);
the removed glosses all carried tones (none printed by _restore.py).
""",
))

# ---------------------------------------------------------------- 282
_N282 = "学生资助补助经费(中等职业学校国家助学金和免学费补助资金)"
_G282 = "目标1:中等职业教育各项国家资助政策按规定得到落实; 目标2:教育公平显著提升,满足家庭经济困难学生基本学习生活需求: 目标3:提升中职教育吸引力"
_R282 = [  # level1, level2, name, target
    ("产出指标", "数量指标", "中等职业学校国家助学金应受助学生数", "100%"),
    ("产出指标", "数量指标", "中职免学费应受助学生数", "100%"),
]
FILINGS.append(dict(
    dir="282-shaoguan-lechang-zhongzhi-zizhu-2018",
    html_title="中等职业学校国家助学金和免学费补助资金绩效目标表",
    blocks=[
        ("table", [
            [C("附件1", cs=8)],
            [C("2018年中职学校国家助学金和免学费补助资金安排表", cs=8)],
            [C("单位:元", cs=8)],
            [C("单 位", rs=2), C("全年中央补助资金", rs=2), C("其中:免学费补助", cs=3), C("其中:国家助学金", cs=3)],
            ["小计", "提前下达", "本次下达", "小计", "提前下达", "本次下达"],
            ["乐昌市中等职业技术学校", "7,548,150", "7,074,550", "6,728,925", "345,625", "473,600", "414,400", "59,200"],
        ]),
        ("table", [
            [C("附件2", cs=7)],
            [C("中等职业学校国家助学金和免学费补助资金绩效目标表", cs=7)],
            [C("(2018年度)", cs=7)],
            ["专项名称", C(_N282, cs=6)],
            ["中央主管部门", C("财政部、教育部、人力资源社会保障部", cs=6)],
            ["省级财政部门", C("广东省财政厅", cs=2), "省级主管部门", C("广东省教育厅、广东省人力资源和社会保障厅", cs=3)],
            ["市级财政部门", C("韶关市财政局", cs=2), "市级主管部门", C("韶关市教育局", cs=3)],
            ["县级财政部门", C("县(市、区)财政部门", cs=2), "县级主管部门", C("县(市、区)教育部门", cs=3)],
            [C("资金情况 (万元)", rs=3), "年度金额", C("", cs=5)],
            ["其中:中央资金", C("", cs=5)],
            ["地方资金", C("市:", cs=2), C("县:", cs=3)],
            ["总体目标", C(_G282, cs=6)],
            [C("已实施情况:", cs=7)],
            [C("未实施情况及原因:", cs=7)],
            [C("绩效指标", rs=3), "一级目标", "二级指标", "三级指标", "指标值", "实际完成值", "未达到指标值原因"],
            [C("产出指标", rs=2), C("数量指标", rs=2), _R282[0][2], _R282[0][3], "", ""],
            [_R282[1][2], _R282[1][3], "", ""],
        ]),
    ],
    truth={"projects": [P(_N282, None, None, "万元", [I(l1, l2, n, v) for l1, l2, n, v in _R282])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 乐昌市 (Lechang, Shaoguan, Guangdong), county-level city: 乐昌市中等职业技术学校 receives the money; the notice is the city finance
bureau's (the mirror's path, zdlyxxgk/dzjg/lcsczj/czysjshsgjfgk/czzxxx, follows the Lechang site's: 乐昌市财政局, 财政预算及三公经费公开,
财政专项信息); year 2018 (the titles; "(2018年度)"). Captured from blackcurrantstudio.com, a mirror printing traditional characters with
pinyin glosses after some ("學(xué)校", "目標(biāo)"); earlier rounds passed it over. Guangdong is covered (74, 76, 78, 80 and others; Dongguan,
Zhaoqing, the province); Shaoguan/Lechang and a vocational school's student-aid transfer are new.
Template kind: a finance notice's attachments: 附件1 an allocation table in 元 (单 位 | 全年中央补助资金 | 其中:免学费补助 (小计 | 提前下达 |
本次下达) | 其中:国家助学金 (小计 | 提前下达 | 本次下达)), one school row; 附件2 the Guangdong 中等职业学校国家助学金和免学费补助资金绩效目标表
(2018年度): 专项名称 / 中央主管部门 / 省级, 市级, 县级 财政部门 | 主管部门 / 资金情况 (万元) 年度金额 / 其中:中央资金 / 地方资金 市: | 县: /
总体目标 / 已实施情况: / 未实施情况及原因: / 绩效指标 一级目标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 未达到指标值原因.
Layout features: a money table in 元 with thousands separators before the target table, whose own money cells are EMPTY (年度金额,
其中:中央资金, 市:, 县: hold no amount); the level-1 caption is 一级目标 (not 一级指标); the county row names no county ("县(市、区)财政部门");
a count's target written as a rate ("…应受助学生数 | 100%"); 实际完成值 and 未达到指标值原因 empty (a target table with a self-evaluation's
columns, unfilled).
Truth: one fund 学生资助补助经费(中等职业学校国家助学金和免学费补助资金) (专项名称), budget NULL: the target table's 年度金额 is empty, and
the allocation table's 7,548,150 (元, 全年中央补助资金) is another table's amount, not this form's (money_unit 万元 from "资金情况 (万元)").
TWO indicators under 产出指标 / 数量指标, value = 指标值 ("100%"); no actual (the 实际完成值 cells are empty).
Truncation: the capture stops after the second indicator row's target ("中职免学费应受助学生数 | 100% | |": its empty cells may be cut, the
target is whole); every further row (质量, 时效, 效益, 满意度 …) is left out, and the spans of 绩效指标, 产出指标 and 数量指标 end there.
Reconstruction: the capture prints each row's cells " | "-separated and then a run of "|" for the rest; the two tables' widths (8 and 7
columns) follow the run lengths of their first rows and the allocation row's eight cells (7,074,550 + 473,600 = 7,548,150; 6,728,925 +
345,625 = 7,074,550; 414,400 + 59,200 = 473,600). The spans (单 位 and 全年中央补助资金 over two header rows; the department cells over two
and three columns; 资金情况 (万元) over three rows; 已实施情况: and 未实施情况及原因: over the full width) are INFERRED from the cell
counts; the attachment labels, titles and "单位:元" are kept as full-width rows, as the capture prints them.
Conversion: the scored strings (the two names, "100%", the fund's name) are plain: OpenCC changed 職 → 职, 學 → 学, 數 → 数, 應 → 应,
費 → 费, 資 → 资, 補 → 补, 經 → 经 and the place names 樂昌 → 乐昌, 韶關 → 韶关, 廣東 → 广东 — nothing ambiguous (no 干/乾, 于/於, 台/臺,
后/後, 范/範, 余/餘 in them); the removed glosses all carried tones (none printed by _restore.py).
""",
))
