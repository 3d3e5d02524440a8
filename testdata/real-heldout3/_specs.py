# Hand transcription of the HELD-OUT half of the fourth round of real filings
# (issue 21: the even numbers 78-100, see testdata/real/_build.py).  Not for
# tuning: these filings are scored once, at the end, by the lead.  Every string
# is copied from that folder's source.txt; nothing is invented; cut-offs and
# inferences are in each folder's notes.txt.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real"))
from _realspec import C, I, P  # noqa: E402

FILINGS = []

# ---------------------------------------------------------------- 78
_S78 = ["新建广东汕头幼儿师范高等专科学校(筹)、广东梅州职业技术学院(筹)、广东潮州卫生健康职业学院(筹)、广东云浮中医药职业学院(筹)、"
        "华南师范大学汕尾校区、广东工业大学揭阳校区、广东海洋大学阳江校区。",
        "《广东省教育厅 广东省发展和改革委 广东省财政厅关于印发〈加快推进粤东粤西粤北地区新建迁建高校建设行动计划〉的通知》(粤教规函〔2019〕144号)",
        "2021年,推动广东汕头幼儿师范高等专科学校(筹)、广\n东梅州职业技术学院(筹)、广东潮州卫生健康职业学院(筹)、广东云浮中医药职业学院(筹)、"
        "华南师范大学汕尾校区、广东工业大学揭阳校区、广东海洋大学阳江校区正式招生。",
        "补齐粤东粤西粤北地区教育短板,加快粤东粤西粤北地区高等教育改革发展,提高广东省高等教育毛入学率,扩大优质学位供给,优化高等教育布局结构,"
        "切实增进民生福祉。推动广东汕头幼儿师范高等专科学校(筹)、广东梅州职业技术学院(筹)、广东潮州卫生健康职业学院(筹)、"
        "广东云浮中医药职业学院(筹)、华南师范大学汕尾校区、广东工业大学揭阳校区、广东海洋大学阳江校区等2021年秋季正式招生。"]
_R78 = [("新建高校(校区)", "7", "7"), ("工程质量达标率(%)", "100%", "100%"), ("开工率(%)", "100%", "100%")]
FILINGS.append(dict(
    dir="78-guangdong-jiaoyuting-xinjian-gaoxiao",
    html_title="绩效目标表【模板】",
    blocks=[
        ("p", "绩效目标表"),
        ("table", [
            ["资金名称", "教育发展专项资金", "省级业务主管部门", "广东省教育厅"],
            ["战略领域", "高等教育“冲一流、补短板、强特色”", "资金类型", "专项资金"],
            ["政策任务", "支持粤东粤西粤北地区新建高校", "实施周期", "2020年-2022年"],
            ["财政事权", C("", cs=3)],
            ["资金需求(万元)", "2021年金额", C("一般公共预算安排77300万元", cs=2)],
            ["用途范围", C(_S78[0], cs=3)],
            ["", C(_S78[1], cs=3)],
            ["", C(_S78[2], cs=3)],
            ["", C(_S78[3], cs=3)],
        ]),
        ("table", [
            ["三级指标", "年度目标值", "实施周期目标值"],
        ] + [list(r) for r in _R78]),
    ],
    truth={"projects": [P("教育发展专项资金", None, "77300", "万元",
                          [I(None, None, n, v) for n, v, _ in _R78])]},
    notes="""
Place: 广东省 (Guangdong), province level, 广东省教育厅 as the 省级业务主管部门; year 2021 (the 2021年金额 of a 2020-2022 fund).
Guangdong is covered by 74/76 (东莞, city forms); this province-level form is new. Captured from a document site (dy1993.cn,
"绩效目标表【模板】") that reproduces the PDF's text layer.
Template kind: Guangdong 省级财政专项资金 绩效目标表 (2021): 资金名称 / 省级业务主管部门 / 资金类型 / 实施周期 / 战略领域 / 财政事权 /
政策任务 / 资金需求(万元) 2021年金额 / 用途范围 / (依据, 年度目标, 实施周期目标: labels not in the capture) / 三级指标 | 年度目标值 |
实施周期目标值.
Layout features: the PDF's text layer runs COLUMN BY COLUMN in the indicator block: the 三级指标 names first ("新建高校(校区)
工程质量达标率(%) 开工率(%)"), then the 年度目标值 column ("7 100% 100%"), then the 实施周期目标值 column, so a row's cells are
far apart in the text; units inside the names ("(%)"), a bare count "7"; the label cells of the header block are out of order
("资金名称 省级业务主管部 门 资金类型 实施周期" on one line, then "战略领域 财政事权 政策任务"); the 财政事权 value is not in the text;
the budget is a sentence ("一般公共预算安排77300万元").
Truth: one fund, 教育发展专项资金 (资金名称), budget 77300 万元 (the sentence under 资金需求(万元) 2021年金额 — an inference from the
order of the text). Three indicators, value = 年度目标值 (the 实施周期目标值 are the same: 7, 100%, 100%); level 1 and level 2 are
not in the capture (null).
Truncation: the capture stops in the 实施周期目标值 column after three more values ("不断提升", "弥补我省高等教育不平衡", "持续") that
belong to rows whose names and annual targets are not captured; they are left out.
Reconstruction: the header block's pairs (label, value) are matched by the order of the text; the labels of the 依据 / 年度目标 /
实施周期目标 rows are not in the capture and are left empty; the indicator block is rebuilt with the three captured columns only.
""",
))

