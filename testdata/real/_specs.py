# Hand transcription of the build half of the second real corpus (the odd
# filings 17-55, see _build.py).  Every string is copied from that folder's
# source.txt; nothing is invented.  Where a source is ambiguous or cut off,
# the part is left out and the folder's notes.txt says so.
from _realspec import C, I, P

FILINGS = []

# ---------------------------------------------------------------- 17
_LIST17 = """古昌镇大青冈村乡村振兴绿化美化项目100万元
双河
仁义
国有岚峰林场森林防火交通工具20万元
防火隔离带建设50万元
义务植树及林地改造项目40万元
竹资源提质增效46万元
森林资源专项调查200万
2022年度林业中介服务项目50万元
2021年森林督查“一张图”年度更新技术19万元
林业资源小班督查服务费40万元
荣昌区林地保护利用规划(2021-2035年)8.5万元
中介机构火灾风险普查工作26万元
石漠化调查8.9万元
“十四五”林业规划编制经费7.2万元
荣昌区2021年松材线虫病除治监理和质量检查验收项目10万元
森林督查及林业执法执勤设备设施费20万元"""

FILINGS.append(dict(
    dir="17-chongqing-rongchang-lvhua",
    html_title="重庆市荣昌区林业局 项目绩效目标表",
    blocks=[("p", line) for line in _LIST17.split("\n")] + [
        ("table", [
            ["附件2-1", "", "", "", "", "", ""],
            [C("项目绩效目标表", cs=7)],
            [C("(2022年度)", cs=7)],
            ["申报单位", "区林业局", "项目(专项)名称", C("古昌镇大青冈村乡村振兴绿化美化项目", cs=4)],
            ["具体实施单位", "区林业局", "项目属性", C("延续", cs=4)],
            ["项目负责人", "胡正君", "联系电话", C("19922989736", cs=4)],
            [C("资金情况(万元)", rs=5), "年度资金总额:", C("153.5184", cs=5)],
            ["其中:1.中央资金", C("", cs=5)],
            ["2.市级资金", C("153.5184", cs=5)],
            ["3.区级资金", C("", cs=5)],
            ["4.其他资金", C("", cs=5)],
            ["项目概况及立项依据", C("在古昌镇大青杠村事实乡村公路绿化;对周边沿线村民发放李子苗", cs=6)],
            ["项目总体目标", C("对古昌镇大青杠村约3500米公路沿线进行绿化美化。", cs=6)],
            ["项目年度目标", C("在古昌镇大青杠村约3500米公路沿线,通过地面清表,苗木采购和栽植,区域造景、管护等措施,进行绿化和美化,同时向周边沿线村民发放李子苗。", cs=6)],
            [C("绩效指标", rs=5), "一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值"],
            [C("产出指标", rs=4), C("数量指标", rs=2), "绿化美化公路", "米", "=", "3500"],
            ["购买发放李子苗", "株", "=", "15000"],
            [C("质量指标", rs=2), "树木成活率", "%", "≥", "85"],
            ["", "", "", ""],
        ]),
    ],
    truth={"projects": [P("古昌镇大青冈村乡村振兴绿化美化项目", None, "153.5184", "万元", [
        I("产出指标", "数量指标", "绿化美化公路", "=3500米", op="=", value="3500", unit="米"),
        I("产出指标", "数量指标", "购买发放李子苗", "=15000株", op="=", value="15000", unit="株"),
        I("产出指标", "质量指标", "树木成活率", "≥85%", op="≥", value="85", unit="%"),
    ])]},
    notes="""
Place: 重庆市荣昌区 (Rongchang district, Chongqing), district level, 区林业局; year 2022 (page published 2022-09, among the
bureau's 2022 budget documents).
Template kind: Chongqing 项目绩效目标表 (附件2-1) for one project: 申报单位 | 项目(专项)名称 / 具体实施单位 | 项目属性 /
项目负责人 | 联系电话 / 资金情况(万元) with 年度资金总额: and 其中:1.中央资金 / 2.市级资金 / 3.区级资金 / 4.其他资金 /
项目概况及立项依据 / 项目总体目标 / 项目年度目标, then a left label 绩效指标 over 一级指标 | 二级指标 | 三级指标 |
计量单位 | 指标性质 | 指标值.
Layout features: the value is SPLIT and in an odd order: UNIT before COMPARATOR before NUMBER (计量单位 | 指标性质 |
指标值: "米 | = | 3500", "% | ≥ | 85"); the title rows ("附件2-1", "项目绩效目标表", "(2022年度)") are rows of the grid
itself (an Excel export), not paragraphs; the project name is in a 项目(专项)名称 cell to the right of 申报单位; the budget
block repeats the total in the 2.市级资金 row; an empty indicator row (质量指标 continuation with four empty cells);
before the table the page lists the bureau's projects with amounts as plain lines ("古昌镇...项目100万元", "双河",
"仁义", ...), which are not targets.
Truth: one project, budget 153.5184 万元 (年度资金总额). value = comparator + number + unit ("=3500米", "≥85%"), the
raw cells in value_cells (op, value, unit). Three indicators.
Truncation: the stored text ends in the 时效指标 row ("时效指标 | | |", no name, no value); that row and everything
after it (效益/满意度 rows) are missing and not reproduced. The row spans of 绩效指标 and 产出指标 are cut at the
last reproduced row.
Reconstruction: the captured page prints a cell per line ending in " |", a row-start marker "|", and the cells a
row does not start (row spans from above, column spans) as a run of trailing "|" at the row's end; the 7-column
grid and every span are inferred from those counts (e.g. "153.5184 | ||||" = one cell spanning five columns
after two; "15000 | |||" = three cells covered from above). Image placeholders ("![]()") around the project list
are left out. The list says 100万元 for the project, the table 153.5184; both are as published.
""",
))

# ---------------------------------------------------------------- 19
FILINGS.append(dict(
    dir="19-chongqing-fengjie-yunwu",
    html_title="2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表",
    blocks=[
        ("p", "2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表"),
        ("p", "(   2023年度)"),
        ("p", "预算单位: 奉节县云雾土家族乡人民政府"),
        ("p", "金额单位:万元"),
        ("table", [
            ["项目名称", C("2023年云雾土家族乡加工园配套设施建设项目", cs=3), "项目分类", C("资产资源类--房屋类", cs=2)],
            ["建设周期", C("2023年4月-2024年2月", cs=3), "业务主管部门", C("县民宗委", cs=2)],
            ["实施单位", C("云雾土家族乡", cs=2), "项目负责人", "徐德迁", "联系电话", "13452649655"],
            ["项目审批", C("奉节县民族宗教事务委员会《关于下达2023年度少数民族发展资金项目计划的通知》(奉节民宗委发〔2022〕3号)", cs=6)],
            ["项目总体概况", C("新建中药材晾晒房一座,占地300平方米,包含场坪整治及硬化,硬化室外晒坝420平方米,室内场坪1800平方米,C25混凝土,厚15cm;新建厕所1个,长4.5米,宽3米,占地13.5平方米,配套三格式化粪池4.5立方米。经济效益:项目建成后能够带动当地20名群众务工增收5000元/年;社会效益:促进当地中药材产业发展,带动受益总人口200人,其他脱贫人口和监测对象41人;群众满意度:群众满意度达到95%以上。", cs=6)],
            ["年度主要目标\n和成果", C("新建中药材晾晒房一座,占地300平方米,包含场坪整治及硬化,硬化室外晒坝420平方米,室内场坪1800平方米,C25混凝土,厚15cm;新建厕所1个,长4.5米,宽3米,占地13.5平方米,配套三格式化粪池4.5立方米。", cs=6)],
            [C("项目资金\n预算执行\n10分", rs=5), "项目总预算", "65", "财政资金预算分类", C("一般公共预算", cs=3)],
            ["当年年度预算", "65", C("", cs=4)],
            ["其中:财政资金", "65", "财政资金科目代码", C("21305", cs=3)],
            ["其中:其它资金", "0", C("", cs=4)],
            ["年度预算执行率", "100%", "分值", C("10分", cs=3)],
            [C("年度绩效目标(90分)", rs=4), "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
            [C("成本指标(0-20)分", rs=3), "经济成本指标", "项目建设成本", "≤65万元", "10", ""],
            ["社会成本指标", "", "", "", ""],
            ["生态环境成本指标", "", "", "", ""],
        ]),
    ],
    truth={"projects": [P("2023年云雾土家族乡加工园配套设施建设项目", None, "65", "万元", [
        I("成本指标(0-20)分", "经济成本指标", "项目建设成本", "≤65万元", weight="10"),
    ])]},
    notes="""
Place: 奉节县云雾土家族乡 (Yunwu Tujia township, Fengjie county, Chongqing), township level, 县民宗委 as 业务主管部门;
year 2023 (dated 2022-12-30, republished 2024-02 on the county site).
Template kind: Chongqing 项目支出绩效目标审批表 (2023 form): 预算单位 and 金额单位:万元 above the grid; 项目名称 | 项目分类 /
建设周期 | 业务主管部门 / 实施单位 | 项目负责人 | 联系电话 / 项目审批 / 项目总体概况 / 年度主要目标和成果; a money block
labelled "项目资金 预算执行 10分" (项目总预算 | 财政资金预算分类 / 当年年度预算 / 其中:财政资金 | 财政资金科目代码 /
其中:其它资金 / 年度预算执行率 | 分值); then a left label 年度绩效目标(90分) over 一级指标 | 二级指标 | 三级指标 | 指标值 |
分值 | 指标解释.
Layout features: 成本指标 comes FIRST (the 2023 order), with its score range in the level-1 cell "成本指标(0-20)分"; the
level-2 rows 社会成本指标 and 生态环境成本指标 are present but EMPTY (no name, no value: not indicators); a 分值 (weight)
column after 指标值 and an 指标解释 column (empty here); the money unit only in the line 金额单位:万元 above the grid; a
second scored line (年度预算执行率 100% | 分值 10分) in the money block that is not an indicator.
Truth: one project, budget 65 (项目总预算), 万元. One indicator: 项目建设成本 ≤65万元, weight 10.
Truncation: the stored text stops inside the first 产出指标 row ("产出指标 (40-50)分 数量指"); that row and everything
after it are missing and not reproduced; the span of 年度绩效目标(90分) is cut at the last reproduced row.
Reconstruction: the stored text separates cells by single spaces and rows by line breaks; empty cells appear only as
empty lines after 社会成本指标 / 生态环境成本指标. The 7-column grid (a left label + 6) is fixed by the indicator header;
every span of the upper rows (name over three columns, the empty cells beside 当年年度预算 and 其中:其它资金, the
three-line labels "项目资金\\n预算执行\\n10分" and "年度主要目标\\n和成果") is inferred, not seen.
""",
))

# ---------------------------------------------------------------- 21
FILINGS.append(dict(
    dir="21-wuhan-qingshan-bochao",
    html_title="绩效目标表",
    blocks=[
        ("p", "绩效目标表"),
        ("p", "(2020年度)"),
        ("table", [
            ["项目名称", C("农村义务教育薄弱学校改造补助资金", cs=4)],
            ["项目主管部门", "青山区教育局", "项目执行单位", C("化工区学校", cs=2)],
            [C("资金情况\n(万元)", rs=2), "年度资金总额:", C("16", cs=3)],
            ["    其中 :上级资金", C("16", cs=3)],
            [C("总体目标", rs=2), C("年度目标", cs=4)],
            [C("全面改善农村义务教育薄弱学校办学条件,扩大基础教育资源,进一步提高义务教育均衡发展水平。", cs=4)],
            [C("绩效指标", rs=10), "一级指标", "二级指标", "指标内容", "指标值"],
            [C("产出指标", rs=6), "数量指标", "农村义务教育学校改造覆盖率", "100%"],
            [C("质量指标", rs=2), "校舍维修改造质量合格率", "100%"],
            ["购置设施设备质量合格率", "100%"],
            [C("时效指标", rs=2), "预算资金当年下达率", "100%"],
            ["项目按计划完成率", "100%"],
            ["成本指标", "建设项目成本控制率", "100%"],
            [C("效益指标", rs=3), "可持续影响指标", "义务教育优质均衡发展情况", "稳步提高"],
            [C("社会公众或服务对象满意度指标", rs=2), "学生家长满意度", "≥90%"],
            ["学校满意度", "≥90%"],
        ]),
    ],
    truth={"projects": [P("农村义务教育薄弱学校改造补助资金", None, "16", "万元", [
        I("产出指标", "数量指标", "农村义务教育学校改造覆盖率", "100%"),
        I("产出指标", "质量指标", "校舍维修改造质量合格率", "100%"),
        I("产出指标", "质量指标", "购置设施设备质量合格率", "100%"),
        I("产出指标", "时效指标", "预算资金当年下达率", "100%"),
        I("产出指标", "时效指标", "项目按计划完成率", "100%"),
        I("产出指标", "成本指标", "建设项目成本控制率", "100%"),
        I("效益指标", "可持续影响指标", "义务教育优质均衡发展情况", "稳步提高"),
        I("效益指标", "社会公众或服务对象满意度指标", "学生家长满意度", "≥90%"),
        I("效益指标", "社会公众或服务对象满意度指标", "学校满意度", "≥90%"),
    ])]},
    notes="""
Place: 武汉市青山区 (Qingshan district, Wuhan, Hubei), district level, 区教育局 with 化工区学校 as 项目执行单位; year 2020
(published 2021-01-05).
Template kind: the 2015-era national 绩效目标表 for a transfer (农村义务教育薄弱学校改造补助资金): 项目名称 / 项目主管部门 |
项目执行单位 / 资金情况(万元) 年度资金总额: | 其中:上级资金 / 总体目标 年度目标, then a left label 绩效指标 over 一级指标 |
二级指标 | 指标内容 | 指标值 (four columns: the name column is headed 指标内容, not 三级指标).
Layout features: 社会公众或服务对象满意度指标 is a LEVEL-2 label under 效益指标 (the old tree: no 满意度指标 level 1);
the money label breaks over two lines ("资金情况\\n(万元)"); the sub-row label keeps odd spacing ("    其中 :上级资金");
qualitative values ("稳步提高").
Truth: one project, budget 16 万元 (年度资金总额). Nine indicators, complete table.
Reconstruction: the stored text lost every cell separator (cells glued: "项目名称农村义务教育薄弱学校改造补助资金",
"产出指标数量指标农村义务教育学校改造覆盖率100%"); cells are split at the template's labels and at the values. The
grid (5 columns), the spans and the split of "年度资金总额:16" into label and amount are inferred. That 效益指标 also
covers the two satisfaction rows (whose lines start with the level-2 label) is inferred from the old national tree,
where 社会公众或服务对象满意度指标 is a level-2 indicator under 效益指标; level1 of those two rows is that inference.
""",
))

# ---------------------------------------------------------------- 23
FILINGS.append(dict(
    dir="23-wuhan-qingshan-kejiju",
    html_title="青山区部门预算部门专项(绩效目标)申报表2021年度",
    blocks=[
        ("p", "申 报 项 目 名 称:科学技术研究与开发资金"),
        ("p", "编报单位(印章) :武汉市青山区科学技术和经济信息化局"),
        ("p", "部门负责人(签字):"),
        ("p", "编   报   时   间    :  2021年1月28日"),
        ("p", "项目基本信息"),
        ("p", "(2021年度)"),
        ("table", [
            ["项目名称", C("科学技术研究与开发资金", cs=4)],
            ["主管部门及编码", C("区科经局", cs=2), "实施单位", "区科经局"],
            ["项目属性", C("延续性项目", cs=2), "项目起止时间", "2021.1-2021.12"],
            [C("项目资金", rs=3), "资金总额", "936", "当年资金总额:", "936"],
            ["其中:财政拨款", "936", "其中:当年财政拨款", "936"],
            ["其他资金", "", "当年其他资金", ""],
            [C("总体目标", rs=2), C("中期目标", cs=2), C("年度目标", cs=2)],
            [C("推进科技事业发展", cs=2), C("通过落实专项资金,引导企业加大科技创新,优化软环境,进一步培育壮大高新技术企业数量。新增高新技术企业15家。", cs=2)],
            [C("绩效项目指标表", cs=5)],
            ["一级指标", "二级指标", "指标内容", "指标值", "备 注"],
            [C("产出指标", rs=3), "数量指标", "新增高新技术企业", "15", ""],
            ["质量指标", "扶持标准达标率", "100%", ""],
            ["时效指标", "高企资格有效", "3年", ""],
            [C("效益指标", rs=6), "经济效益指标", "减税降费", "企业所得税减按15%征收", ""],
            ["社会效益指标", "企业竞争力", "增强", ""],
            ["环境效益指标", "优化创新创业环境", "优化", ""],
            ["可持续影响指标", "长效管理机制健全性", "健全", ""],
            ["社会公众或服务", "政策满意度", "≥90%", ""],
            ["对象满意度指标", "", "", ""],
        ]),
        ("p", "附件:"),
    ],
    truth={"projects": [P("科学技术研究与开发资金", None, "936", None, [
        I("产出指标", "数量指标", "新增高新技术企业", "15"),
        I("产出指标", "质量指标", "扶持标准达标率", "100%"),
        I("产出指标", "时效指标", "高企资格有效", "3年"),
        I("效益指标", "经济效益指标", "减税降费", "企业所得税减按15%征收"),
        I("效益指标", "社会效益指标", "企业竞争力", "增强"),
        I("效益指标", "环境效益指标", "优化创新创业环境", "优化"),
        I("效益指标", "可持续影响指标", "长效管理机制健全性", "健全"),
        I("效益指标", None, "政策满意度", "≥90%"),
    ])]},
    notes="""
Place: 武汉市青山区 (Qingshan district, Wuhan, Hubei), district level, 区科学技术和经济信息化局 (区科经局); year 2021
(dated 2021-01-28, published 2021-02-08).
Template kind: Hubei 部门预算部门专项(绩效目标)申报表 with a cover block of paragraphs (申 报 项 目 名 称:..., 编报单位(印章),
部门负责人(签字), 编 报 时 间) and "项目基本信息 (2021年度)", then 项目名称 / 主管部门及编码 | 实施单位 / 项目属性 | 项目起止时间 /
项目资金 资金总额 | 当年资金总额: / 其中:财政拨款 | 其中:当年财政拨款 / 其他资金 | 当年其他资金 / 总体目标 中期目标 | 年度目标,
a caption row 绩效项目指标表 and 一级指标 | 二级指标 | 指标内容 | 指标值 | 备 注.
Layout features: the satisfaction level-2 label is typed over TWO ROWS: "社会公众或服务" on the indicator's row and
"对象满意度指标" on a following row whose other cells are empty; a spaced header "备 注" (empty column); the project name also in
a spaced cover line "申 报 项 目 名 称:"; budget amounts with NO unit anywhere ("936"); an 环境效益指标 level 2 (old tree);
qualitative values ("增强", "优化", "健全", "企业所得税减按15%征收").
Truth: one project, budget 936 (资金总额), money_unit null (the page names no unit). Eight indicators, complete table.
level2 of 政策满意度 is null (not scored): the cell as written is "社会公众或服务", the label's rest is on the next row.
Reconstruction: one cell per paragraph in the stored text, empty cells absent; the 5-column grid, the spans and the
placement of the empty 其他资金 / 当年其他资金 values are inferred from the label sequence; the label's second half is
placed on its own row because the stored text gives it after the indicator's value.
""",
))

# ---------------------------------------------------------------- 25
_GOAL25 = ("1.根据市政府办公厅《关于印发大力发展学前教育两年行动方案(2019-2020年)的通知》要求,给予宁河区非营利性民办园房租补贴,"
           "满足非营利性民办园租房需求,大力支持民办园特别是普惠性民办园发展。 2.按照《关于印发大力发展学前教育两年行动方案"
           "(2019-2020年)的通知》要求,保证补贴资金及时、足额、合规发放。 3.保障补贴对象享受政策中房租补贴的权益,促进学前教育"
           "普及普惠安全优质发展。")
_V25A = "显著提升了疫情期间对民办幼儿园的扶持力度,大力支持了民办幼儿园的发展。"
_V25B = "显著促进了学前教育普及及优质发展,大力支持了民办幼儿园发展。"
_V25C = "保障疫情期间非营利性民办园房租需求,大力支出民办幼儿园发展"
FILINGS.append(dict(
    dir="25-tianjin-ninghe-minbanyuan",
    html_title="抗疫特别国债项目绩效目标表(打捆项目)",
    blocks=[
        ("table", [
            [C("抗疫特别国债项目绩效目标表(打捆项目)", cs=5)],
            [C("(2020年度)", cs=5)],
            ["项目名称", C("2020年非营利性民办园房租补贴", cs=4)],
            ["主管预算部门", "天津市宁河区教育局", "项目预算金额(万元)", C("193.8", cs=2)],
            ["绩 效 目 标", C(_GOAL25, cs=4)],
            [C("绩 效 指 标", rs=12), "一级指标", "二级指标", "三级指标", "指标值"],
            [C("产出指标", rs=7), C("数量指标", rs=2), "补贴非营利性民办幼儿园数量", "20个"],
            ["补贴民办园租用面积", "26970.7平方米"],
            [C("质量指标", rs=2), "补贴覆盖民办幼儿园率", "≥90.91%"],
            ["补贴发放合规率", "≥95%"],
            [C("时效指标", rs=2), "补贴发放及时率", "≥95%"],
            ["补贴期限", "2020.1.1-2020.12.31"],
            ["成本指标", "补贴标准", "71.86元/平方米"],
            [C("效益指标", rs=3), C("社会效益指标", rs=2), "提升疫情防控期间民办幼儿园扶持力度", _V25A],
            ["促进学前教育普及普惠优质发展", _V25B],
            ["可持续影响指标", "非营利性民办园租房受益期限", _V25C],
            ["满意度指标", "服务对象满意度指标", "受益租户满意度", "≥95%"],
        ]),
        ("p", "附件:"),
    ],
    truth={"projects": [P("2020年非营利性民办园房租补贴", None, "193.8", "万元", [
        I("产出指标", "数量指标", "补贴非营利性民办幼儿园数量", "20个"),
        I("产出指标", "数量指标", "补贴民办园租用面积", "26970.7平方米"),
        I("产出指标", "质量指标", "补贴覆盖民办幼儿园率", "≥90.91%"),
        I("产出指标", "质量指标", "补贴发放合规率", "≥95%"),
        I("产出指标", "时效指标", "补贴发放及时率", "≥95%"),
        I("产出指标", "时效指标", "补贴期限", "2020.1.1-2020.12.31"),
        I("产出指标", "成本指标", "补贴标准", "71.86元/平方米"),
        I("效益指标", "社会效益指标", "提升疫情防控期间民办幼儿园扶持力度", _V25A),
        I("效益指标", "社会效益指标", "促进学前教育普及普惠优质发展", _V25B),
        I("效益指标", "可持续影响指标", "非营利性民办园租房受益期限", _V25C),
        I("满意度指标", "服务对象满意度指标", "受益租户满意度", "≥95%"),
    ])]},
    notes="""
Place: 天津市宁河区 (Ninghe district, Tianjin), district level, 宁河区教育局; year 2020 (published 2021-08-31 in the district's
special-topic pages on direct-allocation funds). Tianjin is a covered province; this filing is kept for its template.
Template kind: 抗疫特别国债项目绩效目标表(打捆项目) — the 2020 anti-epidemic special treasury bond form for a BUNDLED project:
项目名称 / 主管预算部门 | 项目预算金额(万元) / 绩 效 目 标 (three numbered goals in one cell), then a left label 绩 效 指 标 over
一级指标 | 二级指标 | 三级指标 | 指标值.
Layout features: title and year are rows of the grid; the money label carries the unit and sits BESIDE the department
("项目预算金额(万元) | 193.8"), there is no 年度资金总额 row; spaced labels ("绩 效 目 标", "绩 效 指 标"); long sentence-like
values in the 效益 rows ("显著提升了...的发展。"); a date range as a value ("2020.1.1-2020.12.31"); "≥90.91%" with two decimals.
Truth: one project, budget 193.8 万元. 11 indicators, complete table (the page ends with "附件:").
Reconstruction: the captured page prints each row on one line, cells ending in " |", and the cells a row does not start (spans
from above, column spans) as trailing "|"; the 5-column grid and spans follow from those counts. The last row (满意度指标) shows
no trailing "|" for the left label although the label must cover it in a 5-column grid; the label is given a span over all
indicator rows (the usual layout), which is an inference.
""",
))

# ---------------------------------------------------------------- 27
_R27 = [
    ("产出指标", "数量指标", "*贫困地区贫困人口加入合作社、村集体经济组织人数(≥**人)", ">=1102人"),
    ("产出指标", "数量指标", "资产入股贫困人口总数(≥**人)", ">=1102人"),
    ("产出指标", "数量指标", "入股合作社个数", "=10个"),
    ("产出指标", "质量指标", "返本分红比例", "第一年按总投资额返本20%,分红按8%分红"),
    ("产出指标", "时效指标", "每年返本分红时间", "每年12月底前"),
    ("产出指标", "时效指标", "返本分红分几年", "=5年"),
    ("产出指标", "成本指标", "补助合作社平均标准", "=23万元/个"),
    ("效益指标", "经济效益指标", "*资产股权年收益率( ≥**% )", ">=8%"),
    ("效益指标", "经济效益指标", "贫困户全年返本分红总额", "=46.16万元"),
    ("效益指标", "社会效益指标", "受益建档立卡贫困人口数(≥**人)", ">=1102人"),
    ("满意度指标", "服务对象满意度指标", "*资产入股贫困人口满意度( ≥**% )", ">=95%"),
]


def _rows27():
    """Indicator rows with the level cells merged down over their runs."""
    rows = []
    for i, (l1, l2, name, val) in enumerate(_R27):
        row = []
        if i == 0 or _R27[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for r in _R27 if r[0] == l1)))
        if i == 0 or _R27[i - 1][1] != l2:
            row.append(C(l2, rs=sum(1 for r in _R27 if r[1] == l2)))
        rows.append(row + [name, val, ""])
    return rows


_GOAL27 = ("10个合作社为入股贫困户返本分红,第一年按投资额20%反本,第二年第三年均各按25%本,第四年第五年各按15%返本,"
           "分红第一年按总客%,第二年以后按返本后的余额8%,余下小部分用于企业发展")
FILINGS.append(dict(
    dir="27-hengyang-nanyue-zichanshouyi",
    html_title="2018年南岳镇资产收益扶贫项目绩效目标申报表",
    blocks=[
        ("p", "绩效目标申报表"),
        ("table", [
            ["项目名称", C("2018年南岳镇资产收益扶贫项目", cs=2), "项目负责人及电话", C("", cs=2)],
            ["主管部门", C("南岳镇人民政府", cs=2), "实施单位", C("[607001]衡阳市南岳区南岳镇人民政府", cs=2)],
            [C("资金情况(万元)", rs=3), C("年度资金总额:", cs=2), C("214.06", cs=3)],
            [C("其中:财政拨款", cs=2), C("214.06", cs=3)],
            [C("其他资金", cs=2), C("0", cs=3)],
            [C("总体目标", rs=2), C("年度目标", cs=3), C("年度总体目标完成情况", cs=2)],
            [C(_GOAL27, cs=3), C("", cs=2)],
            [C("绩效指标", rs=len(_R27) + 1), "一级指标", "二级指标", "三级指标", "指标值", "备注"],
        ] + _rows27() + [
            ["财政部门支出股室初审意见", C("(盖章)", cs=5)],
            ["财政部门绩效评价股审核意见", C("(盖章)", cs=5)],
            ["区扶贫办审核意见", C("(盖章)", cs=5)],
        ]),
    ],
    truth={"projects": [P("2018年南岳镇资产收益扶贫项目", None, "214.06", "万元", [I(*r) for r in _R27])]},
    notes="""
Place: 衡阳市南岳区南岳镇 (Nanyue town, Hengyang, Hunan), town level; year 2018 (published by 南岳区财政局 2018-05-20, archived
2023-09-06). Hunan is a covered province and this is the same publisher and template as the shared filing 13 (a sibling page,
i951215 beside 13's i951217); it is kept because its values differ in kind.
Template kind: Hunan 2018 扶贫资金 绩效目标申报表 (same grid as 13): 项目名称 | 项目负责人及电话 / 主管部门 | 实施单位 / 资金情况(万元)
/ 总体目标 (年度目标 | 年度总体目标完成情况), a left label 绩效指标 over 一级指标 | 二级指标 | 三级指标 | 指标值 | 备注, three approval
rows.
Layout features: ASCII comparators including "=" ("=10个", "=5年", "=23万元/个", "=46.16万元") beside ">=" ones — an "=" that must
stay in the value; sentence values ("第一年按总投资额返本20%,分红按8%分红", "每年12月底前"); placeholders with spaces inside the
parentheses ("( ≥**% )"); core-indicator asterisks; an EMPTY 项目负责人及电话 cell; the goal text has the source's typos
("反本", "总客%").
Truth: one project, budget 214.06 万元. 11 indicators, complete table; values as written.
Reconstruction: as for 13 — the stored text separates cells by single spaces, the value is the last token of an indicator row
(sentence values contain no space), the 6-column grid and the spans are inferred; whether "(盖章)" shares a cell with its label is
not knowable.
""",
))

# ---------------------------------------------------------------- 29
_LONG29 = ("1.就读中等职业学校(含普通中专、职业中专、成人中专、职业高中、技工院校,以下同)、高职高专院校、技师学院已注册普通全日制"
           "正式学籍的本省脱贫家庭子女(含监测帮扶对象家庭)。上述扶持对象在校就读期间(包括顶岗实习),其家庭均可享受助学补助。"
           "辍学、休学和保留学籍学生不纳入扶持范围。")
_LONG29B = "2.补助标准。在享受国家职业教育资助政策基础上,叠加给予助学补助,全省统一补助标准为:每生 1500 元/学期。"
FILINGS.append(dict(
    dir="29-hengyang-nanyue-yulu",
    html_title="雨露计划绩效目标申报表",
    blocks=[
        ("table", [
            [C("雨露计划绩效目标申报表", cs=10)],
            [C("(2023年度)", cs=10)],
            [C("填报单位(盖章): 单位负责人:谭呈祥", cs=10)],
            [C("专项基本情况", rs=6), "专项名称", C("2023年雨露计划就学补助项目", cs=8)],
            ["专项属性", C("新增项目□ 延续项目R", cs=8)],
            ["主管部门", C("南岳区乡村振兴局", cs=4), "专项起止时间", C("2023年1月至12月", cs=3)],
            ["专项负责人", C("欧阳光", cs=4), "联系人及电话", C("18073426859", cs=3)],
            ["专项概况", C("对就读职业技术学校的脱贫户或监测户子女发放就学补助", cs=8)],
            ["专项立项 依据", C("", cs=8)],
            [C("专项资金情况", rs=3), C("本年度预计投入(万元)", rs=2), C("财政资金(万元)", cs=4), C("其他", rs=2, cs=4)],
            ["中央", "省级", "市级资金", "本级"],
            ["7", "0", "7", "0", "0", C("0", cs=4)],
            ["单位已有的保证专项实施的制度、措施", C("对就读职业技术学校的脱贫户或监测户子女发放就学补助", cs=9)],
            [C("中长期绩效 目标", rs=2), C(_LONG29, cs=9)],
            [C(_LONG29B, cs=9)],
            [C("本年度绩效 目标", rs=2), C("1.对提供就读学籍证明的学生了放就学补助;", cs=9)],
            [C("2.补助标准为:每生 1500 元/学期。", cs=9)],
            [C("专项年度绩效指标", rs=4), "一级指标", "二级指标", "三级指标内容", C("指标值及单位", cs=6)],
            [C("产出 指标", rs=3), "数量指标", "年度申请就学补助户数", C(">=101人/次", cs=6)],
            ["质量指标", "逾期发放率", C(">=100%", cs=6)],
            ["时效指标", "就学补助及时发放率", C(">=100%", cs=6)],
        ]),
    ],
    truth={"projects": [P("2023年雨露计划就学补助项目", None, "7", "万元", [
        I("产出 指标", "数量指标", "年度申请就学补助户数", ">=101人/次"),
        I("产出 指标", "质量指标", "逾期发放率", ">=100%"),
        I("产出 指标", "时效指标", "就学补助及时发放率", ">=100%"),
    ])]},
    notes="""
Place: 衡阳市南岳区 (Nanyue district, Hengyang, Hunan), district level, 南岳区乡村振兴局; year 2023 (published 2023-12-27 by the
district finance bureau). Hunan is a covered province; kept for its template.
Template kind: Hunan 雨露计划绩效目标申报表 — a SPECIAL-FUND (专项) form, 10-column sheet: title, year and 填报单位(盖章) rows in the grid;
专项基本情况 block (专项名称 / 专项属性 / 主管部门 | 专项起止时间 / 专项负责人 | 联系人及电话 / 专项概况 / 专项立项 依据); a two-row money
block 专项资金情况: 本年度预计投入(万元) | 财政资金(万元) over 中央 | 省级 | 市级资金 | 本级 | 其他, with one row of amounts
(7 | 0 | 7 | 0 | 0 | 0); 单位已有的保证专项实施的制度、措施; 中长期绩效 目标 and 本年度绩效 目标 over two rows each; then a left label
专项年度绩效指标 over 一级指标 | 二级指标 | 三级指标内容 | 指标值及单位.
Layout features: the project is a 专项名称, not a 项目名称; the total sits under a header two rows above it, beside five other amounts
(the 省级 column repeats it); headers 三级指标内容 and 指标值及单位; ASCII ">="; labels broken by a space ("专项立项 依据", "产出 指标",
"中长期绩效 目标"); a Wingdings check rendered as "R" ("延续项目R"); the value cell spans six columns; typos kept ("了放").
Truth: one project (专项名称), budget 7 万元 (本年度预计投入). Three indicators; level1 as written ("产出 指标", white space is
ignored by the scorer).
Truncation: the stored text stops inside the 成本指标 row ("成本指标 | 补助标准 | 15"); that row and everything after it are left out;
the spans of 专项年度绩效指标 and 产出 指标 are cut at the last reproduced row.
Reconstruction: the captured page prints cells ending in " |" and the cells a row does not start as trailing "|"; the 10-column grid
and all spans (the money header's two rows, the 8/9/6-column text and value spans) are inferred from those counts.
""",
))

# ---------------------------------------------------------------- 31
_R31 = [
    ("产出指标", "数量指标", "按照全镇党支部书记发放", "100%"),
    ("产出指标", "质量指标", "为民众办好事,办实事", "100%"),
    ("产出指标", "时效指标", "按时发放率", "100%"),
    ("产出指标", "成本指标", "20万元", "100%"),
    ("效益指标", "经济效益\n指标", "改善了农民生产生活条件", "100%"),
    ("效益指标", "社会效益\n指标", "激发为民办事的热情", "100%"),
    ("效益指标", "可持续影响\n指标", "为民众办好事,办实事", "100%"),
    ("满意度指标", "服务对象\n满意度指标", "满意度95%以上", "≧95%"),
]


def _rows31():
    rows = []
    for i, (l1, l2, name, val) in enumerate(_R31):
        row = []
        if i == 0 or _R31[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for r in _R31 if r[0] == l1)))
        rows.append(row + [l2, name, val])
    return rows


FILINGS.append(dict(
    dir="31-chongqing-banan-shengdengshan",
    html_title="重庆市巴南区圣灯山镇人民政府2022年预算重点项目绩效目标公开",
    blocks=[
        ("p", "重庆市巴南区圣灯山镇人民政府2022年预算重点项目绩效目标公开"),
        ("p", "项目支出绩效目标表"),
        ("p", "(2022年度)"),
        ("p", "绩效编制单位: 圣灯山镇人民政府"),
        ("table", [
            ["项目名称", "党支部书记补贴", "项目负责人及电话", C("王舜17782316998", cs=2)],
            ["主管部门", "圣灯山镇人民政府", "实施单位", C("党群办", cs=2)],
            ["归口业务科室", "", "是否政府采购", C("", cs=2)],
            ["开始日期", "2022年1月1日", "结束日期", C("2022年12月31日", cs=2)],
            ["项目口径", "长期", "项目属性", C("", cs=2)],
            ["项目分类", C("一般", cs=4)],
            [C("资金情况\n(单位:万元)", rs=3), "年度资金总额:", C("20", cs=3)],
            ["其中:财政拨款", C("20", cs=3)],
            ["其他资金", C("0", cs=3)],
            ["项目概况", C("对符合规定的村居党下设支部书记发放补贴,激发为民办事的激情", cs=4)],
            ["立项依据", C("巴南委组〔2021〕138号", cs=4)],
            ["项目支出明细", C("村支部书记44人(311元/人),社区4人(191元/人)", cs=4)],
            ["当年绩效目标", C("完成对符合规定的村居下设党支部书记发放补贴,激发为民办事的热情。", cs=4)],
            [C("", rs=len(_R31) + 1), "一级指标", "二级指标", "三级指标", "指标值"],
        ] + _rows31()),
        ("p", "经办人及联系电话:王舜17782316998"),
        ("p", "上报时间:  2021 年10  月 26日"),
        ("p", "项目支出绩效目标表"),
        ("p", "(2022年度)"),
        ("p", "绩效编制单位: 圣灯山镇人民政府"),
        ("table", [
            ["项目名称", "村级组织运转", "项目负责人及电话", C("王舜17782316998", cs=2)],
            ["主管部门", "圣灯山镇人民政府", "实施单位", C("党群办", cs=2)],
        ]),
    ],
    truth={"projects": [
        P("党支部书记补贴", None, "20", "万元", [I(l1, l2.replace("\n", ""), n, v) for l1, l2, n, v in _R31]),
        P("村级组织运转", None, None, None, []),
    ]},
    notes="""
Place: 巴南区圣灯山镇 (Shengdengshan town, Banan district, Chongqing), town level, 党群办 as 实施单位; year 2022 (published
2022-01-30, reported 2021-10-26) — the town's "2022年预算重点项目绩效目标公开", one 项目支出绩效目标表 per project, one after another.
Template kind: Chongqing (Banan) 项目支出绩效目标表: 绩效编制单位 line above; 项目名称 | 项目负责人及电话 / 主管部门 | 实施单位 /
归口业务科室 | 是否政府采购 / 开始日期 | 结束日期 / 项目口径 | 项目属性 / 项目分类 / 资金情况(单位:万元) 年度资金总额: | 其中:财政拨款 |
其他资金 / 项目概况 / 立项依据 / 项目支出明细 / 当年绩效目标, then 一级指标 | 二级指标 | 三级指标 | 指标值 under an EMPTY left label
column; "经办人及联系电话" and "上报时间" lines after the grid.
Layout features: SEVERAL PROJECTS on one page, each its own table (the second is cut, see below); the money unit inside the label
("资金情况\\n(单位:万元)"); level-2 labels broken over two lines ("经济效益\\n指标", "服务对象\\n满意度指标"); a cost row whose NAME is an
amount ("20万元" | "100%"); the same name and value twice ("为民众办好事,办实事" = 100% under 质量指标 and under 可持续影响指标 — each
parsed indicator matches one expected one); "≧95%" with U+2267; the "项目支出明细" cell holds unit rates ("311元/人").
Truth: two projects. 党支部书记补贴: budget 20 万元, eight indicators, complete table (level2 without the line break). 村级组织运转: the
name only — budget, unit and indicators are past the cut, so they are null / empty.
Truncation: the stored text stops in the second table after its 主管部门 row ("归口业务科室" with nothing after it); that row and the rest
of the second project (and any later projects) are left out.
Reconstruction: the stored text separates cells by single spaces and rows by line breaks; in-cell line breaks also break lines (the
level-2 labels); empty cells appear as blank lines (归口业务科室's value; three blank lines before the indicator header, read as the empty
left label column). The 5-column grid and the spans are inferred; that both projects' header rows share the first table's layout is
an inference.
""",
))

# ---------------------------------------------------------------- 33
_GOAL33 = "通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良"
FILINGS.append(dict(
    dir="33-xiangtan-huanwei-wupao-2023",
    html_title="湘潭市环境卫生管理处2023年雾炮车降尘抑尘服务项目支出绩效目标申报表",
    blocks=[
        ("p", "2023年项目支出绩效目标申报表"),
        ("table", [
            [C("填报单位:(盖章) 单位:万元", cs=7)],
            ["项目支出名称", "雾炮车降尘抑尘服务", "预算部门", C("湘潭市环境卫生管理处", cs=4)],
            ["年度本级 预算金额", "250万", "该项目支出上级资金", C("0", cs=4)],
            ["项目支出实施期", C("2023.07-2024.01", cs=6)],
            ["实施期绩效目标", C(_GOAL33, cs=6)],
            ["本年度绩效目标", C(_GOAL33, cs=6)],
            [C("本年度 绩效指标", rs=11), "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准", ""],
            [C("产出指标", rs=5), C("数量指标", rs=2), "雾炮车降尘抑尘服务配备车辆数", "10辆", "计划标准", ""],
            ["雾炮车风炮射程", "≥80M", "计划标准", ""],
            ["质量指标", "服务周期内空气质量", "优良", "计划标准", ""],
            ["时效指标", "服务周期", "2023.07-2024.01", "计划标准", ""],
            ["成本指标", "控制在预算成本内", "250万", "计划标准", ""],
            [C("效益指标", rs=5), "经济效益指标", "", "", "", ""],
            ["社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "≥85%", "计划标准", ""],
            ["生态效益指标", "", "", "", ""],
            ["可持续影响指标", "", "", "", ""],
            ["社会公众或服务对象满意度指标", "市民满意度", "≥90%", "计划标准", ""],
            ["财政部门审核意见", C("", cs=6)],
        ]),
        ("p", "填表人: 宋云花 联系电话:16607326331 填报日期: 单位负责人签字:"),
    ],
    truth={"projects": [P("雾炮车降尘抑尘服务", None, "250", "万元", [
        I("产出指标", "数量指标", "雾炮车降尘抑尘服务配备车辆数", "10辆", basis="计划标准"),
        I("产出指标", "数量指标", "雾炮车风炮射程", "≥80M", basis="计划标准"),
        I("产出指标", "质量指标", "服务周期内空气质量", "优良", basis="计划标准"),
        I("产出指标", "时效指标", "服务周期", "2023.07-2024.01", basis="计划标准"),
        I("产出指标", "成本指标", "控制在预算成本内", "250万", basis="计划标准"),
        I("效益指标", "社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "≥85%", basis="计划标准"),
        I("效益指标", "社会公众或服务对象满意度指标", "市民满意度", "≥90%", basis="计划标准"),
    ])]},
    notes="""
Place: 湘潭市 (Xiangtan, Hunan), city level, 湘潭市环境卫生管理处 (under the city's 城市管理和综合执法局); year 2023 (published
2023-10-13). Hunan is a covered province; kept for its template. The same project's 2024 form is in the held-out half, in
another template.
Template kind: Hunan city 项目支出绩效目标申报表 (2023): "填报单位:(盖章) 单位:万元" as the first grid row; 项目支出名称 | 预算部门 /
年度本级 预算金额 | 该项目支出上级资金 / 项目支出实施期 / 实施期绩效目标 / 本年度绩效目标, then a left label "本年度 绩效指标" over
一级指标 | 二级指标 | 三级指标 | 指标值及单位 | 绩效标准 and an empty seventh column; a 财政部门审核意见 row and a signature line
(填表人 / 联系电话 / 填报日期 / 单位负责人签字) after the grid.
Layout features: the project is a 项目支出名称; the amount carries a bare 万 ("250万") beside a "上级资金 0" cell, the unit only in the
first row ("单位:万元"); headers 指标值及单位 and 绩效标准 (every row "计划标准"); THREE EMPTY level-2 rows (经济效益指标, 生态效益指标,
可持续影响指标: no name, no value — not indicators); the satisfaction label is a level 2 under 效益指标 (old tree); a date range
as a value; "≥80M" with a Latin unit.
Truth: one project, budget 250 万元 (年度本级 预算金额 "250万"; unit from the first row). Seven indicators, complete table;
绩效标准 in value_cells.basis (not scored).
Reconstruction: the captured page prints a row marker "|", cells ending in " |", empty cells as "|" lines, and the cells a row
does not start (spans from above, the empty seventh column) as trailing "|"; the 7-column grid and spans follow from those counts.
That the satisfaction row's level 1 is 效益指标 follows from its trailing count (the level-1 column is covered there).
""",
))

# ---------------------------------------------------------------- 35
_R35 = [
    ("产出指标", "数量指标", "开展运动种类", "1种"),
    ("产出指标", "数量指标", "打造品牌赛事种类", "1种"),
    ("产出指标", "质量指标", "经费支出合规率", "100%"),
    ("产出指标", "质量指标", "赛事完成率", "100%"),
    ("产出指标", "时效指标", "完成时间", "2025年年底前"),
    ("产出指标", "成本指标", "项目总成本", "≤1000万元"),
    ("效益指标", "经济效益指标", "提升六安城市知名度和美誉度,推动体育消费、“网球+”产业深度融合", "经济效益良好"),
    ("效益指标", "社会效益指标", "打造金安国际网球公开赛等系列品牌赛事,提升六安城市的知名度和美誉度。", "效果良好"),
    ("效益指标", "生态效益指标", "本项目不适用此指标", "无"),
    ("效益指标", "可持续影响指标", "打造金安国际网球\n公开赛等系列品牌赛事", "影响可持续"),
    ("满意度指标", "满意度指标", "群众满意度", "≥95%"),
]


def _rows35():
    rows = []
    for i, (l1, l2, n, v) in enumerate(_R35):
        row = []
        if i == 0 or _R35[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for r in _R35 if r[0] == l1)))
        if i == 0 or _R35[i - 1][1] != l2 or _R35[i - 1][0] != l1:
            row.append(C(l2, rs=sum(1 for r in _R35 if r[1] == l2 and r[0] == l1)))
        rows.append(row + [n, v])
    return rows


def _head35(name, total, goal):
    return [
        [C("项目支出绩效目标表", cs=5)],
        [C("(2025年度)", cs=5)],
        ["项目责任人:", "", "单位(盖章):", C("", cs=2)],
        ["项目名称", C(name, cs=4)],
        ["主管部门及代码", "[042]六安市金安区体育局", "实施单位", C("六安市金安区体育局", cs=2)],
        ["项目来源", "本级申报项目", "项目期", C("3年", cs=2)],
        [C("项目资金\n(万元)", rs=3), "年度资金总额:", C(total, cs=3)],
        ["其中:财政拨款", C(total, cs=3)],
        ["其他资金", C("0.00", cs=3)],
        ["年度\n目标", C(goal, cs=4)],
    ]


FILINGS.append(dict(
    dir="35-luan-jinan-tiyu",
    html_title="六安市金安区体育局 2025年项目支出绩效目标表",
    blocks=[
        ("table", _head35("2025金安国际网球公开赛(国际系列赛事)", "1000.00",
                          "打造金安国际网球公开赛等一系列的品牌赛事,提升六安城市的知名度和美誉度。") + [
            [C("绩\n效\n指\n标", rs=len(_R35) + 1), "一级\n指标", "二级指标", "三级指标", "指标值"],
        ] + _rows35()),
        ("table", _head35("安徽省常规赛费用", "1200.00", "因财政资金紧张,结转2024年六运会项目资金") + [
            ["绩\n效\n指\n标", "一级\n指标", "二级指标", "三级指标", "指标值"],
        ]),
    ],
    truth={"projects": [
        P("2025金安国际网球公开赛(国际系列赛事)", None, "1000.00", "万元",
          [I(l1, l2, n.replace("\n", ""), v) for l1, l2, n, v in _R35]),
        P("安徽省常规赛费用", None, "1200.00", "万元", []),
    ]},
    notes="""
Place: 六安市金安区 (Jin'an district, Lu'an, Anhui), district level, 金安区体育局 ([042]); year 2025 (the bureau's 2025 project
target tables, one per project on one page). Anhui is a covered province; kept for its year, its multi-project page and its
character-by-character labels.
Template kind: Anhui 项目支出绩效目标表 (2025): 项目责任人: | 单位(盖章): / 项目名称 / 主管部门及代码 | 实施单位 / 项目来源 | 项目期 /
项目资金(万元) 年度资金总额: | 其中:财政拨款 | 其他资金 / 年度目标, then a left label 绩效指标 over 一级指标 | 二级指标 | 三级指标 |
指标值; one table per project, one after another on the page.
Layout features: labels broken CHARACTER BY CHARACTER or in two ("绩\\n效\\n指\\n标", "一级\\n指标", "年度\\n目标", "项目资金\\n(万元)");
a name broken over two lines ("打造金安国际网球\\n公开赛等系列品牌赛事"); sentence names in the 效益 rows and qualitative values
("经济效益良好", "效果良好", "影响可持续"); a not-applicable row that still carries a value ("本项目不适用此指标" | "无"); "满意度指标" as
level 1 and level 2; a run of empty cells between the two projects' tables.
Truth: two projects. 2025金安国际网球公开赛(国际系列赛事): budget 1000.00 万元, 11 indicators, complete (the "无" row is kept: it has a
name and a written value). 安徽省常规赛费用: budget 1200.00 万元, no indicators (its table is cut right after the indicator header).
Truncation: the stored text stops in the second table's first indicator row ("产出指标 | 数量指标 |", no name, no value); that row and
the rest of the second project (and any later projects) are left out.
Reconstruction: the captured page prints one cell per line ending in " |" (in-cell line breaks kept as line breaks) and shows no
column spans; the 5-column grid, the spans of the upper rows and the level-cell row spans are inferred from the template (the same
2025 Anhui form as other Lu'an and Huaibei pages). The run of eleven empty "|" lines between the tables is left out.
""",
))

# ---------------------------------------------------------------- 37
_NOTE37 = ("1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),"
           "应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.")
FILINGS.append(dict(
    dir="37-meishan-qingshen-gongzi-ziping",
    html_title="部门预算项目支出绩效自评表(2023年度)",
    blocks=[
        ("table", [
            [C("报表编号:510000_0013zp", cs=6), "", "", "", "", ""],
            [C("部门预算项目支出绩效自评表(2023年度)", cs=11)],
            ["项目名称", C("51000021R000000019951-工资性支出", cs=10)],
            ["主管部门", C("青神县发展和改革局本级", cs=4), C("实施单位 (盖章)", cs=2), C("青神县发展和改革局", cs=4)],
            [C("项目基本情况", rs=4), C("1.项目年度目标完成情况", cs=10)],
            [C("项目年度目标", cs=5), C("年度目标完成情况", cs=5)],
            [C("严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。", cs=5),
             C("对照年度目标,说明相关任务目标的完成情况(100字以内)", cs=5)],
            [C("2.项目实施内容及过程概述", cs=3), C("", cs=7)],
            [C("预算执行情况(10分)", rs=6), C("年度预算数(万元)", cs=2), "年初预算", "调整后预算数", "预算执行数", "预算执行率",
             "权重", "得分", C("原因", cs=2)],
            [C("总额", cs=2), "238.93", "251.89", "251.89", "100.00%", "10", "", C(_NOTE37, rs=5, cs=2)],
            [C("其中:财政资金", cs=2), "238.93", "251.89", "251.89", "100.00%", "/", "/"],
            [C("财政专户管理资金", cs=2), "0.00", "0.00", "0.00", "0.00%", "/", "/"],
            [C("单位资金", cs=2), "0.00", "0.00", "0.00", "0.00%", "/", "/"],
            [C("其他资金", cs=2), "", "", "", "", "/", "/"],
            [C("绩效指标(90分)", rs=3), "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
             "未完成原因分析"],
            ["产出指标", "数量指标", "发放(缴纳)覆盖率", "=", "100", "%", "", "60", "", ""],
            ["效益指标", "社会效益指标", "足额保障率(参保率)", "=", "100", "%", "", "30", "", ""],
            [C("合计", cs=8), "100", "", ""],
            ["评价结论", C("结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)", cs=10)],
            ["存在问题", C("结合自评情况,分析存在的问题及原因。(200字以内)", cs=10)],
            ["改进措施", C("针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)", cs=10)],
            [C("项目负责人:", cs=5), C("财务负责人:", cs=5), ""],
        ]),
    ],
    truth={"projects": [P("51000021R000000019951-工资性支出", None, "251.89", "万元", [
        I("产出指标", "数量指标", "发放(缴纳)覆盖率", "=100%", op="=", value="100", unit="%", weight="60"),
        I("效益指标", "社会效益指标", "足额保障率(参保率)", "=100%", op="=", value="100", unit="%", weight="30"),
    ])]},
    notes="""
Place: 青神县 (Qingshen county, Meishan, Sichuan), county level, 青神县发展和改革局; year 2023 (the bureau's self-evaluation of its
2023 budget projects, published on the county site).
Template kind: Sichuan 部门预算项目支出绩效自评表 (2023, report number 510000_0013zp): 项目名称 / 主管部门 | 实施单位 (盖章) / 项目基本情况
(1.项目年度目标完成情况: 项目年度目标 | 年度目标完成情况; 2.项目实施内容及过程概述) / 预算执行情况(10分): 年度预算数(万元) | 年初预算 |
调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 with rows 总额 / 其中:财政资金 / 财政专户管理资金 / 单位资金 / 其他资金; then a
left label 绩效指标(90分) over 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析, a 合计 row,
评价结论 / 存在问题 / 改进措施 and a signature row.
Layout features: a SELF-EVALUATION with a SPLIT target (comparator under 指标性质, number under 指标值, unit under 度量单位) and EMPTY
完成值 and 得分 cells (the unit filled in targets and weights only); the weights (权重 60 and 30) are the only numbers after the unit;
the 项目名称 cell carries the project code ("51000021R000000019951-工资性支出"); the budget block's total row is "总额" (no money
in the title rows; unit only in the header "年度预算数(万元)"); the placeholder sentences of the form are left in the text cells
("对照年度目标,说明...(100字以内)"); a "报表编号:" row above the title.
Truth: one project, name as written (code included; code null as everywhere), budget 251.89 万元 (调整后预算数 of the 总额 row: the
full-year budget, as 全年预算数 in the national form; 年初预算 is 238.93). value = 指标性质 + 指标值 + 度量单位 ("=100%"); value_cells
op, value, unit and weight (权重); no actual and no score (their cells are empty). Two indicators, complete table.
Reconstruction: the captured page prints one cell per line ending in " |" and empty cells as "|" lines, with no sign of spans. The
11-column grid is fixed by the indicator header (a left label + 10); every span of the upper rows (the 报表编号 row, the title, the
name over ten columns, the 项目基本情况 sub-rows, 年度预算数(万元) and 原因 over two columns, the 原因 note down five rows, 合计 over
eight columns, the signature row) is inferred. The 绩效指标(90分) label is taken to span the header and the two indicator rows, not
the 合计 row.
""",
))

# ---------------------------------------------------------------- 39
_NOTE39 = ("1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),"
           "应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.")
_HEAD39 = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"]
FILINGS.append(dict(
    dir="39-suining-daying-anke-ziping",
    html_title="大英县司法局 部门预算项目支出绩效自评表(2023年度)",
    blocks=[
        ("table", [
            [C("绩效指标(90分)", rs=2)] + _HEAD39,
            ["产出指标", "经济成本指标", "成本控制数", "≤", "30", "万元", "完成", "90", "90", ""],
            [C("合计", cs=8), "100", "", ""],
            ["评价结论", C("根据财政局资金下达的管理办法,将资金支付给项目施工方。", cs=10)],
            ["存在问题", C("无", cs=10)],
            ["改进措施", C("无", cs=10)],
            [C("项目负责人:查小兵", cs=5), C("财务负责人:唐勇", cs=5), ""],
        ]),
        ("table", [
            [C("部门预算项目支出绩效自评表(2023年度)", cs=11)],
            ["项目名称", C("51092324T000010263357-2023年全县安可替代补助资金项目", cs=10)],
            ["主管部门", C("大英县司法局部门", cs=4), C("实施单位", cs=2), C("大英县司法局", cs=4)],
            [C("项目基本情况", rs=3), C("1.项目年度目标完成情况", rs=2, cs=2), C("项目年度目标", cs=4), C("年度目标完成情况", cs=4)],
            [C("根据要求购买安可设备,并完成项目资金支付。", cs=4), C("完成", cs=4)],
            [C("2.项目实施内容及过程概述", cs=2), C("2023年购买13台安可电脑,并于12月前完成资金支付。", cs=8)],
            [C("预算执行情况(10分)", rs=6), C("年度预算数(万元)", cs=2), "年初预算", "调整后预算数", "预算执行数", "预算执行率",
             "权重", "得分", C("原因", cs=2)],
            [C("总额", cs=2), "0.00", "3.36", "3.36", "100.00%", "10", "10", C(_NOTE39, rs=5, cs=2)],
            [C("其中:财政资金", cs=2), "0.00", "3.36", "3.36", "100.00%", "/", "/"],
            [C("财政专户管理资金", cs=2), "0.00", "0.00", "0.00", "0.00%", "/", "/"],
            [C("单位资金", cs=2), "0.00", "0.00", "0.00", "0.00%", "/", "/"],
            [C("其他资金", cs=2), "", "", "", "", "/", "/"],
            ["绩效指标(90分)"] + _HEAD39,
        ]),
    ],
    truth={"projects": [
        P(None, None, None, None, [
            I("产出指标", "经济成本指标", "成本控制数", "≤30万元", op="≤", value="30", unit="万元", actual="完成", weight="90",
              score="90"),
        ]),
        P("51092324T000010263357-2023年全县安可替代补助资金项目", None, "3.36", "万元", []),
    ]},
    notes="""
Place: 大英县 (Daying county, Suining, Sichuan), county level, 大英县司法局; year 2023 (self-evaluation of the bureau's 2023 projects,
republished on a county media portal, dyxrmt.cn). Another county's filing of the same 2023 Sichuan self-evaluation form as 37.
Template kind: Sichuan 部门预算项目支出绩效自评表 (2023): one self-evaluation table per project, one after another on the page; the
indicator block 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 under a left label
绩效指标(90分), a 合计 row, 评价结论 / 存在问题 / 改进措施 and a signature row with the names typed in ("项目负责人:查小兵").
Layout features: the captured text STARTS INSIDE A TABLE: the first fragment is the end of a project's table (its indicator header,
one indicator, 合计, conclusions, signatures) whose title, name and budget are before the capture — a nameless, budgetless project;
a level-2 label 经济成本指标 under 产出指标 (the 2023 cost sub-level); a qualitative actual value ("完成") beside a numeric target; the
whole 90 points on one indicator (权重 90, 得分 90); the second project's 项目名称 cell carries its code; its 年初预算 is 0.00 and the
money is all in 调整后预算数 (3.36); 1.项目年度目标完成情况 on the same row as 项目年度目标 | 年度目标完成情况.
Truth: two projects. The first: name, budget and unit null (before the capture), one indicator: 成本控制数 ≤30万元 (op ≤, value 30,
unit 万元), actual 完成, weight 90, score 90. The second: name as written (code included), budget 3.36 万元 (调整后预算数 of the 总额 row,
the full-year budget), no indicators (its first indicator row is cut, see below).
Truncation: the capture begins inside the first table (everything above its indicator header is missing) and stops inside the
second table's first indicator row ("产出指标 | 质量指标 | 完成安可产品购买并按要求支付资金 | = | 100 |", no unit, actual, weight or
score): that row and everything after it are left out; the second table's indicator label is cut to one row.
Reconstruction: the captured page prints each row's cells separated by " | " and then one run of "|" for the columns the row does
not start (spans from above, column spans AND empty cells — they cannot be told apart). The 11-column grid is fixed by the indicator
header; the spans are those of the same form in 37 (合计 over eight columns, the 原因 note over two columns and five rows, the
signature row 5 + 5 + 1), checked against every row's count; where a count leaves an empty cell (the first indicator's 未完成原因分析,
the 合计 row's last two cells, the four empty amounts of 其他资金) it is an empty cell.
""",
))

# ---------------------------------------------------------------- 41
_R41 = [
    ("项目完成\n指标", "数量指标", "每年春节慰问麻风村休养员、村外康复者和现症病人", "32人"),
    ("项目完成\n指标", "数量指标", "宣传教育", "覆盖全区所有人员"),
    ("项目完成\n指标", "质量指标", "麻风村休养员、村外康复者和现症病人生活得到改善", "100%"),
    ("项目完成\n指标", "质量指标", "广大群众对病风病防治知识知晓率显著提升", "100%"),
    ("项目完成\n指标", "时效指标", "项目实施时间", "2021年1月-12月"),
    ("项目完成\n指标", "时效指标", "资金拨付到位情况", "12月底前100%到位"),
    ("项目完成\n指标", "成本指标", "严控成本,严格按照项目资金落实各项工作,不扩大,不增债", "严格按照指标任务落实工作"),
    ("项目效益\n指标", "社会效益指标", "政府对麻风村休养员、村外康复者和现症病人的关爱", "明显增加"),
    ("项目效益\n指标", "社会效益指标", "广大群众对病风病防治意识", "明显增强"),
    ("项目效益\n指标", "可持续影响指标", "项目实施情况", "良好"),
    ("项目效益\n指标", "可持续影响指标", "服务能力提升", "持续加强"),
    ("满意度指标", "满意度指标", "群众幸福感", "明显提升"),
]


def _rows41():
    rows = []
    for i, (l1, l2, n, v) in enumerate(_R41):
        row = [C("绩效指标", rs=len(_R41))] if i == 0 else []
        if i == 0 or _R41[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for r in _R41 if r[0] == l1)))
        if i == 0 or _R41[i - 1][1] != l2 or _R41[i - 1][0] != l1:
            row.append(C(l2, rs=sum(1 for r in _R41 if r[1] == l2 and r[0] == l1)))
        rows.append(row + [n, v])
    return rows


_MONEY41 = [("   (一)财政拨款小计", "4.00"), ("       1、一般公共预算", "4.00"), ("       2、政府性基金", "0.00"),
            ("       3、国有资本经营预算", "0.00"), ("   (二)自有资金小计", "0.00"), ("       1、事业收入", "0.00"),
            ("       2、经营性收入", "0.00"), ("   (三)其他收入", "0.00")]
FILINGS.append(dict(
    dir="41-guangyuan-zhaohua-mafeng",
    html_title="麻风病防治项目",
    blocks=[
        ("p", "项目支出绩效目标申报表"),
        ("p", "(2021年度)"),
        ("table", [
            ["项目名称", C("麻风病防治", cs=4)],
            ["预算单位", C("区疾控中心", cs=4)],
            [C("项目资金(万元)", rs=len(_MONEY41) + 1), C("年度资金总额", cs=3), "金额(万元)"],
        ] + [[C(k, cs=3), v] for k, v in _MONEY41] + [
            [C("总体\n目标", rs=2), C("年度目标", cs=4)],
            [C("每年开展“世界麻风病日”、“中国麻风节”宣传活动和春节前到两个敬老院看望慰问院内休养员、村外康复者和现症患者,实现慰问全覆盖。", cs=4)],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值(包含数字及文字描述)"],
        ] + _rows41()),
    ],
    truth={"projects": [P("麻风病防治", None, None, "万元",
                          [I(l1.replace("\n", ""), l2, n, v) for l1, l2, n, v in _R41])]},
    notes="""
Place: 广元市昭化区 (Zhaohua district, Guangyuan, Sichuan), district level, 区疾控中心 under the 区卫生计生局; year 2021 (published
2022-03-01 by the district health bureau as "麻风病防治项目").
Template kind: Sichuan (Guangyuan) 项目支出绩效目标申报表 (2021): 项目名称 / 预算单位 / 项目资金(万元) with 年度资金总额 | 金额(万元) over an
itemised money block ((一)财政拨款小计 / 1、一般公共预算 / 2、政府性基金 / 3、国有资本经营预算 / (二)自有资金小计 / 1、事业收入 / 2、经营性收入 /
(三)其他收入), 总体目标 年度目标, then 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值(包含数字及文字描述).
Layout features: level-1 labels of the old "项目完成指标 / 项目效益指标" kind (not 产出/效益), broken over two lines ("项目完成\\n指标");
"绩效指标" twice: as the first header cell and again as a label down the left of the data rows; a header with an annotation
("指标值(包含数字及文字描述)"); the money block has NO total: 年度资金总额 is the header of the amount column, the amounts are sub-totals
and items indented with spaces; sentence names and qualitative values ("明显增加", "持续加强", "严格按照指标任务落实工作"); a cost row whose
value is a sentence; typos kept ("病风病"); 满意度指标 as level 1 and level 2.
Truth: one project, 麻风病防治; budget_total null (no total is written: 年度资金总额 heads a column whose only non-zero amounts are the
sub-total 财政拨款小计 4.00 and its item 一般公共预算 4.00; the sum is not taken); money_unit 万元 (项目资金(万元), 金额(万元)). Twelve
indicators, complete table; level1 without the in-cell line break ("项目完成指标", "项目效益指标").
Reconstruction: the stored text separates cells by single spaces and rows by line breaks, and keeps in-cell line breaks ("总体\\n目标",
"项目完成\\n指标"); empty cells and spans are invisible. Each row's name/value split is at its last space (names contain no space; the
cost row's name is the sentence up to "不增债", its value "严格按照指标任务落实工作"). The 5-column grid is fixed by the indicator header;
the row spans of the level cells follow from which rows start with a level word; that the data rows' "绩效指标" is a left label over
all twelve rows (a second label beside the header's own "绩效指标" cell) is an inference; the spans of the upper rows are inferred. The
blank line after "(三)其他收入 0.00" is left out.
""",
))

# ---------------------------------------------------------------- 43
_R43 = [
    ("产出指标", "成本指标", "成本控制", "按照资金测算控制各项成本。"),
    ("产出指标", "时效指标", "完成时限", "2021年12月底完成项目规划相关工作。"),
    ("产出指标", "数量指标", "补贴数量", "对学校2400平米体育场馆补贴5万元。"),
    ("产出指标", "质量指标", "开放质量", "全面落实学校体育设施向社会开放工作。"),
    ("满意度指标", "服务对象满意度指标", "学生及群众的满意率", "95%以上。"),
    ("效益指标", "可持续影响指标", "提升全民健康水平", "促进人民群众健康水平不断提高。"),
    ("效益指标", "社会效益指标", "发展全民健身运动", "通过本项目实施,有效提高全面健康水平。"),
]


def _rows43():
    rows = []
    for i, (l1, l2, n, v) in enumerate(_R43):
        row = [C("绩效指标", rs=len(_R43) + 1), "一级指标", "二级指标", "三级指标", "指标值"] if i == 0 else []
        if row:
            rows.append(row)
            row = []
        if i == 0 or _R43[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for r in _R43 if r[0] == l1)))
        rows.append(row + [l2, n, v])
    return rows


FILINGS.append(dict(
    dir="43-ningxia-changqing-tiyu",
    html_title="宁夏长庆初级中学2019年部门项目支出预算绩效目标公开",
    blocks=[
        ("p", "2019年宁夏长庆初级中学"),
        ("p", "部门项目支出预算绩效目标公开"),
        ("p", "2019年自治区政府预算草案已经自治区第十二届人民代表大会第二次会议审议通过,根据《中共中央 国务院关于全面实施预算绩效管理的意见》"
              "(中发〔2018〕34号)要求,参照《预算法》预算批复和公开的有关规定,现将宁夏长庆初级中学2019年部门项目支出预算绩效目标予以公开。"),
        ("p", "附件:宁夏长庆初级中学2019年项目支出预算绩效目标表"),
        ("p", "宁夏长庆初级中学"),
        ("p", "2019年2月20日"),
        ("table", [
            [C("自治区本级部门2019年项目支出预算绩效目标表", cs=5)],
            ["项目名称", C("学校体育设施向社会免费开放", cs=4)],
            ["主管部门", C("[812]自治区教育厅", cs=2), "实施单位", "【812033】宁夏长庆初级中学"],
            ["项目属性", C("上年延续性项目", cs=2), "项目期", "2019-2021"],
            [C("项目资金(万元)", rs=3), C("年度资金总额", cs=2), C("5", cs=2)],
            [C("其中:财政拨款", cs=2), C("5", cs=2)],
            [C("其他资金", cs=2), C("", cs=2)],
            ["绩效目标", C("加快构建公共体育服务体系,提高公共体育设施利用率,健全公共体育服务长效机制,均衡区域体育资源布局与配置,着力改善我区全民健身条件,"
                          "满足广大群众多样化的健身需求,切实增强青少年体质,有效提升全民健康水平。", cs=4)],
        ] + _rows43()),
    ],
    truth={"projects": [P("学校体育设施向社会免费开放", None, "5", "万元", [I(*r) for r in _R43])]},
    notes="""
Place: 宁夏长庆初级中学 (Changqing junior middle school, Yinchuan, Ningxia), a unit of the autonomous-region level (主管部门 [812]自治区教育厅,
unit 【812033】); year 2019 (notice dated 2019-02-20). Ningxia is a covered province (04, a Guyuan district form); this is the
region-level form.
Template kind: Ningxia 自治区本级部门2019年项目支出预算绩效目标表: 项目名称 / 主管部门 | 实施单位 / 项目属性 | 项目期 / 项目资金(万元) 年度资金总额 |
其中:财政拨款 | 其他资金 / 绩效目标, then 绩效指标 over 一级指标 | 二级指标 | 三级指标 | 指标值; a notice in paragraphs above the table.
Layout features: indicators NOT IN LEVEL ORDER: 产出指标 rows as 成本 / 时效 / 数量 / 质量, then 满意度指标 BEFORE 效益指标, and 可持续影响 before
社会效益; every value a sentence ending in "。" ("95%以上。", "对学校2400平米体育场馆补贴5万元。" — an amount inside a quantity target);
unit codes in two bracket styles ("[812]", "【812033】"); an empty 其他资金 amount; the notice names the school and the date as lines.
Truth: one project, 学校体育设施向社会免费开放, budget 5 万元 (年度资金总额). Seven indicators, complete table; values as written, final "。"
included.
Truncation: the page goes on with a second table (its title is cut: "自治区本级部门2019年项目支出预算绩"); it is left out.
Reconstruction: the captured page prints one cell per line ending in " |" (the empty 其他资金 amount as "|"), without spans. The 5-column
grid is fixed by the indicator header; the pairing of the upper labels (主管部门 with 实施单位 and 项目属性 with 项目期 on one row each), the
spans of the money block and the level-1 row spans (产出指标 over four rows, 效益指标 over two) are inferred from the label sequence.
""",
))

# ---------------------------------------------------------------- 45
_E45 = ["……", "", "", "", "", ""]
_GOALS45 = "目标1:造林1.2万亩,\n目标2森林经营16.3万亩\n目标3:病虫害防治3.45万亩"
FILINGS.append(dict(
    dir="45-yongzhou-lingling-linye-zhengti",
    html_title="2021年林业局部门整体支出绩效自评表",
    blocks=[
        ("table", [
            [C("部门整体支出绩效自评表", cs=8)],
            [C("2021年度)", cs=8)],
            [C("级预算单位名称", cs=2), C(" 陵区林业局", cs=6)],
            [C("年度预\n算申请\n(万元)", cs=2), "年初\n预算数", "全年预算数", "全年\n执行数", "分值", "执行率", "得分"],
            [C("年度资金总额", cs=2), "4753.66万元", "4753.66万元", "3824.26万元", "10", "100%", "10"],
            [C("按收入性质分:", cs=4), C("按支出性质分:", cs=4)],
            [C("  其中: 一般公共预算:1873.66万元", cs=4), C("其中:基本支出:1768.16万元", cs=4)],
            [C("政府性基金拨款:", cs=4), C("项目支出:2985.5万元", cs=4)],
            [C("纳入专户管理的非税收入拨款:", cs=4), C("", cs=4)],
            [C("其他资金:2880万元", cs=4), C("", cs=4)],
            [C("年度总体目标", rs=2), C("预期目标", cs=4), C("实际完成情况 ", cs=3)],
            [C(_GOALS45, cs=4), C(_GOALS45, cs=3)],
            ["一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因\n分析及\n改进措施"],
            [C("产出指标\n(50)", rs=9), C("数量\n指标", rs=3), "造林面积", "1.2万亩", "1.2万亩", "10", "10", ""],
            ["病虫害防治面积", "3.45万亩", "3.45万亩", "7", "7", ""],
            ["森林经营面积", "16.3万亩", "16.3万亩", "7", "7", ""],
            [C("质量\n指标", rs=2), "造林成活率", "85%", "85%", "7", "7", ""],
            _E45,
            [C("时效\n指标", rs=2), "当期完成", "90%", " 100%", "7", "7", ""],
            _E45,
            [C("成本\n指标", rs=2), "造林补助", "每亩300", "每亩300", "6", "6", ""],
            ["育补助", "每亩100", "每亩100", "6", "6", ""],
            [C("效益指标\n30分) ", rs=4), C("经济效\n益指标", rs=2), "木材销售收入", "1100万元", "1093万元", "6", "5", ""],
            ["林产品收入", "2.6亿元", "2.45亿元", "6", "5", ""],
            [C("社会效\n益指标", rs=2), "提高就业率", " 显著", " 显著", "6", "6", ""],
            _E45,
        ]),
    ],
    truth={"projects": [P(" 陵区林业局", None, "4753.66", "万元", [
        I("产出指标(50)", "数量指标", "造林面积", "1.2万亩", actual="1.2万亩", weight="10", score="10"),
        I("产出指标(50)", "数量指标", "病虫害防治面积", "3.45万亩", actual="3.45万亩", weight="7", score="7"),
        I("产出指标(50)", "数量指标", "森林经营面积", "16.3万亩", actual="16.3万亩", weight="7", score="7"),
        I("产出指标(50)", "质量指标", "造林成活率", "85%", actual="85%", weight="7", score="7"),
        I("产出指标(50)", "时效指标", "当期完成", "90%", actual=" 100%", weight="7", score="7"),
        I("产出指标(50)", "成本指标", "造林补助", "每亩300", actual="每亩300", weight="6", score="6"),
        I("产出指标(50)", "成本指标", "育补助", "每亩100", actual="每亩100", weight="6", score="6"),
        I("效益指标30分) ", "经济效益指标", "木材销售收入", "1100万元", actual="1093万元", weight="6", score="5"),
        I("效益指标30分) ", "经济效益指标", "林产品收入", "2.6亿元", actual="2.45亿元", weight="6", score="5"),
        I("效益指标30分) ", "社会效益指标", "提高就业率", " 显著", actual=" 显著", weight="6", score="6"),
    ])]},
    notes="""
Place: 永州市零陵区 (Lingling district, Yongzhou, Hunan), district level, 零陵区林业局; year 2021 (published 2022-04-07 under the
bureau's annual disclosures). Hunan is a covered province; kept for its family (a DEPARTMENT-WIDE SELF-EVALUATION) and its typing.
Template kind: Hunan 部门整体支出绩效自评表 (2021): 一级预算单位名称 / 年度预算申请(万元): 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
得分 with a 年度资金总额 row, then income and expense breakdowns side by side (按收入性质分: | 按支出性质分:), 年度总体目标 预期目标 |
实际完成情况, then 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
Layout features: labels that LOST THEIR FIRST CHARACTER ("级预算单位名称" for 一级预算单位名称, " 陵区林业局" for 零陵区林业局, "2021年度)" and
"30分)" without their opening parenthesis, "育补助" probably 抚育补助); level labels broken inside words ("经济效\\n益指标", "社会效\\n益指标",
"年度预\\n算申请"); the level-1 cells carry their points ("产出指标\\n(50)", "效益指标\\n30分)"); amounts with units in the cells
("4753.66万元", "1100万元" against an actual "1093万元", "2.6亿元"); rates per unit ("每亩300"); placeholder rows "……" with nothing
else; a department, not a project: no 项目名称.
Truth: one "project" for the department: name as written in the 一级预算单位名称 cell (" 陵区林业局", the lost character not restored),
budget 4753.66 万元 (全年预算数 of 年度资金总额; the income parts 1873.66 + 2880 and the expense parts 1768.16 + 2985.5 both add up to it).
Ten indicators with actual, weight (分值) and score (得分); level1 and level2 as written without their in-cell line breaks
("产出指标(50)", "效益指标30分) ", "经济效益指标"); the "……" rows are not indicators.
Truncation: the stored text stops at "生态" (the next level-2 label, 生态效益指标): that row and everything after it (the rest of 效益,
满意度, totals) are left out; the span of 效益指标 is cut at the last reproduced row.
Reconstruction: the stored text prints every paragraph of every cell on its own line with blank lines between, so cell boundaries
and in-cell line breaks look the same; they are told apart by the form (e.g. "年初" + "预算数" is one header cell, "数量" + "指标" one
level-2 cell). The 8-column grid is fixed by the indicator header; the money header's label over two columns, the pairing of the
income and expense lines (income left: 一般公共预算 + 其他资金 = 4753.66; expense right: 基本支出 + 项目支出 = 4753.66), the goal
cells' spans and the level row spans are inferred. Cells holding only a space in the capture (the last column of several rows) are
rebuilt empty.
""",
))

# ---------------------------------------------------------------- 47
_R47 = [
    ("产出指标(70分)", "数量指标", "安装坡面水标尺", "10", "≥266米", "≥266米", "10"),
    ("产出指标(70分)", "数量指标", "水标尺宽度", "10", "≥50厘米", "≥50厘米", "10"),
    ("产出指标(70分)", "质量指标", "项目(工程)验收合格率", "20", "100%", "100%", "20"),
    ("产出指标(70分)", "时效指标", "及时(按期)开工率", "10", "≥90%", "≥90%", "10"),
    ("产出指标(70分)", "时效指标", "及时(按期)完工率", "10", "≥90%", "≥90%", "10"),
    ("产出指标(70分)", "成本指标", "项目计划总投资", "10", "20万元", "20万元", "10"),
    ("效益指标(20分)", "经济效益指标", "", "", "", "", ""),
    ("效益指标(20分)", "社会效益指标", "受益脱贫(含监测对象)户人口数", "10", "≥1000人", "≥1000人", "10"),
    ("效益指标(20分)", "社会效益指标", "群众生产生活条件改善状况", "10", "显著提升", "显著提升", "10"),
    ("满意度指标(10分)", "服务对象满意度指标", "受益脱贫(含监测对象)户满意度", "10", "≥95%", "≥95%", "10"),
    ("满意度指标(10分)", "服务对象满意度指标", "……", "", "", "", ""),
]


def _rows47():
    rows = [[C("绩效指标", rs=len(_R47) + 1), "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
             "未完成原因及拟采取的改进措施"]]
    for i, r in enumerate(_R47):
        row = []
        if i == 0 or _R47[i - 1][0] != r[0]:
            row.append(C(r[0], rs=sum(1 for x in _R47 if x[0] == r[0])))
        if i == 0 or _R47[i - 1][1] != r[1]:
            row.append(C(r[1], rs=sum(1 for x in _R47 if x[1] == r[1])))
        rows.append(row + list(r[2:]) + [""])
    return rows


FILINGS.append(dict(
    dir="47-deyang-zhongjiang-shuibiaochi-ziping",
    html_title="中江县2022年衔接资金实施项目绩效自评表",
    blocks=[
        ("p", "现已完成中江县2022年衔接资金实施项目绩效目标自评,意见收集人:罗娟联系电话:0838-7211924"),
        ("p", "附件:2022年财政衔接资金实施项目绩效自评表"),
        ("p", "中江县水利局"),
        ("p", "2022年12月30日"),
        ("p", "绩效目标自评表"),
        ("p", "(2022年度)"),
        ("table", [
            ["项目名称", C("中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装", cs=3), C("项目负责人及电话", cs=2),
             C("谢凯13990260322(办公)", cs=3)],
            ["主管部门", C("中江县水利局", cs=3), C("实施单位", cs=2), C("中江县水利局", cs=3)],
            [C("资金情况(万元)", cs=4), "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
            [C("年度资金总额:", cs=4), "20", "20", "10", "100.00%", "10"],
            [C("其中:本年财政拨款", cs=4), "20", "20", "", "", ""],
            [C("其他资金", cs=4), "", "", "", "", ""],
            [C("年度总体目标", rs=2), C("年初设定目标", cs=4), C("年度总体目标完成情况综述", cs=4)],
            [C("对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,", cs=4),
             C("对项目区农业用水计量,为项目区农业生产夯实基础,", cs=4)],
        ] + _rows47() + [
            [C("总分", cs=4), "100", "", "", "100", ""],
        ]),
    ],
    truth={"projects": [P("中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装", None, "20", "万元", [
        I(l1, l2, n, v, weight=w, actual=a, score=s) for l1, l2, n, w, v, a, s in _R47 if w])]},
    notes="""
Place: 中江县 (Zhongjiang county, Deyang, Sichuan), county level, 中江县水利局; year 2022 (self-evaluation dated 2022-12-30 for the
county's 2022 衔接资金 projects, republished by a policy-news site, chacewang.com).
Template kind: 绩效目标自评表 for 衔接推进乡村振兴 funds (the 2019 national self-evaluation layout): 项目名称 | 项目负责人及电话 / 主管部门 |
实施单位 / 资金情况(万元): 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 over 年度资金总额: / 其中:本年财政拨款 / 其他资金 /
年度总体目标 年初设定目标 | 年度总体目标完成情况综述, then 绩效指标 over 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 |
未完成原因及拟采取的改进措施, a "……" row and a 总分 row; a notice and a signature block in paragraphs above.
Layout features: the WEIGHT (分值) COMES BEFORE the target (分值 | 年度指标值 | 全年实际值 | 得分); actual values that repeat the target
with its comparator ("≥266米" / "≥266米"); level-1 cells with their points in a non-standard split ("产出指标(70分)", "效益指标(20分)");
an EMPTY level-2 row (经济效益指标); a long project name; a cost target "20万元" equal to the budget.
Truth: one project, budget 20 万元 (全年预算数(A) of 年度资金总额). Nine indicators; value = 年度指标值, value_cells weight (分值), actual
(全年实际值), score (得分). The "……" row and the empty 经济效益 row are not indicators.
Truncation: the stored text ends inside the form's footnote ("注:1.一级指标分值统一设置为:...3.定量指标若为正向"); the footnote is left out.
Reconstruction: the stored text lost EVERY separator (cells, rows and paragraphs run together: "安装坡面水标尺10≥266米≥266米10"). Cells are
split at the form's labels and by the column sequence (分值, target, actual, 得分); the weights are checked by their sums (10+10+20+10+10+10
= 70 for 产出指标(70分), 10+10 = 20 for 效益, 10 for 满意度, 总分 100), which fixes splits such as "20|100%|100%|20" and "10|20万元|20万元|10".
The project name is taken to end before the label "项目负责人及电话" (the form's usual label; "...制作安装项目" + "负责人及电话" cannot be ruled
out). The money row "202010100.00%10" is read 20 | 20 | 10 | 100.00% | 10. Where the goal text splits between 年初设定目标 and its
completion is inferred (the repeated clause starts the second cell). The 9-column grid, the spans, the placing of the two 100s of the
总分 row under 分值 and 得分, and the paragraphs above the table are inferred.
""",
))

# ---------------------------------------------------------------- 49
def _r49(name, v, a, w, s):
    return [C(name, cs=3), C(v, cs=2), C(a, cs=2), w, s, C("", cs=2)]


_R49 = [
    ("数量指标", "指标1:开展精品示范村建设数量", "≤4", "4", "10", "10"),
    ("数量指标", "指标2:建设美丽宜居自然村庄数量", "≥200", "202", "10", "10"),
    ("数量指标", "指标3:完成农村户用卫生厕所改造数量", "≥2000", "3061", "10", "10"),
    ("数量指标", "指标4:新建省级中心村数量", "≥10", "10", "10", "10"),
    ("质量指标", "指标1:美丽宜居自然村庄验收通过率", "≥95%", "100%", "5", "5"),
    ("质量指标", "指标2:户用卫生厕所改造验收通过率", "≥95%", "100%", "5", "5"),
    ("时效指标", "指标1:完成美丽宜居自然村庄验收时间", "9月前", "7月", "5", "5"),
    ("时效指标", "指标2:完成户用卫生厕所改造验收时间", "11月前", "10月", "5", "5"),
]


def _rows49():
    rows = []
    for i, (l2, n, v, a, w, s) in enumerate(_R49):
        row = [C("产出指标", rs=len(_R49))] if i == 0 else []
        if i == 0 or _R49[i - 1][0] != l2:
            row.append(C(l2, rs=sum(1 for r in _R49 if r[0] == l2)))
        rows.append(row + _r49(n, v, a, w, s))
    return rows


_GOAL49A = "1.建设徽风皖韵美丽乡村;2.整治美丽宜居自然村庄;3.推进农村改厕提质增效;4.深入开展村庄清洁行动;5.促进茶谷果岭融合发展。"
_GOAL49B = ("1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设;2.整治美丽宜居自然村庄202个;3.完成农村户用卫生厕所改造3061户;"
            "4.全面完成2022年度10个省级中心村各项建设任务,并顺利通过省级验收;加快2023年度10个省级中心村任务,确保2024年通过各级验收。")
FILINGS.append(dict(
    dir="49-luan-jinzhai-chagu-zhengti-ziping",
    html_title="部门整体支出绩效自评表(2023年度)",
    blocks=[
        ("table", [
            [C("部门整体支出绩效自评表", cs=14)],
            [C("(2023年度)", cs=14)],
            [C("部门", cs=2), C("金寨县茶谷和美丽乡村建设服务中心", cs=12)],
            [C("预算资金 (万元)", rs=5), C("", cs=2), C("年初预算数", cs=2), C("全年预算数", cs=2), C("全年执行数", cs=2),
             C("分值", cs=2), C("执行率", cs=2), "得分"],
            [C("年度资金总额", cs=2), C("329.77", cs=2), C("329.77", cs=2), C("338.31", cs=2), C("10", cs=2), C("102.59%", cs=2), ""],
            [C("其中:当年财政拨款", cs=2), C("329.77", cs=2), C("329.77", cs=2), C("338.31", cs=2), C("—", cs=2), C("102.59%", cs=2), "—"],
            [C("上年结转资金", cs=2), C("", cs=2), C("", cs=2), C("", cs=2), C("—", cs=2), C("", cs=2), "—"],
            [C("其他资金", cs=2), C("", cs=2), C("", cs=2), C("", cs=2), C("—", cs=2), C("", cs=2), "—"],
            [C("年度总体目标", rs=2), C("预期目标", cs=7), C("实际完成情况", cs=6)],
            [C(_GOAL49A, cs=7), C(_GOAL49B, cs=6)],
            [C("绩 效 指 标", rs=len(_R49) + 1), "一级指标", "二级指标", C("三级指标", cs=3), C("年度 指标值", cs=2), C("实际 完成值", cs=2),
             "分值", "得分", C("偏差原因分析及改进措施", cs=2)],
        ] + _rows49()),
    ],
    truth={"projects": [P("金寨县茶谷和美丽乡村建设服务中心", None, "329.77", "万元", [
        I("产出指标", l2, n, v, actual=a, weight=w, score=s) for l2, n, v, a, w, s in _R49])]},
    notes="""
Place: 金寨县 (Jinzhai county, Lu'an, Anhui), county level, 金寨县茶谷和美丽乡村建设服务中心; year 2023 (the unit's department-wide
self-evaluation for 2023). Jinzhai county is in the held-out half with another unit and form (26); this is the build half's
department-wide SELF-EVALUATION in the national Excel layout.
Template kind: Anhui 部门整体支出绩效自评表 (2023): 部门 / 预算资金 (万元): 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over
年度资金总额 / 其中:当年财政拨款 / 上年结转资金 / 其他资金 / 年度总体目标 预期目标 | 实际完成情况, then "绩 效 指 标" over 一级指标 |
二级指标 | 三级指标 | 年度 指标值 | 实际 完成值 | 分值 | 得分 | 偏差原因分析及改进措施 — the same 14-column sheet as the project form.
Layout features: a DEPARTMENT, not a project (部门 cell); indicator names numbered per level-2 block ("指标1:", "指标2:" restart in each
block); targets with bare numbers and comparators ("≤4" with actual 4, "≥2000" with actual 3061) and dates as targets ("9月前" vs "7月");
spending above budget (执行率 102.59%, 338.31 of 329.77) and an EMPTY 得分 in the 年度资金总额 row; "—" in the cells that do not apply;
spaced header words.
Truth: one "project" for the department: name 金寨县茶谷和美丽乡村建设服务中心 (the 部门 cell), budget 329.77 万元 (全年预算数). Eight
indicators with actual, weight (分值) and score (得分); names as written, "指标N:" included.
Truncation: the stored text stops in the first 成本指标 row ("成本指标 | 指标1:", no name, no value): that row and everything after it
(效益, 满意度, totals) are left out; the spans of 绩 效 指 标 and 产出指标 are cut at the last reproduced row.
Reconstruction: the captured page prints each row's cells " | "-separated and then one run of "|" for the columns the row does not
start (spans from above, column spans and empty cells alike); some cells end a line ("预算资金 (万元) |", "年度 指标值 |"). The 14-column
grid and the spans are those of the national 14-column sheet, checked against every row's count: e.g. a data row of
seven cells then seven "|" = the covered left label, five extra columns of the name, target and actual cells and an empty 偏差 cell;
"年度资金总额" then six cells and eight "|" = an empty 得分.
""",
))

# ---------------------------------------------------------------- 51
_R51 = [
    ("产出指标", "数量指标", "完成修理养护的设施数量", "≥90辆"),
    ("产出指标", "质量指标", "经费支出合规性", "较高"),
    ("产出指标", "质量指标", "项目验收合格率", "≥100百分比"),
    ("产出指标", "质量指标", "养护维修质量合格率", "≥100百分比"),
    ("产出指标", "时效指标", "项目完成及时性", "程度较高"),
    ("产出指标", "时效指标", "经费支出时效性", "及时支出"),
    ("产出指标", "成本指标", "项目总成本", "≤****000元"),
    ("效益指标", "经济效益指标", "对减少财政投资成本的改善程度", "程度较高"),
]


def _rows51():
    rows = []
    for i, (l1, l2, n, v) in enumerate(_R51):
        row = [C("绩 效 指 标", rs=len(_R51) + 1)] if i == 0 else []
        if i == 0 or _R51[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for r in _R51 if r[0] == l1)))
        first = i == 0 or _R51[i - 1][1] != l2
        span = sum(1 for r in _R51 if r[1] == l2)
        if first:
            row.append(C(l2, rs=span))
        row += [n, v]
        if first:
            row.append(C(l2, rs=span))
        rows.append(row + ["", "", ""])
    return rows


_ITEMS51 = ["1.“太**城管执法执勤车辆燃油维修费”项目。", "(1)项目概述:", "****城管局执法车及雾炮车等工程车辆燃油定点采购、执法车辆故障定点维修费",
            "(2)立项依据:中标通知书THXCG****0059-1Z", "(3)实施主体:", "****", "(4)起止时间:", "2023年1月1日至2023年12月31日", "(5)项目内容:",
            "保障城管执法巡查车辆、抑尘作业车辆的维修及燃油费用,完成**日常执法及拆违拆旧的出勤任务", "(6)年度预算安排:", "340.00万元", "(7) 绩效目标。"]
FILINGS.append(dict(
    dir="51-anqing-taihu-chengguan-cheliang",
    html_title="城管执法车辆维修燃油费 项目支出绩效目标申报表",
    blocks=[("p", t) for t in _ITEMS51] + [
        ("table", [
            [C("项目支出绩效目标申报表", cs=9)],
            [C("( 2023 年度)", cs=9)],
            [C("项目责任人(签字):韩朝印", cs=4), C("单位(盖章):", cs=5)],
            ["项目名称", C("城管执法车辆维修燃油费", cs=8)],
            ["主管部门及代码", C("[055]****", cs=3), C("实施单位", cs=2), C("****", cs=3)],
            ["项目属性", C("常年项目", cs=3), C("项目期", cs=2), C("1年", cs=3)],
            [C("项目资金 (万元)", rs=3), C("中期资金总额:", cs=2), C("170.00", cs=2), C("年度资金总额:", cs=2), C("340.00", cs=2)],
            [C("其中:财政拨款", cs=2), C("170.00", cs=2), C("其中:财政拨款", cs=2), C("340.00", cs=2)],
            [C("其他资金", cs=2), C("0.00", cs=2), C("其他资金", cs=2), C("0.00", cs=2)],
            [C("总 体 目 标", rs=2), C("中期目标(2023年—2023年)", cs=4), C("年度目标", cs=4)],
            [C("保障城管执法巡查车辆、抑尘作业车辆的维修及燃油费用,完成**日常执法及拆违拆旧的出勤任务", cs=8)],
            ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值", ""],
        ] + _rows51()),
    ],
    truth={"projects": [P("城管执法车辆维修燃油费", None, "340.00", "万元", [I(*r) for r in _R51])]},
    notes="""
Place: 太湖县 (Taihu county, Anqing, Anhui) — inferred: the republishing site masks place names with "*" ("太**城管", "****城管局"), and the
tender number "THXCG****0059-1Z" reads as 太湖县城管 (THX CG); Anhui also fits the form. County level, the county 城管 bureau ([055]); year
2023 (项目支出绩效目标申报表 (2023年度), published on a tender portal, qianlima.com, in 2024).
Template kind: Anhui 项目支出绩效目标申报表 (2023): 项目责任人(签字) | 单位(盖章) / 项目名称 / 主管部门及代码 | 实施单位 / 项目属性 | 项目期 /
项目资金 (万元) with TWO money columns (中期资金总额: | 年度资金总额: with 其中:财政拨款 / 其他资金 under each) / 总体目标 中期目标(2023年—2023年)
| 年度目标, then "绩 效 指 标" over 一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值 and an empty last column — TWO COLUMN
GROUPS with unsuffixed headers (the 中期 group and the 年度 group).
Layout features: the first group holds the indicators; the SECOND GROUP holds only the level-2 label (its 三级指标 and 指标值 are empty),
spanning the same rows; a masked cost target ("≤****000元") and masked unit names ("[055]****"); a spelled-out percentage unit
("≥100百分比"); qualitative values ("较高", "程度较高", "及时支出"); the budget also in the numbered prose above the table ("(6)年度预算安排:
340.00万元") and a mid-term total (170.00) smaller than the annual one.
Truth: one project, 城管执法车辆维修燃油费; budget 340.00 万元 (年度资金总额:; the prose's 年度预算安排 340.00万元 agrees; 中期资金总额 170.00 is
not taken). Eight indicators from the filled group; level2 = the group's level-2 cell (the same word as the second group's).
Truncation: the stored text stops in the 社会效益指标 row ("对单位履职、促进事业发展", no value): that row and everything after it are left
out; the spans of 绩 效 指 标 and 效益指标 are cut at the last reproduced row.
Reconstruction: the captured page prints each row's cells " | "-separated and then one run of "|" for the columns the row does not
start (spans from above, column spans and empty cells alike). The 9-column grid is fixed by the indicator header (eight cells and one
"|"); the counts fix the rest, e.g. "项目验收合格率 | ≥100百分比" then "|||||||" = the covered left label, 一级 cell, first-group and
second-group level-2 cells, two empty second-group cells and the empty last column — so the second group's level-2 cell spans its
block like the first's. The goal row has one cell over eight columns (an empty 年度目标 cell would give the same count). The numbered
prose lines above the table are kept as paragraphs.
""",
))

# ---------------------------------------------------------------- 53
_T53 = [
    ("   产出指标", None, None),
    ("    成本指标(必填硬性指标)", None, None),
    ("     按照辖区内社区卫生服务机构计划进行采购后,以采购价提供给各社区卫生服务机构", "100%", None),
    ("     按照物价部门定价标准采购", "100%", None),
    ("    时效指标(必填)", None, None),
    ("     疫苗提供及时率", "100%", None),
    ("     对美沙酮维持患者及时给予治疗", "100%", None),
    ("    数量指标(必填硬性指标)", None, None),
    ("     疫苗使用率", "100%", None),
    ("     满足海洛因成瘾患者维持治疗需求", "100%", None),
    ("    质量指标(必填)", None, None),
    ("     质量符合国家标准,有国家颁发的批签发等相关证明文件", "100%", None),
    ("     美沙酮药物治疗符合国家相关标准", "100%", None),
    ("   满意度指标", None, None),
    ("    服务对象满意度指标(必填)", None, None),
    ("     服务对象满意度", "100%", None),
    ("   效益指标", None, None),
    ("    可持续影响指标(必填)", None, None),
    ("     通过注射疫苗,可以有效降低疫苗针对传染病的发生", "40%", None),
    ("     通过美沙酮药物维持治疗可以有效地降低艾滋病在吸毒人群中传播,减少毒品的使用", "90%", None),
    ("    社会效益指标(必填)", None, None),
    ("     满足辖区居民对常用疫苗的需求", "100%", None),
    ("     满足海洛因成瘾患者维持治疗需求", "100%", None),
]


def _truth53():
    out, l1, l2 = [], None, None
    for t, v, _ in _T53:
        depth = len(t) - len(t.lstrip(" "))
        if depth == 3:
            l1 = t.strip()
        elif depth == 4:
            l2 = t.strip()
        else:
            out.append(I(l1, l2, t.strip(), v))
    return out


FILINGS.append(dict(
    dir="53-shizuishan-jikong-yimiao",
    html_title="石嘴山市疾病预防控制中心2020年项目支出预算绩效目标公开情况",
    blocks=[
        ("p", "关于石嘴山市疾病预防控制中心2020年项目支出预算绩效目标公开情况的说明"),
        ("p", "2020年石嘴山市疾病预防控制中心共设置项目支出预算绩效目标1个,分别是狂犬、乙肝、流感等疫苗及美沙酮药物项目,涉及财政拨款资金300万元。"),
        ("p", "石嘴山市疾病预防控制中心2020年项目绩效目标批复表"),
        ("table", [
            [C(" 石嘴山市疾病预防控制中心2020年项目绩效目标批复表", cs=3)],
            [C("单位:元", cs=3)],
            ["项目", "指标值", "绩效金额"],
            [" 石嘴山市疾病预防控制中心", "", ""],
            ["  狂犬、乙肝、流感等疫苗及美沙酮药物", "", "3000000"],
        ] + [[t, v or "", ""] for t, v, _ in _T53]),
        ("p", "附件下载:"),
    ],
    truth={"projects": [P("狂犬、乙肝、流感等疫苗及美沙酮药物", None, "3000000", "元", _truth53())]},
    notes="""
Place: 石嘴山市 (Shizuishan, Ningxia), city level, 石嘴山市疾病预防控制中心; year 2020 (published 2020-03-04). Ningxia is a covered
province (04, 43); this city and this layout are new.
Template kind: Ningxia (Shizuishan) 项目绩效目标批复表 — a TREE IN ONE COLUMN: a three-column table 项目 | 指标值 | 绩效金额 whose 项目 column
holds, one row each and indented by leading spaces, the unit (1 space), the project (2), the level-1 label (3), the level-2 label (4) and
the indicator name (5); 指标值 only on indicator rows, 绩效金额 only on the project row.
Layout features: NO level columns — the levels are given by indentation only; money in 元 ("单位:元", 3000000) while the prose above says
300万元; level-2 labels with annotations ("成本指标(必填硬性指标)", "时效指标(必填)"); level-2 blocks in an unusual order (成本, 时效, 数量,
质量) and 满意度指标 before 效益指标; the same name and value twice ("满足海洛因成瘾患者维持治疗需求" 100% under 数量指标 and under
社会效益指标 — each parsed indicator matches one expected one); long sentence names.
Truth: one project (the two-space row), budget 3000000 元 (绩效金额 of that row; the unit row above it is the department and carries no
amount); level1 / level2 from the nearest 3-space / 4-space rows above, annotations kept. Thirteen indicators, complete table.
Reconstruction: the stored text prints each cell as its own paragraph (blank lines between), empty cells not at all, and keeps the
leading spaces. The 3-column grid is fixed by the header 项目 | 指标值 | 绩效金额; a number after a name is its 指标值 (a percentage) or,
on the project row, its 绩效金额 (3000000 — the only amount, matching the prose's 300万元); empty cells are rebuilt empty. That the
title and "单位:元" are rows of the table (and not paragraphs) is inferred; the page's own heading lines are left out.
""",
))

# ---------------------------------------------------------------- 55
_P55 = [
    ("产 出 指 标", "数量 指标", "5000吨稻谷、500吨成 品粮储备到位率", "100%", "100%", ""),
    ("产 出 指 标", "数量 指标", "库存数量真实率", "100%", "100%", ""),
    ("产 出 指 标", "质量 指标", "县级储备粮管理制 度严格执行率", "100%", "100%", ""),
    ("产 出 指 标", "质量 指标", "储备粮管理专户管 理率", "100%", "100%", ""),
    ("产 出 指 标", "质量 指标", "县级储备粮库存粮 食明显变质比例", "0", "0", ""),
    ("产 出 指 标", "时效 指标", "县级储备粮贷款付 息及时率", "100%", "100%", ""),
    ("产 出 指 标", "时效 指标", "县级储备粮应急保 障率", "100%", "100%", ""),
    ("产 出 指 标", "成本 指标", "国家政策性粮收购 价格执行率", "100%", "100%", ""),
    ("产 出 指 标", "成本 指标", "县级储备粮库存成 本核算率", "100%", "100%", ""),
    ("效益 指标", "经济 效益 指标", "利息费用保障率", "100%", "100%", ""),
    ("效益 指标", "经济 效益 指标", "政策性挂账利息补 贴保障率", "100%", "无", "没有轮换、动用库存"),
]
_Q55 = [
    ("效 益 指 标", "生态 效益 指标", "低温、低氧、低剂量 科学保粮率", "100%", "100%", ""),
    ("效 益 指 标", "生态 效益 指标", "食品安全指标达标 率", "100%", "100%", ""),
    ("效 益 指 标", "可持 续影 响指标", "粮食储备设备维 护及安全性", "高", "高", ""),
    ("满意 度指 标", "服务 对象 满意 度指 标", "因粮食市场波动引 起的粮食安全事件 发生数", "0起", "0起", ""),
    ("满意 度指 标", "服务 对象 满意 度指 标", "市民满意度调查", "290%", "100%", ""),
]


def _rows55(rs, label):
    rows = []
    for i, (l1, l2, n, v, a, why) in enumerate(rs):
        row = [C(label, rs=len(rs))] if i == 0 and label else []
        if i == 0 or rs[i - 1][0] != l1:
            row.append(C(l1, rs=sum(1 for r in rs if r[0] == l1)))
        if i == 0 or rs[i - 1][1] != l2:
            row.append(C(l2, rs=sum(1 for r in rs if r[1] == l2)))
        rows.append(row + [n, v, a, why])
    return rows


FILINGS.append(dict(
    dir="55-hengyang-hengshan-chubeiliang-ziping",
    html_title="2020年度县级专项资金绩效目标自评表",
    blocks=[
        ("p", "2020年度县级专项资金绩效目标自评表"),
        ("table", [
            ["专项资金名称", C("县级储备粮", cs=2), "负责人及电话", C("旷建成、向建军", cs=3)],
            ["县级主管部门", C("衡山县商务和粮食局", cs=2), "实施单位", C("粮食调控储备与产业发展股", cs=3)],
            [C("项目资金(万元)", cs=3), "全年预算数(A)", "全年执行数(B)", C("执行率(B/A)", cs=2)],
            [C("年度资金总额", cs=3), "194.9", "194.9", C("100%", cs=2)],
            [C("其中:中央、省、市补助县级资金", cs=3), "194.9", "194.9", C("100%", cs=2)],
            [C("其他资金", cs=3), "", "", C("", cs=2)],
            [C("年度 总体 目标", rs=2), C("年初设定目标", cs=3), C("全年实际完成情况", cs=3)],
            [C("保持和稳定地方粮食储备机制", cs=3), C("地方储备粮食规模达标", cs=3)],
            [C("绩 效 指 标", rs=len(_P55) + 1), "一级 指标", "二级 指标", "三级指标", "年度指标 值", "全年 完成值", "未完成原因和 改进措施"],
        ] + _rows55(_P55, None)),
        ("table", _rows55(_Q55, "绩效 指标") + [
            ["说明", C("无", cs=6)],
        ]),
    ],
    truth={"projects": [P("县级储备粮", None, "194.9", "万元",
                          [I(l1, l2, n, v, actual=a) for l1, l2, n, v, a, _ in _P55 + _Q55])]},
    notes="""
Place: 衡山县 (Hengshan county, Hengyang, Hunan), county level, 衡山县商务和粮食局 (实施单位 粮食调控储备与产业发展股); year 2020 (a Word file
"2020年度县级专项资金绩效目标自评表.docx" shown as text on a document-sharing site, taowenge.com). Hunan is a covered province; Hengshan
county and this form are new.
Template kind: Hunan 县级专项资金绩效目标自评表 (2020): 专项资金名称 | 负责人及电话 / 县级主管部门 | 实施单位 / 项目资金(万元) 全年预算数(A) |
全年执行数(B) | 执行率(B/A) over 年度资金总额 / 其中:中央、省、市补助县级资金 / 其他资金 / 年度总体目标 年初设定目标 | 全年实际完成情况, then
绩效指标 over 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施; a 说明 row.
Layout features: the TABLE BREAKS ACROSS TWO PAGES and the merged labels are printed again on the second page ("绩效 指标", "效 益 指 标");
every label and many names carry LINE-WRAP SPACES ("产 出 指 标", "可持 续影 响指标", "县级储备粮管理制 度严格执行率"); no weights and no
scores (target | actual only); bare zero targets ("0" | "0", "0起" | "0起"); an actual "无" with a reason ("没有轮换、动用库存"); the
project is a 专项资金名称; the satisfaction target is "290%" in the capture — almost certainly "≥90%" whose sign the text export turned
into "2" (the same happens on other pages of that site); it is KEPT AS CAPTURED in every file and in the truth.
Truth: one project, 县级储备粮, budget 194.9 万元 (全年预算数(A)). Sixteen indicators with actual (全年完成值), level cells as written
(spaces included; the scorer ignores white space); the second page's level 1 is its own re-printed cell ("效 益 指 标").
Truncation: the document ends in a footnote ("注:1、其他资金包括...的自", cut); the footnote is left out. Complete table otherwise.
Reconstruction: the stored text lost every separator (cells and rows run together: "5000吨稻谷、500吨成 品粮储备到位率100%100%") and is
broken into numbered chunks by the sharing site ("1、", "2、", "3、" — left out). Cells are split at the form's labels and at the
target/actual pairs ("100%100%", "00", "高高", "0起0起", "290%100%"); names are taken to end where the first value starts. The 7-column
grid, the spans, the page break as a second table (its own left label and level-1 cell), and the empty 未完成原因 cells are inferred.
""",
))

# ================================================================ third round (issue 21): 57-75
# Gathered in the order 57, 58, ... from the stored-page index and split by
# alternation before anything was scored: odd numbers here, even numbers in
# ../real-heldout/.

# ---------------------------------------------------------------- 57
_R57 = ["新罗区", "永定区", "上杭县", "武平县", "长汀县", "连城县", "漳平市"]
FILINGS.append(dict(
    dir="57-longyan-minzong-quyu",
    html_title="关于下达2023年龙岩市民族发展专项资金的通知",
    blocks=[
        ("p", "相关县(市、区)财政局、民族与宗教事务局:为促进少数民族地区经济社会事业发展,经研究,现下达民族发展专项资金70万元(详见附表),"
              "款列“2012399-其他民族事务支出”,上下级对账时,列市对县补助支出,请加强专项资金管理,并反馈使用情况,"),
        ("p", "附件:1.2023年龙岩市民族发展专项资金分配表2.专项转移支付绩效目标表"),
        ("p", "龙岩市财政局龙岩市民族与宗教事务局2023年3月13日"),
        ("p", "附件1"),
        ("p", "2023年龙岩市民族发展专项资金分配表"),
        ("p", "单位:万元"),
        ("table", [
            ["序号", "单位", "项目", "金额"],
            [C("1", rs=7), C("上杭县", rs=7), "龙岩市畲族文化研究会《闽西畲族志》编纂出版项目", "10"],
            ["南阳镇双溪村人饮工程二期项目", "8"],
            ["下都镇吉安村屋顶安装分布式光伏发电项目", "8"],
            ["湖洋镇文光村少数民族文化长廊项目", "8"],
            ["南阳镇涂坑村畲族文化交流及文化产业服务基地建设", "8"],
            ["中都镇古坊村五驳桥段道路拓宽硬化及沟渠建设项目(百香果产业)", "8"],
            ["小计", "50"],
            [C("2", rs=5), C("漳平市", rs=5), "双洋镇中村村茶山道路硬化项目", "5"],
            ["双洋镇坑源村村口村标及绿化项目", "6"],
            ["象湖镇科山村畲族文化展览厅项目", "6"],
            ["漳平市民族与宗教事务局民族团结进步创建项目", "3"],
            ["小计", "20"],
            [C("合计", cs=3), "70"],
        ]),
        ("p", "附件2"),
        ("p", "专项转移支付绩效目标表"),
        ("p", "(2023年度)"),
        ("table", [
            ["部门(单位)名称", C("龙岩市民族与宗教事务局", cs=5), "部门预算编码", C("230001", cs=5)],
            ["项目名称", C("宗教管理经费补助", cs=5), "区域", C("新罗区、永定区、上杭县、武平县、长汀县、连城县、漳平市", cs=5)],
            [C("资金情况(万元)", rs=3), C("资金总额:", cs=2), C("30", cs=9)],
            [C("其中:财政拨款", cs=2), C("30", cs=9)],
            [C("其他资金", cs=2), C("", cs=9)],
            ["总体目标", C("为推进宗教活动场所规范化管理,提升我市宗教工作管理水平,", cs=11)],
            [C("绩效指标", rs=4), C("一级指标", rs=2), C("二级指标", rs=2), C("三级指标", rs=2), C("指标解释", rs=2), C("区域目标值", cs=7)],
            list(_R57),
            [C("产出指标", rs=2), "数量指标", "宗教管理经费补助县(市、区)数量", "反映宗教管理经费补助县(市、区)数量情况",
             "2", "3", "1", "2", "2", "2", "2"],
            ["质量指标", "项目资金使用合规性", "反映项目资金使用合规情况"] + [">=95%"] * 7,
        ]),
    ],
    truth={"projects": [P("宗教管理经费补助", None, "30", "万元", [
        I("产出指标", "质量指标", "项目资金使用合规性", ">=95%", description="反映项目资金使用合规情况",
          regions={r: ">=95%" for r in _R57}),
    ])]},
    notes="""
Place: 龙岩市 (Longyan, Fujian), city level, 龙岩市财政局 and 龙岩市民族与宗教事务局; year 2023 (dated 2023-03-13), republished on
chacewang.com. Fujian is covered (01 秀屿区, 02 宁德); Longyan is new.
Template kind: a finance notice with two attachments: an allocation table (序号 | 单位 | 项目 | 金额, 小计 rows per county, a 合计 row)
and a Fujian 专项转移支付绩效目标表 (部门(单位)名称 | 部门预算编码 / 项目名称 | 区域 / 资金情况(万元) 资金总额 / 其中:财政拨款 / 其他资金 /
总体目标, then 绩效指标 over 一级指标 | 二级指标 | 三级指标 | 指标解释 | 区域目标值 with one column per recipient area: 新罗区 ... 漳平市).
Layout features: PER-AREA VALUE COLUMNS (seven) with no 指标方向 column; an ALLOCATION TABLE with 小计 and 合计 rows before the target
table (not a project, its rows are not indicators); ASCII comparators (">=95%"); a 指标解释 column.
Truth: one project, 宗教管理经费补助, budget 30 万元 (资金总额). ONE indicator: 项目资金使用合规性, all seven areas ">=95%", so value
">=95%" with value_cells.regions and description. The 数量指标 row (宗教管理经费补助县(市、区)数量) is LEFT OUT of the truth: its seven
area cells DIFFER (2, 3, 1, 2, 2, 2, 2 as split here) and the convention defines a single target only when all areas agree; a parser
that reports it is not wrong about the filing, but its value is not scored either way.
Truncation: the capture stops inside the next row ("项目完成率反映", cut); it and everything after are left out.
Reconstruction: the stored text lost every separator (the aggregator glued the notice, both tables and all cells into one line:
"小计502漳平市..." = 小计 50 | 2 漳平市). Cells are split at the form's labels and at the amounts (the amounts add up: 50 + 20 = 70).
"2312222" under seven areas is split into seven one-digit cells: that split is an inference. The paragraphs, the 12-column grid and
every span are inferred. The 总体目标 ends in "," as captured (the aggregator cut sentences).
""",
))

# ---------------------------------------------------------------- 59
FILINGS.append(dict(
    dir="59-chongqing-zhongxian-shengzhu-quyu",
    html_title="忠县财政局关于提前下达2022年中央生猪(牛羊)调出大县奖励资金预算指标的通知",
    blocks=[
        ("p", "县农业农村委:"),
        ("p", "根据《重庆市财政局皇冠足球比分:提前下达2022年中央生猪(牛羊)调出大县奖励资金预算指标的通知》(渝财农〔2021〕111号)文件,"
              "现将2022年生猪调出大县奖励资金397万元下达你单位,用于支持生猪产业发展。"),
        ("p", "本次下达中央生猪(牛羊)调出大县奖励资金为2022年中央直达资金(标识:01中央直达资金),贯穿资金分配、拨付、使用等整个环节,且保持不变。"
              "按照《中央对地方专项转移支付绩效目标管理暂行办法》(财预〔2015〕153号)等文件要求,本次将2021年生猪调出大县奖励资金年度绩效目标一并下达,"
              "请严格按照《生猪(牛羊)调出大县奖励资金管理办法》(财建〔2015〕778号)等文件规定,完善资金使用方案,强化预算执行和绩效目标管理,"
              "规范资金使用,确保资金专款专用,提高资金使用绩效。"),
        ("p", "年终决算列报功能科目“农业农村(21301)”,经济科目按实际支出内容列报。"),
        ("p", "附件:生猪(牛羊)调出大县奖励资金区域绩效目标表"),
        ("p", "忠县财政局"),
        ("p", "2022年1月18日"),
        ("p", "附件"),
        ("table", [
            [C("生猪(牛羊)调出大县奖励资金区域绩效目标表", cs=6)],
            ["资金名称", C("生猪(牛羊)调出大县奖励资金", cs=5)],
            ["中央主管部门", C("财政部、农业农村部", cs=5)],
            ["省级财政部门", C("重庆市财政局", cs=5)],
            ["省级主管部门", C("重庆市农业农村委员会", cs=5)],
            ["区县财政部门", C("忠县财政局", cs=5)],
            ["区县主管部门", C("忠县农业农村委员会", cs=5)],
            [C("资金情况", rs=3), "年度金额(万元):", C("397", cs=4)],
            ["其中:中央补助(万元)", C("397", cs=4)],
            ["地方资金(万元)", C("", cs=4)],
            ["年度目标", C("到2022年底,生猪生产稳定有序发展,能繁母猪保有量、规模养殖场保有量完成市政府既定目标,推进畜牧业高质量发展。", cs=5)],
            [C("一级指标", cs=2), "二级指标", "三级指标", "单位", "指标值"],
            [C("绩效指标", rs=2), C("产出指标", rs=2), C("数量指标", rs=2), "猪肉产量稳定率", "%", "≥95%"],
            ["能繁母猪稳定率", "%", "90%"],
        ]),
    ],
    truth={"projects": [P("生猪(牛羊)调出大县奖励资金", None, "397", "万元", [
        I("产出指标", "数量指标", "猪肉产量稳定率", "≥95%", unit="%"),
        I("产出指标", "数量指标", "能繁母猪稳定率", "90%", unit="%"),
    ])]},
    notes="""
Place: 忠县 (Zhongxian county, Chongqing), county level, 忠县财政局 to 县农业农村委; year 2022 (dated 2022-01-18). Captured from a
site that mirrors the county's pages and replaced words with advertising ("皇冠足球比分" where the title reads "关于"); the table is
untouched. Chongqing is covered (17, 19, 31); Zhongxian is new.
Template kind: 区域绩效目标表 of a central transfer (生猪(牛羊)调出大县奖励资金): 资金名称 / 中央主管部门 / 省级财政部门 / 省级主管部门 /
区县财政部门 / 区县主管部门 / 资金情况 年度金额(万元): | 其中:中央补助(万元) | 地方资金(万元) / 年度目标, then 一级指标 | 二级指标 |
三级指标 | 单位 | 指标值.
Layout features: the HEADER ROW IS ONE CELL SHORT (family 5): the caption row starts with 一级指标 over the left-label column and the
row-spanning 绩效指标 label starts on the first data row, so every data row has one cell more than the captions; a 单位 COLUMN BEFORE
指标值 whose value cell already carries the unit ("%" | "≥95%"); the title is a row of the grid; the project is named in 资金名称.
Truth: one project, 生猪(牛羊)调出大县奖励资金 (资金名称 taken as the project name, as 专项名称 is), budget 397 万元 (年度金额). Two
indicators; value = the 指标值 cell as written ("≥95%", "90%" — the unit is not added twice), the 单位 cell in value_cells.unit.
Truncation: the capture stops at "时" (the 时效指标 row); that row and the rest are left out; spans are cut at the last row kept.
Reconstruction: the capture prints one cell per line ending in " |" and a row's covered cells as a run of "|"; the 6-column grid and
the spans are inferred from those counts ("397 | |||" = 397 over four columns; "一级指标 | ... | 指标值 | |" = five captions with the
first over two columns). The leading "?" of the capture (a lost character) is left out of the filing.
""",
))

# ---------------------------------------------------------------- 61
FILINGS.append(dict(
    dir="61-longyan-minzu-2025",
    html_title="关于下达2025年龙岩市民族发展专项资金的通知",
    blocks=[
        ("p", "关于下达2025年龙岩市民族发展专项资金的通知"),
        ("p", "相关县(市、区)财政局、民族与宗教事务局:"),
        ("p", "为促进少数民族地区经济社会事业发展,经研究,下达民族发展专项资金55万元(详见附表),款列“2120815-农村社会事业支出”,"
              "上下级对账时,列市对县补助支出,望专款专用,并反馈使用情况。"),
        ("p", "附件:1.2025年龙岩市民族发展专项资金分配表"),
        ("p", "2.专项转移支付绩效目标表"),
        ("p", "龙岩市财政局           龙岩市民族与宗教事务局"),
        ("p", "2025年4月14日"),
        ("p", "附件1"),
        ("p", "2025年龙岩市民族发展专项资金分配"),
        ("table", [
            ["序号", "单位", "项目", "金额(万元)"],
            ["1", "新罗区", "新罗区“石榴红”民族团结工作室", "10"],
            [C("2", rs=4), C("上杭县", rs=4), "全省民族团结进步宣传月活动启动仪式", "10"],
            ["才溪镇大贵村光伏发电基站工程(二期)", "13"],
            ["南阳镇双溪村道路拓宽修复", "8"],
            ["", "31"],
            [C("3", rs=3), C("漳平市", rs=3), "双洋镇中村少数民族行政村茶山机耕道硬化", "7"],
            ["象湖镇科山村道路修复项目", "7"],
            ["", "14"],
            [C("", cs=3), "55"],
        ]),
        ("p", "附件2"),
        ("p", "专项转移支付绩效目标表"),
        ("p", "2025年度)"),
        ("table", [
            ["部门(单位)名称", C("龙岩市民族与宗教事务局", cs=3), "部门预算编码", C("230001", cs=3)],
            ["项目名称", C("民族发展专项资金", cs=3), "补助区域", C("县(区)", cs=3)],
            [C("资金情况(万元)", rs=3), C("资金总额:", cs=2), C("55", cs=5)],
            [C("其中:财政拨款", cs=2), C("55", cs=5)],
            [C("其他资金", cs=2), C("", cs=5)],
            ["总体目标", C("促进民族乡村经济社会事业发展、铸牢中华民族共同体意识", cs=7)],
            [C("绩效\n指标", rs=2), C("一级\n指标", rs=2), C("二级指标", rs=2), C("三级指标", rs=2), C("指标解释", rs=2),
             C("区域目标值", cs=3)],
            ["新罗区", "上杭县", "漳平市"],
        ]),
    ],
    truth={"projects": [P("民族发展专项资金", None, "55", "万元", [])]},
    notes="""
Place: 龙岩市 (Longyan, Fujian), city level; year 2025 (龙财行指〔2025〕8号, dated 2025-04-14), on the city's open-government site.
Same city as 57 (two years later, another project).
Template kind: finance notice with an allocation table (序号 | 单位 | 项目 | 金额(万元)) and a Fujian 专项转移支付绩效目标表 with one value
column per recipient area (新罗区 | 上杭县 | 漳平市) under 区域目标值.
Layout features: the allocation table's SUBTOTAL ROWS HAVE NO LABEL (an empty project cell beside 31 and 14, an empty row beside the
total 55) — neither they nor the allocation rows are indicators or projects; the year line of the title lost its "(" ("2025年度)");
labels broken over two lines ("绩效\\n指标", "一级\\n指标").
Truth: one project, 民族发展专项资金, budget 55 万元 (资金总额), NO indicators: the capture ends before the first indicator has a value.
Truncation: the capture stops inside the first indicator row ("产出\\n指标 | 数量目标 | 基础设施建设、民族文化", cut); that row is
left out.
Reconstruction: the capture prints one cell per paragraph; the row breaks, the 4-column allocation grid with its row spans (序号/单位
over their projects and subtotal) and the 8-column target grid are inferred. "一级" and "指标" are two paragraphs in the capture and
are taken as one two-line cell, like "绩效\\n指标".
""",
))

# ---------------------------------------------------------------- 63
FILINGS.append(dict(
    dir="63-luzhou-luxian-wenlv-zhengti",
    html_title="2024年县级部门整体支出绩效目标申报表",
    blocks=[
        ("p", "2024年县级部门整体支出绩效目标申报表"),
        ("p", "来源: 泸县文化广电旅游局 发布时间:2024-03-12 14:56:00 浏览次数: 【字体:"),
        ("p", "预算部门:文化部门"),
        ("table", [
            [C("总体资金情况(万元)", rs=4), C("预算支出", cs=9)],
            [C("总额", rs=2), C("基本支出", cs=4), C("项目支出", cs=4)],
            ["合计", "财政拨款", "专户资金", "单位资金", "合计", "财政拨款", "专户资金", "单位资金"],
            ["1695.55", "1478.75", "1478.75", "", "", "216.80", "216.80", "", ""],
            [C("年度主要任务", rs=3), C("任务名称", cs=3), C("主要内容", cs=6)],
            [C("基本支出:人员类、公用经费等运转类支出", cs=3),
             C("保障部门本级及下属单位人员类、公用经费等运转类支出。提高预算编制质量,严格执行预算,保障单位日常运转。", cs=6)],
            [C("项目支出1:公共文化服务(群众文化)", cs=3),
             C("组织县级非遗展演、非遗进校园活动,设计、制作、购买非遗文创产品,开展非物质文化遗产公益性宣传、展示、交流、传播等活动。"
               "促进泸县文化发展大繁荣、丰富广大群众精神文化生活,组织开展群众文化惠民系列活动,组织开展2024三下乡文化文艺演出,"
               "积极参与配合省市品牌活动赛事及演出,组织开展送文化下乡,送文化进乡镇、进校园、进社区、进园区、送景区等系列精品文化惠民"
               "演出活动促进精神文明建设,满足群众文化需求,引进优秀剧目,创作文艺作品等。", cs=6)],
        ]),
    ],
    truth={"projects": [P(None, None, "1695.55", "万元", [])]},
    notes="""
Place: 泸县 (Luxian county, Luzhou, Sichuan), county level, 泸县文化广电旅游局 (预算部门: 文化部门); year 2024 (published 2024-03-12).
Sichuan is covered (37, 39, 41, 47); Luxian is new.
Template kind: Sichuan 县级部门整体支出绩效目标申报表 (department-wide): 总体资金情况(万元) with a two-level header (预算支出 > 总额 |
基本支出 (合计 | 财政拨款 | 专户资金 | 单位资金) | 项目支出 (same four)), then 年度主要任务 任务名称 | 主要内容.
Layout features: a MONEY TABLE WITH A TWO-ROW HEADER and the amounts in the row under it (the total 1695.55 under 总额); a TASK LIST
(年度主要任务) whose rows are named tasks with long descriptions — not indicators; the department is named only in a paragraph above
the grid ("预算部门:文化部门").
Truth: one department, name null (no 部门名称 or 项目名称 cell), budget 1695.55 万元 (总额), NO indicators (the capture ends inside the
task list, before the indicator table).
Truncation: the capture stops inside the third task ("项目支出2:文旅融合 | ...娱乐市场专项整治行", cut); that row and everything after
are left out.
Reconstruction: the capture prints one cell per paragraph and loses empty cells except as blank runs; the 10-column grid, the header
spans and the row breaks are inferred. The amounts row reads 1695.55, 1478.75, 1478.75, (blank), 216.80, 216.80, (blank) in the
capture; each blank run is taken as the two empty columns 专户资金 | 单位资金 — an inference.
""",
))

# ---------------------------------------------------------------- 65
_R65 = [  # l1, l2, name, target, actual, score
    ("产出指标", "质量指标", "指标1:食品安全监管人员培训", "已完成", "已完成", "5"),
    ("产出指标", "质量指标", "指标2:违法案件查办率", "100%", "100%", "4"),
    ("产出指标", "质量指标", "指标3:食品经营环节风险分级", "100%", "100%", "5"),
    ("产出指标", "质量指标", "指标4:开展食品安全宣传周等科普宣传活", "已完成", "已完成", "3"),
    ("产出指标", "质量指标", "指标5:进口冷链食品新冠肺炎疫情应急处置示范演练", "已完成", "已完成", "3"),
    ("产出指标", "质量指标", "指标6:食品安全投诉举报处置率", "100%", "100%", "3"),
    ("产出指标", "时效指标", "指标1:食品监管专项工作整体完成时间", "2021年12月31日", "2021年12月31日", "5"),
    ("效益指标", "社会效益指标", "指标1:辖区内与补助资金相关的重大食品安全监管责任事故发生数", "0次", "0次", "3"),
    ("效益指标", "社会效益指标", "指标2:辖区内公众食品安全科普知识素养", "逐步提高", "逐步提高", "3"),
]
_G65 = ["目标1:深入开展食品风险隐患排查整治。", "目标2:加大违法行为打击力度。",
        "目标3:加强基层监管人员监管业务培训。", "目标4:加大食品安全宣传力度。"]
FILINGS.append(dict(
    dir="65-suining-anju-shipin-ziping",
    html_title="食品监管补助资金区域绩效目标自评表",
    blocks=[
        ("p", "政府信息公开"),
        ("p", "食品监管补助资金区域绩效目标自评表"),
        ("p", "来源:安居区市场监管局 发布时间:2022-08-15 18:21 浏览次数: 字体: [ ] 打印"),
        ("p", "食品监管补助资金区域绩效目标自评表"),
        ("table", [
            ["专项名称", C("食品监管补助资金", cs=6)],
            ["中央主管部门", C("市场监管总局", cs=5), "自评得分"],
            ["省级财政部门", C("四川省财政厅", cs=2), "省级主管部门", C("四川省市场监管局", cs=2), "100"],
            [C("预算执行情况", rs=3), "预算数:", C("2.38", cs=2), "执行数:", "2.38", "20"],
            ["其中:中央补助", C("2.38  万元", cs=2), "其中:中央补助", "2.38万元", ""],
            ["地方资金/其他", C("万元", cs=2), "地方资金/其他", "万元", ""],
            [C("年度目标完成情况", rs=5), C("预期目标", cs=3), C("目标实际完成情况", cs=2), "20"],
        ] + [[C(g, cs=3), C(g, cs=2), ""] for g in _G65] + [
            [C("年度绩效指标完成情况", rs=len(_R65) + 1), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "50"],
            [C("产出指标", rs=7), C("质量指标", rs=6)] + list(_R65[0][2:]),
        ] + [list(r[2:]) for r in _R65[1:6]] + [
            ["时效指标"] + list(_R65[6][2:]),
            [C("效益指标", rs=2), C("社会效益指标", rs=2)] + list(_R65[7][2:]),
            list(_R65[8][2:]),
        ]),
    ],
    truth={"projects": [P("食品监管补助资金", None, "2.38", "万元", [
        I(l1, l2, n, v, actual=a, score=s) for l1, l2, n, v, a, s in _R65])]},
    notes="""
Place: 安居区 (Anju district, Suining, Sichuan), district level, 安居区市场监管局; year 2021 (self-evaluation published 2022-08-15).
Suining is covered by 39 (大英县); Anju district is new.
Template kind: Sichuan 区域绩效目标自评表 of a central transfer (食品监管补助资金): 专项名称 / 中央主管部门 / 省级财政部门 | 省级主管部门 with
a SCORE COLUMN on the right headed 自评得分 (100 overall, 20 for 预算执行情况, 20 for 年度目标完成情况, 50 for the indicator block, then
one score per indicator row); 预算执行情况 预算数: | 执行数: with 其中:中央补助 / 地方资金/其他 rows; 年度目标完成情况 预期目标 | 目标实际完成情况;
then 年度绩效指标完成情况 over 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成指标值 | (score).
Layout features: the score column's HEADER IS A NUMBER ("50") on the indicator caption row, its title (自评得分) is far above; amounts
carry the unit inside the cell ("2.38  万元"); names numbered per level 2 ("指标1:", "指标2:", restarting under 时效指标); the
indicator block starts at 质量指标 (no 数量指标 rows); qualitative targets ("已完成", "逐步提高") and a date target.
Truth: one project, 食品监管补助资金 (专项名称), budget 2.38 (预算数:), money unit 万元 — an inference from the amount cells ("2.38  万元",
"万元"), the table has no "(万元)" label. Nine indicators: value = 年度指标值, value_cells.actual = 实际完成指标值, value_cells.score =
the right-hand column (taken as the score because of the 自评得分 heading; it could be read as the weight — the targets are all met).
Truncation: the capture stops inside the 可持续影响指标 row ("指标1:技", cut); it and the rest are left out.
Reconstruction: the capture prints one cell per paragraph; the 7-column grid, the spans and the position of the score cells (a blank
one beside each 年度目标 row) are inferred. Cell spacing is kept ("2.38  万元").
""",
))

# ---------------------------------------------------------------- 67
_Q67 = [  # l2, name, target, actual  (level 1 is an empty cell)
    ("数量指标", "指标1.药品抽验品种", "≥3", "4"),
    ("数量指标", "指标2.化妆品抽验批次", "≥3", "7"),
    ("数量指标", "指标3.医疗器械抽验批次", "≥2", "3"),
    ("数量指标", "指标4.药品监管企业数", "≥124", "253"),
    ("数量指标", "指标5.化妆品监管企业数", "≥290", "311"),
    ("数量指标", "指标6.医疗器械监管企业数", "≥21", "85"),
    ("数量指标", "指标7.药品监管人员人均培训学时", "≥90", "96"),
    ("质量指标", "指标1.药品抽检完成率", "100%", "100%"),
    ("质量指标", "指标2.化妆品抽验完成率", "100%", "100%"),
    ("质量指标", "指标3.医疗器械抽验完成率", "100%", "100%"),
    ("质量指标", "指标4.不合格产品处置率", "", ""),
    ("质量指标", "指标5:药品不良反应每百万人口报告数", "≥150", "150"),
    ("质量指标", "指标6.化妆品不良反应每百万人口报告数", "≥10", "10"),
    ("质量指标", "指标7.医疗器械不良应每百万人口报告数", "≥30", "30"),
    ("质量指标", "指标8.培训人员覆盖率", "100%", "100%"),
    ("时效指标", "任务完成时间", "2021年底", "2021年底"),
    ("成本指标", "指标1.培训成本", "400元/人、天", "180元/人、天"),
    ("成本指标", "指标2.药品抽验平均标准", "", ""),
    ("成本指标", "指标3.化妆品抽验平均标准", "", ""),
]


def _rows67():
    rows, seen = [], set()
    for i, (l2, n, v, a) in enumerate(_Q67):
        row = []
        if i == 0:
            row.append(C("", rs=len(_Q67)))
        if l2 not in seen:
            seen.add(l2)
            row.append(C(l2, rs=sum(1 for q in _Q67 if q[0] == l2)))
        rows.append(row + [n, v, a])
    return rows


FILINGS.append(dict(
    dir="67-suining-jingkai-yaopin-ziping",
    html_title="2021年中央对地方专项转移支付区域绩效目标自评表(市场监管经开区分局)",
    blocks=[
        ("p", "国家级遂宁经济技术开发区"),
        ("p", "2021年中央对地方专项转移支付区域绩效目标自评表(市场监管经开区分局)"),
        ("p", "2021年中央对地方专项转移支付区域绩效目标自评表"),
        ("p", "填报类型:整体□  区域√  项目□"),
        ("table", [
            ["单位名称", C("遂宁市市场监督管理局经开区分局", cs=2), "联系人及电话", C("田苗苗,15881923688", cs=2)],
            [C("预算\n执行\n情况\n(万元)", rs=2), C("转移支付预算数(A)", cs=2), "5.8万", C("预算执行率(B/A)", rs=2), C("100%", rs=2)],
            [C("转移支付执行数(B)", cs=2), "5.8万"],
            [C("年度\n目标\n完成\n情况", rs=2), C("预期目标", cs=2), C("目标实际完成情况", cs=3)],
            [C("目标1:完成两品一械抽检工作\n目标2:加强两品一械企业监管力度\n目标3:加强培训,提高监管人员专业水平\n"
               "目标4:加强两品一械科普宣传力度", cs=2),
             C("目标1:配合完成抽检148个批次\n目标2:加强了两品一械企业监管力度\n目标3:提高监管人员专业水平,培训率达100%\n"
               "目标4:多次组织两品一械科普宣传活动", cs=3)],
            [C("", rs=len(_Q67) + 1), "一级\n指标", "二级指标", "三级指标", "指标值", "完成值"],
        ] + _rows67()),
    ],
    truth={"projects": [P(None, None, "5.8", "万元", [
        I(None, l2, n, v, actual=a) for l2, n, v, a in _Q67 if v])]},
    notes="""
Place: 遂宁经济技术开发区 (Suining economic-technological development zone, Sichuan), 遂宁市市场监督管理局经开区分局; year 2021
(self-evaluation of a central transfer for 两品一械 — drugs, cosmetics, medical devices). Suining is covered by 39 (大英县) and by 65
(安居区, the held-out half has none); the development zone is a separate budget unit.
Template kind: 2021 中央对地方专项转移支付区域绩效目标自评表 (填报类型 整体/区域/项目 ticked 区域): 单位名称 | 联系人及电话 / 预算执行情况(万元)
转移支付预算数(A) | 预算执行率(B/A) / 转移支付执行数(B) / 年度目标完成情况 预期目标 | 目标实际完成情况, then 一级指标 | 二级指标 | 三级指标 |
指标值 | 完成值.
Layout features: the LEFT LABEL AND THE LEVEL-1 CELL OF THE OUTPUT BLOCK ARE EMPTY (the captions "产出指标" and "绩效指标" are lost — in
the source they are blank cells), so level 1 is null for every kept row; names numbered per level 2 with "指标1." (one "指标5:");
three rows WITHOUT A TARGET OR ACTUAL (指标4.不合格产品处置率, 指标2.药品抽验平均标准, 指标3.化妆品抽验平均标准) — not indicators; amounts
with the unit glued ("5.8万"); the money unit only in the label "预算执行情况(万元)" broken over four lines.
Truth: one (regional) project, name null (no 项目名称 cell; 单位名称 is the filing unit), budget 5.8 万元 (转移支付预算数(A)). Sixteen
indicators, level1 null, value = 指标值, value_cells.actual = 完成值.
Truncation: the capture stops inside the first 效益指标 row ("效益指标 | 社会效益\\n指标 | 指标1.“两品一械”总体安全", cut); that row and
everything after are left out.
Reconstruction: the capture separates cells by spaces and rows by line breaks and prints the empty cells as blank lines; the 6-column
grid, the spans, and the two empty cells before 一级指标 and before 数量指标 are inferred.
""",
))

# ---------------------------------------------------------------- 69
_T69 = "“四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批;进度督导检查、工程质量监督检查、工程安全运营检查;财务审计、工程竣工验收。"
_B69 = "山西省人民政府晋政办发[2018]96号文件、阳泉市人民政府阳政办发[2017]103号文件、阳泉市人民政府办公厅会议专题纪要[2018]54号"
FILINGS.append(dict(
    dir="69-yangquan-gonglu",
    html_title="山西省阳泉市市级预算部门(单位)项目支出绩效目标申报表",
    blocks=[
        ("p", "时间:2021-04-22"),
        ("table", [
            [C("山西省阳泉市市级预算部门(单位)项目支出绩效目标申报表", cs=8)],
            [C("2021年", cs=8)],
            ["项目名称", C("“四好农村路”、“三个一号旅游路”工作经费", cs=7)],
            ["主管部门及代码", "经济建设科", "实施单位", C("阳泉市公路服务中心", cs=5)],
            ["项目属性", "延续性项目(阶段开展)", "项目期限", C("3年", cs=5)],
            ["项目预算资金(万元)", "中期预算资金总额", "年度预算资金总额", C("25", cs=5)],
            ["项目概况", C(_T69, cs=7)],
            ["立项依据", C(_B69, cs=7)],
            ["项目设立必要性", C(_T69, cs=7)],
            ["保证项目实施的制度、措施", C(_B69, cs=7)],
            ["项目实施计划", C("“四好农村路”、“三大板块旅游路”项目开工前期项目勘察设计审批需20万元;进度督导检查、工程质量监督检查、"
                             "工程安全运营检查需20万元;财务审计、工程竣工验收需10万元,合计50万元。", cs=7)],
        ]),
    ],
    truth={"projects": [P("“四好农村路”、“三个一号旅游路”工作经费", None, "25", "万元", [])]},
    notes="""
Place: 阳泉市 (Yangquan, Shanxi), city level, 阳泉市公路服务中心 under 经济建设科; year 2021 (published 2021-04-22 on the city
transport bureau's site). Shanxi is covered by 07 (吕梁, self-evaluation); Yangquan and this form are new.
Template kind: Shanxi 市级预算部门(单位)项目支出绩效目标申报表: 项目名称 / 主管部门及代码 | 实施单位 / 项目属性 | 项目期限 / 项目预算资金(万元)
中期预算资金总额 | 年度预算资金总额 / 项目概况 / 立项依据 / 项目设立必要性 / 保证项目实施的制度、措施 / 项目实施计划 / 中期目标 | 年度目标.
Layout features: TWO BUDGET CAPTIONS SIDE BY SIDE with one amount (中期预算资金总额 has no value cell; 年度预算资金总额 25); the project
plan names amounts that are NOT the budget ("需20万元 ... 合计50万元"); quoted project name with “ ” marks.
Truth: one project, budget 25 万元 (年度预算资金总额), NO indicators (the capture ends in the 总体目标 block, before the indicator table).
Truncation: the capture stops inside 总体目标 ("...建设里程巡查、质量", cut); the 中期目标 | 年度目标 caption row and the 总体目标 row are
left out.
Reconstruction: the capture marks cells with " |" and covered cells with runs of "|"; the 8-column grid and the spans are inferred from
those counts (the title row "| |||||||" = one cell over eight columns). The page's font-size links ("大 中 小") and "来源:" are left
out.
""",
))

# ---------------------------------------------------------------- 71
FILINGS.append(dict(
    dir="71-nanping-wuyishan-xuanchuan",
    html_title="关于提前下达2026年福建省省级宣传文化事业发展专项资金的通知",
    blocks=[
        ("p", "武夷山市委宣传部、财政局:按照《福建省财政厅中共福建省委宣传部关于提前下达2026年福建省省级宣传文化事业发展专项资金的通知》"
              "(闽财教指〔2025〕85号)精神,现下达你市2026年省级宣传文化事业发展专项资金15万元,收入列“1100247文化旅游体育与传媒共同财政事权"
              "转移支付收入”科目,省级宣传文化事业发展专项资金列入转移支付预算执行常态化监督范围,请你市财政部门在预算管理一体化系统及时接收"
              "登录预算指标,提高转移支付资金管理使用的规范性和有效性,要严格按照《福建省省级宣传文化事业发展专项资金管理办法》要求,"),
        ("p", "附件:1.2026年度省级宣传文化事业发展专项资金安排表2.专项资金绩效目标表"),
        ("p", "南平市财政局中共南平市委宣传部2026年2月12日"),
        ("p", "附件1"),
        ("p", "2026年度省级宣传文化事业发展专项资金安排表"),
        ("p", "单位:万元"),
        ("table", [
            ["县(市、区)", "项目名称", "单位名称", "金额"],
            ["武夷山市", "福建省对外文化交流基地建设(武夷星茶业有限公司)", "武夷山市委宣传部", "15"],
        ]),
        ("p", "附件2:"),
        ("p", "专项资金绩效目标表"),
        ("p", "(2026年度)"),
        ("table", [
            ["项目名称", C("福建省省级宣传文化事业发展专项资金(对外文化交流基地建设)", cs=4)],
            ["主管部门(单位)名称", C("武夷山市委宣传部", cs=4)],
            ["补助区域", C("武夷山市", cs=4)],
            [C("资金情况(万元)", rs=3), "资金总额:", C("15", cs=3)],
            ["其中:财政拨款", C("15", cs=3)],
            ["其他资金", C("0", cs=3)],
            ["总体目标", C("①邀请不少于3名来自不同国家的国际友人(武夷星国际茶文化志愿者)到武夷星进行茶相关知识实习实训,深入了解中国茶文化、"
                          "武夷茶文化,②全年度接待不少于100人次国际友人到武夷星体验中国茶文化,感受中国茶文化魅力、武夷岩茶非遗制作技艺,"
                          "如2026年中秋邀请在武夷山的海外留学生参与“四季中国茶”品鉴茶会,邀请国际茶文化志愿者参与文化节活动,15万元", cs=4)],
            ["产出指标", "数量指标", "邀请国际友人实习实训涉及国家数量", "邀请国际友人实习实训涉及国家数量", "≥3个"],
        ]),
    ],
    truth={"projects": [P("福建省省级宣传文化事业发展专项资金(对外文化交流基地建设)", None, "15", "万元", [
        I("产出指标", "数量指标", "邀请国际友人实习实训涉及国家数量", "≥3个", description="邀请国际友人实习实训涉及国家数量"),
    ])]},
    notes="""
Place: 武夷山市 (Wuyishan, Nanping, Fujian), county-level city, 武夷山市委宣传部; year 2026 (notice of 南平市财政局, dated 2026-02-12,
budget year 2026), republished on chacewang.com. Fujian is covered (01, 02, 57, 61); Nanping/Wuyishan is new.
Template kind: finance notice with an allocation table (县(市、区) | 项目名称 | 单位名称 | 金额) and a Fujian 专项资金绩效目标表: 项目名称 /
主管部门(单位)名称 / 补助区域 / 资金情况(万元) 资金总额: | 其中:财政拨款 | 其他资金 / 总体目标, then the indicator rows.
Layout features: the indicator rows come WITH NO CAPTION ROW in the capture (no 一级指标 | 二级指标 | ... line between 总体目标 and the
first row), so columns must be read from their content: level 1, level 2, the name, an explanation that REPEATS THE NAME word for
word, the target; the 总体目标 text ends in a stray amount ("15万元").
Truth: one project, budget 15 万元 (资金总额). One indicator: 邀请国际友人实习实训涉及国家数量 ≥3个, the repeated name kept as
value_cells.description (the 指标解释 position of the Fujian form).
Truncation: the capture ends after the first indicator; anything after it is missing.
Reconstruction: the stored text lost every separator (the aggregator glued notice, tables and cells into one line); cells are split at
the form's labels; the name/explanation split is made where the name repeats. The 5-column grid, the spans and the paragraphs are
inferred; no caption row is invented.
""",
))

# ---------------------------------------------------------------- 73
_N73 = "宁国市文旅局“毛竹山、官山遗址工程和上坦桥工程”项目及绩效目标情况"
FILINGS.append(dict(
    dir="73-xuancheng-ningguo-wenwu",
    html_title=_N73,
    blocks=[
        ("table", [
            ["索引号", "113417025970934056/202101-00051", "组配分类", "财政资金"],
            ["发布机构", "宁国市文旅局(市广电新闻出版局)", "发文日期", "2021-01-05 17:04"],
            ["发布文号", "无", "关键词", _N73 + ",部门项目"],
            ["信息来源", "宁国市文旅局(市广电新闻出版局)", "主题导航", "文化、广电、新闻出版"],
            ["信息名称", _N73, "内容概述",
             "(1)项目概述:毛竹山、官山遗址项目主要是毛竹山、官山遗址保护性设施改造,以及周边防排水工程建设等。\n"
             "上坦桥工程项目主要是上坦桥本体保护维修一期工程,实施五个拱券维修及北端上下雁翅维修等。\n"
             "(2)立项依据:文物保函〔2014〕3054号《国家文物局关于毛竹山、官山遗址保护性设施改造及放排水工程立项的批复》\n"
             "(3)起止时间:毛竹山、官山遗址保护性设施及防排水工程:2020年11月——2021年7月止。上坦桥本体保护维修一期工程:2020年9月——2021年1月止。\n"
             "(4)项目内容:毛竹山、官山遗址保护性设施及防排水工程,总建筑面积1658平方米,其中,毛竹山遗址保护性设施建筑面积416平方米,"
             "建筑高度6.3米; 官山遗址保护性设施建筑面积1242平方米,建筑高度10.95米,均为框架结构,六级抗震设计。上坦桥本体保护维修一期工程,"
             "维修面积实施五个拱券维修及北端上下雁翅维修。\n"
             "(5)年度预算安排:200万\n"
             "(6)绩效目标和指标:(见该项目绩效目标表)"],
        ]),
        ("p", "毛竹山、官山遗址工程和上坦桥工程项目绩效目标表"),
        ("p", "填报单位:宁国市文化和旅游局 单位:万元"),
        ("table", [
            ["项目名称", C("毛竹山、官山遗址工程和上坦桥工程项目", cs=6)],
            ["实施单位", C("宁国市文旅局", cs=6)],
            [C("项目资金", rs=3), "年度资金总额:", C("200", cs=5)],
            ["其中:财政拨款", C("200", cs=5)],
            ["其他资金", C("", cs=5)],
        ]),
    ],
    truth={"projects": [P("毛竹山、官山遗址工程和上坦桥工程项目", None, "200", "万元", [])]},
    notes="""
Place: 宁国市 (Ningguo, Xuancheng, Anhui), county-level city, 宁国市文化和旅游局; year 2021 (published 2021-01-05). Captured from a
site that mirrors the city's open-government pages (siseiken.net); text unchanged. Anhui is covered; Ningguo is new.
Template kind: an Anhui open-government item (索引号 | 组配分类 / 发布机构 | 发文日期 / ... / 信息名称 | 内容概述) whose summary lists the
project in numbered paragraphs ((1)项目概述 ... (5)年度预算安排:200万 (6)绩效目标和指标), followed by the 项目绩效目标表 (项目名称 / 实施单位 /
项目资金 年度资金总额: | 其中:财政拨款 | 其他资金) under a line "填报单位:... 单位:万元".
Layout features: a METADATA TABLE before the target table whose cells hold a second statement of the budget in prose ("年度预算安排:200万")
and a keyword cell repeating the title; the money unit only in the line above the grid ("单位:万元", as 19's 金额单位).
Truth: one project, budget 200 万元 (年度资金总额), NO indicators (the capture ends inside the money block).
Truncation: the capture stops after 其他资金 ("其他资金 | ||", the rest missing); the indicator part is not captured.
Reconstruction: the capture marks cells with " |" and covered cells with "|"; the 4-column metadata grid, the 7-column target grid and
the spans are inferred; the summary paragraphs are taken as the content of the 内容概述 cell, and the table title and the 填报单位 line
as paragraphs between the two tables (in the page they may sit inside that cell).
""",
))

# ---------------------------------------------------------------- 75
_P75 = """一、项目基本情况
(一)绩效目标情况
建设8个县级人大代表之家,并确保正常运行。
(二)资金安排情况
财政年初预算40万元。年初下达资金指标40万元。
二、绩效目标完成情况分析
(一)预算执行进度情况分析
严格按照梓潼县人大机关财务管理制度执行预算,同时按照资金使用范围严格支出。2023年该项目预算40万元,实际支出40万元。
(二)总体绩效目标完成情况分析
完成8个代表之家建设,搭建代表履职平台,保障代表依法履职。
(三)绩效指标完成情况分析
年度内完成8个代表之家标准化建设,运行良好。
(四)项目效益分析
搭建代表履职平台,推动代表亮身份、亮承诺、亮计划,拉近代表与选民的距离,让群众找得到代表,说得上话、办得了事。代表满意度达90%以上,人民群众满意度达90%以上。
三、偏离绩效目标的原因和下一步改进措施
总体绩效目标和绩效指标均已完成。
四、绩效自评结果拟应用和公开情况
评价结果将用于调整预算安排方式、增减预算规模和优化支出结构,并作为改进业务管理、财务管理的重要参考,绩效自评结果也会随同决算公开。建议2024年度安排预算资金40万元。
五、其他需要说明的问题
无
附件:1.人大代表之家建设项目绩效目标自评表
2.2023年度人大代表之家建设项目支出绩效评价得分表
附件1"""
FILINGS.append(dict(
    dir="75-mianyang-zitong-renda-ziping",
    html_title="人大代表之家建设项目绩效自评报告",
    blocks=[("p", line) for line in _P75.split("\n")] + [
        ("table", [
            [C("人大代表之家建设项目绩效目标自评表", cs=8)],
            [C("(2023年度)", cs=8)],
            ["政策(项目)名称", C("人大代表之家建设", cs=7)],
            ["项目主管部门", C("梓潼县人大常委会办公室", cs=2), "资金使用单位", C("梓潼县人大常委会办公室", cs=4)],
            [C("项目资金", rs=6), C("", cs=2), "全年预算数", "全年执行数", C("预算执行率", cs=3)],
            [C("年度资金总额:", cs=2), "40", "40", C("100%", cs=3)],
            [C("其中:中央、省补助", cs=2), "", "", C("", cs=3)],
            [C("市级财政资金", cs=2), "", "", C("", cs=3)],
            [C("县级财政资金", cs=2), "40", "40", C("100%", cs=3)],
            [C("其他资金", cs=2), "", "", C("", cs=3)],
        ]),
    ],
    truth={"projects": [P("人大代表之家建设", None, "40", None, [])]},
    notes="""
Place: 梓潼县 (Zitong county, Mianyang, Sichuan), county level, 梓潼县人大常委会办公室; year 2023 (self-evaluation report with its
tables). Sichuan is covered; Mianyang/Zitong is new.
Template kind: Sichuan 项目绩效目标自评表 (政策(项目)名称 / 项目主管部门 | 资金使用单位 / 项目资金 全年预算数 | 全年执行数 | 预算执行率 over 年度资金总额 /
其中:中央、省补助 / 市级财政资金 / 县级财政资金 / 其他资金 / 总体目标 ...), after a prose self-evaluation report.
Layout features: a LONG PROSE REPORT before the table that states amounts, counts and satisfaction rates in sentences ("预算40万元",
"完成8个代表之家", "代表满意度达90%以上") — none of them is an indicator row; the project is named in 政策(项目)名称; the money block has
no unit label.
Truth: one project, 人大代表之家建设, budget 40 (全年预算数 of 年度资金总额), money unit null (the table names none; the prose says 万元),
NO indicators (the capture ends at 总体目标, before the indicator rows).
Truncation: the capture stops at "总体" (the 总体目标 row); it and the rest are left out.
Reconstruction: the capture marks cells with " |" and covered cells with "|"; the 8-column grid and the spans are inferred from those
counts.
""",
))

# ================================================================ fourth round (issue 21): 77-100, odd here

# ---------------------------------------------------------------- 77
_R77 = [  # l1, l2, name, target, actual, weight, score
    ("产出指标(50分)", "数量指标", "开展县域结对交流活动", "≥3次", "3", "10", "10"),
    ("产出指标(50分)", "质量指标", "科技特派员创业能力提升", "创业能力提升", "达成预期指标", "20", "20"),
    ("产出指标(50分)", "时效指标", "2022年底之前", "2022年底之前", "达成预期指标", "10", "10"),
    ("产出指标(50分)", "成本指标", "科技特派员业务培训开展", "≥5万元", "5", "10", "10"),
    ("效益指标(30分)", "经济效益指标", "带动农民增收", "农民增收", "达成预期指标", "10", "10"),
    ("效益指标(30分)", "社会效益指标", "巩固拓展脱贫攻坚成果", "巩固拓展脱贫攻坚成果", "达成预期指标", "10", "10"),
    ("效益指标(30分)", "可持续影响指标", "科技特派员创业行动能力持续提升", "能力持续提升", "达成预期指标", "10", "10"),
    ("满意度指标(10分)", "满意度指标", "群众创业热情高涨", "创业热情高涨", "达成预期指标", "10", "10"),
]


def _row77(r):
    return [r[1], r[2], r[3], r[4], r[5], r[6], ""]


FILINGS.append(dict(
    dir="77-luan-huoqiu-keji-ziping",
    html_title="霍邱县科学技术局2022年项目支出绩效目标表",
    blocks=[
        ("p", "霍邱县科学技术局2022年项目支出绩效目标表"),
        ("p", "浏览次数: 来源:霍邱县科技局 时间:2023-10-07 14:43"),
        ("p", "项目支出绩效自评表"),
        ("p", "(2022年度)"),
        ("table", [
            ["项目名称", C("科技特派员创业行动经费", cs=8)],
            ["主管部门", C("031-霍邱县科学技术局", cs=3), "实施单位", C("031001-霍邱县科学技术局", cs=4)],
            [C("项目资金                    (万元)", rs=5), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [C("年度资金总额:", cs=2), "25", "25", "25", "10", "100.00%", "10.00"],
            [C("其中:本年财政拨款", cs=2), "25", "25", "25", C("", cs=3)],
            [C("上年结转资金", cs=2), "0", "0", "0", C("", cs=3)],
            [C("其他资金", cs=2), "0", "0", "0", C("", cs=3)],
            [C("年度总体目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C("发挥科技特派员创业带头人作用。", cs=4), C("", cs=4)],
            [C("绩效指标", rs=12), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            [C("产出指标(50分)", rs=4)] + _row77(_R77[0]),
            _row77(_R77[1]),
            _row77(_R77[2]),
            _row77(_R77[3]),
            [C("效益指标(30分)", rs=4)] + _row77(_R77[4]),
            _row77(_R77[5]),
            _row77(_R77[6]),
            ["生态效益指标", "", "", "", "", "0", ""],
            ["满意度指标(10分)"] + _row77(_R77[7]),
            [C("总分", cs=5), "100", "100.00", ""],
        ]),
        ("table", [
            ["项目名称", C("地震经费", cs=8)],
            ["主管部门", C("031-霍邱县科学技术局", cs=3), "实施单位", C("031001-霍邱县科学技术局", cs=4)],
        ]),
    ],
    truth={"projects": [
        P("科技特派员创业行动经费", None, "25", "万元", [
            I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _R77]),
        P("地震经费", None, None, None, []),
    ]},
    notes="""
Place: 霍邱县 (Huoqiu county, Lu'an, Anhui), county level, 霍邱县科学技术局 (031); year 2022 (self-evaluation published
2023-10-07, page titled "...2022年项目支出绩效目标表" though the form is a 自评表). Lu'an is covered (14 舒城, 35 金安, 26/49 金寨);
Huoqiu is new. Republished on www.wjbhcs.com under the county's /public/ path.
Template kind: the national 项目支出绩效自评表 (2021+): 项目名称 / 主管部门 | 实施单位 (both with unit codes "031-", "031001-") /
项目资金(万元) 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 / 年度总体目标 预期目标 | 实际完成情况 / 绩效指标 一级指标 |
二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, 总分 row; two projects on one page.
Layout features: level 1 carries its points ("产出指标(50分)"); sentence targets and "达成预期指标" as the actual of every
qualitative row; a numeric actual without the unit of its target ("≥3次" → "3", "≥5万元" → "5"); a 时效 row whose NAME IS A DATE
and equals its target ("2022年底之前"); an empty 生态效益指标 row holding only a "0"; level 2 of the satisfaction block is
"满意度指标" again.
Truth: project 1 科技特派员创业行动经费, budget 25 万元 (年度资金总额: 全年预算数; all three amounts are 25). Eight indicators: value =
年度指标值, actual = 实际完成值, weight = 分值, score = 得分. The 生态效益指标 row has no target and is no indicator. Project 2 地震经费
has no budget and no indicators in the capture (name only).
Truncation: the capture stops in the second project's money header ("... 分值  执行", cut); its header rows after 主管部门 are left out.
Reconstruction: the capture is space-separated text, one table row a line; the 9-column grid and the spans (项目资金 over five rows,
绩效指标 over the block, level 1 over its rows) are inferred. The lone "0" of the 生态效益指标 row is placed in the 得分 column (the
capture gives only its order, after four blank cells). Trailing page widgets ("文字大小", "背景色") are left out.
""",
))

# ---------------------------------------------------------------- 79
_R79 = [
    ("产出指标", "数量指标", "清扫保洁道路面积", "1346.0088万平方米"),
    ("产出指标", "数量指标", "清扫保洁道路条数", "485条"),
    ("产出指标", "数量指标", "生活垃圾运输车辆", "283辆"),
    ("产出指标", "质量指标", "垃圾无害化处理率", "100%"),
    ("产出指标", "时效指标", "城市道路以克论净量化考核", "1次/月"),
    ("产出指标", "时效指标", "环境卫生专项考核", "1次/月"),
    ("产出指标", "时效指标", "各项费用使用周期", "2020年1月--2020年11月"),
    ("产出指标", "成本指标", "人工成本", "≤620万/月"),
    ("效益指标", "社会效益指标", "清扫保洁覆盖率", "≥99%"),
    ("效益指标", "可持续影响指标", "保障期限", "2020年1月--2020年11月"),
    ("满意度指标", "服务对象满意度指标", "周围群众满意度", "≥90%"),
]
_G79 = ("1.按《狗万客户端市市容环境卫生管理条例》及疫情期间各项文件规定,为提升我区环境卫生质量、坚决杜绝病媒传播的需要,"
        "搞好污染防治、环境卫生保洁消杀工作,开展我区环境卫生治理工作。 2.工作由服务外包公司承担,采用服务外包方式,"
        "达到干净整洁、生活垃圾日产日清的效果。")
FILINGS.append(dict(
    dir="79-kangyi-guozhai-chengguan-bingmei",
    html_title="[预算绩效]疫情期间区域病媒防治环境卫生清洁等费用绩效目标表",
    blocks=[
        ("p", "[预算绩效]疫情期间区域病媒防治环境卫生清洁等费用绩效目标表"),
        ("table", [
            [C("抗疫特别国债项目绩效目标表(打捆项目)", cs=5)],
            [C("(2020年度)", cs=5)],
            ["项目名称", C("疫情期间区域病媒防治环境卫生清洁等费用", cs=4)],
            ["主管预算部门", "狗万客户端城市管理委员", "项目预算金额 (万元)", C("5652", cs=2)],
            ["绩?????????? 效?????????? 目???????? 标", C(_G79, cs=4)],
            [C("绩????????????效?????????? 指???????????????????? 标", rs=12), "一级指标", "二级指标", "三级指标", "指标值"],
            [C("产出指标", rs=8), C("数量指标", rs=3), _R79[0][2], _R79[0][3]],
            [_R79[1][2], _R79[1][3]],
            [_R79[2][2], _R79[2][3]],
            ["质量指标", _R79[3][2], _R79[3][3]],
            [C("时效指标", rs=3), _R79[4][2], _R79[4][3]],
            [_R79[5][2], _R79[5][3]],
            [_R79[6][2], _R79[6][3]],
            ["成本指标", _R79[7][2], _R79[7][3]],
            [C("效益指标", rs=2), "社会效益指标", _R79[8][2], _R79[8][3]],
            ["可持续影响指标", _R79[9][2], _R79[9][3]],
            ["满意度指标", "服务对象满意度指标", _R79[10][2], _R79[10][3]],
        ]),
    ],
    truth={"projects": [P("疫情期间区域病媒防治环境卫生清洁等费用", None, "5652", "万元",
                          [I(*r) for r in _R79])]},
    notes="""
Place: not named — a mirror (13560281748.com) of a district open-government page whose place names were REPLACED BY ADVERTISING
WORDS ("狗万客户端城市管理委员", "《狗万客户端市市容环境卫生管理条例》"); the path (/xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk/, "我区")
points to a district's 2020 budget disclosure; the 城市管理委员(会) and the 以克论净 assessment suggest Tianjin, not certain.
Year 2020 (dated 2021-03-04 in the path).
Template kind: the 抗疫特别国债项目绩效目标表(打捆项目) of 2020 (the family of 25, 宁河区): 项目名称 / 主管预算部门 | 项目预算金额(万元) /
绩效目标 (text) / 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值.
Layout features: the side labels 绩效目标 / 绩效指标 are spaced out with runs of "?" (lost ideographic spaces, kept as captured);
the department cell is ad-polluted text; a value that is a month range ("2020年1月--2020年11月") twice; a money value with a
per-month unit ("≤620万/月"); a rate unit "1次/月".
Truth: one project (项目名称), budget 5652 万元 (项目预算金额 (万元)). Eleven indicators, complete table.
Reconstruction: the capture marks cells with " | " and covered cells with runs of "|"; the 5-column grid (side label + four) and the
row spans of the level cells are inferred from the row starts. Nothing is cut.
""",
))

# ---------------------------------------------------------------- 81
_R81 = [
    ("产出指标", "数量指标", "签约康复人数", "≥18000人"),
    ("产出指标", "数量指标", "涉及乡镇街数量", "=22个"),
    ("产出指标", "数量指标", "发放辅助器具人数", "≥4000人"),
]
FILINGS.append(dict(
    dir="81-luan-jinan-canlian-kangfu",
    html_title="六安市金安区残疾人联合会-残疾人精准康复项目目标表",
    blocks=[
        ("p", "六安市金安区残疾人联合会-残疾人精准康复项目目标表"),
        ("p", "发布时间:2022-12-29 17:08 信息来源:金安区财政局"),
        ("p", "项目支出绩效目标表"),
        ("p", " (2023年度)"),
        ("p", "项目责任人:邹光辉 单位(盖章):"),
        ("table", [
            ["项目名称", C("残疾人精准康复", cs=3)],
            ["主管部门及代码", "[103]六安市金安区残疾人联合会", "实施单位", "六安市金安区残疾人联合会"],
            ["项目来源", "本级申报项目", "项目期", "3年"],
            [C("项目资金\n(万元)", rs=3), C(" 年度资金总额:", cs=2), "80"],
            [C("   其中:财政拨款", cs=2), "80"],
            [C("         其他资金", cs=2), "  0.00 "],
            ["立项依据", C("依据《安徽省人民政府办公厅关于印发安徽省残疾人精准康复服务行动实施方案的通知》 皖政办秘〔2016〕190号, "
                         "坚持需求导向,精准服务。针对各类别残疾人的个性康复需求,突出残疾儿童和持证残疾人,扎实开展精准康复服务行动,"
                         "做到需求评估精准、康复服务精准、资金使用精准、信息管理精准。", cs=3)],
            ["年度\n目标", C("聚焦残疾人康复需求,强化基本康复保障,实施精准康复服务,提升残疾人生存和发展能力。构建与经济社会发展相协调,"
                           "与残疾人康复需求相适应的多元化康复服务体系、多层次康复保障制度。为经济困难的残疾人提供基本康复服务,"
                           "适配辅助器具,提高受助残疾人生活自理能力和社会活动参与能力", cs=3)],
            ["一级\n指标", "二级指标", "三级指标", "指标值"],
            [C("产出指标", rs=3), C("数量指标", rs=3), _R81[0][2], _R81[0][3]],
            [_R81[1][2], _R81[1][3]],
            [_R81[2][2], _R81[2][3]],
        ]),
    ],
    truth={"projects": [P("残疾人精准康复", None, "80", "万元", [I(*r) for r in _R81])]},
    notes="""
Place: 金安区 (Jin'an district, Lu'an, Anhui), district level, 六安市金安区残疾人联合会 ([103]); year 2023 (published by 金安区财政局
on 2022-12-29). Jin'an is covered by 35 (体育局, 2025, same district form); this unit, year and page are new.
Template kind: Anhui 项目支出绩效目标表 (district form): 项目名称 / 主管部门及代码 | 实施单位 / 项目来源 | 项目期 / 项目资金(万元)
年度资金总额: | 其中:财政拨款 | 其他资金 / 立项依据 / 年度目标 / 一级指标 | 二级指标 | 三级指标 | 指标值.
Layout features: a "项目责任人:… 单位(盖章):" line above the grid; the header labels broken over lines ("一级\\n指标", "年度\\n目标");
an explicit "=" comparator ("=22个"); the amount "  0.00 " with padding; metadata lines of the page ("号:", "称:") above the title.
Truth: one project 残疾人精准康复, budget 80 万元 (年度资金总额). Three indicators.
Truncation: the capture stops inside the first 质量指标 row ("质量指标 验收合格率 1", the value cut); that row and the rest are left out.
Reconstruction: the capture is space-separated text, one row a line (labels that wrap in a cell are on lines of their own); the
4-column grid and the spans are inferred. The page's metadata block (索引号, 发布机构...) is left out of the rebuilt filing.
""",
))

# ---------------------------------------------------------------- 83
_R83 = [  # l2 (under the header 一级指标), name, 绩效标准 (description), 当年预期实现值
    ("数量指标", "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "2280次"),
    ("数量指标", "大楼安检巡察次数", "反映大楼保卫巡检情况", "200次"),
    ("质量指标", "办公大楼日常维修维护验收合格率", "反映办公大楼全年维修维护质量情况", ">92%"),
    ("质量指标", "经常性大型设备更新验收合格率", "反映办公大楼大型设备更新验收情况", "292%"),
    ("质量指标", "重.要设备维修维保验收合格率", "反映设备设施维保质量情况", "95%"),
]
FILINGS.append(dict(
    dir="83-ezhou-jiguan-bangong-dalou",
    html_title="鄂州市2022年市直部门预算项目支出绩效目标表",
    blocks=[
        ("p", "主管部门审核意见单位公章:年月 日"),
        ("p", "鄂州市2022年市直部门预算项目支出绩效目标表"),
        ("table", [
            ["项目名称", C("滨湖大胆办公大楼运行保障", cs=4)],
            ["项目类别", "本级支出项目", "项目性质", C("持续性项目", cs=2)],
            ["立项依据", C("市机关事务服务中心三定方案", cs=4)],
            [C("项目预算", cs=5)],
            ["成本构成", "金额", "测算(公式)依据", "2020年实际执行数", "2021年实际执行数"],
            ["保安服务费", "191", "依据招标文件", "191", "191"],
            ["保洁服务费", "99", "依据招标文件", "99", "99"],
            ["水电气、维修维护费", "524", "根据三定方案,各项费用据实结算", "372.88", "504.55"],
            ["合计", "814", "", "662.98", "794.55"],
            ["绩效目标", C("以办公大楼服务对象满意为目标,着力打造文明型机关、卫生Z口机关。", cs=4)],
            [C("绩效指标", cs=4), C("保障绩效目标实现措施", rs=8)],
            ["一级指标", "二级指标", "绩效标准", "当年预期实现值"],
            [C("数量指标", rs=2)] + list(_R83[0][1:]),
            list(_R83[1][1:]),
            [C("质量指标", rs=3)] + list(_R83[2][1:]),
            list(_R83[3][1:]),
            list(_R83[4][1:]),
            ["成本指标", "成本控制率", "", "不超预算"],
        ]),
    ],
    truth={"projects": [P("滨湖大胆办公大楼运行保障", None, "814", None,
                          [I(None, l2, n, v, description=d) for l2, n, d, v in _R83]
                          + [I(None, "成本指标", "成本控制率", "不超预算")])]},
    notes="""
Place: 鄂州市 (Ezhou, Hubei), city level, 市机关事务服务中心 (the office-building project); year 2022. Ezhou is covered by 38 (a
2021 self-evaluation of another unit, held out); this form and page are new. Captured from a document-sharing site (desk33.com)
that previews the .docx as one glued line after its own download notes.
Template kind: Ezhou 市直部门预算项目支出绩效目标表: 项目名称 / 项目类别 | 项目性质 / 立项依据 / 项目预算 — a COST BREAKDOWN TABLE
成本构成 | 金额 | 测算(公式)依据 | 2020年实际执行数 | 2021年实际执行数 with a 合计 row / 绩效目标 / 绩效指标 with a 保障绩效目标实现措施
column, header 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值.
Layout features: the header calls the LEVEL-2 WORDS 一级指标 (数量指标, 质量指标 stand under 一级指标, the indicator names under 二级指标);
绩效标准 holds a description ("反映…情况"); no 资金总额 row — the budget is the 合计 of the cost table, beside two previous years'
actuals; no money unit anywhere; OCR slips kept as written ("滨湖大胆" for the building's name, "卫生Z口机关", "重.要设备", "292%"
where a "≥92%" was read as "292%"); the page footer "主管部门审核意见单位公章:年月 日" printed before the title.
Truth: one project (项目名称 as written), budget 814 (合计 of 金额 — an inference, the form has no total label), money unit null.
Six indicators: level1 null, level2 = the 数量/质量/成本指标 cell (written under 一级指标), value = 当年预期实现值, description = 绩效标准.
The 成本控制率 row has two cells after its name in the capture ("成本控制率不超预算"): read as an empty 绩效标准 and the value
"不超预算" (an inference).
Truncation: the capture stops in the second 成本指标 row ("水电气消耗下降率反映水电气消耗比上年下降情况>", the value cut); it is left out.
Reconstruction: the text lost every separator; cells are split at the form's labels and where a description ("反映…") starts; the
5-column grids and spans are inferred; the site's download notes are left out. 2020 actuals add up to 662.88, the 合计 says 662.98
(kept as written).
""",
))

# ---------------------------------------------------------------- 85
_L85 = ["数量指标", "质量指标", "时效指标", "成本指标", "…", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
        "社会公众或服务对象满意度指标"]
_V85 = ["88", "88", "88", "88", None, "88", "68", "20", "20", "88"]


def _block85(title, last_cut):
    n = len(_L85) - (1 if last_cut else 0)
    rows = [[C(title, rs=n + 1), "一级指标", "二级指标", "指标内容", "指标值", "备注"]]
    for i, (l2, v) in enumerate(zip(_L85, _V85)):
        if last_cut and i == len(_L85) - 1:
            break
        first = []
        if i == 0:
            first = [C("产出指标", rs=5)]
        elif i == 5:
            first = [C("效益指标", rs=4)]
        elif i == 9:
            first = [""]
        rows.append(first + [l2, "", v or "", "100" if v else ""])
    return rows


FILINGS.append(dict(
    dir="85-changsha-ningxiang-batang-jichusheshi",
    html_title="项目绩效目标表",
    blocks=[
        ("p", "项目绩效目标表(2021年度)"),
        ("p", "填报单位(盖章):宁乡市坝塘镇人民政府"),
        ("table", [
            ["项目名称", C("镇域内基础设施建设", cs=2), "项目属性", C("新增项目□延续项目√", cs=2)],
            ["主管部门", C("坝塘镇", cs=2), "主管部门编码", C("", cs=2)],
            ["项目单位", "坝塘镇", "项目负责人", "蒋建华", "联系电", ""],
            ["目起止时间", C("2021年度", cs=5)],
            ["资金总额及构成", C("总额10606.7522万元\n财政拨款:6923.3552万元(其中:上级财政资金:6923.3552万元;本级财政:0万元)\n"
                              "二、自有资金:0万元\n三、其他:3683.3970万元", cs=5)],
            ["项目概况", C("镇域内水利、道路、机关、学校及乡村振兴等基础设施建设", cs=5)],
            [C("项目立项情况", rs=3), C("项目立项的依据", cs=2), C("机关、学校、乡村振兴按发改立项", cs=3)],
            [C("项目申报的可行性", cs=2), C("已申报项目可行性评估", cs=3)],
            [C("项目申报的必要性", cs=2), C("为改善镇域内基础设施、振兴乡村", cs=3)],
            [C("项目实施进度计划", rs=3), C("项目实施内容", cs=3), "开始时间", "完成时间"],
            [C("1总体概念规划", cs=3), "2016", "2020"],
            [C("2、核心区规划", cs=3), "2021", "2021"],
            [C("项目绩效目标", rs=2), C("长期目标", cs=2), C("年度目标", cs=3)],
            [C("改善镇域内基础设施,振兴乡村经济", cs=2), C("全面完成集镇立面改造、机关、学校、乡村振兴等项目,搞好提质改造", cs=3)],
        ] + _block85("长期绩效指标", False) + _block85("年度绩效指标", True)),
    ],
    truth={"projects": [P("镇域内基础设施建设", None, "10606.7522", "万元", [])]},
    notes="""
Place: 坝塘镇, 宁乡市 (Batang town, Ningxiang, Changsha, Hunan), township level, 宁乡市坝塘镇人民政府; year 2021. Hunan is covered
(12, 13, 27, 29, 30, 33, 45, 52, 54); Changsha/Ningxiang is new. Captured from a document-sharing site (renrendoc.com) whose
"文档简介" is the document's text layer glued into one line.
Template kind: Hunan 项目绩效目标表 (2021): 项目名称 | 项目属性 (新增项目□延续项目√) / 主管部门 | 主管部门编码 / 项目单位 | 项目负责人 |
联系电话 / 项目起止时间 / 资金总额及构成 (总额, 财政拨款, 自有资金, 其他) / 项目概况 / 项目立项情况 (依据, 可行性, 必要性) / 项目实施进度计划 /
项目绩效目标 长期目标 | 年度目标 / 长期绩效指标 and 年度绩效指标, each 一级指标 | 二级指标 | 指标内容 | 指标值 | 备注.
Layout features: the budget is a sentence inside one cell ("总额10606.7522万元财政拨款:6923.3552万元(其中:…)二、自有资金:0万元三、其他:
3683.3970万元" — the three parts add up to the total); labels lost characters at a page or cell seam ("联系电" | "目起止时间" for
联系电话 | 项目起止时间); the indicator blocks are AN UNFILLED TEMPLATE: every row is a level-2 label with NO 指标内容 and two numbers
("88", "100"; 68, 20 for some rows) — read here as 指标值 and 备注, but they may be weights or placeholders; a "…" row.
Truth: one project 镇域内基础设施建设, budget 10606.7522 万元 (总额). NO indicators: no row names an indicator (指标内容 is empty
throughout), so by the corpus convention none is one; a parser that reports "数量指标 = 88" reports an extra.
Truncation: the capture stops in the last row of the 年度绩效指标 block ("社会公众或服务对象满意度指", cut); that row is left out.
Reconstruction: the text lost every separator; cells are split at the form's labels, and "88100" as "88" | "100" (an inference:
it could be one cell "88100" or 指标内容 "88" | 指标值 "100"); the 6-column grid and all spans are inferred.
""",
))

# ---------------------------------------------------------------- 87
_F87 = ("(一)贯彻执行党和国家关于教育改革与发展的各项方针、政策、法律法规 (二)研究拟订全市教育发展规划并组织实施、统筹规划和指导协调全市教育、 "
        "教学改革。 (三)统筹管理本部门教育经费:协同市财政部门编制全市教育系统经费预决 算,参与权订筹措教育经费、教育投款。教育基建投资的办法和方案:"
        "监督全市 教育经费的筹拍和使用情况:组织指导资助贫困家庭学生工作:按有关规定管理 教育授助、教育贷款工作。 (四)负责推进义务教育均衡发展和促进教育公平,"
        "负责义务教育的宏观指导 与协调,指导普通高中教育、幼儿教育、特殊教育工作,全面实施素质教育;检 查实施全市中等和初等教育各类学校的办学标准、"
        "教学基本要求、教学基本文 件的落实情况。 (五)综合管理全市的基础教育、职业技术教育、成人教育以及幼儿教育、特 殊教育等工作;指导协调各乡镇、"
        "各部门的有关教育工作;负责全市社会力量 办学的申报、审批、管理工作。 (六)指导全市中小学校的思想政治教育工作、德育工作、体育工作与艺术教 "
        "育及国防教育工作;指导所属学校的综合治理、档案保密工作。 (七)主管全市教师工作。组织实施各级各类学校教")
FILINGS.append(dict(
    dir="87-suizhou-guangshui-jiaoyu-zhengti",
    html_title="广水市教育局2023年整体绩效目标申报",
    blocks=[
        ("p", "附件 2:"),
        ("p", "部门整体支出绩效目标申报表"),
        ("p", "填报日期:2022 年 12 月 18 日"),
        ("table", [
            ["部门(单位)\n名称", "广水市教育局", "填报人", "何永华", "联系电话", C("07226233407", cs=2)],
            [C("部门总体\n资金情况", rs=8), C("总体资金情况", cs=2), C("当年\n金额", rs=2), C("占比", rs=2), C("近两年收支金额", cs=2)],
            [C("单位:万元", cs=2), "2021 年", "2022 年"],
            [C("收入构成", rs=3), "财政拨款", "108292.73", "88.3%", "90147", "98577.39"],
            ["其他资金", "14348.77", "11.7%", "5819", "10597.65"],
            ["合计", "122641.5", "100%", "95966", "109175.04"],
            [C("支出构成", rs=3), "基本支出", "93199.91", "75.99%", "81781", "99611.05"],
            ["项目支出", "29441.59", "24.01%", "14185", "9564.46"],
            ["合计", "122641.5", "100%", "95966", "109175.04"],
            ["部门职能概述", C(_F87, cs=6)],
        ]),
    ],
    truth={"projects": [P("广水市教育局", None, "122641.5", "万元", [])]},
    notes="""
Place: 广水市 (Guangshui, Suizhou, Hubei), county-level city, 广水市教育局; budget year 2023 (填报日期 2022-12-18). Hubei is covered
(18, 20, 21, 23, 38, 44, 72, 83); Suizhou/Guangshui is new. Captured from a document site (pdf.chddh.cn) that reproduces the PDF's
text layer in one run.
Template kind: Hubei 部门整体支出绩效目标申报表 (department-wide): 部门(单位)名称 | 填报人 | 联系电话 / 部门总体资金情况: 总体资金情况
(单位:万元) | 当年金额 | 占比 | 近两年收支金额 (2021 年 | 2022 年), with 收入构成 (财政拨款, 其他资金, 合计) and 支出构成 (基本支出,
项目支出, 合计) / 部门职能概述 (then the targets, not captured).
Layout features: a money table with FOUR amount columns (this year, share, two previous years) and TWO 合计 rows that repeat the
total; shares in percent beside amounts; the PDF's text layer lists the labels first and the numbers after them, out of row order
("财政拨款 108292.73 其他资金 何永华 …"), the 填报人 name among the money labels.
Truth: one department (部门(单位)名称), budget 122641.5 万元 (合计 of 当年金额; 108292.73 + 14348.77 = 93199.91 + 29441.59). NO
indicators in the capture.
Truncation: the capture stops inside 部门职能概述 ("(七)主管全市教师工作。组织实施各级各类学校教", cut); the targets are not captured.
Reconstruction: rows rebuilt from the order of the numbers (each row's amounts add up across the two 合计 rows); the 7-column grid
and spans are inferred; the function text keeps the PDF's line-wrap spaces.
""",
))

# ---------------------------------------------------------------- 89
FILINGS.append(dict(
    dir="89-chongqing-wuxi-weifang-gaizao",
    html_title="巫溪县财政局关于提前转下达2025年农村危房改造补助 资金预算的函",
    blocks=[
        ("p", "巫溪县财政局关于提前转下达2025年农村危房改造补助 资金预算的函"),
        ("p", "日期:2025-01-16"),
        ("p", "202444"),
        ("p", "巫溪县住房和城乡建设委员会"),
        ("p", "根据重庆市财政局关于提前下达2025年农村危房改造补助资金预算的通知》(渝财建〔2024246要求,2025年农村危房改造项目资金预算"
              "484.45万元提前下达给你们。具体有关要求如下。"),
        ("p", "一、政府收支分类科目列报:功能科目列“2210105—农村危房改造"),
        ("p", "二、强化资金管理,确保财政资金安全有效。围绕确保农村低收入群体等重点对象住房安全的政策目标,加强动态监测,发现一户、改造一户,"
              "并在全国农村危房改造信息系统中录入改造信息,及时拨付补助资金,提高预算资金执行进度。"),
        ("p", "、按照全面实施预算绩效管理的要求,完善绩效目标管理,做好绩效运行监控和绩效评价,确保年度绩效目标实现,并接受有关部门监督和检查。"),
        ("p", "附件:1.2025年农村危房改造补助资金绩效目标表"),
        ("p", "巫溪县财政局"),
        ("p", "2024122日"),
        ("p", "附件1"),
        ("p", "2025年农村危房改造补助资金绩效目标表"),
        ("table", [
            ["项目名称", C("农村危房改造补助资金", cs=3)],
            ["中央主管部门", C("[120]住房城乡建设部", cs=3)],
            ["省级财政部门", "重庆市财政局", "省级主管部门", "重庆市住房城乡建委"],
            [C("资金情况(万元)", rs=3), "下达资金总额", C("", cs=2)],
            ["其中:中央财政补助", C("参见附件1具体金额", cs=2)],
            ["地方资金", C("", cs=2)],
            ["", C("支持农村低收入群体等重点对象实施危房改造和危房抗震改造,保障其基本住房安全。", cs=3)],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "农村低收入群体等重点对象危房改造户数", "应改尽改"],
        ]),
    ],
    truth={"projects": [P("农村危房改造补助资金", None, None, "万元", [
        I("产出指标", "数量指标", "农村低收入群体等重点对象危房改造户数", "应改尽改")])]},
    notes="""
Place: 巫溪县 (Wuxi county, Chongqing), county level, 巫溪县财政局 to 巫溪县住房和城乡建设委员会; year 2025 (letter dated 2024-12, on the
county housing commission's open-government page). Chongqing is covered (17, 19, 31, 59); Wuxi is new.
Template kind: finance letter with a Chongqing 农村危房改造补助资金绩效目标表 of a central transfer: 项目名称 / 中央主管部门 ([120]住房城乡建设部) /
省级财政部门 | 省级主管部门 / 资金情况(万元) 下达资金总额 | 其中:中央财政补助 | 地方资金 / (年度目标, its label not captured) / 一级指标 |
二级指标 | 三级指标 | 指标值.
Layout features: the money cells hold NO AMOUNT — 下达资金总额 is empty and 中央财政补助 says "参见附件1具体金额" (the letter's prose
names 484.45万元, which is not a cell of the form); a qualitative target ("应改尽改"); the letter's numbers lost characters in the
capture ("202444" for the document number, "〔2024246" for 〔2024〕246号, "2024122日" for the date).
Truth: one project 农村危房改造补助资金, NO budget (the form's total cell is empty; the prose amount is not taken), money unit 万元 (from
资金情况(万元)). One indicator.
Truncation: the capture stops at the next indicator's name ("7度以上抗震设防地区", no value); it is left out.
Reconstruction: the capture prints one cell per paragraph, empty cells as blank paragraphs; the 4-column grid and spans are inferred;
the goal row's label is blank as captured. The page's breadcrumb line is left out.
""",
))

# ---------------------------------------------------------------- 91
_P91 = "完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装"
_R91 = [  # l1, l2, name, target, actual, weight, score
    ("产出指标", "数量指标", "指标1:修缮建筑数量", _P91, _P91, "7", "7"),
    ("产出指标", "数量指标", "指标2:修缮建筑面积", "6000平方米", "6000平方米", "7", "7"),
    ("产出指标", "数量指标", "指标3:修缮级别", "市级保护单位", "市级保护单位", "7", "7"),
    ("产出指标", "质量指标", "指标1:验收通过率", "100%", "95%", "6", "5"),
    ("产出指标", "质量指标", "指标2:工程质量管理", "≥95%", "98%", "6", "6"),
    ("产出指标", "质量指标", "指标3:文明施工", "≥95%", "97%", "6", "6"),
    ("产出指标", "时效指标", "项目设计、招标、施工", "完成时间为2022年12月30日", "完成时间为2022年12月30日", "6", "5"),
    ("产出指标", "成本指标", "项目成本控制在预算内", "本着节约的原则,控制在预算中。", "100%", "5", "5"),
    ("效益指标", "社会效益指标", "文物本体安全、体现文物价值,提升知名度", "加大文物保护,展示文物价值", "程度较高", "15", "15"),
]


def _row91(r):
    return [r[2], r[3], r[4], r[5], r[6], ""]


FILINGS.append(dict(
    dir="91-luan-yuan-wenwu-ziping",
    html_title="市级文物保护专项经费绩效自评表(2022年度)",
    blocks=[
        ("p", "市级文物保护专项经费绩效自评表(2022年度)"),
        ("p", "发布时间:2023-05-22 16:35 信息来源:裕安区文旅局"),
        ("table", [
            ["项目名称", C("市级文物保护专项经费", cs=8)],
            ["主管部门", C("裕安区文化和旅游局", cs=3), "实施单位", C("裕安区文化和旅游局", cs=4)],
            [C("项目资金\n(万元)", rs=5), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [C("年度资金总额", cs=2), "29", "29", "27.8", "9", "0.958", "8"],
            [C("其中:当年财政拨款", cs=2), "29", "29", "27.8", "9", "0.958", "8"],
            [C("上年结转资金", cs=2), "", "", "", "", "", ""],
            [C("其他资金", cs=2), "", "", "", "", "", ""],
            [C("年度总体目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C("通过项目实施,完成六安市罗氏宗祠、李氏宗祠、英布墓日常维护,赤卫军指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、"
               "龙盘石刻护栏制装,加大文物保护力度,发挥文物的宣传教育价值。", cs=4), C("基本完成年度目标。", cs=4)],
            [C("绩效指标", rs=10), "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"],
            [C("产出指标", rs=8), C("数量指标", rs=3)] + _row91(_R91[0]),
            _row91(_R91[1]),
            _row91(_R91[2]),
            [C("质量指标", rs=3)] + _row91(_R91[3]),
            _row91(_R91[4]),
            _row91(_R91[5]),
            ["时效指标"] + _row91(_R91[6]),
            ["成本指标"] + _row91(_R91[7]),
            ["效益指标", "社会效益指标"] + _row91(_R91[8]),
        ]),
    ],
    truth={"projects": [P("市级文物保护专项经费", None, "29", "万元", [
        I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _R91])]},
    notes="""
Place: 裕安区 (Yu'an district, Lu'an, Anhui), district level, 裕安区文化和旅游局; year 2022 (self-evaluation published 2023-05-22). Lu'an
is covered (14, 26, 35, 49, 77, 81, 84); Yu'an district is new.
Template kind: Anhui 项目支出绩效自评表 (the 2019 national layout): 项目名称 / 主管部门 | 实施单位 / 项目资金(万元) 年初预算数 | 全年预算数 |
全年执行数 | 分值 | 执行率 | 得分 / 年度总体目标 预期目标 | 实际完成情况 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 年度指标值 |
实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
Layout features: 执行率 as a fraction ("0.958"), not a percent; a long sentence as both target and actual (the 数量 row "指标1:修缮建筑数量"
repeats a 60-character list, its 分值/得分 on the next line of the capture); names numbered per level 2 ("指标1:"…"指标3:") and some
without a number; a 时效 row whose target is a sentence with a date ("完成时间为2022年12月30日"); a 成本 row whose target is a sentence
and whose actual is "100%"; the header's 年度指标值 / 实际完成值 broken over two lines.
Truth: one project 市级文物保护专项经费, budget 29 万元 (全年预算数 of 年度资金总额). Nine indicators: value = 年度指标值, actual = 实际完成值,
weight = 分值, score = 得分.
Truncation: the capture stops at the 可持续影响指标 row ("可", cut); it and the rest are left out.
Reconstruction: the capture is space-separated text, one row a line (the first 数量 row's numbers wrapped to a line of their own); the
9-column grid and spans are inferred. The page widgets ("字号: 打印", "阅读次数:") are left out.
""",
))

# ---------------------------------------------------------------- 93
_G93 = ("项目概况:用于开展特殊人群病种筛查工作。                                                                "
        "项目立项依据:《中华人民共和国传染病防治法》 等                                                 "
        "必要性:随着经济的高速发展和社会压力的加剧,我市导致突发公共卫生事件的危险因素持续存在,流动人口问题突出,区域性流行或跨区域传播风险并存,"
        "部分新发传染病传入我市的威胁和风险不容忽视,结核病、人感染H7N9流感等新老传染性疾病不断威胁人民群众身体健康,必须持续做好特殊人群病种的筛查监测等工作。"
        "                                                                     "
        "预期目标:贯彻落实党中央、国务院和省政府关于特殊人群疾病防治工作决策和部署,依法做好防控工作。")
FILINGS.append(dict(
    dir="93-wuhu-weijian-teshu-renqun",
    html_title="2019年度芜湖市特殊人群病种筛查经费预算项目支出绩效目标申报明细表",
    blocks=[
        ("p", "2019年度芜湖市特殊人群病种筛查经费预算项目支出绩效目标申报明细表"),
        ("p", "发布时间:2019-09-30 08:47信息来源: 芜湖市卫生健康委"),
        ("p", "(2019年度)"),
        ("p", "申报单位名称:(盖章)"),
        ("table", [
            ["项目名称", C("特殊人群病种筛查经费", cs=5)],
            ["项目类型", C("部门预算 □              切块预算 □", cs=5)],
            ["项目属性", C("延续项目                                新增项目", cs=5)],
            [C("起始日期:2019年  1 月 1日", cs=3), C("结束日期:  2021 年 12  月31日", cs=3)],
            ["项目总预算(万元)", C("75.00", cs=2), "项目当年预算(万元)", C("25.00", cs=2)],
            [C("项目资金来源情况(万元)", rs=2), C("其中:上级财政补助资金", cs=2), C("其中:同级财政资金", cs=2), "其他"],
            [C("0.00", cs=2), C("25.00", cs=2), "0.00"],
            [C("同名项目上年预算额", cs=3), C("同名项目上年预算执行数", cs=3)],
            ["项目绩效目标(含项目概况、设立依据、必要性及预期目标)", C(_G93, cs=5)],
        ]),
    ],
    truth={"projects": [P("特殊人群病种筛查经费", None, "25.00", "万元", [])]},
    notes="""
Place: 芜湖市 (Wuhu, Anhui), city level, 芜湖市卫生健康委; year 2019 (published 2019-09-30, a 2019-2021 project). Anhui is covered; Wuhu
is new.
Template kind: Anhui (Wuhu) 预算项目支出绩效目标申报明细表: 项目名称 / 项目类型 (部门预算 □ 切块预算 □) / 项目属性 (延续项目 新增项目) /
起始日期 | 结束日期 / 项目总预算(万元) | 项目当年预算(万元) / 项目资金来源情况(万元) 上级财政补助资金 | 同级财政资金 | 其他 / 同名项目上年
预算额 | 上年预算执行数 / 项目绩效目标 (one long cell: 概况, 依据, 必要性, 预期目标), then the indicator table (not captured).
Layout features: TWO BUDGET AMOUNTS — the three-year 项目总预算 75.00 and the year's 项目当年预算 25.00 (the same 25.00 again as 同级财政资金);
check-box labels with long runs of spaces; dates written with spaces inside ("2019年  1 月 1日").
Truth: one project 特殊人群病种筛查经费, budget 25.00 万元 (项目当年预算 — the year's amount, as in the other multi-year forms of the corpus;
the 75.00 is the whole 2019-2021 total), NO indicators in the capture.
Truncation: the capture stops at the end of the 项目绩效目标 cell; the indicator table is not captured.
Reconstruction: the capture is space-separated text, one row a line, with the form's padding; the 6-column grid and spans are inferred;
spacing inside cells is kept.
""",
))

# ---------------------------------------------------------------- 95
_R95 = [
    ("产出指标", "数量指标", "本年度创业担保贷款发放额", "4000万元"),
    ("产出指标", "质量指标", "创业担保贷款回收率", "≥90%"),
    ("产出指标", "质量指标", "资金足额拨付率", "100%"),
    ("产出指标", "质量指标", "地方配套资金到位率", "100%"),
    ("效益指标", "经济效益指标", "创业担保基金放大倍数", "≥2倍"),
    ("效益指标", "社会效益指标", "金融机构网点覆盖率", "≥60%"),
    ("满意度指标", "服务对象满意度指标", "申报定向费用补贴金融机构满意度", "≥80%"),
]
FILINGS.append(dict(
    dir="95-ankang-hanyin-puhui-jinrong",
    html_title="汉阴县财政局关于下达2022年第二批中、省普惠金融发展专项资金的通知",
    blocks=[
        ("p", "汉阴县财政局关于下达2022年第二批中、省普惠金融发展专项资金的通知"),
        ("p", "汉财社字〔2022〕33号"),
        ("p", "该项直达资金标识为“01中央直达资金”,贯穿资金分配、拨付、使用等整个环节,且保持不变。请你局按照陕财办[2019]69号文件有关规定,"
              "切实加强专项资金使用管理,加大信息公开力度,确保专项资金拨付有关单位,不得挤占挪用资金,确保贴息资金专款专用,形成有效支出,"
              "在组织预算执行中对照区域绩效目标做好绩效管理,确保年度绩效目标如期实现,提高贴息资金的使用效益。"),
        ("p", "附件:2022年第二批中、省普惠金融发展专项资金绩效目标表"),
        ("p", "2022年4月1日"),
        ("p", "附件"),
        ("p", "2022年第二批中、省普惠金融发展专项资金绩效目标表"),
        ("p", "(2022年度)"),
        ("p", "单位:元"),
        ("table", [
            ["专项名称", C("普惠金融发展专项资金", cs=4)],
            ["市级主管部门", C("市人力资源和社会保障局", cs=4)],
            ["县级财政部门", C("汉阴县财政局", cs=2), "县级主管部门", "汉阴县人力资源和社会保障局"],
            [C("资金情况\n(万元)", rs=3), "年度金额", C("112", cs=3)],
            ["其中:中央补助", C("40", cs=3)],
            ["地方资金", C("72", cs=3)],
            ["年度总体目标", C("目标1:支持农村金融组织体系建设,扩大农村金融服务覆盖面。\n"
                             "目标2:支持劳动者自主创业、自谋职业,推动解决特殊困难群体困难群体的结构性就业矛盾。", cs=4)],
            [C("绩 效 指 标", rs=8), "一级\n指标", "二级指标", "三级指标", "指标值"],
            [C("产\n出\n指\n标", rs=4), "数量指标", _R95[0][2], _R95[0][3]],
            [C("质量指标", rs=3), _R95[1][2], _R95[1][3]],
            [_R95[2][2], _R95[2][3]],
            [_R95[3][2], _R95[3][3]],
            [C("效益\n指标", rs=2), "经济效益指标", _R95[4][2], _R95[4][3]],
            ["社会效益指标", _R95[5][2], _R95[5][3]],
            ["满意度指标", "服务对象\n满意度\n指标", _R95[6][2], _R95[6][3]],
        ]),
    ],
    truth={"projects": [P("普惠金融发展专项资金", None, "112", "万元", [I(*r) for r in _R95])]},
    notes="""
Place: 汉阴县 (Hanyin county, Ankang, Shaanxi), county level, 汉阴县财政局 to 汉阴县人力资源和社会保障局; year 2022 (汉财社字〔2022〕33号,
2022-04-01). Shaanxi is covered by 06 (清涧) and 60 (陈仓); Ankang/Hanyin is new.
Template kind: Shaanxi county 专项资金绩效目标表 of a central and provincial transfer (普惠金融发展专项资金): 专项名称 / 市级主管部门 / 县级财政部门 |
县级主管部门 / 资金情况(万元) 年度金额 | 其中:中央补助 | 地方资金 / 年度总体目标 (目标1, 目标2) / 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值.
Layout features: CONFLICTING MONEY UNITS — a "单位:元" line above the table while the money label inside says "资金情况(万元)" (112 = 40 + 72,
万元 by the label and by the indicators' scale); level labels broken character by character ("产\n出\n指\n标", "效益\n指标", "服务对象\n满意度\n
指标"); a money amount as a target ("4000万元"); a multiple as a target ("≥2倍").
Truth: one fund 普惠金融发展专项资金 (专项名称), budget 112 万元 (年度金额; the unit from the table's label, not the "单位:元" line — an
inference). Seven indicators, complete table.
Reconstruction: the capture prints one cell per line (labels broken over lines); the 5-column grid and spans are inferred. The page's
metadata rows (索引号, 来源, 内容概述) are left out.
""",
))

# ---------------------------------------------------------------- 97 (fifth round, build half)
_R97 = [
    ("项目完成", "数量指标", "基本医疗保险参保人数", "43230人"),
    ("项目完成", "数量指标", "城乡居民基本医疗参保率", "≥95%"),
    ("项目完成", "数量指标", "贫困人员参保率", "100%"),
    ("项目完成", "数量指标", "基本医疗保险财政补助标准", "589元/人"),
    ("项目完成", "质量指标", "补助资金按时到期", "补助资金及时到位100%"),
    ("项目完成", "质量指标", "符合政策规定", "专项补助使用符合政策规定"),
    ("项目完成", "时效指标", "专项补助使用落实期限", "2019年1月-2019年12月"),
]
_G97 = ("为建立全县统一、城乡一体、惠民高效、公平可及的城乡居民基本医疗保险制度,保障基本医疗需求,有利于进一步改善人民群众基本生活,"
        "保障居民身体健康,减轻家庭经济负担,使所有的参保人员不因病致贫、因病返贫。")
FILINGS.append(dict(
    dir="97-bortala-wenquan-yibao",
    html_title="2019年城乡居民基本医疗保险财政补助资金项目公示",
    blocks=[
        ("p", "经县扶贫开发领导小组研究决定,2019年城乡居民基本医疗保险财政补助资金项目由县医疗保障局实施1个,涉及资金203万元,"
              "现将项目有关情况公示如下:"),
        ("p", "一、城乡居民基本医疗保险财政补助资金项目"),
        ("p", "1、实施地点\n温泉县\n2、建设内容"),
        ("p", "全县城乡居民基本医疗保险参保43230人,户籍人口基本医保综合参保率大于95%,参保人政策范围内住院报销比例大于68%,"
              "建档立卡贫困户参保率100%,减轻参保人员就医负担,缓解社会矛盾。"),
        ("p", "3、补助标准"),
        ("table", [
            ["中央", "自治区", "自治州", "县", "合计"],
            ["416元", "73元", "20元", "80元", "589元"],
        ]),
        ("p", "4、资金来源及规模(其中财政资金203万元)\n5、实施期限\n2019年1月1日-2019年12月31日\n6、实施单位及责任人\n"
              "实施单位:温泉县医疗保障局 责任人:马玉秀\n7、绩效目标"),
        ("table", [
            [C("部门预算项目支出绩效目标表", cs=5)],
            [C("(2019年度)", cs=5)],
            ["项目名称", C("城乡居民基本医疗保险财政补助资金", cs=4)],
            ["预算单位", C("温泉县医疗保障局", cs=4)],
            [C("项目资金 (万元)", rs=3), C("年度资金总额:203", cs=4)],
            [C("其中:财政拨款 203", cs=4)],
            [C("其他资金", cs=4)],
            [C("总 体 目 标", rs=2), C("年度目标", cs=4)],
            [C(_G97, cs=4)],
            [C("绩 效 指 标", rs=8), "一级 指标", "二级指标", "三级指标", "指标值(包含数字及文字描述)"],
            [C("项目完成", rs=7), C("数量指标", rs=4), _R97[0][2], _R97[0][3]],
            [_R97[1][2], _R97[1][3]],
            [_R97[2][2], _R97[2][3]],
            [_R97[3][2], _R97[3][3]],
            [C("质量指标", rs=2), _R97[4][2], _R97[4][3]],
            [_R97[5][2], _R97[5][3]],
            ["时效指标", _R97[6][2], _R97[6][3]],
        ]),
    ],
    truth={"projects": [P("城乡居民基本医疗保险财政补助资金", None, "203", "万元", [I(*r) for r in _R97])]},
    notes="""
Place: 温泉县 (Wenquan county, Bortala Mongol prefecture, Xinjiang), county level, 温泉县医疗保障局; year 2019 (a project notice
of the county's poverty-alleviation group, "2019年...项目", 实施期限 2019-01-01 to 2019-12-31). Xinjiang was covered only by the
兵团 regiment of 10; a county of the region is new.
Template kind: the Xinjiang 部门预算项目支出绩效目标表 (2019) inside a project notice (公示): 项目名称 / 预算单位 / 项目资金(万元) with
年度资金总额 / 其中:财政拨款 / 其他资金 / 总体目标 年度目标 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值(包含数字及文字描述).
Layout features: THE AMOUNTS SIT INSIDE THE LABEL CELLS ("年度资金总额:203", "其中:财政拨款 203" — no cell of their own); level 1
is "项目完成" (not 产出指标), the old Xinjiang tree; spaced side labels ("总 体 目 标", "绩 效 指 标"); the value header carries a
note "(包含数字及文字描述)"; sentence targets that contain a number ("补助资金及时到位100%") or none ("专项补助使用符合政策规定"), a
period as target ("2019年1月-2019年12月"), a rate per person ("589元/人"); before the target table a small table of subsidy
standards per level of government (中央 | 自治区 | 自治州 | 县 | 合计 / 416元 | ... | 589元), which holds no targets.
Truth: one project 城乡居民基本医疗保险财政补助资金, budget 203 万元 (from "年度资金总额:203", unit from "项目资金 (万元)"; the notice
text says 203万元 too). Seven indicators.
Truncation: the capture stops after the first 时效指标 row; whatever follows (more 时效 or 成本 rows, 效益 and 满意度 blocks) is
missing and not reproduced; the spans of 绩 效 指 标 and 项目完成 are cut at the last reproduced row.
Reconstruction: the capture prints one cell per line ending in " |" and a bare "|" line at each row's end; the 5-column grid
follows the indicator header, and the spans (项目资金 over three rows, 总体目标 over two, 项目完成 and 数量指标/质量指标 over their
rows) follow from the cells each row starts. After "(2019年度)" the capture has nine bare "|" lines (empty rows of the sheet);
they are left out. The subsidy table prints its ten cells without row marks; two rows of five are inferred.
""",
))

# ---------------------------------------------------------------- 99 (fifth round, build half)
_R99A = [  # l1, l2, name, target, actual
    ("项目完成指标", "数量指标", "查处各类交通违法行为", "7万起", "7.07万起"),
    ("项目完成指标", "质量指标", "查处国省道6类重点违法行为", "3000起", "3530起"),
    ("项目完成指标", "时效指标", "规定时间内完成目标任务百分比", "100%", "100%"),
    ("项目完成指标", "成本指标", "道路交通执法经费", "312万元以内", "312万元"),
    ("效益指标", "社会效益指标", "保障人民生命财产安全、促进道路交通平安畅通、降低交通事故发生率、维护社会和谐与稳定", "100%", "100%"),
    ("满意度指标", "服务对象满意度指标", "保证交通参与者投诉渠道申通,投诉率比上年下降", "100%", "100%"),
]
_R99B = [
    ("项目完成指标", "数量指标", "保障公务用车数量", "8辆", "8辆"),
    ("项目完成指标", "质量指标", "实现车辆制度化、规范化管理,提高车辆使用效率,保证行车安全,预防事故发生", "全年0事故", "全年0事故"),
]
_H99 = ["绩效指标完成情况", "一级指标", "二级指标", "三级指标", "预期指标值(包含数字及文字描述)", "实际完成指标值(包含数字及文字描述)"]


def _money99(amount):
    return [
        [C("预算执行情况(万元)", rs=3), "预算数:", amount, "执行数:", C(amount, cs=2)],
        ["其中-财政拨款:", amount, "其中-财政拨款:", C(amount, cs=2)],
        [C("其它资金:", cs=2), C("其它资金:", cs=3)],
    ]


FILINGS.append(dict(
    dir="99-suining-daying-jiaojing-2019",
    html_title="大英县公安局交通警察大队项目绩效目标完成情况表(2019年度)",
    blocks=[
        ("table", _money99("312") + [
            [C("年度目标完成情况", rs=2), C("预期目标", cs=2), C("实际完成目标", cs=3)],
            [C("保障道路交通执法工作顺利开展", cs=2), C("道路交通执法工作顺利开展", cs=3)],
            [C(_H99[0], rs=7)] + _H99[1:],
            [C("项目完成指标", rs=4), _R99A[0][1], _R99A[0][2], _R99A[0][3], _R99A[0][4]],
        ] + [[r[1], r[2], r[3], r[4]] for r in _R99A[1:4]] + [
            [r[0], r[1], r[2], r[3], r[4]] for r in _R99A[4:]
        ]),
        ("table", [
            [C("项目绩效目标完成情况表 (2019 年度)", cs=6)],
            ["项目名称", C("公务用车运行维护项目", cs=5)],
            ["预算单位", C("大英县公安局交通警察大队", cs=5)],
        ] + _money99("40") + [
            [C("年度目标完成情况", rs=2), C("预期目标", cs=2), C("实际完成目标", cs=3)],
            [C("保障公务用车正常运行", cs=2), C("公务用车正常运行", cs=3)],
            [C(_H99[0], rs=3)] + _H99[1:],
            [C("项目完成指标", rs=2), _R99B[0][1], _R99B[0][2], _R99B[0][3], _R99B[0][4]],
            [_R99B[1][1], _R99B[1][2], _R99B[1][3], _R99B[1][4]],
        ]),
    ],
    truth={"projects": [
        P(None, None, "312", "万元", [I(l1, l2, n, v, actual=a) for l1, l2, n, v, a in _R99A]),
        P("公务用车运行维护项目", None, "40", "万元", [I(l1, l2, n, v, actual=a) for l1, l2, n, v, a in _R99B]),
    ]},
    notes="""
Place: 大英县 (Daying county, Suining, Sichuan), county level, 大英县公安局交通警察大队 (the traffic police brigade); year 2019
(title "项目绩效目标完成情况表 (2019 年度)"). Daying is covered by 39 (2023, another unit and form); the 2019 form and the unit are new.
The page is page 3 of a paged article on dyrmt.com, which republishes the county's documents.
Template kind: the Sichuan 2019 项目绩效目标完成情况表 (a self-evaluation): 项目名称 / 预算单位 / 预算执行情况(万元) 预算数: | amount |
执行数: | amount / 其中-财政拨款: | ... / 其它资金: / 年度目标完成情况 预期目标 | 实际完成目标 / 绩效指标完成情况 一级指标 | 二级指标 |
三级指标 | 预期指标值(包含数字及文字描述) | 实际完成指标值(包含数字及文字描述). One table per project.
Layout features: THE CAPTURE STARTS INSIDE THE FIRST PROJECT'S TABLE (its title, 项目名称 and 预算单位 rows are on the previous
page): the first project has a budget and six indicators but no name; the money block puts each amount in the cell after its
label ("预算数: | 312 | 执行数: | 312"), budget and execution on one row; level 1 "项目完成指标"; a target with a trailing
qualifier ("312万元以内") whose actual drops it ("312万元"); long sentence names; an actual above its target ("7万起" →
"7.07万起").
Truth: two projects. Project 1: name null (not captured), budget 312 万元 (预算数), six indicators. Project 2: 公务用车运行维护项目,
budget 40 万元, two indicators. value = 预期指标值, actual = 实际完成指标值.
Truncation: the capture starts at project 1's 预算执行情况 row (everything above it is on the previous page) and stops at project
2's third indicator row ("时", cut); that row and the rest are left out; the spans of 绩效指标完成情况 and 项目完成指标 of project 2
are cut at the last reproduced row.
Reconstruction: the capture prints one table row a line, cells separated by " | ", with the cells a row does not start (spans
from the left or from above) as a run of "|" at its end; the 6-column grid follows the indicator header; the spans (预算执行情况
over three rows, 年度目标完成情况 over two, the second amount over two columns, the 其它资金 cells, 预期目标/实际完成目标 over two
and three columns) are inferred from those counts. The 社会效益 row is wrapped over two lines in the capture; it is one row. The
two projects are two tables (the second begins with its title row).
""",
))

# ---------------------------------------------------------------- 101 (fifth round, build half)
_U101 = "813-潼南区五桂镇"
_T101 = "2023年一般性项目绩效目标表(一级项目)"
_I101 = ["指标", "指标权重", "计量单位", "指标性质", "指标值"]


def _head101(name, budget, about, basis, goal):
    rows = [
        ["表十二", "", "", "", "", ""],
        [C(_T101, cs=6)],
        ["编制单位:", C(_U101, cs=3), C("单位:万元", cs=2)],
        ["专项资金名称", C(name, cs=5)],
        ["业务主管部门", C(_U101, cs=5)],
    ]
    if budget is None:
        return rows
    return rows + [
        ["当年预算", C(budget, cs=5)],
        ["项目概况", C(about, cs=5)],
        ["立项依据", C(basis, cs=5)],
        ["当年绩效目标", C(goal, cs=5)],
    ]


def _rows101(rows):
    out = [[C("绩效指标", rs=len(rows) + 1)] + _I101]
    return out + [list(r) for r in rows]


_R101A = [  # name, weight, unit, op, value
    ("发放人数", "20", "人数", "≥", "80"),
    ("是否按时足额发放", "10", "%", "≥", "95"),
    ("促进社会和谐", "20", "", "定性", ""),
    ("保障收入", "20", "", "定性", ""),
    ("保障权益", "20", "", "定性", ""),
]
_R101B = [
    ("按月发放", "20", "次", "=", "1"),
    ("本土人才满意度", "10", "%", "≥", "95"),
    ("发放金额", "20", "万元", "≥", "9.31"),
    ("领取补助人数", "20", "人", "≥", "100"),
    ("促进经济发展", "20", "", "定性", ""),
]


def _ind101(rows):
    return [I(None, None, n, op + v + u, op=op, value=v, unit=u, weight=w) for n, w, u, op, v in rows if v]


FILINGS.append(dict(
    dir="101-chongqing-tongnan-wugui-yibanxing",
    html_title="重庆市潼南区五桂镇人民政府2023年一般性项目绩效目标表",
    blocks=[
        ("p", "重庆市潼南区五桂镇人民政府2023年一般性项目绩效目标表"),
        ("table", _head101("潼南区五桂镇汇总项目库", "229.66", "潼南区五桂镇项目汇总", "潼南区五桂镇项目汇总",
                           "按时足额发放,保障权益") + _rows101(_R101A)),
        ("table", _head101("在职村村干部补助", "9.31", "对村民委员会村党支部的补助,按月发放给在职村社干部的工资",
                           "渝财(2022)00001", "按月及时足额发放在职村社干部的工资。") + _rows101(_R101B)),
        ("table", _head101("日常办公设备购买和运行维护", None, None, None, None)),
    ],
    truth={"projects": [
        P("潼南区五桂镇汇总项目库", None, "229.66", "万元", _ind101(_R101A)),
        P("在职村村干部补助", None, "9.31", "万元", _ind101(_R101B)),
        P("日常办公设备购买和运行维护", None, None, None, []),
    ]},
    notes="""
Place: 五桂镇 (Wugui town, Tongnan district, Chongqing), town level, 813-潼南区五桂镇; year 2023 (published 2023-10-19). Chongqing is
covered (17, 19, 31, 59, 89); Tongnan and this form are new.
Template kind: the Chongqing town "表十二" 一般性项目绩效目标表(一级项目), one small table per project: 编制单位: | 813-潼南区五桂镇 |
单位:万元 / 专项资金名称 / 业务主管部门 / 当年预算 / 项目概况 / 立项依据 / 当年绩效目标 / 绩效指标 指标 | 指标权重 | 计量单位 |
指标性质 | 指标值.
Layout features: NO LEVEL COLUMNS at all (a flat list under 指标); the WEIGHT (指标权重) and the UNIT (计量单位) stand BEFORE the
comparator (指标性质) and the number (指标值); "定性" in the comparator column of qualitative rows whose unit and value are empty;
an odd unit "人数"; the money unit only in a cell of the 编制单位 row ("单位:万元"); the budget on its own row (当年预算); a first
table that is the town's project pool (汇总项目库) with its own budget; the sheet label "表十二" in a row of its own, five empty
cells beside it; a target equal to the budget ("发放金额 ≥ 9.31 万元").
Truth: three projects (专项资金名称). 潼南区五桂镇汇总项目库: budget 229.66 万元, two indicators; 在职村村干部补助: budget 9.31 万元, four
indicators; 日常办公设备购买和运行维护: name only (cut before its budget). value = comparator + number + unit ("≥80人数", "=1次"),
the raw cells and the weight in value_cells. The 定性 rows have no target (empty value) and are no indicators.
Truncation: the capture stops in the third table's 当年预算 row ("当年预", cut); that row and the rest are left out.
Reconstruction: the capture prints one cell per line ending in " |", an empty cell as a bare "|" line; the 6-column grid follows
the indicator header (绩效指标 + five captions) and the first row (表十二 and five empty cells); that 绩效指标 spans the indicator
rows, and how the 编制单位 row's three cells share six columns, are inferred. The page's metadata lines (索引号, 发布机构, dates, the
font-size widget) are left out; the page title is kept as a paragraph.
""",
))

# ---------------------------------------------------------------- 103 (fifth round, build half)
_R103 = [  # l1, l2, name, target, progress
    ("项目决策", "数量指标", "宣传次数", "至少全年完成2次宣传", "已完成100%"),
    ("项目决策", "质量指标", "创建质量", "按质按量完成", "已完成100%"),
    ("项目决策", "时效指标", "全年", "1-12月", "已完成100%"),
    ("项目决策", "成本指标", "成本", "10万元", "已完成100%"),
    ("项目效益", "社会效益\n指标", "提升全县消费者维权意识", "不断提升", "已完成100%"),
    ("满意度指标", "满意度指标", "群众满意度", "90%", "已完成100%"),
]
FILINGS.append(dict(
    dir="103-suining-daying-shuangxin-2020",
    html_title="双心及文明城市创建专项资金项目支出绩效自评报告",
    blocks=[
        ("table", [
            [C("绩效\n指标", rs=7), "一级指标", "二级指标", "三级指标", "指标值", "实施进度"],
            [C("项目决策", rs=4)] + list(_R103[0][1:]),
            list(_R103[1][1:]),
            list(_R103[2][1:]),
            list(_R103[3][1:]),
            list(_R103[4]),
            list(_R103[5]),
        ]),
        ("p", "3.分析评价申报内容是否与实际相符,申报目标是否合理可行"),
        ("p", "评价申报内容与实际相符,申报目标合理可行。"),
        ("p", "(三)项目自评步骤及方法"),
        ("p", "围绕绩效目标,从项目的开展、成效等方面科学设定评价指标体系,采用公众评判、结果比较等方式进行评价。"),
        ("p", "二、项目资金申报及使用情况"),
        ("p", "(一)项目资金申报及批复情况。"),
        ("p", "该双心及文明城市创建专项资金项目于2020年初向财政局进行资金申报工作,根据《关于大英县创建放心舒心消费城市工作方案的通知》"
              "(大府办函〔2017〕75号)《关于印发大英县创建全国县级文明城市测评体系任务分解表的通知》(大创文指办发〔2020〕1号)"
              "等文件申报资料进行审议,批复下达预算资金10万元。"),
        ("p", "(二)资金计划、到位及使用情况(可用表格形式反映)。"),
        ("p", "1.资金到位"),
        ("table", [
            ["项目名称", "中央、省、市(州)、县级财政资金", "资金计划", "资金到位\n情况"],
        ]),
    ],
    truth={"projects": [P(None, None, None, None, [I(l1, l2.replace("\n", ""), n, v) for l1, l2, n, v, _ in _R103])]},
    notes="""
Place: 大英县 (Daying county, Suining, Sichuan), a county unit (its 放心舒心消费城市 and 消费者维权 work suggests the market regulation
bureau — an inference, the capture does not name it); year 2020 (funds applied for "2020年初"). Daying is covered by 39 (2023) and 99
(2019, traffic police); this is a third unit and a third form. Page 19 of a paged article on dyxrmt.com (a county media site that
republishes the county's documents).
Template kind: a project self-evaluation REPORT (项目支出绩效自评报告) whose 申报 part carries the indicator table: 绩效指标 | 一级指标 |
二级指标 | 三级指标 | 指标值 | 实施进度, then prose sections (评价申报内容…, 项目资金申报及使用情况) and a money table.
Layout features: a PROGRESS COLUMN (实施进度: "已完成100%" on every row) beside the target, neither an actual value nor a weight;
level 1 "项目决策" over the output rows (the evaluation-tree word where the target tree has 产出指标) and "项目效益"; a name that is
only a period ("全年" → "1-12月"); sentence targets ("至少全年完成2次宣传", "按质按量完成", "不断提升"); the level-2 cell broken
over two lines ("社会效益\\n指标"); the capture STARTS inside the table (its caption row is the first line) and the budget is only
in prose ("批复下达预算资金10万元"); the money table after it is cut after its header row (项目名称 | 中央、省、市(州)、县级财政资金 |
资金计划 | 资金到位情况), so no project name or amount is in a table.
Truth: one project, name null (no 项目名称 cell with a value; the fund's name is in prose only), budget null (only in prose), money
unit null. Six indicators: value = 指标值; the 实施进度 cell is not kept (progress, not an actual value — noted, not scored).
Level 2 "社会效益指标" written without the line break.
Truncation: the capture starts at the indicator table's caption row (what precedes it — the report's title and first sections —
is on earlier pages) and stops after the money table's header row.
Reconstruction: the capture prints cells separated by "|" with line breaks and indentation inside; the 6-column grid follows the
caption row; that 绩效指标 spans the block and 项目决策 the four output rows follows from the "|" left at the end of each row. The
page's indentation-only lines are left out.
""",
))

# ---------------------------------------------------------------- 105 (fifth round, build half)
_R105 = [  # l1, name (二级指标), weight, content, target, rule
    ("投入指标", "资金到位率", "5", "资金到位率=(实际到位资金/计划投入资金)×100%。", "资金到位率达100%",
     "到位率100%得5分,每少10个百分点以内扣1分,扣完为止。"),
    ("投入指标", "预算支出进度", "15", "预算支出进度是否达到90%以上。", "预算支出进度达到90%以上",
     "预算支出进度达到90%以上(含90%)得15分,每少1个百分点扣1分,扣完为止。"),
    ("过程指标", "项目资金专项核算", "5", "专项资金是否按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算。",
     "专项资金必须按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算",
     "专项资金按《行政单位财务规则》和《事业单位财务规则》专款专用得2分,专项核算得3分,否则0分。"),
]
_M105 = ["资金总额:", "一般公共预算拨款:", "政府性基金预算拨款:", "国有资本经营预算拨款:", "纳入财政专户管理的收入:",
         "未纳入财政专户管理的收入:", "上年结余收入:"]
_L105 = ["项目立项的依据(450字内)", "项目申报的可行性(450字内)", "项目申报的必要性(450字内)", "项目实施进度计划(450字内)"]
FILINGS.append(dict(
    dir="105-unknown-shenbaobiao-template-2021",
    html_title="财政支出绩效目标申报表(2021年度)",
    blocks=[
        ("table", [
            [C("财政支出绩效目标申报表", cs=7)],
            [C("(2021年度)", cs=7)],
            ["填报单位:", C("", cs=6)],
            ["项目名称", C("", cs=3), "项目类型", C("", cs=2)],
            ["主管部门编码", C("", cs=3), "主管部门名称", C("", cs=2)],
            ["项目实施单位", "", "项目负责人", "", "联系电话", C("", cs=2)],
            ["项目起止时间(如20190101)", C("", cs=2), "到", C("", cs=3)],
            [C("项目资金申请(万元)", rs=7), _M105[0], C("", cs=5)],
        ] + [[m, C("", cs=5)] for m in _M105[1:]] + [
            ["单位职能概述(450字内)", C("", cs=6)],
            ["项目概况(450字内)", C("", cs=6)],
            [C("项目立项情况", rs=4), _L105[0], C("", cs=5)],
        ] + [[x, C("", cs=5)] for x in _L105[1:]] + [
            [C("项目绩效目标", rs=2), C("长期目标(450字内)", cs=3), C("年度目标(450字内)", cs=3)],
            [C("", cs=3), C("", cs=3)],
            [C("项目年度绩效目标衡量指标", rs=4), "一级指标", "二级指标", "分值", "指标内容(150字内)", "指标值(150字内)", "评分细则(150字内)"],
            [C("投入指标", rs=2)] + list(_R105[0][1:]),
            list(_R105[1][1:]),
            list(_R105[2]),
        ]),
    ],
    truth={"projects": [P(None, None, None, None, [
        I(l1, None, n, v, weight=w, description=d) for l1, n, w, d, v, _ in _R105])]},
    notes="""
Place: NOT KNOWN — a unit's site (gxglmes.com) publishing its 2021 budget attachments (path templets/default/2021yusuan/sqb.files, an
Excel sheet saved as HTML); the filled-in cells name no place and no unit. Year 2021 ("(2021年度)").
Template kind: a 财政支出绩效目标申报表 (the 2010s provincial form): 填报单位 / 项目名称 | 项目类型 / 主管部门编码 | 主管部门名称 / 项目实施单位 |
项目负责人 | 联系电话 / 项目起止时间 / 项目资金申请(万元) with seven source rows (资金总额, 一般公共预算拨款, 政府性基金预算拨款, …, 上年结余收入)
/ 单位职能概述 / 项目概况 / 项目立项情况 (依据, 可行性, 必要性, 实施进度计划) / 项目绩效目标 长期目标 | 年度目标 / 项目年度绩效目标衡量
指标 一级指标 | 二级指标 | 分值 | 指标内容(150字内) | 指标值(150字内) | 评分细则(150字内).
Layout features: an UNFILLED FORM whose indicator block is PRE-FILLED with the province's standard indicators (投入指标: 资金到位率,
预算支出进度; 过程指标: 项目资金专项核算, …), each with a weight, a definition, a target and a scoring rule; NO 三级指标 column: the
short indicator names stand under 二级指标; the WEIGHT (分值) comes before the definition and the target; a scoring-rule column
(评分细则) after the target; level 1 投入指标/过程指标 (the input/process tree); every project field and money cell empty; captions
carrying length limits ("(450字内)", "(150字内)").
Truth: one project with name, budget and unit null (the form is not filled in). Three indicators: level 1 投入指标/过程指标, level 2
null, NAME = the short name under 二级指标 ("资金到位率") — an inference: the header would make 二级指标 a level and 指标内容 the
indicator, but 指标内容 holds definitions and questions ("预算支出进度是否达到90%以上。"), kept in value_cells.description; value = 指标值
(a sentence: "资金到位率达100%"), weight = 分值. The 评分细则 cell is not kept.
Truncation: the capture stops inside the fourth indicator's definition ("①是否符合…;\\n②资金的拨付是否有", cut); that row
(资金使用合规性, weight 10) and the rest are left out; the spans of the label column and 过程指标 are cut at the last reproduced row.
Reconstruction: the capture prints one cell a line ending in " |", and a bare "|" line for an empty cell or a row's end; the 7-column
grid follows the indicator header; in the upper rows, which bare "|" is an empty cell and which a row end, and how the empty cells
span the columns, are inferred (they hold no text).
""",
))

# ---------------------------------------------------------------- 107 (fifth round, build half)
_R107 = [  # l1, l2, name, target, actual, score
    ("产出 指标", "数量指标", "成本控制", "不超过预算", "不超过预算", "10"),
    ("产出 指标", "质量指标", "保证财政建设补助专款专用", "专款专用", "专款专用", "10"),
    ("产出 指标", "成本", "每年财政补助1000万元", "1000万元", "1000万元", "10"),
    ("产出 指标", "时效", "1年", "1年", "1年", "10"),
    ("效益 指标", "经济效益", "完成东津院区建设,医院东 津医疗收入达到5亿元", "5亿元", "6.47亿元", "10"),
]
FILINGS.append(dict(
    dir="107-xiangyang-zhongxin-yiyuan-ziping",
    html_title="2021年度财政项目绩效自评表",
    blocks=[
        ("p", "2021年度财政项目绩效自评表"),
        ("p", "单位名称:襄阳市中心医院填报日期:2022年3月18日"),
        ("table", [
            ["项目名称", C("东津院区建设补助", cs=6)],
            ["主管部门", C("襄阳市卫生健康委", cs=2), C("项目实施单位", cs=2), C("襄阳市中心医院", cs=2)],
            ["项目类别", C("1、部门预算项目 02、财政专项口 3、市对下转移支付项目口", cs=6)],
            ["项目属性", C("1、持续性项目口 2、新增性项目口", cs=6)],
            ["项目类型", C("1、常年性项目口 2、延续性项目03、一次性项目口", cs=6)],
            [C("预算执行情况 (万元) (20 分)", cs=2), "预算数(A)", "执行数(B)", "执行率(B/A1", C("得分(20分*执行率)", cs=2)],
            [C("年度财政 资金总额", cs=2), "1000", "1000", "100%", C("20", cs=2)],
            [C("度效标80> 年绩目1分", rs=6), "级标 一指", "二级指标", "三级指标", "年初目标值 (A)", "实际完成值 (B)", "得分"],
            [C(_R107[0][0], rs=4)] + list(_R107[0][1:]),
            list(_R107[1][1:]),
            list(_R107[2][1:]),
            list(_R107[3][1:]),
            list(_R107[4]),
        ]),
    ],
    truth={"projects": [P("东津院区建设补助", None, "1000", "万元", [
        I(l1, l2, n, v, actual=a, score=s) for l1, l2, n, v, a, s in _R107])]},
    notes="""
Place: 襄阳市 (Xiangyang, Hubei), city level, 襄阳市中心医院 (a city hospital) under 襄阳市卫生健康委; year 2021 (filled 2022-03-18).
Hubei is covered (21, 23, 38, 44, 72, 83, 86, 87); Xiangyang and a hospital are new. Captured from a document-sharing site
(taowenge.com) that previews the .docx as one glued line after its download notes.
Template kind: the Hubei 财政项目绩效自评表 (2020+): 单位名称 | 填报日期 / 项目名称 / 主管部门 | 项目实施单位 / 项目类别, 项目属性,
项目类型 check-box rows / 预算执行情况(万元)(20分) 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) / 年度财政资金总额 / 年度
绩效目标1(80分) 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分.
Layout features: OCR SLIPS kept as written — the left label "年度绩效目标1(80分)" and the caption "一级指标" came out scrambled
("度效标80> 年绩目1分", "级标 一指"), "执行率(B/A1" for "(B/A)", "02、" and "03、" for ticked boxes, "口" for empty ones; level
words shortened ("成本", "时效", "经济效益") and one (成本控制) under 数量指标; names that end with their target
("保证财政建设补助专款专用" → "专款专用", "每年财政补助1000万元" → "1000万元") or are only a period ("1年"); level 1 spaced
("产出 指标", "效益 指标"); an actual above its target (5亿元 → 6.47亿元); the budget row's label spaced ("年度财政 资金总额").
Truth: one project 东津院区建设补助, budget 1000 万元 (预算数(A)). Five indicators: value = 年初目标值(A), actual = 实际完成值(B),
score = 得分 (the form has no weight column).
Truncation: the capture stops inside the 可持续性 row ("…服务范围扩 大服务范", the actual cut); it is left out; the spans of the left
label and 效益 指标 are cut at the last reproduced row.
Reconstruction: the text lost every separator; cells are split at the form's labels, at the repeated targets and actuals (a row
whose three last values repeat — "1000万元1000万元1000万元10", "1年1年1年10" — is read as name, target, actual; that the first of
them belongs to the name is an inference from the row above, where the name ends with its target's text) and before each score
"10". The 7-column grid and spans are inferred; the site's download notes and the file name are left out.
""",
))

# ---------------------------------------------------------------- 109 (fifth round, build half)
_N109 = "全国智慧图书馆体系建设、公共文化云建设"
FILINGS.append(dict(
    dir="109-putian-gonggong-shuzi-wenhua",
    html_title="关于下达2022年中央支持地方公共文化服务体系建设补助资金的通知",
    blocks=[
        ("p", "为支持完善公共文化服务体系,提升公共文化服务水平,根据《福建省财政厅 福建省文化和旅游厅关于提前下达2022年中央支持地方公共文化服务体系"
              "建设补助资金的通知》(闽财教指〔2021〕134号)和《文化和旅游部公共服务司、财务司关于做好2022年全国智慧图书馆体系建设项目、"
              "公共文化云建设项目实施工作的通知》(公共函〔2021〕16号)要求,现下达2022年中央支持地方公共文化服务体系建设补助资金 万元(详见附件),"
              "款列“2079999-其他文化旅游体育与传媒支出”科目。"),
        ("p", "请切实加强专项资金监管,做好绩效跟踪管理,确保专款专用,切实提高财政资金使用效益。"),
        ("p", "附件: 1.2022年度中央支持地方公共文化服务体系建设补助资金分配表\n2.公共数字文化建设专项转移支付绩效目标表"),
        ("p", "莆田市财政局 莆田市文化和旅游局\n2022年1月26日\n(此件主动公开)"),
        ("p", "附件1"),
        ("p", "2022年度中央支持地方公共文化服务体系建设补助资金分配表"),
        ("p", "单位:万元"),
        ("table", [
            ["序号", "项目单位", "补助项目", "补助金额", "备注"],
            ["1", "莆田市图书馆", "全国智慧图书馆体系建设", "15", "莆田市图书馆知识资源细颗粒度建设和标签标引1万条"],
            ["", "合计", "", "15", ""],
        ]),
        ("p", "政府预算分类科目:50502商品和服务支出"),
        ("p", "附件2"),
        ("p", "公共数字文化建设专项转移支付绩效目标表"),
        ("table", [
            ["项目名称", C(_N109, cs=6)],
            ["主管部门(单位)名称及预算编码", C("福建省文化和旅游厅335301302", cs=6)],
            [C("资金情况", rs=3), "年度金额:", C("15", cs=5)],
            ["其中:中央补助", C("15", cs=5)],
            ["地方资金", C("", cs=5)],
        ]),
    ],
    truth={"projects": [P(_N109, None, "15", None, [])]},
    notes="""
Place: 莆田市 (Putian, Fujian), city level, 莆田市财政局 and 莆田市文化和旅游局 to 莆田市图书馆; year 2022 (dated 2022-01-26). Putian is covered
by 01 (秀屿区, a district form); the city and this fund are new.
Template kind: a city finance notice passing on central public-culture funds, with an allocation table (序号 | 项目单位 | 补助项目 |
补助金额 | 备注, a 合计 row; "单位:万元" above it) and the Fujian 专项转移支付绩效目标表 (项目名称 / 主管部门(单位)名称及预算编码 / 资金情况
年度金额: | 其中:中央补助 | 地方资金 / 总体目标 …).
Layout features: THE NOTICE'S AMOUNT IS BLANK ("补助资金 万元" — the number was left out of the prose); the target table's money rows
name NO UNIT (资金情况, 年度金额:) — the only unit on the page is the allocation table's "单位:万元"; the allocation 合计 equals the
target table's 年度金额 (15); a budget code glued to the department's name ("福建省文化和旅游厅335301302"); the allocation's 合计 row
with empty 序号 and 补助项目 cells.
Truth: one project 全国智慧图书馆体系建设、公共文化云建设 (项目名称), budget 15 (年度金额:), money unit NULL — the target table names none
(the allocation table's 万元 is not the target table's; by the corpus convention the unit comes from the table itself).
Truncation: the capture stops inside the 总体目标 text ("…由福建省艺术馆协助", cut); that row and the rest are left out.
Reconstruction: the capture prints each row as a "|" line followed by one cell per line ending in " |", with a run of "|" for the cells
a row does not start; the 7-column target grid follows the 资金情况 row (three cells and four "|"); the spans (资金情况 over three rows,
the values over the remaining columns) and the empty cells of the allocation's 合计 row are inferred.
""",
))

# ---------------------------------------------------------------- 111 (fifth round, build half)
_G111 = ("目标 1:为残疾人提供基本康复服务,为精神病患者提供服药补贴。 目标 2:对特殊学校残疾贫困学生进行资助,对特教学校开展职业教育和职业培 训给予补贴。"
         " 目标 3:资助智力、精神和重度肢体(含多重)残疾人开展各种形式的托养服务。 目标 4:对符合条件的残疾人就业创业扶贫品牌基地进行扶持。"
         " 目标 5:对当年新创业的城乡残疾人给予扶持,对全省技术能手给予补贴。 目标 6:对农村贫困残疾人自强互助服务社给予扶持"
         " 目标 7:补助基层残联基础设施建设。 目标 8:为贫困重度残疾人提供家庭无障碍改造补助。")
FILINGS.append(dict(
    dir="111-province-canlian-quyu-2019",
    html_title="残疾人事业发展补助资金区域绩效目标表",
    blocks=[
        ("p", "附件 2"),
        ("p", "残疾人事业发展补助资金区域绩效目标表"),
        ("p", "( 2019 年度)"),
        ("table", [
            ["专项名称", C("残疾人事业发展补助资金", cs=3)],
            ["主管部门", C("省残联", cs=3)],
            ["资金额度", C("4623 万", cs=3)],
            ["年 度 总 体 目 标", C(_G111, cs=3)],
            ["一级 指标", "二级指标", "三级指标", "指标值"],
        ]),
    ],
    truth={"projects": [P("残疾人事业发展补助资金", None, "4623", "万元", [])]},
    notes="""
Place: NOT KNOWN beyond "省残联" (a provincial disabled persons' federation, 主管部门) handing a region its share; the capture names
neither the province nor the region. Year 2019 ("( 2019 年度)"). Captured from a document-sharing site (doc.chddh.cn) that shows the
.doc's text as extracted from its PDF rendering.
Template kind: a provincial 区域绩效目标表 of a transfer (残疾人事业发展补助资金): 专项名称 / 主管部门 / 资金额度 / 年度总体目标 (eight
numbered goals) / 绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值.
Layout features: THE AMOUNT IS WRITTEN "4623 万" (a space and 万 without 元) under the label 资金额度 (no 资金总额, no unit in the label);
the text layer runs COLUMN BY COLUMN: the indicator names of the whole table come first, the level words ("产 出 指 标", "数量指标",
"效果指 标", "社会效益 指标", "满意度 指标") between them, and the values column last — cut at its caption "指标值"; spaced labels
("年 度 总 体 目 标", "绩 效 指 标"); goals with a line break inside a word ("职业培 训").
Truth: one fund 残疾人事业发展补助资金 (专项名称), budget 4623 万元 (资金额度; the unit "万" read as 万元 — an inference). No indicators:
every target value is beyond the capture (the text stops at the caption 指标值), so none of the named indicators has a target.
Truncation: the indicator rows are reproduced only as far as the capture shows them whole: NOT AT ALL (their values are cut), so the
filing ends with the indicator header; the eighteen names listed in the capture (基本康复服务人数 … 接受创业扶持补助的残疾人收入) and their
level words are left out of filing.html and filing.txt, and so is the capture's order of them.
Reconstruction: the upper rows and the 4-column header are inferred from the labels; the file name line and the site's text before
"附件 2" are left out.
""",
))

# ---------------------------------------------------------------- 113 (fifth round, build half)
_D113 = "绥阳县太白镇人民政府"
_G113A = ("(1)制定和组织实施经济、科技和社会发展计划,制定资源开发技术改造和产业结构调整方案,组织指导好各业生产,搞好商品流通,协调好本乡与外地区的"
          "经济交流与合作,抓好招商引资,人才引进项目开发,不断培育市场体系,组织经济运行,促进经济发展。(2)制定并组织实施村镇建设规划,部署重点工程建设,"
          "地方道路建设及公共设施,水利设施的管理,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。(3)按计划组织本级财政收入和地方税的"
          "征收,完成国家财政计划,不断培植税源,管好财政资金,增强财政实力。(4)完成上级政府交办的其它事项。")
_G113B = ("(1)积极履职,强化管理,较好地完成本年工作任务。 (2)通过加强预算收支管理,不断建立健全内部管理制度,部门整体支出管理水平得到提升 "
          "(3)制定并组织实施村镇建设规划,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。 (4)按计划组织本级财政收入和地方税的征收,"
          "管好财政资金,增强财政实力。 (5)完成上级政府交办的其它事项。")
FILINGS.append(dict(
    dir="113-zunyi-suiyang-taibai-zhengti-ziping",
    html_title="绥阳县太白镇人民政府部门整体支出绩效自评表",
    blocks=[
        ("table", [
            [C("部门整体支出绩效自评表", cs=10)],
            [C("单位(盖章):" + _D113, cs=5), C("填报日期:2022年2月3日", cs=5)],
            ["部门(单位)名称", C(_D113, cs=9)],
            [C("部门(单位)总体 资金(万元)", rs=5), "资 金 来 源", "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分",
             C("得分计算方法", cs=4)],
            ["年度资金总额:", "1172.55", "1268.72", "10", "10", C("执行率*该指标分值,最高不得超过分值上限。", rs=3, cs=4)],
            ["基本支出", "985.19", "914.97", "10", "10"],
            ["项目支出", "187.36", "353.75", "10", "10"],
            ["其他", "", "", "", "", C("", cs=4)],
            [C("年度总体目标", rs=2), C("年初设定目标", cs=5), C("年度总体目标完成情况", cs=4)],
            [C(_G113A, cs=5), C(_G113B, cs=4)],
        ]),
    ],
    truth={"projects": [P(_D113, None, "1172.55", "万元", [])]},
    notes="""
Place: 太白镇 (Taibai town, Suiyang county, Zunyi, GUIZHOU), town level, 绥阳县太白镇人民政府; year 2021 (filled 2022-02-03, published
2022-08). Guizhou is NEW to the corpus (no filing from the province before).
Template kind: a DEPARTMENT-WIDE self-evaluation (部门整体支出绩效自评表, the Guizhou county form): 单位(盖章) | 填报日期 / 部门(单位)名称 /
部门(单位)总体资金(万元) 资金来源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法, rows 年度资金总额 / 基本支出 / 项目支出 /
其他 / 年度总体目标 年初设定目标 | 年度总体目标完成情况 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 年度指标值(A) | 全年实际值(B) | 分值 |
得分计算方法 (cut).
Layout features: the EXECUTION EXCEEDS THE BUDGET (1172.55 → 1268.72) and the split rows disagree with it both ways (基本支出 985.19 →
914.97, 项目支出 187.36 → 353.75); 分值 10 and 得分 10 repeated on the split rows; a scoring-rule cell spanning the money rows; spaced
caption ("资 金 来 源"); the department's name both in the seal line and in its own row; long numbered goal texts.
Truth: one department 绥阳县太白镇人民政府 (部门(单位)名称), budget 1172.55 万元 (年初预算数(A) of 年度资金总额 — the form's only budget
column; 1268.72 is the execution), unit from "部门(单位)总体 资金(万元)". No indicators: the capture ends in the indicator header.
Truncation: the capture stops inside the indicator header ("… | 分值 | 得分计算", cut); that row and the indicator rows are left out.
Reconstruction: the capture prints one table row a line, cells separated by " | ", with a run of "|" for the cells a row does not
start; the 10-column grid follows the title row (one cell and nine "|"). The 基本支出 row is wrapped over two lines in the capture (one
row). That 得分计算方法 spans four columns and its text three rows, that the 总体资金 label spans the five money rows, and the empty cells of
the 其他 row, are inferred from the counts of "|".
""",
))

# ---------------------------------------------------------------- 115
_N115 = "2022年原州区健康饮茶“送茶入户”边销茶推广项目(2022年少数民族发展资金项目)"
_T115 = "2022年原州区健康饮茶“送茶入户”边销茶推广项目38.75万元(少数民族发展资金37万元,中央衔接资金1.75万元)"
_R115 = [  # l2, name, weight, target, actual, score, reason
    ("数量指标(必填硬性指标)",
     "针对原州区监测帮扶对象:边缘易致贫人口突发严重困难人口共计3875人(涉及北塬街道办和11个乡镇),发放边销茶目标人群是3875人,"
     "目前已发放边销茶目标人群3620人,目前255人目标人群茶叶未发放确定于剩余255人茶叶于2022年12月底前发放完毕,",
     "20", "100", "100", "20", ""),
    ("时效指标(必填)", "确定于于2022年12月底前发放完毕", "10", "100", "100", "9.34", ""),
    ("成本指标(必填硬性指标)", "38.75万元", "10", "38.75", "36.2", "9.34",
     "2021年底初步预算资金36.2万元,发放边销茶目标人群是3875人,目前已发放边销茶目标人群3620人,"),
]
FILINGS.append(dict(
    dir="115-guyuan-yuanzhou-bianxiaocha-ziping",
    html_title="2022年原州区健康饮茶“送茶入户”边销茶推广项目绩效目标申报表",
    blocks=[
        ("p", "现将2022年原州区健康饮茶“送茶入户”边销茶推广项目绩效目标申报表公示如下,具体内容如下:"),
        ("p", "项目支出绩效自评表"),
        ("p", "(2022年度)"),
        ("table", [
            [C("项目名称", cs=2), C(_N115, cs=8)],
            [C("主管部门及代码", cs=2), C("原州区宗教事务局116422210101621779", cs=3), C("实施单位", cs=2),
             C("原州区民族宗教事务局", cs=3)],
            [C("项目资金(万元)", rs=4, cs=2), C("", cs=2), C("年初预算数", cs=2), C("全年执行数", cs=2), C("", cs=2)],
            [C("年度资金总额:38.75万元", cs=2), C(_T115, cs=2), C(_T115, cs=2), C(_T115, cs=2)],
            [C("其中:财政拨款", cs=2), C("少数民族发展资金37万元", cs=6)],
            [C("其他资金", cs=2), C("中央衔接资金1.75万元", cs=6)],
            [C("年度总体目标", cs=2), C("2022年原州区健康饮茶“送茶入户”边销茶推广项目,通过实施2022年原州区健康饮茶“送茶入户”边销茶推广项目,",
                                     cs=8)],
            [C("绩效指标", rs=4), "一级指标", "二级指标", "三级指标", "分值", "指标值(A)", "全年实际值(B)", "得分计算方法", "得分",
             "未完成原因分析"],
        ] + [
            ([C("产出指标(40分)", rs=3)] if i == 0 else []) + [r[0], r[1], r[2], r[3], r[4], "", r[5], r[6]]
            for i, r in enumerate(_R115)
        ]),
    ],
    truth={"projects": [P(_N115, None, "38.75", "万元", [
        I("产出指标(40分)", l2, n, v, weight=w, actual=a, score=s) for l2, n, w, v, a, s, _ in _R115])]},
    notes="""
Place: 原州区 (Yuanzhou district, Guyuan, Ningxia), district level, 原州区宗教事务局 (主管部门, with an 18-digit code) and 原州区民族宗教事务局
(实施单位); year 2022 ("项目支出绩效自评表(2022年度)"; republished by a policy-news site, chacewang.com). Ningxia is covered (04: the same
district's 自然资源局 申报表, 2022; 43: another county); this unit, a self-evaluation and a minority-fund project are new.
Template kind: the Ningxia 项目支出绩效自评表 (the 2019 national self-evaluation with 分值 first and a 得分计算方法 column): 项目名称 /
主管部门及代码 | 实施单位 / 项目资金(万元) 年初预算数 | 全年执行数 over 年度资金总额: / 其中:财政拨款 / 其他资金 / 年度总体目标 / 绩效指标
一级指标 | 二级指标 | 三级指标 | 分值 | 指标值(A) | 全年实际值(B) | 得分计算方法 | 得分 | 未完成原因分析. The notice above calls it a
绩效目标申报表.
Layout features: THE MONEY IS GIVEN ODDLY — the amount inside the label cell ("年度资金总额:38.75万元") and the budget cells holding a
sentence with three amounts ("…项目38.75万元(少数民族发展资金37万元,中央衔接资金1.75万元)", repeated three times); the 其中 rows hold
fund names with amounts ("少数民族发展资金37万元"). Level-2 labels with a fill hint ("数量指标(必填硬性指标)", "时效指标(必填)"); a 三级指标
that is a paragraph (a count, a progress report and a deadline) and one that is an amount ("38.75万元"); targets and actuals as bare numbers
("100", "38.75" | "36.2"); scores that are a ratio (9.34 = 10 × 3620/3875) beside an actual equal to the target; the whole text glued.
Truth: one project (项目名称), budget 38.75 万元 (the amount of 年度资金总额:, the form's only total; unit from "项目资金(万元)" and the
"万元" in the cell). Three indicators, level 1 产出指标(40分); value = 指标值(A); value_cells weight (分值), actual (全年实际值(B)), score
(得分). The 效益 row is cut (see below) and left out.
Truncation: the stored excerpt stops inside the first 效益 row ("效益指标(40分)社会效益指标(必填)紧紧围绕“茶叶市场流通监管”和“健", cut); it and
the rest are left out.
Reconstruction: the stored text lost EVERY separator. Cells are split at the form's labels and by the column sequence (三级指标, 分值, 指标值,
实际值, 得分计算方法, 得分, 原因): "2010010020" is read 20 | 100 | 100 | (empty) | 20 — 分值 20 because the 产出 weights must sum to 40
(20 + 10 + 10); "101001009.34" is 10 | 100 | 100 | (empty) | 9.34 and "1038.7536.29.34" is 10 | 38.75 | 36.2 | (empty) | 9.34 (9.34 =
10 × 36.2/38.75 ≈ 10 × 3620/3875, which fixes the split). The 得分计算方法 cells are taken as EMPTY (an inference: nothing stands between
the actual and the score). The first 三级指标 is taken as ALL the text between its level-2 label and "20" (including the trailing comma;
part of it may be a reason placed in the wrong cell in the original — not knowable). The reason of the 成本 row is the text after "9.34"
up to the next level-1 label. That the money block has three text cells under two captions (年初预算数 | 全年执行数) and an empty caption
cell before and after them, the 10-column grid and all spans are inferred; "原州区宗教事务局116422210101621779" is kept as one cell.
""",
))

# ---------------------------------------------------------------- 151 (sixth round, build half)
_G151A = ("通过整合各级各类媒体、户外广告载体、宣传宣讲活动等,为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造良好氛围。"
          "保障融媒体中心正常人事基础/日常运转,有效承担西部(重庆)科学城新闻宣传管理,思想文化领域建设等工作。")
_G151B = ("中心2021年较好地完成了履职任务,有效开展了西部(重庆)科学城新闻宣传管理/思想文化领域建设等工作,"
          "为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造了良好氛围。")
_R151 = [  # name, unit, target, adjusted, actual, coefficient, weight, score, core
    ("财政供养人员控制率", "%", "100%", "", "92%", "100%", "2", "2", "否"),
    ("“三公经费变动率", "%", "", "", "", "100%", "2", "2", "否"),
    ("基础信息完善", "%", "100%", "", "100%", "100%", "1", "1", "否"),
    ("预算完成率", "%", "70%", "", "76%", "100%", "2", "2", "是"),
    ("预算调整率", "%", "3%", "", "0", "100%", "2", "2", "否"),
    ("结转结余率", "%", "2%", "", "0", "100%", "2", "2", "是"),
    ("公用经费控制率", "%", "100%", "", "97%", "100%", "2", "2", "是"),
    ("“三公经费控制率", "%", "", "", "", "100%", "2", "2", "否"),
    ("政府采购执行率", "%", "100%", "", "72.74%", "100%", "2", "2", "是"),
    ("管理制度健全性", "", "高", "", "高", "100%", "3", "3", "否"),
    ("资金使用合规性", "", "好", "", "好", "100%", "5", "5", "否"),
    ("预决算信息公开性", "", "高", "", "高", "100%", "1", "1", "否"),
    ("资产管理安全", "", "好", "", "好", "100%", "2", "2", "否"),
    ("固定资产利用率", "%", "90%", "", "100%", "100%", "2", "2", "否"),
    ("党性教育培训次数", "次", "26次", "", "12次", "100%", "5", "5", "是"),
    ("组织宣传活动次数", "次", "到0次", "", "43次", "100%", "10", "10", "是"),
    ("制作宣传品数量", "份", "第O份", "", "20份", "100%", "5", "5", "否"),
    ("播发稿件数量", "tot扁", "2200篇", "", "2859篇", "100%", "10", "10", "是"),
    ("业务保障能力提升", "%", "90%", "", "95%", "100%", "10", "10", "否"),
]
_K151 = {0: ("定量指标", 9), 9: ("性标定指", 4), 13: ("定量指标", 6)}


def _rows151():
    out = [[C("绩效指标", rs=len(_R151) + 1), "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "年成值全完值",
            "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标"]]
    for i, r in enumerate(_R151):
        row = [r[0], r[1]]
        if i in _K151:
            row.append(C(_K151[i][0], rs=_K151[i][1]))
        out.append(row + list(r[2:]))
    return out


FILINGS.append(dict(
    dir="151-chongqing-kexuecheng-rongmeiti-zhengti-ziping",
    html_title="部门整体绩效自评表",
    blocks=[
        ("table", [
            [C("部门整体绩效自评表", cs=11)],
            ["主管部门", C("", cs=3), "财政处室", C("", cs=3), C("自评总分(分)", cs=2), "97.6"],
            ["部门联系人", C("曾雪莲", cs=3), "联系电话", C("", cs=6)],
            [C("部门预算执行情况相)预资5", rs=2, cs=2), C("年初预算数", cs=2), C("全年(If整)预算数", cs=2), "全年执行数", "执行率(%)",
             "执行率权重", C("执行率得分(分)", cs=2)],
            [C("O", cs=2), C("", cs=2), "", "76%", "10", C("7.6", cs=2)],
            [C("当年绩效目标", rs=2, cs=2), C("年初绩效目标", cs=3), C("全年(调整)绩效目标", cs=3), C("全年目标实际完成情况", cs=3)],
            [C("无", cs=3), C(_G151A, cs=3), C(_G151B, cs=3)],
        ] + _rows151()),
    ],
    truth={"projects": [P(None, None, None, None, [
        I(None, None, r[0], r[2], actual=r[4], weight=r[6], score=r[7]) for r in _R151 if r[2]])]},
    notes="""
Place: the 融媒体中心 (media centre) of 西部(重庆)科学城 (the Western (Chongqing) Science City, a Chongqing district-level zone), unit
level; year 2021 ("中心2021年较好地完成了履职任务"); captured from a document-sharing site (m.yzwku.com, "部门整体绩效自评表.docx") that
shows the docx's text as recognised from page images. Chongqing is covered; this unit and this form are new.
Template kind: the Chongqing 部门整体绩效自评表 (department-wide self-evaluation, 2021+): 主管部门 | 财政处室 | 自评总分(分) / 部门联系人 |
联系电话 / 部门预算执行情况 年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率(%) | 执行率权重 | 执行率得分(分) / 当年绩效目标 年初绩效目标 |
全年(调整)绩效目标 | 全年目标实际完成情况 / 绩效指标 指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) |
指标权重(分) | 指标得分(分) | 是否核心指标 — a FLAT LIST with no level columns, target, adjusted target and actual side by side.
Layout features: OCR SLIPS everywhere, kept as captured: "全年(If整)预算数", "相)预资5" after the money label, "年成值全完值" for
全年完成值, "性标定指" for 定性指标, a unit "tot扁" (篇), targets "到0次" and "第O份" (a lost ≥ and digits, it seems), "26次" against an
actual of 12次 with a full score (probably "≥6次" read as "26次" — not knowable); the money amounts lost ("O", then 76% | 10 | 7.6);
the department's NAME is not in the capture (主管部门 is followed directly by 财政处室); qualitative targets 高/好 with the same actual;
two rows with no target at all (“三公经费变动率, “三公经费控制率: only the coefficient, weight, score and 否); a 是/否 column
(是否核心指标) closing every row; weights 1 to 10.
Truth: one department with NO NAME and NO BUDGET (neither is readable: the name cell is absent and the amounts are lost) and
seventeen indicators without levels (level1/level2 null). value = 年初指标值 AS CAPTURED ("100%", "高", "26次", "到0次", "第O份",
"2200篇"); value_cells actual (全年完成值), weight (指标权重(分)), score (指标得分(分)). The two rows with no target are not indicators.
Truncation: the capture stops at "公共服务" (the next indicator's name, cut); it and the rest are left out.
Reconstruction: the capture LOST EVERY SEPARATOR (a docx text layer glued into runs, with the site's page markers "1、", "2、", "3、"
left out). Cells are split by the header's column order: "100%92%100%22否" is 年初指标值 100% | 调整指标值 (empty) | 全年完成值 92% |
得分系数 100% | 权重 2 | 得分 2 | 否 — the ADJUSTED TARGET IS TAKEN AS EMPTY on every row (an inference: never more than three values
stand before the weight), the single "100%" of the two “三公经费 rows as the coefficient (every other row has 100% there), "1010是"
as 10 | 10 | 是 (weight and score equal on every readable row). The 指标性质 cells, printed once ("定量指标" on the first and the
fourteenth row, "性标定指" on the tenth), are taken as spanning their runs (9, 4 and 6 rows) — an inference. The 绩效指标 label,
printed after the eleventh row (page 2's end), is the left label spanning the indicator rows. The money block's and the goals'
cells ("O" under 年初预算数; "无" as 年初绩效目标 and the two goal texts after it) and every span above the indicator header are
inferred; the goal text broken by the page marker ("为建设成渝地区 / 2、双城经济圈") is joined.
""",
))

# ---------------------------------------------------------------- 117 (sixth round, build half)
_R117 = [  # l1, l2, name, target, actual, score
    ("产出指标(40分)", "数量指标", "一个存储备份器", "25TB", "25TB", "10"),
    ("产出指标(40分)", "数量指标", "WIFI布点全覆盖", "100%覆盖", "100%覆盖", ""),
    ("产出指标(40分)", "质量指标", "以最新资源面市", "资源采购期以当年为主", "资源采购期以当年为主", "10"),
    ("产出指标(40分)", "时效指标", "可保证读者使用时长", "全天候可用", "全天候", "10"),
    ("产出指标(40分)", "时效指标", "2022年全年", "≥360天", "≥360天", ""),
    ("产出指标(40分)", "成本指标", "以低价位高质量为采购原则", "5万", "5万", "10"),
    ("效益指标(30分)", "经济效益", "社会公益服务无经济效益", "公益性事业", "公益性事业", "10"),
    ("效益指标(30分)", "社会效益", "使读者更方便快捷查找检阅", "独有数据资源查询,查询范围可扩展到省图",
     "独有数据资源查询,查询范围可扩展到省图", ""),
    ("效益指标(30分)", "环境效益", "数字图书馆环境优良无污染", "良好", "良好", "10"),
    ("效益指标(30分)", "环境效益", "WIFI全覆盖,绿色环保", "良好", "良好", ""),
    ("效益指标(30分)", "可持续影响指标", "≥360天服务读者", "≥360天", "≥360天", "10"),
]


def _row117(i, r):
    l1, l2, n, v, a, s = r
    out = []
    if i in (0, 6):
        out.append(C(l1, rs=6))
    if l2 in ("数量指标", "时效指标", "社会效益", "环境效益"):
        if i in (0, 3, 7, 8):
            out.append(C(l2, rs=2))
    elif l2:
        out.append(l2)
    return out + [n, v, a, C(s, cs=4)]


_G117 = [_row117(i, r) for i, r in enumerate(_R117)]
# the second 社会效益 name, whose target and actual cells the capture leaves empty (see notes)
_G117.insert(8, ["促进黄石文化经济发展,丰富市民文化活动", "", "", C("", cs=4)])
FILINGS.append(dict(
    dir="117-huangshi-tushuguan-gongxiang-ziping",
    html_title="2022年度共享工程项目自评表",
    blocks=[
        ("p", "附表2"),
        ("p", "2022年度共享工程项目自评表"),
        ("p", "项目单位(盖章):黄石市图书馆 主要领导签字:"),
        ("p", "填报日期:2023.6.28"),
        ("table", [
            ["项目名称", C("共享工程", cs=9)],
            ["主管部门", C("黄石市文化和旅游局", cs=3), C("项目实施单位", cs=2), C("黄石市图书馆", cs=4)],
            ["项目类别", C("1、部门预算项目 ☑ 2、市直专项", cs=9)],
            ["项目属性", C("1、持续性项目 ☑ 2、新增性项目 □", cs=9)],
            ["项目类型", C("1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □", cs=9)],
            [C("预算执行情况(万元) (20分)", cs=2), "预算数(A)", "执行数(B)", "执行率(B/A)", C("得分 (20分*执行率)", cs=5)],
            [C("年度财政资金总额", cs=2), "5", "5", "100%", C("20", cs=5)],
            [C("年度绩效目标1 (80分)", rs=13), "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)",
             C("得分", cs=4)],
        ] + _G117),
    ],
    truth={"projects": [P("共享工程", None, "5", "万元", [
        I(l1, l2, n, v, actual=a, score=s) if s else I(l1, l2, n, v, actual=a)
        for l1, l2, n, v, a, s in _R117])]},
    notes="""
Place: 黄石市 (Huangshi, Hubei), city level, 黄石市图书馆 (the city library) under 黄石市文化和旅游局; year 2022 (filled 2023-06-28,
published 2023-08-14 on the library's site). Hubei is covered (21, 23, 38, 44, 72, 83, 86, 87, 107) and 黄石 by held-out 20 (the
party school's 批复表); the library, its 共享工程 project and this self-evaluation are new.
Template kind: the Hubei 项目自评表 of the city (附表2, like 107's 财政项目绩效自评表): 项目名称 / 主管部门 | 项目实施单位 / 项目类别,
项目属性, 项目类型 check-box rows / 预算执行情况(万元)(20分) 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) / 年度财政资金总额 /
年度绩效目标1(80分) 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分.
Layout features: a score given only on the first row of each level-2 group (10 points per group, the next rows empty); level-2 words
without 指标 ("经济效益", "社会效益", "环境效益") beside "可持续影响指标"; names that are targets or periods ("2022年全年", "≥360天服务读者")
and targets that are words ("资源采购期以当年为主", "公益性事业", "良好", "全天候可用"); actuals that differ from the target only in
wording ("全天候可用" → "全天候"); an amount target "5万" without 元; ☑ check boxes; the money unit only in the caption
"预算执行情况(万元)".
Truth: one project 共享工程 (项目名称), budget 5 万元 (预算数(A) of 年度财政资金总额). Eleven indicators: value = 年初目标值(A), actual =
实际完成值(B), score = 得分 where the row has one (the form has no weight column).
Left out: the row "促进黄石文化经济发展,丰富市民文化活动" under 社会效益 — the capture gives only its name; whether its target and actual
are empty or the cells of the row above spanning two rows cannot be told (the capture prints empty and covered cells alike as "|"),
so it is rendered with empty cells and is not an indicator. Truncation: the capture stops in the first 满意度 row ("满意度指标(10分) |
读者 | 在网络上设置读者满意度调查", cut); it and the rest are left out, and the left label's span ends at the last reproduced row.
Reconstruction: the capture prints one table row a line, cells separated by " | ", with a run of "|" for the cells a row does not
start (covered or empty); the 10-column grid follows the first row (two cells and eight "|"). The spans — 得分 over four columns in
the indicator rows, 得分(20分*执行率) over five, the labels of the money rows over two, the level cells over their groups — are inferred
from the counts of "|"; the cells the counts leave over in rows without a score are taken as empty. The site's header line
("作者:暂无 上传时间…") is left out.
""",
))

# ---------------------------------------------------------------- 119 (sixth round, build half)
_E119 = "1、提供三级指标完成程度的佐证资料; 2、三级指标分值按三级指标个数平均确定 (15 分÷三级指标个数) ,四舍五入保留整数。"
FILINGS.append(dict(
    dir="119-suizhou-guangshui-xiangcun-daolu-ziping",
    html_title="广水市交通运输局2021年度乡村道路项目自评表",
    blocks=[
        ("p", "广水市财政预算支出项目绩效目标自评表"),
        ("p", "填报日期:2022 年 8 月 10 日"),
        ("table", [
            ["项目名称", C("乡村道路建设养护项目", cs=5), C("自评总分: 95", cs=2)],
            ["项目主管单位", C("广水市交通运输局", cs=2), "项目实施单位", "广水市交通运输局", "项目负责人", C("孙章勇", cs=2)],
            ["项目属性", C("1、常年性 2、延续性□ 3、一次性□ 4、新增性□", cs=7)],
            [C("项目资金来源", rs=2), "中央 (万元)", "省、地 (万元)", "本级 (万元)", "其他 (万元)", "合计 (万元)", "执行数 (万元)",
             "执行率"],
            ["", "", "309", "", "309", "309", "100 %"],
            ["项目年度目标", C("1.完成乡村道路建设养护里程 300 公里; 2. 3.", cs=7)],
            ["项目权重", C("评价内容", cs=2), "分值", "自评分", "复核分", C("评价标准及依据", cs=2)],
            ["项目决策 2 分", C("决策依据", cs=2), "2", "2", "", C("有项目年度工作计划或有上级文件或审批报告计 2 分,没有不得分。", cs=2)],
            [C("项目管理 13 分", rs=4), C("财务制度", cs=2), "3", "3", "",
             C("1、单位财务管理制度 1 分; 2、项目管理制度 1 分; 3、有制度执行佐证资料 1 分。没有不得分。", cs=2)],
            [C("组织机构", cs=2), "2", "2", "", C("有明确的绩效管理机构或专人负责 2 分。没有不得分", cs=2)],
            [C("运行监管", cs=2), "4", "4", "", C("1、运行监管记录 3 分; 2、填报《项目支出绩效监控表》1 分。没有不得分。", cs=2)],
            [C("目标申报", cs=2), "4", "4", "",
             C("1、项目绩效目标全申报的 1 分,缺一项扣 0.5 分,扣完为止; 2、绩效目标规范 1 分,不规范扣 0.5 分; 3、按时申报绩效目标计 2 分,"
               "逾期扣 1 分。", cs=2)],
        ]),
        ("p", "单位领导审签:"),
        ("table", [
            [C("项目 绩效 85 分", rs=3), C("项目年度目标 1:乡村道路建设养护项目", cs=8)],
            ["一级 指标", "二级 指标", "指标名称 (三级指标)", "年初指标值", "年终完成值", "自评分", "复核分", "评价标准"],
            ["产出 指标 40 分", "数量指标 15 分", "乡村道路建设养护里程", "300 公里", "300 公里", "15", "", _E119],
        ]),
    ],
    truth={"projects": [P("乡村道路建设养护项目", None, "309", "万元", [
        I("产出 指标 40 分", "数量指标 15 分", "乡村道路建设养护里程", "300 公里", actual="300 公里", score="15")])]},
    notes="""
Place: 广水市 (Guangshui, Suizhou, Hubei), county-level city, 广水市交通运输局; year 2021 (filled 2022-08-10). Guangshui is covered
(87: the education bureau's 部门整体 申报表; held-out 86: 政府办 部门整体); the transport bureau, a project self-evaluation and this
form are new. Captured from a document-sharing site (pdf.wenkuvip.com) that shows the PDF's text layer as one paragraph.
Template kind: the Guangshui 财政预算支出项目绩效目标自评表 (a scored evaluation sheet): 项目名称 | 自评总分 / 项目主管单位 | 项目实施单位 |
项目负责人 / 项目属性 (1、常年性 2、延续性 3、一次性 4、新增性) / 项目资金来源 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 (each "(万元)") |
执行率 / 项目年度目标 / 项目权重 | 评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据 (项目决策 2 分, 项目管理 13 分 with four rows), and on
page 2, under "项目年度目标 1:…", the indicator rows 一级指标 | 二级指标 | 指标名称(三级指标) | 年初指标值 | 年终完成值 | 自评分 | 复核分 |
评价标准, beside the weight column "项目绩效 85 分".
Layout features: the budget is a row of source columns with a 合计 and an 执行数 (309 | 309 | 100 %), no 年度资金总额 label; a block of
process scores (分值 | 自评分, with rules in prose) between the money and the indicators; points inside the level cells ("产出 指标 40 分",
"数量指标 15 分") and in a left weight column ("项目 绩效 85 分"); a scoring rule (评价标准) as the last cell of each indicator row; targets
with the unit spaced ("300 公里"); 复核分 left empty.
Truth: one project 乡村道路建设养护项目 (项目名称), budget 309 万元 (合计 (万元); 执行数 is also 309). One indicator: 产出 指标 40 分 / 数量指标
15 分 / 乡村道路建设养护里程 / 300 公里, actual 300 公里 (年终完成值), score 15 (自评分; the form has no per-indicator weight column). The
process rows (决策依据, 财务制度, …) are scoring items, not performance indicators.
Truncation: the capture stops in the 质量指标 12 分 rows (农村公路建设验收合格率, 农村公路养护验收合格率: names only, their values beyond
the capture, the text cut at "农村"); they and the rest are left out.
Reconstruction: the PDF text comes in reading fragments: labels, values and line-wrapped cell parts interleaved ("300 公 300 公 15 … 养护里程
里 里"). Cells are rebuilt from the form's labels: "乡村道路建设" + "养护里程", "300 公" + "里"; the multi-line rules joined in order. Which
source column holds the first 309 is NOT KNOWN (taken as 本级; the 合计 is 309 either way); the 8-column grid, the spans, the second table's
title row and weight column, and the date's "日" (the capture has "2022 年 8 月 10" and a stray "日") are inferred; the file name line and the
page mark "— 1 —" are left out.
""",
))

# ---------------------------------------------------------------- 121 (sixth round, build half)
_M121 = ["620.82万元", "620.82万元", "620.82万元", "100", "100%", "10"]
FILINGS.append(dict(
    dir="121-shangrao-sifa-yewu-ziping-2021",
    html_title="2021年司法业务经费绩效自评表",
    blocks=[
        ("p", "附件1"),
        ("p", "项目支出绩效自评表"),
        ("p", "( 2021 年度)"),
        ("table", [
            ["项目名称", C("司法业务经费", cs=8)],
            ["主管部门", C("上饶市司法局", cs=3), "实施单位", C("上饶市司法局", cs=4)],
            [C("项目资金(万元)", rs=5), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值",
             "执行率(全年 执行数/全年 预算数)", "得分"],
            [C("年度资金总额:", cs=2)] + _M121,
            [C("其中:当年财政 拨款", cs=2)] + _M121,
            [C("上年结转资金", cs=2), "", "", "", "", "", ""],
            [C("其他资金", cs=2), "", "", "", "", "", ""],
            ["年度总体 目标", C("预期目标", cs=4), C("实际完成情况", cs=4)],
        ]),
    ],
    truth={"projects": [P("司法业务经费", None, "620.82", "万元", [])]},
    notes="""
Place: 上饶市 (Shangrao, Jiangxi), city level, 上饶市司法局 (the city justice bureau); year 2021 ("( 2021 年度)"). Jiangxi is covered
(held-out 24 浮梁县, held-out 94 宜春市); Shangrao and a justice bureau's self-evaluation are new. Captured from a document-sharing site
(keke.chddh.cn) that shows the .xls as the text of its PDF rendering, one paragraph.
Template kind: the national 项目支出绩效自评表 (2021+) as Jiangxi uses it (附件1): 项目名称 / 主管部门 | 实施单位 / 项目资金(万元) 年初预算数 |
全年预算数 | 全年执行数 | 分值 | 执行率(全年执行数/全年预算数) | 得分 over 年度资金总额: / 其中:当年财政拨款 / 上年结转资金 / 其他资金 /
年度总体目标 预期目标 | 实际完成情况 / (绩效指标, beyond the capture).
Layout features: amounts written WITH THEIR UNIT in every money cell ("620.82万元") under a label that also names it ("项目资金(万元)");
the 其中 row repeating the total's three amounts and its 分值/执行率/得分; the cells after the amounts read "100 | 100% | 10" (a 分值 of 100
beside a score of 10: as captured, whether the first is a slip or the columns differ cannot be told); a long ratio caption
("执行率(全年 执行数/全年 预算数)"); the header cell 得分 printed after the first two money rows (a vertically centred cell).
Truth: one project 司法业务经费 (项目名称), budget 620.82 万元 (全年预算数 of 年度资金总额, by the corpus convention for this form; the
three amounts are equal). No indicators: the capture ends inside the goal texts.
Truncation: the capture stops inside the 年度总体目标 texts (the expected goal "…构建和谐社", the actual "…构建", both cut); the goal texts
and everything after them (the indicator table) are left out; the 年度总体目标 caption row is kept.
Reconstruction: the PDF text interleaves the two goal columns line by line; the money cells are placed in the caption order; the 9-column
grid, the spans and the empty cells of 上年结转资金 and 其他资金 are inferred; the file name line is left out.
""",
))

# ---------------------------------------------------------------- 123 (sixth round, build half)
_N123 = "重庆市巴南区接龙镇2020-2021年度松材线虫病除治"
_V123 = ("荷花村、新槐村、桥边村、桂兴村、中山村、碑垭村、塘边村、铁矿村、石磅村、柴坝村、自力村、关塘村、青山村、春龙村、河咀村、马路村、新湾村")
FILINGS.append(dict(
    dir="123-chongqing-banan-jielong-songcai-2021",
    html_title="项目支出绩效目标表2020-2021年度松材线虫病除治",
    blocks=[
        ("p", "项目支出绩效目标表2020-2021年度松材线虫病除治"),
        ("table", [
            [C("附件1", cs=9)],
            [C("项目支出绩效目标表", cs=9)],
            [C("( 2021 年度)", cs=9)],
            [C("绩效编制单位:", cs=2), C("重庆市巴南区接龙镇人民政府", cs=7)],
            [C("项目名称", cs=2), C(_N123, cs=3), C("项目负责人及电话", cs=2), C("吕泽18323869586", cs=2)],
            [C("主管部门", cs=2), C("区林业局", cs=3), C("实施单位", cs=2), C("接龙镇农业服务中心", cs=2)],
            [C("归口业务科室", cs=2), C("森防站", cs=3), C("是否政府采购", cs=2), C("是", cs=2)],
            [C("开始日期", cs=2), C("2021.1", cs=3), C("结束日期", cs=2), C("2021.12", cs=2)],
            [C("资金情况 (单位:万元)", rs=3), C("年度资金总额:", cs=2), C("179.9", cs=6)],
            [C("其中:财政拨款", cs=2), C("179.9", cs=6)],
            [C("其他资金", cs=2), C("0", cs=6)],
            [C("项目概况", cs=2), C("2021年,为保障森林资源安全,预计对接龙镇" + _V123 + "共计17个村凡有松树的林地山头(图班)有死亡松树(包括病死、枯死、"
                                "疑似感病木、衰弱木、雪压木、风折木、地质滑坡木、火烧木、雷击木、旱死木、未腐烂伐桩及往年除治焚烧不彻底的所有疫木等)进行完全除治和"
                                "焚烧碳化。", cs=7)],
            [C("立项依据", cs=2), C("巴南重林防指办〔2020〕11号关于开展秋普和编制实施方案的通知", cs=7)],
        ]),
    ],
    truth={"projects": [P(_N123, None, "179.9", "万元", [])]},
    notes="""
Place: 接龙镇 (Jielong town, Banan district, Chongqing), town level, 重庆市巴南区接龙镇人民政府 (绩效编制单位) with 区林业局 as 主管部门 and
接龙镇农业服务中心 as 实施单位; year 2021 ("( 2021 年度)", published 2021-06-21). Chongqing and Banan are covered (31: 圣灯山镇, the same
district's form for 2022); this town, a pine-wilt (松材线虫病) control project and the 2021 form are new.
Template kind: the Banan 项目支出绩效目标表 (附件1): 绩效编制单位 / 项目名称 | 项目负责人及电话 / 主管部门 | 实施单位 / 归口业务科室 | 是否政府采购
/ 开始日期 | 结束日期 / 资金情况 (单位:万元) 年度资金总额: / 其中:财政拨款 / 其他资金 / 项目概况 / 立项依据 / 当年绩效目标 / (indicators,
beyond the capture).
Layout features: the title rows inside the grid ("附件1", "项目支出绩效目标表", "( 2021 年度)" each spanning the nine columns); the money unit in
the money label ("资金情况 (单位:万元)"); a phone number glued to the person's name ("吕泽18323869586"); dates as "2021.1" | "2021.12"; a long
list of villages in the project overview.
Truth: one project (项目名称), budget 179.9 万元 (年度资金总额:). No indicators: the capture ends inside the 当年绩效目标 text.
Truncation: the capture stops inside 当年绩效目标 ("…衰弱木、", cut); that row and the rest (the indicator table) are left out.
Reconstruction: the capture prints one table row a line, cells separated by " | ", with a run of "|" for the cells a row does not start; the
9-column grid follows "附件1 | ||||||||". The money label's row is wrapped after its first cell in the capture (one row); its span over the
three money rows, the 2 + 3 + 2 + 2 split of the four-cell rows and the 2 + 6 split of the money rows are inferred from the counts of "|".
The page's metadata lines (索引号, 主题分类, …) are left out; the title line above the table is kept as a paragraph.
""",
))

# ---------------------------------------------------------------- 153 (sixth round, build half)
_D153 = "宁德市地震局"
_R153 = [  # name, target, actual, rule, weight, score, reason
    ("抽查全市地震监测台站运维情况个数", "9个", "9个",
     "本指标满分6分,开展全市地震监测台站运维情况抽查数量达9个得6分,少检查一个扣1分,扣完为止。", "6", "6", "已完成"),
    ("开展防震减灾科普“进基层”宣传活动场数", "10场", "11场",
     "本指标满分6分,开展防震减灾科普进社区活动场数达10场得6分,少一场扣1分,扣完为止。", "6", "6", "已完成"),
]
FILINGS.append(dict(
    dir="153-ningde-dizhen-zhengti-ziping-2020",
    html_title="宁德市地震局2020年部门整体支出绩效自评",
    blocks=[
        ("p", "宁德市地震局2020年部门整体支出绩效自评"),
        ("p", "部门整体支出绩效自评表"),
        ("p", "( 2020 年度)"),
        ("table", [
            ["部门(单位)名称", C(_D153, cs=5), C("部门预算编码", cs=2), C("409001007", cs=2)],
            [C("财政资金安排和使用情况", rs=7), C("资金结构\n(万元)", rs=2, cs=2), C("预算安排", cs=3), C("拨付情况", cs=2),
             C("结余情况", cs=2)],
            ["年初部门预算安排金额(含历年结余结转)①", "年中调整金额②", "小计\n③=①+②", "年度拨付金额", "支出实现率(%)⑤=④/③",
             "本年度结余金额⑥=③-④", "资金结余率(%)⑦=⑥/③"],
            [C("财政资金小计", cs=2), "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08"],
            [C("① 项目支出", cs=2), "30", "0", "30", "30", "100", "0", "0"],
            [C("② 基本支出", cs=2), "100.54", "58.07", "158.61", "158.45", "99.9", "0.16", "0.1"],
            [C("2.单位其它收入", cs=2), "0", "0", "0", "0", "0", "0", "0"],
            [C("合 计", cs=2), "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08"],
            [C("年度总体目标完成情况", rs=2), C("预期目标", cs=5), C("目标实际完成情况", cs=4)],
            [C("遵循创新、协调、绿色、开放、共享的发展理念,认真贯彻落实市委、市政府工作部署,加强单位效能建设,深入推进绩效管理实践,"
               "进一步转变工作作风,创新管理方法,提升工作实效,提高履职能力,推进我市防震减灾事业健康发展。", cs=5),
             C("完成年度目标", cs=4)],
            [C("年度绩效指标完成情况", rs=len(_R153) + 1), "一级指标", "二级指标", "三级指标", "绩效\n目标值", "实际\n完成值", "评分标准",
             "指标分值", "自评得分", "未完成原因"],
        ] + [([C("产出目标", rs=len(_R153)), C("数量目标", rs=len(_R153))] if i == 0 else []) + list(r)
             for i, r in enumerate(_R153)]),
    ],
    truth={"projects": [P(_D153, None, "188.61", "万元", [
        I("产出目标", "数量目标", n, v, actual=a, weight=w, score=s) for n, v, a, _, w, s, _ in _R153])]},
    notes="""
Place: 宁德市 (Ningde, Fujian), city level, 宁德市地震局 (budget code 409001007; published by 宁德市应急管理局); year 2020 (published
2021-11-10). Ningde is covered (02, 152 — another unit's forms); the 地震局 and this form's 2020 layout are new.
Template kind: the Fujian 部门整体支出绩效自评表 (2020): 部门(单位)名称 | 部门预算编码 / 财政资金安排和使用情况: 资金结构(万元) × 预算安排
(年初部门预算安排金额(含历年结余结转)① | 年中调整金额② | 小计 ③=①+②) | 拨付情况 (年度拨付金额 | 支出实现率 ⑤=④/③) | 结余情况
(本年度结余金额 ⑥=③-④ | 资金结余率 ⑦=⑥/③), rows 财政资金小计 / ① 项目支出 / ② 基本支出 / 2.单位其它收入 / 合 计 / 年度总体目标完成情况
预期目标 | 目标实际完成情况 / 年度绩效指标完成情况 一级指标 | 二级指标 | 三级指标 | 绩效目标值 | 实际完成值 | 评分标准 | 指标分值 |
自评得分 | 未完成原因.
Layout features: level words ending in 目标 (产出目标, 数量目标) instead of 指标; a SCORING-RULE column (评分标准, a sentence with its own
numbers: "满分6分", "达9个得6分", "扣1分") between the actual and the points; captions broken over two lines ("绩效 / 目标值", "实际 /
完成值"); a two-row money header with circled numbers and formulas; the money split by 项目支出 / 基本支出 (not by source); the
percentages without "%" (99.92, 100); "已完成" as the reason column.
Truth: one department 宁德市地震局 (部门(单位)名称), budget 188.61 万元 (小计 ③=①+② of 合 计: the year's budget after the mid-year
adjustment, by the corpus convention that takes the full-year (全年/调整后) budget of a self-evaluation over the initial one; 130.54 is
the initial ①, 188.45 what was paid), unit from "资金结构 (万元)". Two indicators, level1 产出目标 and level2 数量目标; value = 绩效目标值
("9个", "10场"); value_cells actual (实际完成值), weight (指标分值), score (自评得分). The 评分标准 cells are not in the truth.
Truncation: the capture stops inside the third indicator's scoring rule ("协同相关部门开展防震减灾宣传活动场数 6场 7场 本指标满分6分,协同有关部门
开展防震减", cut); that row and the rest are left out.
Reconstruction: the capture prints the table's rows with cells separated by single spaces (cells with spaces of their own are
told apart by the column order: label, three levels, target, actual, rule, points, score, reason). The 10-column grid follows the
indicator rows; the money rows' labels are taken as spanning two columns (资金结构 over its labels) and the seven values one column
each; the caption "③=①+②", printed on a line of its own, belongs to 小计; the spans of the left labels, of 产出目标 and 数量目标 over
the two rows, and of the goal texts (five and four columns) are inferred. The page's breadcrumb, date and font-size lines are left
out; the title, the form's title and the year are kept as paragraphs.
""",
))

# ---------------------------------------------------------------- 155 (sixth round, build half)
_R155 = [  # l1, name, target
    ("产出指标", "编印《海口市人民政府公报》及其合订本、光盘",
     "编印《海口市人民政府公报》每月3000本,一年12期,年底编印《海口市人民政府公报》合订本及光盘。"),
    ("产出指标", "举办庆祝中国共产党成立95 周年档案图片展", "向社会宣传中国共产党成立95周年来取得的成就"),
    ("产出指标", "开展民间档案资料的征集工作", "征集有关解放海南岛的资料,如:军功通知书、为海南岛解放牺牲的烈士证明书等等。"),
    ("产出指标", "编印《市领导政务活动画册》、《档案馆指南》", "编印《市领导政务活动画册》30本和《档案馆指南》1000"),
    ("成效指标", "向社会公开政府公开信息和记录市领导政务活动信息", "向社会公开政府公开信息及记录市领导政务活动信息"),
]
FILINGS.append(dict(
    dir="155-haikou-danganju-zhengji-2016",
    html_title="海口市档案局2016年度项目支出绩效评价报告",
    blocks=[
        ("p", "海口市档案局2016年度项目支出绩效评价报告"),
        ("p", "财政支出项目绩效评价报告"),
        ("p", "评价类型:实施过程评价      完成结果评价"),
        ("p", "项目名称:          档案征集编研"),
        ("p", "项目单位:          海口市档案局"),
        ("p", "主管部门:"),
        ("p", "评价时间: 2017913日至 2017915"),
        ("p", "组织方式:财政部门     主管部门     项目单位"),
        ("p", "评价机构:中介机构     专家组       项目单位评价组"),
        ("p", "评价单位:海口市档案局"),
        ("p", "上报时间:2017915"),
        ("p", "项目绩效目标表"),
        ("p", "项目名称:档案征集编研"),
        ("table", [
            ["指标类型", "指标名称", "绩效目标", "绩效标准"],
            [C("产出指标", rs=4), _R155[0][1], _R155[0][2], ""],
            [_R155[1][1], _R155[1][2], ""],
            [_R155[2][1], _R155[2][2], ""],
            [_R155[3][1], _R155[3][2], ""],
            ["成效指标", _R155[4][1], _R155[4][2], ""],
        ]),
    ],
    truth={"projects": [P("档案征集编研", None, None, None, [I(l1, None, n, v) for l1, n, v in _R155])]},
    notes="""
Place: 海口市 (Haikou, HAINAN), city level, 海口市档案局; year 2016 (the project year; the evaluation is dated September 2017 and the
page 2017-10-10). Hainan is covered once (third round, another form); a 2016 filing is rare in the corpus (the earliest are 2017).
Template kind: the target table (项目绩效目标表) inside a 2016 财政支出项目绩效评价报告: a cover block of label lines (评价类型, 项目名称,
项目单位, 主管部门, 评价时间, 组织方式, 评价机构, 评价单位, 上报时间), then "项目绩效目标表", "项目名称:档案征集编研" and a 4-column table
指标类型 | 指标名称 | 绩效目标 | 绩效标准 with the level-1 words 产出指标 / 成效指标 / 效率指标 (成效 and 效率: the older performance
words, not 效益/满意度).
Layout features: NO NUMBERS as targets: every target is a sentence ("编印《海口市人民政府公报》每月3000本,一年12期,…", "向社会宣传…");
names that are themselves tasks with numbers ("举办庆祝中国共产党成立95 周年档案图片展"); a target that nearly repeats its name (the
成效 row); NO LEVEL-2 column; no money anywhere in the capture; the project name twice (cover line with a run of spaces, and a
"项目名称:" line above the table); dates that lost their 年/月 ("2017913日").
Truth: one project 档案征集编研 (项目名称), NO budget and no money unit (the capture names no amount). Five indicators with level1 as
written (产出指标 ×4, 成效指标) and level2 null; value = the 绩效目标 cell as written (a sentence).
Truncation: the capture stops in the 效率指标 row ("项目资金到位率 / 全", cut); that row and the rest are left out.
Reconstruction: the capture prints one paragraph per non-empty cell (paragraph-per-cell export): each indicator shows TWO texts,
read as 指标名称 and 绩效目标, with 绩效标准 taken as EMPTY — an inference (empty cells leave no paragraph, so the empty one could
be 绩效目标 with the second text under 绩效标准; the header's order and the texts' content — a task, then its measure — favour the
first reading). That 产出指标 spans its four rows is inferred. The cover lines are kept as paragraphs (their runs of spaces kept,
trailing ones dropped); the page's date and font-size line and blank cover lines are left out.
""",
))

# ---------------------------------------------------------------- 125 (sixth round, build half)
_R125 = [  # l1, l2, name, target, actual, weight, score, reason
    ("产出 指标 (50分 )", "数量指标", "指标1:全县参合人数", "8755", "8676", "15", "13", "建档立卡中有新增死亡人员,导致有偏差"),
    ("产出 指标 (50分 )", "质量指标", "指标1:资金是否全部纳入医保统筹", "100%", "100%", "15", "15", ""),
    ("产出 指标 (50分 )", "时效指标", "指标1:资金是否全部及时纳入", "100%", "100%", "10", "10", ""),
    ("产出 指标 (50分 )", "成本指标", "指标1:配套资金每人每年", "75元", "75元", "10", "10", ""),
    ("效益指 标(30 分)", "社会效益", "指标1:是否解决建档立卡人员看病难贵问题", "95%", "95%", "30", "27", ""),
    ("满意度 指标 (10分 )", "服务对象满 意度指标", "指标1:是否满意", "95%", "95%", "10", "9", ""),
]
_G125 = []
for _i, _r in enumerate(_R125):
    _row = [C(_r[0], rs=4)] if _i == 0 else ([] if _i < 4 else [_r[0]])
    _G125.append(_row + [_r[1], C(_r[2], cs=2)] + list(_r[3:]))
FILINGS.append(dict(
    dir="125-yuncheng-jishan-yibao-ziping-2020",
    html_title="建档立卡个人缴费县级配套绩效自评表",
    blocks=[
        ("p", "稷山县项目支出绩效自评表"),
        ("p", "(2020年度)"),
        ("table", [
            ["项目名称", C("建档立卡个人缴费县级配套资金", cs=9)],
            ["主管部门", C("稷山县医疗保障局", cs=4), "实施单位", C("稷山县医疗保险服务中心", cs=4)],
            [C("项目资金 (万元)", rs=5), C("", cs=3), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [C("年度资金总额", cs=3), "", "65.66", "65.07", "10", "99%", "9"],
            [C("其中:当年财政拨款", cs=3), "", "65.66", "65.07", "—", "99%", "—"],
            [C("上年结转资金", cs=3), "", "", "", "—", "", "—"],
            [C("其他资金", cs=3), "", "", "", "—", "", "—"],
            [C("年度总 体目标", rs=2), C("预期目标", cs=5), C("实际完成情况", cs=4)],
            [C("提高医疗保障水平,推进因病致贫问题的根本性解决", cs=5), C("提高医疗保障水平,推进了因病致贫问题的基本性 解决", cs=4)],
            [C("绩 效 指 标", rs=7), "一级 指标", "二级指标", C("三级指标", cs=2), "年度 指标值", "实际 完成值", "分值", "得分",
             "偏差原因分析及改进措 施"],
        ] + _G125 + [
            [C("总分", cs=7), "100", "94", ""],
        ]),
    ],
    truth={"projects": [P("建档立卡个人缴费县级配套资金", None, "65.66", "万元", [
        I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s, _ in _R125])]},
    notes="""
Place: 稷山县 (Jishan county, Yuncheng, Shanxi), county level, 稷山县医疗保障局 (主管部门) and 稷山县医疗保险服务中心 (实施单位); year 2020
("(2020年度)"). Shanxi is covered (07 吕梁, 69 阳泉, held-out 90 永济 in Yuncheng); 稷山 and a medical-insurance self-evaluation are new.
Captured from a document-sharing site (keke.chddh.cn) that shows the .xlsx as the text of its PDF rendering, one paragraph.
Template kind: the national 项目支出绩效自评表 (2019 layout) with the county's name in the title ("稷山县项目支出绩效自评表"): 项目名称 / 主管部门 |
实施单位 / 项目资金(万元) 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中:当年财政拨款 / 上年结转资金 / 其他资金 /
年度总体目标 预期目标 | 实际完成情况 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 /
总分.
Layout features: the 年初预算数 column EMPTY (two amounts under three money captions: 65.66 and 65.07, 执行率 99% = 65.07/65.66);
"—" in the 分值 and 得分 cells of the 其中 rows; "指标1:" before every name, one indicator per level-2 group; bare-number targets and
actuals ("8755" | "8676") beside unit ones ("75元", "95%"); points in the level-1 cells ("产出 指标 (50分 )") and weights 15/15/10/10 |
30 | 10 per row; a deviation reason on the one row that fell short; a 总分 row (100 | 94).
Truth: one project 建档立卡个人缴费县级配套资金 (项目名称), budget 65.66 万元 (全年预算数, by the corpus convention for this form; unit from
"项目资金 (万元)"). Six indicators: value = 年度指标值, actual = 实际完成值, weight = 分值, score = 得分; levels as written.
Reconstruction: the PDF text interleaves labels, values and the wrapped parts of cells ("实际 / 指标值 / 完成值"; the stray "年度" before
社会效益 is taken as the first half of the caption "年度 指标值"); the indicator rows' values come after their names for the first three
rows, and for the last three all values come first ("75元 75元 10 10 95% 95% 30 27 95% 95% 10 9 100 94") and the names after — they are
paired in order, which the weights (10 | 30 | 10, summing with the 50 above to the 100 of 总分) confirm. Which money column is empty (年初预算数
rather than 全年预算数) is inferred from 执行率 and the convention that the form's ratio is 全年执行数/全年预算数. The 10-column grid and the
spans are inferred; the file name line is left out.
""",
))

# ---------------------------------------------------------------- 127 (sixth round, build half)
_R127 = [  # name, target, actual, weight, score (levels not in the capture)
    ("指标1:居民健康档案", "38508人", "37442人", "3", "3"),
    ("指标6:举办健康教育宣传咨询活动", "12次", "96次", "1", "1"),
    ("指标7:建立预防接种证", "221人", "221人", "2", "2"),
    ("指标8:适龄儿童疫苗接种率", "100.00%", "97.30%", "2", "1.9"),
    ("指标9:0-6岁儿童健康管理数", "2089人", "2089人", "2", "2"),
    ("指标10:0-6岁儿童眼保健操覆盖数", "2089人", "2089人", "2", "2"),
    ("指标11:新生入访视数", "214人", "214人", "2", "2"),
    ("指标12:孕产妇7天访视数", "214人", "203人", "2", "1.8"),
    ("指标13:孕产妇42天访视数", "214人", "203人", "2", "1.8"),
    ("指标14:早孕建册数", "120人", "69人", "2", "1"),
    ("指标15:老年人体检数", "5662人", "4044人", "2", "1.4"),
    ("指标16:高血压规范管理数", "3807人", "3224人", "2", "1.9"),
    ("指标17:高血压随访控制数", "3807人", "3220人", "2", "1.8"),
    ("指标18:糖尿病规范管理数", "863人", "695人", "2", "1.8"),
    ("指标19:糖尿病随访控制数", "863人", "683人", "2", "1.7"),
    ("指标20:严重精神障碍患者管理数", "212人", "209人", "2", "1.8"),
    ("指标21:肺结核健康规范管理数", "8例", "8例", "2", "2"),
    ("指标22:老年人中医药规范管理数", "5662人", "4044人", "2", "1.4"),
    ("指标23:0-36月龄中医药规范管理数", "1228人", "770人", "2", "1.8"),
    ("指标24:传染病及突发公共卫生事件报告 数", "14例", "14例", "2", "2"),
    ("指标25:家庭医生签约率", "24694人", "22584人", "2", "1.7"),
]
_N127 = "国家基本公共卫生服务"
FILINGS.append(dict(
    dir="127-yuncheng-jishan-gongwei-ziping-2021",
    html_title="基本公共卫生服务项目支出绩效自评表",
    blocks=[
        ("p", "稷山县项目支出绩效自评表"),
        ("p", "(2021年度)"),
        ("table", [
            ["项目名称", C(_N127, cs=8)],
            ["主管部门", C("稷山县卫生健康和体育局", cs=3), "实施单位", C("稷山县翟店镇卫生院", cs=4)],
            [C("项目资金 (万元)", rs=5), "", "年初预算 数", "全年预算数", "全年执行数", "分值", "执行率", C("得分", cs=2)],
            ["年度资金总额", "0", "207.4538", "207.4538", "10", "100%", C("10", cs=2)],
            ["其中:当年财政拨款", "", "207.4538", "207.4538", "—", "100%", C("—", cs=2)],
            ["上年结转资金", "", "", "", "", "", C("", cs=2)],
            ["其他资金", "", "", "", "", "", C("", cs=2)],
            [C("年度 总体 目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C(_N127, cs=4), C(_N127, cs=4)],
            [C("绩效指标", rs=1 + len(_R127)), "一级 指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分",
             "偏差原因分析及改进措施"],
        ] + [["", ""] + list(r) + [""] for r in _R127]),
    ],
    truth={"projects": [P(_N127, None, "207.4538", "万元", [
        I(None, None, n, v, actual=a, weight=w, score=s) for n, v, a, w, s in _R127])]},
    notes="""
Place: 稷山县 (Jishan county, Yuncheng, Shanxi), 稷山县卫生健康和体育局 (主管部门) and 稷山县翟店镇卫生院 (a township health centre, 实施单位);
year 2021 ("(2021年度)"). The same county's form as 125 (a medical-insurance project, 2020), here for the national basic public-health
service in one township, with many rows. Captured from a document-sharing site (keke.chddh.cn) that shows the .xlsx as its PDF text.
Template kind: the 稷山县项目支出绩效自评表 (national 2019 layout): 项目名称 / 主管部门 | 实施单位 / 项目资金(万元) 年初预算数 | 全年预算数 |
全年执行数 | 分值 | 执行率 | 得分 / 年度总体目标 预期目标 | 实际完成情况 / 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
偏差原因分析及改进措施.
Layout features: 年初预算数 0 beside a full-year budget (207.4538, four decimals); goals that only repeat the project's name; twenty-five
numbered quantity rows ("指标1:" … "指标25:") with targets and actuals in 人, 次, 种, 例 and %, weights 1-3 and fractional scores (1.9, 1.4,
1.7 — a score proportional to the completion); a rate named 签约率 whose target and actual are head counts ("24694人" | "22584人").
Truth: one project 国家基本公共卫生服务 (项目名称), budget 207.4538 万元 (the full-year amount; see below). Twenty-one indicators: 指标1 and
指标6 to 指标25, value = 年度指标值, actual = 实际完成值, weight = 分值, score = 得分; level1 and level2 NULL — the level cells of these rows
are not in the capture (the text shows "一级 指标", "二级指标" only as captions, and "质量指标" only at the cut).
Left out: 指标2 to 指标5 — their cells come scrambled (targets "不少于12 种", "不少于6 种", "116次", "6次" and actuals "14种", "28种", "150次",
"150次" in runs, two of the four names missing): which value belongs to which row cannot be told. The empty reason cells are rendered empty.
Money: the text gives "0 207.4538 10 100% 10" for 年度资金总额 and "207.4538 — 100% —" for the 其中 row; with 年初预算数 0 and 执行率 100%,
全年预算数 and 全年执行数 are both taken as 207.4538 (one of the two amounts is not printed: an inference). The empty 上年结转资金 and 其他资金
rows and the label of the money block's first caption cell are inferred.
Truncation: the capture stops at the first 质量指标 row ("指标1:提升国家基本", cut); it and the rest are left out.
Reconstruction: the PDF text puts each indicator's name, target, actual, weight and score in order for 指标6 to 指标25 (指标24's name is
wrapped, "报告 / 数", and its values come after 指标25's name: "指标24:… 数 指标25:家庭医生签约率 14例 14例 2 2 24694人 22584人 2 1.7", paired in
order); 指标1's actual and points come after the scrambled run ("37442人 3 3"). The 10-column grid and the spans are inferred; the file name
line is left out.
""",
))

# ---------------------------------------------------------------- 157 (sixth round, build half)
_R157 = [  # category, name, target
    ("应急救援", "省红十字会备灾救护中心备灾仓库物资完好率", "100%"),
    ("应急救护", "应急救护师资培训合格人数", "≥300人"),
    ("救助能力", "捐赠款物执行率", "≥80%"),
]
FILINGS.append(dict(
    dir="157-shandong-hongshizihui-zhengti-2021",
    html_title="山东省红十字会2021年度部门整体绩效评价报告",
    blocks=[
        ("p", "一、部门基本情况"),
        ("p", "(一)部门概况"),
        ("p", "山东省红十字会(以下简称“省红十字会”)成立于1911年,建国后于1957年改组重建,2001年6月理顺管理体制,2017年10月会机关纳入群团机关管理,"
              "是党领导下的从事人道主义工作的社会救助群众团体,是中国红十字会的省级分会。以弘扬人道、博爱、奉献精神,保护人的生命和健康,维护人的尊严,"
              "促进人类和平进步事业为宗旨,开展人道救助,是党和政府在人道领域的助手和联系群众的桥梁纽带。会机关事业编制27人,参照公务员管理,现有人员24人,"
              "内设办公室(机关党委、监事会秘书处)、赈灾救护部、事业发展部3个部室。下设备灾救护中心、医学捐献服务中心2个公益一类正处级事业单位,"
              "编制各12人,现有管理人员6人,专业技术人员3人,工勤技能人员1人。"),
        ("p", "截至2021年12月底,省红十字会机关及所属单位资产总额6590.02万元,其中流动资产373.64万元,固定资产净值6216.38万元"
              "(固定资产原值6606.25万元,累计折旧389.87万元)。"),
        ("p", "(二)部门预决算情况"),
        ("p", "2021年初省红十字会收入预算为1116.20万元,经调整,2021年度省红十字会全年预算安排收入为1449.54万元。2021年度省红十字会批复支出预算"
              "1824.15万元,实际执行支出预算1711.15万元,部门整体预算执行率为93.81%。"),
        ("p", "(三)部门整体绩效目标"),
        ("p", "“十四五”时期,山东省红十字事业发展的主要目标是:(1)应急救援能力显著增强;(2)应急救护能力大幅提升;(3)人道救助能力明显提高;"
              "(4)基层组织体系更加健全;(5)体制机制更加高效规范;(6)在对外开放中作用更加彰显。"),
        ("p", "2021年,省红十字会部门职责目标如下:"),
        ("table", [["指标分类", "指标", "目标值"]] + [list(r) for r in _R157]),
    ],
    truth={"projects": [P(None, None, None, None, [I(c, None, n, v) for c, n, v in _R157])]},
    notes="""
Place: 山东省 (Shandong), province level, 山东省红十字会 (the provincial Red Cross); year 2021 (the report was published 2022-12-30 by
the province's finance department, czt.shandong.gov.cn). SHANDONG is new to this round's forms (one filing of the third round);
a province body's department-wide targets are new.
Template kind: the department-wide performance-EVALUATION report of a province body (部门整体绩效评价报告), whose section 部门整体绩效目标
gives the year's targets as a small 3-column table 指标分类 | 指标 | 目标值 ("部门职责目标"), after prose with the money (收入预算 1116.20万元,
全年预算安排收入 1449.54万元, 批复支出预算 1824.15万元, 实际执行 1711.15万元, 执行率 93.81%).
Layout features: the indicators' grouping is a CATEGORY column (指标分类: 应急救援, 应急救护, 救助能力 — duties, not the 产出/效益
taxonomy); no level 2; targets with and without a sign ("100%", "≥300人", "≥80%"); every amount in prose only, four of them, none in
a cell; no project or department name in the table (the unit is named only in the prose).
Truth: one department with NO NAME and NO BUDGET (the table names neither; by the corpus convention an amount that stands only in
prose is not a budget cell, as in 89); three indicators with level1 = the 指标分类 cell as written (the grouping column; an
interpretation: it is not one of the usual level words) and level2 null; value = 目标值 as written.
Truncation: the capture stops at the fourth row's category ("造血", cut — 造血干细胞 …); that row and the rest are left out.
Reconstruction: the capture prints the table as " | "-separated rows; the paragraphs before it are the report's text as captured
(the report's title is not in the capture; html_title names it from the page).
""",
))

# ---------------------------------------------------------------- 159 (sixth round, build half)
_N159 = "昌州财行(2022)10号 国家统计局调查队专项经费"


def _money159(label, vals):
    return [C(label, cs=3), C(vals[0], cs=2), C(vals[1], cs=2), C(vals[2], cs=2), C(vals[3], cs=2), vals[4], vals[5]]


FILINGS.append(dict(
    dir="159-changji-fukang-tongji-ziping-2023",
    html_title="阜康市统计局昌州财行(2022)10号 国家统计局调查队专项经费项目支出绩效自评表",
    blocks=[
        ("p", "阜康市统计局昌州财行(2022)10号 国家统计局调查队专项经费项目支出绩效自评表"),
        ("p", "项目支出绩效自评表"),
        ("p", "(2023年度)"),
        ("table", [
            ["项目名称", C(_N159, cs=13)],
            ["主管部门", C("阜康市统计局", cs=6), C("实施单位", cs=2), C("阜康市统计局", cs=5)],
            [C("项目资金\n(万元)", rs=4), C("资金来源", cs=3), C("年初预算数", cs=2), C("全年预算数", cs=2), C("全年执行数", cs=2),
             C("分值权重", cs=2), "执行率", "得分"],
            _money159("年度资金总额", ["5.28", "1.96", "1.96", "10", "100.00%", "10"]),
            _money159("其中:当年财政拨款", ["5.28", "1.96", "1.96", "-", "-", "-"]),
            _money159("其他资金", ["0.00", "0.00", "0.00", "-", "-", "-"]),
            [C("年度总体目标", rs=2), C("总体目标", cs=6), C("总体目标完成情况", cs=7)],
            [C("1.根据《关于拨付国家统计局昌吉调查队专项经费的通知》在2022年12月31日前至少给120人发放以36.66元每月的记账户补贴费。"
               "生产以居民收入和生活支出为核心的数据产品,满足研究制定城乡统筹政策和民生政策的需要,为国民经济核算和居民消费价格指数权重制定提供基础数据。"
               "2.全面、准确、及时了解本地区城乡居民收入、消费及其他生活状况,客观监测居民收入分配格局和不同收入层次居民的生活质量。", cs=6),
             C("截至2023年12月31日,本项目完成住户数据产品120人,政策咨询建议完成率为100%,2023年2月24日,政策咨询建议及时率为100%,"
               "项目的实施有益于提高统计能力建设 ,有益于统计数据传播环境的营造,被调查户满意度达100%。", cs=7)],
            ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重",
             "指标赋分规则", "佐证资料", "指标实际完成值", "完成率", "指标得分", "偏差原因分析及改进措施"],
        ]),
    ],
    truth={"projects": [P(_N159, None, "1.96", "万元", [])]},
    notes="""
Place: 阜康市 (Fukang, Changji prefecture, XINJIANG), county-level city, 阜康市统计局; year 2023 ("(2023年度)"; published 2024-09-26).
Xinjiang is covered once (97, 温泉县 2019 target table); a Xinjiang self-evaluation and this wide 2023 layout are new.
Template kind: the Xinjiang 项目支出绩效自评表 (2023): 项目名称 / 主管部门 | 实施单位 / 项目资金(万元) 资金来源 | 年初预算数 | 全年预算数 |
全年执行数 | 分值权重 | 执行率 | 得分, rows 年度资金总额 / 其中:当年财政拨款 / 其他资金 / 年度总体目标 总体目标 | 总体目标完成情况 /
年度绩效指标完成情况: a THIRTEEN-COLUMN indicator header 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值设置依据 | 上年完成值 |
指标分值权重 | 指标赋分规则 | 佐证资料 | 指标实际完成值 | 完成率 | 指标得分 | 偏差原因分析及改进措施 (cut before its first row).
Layout features: a project NAME THAT STARTS WITH A FILE NUMBER ("昌州财行(2022)10号 国家统计局调查队专项经费", with parentheses and a
space); the 年初预算数 (5.28) different from the 全年预算数 (1.96) — the budget cut mid-year; "-" in the cells of the 其中 rows; the
weight captioned 分值权重 and placed before 执行率; the page's metadata (索引号, 名称, 文号, 发布日期) repeating the title.
Truth: one project (项目名称 as written), budget 1.96 万元 (全年预算数 of 年度资金总额, by the corpus convention for this form; 5.28 is
the initial 年初预算数 and 1.96 also the execution), unit from "项目资金 (万元)". No indicators: the capture stops at the first
indicator row's level word ("年度绩效指标完成情况 产出指标", cut).
Truncation: the first indicator row and the rest are left out; the indicator header is kept.
Reconstruction: the capture prints one table row a line, cells separated by single spaces (the 项目资金 label broken over lines with
"(万元)"); the 14-column grid follows the indicator header (a left label and thirteen captions); the spans of the money rows, the
label cells and the goal cells, and the split of the goal row (at "截至2023年12月31日") are inferred. The site's header lines and
metadata block are left out; the page title is kept as a paragraph.
""",
))

# ---------------------------------------------------------------- 161 (sixth round, build half)
_N161 = "东莞展览馆2022年部门整体绩效目标"
_T161 = [  # task, content, amount
    ("场馆日常运转人员经费", "我馆在编人数30人,普通聘员13人,临时工7人,事业单位购买服务人员2名。", "1166.1"),
    ("场馆日常运转公用经费", "包括办公费、三公经费、工会经费、差旅费等。", "83.4"),
    ("场馆日常维护", "水电费、物业管理费、绿化费、电话费、非经营性物业日常维护费、网络线路租赁维护费等", "549.34"),
    ("场馆专项职能事务管理", "根据我馆职能定位,每年需布展引展10个以上,征集展品藏品100件(套)以上,并对展品藏品及时保护整理,举办50场以上社教活动,"
                       "定期开展“莞邑论坛”系列活动等", "271.77"),
    ("场馆基本陈列调整更新经费", "展览馆二楼调整更新整层的展面2505平方米", "306.54"),
]
FILINGS.append(dict(
    dir="161-dongguan-zhanlanguan-zhengti-2022",
    html_title="部门(单位)整体支出绩效目标批复表",
    blocks=[
        ("table", [
            [C("部门(单位)整体支出绩效目标批复表", cs=10)],
            [C("( 2022 年度)", cs=10)],
            [C("批复单位:东莞市财政局", cs=5), C("预算单位:东莞展览馆", cs=5)],
            ["部门(单位)名称", C(_N161, cs=9)],
            [C("年度\n主要\n任务", rs=len(_T161) + 3), C("任务名称", rs=2, cs=2), C("主要内容", rs=2, cs=4), C("年度预算金额(万元)", cs=3)],
            ["小计", "市财政拨款", "其他资金"],
        ] + [[C(t, cs=2), C(c, cs=4), a, "", ""] for t, c, a in _T161] + [
            [C("金额合计", cs=2), C("*", cs=4), "0", "2377.15", "0"],
            ["总体目标", C("中期滚动目标(2022年--2024年)", cs=4), C("年度目标", cs=5)],
        ]),
    ],
    truth={"projects": [P(_N161, None, "2377.15", "万元", [])]},
    notes="""
Place: 东莞市 (Dongguan, Guangdong), city level, 东莞展览馆 (the city's exhibition hall and museum, a budget unit), approved by
东莞市财政局; year 2022 (published 2022-02-17 on the hall's site). The same unit's 2022 project table (物业管理费支出) is 74 of
real-heldout — another table of the same year, not a repeat; Dongguan's DEPARTMENT-WIDE approval table is new.
Template kind: the Dongguan 部门(单位)整体支出绩效目标批复表: 批复单位 | 预算单位 / 部门(单位)名称 / 年度主要任务: 任务名称 | 主要内容 |
年度预算金额(万元) (小计 | 市财政拨款 | 其他资金), one row per task, 金额合计 / 总体目标 中期滚动目标(2022年--2024年) | 年度目标 /
(indicators, beyond the capture).
Layout features: the department's name cell holds a TITLE ("东莞展览馆2022年部门整体绩效目标"); the budget is the SUM OF TASK ROWS,
each with its amount (1166.1 + 83.4 + 549.34 + 271.77 + 306.54 = 2377.15); the 金额合计 row puts "*" in the content column and
"0 | 2377.15 | 0" under 小计 | 市财政拨款 | 其他资金 — its 小计 is 0 though the task amounts stand in the first money column (as
captured; the form's own inconsistency); task contents full of counts ("10个以上", "100件(套)以上", "2505平方米") that are no targets.
Truth: one department-wide filing named 东莞展览馆2022年部门整体绩效目标 (部门(单位)名称 as written), budget 2377.15 万元 (the 金额合计
amount — the only total; it equals the tasks' sum), unit from "年度预算金额(万元)". No indicators: the capture ends inside the goal
texts.
Truncation: the capture stops inside the year goal ("…举办培训讲座4个以上,开展", cut); the goal row and the rest are left out; the
goal captions' row is kept.
Reconstruction: the capture prints one row a line with " | " between cells and a run of "|" for the columns a row does not start;
the 10-column grid follows the title row (one cell and nine "|"). The task amounts are placed in the first money column (小计) and
the 金额合计 row's four values in the content column and the three money columns, in their order; the spans (年度主要任务 over the
task block, 任务名称 over two columns, 主要内容 over four) and the empty money cells of the task rows are inferred.
""",
))

# ---------------------------------------------------------------- 129 (sixth round, build half)
_G129 = ("通过项目实施,承担全市农技推广体系建设。组织实施主要农作物、经济作物、农业生产投入品的新品种、新技术、新成果引进、试验、示范、推广与保护"
         "以及此类重大项目的落实工作。承担土壤肥料技术推广、农作物病虫草害防治、农药监管、农作物品种的管理和种子市场质量监管、“一村一品”、农业信息、"
         "农业产业扶贫、农民教育培训、农村实用人才培养等相关工作。推动我市优势特色产业向规模化、区域化、商品化、品牌化发展,提升我市农业种植技术水平,"
         "实现农业生产节本、提质、增收、增效。")
FILINGS.append(dict(
    dir="129-luan-nongye-nongji-tuiguang-2024",
    html_title="六安市农业农村局2024年六安市农业技术推广工作经费项目支出预算绩效目标表",
    blocks=[
        ("p", "项目支出绩效目标申报表"),
        ("p", "(  2024  年度)"),
        ("p", "项目责任人(签字): 单位(盖章):"),
        ("table", [
            ["项目名称", C("保障运转类-六安市农业技术推广工作经费", cs=8)],
            ["主管部门及代码", C("[066]六安市农业农村局", cs=3), "实施单位", C("六安市农业农村局", cs=4)],
            ["项目属性", C("常年项目", cs=3), "项目期", C("3年", cs=4)],
            [C("项目资金\n(万元)", rs=3), C("中期资金总额:", cs=2), C("39.96", cs=2), C("年度资金总额:", cs=2), C("21.22", cs=2)],
            [C("其中:财政拨款", cs=2), C("39.96", cs=2), C("其中:财政拨款", cs=2), C("21.22", cs=2)],
            [C("其他资金", cs=2), C("0.00", cs=2), C("其他资金", cs=2), C("0.00", cs=2)],
            [C("总 体 目 标", rs=2), C("中期目标(2024年—2026年)", cs=4), C("年度目标", cs=4)],
            [C(_G129, cs=4), C("", cs=4)],
        ]),
    ],
    truth={"projects": [P("保障运转类-六安市农业技术推广工作经费", None, "21.22", "万元", [])]},
    notes="""
Place: 六安市 (Lu'an, Anhui), city level, 六安市农业农村局 (主管部门 code [066]); year 2024 ("(  2024  年度)", published 2024-02-07). Lu'an
is well covered (35, 77, 81, 91 and held-out 84: the same bureau's 2024 质检 project, a sibling page of this one); the project (农业技术
推广工作经费) is new. Captured from a MIRROR whose site name is advertising words ("-欧洲杯网络平台" in the title), the city bureau's page as
published.
Template kind: the Anhui 项目支出绩效目标申报表 with TWO column groups (中期 and 年度): 项目名称 / 主管部门及代码 | 实施单位 / 项目属性 | 项目期 /
项目资金(万元) 中期资金总额: | amount | 年度资金总额: | amount, with 其中:财政拨款 and 其他资金 under each / 总体目标 中期目标(2024年—2026年) |
年度目标 / (indicators in two column groups, beyond the capture).
Layout features: two budgets side by side (中期 39.96 over three years, 年度 21.22), labels ending in a colon and repeated in both groups;
the project name prefixed with its category ("保障运转类-"); the goal text repeated for 中期 and 年度; runs of spaces inside the money rows.
Truth: one project 保障运转类-六安市农业技术推广工作经费 (项目名称), budget 21.22 万元 (年度资金总额:, the year's amount, as in 51's form; the
中期 39.96 is the three-year amount). No indicators: the capture ends inside the 年度目标 text.
Truncation: the capture stops inside the second goal text ("…农村实用人才培养等相", cut); the 年度目标 cell is rendered empty and everything
after it (the indicator block) is left out.
Reconstruction: the capture prints the table as space-separated text, one row a line; the 9-column grid and the spans follow the sibling
form 51 and held-out 84 of the same template; which goal text stands under 中期 and which under 年度 is taken in order. The mirror's title
line and the page's counters are left out.
""",
))

# ---------------------------------------------------------------- 131 (sixth round, build half)
_U131 = "乐亭县市场监督管理局"
_H131 = [C("项目资金\n(万元)", rs=1), "", "年初预算数", "调整预算数", "全年执行数", "分值", "执行率", "得分"]
FILINGS.append(dict(
    dir="131-tangshan-laoting-shichang-ziping-2021",
    html_title="项目支出绩效自评表",
    blocks=[
        ("p", "项目支出绩效自评表"),
        ("p", "( 2021年度)"),
        ("table", [
            ["项目名称", C("商品质量检测经费", cs=7)],
            ["主管部门", C("", cs=3), "实施单位", C(_U131, cs=3)],
            _H131,
        ]),
        ("table", [
            ["", "", "", "≥90%", "95%", "10", "10"],
            ["", "可持续影响指标", "可持续", "可持续", "可持续", "10", "9"],
            ["满意度\n指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "100%", "10", "10"],
            [C("总分", cs=5), "100", "99"],
        ]),
        ("p", "项目支出绩效自评表"),
        ("p", "( 2021年度)"),
        ("table", [
            ["项目名称", C("双随机抽查委托审计费", cs=7)],
            ["主管部门", C("", cs=3), "实施单位", C(_U131, cs=3)],
            [C("项目资金\n(万元)", rs=5), "", "年初预算数", "调整预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "30", "30", "", "10", "100%", "99"],
            ["其中:当年财政拨款", "30", "30", "", "", "100%", ""],
            ["上年结转资金", "", "", "", "", "", ""],
            ["其他资金", "", "", "", "", "", ""],
            ["年度总体目标", C("预期目标", cs=3), C("实际完成情况", cs=4)],
        ]),
    ],
    truth={"projects": [
        P("商品质量检测经费", None, None, None, [
            I(None, "可持续影响指标", "可持续", "可持续", actual="可持续", weight="10", score="9"),
            I("满意度\n指标", "服务对象满意度指标", "服务对象满意度", "≥90%", actual="100%", weight="10", score="10"),
        ]),
        P("双随机抽查委托审计费", None, "30", "万元", []),
    ]},
    notes="""
Place: 乐亭县 (Laoting county, Tangshan, HEBEI), county level, 乐亭县市场监督管理局 (实施单位; 主管部门 empty); year 2021 ("( 2021年度)").
Hebei is covered (08 宁晋, 09 廊坊, held-out 102 成安); Tangshan, this county and a market-regulation bureau are new. Captured from a
document-sharing site (taodocs.com) whose preview shows a few pieces of a 17-page .docx of self-evaluation tables, one cell a line.
Template kind: the national 项目支出绩效自评表 (2019 layout, with 调整预算数 for 全年预算数): 项目名称 / 主管部门 | 实施单位 / 项目资金(万元) 年初预算数 |
调整预算数 | 全年执行数 | 分值 | 执行率 | 得分 / 年度资金总额 / 其中:当年财政拨款 / 上年结转资金 / 其他资金 / 年度总体目标 预期目标 | 实际完成情况 /
indicator rows (一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分) / 总分.
Layout features: THE PREVIEW JUMPS INSIDE THE FIRST TABLE: after the money captions the text resumes at the last indicator rows ("年度资金总"
is cut and followed at once by "≥90% | 95% | 10 | 10"), so the first project's money rows, goals and indicator header are MISSING and its
last rows come without a header (like 88 and 106); the name of that first resumed row is lost; a name, target and actual that are all
"可持续"; a score of 99 printed in the second project's money row where a 10-point score stands (as captured); the two projects one after the
other, each with its title.
Truth: two projects. 1) 商品质量检测经费 (项目名称), budget NULL (its money rows are not in the capture), two indicators: 可持续影响指标 / 可持续
(target 可持续, actual 可持续, weight 10, score 9; level 1 not in the capture) and 满意度指标 / 服务对象满意度指标 / 服务对象满意度 (≥90%,
actual 100%, 10 | 10); the nameless "≥90% | 95% | 10 | 10" row is not an indicator. 2) 双随机抽查委托审计费, budget 30 万元 (年初预算数 and
调整预算数 both 30), no indicators.
Truncation: the first table is cut by the preview (see above); the second stops inside the goal texts (the actual-completion text cut at
"…列入经营异常名录4户,列"), so the goal row and everything after it are left out; the 年度总体目标 caption row is kept.
Reconstruction: the capture prints one cell a line, empty cells as empty lines. The second project's money row "30 | 30 | 10 | 100% | 99" is
read 年初预算数 30 | 调整预算数 30 | 全年执行数 (empty) | 分值 10 | 执行率 100% | 得分 99 — which amount column is empty cannot be told (taken
as 全年执行数, the column the capture skips in the 其中 row too). The first project's resumed rows are rendered as a headless 7-column table
after its caption rows; the 8-column grids, the spans and the empty 主管部门 cells are inferred; the site's download notes are left out.
""",
))

# ---------------------------------------------------------------- 163 (sixth round, build half)
_N163 = "2021年第一批中央大气污染防治资金"
_M163 = [("年度资金总额:", "2380.91"), ("其中:中央资金", "871"), ("省级资金", "0"), ("地方资金", "1509.91"), ("其他资金", "0")]
_G163 = ("采用技术领先的监测设备及监控平台,进行高密度网格化监控布点,全面监控市城区及周边乡镇污染排放状况,掌握实时环境质量,实现对突发污染事件的及时预警和精准溯源,"
         "建立完备的预警处置机制,形成精细化的监管,从根本上提升城市环境监管能力、提高环境执法水平,为城市环境空气质量监测提档升级和便民、惠民工作提供助力。")
FILINGS.append(dict(
    dir="163-xianning-daqi-quyu-ziping-2021",
    html_title="转移支付区域(项目)绩效目标自评表 (2021)",
    blocks=[
        ("p", "转移支付区域(项目)绩效目标自评表 (2021)"),
        ("table", [
            ["转移支付(项目)名称", C(_N163, cs=3), "负责人及电话", "潘志明13329984226"],
            ["地方主管部门", C("咸宁市生态环境局", cs=3), "实施单位", "大气环境科"],
            [C("项目资金(万元)", rs=6), C("", cs=2), "全年预算数(A)", "全年执行数(B)", "执行率(B/A)"],
        ] + [[C(l, cs=2), v, "0", "0"] for l, v in _M163] + [
            [C("年度总体目标", rs=2), C("年初设定目标", cs=3), C("全年实际完成情况", cs=2)],
            [C(_G163, cs=3), C("正在进行招标意向公示,预计三月中旬开展公开招标", cs=2)],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
        ]),
    ],
    truth={"projects": [P(_N163, None, "2380.91", "万元", [])]},
    notes="""
Place: 咸宁市 (Xianning, Hubei), city level, 咸宁市生态环境局 (its 大气环境科 implementing); year 2021 ("(2021)"; published 2022-04-02).
Hubei is covered; a central TRANSFER's 区域(项目) self-evaluation from an environment bureau, with nothing spent in the year, is new.
Template kind: the Hubei 转移支付区域(项目)绩效目标自评表 (2021): 转移支付(项目)名称 | 负责人及电话 / 地方主管部门 | 实施单位 / 项目资金(万元)
全年预算数(A) | 全年执行数(B) | 执行率(B/A), rows 年度资金总额: / 其中:中央资金 / 省级资金 / 地方资金 / 其他资金 / 年度总体目标 年初设定目标 |
全年实际完成情况 / 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施.
Layout features: a transfer whose money was NOT SPENT (执行数 0, 执行率 0 on every row); the total (2380.91) is the central 871 plus a
larger local 1509.91; a phone number glued to the name ("潘志明13329984226"); the unit named only in the page's metadata and the
主管部门 cell (no 单位名称 label); a long reason paragraph under 未完成原因和改进措施.
Truth: one transfer 2021年第一批中央大气污染防治资金 (转移支付(项目)名称), budget 2380.91 万元 (全年预算数(A) of 年度资金总额), unit from
"项目资金(万元)". No indicators: the only indicator row is cut (see below).
Truncation: the capture stops inside the first indicator row's reason ("…改进措施:", cut); that row — 产出指标 | 数量指标 | 建设环境空气质量
自动监测子站 | 11个 | then the name again and "0" (the actual, as it seems, with the name repeated in the cell) — is left out with the rest.
Reconstruction: the capture prints one paragraph per cell (empty cells lost); the 6-column grid follows the indicator header; the money
block's labels are taken to span two columns under an empty caption cell, the spans of 项目资金 and of the goal cells are inferred; the
page's metadata lines are left out and the title kept as a paragraph.
""",
))

# ---------------------------------------------------------------- 165 (sixth round, build half)
_R165 = [  # l1, l1 weight, l2, name, target, actual, weight, score, reason
    ("管理指标", "30", "预算编审管理", "完整、准确率", "100%", "100%", "4", "4", ""),
    ("管理指标", "30", "预算执行管理", "完成率、控制率", "100%", "按规定执行", "4", "4", ""),
    ("管理指标", "30", "部门结转结余资金管理", "结余率", "小于5%", "达成目标值", "4", "4", ""),
    ("管理指标", "30", "预决算信息公开管理", "信息公开完善", "按规定公开", "已公开", "4", "4", ""),
    ("管理指标", "30", "部门预算管理", "人员控制、支出规范", "不超编、无违规支出", "全部达成", "4", "4", ""),
    ("管理指标", "30", "政府采购管理", "执行率", "100%", "100%", "5", "5", ""),
    ("管理指标", "30", "资产管理", "安全性、利用率", "无资产损失、利用率高于80%", "达成目标", "5", "5", ""),
    ("出标产指", "25", "数量指标", "任务1:门诊住院人次", "增加", "增372人次", "5", "5", ""),
    ("出标产指", "25", "数量指标", "任务2:特殊人群健康管理率", "超上年2%", "达成目标值", "5", "5", ""),
    ("出标产指", "25", "质量指标", "任务1:诊断准确率", "95%以上", "97%", "5", "5", ""),
    ("出标产指", "25", "质量指标", "任务2:健康档案管理率", "100%", "完成", "3", "3", ""),
    ("出标产指", "25", "时效指标", "任务1:医疗文书及时率", "按规定时限", "", "4", "3", "个别人未及时完成"),
    ("出标产指", "25", "时效指标", "任务2:健康档案更新率", "按规定时限", "", "3", "2", "录入有延迟"),
    ("效果指标", "35", "经济效益指标", "业务收入", "超上年度", "增收27万元", "13", "13", ""),
    ("效果指标", "35", "社会效益指标", "公卫均等化签约完成率、特殊人群体检率", "签约率提高1%X体检率提高2%",
     "签约率提高1%体检率下降1%", "12", "6", "部分群众不愿配合体检或长期在外"),
    ("效果指标", "35", "生态效益指标", "绿化、节能", "绿化良好、水电费开支有下降", "水电支出减少01万元", "10", "10", ""),
]
_K165 = {0: 7, 7: 6, 13: 3}      # first row of each level-1 block: its row count
_L165 = {7: 2, 9: 2, 11: 2}      # level-2 cells spanning two rows


def _rows165():
    out = [["分解目标", "自评权重", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分", "偏差及原因分析"]]
    for i, r in enumerate(_R165):
        row = []
        if i in _K165:
            row += [C(r[0], rs=_K165[i]), C(r[1], rs=_K165[i])]
        if i in _L165:
            row.append(C(r[2], rs=_L165[i]))
        elif i < 7 or i >= 13:
            row.append(r[2])
        out.append(row + list(r[3:]))
    return out


FILINGS.append(dict(
    dir="165-nanchang-canchawsy-zhengti-ziping-2021",
    html_title="蚕茶卫生院整体支出绩效自评表",
    blocks=[
        ("p", "蚕茶卫生院整体支出绩效自评表(2021年度)"),
        ("table", [
            ["评价部门名称", C("南昌县黄马乡蚕茶卫生院", cs=5), "下属单位个数", C("0", cs=2)],
            [C("整体支出规模", rs=4), C("", cs=3), C("全年预算数", cs=2), C("全年执行数", cs=2), "执行率"],
            [C("资金来源:(1)财政拨款", cs=3), C("", cs=2), C("", cs=2), "103.21%"],
            [C("资金结构:(1)基本支出", cs=3), C("", cs=2), C("", cs=2), "103.21%"],
            [C("(2)项目支出", cs=3), C("", cs=2), C("", cs=2), ""],
            [C("年度总体目标", rs=2), C("年初设定目标", cs=4), C("全年完成情况", cs=4)],
            [C("业务收入达到55万元,三公经费控制率达标", cs=4), C("业务收入77.57万元,三公经费控制达标", cs=4)],
        ] + _rows165()),
    ],
    truth={"projects": [P("南昌县黄马乡蚕茶卫生院", None, None, None, [
        I(r[0], r[2], r[3], r[4], actual=r[5], weight=r[6], score=r[7]) for r in _R165])]},
    notes="""
Place: 南昌县黄马乡蚕茶卫生院 (a township health centre in 黄马乡, 南昌县, Nanchang, JIANGXI), township level; year 2021 (the title's
"(2021年度)"); captured from a document-sharing site (yzwku.com, "蚕茶卫生院整体支出绩效自评表.docx", 4 pages). Jiangxi and a
township health centre are new to the corpus.
Template kind: Jiangxi 整体支出绩效自评表 (department-wide self-evaluation): 评价部门名称 | 下属单位个数 / 整体支出规模 with 全年预算数 |
全年执行数 | 执行率 by 资金来源 and 资金结构 / 年度总体目标 年初设定目标 | 全年完成情况 / an indicator grid 分解目标 | 自评权重 | 二级指标 |
三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 | 偏差及原因分析, with the department-wide tree 管理指标 (30) / 产出指标 (25) / 效果指标 (35)
/ 满意度指标, management items as level 2 (预算编审管理, 预算执行管理, ...).
Layout features: a WEIGHT COLUMN BESIDE THE LEVEL 1 (自评权重 30 / 25 / 35); the level-1 label 产出指标 captured SCRAMBLED as
"出标产指" (kept as captured, like 151's "性标定指"); names that are pairs of measures ("完成率、控制率", "安全性、利用率"); "任务1:" /
"任务2:" name prefixes; targets that are words or comparisons ("增加", "超上年2%", "按规定时限", "超上年度", "小于5%"); a target with
a stray "X" between two parts ("签约率提高1%X体检率提高2%", kept); an actual that lost its decimal point, it seems ("水电支出减少01万元",
kept); two rows without an actual; NO MONEY AMOUNTS (the 整体支出规模 cells are empty in the capture; only 执行率 103.21% is there).
Truth: one department, name 南昌县黄马乡蚕茶卫生院 (评价部门名称), NO BUDGET and no money unit (no amount is captured). Sixteen
indicators, level1 as captured ("管理指标", "出标产指", "效果指标"), level2 the 二级指标 cell, name the 三级指标 cell, value the 年度指标值;
value_cells actual (全年完成值), weight (分值), score (得分); the 偏差 reasons are in the files, not in the truth.
Truncation: the capture stops at the level-1 label 满意度指标 (its rows cut); they are left out.
Reconstruction: the capture LOST EVERY SEPARATOR (a docx text layer glued into runs; the site's page markers "1、", "2、", "3、" are
left out and the words they cut are joined: "按规定公|开", "体检|率"). Cells are split by the header's column order, and the
splits are INFERENCES: the last two digits of a row are 分值 and 得分 ("44" = 4 | 4, "1313" = 13 | 13, "126" = 12 | 6 — the weights
then add up to 30, 25 and 35, the level-1 weights, which bears the split out); between name and target the break is put where a
measure name ends and a target begins: "信息公开完善 | 按规定公开 | 已公开" (it could also be 信息公开 | 完善按规定公开), "任务1:门诊住院人次
| 增加 | 增372人次" (it could also be 门诊住院人次增加 | 增372人次 with an empty actual), "业务收入 | 超上年度 | 增收27万元"; the two
时效 rows ("按规定时限43个别人未及时完成") are read as target | (empty actual) | 4 | 3 | reason. The level-1 and weight cells are taken
as spanning their blocks (7, 6 and 3 rows), the level-2 cells 数量/质量/时效指标 as spanning two rows each. The label "年度总体目标"
(captured "年度总" … "体目标" around the goal headers) is one cell spanning two rows; every span above the indicator header, the
empty money cells and the cell holding "资金来源:(1)财政拨款" are inferred.
""",
))

# ---------------------------------------------------------------- 167 (sixth round, build half)
_F167 = ("为我县农村公路建设提供规划勘查设计以及农村公路养护与路政管理提供保障,农村公路规划与调查评价,道路运输市场的规划、建设及监督管理,"
         "全县水上运输及渡口管理,对下属事业单位道路运输管理所的工作指导及管理。")
_O167 = ("指标1部门重点支出占部门整体支出的比例是15%: 指标2三公经费2017年比2016年增加公务接待费990元: 指标3部门整体支出支付进度为100%: "
         "指标4结转结余资金减少率为100%: 指标5(部门预决算和三公经费预决算公开)100%: 指标6(政府采购执行率)100%: "
         "指标7(重点工作办结率)100%: ……")
_E167 = ("指标1(经济效益):预计收费4000元 指标2(社会效益):工程建设有新亮点、交通产业有新突破、行业管理有新成效和交通队伍建设有新提高 "
         "指标3(社会公众或服务对象满意度):满意 ……")
FILINGS.append(dict(
    dir="167-zhuzhou-yanling-jiaotong-zhengti-2017",
    html_title="炎陵县交通运输局2017年部门整体支出绩效目标申报表",
    blocks=[
        ("p", "炎陵县交通运输局2017年部门整体支出绩效目标申报表"),
        ("p", "附件2-1"),
        ("p", "部门整体支出绩效目标申报表"),
        ("p", "(2017 年度)"),
        ("p", "填报单位(盖章):炎陵县交通运输局"),
        ("table", [
            [C("部门(单位)名称:炎陵县交通运输局", cs=3), C("单位负责人:林友", cs=3)],
            [C("年初职工人数: 14 人,人员编制: 9 人", cs=6)],
            [C("年度预算收支情况(万元)", cs=2), C("年初预算资金:183.58", cs=4)],
            [C("按收入性质分:", cs=2), C("按支出性质分:", cs=4)],
            [C("其中:公共财政拨款:183.18", cs=2), C("其中: 基本支出:183.58", cs=4)],
            [C("纳入预算管理的非税收入拨款:0.4", cs=2), C("项目支出:", cs=4)],
            [C("政府性基金拨款:", cs=2), C("其他支出:", cs=4)],
            [C("纳入专户管理的非税收入拨款:", cs=2), C("", cs=4)],
            [C("其他资金:", cs=2), C("", cs=4)],
            [C("部门职能职责概述", cs=2), C(_F167, cs=4)],
            [C("整体绩效目标", cs=2), C("目标1:干线公路建设;目标2:农村公路建设; 目标3:站场建设。……", cs=4)],
            [C("部门整体支出 年度绩效指标", rs=2, cs=2), "产出指标", C(_O167, cs=3)],
            ["效益指标", C(_E167, cs=3)],
            [C("财政部门审核意见", cs=2), C("(盖章) 年 月 日", cs=4)],
        ]),
        ("p", "填报人: 联系电话:"),
    ],
    truth={"projects": [P("炎陵县交通运输局", None, "183.58", "万元", [])]},
    notes="""
Place: 炎陵县 (Yanling county, Zhuzhou, Hunan), county level, 炎陵县交通运输局 (transport bureau); year 2017 (the form's "(2017 年度)";
published 2017-03-08 by the county's finance bureau). Hunan is well covered; this county, and a county's 2017 department-wide
target form, are new.
Template kind: the Hunan 2017 部门整体支出绩效目标申报表 (附件2-1): 填报单位(盖章) / 部门(单位)名称: | 单位负责人: / 年初职工人数 …
人员编制 / 年度预算收支情况(万元) 年初预算资金 / 按收入性质分 (公共财政拨款, 纳入预算管理的非税收入拨款, 政府性基金拨款, 纳入专户管理的
非税收入拨款, 其他资金) | 按支出性质分 (基本支出, 项目支出, 其他支出) / 部门职能职责概述 / 整体绩效目标 / 部门整体支出 年度绩效指标 by
产出指标 and 效益指标 / 财政部门审核意见, then 填报人 | 联系电话.
Layout features: EVERY VALUE INSIDE ITS LABEL CELL after a colon ("年初预算资金:183.58", "部门(单位)名称:炎陵县交通运输局"); THE
INDICATORS AS ONE TEXT CELL PER LEVEL 1, a run of "指标1…: 指标2…:" items whose names and targets share a sentence ("指标3部门
整体支出支付进度为100%", "指标6(政府采购执行率)100%", "指标1(经济效益):预计收费4000元", "…(社会公众或服务对象满意度):满意"), ending
in "……"; income parts (183.18 + 0.4) beside a 基本支出 equal to the total; empty amounts after their labels.
Truth: one department 炎陵县交通运输局 (部门(单位)名称:), budget 183.58 万元 (年初预算资金; unit from "年度预算收支情况(万元)"). NO
INDICATORS: the two indicator cells each hold a run of items with no target cell of their own (a text cell spanning names and
values is not an indicator, by the corpus's rule).
Truncation: none; the capture ends with the 填报人 line.
Reconstruction: the capture prints each row as "| cell | cell |" followed by one "|" per grid slot the row does not start; with
six slots a row, the spans are inferred from those counts (label cells of two slots, values of four; the indicator label over two
rows and two slots, the level-1 cells one slot, the item cells three); the trailing empty cell of "纳入专户管理的非税收入拨款: | |" is
kept. The page's source and date lines are left out except "附件2-1".
""",
))

# ---------------------------------------------------------------- 169 (sixth round, build half)
_B169 = ("1.《湖南省2017年度计划生育工作考评方案》                     2.《岳阳市2017年度计划生育工作目标管理考核方案》"
         "             3.《岳阳楼区2017年度计划生育工作考核评估方案》        4.《岳阳楼区2017年度计划生育业务工作调查方案》"
         "5.《湖南省流动人口健康教育和健康促进行动实施方案(2016-2020)》6.《岳阳楼区流动人口基本公共卫生计生服务均等化工作实施方案》")
_T169 = ("1.基本建设类 □    其中:新建      扩建      改建\n2.行政事业类 □    其中: 采购类□    修缮类□    奖励类□\n"
         "3.其他专项类 √")
FILINGS.append(dict(
    dir="169-yueyang-yueyanglou-liudongrenkou-2017",
    html_title="2017年区卫计局流动人口管理经费项目支出预算绩效目标申报表",
    blocks=[
        ("p", "2017年区卫计局流动人口管理经费项目支出预算绩效目标申报表"),
        ("p", "项目支出预算绩效目标申报表"),
        ("p", "(20 17 年度)"),
        ("p", "填报单位(盖章)楼区卫计局"),
        ("table", [
            [C("项目基本情况", rs=6), "项目名称", C("流动人口公卫经费", cs=4)],
            ["项目属性", C("新增项目□                       延续项目√", cs=4)],
            ["主管部门", "楼区卫计局", "项目起止时间", C("2017年1月至2017年12月", cs=2)],
            ["项目负责人", "郑文红", "联系电话", C("13707306725", cs=2)],
            ["项目类型", C(_T169, cs=4)],
            ["项目概况", C("1.省、市专项调查     2.对全区1个乡和14个街道;12个村和95个社区进行流动人口专项调查     3.区域协作", cs=4)],
            [C("项目立项\n依据", cs=2), C(_B169, cs=4)],
            [C("项目资金情况", rs=13), C("项目资金申请(万元)", rs=7), "项 目", "上年度安排资金", C("本年度申请资金", cs=2)],
            ["合 计", "40", C("40", cs=2)],
            ["区级资金", "40", C("40", cs=2)],
            ["市级资金", "", C("", cs=2)],
            ["省级资金", "", C("", cs=2)],
            ["中央资金", "", C("", cs=2)],
            ["自有资金", "", C("", cs=2)],
            [C("支出明细预算(万元)", rs=6), "项 目", "上年度安\n排资金", "本年度\n申请资金", "测算依据\n及说明"],
            ["合 计", "40", "40", "《湖南省2016年度计划生育工作考评方案》"],
            ["1", "", "", ""],
            ["2", "", "", ""],
            ["3", "", "", ""],
            ["4", "", "", ""],
        ]),
    ],
    truth={"projects": [P("流动人口公卫经费", None, "40", "万元", [])]},
    notes="""
Place: 岳阳市岳阳楼区 (Yueyanglou district, Yueyang, Hunan), district level, the district's 卫计局 (health and family-planning bureau);
year 2017 (the form's "(20 17 年度)"; published 2017-04-05 by the district finance bureau). Hunan is well covered; the district's
own site (not the pinyin-glossing mirror passed over earlier) and a 2017 district project form are new. A per-project form, met
while looking for the district's department-wide tables.
Template kind: the Hunan 2017 项目支出预算绩效目标申报表: 填报单位(盖章) / 项目基本情况 (项目名称, 项目属性 with check boxes, 主管部门 |
项目起止时间, 项目负责人 | 联系电话, 项目类型 with check boxes, 项目概况) / 项目立项依据 / 项目资金情况: 项目资金申请(万元) 项目 |
上年度安排资金 | 本年度申请资金 by 合计, 区级资金, 市级资金, 省级资金, 中央资金, 自有资金, then 支出明细预算(万元) 项目 | 上年度安排资金 |
本年度申请资金 | 测算依据及说明 / 单位已有的(或拟订的)保证项目实施的制度、措施 (cut); the indicator part of the form is beyond the capture.
Layout features: LAST YEAR'S AND THIS YEAR'S MONEY SIDE BY SIDE (上年度安排资金 40 | 本年度申请资金 40, the same amount); the total
row labelled with a space ("合 计"), twice (资金申请 and 支出明细预算); the unit in the block labels ("(万元)"); the district's name
cut from the unit and the source ("楼区卫计局", "楼区财政局": 岳阳 lost, kept as captured); a name that differs from the page title
(项目名称 流动人口公卫经费, title 流动人口管理经费); check boxes (□ √) with runs of spaces; a year with a space ("20 17").
Truth: one project 流动人口公卫经费 (项目名称), budget 40 万元 (本年度申请资金 合计 — this year's request; last year's is also 40);
unit from "项目资金申请(万元)". No indicators: the capture stops before the indicator part.
Truncation: the capture stops inside the 保证项目实施的制度、措施 text ("2.《岳阳市2016年度计划生育工作目标管", cut); that row and the
rest of the form are left out.
Reconstruction: the capture prints each row as one line with its cells separated by spaces (empty cells lost, runs of spaces
inside cells kept): the 6-column grid, every span (项目基本情况 over six rows, 项目资金情况 over both money tables, the 测算依据
column only in the second) and the empty money cells are inferred; the three 项目类型 lines are one cell; header cells broken over
lines ("上年度安\\n排资金") keep their breaks. The page's source and date line is left out.
""",
))

# ---------------------------------------------------------------- 201 (seventh round, build half)
_G201 = ("负责拟订并组织实施全区国民经济和社会发展战略中、长期规划和年度计划;综合管理全区建设项目;贯彻执行国家和省、市价格方针、政策以及相关法律、"
         "法规;协调推进经济发展环境的优化;组织实施国民经济动员和装备动员相关工作等。进一步加强区本级政府投资项目审批及概算管理,提高政府投资效益和"
         "项目管理水平。")
_T201 = ("1.基本建设类 □    其中:新建  □    扩建  □    改建  □\n2.行政事业类 □    其中: 采购类□    修缮类□    奖励类□\n"
         "3.其他专项类 R")
FILINGS.append(dict(
    dir="201-yueyang-yueyanglou-fagai-2021",
    html_title="项目支出预算绩效目标申报表",
    blocks=[
        ("p", "项目支出预算绩效目标申报表"),
        ("p", "来源:区发改局 2021-06-16 15:34"),
        ("p", "填报单位(盖章):                            单位负责人:"),
        ("table", [
            [C("项目基本情况", rs=7), "项目名称", C("项目前期、项目概算及项目入库建设", cs=4)],
            ["项目属性", C("新增项目□                       延续项目R", cs=4)],
            ["主管部门", "楼区政府", "项目起止时间", C("2021.1-2021.12", cs=2)],
            ["项目负责人", "黄黎明", "联系电话", C("2293555", cs=2)],
            ["绩效管理\n联络员", "李娟", "联系电话", C("2296818", cs=2)],
            ["项目类型", C(_T201, cs=4)],
            ["项目概况", C(_G201, cs=4)],
            [C("项目立项依据", cs=2), C("《岳阳楼区人民政府投资项目概算管理办法》岳楼政办发[2017]8号", cs=4)],
            [C("项目资金情况", rs=13), C("项目资金申请(万元)", rs=7), "项 目", "上年度安排资金", C("本年度申请资金", cs=2)],
            ["合 计", "130", C("300", cs=2)],
            ["区级资金", "130", C("300", cs=2)],
            ["市级资金", "", C("", cs=2)],
            ["省级资金", "", C("", cs=2)],
            ["中央资金", "", C("", cs=2)],
            ["自有资金", "", C("", cs=2)],
            [C("支出明细预算(万元)", rs=6), "项 目", "上年度安排资金", "本年度申请资金", "测算依据及说明"],
            ["合 计", "130", "300", ""],
            ["1、办公及加班用餐费", "10", "40", ""],
            ["2、打字复印及资料印刷费", "9", "55", ""],
            ["3、编制咨询费", "88", "160", ""],
            ["4、其他", "23", "45", ""],
        ]),
    ],
    truth={"projects": [P("项目前期、项目概算及项目入库建设", None, "300", "万元", [])]},
    notes="""
Place: 岳阳市岳阳楼区 (Yueyanglou district, Yueyang, Hunan), district level, the district's 发改局 (development and reform bureau);
year 2021 (项目起止时间 2021.1-2021.12; published 2021-06-16 on the district government's site). Hunan and this district are covered
(169 is the district's 2017 卫计局 form on the same site); a 2021 filing of the district's form and a 发改局 are new.
Template kind: the Hunan 项目支出预算绩效目标申报表 as the district used it in 2021 (169's 2017 form with a 绩效管理联络员 row added):
填报单位(盖章) | 单位负责人 / 项目基本情况 (项目名称, 项目属性 with check boxes, 主管部门 | 项目起止时间, 项目负责人 | 联系电话, 绩效管理联络员 |
联系电话, 项目类型 with check boxes, 项目概况) / 项目立项依据 / 项目资金情况: 项目资金申请(万元) 项目 | 上年度安排资金 | 本年度申请资金
by 合计, 区级资金, 市级资金, 省级资金, 中央资金, 自有资金, then 支出明细预算(万元) 项目 | 上年度安排资金 | 本年度申请资金 | 测算依据及说明 /
单位已有的(或拟订的)保障项目实施的制度 (cut).
Layout features: LAST YEAR'S AND THIS YEAR'S MONEY SIDE BY SIDE, DIFFERENT (上年度安排资金 130 | 本年度申请资金 300; 169 had 40 | 40);
the total row labelled with a space ("合 计"), twice; four numbered expense rows whose amounts add up to the totals (10+9+88+23 = 130,
40+55+160+45 = 300); ticked boxes printed as "R" (a Wingdings check mark read as a letter: "延续项目R", "3.其他专项类 R"); the district's
name cut from the 主管部门 ("楼区政府"); a label broken over two lines ("绩效管理 … 联络员").
Truth: one project 项目前期、项目概算及项目入库建设 (项目名称), budget 300 万元 (本年度申请资金 合计 — this year's request, not last
year's 130); unit from "项目资金申请(万元)". No indicators: the capture stops before the indicator part.
Truncation: the capture stops at the label 单位已有的(或拟订的)保障项目实施的制度 (its text cut); that row and the rest of the form
are left out.
Reconstruction: the capture prints each row as one line with its cells separated by spaces (empty cells lost, runs of spaces inside
cells kept): the 6-column grid and every span (项目基本情况 over seven rows, 项目资金情况 over both money tables, 测算依据 only in the
second) are inferred as in 169; the empty money and 测算依据 cells are inferred; the label "绩效管理 联络员" is one cell whose second
line the capture printed after the row. The page's metadata lines (索引号 …) and "浏览量:1" are left out.
""",
))

# ---------------------------------------------------------------- 171 (seventh round, build half)
_G171 = ("三支一扶”高校毕业生生活补贴标准按照乡镇事业单位从高校毕业生中新聘用工作人员试用期满后工资收入水平确定。"
         "中央和省级给予定额补助,不足部分由市级财政配套补足。")
_L171 = ["“三支一扶”省级财政补助资金自评表", "“三支一扶”市级补助资金自评表", "城乡劳动力发展工作经费自评表", "人事考试专项经费自评表",
         "社会保障工作经费自评表", "市级就业补助资金自评表", "水电费、物业费自评表", "提前下达“三支一扶”中央补助资金自评表"]
FILINGS.append(dict(
    dir="171-chuzhou-renshe-sanzhiyifu-ziping-2022",
    html_title="2022年度项目支出绩效自评表",
    blocks=[
        ("p", "2022年度项目支出绩效自评表"),
        ("p", "滁州市人力资源和社会保障局本级单位项目绩效自评表清单"),
        ("table", [["序号", "项目名称", "备注"]] + [[str(i + 1), n, ""] for i, n in enumerate(_L171)]),
        ("p", "项目支出绩效自评表"),
        ("p", "2022年度)"),
        ("table", [
            ["项目名称", C("“三支一扶”省级财政补助资金", cs=7)],
            ["主管部门", C("滁州市人力资源和社会保障局", cs=3), "实施单位", C("滁州市人力资源和社会保障局", cs=3)],
            [C("项目资金\n(万元)", rs=5), "", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
            ["年度资金总额:", "99", "99", "99", "10", "100%", "10"],
            ["其中:本年财政拨款", "99", "99", "99", "-", "100%", "-"],
            ["上年结转资金", "", "", "", "-", "", "-"],
            ["其他资金", "", "", "", "-", "", "-"],
            [C("年度总体目标完成情况", rs=2), C("预期目标", cs=3), C("实际完成情况", cs=4)],
            [C(_G171, cs=3), C("", cs=4)],
        ]),
    ],
    truth={"projects": [P("“三支一扶”省级财政补助资金", None, "99", "万元", [])]},
    notes="""
Place: 滁州市 (Chuzhou, Anhui), city level, 滁州市人力资源和社会保障局 (the city's human-resources and social-security bureau); year
2022 (the form's "2022年度)", published 2024-06-13). Anhui is well covered; Chuzhou, a 人社局 and the 三支一扶 subsidy are new.
Template kind: the national 项目支出绩效自评表 (2021+ layout: 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 by
年度资金总额, 其中:本年财政拨款, 上年结转资金, 其他资金; 年度总体目标完成情况 预期目标 | 实际完成情况), after a LIST TABLE of the
bureau's eight self-evaluated projects (序号 | 项目名称 | 备注, every 备注 empty).
Layout features: a list of project names ending in 自评表 before the first form (names that are no indicators and no project of the
truth's form); 年初预算数 = 全年预算数 = 执行数 = 99; "-" in the 分值/得分 cells of the part rows; an empty corner cell beside the
label 项目资金 (万元); the form's title year lost its opening bracket ("2022年度)") and the goal its opening quote ("三支一扶”…"),
both kept as captured.
Truth: one project “三支一扶”省级财政补助资金 (项目名称), budget 99 万元 (全年预算数(A) of 年度资金总额; 年初预算数 is also 99; unit from
"项目资金 (万元)"). No indicators: the capture stops in the goal row.
Truncation: the capture stops inside the 实际完成情况 text ("2022年度1月份将“三支一扶”省级补助资金99万元全部拨付各个县市区,保障了“三支
一扶”人", cut); that cell is left EMPTY in the files (the 预期目标 cell beside it is whole and kept) and everything after it (the
indicator block, the other seven projects' forms) is left out.
Reconstruction: the capture prints ONE PARAGRAPH PER CELL (indented, blank lines between, empty cells as a line of spaces): the
3-column list and the 8-column form are rebuilt from the header orders; the column spans of the name, 主管部门 and goal cells
and the row spans of 项目资金 (万元) and 年度总体目标完成情况 are inferred, as is which lines are paragraphs (the page title, the list's
caption, the form's caption and year). Eleven lines of spaces between the list and the form (empty paragraphs) are left out, as are
the publication date and the "【字体:打印" line.
""",
))

# ---------------------------------------------------------------- 173 (seventh round, build half)
_G173 = ("全面掌握年度全国林业有害生物发生防控信息;编发年度和半年全国林业有害生物趋势预报;发布危险性、突发重大林业有害生物短期预警信息;"
         "管理维护国家林业有害生物信息管理系统,保障信息系统正常运行;考核、指导各地测报工作及国家级中心测报点直报信息;推广、应用监测、"
         "预报新技术;开展测报员岗位技术培训。")
_R173 = [
    ("产出指标", "年度、半年趋势报告次数", "各 1 次"),
    ("产出指标", "发生动态与短期预报报告次数", "2000 次"),
    ("产出指标", "汇总突发事件季度报告次数", "4 次"),
    ("产出指标", "趋势会商会次数", "1 次"),
    ("产出指标", "测报员培训人次", "200 人次"),
    ("产出指标", "上报发生情况月报数据的林业有害生物种次", "2000 种次"),
    ("产出指标", "汇总发生情况月报表次数", "12 次"),
    ("产出指标", "测报准确率", "85%"),
    ("产出指标", "年度、半年趋势报告及时率", "100%"),
    ("产出指标", "当地主要林业有害生物预报发布率", "85%"),
    ("效益指标", "森林资源生长因害损失量", "有效减少"),
    ("效益指标", "对维护社会稳定的作用", "通过预警信息的发布,让人们了解有害生物信息,减少因恐慌情绪蔓延而导致可能产生的不稳定因素。"),
]


def _rows173():
    out = [[C("项目绩效指标", rs=len(_R173) + 1), "指标", "指标内容", "指标值"]]
    for i, (l1, n, v) in enumerate(_R173):
        row = []
        if i == 0:
            row.append(C(l1, rs=10))
        elif i == 10:
            row.append(C(l1, rs=2))
        out.append(row + [n, v])
    return out


FILINGS.append(dict(
    dir="173-guojia-linye-bingchong-cebao-yangli",
    html_title="项目支出绩效自评表填写样例",
    blocks=[
        ("p", "附件 3 项目支出绩效自评表填写样例"),
        ("p", "附件 3:样例"),
        ("p", "项目支出绩效目标申报表"),
        ("table", [
            ["项 目 名 称", C("国家森林病虫害预测预报补助经费", cs=3)],
            ["主管部门及代码", "169国家林业局", "实施单位", "造林司"],
            [C("项目资金申请 (万元)", rs=3), "资金总额:", C("", cs=2)],
            ["其中:当年财政拨款", C("", cs=2)],
            ["其他资金", C("", cs=2)],
            ["项目绩效目标", C(_G173, cs=3)],
        ] + _rows173()),
    ],
    truth={"projects": [P("国家森林病虫害预测预报补助经费", None, None, None, [
        I(l1, None, n, v) for l1, n, v in _R173])]},
    notes="""
Place: the central level (国家林业局, code 169; 实施单位 造林司), a NATIONAL project form; no year is printed (the document was uploaded
2018-12-15; the form is the central 项目支出绩效目标申报表 of the mid-2010s). Captured from a document-sharing site (wenke99.com,
"项目支出绩效自评表填写样例.DOC", 16 pages): a guide's "附件 3 … 填写样例", i.e. a FILLED-IN EXAMPLE of the central form for a real
programme (国家森林病虫害预测预报补助经费). The central level, the forestry administration's pest-forecasting fund and a guide's worked
example are new to the corpus.
Template kind: the central 项目支出绩效目标申报表: 项目名称 / 主管部门及代码 | 实施单位 / 项目资金申请 (万元) 资金总额 | 其中:当年财政拨款 |
其他资金 / 项目绩效目标 / 项目绩效指标 with the columns 指标 | 指标内容 | 指标值 (level 1 产出指标 / 效益指标, NO LEVEL 2).
Layout features: a department CODE glued to its name ("169国家林业局"); spaced label ("项 目 名 称"); an EMPTY money block (资金总额: and
its parts with no amounts); only two levels (指标 = level 1, 指标内容 = the name); targets with a word before the number ("各 1 次"),
spaced units ("2000 次", "200 人次", "2000 种次"), a word target ("有效减少") and a sentence target ending in "。".
Truth: one project 国家森林病虫害预测预报补助经费 (项目名称), NO BUDGET (资金总额 empty) and so no money unit (the block's label names 万元
but holds no amount). Twelve indicators: level1 产出指标 (ten) and 效益指标 (two), level2 null, name the 指标内容 cell, value the 指标值 cell
as written.
Truncation: the capture stops in the third 效益指标 row ("对促进", cut); that row and the rest of the form are left out; the row span of
效益指标 and 项目绩效指标 end at the last reproduced row.
Reconstruction: the capture is a docx text layer GLUED into two runs (the site's page markers "1、" and "2、" cut it; "2、" falls inside a
name and is left out: "发生动态 … 与短期预报报告次数" is read as one name, an INFERENCE); cells are split by the header order and by where a
number or a target word begins: "上报发生情况月报数据的林业有害生物种次 | 2000 种次", "当地主要林业有害生物预报发布率 | 85%" (no space in the
capture), "森林资源生长因害损失量 | 有效减少", "对维护社会稳定的作用 | 通过预警信息的发布,…". The row-spanning labels printed amid their rows
("项目资金申请 (万元)" after the first two money labels, "项目绩效指标" between the sixth and seventh indicator) are placed as spans over
their blocks; the 4-column grid, the 产出指标 span over ten rows and every empty money cell are inferred. The site's upload lines and page
list are left out; the guide's two caption lines and the form's title are kept as paragraphs.
""",
))

# ---------------------------------------------------------------- 203 (seventh round, build half)
_R203 = [  # level1, level2, name (as laid out), target, actual, weight, score
    ("产出指标", "数量指标", "与委托运营方结算完成\n率", "=100%", "100%", "10", "10"),
    ("产出指标", "质量指标", "合同结算条款完成率", "=100%", "100%", "20", "20"),
    ("产出指标", "时效指标", "费用结算及时性", "及时", "及时", "20", "20"),
    ("效益指标", "社会效益指标", "与委托运营方合同完成\n率", "=100%", "100%", "30", "30"),
    ("满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", "10", "10"),
]


def _money203(total, part):
    """The money block of one project (元): caption row, total, parts."""
    return [
        [C("项目资金 (元)", rs=5), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [C("年度资金总额", cs=2)] + total,
        [C("其中:当年财政拨款", cs=2)] + part,
        [C("上年结转资金", cs=2), "0", "0", "", "—", "", ""],
        [C("其他资金", cs=2), "0", "0", "", "—", "", ""],
    ]


def _head203(name, done):
    return [
        [C("项目名称", cs=2), C(name, cs=7)],
        [C("主管部门", cs=2), C("上海市普陀区体育局", cs=3), "实施单位", C("上海市普陀区体育 事业管理中心", cs=3)],
    ]


FILINGS.append(dict(
    dir="203-shanghai-putuo-tiyu-ziping-2022",
    html_title="上海市普陀区体育事业管理中心2022年度项目自评价",
    blocks=[
        ("p", "财政项目支出绩效自评表"),
        ("p", "(2022 年度)"),
        ("table", _head203("普陀体育中心与委托运营方结 算费用", None)
         + _money203(["250000.00", "250000.00", "215,457.6", "10", "86.19%", "8.62"],
                     ["250000.00", "250000.00", "215457.6", "—", "", ""]) + [
            [C("年度 总体 目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C("", cs=4), C("已完成普陀体育中心与委托运营方费用结算。", cs=4)],
            [C("绩 效 指 标", rs=6), "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值", "得分", "偏差原因分析及 改进措施"],
            [C("产出指标", rs=3)] + [x for x in _R203[0][1:]] + [""],
            [x for x in _R203[1][1:]] + [""],
            [x for x in _R203[2][1:]] + [""],
            ["效益指标"] + [x for x in _R203[3][1:]] + [""],
            ["满意度指标"] + [x for x in _R203[4][1:]] + [""],
            [C("总分", cs=6), "100", "98.62", ""],
        ]),
        ("p", "-1-"),
        ("p", "财政项目支出绩效自评表"),
        ("p", "(2022 年度)"),
        ("table", _head203("援滇对口支援及结对帮扶经费", None)
         + _money203(["20000.00", "20000.00", "9,034", "10", "45.17%", "4.52"],
                     ["0", "0", "", "—", "", ""]) + [
            [C("年度 总体 目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C("", cs=4), C("已完成援滇人员相关经费支付。", cs=4)],
        ]),
    ],
    truth={"projects": [
        P("普陀体育中心与委托运营方结 算费用", None, "250000", "元", [
            I(l1, l2, n.replace("\n", ""), v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _R203]),
        P("援滇对口支援及结对帮扶经费", None, "20000", "元", []),
    ]},
    notes="""
Place: 上海市普陀区 (Putuo district, SHANGHAI), district level, 上海市普陀区体育事业管理中心 (the district's sports centre) under 上海市普陀区
体育局; year 2022 (the forms' "(2022 年度)"). Captured from a document-sharing site (pdf.chddh.cn) that shows the PDF
("上海市普陀区体育事业管理中心2022年度项目自评价.pdf") as its text layer. Shanghai is NEW to the corpus (the first filing of a
province-level city other than Tianjin and Chongqing), and so is a sports centre's self-evaluation.
Template kind: the Shanghai 财政项目支出绩效自评表 (the national 2021+ layout): 项目名称 / 主管部门 | 实施单位 / 项目资金(元) 年初预算数 |
全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 by 年度资金总额, 其中:当年财政拨款, 上年结转资金, 其他资金 / 年度总体目标 预期目标 | 实际完成
情况 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 / 总分; TWO PROJECTS, one
table a page.
Layout features: MONEY IN 元 with two decimals and a thousands separator in one cell and not in the next ("250000.00", "215,457.6",
"215457.6", "9,034"); the budget score a fraction (8.62 = 10 × 86.19%) and a 总分 with decimals (98.62); an empty 预期目标; names broken
before their last character ("与委托运营方结算完成 / 率"); ASCII ">=" beside "="; word targets ("及时"); a project name with a
line-wrap space ("普陀体育中心与委托运营方结 算费用", kept); page numbers ("-1-").
Truth: two projects (names as captured, the wrap space kept). 普陀体育中心与委托运营方结 算费用, budget 250000 元 (年初预算数 =
全年预算数 250000.00; 全年执行数 215,457.6), FIVE INDICATORS: value = 年度指标值, actual = 实际完成值, weight = 分值, score = 得分 (the
weights add up to 90 and the scores to 90, which with the budget's 10 and 8.62 make the 总分 100 and 98.62: the split is borne out).
援滇对口支援及结对帮扶经费, budget 20000 元, no indicators. Unit from "项目资金 (元)".
Truncation: the capture stops in the second project's indicator header ("… 总分 -2- 年度 指标值"); its indicator names are in the
capture (经费使用率, 经费完成情况, 经费完成进度, 经费使用完成情况, 满意度) but no target or result: the header and those rows are left
out of every file.
Reconstruction: the capture is a PDF text layer that runs the cells out of order — the first row's labels, then every amount, then
the labels of the money rows, then the indicator targets row by row, then the level words and names. The grid (9 columns) is
rebuilt from the national form: the amounts of the first project are read in row order (250000.00 | 250000.00 | 215,457.6 | 10 |
8.62 for the total — 执行率 86.19% printed after the labels — then 250000.00 | 250000.00 | 215457.6 | — for 当年财政拨款, 0 | 0 | — for
the two empty sources); the targets pair with the names in order (=100%, =100%, 及时, =100%, >=90% for 与委托运营方结算完成率, 合同结算
条款完成率, 费用结算及时性, 与委托运营方合同完成率, 场馆开放满意度) and the levels follow the form. In the second project the only amounts
are 20000.00 | 20000.00 and 4.52, 9,034, 10 and 45.17% printed apart (read as 年初 | 全年 | 执行 9,034 | 分值 10 | 执行率 45.17% | 得分
4.52, 4.52 = 10 × 45.17%); its "其中:当年财政拨款 0 0 —" is kept as that row's cells (it could be the next row's). Where the "—" of
each part row stands is an inference. The file name line and "-2-" are left out.
""",
))

# ---------------------------------------------------------------- 175 (seventh round, build half)
FILINGS.append(dict(
    dir="175-tangshan-zunhua-canlian-zhuanzhi-2019",
    html_title="2019年度村残疾人专职委员工作补贴项目绩效自评报告",
    blocks=[
        ("p", "遵化市残疾人联合会部门整体支出绩效评价报告"),
        ("p", "遵化市预算支出项目绩效评价报告"),
        ("p", "项目名称 村专职委员工作补贴"),
        ("p", "项目单位 遵化市残疾人联合会"),
        ("p", "主管部门 遵化市残疾人联合会"),
        ("p", "考评类型 事前考评□ 事中考评□ 事后考评☑"),
        ("p", "考评方式:部门(单位)绩效自评 财政部门组织考评□"),
        ("p", "考评机构:中介机构□ 部门(单位)考评组☑ 财政考评组□"),
        ("p", "2019 年 11 月 20 日"),
        ("p", "遵化市财政局(制)"),
        ("table", [
            ["项目负责人", "亢兰兰", "联系电话", "6613535"],
            ["地址", "通华东街 86 号", "邮编", "064200"],
            ["项目起止时间", C("2019.1.1-2019.12.30", cs=3)],
            ["计划安排资金(万元)", "21.7", "实际到位资金(万元)", "21.7"],
            ["其中:中央财政", "", "其中:中央财政", ""],
            ["省财政", "", "省财政", ""],
            ["市县财政", "21.7", "市县财政", "21.7"],
            ["其它", "", "其它", ""],
            ["实际支出(万元)", C("21.7", cs=3)],
        ]),
        ("p", "二、项目支出明细情况"),
        ("table", [
            ["支出内容 (经济科目)", "计划支出数", "实际支出数"],
            ["30399 村专职委员工作补贴", "21.7", "21.7"],
            ["支出合计", "21.7", "21.7"],
        ]),
        ("p", "三、项目考评情况"),
    ],
    truth={"projects": [P("村专职委员工作补贴", None, "21.7", "万元", [])]},
    notes="""
Place: 遵化市 (Zunhua, a county-level city of Tangshan, HEBEI), county level, 遵化市残疾人联合会 (the city's disabled persons'
federation); year 2019 (项目起止时间 2019.1.1-2019.12.30, the report dated 2019 年 11 月 20 日). Captured from a document-sharing site
(kunmingchi.com, "2019年度村残疾人专职委员工作补贴项目绩效自评报告.doc"). Hebei is covered (08, 09, 131); Tangshan's Zunhua, a 残联 and
the Hebei county 预算支出项目绩效评价报告 form are new.
Template kind: the 遵化市预算支出项目绩效评价报告 (遵化市财政局(制)): a COVER of label lines (项目名称, 项目单位, 主管部门, 考评类型 / 考评方式 /
考评机构 with check boxes, the date), then 一、项目基本情况 (项目负责人 | 联系电话, 地址 | 邮编, 项目起止时间, 计划安排资金(万元) and
实际到位资金(万元) side by side, each split by source 其中:中央财政 / 省财政 / 市县财政 / 其它, 实际支出(万元); the layout of the
安徽省预算支出项目绩效考评报告), 二、项目支出明细情况 (支出内容 (经济科目) |
计划支出数 | 实际支出数, an economic code before the item "30399 村专职委员工作补贴", 支出合计), 三、项目考评情况 (prose).
Layout features: the project NAME ONLY ON THE COVER (a label line "项目名称 村专职委员工作补贴", no table cell); the budget as
计划安排资金(万元) (planned), beside 实际到位资金 and 实际支出 of the same amount (21.7 everywhere); planned and received money side by
side, each split by source; a table of spending items with an economic-classification code; check boxes ☑ □.
Truth: one project 村专职委员工作补贴 (the cover's 项目名称), budget 21.7 万元 (计划安排资金(万元); every other amount is the same 21.7;
unit from the label). No indicators: the report's 项目绩效目标自评表 (its item 6) is beyond the capture.
Truncation: the capture stops inside the prose of 三、项目考评情况 ((一)项目基本情况 …"每年年底", cut); that prose and the rest of
the report are left out (the heading is kept).
Reconstruction: the capture is a PDF text layer whose cells come OUT OF ORDER (the address split around a number: "地 通华东街 86 号
址 21.7 邮编 064200"; "其中:中央财政" twice before the labels they belong to; the phone number and the dates after later labels). The
4-column grid follows the blank form of the same template (the 安徽省预算支出项目绩效考评报告 shows 计划安排资金(万元) | 实际到位资金(万元)
SIDE BY SIDE, each over 其中:中央财政 / 省财政 / 市县财政 / 其它): 项目负责人 | 联系电话, 地址 | 邮编, 项目起止时间, the two money columns,
实际支出. Of the five amounts 21.7 before 二、, one is taken as each side's total, one as each side's 市县财政 (the captured "省财政 21.7
市县财政 其它 21.7 其它 21.7" is read so: an INFERENCE; the 中央/省/其它 cells are left empty), one as 实际支出. The cover lines are paragraphs as captured (their order restored: the date "2019 年 … 11 月 20 日" was split
around 部门(单位)考评组☑; "考评方式:部门(单位)绩效自评" shows no box, kept so). The site's title and the report's table of contents
(目录 … 附件 7) are left out except the report's title line.
""",
))

# ---------------------------------------------------------------- 205 (seventh round, build half)
_C205 = ("因每年图书馆免开资金不是在年初1月份就到位,上一年的资金按照民生工程要求已经100%落实了支付,资金无结余,这就造成了当年年初开展"
         "工作无经费使用,单位制定资金使用绩效目标的准确性也有一定的影响。")
_G205 = ("2022年年度内,计划使用财政资金3.75万元(每人执法服装单价0.4163万元),购买执法队9名工作人员配备制式服装。推进规范文明执法。")
_P205 = ("项目实施主体为大英县文化市场综合行政执法大队,实施过程中,严格请求汇报制度。由分管领导牵头组织制订服装购买方案,根据实际情况匹配"
         "相应资金,并报局党组会议讨论通过。")
FILINGS.append(dict(
    dir="205-suining-daying-wenlv-ziping-2022",
    html_title="部门预算项目支出绩效自评表(2022年度)",
    blocks=[
        ("table", [
            [C("", rs=4), C("", rs=2), "", "公益性讲座知晓率", "=", "100", "%", "100", "5", "5", ""],
            ["可持续影响指标", "图书馆管理机制健全性", "定性", "好坏", "", "好坏", "5", "5", ""],
            [C("满意度指标", rs=2), C("服务对象满意度指标", rs=2), "活动参与人员满意度", "≥", "95", "%", "95", "5", "5", ""],
            ["聘用人员满意度", "≥", "95", "%", "95", "5", "5", ""],
            [C("合计", cs=8), "100", "100", ""],
            ["评价结论", C("通过免费开放,吸引了更多公众走进图书馆,从而使图书馆更好地发挥其社会公共服务职能,得到了读者的一致好评。", cs=10)],
            ["存在问题", C(_C205, cs=10)],
            ["改进措施", C("及时补充图书馆运营经费,使我县图书馆事业不断发展。", cs=10)],
            [C("项目负责人:", cs=5), C("财务负责人:", cs=5), ""],
            [C("部门预算项目支出绩效自评表(2022年度)", cs=11)],
            ["项目名称", C("51092322T000000436802-文化市场综合行政执法人员制式服装预算经费", cs=10)],
            ["主管部门", C("大英县文化广播电视和旅游局部门", cs=4), C("实施单位 (盖章)", cs=2), C("大英县文化广播电视和旅游局", cs=4)],
            [C("项目基本情况", rs=4), C("1.项目年度目标完成情况", cs=10)],
            [C("项目年度目标", cs=5), C("年度目标完成情况", cs=5)],
            [C(_G205, cs=5), C("执法队配备购置服装数量9套,配备制式服装的人员数量9人。", cs=5)],
            [C("2.项目实施内容及过程概述", cs=3), C(_P205, cs=7)],
        ]),
    ],
    truth={"projects": [
        P(None, None, None, None, [
            I(None, None, "公益性讲座知晓率", "=100%", op="=", value="100", unit="%", actual="100", weight="5", score="5"),
            I(None, "可持续影响指标", "图书馆管理机制健全性", "好坏", value="好坏", actual="好坏", weight="5", score="5"),
            I("满意度指标", "服务对象满意度指标", "活动参与人员满意度", "≥95%", op="≥", value="95", unit="%", actual="95", weight="5",
              score="5"),
            I("满意度指标", "服务对象满意度指标", "聘用人员满意度", "≥95%", op="≥", value="95", unit="%", actual="95", weight="5",
              score="5"),
        ]),
        P("51092322T000000436802-文化市场综合行政执法人员制式服装预算经费", None, None, None, []),
    ]},
    notes="""
Place: 大英县 (Daying county, Suining, Sichuan), county level, 大英县文化广播电视和旅游局 (the county's culture, radio-TV and tourism
bureau: a library's free-opening project and a law-enforcement team's uniforms); year 2022 (the form's "(2022年度)"). Captured from
a site that republishes the county's pages (dyrmt.com, page 29 of a long article: it starts in the middle of one project's table).
Daying is covered (39, 99, 103: 司法局, 交警, a consumer-rights unit); its culture bureau and a library project are new.
Template kind: the Sichuan 部门预算项目支出绩效自评表 (2022, 37's and 39's form): 项目名称 / 主管部门 | 实施单位 (盖章) / 项目基本情况
(1.项目年度目标完成情况: 项目年度目标 | 年度目标完成情况; 2.项目实施内容及过程概述) / 预算执行情况(10分) … / 绩效指标(90分) 一级指标 |
二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 / 合计 / 评价结论 / 存在问题 / 改进措施 /
项目负责人 | 财务负责人.
Layout features: A HEADLESS TAIL — the capture starts in the last rows of the first project's indicator block (no name, no money,
no header: the columns are known only from the form); a SPLIT TARGET (指标性质 | 指标值 | 度量单位) with a "定性" row whose 指标值 is a
word ("好坏") and whose unit is empty; results and points filled in (完成值 | 权重 | 得分: "100 | 5 | 5"); the 合计 row with weight and
score 100 | 100; then the next project's form (title row inside the grid, a name carrying its project code), cut in its money
block.
Truth: two projects. The first has NO NAME AND NO BUDGET (both above the capture): four indicators, value = 指标性质 + 指标值 +
度量单位 ("=100%", "≥95%"; the 定性 row's value is its word "好坏", 定性 no comparator), value_cells op/value/unit, actual (完成值),
weight (权重), score (得分); levels as far as captured — none for the first row (its 一级/二级 cells lie above the capture), level 2
only for the second (可持续影响指标; its level 1 above), both for the satisfaction rows. The second project,
51092322T000000436802-文化市场综合行政执法人员制式服装预算经费 (name as written, code included), has no budget in a cell (the
3.75万元 is in the goal's sentence, not a money cell) and no indicators.
Truncation: the capture starts inside the first project's table (its name, money block, goals, header and earlier indicator rows
are above it: left out) and stops at the second project's label 预算执行情况(10分) (that row and the rest are left out).
Reconstruction: the capture prints each row as "cell | cell |" followed by one "|" per slot the row does not start, a row sometimes
broken over two lines; the 11-column grid is fixed by the form (37, 39). The first row's three left cells (the 绩效指标 label, level 1
and level 2, all above the capture) are EMPTY CELLS here, the label and level-1 cells spanning down as far as the capture shows
they must (inferred); the 定性 row's empty 度量单位 cell is inferred from its "| 好坏 | 5 | 5" continuation; the 项目基本情况 sub-rows are
laid out as in 37 though the capture runs the first three captions into one line; the separator line "| ||||||||||" between the
projects is left out; every span is inferred.
""",
))

# ---------------------------------------------------------------- 177 (seventh round, build half)
_G177 = ("通过医疗救助的实施将改善困难群众就医待遇,推进防范和化解因病致贫返贫长效机制的建立健全,项目完成后,将强化基本医疗保险、大病保险、"
         "医疗救助综合保障水平,更好的确保困难群众不因罹患重特大疾病影响基本生活。")
_A177 = ("2024年度医疗救助惠及11万人次,完成了预期目标,强化了基本医疗保险、大病保险、医疗救助综合保障水平,更好的确保困难群众不因罹患重特大"
         "疾病影响基本生活。")
_M177 = [("分配科学性", "资金分配科学"), ("下达及时性", "资金下达及时"), ("拨付合规性", "资金拨付合规"), ("使用规范性", "资金使用规范"),
         ("执行准确性", "资金执行准确"), ("预算绩效管理情况", "资金预算绩效管理科学"), ("支出责任履行情况", "资金支出责任履行到位")]
FILINGS.append(dict(
    dir="177-luan-huoshan-yibao-jiuzhu-ziping-2024",
    html_title="医疗救助补助资金转移支付项目绩效目标自评表",
    blocks=[
        ("table", [
            [C("医疗救助补助资金转移支付项目绩效目标自评表", cs=8)],
            [C("(2024年度)", cs=8)],
            [C("转移支付(项目)名称", cs=2), C("医疗救助补助资金", cs=6)],
            [C("中央主管部门", cs=2), C("医疗保障局", cs=6)],
            [C("地方主管部门", cs=2), C("医疗保障局", cs=2), "资金使用单位", C("医疗保障局", cs=3)],
            [C("资金投入情况(万元)", cs=3), C("全年预算数(A)", cs=2), C("全年执行数(B)", cs=2), "预算执行率(B/A×100%)"],
            [C("年度资金总额:", cs=3), C("3359.62万", cs=2), C("3359.62万", cs=2), "100%"],
            [C("其中:中央财政资金", cs=3), C("829.3万", cs=2), C("829.3万", cs=2), "100%"],
            [C("彩票公益金用于医疗救助", cs=3), C("0", cs=2), C("0", cs=2), "100%"],
            [C("地方资金", cs=3), C("2530.32万", cs=2), C("2530.32万", cs=2), "100%"],
            [C("其他资金", cs=3), C("", cs=5)],
            [C("资金管理情况", cs=3), C("情况说明", cs=3), C("存在问题和改进措施", cs=2)],
        ] + [[C(a, cs=3), C(b, cs=3), C("暂无", cs=2)] for a, b in _M177] + [
            [C("总体目标完成情况", rs=2), C("总体目标", cs=4), C("全年实际完成情况", cs=3)],
            [C(_G177, cs=4), C(_A177, cs=3)],
            [C("绩效指标", rs=2), "一级 指标", "二级指标", "三级指标", "指标值", "全年实际完成值", C("未完成原因和改进措施", cs=2)],
            ["产 出 指 标", "数量指标", "享受医疗救助人次", "≥50000人次", "110406", C("", cs=2)],
        ]),
    ],
    truth={"projects": [P("医疗救助补助资金", None, "3359.62", "万元", [
        I("产 出 指 标", "数量指标", "享受医疗救助人次", "≥50000人次", actual="110406")])]},
    notes="""
Place: 霍山县 (Huoshan county, Lu'an, Anhui; the county's open-government site ahhuoshan.gov.cn), county level, the county's 医疗保障局
(healthcare-security bureau; the table names every authority only as "医疗保障局"); year 2024 (the caption's "(2024年度)"). Lu'an is
covered (35, 49, 77, 81, 91, 129); Huoshan, a 医保局 and the central 医疗救助补助资金 are new.
Template kind: the national 转移支付(项目)绩效目标自评表 (2021+ layout) of a central transfer: 转移支付(项目)名称 / 中央主管部门 / 地方主管部门 |
资金使用单位 / 资金投入情况(万元) 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) by 年度资金总额:, 其中:中央财政资金, 彩票公益金用于
医疗救助, 地方资金, 其他资金 / 资金管理情况 (情况说明 | 存在问题和改进措施, seven items each "暂无") / 总体目标完成情况 / 绩效指标 一级指标 |
二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施.
Layout features: AMOUNTS WITH "万" INSIDE THE CELLS ("3359.62万", "829.3万") under a label already naming 万元; a lottery-fund row
(彩票公益金用于医疗救助) with 0 and "100%"; the local money larger than the central (2530.32 + 829.3 = 3359.62); the level-1 label spaced
("产 出 指 标"); an actual without the target's unit ("≥50000人次" | "110406"); the caption as a grid row.
Truth: one transfer 医疗救助补助资金 (转移支付(项目)名称), budget 3359.62 万元 (全年预算数(A) of 年度资金总额, "3359.62万"; unit from
"资金投入情况(万元)"). One indicator: 产 出 指 标 / 数量指标 / 享受医疗救助人次 / ≥50000人次, actual 110406.
Truncation: the capture stops in the 质量指标 row ("质量指标 | 医疗救助合规率 | 100", its target cut); that row and the rest of the grid
are left out, and the spans of 绩效指标 and 产 出 指 标 end at the last reproduced row.
Reconstruction: the capture prints each row as "cell | cell |" with one "|" per grid slot the row does not start (8 slots); which cells
take the spare slots is INFERRED: the labels three slots and the money columns two each (no row-spanning 资金投入情况 label: the money
rows start as many cells as the header), the management rows label | text | "暂无" over 3 | 3 | 2, the goal texts 4 | 3, the reason
column two slots. The header's "一级 指标" and the level-1 label end their lines (printed "| " then a line break), read as cells
spanning rows: 绩效指标 over the header and the indicator rows, 产 出 指 标 over its rows.
""",
))

# ---------------------------------------------------------------- 179 (seventh round, build half)
_Q179 = ("慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;市直企业军转干部101人;"
         "驻保部队8家;边海防官兵320人。")
_S179 = "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生"
_M179 = "重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率"
_E179 = ["", C("", cs=4), "", "", ""]
FILINGS.append(dict(
    dir="179-baoshan-tuiyijunren-weiwen-ziping-2022",
    html_title="2022年度项目支出绩效自评表",
    blocks=[
        ("p", "附件1"),
        ("p", "2022年度项目支出绩效自评表"),
        ("p", "单位名称:保山市退役军人事务局 填报日期:2023年4月6日"),
        ("table", [
            ["项目名称", C("春节走访慰问经费", cs=9)],
            ["主管部门", C("保山市退役军人事务局", cs=3), C("项目实施单位", cs=3), C("保山市退役军人事务局", cs=3)],
            ["项目类别", C("1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □", cs=9)],
            ["项目属性", C("1、持续性项目 R 2、新增性项目 □", cs=9)],
            [C("预算执行情况(万元)\n(20分)", rs=2), C("", cs=2), C("预算数(A)", cs=4), "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
            [C("年度财政资金总额", cs=2), C("34.64", cs=4), "34.64", "100%", "20"],
            [C("年度绩效目标\n(80分)", rs=9), "一级指标", "二级指标", C("三级指标", cs=4), "年初目标值(A)", "实际完成值(B)", "得分"],
            [C("产出指标(60分)", rs=4), "数量指标", C(_Q179, cs=4), "100%", "100%", "20"],
            ["质量指标", C("补助经费足额拨付率", cs=4), "100%", "100%", "20"],
            ["时效指标", C("春节前完成走访慰问", cs=4), "按时限完成", "100%", "20"],
            _E179,
            [C("效益指标(10分)", rs=2), "社会效益指标", C(_S179, cs=4), "小于5次", "无上访", "10"],
            _E179,
            [C("满意度指标(10分)", rs=2), "服务对象满意度指标", C(_M179, cs=4), "100%", "100%", "10"],
            _E179,
            [C("总分(100分)", cs=3), C("100", cs=4), "自评等级", C("优", cs=2)],
            ["偏差大或\n目标未完成\n原因分析", C("无", cs=9)],
            ["改进措施及\n结果应用方案", C("无", cs=9)],
        ]),
    ],
    truth={"projects": [P("春节走访慰问经费", None, "34.64", "万元", [
        I("产出指标(60分)", "数量指标", _Q179, "100%", actual="100%", score="20"),
        I("产出指标(60分)", "质量指标", "补助经费足额拨付率", "100%", actual="100%", score="20"),
        I("产出指标(60分)", "时效指标", "春节前完成走访慰问", "按时限完成", actual="100%", score="20"),
        I("效益指标(10分)", "社会效益指标", _S179, "小于5次", actual="无上访", score="10"),
        I("满意度指标(10分)", "服务对象满意度指标", _M179, "100%", actual="100%", score="10"),
    ])]},
    notes="""
Place: 保山市 (Baoshan, Yunnan), city level, 保山市退役军人事务局 (the city's veterans-affairs bureau); year 2022 (the title "2022年度项目支出
绩效自评表", 填报日期 2023年4月6日); captured from a site mirroring the city's pages under another domain (alkalih2o.com, the path of
baoshan.gov.cn's info pages). Yunnan is covered only by 11 (南华); Baoshan and a veterans-affairs bureau are new.
Template kind: the Yunnan city 项目支出绩效自评表 (附件1): 单位名称 | 填报日期 above the grid; 项目名称 / 主管部门 | 项目实施单位 / 项目类别 and
项目属性 with check boxes / 预算执行情况(万元)(20分) 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) by 年度财政资金总额 / 年度绩效
目标(80分) 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 / 总分(100分) | 自评等级 / 偏差大或目标未完成原因分析 /
改进措施及结果应用方案, then 备注.
Layout features: POINTS IN THE LEVEL-1 CELLS ("产出指标(60分)", "效益指标(10分)") and in the labels ("(20分)", "(80分)"); a 得分 column and NO
weight column; EMPTY PLACEHOLDER ROWS after each level-1 block; a NAME THAT IS A LONG LIST of counts ("慰问伤残军人50人;…边海防官兵
320人。") with a percent target; word targets and actuals ("按时限完成", "小于5次" | "无上访"); ticked boxes printed as "R" (a Wingdings
check mark read as a letter, as in 201); 自评等级 "优".
Truth: one project 春节走访慰问经费 (项目名称), budget 34.64 万元 (预算数(A) of 年度财政资金总额; unit from "预算执行情况(万元)"). Five
indicators: level1 with its points as written, level2, name the 三级指标 cell, value the 年初目标值(A); value_cells actual (实际完成值(B))
and score (得分). The three empty rows are not indicators.
Truncation: the capture stops inside the 备注 under the grid ("…相对值按照资金额度加权", cut); the 备注 is left out (the grid is whole).
Reconstruction: the capture prints each cell on its own line followed by a line "|", with a run of "|" for the grid slots a row does not
start (10 slots): which cells take the spare slots is INFERRED (the 三级指标 column four slots; the money header's empty corner two and
预算数(A) four, matching the rows; the labels 主管部门/项目实施单位 and their values three each; 总分 three, its 100 four, 优 two). The
empty rows ("|" five times) are read as five empty cells under 二级指标 … 得分. Label spans (预算执行情况 over two rows, 年度绩效目标 over
nine, the level-1 cells over their rows and the empty row after them) follow the row counts.
""",
))

# ---------------------------------------------------------------- 181 (seventh round, build half)
_W181 = ("任务1:区委区政府下达的绩效考核个性指标任务 任务2:上级团委下达的主要考核任务 任务3:坚持问题导向,积极稳妥推进共青团改革,注重典型选树,"
         "着力加强青少年思想政治引领,把准时代脉搏,丰富宣传教育引领形式,紧扣发展大局,竭诚服务青年,发挥好党联系青年的桥梁作用,坚持从严治团,"
         "树立团干部良好形象。")
_R181 = ("2021年度,团区委总体运行良好,以服务核心引领区建设为中心,以共青团改革为主线,团结带领广大团员青年与时俱进,突破创新,奉献互助,团结进步,"
         "团的建设和各项工作均取得了一定成效。")
FILINGS.append(dict(
    dir="181-yueyang-yueyanglou-tuanwei-zhengti-2021",
    html_title="岳阳楼区2021年度部门(单位)整体支出绩效评价自评报告",
    blocks=[
        ("p", "岳阳楼区2021年度部门(单位)整体支出\n绩效评价自评报告"),
        ("p", "部门(单位)名称: 共青团岳阳楼区委员会"),
        ("p", "预 算 编 码: 106006"),
        ("p", "评价方式:部门(单位)绩效自评"),
        ("p", "评价机构:部门(单位)评价组"),
        ("p", "报告日期:2022年5月18日"),
        ("p", "岳阳楼区财政局(制)"),
        ("table", [
            [C("一、部门(单位)基本概况", cs=7)],
            ["联系人", C("田雨薇", cs=2), "联络电话", C("13873006052", cs=3)],
            ["人员编制", C("5", cs=2), "实有人数", C("5", cs=3)],
            ["职能职责概述", C("行使中共岳阳楼区委赋予的领导全区共青团和少先队工作的职权,对全区青年社团组织进行指导和管理。", cs=6)],
            ["年度主要 工作内容", C(_W181, cs=6)],
            ["年度部门(单位)总体运行情况及取得的成绩", C(_R181, cs=6)],
            [C("二、部门(单位)收支情况", cs=7)],
            [C("年度收入情况(万元)", cs=7)],
            [C("机构名称", rs=2), C("收入合计", rs=2), C("其中:", cs=5)],
            ["上年结转", "公共财 政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他 收入"],
            ["团区委", "70.183715", "0", "68.683715", "0", "0", "1.5"],
        ]),
    ],
    truth={"projects": [P("共青团岳阳楼区委员会", None, "70.183715", "万元", [])]},
    notes="""
Place: 岳阳楼区 (Yueyanglou district, Yueyang, Hunan), district level, 共青团岳阳楼区委员会 (the district's Communist Youth League committee,
团区委; 预算编码 106006); year 2021 (the report's "2021年度", dated 2022年5月18日); captured from a site mirroring the district's pages
under another domain (honglinkj.com, with the district site's path /yylq/…). Yueyanglou is covered by 169 and 201 (project forms of the
district); the Youth League, a district's 部门(单位)整体支出绩效评价自评报告 and its money table are new.
Template kind: the Yueyanglou 2021 部门(单位)整体支出绩效评价自评报告 (岳阳楼区财政局(制)): a cover of label lines (部门(单位)名称, 预算编码,
评价方式, 评价机构, 报告日期), then 一、部门(单位)基本概况 (联系人 | 联络电话, 人员编制 | 实有人数, 职能职责概述, 年度主要工作内容, 年度部门(单位)
总体运行情况及取得的成绩) and 二、部门(单位)收支情况: 年度收入情况(万元) 机构名称 | 收入合计 | 其中: 上年结转 | 公共财政拨款 | 政府基金拨款 |
纳入专户管理的非税收入拨款 | 其他收入, then 部门(单位)年度支出和结余情况(万元) (cut).
Layout features: the department's NAME ONLY ON THE COVER ("部门(单位)名称: 共青团岳阳楼区委员会", a label line, no cell); AMOUNTS WITH SIX
DECIMALS ("70.183715", "68.683715") beside "0" and "1.5"; the money table's row named by the institution ("团区委") under 机构名称; headers
broken inside words ("公共财 政拨款", "其他 收入", "年度主要 工作内容"); section headings as grid rows.
Truth: one department 共青团岳阳楼区委员会 (the cover's 部门(单位)名称), budget 70.183715 万元 — the 收入合计 of 年度收入情况(万元), the
department's total money of the year and the only total in the capture (an INFERENCE: the form has no 预算 cell; 68.683715 is its
公共财政拨款 part, 1.5 其他收入); unit from the caption "(万元)". No indicators: the capture stops before the report's indicator part.
Truncation: the capture stops in the expense table (部门(单位)年度支出和结余情况(万元), its sub-header "人员支出 | 公用支出" cut); that table
and the rest of the report are left out.
Reconstruction: the capture prints each cell on its own line ending " |", with a run of "|" for the grid slots a row does not start (17
slots in the page); the rebuild uses 7 columns (the income row's seven cells) and INFERS every span: the headings over the width, the
label | value rows, 机构名称 and 收入合计 over the two header rows, "其中:" over the five parts. The cover lines are kept as paragraphs.
""",
))

# ------------------------------------------------------------- 241 (eighth round, build half)
_G241 = ("目标1:支持农村金融组织体系建设,扩大农村金融服务覆盖面,目标2:支持重点群体和符合条件的小微企业融资发展,目标3:支持地方因地制宜"
         "打造各具特色的普惠金融发展示范区,增强金融普惠性,推动普惠金融高质量发展,")
_A241 = ("完成情况1:支持农村金融组织体系建设,扩大农村金融服务覆盖面,2:支持重点群体和符合条件的小微企业融资发展,3:支持地方因地制宜"
         "打造各具特色的普惠金融发展示范区,增强金融普惠性,推动普惠金融高质量发展,")
_R241 = [  # level1, level2, name, target, actual, weight, score
    ("产出指标", "数量指标", "创业担保贷款发放额增长率", "≥10%", "115.25%", "20%", "20"),
    ("产出指标", "质量指标", "创业担保贷款回收率", "≥90%", "98.70%", "20%", "20"),
    ("产出指标", "质量指标", "资金足额拨付率", "100%", "100%", "10%", "10"),
    ("产出指标", "质量指标", "地方配套到位率", "100%", "100%", "10%", "10"),
    ("效益指标", "经济效益指标", "创业担保基金放大倍数", "≥2倍", "10倍", "10%", "10"),
    ("效益指标", "社会效益指标", "金融机构网点覆盖率", "≥60%", "85%", "10%", "10"),
    ("满意度指标", "服务对象满意度指标", "申请定向费用补贴金融机构满意度", "≥80%", "≥80%", "10%", "10"),
    ("满意度指标", "服务对象满意度指标", "申报创业担保贷款贴息个人满意度", "≥80%", "100%", "5%", "5"),
    ("满意度指标", "服务对象满意度指标", "申报创业担保贷款贴息小微企业的满意度", "≥80%", "100%", "5%", "5"),
]


def _row241(r):
    return [r[2], r[3], r[4], r[5], r[6]]


FILINGS.append(dict(
    dir="241-sichuan-puhui-jinrong-quyu-ziping",
    html_title="普惠金融发展专项资金",
    blocks=[
        ("table", [
            ["专项名称", C("普惠金融发展专项资金", cs=3), "省级主管部门", C("四川省财政厅", cs=3)],
            [C("资金情况(万元)", rs=3), C("年度金额(提前下达):208万元", cs=3), C("资金使用情况(万元)", rs=3), C("合计:109.8万元", cs=3)],
            [C("中央财政165万元", cs=3), C("中央财政84.5万元", cs=3)],
            [C("省级财政43万元", cs=3), C("省级财政25.3万元", cs=3)],
            ["年度总体目标", C(_G241, cs=3), C(_A241, cs=4)],
            [C("绩效目标完成情况", rs=10), "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"],
            [C("产出指标", rs=4), "数量指标"] + _row241(_R241[0]),
            [C("质量指标", rs=3)] + _row241(_R241[1]),
            _row241(_R241[2]),
            _row241(_R241[3]),
            [C("效益指标", rs=2), "经济效益指标"] + _row241(_R241[4]),
            ["社会效益指标"] + _row241(_R241[5]),
            [C("满意度指标", rs=3), C("服务对象满意度指标", rs=3)] + _row241(_R241[6]),
            _row241(_R241[7]),
            _row241(_R241[8]),
            [C("得分合计", cs=7), "100"],
        ]),
    ],
    truth={"projects": [P("普惠金融发展专项资金", None, "208", "万元", [
        I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _R241])]},
    notes="""
Place: a city or county of SICHUAN (省级主管部门 四川省财政厅), the place itself NOT NAMED in the capture; year NOT PRINTED (the goal
"普惠金融发展示范区" is the one of the fund's rules from 2021 on, so 2021 or later: an inference). Captured from a policy-news aggregator
(chacewang.com) that republishes a local notice as one glued paragraph. Sichuan is covered (37, 39, 41, 63, 65, 67, 99, 103, 205 and
others); the 普惠金融发展专项资金 (inclusive-finance fund: guaranteed start-up loans, small firms) as a REGION SELF-EVALUATION is new
(95 is Shaanxi's target table of the same fund).
Template kind: 区域绩效目标自评表 of a central transfer as Sichuan used it: 专项名称 | 省级主管部门 / 资金情况(万元) 年度金额(提前下达) with its
中央财政 and 省级财政 parts beside 资金使用情况(万元) 合计 with its parts / 年度总体目标 goals | 完成情况 / 绩效目标完成情况 一级指标 | 二级
指标 | 三级指标 | 指标值 | 完成值 | 权重 | 得分 / 得分合计.
Layout features: a WEIGHT COLUMN IN PERCENT ("20%", "10%", "5%") after the actual and before the score; AMOUNTS INSIDE THE LABEL CELLS
("年度金额(提前下达):208万元", "合计:109.8万元", "中央财政165万元") under a label already naming 万元; the budget (208) and the amount used
(109.8) side by side, the parts 165 + 43 = 208 and 84.5 + 25.3 = 109.8; a ratio target with its unit ("≥2倍" | "10倍"); an actual
written as a target ("≥80%"); the goals and their 完成情况 in one cell each.
Truth: one fund 普惠金融发展专项资金 (专项名称), budget 208 万元 (年度金额(提前下达); unit from "资金情况(万元)"). NINE INDICATORS: level1,
level2, name = 三级指标, value = 指标值; value_cells actual (完成值), weight (权重, as written with %), score (得分). The weights add up to
100% and the scores to the 得分合计 100, which bears out the split.
Truncation: none inside the grid; the capture ends with "得分合计100。" (the "。" is the aggregator's, left out).
Reconstruction: the capture LOST EVERY SEPARATOR (one glued run). Cells are split by the header's column order and the sense, and the
splits are INFERENCES: "≥10%115.25%20%20" = ≥10% | 115.25% | 20% | 20, and so on for every row; the money labels are kept with their
amounts in one cell each ("中央财政165万元"), the two money blocks side by side (年度金额 with 中央/省级 under it, 资金使用情况 with 合计 and
中央/省级 under it), as the order of the run suggests; the goal text runs to the first "完成情况" and the 完成情况 text to 绩效目标完成情况.
The caption row and the 得分合计 row are grid rows; the 8-column grid and every span are inferred. Level-2 labels stand before their
first row and are filled down (质量指标 over three rows, 服务对象满意度指标 over three).
""",
))

# ------------------------------------------------------------- 211 (eighth round, build half)
_G211 = ("支持欠发达国有林场基础设施建设,补齐必要的配套基础设施建设短板,有效保护管理好马鹿坑国有林场的野生动物资源,及时有效救助各类受到伤害的"
         "野生动物,新建马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,能同时收容近百头(只)野生动物。")
_A211 = "完成马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,能同时收容近百头(只)野生动物。"
_R211 = [  # level1, level2, name, target, actual, weight, score
    ("产出指标", "数量指标", "野生动物收容所", "≥200平方米", "204.46平方米", "10", "10"),
    ("产出指标", "数量指标", "钢结构圈养围栏", "≥120米", "121.5米", "10", "10"),
    ("产出指标", "时效指标", "项目完工时限", "2023年12月", "2023年10月", "15", "15"),
    ("产出指标", "质量指标", "项目竣工验收率", "100%", "100%", "15", "15"),
    ("效益指标", "经济效益指标", "务工人员年人均增收", "≥8400元", "8400元", "10", "10"),
    ("效益指标", "社会效益指标", "提供务工岗位", "≥5个", "5个", "10", "10"),
    ("效益指标", "可持续影响指标", "项目建成后可持续影响年限", "≥15年", "15年", "10", "10"),
]


def _row211(r):
    return [r[1], r[2], r[3], r[4], r[5], r[6], "无"]


FILINGS.append(dict(
    dir="211-lincang-linxiang-shourongsuo-ziping-2023",
    html_title="2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表",
    blocks=[
        ("p", "2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表"),
        ("p", "来源:\n作者: 时间:2023-12-01 点击率:"),
        ("table", [
            [C("项目支出绩效自评表", cs=9)],
            [C("( 2023年度)", cs=9)],
            ["项目名称", C("2023年马鹿坑国有林场新建野生动物收容所建设项目", cs=8)],
            ["主管部门", C("临沧市临翔区林业和草原局", cs=3), "实施单位", C("临沧市临翔区林业和草原局", cs=4)],
            [C("项目资金 (万元)", rs=3), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [C("年度资金总额", cs=2), "", "32.4", "31.69", "10", "97.80%", "9"],
            [C("其中:当年财政拨款", cs=2), "", "32.4", "31.69", "10", "97.80%", "9"],
            [C("年度 总体 目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4)],
            [C(_G211, cs=4), C(_A211, cs=4)],
            [C("绩效指标", rs=8), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            [C("产出指标", rs=4)] + _row211(_R211[0]),
            _row211(_R211[1]),
            _row211(_R211[2]),
            _row211(_R211[3]),
            [C("效益指标", rs=3)] + _row211(_R211[4]),
            _row211(_R211[5]),
            _row211(_R211[6]),
        ]),
    ],
    truth={"projects": [P("2023年马鹿坑国有林场新建野生动物收容所建设项目", None, "32.4", "万元", [
        I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _R211])]},
    notes="""
Place: 临翔区 (Linxiang district, Lincang, Yunnan; the district's site ynlx.gov.cn), district level, 临沧市临翔区林业和草原局 (the
district's forestry and grassland bureau, both 主管部门 and 实施单位) for the 马鹿坑国有林场 (a state forest farm); year 2023 (the title
and "( 2023年度)", published 2023-12-01). Yunnan is covered by 11 (南华), 179 (保山) and a Lincang filing of an earlier round; Linxiang,
a forestry bureau and a wildlife-shelter construction project are new.
Template kind: the national 项目支出绩效自评表 (2021+ layout) as Yunnan districts fill it: 项目名称 / 主管部门 | 实施单位 / 项目资金(万元)
年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 by 年度资金总额 and 其中:当年财政拨款 / 年度总体目标 预期目标 | 实际完成情况 /
绩效指标 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
Layout features: 年初预算数 EMPTY beside 全年预算数 32.4 (the first money cell of each row blank), execution below the budget (31.69,
97.80%, budget score 9 of 10); the level-2 label REPEATED on unmerged rows ("数量指标" twice) and 时效指标 before 质量指标; targets with
units and comparators ("≥200平方米", "≥8400元") against actuals without the comparator ("204.46平方米", "8400元"); a date target and
a date actual ("2023年12月" | "2023年10月"); "无" in every reason cell; weights 10/15 that add up, with the cut satisfaction row and
the budget's 10, to 100.
Truth: one project, name = 项目名称, budget 32.4 万元 (全年预算数 of 年度资金总额; 年初预算数 is empty; unit from "项目资金 (万元)"). Seven
indicators: level1 filled down over its rows, level2 as written on each row, value = 年度指标值, value_cells actual (实际完成值),
weight (分值), score (得分).
Truncation: the capture stops in the satisfaction row ("满意度指标 | 服务对象满意度指标 | 受益农户满意度 ", its target cut); that row and
the rest of the form (总分 and after) are left out, and the span of 绩效指标 ends at the last reproduced row.
Reconstruction: the capture prints each row as "cell | cell |" on one line, some rows broken after their first cell ("年度资金总额 |" then
"| 32.4 | …"), with no sign of spans. The 9-column grid is fixed by the indicator header; the money rows hold a label and six cells
(the empty 年初预算数 first, read from the leading "|" of the continued line), so the label column and the empty corner above them are
taken to span two columns (an inference), with 项目资金 (万元) down the three money rows. The title and year rows are taken as
grid rows over the width (the capture ends them with "|"); the page title and the 来源/作者/时间 line above are paragraphs. The lone "|"
lines before and after the indicator header are taken as row breaks of the page, not as rows (left out). 主管部门's and 实施单位's
value spans (3 and 4 columns), 年度 总体 目标 over two rows and the goal texts over four columns each are inferred; 产出指标 spans its
four rows and 效益指标 its three.
""",
))

# ------------------------------------------------------------- 221 (eighth round, build half)
_M221 = [  # month, amount, vouchers
    ("2015年12月城乡低保", "70.1", "1月31日9号凭证"),
    ("2016年1月城乡低保", "70.2", "1月31日42、43号凭证"),
    ("2016年2月城乡低保", "69.3", "1月31日5、6号凭证"),
    ("2016年3月城乡低保", "66.9", "4月30日3、4号凭证"),
    ("2016年4月城乡低保", "67.1", "5月31日14、15号凭证"),
    ("2016年5月城乡低保", "67.1", "5月31日39、40号凭证"),
    ("2016年6月城乡低保", "67.4", "6月30日35、36号凭证"),
    ("2016年7月城乡低保", "67.4", "7月31日31、32号凭证"),
]
FILINGS.append(dict(
    dir="221-yueyang-nanhu-dibao-ziping-2016",
    html_title="岳阳市南湖新区财政支出项目绩效评价自评报告(低保专项)",
    blocks=[
        ("p", "附件3-2"),
        ("p", "岳阳市南湖新区财政支出项目绩效评价自评报告"),
        ("p", "评价类型:项目实施过程评价□ 项目完成结果评价■"),
        ("p", "项目名称 低保专项"),
        ("p", "项目单位 南湖新区民政局"),
        ("p", "主管部门"),
        ("p", "评价方式:部门(单位)绩效自评"),
        ("p", "评价机构:部门(单位)评价组"),
        ("p", "报告日期:2017年 7月 15日"),
        ("p", "岳阳市南湖新区财政局(制)"),
        ("table", [
            [C("一、项 目 基 本 概 况", cs=8)],
            ["项目负责人", C("胡 军", cs=3), "联系电话", C("13575009550", cs=3)],
            ["项目地址", C("南湖新区民政局", cs=3), "邮 编", C("414000", cs=3)],
            ["项目起止时间", C("2016 年 1 月起至 2016 年 12 月止", cs=7)],
            ["计划安排资金 (万元)", "1208.75", "实际到位资金 (万元)", "1208.75", "实际支出 (万元)", "991.51", "结余(万元)", "217.24"],
            ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""],
            ["省财政", "1125", "省财政", "1125", "省财政", "907.76", "省财政", "217.24"],
            ["市财政", "33.75", "市财政", "33.75", "市财政", "33.75", "市财政", ""],
            ["区财政", "50", "区财政", "50", "区财政", "50", "区财政", ""],
            ["其它", "", "其它", "", "其它", "", "其它", ""],
            [C("二、项目支出明细情况", cs=8)],
            [C("支出内容", cs=2), C("实际支出数", cs=2), C("会计凭证号", cs=2), C("备注", cs=2)],
        ] + [[C(m, cs=2), C(a, cs=2), C(v, cs=2), C("", cs=2)] for m, a, v in _M221]),
    ],
    truth={"projects": [P("低保专项", None, "1208.75", "万元", [])]},
    notes="""
Place: 南湖新区 (Nanhu New District, YUEYANG, HUNAN), district level, 南湖新区民政局 (the district's civil-affairs bureau); the project's
year 2016 (项目起止时间 2016 年 1 月起至 2016 年 12 月止), the report dated 2017年 7月 15日. Captured from the district's own site
(yynanhu.yueyang.gov.cn). Yueyang is covered (12, 169, 181, 201 and others); Nanhu New District, the urban-rural subsistence allowance
(城乡低保) and the 2016-17 Yueyang 财政支出项目绩效评价自评报告 (附件3-2) are new. 220 (held out) is a sibling page of the same district,
form and date (优抚).
Template kind: 岳阳市南湖新区财政支出项目绩效评价自评报告 (附件3-2, 岳阳市南湖新区财政局(制)): a COVER of label lines (评价类型 with check
boxes, 项目名称, 项目单位, 主管部门 (empty), 评价方式, 评价机构, 报告日期), then 一、项目基本概况 (项目负责人 | 联系电话, 项目地址 | 邮编,
项目起止时间, four money columns side by side: 计划安排资金 (万元) | 实际到位资金 (万元) | 实际支出 (万元) | 结余(万元), each split by
source 其中:中央财政 / 省财政 / 市财政 / 区财政 / 其它) and 二、项目支出明细情况 (支出内容 | 实际支出数 | 会计凭证号 | 备注), cut.
Layout features: the project NAME ONLY ON THE COVER (a label line "项目名称 低保专项", no cell); FOUR money blocks side by side with
the same source labels repeated in each ("其中:中央财政" four times on one row, "省财政 | 1125 | 省财政 | 1125 | 省财政 | 907.76 | 省财政 |
217.24"); planned = received (1208.75) above the spending (991.51) and a 结余 217.24, all of it provincial money; a monthly spending
table whose items are months ("2015年12月城乡低保"); section headings as grid rows.
Truth: one project 低保专项 (the cover's 项目名称), budget 1208.75 万元 (计划安排资金 (万元), the planned money of the year, as in 175 and
220; 实际到位资金 is the same; unit from the label). The sources add up: 1125 + 33.75 + 50 = 1208.75, 907.76 + 33.75 + 50 = 991.51. No
indicators: the capture stops in the monthly spending table, long before the report's 三、项目绩效自评情况.
Truncation: the capture stops inside the run of empty slots after the 2016年7月城乡低保 row (its three cells are whole; 备注 empty); the
later months, 支出合计 and the rest of the report are left out.
Reconstruction: the capture prints each cell on its own line ending " |", with a run of "|" for the grid slots a row does not start
(22 slots in the page's grid: 4 cells and 18 "|", 8 cells and 14 "|"); empty cells are not printed, so which cells are empty is read
from the counts and the sums (a source label followed directly by the next label has an empty amount). The rebuild uses 8 columns
(the money row's eight cells) and INFERS every span: the headings over the width, the label | value rows (values over three columns),
项目起止时间 over seven, the spending table's four columns over two each, 备注 empty on every month row.
""",
))

# ------------------------------------------------------------- 213 (eighth round, build half)
_N213 = "省级财政衔接推进乡村振兴补助资金(欠发达国有林场巩固提升任务)"
_G213 = ("改善和提升陈仓区冯家河国有林场基础设施建设,提升欠发达林场职工生产生活水平,补齐必要的配套基础设施建设。促进欠发达林场特色优势产业"
         "发展,逐步培育现代林业园区、建设森林康养、森林体验、自然教育等特色旅游基地等,带动林场职工和当地群众增收。利用林地优势或采用场内外"
         "造林、林业专业合作社等方式,培育珍贵树种和优良乡土树种,开展大径林木基地建设,带动周边村集体经济发展。")
FILINGS.append(dict(
    dir="213-baoji-chencang-fengjiahe-linchang-2024",
    html_title="陈仓区2024年省级财政衔接推进乡村振兴补助资金(欠发达国有林场巩固提升任务)绩效目标表",
    blocks=[
        ("p", "区林业局:"),
        ("p", "根据市财政局《关于下达2024年省级财政衔接推进乡村振兴补助资金(欠发达国有林场巩固提升任务)预算的通知》(宝市财办资环[2024]56号),"
              "现将2024年省级财政衔接推进乡村振兴资金120万元下达你单位,专项用于冯家河欠发达国有林场巩固提升项目,列入“2130599-其他乡村振兴支出”"
              "一般公共预算支出科目。"),
        ("p", "请你单位认真贯彻落实各级党委政府《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的(实施)意见》精神,按照《财政衔接推进乡村振兴"
              "补助资金管理办法》要求,尽快制定落实具体项目实施方案,切实加强资金管理,提高资金使用效益。"),
        ("p", "附件:陈仓区2024年省级财政衔接推进乡村振兴补助资金(欠发达国有林场巩固提升任务)绩效目标表"),
        ("p", "公告时间:长期公开\n单位地址:陈仓区机关集中安置中心1号楼619室\n邮箱:ccqncg@163.com\n监督电话:0917-6231011\n12317\n受理人:范丹妮"),
        ("table", [
            [C("附件", cs=10)],
            [C("陈仓区2024年省级财政衔接推进乡村振兴补助资金(欠发达国有", cs=10)],
            ["资金名称", C(_N213, cs=9)],
            ["区级主管单位", C("陈仓区林业局", cs=3), "实施单位", C("陈仓区冯家河林场", cs=5)],
            [C("资金金额(万元)", rs=3), "年底金额(万元)", C("120", cs=8)],
            ["其中:省级补助", C("120", cs=8)],
            ["其他", C("", cs=8)],
            ["总体目标", C(_G213, cs=9)],
        ]),
    ],
    truth={"projects": [P(_N213, None, "120", "万元", [])]},
    notes="""
Place: 陈仓区 (Chencang district, Baoji, Shaanxi), district level: the district finance bureau's notice to 区林业局 passing down a
provincial 衔接 (rural-revitalisation) fund for a state forest farm (实施单位 陈仓区冯家河林场); year 2024 (宝市财办资环[2024]56号, the
attachment's title). Chencang is covered by held-out filings of rounds two and five (60, a 2020 water form; 116, a 2021 forestry 区域
table); this 2024 form, a forest farm and the 欠发达国有林场巩固提升 task are new.
Template kind: the Baoji/Chencang 衔接资金 绩效目标表 (the attachment of a 下达 notice): 附件 and a title row inside the grid, 资金名称 /
区级主管单位 | 实施单位 / 资金金额(万元) over 年底金额(万元) (the year's amount), 其中:省级补助, 其他 / 总体目标, then the indicator rows
(cut).
Layout features: the BUDGET LABEL IS "年底金额(万元)" (a slip for 年度金额, it seems: kept as written) under a row label 资金金额(万元)
that spans the three money rows, the amount in a cell spanning eight columns; the title row inside the grid CUT at the page's cell
width ("…补助资金(欠发达国有", the rest of the title not printed); the notice's prose repeats the amount ("120万元下达你单位"); a
footer of contact lines (公告时间, 单位地址, 邮箱, 监督电话, 受理人) between the notice and the table.
Truth: one fund, name = 资金名称 as written, budget 120 万元 (年底金额(万元), equal to 其中:省级补助 and to the notice's 120万元; unit
from the labels "(万元)"). No indicators: the capture stops in the 总体目标 row.
Truncation: the capture stops right after the 总体目标 text ("…带动周边村集体经济发展。 | ||", the row's trailing slots cut); the text is
kept whole (it ends with "。"), and the indicator rows and anything after them are left out.
Reconstruction: the capture prints each cell as "text |" on its own line and the grid slots a row does not start as runs of "|" (ten
slots per row: "附件 |" then nine; 资金金额(万元) | 年底金额(万元) | 120 then seven; 其中:省级补助 | 120 then eight, one of them the
slot under the row label). The 10-column grid is fixed by those counts; every span is INFERRED: 附件 and the title over the width, the
name and the goal over nine columns, 陈仓区林业局 over three and 陈仓区冯家河林场 over five (the split of the six spare slots is a
guess), 资金金额(万元) down three rows, the amounts and the empty 其他 cell over eight. The notice and the footer lines are paragraphs.
""",
))

# ------------------------------------------------------------- 243 (eighth round, build half)
_N243 = "铁路沿线环境及安全整治管理机制健全性"
FILINGS.append(dict(
    dir="243-suining-daying-tielu-yanxian-ziping-tail",
    html_title="部门预算项目支出绩效自评表",
    blocks=[
        ("table", [
            [C("", rs=8), C("", rs=4), "", "安全警示标志设置及时率", "=", "100", "%", "100", "5", "", ""],
            [C("成本指标", rs=3), "安全隐患排查成本预算", "=", "6", "万元", "6", "5", "", ""],
            ["警示标志设置成本预算", "=", "5", "万元", "5", "5", "", ""],
            ["清理垃圾成本预算", "=", "4", "万元", "4", "5", "", ""],
            [C("效益指标", rs=3), C("社会效益指标", rs=2), "环境治理亮化美化率", "≥", "90", "%", "93", "10", "", ""],
            ["安全隐患排查有效处置率", "≥", "90", "%", "91", "10", "", ""],
            ["可持续影响指标", _N243, "定性", "优良中低差", "", "优", "10", "", ""],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "95", "%", "96", "10", "", ""],
            [C("合计", cs=8), "100", "", ""],
            ["评价结论", C("预算编制质量较高,完成预算目标,总体评价良好。", cs=10)],
            ["存在问题", C("", cs=10)],
            ["改进措施", C("", cs=10)],
            [C("项目负责人:", cs=5), C("财务负责人:", cs=5), ""],
        ]),
    ],
    truth={"projects": [P(None, None, None, None, [
        I(None, None, "安全警示标志设置及时率", "=100%", op="=", value="100", unit="%", actual="100", weight="5"),
        I(None, "成本指标", "安全隐患排查成本预算", "=6万元", op="=", value="6", unit="万元", actual="6", weight="5"),
        I(None, "成本指标", "警示标志设置成本预算", "=5万元", op="=", value="5", unit="万元", actual="5", weight="5"),
        I(None, "成本指标", "清理垃圾成本预算", "=4万元", op="=", value="4", unit="万元", actual="4", weight="5"),
        I("效益指标", "社会效益指标", "环境治理亮化美化率", "≥90%", op="≥", value="90", unit="%", actual="93", weight="10"),
        I("效益指标", "社会效益指标", "安全隐患排查有效处置率", "≥90%", op="≥", value="90", unit="%", actual="91", weight="10"),
        I("效益指标", "可持续影响指标", _N243, "优良中低差", value="优良中低差", actual="优", weight="10"),
        I("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", op="≥", value="95", unit="%", actual="96", weight="10"),
    ])]},
    notes="""
Place: 大英县 (Daying county, Suining, Sichuan) by inference: the page is on the county media centre's site (dyrmt.com), which
publishes Daying's unit self-evaluations as pages of long articles (205, and the held-out 88 and 178); the unit is NOT NAMED in
the capture (a railway-line environment and safety project: 铁路沿线环境及安全整治, a city-management, transport or town body).
Year NOT PRINTED in the capture (the form is the Sichuan 部门预算项目支出绩效自评表 of 2022/2023; the article's number, 133731, sits
beside 205's 133619 of the 2022 evaluations: 2022 likely, an inference). Daying is covered (39, 99, 103, 205); a railway-line
safety project (warning signs, hazard checks, rubbish clearing) is new.
Template kind: the Sichuan 部门预算项目支出绩效自评表 (205's and 178's form): 绩效指标 over 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 |
度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析, then 合计, 评价结论 / 存在问题 / 改进措施, 项目负责人 | 财务负责人.
Layout features: A HEADLESS TAIL — the capture starts inside the indicator grid (no project name, no money, no header; the first
row has neither level cell); SPLIT TARGETS (指标性质 "=" / "≥" / "定性" | 指标值 | 度量单位: "= | 6 | 万元"); a 定性 row whose 指标值 is
the scale "优良中低差", its unit empty and its result "优"; RESULTS AND WEIGHTS FILLED BUT NO SCORES (完成值 | 权重 filled, 得分 empty,
the 合计 row "100" under 权重 only); amounts in 万元 as split targets of cost rows; a conclusion sentence and two empty comment rows.
Truth: one project with NO NAME AND NO BUDGET (both above the capture): EIGHT INDICATORS, value = 指标性质 + 指标值 + 度量单位
("=100%", "=6万元", "≥90%"; the 定性 row's value is its scale "优良中低差", no comparator, as 205's "好坏"), value_cells op / value /
unit, actual (完成值), weight (权重); levels as far as captured — none for the first row, level 2 only for the cost rows (their
level 1, 产出指标 it seems, lies above the capture), both for the 效益 and 满意度 rows. The weights of the captured rows add up to 60
of the 合计 100 (the rest above the capture).
Truncation: the capture starts inside the grid (the project's name, money block, goals, header and earlier output rows are above
it: left out); it ends at the signature row (whole).
Reconstruction: the capture prints each row as "cell |", an EMPTY cell as a line "|", and one "|" per slot covered from above or
from the left at the end of the row; with the form's 11 columns this places every cell: the first row starts at 三级指标 (three
covered slots), its "5" is the 权重 and two empty cells follow (得分, 未完成原因分析); the 合计 row is 合计 over eight columns | 100 |
empty | empty, so the 100 is the weight total and no score was given (the same count reads 205's filled rows "100 | 5 | 5"). The
first row's label, level-1 and level-2 cells (above the capture) are empty cells here, the label and level-1 cells spanning down as
far as the capture shows they must; 成本指标 spans its three rows, 效益指标 three, 社会效益指标 two; every span is inferred.
""",
))

# ------------------------------------------------------------- 223 (eighth round, build half)
_G223 = ("采购两个年级教学软件,两套班班通,四台台式电脑和四台笔记本电脑,一套室外康复运动器材,使得教育教学条件得到大力改善,提升特殊教育质量。")
_R223 = [  # level2 (None: continues), name, target, actual, weight, score
    ("数量指标", "培智教学软件2套", "100%", "100%", "10", "10"),
    (None, "台式电脑4台、笔记本电脑4台、班班通设备2套", "100%", "100%", "5", "5"),
    (None, "室外康复运动设施1套", "100%", "100%", "5", "5"),
    ("质量指标", "培智教学软件验收合格率", "100%", "100%", "10", "10"),
    (None, "台式电脑4、笔记本电脑、班班通设备验收合格率", "100%", "100%", "5", "5"),
    (None, "室外康复运动设施验收合格率", "100%", "100%", "5", "5"),
    ("时效指标", "根据资金到位时间执行项目进度", "100%", "100%", "10", "10"),
]
_S223 = [  # level1, level2, name, target, actual, weight, score
    ("效益\n指标", "社会效益\n指标", "特殊教育资源", "扩大", "扩大", "30", "30"),
    ("满意度指标", "服务对象\n满意度指标", "残疾学生、家长满意度", "90%", "98%", "5", "5"),
    ("满意度指标", "服务对象\n满意度指标", "特殊教育教师满意度", "90%", "98%", "5", "5"),
]
_A223 = ["28.1", "28.1", "28.1", "28.1", "10", "100%", "10"]


def _l2_223(i):
    """The level 2 of output row i, filled down."""
    while _R223[i][0] is None:
        i -= 1
    return _R223[i][0]


FILINGS.append(dict(
    dir="223-luan-huoshan-tejiao-ziping-2024",
    html_title="霍山县特殊教育补助资金转移支付整体绩效目标自评表 (学校经费投入及使用情况)",
    blocks=[
        ("p", "霍山县特殊教育补助资金转移支付整体绩效目标自评表 (学校经费投入及使用情况)"),
        ("p", "浏览次数: 发表时间:2025-03-20 08:44 信息来源:霍山县教育局"),
        ("p", "霍山县特殊教育补助资金转移支付整体绩效目标自评表"),
        ("p", "(2024年度)"),
        ("table", [
            [C("转移支付(项目)名称", cs=2), C("特殊教育补助资金", cs=7)],
            [C("市级主管部门", cs=2), C("六安市教育体育局", cs=7)],
            [C("项目资金(万元)", rs=7), "", C("年初预算数", cs=2), "全年预算数(A)", "全年执行数(B)", "分值", "预算执行率(B/A)", "得分"],
            ["年度资金总额:"] + _A223,
            ["其中:中央资金"] + _A223,
            ["省级资金", "", "", "", "", "", "", ""],
            ["市级资金", "", "", "", "", "", "", ""],
            ["县级资金", "", "", "", "", "", "", ""],
            ["其他资金", "", "", "", "", "", "", ""],
            [C("年度总体目标", rs=2), C("年初设定目标", cs=4), C("全年实际完成情况", cs=4)],
            [C(_G223, cs=4), C("严格按照年初预算执行,采购手续合规合法,完成率100%。", cs=4)],
            [C("绩效指标", rs=11), "一级\n指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值", "分值", "得分", "未完成原因和改进措施"],
            [C("", rs=7), C("数量指标", rs=3)] + list(_R223[0][1:]) + [""],
            list(_R223[1][1:]) + [""],
            list(_R223[2][1:]) + [""],
            [C("质量指标", rs=3)] + list(_R223[3][1:]) + [""],
            list(_R223[4][1:]) + [""],
            list(_R223[5][1:]) + [""],
            ["时效指标"] + list(_R223[6][1:]) + [""],
            list(_S223[0]) + [""],
            [C("满意度指标", rs=2), C("服务对象\n满意度指标", rs=2)] + list(_S223[1][2:]) + [""],
            list(_S223[2][2:]) + [""],
            [C("分总", cs=6), "100", "100", ""],
        ]),
    ],
    truth={"projects": [P("特殊教育补助资金", None, "28.1", "万元",
                          [I(None, _l2_223(i), n, v, actual=a, weight=w, score=s) for i, (_, n, v, a, w, s) in enumerate(_R223)]
                          + [I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _S223])]},
    notes="""
Place: 霍山县 (Huoshan county, LU'AN, ANHUI), county level, 霍山县教育局 (the county's education bureau; the funds go to its special
school's spending, "学校经费投入及使用情况"); year 2024 (the table's "(2024年度)", posted 2025-03-20). Captured from the county's own
site (www.ahhuoshan.gov.cn). Lu'an and Huoshan are covered (177, the county 医保局's form of the same year); the special-education
subsidy (特殊教育补助资金) and the county's 转移支付整体绩效目标自评表 with a 年初预算数 column, 分值 | 得分 and an empty level-1 cell are new.
Template kind: Anhui county 转移支付整体绩效目标自评表 (2024): 转移支付(项目)名称 / 市级主管部门 / 项目资金(万元) 年初预算数 | 全年预算数(A) |
全年执行数(B) | 分值 | 预算执行率(B/A) | 得分 by 年度资金总额: / 其中:中央资金 / 省级资金 / 市级资金 / 县级资金 / 其他资金 / 年度总体目标
年初设定目标 | 全年实际完成情况 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年实际完成值 | 分值 | 得分 | 未完成原因和改进措施 /
分总 (sic, for 总分) / 说明.
Layout features: the LEVEL-1 CELL OF THE OUTPUT BLOCK IS EMPTY (the capture starts the first indicator row with a run of spaces before
"数量指标"; no 产出指标 anywhere), while 效益指标 and 满意度指标 are written; level cells broken over lines ("效益\n指标", "社会效益\n指标",
"服务对象\n满意度指标", the caption "一级\n指标"); names that are counts of things bought ("培智教学软件2套") with a percent target; a word
target ("扩大"); weights 10/5/5 … 30 adding up to 90 with the budget's 10 to the 分总 100; the money row ONE AMOUNT LONGER than its
captions (four 28.1 under three money captions); "分总" for 总分.
Truth: one fund 特殊教育补助资金 (转移支付(项目)名称), budget 28.1 万元 (全年预算数(A); every amount of the row is 28.1; unit from
"项目资金(万元)"). TEN indicators: level1 None for the seven output rows (the cell is empty; nothing to fill down from), "效益\n指标"
and 满意度指标 as written; level2 filled down; name = 三级指标; value = 年度指标值; value_cells actual (全年实际完成值), weight (分值),
score (得分). The 分总 row is not an indicator.
Truncation: the capture stops inside the 说明 note under the grid ("注:1.其他资金包括和", cut); the 说明 row is left out. The page's
breadcrumb and "字体:[  ]" are left out.
Reconstruction: the capture is the table's text with cells separated by spaces, one row a line (cells with line breaks run over
lines); the 9-column grid follows the indicator header. The money row prints seven values under six captions: the extra column is
INFERRED to belong to 年初预算数 (spanning two columns; all four amounts are 28.1, so the budget does not depend on it). The empty
corner above 年度资金总额:, the empty amounts of the 省级/市级/县级/其他资金 rows, the empty 未完成原因 cells, the empty level-1 cell over
the seven output rows and the spans (项目资金 over seven rows, 年度总体目标 over two, 绩效指标 over eleven, 分总 over six columns) are
inferred from the row counts and the form.
""",
))

# ------------------------------------------------------------- 215 (eighth round, build half)
_N215 = "2022年度省级对下转移支付地质灾害防治专项资金"
FILINGS.append(dict(
    dir="215-sanming-shaxian-dizhi-zaihai-2023",
    html_title="三明市沙县区财政局 三明市沙县区自然资源局关于下达2023年省级地质灾害防治专项资金的通知",
    blocks=[
        ("p", "三明市沙县区财政局 三明市沙县区自然资源局关于下达2023年省级地质灾害防治专项资金的通知"),
        ("p", "高砂镇财政所:"),
        ("p", "根据《三明市财政局 三明市自然资源局关于提前分解下达2023年省级地质灾害防治专项资金(市县第一批)的通知》(明财(资环)指〔2022〕54号)"
              "和区自然资源局《关于要求下达2023年度省级地质灾害防治专项资金的函》,现将下达你单位高砂镇地质灾害排危除险工程包100万元,款列“2240601"
              "地质灾害防治”,政府预算支出经济分类科目“50302基础设施建设”,指标来源市财政局。有关事项通知如下:"),
        ("p", "一、请对照绩效目标和任务,加快项目实施和预算执行进度,确保按期完成年度绩效目标,从1月起每个季度末要将项目季度进展情况和资金使用情况"
              "报送区自然资源局,在2024年2月底将资金年度绩效评价自评表与自评报告报送区自然资源局、区财政局,报送材料需加盖公章并附电子版。"),
        ("p", "二、要按《福建省地质灾害防治专项资金管理办法》等有关规定,加快推进项目实施和预算执行进度,强化资金监督和绩效管理,按照项目进度及时更新"
              "“福建省地质灾害综合管理”系统实施阶段项目数据,确保如期完成年度任务,切实提高财政资金使用效益。"),
        ("p", "附件:沙县区地质灾害防治专项资金绩效目标表"),
        ("p", "三明市沙县区财政局\n三明市沙县区自然资源局\n2023年1月3日"),
        ("table", [
            [C("附件", cs=12)],
            [C("沙县区地质灾害防治专项资金绩效目标表", cs=12)],
            ["专项名称", C(_N215, cs=11)],
            ["主管部门(单位)名称及部门预算编码", C("福建省自然资源厅", cs=5), "补助区域", C("高砂镇", cs=5)],
            [C("资金情况 (万元)", rs=3), "资金总额:", C("100", cs=10)],
            ["其中:财政拨款", C("100", cs=10)],
            ["其他资金", C("", cs=10)],
        ]),
    ],
    truth={"projects": [P(_N215, None, "100", "万元", [])]},
    notes="""
Place: 沙县区 (Shaxian district, Sanming, Fujian), district level: the district finance bureau and 自然资源局 passing a provincial
geological-hazard fund down to 高砂镇 (a township, 补助区域) for a hazard-removal works package (排危除险工程包); year 2023 (the notice of
2023年1月3日; the table's 专项名称 says "2022年度…", kept as written). Fujian is covered (Ningde, Putian, Longyan, Quanzhou, Nanping);
Sanming, a 自然资源局 and a geological-hazard fund are new.
Template kind: the Fujian 专项资金绩效目标表 of a provincial transfer (the form of 01 and 57, per-area columns to the right): 附件 and a
title row inside the grid, 专项名称 / 主管部门(单位)名称及部门预算编码 | 补助区域 / 资金情况 (万元) 资金总额: | 其中:财政拨款 | 其他资金 /
年度总体目标, then the indicator block (cut).
Layout features: the budget under "资金总额:" (with a colon) beside a row label 资金情况 (万元) that spans the three money rows; the 主管部门
label naming the province's department (福建省自然资源厅) while the notice comes from the district; a fund name whose year (2022年度)
differs from the notice's (2023); the notice repeats the amount in prose (100万元); a 12-column grid with one area (高砂镇) named.
Truth: one fund, name = 专项名称 as written, budget 100 万元 (资金总额:, equal to 其中:财政拨款 and to the notice's 100万元; unit from
"资金情况 (万元)"). No indicators: the capture stops inside the 年度总体目标 text.
Truncation: the capture stops in the 年度总体目标 row ("省级补助资金100万元用于开展1个排危除险工", cut); that row and the indicator
block are left out.
Reconstruction: the capture prints each cell as "text |" on its own line and the slots a row does not start as runs of "|" (twelve
slots per row: "附件 |" then eleven; 资金情况 (万元) | 资金总额: | 100 then nine; 其中:财政拨款 | 100 then ten, one of them the slot under
the row label). The 12-column grid is fixed by those counts; every span is INFERRED: 附件 and the title over the width, the name over
eleven columns, 福建省自然资源厅 and 高砂镇 over five each (the split of the ten spare slots is a guess), 资金情况 (万元) down three rows,
the amounts and the empty 其他资金 cell over ten. The notice above is kept as paragraphs.
""",
))

# ------------------------------------------------------------- 225 (eighth round, build half)
_T225 = ("1. 以大力开展孤弃儿童养育工作为切入点,不断提升养育水平,夯实儿童福利院发展的基础;\n"
         "2. 争取各方支持,加大投入,增添医疗、康复、养育、消防等设备,确保全年安全无事故;\n"
         "3. 以大力开展社会捐赠为先导,不断提高社会参与度,营造福利中心发展的良好氛围;")
FILINGS.append(dict(
    dir="225-huanggang-shehui-fuli-zhengti-2023",
    html_title="部门整体绩效目标申报表",
    blocks=[
        ("p", "部门整体绩效目标申报表"),
        ("p", "【编辑日期:2023-02-15 14:07:51】  【作者:】  【来源:】"),
        ("p", "部门整体绩效目标申报表"),
        ("p", "2023  年度"),
        ("p", "填报日期:  2022  12  29                   单位:万元"),
        ("table", [
            ["部门(单位) 名称", "黄冈市社会福利中心", "填报人", "吴亚妮", "联系电话", C("13477628097", cs=2)],
            [C("部门总体\n资金情况", rs=8), C("总体资金情况", cs=2), C("当年金额", rs=2), C("占比", rs=2), C("近两年收支金额", cs=2)],
            [C("", cs=2), "2021", "2022"],
            [C("收入\n构成", rs=3), "财政拨款", "1780.51", "100%", "473.7", "1213.73"],
            ["其他资金", "0", "0", "0", "0"],
            ["合计", "100%", "100%", "100%", "100%"],
            [C("支出\n构成", rs=3), "基本支出", "691.51", "38.8%", "473.7", "572.98"],
            ["项目支出", "1089", "61.2%", "0", "640.75"],
            ["合计", "1780.51", "100%", "100%", "100%"],
            ["部门职能概述", C("1.  收养社会孤弃儿童\n2.  收养社会“三无”人员", cs=6)],
            ["年度工作任务", C(_T225, cs=6)],
            [C("项目支出情况", rs=3), "项目名称", "项目类型", "项目总预算", "项目本年度预算", C("项目主要支出方向和用途", cs=2)],
            ["购买孤残儿童社会照料护理服务经费", "常年性项目", "376", "376", C("护理员照料服务费", cs=2)],
            ["购置业务用车资金", "次性项目", "18", "18", C("供养对象业务用车", cs=2)],
        ]),
    ],
    truth={"projects": [P("黄冈市社会福利中心", None, "1780.51", "万元", [])]},
    notes="""
Place: 黄冈市社会福利中心 (the social welfare centre of HUANGGANG, HUBEI: a children's welfare home and a home for the "三无"), city
level; year 2023 ("2023  年度", 填报日期 2022 12 29, posted 2023-02-15). Captured from the centre's own site (hgfly.org.cn; its banner
reads "黄冈市社会福中心" (sic)). Hubei is covered (83, 87, 107, 117, 163, 222 and others); Huanggang and a welfare institution's
department-wide target form are new.
Template kind: the Hubei 部门整体绩效目标申报表 (87's form): 填报日期 | 单位:万元 above the grid; 部门(单位)名称 | 填报人 | 联系电话 /
部门总体资金情况: 总体资金情况 | 当年金额 | 占比 | 近两年收支金额 (2021 | 2022) by 收入构成 (财政拨款, 其他资金, 合计) and 支出构成 (基本
支出, 项目支出, 合计) / 部门职能概述 / 年度工作任务 / 项目支出情况 (项目名称 | 项目类型 | 项目总预算 | 项目本年度预算 | 项目主要支出方向
和用途), then the indicators (beyond the capture).
Layout features: the INCOME 合计 ROW CARRIES NO AMOUNT, only "100%" four times (the year's total stands on the 财政拨款 row, 1780.51 =
100%, and on the EXPENSE 合计 row); the previous years' 合计 cells hold "100%" instead of totals (473.7 and 1213.73 on the other rows);
the money unit only in the line above the grid ("单位:万元"); a lost first character ("次性项目" for 一次性项目); numbered task lists with
trailing space runs; a project list with whole-year amounts (376, 18).
Truth: one department 黄冈市社会福利中心 (部门(单位)名称), budget 1780.51 万元 — the year's money (当年金额) of the EXPENSE 合计 row, equal
to the 财政拨款 row (100%) and to 691.51 + 1089 (an INFERENCE where the income 合计's amount cell holds "100%"; 87 takes the 合计 the
same way); unit 万元 from the form's "单位:万元" line over the grid. No indicators: the capture stops in the project list, before
the form's indicator part.
Truncation: the capture stops inside the third project row ("福彩公益金-孤残儿童医疗资金 | 常年性项目 | 150 | 150 | 供养对象医药…", its
last cell cut); that row and the rest of the form are left out. The site banner, breadcrumb and "【 关 闭 】" are left out.
Reconstruction: the capture prints EVERY CELL AS A PARAGRAPH and drops empty ones; the 7-column grid follows 87's form (same
template): 联系电话's number over two columns, 部门总体资金情况 over eight rows, 总体资金情况 and 近两年收支金额 over two columns, 当年金额
and 占比 over two rows, an empty cell under 总体资金情况 (87 has "单位:万元" there; here nothing is captured), 收入构成/支出构成 over
three rows each (their labels broken over two lines as captured), the project rows' last cell over two columns. The four "100%" of
the income 合计 row are placed one per column as captured (INFERRED: the amount cell may have been empty with a fifth value lost).
""",
))

# ------------------------------------------------------------- 227 (eighth round, build half)
_N227 = "中央专项彩票公益金支持居家和社区基本养老服务提升行动项目(老年助餐省级补助)"
FILINGS.append(dict(
    dir="227-quanzhou-dehua-laonian-zhucan-2025",
    html_title="德化县民政局关于下达2025年老年助餐省级补助资金的通知",
    blocks=[
        ("p", "德化县民政局关于下达2025年老年助餐省级补助资金的通知"),
        ("p", "发布时间: 2025-12-16 15:03:00"),
        ("p", "龙浔镇人民政府"),
        ("p", "为推进养老服务事业发展,根据《泉州市财政局 泉州市民政局关于下达2025年老年助餐省级补助资金的通知》泉财社指〔2025122,现下达2025年"
              "中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金老年助餐省级补助资金10万元详见附件1"),
        ("p", "一、本项目专项资金主要用于支持乡镇层面具有一定服务规模、运营相对稳定成熟的老年助餐点购置或更新相关设施设备。"),
        ("p", "二、本项目收入款项列入2025年政府性基金预算收支科目第1100499项“其他收入”科目,支出款项列入第2296002项“用于社会福利的彩票公益金支出”科目。"),
        ("p", "三、为推进全面实施预算绩效管理,现将有关预算绩效目标见附件2随文下达,请在组织预算中对照区域绩效目标做好绩效跟踪管理,切实提高财政资金使用效益。"),
        ("p", "附件1.2025年老年助餐省级补助资金分配表"),
        ("p", "2.中央对地方转移支付区域绩效目标表"),
        ("p", "德化县民政局"),
        ("p", "20251216"),
        ("p", "附件1"),
        ("p", "2025年老年助餐省级补助资金分配表"),
        ("p", "单位:万元"),
        ("table", [
            ["序号", "乡镇", "(社区)", "补助对象", "补助金额"],
            [C("1", rs=2), C("龙浔镇", rs=2), "英山村", "英山村长者食堂", "5"],
            ["德新社区", "德新社区长者食堂", "5"],
            [C("合计", cs=4), "10"],
        ]),
        ("p", "附件2"),
        ("p", "专项转移支付区域绩效目标表"),
        ("p", "2025年度)"),
        ("table", [
            ["项目名称", C(_N227, cs=2)],
            ["主管部门(单位)名称及\n部门预算编码", C("德化县民政局", cs=2)],
            [C("资金情况(万元)", rs=3), "资金总额", "10"],
            ["其中:财政拨款", "10"],
            ["其他资金", "0"],
        ]),
    ],
    truth={"projects": [P(_N227, None, "10", "万元", [])]},
    notes="""
Place: 德化县 (Dehua county, QUANZHOU, FUJIAN), county level, 德化县民政局 (the county's civil-affairs bureau), passing province money
on to 龙浔镇人民政府; year 2025 (the notice of 2025-12-16, "2025年度)"). Captured from the county's own site (dehua.gov.cn, its
"养老服务" open-government column). Fujian is covered (01, 02, 57, 61, 71, 109, 153 and others; Quanzhou's 安溪 held out twice); Dehua and
an elderly-meals (老年助餐) subsidy, a 中央专项彩票公益金 养老 fund, are new.
Template kind: a bureau's money-passing notice (三条 prose, 附件 list, signature) with 附件1 an allocation table (序号 | 乡镇 | (社区) |
补助对象 | 补助金额, 合计; 单位:万元 above it) and 附件2 the Fujian 专项转移支付区域绩效目标表 (项目名称 / 主管部门(单位)名称及部门预算编码 /
资金情况(万元) 资金总额 / 其中:财政拨款 / 其他资金 / 总体目标 …, cut).
Layout features: the fund's amount three times — in prose ("补助资金10万元"), as the allocation table's 合计 (two canteens at 5) and as
the target table's 资金总额 (10 = 财政拨款 10 + 其他资金 0); a long fund name with a bracketed part; a two-line label (主管部门(单位)名称及 /
部门预算编码); captured slips: the document number lost its closing bracket and 号 ("泉财社指〔2025122"), the date lost 年月日
("20251216"), the year caption lost its opening bracket ("2025年度)"), the village column's caption reads "(社区)" — all kept as captured.
Truth: one fund 中央专项彩票公益金支持居家和社区基本养老服务提升行动项目(老年助餐省级补助) (项目名称 of the target table), budget 10 万元
(资金总额 under 资金情况(万元); the allocation table's 合计 is the same 10 in the same unit). No indicators: the capture stops inside the
总体目标 text ("…购置或更新助餐设", cut), before the indicator rows.
Truncation: the 总体目标 row and everything after are left out.
Reconstruction: the capture prints EVERY CELL AS A PARAGRAPH; the allocation table is rebuilt with five columns (its captions; 序号 1
and 龙浔镇 over the two village rows, 合计 over four columns — INFERRED from the counts), the target table with three (label, sub-label,
amount; 资金情况(万元) over three rows, the name and the department over two columns). The notice's prose, its 附件 list, signature and
date are paragraphs; runs of spaces before the signature and 单位:万元 are left out.
""",
))

# ------------------------------------------------------------- 217 (eighth round, build half)
_G217 = "以产业补助的形式对64户脱贫户进行补助,鼓励发展特色产业,激发脱贫人口内生动力,增加脱贫户收入10.9304万元。"
_A217 = "落实64户特色种养业奖补政策,增加脱贫户家庭收入10.9304万元"
_R217 = [  # sub-rows under the ★ rows: name, target, actual
    ("红薯种植面积", "5.5亩", "5.5亩"),
    ("梨树种植面积", "6亩", "6亩"),
    ("桃种植面积", "1亩", "1亩"),
    ("葡萄种植面积", "4.5亩", "4.5亩"),
    ("苹果种植面积", "4.7亩", "4.7亩"),
    ("猪养殖数量", "80头", "80头"),
    ("牛养殖数量", "3头", "3头"),
    ("鸡养殖数量", "500只", "500只"),
    ("羊养殖数量", "283只", "283只"),
]


def _row217(r):
    return [r[0], r[1], r[2], ""]


def _star217(name, n):
    """A ★ core row: its weight and score span its n sub-rows; no target."""
    return [name, C("10", rs=n + 1), "", "", C("10", rs=n + 1), ""]


FILINGS.append(dict(
    dir="217-suzhou-xiaoxian-yanglou-zhongyang-ziping-2023",
    html_title="2023年杨楼社区特色种养殖补贴到户项目资金使用情况",
    blocks=[
        ("p", "信息分类: 内容分类: 行业扶贫相关财政资金和县域结对帮扶财政支援资金使用情况\n发文日期: 2023-09-28 10:42:51 生成日期: 2023-09-28 10:42:51\n"
              "生效时间: 废止时间:\n发布机构: 杨楼镇人民政府 文  号:\n名  称: 2023年杨楼社区特色种养殖补贴到户项目资金使用情况\n词:"),
        ("p", "2023年杨楼社区特色种养殖补贴到户项目资金使用情况"),
        ("p", "发表时间:2023-09-28 10:42信息来源:杨楼镇人民政府作者:杨楼镇阅读人次: 字体:[    ] 保护视力色:"),
        ("table", [
            ["项目名称", C("2023年杨楼社区特色种养殖补贴到户项目", cs=3), C("项目负责人及电话", cs=2), C("黄蓓蓓0557-5271001", cs=3)],
            ["主管部门", C("县农业农村局", cs=3), C("实施单位", cs=2), C("杨楼镇人民政府", cs=3)],
            [C("资金情况\n(万元)", rs=4), C("", cs=2), "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", C("得分", cs=2)],
            [C("年度资金总额:", cs=2), "8.408", "8.408", "10", "100.00%", C("10", cs=2)],
            [C("其中:本年财政拨款", cs=2), "8.408", "8.408", "10", "100.00%", C("10", cs=2)],
            [C("其他资金", cs=2), "0", "0", "", "", C("", cs=2)],
            [C("年度总体目标", rs=2), C("年初设定目标", cs=4), C("年度总体目标完成情况综述", cs=4)],
            [C(_G217, cs=4), C(_A217, cs=4)],
            [C("绩效指标", rs=13), "一级\n指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
            [C("(50分)", rs=12), C("数量指标", rs=12)] + _star217("★补助各类粮食作物种植面积", 1),
            _row217(_R217[0]),
            _star217("★补助各类瓜果蔬菜种植面积", 4),
        ] + [_row217(r) for r in _R217[1:5]] + [
            _star217("★补助家畜家禽养殖数量", 4),
        ] + [_row217(r) for r in _R217[5:9]]),
    ],
    truth={"projects": [P("2023年杨楼社区特色种养殖补贴到户项目", None, "8.408", "万元", [
        I("(50分)", "数量指标", n, v, actual=a) for n, v, a in _R217])]},
    notes="""
Place: 萧县 (Xiao county, Suzhou, Anhui; the county site ahxx.gov.cn, 基层 pages), 杨楼镇人民政府 (a town) with 县农业农村局; year 2023
(published 2023-09-28 as "…项目资金使用情况"). The same county form as 15 (河西村, 张庄寨镇) from a sibling page of another town: 杨楼社区
and its 64 households are new.
Template kind: the Anhui 衔接资金 绩效目标自评表 of 15: 项目名称 | 项目负责人及电话 / 主管部门 | 实施单位 / 资金情况(万元) 全年预算数(A) |
全年执行数(B) | 分值 | 执行率(B/A) | 得分 / 年度总体目标 (年初设定目标 | 年度总体目标完成情况综述) / 绩效指标 一级指标 | 二级指标 | 三级指标 |
分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施.
Layout features: ★ CORE ROWS WITH A WEIGHT AND A SCORE BUT NO TARGET ("★补助各类粮食作物种植面积 10 10"), each followed by
sub-rows with a target and an actual but no weight or score ("红薯种植面积 5.5亩 5.5亩"), the sub-rows not prefixed "其中" (unlike
15) but indented in the capture; the level-1 cell's words LOST: only "(50分)" is left of "产出指标(50分)" (four empty lines before
it); a 其他资金 row of zeros; amounts with three decimals (8.408); 执行率 "100.00%".
Truth: one project, name = 项目名称, budget 8.408 万元 (全年预算数(A) of 年度资金总额:; unit from "资金情况 (万元)"). NINE indicators:
the sub-rows (level1 "(50分)" as captured, level2 数量指标, value = 年度指标值, actual = 全年实际值; no weight or score of their own).
The three ★ rows have no target (an empty 年度指标值): not indicators (the self-evaluation convention: rows without a readable target
are not indicators).
Truncation: the capture stops in the 质量指标 row ("质量指标 ★种植作物成活率 10 9", the target and the rest cut); that row and the rest
of the grid are left out; the spans of 绩效指标, the level-1 cell and 数量指标 end at the last reproduced row.
Reconstruction: the capture separates cells by spaces, one grid row a line (the indentation of the sub-rows kept in source.txt
only). The 9-column grid and the upper spans follow 15's form (the empty corner and the money labels over two columns, the goal
texts over four); the ★ rows' 分值 and 得分 are taken to SPAN their sub-rows (as 15's 其中 rows share their ★ row's weight), and
the ★ rows' target and actual cells are EMPTY — both inferences from the cell counts ("10 10" is two cells; the sub-rows print two
values and no weight). The level-1 cell is read as "(50分)" (the blank lines before it taken as the lost characters of its vertical
label); the page's metadata lines and title are paragraphs.
""",
))

# ------------------------------------------------------------- 291 (ninth round, build half)
_R291 = [  # level2, name, target, actual, completion
    ("数量目标", "当年获得宁德市级以上确认的人才驿站数量", ">=2个", "0个", "0%"),
    ("数量目标", "当年人才驿站组织活动数量", ">=28次", "40次", "143%"),
    ("数量目标", "每年人才驿站服务人次", ">=500人", "1700人", "340%"),
    ("质量目标", "各类人才对我市人才政策的知晓率", ">=95%", "98%", "103%"),
    ("质量目标", "人才驿站补助资金到位率", ">=100%", "100%", "100%"),
]
_P291A = ("(二)项目财务管理状况本项目累计安排资金10万元,,其中:项目立项6分,绩效目标5分,资金投入4分,资金管理9分,组织实施6分,时效目标10分,"
          "成本目标0分,数量目标10分,质量目标10分,社会效益目标15分,服务对象满意度15分,总得分90,,")
_P291B = ("(二)项目绩效目标完成情况1.产出目标完成情况(1)时效目标:人才驿站补助资金到位时间绩效目标值是2023年12月前,实际完成值为2023年12月前,"
          "目标完成率为100%,(2)成本目标:项目资金投入绩效目标值是10万元,实际完成值为0万元,目标完成率为0%,(3)数量目标:当年获得宁德市级以上确认的"
          "人才驿站数量绩效目标值是2个,实际完成值为0个,目标完成率为0%,,当年人才驿站组织活动数量绩效目标值是28次,实际完成值为40次,目标完成率为143%,,"
          "人才驿站补助资金到位率绩效目标值是100%,实际完成值为100%,目标完成率为100%,绩效目标合理性本项目满分3分,得3分,得分原因为:绩效目标设置合理,,"
          "绩效指标明确性本项目满分2分,得2分,得分原因为:绩效指标设置明确,,资金到位率本项目满分3分,得3分,得分原因为:到位及时率大于90%得满分,"
          "预算执行率本项目满分3分,得3分,得分原因为:资金使用率大于95%的得满分,,完成项目资金投入项目满分10分,得0分,扣分原因为:项目资金投入绩效目标值"
          "大于10万元,,每年人才驿站服务人次本项目满分10分,得10分,得分")


def _row291(r):
    return [r[1], r[2], r[3], r[4]]


FILINGS.append(dict(
    dir="291-ningde-rencai-yizhan-ziping-2023",
    html_title="人才驿站补助资金项目绩效自评",
    blocks=[
        ("p", "人才驿站补助资金到位率绩效目标值为100%,,如下图:"),
        ("table", [
            [C("项目年度绩效目标(定量目标)", cs=6)],
            [C("评价内容", cs=2), "绩效内容", "绩效目标值", "实际完成值", "累计完成率"],
            [C("产出目标", rs=5), C("数量目标", rs=3)] + _row291(_R291[0]),
            _row291(_R291[1]),
            _row291(_R291[2]),
            [C("质量目标", rs=2)] + _row291(_R291[3]),
            _row291(_R291[4]),
        ]),
        ("p", _P291A),
        ("p", _P291B),
    ],
    truth={"projects": [P(None, None, None, None, [
        I("产出目标", l2, n, v, actual=a, completion=c) for l2, n, v, a, c in _R291])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: a county-level city of 宁德市 (Ningde, Fujian): the report says "我市" and counts stations "获得宁德市级以上确认", so the unit sits
below Ningde (which county-level city is NOT NAMED in the capture); a 人才驿站补助资金 (talent-station subsidy) project; year 2023 (the
targets "2023年12月前"). Captured from a mirror (0477ly.com) that prints the report in traditional characters with one pinyin gloss
("預算執(zhí)行率"). Fujian is covered (01, 02, 57, 61, 71, 109, 153, 227 and others); a talent-station subsidy and a 累计完成率 column are
new. Not in the corpus under a simplified address (grep of 人才驿站 in testdata/real*: none). Earlier rounds passed it over (glossed
mirror); its URL was in claimed-urls.txt and is claimed again by gatherM.
Template kind: a Fujian 项目绩效自评报告 (prose with a table "如下图"): 项目年度绩效目标(定量目标), 评价内容 | 绩效内容 | 绩效目标值 | 实际完成值 |
累计完成率, then (二)项目财务管理状况 and (二)项目绩效目标完成情况 as prose with the scores per item.
Layout features: ASCII comparators (">=2个", ">=100%"); a COMPLETION-RATE column after the actual ("143%", "340%": over-fulfilment);
a target never reached ("0个" | "0%"); the two level cells under ONE caption (评价内容 over 产出目标 and 数量目标/质量目标, INFERRED from the
cell counts); the same targets and actuals again in the prose below, without comparators ("绩效目标值是2个,实际完成值为0个"); the table's
rows only quantitative (时效 and 成本 targets only in prose).
Truth: one project, name NULL (the capture starts inside the report, after its title; the fund is named only in prose), budget NULL
and money unit NULL (the only amount, "本项目累计安排资金10万元", is in prose, not a budget cell: not taken, as in 89 and 103). FIVE
INDICATORS: level1 产出目标 (filled down), level2 数量目标/质量目标, name = 绩效内容, value = 绩效目标值 as written; value_cells actual
(实际完成值) and completion (累计完成率). The prose targets (时效, 成本) are not table rows: not indicators.
Truncation: the capture STARTS mid-page ("人才驿站补助资金到位率绩效目标值为100%,,如下图:", the report's title, unit and earlier sections
lost) and stops inside the score prose ("…得10分,得分", cut); the rest of the report is left out.
Restoration: _restore.py printed no untoned gloss (the one gloss, "執(zhí)", is toned). Characters OpenCC could have chosen otherwise:
none in a scored field (驛站 → 驿站, 寧德 → 宁德, 知曉率 → 知晓率 are one-to-one; "大于" was already simplified in the capture).
Reconstruction: the capture GLUES the whole table into one line with no separators; cells are split at the captions' order and at
the comparators and units (name up to ">=", target up to its unit, the actual, the rate ending "%"). The 6-column grid is INFERRED:
项目年度绩效目标(定量目标) as a caption row over the width, 评价内容 over two columns (the level-1 and level-2 cells), 产出目标 over the five
rows, 数量目标 over three and 质量目标 over two. The prose before and after the table is kept as three paragraphs, split at "如下图:"
and at the second "(二)" as the capture runs them together.
""",
))

# ------------------------------------------------------------- 271 (ninth round, build half)
_N271 = "中央农业防灾减灾(动物防疫补助)及省级农业高质量发展(“两强一增”行动)"
_G271 = ("宣城市转移支付区域(项目)绩效目标自评表(2023年度)转移支付(项目)名称" + _N271 + "中央主管部门农业农村部地方主管部门省农业农村厅"
         "资金使用单位宣城市农业农村局资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:1484631.00%"
         "其中:中央财政资金10200%地方资金4646100%其他资金资金管理情况情况说明存在问题和改进措施分配科学性分配科学无下达及时性下达及时无"
         "拨付合规性拨付合规无使用规范性使用规范无执行准确性执行准确因使用了往年结余资金采")
FILINGS.append(dict(
    dir="271-xuancheng-dongwu-fangyi-ziping-2023",
    html_title="2023年《宣城市中央财政转移支付区域(动物防疫补助)及省级农业高质量发展(“两强一增”行动)绩效目标自评表》",
    blocks=[
        ("table", [
            ["索引号", "11341700003244895T/202404-00022", "组配分类", "部门项目"],
            ["发布机构", "宣城市农业农村局", "发文日期", "2024-04-15 11:09"],
            ["发布文号", "无", "关键词", "部门项目"],
            ["信息来源", "宣城市农业农村局", "主题导航", "农业、林业、水利 / 三农"],
            ["信息名称", "2023年《宣城市中央财政转移支付区域(动物防疫补助)及省级农业高质量发展(“两强一增”行动)绩效目标自评表》",
             "内容概述", _G271],
        ]),
        ("table", [
            [C("宣城市转移支付区域(项目)绩效目标自评表", cs=8)],
            [C("(2023年度)", cs=8)],
        ]),
    ],
    truth={"projects": [P(_N271, None, "148", "万元", [])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 宣城市 (Xuancheng, Anhui), city level, 宣城市农业农村局 (the city's agriculture and rural-affairs bureau, also the 资金使用单位); year
2023 (the self-evaluation "(2023年度)", published 2024-04-15). Captured from a glossed mirror of the city's open-government pages
(996630.com, with the city site's OpennessContent path); the same page was passed over by round eight for its glosses. Xuancheng is
covered (宣城 地震局, 宣城 police); its agriculture bureau and a bundle of a central animal-epidemic-prevention transfer (动物防疫补助) with
a provincial agriculture fund (“两强一增”行动) are new. 270 (held out) is the same bureau's page for 2024.
Template kind: the Anhui 宣城市转移支付区域(项目)绩效目标自评表 (转移支付(项目)名称 / 中央主管部门 / 地方主管部门 | 资金使用单位 /
资金投入情况(万元) 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) with 年度资金总额: / 其中:中央财政资金 / 地方资金 / 其他资金 /
资金管理情况 …), published on the city's open-government page: a metadata grid (索引号, 组配分类, 发布机构, 发文日期, 发布文号, 关键词,
信息来源, 主题导航, 信息名称, 内容概述) whose 内容概述 cell is the site's GLUED SUMMARY of the table (every cell's text run together), then
the table itself, captured only to its caption.
Layout features: THE NAME AND THE MONEY ONLY IN THE GLUED SUMMARY: "转移支付(项目)名称中央农业防灾减灾(动物防疫补助)及省级农业高质量发展
(“两强一增”行动)中央主管部门…" and "年度资金总额:1484631.00%其中:中央财政资金10200%地方资金4646100%" — budget, spending and rate run
together, the rate with two decimals ("31.00%"), a central row with nothing spent ("102" "0" "0%"); the name with curly quotes
(“两强一增”); the 信息名称 wraps the title in 《》 with the year before it.
Truth: one project, name = the 转移支付(项目)名称 text of the summary, "中央农业防灾减灾(动物防疫补助)及省级农业高质量发展(“两强一增”行动)"
(ended where the next caption 中央主管部门 begins); budget 148 万元 = 全年预算数(A) of 年度资金总额: in the summary, read as
"148 | 46 | 31.00%" (INFERRED split of "1484631.00%": the split the source rows confirm — 中央财政资金 "10200%" = 102 | 0 | 0%, 地方资金
"4646100%" = 46 | 46 | 100%, and 102 + 46 = 148, 0 + 46 = 46; the printed rate 31.00% is 46/148 = 31.08% rounded down, as printed);
unit from "资金投入情况(万元)". No indicators: the capture stops before them (the summary is cut in 资金管理情况 "…因使用了往年结余资金采",
the table after its caption, "转移支", cut).
Truncation: the table's first row ("转移支", cut) and everything after are left out; the summary is kept whole as captured.
Reconstruction: the capture separates cells by " | " and prints a run of "|" for the slots a row does not start; the metadata grid is
rebuilt with four columns, the table's caption rows (one cell and seven slots) over eight columns. The summary is one cell, not split.
Restoration: no untoned gloss removed; OpenCC's choices in the scored fields are plain (防灾减灾, 动物防疫, 补助, 高质量, 两强一增, 万元);
结余 (結余 in the page) checked. 宣城 checked.
""",
))

# ------------------------------------------------------------- 293 (ninth round, build half)
_R293 = [  # name, unit, nature (comparator or 定性), value
    ("辅警人员", "人", "=", "512"),
    ("项目持续期", "", "定性", "基本建立"),
    ("项目成本概算", "万元", "≤", "3584"),
    ("节约多招录正式民警资金支出", "万元", "≥", "1500"),
    ("促进社会和谐稳定", "", "定性", "好"),
    ("受益对象满意度", "%", "≥", "95"),
]
_B293 = ("我局仅有民警编制数540人,占人口比重仅万分之六左右,在全市处于较低水平,根据中市县有关辅警人员管理办法,可按户籍人口万分之十至十五配置警力,"
         "我县研究按万分之十三配置,确定辅警编制额度为539人。目前,我局实有辅警人员512人,用于协助公安机关参加各类勤务活动,共同维护我县社会治安大局稳定。")
_F293 = ("丰都县公安局是主管全县社会治安的县政府组成部门,有内设所队室22个,派出所17个。主要职责是:预防、制止及侦查违法犯罪活动;防范、打击恐怖活动;"
         "维护社会治安秩序,制止危害社会治安秩序的行为;管理交通、消防、危险物品;管理户口、居民身份证、国籍、出入境事务和外国人在中国境内居留、旅行的"
         "有关事务;维护国(边)境地区的治安秩序;警卫国家规定的特定人员")


def _i293(n, u, t, v):
    if t == "定性":
        return I(None, None, n, v, nature=t, value=v)
    return I(None, None, n, t + v + u, op=t, value=v, unit=u)


FILINGS.append(dict(
    dir="293-chongqing-fengdu-gonganju-fujing-ziping-2022",
    html_title="丰都县公安局2022年度辅警人员经费绩效自评工作报告",
    blocks=[
        ("table", [
            ["[ 索引号 ]", "11500230008686254D/2023-00041", "[ 发文字号 ]", ""],
            ["[ 主题分类 ]", "财政", "[ 体裁分类 ]", "财政预算、决算"],
            ["[ 发布机构 ]", C("丰都县公安局", cs=3)],
            ["[ 成文日期 ]", "2023-06-27", "[ 发布日期 ]", "2023-06-27"],
        ]),
        ("p", "丰都县公安局2022年度辅警人员经费绩效自评工作报告"),
        ("p", "一、基本情况"),
        ("p", "(一)项目背景、内容。"),
        ("p", _B293),
        ("p", "(二)项目资金情况。"),
        ("p", "全年预算数2565万元,全年执行数2565万元,预算执行率100%。"),
        ("p", "(三)绩效目标。"),
        ("table", [["指标名称", "计量单位", "指标性质", "指标值"]] + [[n, u, t, v] for n, u, t, v in _R293]),
        ("p", "(四)部门(单位)职能职责。"),
        ("p", _F293),
    ],
    truth={"projects": [P(None, None, None, None, [_i293(*r) for r in _R293])]},
    notes="""
Place: 丰都县 (Fengdu county, CHONGQING), county level, 丰都县公安局 (the county's public-security bureau); year 2022 (the report
"2022年度", published 2023-06-27 on the county's site, cqfd.gov.cn). A simplified-character page new to the corpus (found by a
traditional-character query of round nine; no restoration needed). Chongqing is covered (17, 19, 31, 59, 89, 101, 123 and others);
Fengdu, a public-security bureau and its auxiliary-police (辅警) staff fund are new.
Template kind: a Chongqing 项目绩效自评工作报告 (prose: 一、基本情况 (一)项目背景、内容 (二)项目资金情况 (三)绩效目标 (四)部门(单位)职能职责 …)
whose (三)绩效目标 is a FLAT TABLE with no level columns: 指标名称 | 计量单位 | 指标性质 | 指标值 (the Chongqing order of 17: unit before
comparator before number).
Layout features: NO LEVEL COLUMNS; a split target in the odd order UNIT | COMPARATOR | NUMBER ("人 | = | 512", "% | ≥ | 95");
qualitative rows with "定性" in the comparator column and a word target ("基本建立", "好") and NO unit; a cost target ("≤ 3584" 万元)
ABOVE the year's budget (2565) and a saving target ("≥ 1500" 万元); the page's metadata table printed twice (as a grid and as a list).
Truth: one project, name NULL (no 项目名称 cell: the fund is named only in the title, "…辅警人员经费绩效自评工作报告"), budget NULL and
money unit NULL (the only amounts of the year, "全年预算数2565万元,全年执行数2565万元", are in prose, not in a budget cell: not taken, as
in 89 and 103). SIX INDICATORS, level1 and level2 null: value = comparator + number + unit ("=512人", "≤3584万元", "≥95%"), value_cells
op, value, unit; the 定性 rows: value = the word, value_cells nature 定性 and value.
Truncation: the capture stops inside (四)部门(单位)职能职责 ("…警卫国家规定的特定人员", cut); the rest of the report (the self-evaluation
proper, any scored table) is left out.
Reconstruction: the capture prints each cell on its own line ending " |"; a 定性 row prints three cells and then "| |" ("基本建立 | |"),
read as an EMPTY 计量单位 (INFERRED: "定性" stands in the 指标性质 column as in 17's form, so the missing cell is the unit, placed
before it). The 4-column grid follows the header. The metadata is kept once as a 4-column grid (its first printing: 发布机构 over
three columns, the empty 发文字号 value); its second printing as a list and 有效性 are left out.
""",
))

# ------------------------------------------------------------- 281 (ninth round, build half)
_N281 = "重大公共卫生服务及重大传染病防治"
_C281 = ("预防和控制新冠、鼠疫、二号病、艾滋病、结核病等传染病的发生,保障全市免费疫苗冷链运输及接种工作正常运转,降低疫苗针对性传染病发病率,"
         "保障水和食品风险监测、职业病防治、疫情网络直报工作正常进行。")
_B281 = "《传染病防治法》《疫苗流通与预防接种管理条例》《突发公共卫生事件应急条例》《中华人民共和国职业病防治法》《中华人民共和国食品安全法》"
FILINGS.append(dict(
    dir="281-shaoyang-jikong-zhongda-gongwei-ziping-2021",
    html_title="2021年项目绩效自评报告表",
    blocks=[
        ("p", "2021年项目绩效自评报告表(实施单位用)"),
        ("p", "填报单位:邵阳市疾病预防控制中心 填报日期:2022年9月18日"),
        ("table", [
            [C("基本情况", rs=7), "项目名称", C(_N281, cs=3)],
            ["项目主要内容", C(_C281, cs=3)],
            ["项目单位", "市疾病预防控制中心", "主管部门", "市卫生与健康委员会"],
            ["单位负责人", "朱鹏程", "项目负责人", "朱鹏程"],
            ["项目属性", C("√经常性□一次性□新增□延续", cs=3)],
            ["资金总额及构成", C("总额1002.6万元,其中:中央726.7万元;省级财政23.9万元;市级财政252万元;其他万元。", cs=2), "万元"],
            ["项目起止时间", C("2021年1月起至2021年12月止", cs=3)],
            [C("实施情况", rs=8), "项目立项依据", C(_B281, cs=3)],
            ["可行性研究报告结论", C("无可行性研究报告。", cs=3)],
            ["专家评审论证结论", C("无专家评审论证结论及其内容。", cs=3)],
            ["是否实施政府采购及金额", "√是□否", "应采购金额650.31万元", "实际采购金额650.31万元"],
            ["是否实行招投标", C("□是√否", cs=3)],
            ["是否实行国库集中支付", C("□是√否", cs=3)],
            ["是否实行工程代理和投资评审制", C("□是√否", cs=3)],
            ["是否实行合同管理制", C("□是√否", cs=3)],
        ]),
    ],
    truth={"projects": [P(_N281, None, "1002.6", "万元", [])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 邵阳市 (Shaoyang, Hunan), city level, 邵阳市疾病预防控制中心 (the city's centre for disease control; 主管部门 市卫生与健康委员会);
year 2021 (the title; 填报日期 2022年9月18日). Captured from bubsandbeans.com, a document site showing the .doc's text layer in
TRADITIONAL characters with a pinyin gloss after a few of them ("衛(wèi)生", "發(fā)", "監(jiān)", "延續(xù)"), glued into one paragraph under "文档简介";
earlier rounds passed it over. Hunan is covered (12, 13, 27, 29, 33, 45, 85 and others); Shaoyang and a CDC's 重大公共卫生 /
重大传染病 fund are new to the build half.
Template kind: the Hunan 项目绩效自评报告表(实施单位用) of 2021: 填报单位 | 填报日期 above; 基本情况: 项目名称 / 项目主要内容 / 项目单位 | 主管部门 /
单位负责人 | 项目负责人 / 项目属性 (√经常性□一次性□新增□延续) / 资金总额及构成 / 项目起止时间; 实施情况: 项目立项依据 / 可行性研究报告结论 /
专家评审论证结论 / 是否实施政府采购及金额 / 是否实行招投标 / … (ticks √ and □).
Layout features: the budget is a sentence inside one cell ("总额1002.6万元,其中:中央726.7万元;省级财政23.9万元;市级财政252万元;其他
万元。" — the three parts add up to the total) followed by a stray "万元"; a procurement amount (应采购金额650.31万元, 实际采购金额650.31万元)
that is no budget; "市疾病预防控制中心" and "市卫生与健康委员会" without the city's name.
Truth: one project, name 重大公共卫生服务及重大传染病防治 (the text between 项目名称 and 项目主要内容 — INFERRED: the glued text reads
"项目名称重大公共卫生服务及重大传染病防治项目主要内容预防…", and "项目主要内容" is taken as the next label, like the form's other labels
项目单位, 项目负责人, 项目属性, 项目起止时间, 项目立项依据; the name could also be "…防治项目" with a label "主要内容"), budget 1002.6 万元
(总额 of 资金总额及构成). NO indicators: the capture stops before the form's indicator part.
Truncation: the capture stops inside the row "是否实行财政双控账户管理管…" (cut); that row and everything after are left out. The
document site's page list ("2021年项目绩效自评报告表_第1页" … "_第5页"), reading and download lines are left out.
Reconstruction: the text lost every separator; cells are split at the form's labels. The 5-column grid, the two left group labels
(基本情况 over seven rows, 实施情况 over eight, the second cut), the stray "万元" as a cell of its own after the amount sentence and the
procurement row's three value cells are INFERRED.
Conversion: OpenCC changed 邵陽 → 邵阳, 衛生 → 卫生, 傳染病 → 传染病, 萬 → 万, 鵬 → 鹏; the amount "1002.6" and "萬元" carry no ambiguous
character; the glosses removed all carried tones (none printed by _restore.py).
""",
))

# ------------------------------------------------------------- 273 (ninth round, build half)
_R273 = [  # level1, level2, name, target (年初目标值(A)); 实际完成值(B) and 得分 empty on every row
    ("产出指标", "数量指标", "标准化圈舍面积(平方米)", "5000"),
    ("产出指标", "数量指标", "办公用房面积(平方米)", "500"),
    ("产出指标", "数量指标", "饲料加工用房面积(平方米)", "300"),
    ("产出指标", "数量指标", "保种数量(头)", "300"),
    ("产出指标", "数量指标", "年提供种猪数量(头)", "2000"),
    ("产出指标", "质量指标", "工程合格率(%)", "95"),
    ("产出指标", "时效指标", "项目竣工时间", "2023.12"),
    ("产出指标", "成本指标", "投入资金(≥万元)", "1500"),
    ("效益指标", "", "年新增畜牧产值 (万元)", "500"),
    ("效益指标", "", "辐射带动养殖保山猪户数(户)", "300"),
    ("满意度指标", "服务对象满意度指标", "项目业主满意度(%)", "95"),
]
_D273 = "该项目由于受国土空间规划未全部结束影响,项目建设用地手续未全部办理完成,至今未形成实质性工程量,项目建设资金未形成支付。"


def _row273(i):
    return [_R273[i][2], _R273[i][3], "", ""]


FILINGS.append(dict(
    dir="273-baoshan-shidian-baoshanzhu-baozhongchang-ziping-2021",
    html_title="保山猪保种场建设项目支出绩效自评表",
    blocks=[
        ("p", "施甸县人民政府"),
        ("p", "索引号 01525910-3-/2022-0723001 发布机构 施甸县农业农村局\n公开目录 绩效评价 发布日期 2022-07-18\n文号 浏览量 31\n主题词 农业、畜牧业、渔业"),
        ("p", "保山猪保种场建设项目支出绩效自评表"),
        ("p", "2021年度项目支出绩效自评表"),
        ("p", "单位名称: 施甸县农业农村局 填报日期: 2022年7月16日"),
        ("table", [
            ["项目名称", C("保山猪保种场建设项目", cs=6)],
            ["主管部门", C("施甸县人民政府", cs=2), "实施单位", C("施甸县农业农村局", cs=3)],
            ["项目类别", C("1、部门预算项目 2、市直专项 3、市对下转移支付项目 □", cs=6)],
            ["项目属性", C("1、持续性项目 2、新增性项目 □", cs=6)],
            [C("预算执行情况(万元)\n(20分)", cs=3), "预算数(A)", "执行数(B)", C("执行率(B/A)", cs=2)],
            [C("年度财政资金总额", cs=3), "1500", "0.00", C("0.0000", cs=2)],
            [C("年度绩效目标\n(80分)", rs=12), "一级\n指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
            [C("产出指标", rs=8), C("数量指标", rs=5)] + _row273(0),
            _row273(1),
            _row273(2),
            _row273(3),
            _row273(4),
            ["质量指标"] + _row273(5),
            ["时效指标"] + _row273(6),
            ["成本指标"] + _row273(7),
            [C("效益指标", rs=2), C("", rs=2)] + _row273(8),
            _row273(9),
            ["满意度指标", "服务对象满意度指标"] + _row273(10),
            [C("总分", cs=6), ""],
            ["偏差大或\n目标未完成\n原因分析", C(_D273, cs=6)],
        ]),
    ],
    truth={"projects": [P("保山猪保种场建设项目", None, "1500", "万元", [I(l1, l2, n, v) for l1, l2, n, v in _R273])]},
    notes="""
Place: 施甸县 (Shidian county, Baoshan, YUNNAN), county level, 施甸县农业农村局 (agriculture bureau, the 实施单位; 主管部门 施甸县人民政府); the
year 2021 (the caption "2021年度项目支出绩效自评表"; 填报日期: 2022年7月16日, published 2022-07-18 on the county's site, 主题词 农业、畜牧业、
渔业). A plain simplified page (shidian.gov.cn), found by a traditional-character query; not a mirror. The same county's form as 242
(held out, 2019 新型农业经营主体); the Baoshan-pig breed-conservation farm (保山猪保种场), a livestock project that had not started, is new.
Template kind: the Baoshan 项目支出绩效自评表 (as 179 and 242): 单位名称 | 填报日期 above the grid, 项目名称 / 主管部门 | 实施单位 / 项目类别
and 项目属性 with check boxes / 预算执行情况(万元)(20分) 预算数(A) | 执行数(B) | 执行率(B/A) by 年度财政资金总额 / 年度绩效目标(80分) 一级指标 |
二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 / 总分 / 偏差大或目标未完成原因分析 / 改进措施及结果应用方案.
Layout features: A PROJECT THAT SPENT NOTHING: 执行数 "0.00", 执行率 "0.0000" (a fraction with four decimals), EVERY 实际完成值 AND 得分
EMPTY and 总分 empty; UNITS IN THE NAMES with BARE-NUMBER targets ("标准化圈舍面积(平方米)" | "5000", "项目业主满意度(%)" | "95"), a comparator
inside a name ("投入资金(≥万元)" | "1500"), a spaced unit ("年新增畜牧产值 (万元)"); a date target "2023.12"; the 效益指标 rows WITHOUT A
LEVEL-2 LABEL; the check boxes' ticks lost (runs of spaces where 179 prints "R" and 242 "þ").
Truth: one project 保山猪保种场建设项目 (项目名称), budget 1500 万元 (预算数(A) of 年度财政资金总额; unit from "预算执行情况(万元)"). ELEVEN
indicators: level1 and level2 filled down, name = 三级指标, value = 年初目标值(A); no value_cells (actual and score are empty on every
row). The two 效益指标 rows print no level-2 cell: level2 "" (read as an EMPTY cell, INFERRED — the form's 经济效益指标 or 社会效益指标 is
not guessed).
Truncation: the capture stops inside the 改进措施及结果应用方案 text ("…及时完成", cut); that row is left out. The site's navigation lines
("无障碍浏览 打开适老化模式 x 注册 登录", twice) are left out; the metadata lines are one paragraph.
Reconstruction: the capture prints each grid row as one line with cells separated by single spaces (empty cells not printed, runs of
spaces where the check boxes were, kept as single spaces) and the labels broken over lines ("一级" / "指标", "偏差大或" / "目标未完成" /
"原因分析"); which words are cells is read from the captions. The 7-column grid follows 242's form and every span is INFERRED: the
labels 预算执行情况 and 年度财政资金总额 over three columns (no 得分 caption is printed for the money: 执行率 over two), 年度绩效目标 over
its twelve rows, 产出指标 over eight, 数量指标 over five, 效益指标 and its empty level-2 cell over two, 总分 over six with an empty
value, the texts over six.
""",
))

# ------------------------------------------------------------- 301 (ninth round, build half)
_R301 = [  # level1, level2, name, target (预算设定指标值), actual (项目完成指标值)
    ("产出指标", "数量指标", "购置仪器设备(不计低值小零件和定制产品)", "31", "42"),
    ("产出指标", "数量指标", "改造实验室", "2间", "2间"),
    ("产出指标", "质量指标", "设备验收合格率", "100%", "100%"),
    ("产出指标", "时效指标", "项目年末完成率", "≥95%", "≥95%"),
    ("产出指标", "时效指标", "项目完成时间", "2018年10月底", "2018年11月底"),
    ("产出指标", "时效指标", "项目验收时间,相关手续是否完备", "是", "是"),
    ("效益指标", "社会效益指标", "是否保证实验教学水平,提高教学质量", "是", "是"),
    ("满意度指标", "服务对象满意度指标", "师生对仪器购置的满意度", "≥95%", "≥95%"),
    ("满意度指标", "服务对象满意度指标", "师生对实验室改造满意度", "≥95%", "≥95%"),
]
FILINGS.append(dict(
    dir="301-nankai-shengwu-shiyan-jiaoxue-pingjia-2018",
    html_title="关于“2018生物实验教学中心建设项目”预算绩效评价结果的公示",
    blocks=[
        ("p", "关于“2018生物实验教学中心建设项目”"),
        ("p", "预算绩效评价结果的公示"),
        ("p", "2018生物实验教学中心建设项目由南开大学2018年度实验室设备处归口发展经费资助,现将该项目预算绩效评价结果公示如下:"),
        ("table", [
            ["一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"],
            [C("产出指标", rs=7), C("数量指标", rs=2)] + list(_R301[0][2:]),
            list(_R301[1][2:]),
            ["质量指标"] + list(_R301[2][2:]),
            [C("时效指标", rs=3)] + list(_R301[3][2:]),
            list(_R301[4][2:]),
            list(_R301[5][2:]),
            ["成本指标", "", "", ""],
            [C("效益指标", rs=3), "经济效益指标", "", "", ""],
            ["社会效益指标"] + list(_R301[6][2:]),
            ["可持续影响指标", "", "", ""],
            [C("满意度指标", rs=2), C("服务对象满意度指标", rs=2)] + list(_R301[7][2:]),
            list(_R301[8][2:]),
            [C("预算绩效评价结果", rs=2), "考核节点进度完成率", "10分", "项目采购节约率", "10分"],
            ["预算编制准确度", "9分", "绩效评价结果", "29分"],
        ]),
        ("p", "公示期:自即日起3天。"),
        ("p", "联系地址:南开大学综合实验楼D702 电话:23507658"),
        ("p", "生物国家级实验教学示范中心(南开大学)"),
        ("p", "2018.12.3"),
    ],
    truth={"projects": [P(None, None, None, None, [I(l1, l2, n, v, actual=a) for l1, l2, n, v, a in _R301])]},
    notes="""
Place: 南开大学 (Nankai University, TIANJIN), its 生物国家级实验教学示范中心 (the national biology teaching-laboratory centre), a
university's internal project funded from the university's 2018 实验室设备处 development money; year 2018 (the notice of 2018.12.3).
Captured from the centre's own site (swsyzx.nankai.edu.cn), a plain simplified-character page (not a mirror). Tianjin is covered (03
宝坻区, 25 宁河区); a university teaching centre's evaluation notice is new.
Template kind: a 预算绩效评价结果的公示 (a notice of an evaluation result): one paragraph naming the project and its money source, then
ONE table of 一级指标 | 二级指标 | 三级指标 | 预算设定指标值 | 项目完成指标值 (target beside achieved value) with the national level
words, and a SCORE BLOCK under it (预算绩效评价结果: 考核节点进度完成率 10分 | 项目采购节约率 10分 / 预算编制准确度 9分 | 绩效评价结果
29分), then the notice period and the contact line.
Layout features: target and achieved value side by side under non-standard captions (预算设定指标值 | 项目完成指标值, not 年度指标值 |
实际完成值); a BARE-NUMBER target with a larger actual (31 | 42, the name carrying its restriction in brackets); a date target
missed by a month ("2018年10月底" | "2018年11月底"); yes/no targets ("是" | "是"); names that are questions ("…是否完备",
"是否保证…"); empty level-2 rows (成本指标, 经济效益指标, 可持续影响指标) with no name or value; a score block whose cells mix labels and
points ("10分") after the indicators; NO money amount anywhere (the project's budget is not published).
Truth: one project with NO name (the table has no 项目名称 cell; the project is named only in the prose, "2018生物实验教学中心建设项目")
and no budget or money unit (none is printed). Nine indicators: level1 / level2 as written and filled down, name = 三级指标, value =
预算设定指标值 as written, value_cells.actual = 项目完成指标值. The empty 成本指标 / 经济效益指标 / 可持续影响指标 rows are not indicators;
the score block's four items (points, no target) are not indicators.
Truncation: none; the page is whole.
Reconstruction: the capture prints each grid row on one line, cells separated by " | ", with a run of "|" for slots a row does not
start (the runs are not consistent: the header ends "| ||"; read as padding). The table is rebuilt with five columns (its captions):
产出指标 over its seven rows (the empty 成本指标 row included), 数量指标 over two, 时效指标 over three, 效益指标 over three, 满意度指标 and
服务对象满意度指标 over two, 预算绩效评价结果 over the two score rows — all row spans INFERRED from the rows that start with a level-3
name; the score block's second row is read as four cells beside the spanning label.
""",
))

# ------------------------------------------------------------- 311 (ninth round, build half)
_N311 = "罗湖区全面实施“瓶改管”工程 (南湖街道)"
_G311 = ("目标1:2022年12月30日前实现工程完工,有利于消除瓶装液化气安全风险,实现管道天然气全覆盖,切实保障老旧住宅区及城中村用气安全。"
         " 目标2:罗湖区全面实施瓶改管工程(南湖街道)2022年6月份开工,对南湖街道符合要求的12个住宅小区以及城中村完成天然气管道改造。")
_A311 = ("瓶改管工程于2022年12月14日前完工,对南湖街道符合要求的12个住宅小区以及城中村完成天然气管道改造工作,"
         "有利于消除瓶装液化气安全风险,实现管道天然气全覆盖,切实保障老旧住宅区及城中村用气安全。")
_C311 = ("2022年,我街道按照“应改尽改、能改全改”“成熟一个、进场一个、完工一个、验收一个、接驳一个、供气一个”的工作原则,"
         "对辖区11个住宅小区、1个城中村,共计1806户住户开展燃气管道改造。")
_R311 = [  # level1, level2, name, target (目标值), actual (实际完成值), weight (分值), score (得分)
    ("产出指标 (50分)", "数量指标", "城中村、住宅区任务完成量", "12个", "12个", "10", "10"),
    ("产出指标 (50分)", "数量指标", "城中村、住宅区任务完成套数", "1785套", "1806套", "5", "5"),
    ("产出指标 (50分)", "数量指标", "实现\"清瓶\"城中村、住宅区数", "12个", "12个", "5", "5"),
    ("产出指标 (50分)", "质量指标", "管道天然气年度改造任务完成率", "100%", "100%", "5", "5"),
]
FILINGS.append(dict(
    dir="311-shenzhen-luohu-nanhu-pinggaiguan-zhuanxiangzhai-ziping-2022",
    html_title=_N311,
    blocks=[
        ("table", [
            ["项目名称", C(_N311, cs=3), "投向领域", C("老旧小区改造领域15500", cs=4)],
            ["项目主管部门", C("罗湖区住房和建设局", cs=3), "项目单位", C("罗湖区南湖街道办事处", cs=4)],
            ["项目实施内容", C(_C311, cs=8)],
            [C("年度 绩效目标", rs=2), C("预期目标", cs=4), C("全年实际完成情况", cs=4)],
            [C(_G311, cs=4), C(_A311, cs=4)],
            [C("当年绩效指标", rs=7), C("债券资金管理指标(10分)", rs=2),
             C("总体支出进度 (当年实际支出金额/项目当年下达额度)", rs=2), "实际支出 金额", "下达 额度", "实际 完成值",
             "分值", "得分", "偏差原因分析 及改进措施"],
            ["1,437", "1,437", "1,437", "10", "10", ""],
            ["一级指标", "二级指标", "三级指标", "目标值", "实际 完成值", "分值", "得分", "偏差原因分析 及改进措施"],
            [C(_R311[0][0], rs=4), C("数量指标", rs=3)] + list(_R311[0][2:]) + [""],
            list(_R311[1][2:]) + [""],
            list(_R311[2][2:]) + [""],
            list(_R311[3][1:]) + [""],
        ]),
    ],
    truth={"projects": [P(_N311, None, "1437", None, [
        I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _R311])]},
    notes="""
Place: 罗湖区 (Luohu district, SHENZHEN, Guangdong), sub-district level: 罗湖区南湖街道办事处 (项目单位) under 罗湖区住房和建设局 (项目主管
部门); year 2022 (the works and targets of 2022). A plain simplified page of the sub-district's section of the district's site
(szlh.gov.cn/lhnhjdbsc, gkmlpt), found by a traditional-character query on old-estate renovation; not a mirror: everything here
is transcribed from source.txt. Guangdong is covered (Dongguan, Zhaoqing, Shaoguan); Shenzhen, a sub-district, a SPECIAL-BOND
project (专项债, "投向领域 | 老旧小区改造领域15500") and the bottled-gas-to-pipeline works (瓶改管) are new.
Template kind: the Shenzhen self-evaluation of a special-bond project: 项目名称 | 投向领域 / 项目主管部门 | 项目单位 / 项目实施内容 / 年度绩效
目标 (预期目标 | 全年实际完成情况) / 当年绩效指标 over a BOND-MONEY block (债券资金管理指标(10分) | 总体支出进度 (当年实际支出金额/项目当年
下达额度) | 实际支出金额 | 下达额度 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, values on the next row) and the indicator block
一级指标 | 二级指标 | 三级指标 | 目标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
Layout features: NO "万元" anywhere (the money row "1,437 | 1,437 | 1,437" carries no unit; thousands separators); the money sits in a
BOND-MANAGEMENT ROW inside the indicator block, under its own captions, above the indicator header; the indicator header is a
SECOND header row inside the spanning 当年绩效指标 label; 目标值 (not 年度指标值) beside 实际完成值; a target exceeded ("1785套" |
"1806套"); ASCII double quotes in a name ("实现\\"清瓶\\"城中村、住宅区数") and curly quotes in the project name; spaced captions ("实际支出
金额", "偏差原因分析 及改进措施", "年度 绩效目标").
Truth: one project, name = the 项目名称 cell as written ("罗湖区全面实施“瓶改管”工程 (南湖街道)"), budget 1437 (the 下达额度 cell "1,437",
the amount allotted to the project for the year: INFERRED to be the project's budget; equal to 实际支出金额), money_unit null (no unit is
printed; the amount is presumably 万元, not guessed). Four indicators: level1 "产出指标 (50分)" as written (filled down), level2 as
written, name = 三级指标, value = 目标值 as written, value_cells actual (实际完成值), weight (分值), score (得分). The 总体支出进度 row is
not an indicator (no target column: its cells are 实际支出金额 | 下达额度 | 实际完成值 | 分值 | 得分).
Truncation: the capture stops in the second 质量指标 row ("工程竣工验收合格率 | 1", its target cut); that row and the rest of the form
(时效, 效益 and 满意度 indicators, the total) are left out of every file, and the spans of 当年绩效指标 and 产出指标 end at the last
reproduced row. The capture starts with the grid (no page title).
Reconstruction: the capture prints each row as "cell | cell |" followed by one "|" per grid slot the row does not start (empty
cells are not printed but counted); every row sums to nine slots, so the grid has nine columns. INFERRED: the spans of the name and
投向领域 values (3 and 4) and of the 项目主管部门 / 项目单位 values (3 and 4); 项目实施内容 over eight columns; 年度绩效目标 over two rows
with 预期目标 | 全年实际完成情况 and their texts over four columns each; 当年绩效指标 over the bond row pair, the indicator header and
the four indicator rows; 债券资金管理指标(10分) and 总体支出进度 over their caption and value rows; the three "1,437" read as 实际支出
金额 | 下达额度 | 实际完成值 in that order with an empty 偏差原因 cell; 产出指标 (50分) over four rows, 数量指标 over three; the empty
偏差原因 cells of the indicator rows.
""",
))

# ------------------------------------------------------------- 341 (ninth round, build half)
_S341 = [  # 支出内容, 实际支出数 (yuan), 会计凭证号 (备注 empty)
    ("低票价补贴", "488000", "2018年2月0077号"),
    ("低票价补贴", "27000", "2018年3月0087号"),
    ("低票价补贴", "16200", "2018年6月102号"),
    ("低票价补贴", "358800", "2018年11月001号"),
    ("支出合计", "890000", ""),
]
FILINGS.append(dict(
    dir="341-miluo-gongjiao-dipiaojia-ziping-2017",
    html_title="汨罗市城市公共汽车公司2017年度财政支出项目绩效评价自评报告(低票价运营补贴 )",
    blocks=[
        ("p", "归档时间:2018-12-11"),
        ("p", "汨罗市城市公共汽车公司2017年度财政支出项目绩效评价自评报告(低票价运营补贴 )"),
        ("p", "来源: 日期: 【字号:大 中"),
        ("p", "附件3"),
        ("p", "汨罗市财政支出项目绩效评价自评报告"),
        ("p", "评价类型:项目实施过程评□ 项目完成结果评价"),
        ("p", "项目名称 低票价运营补贴"),
        ("p", "项目单位 汨罗市城市公共汽车公司"),
        ("p", "主管部门 汨罗市交通运输局"),
        ("p", "评价方式:部门(单位)绩效自评"),
        ("p", "评价机构:部门(单位)评价组"),
        ("p", "报告日期: 2018 8 04"),
        ("p", "汨罗市财政局(制)"),
        ("table", [
            [C("一、项 目 基 本 概 况", cs=8)],
            ["项目负责人", C("虞定武", cs=3), "联系电话", C("13762763567", cs=3)],
            ["项目地址", C("汨罗市城关", cs=3), "邮 编", C("414400", cs=3)],
            ["项目起止时间", C("2017年 1 月起至 2017 年 12 月止", cs=7)],
            ["计划安排资金\n(万元)", "89", "实际到位资金\n(万元)", "89", "实际支出\n(万元)", "89", "结余(万元)", ""],
            ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""],
            ["省财政", "", "省财政", "", "省财政", "", "省财政", ""],
            ["市财政", "", "市财政", "", "市财政", "", "市财政", ""],
            ["县(市)财政", "89", "县(市)财政", "89", "县(市)财政", "89", "县(市)财政", ""],
            ["其它", "", "其它", "", "其它", "", "其它", ""],
            [C("二、项目支出明细情况", cs=8)],
            [C("支出内容", cs=2), C("实际支出数", cs=2), C("会计凭证号", cs=2), C("备注", cs=2)],
        ] + [[C(i, cs=2), C(a, cs=2), C(v, cs=2), C("", cs=2)] for i, a, v in _S341] + [
            [C("三、项目绩效自评情况", cs=8)],
            [C("项目绩效定性目标及实施计划完成情况", cs=8)],
            [C("预 期 目 标", cs=4), C("实际完成", cs=4)],
            [C("低票价运营补贴", cs=4), C("60%", cs=4)],
        ]),
    ],
    truth={"projects": [P("低票价运营补贴", None, "89", "万元", [])]},
    notes="""
Place: 汨罗市 (Miluo, a county-level city of YUEYANG, HUNAN), 汨罗市城市公共汽车公司 (the city bus company) as 项目单位, 汨罗市交通运输局 as
主管部门; the project's year 2017 (项目起止时间 2017年 1 月起至 2017 年 12 月止; the page title "2017年度"), the report dated "2018 8 04"
(归档时间 2018-12-11). A plain simplified page of the city's own site (miluo.gov.cn), new to the corpus, found by a simplified query on bus
subsidies (公交运营补贴 … 年度指标值 实际完成值); transcribed from source.txt. Yueyang is covered (12, 220, 221, 244, 272, 274 and others);
Miluo, a bus company and a low-fare operating subsidy (低票价运营补贴) are new.
Template kind: the Yueyang 财政支出项目绩效评价自评报告 in Miluo's edition (附件3, 汨罗市财政局(制); the layout of 220, 221, 244 and 272): a
cover of label lines (评价类型 with check boxes, 项目名称, 项目单位, 主管部门, 评价方式, 评价机构, 报告日期), then 一、项目基本概况 (项目负责人 |
联系电话, 项目地址 | 邮编, 项目起止时间, four money blocks side by side: 计划安排资金 (万元) | 实际到位资金 (万元) | 实际支出 (万元) |
结余(万元), each split by source 其中:中央财政 / 省财政 / 市财政 / 县(市)财政 / 其它), 二、项目支出明细情况 (支出内容 | 实际支出数 |
会计凭证号 | 备注) and the head of 三、项目绩效自评情况.
Layout features: the project NAME ONLY ON A COVER LABEL LINE ("项目名称 低票价运营补贴", spaces between label and value); the money labels
over two lines ("计划安排资金" / "(万元)"); all the money county-level money (县(市)财政 89 in three blocks); the 结余 EMPTY (not 0); the
spending table in YUAN (488000 + 27000 + 16200 + 358800 = 890000 = 89 万元) with empty 备注 cells; part 三's 项目绩效定性目标及实施计划完成情况
as a two-column 预 期 目 标 | 实际完成 table whose one row holds the project's name as the "expected goal" and "60%" as what was done.
Truth: one project 低票价运营补贴 (the cover's 项目名称), budget 89 万元 (计划安排资金 (万元), the planned money, as in 220, 221, 244 and 272;
实际到位资金 and 实际支出 are the same; unit from the label). No indicators: the 定性目标 row "低票价运营补贴 | 60%" names no indicator and
gives no target (its one value stands under 实际完成), so it is not an indicator (README: rows without a readable target are not
indicators); the 项目绩效定量目标 table, where the indicators would be, is cut at its heading.
Truncation: "项目绩效定量目标(" (cut inside its heading) and the rest of the report are left out.
Reconstruction: the capture prints each cell as its own paragraph and prints an empty cell as a paragraph of one space, so the empty cells
are read as printed (结余, the four 其中:中央财政, 省财政 and 市财政 amounts, the fourth 县(市)财政, the 其它 amounts, every 备注, 支出合计's
会计凭证号 and 备注). The rebuild uses 8 columns (the money rows' eight cells) and INFERS every span as 272 does: the headings over the width,
the label | value rows (values over three columns), 项目起止时间 over seven, the spending table's four columns over two each, part 三's
two columns over four each. The page header (归档时间, the title, 来源/日期/字号, 附件3, the report title) and the cover lines are
paragraphs; the one-space paragraphs between them are left out; runs of spaces are kept as single spaces.
""",
))

# ------------------------------------------------------------- 351 (ninth round, build half)
_T351 = "重庆市万盛经开区财政局关于下达2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金预算的通知"
FILINGS.append(dict(
    dir="351-chongqing-wansheng-yanglao-fuwu-tisheng-2025",
    html_title=_T351,
    blocks=[
        ("p", _T351),
        ("p", "民政局:"),
        ("p", "根据《重庆市财政局关于下达2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金预算的通知》(渝财社〔2025〕49号),"
              "现下达你单位2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金预算。现将有关事宜通知如下:"),
        ("p", "一、此次下达的中央财政补助资金,按规定用于支持发展老年助餐服务,具体用于支持各地乡镇(街道)层面具有一定服务规模、运营相对稳定成熟的"
              "老年助餐点购置或更新相关设施设备,并适当向农村地区倾斜,引导建立可持续、可推广复制的运营机制与模式。"),
        ("p", "二、该项目支出列“2296002用于社会福利的彩票公益金支出”。"),
        ("p", "三、要加强资金使用管理,努力提高资金使用效益。进一步加强预算绩效管理,对照区域绩效目标表(附件2)完善绩效目标,确保年度绩效目标如期实现。"),
        ("p", "万盛经开区财政局\n2025年6月30日\n(此件主动公开)"),
        ("p", "附件1"),
        ("p", "2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金分配表"),
        ("p", "单位:万元"),
        ("table", [
            [C("序号", rs=3), C("预算单位", rs=3), C("老年人福利", cs=3)],
            [C("(支出科目:2296002)", cs=3)],
            ["小计", "老年助餐经费", "项目区县家庭养老床位建设及居家养老上门服务费"],
            ["1", "卫生健康局", "11.7", "11.7", ""],
        ]),
        ("p", "附件2"),
        ("p", "中央对地方转移支付区域绩效目标表(2025年度)"),
        ("table", [
            ["项目名称", C("中央专项彩票公益金支持", cs=5)],
            ["中央主管部门", C("[118]民政部", cs=5)],
            ["省级财政部门", C("重庆市财政局", cs=2), "省级主管部门", C("重庆市民政局", cs=2)],
            [C("资金情况", rs=3), "下达资金总额", C("1916", cs=4)],
            ["其中:中央财政补助", C("1916", cs=4)],
            ["地方资金", C("", cs=4)],
        ]),
    ],
    truth={"projects": [P("中央专项彩票公益金支持", None, "1916", None, [])]},
    notes="""
Place: 万盛经济技术开发区 (万盛经开区, CHONGQING), the zone's finance bureau (ws.cq.gov.cn/bm/czj) passing on to its 民政局 (the
notice's addressee; the allocation table names 卫生健康局 as the receiving budget unit) the 2025 central lottery-fund money for
home and community elderly care (老年助餐); year 2025 (notice of 2025-06-30). A plain simplified page new to the corpus, found by
a simplified subject query on home-care services (居家养老 / 日间照料); not a mirror: everything here is transcribed from
source.txt. Chongqing is covered (荣昌, 奉节, 忠县, 巫溪, 五桂镇, 丰都, 彭水 350); 万盛经开区, this lottery fund and the Chongqing
edition of the 中央对地方转移支付区域绩效目标表 (中央主管部门 with a department code, 省级财政部门 | 省级主管部门, 下达资金总额) are new.
Template kind: an allocation notice with two attachments: 附件1 a 资金分配表 (单位:万元; 序号 | 预算单位 | 老年人福利 over its 支出科目 and
小计 | 老年助餐经费 | 项目区县家庭养老床位建设及居家养老上门服务费) and 附件2 the 中央对地方转移支付区域绩效目标表(2025年度) of the
province-level (Chongqing city) fund, copied down with the notice.
Layout features: the target table is the CITY's regional table: its 下达资金总额 "1916" is the whole of Chongqing's share, not the
11.7 allotted to the zone in 附件1; the money block says "下达资金总额" (not 年度资金总额) and names NO unit (资金情况, no "(万元)"); the
only "万元" on the page is 附件1's "单位:万元", which belongs to the allocation table; the 项目名称 cell holds a shortened name
("中央专项彩票公益金支持", as captured) where the notice names the fund in full; a department code in brackets ("[118]民政部").
Truth: one project, name = the 项目名称 cell as written ("中央专项彩票公益金支持"), budget 1916 (下达资金总额), money_unit null
(the target table names no unit; presumably 万元, not guessed). No indicators: the capture stops before them.
Truncation: the capture stops in the 年度总体目标 row ("通过支持项目地区为经济困难的失能和部分失能老年人建设", cut); that row and
the rest of the table (the indicators) are left out of every file. The allocation table is reproduced as captured.
Reconstruction (INFERRED from the capture's "cell |" lines, which end each row with one "|" per grid slot the row does not
start): the target table has six columns (项目名称 and 中央主管部门 values over five; 重庆市财政局 and 重庆市民政局 over two each;
资金情况 over three rows, the amounts over four columns; the 地方资金 value empty over four); the allocation table five (序号 and
预算单位 over three rows, 老年人福利 and its 支出科目 over three columns; the data row's last (上门服务费) cell empty: it prints
nothing, and the row ends without the trailing "|" the other rows carry).
""",
))

# ------------------------------------------------------------- 343 (ninth round, build half)
_B343 = ("1.《国家应急平台体系建设技术要求(试行)》(国务院应急办函〔2007〕98号); 2.《国家应急平台体系建设指导意见》; "
         "3.《关于全面推进“智慧消防”建设的指导意见》(公消〔2017〕297号); 4.《应急管理部信息化发展战略规划框架(2018-2022年)》"
         "(应急管理部2号文); 5.《消防救援队伍信息化发展规划(2019~2022)》; 6.《消防救援队伍信息化建设2020年度实施方案》; "
         "7.《国务院办公厅关于印发国家综合防灾减灾规划(2016—2020年)的通知》(国办发〔2016〕104号); 8.《广东省突发事件总体应急预案》; "
         "9.《广东省消防救援总队信息化总体规划(2021~2023)》; 10.《广东消防大数据建设任务方案》。")
FILINGS.append(dict(
    dir="343-guangdong-xiaofang-zhihui-xiaofang-mubiao-2021",
    html_title="广东智慧消防建设:广东省财政厅关于安排2021年智慧消防项目经费的通知",
    blocks=[
        ("p", "广东智慧消防建设:广东省财政厅关于安排2021年智慧消防项目经费的通知"),
        ("p", "粤财资环〔2021〕43号"),
        ("p", "省消防救援总队:"),
        ("p", "根据《广东省消防救援总队关于下达省消防救援总队2021年智慧消防项目经费的函》,经审核,现安排你单位2021年智慧消防项目资金"
              "(具体项目、金额、科目见附件1)。有关事项通知如下:"),
        ("p", "一、请严格按照预算管理有关规定和资金用途用款,切实加快预算执行,年终编列决算。同时,请加强资金监管,不得挤占、截留或挪用,"
              "确保专款专用。"),
        ("p", "二、请按照全面实施预算绩效管理的有关要求,进一步加强预算绩效管理,加强绩效目标(附件2)监控和绩效评价,确保年度绩效目标如期实现。"),
        ("p", "附件:1.省消防救援总队2021年智慧消防项目资金安排表"),
        ("p", "2.绩效目标表"),
        ("p", "广东省财政厅"),
        ("p", "2021年6月29日"),
        ("p", "绩效目标表"),
        ("table", [
            ["项目名称", C("广东省消防救援总队2021年智慧消防项目", cs=4)],
            ["项目类型", C("财政新增资金", cs=4)],
            ["项目等级", C("二级项目", cs=4)],
            ["省级主管部门", C("广东省消防救援总队", cs=4)],
            ["实施周期", "起始年度", "2021年", "到期年度", "2022年(项目周期1年)"],
            ["2021年金额(元)", C("30,223,400", cs=4)],
            ["设立依据", C(_B343, cs=4)],
        ]),
    ],
    truth={"projects": [P("广东省消防救援总队2021年智慧消防项目", None, "30223400", "元", [])]},
    notes="""
restored from a traditional-character copy (_restore.py)
Place: 广东省 (Guangdong province), province level: 广东省财政厅's notice 粤财资环〔2021〕43号 (dated 2021年6月29日) to 广东省消防救援总队 (the
provincial fire and rescue corps, also the 省级主管部门) allotting the 2021 智慧消防 (smart fire-fighting) project money; year 2021 (实施周期
起始年度 2021年, 到期年度 2022年). Captured from a plain traditional-character copy of the notice on a company site (m.dsgjg668.com, titled
"广东智慧消防建设:…"; no pinyin glosses), found by a simplified query on fire stations and fire engines (gatherR, round nine, third wave);
restored by _restore.py (t2s only). Guangdong is rare in the corpus (161 and 74, Dongguan; 311, Shenzhen); a province-level fire corps and
a smart fire-fighting (信息化) project are new.
Template kind: the Guangdong provincial 绩效目标表 attached to a finance-department allotment notice (附件2), its head block of label | value
rows: 项目名称 / 项目类型 / 项目等级 / 省级主管部门 / 实施周期 (起始年度 | 2021年 | 到期年度 | 2022年(项目周期1年)) / 2021年金额(元) / 设立依据 /
项目概述, the indicator table beyond the capture.
Layout features: the money a ONE-ROW amount in YUAN with thousands commas, "2021年金额(元) | 30,223,400", no 年度资金总额 / 其中 block; the
year inside the money label; 实施周期 split over four cells (起始年度 | 2021年 | 到期年度 | 2022年(项目周期1年)); a long 设立依据 cell listing
ten documents; the notice's prose above the table.
Truth: one project 广东省消防救援总队2021年智慧消防项目 (the 项目名称 cell), budget 30223400 元 (the 2021年金额(元) cell "30,223,400", written as
a plain decimal without its commas; unit 元 from the label). No indicators: the capture stops in the 项目概述 row, before the 绩效指标.
Truncation: the 项目概述 row ("项目概述 | 本", cut after its first character) and the rest of the table are left out.
Reconstruction: the capture prints each row on one line with " | " between cells (the 实施周期 row five cells, the others two); the rebuild
uses 5 columns and INFERS the value cells' span over the four columns right of the label. The notice's lines are paragraphs.
Restoration: no gloss (a plain traditional copy). OpenCC choices checked where they matter: 关于 (the page prints 關于), 周期 (周 kept),
粤 (粵 → 粤), 平台 (平臺 → 平台), 挤占 (擠 → 挤); the project name and the amount carry no ambiguous character.
""",
))

# ------------------------------------------------------------- 361 (ninth round, build half)
_N361 = "黄果树旅游区黄果树镇人民政府2023年村干部报酬项目"
_G361 = ("黄果树镇人民政府村干部报酬项目2023年绩效目标已完全实现。综合来看,黄果树旅游区黄果树镇人民政府2023年度村干部报酬项目在项目立项、"
         "项目资金投入、资金管理方面的完成情况都相对较好,项目管理制度较为健全,且执行有效。在促进区域经济、提高村干部工作积极性和村干部报酬"
         "可持续增长机制建立方面的成效均较为明显,但还存在绩效目标编制不完整、绩效指标与绩效目标关联性不强、绩效自评工作质量不高、村干部满意度"
         "不高等问题。")


def _r361a(a, b, c, d):  # four cells: label | value | label | value
    return [a, C(b, cs=2), C(c, cs=2), C(d, cs=4)]


def _r361b(a, b, c, d, e, f):  # six cells: label | value | label | value | label | value
    return [a, C(b, cs=2), C(c, cs=2), d, e, C(f, cs=2)]


FILINGS.append(dict(
    dir="361-anshun-huangguoshu-cunganbu-baochou-pingjia-2023",
    html_title=_N361 + "绩效评价报告",
    blocks=[
        ("p", _N361),
        ("p", "村干部报酬项目"),
        ("p", "绩效评价报告"),
        ("p", "报告编号:ZL-YSJX-2024-0049"),
        ("p", "委托单位:黄果树旅游区财政局"),
        ("p", "评价机构:贵州中略管理咨询有限公司"),
        ("p", "报告时间:2024年12月"),
        ("table", [
            [C("评价分值:88.64分评价等级:良", cs=9)],
            [C("概要", cs=9)],
            [C("评价机构全称(盖章):贵州中略管理咨询有限公司单位:万元、类、个", cs=9)],
            _r361a("项目名称", _N361, "评价年度", "2023"),
            _r361a("财政主管处室", "预算科", "联系人及联系方式", "李朝娥18885350127"),
            _r361a("主管部门", "黄果树镇人民政府", "联系人及联系方式", "黄艳18984678067"),
            _r361b("自评方式", "单位自评", "自评分值", "100", "自评等级", "优"),
            _r361b("各级资金 投入总数", "246.37", "抽查资金总数", "246.37", "资金抽查占比", "100%"),
            _r361b("区级财政资金拨付数", "246.37", "区级财政资金抽查数", "246.37", "区级财政资金抽查占比", "100%"),
            _r361b("项目类别", "1", "抽查类别", "1", "类别抽查占比", "100%"),
            _r361b("项目数量", "1", "抽查项目数", "1", "项目抽查占比", "100%"),
            _r361b("涉及市县数 或项目点", "1", "抽查市县数或项目点", "1", "抽查 区域", "1"),
            _r361b("发放调查 问卷", "36", "有效调查 问卷", "36", "满意度 情况", "78.34%"),
            ["绩效目标 实现情况", C(_G361, cs=8)],
        ]),
    ],
    truth={"projects": [P(_N361, None, "246.37", "万元", [])]},
    notes="""
Place: 黄果树镇 (Huangguoshu town, 黄果树旅游区, ANSHUN, GUIZHOU), town level: 黄果树镇人民政府 as 主管部门, the tourist district's
finance bureau (黄果树旅游区财政局, 预算科) as 委托单位; the project year 2023 (评价年度 2023; the project's name "…2023年村干部报酬项目"),
the report dated 2024年12月 (published 2024-12-31). A plain simplified page of the town's section of the district's site
(hgsgwh.anshun.gov.cn), found by a simplified query on village cadres' pay (村干部报酬 基层组织运转经费 绩效目标表 村干部人数 报酬发放
及时率 指标值); not a mirror: everything here is transcribed from source.txt. Guizhou, Anshun, a town's VILLAGE-CADRE PAY and a third-party
evaluation firm's report are new to the corpus (one earlier filing names Guizhou at all).
Template kind: the cover and the 概要 (summary) table of a Guizhou THIRD-PARTY 绩效评价报告 (评价机构 贵州中略管理咨询有限公司): 评价分值 |
评价等级 and the firm's name with the units "单位:万元、类、个" over the grid, then label | value pairs three to a row (项目名称 | 评价年度,
财政主管处室 | 联系人及联系方式, 主管部门 | 联系人及联系方式, 自评方式 | 自评分值 | 自评等级, 各级资金投入总数 | 抽查资金总数 | 资金抽查占比,
区级财政资金拨付数 | 区级财政资金抽查数 | 区级财政资金抽查占比, 项目类别 | 抽查类别 | 类别抽查占比, 项目数量 | 抽查项目数 | 项目抽查占比,
涉及市县数或项目点 | 抽查市县数或项目点 | 抽查区域, 发放调查问卷 | 有效调查问卷 | 满意度情况), 绩效目标实现情况 as a sentence.
Layout features: NO 预算数 / 年度资金总额 caption: the project's money is "各级资金 投入总数 | 246.37" (funds put in by all levels), repeated
by 抽查资金总数, 区级财政资金拨付数 and 区级财政资金抽查数; the money unit only in a list of units for the whole table ("单位:万元、类、个");
many counts and percentages beside the money in label | value pairs (自评分值 100, 资金抽查占比 100%, 发放调查问卷 36, 满意度情况 78.34%) —
none of them a budget; spaced captions ("各级资金 投入总数", "发放调查 问卷", "抽查 区域"); the 评价分值 and 评价等级 glued in one cell
("评价分值:88.64分评价等级:良"); phone numbers glued to names ("李朝娥18885350127").
Truth: one project, name = the 项目名称 cell "黄果树旅游区黄果树镇人民政府2023年村干部报酬项目", budget 246.37 万元: the 各级资金投入总数
cell (INFERRED to be the project's money for the year: the summary gives no 预算数; the same amount is the district's 拨付数, so the
project was wholly district-funded), unit 万元 from "单位:万元、类、个" (INFERRED: 万元 is the table's only money unit). NO INDICATORS: the
capture stops before the report's indicator tables (评价问题 …).
Truncation: the capture stops in the row after 绩效目标实现情况 ("评价问题 简要情", cut); that row and the rest of the report are left
out of every file. The report's cover lines (the name, 村干部报酬项目, 绩效评价报告, 报告编号, 委托单位, 评价机构, 报告时间) are kept as
paragraphs above the grid.
Reconstruction: the capture prints each grid row with "|" after each cell (cells of a row on separate lines) and one "|" for each
slot the row does not start; every row sums to nine slots, so the grid has nine columns. INFERRED: the three top rows over nine
columns; the four-cell rows as label | value (2) | label (2) | value (4); the six-cell rows as label | value (2) | label (2) | value |
label | value (2); 绩效目标实现情况's sentence over eight columns.
""",
))

# ------------------------------------------------------------- 353 (ninth round, build half)
_P353 = ("现将中央非物质文化遗产保护专项资金转移支付2021年度绩效自评报告、国家文物保护专项转移支付2021年度绩效自评报告、中央支持地方公共文化服务体系"
         "建设补助资金2021年度绩效自评报告公开如下:2021年度中央非物质文化遗产保护专项资金转移支付绩效自评报告一、绩效目标分解下达情况(一)中央下达"
         "专项转移支付预算和绩效目标情况1.预算数:2021年,包含补助18个年度重点项目资金774万元、补助6名传承人记录工作资金240万元、补助3期传承人研修"
         "培训计划资金140万元、补助42名国家级传承人资金84万元、补助国家级文化生态保护(实验)区资金750万元,(二)区内分解下达预算和绩效目标情况1.年度"
         "重点项目补助资金874万元:主要完成以下19项国家级非物质文化遗产代表性项目(含1个联合国人类非遗代表性项目)2021年度的保护传承和展示推广工作,"
         "补助19项年度国家级非物质文化遗产代表性项目保护补助资金874万元,2021年国家非物质文化遗产保护专项资金的经济效益主要集中在国家级非遗代表性传承人"
         "开展传习活动后,国家非物质文化遗产保护专项资金有效支持了19个国家级非物质文化遗产代表性项目的保护传承和展示推广工作,")
FILINGS.append(dict(
    dir="353-guangxi-wenlv-feiyi-zhuanyi-ziping-2021",
    html_title="自治区文化和旅游厅关于2021年度中央转移支付专项资金绩效自评的报告",
    blocks=[
        ("p", "自治区文化和旅游厅关于2021年度中央转移支付专项资金绩效自评的报告"),
        ("p", "广西壮族自治区文化和旅游厅 | 2022-12-30"),
        ("p", _P353),
        ("p", "中央非物质文化遗产保护资金转移支付绩效目标自评表(2021年度)"),
        ("table", [
            ["转移支付(项目)名称", C("非物质文化遗产保护资金", cs=4)],
            ["中央主管部门", C("文化和旅游部", cs=4)],
            ["地方主管部门", "", "资金使用单位", C("", cs=2)],
            [C("资金情况(万元)", rs=5), "", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
            ["年度资金总额:", "2118", "2118", "100%"],
            ["其中:中央财政资金", "2118", "2118", "100%"],
            ["地方资金", "", "", ""],
            ["其他资金", "", "", ""],
            ["总体目标完成情况", C("总体目标", cs=2), C("全年实际完成情况", cs=2)],
        ]),
    ],
    truth={"projects": [P("非物质文化遗产保护资金", None, "2118", "万元", [])]},
    notes="""
Place: 广西壮族自治区 (GUANGXI, province level): 自治区文化和旅游厅's 2022-12-30 publication of three 2021 self-evaluations of central
transfers, the first being the intangible-heritage fund (中央非物质文化遗产保护专项资金); year 2021. Republished by a policy-
information site (chacewang.com, "查政策, 找服务, 就上查策网 !"): a plain simplified page, transcribed from source.txt. Earlier
passed over by gatherO (round nine, second wave) as "the first table glued and cut before its indicators"; taken here, budget
only, with the split of the glued amounts argued below. GUANGXI is a province new to the corpus.
Template kind: the 2021 national 中央对地方转移支付 绩效目标自评表 (转移支付(项目)名称 / 中央主管部门 / 地方主管部门 | 资金使用单位 /
资金情况(万元) over 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) / 总体目标完成情况: 总体目标 | 全年实际完成情况 / indicators),
preceded on the page by a summary of the report's prose (the site's own excerpting: sentences cut at commas).
Layout features: below the title and date lines the page is ONE paragraph: the report's prose and the table's cells glued without separators
("...(B/A)年度资金总额:21182118100%其中:中央财政资金21182118100%地方资金其他资金总体目标完成情况..."); empty 地方主管部门 and
资金使用单位 cells; the money rows at province level (the amounts of the whole province); the prose lists sub-amounts
(774 + 240 + 140 + 84 + 750 万元; 874 万元 passed down) that are not the table's total.
Truth: one project, name = the 转移支付(项目)名称 cell as written ("非物质文化遗产保护资金"), budget 2118 (年度资金总额's 全年预算数(A)),
money_unit 万元 (from "资金情况(万元)"). No indicators: the capture stops before them.
INFERRED: the split of the glued "21182118100%" into 全年预算数(A) 2118 | 全年执行数(B) 2118 | 预算执行率(B/A) 100%: the rate cell ends
the run ("100%"), and a rate of 100% means A = B, so the eight digits split into two equal halves; no other split of "21182118" gives
two equal amounts. The same for the 其中:中央财政资金 row (2118 | 2118 | 100%: the whole fund is central money). The empty cells
(地方主管部门, 资金使用单位, the blank corner beside 资金情况 and the 地方资金 / 其他资金 amounts) print nothing in the glued text: their
places are inferred from the form.
Truncation: the capture stops in the 总体目标 row ("对国家级", cut); that row, the indicators and the other two reports are left out
of every file. The site's slogan line is left out.
Reconstruction: the paragraphs and the table are rebuilt from the one glued paragraph in the form's usual shape (five columns:
label, sub-label and the three money columns; the name and 主管部门 values over four, 资金使用单位's value over two, 资金情况(万元) over
five rows, 总体目标 and 全年实际完成情况 over two each). INFERRED throughout, as the glued text shows no cell boundaries.
""",
))

# ------------------------------------------------------------- 381 (tenth round, build half)
FILINGS.append(dict(
    dir="381-ezhou-kejiguan-kepu-zhanjiao-shenbao",
    html_title="项目支出绩效目标申报表",
    blocks=[
        ("table", [
            [C("项目支出绩效目标申报表", cs=7)],
            [C("申报单位:鄂州市科学技术馆", cs=5), C("金额单位:万元", cs=2)],
            ["项目名称", C("科普展教及运营维护", cs=6)],
            ["项目预算", "63", "项目类型", C("□ 常年性项目 □ 延续性项目 □ 一次性项目", cs=4)],
            ["资金性质", C("□ 经费拨款 □ 非税收入 □ 政府性基金 □ 国有资本经营收入 □ 社会保险基金", cs=6)],
        ]),
    ],
    truth={"projects": [P("科普展教及运营维护", None, "63", "万元", [])]},
    notes="""
restored from a traditional-character copy (_restore.py)
Place: 鄂州市 (Ezhou, Hubei), city level: 鄂州市科学技术馆 (the city's science and technology museum), its project 科普展教及运营维护
(popular-science exhibitions and education, operation and upkeep). Year NOT GIVEN in the capture: the 立项依据 cites plans for
2021-2025 (科协发普字〔2021〕52号 and 56号), so the filing is 2022 or later (an inference, not used in any field). Captured from a copy
in traditional characters with a few pinyin glosses (proxypass.net: "延續(xù)性", "立項依據(jù)"); restored.txt (glosses removed, OpenCC
t2s) is what this is transcribed from. Hubei and 鄂州 are covered (held-out 38; held-out 380, the city's 科协, in this round); the
science museum and its 申报表 are new.
Template kind: a 项目支出绩效目标申报表 (the Hubei city form: 申报单位 | 金额单位 / 项目名称 / 项目预算 | 项目类型 / 资金性质 / 立项依据 …),
the indicator table beyond the capture.
Layout features: the money a single "项目预算 | 63" cell pair with the unit only in the header's "金额单位:万元" (no 年度资金总额, no
其中 rows); 项目类型 and 资金性质 as rows of unticked check boxes (the copy prints every box "□": which is ticked cannot be told); a
long 立项依据 cell quoting two national plans.
Truth: one project 科普展教及运营维护 (the 项目名称 cell), budget 63 万元 (项目预算; the unit from "金额单位:万元"). No indicators: the
capture stops inside the 立项依据 cell, before the targets.
Truncation: the 立项依据 row (cut in its second paragraph, "依托“中国空") and the rest of the form are left out of every file.
Reconstruction: the capture prints each row on one line, " | " after each cell and one "|" for each column slot the row does not
start; every row sums to seven slots, so the grid has seven columns. INFERRED: the title row over seven columns; 申报单位 over five
and 金额单位 over two; the values of 项目名称 and 资金性质 over six; the 项目类型 boxes over four.
Restoration: no untoned gloss was removed. OpenCC choices checked where they matter: 鄂州 (unchanged), 科学技术馆 (科學技術館),
运营维护 (運營維護), 万元 (萬元); the name and the amount carry no ambiguous character.
""",
))

# ------------------------------------------------------------- 371 (tenth round, build half)
_R371 = [  # level1, level2, name, 年度指标值, 全年完成值
    ("产出指标", "数量指标", "调度中心接警次数", "12000", "14084"),
    ("产出指标", "数量指标", "救护车出车次数", "4500", "5208"),
    ("产出指标", "数量指标", "车辆运行率", "100%", "100%"),
    ("效益指标", "社会效益指标", "医疗保障次数", "30", "69"),
    ("满意度指标", "服务对象满意度指标", "患者满意率", "95%", "99%"),
]
FILINGS.append(dict(
    dir="371-wuhan-caidian-jijiuzhan-ziping-2019",
    html_title="蔡甸区急救站急救运营专项资金绩效目标自评报告(2019年度)",
    blocks=[
        ("p", "蔡甸区急救站急救运营专项资金绩效目标自评报告(2019年度)"),
        ("p", "一、项目绩效自评表"),
        ("table", [
            ["专项(项目)名称", C("急救运营专项", cs=6)],
            ["主管部门", C("武汉市蔡甸区卫生健康局", cs=2), "实施单位", C("武汉市蔡甸区急救站", cs=3)],
            [C("项目资金(万元)", rs=5), C("", cs=3), "全年预算数(A)", "全年执行数(B)", "执行率(B/A)"],
            [C("年度资金总额:", cs=3), "60", "60", "100%"],
            [C("其中:预算内资金", cs=3), "60", "60", "100%"],
            [C("政府性基金", cs=3), "", "", ""],
            [C("其他资金 (包括结转结余)", cs=3), "", "", ""],
            [C("绩效指标", rs=12), "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
            [C("产出指标", rs=6), C("数量指标", rs=3)] + list(_R371[0][2:]) + [""],
            list(_R371[1][2:]) + [""],
            list(_R371[2][2:]) + [""],
            ["质量指标", "", "", "", ""],
            ["时效指标", "", "", "", ""],
            ["成本指标", "", "", "", ""],
            [C("效益指标", rs=4), "经济效益指标", "", "", "", ""],
            ["社会效益指标"] + list(_R371[3][2:]) + [""],
            ["生态效益指标", "", "", "", ""],
            ["可持续影响指标", "", "", "", ""],
            ["满意度指标", "服务对象满意度指标"] + list(_R371[4][2:]) + [""],
            ["说明", C("无", cs=6)],
        ]),
        ("p", "二、项目概况和资金使用管理情况"),
        ("p", "(一)简要概述项目基本性质、用途和主要内容、涉及范围。蔡甸区急救站于2008年8月开始运行,2009年12月1日,经区编委核准为独立法人单位,"
              "卫生技术岗位编制16人,目前实际在岗人数31人,其中在编11人,急救车辆15辆(含军运会期间下拨8辆救护车)。随着我国城市化进程加快,"
              "蔡甸区宜居新城的建立,居住人口逐年增多,加上人们对院前急救知识加强,急救呼入越来越多,出车量大幅度增加,意味着院前急救的社会关注度"
              "得到了显著提高。"),
    ],
    truth={"projects": [P("急救运营专项", None, "60", "万元",
                          [I(l1, l2, n, v, actual=a) for l1, l2, n, v, a in _R371])]},
    notes="""
Place: 蔡甸区 (Caidian district, WUHAN, HUBEI), district level: 武汉市蔡甸区急救站 (the district's emergency-ambulance station, the
120 dispatch centre) as 实施单位, 武汉市蔡甸区卫生健康局 as 主管部门; year 2019 (the report's title "(2019年度)"). A plain simplified
page of a document site (renrendoc.com: the text layer of an uploaded report, "文档简介"), found by a simplified query on emergency
care (急救中心 项目支出绩效自评表 接警 出车 急救站 年度指标值 实际完成值 分值 得分). Pre-hospital emergency care (急救运营) and this unit
are new to the corpus (no 急救站 / 急救中心 filing in testdata/real*); Caidian appears only as a passed-over glossed page (森林防火 2021).
Template kind: the Hubei 2019 专项资金绩效目标自评报告 (the family of 21/23 青山区): part 一 a 项目绩效自评表 (专项(项目)名称 / 主管部门 |
实施单位 / 项目资金(万元) by 全年预算数(A) | 全年执行数(B) | 执行率(B/A) over 年度资金总额 | 其中:预算内资金 | 政府性基金 | 其他资金
(包括结转结余) / 绩效指标 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施 / 说明), then the report's prose.
Layout features: the document site's text layer glues every cell of the table into ONE paragraph with no separators
("...执行率(B/A)年度资金总额:6060100% 其中:预算内资金6060100%...调度中心接警次数1200014084救护车出车次数45005208车辆运行率100%100%
质量指标时效指标..."), with the site's page-chunk markers "1、" "2、" "3、" at the starts of its chunks (one of them, "2、", falls inside an
indicator row); the whole standard list of level-2 labels printed, most of them with no indicator (质量指标, 时效指标, 成本指标, 经济效益指标,
生态效益指标, 可持续影响指标 empty); targets and actuals as bare counts without units ("12000" / "14084"); an empty 未完成原因和改进措施
column; a 说明 row "无".
Truth: one project, name = the 专项(项目)名称 cell "急救运营专项", budget 60 (年度资金总额's 全年预算数(A)), money_unit 万元 (from
"项目资金(万元)"). Five indicators with value = the 年度指标值 and value_cells.actual = the 全年完成值.
INFERRED (the glued digits): "6060100%" split as 60 | 60 | 100% (the rate cell ends the run; a rate of 100% means A = B, so the four
digits split into two equal halves; no other split gives two equal amounts); the same for 其中:预算内资金. The glued target and actual of
each count row split where the target is a round number not above the actual: "1200014084" as 12000 | 14084, "45005208" as 4500 | 5208,
"3069" as 30 | 69. Grounds: no cell starts with a 0 (so 1200 | 014084, 450 | 05208 and 3 | 069 are out); the 未完成原因和改进措施 column
is empty and the 说明 is "无", so no target was missed (which rules out 120001 | 4084, 45005 | 208 and 306 | 9); of the rest, only
absurdly small targets remain (1 | 200014084, 4 | 5005208) against the round 12000 / 4500 that the station's 14084 calls and 5208 runs
make plausible. A reading, not a certainty: a reviewer may weigh it. "100%100%" and "95%99%" split at the "%" signs without doubt.
Left out for want of a safe reading: the second 社会效益指标 row, whose name and digits the site's chunk marker "2、" cuts ("精准扶贫服务" /
"2、人次1220": the name 精准扶贫服务人次 and the glued "1220", which splits as 12 | 20, 1 | 220 or 122 | 0 with nothing to choose
between them); it is left out of every file, so 社会效益指标 has one row here.
Truncation: the capture stops in the report's prose ("...安排落实、总", cut); the prose after the first paragraph of part 二 (from
"急救站运营补助经费主要用于...", across the chunk marker "3、") and the rest of the report are left out. The document site's boilerplate
lines above the text (下载本文档, 版权说明, 文档简介) are left out.
Reconstruction: INFERRED throughout from the order of the glued cells in the form's usual shape: seven columns (the side label 绩效指标,
the three level columns, 年度指标值, 全年完成值, 未完成原因和改进措施); the name over six, 主管部门's value over two and 实施单位's over three;
项目资金(万元) over five rows with the money labels over three columns; 产出指标 over six rows (数量指标 over three), 效益指标 over four;
the empty level-2 rows kept as they print.
""",
))

# ------------------------------------------------------------- 401 (tenth round, build half)
FILINGS.append(dict(
    dir="401-suzhou-caizheng-zaibei-zhongxin-ziping-2021",
    html_title="市财政灾备中心建设_自评报告",
    blocks=[
        ("p", "苏州市级财政支出项目绩效自评价报告"),
        ("p", "苏州市级财政支出项目绩效自评表"),
        ("table", [
            ["项目名称", C("市财政灾备中心建设", cs=2), "项目年份", "2021"],
            ["项目主管部门(单 位)", C("苏州市财政局", cs=4)],
            ["市级预 算执行 情况(万 元)", "年初预算 数", "210", "当年使用上年结余、结 转及当年调整预算数", "0"],
            [C("市级财 政资金 使用情 况(万 元)", rs=3), "财政拨款 数", "210", "指标结余数", "0"],
            ["实际支付数", "197.33", "资金结余、结转数", "12.67"],
            ["其中: 结转数", "12.67", "财政收回数", ""],
            [C("项目资金构成(详细列出各子项目名称和金额)", cs=5)],
            [C("子项名称", cs=3), "预算数(万元)", "实际数(万元)"],
            [C("市财政灾备中心建设", cs=3), "203", "197.33"],
            [C("监理服务", cs=3), "7", "5.638"],
            [C("合计", cs=3), "210", "210"],
        ]),
    ],
    truth={"projects": [P("市财政灾备中心建设", None, "210", "万元", [])]},
    notes="""
Place: 苏州市 (SUZHOU, JIANGSU), city level, 苏州市财政局 (the city's finance bureau, 项目主管部门); project 市财政灾备中心建设 (building
the city finance bureau's disaster-recovery centre: backup cloud, nodes, network), year 2021 (项目年份). Captured from a document-sharing
site (keke.chddh.cn) that shows the PDF "市财政灾备中心建设_自评报告.pdf" as the text of its pages, one paragraph. Suzhou (Jiangsu) and an
information-system (信息化/网络安全) project of a finance bureau are new to the corpus.
Template kind: the Suzhou 苏州市级财政支出项目绩效自评表 at the head of a 绩效自评价报告: 项目名称 | 项目年份, 项目主管部门(单位), 市级预算
执行情况(万元) 年初预算数 | 当年使用上年结余、结转及当年调整预算数, 市级财政资金使用情况(万元) 财政拨款数 | 指标结余数 / 实际支付数 |
资金结余、结转数 / 其中: 结转数 | 财政收回数, 项目资金构成 (子项名称 | 预算数(万元) | 实际数(万元), 合计), then an indicator table
项目类别 | 指标名称 | 目标值 | 权重 | 实际完成值 | 自评分 with the classes 投入目标, 项目绩效实现情况(80分), 产出目标, 结果目标.
Layout features: PDF TEXT, one paragraph: labels wrapped inside their cells and printed in pieces, interleaved with the values
("市级预 年初预算 当年使用上年结余、结 算执行 数 转及当年调整预算数 情况(万 210 0 元)"); the money unit only inside the wrapped
labels ("情况(万 … 元)") and the 子项 captions ("预算数(万元)"); the year's value (2021) printed before the 主管部门's value and its label
(项目年份) much later; the 合计 row printed between the two 子项 rows; a 合计 实际数 (210) that is not the sum of the 子项 actuals
(197.33 + 5.638), kept as written; no 项目支出绩效目标表-style 年度资金总额 caption: the budget is 年初预算数.
Truth: one project 市财政灾备中心建设 (项目名称), budget 210 万元 (年初预算数 of 市级预算执行情况; 财政拨款数 and the 子项 合计 预算数 are
the same 210; unit 万元 from "情况(万 元)", INFERRED to read 万元 across the wrap). NO INDICATORS, although the page prints an indicator
table: its names, targets, weights, actuals and scores come in separate runs ("权重 1 1 实际完成 自评分 值 100% 15%及其以 下 1 1 充分 1
100% 1 …", then the names "性 预算执行 率 项目计划 完成率 …"), and the class cells (投入目标, 项目绩效实现情况(80分), 产出目标,
结果目标) are printed among the names with no sign of which rows they cover, so level1 cannot be transcribed without guessing; the
table is LEFT OUT of every file (a builder may note that the values pair in order with the names: 预算执行率 100% | 6 | 94% | 4.2,
项目计划完成率 =70% | 3.71 | 70% | 3.71, … 灾备存储空间 80TB | 3.14 | 120TB | 3.14 — not scored).
Truncation: the capture stops inside the last indicator name ("出具 1 份监"); the rest of the report is not captured.
Reconstruction: the grid is rebuilt from the one paragraph (five columns; the labels with their wrap points kept as spaces: "市级预 算执行
情况(万 元)", "年初预算 数", "项目主管部门(单 位)"): which value belongs to which label is INFERRED from the order of the runs and the
sums (210 = 197.33 + 12.67; 12.67 = 结转数); 项目年份 | 2021 placed on the first row (INFERRED); 财政收回数 INFERRED empty; the 合计 row
placed after the two 子项 rows (INFERRED: 203 + 7 = 210). The file-name line is left out.
""",
))

# ------------------------------------------------------------- 383 (tenth round, build half)
_ITEMS383 = ["1.“文明创建、乡村振兴等项目支出”项目。", "(1)项目概述。用于落实市委市政府关于文明创建、乡村振兴等工作要求。", "(2)立项依据。市委市政府安排工作任务。",
             "(3)实施主体。宣城市科技局(市外专局)。", "(4)起止时间。长期。",
             "(5)项目内容。组织各类招商引资活动,负责境内外投资的接待、洽谈、考察等组织工作;落实年度文明创建、联点共建、乡村振兴、防汛抗灾等工作要求。",
             "(6)年度预算安排。5万元。", "(7)绩效目标。完成年度招商引资、文明文明创建、联点共建、乡村振兴、防汛抗灾等工作任务。"]
_G383 = "目标1:组织各类招商引资活动,负责境内外投资的接待、洽谈、考察等组织工作;"
_R383 = [  # first (中期) group name, value | second (年度) group name, value
    ("报送招商信息线索", "≥60条", "开展招商活动", "≥5次"),
    ("牵头外出招商", "≥15次", "防汛应急圩段", "≥1个"),
    ("参加文明创建、联点共建、乡村振兴美丽乡村及防汛抗灾活动", "≥1500人次", "报送招商信息线索", "≥20条"),
    ("签约落地项目", "≥9项", "文明创建路段", "≥1个"),
    ("招引到位资金", "≥9000万元", "定点帮扶村", "≥1个"),
]


def _row383(i, r):
    n1, v1, n2, v2 = r
    if i == 0:
        return [C("产", rs=5), C("数量 指标", rs=5), n1, v1, "", C("数量 指标", rs=5), n2, v2, ""]
    return [n1, v1, "", n2, v2, ""]


FILINGS.append(dict(
    dir="383-xuancheng-kejiju-wenming-chuangjian-2023",
    html_title="项目支出绩效目标表",
    blocks=[("p", t) for t in _ITEMS383] + [
        ("table", [
            [C("项目支出绩效目标表", cs=10)],
            [C("(2023 年度)", cs=10)],
            ["项目名称", C("文明创建、乡村振兴等项目支出", cs=9)],
            ["实施单位", C("宣城市科学技术局(市外国专家局)", cs=9)],
            ["项目属性", C("常年项目", cs=9)],
            [C("项目资金", rs=3), C("中期资金总额:", cs=2), C("15.00", cs=2), C("年度资金总额:", cs=2), C("5.00", cs=3)],
            [C("其中:财政拨款", cs=2), C("15.00", cs=2), C("其中:财政拨款", cs=2), C("5.00", cs=3)],
            [C("其他资金", cs=2), C("", cs=2), C("其他资金", cs=2), C("", cs=3)],
            [C("总", rs=2), C("中期目标(2023年—2025年)", cs=5), C("年度目标", cs=4)],
            [C(_G383, cs=5), C(_G383, cs=4)],
            [C("绩", rs=6), "一级", "二级 指标", "三级指标", "指标值", "绩效标准", "二级 指标", "三级指标", "指标值", "绩效标准"],
        ] + [_row383(i, r) for i, r in enumerate(_R383)]),
    ],
    truth={"projects": [P("文明创建、乡村振兴等项目支出", None, "5.00", None,
                          [I("产", "数量 指标", r[0], r[1]) for r in _R383] + [I("产", "数量 指标", r[2], r[3]) for r in _R383])]},
    notes="""
Place: 宣城市 (Xuancheng, Anhui), city level: 宣城市科学技术局(市外国专家局) as 实施单位; year 2023 ("(2023 年度)"). A plain simplified page of
the city science bureau's site (kjj.xuancheng.gov.cn), transcribed from source.txt. Xuancheng is covered (held-out 126, 176; 271); the
science bureau and this project (civilisation-campaign, rural-revitalisation and investment-promotion tasks) are new.
Template kind: the Anhui 项目支出绩效目标表 with TWO column groups (the form of 51, 129 and held-out 84), preceded by the bureau's numbered
prose summary ((1)项目概述 … (7)绩效目标): 项目名称 / 实施单位 / 项目属性 / 项目资金 中期资金总额: | amount | 年度资金总额: | amount, with 其中:
财政拨款 and 其他资金 under each / 总(体目标) 中期目标(2023年—2025年) | 年度目标 / 绩(效指标) 一级 | 二级指标 | 三级指标 | 指标值 | 绩效标准 |
二级指标 | 三级指标 | 指标值 | 绩效标准.
Layout features: the two indicator groups hold DIFFERENT indicators (not the same rows repeated as in 51, 129 and held-out 3's and 4's
forms): the first (中期) group 报送招商信息线索 ≥60条, 牵头外出招商, 签约落地项目, 招引到位资金 ≥9000万元 …; the second (年度) group 开展招商
活动 ≥5次, 防汛应急圩段, 报送招商信息线索 ≥20条 (the same name as the first group's first row, another value), 文明创建路段, 定点帮扶村; a
绩效标准 column after each 指标值, empty throughout; labels cut to their first character in narrow columns ("总", "绩", level 1 "产");
spaced level-2 words ("二级 指标", "数量 指标"); NO MONEY UNIT anywhere in the table (the prose says "5万元"); two budgets side by side
(中期 15.00 over three years, 年度 5.00); empty 其他资金 cells; the same goal text under 中期 and 年度.
Truth: one project 文明创建、乡村振兴等项目支出 (项目名称), budget 5.00 (年度资金总额:, the year's amount, as in 51 and 129; the 中期 15.00 is
the three-year amount; the prose's "(6)年度预算安排。5万元。" agrees), money_unit null (the table names none; the prose's 万元 is outside
the table, as for 06). Ten indicators, all level 1 "产", level 2 "数量 指标": the five rows of the
first group, then the five of the second. INFERRED: both groups' rows are taken as indicators in their own right — each row of each
group carries its own name and target, and the two groups pair no rows (so the convention of held-out 3 and held-out 1's Dongguan form,
one indicator per row with the other group's value beside it, does not apply); "报送招商信息线索" is therefore expected twice, with
≥60条 (first group) and ≥20条 (second group).
Truncation: the capture stops in the sixth indicator row (three empty cells, then "联点共建", cut); that row and the rest (the other
level-2 blocks, 效益 and 满意度 indicators) are left out of every file; the spans of 绩, 产 and both 数量 指标 cells end at the last
reproduced row.
Reconstruction: the capture prints every cell on its own line followed by " |", and after a row's cells one "|" for each column slot
the row does not start (covered by a span, or a column span); every row sums to ten slots, the indicator header ten cells, so the grid
has ten columns. From the counts: 项目资金 spans the three money rows; 总 the goal-caption and goal rows; 绩 the header and the five
indicator rows; 产 and both 数量 指标 cells the five rows (each later row prints six cells and four "|": 绩, 产 and the two level-2
cells). INFERRED: how the money row's nine slots split (label 2 | amount 2 | label 2 | amount 3) and the goal row's (中期 over five
columns, 年度 over four); which column the empty 绩效标准 cells stand in. The numbered prose lines above the table are kept as paragraphs.
""",
))

# ------------------------------------------------------------- 421 (eleventh round, build half)
_G421A = "1、保障因工作遭受事故伤害或者患职业病的职工获得医疗救治和经济补偿,促进工伤预防和职业康复,分散用人单位的工伤风险。\n2、具体承办工伤保险事务。"
_G421B = "1、确保新、老工伤各项待遇及时、足额支付。\n2、工伤预防成效显著。"
_T421A = "绩效目标1:确保新老工伤各项待遇及时、足额支付"
_T421B = "绩效目标2:工伤预防成效显著"
_R421A = [  # level 1, level 2, name, value, 绩效标准, 备注
    ("产出指标", "数量指标", "全市待遇发放额", "28600万", "计划标准", "定量指标"),
    ("产出指标", "质量指标", "工伤保险基金安全完整率", "100%", "历史标准", "定量指标"),
    ("产出指标", "成本指标", "全年工伤保险基金支出", "29300万", "计划标准", "定量指标"),
    ("产出指标", "时效指标", "待遇及时发放率", "100%", "历史标准", "定量指标"),
    ("效益指标", "可持续影响指标", "各项待遇持续发放率", "100%", "历史标准", "定量指标"),
    ("效益指标", "社会公众或服务对象满意度", "服务对象满意度", "满意", "历史标准", "定性指标"),
]
_R421B = [
    ("产出指标", "数量指标", "全年工伤预防培训场次", "≥1场", "计划标准", "定量指标"),
    ("产出指标", "质量指标", "项目参训人员考核通过率", "≥90%", "计划标准", "定量指标"),
    ("产出指标", "成本指标", "工伤预防宣传费", "≤505万", "计划标准", "定量指标"),
    ("产出指标", "时效指标", "开展工伤预防培训", "2023年 年底前", "计划标准", "定量指标"),
    ("效益指标", "社会效率指标", "参训单位因安全生产责任事故造成职工重度伤残比率", "≤10%", "计划标", ""),
]


def _rows421(goal, rows, l1spans):
    out = []
    for i, r in enumerate(rows):
        row = []
        if i == 0:
            row.append(C(goal, rs=len(rows)))
        if r[0] != (rows[i - 1][0] if i else None):
            row.append(C(r[0], rs=l1spans[r[0]]))
        out.append(row + list(r[1:]))
    return out


def _inds421(rows):
    return [I(r[0], r[1], r[2], r[3], basis=r[4], nature=r[5]) if r[5] else I(r[0], r[1], r[2], r[3], basis=r[4])
            for r in rows]


FILINGS.append(dict(
    dir="421-xiangtan-gongshang-baoxian-jijin-2023",
    html_title="湘潭市工伤保险服务中心2023年项目支出绩效目标表",
    blocks=[
        ("p", "湘潭市工伤保险服务中心2023年项目支出绩效目标表"),
        ("p", "湘潭市人力资源和社会保障局 xtrs.xiangtan.gov.cn 发布时间:2023-04-20 10:51"),
        ("table", [
            [C("2023年项目支出绩效目标表", cs=8)],
            [C("填报单位:湘潭市工伤保险服务中心", cs=6), C("单位:万元", cs=2)],
            ["项目支出名称", C("湘潭市工伤保险基金", cs=3), "预算部门", C("湘潭市工伤保险服务中心", cs=3)],
            ["年度本级预算金额", C("28600万", cs=3), "该项目支出上级资金", C("省级562万", cs=3)],
            ["项目支出实施期", C("2023年1月31日---2023年12月31日", cs=7)],
            ["实施期绩效目标", C(_G421A, cs=7)],
            ["本年度绩效目标", C(_G421B, cs=7)],
            [C("部门整体支出年度绩效指标", rs=12), "绩效目标", "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准", "备注"],
        ] + _rows421(_T421A, _R421A, {"产出指标": 4, "效益指标": 2})
          + _rows421(_T421B, _R421B, {"产出指标": 4, "效益指标": 1})),
    ],
    truth={"projects": [P("湘潭市工伤保险基金", None, "28600", "万元", _inds421(_R421A) + _inds421(_R421B))]},
    notes="""
Place: 湘潭市 (Xiangtan, Hunan), city level: 湘潭市工伤保险服务中心 (the city's work-injury insurance service centre, under 湘潭市人力资源和
社会保障局, whose site xtrs.xiangtan.gov.cn published it on 2023-04-20); project 湘潭市工伤保险基金 (the work-injury insurance fund:
benefits and injury prevention), year 2023. A plain simplified page, transcribed from source.txt. Xiangtan is covered (33, held-out
34: 环卫 雾炮车); the social-insurance (人社) bureau and a fund-type project are new.
Template kind: the Hunan city 2023年项目支出绩效目标表 of 33 (填报单位 | 单位:万元, 项目支出名称 | 预算部门, 年度本级预算金额 | 该项目支出上级
资金, 项目支出实施期, 实施期绩效目标, 本年度绩效目标, a left label over the indicator rows, 指标值及单位 | 绩效标准), here with a 绩效目标
COLUMN that groups the rows by goal (绩效目标1 … / 绩效目标2 …, each spanning its own indicator rows, the level-1 labels repeated in
each group) and a 备注 column; the left label reads "部门整体支出年度绩效指标" although the sheet is a project's.
Layout features: the indicators in TWO GOAL GROUPS with their own level trees (产出指标 four rows, 效益指标 under each); money with a bare
"万" in the cells ("28600万", "29300万", "≤505万") and the unit only in "单位:万元"; a second amount beside the budget with a source
word ("省级562万", 该项目支出上级资金); the year's budget repeated as a target (全市待遇发放额 28600万); 绩效标准 holds 计划标准 / 历史标准;
备注 holds 定量指标 / 定性指标; a word target (满意), a date phrase with a space ("2023年 年底前"); the satisfaction label
"社会公众或服务对象满意度" as a level 2 (the old tree); a typo level 2 "社会效率指标" kept as written; a date range with "---" as 实施期;
goals as numbered lines inside one cell.
Truth: one project 湘潭市工伤保险基金 (项目支出名称), budget 28600 万元 (年度本级预算金额 "28600万"; unit from "单位:万元"). The 上级资金
"省级562万" is another source beside it, not part of the 本级 amount the sheet names as the year's budget; no total of the two is
printed, so 28600 is taken, as in 33 (an inference: a reader may argue for 29162). Eleven indicators, value = 指标值及单位 as written,
绩效标准 in value_cells.basis and 备注 in value_cells.nature (neither scored). INFERRED: "社会公众或服务对象满意度" is a level 2 under
效益指标 (the form's old tree, as in 33), not a level 1 over two columns — its row prints five cells like the level-2 rows; the two
readings give the same name and value.
Truncation: the capture stops inside the last row's 绩效标准 ("计划标", cut) — its name and target (≤10%) are complete, so the row is
kept with 绩效标准 "计划标" as captured and an empty 备注; the rest of the sheet (more rows of goal 2, approval and signature rows) is
left out of every file.
Reconstruction: the page prints each row as one line with the cells separated by spaces; the search store also returned a second
excerpt of the same page in table form ("| 项目支出名称 | 湘潭市工伤保险基金 | 预算部门 | 湘潭市工伤保险服务中心 | ||||||||", "| 社会公众或
服务对象满意度 | 服务对象满意度 | 满意 | 历史标准 | 定性指标 | |||||||", cut at "开展工伤预"), which confirms the cell boundaries (e.g.
"2023年1月31日---2023年12月31日" is one cell) and that the goal and level-1 cells span rows (later rows print fewer cells). INFERRED: the
eight-column grid (the header row's eight cells; the sheet's four further column slots are spans, left out), the label | value
rows as 1 | 3 | 1 | 3, the left label over the header and the eleven rows, 效益指标 over two rows in goal 1. The space inside
"2023年 年底前" is kept (a line break in the cell or a space; the scorer ignores white space).
""",
))

# ------------------------------------------------------------- 411 (eleventh round, build half)
_M411 = "定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。\n定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。"
_R411 = [  # level1, level2, name, 预期指标值(A), 实际完成指标值(B), 分值, 得分
    ("(50分)", "数量指标", "全年免费开放", "100%", "100%", "12.5", "12.5"),
    ("(50分)", "质量指标", "免费开放管理制度健全、执行有效性", "100%", "100%", "12.5", "12.5"),
    ("(50分)", "时效指标", "免费开放率", "100%", "100%", "12.5", "12.5"),
    ("(50分)", "成本指标", "实际成本与工作内容的匹配程度", "45万", "45万", "12.5", "12.5"),
    ("(30分)", "经济效益\n指标", "承担重要公益服务项目、助推民生事业发展", "100%", "100%", "10", "10"),
]



FILINGS.append(dict(
    dir="411-jinan-licheng-wenhuaguan-mianfei-kaifang-ziping-2019",
    html_title="区级部门预算项目支出绩效自评表",
    blocks=[
        ("p", "区级部门预算项目支出绩效自评表"),
        ("p", "( 2019 年度)"),
        ("p", "主管部门(盖章):                                       单位:万元"),
        ("table", [
            ["项目名称", C("商品和服务支出", cs=4), C("主管部门", cs=2), C("济南市历城区文化和旅游局", cs=3)],
            ["项目实施单位", C("济南市历城区文化馆", cs=4), "项目负责人", "田延青", "联系电话", C("88894492", cs=2)],
            [C("年度总体目标", rs=2), C("年初设定目标", cs=5), C("年度总体目标完成情况综述", cs=4)],
            [C("历城区文化馆免费开放", cs=5),
             C("用于历城区文化馆全年免费开放,主要支付招聘合同人员工资,确保我馆全年正常免费开放和群众文化工作开展。", cs=4)],
            [C("项目预算\n执行情况\n(10分)", rs=4), C("", cs=3), "年初预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分", "得分计算方法"],
            [C("年度资金总额", cs=3), "45", "45", "10", "100%", "10", C("执行率*该指标分值,最高不得超过分值上限。", rs=3)],
            [C("其中:财政拨款", cs=3), "45", "45", "-", "-", "-"],
            [C("其他资金", cs=3), "", "", "-", "-", "-"],
            [C("", rs=12), "一级\n指标", "二级\n指标", "三级指标", "预期指标值(A)", "实际完成指标值(B)", "分值", "得分", "未完成原因", "得分计算方法"],
            [C("(50分)", rs=9), C("数量指标", rs=2)] + list(_R411[0][2:]) + ["", C(_M411, rs=11)],
            ["-", "", "", "", "", ""],
            [C("质量指标", rs=2)] + list(_R411[1][2:]) + [""],
            ["-", "", "", "", "", ""],
            [C("时效指标", rs=2)] + list(_R411[2][2:]) + [""],
            ["-", "", "", "", "", ""],
            [C("成本指标", rs=2)] + list(_R411[3][2:]) + [""],
            ["-", "", "", "", "", ""],
            ["-", "-", "", "", "", "", ""],
            [C("(30分)", rs=2), C("经济效益\n指标", rs=2)] + list(_R411[4][2:]) + [""],
            ["-", "", "", "", "", ""],
        ]),
    ],
    truth={"projects": [P("商品和服务支出", None, "45", "万元",
                          [I(l1, l2, n, v, actual=a, weight=w, score=s) for l1, l2, n, v, a, w, s in _R411])]},
    notes="""
Place: 济南市历城区 (Licheng district, JINAN, SHANDONG), district level: 济南市历城区文化馆 (the district's cultural centre) as 项目实施单位,
济南市历城区文化和旅游局 as 主管部门; year 2019 ("( 2019 年度)"; published 2020-04-27). A plain simplified page of the cultural centre's
own site (jnslcqwhg.cn), transcribed from source.txt. Shandong has two earlier filings (157, the province's 红十字会 2021; held-out 64, 临邑县 2025); Jinan,
a cultural centre (文化馆) and its free-opening (免费开放) fund are new to the corpus.
Template kind: the Jinan/Shandong 区级部门预算项目支出绩效自评表 (2019): 项目名称 | 主管部门 / 项目实施单位 | 项目负责人 | 联系电话 / 年度总体目标
年初设定目标 | 年度总体目标完成情况综述 / 项目预算执行情况(10分) 年初预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 | 得分计算方法 over
年度资金总额 | 其中:财政拨款 | 其他资金 / indicators 一级指标 | 二级指标 | 三级指标 | 预期指标值(A) | 实际完成指标值(B) | 分值 | 得分 | 未完成原因 |
得分计算方法.
Layout features: the money unit only in a line above the table ("主管部门(盖章): … 单位:万元"); the project name is a budget class
("商品和服务支出", goods and services), the subject only in the goal cell ("历城区文化馆免费开放"); a 得分计算方法 column holding the scoring
rules, one cell beside the money rows and one beside the indicator rows (a paragraph on two lines); the level-1 cells captured as the
points only, "(50分)" and "(30分)" (four empty lines before each: the words 产出指标 / 效益指标 did not come through in the page text); the
side label of the indicator block likewise empty (nine empty lines); an unfilled slot row "-" after every indicator and a "- -" row
(an empty level-2 slot) at the end of 产出; an empty 未完成原因 column; "45万" as a cost target; the header cells wrapped ("一级\\n指标").
Truth: one project, name = the 项目名称 cell "商品和服务支出", budget 45 (年度资金总额's 年初预算数(A)), money_unit 万元 (from "单位:万元" above
the table). Five indicators: value = 预期指标值(A), value_cells.actual = 实际完成指标值(B), weight = 分值, score = 得分; level1 as captured,
"(50分)" for the four 产出 rows and "(30分)" for 经济效益 (INFERRED to be the level-1 cells: they stand where the form has them and
carry the form's points for 产出 and 效益). The "-" rows have no target and are not indicators.
Truncation: the capture stops inside the 社会效益指标 row's name ("…满足广大人民群众接受素质教育、", cut): that row and the rest (生态效益,
可持续影响, 满意度, 总分) are left out of every file; the (30分) block and the side label's span end at the last reproduced row. The
breadcrumb line and "发布时间:2020-04-27 发布者:admin" are left out.
Reconstruction: the capture prints each row's cells on one line separated by spaces (a cell's own line breaks as new lines), so the
grid is INFERRED in the form's usual shape with ten columns: a side-label column; the three level columns (which the money rows'
labels span); 预期/年初预算 (A), 实际/全年执行 (B), 分值, 执行率 or 得分 … as printed; 未完成原因; 得分计算方法. INFERRED: the spans of
the top rows (name over four, 主管部门's value over three, 88894492 over two, the goal cells over five and four); 项目预算执行情况 over the
four money rows with an empty cell over three columns in its caption row (the capture's leading spaces); the money rows'
得分计算方法 cell over three rows and the indicators' over all eleven reproduced indicator rows (printed once, after the first row); each
level-2 cell over its indicator row and the "-" row below it; 其他资金's two amounts empty.
""",
))

# ------------------------------------------------------------- 461 (eleventh round, build half)
_R461 = [  # level1, level2, name, 指标值类型, 目标值, 度量单位, 指标值内容
    ("成本指标", "经济成本指标", "国有资产出租应交税费经费", "≤", "9.9", "万元", "考察国有资产出租税费缴纳"),
    ("产出指标", "数量指标", "门面数量", "=", "9", "间数", "考察国有资产出租收入任务完成数"),
    ("产出指标", "质量指标", "以合理的市场价出租", "定性", "保障", "无", "考察国有资产出租的可利用价值"),
    ("产出指标", "时效指标", "按时交纳税费", "=", "1", "年", "交纳房产税及其他相关税金"),
    ("效益指标", "经济效益指标", "出租闲置房屋,减少国有资产闲置率", "=", "100", "%", "考察国有资产出租房屋数"),
    ("效益指标", "社会效益指标", "保障承租人租金合理、门面闲置率低", "定性", "保障", "无", "考察国有资产出租的满意度"),
    ("满意度指标", "服务对象满意度指标", "税务局对我单位税费缴纳及时、足额的满意度", "=", "100", "%", "考察税费缴纳的及时、足额"),
]


def _ind461(r):
    l1, l2, name, kind, val, unit, desc = r
    if kind == "定性":
        return I(l1, l2, name, val, nature=kind, value=val, unit=unit, description=desc)
    return I(l1, l2, name, kind + val + unit, op=kind, value=val, unit=unit, description=desc)


def _rows461():
    spans = {"成本指标": 1, "产出指标": 3, "效益指标": 2, "满意度指标": 1}
    out = []
    for i, r in enumerate(_R461):
        row = [C(r[0], rs=spans[r[0]])] if i == 0 or r[0] != _R461[i - 1][0] else []
        out.append(row + list(r[1:]) + [""])
    return out


FILINGS.append(dict(
    dir="461-yiyang-nanxian-zhufang-baozhang-guoyou-zichan-chuzu-2024",
    html_title="南县住房保障服务中心2024年度项目绩效及2025年度整体绩效目标申报",
    blocks=[
        ("p", "南县住房保障服务中心2024年度项目绩效及2025年度整体绩效目标申报"),
        ("p", "发布时间:2025-03-19 10:51"),
        ("p", "信息来源:南县住房保障服务中心"),
        ("table", [
            [C("项目绩效年度表 (2024年度)", cs=8)],
            ["一级项目名称", C("", cs=3), "二级项目名称", C("国有资产出租收入应交税费", cs=3)],
            ["项目分类", C("", cs=3), "申报属性", C("", cs=3)],
            ["资金用途", C("", cs=3), "主管部门", C("", cs=3)],
            ["项目开始日期", C("", cs=3), "项目完成日期", C("", cs=3)],
            [C("基本情况", cs=8)],
        ] + [[label, C("", cs=7)] for label in (
            "项目立项必要性", "保障项目实施的制度措施", "项目实施计划", "组织实施单位", "监督管理单位", "项目实施单位",
            "政策依据", "其他依据", "需要说明的其他情况")] + [
            ["年度绩效目标", C("收取国有资产出租收入55万元", cs=7)],
            ["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容", "备注"],
        ] + _rows461()),
    ],
    truth={"projects": [P("国有资产出租收入应交税费", None, None, None, [_ind461(r) for r in _R461])]},
    notes="""
Place: 南县 (Nanxian county, YIYANG, HUNAN), county level: 南县住房保障服务中心 (the county's housing-security service centre: public
rental housing and its shop fronts); project 国有资产出租收入应交税费 (the taxes due on renting out state-owned premises: nine shop
fronts), year 2024 ("项目绩效年度表 (2024年度)"; the page, published 2025-03-19 by the centre, also opens its 2025 department-wide form).
A plain simplified page of the county's site (nxjw.nanxian.gov.cn, the host of held-out 52, 南县疾控 2025: a different unit, project and
form), transcribed from source.txt. Nanxian is covered (held-out 52); a housing-security unit and a STATE-ASSET RENTAL project (its
costs are taxes, its output shop fronts let) are new.
Template kind: the Hunan budget-system 项目绩效年度表 (2024): label | value rows 一级项目名称 | 二级项目名称, 项目分类 | 申报属性, 资金用途 |
主管部门, 项目开始日期 | 项目完成日期, a 基本情况 block of label rows (项目立项必要性 … 需要说明的其他情况), 年度绩效目标, then the indicator
grid 一级指标 | 二级指标 | 三级指标 | 指标值类型 | 目标值 | 度量单位 | 指标值内容 | 备注 (the columns of held-out 52, here in the
2024 project sheet rather than the 2025 项目支出绩效目标表).
Layout features: NO MONEY ROWS at all (the sheet has no 资金 block; the only amounts are a goal sentence, "收取国有资产出租收入55万元",
the rent to collect, and a cost target "≤ | 9.9 | 万元"); every label of the upper block left EMPTY but the 二级项目名称 (so the name
is the level-2 project's; 一级项目名称 empty); the comparator in a column headed 指标值类型 holding "≤" and "=" on quantitative rows
and "定性" on qualitative ones; a unit cell "无" (none) on the 定性 rows beside the word target "保障"; an odd unit "间数" (a count of
rooms) for shop fronts and "年" for a time target "= 1"; 成本指标 FIRST (the 2022+ order); an empty 备注 column; a name with a
full-width comma inside ("出租闲置房屋,减少国有资产闲置率").
Truth: one project, name = the 二级项目名称 cell "国有资产出租收入应交税费" (the form's project name; the 一级项目名称 cell is empty), budget
null and unit null (the sheet names no budget; 55万元 is the rent income the goal names and 9.9万元 a cost ceiling, neither the
project's money). Seven indicators, value = comparator + 目标值 + 度量单位 on the quantitative rows ("≤9.9万元", "=9间数", "=1年",
"=100%"; raw cells in value_cells op/value/unit) and the 目标值 alone on the 定性 rows ("保障": 定性 is a type word, not a comparator,
and "无" says there is no unit — value_cells nature 定性, value 保障, unit 无, as held-out 52 reads its 定性 rows); 指标值内容 in
value_cells.description.
Truncation: after the indicator grid the page opens a second table, "部门(单位)整体绩效目标申报表 (2025年度)", and the capture stops in
its first instruction line ("蓝色,黄色,绿色的行为表头行请不要修改,灰色数据如果不为空不", cut) before any of its cells: that table is left
out of every file (it names no department, money or target in the capture). The page's "作者:", "浏览量:" and "字体:大中小" lines are left
out.
Reconstruction: the capture prints each row's non-empty cells " | "-separated, then a run of "|" for the columns the row does not
start (spans from above, column spans and empty cells alike: every row of the sheet adds up to 8), as in held-out 52. The 8-column
grid is fixed by the indicator header. INFERRED: the label | value pairs as 1 | 3 | 1 | 3 with the empty values where the runs put
them (一级项目名称's value empty, 二级项目名称's "国有资产出租收入应交税费"); "基本情况" a heading over the width; the other 基本情况 labels
each with an empty value over seven columns; 年度绩效目标's value over seven; the level-1 cells 产出指标 over three rows and 效益指标
over two (the 质量/时效/社会效益 rows print six cells and a run of two: the covered level 1 and the empty 备注); every 备注 empty (the
last row prints seven cells and no run, the row one cell short in the page; its 备注 is taken as empty). The title's space in
"项目绩效年度表 (2024年度)" is kept (a line break in the cell or a space; the scorer ignores white space).
""",
))

# ------------------------------------------------------------- 491 (eleventh round, build half)
_F491 = ("负责全县畜牧水产养殖业生产发展规划、计划的制订并组织实施、负责全县畜牧水产发展情况的调查研究,引导产业结构合理调整和资源合理配置,"
         "促进全县养殖业经济发展;指导全县畜牧水产技术推广体系建设;负责全县兽医医政、曾药药政的监督管理工作;负责全县动物防疫计划的制订、"
         "组织实施强制防疫,承担动物防疫及监督、监测、预报、发布动物疫情、承担动物及动物产品检疫;负责全县动物及动物产品食品安全生产监督、"
         "管理工作;负责除东洞庭湖以外的渔业行政执法监督管理;负责全县乡镇农技推广中心的有关行业管理、技术指导等工作。")
FILINGS.append(dict(
    dir="491-yueyang-yueyangxian-xumu-shuichan-zhengti-2021",
    html_title="岳阳县畜牧水产发展服务中心2021年度部门整体支出绩效评价自评报告",
    blocks=[
        ("p", "岳阳县畜牧水产发展服务中心2021年度部门整体支出绩效评价自评报告"),
        ("p", "来源:岳阳县畜牧水产发展服务中心   2022-07-14 15:22"),
        ("p", "岳阳县2021年度部门整体支出\n绩效评价自评报告"),
        ("p", "部门(单位)名称:岳阳县畜牧水产发展服务中心"),
        ("p", "算编码:           077"),
        ("p", "评价方式:  岳阳县畜牧水产发展服务中心绩效自评"),
        ("p", "评价机构:岳阳县畜牧水产发展服务中心绩效评价小组"),
        ("p", "报告日期:2022624"),
        ("table", [
            [C("一、部门(单位)基本概况", cs=4)],
            ["联系人", "谢芳芳", "联络电话", "7652528"],
            ["人员编制", "57", "实有人数", "111"],
            ["职能职责概述", C(_F491, cs=3)],
        ]),
    ],
    truth={"projects": [P("岳阳县畜牧水产发展服务中心", None, None, None, [])]},
    notes="""
Place: 岳阳县 (Yueyang county, YUEYANG, HUNAN), county level, 岳阳县畜牧水产发展服务中心 (the county's livestock and fisheries
development service centre: animal-disease control and quarantine, veterinary and veterinary-drug supervision, fisheries
enforcement outside East Dongting Lake, extension; 预算编码 077); year 2021 (the title's 2021年度, the report dated "2022624",
posted 2022-07-14 15:22 by the centre on the county's site, yyx.gov.cn). A plain simplified page, transcribed from source.txt.
Yueyang county is covered (12, 高标准农田 2022; held-out20 340, 农村公路养护 2020: project forms); a livestock-and-fisheries unit and
the county's 2021 部门整体支出绩效评价自评报告 are new (the form is the Yueyang family of 181 (岳阳楼区) and held-out26 402 (湘阴县)).
Template kind: the Hunan county 部门(单位)整体支出绩效评价自评报告: a cover of label lines (部门(单位)名称, 预算编码, 评价方式, 评价机构,
报告日期), then 一、部门(单位)基本概况 (联系人 | 联络电话, 人员编制 | 实有人数, 职能职责概述, 年度主要工作内容 …, cut).
Layout features: the department's NAME ONLY ON THE COVER, after a colon ("部门(单位)名称:岳阳县畜牧水产发展服务中心"); the name repeated
inside the cover's other labels ("评价方式:  岳阳县畜牧水产发展服务中心绩效自评", "评价机构:岳阳县畜牧水产发展服务中心绩效评价小组")
and in the page title and source line; a label that lost its first character ("算编码:" for 预算编码) with the code in a run of spaces;
a date printed without separators ("2022624", 2022-06-24); 实有人数 above 人员编制 (111 staff for 57 posts); NO MONEY TABLE in the
capture; typos kept as written ("曾药药政" for 兽药药政).
Truth: one department 岳阳县畜牧水产发展服务中心 (the cover's 部门(单位)名称), budget null and unit null: the capture stops before the
report's money table (二、部门(单位)收支情况 on the form), so the filing as built names no total. No indicators.
Truncation: the capture stops inside the 年度主要工作内容 row (in 任务2's text, "突出抓好重大动物", cut); that row (with 任务1:发展
标准化规模养殖 and its text) and the rest of the report are left out of every file. The page's "浏览量:1 | | | |" line and the blank
and space-only lines of the cover are left out; the cover's trailing spaces are dropped.
Reconstruction: the capture prints EVERY CELL AS A PARAGRAPH; the grid is rebuilt with 4 columns (label | value | label | value, as the
contact and staffing rows print), the section heading over the width and the 职能职责概述 value over three columns (INFERRED, as in
402). The title's two lines ("岳阳县2021年度部门整体支出" / "绩效评价自评报告") are kept as one paragraph with a line break.
""",
))

# ------------------------------------------------------------- 511 (eleventh round, build half)
_C511 = ("通过不断完善对全省广播电视精品的奖扶政策,进一步发挥政府管理部门对广播电视行业的激励和引导作用,不断打造社会效益和经济效益相统一,"
         "思想精深、艺术精湛、制作精良的优秀广播电视作品,深入贯彻落实文化强省建设战略,切实满足人民群众日益增长的精神文化需求。2020年度电视剧类;"
         "广播剧、电视动画片、电视纪录片、广播电视新闻作品及广播电视节目(栏目)类;广播电视公益广告类;网络视听节目类等四类111个项目予以支持。"
         "具体扶持奖补:电视剧8部,352万元;广播剧4部,25万元;电视动画片2部,35万元;电视纪录片11部,106万元;优秀广播电视新闻作品24部,48万元;"
         "优秀广播电视节目(栏目)8个,64万元;优秀广播电视公益广告37个,62万元;网络视听节目17个,68万元。以上共计扶持奖补资金760万元。")
FILINGS.append(dict(
    dir="511-anhui-guangdianju-jingpin-zhuanxiang-pingjia-2021",
    html_title="安徽省广播电视局项目支出绩效评价表(2021年度)——安徽省广播电视精品专项资金",
    blocks=[
        ("p", "安徽省广播电视局项目支出绩效评价表(2021年度)——安徽省广播电视精品专项资金"),
        ("p", "发布时间:2021-12-31 17:14来源: 局规划财务处"),
        ("p", "一、项目名称"),
        ("p", "安徽省广播电视精品专项资金"),
        ("p", "二、项目内容"),
        ("p", _C511),
        ("p", "三、实施周期"),
        ("p", "2021年1月-12月"),
        ("p", "四、绩效评价"),
        ("table", [
            ["项目名称", C("安徽省广播电视精品专项资金", cs=8)],
            ["主管部门", C("安徽省广播电视局", cs=3), C("实施单位", cs=2), C("安徽省广播电视局机关", cs=3)],
            [C("资金情况\n(万元)", rs=4), C("", cs=3), "全年预算数(A", "全年执行数(B", "分值", "执行率(B/A)", "得分"],
            [C("年度资金总额:", cs=3), "760", "760", "10", "100.00%", "10"],
            [C("其中:本年财政拨款", cs=3), "760", "760", "-", "", "-"],
            [C("其他资金", cs=3), "", "", "-", "", "-"],
            ["年度总体目标完成情况", C("年初设定目标", cs=4), C("年度总体目标完成情况综述", cs=4)],
        ]),
    ],
    truth={"projects": [P("安徽省广播电视精品专项资金", None, "760", "万元", [])]},
    notes="""
Place: 安徽省 (ANHUI), province level: 安徽省广播电视局 (the province's radio and television bureau) as 主管部门, its 机关 as 实施单位; project
安徽省广播电视精品专项资金 (the province's fund rewarding fine radio and television works: 111 TV series, radio plays, animations,
documentaries, news works, programmes, public-service adverts and online audiovisual works of 2020), year 2021 (the title's
"(2021年度)", 实施周期 "2021年1月-12月"; published 2021-12-31 by the bureau's 规划财务处). A plain simplified page of the bureau's own
disclosure site (gdj.ah.gov.cn), transcribed from source.txt. Anhui is well covered (14, 15, 16, 35, 49 …) but by counties and
cities; a PROVINCE-level radio-and-television bureau and a reward fund for works are new.
Template kind: the Anhui 项目支出绩效评价表 (2021年度) after a numbered prose head (一、项目名称, 二、项目内容, 三、实施周期, 四、绩效评价), the
form itself the national 2019 自评表 layout: 项目名称 / 主管部门 | 实施单位 / 资金情况(万元) 全年预算数(A) | 全年执行数(B) | 分值 |
执行率(B/A) | 得分 over 年度资金总额: / 其中:本年财政拨款 / 其他资金 / 年度总体目标完成情况 年初设定目标 | 年度总体目标完成情况综述 (cut).
Layout features: the money captions cut of their closing bracket as captured ("全年预算数(A", "全年执行数(B"; kept so); the money label
printed over two lines ("资金情况\\n(万元)"); "-" in the 分值 and 得分 cells of the 其中 and 其他资金 rows; the amount 760 also in the
项目内容 prose ("共计扶持奖补资金760万元") with a breakdown of 352 + 25 + 35 + 106 + 48 + 64 + 62 + 68 万元 that is no budget row.
Truth: one project, name = the 项目名称 cell "安徽省广播电视精品专项资金", budget 760 万元 (全年预算数 of 年度资金总额), unit from "资金情况
(万元)". No indicators: the capture stops before the indicator grid.
Truncation: the capture stops inside the 年初设定目标 cell ("…优秀广播电视作品,深入", cut): that goal row, its completion cell and the
whole indicator grid are left out of every file; the caption row 年度总体目标完成情况 | 年初设定目标 | 年度总体目标完成情况综述 ends the
reproduced table. The page's navigation line ("栏目路径:…") and "浏览量:" are left out.
Reconstruction: the capture prints each row's cells on one line separated by single spaces, an empty cell as one more space (hence
"-   -" for "- | (empty) | -" and the five spaces after 其他资金 for its two empty amounts), and leading spaces inside the label cells
("  其中:本年财政拨款", "      其他资金"; dropped in the grid). INFERRED: the nine-column grid of the national form (a label, three
columns under the money labels, five money columns); the money label over its four rows with an empty cell over three columns in the
caption row (the capture starts the caption row with two spaces); 主管部门's value over three, 实施单位 over two, its value over three;
the year-goal caption row as a label cell and two captions over four. The cut goal text is left out rather than kept cut.
""",
))

# ------------------------------------------------------------- 501 (eleventh round, build half)
def _src501(label, amount):
    """The four source rows of a money block of the 2011 template (其中:中央财政, 省财政, 市县财政, 其他)."""
    return [[("其中:" if s == "中央财政" else "") + s, C(amount if s == "市县财政" else "", cs=2)] for s in ("中央财政", "省财政", "市县财政", "其他")]


FILINGS.append(dict(
    dir="501-wenchang-jiaoshi-jinxiu-xuexiao-peixun-pingjia-2015",
    html_title="(进修学校)2015年度财政支出项目绩效评价报告、",
    blocks=[
        ("p", "财政支出项目绩效评价报告"),
        ("p", "评价类型:□实施过程评价 □完成结果评价"),
        ("p", "项目名称: 教师培训专项经费"),
        ("p", "项目单位: 文昌市教师进修学校 主管部门: 文昌市教育局 评价时间: 2016年4月20日至 2016年4月26"),
        ("p", "组织方式:□财政部门 □主管部门 √项目单位 评价机构:□中介机构 □专家组 √项目单位评价组"),
        ("p", "评价单位(盖章): 上报时间:2016年5月20日"),
        ("p", "项目基本信息"),
        ("table", [
            [C("一、项目基本情况", cs=7)],
            ["项目实施单位", C("文昌市教师进修学校", cs=2), "主管部门", C("文昌市教育局", cs=3)],
            ["项目负责人", C("石栋", cs=2), "联系电话", C("13876290288", cs=3)],
            ["地址", C("海南省文昌市文城镇教育路148号", cs=2), "邮编", C("571300", cs=3)],
            ["项目类型", C("经常性项目( √ ) 一次性项目( )", cs=6)],
            ["计划投资额 (万元)", C("60.00", cs=2), "实际到位资金(万元)", C("60.00", cs=3)],
        ] + [a + [b[0], C(b[1].t, cs=3)] for a, b in zip(_src501("计划", "60.00"), _src501("到位", "60.00"))] + [
            ["实际使用情况(万元)", C("60.00", cs=6)],
        ] + [[r[0], C(r[1].t, cs=6)] for r in _src501("使用", "60.00")] + [
            [C("二、绩效评价指标评分", cs=7)],
            ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
            [C("项目决策", rs=5), C("20", rs=5), "项目目标", "4", "目标内容", "4", "4"],
            [C("决策过程", rs=2), C("8", rs=2), "决策依据", "3", "3"],
            ["决策程序", "5", "5"],
            [C("资金分配", rs=2), C("8", rs=2), "分配办法", "2", "2"],
            ["分配结果", "6", "6"],
            [C("项目管理", rs=6), C("25", rs=6), C("资金到位", rs=2), C("5", rs=2), "到位率", "3", "3"],
            ["到位时效", "2", "2"],
            [C("资金管理", rs=2), C("10", rs=2), "资金使用", "7", "7"],
            ["财务管理", "3", "3"],
            [C("组织实施", rs=2), C("10", rs=2), "组织机构", "1", "1"],
            ["管理制度", "9", "8"],
            [C("项目绩效", rs=9), C("55", rs=9), C("项目产出", rs=4), C("15", rs=4), "产出数量", "", ""],
            ["产出质量", "", ""],
            ["产出时效", "", ""],
            ["产出成本", "", ""],
            [C("项目效益", rs=5), C("40", rs=5), "经济效益", "", ""],
            ["社会效益", "", ""],
            ["环境效益", "", ""],
            ["可持续影响", "", ""],
            ["服务对象满意度", "", ""],
            ["总分", "100", "评价等次", C("", cs=4)],
        ]),
    ],
    truth={"projects": [P("教师培训专项经费", None, "60.00", "万元", [])]},
    notes="""
Place: 文昌市 (Wenchang, HAINAN; a county-level city under the province), 文昌市教师进修学校 (the city's teacher-training school) as
项目单位 / 项目实施单位, 文昌市教育局 as 主管部门; project 教师培训专项经费 (the teacher-training fund), year 2015 (the document's title
"2015年度财政支出项目绩效评价报告"; evaluated 2016-04-20 to -26, reported 2016-05-20). Captured from a document site (bwwdw.com, "综合文库":
the text layer of an uploaded report, PDF-like, one paragraph a page). Hainan has one earlier filing (held-out 70, the province 2022);
Wenchang, a teacher-training school and the 2015 evaluation-report form are new to the corpus.
Template kind: the 财政支出项目绩效评价报告 of the 2011 national guidance (财预〔2011〕285号) as Hainan used it: a cover (评价类型, 项目名称,
项目单位 | 主管部门 | 评价时间, 组织方式 | 评价机构, 评价单位 | 上报时间), then the 项目基本信息 table: 一、项目基本情况 (项目实施单位 |
主管部门, 项目负责人 | 联系电话, 地址 | 邮编, 项目类型 经常性项目( ) 一次性项目( ), 计划投资额(万元) | 实际到位资金(万元) with 其中:中央财政 |
省财政 | 市县财政 | 其他 under each, 实际使用情况(万元) with the same four), 二、绩效评价指标评分 (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 |
分值 | 得分: 项目决策 20, 项目管理 25, 项目绩效 55), 三、评价人员.
Layout features: a SCORING SHEET, not a target table: the indicator grid holds the 2011 framework's points and the unit's scores
(管理制度 9 → 8) and no target of the project; the budget in a 计划投资额 label cell with the unit in its caption ("计划投资额 (万元)"),
the same 60.00 repeated as 实际到位资金 and 实际使用情况 and in one source row under each; ticked boxes "√" and empty "□" in the cover lines;
the project name only on the cover ("项目名称: 教师培训专项经费"), not in the table; a date without its last character ("2016年4月26").
Truth: one project 教师培训专项经费 (the cover's 项目名称), budget 60.00 (计划投资额, the planned amount; 实际到位资金 and 实际使用情况
agree), money_unit 万元 (from "计划投资额 (万元)"). NO INDICATORS: the 绩效评价指标评分 grid scores the evaluation framework's items
(目标内容, 决策依据, 到位率 …) with points and scores; none is a target of the project.
Truncation: the capture stops in part 三、评价人员 ("姓 名 石栋 黄岩 符萍 蒋日光 莫挺花 曹玉山 职", cut at the second caption): that part
is left out of every file. The document site's lines (更新时间, 阅读量, the 说明 about previews) and the page numbers "1", "2" are left out.
Reconstruction: the text layer runs each page's cells together in reading order with the labels of a block before its values
("计划投资额 (万元) 其中:中央财政 省财政 市县财政 其他 60.00 60.00"; "分值 4 3 5 2 6 3 2 7 3 1 9 得分 4 3 5 2 6 3 2 7 3 1 8"), so the
grid is INFERRED in the 2011 template's shape, seven columns wide for the scoring grid. INFERRED: the label | value pairs of the
basic-data rows; in each money block, the second 60.00 placed in 市县财政 (a county-level city's own fund; the text does not say which
source row holds it — it could be another), the other source rows empty; the 实际使用情况 block's four source labels, which its text
does not print (its "60.00 60.00" follows the caption directly), given as in the other blocks; the third-level points and scores paired
in order with the third-level names (4 3 5 2 6 3 2 7 3 1 9 against 目标内容 … 管理制度: they sum to the second-level points 4, 8, 8, 5,
10, 10 and those to 20 and 25, which confirms the pairing); the 项目绩效 rows (产出数量 … 服务对象满意度) with empty points and scores, as
the text prints none for them; 总分 100 and an empty 评价等次.
""",
))

# ------------------------------------------------------------- 503 (eleventh round, build half)
_G503 = ("坚持政府引导、家庭为主、多方参与、规范管理的原则,全面建立以家庭为基础、社区为依托、机构为补充的婴幼儿照护服务体系,建立健全婴幼儿照护服务工作"
         "管理体制和运行机制,全力推进婴幼儿照护服务健康有序发展,逐步满足群众对婴幼儿照护服务的需求,有效促进婴幼儿全面健康成长。到2025年,婴幼儿照护服务"
         "的政策体系、标准规范体系和覆盖城乡的服务体系基本健全,服务能力明显提升,广大家庭的婴幼儿照护服务需求得到进一步满足,每千人口拥有3岁以下婴幼儿托位数4.5个。")
_R503 = [  # level1 (None: not printed), level2, name, value
    ("产出指标", "数量指标", "每千人托位", "4.5"),
    ("产出指标", "质量指标", "应补尽补率", "100%"),
    ("产出指标", "质量指标", "审核准确性", "100%"),
    ("产出指标", "质量指标", "补助发放准确率", "100%"),
    ("产出指标", "时效指标", "补助发放及时性", "及时发放"),
    (None, "社会效益", "社区婴幼儿照护服务机构覆盖率", "提高"),
    (None, "社会效益", "婴幼儿健康管理率", "95%"),
    (None, "社会效益", "婴幼儿家长科学育儿知识普及率", "90%"),
    (None, "社会效益", "婴幼儿照护服务机构从业人员持证率", "80%"),
    ("满意度指标", "满意度指标", "受益单位满意度", "95%"),
    ("满意度指标", "满意度指标", "社会公众满意度", "≥90%"),
]
FILINGS.append(dict(
    dir="503-ningbo-cixi-yingyouer-zhaohu-mubiao-2023",
    html_title="2023年慈溪市重大政策和项目绩效目标情况",
    blocks=[
        ("p", "2023年慈溪市重大政策和项目绩效目标情况"),
        ("p", "3岁以下婴幼儿照护服务项目项目绩效目标"),
        ("p", "(一)中长期绩效目标"),
        ("p", _G503),
        ("p", "(二)中长期绩效指标"),
        ("p", "项目单位按项目实施内容设置了11个指标,包含数量类、时效类、质量类、效果类指标。指标如下:"),
        ("p", "项目具体目标表"),
        ("table", [
            ["一级指标", "二级指标", "指标名称", "指标值"],
            [C("产出指标", rs=5), "数量指标", "每千人托位", "4.5"],
            [C("质量指标", rs=3), "应补尽补率", "100%"],
            ["审核准确性", "100%"],
            ["补助发放准确率", "100%"],
            ["时效指标", "补助发放及时性", "及时发放"],
            [C("", rs=4), C("社会效益", rs=4), "社区婴幼儿照护服务机构覆盖率", "提高"],
            ["婴幼儿健康管理率", "95%"],
            ["婴幼儿家长科学育儿知识普及率", "90%"],
            ["婴幼儿照护服务机构从业人员持证率", "80%"],
            [C("满意度指标", rs=2), C("满意度指标", rs=2), "受益单位满意度", "95%"],
            ["社会公众满意度", "≥90%"],
        ]),
    ],
    truth={"projects": [P(None, None, None, None, [I(*r) for r in _R503])]},
    notes="""
Place: 慈溪市 (Cixi, a county-level city of NINGBO, ZHEJIANG), published by the city finance bureau (市财政局) on 2023-03-07 in
"2023年慈溪市重大政策和项目绩效目标情况" (the city's 2023 targets of major policies and projects); the project 3岁以下婴幼儿照护服务项目
(childcare services for children under three: nursery places, subsidies, health management — a health-commission project), year 2023.
A plain simplified page of the city site (cixi.gov.cn), transcribed from source.txt. Zhejiang has one earlier filing (held-out5 122,
临海 2024); Ningbo / Cixi, this publication and an infant-care project are new to the corpus.
Template kind: Zhejiang's published 项目绩效目标 of major projects: per project a heading "<项目名称>项目绩效目标", (一)中长期绩效目标 as
prose, (二)中长期绩效指标 with a sentence counting the indicators ("设置了11个指标"), then a 项目具体目标表 of four columns 一级指标 |
二级指标 | 指标名称 | 指标值; no money, no unit, no 项目名称 cell.
Layout features: the project's name only in a heading glued to the section word ("3岁以下婴幼儿照护服务项目项目绩效目标"); a bare number
as a target (每千人托位 "4.5", a ratio per thousand people, no unit); word targets ("及时发放", "提高"); bare percentages without
comparators beside one "≥90%"; a level-2 label "社会效益" without 指标 and WITHOUT a level-1 cell of its own (no 效益指标 printed
anywhere); the level 2 repeating the level 1 (满意度指标 | 满意度指标); the targets described as 中长期 (mid-term) although the
publication is the year's; a goal sentence holding a target number (4.5个).
Truth: one project with NO name (no 项目名称 cell: the heading's "3岁以下婴幼儿照护服务项目" is inferred only by cutting "项目绩效目标"
from it, and is left for the reader), no budget and no unit (none printed). Eleven indicators (the count the page states), value = 指标值
as written. Levels: 产出指标 with its level 2 over the first five rows; level 1 NULL (unscored) over the four 社会效益 rows, whose level-1
cell the page does not print (a 效益指标 cell left empty, or the 产出指标 cell spanning them: the capture cannot tell); 满意度指标 |
满意度指标 over the last two.
Truncation: after the table the page opens the next project, "参保城乡居民健康体检经费项目项目绩效目标", whose (一)中长期绩效目标 prose is cut
("…提高群众参检率、获得感和满意", cut) before any table: that project is left out of every file. The page's metadata lines (索引号,
发布机构, 公开方式, 组配分类, 主题分类, 发布日期, 成文日期, 公开范围) are left out.
Reconstruction: the capture prints every cell and paragraph on its own line with blank lines between, so rows are not marked;
INFERRED from the four-caption header: each row is level 1 | level 2 | name | value, with the level cells spanning the rows of their
block (产出指标 over five, 质量指标 over three, 社会效益 over four, both 满意度指标 cells over two) and an EMPTY level-1 cell over the
社会效益 rows (an empty cell prints nothing in such captures).
""",
))

# ------------------------------------------------------------- 531 (twelfth round, build half)
_N531 = "医疗服务与保障能力提升补助(医疗保障能力建设部分)"
FILINGS.append(dict(
    dir="531-suining-yibao-nengli-tisheng-ziping-2021",
    html_title="四川省转移支付区域(项目)绩效目标自评表(2021年度医疗服务与保障能力提升补助)",
    blocks=[
        ("p", "政府信息公开"),
        ("p", "四川省转移支付区域(项目)绩效目标自评表(2021年度医疗服务与保障能力提升补助)"),
        ("p", "来源:遂宁市医疗保障局 发布时间:2022-05-23 17:22 浏览次数: 字体: [ ] 打印"),
        ("p", "四川省转移支付区域(项目)绩效目标自评表"),
        ("p", "(2021年度)"),
        ("table", [
            ["转移支付(项目)名称", C(_N531, cs=4)],
            ["中央主管部门", "", "实施单位", C("遂宁市医疗保障局", cs=2)],
            ["地方主管部门", "四川省医疗保障局", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
            [C("项目资金(万元)", rs=4), "年度资金总额", "320", "261.75", "81.80%"],
            ["其中:中央补助", "320", "261.75", "81.80%"],
            ["地方资金", "", "", ""],
            ["其他资金", "", "", ""],
            ["年度总体目标", C("年初设定目标", cs=2), C("全年实际完成情况", cs=2)],
        ]),
    ],
    truth={"projects": [P(_N531, None, "320", "万元", [])]},
    notes="""
Place: 遂宁市 (Suining, Sichuan), city level: 遂宁市医疗保障局 (the city medical-security bureau) as 实施单位, 四川省医疗保障局 as
地方主管部门; the transfer 医疗服务与保障能力提升补助 (its 医疗保障能力建设部分: medical-insurance IT, fund-fraud inspections, DRG payment
reform, agency services), year 2021 (the form's "(2021年度)"; published 2022-05-23). Captured from a MIRROR of the bureau's
open-government page (m.macharness.com, path "sylbzj/zwgk", plain simplified text), transcribed from source.txt. Suining is covered by
its districts and county (39, 65, 67, 99, 103 …); the city-level medical-security bureau and this transfer are new.
Template kind: the Sichuan 四川省转移支付区域(项目)绩效目标自评表 (the province's copy of the national 中央对地方转移支付区域绩效目标自评表):
转移支付(项目)名称 / 中央主管部门 | 实施单位 / 地方主管部门 | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) / 项目资金(万元) 年度资金
总额 over 其中:中央补助 / 地方资金 / 其他资金 / 年度总体目标 年初设定目标 | 全年实际完成情况 (cut) — then the indicators (beyond the capture).
Layout features: the money captions (全年预算数(A) | 全年执行数(B) | 预算执行率(B/A)) on the 地方主管部门 row, after the department's name,
not on a row of their own; an EMPTY 中央主管部门 cell; the execution below the budget (261.75 of 320, 81.80%) with the 其中:中央补助 row
repeating the totals; empty 地方资金 and 其他资金 rows; four numbered goals (目标1: … 目标4:) and six numbered achievements.
Truth: one project, name = the 转移支付(项目)名称 cell, budget 320 (全年预算数(A) of 年度资金总额; 261.75 is the execution), unit 万元 from
"项目资金(万元)". No indicators: the capture stops inside the goal row.
Truncation: the capture stops inside the 全年实际完成情况 cell (the sixth achievement, "…组织专家收集住", cut): the goal row (its goal
texts and cut achievements) and everything after it (the indicator grid) are left out of every file; the caption row 年度总体目标 |
年初设定目标 | 全年实际完成情况 ends the reproduced table. The page's title line, source line and form title are kept as paragraphs.
Reconstruction: the capture prints each row on one line with single spaces between cells (two leading spaces), an empty cell as one
more space ("中央主管部门   实施单位", the three empty amounts after 地方资金 and 其他资金), the rows under 项目资金(万元) indented by the
covered label. INFERRED: a 5-column grid (a label, a sub-label or value, three money columns); 实施单位's value over two columns;
项目资金(万元) spanning its four rows; the goal captions over two columns each.
""",
))

# ------------------------------------------------------------- 521 (twelfth round, build half)
_N521A = ("为贯彻落实《天津市财政局关于下达2020年抗疫特别国债额度的通知》(津财预指[2020]31号)有关规定,经研究并结合资金拨付使用情况,"
          "现下达你单位2020年抗疫特别国债中央直达资金3400万元,用于供热补贴项目,列2340204“抗疫特别国债安排的支出-抗疫相关支出-援企稳岗补贴”支出科目。")
_N521B = ("为贯彻落实《天津市财政局关于下达2020年抗疫特别国债额度的通知》(津财预指[2020]31号)有关规定,经研究并结合资金拨付使用情况,"
          "根据《天津市财政局关于各区抗疫特别国债资金项目调整方案备案审核的意见》(津财预【2020】56号),现收回你单位《关于下达抗疫特别国债中央直达资金指标的通知》"
          "(宝财预指[2020] 21号)中供热补贴指标1640万元,剩余指标1760万元继续用于该项目。")
_N521C = "贯穿资金分配、拨付、使用整个环节且保持不变。请你单位及时将本次中央直达资金支付到最终收款方,并建立实名台账,确保精准下达。"
FILINGS.append(dict(
    dir="521-tianjin-baodi-gongre-butie-kangyi-ziping-2020",
    html_title="抗疫特别国债项目(打捆项目)绩效目标自评表——宝坻区2019-2020年度供热补贴项目",
    blocks=[
        ("p", "城管委:"),
        ("p", _N521A),
        ("p", "本次下达中央直达资金标识为“01004抗疫特别国债”, " + _N521C),
        ("p", "特此通知。"),
        ("p", "2020年7月22日"),
        ("p", "城管委:"),
        ("p", _N521B),
        ("p", "本次下达中央直达资金标识为“01004抗疫特别国债”," + _N521C),
        ("p", "特此通知。"),
        ("p", "2020年10月10日"),
        ("table", [
            [C("附件2", cs=5)],
            [C("抗疫特别国债项目(打捆项目)绩效目标自评表", cs=5)],
            [C("(2020年度)", cs=5)],
            ["转移支付(项目)名称", C("宝坻区2019-2020年度供热补贴项目", cs=4)],
            ["中央主管部门", C("财政部", cs=4)],
            ["地方主管部门", "天津市宝坻区财政局", "资金使用单位", C("天津市宝坻区城管委", cs=2)],
            [C("资金情况 (万元)", rs=3), "", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
            ["年度资金总额:", "1760", "1760", "100%"],
            ["其中:中央财政资金", "1760", "1760", "100%"],
        ]),
    ],
    truth={"projects": [P("宝坻区2019-2020年度供热补贴项目", None, "1760", "万元", [])]},
    notes="""
Place: 宝坻区 (Baodi district, TIANJIN), district level: 天津市宝坻区城管委 (the district's city-management commission) as 资金使用单位, 天津市宝坻区财政局 as
地方主管部门, 财政部 as 中央主管部门; project 宝坻区2019-2020年度供热补贴项目 (the heating subsidy of the 2019-2020 heating season, paid from the 2020
抗疫特别国债 as a direct central fund), year 2020 (the form's "(2020年度)"; the two notices dated 2020-07-22 and 2020-10-10; published 2021-09 on the
district site, tjbd.gov.cn, under 财政资金直达基层). A plain simplified page, transcribed from source.txt. Baodi is covered by 03 (畜禽粪污 2022, a
中央预算内投资 form) and Tianjin by 25 and 79 (抗疫特别国债 目标表 of other districts); a heating subsidy, a city-management commission and the
抗疫特别国债 SELF-EVALUATION form (自评表, not the 目标表) are new.
Template kind: the national 抗疫特别国债项目(打捆项目)绩效目标自评表 (附件2 of the 2020 direct-fund rules): 转移支付(项目)名称 / 中央主管部门 / 地方主管部门 |
资金使用单位 / 资金情况(万元) 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) over 年度资金总额: / 其中:中央财政资金 / 地方资金 … (cut), after the two
notices that gave and then cut the allocation.
Layout features: the table's TITLE ROWS INSIDE THE GRID (附件2, the form's title and "(2020年度)" each a row of its own, as the capture's trailing "|"
show); the notices' amounts disagree with the form's on purpose (3400万元 given, 1640万元 taken back, "剩余指标1760万元" — the form's 1760); the unit
only in the money label ("资金情况 (万元)", with a space); a money block of three columns (预算数, 执行数, 执行率) with no 分值 or 得分; the project
name is a season ("2019-2020年度") inside a 2020 form; the city-management body abbreviated in the salutation ("城管委:").
Truth: one project, name = the 转移支付(项目)名称 cell "宝坻区2019-2020年度供热补贴项目", budget 1760 (全年预算数(A) of 年度资金总额:), unit 万元 from
"资金情况 (万元)". No indicators: the capture stops in the money block.
Truncation: the capture stops in the 地方资金 row ("地方资", cut): that row and the rest of the form (其他资金, the goals, the indicator grid) are left
out of every file.
Reconstruction: the capture prints each row's cells between "|" with runs of "|" for the columns a cell spans; the grid is INFERRED five columns wide
(a label, a sub-label and the three money columns): the title rows over all five; the name and 中央主管部门 values over four; 资金使用单位's value over two;
资金情况 (万元) over its three captured rows with an EMPTY sub-label cell in the caption row (the capture prints nothing between "资金情况 (万元) |" and
"全年预算数(A)"). The page's other text (site navigation) is not in the capture.
""",
))

# ------------------------------------------------------------- 541 (twelfth round, build half)
_N541 = "2023年城乡居民财政配套资金3200万元(其中区本级配套384万元)"
_G541A = ("城乡居民医保财政补助,,执行中央制定的国家基础标准,,所需经费由中央与地方按比例分担。财政分担的补助资金及时,、足额拨付到位,。"
          "主要用于支付参保居民的住院和门诊费用,,为参保居民提供医疗资金保障,。")
_G541B = ("湖南省人民政府印发《湖南省城乡居民基本医疗保险实施办法》的通知(湘政办发〔2022〕67号):城张居民医保配套基金由以下四部分组成:"
          "1,、中央财政补助640元/人*60%; 2,、省级政府财政补助640元/人*16%;3,、市级各财政补助640元/人*12%,; 4、区县级财政补助640元/人*12%,;"
          "5,、年初预算按城乡居民医保5万人参保计算,年中按实际参保人数由医保局向财政申请补助资金,。")
FILINGS.append(dict(
    dir="541-hengyang-nanyue-yibao-jumin-peitao-2023",
    html_title="专项资金预算绩效目标申报表(2023年城乡居民财政配套资金)",
    blocks=[
        ("table", [
            [C("附件2-9/11", cs=10)],
            [C("专项资金预算绩效目标申报表", cs=10)],
            [C("(2023年度)", cs=10)],
            [C("填报单位(盖章):南岳区医疗保障局", cs=5), C("单位负责人:沈海平", cs=5)],
            [C("专项基本情况", rs=6), "专项名称", C(_N541, cs=8)],
            ["专项属性", C("新增项目□ 延续项目", cs=8)],
            ["主管 部门", C("南岳区人民政府", cs=4), "专项起止时间", C("2023年1月1日至2023年12月31日", cs=3)],
            ["专项 负责人", C("李静", cs=4), "联系人及电话", C("胡娟:13807479855", cs=3)],
            ["专项概况", C(_G541A, cs=8)],
            ["专项立项 依据", C(_G541B, cs=8)],
        ]),
    ],
    truth={"projects": [P(_N541, None, None, None, [])]},
    notes="""
restored from a glossed mirror (_restore.py)
Place: 衡阳市南岳区 (Nanyue district, Hengyang, Hunan), district level: 南岳区医疗保障局 (the district medical-security bureau) as 填报单位,
南岳区人民政府 as 主管部门; the district's matching money for the residents' basic medical insurance (城乡居民医保财政配套资金); year 2023
(the form's "(2023年度)"; published 2023-04-03, path "20230403"). Captured from a GLOSSED MIRROR of the district finance bureau's
budget pages (fyfantasy.com, the nanyue.gov.cn path nyczj/czysgk/…/sbg/ylbzj, "附件2-9/11" of the 2023 budget), restored by
_restore.py and transcribed from restored.txt. Nanyue is covered (13, 27, 29, held-out 280 and others, several from the same mirror); its
medical-security bureau and the residents' medical-insurance matching fund are new (grep of 南岳区医疗保障局, 城乡居民财政配套 and 沈海平 in
testdata/real*: none; the address is not in claimed-urls.txt).
Template kind: the Hunan district 专项资金预算绩效目标申报表 (the form of 29, 雨露计划绩效目标申报表): title, year and 填报单位(盖章) | 单位负责人
rows in the grid; 专项基本情况 over 专项名称 / 专项属性 / 主管部门 | 专项起止时间 / 专项负责人 | 联系人及电话 / 专项概况 / 专项立项依据; then
专项资金情况 (本年度预计投入 … cut) and, beyond the capture, the goals and the indicator grid.
Layout features: THE AMOUNTS ONLY IN THE NAME: the 专项名称 is "2023年城乡居民财政配套资金3200万元(其中区本级配套384万元)" — 3200 (the
whole matching fund) and 384 (the district's share) are parts of the name, not a money cell; the 专项资金情况 block that would hold the
budget is cut at its first caption. The 专项属性 check boxes lost their tick ("新增项目□ 延续项目", 29 printed "R"); labels broken by a
space ("主管 部门", "专项 负责人", "专项立项 依据"); the mirror's doubled and stray punctuation kept as captured (",,", ",、", ",。",
",;"), and a typo of the page ("城张居民").
Truth: one project, name = the 专项名称 cell as written (amounts included). Budget NULL and money unit NULL: no money cell is in the
capture (the name's 3200万元 and 384万元 are not a budget: taking either would be a value no cell justifies). No indicators.
Truncation: the capture stops at the money block's first caption ("专项资金情况 | 本年度预计", cut): that row and everything after it
(the money amounts, the goals, the indicator grid) are left out of every file; the 专项立项 依据 row ends the reproduced table.
Restoration: _restore.py printed no untoned gloss. Characters OpenCC could have chosen otherwise: none in the name or the unit (南岳 was
already 岳 in the capture, not 嶽; 李靜 → 李静 and 胡娟 in a contact cell are unscored).
Reconstruction: the capture prints every cell followed by " |" and fills each row with a run of "|" (every row adds up to 23 "|": a
wide Excel sheet whose column spans cannot be recovered); the grid is INFERRED on 29's ten columns (the same form): the attachment
number, title and year rows over all ten; 填报单位 and 单位负责人 over five each (the capture prints them as two cells); 专项基本情况 over its
six rows; values over eight columns, or four and three beside 专项起止时间 and 联系人及电话. The twelve lines of bare "|" after
"附件2-9/11" (the attachment row's empty cells) are not reproduced; the content cell's two leading spaces are dropped.
""",
))

# ------------------------------------------------------------- 551 (twelfth round, build half)
_F551 = ("1.拟订全市医疗保险、生育保险、医疗救助等医疗保障制度的政策、规划和标准,并组织实施。 2.组织制定并实施障基金安全防控机制,推进医疗保障基金支付方式改革。 3.组织制定全市医疗保障筹资和待遇政策,完善全市动态调整和区城调剂平衡机制,统筹全市城乡医疗保障待遇标准,建立健全与筹资水平相适应的待遇调整机制,组织拟订并实施长期护理保险制度改革方案。 4.组织实施全省统一制定的药品、医用耗材、医疗服务项目"
         "、医疗服务设施等医保目录和支付标准,落实动态调整机制,参与省组织的医保目录准入谈判规则的制定。 5.组织制定全市药品、医用耗材价格和医疗服务项目、医疗服务设施收费等政策,建立医保支付医药服务价格合理确定和动态调整机制,推动建立市场主导的社会医药服务价格形成机制,建立价格信息监测和信息发布制度。 6.制定全市药品、医用耗材的招标采购政策并监督实施,指导市药品、医用耗材招标采购平台建设。 7.制定全市"
         "定点医药机构协议和支付管理办法并组织实施,建立健全医疗保障信用评价体系和信息披露制度,监督管理纳入医保范围内的医疗服务行为和医疗费用,依法查处医疗保障领域违法违规行为。 8.负责全市医疗保障经办管理、公共服务体系和信息化建设。指导和监督全市医疗保险、生育保险、医疗救助、离休")
FILINGS.append(dict(
    dir="551-xiangtan-yibaoju-zhengti-shenbao",
    html_title="湘潭市医疗保障局 部门整体支出绩效目标申报表",
    blocks=[
        ("p", "填报单位:(盖章)"),
        ("table", [
            ["部门名称", C("湘潭市医疗保障局", cs=6)],
            ["年度预算 申请", C("资金总额:1503.89", cs=6)],
            ["按收入性质分", C("金额 (万元)", cs=2), C("按支出性质分", cs=2), C("金额 (万元)", cs=2)],
            ["一般公共预算", C("1503.89", cs=2), C("基本支出", cs=2), C("865.89", cs=2)],
            ["政府性基金拨款", C("", cs=2), C("项目支出", cs=2), C("638.00", cs=2)],
            ["纳入专户管理的非税收入拨款", C("", cs=2), C("", cs=2), C("", cs=2)],
            ["其他资金", C("", cs=2), C("", cs=2), C("", cs=2)],
            ["合计", C("1503.89", cs=2), C("合计", cs=2), C("1503.89", cs=2)],
            ["部门职能 职责概述", C(_F551, cs=6)],
        ]),
    ],
    truth={"projects": [P("湘潭市医疗保障局", None, "1503.89", "万元", [])]},
    notes="""
Place: 湘潭市 (Xiangtan, Hunan), city level: 湘潭市医疗保障局 (the city medical-security bureau, founded 2019), as a whole department.
Year NOT PRINTED in the capture (no title, no date line; the bureau's site path content_944882 is older than the city's 2023 pages
content_1213468 and content_1250928, so probably 2020-2022 — an inference, not used anywhere). Xiangtan is covered (33, held-out 34
城管 雾炮车, 421 工伤保险服务中心); its medical-security bureau is new (grep of 湘潭市医疗保障局 and 1503.89 in testdata/real*: none; the
address is not in claimed-urls.txt).
Template kind: the Hunan 部门整体支出绩效目标申报表 (the title is not in the capture; inferred from the labels, the form of 167 and 421's
city): 填报单位:(盖章) / 部门名称 / 年度预算申请 资金总额: / 按收入性质分 | 金额 (万元) | 按支出性质分 | 金额 (万元) (一般公共预算,
政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金, 合计 | 基本支出, 项目支出, 合计) / 部门职能职责概述, then (beyond the capture)
the whole-department goals and indicators.
Layout features: THE TOTAL INSIDE ITS LABEL ("资金总额:1503.89") on a row captioned "年度预算 申请" (a space inside the caption), and
again as the 一般公共预算 amount and as both 合计 cells; the MONEY UNIT ONLY IN THE COLUMN CAPTIONS "金额 (万元)" (twice), not in
a title; income and expense side by side in one grid (1503.89 = 865.89 基本支出 + 638.00 项目支出); empty amount cells; the bureau's
eight numbered duties in one cell (with the page's slips "实施障基金", "区城调剂", kept).
Truth: one department 湘潭市医疗保障局 (the 部门名称 cell), budget 1503.89 万元 (资金总额 of the 年度预算申请 row; unit from "金额 (万元)").
No indicators in the capture.
Truncation: the capture starts at "填报单位:(盖章)" (no title or year) and stops inside the duties cell ("…医疗救助、离休", cut): the rest
of that cell and everything after (整体绩效目标, the indicators) are left out of every file; the duties cell ends where the capture does.
Reconstruction: the capture prints every cell as a line ending " |" and then one line of bare "|" per row ("|||||" after the two-cell
rows, "|||" after the four-cell rows): seven grid slots a row, so the spans are inferred (labels one slot, the department name, the
total and the duties six, the four-cell rows 1 + 2 + 2 + 2). "填报单位:(盖章)" has no "|" and is kept as a paragraph above the grid.
""",
))

# ------------------------------------------------------------- 571 (twelfth round, build half)
_S571 = ("公共文化服务体系项目绩效自评综述:根据年初设定的绩效目标,项目绩效自评得分为95分。全年预算数为200万元,执行数为179.43万元,完成预算的89.7%。"
         "项目绩效目标完成情况:项目绩效目标完成情况:一是产出指标方面,开展“社区一家亲”活动130场,线下观众达到13万人次、线上活动观众数量72万人次,"
         "打造2部精品参赛作品;活动完成率达到100%,活动符合群众文化需求;二是效益指标方面,加快构建现代化公共文化服务体系建设,促进文化体育融合发展;"
         "展示六安文化魅力,丰富群众业余文化生活,扩大群众文化参与度。三是满意度指标方面,观众满意度达到了设定的指标值。发现的主要问题及原因:"
         "一是因受疫情影响,部分项目未能按照设定的时效指标完成指标任务,因此线下为线上活动;二是部分项目预算成本过高,实际执行过程中调整项目安排。"
         "下一步改进措施:加快项目进度,严格按照设定的绩效目标推进项目。")
FILINGS.append(dict(
    dir="571-luan-wenlv-gonggong-wenhua-tixi-ziping-2021",
    html_title="六安市文化和旅游局2021年公共文化服务体系建设专项资金决算情况",
    blocks=[
        ("p", "六安市文化和旅游局2021年公共文化服务体系建设专项资金决算情况"),
        ("p", "浏览次数:信息来源:市文旅局发布时间:2022-09-30 11:19"),
        ("p", _S571),
        ("p", "项目支出绩效自评表"),
        ("p", "2021 年度)"),
        ("table", [
            ["项目名称", C("公共文化服务体系经费", cs=7)],
            ["主管部门", C("六安市文化和旅游局", cs=3), "实施单位", C("六安市文旅局", cs=3)],
            ["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["(万元)", "年度资金总额", "200", "200", "179.43", "10", "89.7%", "9"],
            ["", "其中:当年财政拨款", "200", "200", "179.43", "10", "89.7%", "8"],
            ["", "上年结转资金", "", "", "", "", "", ""],
            ["", "其他资金", "", "", "", "", "", ""],
            ["年度总体目标", C("预期目标", cs=4), C("实际完成情况", cs=3)],
        ]),
    ],
    truth={"projects": [P("公共文化服务体系经费", None, "200", "万元", [])]},
    notes="""
Place: 六安市 (Lu'an, Anhui), city level: 六安市文化和旅游局 (the city culture and tourism bureau) as 主管部门, "六安市文旅局" (the same bureau,
abbreviated) as 实施单位; project 公共文化服务体系经费 (the public-culture service system: the "社区一家亲" community shows), year 2021 (the form's
"2021 年度)"; posted 2022-09-30 on the bureau's site, wlj.luan.gov.cn, as the fund's 决算情况). A plain simplified page, transcribed from
source.txt. Lu'an is covered (14, 35, 49, 77, 81, 91, 129, held-out3 84 and others: county and district units, and the city's 农业 and 农业农村局
tables); the city's culture and tourism bureau and this fund are new (grep of 公共文化服务体系经费, 社区一家亲 and the address in testdata/real*
and claimed-urls.txt: none).
Template kind: the national 项目支出绩效自评表 (2021+; the form of 77 and 91): 项目名称 / 主管部门 | 实施单位 / 项目资金 (万元) 年初预算数 |
全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中:当年财政拨款 / 上年结转资金 / 其他资金 / 年度总体目标 预期目标 | 实际完成
情况 (then, beyond the capture, the indicator grid), after a prose 绩效自评综述 paragraph.
Layout features: a PROSE SUMMARY BEFORE THE FORM repeating the money in sentences ("全年预算数为200万元,执行数为179.43万元,完成预算的89.7%");
the year line missing its opening parenthesis ("2021 年度)"); THE MONEY LABEL SPLIT OVER TWO ROWS ("项目资金" in the caption row, "(万元)" as
the first cell of the 年度资金总额 row); the execution BELOW the budget (179.43 of 200, 89.7%); scores on both money rows and DIFFERENT (9 on
年度资金总额, 8 on 其中:当年财政拨款, kept as captured); 年初预算数 and 全年预算数 equal (200); empty 上年结转资金 and 其他资金 rows with indented
labels (the indent dropped); the unit named twice, spelt out and abbreviated.
Truth: one project, name = the 项目名称 cell "公共文化服务体系经费", budget 200 (年初预算数 = 全年预算数 of 年度资金总额), unit 万元 from "(万元)".
No indicators: the capture stops before the indicator grid.
Truncation: the capture stops in the 年度总体目标 content row (the 预期目标 cell complete, the 实际完成情况 cell cut at "通过项目实施"): that row and
everything after it (the indicator grid) are left out of every file; the 年度总体目标 | 预期目标 | 实际完成情况 caption row ends the table.
Reconstruction: the capture prints EVERY CELL AS A PARAGRAPH (empty ones as a single space); the grid is rebuilt eight columns wide from the
money rows (a label column, a sub-label column and the six money columns, each money row printing eight cells counting the empty first one):
项目名称's value over seven columns and 主管部门's and 实施单位's values over three (INFERRED, as the form prints them in 77); the money label's two
parts kept in their own cells as captured ("项目资金" over an empty cell, "(万元)" and then empty cells down the label column — not a row span,
since a spanned cell prints once); 预期目标 over four columns and 实际完成情况 over three (INFERRED). The page's "字号:" line and the trailing
spaces after "六安市文化和旅游局" are dropped.
""",
))

# ------------------------------------------------------------- 561 (twelfth round, build half)
_I561 = "百色市教育局(含所属二层)2023年6月年中综合财政支出预算纳入预算绩效管理的项目1个,项目名称为百色天立学校办学补贴,项目绩效目标详见附件。"
_C561 = ("根据2020年9月29日市人民政府与神州天立教育投资有限责任公司签署的《百色天立学校项目投资合同》第七条支持政策中:“7.2 ……土地出让收益其中的2.8亿元给乙方"
         "或乙方在当地注册的教育公司或学校(具体由乙方确定),作为乙方前期办学运营成本支出补贴……”。")
_Y561 = ("投入1800万元,根据协议支付合作办学经费,确保协议履约,推进学校二期项目建设,实现学校正常运行,增加百色优质高中教育资源,缓解市学位不足的问题,满足社会需求,"
         "促进百色教育事业的全面发展。")
_M561 = ("引进优质教育品牌、与名校合作办学,多渠道增加优质教育资源供给,培育和催生一批新的优质教育资源,进一步提升区域教育优质均衡发展水平和教育品牌影响力。")
_V561 = "2023年预计在校生:小学600人,初中700人,高中1000人,最后以实际招生人数为准。"
FILINGS.append(dict(
    dir="561-baise-jiaoyu-tianli-xuexiao-butie-2023",
    html_title="2023年度预算项目绩效目标公开表(百色天立学校办学补贴)",
    blocks=[
        ("p", "2023年度预算项目绩效目标公开表(百色天立学校办学补贴)"),
        ("p", "2023-07-18 09:54     来源:百色市教育局"),
        ("table", [
            [C(_I561, cs=8)],
            [C("2023年度预算项目绩效目标公开表", cs=8)],
            ["项目名称", C("百色天立学校办学补贴", cs=7)],
            ["项目主管部门", C("百色市教育局", cs=3), "项目实施单位", C("百色市教育局", cs=3)],
            ["项目属性", C("", cs=7)],
            [C("项目资金 (万元)", rs=7), C("合计", cs=2), C("1800", cs=5)],
            [C("一般公共预算拨款", rs=3), "小计", C("1800", cs=5)],
            ["市本级", C("1800", cs=5)],
            ["中央及自治区补助", C("", cs=5)],
            [C("政府性基金预算拨款", cs=2), C("", cs=5)],
            [C("国有资本经营预算拨款", cs=2), C("", cs=5)],
            [C("其他资金", cs=2), C("", cs=5)],
            ["项目实施内容", C(_C561, cs=7)],
            ["项目起止时间", C("2023年6月至12月", cs=7)],
            ["项目实施\n进度计划", C("2023年12月31日前完成", cs=7)],
            ["年度绩效目标", C(_Y561, cs=7)],
            ["中期绩效目标", C(_M561, cs=7)],
            [C("项目年度绩效目标衡量指标", rs=2), "一级指标", "二级指标", C("指标内容", cs=2), C("指标值", cs=3)],
            ["产出指标", "产出数量指标", C("新增学位", cs=2), C(_V561, cs=3)],
        ]),
    ],
    truth={"projects": [P("百色天立学校办学补贴", None, "1800", "万元", [
        I("产出指标", "产出数量指标", "新增学位", _V561),
    ])]},
    notes="""
Place: 百色市 (Baise, GUANGXI), city level: 百色市教育局 (the city education bureau) as both 项目主管部门 and 项目实施单位; a subsidy to a
private school run under an investment contract (百色天立学校办学补贴); year 2023 (the form's "2023年度", a mid-year 2023 budget addition:
"2023年6月年中综合财政支出预算"; dated 2023-07-18). Captured from a PLAIN COPY of the bureau's open-government page on an unrelated
domain (frenduro.com, path zwgk/t16797836.html, with a betting site's name in the page frame: "j9九游-j9国际官网"), the same copy site as
held-out40 540 (another Baise education project of 2024, t17980072). Guangxi is rare in the corpus (353 广西文旅厅, held-out40 540); this
project is new (grep of 天立学校 in testdata/real*: none; the address is not in claimed-urls.txt before this claim).
Template kind: the Guangxi 年度预算项目绩效目标公开表 (the form of 540): 项目名称 / 项目主管部门 | 项目实施单位 / 项目属性 / 项目资金 (万元)
by source (合计; 一般公共预算拨款 小计, 市本级, 中央及自治区补助; 政府性基金预算拨款; 国有资本经营预算拨款; 其他资金) / 项目实施内容 /
项目起止时间 / 项目实施进度计划 / 年度绩效目标 / 中期绩效目标 / 项目年度绩效目标衡量指标 with 一级指标 | 二级指标 | 指标内容 | 指标值.
Layout features: an INTRODUCTORY SENTENCE as the grid's first row (it names the project count and the project); the money by source
with a 合计 row on top and a 小计 under 一般公共预算拨款 (1800 three times); an EMPTY 项目属性; level-2 names prefixed with the level 1
("产出数量指标", "产出质量指标"); the third level called 指标内容; a SENTENCE TARGET holding three counts and a caveat ("2023年预计在校生:
小学600人,初中700人,高中1000人,最后以实际招生人数为准。"); the contract quotation with curly quotes and "……" in the content cell; the
label "项目实施 进度计划" broken over two lines.
Truth: one project, name = the 项目名称 cell "百色天立学校办学补贴", budget 1800 (合计 of 项目资金 (万元)), unit 万元 from that label; one
indicator (产出指标 / 产出数量指标 / 新增学位, the sentence target as written).
Truncation: the capture stops in the second indicator row ("产出质量指标协议", its name cut): that row and the rest of the indicator grid
(质量, 时效, 成本, 效益, 满意度) are left out of every file.
Reconstruction: source.txt holds the page-start excerpt, where each row's cells are GLUED into one line ("项目名称百色天立学校办学补贴").
The search store also returned a second excerpt of the same page in table form, starting at the introductory sentence ("百色市教育局
(含所属二层)… 详见附件。 | |||||||", "| 项目主管部门 | 百色市教育局 | 项目实施单位 | 百色市教育局 | ||||", "| 产出指标 | 产出数量指标 |
新增学位 | 2023年预计在校生:… | ||||", cut at "产出质量指标 | 协议履约"): its "|" runs show an EIGHT-COLUMN sheet (every row adds up to
eight slots) and confirm the cell boundaries used here. INFERRED: the spans (labels one column and values seven; the two unit cells
three each; 项目资金 (万元) over its seven money rows with 合计 and the fund-type labels over two columns and the amounts over five;
一般公共预算拨款 over its three rows; the indicator label over the header and the one kept row, 指标内容 over two columns and 指标值 over
three). The page frame ("支持ipv6", the navigation line, "分享", "【字体: 打印") is left out; the title and date lines are kept as
paragraphs; the trailing space after the introductory sentence is dropped.
""",
))
