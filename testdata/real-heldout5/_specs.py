# Hand transcription of the HELD-OUT half of the sixth round of real filings
# (issue 21: the even numbers from 118 on, see testdata/real/_build.py).  Not for
# tuning: these filings are scored once, at the end, by the lead.  Every string
# is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 118
_PLAN118 = [("1、应急物质储备及防疫物质采购", "2017.01", "2017.03"), ("2、流行病不 [ 这调查监测", "2017.01", "2017.12"),
            ("3、免疫抗体效果评估", "2017.03", "2017.05"), ("4、动物卫生监督执法", "2017.03", "2017.05"),
            ("5、强制扑杀和免疫副反应补助", "2017.11", "2017.12")]
FILINGS.append(dict(
    dir="118-chenzhou-yongxing-dongwu-fangyi-2017",
    html_title="专项资金绩效目标表",
    blocks=[
        ("p", "专项资金绩效目标表"),
        ("p", "(2017 年度)"),
        ("p", "填报单位(盖章):永兴县畜牧兽医水产局"),
        ("table", [
            ["专项名称", C("重大动物疫病防控", cs=2), "专项属性", C("延续专项√新增专项□", cs=2)],
            ["部门名称", C("县动物卫生监督所", cs=2), "资金总额(万元)", C("50", cs=2)],
            ["部门相应职能职责概述", C("重大动物防控工作、强制扑杀和免疫副反应补助、疫苗和防疫物质储备、监测、检测经费及监督执法等。", cs=5)],
            ["专项立项依据", C("《中华人民共和国动物防疫法》、《重大动物疫情应急条例》、《郴州市重大动物疫病防控工作目标管理责任状》", cs=5)],
            [C("专项实施进度计划", rs=6), C("专项实施内容", cs=3), "计划开始时间", "计划完成时间"],
        ] + [[C(t, cs=3), a, b] for t, a, b in _PLAN118] + [
            ["专项长期绩效目标", C("通过项目的实施在 2020 年前,生猪、羊、牛、家禽死亡率分别制在4%、3%、2%、8%以下。", cs=5)],
            ["专项年度绩效目标", C("加强对动物免疫接种、检疫、扑杀等手段和措施,有效控制疫病的发生和流行,将猪、牛、羊、家禽死亡率分别控制在现的基础上"
                           "下降0.5 、 0.1 、0.5 、和 0.1 个个百分点。", cs=5)],
            [C("专项年度绩效指标", rs=2), "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            ["产出指标", "数量指标", "各种强制免率、屠宰率及检疫率", "100%", ""],
        ]),
    ],
    truth={"projects": [P("重大动物疫病防控", None, "50", "万元", [
        I("产出指标", "数量指标", "各种强制免率、屠宰率及检疫率", "100%")])]},
    notes="""
Place: 永兴县 (Yongxing county, Chenzhou, Hunan), county level, 永兴县畜牧兽医水产局 (填报单位) for 县动物卫生监督所 (部门名称); year 2017
("(2017 年度)", plan dates 2017.01–2017.12). Hunan is covered; Chenzhou, this county, the animal-disease fund and the year's Hunan
专项 form are new. Captured from a document-sharing site (360docs.net) that shows the .doc's text as extracted from a PDF rendering.
Template kind: the Hunan 2017 专项资金绩效目标表: 填报单位(盖章) / 专项名称 | 专项属性 (延续专项√新增专项□) / 部门名称 | 资金总额(万元) /
部门相应职能职责概述 / 专项立项依据 / 专项实施进度计划 (专项实施内容 | 计划开始时间 | 计划完成时间) / 专项长期绩效目标 / 专项年度绩效目标 /
专项年度绩效指标 一级指标 | 二级指标 | 指标内容 | 指标值 | 备注.
Layout features: the TEXT LAYER RUNS LABELS FIRST: all row labels of the form (专项名称 … 一级指标) come before their values, and the
vertical labels of the indicator block ("专项年度绩效指标", "产出指标") are interleaved character by character ("产 / 绩效出 / 指 /
指标标"); the budget total is written in the label cell's neighbour with the unit in the label ("资金总额(万元)50"); an indicator name
wrapped around its value ("各种强制免率、屠宰率" / "100%" / "及检疫率"); OCR-like slips kept as written ("各种强制免率" for 强制免疫率,
"流行病不 [ 这调查监测" for 流行病学调查监测, "控制在现的基础上", "个个百分点"); a check mark glued to the option ("延续专项√").
Truth: one fund 重大动物疫病防控 (专项名称), budget 50 万元 (资金总额(万元)). One indicator: 产出指标 / 数量指标 / 各种强制免率、屠宰率及检疫率
/ 100% (指标内容 joined over the wrap around its value).
Truncation: the capture stops in the 质量指标 row, whose cells come scrambled and cut ("免疫效果好;检疫符合" / "提高成活率;让肉" /
"质量指标产品质量得到保" / "操"); that row and the rest are left out. Whether "免疫效果好;检疫符合…" is the 数量 row's 备注 or the next
row's 指标内容 cannot be told; the 数量 row's 备注 is rendered empty.
Reconstruction: labels and values are paired in order; the 6-column grid, the spans, and which of the two goal sentences is the long-term
goal ("通过项目的实施在 2020 年前…", naming 2020) and which the annual goal ("加强对动物免疫接种…") are inferred; the plan rows are
joined over their line breaks ("1、应急物质储备及防" + "疫物质采购"); the site's download notes and the file name are left out.
""",
))

# ---------------------------------------------------------------- 120
_U120 = "207101天津市河北区人民法院"
_R120A = [  # l1, l2, name, description, value
    ("产出指标", "数量指标", "维修面积", "维修面积", "≥400平方米"),
    ("产出指标", "质量指标", "验收合格率", "验收合格率", "≥98百分比"),
    ("产出指标", "时效指标", "资金支付及时率", "资金支付及时率", "100百分比"),
    ("产出指标", "成本指标", "项目成本", "项目成本", "20万元"),
    ("效益指标", "可持续影响指标", "消除安全隐患", "消除安全隐患", "持续影响"),
    ("满意度指标", "服务对象满意度指标", "干警满意度", "干警满意度", "≥95百分比"),
]
_R120B = [
    ("产出指标", "数量指标", "聘用调解员人数", "聘用调解员人数", "1人"),
    ("产出指标", "数量指标", "陪审员参审案件数量", "陪审员参审案件数量", "≥900件"),
    ("产出指标", "质量指标", "案件调解率", "案件调解率", "≥90百分比"),
    ("产出指标", "时效指标", "补助发放及时率", "补助发放及时率", "100百分比"),
    ("产出指标", "成本指标", "参审案件补助", "参审案件补助", "100元"),
]


def _table120(name, amount, use, goal, rows):
    out = [
        [C(_U120, cs=5), C("单位:万元", cs=2)],
        ["项目名称", C(name, cs=6)],
        [C("预算规模及资金用途", rs=2), "预算数", amount, "其中:财政 资金", amount, "其他资金", ""],
        [C(use, cs=6)],
        ["绩效目标", C(goal, cs=6)],
        ["一级指标", "二级指标", "三级指标", "绩效指标描述", C("指标值", cs=3)],
    ]
    n1 = sum(1 for r in rows if r[0] == "产出指标")
    for i, (l1, l2, n, d, v) in enumerate(rows):
        cells = []
        if l1 != "产出指标":
            cells.append(l1)
        elif i == 0:
            cells.append(C(l1, rs=n1))
        out.append(cells + [l2, n, d, C(v, cs=3)])
    return out


FILINGS.append(dict(
    dir="120-tianjin-hebei-fayuan-2023",
    html_title="天津市河北区人民法院项目支出绩效目标表(2023年)",
    blocks=[
        ("p", "天津市河北区人民法院"),
        ("p", "项目支出绩效目标表"),
        ("p", "(2023年)"),
        ("p", "3.法院办案业务、业务装备及审判辅助事务外包-2023中央绩效目标表"),
        ("table", _table120("安全隐患维修", "20.00", "用于维修审判楼玻璃幕墙等",
                            "1.维修审判大楼玻璃幕墙等,消除外延脱落安全隐患。", _R120A)),
        ("table", _table120("办案业务费(陪审员及互联网专线)", "24.00", "用于陪审员参审补助支出及互联网直播支出",
                            "1.通过陪审员及调解员参与案件审判调解工作,以及互联网直播方式,提高审判效率,充分化解矛盾纠纷,实现公平正义",
                            _R120B)),
    ],
    truth={"projects": [
        P("安全隐患维修", None, "20.00", "万元", [I(l1, l2, n, v, description=d) for l1, l2, n, d, v in _R120A]),
        P("办案业务费(陪审员及互联网专线)", None, "24.00", "万元",
          [I(l1, l2, n, v, description=d) for l1, l2, n, d, v in _R120B]),
    ]},
    notes="""
Place: 天津市河北区 (Hebei district, Tianjin), district level, 天津市河北区人民法院 (a district court, budget code 207101); year 2023
("(2023年)"). Tianjin is covered (03 宝坻区, 25 宁河区); this district, a court and the year are new. Published on the court's site.
Template kind: the Tianjin district 项目支出绩效目标表, one small table per project: unit | 单位:万元 / 项目名称 / 预算规模及资金用途 预算数 |
amount | 其中:财政资金 | amount | 其他资金 | (empty), with the use of the money on the next row / 绩效目标 / 一级指标 | 二级指标 | 三级指标 |
绩效指标描述 | 指标值. The page's heading names the group: "3.法院办案业务、业务装备及审判辅助事务外包-2023中央绩效目标表".
Layout features: a description column that repeats the indicator name word for word; percentages written "≥98百分比" and
"100百分比" (the word 百分比 as the unit); level-2 "数量指标" written again (not merged) on the second 数量 row of the second project;
the money label spanning two rows (amounts, then the use in words); the budget code glued to the unit's name
("207101天津市河北区人民法院"); "20万元" and "100元" cost targets; "持续影响" as a target.
Truth: two projects, each with its 项目名称 and 预算数 (20.00 and 24.00 万元; unit from "单位:万元"). value = 指标值 as written;
value_cells.description = 绩效指标描述.
Truncation: the capture stops at the second project's 效益 row ("效益指标 | ", cut); it and the rest (further projects of the page) are
left out; the second project's 产出 span ends at its last reproduced row.
Reconstruction: the capture prints one table row a line, cells separated by " | ", with a run of "|" for the cells a row does not
start. The money rows count seven columns, while the 绩效目标 row shows two cells and the indicator rows five with no run of "|"
(the page's rows are irregular); the grid is taken as seven columns, with 指标值 spanning the last three and the goal text the last six
(inferred). The unit | 单位:万元 split (5 + 2 columns) and the empty 其他资金 amount are inferred; the two projects are rendered as two
tables, each starting at its unit row.
""",
))

# ---------------------------------------------------------------- 122
_R122 = [  # type (level 1), name (指标名称 as written), value, description
    ("产出指标", "数量指标", "375万平方米", "完成全市375万平方米的绿地养护、维护等"),
    ("产出指标", "质量指标", "100%", "达到绿化绿地全覆盖"),
    ("产出指标", "时效指标", "全年", "全年"),
    ("效益指标", "社会效益指标", "是", "满足市民生存环境的需求"),
    ("效益指标", "生态效益指标", "是", "改善城市生态环境,保持生态平衡、保护自然环境"),
    ("效益指标", "可持续性发展影响指标", "是", "保障绿化养护的稳定正常运行,促进城市园林绿化事业的发展,形成绿化系统"),
    ("满意度指标", "服务对象或受益者满意度指标", "≥95%", "服务对象对于绿化的养护及配套设施的维护满意率应该在95%以上"),
]
_G122 = []
for _i, (_t, _n, _v, _d) in enumerate(_R122):
    _row = []
    if _i in (0, 3):
        _row.append(C(_t, rs=3))
    elif _t == "满意度指标":
        _row.append(_t)
    _G122.append(_row + [_n, _v, _d])
FILINGS.append(dict(
    dir="122-taizhou-linhai-lvhua-yanghu-2024",
    html_title="临海市绿化养护经费项目绩效目标",
    blocks=[
        ("table", [
            ["项目名称:", "绿化养护经费", "项目编号:", ""],
            ["项目联系人:", "汤义青", "联系电话:", "13867656030"],
            ["对应一级项目", "城市基础设施配套费", "项目功能科目", "其他城市基础设施配套费安排的支出"],
            ["项目类型:", C("其他运转类: □专项运转类□信息化维护类 特定目标类:□重大活动类 □基建类 □信息网络购建类 □发展建设类", cs=3)],
            ["项目属性:", "新增□ 延续□ 往年备选□", "重要程度:", "重要工作□ 一般工作□"],
            ["项目口径:", "经常性□ 阶段性□ 一次性□", "项目期限:", "全年"],
            [C("项目主要内容、立项依据", rs=2), "立项依据", C("根据历年支出情况及养护外包投标情况", cs=2)],
            ["主要内容", C("市区绿化分成六个标段承包,绿地性质有道路、广场、公园、河道等", cs=2)],
            ["项目实施计划", C("绿化养护及配套设施设立、维修等", cs=3)],
            ["项目绩效目标", "绩效目标 总体描述",
             C("完成我市建成区的绿化养护工作,改善了城市生态环境,提升城市品位,提高人民群众满意度,保障绿化养护的稳定正常运行,促进城市园林绿化事业的发展。", cs=2)],
            ["指标类型", "指标名称", "指标值", "指标描述"],
        ] + _G122),
    ],
    truth={"projects": [P("绿化养护经费", None, None, None, [
        I(t, None, n, v, description=d) for t, n, v, d in _R122])]},
    notes="""
Place: 临海市 (Linhai, Taizhou, ZHEJIANG), county-level city, the city's greening budget (项目联系人 汤义青); published 2024-06-07 on the
city government's site (the project year is not printed in the capture; 2024 is the publication year). Zhejiang is NEW to the corpus
(no filing of the province before).
Template kind: a Zhejiang project-library (项目库) declaration form: 项目名称 | 项目编号 / 项目联系人 | 联系电话 / 对应一级项目 | 项目功能科目 /
项目类型 (其他运转类 / 特定目标类 check boxes) / 项目属性 | 重要程度 / 项目口径 | 项目期限 / 项目主要内容、立项依据 (立项依据, 主要内容) /
项目实施计划 / 项目绩效目标 (绩效目标总体描述) / 指标类型 | 指标名称 | 指标值 | 指标描述 / 最近年度绩效评价情况.
Layout features: NO NAMES OF ITS OWN IN THE INDICATOR ROWS: the column captioned 指标名称 holds the level-2 words of the national
taxonomy ("数量指标", "质量指标", …, "服务对象或受益者满意度指标", "可持续性发展影响指标") and the 指标类型 column the level-1 words, so each
row is a level-2 slot with its target and a description; targets "是" (yes) for the 效益 rows, "全年", "375万平方米", "100%", "≥95%";
labels ending in a colon ("项目名称:", "项目期限:"); every check box empty (□); NO AMOUNT anywhere in the capture (the form has no
money row before the indicators).
Truth: one project 绿化养护经费 (项目名称); budget and money unit NULL (none in the capture). Seven indicators: level1 = 指标类型, level2
null, name = the 指标名称 cell AS WRITTEN (a level-2 word — the form has no other name), value = 指标值, value_cells.description =
指标描述.
Truncation: the capture stops in the 最近年度绩效评价情况 row ("附上一年度评价报告列示的主要问题 (项目库里直接录", cut); it and the rest are left out.
Reconstruction: the capture prints one table row a line, cells separated by " | ", and a lone "|" line after the first row (the empty
项目编号 value is taken as an empty cell); the 4-column grid is the widest row's; the spans of 项目类型's and the text rows' values, the
two rows under 项目主要内容、立项依据 and the level-1 spans (产出 over three rows, 效益 over three) are inferred from the missing cells.
""",
))

# ---------------------------------------------------------------- 124
_U124 = "重庆市江津区鼎山街道办事处"
_O124 = ("本项目主要用于主要用于维护老集镇1个,标准5万元/年;背街小巷市政设施维护80万元;黄桷树长廊占地补偿1908株、单价37元/株,补上年未纳入预算"
         "38.01万元;环卫清扫保洁(一级)1344993㎡、单价10元/㎡,环卫清扫保洁(二级)367493㎡、单价7元/㎡;公厕34座,标准6.2万元/座;桥梁路面清扫保洁"
         "(1804㎡*7元/㎡=1.27万元),路面巡查维护(1804㎡*100元/㎡=18.04万元),护栏刷漆(440米*30元/米=1.32万元),护栏更换维修按护栏总量10%"
         "(44米*300元/米=1.32万元),从2020年1月起管护;应配备临时队员49人,按区财政局50000元/人.年预算标准计算;市政执法车辆2台,按5.50万元/辆.年"
         "计算。共计22430200元。")
_G124 = ("完成1个老集镇的维护,完成1908株黄桷树长廊占地补偿的发放,完成1712486㎡面积的清扫保洁,完成背街小巷166315㎡面积的管护,完成34座公厕的"
         "运行维护,完成3座桥梁的维护,完成背街小巷市政设施的维护,配备临时市政执法队员49人,保障2辆执法车辆的正常运维,弥补上年预算差额。")
FILINGS.append(dict(
    dir="124-chongqing-jiangjin-dingshan-shizheng-2021",
    html_title="重庆市江津区鼎山街道办事处2021年重点项目绩效目标表",
    blocks=[
        ("p", "重庆市江津区鼎山街道办事处2021年重点项目绩效目标表"),
        ("p", "发布日期:2021-09-15 17:23:44"),
        ("table", [
            ["预算单位", _U124, "项目主管部门", _U124, "项目名称", "市政日常维护经费"],
            ["项目预计开始时间", "1/1/2021", "预计完成时间", "12/31/2021", "项目申报金额\n(万元)", "2243.02"],
            ["项目属性", "延续项目", "分类", "常年性支出", "分类", "重点专项"],
            ["政策依据", C("江津府发【2016】40号", cs=5)],
            [C("项目理由", rs=2), "项目概况", C(_O124, cs=4)],
            ["项目支出明细", C("维修(护)费19980200元;委托业务费2450000元", cs=4)],
            ["项目\n实施进度计划", C("2021年12月31日前完成", cs=5)],
            ["项目中期规划绩效目标", C("", cs=5)],
            ["项目当年绩效目标", C(_G124, cs=5)],
        ]),
    ],
    truth={"projects": [P("市政日常维护经费", None, "2243.02", "万元", [])]},
    notes="""
Place: 鼎山街道 (Dingshan subdistrict, Jiangjin district, Chongqing), subdistrict level, 重庆市江津区鼎山街道办事处 (预算单位 and 项目主管部门);
year 2021 ("2021年重点项目绩效目标表", published 2021-09-15 under 决算公开). Chongqing is covered; Jiangjin, a subdistrict's key-project table and
this form are new.
Template kind: the Jiangjin 重点项目绩效目标表: 预算单位 | 项目主管部门 | 项目名称 / 项目预计开始时间 | 预计完成时间 | 项目申报金额(万元) /
项目属性 | 分类 | 分类 / 政策依据 / 项目理由 (项目概况, 项目支出明细) / 项目实施进度计划 / 项目中期规划绩效目标 / 项目当年绩效目标 / 绩效指标
(beyond the capture).
Layout features: THE BUDGET IS LABELLED 项目申报金额 (万元) ("the amount applied for"), with no 资金总额 row; the costing in prose inside the
overview cell, in 元 ("共计22430200元", equal to 2243.02 万元) and again as 项目支出明细 in 元 (19980200 + 2450000); US-style dates
("1/1/2021", "12/31/2021"); the department named twice (预算单位 and 项目主管部门); an empty 项目中期规划绩效目标.
Truth: one project 市政日常维护经费 (项目名称), budget 2243.02 万元 (项目申报金额, unit "(万元)" in its label). No indicators: the capture ends
at the indicator caption.
Truncation: the capture stops at "绩效指标指标" (the indicator block's caption, cut); it and the rest are left out.
Reconstruction: the capture lost the cell separators inside rows (one table row a line, cells glued: "预算单位重庆市江津区…项目主管部门…项目名称
市政日常维护经费"); cells are split at the form's labels. "项目属性延续项目分类常年性支出分类重点专项" is read 项目属性 | 延续项目 | 分类 |
常年性支出 | 分类 | 重点专项 (whether the first 分类 belongs to 项目分类 — "延续 | 项目分类" — cannot be told); the label "项目 / 实施进度计划" and
"项目申报金额 / (万元)" keep their line breaks; the 6-column grid, the spans and the two rows under 项目理由 are inferred. The page's navigation
lines are left out.
""",
))

# ---------------------------------------------------------------- 126
_R126 = [  # name, target, actual, weight, score
    ("指标1:禁毒舞台剧宣传的场次", "≥1场", "1场", "12", "12"),
    ("指标2:毛发检查试剂数量", "≥2400份", "3200份", "12", "12"),
]
_E126 = ("支持公安机关开展禁毒业务工作,补助必须的办案、业务、装备等开支,有效的打击毒品犯罪,遏制毒品蔓延、毒品渗透、毒品制贩和毒品流入非法渠道,"
         "进一步巩固禁种铲毒工作成果,进一步增强全民禁毒意识")
_A126 = ("有效的打击了毒品犯罪,遏制了毒品蔓延、毒品渗透、毒品制贩和毒品流入非法渠道,进一步巩固了禁种铲毒工作成果,进一步增强了全民禁毒意识,"
         "提升了群众安全感和满意度。")
FILINGS.append(dict(
    dir="126-xuancheng-gongan-jindu-ziping-2021",
    html_title="宣城市公安局禁毒项目绩效支出自评表",
    blocks=[
        ("p", "宣城市公安局禁毒项目绩效支出自评表"),
        ("p", "项目支出绩效自评表"),
        ("p", "(2021年度)"),
        ("table", [
            ["项目名称", C("禁毒经费", cs=8)],
            ["主管部门", C("宣城市公安局", cs=3), "实施单位", C("禁毒支队", cs=4)],
            [C("项目资金\n(万元)", rs=5), C("", cs=2), "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
            [C("年度资金总额:", cs=2), "100", "100", "100", "10", "100%", "10"],
            [C("其中:本年财政拨款", cs=2), "100", "100", "100", "-", "", "-"],
            [C("上年结转资金", cs=2), "", "", "", "-", "", "-"],
            [C("其他资金", cs=2), "", "", "", "-", "", "-"],
            [C("年度总体目标完成情况", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C(_E126, cs=4), C(_A126, cs=4)],
            [C("年度绩效指标完成情况", rs=4), "一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            [C("(50分)", rs=3), C("数量指标", rs=3)] + list(_R126[0]) + [""],
            list(_R126[1]) + [""],
            ["……", "", "", "", "", ""],
        ]),
    ],
    truth={"projects": [P("禁毒经费", None, "100", "万元", [
        I(None, "数量指标", n, v, actual=a, weight=w, score=s) for n, v, a, w, s in _R126])]},
    notes="""
Place: 宣城市 (Xuancheng, Anhui), city level, 宣城市公安局 (the city police bureau) with its 禁毒支队 (anti-drug detachment) as 实施单位; year
2021 ("(2021年度)", published 2022-03-17). Anhui is well covered, 宣城 by 73 (宁国市); the city police bureau and an anti-drug project are new.
Template kind: the Anhui 项目支出绩效自评表 (national 2019 layout): 项目名称 / 主管部门 | 实施单位 / 项目资金(万元) 年初预算数 | 全年预算数(A) |
全年执行数(B) | 分值 | 执行率(B/A) | 得分 over 年度资金总额: / 其中:本年财政拨款 / 上年结转资金 / 其他资金 / 年度总体目标完成情况 预期目标 |
实际完成情况 / 年度绩效指标完成情况 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
Layout features: THE LEVEL-1 WORD IS LOST: the level-1 cell of the first group shows only its points, "(50分)", after four empty lines
(the vertical word 产出指标 did not survive the capture); "指标1:", "指标2:" before the names and a "……" placeholder row; targets with a
comparator and a unit ("≥1场", "≥2400份") and actuals without the comparator ("1场", "3200份", an actual above its target); weights 12 | 12;
"-" in the 分值 and 得分 cells of the 其中 rows; amounts all equal (100).
Truth: one project 禁毒经费 (项目名称), budget 100 万元 (全年预算数(A), by the corpus convention; the three amounts are equal). Two indicators:
level1 NULL (the level word is not in the capture; "(50分)" alone names no level), level2 数量指标, value = 年度指标值, actual = 实际完成值,
weight = 分值, score = 得分. The "……" row has no target and is not an indicator.
Truncation: the capture stops in the first 质量指标 row (its actual cut: "严格执行相关财经法"); it and the rest are left out; the left labels'
spans end at the last reproduced row.
Reconstruction: the capture prints the table as space-separated text, one row a line (a few cells wrapped: "项目资金 / (万元)", "一级 / 指标");
cells are split at the form's captions; the 9-column grid, the spans, the empty 执行率 cells of the 其中 rows (the capture has only "- -"
there) and the empty reason cells are inferred. The page's metadata lines are left out.
""",
))

# ---------------------------------------------------------------- 128
_B128 = ("财政部《关于印发<中央对地方重点生态功能区转移支付办法>的通知》(财预[2019]94号);环保部、财政部下发的《关于加强“十三五”国家重点生态功能区"
         "县域生态环境质量监测评价与考核工作的通知》(环办监测函[2017]279号);国家环保部、财政部联合印发的《国家重点生态功能区县域生态环境质量考核办法》"
         "(环发(2011)18号);国家环保部办公厅文件《关于印发<国家重点生态功能区生态环境质量监测评价与考核指标体系实施细则(试行)>的通知》"
         "(环办(2014)96号);环境保护部办公厅文件《关于印发<2016年国家重点生态功能区县域生态环境质量监测评价与考核工作实施方案>的通知》"
         "(环办﹝2015﹞77号)。")
_L128 = ("1、加强生态环境保护,保障群众生产生活环境安全。\n2、加强环境监察、监测能力建设,进一步提高监察、监测水平。\n"
         "3、开展大气环境、水环境、土壤环境治理战役,促进生态环境质量进一步好转,环境质量总体稳定,污染治理取得实效,人居生活环境明显改善。\n"
         "4、加大环境监测监管执法力度,从源头预防、控制环境污染和环境破坏。")
FILINGS.append(dict(
    dir="128-changde-lixian-huanbao-2021",
    html_title="常德市生态环境局澧县分局2021年度绩效目标公开",
    blocks=[
        ("p", "预算项目绩效目标申报表"),
        ("p", "( 2021 年度)"),
        ("p", "填报单位(公章):常德市生态环境局澧县分局"),
        ("p", "金额:100 万元"),
        ("table", [
            ["项目名称", C("环保局县域生态环境质量考核工作经费", cs=3)],
            ["项目填报人", "雷文剑", "填报人联系电话", "13875076735"],
            ["业务股室", C("经建股", cs=3)],
            ["专项立项依据", C(_B128, cs=3)],
            [C("实施计划", rs=2), "实施开始时间", "实施结束时间", "实施内容"],
            ["2021/1/1", "2021/12/31", "1、10处水源地规范化建设项目"],
            ["专项长期绩效目标", C(_L128, cs=3)],
        ]),
    ],
    truth={"projects": [P("环保局县域生态环境质量考核工作经费", None, "100", "万元", [])]},
    notes="""
Place: 澧县 (Li county, Changde, Hunan), county level, 常德市生态环境局澧县分局 (the county branch of the city's ecology and environment
bureau); year 2021 ("( 2021 年度)", published 2021-09-27 by 澧县财政局). Hunan is covered; Changde, 澧县 and an environment bureau are new.
Template kind: the Hunan county 预算项目绩效目标申报表: 填报单位(公章) and 金额 ABOVE the grid / 项目名称 / 项目填报人 | 填报人联系电话 / 业务股室 /
专项立项依据 / 实施计划 实施开始时间 | 实施结束时间 | 实施内容 / 专项长期绩效目标 / 专项年度绩效目标 / (indicators, beyond the capture).
Layout features: THE ONLY AMOUNT IS IN THE LINE ABOVE THE TABLE ("金额:100 万元", beside 填报单位): the grid has no money row; the project
name in a 项目名称 row of its own; dates "2021/1/1" | "2021/12/31"; a long legal basis; numbered goal lines inside one cell.
Truth: one project 环保局县域生态环境质量考核工作经费 (项目名称), budget 100 万元 (the 金额 line of the form's heading; the unit is in that line).
No indicators: the capture ends inside 专项年度绩效目标.
Truncation: the capture stops inside the 专项年度绩效目标 text ("…集中式饮用水水源地水环境", cut); that row and the rest are left out.
Reconstruction: the capture lost the separators inside rows (cells glued: "项目名称环保局…", "2021/1/12021/12/311、10处…"); cells are split at
the form's labels and at the date pattern; the 4-column grid, the spans and whether 填报单位 and 金额 stand on one line in the original are
inferred (they are rendered as two paragraphs, as captured). The site's navigation lines are left out.
""",
))

# ---------------------------------------------------------------- 130
_S130 = "持续完善马铃薯种薯繁育体系,保障脱毒马铃薯种薯供应,促进主食化产业衔接"
_G130 = ("一是通过政府招标采购方式,采购马铃薯原原种425万粒,免费向全区农户、种植大户、合作社和企业发放,完成马铃薯原种繁育田850亩;二是企业自行采购"
         "马铃薯原原种200万粒,建成原种基地400亩,共计建成原种繁育基地1250亩,平均亩产马铃薯原种2500公斤")
_R130 = [  # l1, l2, name, weight, target, actual, score, reason
    ("产出指标(40分)", "数量指标", "指标1免费发放原原种", "8", "550万粒", "550万粒", "8", ""),
    ("产出指标(40分)", "数量指标", "指标2企业自行采购", "8", "200万粒", "200万粒", "8", ""),
    ("产出指标(40分)", "成本指标", "指标1种薯采购价格不高于市场价", "8", "是", "是", "8", ""),
    ("效益指标(40分)", "可持续影响指标", _S130, "8", "是", "基本达到", "7", "加强技术指导,加大宣传力度;加大项目支持力度"),
]
FILINGS.append(dict(
    dir="130-guyuan-yuanzhou-malingshu-ziping-2022",
    html_title="马铃薯冲薯繁育示范推广项目绩效目标自评表",
    blocks=[
        ("p", "马铃薯冲薯繁育示范推广项目绩效目标自评表(2022年度)"),
        ("p", "项目总得分99分"),
        ("table", [
            ["项目名称", C("碟令薯樽轴示施项目", cs=3), C("实施单位/项目负责人", cs=2), C("原州区农技中心/杨勃兴", cs=3)],
            ["自治区主管部门", C("农业农村厅", cs=3), C("专项实施期", cs=2), C("2022年3月-2022年11月", cs=3)],
            ["市县财政部门", C("原州区财政局", cs=3), C("市县主管部门", cs=2), C("原州区农业农村局", cs=3)],
            [C("资金情况(万元)", rs=5), C("", cs=2), C("全年预算数(A)", cs=2), C("全年执行数(B)", cs=2), C("执行率(B/A)", cs=2)],
            [C("年度资金总额", cs=2), C("300", cs=2), C("", cs=2), C("", cs=2)],
            [C("其中中央补助", cs=2), C("", cs=2), C("", cs=2), C("", cs=2)],
            [C("自治区补助", cs=2), C("300万元", cs=2), C("259.45万元", cs=2), C("86.5%", cs=2)],
            [C("市县资金", cs=2), C("", cs=2), C("", cs=2), C("", cs=2)],
            ["年度总体目标", C(_G130, cs=8)],
            [C("绩效指标", rs=5), "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及改进措施"],
            [C(_R130[0][0], rs=3), C("数量指标", rs=2)] + list(_R130[0][2:]),
            list(_R130[1][2:]),
            list(_R130[2][1:]),
            list(_R130[3][0:]),
        ]),
    ],
    truth={"projects": [P("碟令薯樽轴示施项目", None, "300", "万元", [
        I(l1, l2, n, v, weight=w, actual=a, score=s) for l1, l2, n, w, v, a, s, _ in _R130])]},
    notes="""
Place: 原州区 (Yuanzhou district, Guyuan, Ningxia), district level, 原州区农技中心 (实施单位, 项目负责人 杨勃兴) under 原州区农业农村局, with the
region's 农业农村厅 as 自治区主管部门; year 2022 ("(2022年度)"). Ningxia and 原州 are covered (04, 115); a seed-potato (马铃薯种薯) project and
the region's 专项 self-evaluation with 自治区/市县 rows are new. Captured from a document-sharing site (bigxun.com) that shows the document's
OCR text glued in one run.
Template kind: the Ningxia 专项 绩效目标自评表: 项目总得分 / 项目名称 | 实施单位/项目负责人 / 自治区主管部门 | 专项实施期 / 市县财政部门 |
市县主管部门 / 资金情况(万元) 全年预算数(A) | 全年执行数(B) | 执行率(B/A) over 年度资金总额 / 其中中央补助 / 自治区补助 / 市县资金 / 年度总体目标
/ 绩效指标 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及改进措施 (分值 before the target, as in 115).
Layout features: OCR SLIPS kept as written — the project name "碟令薯樽轴示施项目" (the title says "马铃薯冲薯繁育示范推广项目", itself with
"冲薯" for 种薯), and, in rows left out below, "290$290%", "工5%", "880%^80%", "8250%5=50%"; the total's execution and rate printed only on
the 自治区补助 row (300万元 | 259.45万元 | 86.5%) while 年度资金总额 shows 300 alone; "指标1" glued to the names; a 是 / 基本达到 pair with a
reason on the last row.
Truth: one project, name as captured ("碟令薯樽轴示施项目", the 项目名称 cell), budget 300 万元 (全年预算数(A) of 年度资金总额). FOUR indicators
only, the rows whose cells can be told apart: 数量 指标1 and 指标2 (weight 8, target = actual, score 8; 指标2's 200万粒 agrees with the goal
text), 成本 指标1 (是 | 是), and the 可持续影响 row (是 | 基本达到 | 7, with its reason).
Left out (cells not separable with confidence in the glued OCR text): 数量 指标3 ("8000亩 / 8535.5亩"), 质量 指标1, 时效 指标1 ("811月底完成100%100%8"),
经济效益 指标1, 社会效益 指标1 and 指标2 (values with OCR symbols), and the 生态效益 row (whether "1病害减少…" belongs to the level-2 cell
"生态效益指标" or the name cannot be told). Note the points do not add up as printed (six 产出 rows of 8 under "(40分)"), another sign of OCR loss.
Truncation: the capture stops in the 满意度 row ("种薯繁育企业、种植农户调", cut); it and the rest are left out.
Reconstruction: every cell boundary is inferred from the form's labels and the run "分值 | 年度指标值 | 全年实际值 | 得分" (weight 8 before each
target); the 9-column grid, the spans and the empty money cells are inferred; the site's "文本内容:" line is left out.
""",
))

# ---------------------------------------------------------------- 132
_P132 = [
    "2021年工程支出绩效评价自评报告(2021年州级文化和旅游开展专项资金)",
    "一、工程概况",
    "(一)工程资金申报及批复情况",
    "为进一步加强文化和旅游业开展,经我局向州政府申请,主 要用于旅游宣传营销、产业开展、品牌创立等方面资金1000万 元,在十二届甘孜州人民政府第66次常务会议上审定通过。",
    "(二)工程绩效目标",
    "2021年州级文化和旅游开展专项资金,主要用于以下三个 方面。1 .宣传营销方。一是开展新媒体旅游宣传营销,通过微信、微博、抖音等新媒体平台开展旅游推广,增强在新媒体平台曝光 量;"
    "开展新媒体矩阵建设,制作形象宣传片和宣传软文利用主流 媒体、行业网站、网络名人宣传。二是开展传统媒体宣传营销, 在高速路户外广告牌、高铁地铁LED屏、楼宇广告等投放甘孜旅 游宣传广告。"
    "三是开展宣传营销活动,举办旅游踩线活动、开展 旅游推介会、参加重要展会。2 .产业开展方面。围绕“南亚丝绸之路”,打造“丝路甘孜川 西秘境”(北路8县)特色文化旅游品牌,开展研究开掘、宣传 营销等活动。"
    "3 .品牌创立方面。一是用于国家全域旅游示范区、天府旅游",
    "注:工程支出绩效目标自评表在工程执行完毕后填报,预期指标值在系统中自动生成,部门",
]
FILINGS.append(dict(
    dir="132-ganzi-wenlv-zhuanxiang-ziping-2021",
    html_title="项目支出绩效评价自评报告",
    blocks=[("p", t) for t in _P132] + [
        ("table", [
            ["", "时效 指标", "完成时间", "2021年12月", "2021年12月"],
            [C("工程效 果指标", rs=2), C("济益标 经效指", rs=2), "全年接待游客", "3500万人次", "3577. 95万人次"],
            ["全年旅游综合 收入", "385亿元", "392. 40亿元"],
        ]),
    ],
    truth={"projects": [P(None, None, None, None, [
        I(None, "时效 指标", "完成时间", "2021年12月", actual="2021年12月"),
        I("工程效 果指标", None, "全年接待游客", "3500万人次", actual="3577. 95万人次"),
        I("工程效 果指标", None, "全年旅游综合 收入", "385亿元", actual="392. 40亿元"),
    ])]},
    notes="""
Place: 甘孜州 (Garzê prefecture, Sichuan), prefecture level, the prefecture's culture and tourism bureau ("经我局向州政府申请"); year 2021
("2021年州级文化和旅游开展专项资金"). Sichuan and 甘孜 are covered (held-out 66 and 92); a prefecture-level tourism fund's self-evaluation
report is new. Captured from a document-sharing site (taowenge.com) that previews the .docx as glued text in numbered pieces ("1、", "2、",
"3、" — the site's page markers, left out).
Template kind: a 项目支出绩效评价自评报告 (prose: 项目概况, 项目资金申报及批复情况, 项目绩效目标 …) whose attached 项目支出绩效目标自评表 shows
through in fragments. The document writes 工程 where the standard text has 项目 throughout ("工程支出绩效评价自评报告", "工程概况",
"工程效果指标") — kept as written.
Layout features: THE TABLE COMES WITHOUT ITS HEADER: the capture jumps from the report's prose and a note cut mid-sentence ("注:工程支出绩效目标
自评表在工程执行完毕后填报,预期指标值在系统中自动生成,部门") straight into three indicator rows (name | target | actual), so neither the header,
the project's name and money rows nor the first level-1 cell are in the capture (a headerless tail, like 88, 106 and 131); the vertical
level words come scrambled ("济益标 经效指" for 经济效益指标, "会益标 社效指" for 社会效益指标) or split ("时效 指标", "工程效 果指标");
actuals with a space inside the number ("3577. 95万人次", "392. 40亿元"); the only amount (1000万元) is in the prose.
Truth: one project with NO NAME and NO BUDGET (the table's name and money rows are not in the capture; the prose's 1000万元 is not a table
cell). Three indicators: 完成时间 (2021年12月 | 2021年12月; level 2 "时效 指标"), 全年接待游客 (3500万人次 | 3577. 95万人次) and 全年旅游综合
收入 (385亿元 | 392. 40亿元), level 1 "工程效 果指标" as written for the last two (their level-2 cell, scrambled, is not given). value = the
target (预期指标值), actual = the completion.
Truncation: the capture stops in the 社会效益 row ("提升甘孜文旅形象和知名度 | 甘孜文游的形象得到进一步提升, … 形成“丝路甘 孜", cut); it
and the rest are left out.
Reconstruction: the prose is split into paragraphs at its section numbers; the three rows are split at their units and dates; the 5-column
grid, the empty level-1 cell of the first row, the spans and the reading of the note as a paragraph are inferred. The site's header lines are
left out.
""",
))