# ---------------------------------------------------------------- 80
_N80 = "2024年开展“助老颐养”公益项目资金"
FILINGS.append(dict(
    dir="80-zhaoqing-fucai-zhulao",
    html_title="2024年市级福利彩票公益金补助资金开展“助老颐养”公益项目资金分配明细表、绩效目标表肇财社〔2024〕116号",
    blocks=[
        ("p", "2024年市级福利彩票公益金补助资金开展“助老颐养”公益项目资金分配明细表、绩效目标表肇财社〔2024〕116号"),
        ("p", "分配明细表"),
        ("p", "单位:万元"),
        ("table", [
            ["序号", "县(市、区)", "资助项目内容", "金额"],
            ["1", "肇庆市民政局", "肇庆市民政局开展“福彩杯”\n公益创投活动", "15"],
            ["2", "肇庆高新区", "肇庆高新区养老服务体系建设项目(获省民政厅的长者饭堂优秀案例、全国智慧健康养老试点街道项目)", "35"],
            [C("合计", cs=3), "50"],
        ]),
        ("p", "绩效目标表"),
        ("table", [
            ["项目名称", C(_N80, cs=4)],
            ["项目类型", "其他事业发展性支出", "项目等级", C("二级项目", cs=2)],
            ["主管部门", "肇庆市民政局", "用款单位", C("肇庆市民政局、肇庆高新区社会工作局", cs=2)],
            ["实施期限", "起始年度", "2024", "到期年度", "2024"],
            ["预算金额", "总金额", "50万元", "当年度金额", "50万元"],
            ["项目概述", C("  中共中央办公厅、国务院办公厅印发《关于推进基本养老服务体系建设的意见》《民政部彩票公益金使用管理办法》,"
                         "为推进全社会共同参与助老扶老工作,探索推进热心企业、热心社会组织承接及购买政府职能转移服务新途径,"
                         "激发社会力量参与养老颐养活力,申请福彩公益金50万元资助开展“助老颐养”公益项目,用于开展长者饭堂送餐助餐、"
                         "智慧养老、居家养老、特殊困难老年人关爱等方面。", cs=4)],
            ["总体绩效目标", "当年度目标", C("  激发热心企业、热心社会组织等社会力量参与养老颐养活力,按照助老扶老工作公益项目优势及评判社会效益成果程度,"
                                          "申请福彩公益金50万元资助开展“助老颐养”公益项目。持续提升老年人生活安全感、幸福感、获得感 。", cs=3)],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "当年度指标值"],
        ]),
    ],
    truth={"projects": [P(_N80, None, "50", "万元", [])]},
    notes="""
Place: 肇庆市 (Zhaoqing, Guangdong), city level, 肇庆市民政局 (with 肇庆高新区社会工作局 as a 用款单位); year 2024 (肇财社〔2024〕116号),
republished on a tender-news site (m.bidcenter.com.cn). Guangdong is covered by 74/76 (东莞); Zhaoqing and this form are new.
Template kind: Guangdong city 绩效目标表 of a welfare-lottery grant: 项目名称 / 项目类型 | 项目等级 / 主管部门 | 用款单位 / 实施期限 起始年度 |
到期年度 / 预算金额 总金额 | 当年度金额 / 项目概述 / 总体绩效目标 当年度目标 / 绩效指标 一级指标 | 二级指标 | 三级指标 | 当年度指标值; an
allocation table (序号 | 县(市、区) | 资助项目内容 | 金额, 合计 50) before it.
Layout features: the amounts carry the unit ("50万元") twice (总金额, 当年度金额); years as bare numbers (2024) beside their labels;
the allocation table's amounts are not the project's indicators.
Truth: one project (项目名称), budget 50 万元 (当年度金额; the 总金额 is the same), NO indicators.
Truncation: the capture stops in the first indicator row ("产出指标 数量指标 满足开展", the name cut, no value); it is left out.
Reconstruction: the capture prints one cell per paragraph; the row breaks and the 5-column grid are inferred.
""",
))

# ---------------------------------------------------------------- 82
_R82 = [  # l1, l2, name, 指标解释, 目标值
    ("产出指标", "数量指标", "志鉴地情相关工作开展所需资金的供应时效", "100%(历史标准)", "100%"),
    ("产出指标", "数量指标", "确保日常工作正常运行", "100%", "100%"),
    ("产出指标", "数量指标", "按年度发放绩效奖、文明奖、综治平安奖、应休未休补贴", "60%", "≥60%"),
    ("产出指标", "质量指标", "调研、督促、指导志、鉴、地情编纂的县(市、区)的覆盖率", "90%(计划标准)", "1"),
    ("产出指标", "质量指标", "各类书籍审稿率", "100%(计划标准)", "1"),
    ("产出指标", "时效指标", "项目完成时间", "2019年12月(计划标准)", "100%"),
]
_G82 = (" 目标1:确保本室各人员工资及福利的发放;\n 目标2:对合作社区、退休人员及遗孀、困难群众进行一定程度的补助;\n"
        " 目标3:确保本室日常办公所需经费正常运行;\n 目标4:保障志鉴地情相关工作开展所需资金,确保完成2019年度任务。")
FILINGS.append(dict(
    dir="82-ningde-fangzhi-zhengti-2019",
    html_title="19年度部门整体支出绩效目标(原方志委)",
    blocks=[
        ("p", "19年度部门整体支出绩效目标(原方志委)"),
        ("p", "时间:2019-12-31 15:38:36 来源::"),
        ("p", " 附件4:部门整体支出绩效目标表(60.8).xls"),
        ("p", "部门整体支出绩效目标表"),
        ("p", "2019年度)"),
        ("table", [
            ["部门(单位)名称", C("中共宁德市委党史和地方志研究室", cs=2), "部门预算编码", "901001033"],
            [C("年度\n预算\n安排\n(万元)", rs=3), C("        资金总额", cs=2), C("171.41", cs=2)],
            [C("  项目支出", cs=2), C("60.8", cs=2)],
            [C("  基本支出", cs=2), C("110.61", cs=2)],
            ["年度\n总体\n目标", C(_G82, cs=4)],
            [C("年度\n履职\n目标", rs=4), "部门职能", "年度目标任务", "支出项目名称", "预算金额(万元)"],
            ["组织、指导、编纂、督促和检查地方志、年鉴、地情工作", "保障志鉴地情相关工作开展所需资金,确保完成2019年度任务",
             "地情、市志编纂与年鉴出版经费", "49.8"],
            ["确保本室各人员工资及福利的发放", "按时发放2019年人员福利", "地情、市志编纂与年鉴出版经费", "11"],
            ["确保日常工作正常运行", "按时发放2019年人员工资待遇", "基本支出", "171.41"],
            [C("       ", cs=5)],
            ["一级指标", "二级指标", "三级指标", "指标解释", "目标值"],
            [C("产出指标", rs=6), C("数量指标", rs=3)] + list(_R82[0][2:]),
            list(_R82[1][2:]),
            list(_R82[2][2:]),
            [C("质量指标", rs=2)] + list(_R82[3][2:]),
            list(_R82[4][2:]),
            ["时效指标"] + list(_R82[5][2:]),
        ]),
    ],
    truth={"projects": [P("中共宁德市委党史和地方志研究室", None, "171.41", "万元",
                          [I(l1, l2, n, v, description=d) for l1, l2, n, d, v in _R82])]},
    notes="""
Place: 宁德市 (Ningde, Fujian), city level, 中共宁德市委党史和地方志研究室 (the former 方志委, 部门预算编码 901001033); year 2019
(published 2019-12-31 on the unit's site ndfzw.com). Ningde is covered by 02 (the same 部门整体支出绩效目标表 family, another unit);
this unit, year and page are new.
Template kind: Fujian 部门整体支出绩效目标表: 部门(单位)名称 | 部门预算编码 / 年度预算安排(万元) 资金总额 | 项目支出 | 基本支出 /
年度总体目标 / 年度履职目标 部门职能 | 年度目标任务 | 支出项目名称 | 预算金额(万元) / 一级指标 | 二级指标 | 三级指标 | 指标解释 | 目标值.
Layout features: the 履职目标 sub-table names amounts (49.8, 11, 171.41) that are not indicators, and its last row repeats the
total (171.41) as the 基本支出 line; 指标解释 cells hold a value with its source ("100%(历史标准)", "90%(计划标准)") beside a
target that differs ("1" for a coverage rate, "100%" for a completion DATE); a blank separator row; the year line lost its "("
("2019年度)"); the attachment name carries an amount ("(60.8).xls").
Truth: one department (部门(单位)名称), budget 171.41 万元 (资金总额). Six indicators; value = 目标值 as written, description = 指标解释.
Truncation: the capture stops in the 成本指标 row ("成本指标  基本支出 ", no value); it is left out.
Reconstruction: the capture is space-separated text, one row a line, labels broken over lines; the 5-column grid and the spans are
inferred. The page's stray meta tags (〈meta …〉) are left out.
""",
))

# ---------------------------------------------------------------- 84
_R84 = [
    ("产出指标", "数量指标", "鉴定校准实验室仪器", "≥57个"),
    ("产出指标", "数量指标", "购买标准试剂", "≥100个"),
    ("产出指标", "数量指标", "监督抽检批次", "≥100组"),
    ("产出指标", "质量指标", "农产品例行监测合格率", "≥98%"),
    ("产出指标", "质量指标", "农产品监督抽样合格率", "≥98%"),
    ("产出指标", "质量指标", "实验室仪器维修维护", "≥4次"),
    ("产出指标", "时效指标", "检测及时率", "≤7工作日"),
]
_N84 = "发展建设类-农产品质检体系建设和“三品一标”发展项目"
_G84 = ("通过项目实施,开展农产品质量安全监测及三品一标工作,实现农产品质量安全得到提升,检测批次达到2批次/千人,"
        "“两强一增”认证总数得到上升。")


def _row84(r):
    return [r[2], r[3], r[2], r[3]]


FILINGS.append(dict(
    dir="84-luan-nongye-zhijian-sanpin",
    html_title="六安市农业农村局2024年农产品质检体系建设和“三品一标”发展项目支出预算绩效目标表",
    blocks=[
        ("p", "六安市农业农村局2024年农产品质检体系建设和“三品一标”发展项目支出预算绩效目标表"),
        ("table", [
            [C("项目支出绩效目标申报表", cs=8)],
            [C("( 2024 年度)", cs=8)],
            [C("项目责任人(签字):", cs=4), C("单位(盖章):", cs=4)],
            ["项目名称", C(_N84, cs=7)],
            ["主管部门及代码", C("[066]六安市农业农村局", cs=3), "实施单位", C("六安市农业农村局", cs=3)],
            ["项目属性", C("常年项目", cs=3), "项目期", C("3年", cs=3)],
            [C("项目资金 (万元)", rs=3), C("中期资金总额:", cs=2), "68.50", C("年度资金总额:", cs=2), C("51.35", cs=2)],
            [C("其中:财政拨款", cs=2), "68.50", C("其中:财政拨款", cs=2), C("51.35", cs=2)],
            [C("其他资金", cs=2), "0.00", C("其他资金", cs=2), C("0.00", cs=2)],
            [C("总 体 目 标", rs=2), C("中期目标(2024年—2026年)", cs=3), C("年度目标", cs=4)],
            [C(_G84, cs=3), C(_G84, cs=4)],
            [C("绩 效 指 标", rs=8), "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
            [C("产出指标", rs=7), C("数量指标", rs=3), _R84[0][2], _R84[0][3], C("数量指标", rs=3), _R84[0][2], _R84[0][3]],
            _row84(_R84[1]),
            _row84(_R84[2]),
            [C("质量指标", rs=3), _R84[3][2], _R84[3][3], C("质量指标", rs=3), _R84[3][2], _R84[3][3]],
            _row84(_R84[4]),
            _row84(_R84[5]),
            ["时效指标", _R84[6][2], _R84[6][3], "时效指标", _R84[6][2], _R84[6][3]],
        ]),
    ],
    truth={"projects": [P(_N84, None, "51.35", "万元", [I(*r) for r in _R84])]},
    notes="""
Place: 六安市 (Lu'an, Anhui), city level, 六安市农业农村局 ([066]); year 2024 (on the bureau's open-government site). Lu'an's
counties and districts are covered (14, 26, 35, 49, 77, 81); the city-level bureau and this form are new.
Template kind: Anhui 项目支出绩效目标申报表 with TWO COLUMN GROUPS: 项目名称 / 主管部门及代码 | 实施单位 / 项目属性 | 项目期 / 项目资金(万元)
中期资金总额: | 年度资金总额: (each with 其中:财政拨款 and 其他资金) / 总体目标 中期目标(2024年—2026年) | 年度目标 / 绩效指标 一级指标 |
二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值 (the first group mid-term, the second annual — the headers carry no
suffix; the groups are told apart only by the 总体目标 row above).
Layout features: two budgets side by side (中期 68.50, 年度 51.35); both indicator groups identical, row for row; labels spaced out
("总 体 目 标", "绩 效 指 标"); a time target written with ≤ and a unit of days ("≤7工作日"); title, year and 项目责任人 lines inside
the grid.
Truth: one project (项目名称), budget 51.35 万元 (年度资金总额). Seven indicators, from the annual (second) group: level2 = its
二级指标 cell, value = its 指标值 (the mid-term group holds the same names and values).
Truncation: the capture stops inside the second 时效指标 row ("开展质", cut); it and the rest are left out.
Reconstruction: the capture marks cells with " | " and covered cells with runs of "|"; the 8-column grid (the capture's counts
suggest some spans of two columns that cannot be placed) and the spans are inferred.
""",
))

# ---------------------------------------------------------------- 86
_F86 = ("(一)负责全市人民防空工作。 (二)围绕市政府的重点工作和市政府领导同志的指示,组织专题调查研究,及时 反映情况,提出建议。 "
        "(三)负责起草《政府工作报告》和市政府领导同志的讲话。围绕市政府的中心工 作和全市社会发展、经济运行中的重大问题、热点难点问题,开展调查研究,为市 "
        "政府决策提供参谋服务。 (四)负责全市金融与地方发展的协调工作,指导地方性金融业、保险业、证券业 等行业的自律性管理。 "
        "(五)督促检查市政府各部门和各镇、办事处、工业基地贯彻落实上级政府和市政 府文件、市政府会议决定事项及市政府领导重要批示的执行情况,及时向市政府领 "
        "导报告,提出建议。 (六)组织办理涉及市政府工作范围内的人大建议和政协提案工作。 (七)负责市国防动员综合协调、督办和指导工作。 "
        "(八)负责市政府值班工作。 (九)协助市政府领导同志组织起草或审核以市政府、市政府办公室名义发布的公 文。 "
        "(十)负责市政府会议的准备和组织协调工作,协助市政府领导同志组织实施会议 决定事项。 (十一)研究、审核市政府各部门和各镇、办事处、工业基地请示市政府的事项, "
        "提出审核处理意见,报市政府领导同志审批。 (十二)统筹安排市政府领导同志的公务活动。负责市政府重大活动的组织")
FILINGS.append(dict(
    dir="86-suizhou-guangshui-zhengfuban-zhengti",
    html_title="广水市人民政府办公室整体支出绩效目标",
    blocks=[
        ("p", "附件 2:"),
        ("p", "部门整体支出绩效目标申报表"),
        ("p", "填报日期:2021 年 1 月 28 日"),
        ("table", [
            ["部门(单位)\n名称", "广水市人民政府办公室", "填报人", "南春锋", "联系电话", C("6296906", cs=2)],
            [C("部门总体\n资金情况", rs=8), C("总体资金情况", cs=2), C("当年\n金额", rs=2), C("占比", rs=2), C("近两年收支金额", cs=2)],
            [C("单位:万元", cs=2), "年", "年"],
            [C("收入构成", rs=3), "财政拨款", "968.191 8", "", "", ""],
            ["其他资金", "", "", "", ""],
            ["合计", "968.191 8", "100%", "", ""],
            [C("支出构成", rs=3), "基本支出", "7242318", "74.8%", "", ""],
            ["项目支出", "243.96", "25.2%", "", ""],
            ["合计", "968.191 8", "100%", "", ""],
            ["部门职能概述", C(_F86, cs=6)],
        ]),
    ],
    truth={"projects": [P("广水市人民政府办公室", None, "968.1918", "万元", [])]},
    notes="""
Place: 广水市 (Guangshui, Suizhou, Hubei), county-level city, 广水市人民政府办公室; budget year 2021 (填报日期 2021-01-28). Hubei is
covered; Suizhou/Guangshui is new. Captured from a document site (pdf.chddh.cn) that reproduces the PDF's text layer in one run.
Template kind: Hubei 部门整体支出绩效目标申报表 (department-wide): 部门(单位)名称 | 填报人 | 联系电话 / 部门总体资金情况: 总体资金情况
(单位:万元) | 当年金额 | 占比 | 近两年收支金额 (年 | 年, the years left blank) with 收入构成 (财政拨款, 其他资金, 合计) and 支出构成
(基本支出, 项目支出, 合计) / 部门职能概述.
Layout features: AMOUNTS BROKEN BY THE PDF'S TEXT LAYER: the total is printed "968.191 8" (a space before the last digit, three
times) and 基本支出 "7242318" lost its decimal point (724.2318: 724.2318 + 243.96 = 968.1918); the previous-year columns are empty;
the phone number (6296906) stands among the money labels in the text.
Truth: one department (部门(单位)名称), budget 968.1918 万元 (合计 of 当年金额, the split digit joined — an inference confirmed by the
two expense lines adding up to it). NO indicators in the capture.
Truncation: the capture stops inside 部门职能概述 ("(十二)…负责市政府重大活动的组织", cut); the targets are not captured.
Reconstruction: rows rebuilt from the order of the numbers; the 7-column grid and spans are inferred; "968.191 8" and "7242318" are
kept as printed; the function text keeps the PDF's line-wrap spaces and its page number ("— 1 —") is left out.
""",
))

# ---------------------------------------------------------------- 88
_R88 = [  # l1, l2, name, op, number, unit, weight
    ("产出指标", "数量指标", "足额保障率", "=", "100", "%", "22.5"),
    ("产出指标", "数量指标", "科目调整次数", "≤", "10", "次", "22.5"),
    ("产出指标", "时效指标", "按时发放率", "=", "100", "%", "22.5"),
    ("效益指标", "经济效益指标", "结余率(计算方法为:结余数/预算数)", "≤", "5", "%", "22.5"),
]


def _row88(r):
    return [r[2], r[3], r[4], r[5], "", r[6], "", ""]


FILINGS.append(dict(
    dir="88-sichuan-xian-gongzi-ziping-tail",
    html_title="dyrmt.com article 132779",
    blocks=[
        ("table", [
            [C("产出指标", rs=3), C("数量指标", rs=2)] + _row88(_R88[0]),
            _row88(_R88[1]),
            ["时效指标"] + _row88(_R88[2]),
            ["效益指标", "经济效益指标"] + _row88(_R88[3]),
            [C("合计", cs=7), "100", "", ""],
            ["评价结论", C("及时、足额缴纳。", cs=9)],
            ["存在问题", C("暂无", cs=9)],
            ["改进措施", C("暂无", cs=9)],
            [C("项目负责人:", cs=5), C("财务负责人:", cs=5)],
        ]),
    ],
    truth={"projects": [P(None, None, None, None, [
        I(l1, l2, n, op + v + u, op=op, value=v, unit=u, weight=w) for l1, l2, n, op, v, u, w in _R88])]},
    notes="""
Place: not named in the capture — a county media-center site (dyrmt.com, "融媒体"); the form is Sichuan's 部门预算项目支出绩效自评表
(2023 layout, the family of 37 and 39: 评价结论 / 存在问题 / 改进措施 / 项目负责人: | 财务负责人: under a 合计 row), so most likely a
Sichuan county unit; year not in the capture (the form is the 2022-2023 one). A wage-type project (工资性支出: 足额保障率, 按时发放率).
Template kind: the tail of a Sichuan self-evaluation: indicator rows 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 |
权重 | 得分 | 未完成原因分析 (the header is NOT in the capture), 合计 100, then the conclusion rows.
Layout features: THE CAPTURE STARTS INSIDE THE INDICATOR TABLE (no project name, no budget, no header row); comparator, number and unit
glued ("=100%", "≤10次", "≤5%"); every weight 22.5 (4 × 22.5 = 90, the form's 绩效指标(90分), plus 10 for budget execution = 合计 100);
完成值 and 得分 empty; a name carrying its formula in parentheses ("结余率(计算方法为:结余数/预算数)").
Truth: one nameless project (no name, no budget: null). Four indicators: value = comparator + number + unit as printed, value_cells
op / value / unit (the three cells of the Sichuan form) and weight (权重).
Reconstruction: the capture lost every separator; cells are split at the level labels and at the comparator; the 10-column grid
follows the Sichuan form (37 and 39) — the empty 完成值, 得分 and 原因 cells are the form's, inferred; no header row is invented.
""",
))

# ---------------------------------------------------------------- 90
_U90 = "主要用于文物修缮、宣传、文创产品开发、文物保护人员经费、办公经费等等支出"
_R90 = [
    ("产出指标", "数量指标", "永安真武庙戏台", "1处"),
    ("产出指标", "数量指标", "文物安全巡查", "416处"),
    ("产出指标", "数量指标", "文物宣传教育短信", "≥3万条"),
    ("产出指标", "质量指标", "文保单位抢险维修", "100%"),
    ("产出指标", "质量指标", "文物安全巡查覆盖率", "100%"),
    ("产出指标", "时效指标", "按期完工", "按期完工"),
    ("产出指标", "成本指标", "文物保护单位方案编制费、古建筑日常养护及抢险加固费、文物安全巡查费、宣传教育费、文物保", "59万元"),
]
FILINGS.append(dict(
    dir="90-yuncheng-yongji-wenwu-baohu",
    html_title="文物保护中心7个项目绩效目标表.xls",
    blocks=[
        ("p", "文物保护中心7个项目绩效目标表.xls"),
        ("table", [
            [C("永济市县(区)级预算部门(单位)项目支出绩效目标申报表", cs=5)],
            [C("(2023年度)", cs=5)],
            ["项目名称", C("2023年文物保护经费", cs=4)],
            ["主管部门及代码", "404-永济市文化和旅游局", "实施单位", C("", cs=2)],
            ["项目属性", "一次性项目(1年结束)", "项目期", C("", cs=2)],
            [C("项目资金\n(元)", rs=6), "实施期资金总额:", "1,000,000", "年度资金总额:", ""],
            ["其中:中央财政资金", "0", "其中:中央财政资金", ""],
            ["省级财政资金", "0", "省级财政资金", ""],
            ["市县(区)财政资金", "1,000,000", "市县(区)财政资金", ""],
            ["单位自筹", "0", "单位自筹", ""],
            ["其他资金", "", "其他资金", ""],
            ["项目概况", C(_U90, cs=4)],
            ["立项依据", C("根据永文保发【2022】26号关于将2022年文物保护经费纳入财政预算的请示", cs=4)],
            ["项目设立必要性", C("突出永济市的历史文化价值、体现华夏民族的精神追求、向世人全面展示古中国的蒲州", cs=4)],
            ["保证项目实施的制度、措施", C("根据永文保发【2022】26号关于将2022年文物保护经费纳入财政预算的请示", cs=4)],
            ["项目实施计划", C(_U90, cs=4)],
            [C("总体目标", rs=2), C("实施期目标", cs=2), C("年度目标", cs=2)],
            [C(_U90, cs=2), C(_U90, cs=2)],
            [C("绩 效 指 标", rs=8), "一级指标", "二级指标", "三级指标", "指标值"],
            [C("产出指标", rs=7), C("数量指标", rs=3), _R90[0][2], _R90[0][3]],
            [_R90[1][2], _R90[1][3]],
            [_R90[2][2], _R90[2][3]],
            [C("质量指标", rs=2), _R90[3][2], _R90[3][3]],
            [_R90[4][2], _R90[4][3]],
            ["时效指标", _R90[5][2], _R90[5][3]],
            ["成本指标", _R90[6][2], _R90[6][3]],
        ]),
    ],
    truth={"projects": [P("2023年文物保护经费", None, "1000000", "元", [I(*r) for r in _R90])]},
    notes="""
Place: 永济市 (Yongji, Yuncheng, Shanxi), county-level city, 404-永济市文化和旅游局 (its 文物保护中心); year 2023. Shanxi is covered by 07
(吕梁) and 69 (阳泉); Yuncheng/Yongji and this county form are new. Captured from a document site (keke.chddh.cn) that prints the
spreadsheet's text in one run ("文物保护中心7个项目绩效目标表.xls", the first of seven projects).
Template kind: Shanxi 县(区)级预算部门(单位)项目支出绩效目标申报表: 项目名称 / 主管部门及代码 | 实施单位 / 项目属性 | 项目期 / 项目资金(元)
with TWO COLUMNS (实施期资金总额: … | 年度资金总额: …, each 其中:中央财政资金 / 省级财政资金 / 市县(区)财政资金 / 单位自筹 / 其他资金) /
项目概况 / 立项依据 / 项目设立必要性 / 保证项目实施的制度、措施 / 项目实施计划 / 总体目标 实施期目标 | 年度目标 / 绩效指标 一级指标 |
二级指标 | 三级指标 | 指标值.
Layout features: money in 元 with thousands separators ("1,000,000"); the annual money column EMPTY, only the 实施期 (one-year project,
"一次性项目(1年结束)") has amounts; the text layer interleaves labels and values out of order ("市县(区)财政资 1,000,000 金") and runs the
indicator block label first ("一级指标 二级指标 数量指标 产出指标 绩 效 指 标 质量指标 三级指标 指标值 永安真武庙戏台 1处 …"); the
table continues on a second page whose header repeats; a cost name CUT BY THE CELL WIDTH ("…宣传教育费、文物保"); a time row whose
name and target are the same words ("按期完工").
Truth: one project 2023年文物保护经费, budget 1000000 元 (实施期资金总额 = 市县(区)财政资金; the 年度 column is empty — an inference for a
one-year project). Seven indicators, level1 产出指标.
Truncation: the capture stops in a second 成本指标 row ("成本指标 永安真武庙戏台", no value); it is left out.
Reconstruction: rows are rebuilt from the label order of the form; the repeated page header and the 年度目标 text split over the page
break ("主要用于文物修缮、宣传、文创 护人员经费、办公经费") are left out; the 5-column grid and spans are inferred.
""",
))

# ---------------------------------------------------------------- 92
_G92 = ("目标1:继续为0-6岁适龄儿童常规接种。目标2:减少艾滋病新发感染,降低艾滋病病列率,艾滋病疫情继续控制在低流行水平,进一步减少结核感染、"
        "患病和死亡,切实降低结核病疾病负担,提高人民群众健康水平。目标3:全面开展包虫病综合防治工作,基本控制包虫病流行。目标4:开展重大慢性病"
        "早期筛查干预项目,落实慢性病及相关危险因素监测。加强严重精神障碍患者筛查、登记报告随访服务。目标5:分别完成以新冠肺炎为主的病毒性"
        "传染病监测、基于国家致病性识别网的细菌性传染病监测。")
FILINGS.append(dict(
    dir="92-ganzi-luhuo-chuanranbing-ziping",
    html_title="重大传染病防治项目 自评表",
    blocks=[
        ("table", [
            [C("(2021年度)", cs=8)],
            ["转移支付(项目)名称", C("重大传染病防治项目", cs=7)],
            ["中央主管部门", C("国家卫生健康委", cs=7)],
            ["地方主管部门", C("甘孜州卫生健康委", cs=3), "资金使用单位", C("炉霍县卫生健康局", cs=3)],
            [C("项目资金\n(万元)", rs=5), "", C("全年预算数(A)", cs=2), C("全年执行数(B)", cs=2), C("预算执行率(B/A)", cs=2)],
            ["年度资金总额:", C("811.54", cs=2), C("811.54", cs=2), C("100%", cs=2)],
            ["其中:中央财政资金", C("730.4", cs=2), C("730.4", cs=2), C("100.00%", cs=2)],
            ["地方资金", C("81.14", cs=2), C("81.14", cs=2), C("100%", cs=2)],
            ["其他资金", C("", cs=2), C("", cs=2), C("", cs=2)],
            [C("总体目标完成情况", rs=2), C("总体目标", cs=4), C("全年实际完成情况", cs=3)],
            [C(_G92, cs=4), C(_G92, cs=3)],
            ["绩效指标", "一级 指标", "二级指标", "三级指标", "指标值", "全年实际完成值", C("未完成原", cs=2)],
        ]),
    ],
    truth={"projects": [P("重大传染病防治项目", None, "811.54", "万元", [])]},
    notes="""
Place: 炉霍县 (Luhuo county, Ganzi, Sichuan), county level, 炉霍县卫生健康局 as 资金使用单位 (甘孜州卫生健康委 as 地方主管部门); year 2021.
Ganzi is covered by 66 (the prefecture's market regulator); Luhuo and this form are new. Captured on a mirror (cecfb.org/ganzi/...).
Template kind: Sichuan 中央对地方转移支付 项目 自评表: 转移支付(项目)名称 / 中央主管部门 / 地方主管部门 | 资金使用单位 / 项目资金(万元)
全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) with 其中:中央财政资金 / 地方资金 / 其他资金 / 总体目标完成情况 总体目标 | 全年实际完成情况 /
绩效指标 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因.
Layout features: the project label is 转移支付(项目)名称; two execution-rate styles ("100%", "100.00%"); a goal text of five numbered goals
repeated word for word as the actual; the title row is only the year ("(2021年度)").
Truth: one project 重大传染病防治项目, budget 811.54 万元 (全年预算数 of 年度资金总额; 730.4 + 81.14). NO indicators: the capture stops in
the indicator header ("未完成原", cut).
Reconstruction: the capture marks cells with " | " and covered cells with runs of "|"; the 8-column grid and spans are inferred from
those counts (the money rows' cells taken as two columns wide).
""",
))

# ---------------------------------------------------------------- 94
_A94 = [("袁州", "439"), ("奉新", "273"), ("万载", "676"), ("上高", "367"), ("宜丰", "647"), ("靖安", "60"), ("铜鼓", "164"),
        ("丰城", "1673"), ("樟树", "457"), ("高安", "890"), ("合计", "5646")]
FILINGS.append(dict(
    dir="94-yichun-liangyou-shengchan",
    html_title="宜春市 农机类资金分配公示",
    blocks=[
        ("p", "省财政厅于5月份下达我市两个农机类资金,结合当前实际,现拟分配到各县,以提高农机装备能力,满足农业生产需要。"),
        ("p", "一是中央粮油生产保障资金。在《关于下达2023年中央粮油生产保障资金的通知》(赣财农指[2023]10号)中下达我市5646万元,"
              "用于支持水稻集中育秧设施建设。经与市财政局农业科沟通,分配主要依据是各县申报的建设数量和资金补助计划数,在此基础上对水稻"
              "机械化种植方式比例较高的樟树市适当调剂。各县分配量及绩效目标表详见附表1和附表2。"),
        ("p", "二是中央农业产业发展资金。在《关于下达2023年中央农业产业发展资金的通知》(赣财农指[2023]12号)中下达我市6917万元,用于农机"
              "购置补贴。经与市财政局农业科沟通,分配依照《关于印发农业相关转移支付资金管理办法的通知》(财农[2023]11号)中的因素法测算,"
              "按照各县的粮食面积、油料面积、畜禽年末存栏量、淡水养殖面积、近三年农机购置补贴资金使用量等因素,结合预计执行情况适当调剂。"
              "各县分配量及绩效目标表详见附表3和附表4。"),
        ("p", "现予以公示,公示期间,如有异议,请于2023年6月21日17:00前向市农业农村局农机科反映,联系电话:3568693。"),
        ("p", "附表1:2023年中央粮油生产保障资金分配表(单位:万元)"),
        ("table", [["县(市、区)"] + [a for a, _ in _A94], ["金额"] + [v for _, v in _A94]]),
        ("p", "附表2:2023年中央粮油生产保障资金绩效目标表"),
        ("table", [
            ["专项(项目)名称", C("粮油生产保障资金", cs=6)],
            ["主管部门", C("宜春市农业农村局", cs=6)],
            [C("资金情况(万元)", rs=3), "年度资金总额", C("5646", cs=5)],
            ["其中:中央补助", C("5646", cs=5)],
            ["地方补助", C("0", cs=5)],
            ["年度目标", C("支持水稻集中育秧设施建设", cs=6)],
            ["绩效指标", "一级指标", "二级指标", C("三级指标(", cs=4)],
        ]),
    ],
    truth={"projects": [P("粮油生产保障资金", None, "5646", "万元", [])]},
    notes="""
Place: 宜春市 (Yichun, Jiangxi), city level, 宜春市农业农村局 (a public notice of the allocation, on a mirror cgjd.org.cn); year 2023. Jiangxi
is covered by 24 (浮梁县, held out); Yichun and this form are new.
Template kind: a city notice with an allocation table (县(市、区) | ten counties | 合计, one row of 金额) and a Jiangxi 绩效目标表 of a central
transfer: 专项(项目)名称 / 主管部门 / 资金情况(万元) 年度资金总额 | 其中:中央补助 | 地方补助 / 年度目标 / 绩效指标 一级指标 | 二级指标 |
三级指标(…).
Layout features: a WIDE ONE-ROW ALLOCATION TABLE whose amounts (439 … 890, 合计 5646) are the same money as the target table's total; the
notice's prose names two funds (5646万元 and 6917万元) while only the first fund's table is captured; the money label stands on its own
line in the capture.
Truth: one fund 粮油生产保障资金, budget 5646 万元 (年度资金总额). NO indicators: the capture stops in the indicator header ("三级指标(", cut).
Reconstruction: the capture marks cells with " | " and covered cells with runs of "|"; the 12-column allocation grid and the 7-column
target grid are inferred from those counts.
""",
))
