package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProbeVariants reads the probe filings of testdata/probe (issue 21:
// template variants of real 绩效目标表, 自评表 and 部门整体 forms that no
// filing here had shown, written to find the next unseen family before
// users do; _specs.py writes them) in both forms and pins what each
// gives: the kind of its project and its indicators as
// level1|level2|name|raw|op. No indicator is better than a wrong one: the
// quarters' and months' columns stay unrecognized (no recipient area, no
// target), and so do the bounds' beside a target (19); two bounds side by
// side as the grid's only value columns (03's 下限 | 上限) are one target,
// the range they make (boundColumns), and the layouts not read yet are pinned as refusals
// (06, rows numbered 1.1.1 with the levels in the names' column; 08, a
// transposed grid; 50, a department's grid grouped by 年度主要任务; 38's
// name under 二级指标 with the 三级 cell blank, NO-INDICATOR-NAME). An
// OCR'd O or l in a number stays text (14), and 95%左右 is read =95% with
// the warning that says so (AboutReadAsEqual). Not pinned beyond kind and
// indicators: 29's areas under 指标值 (全市 | 甲县 | 乙县 | 丙县) are read in
// both forms, the text export's caption printed once spanning them
// (targetOverAreas); 53's text
// export reads the year's target under 中期 | 年度 sub-captions with its
// levels by content, the 中期 cells unrecognized; 60's level-1 section
// rows across a grid with no level-1 column (产出指标 spanning the row)
// are left unrecognized and the indicators without a level 1. 83's
// monitoring columns read 1-6月完成值 as the results to date and
// 全年预计完成值 as another value; 85's names close with their target
// (救助儿童人数≥500人) over a value cell of its number alone (500), read
// as the name's target with TARGET-SIGN-IN-NAME; 88's areas without a
// total give the first area's target with AREA-TARGETS-DIFFER where
// they differ. 90's text export separates its cells by runs of spaces
// (a PDF's layout text): no line opens a cell and the columns are not
// told, so it is refused rather than guessed, with the reason and the
// header's line (ErrColumnsBySpaces, TestSpacedGridHeaderRefused); 91's,
// a spreadsheet saved as text (a row a line, tabs between its cells), is
// read as its table. 94's later years' targets (2025年目标值 | 2026年目标值)
// are kept as other values beside the filing year's; 95's areas written as
// rows (地区 | 一级指标 | …, each area's indicators under it) read every
// indicator with its own target, the 地区 column and its areas left
// unrecognized with AREA-ROWS-UNREAD (no area is named on the indicators,
// and the warning says so; TestAreaRowsWarned).
// 101's caption 三级指标及指标值 over cells holding the name and the target
// (救助困难群众人数：≥3000人) splits them; its cell with neither a colon
// nor a bound closing it is refused (NAME-TARGET-UNSPLIT), its level not
// read as a name. 106's areas with their total last (甲县 | 乙县 | 合计) read the
// total as the target (areasTotal), each area beside, in both forms (its
// text export's caption over them as 29's). 107's
// 原指标值 | 调整后指标值 read the adjusted target, the original beside.
// 110's two indicators as numbered lines of one name cell and one value
// cell (1.改造危房户数 / 2.开工率 over 1.≥300户 / 2.100%) read as two.
// 116's results under 实际完成值（%） take the caption's unit (97%), as the
// targets under 年度指标值（%） do (results are checked in
// TestResultCaptionUnit; this test pins the targets). 119's worded
// monitoring captions read 截至6月底完成情况 as the results to date and
// 预计全年完成情况 as another value (the kind self_evaluation, as 83's);
// 是否能完成年度目标 is kept beside the target as another value under its
// caption (TestCompletionForecastKept). 121's targets
// in Chinese numerals keep their comparator word's op and no number. 122's
// two-column grid (绩效指标 | 指标值, each name prefixed 数量指标：) is not
// read: every cell unrecognized, no indicator (a refusal), with
// LEVEL-PREFIXED-NAMES saying why (TestLevelPrefixedNamesWarned). The tenth
// round (123-172; TestProbeFields pins their budgets, goals and other
// cells too): 126's level 1 and level 2 in one cell (产出指标-数量指标)
// are read as the two levels; 127's numbered levels (1.1 数量指标) keep
// their numbers as 31's do; 138's tab export with an empty margin column
// (every line led by a tab) is read as 91's is; 132's areas under a
// 分地区目标值 caption leave all but the first unrecognized; 154's level 2
// in brackets before the name is read as the level 2. 144's text export, its
// name printed once over the description's column, reads the name there
// as the HTML does. 158's target with a note on its second line
// (≥1500人 / （上年1420人）) keeps no comparator, as 111's baselines;
// 163's bound repeated in its note reads its inclusion (≥95%（含95%） ≥,
// ≤5%（不含5%） <); 159's names are read without their closing colon. 143's target cell spanning two rows gives
// both indicators the target in HTML (TARGET-SPANS-ROWS); its text
// export, the span a blank, drops the second with NO-TARGET. 167's
// amount in 元 under a label in 万元 (1,250,000元) is restated in 万元,
// 125, exactly, with AMOUNT-CONVERTED (the budget is read in the money
// unit; see TestAmountInOtherUnitConverted). The eleventh round
// (173-222; TestProbeFields pins their fields too): 175's captions and
// levels in traditional characters (一級指標, 產出指標) and 195's summary
// of projects whose cells hold lists of indicators are refused in both
// forms (no table read, rather than a guess); 176's placeholder rows (无
// | 无, / | /) are no indicators (NO-INDICATOR-NAME); 181's captions cut
// over two rows read glued; 192's areas under 指标值 with a unit column
// after read in the text export as in the HTML; 198's long-term grid
// under its section row reads no indicator (LONG-TERM-GRID), the year's
// grid after it does; 185's and 214's line breaks inside names and
// targets are kept as written; 199's level labels with their points
// (产出指标（50分）) are kept whole, as 66's; 208's unit in brackets
// before the number (（辆）≥120) stays text; 212's areas as captions with
// no target caption give the first area's target, as 88's.
func TestProbeVariants(t *testing.T) {
	cases := []struct {
		dir, kind string
		inds      []string
		refused   string   // a form parse refuses ("txt", or "both"): it reads no table
		txtInds   []string // the text export's indicators where they differ from the HTML's
	}{
		{dir: "01-four-levels", kind: "project", inds: []string{"产出指标|数量指标|维护渠道长度|≥12公里|>=", "产出指标|数量指标|维护泵站数量|≥5座|>=", "产出指标|质量指标|验收合格率|100%|=", "效益指标|社会效益指标|受益农户数|≥800户|>="}},
		{dir: "02-quarters", kind: "project", inds: []string{"产出指标|数量指标|家庭医生签约人数|≥2000人|>=", "产出指标|质量指标|随访完成率|≥95%|>=", "效益指标|社会效益指标|群众知晓率|≥90%|>="}},
		{dir: "03-bounds", kind: "project", inds: []string{"产出指标|数量指标|保洁面积|120-150万平方米|", "产出指标|成本指标|保洁单价|≤3.5元/平方米|<=", "效益指标|社会效益指标|市民满意度|≥90%|>="}},
		{dir: "04-unit-in-caption", kind: "project", inds: []string{"产出指标|质量指标|供餐覆盖率|100%|=", "产出指标|时效指标|资金拨付及时率|≥95%|>=", "满意度指标|服务对象满意度指标|学生满意度|90%|="}},
		{dir: "05-year-and-period", kind: "project", inds: []string{"产出指标|数量指标|养护里程|≥200公里|>=", "产出指标|质量指标|优良路率|≥80%|>=", "效益指标|社会效益指标|群众出行满意度|≥90%|>="}},
		{dir: "06-numbered-tree", kind: "project", inds: []string{}},
		{dir: "07-target-in-name", kind: "project", inds: []string{"产出指标|数量指标|康复救助人数（≥300人）|≥300人|>=", "产出指标|质量指标|康复服务达标率（≥95%）|≥95%|>=", "满意度指标|服务对象满意度指标|救助对象满意度（≥90%）|≥90%|>="}},
		{dir: "08-transposed", kind: "project", inds: []string{}},
		{dir: "09-fullwidth-signs", kind: "project", inds: []string{"产出指标|数量指标|抽检批次|＞500批次|>", "产出指标|质量指标|抽检不合格率|＜3%|<", "产出指标|时效指标|投诉办结率|≧98%|>=", "效益指标|社会效益指标|重大食品安全事故|＝0起|=", "效益指标|社会效益指标|案件复议纠错率|≦1%|<="}},
		{dir: "10-approximate", kind: "project", inds: []string{"产出指标|数量指标|培训农民人次|约3000人次|", "产出指标|质量指标|技术到位率|95%左右|=", "效益指标|经济效益指标|亩均增收|不低于上年|", "效益指标|社会效益指标|新技术推广面积|约1.5万亩|"}},
		{dir: "11-excel-numbers", kind: "project", inds: []string{"产出指标|数量指标|保障人数|1,250.00人|=", "产出指标|质量指标|资金发放准确率|0.95%|=", "效益指标|社会效益指标|应保尽保率|100.00%|="}},
		{dir: "12-split-grid", kind: "project", inds: []string{"产出指标|数量指标|改造小区数量|≥8个|>=", "产出指标|质量指标|竣工验收合格率|100%|=", "效益指标|社会效益指标|受益居民户数|≥1200户|>=", "满意度指标|服务对象满意度指标|居民满意度|≥90%|>="}},
		{dir: "13-side-by-side", kind: "project", inds: []string{"产出指标|数量指标|清运垃圾量|≥5000吨|>=", "产出指标|数量指标|整治村庄数|≥30个|>=", "产出指标|质量指标|垃圾无害化处理率|≥95%|>=", "产出指标|质量指标|整治达标率|≥90%|>=", "效益指标|社会效益指标|村容村貌改善|明显改善|", "效益指标|社会效益指标|群众满意度|≥90%|>=", "效益指标|社会效益指标|长效管护机制|建立|"}},
		{dir: "14-ocr-digits", kind: "project", inds: []string{"产出指标|数量指标|监测断面数|≥l0个|", "产出指标|质量指标|监测数据有效率|≥9O%|", "效益指标|生态效益指标|水质达标率|l00%|"}},
		{dir: "15-selfeval-rate", kind: "self_evaluation", inds: []string{"产出指标|数量指标|资助学生人数|≥1000人|>=", "产出指标|时效指标|资金发放及时率|100%|=", "效益指标|社会效益指标|因贫辍学率|0|=", "满意度指标|服务对象满意度指标|学生满意度|≥90%|>="}},
		{dir: "16-department-standard", kind: "department", inds: []string{"产出指标|数量指标|食品抽检批次|≥1200批次|>=", "产出指标|时效指标|投诉举报按时办结率|≥98%|>=", "效益指标|社会效益指标|重大食品安全事故|0起|="}},
		{dir: "17-caption-with-sign", kind: "project", inds: []string{"产出指标|数量指标|日供水能力（万吨）|≥10|>=", "产出指标|质量指标|水质综合合格率（%）|≥99|>=", "效益指标|社会效益指标|供水普及率（%）|≥98|>="}},
		{dir: "18-months", kind: "project", inds: []string{"产出指标|数量指标|保洁河道长度||", "产出指标|时效指标|保洁及时率||", "效益指标|生态效益指标|河面漂浮物清除率||"}},
		{dir: "19-min-max-target", kind: "project", inds: []string{"产出指标|数量指标|门诊服务人次|≥10万人次|>=", "产出指标|成本指标|次均门诊费用|≤250元|<=", "效益指标|社会效益指标|患者满意度|≥90%|>="}},
		{dir: "20-two-row-value", kind: "project", inds: []string{"产出指标|数量指标|新建供水工程|≥6处|>=", "产出指标|质量指标|水质达标率|＝100%|=", "效益指标|社会效益指标|受益人口|≥5000人|>="}},
		{dir: "21-percent-weights", kind: "project", inds: []string{"产出指标|数量指标|安保人员配备数|≥40人|>=", "产出指标|质量指标|安全隐患整改率|100%|=", "效益指标|社会效益指标|校园安全事故发生率|≤1%|<=", "满意度指标|服务对象满意度指标|师生满意度|≥90%|>="}},
		{dir: "22-scoring-rule", kind: "project", inds: []string{"产出指标|数量指标|健康档案建档率|≥90%|>=", "产出指标|质量指标|档案合格率|≥95%|>=", "效益指标|社会效益指标|居民健康知识知晓率|≥80%|>="}},
		{dir: "23-ranges", kind: "project", inds: []string{"产出指标|数量指标|监测品种数|80-100个|", "产出指标|质量指标|数据准确率|95%~98%|", "效益指标|社会效益指标|居民消费价格涨幅|3%以内|<="}},
		{dir: "24-category-content", kind: "project", inds: []string{"产出指标||改造危房户数|500户|=", "产出指标||竣工率|100%|=", "效益指标||住房安全保障率|100%|=", "满意度指标||农户满意度|≥90%|>="}},
		{dir: "25-changes", kind: "project", inds: []string{"效益指标|生态效益指标|PM2.5平均浓度|较上年下降5%|", "效益指标|生态效益指标|优良天数比例|较上年提高2个百分点|=", "效益指标|生态效益指标|重污染天数|下降10%|", "产出指标|数量指标|新增监测站点|增加3个|"}},
		{dir: "26-serial-first", kind: "department", inds: []string{"产出指标|数量指标|统计调查项目数|≥12项|>=", "产出指标|时效指标|数据按时上报率|100%|=", "效益指标|社会效益指标|统计数据公开率|100%|="}},
		{dir: "27-expected-actual", kind: "self_evaluation", inds: []string{"产出指标|数量指标|参保人数|≥5万人|>=", "产出指标|质量指标|参保率|≥95%|>=", "效益指标|社会效益指标|政策范围内报销比例|≥70%|>="}},
		{dir: "28-target-then-last-year", kind: "project", inds: []string{"产出指标|数量指标|培训人次|≥3000人次|>=", "产出指标|质量指标|培训合格率|≥90%|>=", "效益指标|社会效益指标|培训后就业率|≥60%|>="}},
		{dir: "29-areas-with-total", kind: "transfer", inds: []string{"产出指标|数量指标|高标准农田建设面积|≥3万亩|>=", "产出指标|质量指标|项目验收合格率|100%|=", "效益指标|经济效益指标|亩均节本增效|≥100元|>="}},
		{dir: "30-unit-before-value", kind: "project", inds: []string{"产出指标|数量指标|维护路灯数量|≥12000盏|>=", "产出指标|质量指标|亮灯率|≥98%|>=", "效益指标|社会效益指标|夜间交通事故下降率|5%|="}},
		{dir: "31-numbered-levels", kind: "project", inds: []string{"一、产出指标|（一）数量指标|1.服务老人人次|≥10000人次|>=", "一、产出指标|（二）质量指标|2.服务合格率|≥95%|>=", "二、效益指标|（一）社会效益指标|1.老人满意度|≥90%|>="}},
		{dir: "32-months-and-year", kind: "project", inds: []string{"产出指标|数量指标|覆盖小区数|60个|=", "产出指标|质量指标|分类准确率|≥80%|>=", "效益指标|生态效益指标|垃圾减量率|≥10%|>="}},
		{dir: "33-frequencies", kind: "project", inds: []string{"产出指标|数量指标|检查频次|每月1次|=", "产出指标|数量指标|执法检查企业数|不少于200家/年|>=", "产出指标|质量指标|隐患整改率|≥95%（含）|>=", "效益指标|社会效益指标|较大事故起数|0|="}},
		{dir: "34-continued-no-header", kind: "project", inds: []string{"产出指标|数量指标|接待读者人次|≥20万人次|>=", "产出指标|质量指标|图书完好率|≥98%|>=", "效益指标|社会效益指标|全民阅读活动场次|≥50场|>=", "满意度指标|服务对象满意度指标|读者满意度|≥90%|>="}},
		{dir: "35-doubled-sign", kind: "project", inds: []string{"产出指标|数量指标|治理水土流失面积|≥15平方公里|>=", "产出指标|质量指标|工程验收合格率|＞＝95%|>=", "效益指标|生态效益指标|林草覆盖率|60%|="}},
		{dir: "36-formula-description", kind: "project", inds: []string{"产出指标|数量指标|城镇新增就业人数|≥5000人|>=", "产出指标|质量指标|补贴发放准确率|100%|=", "效益指标|社会效益指标|城镇调查失业率|≤5.5%|<="}},
		{dir: "37-direction-words", kind: "project", inds: []string{"产出指标|数量指标|消杀面积|200万平方米|=", "产出指标|成本指标|消杀单价|0.5元/平方米|=", "效益指标|社会效益指标|鼠密度|1-2%|"}},
		{dir: "38-name-in-level2", kind: "project", inds: []string{"产出指标|数量指标|修缮文物点数量|≥6处|>=", "满意度指标|服务对象满意度指标|游客满意度|≥85%|>="}},
		{dir: "39-bare-target-caption", kind: "project", inds: []string{"产出指标|数量指标|举办赛事场次|≥20场|>=", "产出指标|时效指标|赛事按期完成率|100%|=", "效益指标|社会效益指标|参与群众人次|≥5万人次|>="}},
		{dir: "40-percent-forms", kind: "project", inds: []string{"效益指标|社会效益指标|孕产妇死亡率|≤10/10万|", "效益指标|社会效益指标|婴儿死亡率|≤5‰|<=", "效益指标|社会效益指标|住院分娩率|≥99％|>=", "产出指标|数量指标|孕产妇系统管理率|≥９０％|>="}},
		{dir: "41-actual-first", kind: "self_evaluation", inds: []string{"产出指标|数量指标|新建农村公路里程|≥50公里|>=", "产出指标|质量指标|交工验收合格率|100%|=", "效益指标|社会效益指标|通达率|≥99%|>="}},
		{dir: "42-department-framework", kind: "department", inds: []string{"履职效能|重点工作履行情况|法律援助案件办结率|≥95%|>=", "履职效能|部门职责履行|人民调解成功率|≥96%|>=", "管理效率|预算编制质量|预算执行率|≥90%|>=", "管理效率|资产管理|固定资产利用率|≥95%|>="}},
		{dir: "43-qualified-values", kind: "project", inds: []string{"产出指标|数量指标|走访慰问人数|≥1300人|>=", "产出指标|时效指标|优抚金发放及时率|100%|=", "满意度指标|服务对象满意度指标|服务对象满意度|≥95%|>="}},
		{dir: "44-name-and-content", kind: "project", inds: []string{"产出指标|数量指标|巡河次数|≥48次|>=", "产出指标|质量指标|问题整改率|≥95%|>=", "效益指标|生态效益指标|河湖水质达标率|≥90%|>="}},
		{dir: "45-weight-then-unit-caption", kind: "project", inds: []string{"产出指标|质量指标|免疫密度|≥90%|>=", "产出指标|时效指标|疫情处置及时率|100%|=", "效益指标|社会效益指标|重大动物疫情发生率|0%|="}},
		{dir: "46-selfeval-no-points", kind: "self_evaluation", inds: []string{"产出指标|数量指标|抽检批次|≥800批次|>=", "产出指标|质量指标|抽检完成率|100%|=", "效益指标|社会效益指标|不合格产品核查处置率|100%|="}},
		{dir: "47-serial-before-names", kind: "project", inds: []string{"产出指标|数量指标|困难残疾人生活补贴人数|≥2000人|>=", "产出指标|数量指标|重度残疾人护理补贴人数|≥1500人|>=", "效益指标|社会效益指标|补贴发放覆盖率|100%|="}},
		{dir: "48-deadlines", kind: "project", inds: []string{"产出指标|时效指标|工程完工时间|2024年6月30日前|", "产出指标|时效指标|资金支付时间|12月31日前完成|", "产出指标|数量指标|管网清淤频次|≥1次/季度|>=", "产出指标|质量指标|排水达标率|100%（暂定）|="}},
		{dir: "49-assessment-captions", kind: "project", inds: []string{"产出指标||引进人才数量|≥10人|>=", "产出指标||人才补贴发放率|100%|=", "效益指标||人才留用率|≥80%|>="}},
		{dir: "50-task-groups", kind: "department", inds: []string{}},
		{dir: "51-value-subcaptions", kind: "project", inds: []string{"产出指标|数量指标|污水处理设施建设|≥12座|>=", "产出指标|质量指标|设施运行率|≥90%|>=", "效益指标|生态效益指标|COD削减量|≥50吨|>="}},
		{dir: "52-value-caption-goal", kind: "project", inds: []string{"产出指标|数量指标|办理事项数|≥5万件|>=", "产出指标|时效指标|按时办结率|100%|=", "满意度指标|服务对象满意度指标|群众满意度|≥98%|>="}},
		{dir: "53-midterm-subcaptions", kind: "project", inds: []string{"产出指标|数量指标|扶持移民人数|≥1万人|>=", "产出指标|质量指标|项目验收合格率|100%|=", "效益指标|社会效益指标|移民人均收入增幅|≥8%|>="}},
		{dir: "54-caption-over-levels", kind: "project", inds: []string{"产出指标|数量指标|预警信息发布次数|≥200次|>=", "产出指标|质量指标|预警准确率|≥85%|>=", "效益指标|社会效益指标|气象灾害损失率|≤1%|<="}},
		{dir: "55-selfeval-budget-row", kind: "self_evaluation", inds: []string{"预算执行|预算执行率|预算执行率|100%|=", "产出指标|数量指标|防治面积|≥5万亩|>=", "产出指标|质量指标|成灾率|≤3‰|<=", "效益指标|生态效益指标|有害生物危害下降|有效遏制|"}},
		{dir: "56-value-caption-performance-goal", kind: "project", inds: []string{"产出指标|数量指标|购置消防车辆|≥4辆|>=", "产出指标|质量指标|装备验收合格率|100%|=", "效益指标|社会效益指标|火灾扑救成功率|≥98%|>="}},
		{dir: "57-cumulative", kind: "project", inds: []string{"产出指标|数量指标|改造户厕数|≥2000户|>=", "产出指标|质量指标|改厕合格率|≥95%|>=", "效益指标|社会效益指标|卫生厕所普及率|≥85%|>="}},
		{dir: "58-direction-phrases", kind: "project", inds: []string{"产出指标|数量指标|新增停车泊位|2000个|=", "产出指标|质量指标|信号灯完好率|98%|=", "效益指标|社会效益指标|高峰拥堵指数|1.8|="}},
		{dir: "59-two-targets-in-cell", kind: "project", inds: []string{"产出指标|数量指标|培训教师人数|≥500人；其中骨干教师≥100人|", "产出指标|质量指标|培训考核合格率|≥95%（以结业考核为准）|>=", "效益指标|社会效益指标|教学能力提升|明显提升|"}},
		{dir: "60-section-rows", kind: "project", inds: []string{"|数量指标|培训党员人次|≥1500人次|>=", "|质量指标|培训覆盖率|100%|=", "|社会效益指标|党员满意度|≥95%|>="}},
		{dir: "61-header-repeated-inside", kind: "project", inds: []string{"产出指标|数量指标|养护绿地面积|≥300万平方米|>=", "产出指标|质量指标|苗木成活率|≥95%|>=", "效益指标|生态效益指标|建成区绿化覆盖率|≥42%|>=", "满意度指标|服务对象满意度指标|市民满意度|≥90%|>="}},
		{dir: "62-value-before-names", kind: "project", inds: []string{"产出指标|数量指标|受理投诉举报件数|≥2000件|>=", "产出指标|时效指标|投诉按时办结率|≥98%|>=", "效益指标|经济效益指标|挽回经济损失|≥500万元|>="}},
		{dir: "63-funds-by-source", kind: "project", inds: []string{"产出指标|数量指标|建设示范村数量|≥5个|>=", "产出指标|质量指标|工程验收合格率|100%|=", "效益指标|社会效益指标|受益农户数|≥1500户|>="}},
		{dir: "64-yuan-and-signatures", kind: "project", inds: []string{"产出指标|数量指标|提供法律咨询次数|≥600次|>=", "产出指标|质量指标|服务合格率|≥95%|>=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "65-two-projects-one-table", kind: "project,project", inds: []string{"产出指标|数量指标|垃圾清运量|≥2万吨|>=", "效益指标|生态效益指标|垃圾无害化处理率|100%|=", "产出指标|数量指标|管护公厕数量|≥60座|>=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "66-selfeval-points-in-level1", kind: "self_evaluation", inds: []string{"产出指标（50分）|数量指标|承保面积|≥20万亩|>=", "产出指标（50分）|质量指标|理赔兑付率|100%|=", "效益指标（30分）|经济效益指标|农户受灾损失补偿率|≥60%|>="}},
		{dir: "67-weights-with-unit", kind: "project", inds: []string{"产出指标|数量指标|开展非遗展演|≥12场|>=", "产出指标|质量指标|传承人培训合格率|≥90%|>=", "效益指标|社会效益指标|非遗项目保护率|100%|="}},
		{dir: "68-fullwidth-digits", kind: "project", inds: []string{"产出指标|数量指标|维修校舍面积|≥１２０００（平方米）|>=", "产出指标|质量指标|工程验收合格率|＝１００（%）|=", "效益指标|社会效益指标|受益学生数|≥３５００（人）|>="}},
		{dir: "69-plan-and-actual-captions", kind: "self_evaluation", inds: []string{"产出指标|数量指标|养护道路里程|≥30公里|>=", "产出指标|质量指标|路面完好率|≥95%|>=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "70-score-block-glued", kind: "self_evaluation", inds: []string{"产出指标|数量指标|购置仪器设备|31台|=", "产出指标|质量指标|设备验收合格率|100%|=", "满意度指标|服务对象满意度指标|师生满意度|≥95%|>="}},
		{dir: "71-score-block-one-pair-a-row", kind: "self_evaluation", inds: []string{"产出指标|数量指标|购置仪器设备|≥30台|>=", "产出指标|质量指标|设备验收合格率|100%|=", "产出指标|质量指标|设备完好率|100%|=", "满意度指标|服务对象满意度指标|师生满意度|≥95%|>="}},
		{dir: "72-unknown-caption-over-levels", kind: "project", inds: []string{"产出指标|数量指标|服务老人人次|≥10000人次|>=", "产出指标|质量指标|服务合格率|≥95%|>=", "效益指标|社会效益指标|老人满意度|≥90%|>="}},
		{dir: "80-quantitative-type-column", kind: "project", inds: []string{"产出指标|数量指标|参保人数|≥8万人|>=", "产出指标|质量指标|参保率|≥95%|>=", "效益指标|社会效益指标|群众看病负担|有所减轻|"}},
		{dir: "81-points-before-value", kind: "project", inds: []string{"产出指标|数量指标|送戏下乡场次|≥60场|>=", "产出指标|质量指标|演出验收合格率|100%|=", "满意度指标|服务对象满意度指标|观众满意度|≥90%|>="}},
		{dir: "82-worded-ranges", kind: "project", inds: []string{"产出指标|数量指标|维修水厂数量|5～8个|", "产出指标|质量指标|水质合格率|不低于90%且不高于95%|", "效益指标|社会效益指标|供水保证率|90%-95%|"}},
		{dir: "83-midyear-monitoring", kind: "self_evaluation", inds: []string{"产出指标|数量指标|加固校舍面积|≥2万平方米|>=", "产出指标|时效指标|工程完工率|100%|=", "满意度指标|服务对象满意度指标|师生满意度|≥90%|>="}},
		{dir: "84-bracketed-levels", kind: "project", inds: []string{"【产出指标】|【数量指标】|走访慰问人数|≥800人|>=", "【产出指标】|【质量指标】|政策落实率|100%|=", "【满意度指标】|【服务对象满意度指标】|退役军人满意度|≥95%|>="}},
		{dir: "85-target-in-name-number-in-value", kind: "project", inds: []string{"产出指标|数量指标|救助儿童人数≥500人|≥500人|>=", "产出指标|质量指标|康复训练达标率≥90%|≥90%|>=", "满意度指标|服务对象满意度指标|家长满意度≥95%|≥95%|>="}},
		{dir: "86-projects-title-line-between", kind: "project,project", inds: []string{"产出指标|数量指标|养护里程|≥150公里|>=", "效益指标|社会效益指标|路况优良率|≥85%|>=", "产出指标|数量指标|补贴客运线路|≥40条|>=", "满意度指标|服务对象满意度指标|乘客满意度|≥90%|>="}},
		{dir: "87-department-selfeval-framework", kind: "self_evaluation", inds: []string{"履职效能|重点工作履行情况|社区矫正对象再犯罪率|≤0.2%|<=", "履职效能|部门职责履行|法律援助案件办结率|≥95%|>=", "管理效率|预算管理|预算执行率|≥90%|>=", "社会效应|社会效益|矛盾纠纷调解成功率|≥96%|>=", "满意度|服务对象满意度|群众满意度|≥90%|>="}},
		{dir: "88-areas-without-total", kind: "transfer", inds: []string{"产出指标|数量指标|森林抚育面积|≥2万亩|>=", "产出指标|质量指标|抚育作业合格率|≥95%|>=", "效益指标|生态效益指标|森林覆盖率|≥65%|>="}},
		{dir: "89-signed-value-unit-column", kind: "project", inds: []string{"产出指标|数量指标|老年人健康管理人数|≥12000人|>=", "产出指标|质量指标|电子健康档案建档率|≥95%|>=", "效益指标|社会效益指标|居民健康素养水平|提高|"}},
		{dir: "90-space-separated-text", kind: "project", inds: []string{"产出指标|数量指标|维护路灯数量|≥9000盏|>=", "产出指标|质量指标|亮灯率|≥98%|>=", "效益指标|社会效益指标|夜间出行安全|有效提升|"}, refused: "txt"},
		{dir: "91-tab-separated-text", kind: "project", inds: []string{"产出指标|数量指标|服务老人人次|≥6000人次|>=", "产出指标|质量指标|服务合格率|≥95%|>=", "满意度指标|服务对象满意度指标|老人满意度|≥90%|>="}},
		{dir: "92-midterm-then-year", kind: "project", inds: []string{"产出指标|数量指标|新建高标准农田|≥3万亩|>=", "产出指标|质量指标|验收合格率|100%|=", "效益指标|经济效益指标|粮食产能提升|≥150万斤|>="}},
		{dir: "93-selfeval-points-first", kind: "self_evaluation", inds: []string{"产出指标|数量指标|强制免疫畜禽数量|≥50万头（只）|>=", "产出指标|质量指标|免疫抗体合格率|≥70%|>=", "效益指标|社会效益指标|重大动物疫情发生|不发生|"}},
		{dir: "94-three-year-targets", kind: "project", inds: []string{"产出指标|数量指标|新建雨水管网长度|≥20公里|>=", "产出指标|质量指标|工程验收合格率|100%|=", "效益指标|社会效益指标|易涝点消除数|≥5处|>="}},
		{dir: "95-area-rows", kind: "transfer", inds: []string{"产出指标|数量指标|美丽乡村建设村数|≥6个|>=", "效益指标|社会效益指标|受益农户数|≥1200户|>=", "产出指标|数量指标|美丽乡村建设村数|≥4个|>=", "效益指标|社会效益指标|受益农户数|≥900户|>="}},
		{dir: "96-short-level-labels", kind: "project", inds: []string{"产出|数量|法律援助案件数|≥300件|>=", "产出|时效|案件按期办结率|100%|=", "效益|社会效益|群众法律意识|明显提高|", "满意度|服务对象满意度|受援群众满意度|≥95%|>="}},
		{dir: "97-levels-one-and-three", kind: "project", inds: []string{"产出指标||改造小区数量|≥15个|>=", "产出指标||竣工验收合格率|100%|=", "满意度指标||居民满意度|≥90%|>="}},
		{dir: "98-unit-in-value-parens", kind: "project", inds: []string{"产出指标|数量指标|新建健身路径|≥30(套)|>=", "产出指标|质量指标|器材安装合格率|≥98(%)|>=", "效益指标|社会效益指标|经常参加锻炼人数比例|≥40（%）|>="}},
		{dir: "99-bound-words", kind: "project", inds: []string{"产出指标|数量指标|巡护人员数量|不少于120人|>=", "产出指标|质量指标|火灾受害率|0.9‰以内|<=", "产出指标|成本指标|人均巡护补助|不超过2400元|<=", "效益指标|生态效益指标|森林覆盖率|65%以上|>="}},
		{dir: "100-selfeval-goals-expected-actual", kind: "self_evaluation", inds: []string{"产出指标|数量指标|补助学生人数|≥1.2万人|>=", "产出指标|时效指标|补助资金发放及时率|100%|=", "满意度指标|服务对象满意度指标|家长满意度|≥90%|>="}},
		{dir: "101-name-and-target-one-cell", kind: "project", inds: []string{"产出指标|数量指标|救助困难群众人数|≥3000人|>=", "产出指标|时效指标|救助资金发放及时率|100%|=", "满意度指标|服务对象满意度指标|救助对象满意度|≥90%|>="}},
		{dir: "102-years-in-caption-parens", kind: "project", inds: []string{"产出指标|数量指标|实训基地建设数|≥2个|>=", "产出指标|质量指标|毕业生双证率|≥90%|>=", "效益指标|社会效益指标|毕业生就业率|≥95%|>="}},
		{dir: "103-value-caption-over-unit", kind: "project", inds: []string{"产出指标|数量指标|整治村庄数量|≥25个|>=", "产出指标|质量指标|污水处理设施运行率|≥90%|>=", "效益指标|生态效益指标|农村人居环境|明显改善|"}},
		{dir: "104-department-targets-framework", kind: "department", inds: []string{"履职效能|部门职责履行|家庭医生签约服务覆盖率|≥45%|>=", "履职效能|重点工作履行|传染病报告及时率|100%|=", "管理效率|预算执行|预算执行率|≥95%|>=", "社会效应|社会效益|居民健康素养水平|≥28%|>=", "满意度|服务对象满意度|患者满意度|≥90%|>="}},
		{dir: "105-header-as-paragraphs", kind: "project", inds: []string{"产出指标|数量指标|安装护栏长度|≥35公里|>=", "产出指标|质量指标|工程验收合格率|100%|=", "效益指标|社会效益指标|交通事故下降率|≥10%|>="}},
		{dir: "106-areas-then-total", kind: "transfer", inds: []string{"产出指标|数量指标|矿山生态修复面积|≥500亩|>=", "产出指标|质量指标|修复工程验收合格率|100%|=", "效益指标|生态效益指标|植被覆盖度|≥60%|>="}},
		{dir: "107-adjusted-targets", kind: "project", inds: []string{"产出指标|数量指标|新建供水管网|≥40公里|>=", "产出指标|质量指标|管网验收合格率|100%|=", "效益指标|社会效益指标|受益人口|≥2.5万人|>="}},
		{dir: "108-cost-level-one", kind: "project", inds: []string{"产出指标|数量指标|污水处理量|≥300万吨|>=", "成本指标|经济成本指标|吨水运营成本|≤1.2元/吨|<=", "成本指标|生态环境成本指标|污泥无害化处置率|100%|=", "效益指标|可持续影响指标|设施长效运行|长期|"}},
		{dir: "109-value-caption-over-target-and-actual", kind: "self_evaluation", inds: []string{"产出指标|数量指标|免费开放场馆数|≥12个|>=", "产出指标|时效指标|全年开放天数|≥300天|>=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "110-numbered-lines-in-cells", kind: "project", inds: []string{"产出指标|数量指标|1.改造危房户数|≥300户|>=", "产出指标|数量指标|2.开工率|100%|=", "效益指标|社会效益指标|住房安全保障率|100%|="}},
		{dir: "111-signed-ranges-baselines", kind: "project", inds: []string{"效益指标|生态效益指标|空气质量优良天数比例|≥85%且≤95%|", "效益指标|生态效益指标|PM2.5年均浓度|≤35微克/立方米（2023年为38）|", "效益指标|生态效益指标|重污染天数下降|≥10%|>=", "满意度指标|服务对象满意度指标|公众满意度|≥85%（上年84%）|"}},
		{dir: "112-unit-column-repeats", kind: "project", inds: []string{"产出指标|数量指标|改造排水管网|≥12公里|>=", "产出指标|质量指标|管网验收合格率|≥95%|>=", "产出指标|成本指标|项目总成本|≤1,200.50万元|<=", "效益指标|社会效益指标|积水点消除率|≥90百分比|>="}},
		{dir: "113-points-in-name", kind: "project", inds: []string{"产出指标|数量指标|医疗救助人次（20分）|≥5000人次|>=", "产出指标|时效指标|救助资金发放及时率（10分）|100%|=", "满意度指标|服务对象满意度指标|救助对象满意度（10分）|≥90%|>="}},
		{dir: "114-money-pairs-one-row", kind: "project", inds: []string{"产出指标|数量指标|改造道路里程|≥20公里|>=", "产出指标|质量指标|验收合格率|100%|=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "115-money-by-government-level", kind: "project", inds: []string{"产出指标|数量指标|巩固提升工程数|≥15处|>=", "产出指标|质量指标|水质达标率|≥95%|>=", "效益指标|社会效益指标|受益人口|≥2万人|>="}},
		{dir: "116-unit-in-both-captions", kind: "self_evaluation", inds: []string{"产出指标|质量指标|资助覆盖率|≥95%|>=", "产出指标|时效指标|资金发放及时率|100%|=", "满意度指标|服务对象满意度指标|家长满意度|≥90%|>="}},
		{dir: "117-level-one-spans-level-two", kind: "project", inds: []string{"产出指标|数量指标|签约服务人数|≥5000人|>=", "产出指标|质量指标|规范管理率|≥80%|>=", "满意度指标|满意度指标|签约居民满意度|≥90%|>="}},
		{dir: "118-targets-in-points", kind: "project", inds: []string{"产出指标|数量指标|办件量|≥10万件|>=", "产出指标|质量指标|好差评差评整改率|100%|=", "满意度指标|服务对象满意度指标|群众满意度测评得分|≥90分|>="}},
		{dir: "119-monitoring-worded-captions", kind: "self_evaluation", inds: []string{"产出指标|数量指标|改造客运线路|≥10条|>=", "产出指标|质量指标|车辆达标率|100%|=", "满意度指标|服务对象满意度指标|乘客满意度|≥90%|>="}},
		{dir: "120-selfeval-total-and-grade-rows", kind: "self_evaluation", inds: []string{"产出指标|数量指标|培训农技人员|≥120人|>=", "产出指标|质量指标|培训合格率|≥95%|>=", "满意度指标|服务对象满意度指标|农户满意度|≥90%|>="}},
		{dir: "121-chinese-numeral-targets", kind: "project", inds: []string{"产出指标|数量指标|培训乡村教师|三千人以上|>=", "产出指标|质量指标|培训合格率|不低于百分之九十|>=", "效益指标|社会效益指标|乡村学校覆盖|全覆盖|"}},
		{dir: "122-level-prefixed-names", kind: "project", inds: []string{}},
		{dir: "123-weight-first", kind: "project", inds: []string{"产出指标|数量指标|新建公益性公墓|≥3个|>=", "产出指标|质量指标|工程验收合格率|100%|=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "124-bare-value-then-unit-word", kind: "project", inds: []string{"产出指标|数量指标|开展招聘活动|24场|=", "产出指标|质量指标|就业信息发布准确率|98%|=", "效益指标|社会效益指标|城镇登记失业率|3.5%|="}},
		{dir: "125-range-forms", kind: "project", inds: []string{"产出指标|数量指标|月均抽检水样|120-150份|", "产出指标|质量指标|出厂水浊度达标率|90～95%|", "产出指标|质量指标|管网水余氯合格率|85%至95%|", "效益指标|社会效益指标|管网漏损率下降|3%—5%|"}},
		{dir: "126-levels-in-one-cell", kind: "project", inds: []string{"产出指标|数量指标|改造农村户厕|≥500户|>=", "产出指标|质量指标|改厕验收合格率|≥95%|>=", "效益指标|生态效益指标|生活污水治理率|≥40%|>=", "满意度指标|服务对象满意度指标|农户满意度|≥90%|>="}},
		{dir: "127-dotted-numbers-in-levels", kind: "project", inds: []string{"1产出指标|1.1数量指标|1.1.1 送戏下乡场次|≥80场|>=", "1产出指标|1.2质量指标|1.2.1 演出合格率|100%|=", "2满意度指标|2.1服务对象满意度指标|2.1.1 观众满意度|≥90%|>="}},
		{dir: "128-explanation-and-deduction-columns", kind: "project", inds: []string{"产出指标|数量指标|补贴发放人数|≥3000人|>=", "产出指标|时效指标|补贴按月发放率|100%|=", "满意度指标|服务对象满意度指标|补贴对象满意度|≥90%|>="}},
		{dir: "129-goals-numbered-rows", kind: "project", inds: []string{"产出指标|数量指标|受理案件数|≥20万件|>=", "产出指标|质量指标|系统可用率|≥99%|>=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "130-two-projects-numbered-titles", kind: "project,project", inds: []string{"产出指标|数量指标|维修道路面积|≥5万平方米|>=", "产出指标|质量指标|维修合格率|100%|=", "产出指标|数量指标|检测桥梁数量|≥36座|>=", "产出指标|时效指标|检测报告出具时间|2024年10月底前|"}},
		{dir: "131-department-functions-columns", kind: "department", inds: []string{"产出指标|数量指标|食品抽检批次|≥1500批次|>=", "产出指标|质量指标|不合格食品处置率|100%|=", "效益指标|社会效益指标|特种设备事故起数|0起|="}},
		{dir: "132-transfer-four-areas", kind: "transfer", inds: []string{"产出指标|数量指标|补助学生人数|≥10万人|>=", "产出指标|质量指标|资金使用合规率|100%|=", "满意度指标|服务对象满意度指标|家长满意度|≥90%|>="}},
		{dir: "133-monitoring-deviation", kind: "self_evaluation", inds: []string{"产出指标|数量指标|新建高标准农田|≥2万亩|>=", "产出指标|时效指标|开工率|100%|=", "满意度指标|服务对象满意度指标|农户满意度|≥90%|>="}},
		{dir: "134-selfeval-money-rows", kind: "self_evaluation", inds: []string{"产出指标|数量指标|保障村级组织数|≥180个|>=", "产出指标|时效指标|资金拨付及时率|100%|=", "满意度指标|服务对象满意度指标|村干部满意度|≥90%|>="}},
		{dir: "135-budget-caption-row", kind: "project", inds: []string{"产出指标|数量指标|助餐服务人次|≥12万人次|>=", "产出指标|成本指标|每餐补贴标准|≤5元/人次|<=", "满意度指标|服务对象满意度指标|老年人满意度|≥90%|>="}},
		{dir: "136-budget-sentence", kind: "project", inds: []string{"产出指标|数量指标|教育帮扶人次|≥600人次|>=", "产出指标|质量指标|帮扶档案规范率|≥95%|>=", "效益指标|社会效益指标|社区矫正对象再犯罪率|≤0.2%|<="}},
		{dir: "137-yuan-in-labels", kind: "project", inds: []string{"产出指标|数量指标|购置设备台数|≥26台|>=", "产出指标|成本指标|单台设备平均成本|≤71,538元|<=", "效益指标|社会效益指标|基层诊疗能力|明显提升|"}},
		{dir: "138-tab-export-empty-columns", kind: "project", inds: []string{"产出指标|数量指标|扶持移民人数|≥8000人|>=", "产出指标|质量指标|项目验收合格率|100%|=", "效益指标|社会效益指标|移民人均可支配收入增长|≥6%|>="}},
		{dir: "139-blank-columns-between", kind: "project", inds: []string{"产出指标|数量指标|巡河次数|≥1200次|>=", "产出指标|质量指标|问题整改率|≥95%|>=", "效益指标|生态效益指标|河湖水质优良比例|≥85%|>="}},
		{dir: "140-comparator-words-before", kind: "project", inds: []string{"产出指标|数量指标|医联体覆盖乡镇|至少12个|>=", "产出指标|质量指标|药占比|不高于30%|<=", "产出指标|质量指标|平均住院日|控制在8天以内|<=", "产出指标|成本指标|次均住院费用增幅|低于5%|<", "效益指标|社会效益指标|县域内就诊率|不低于90%|>=", "效益指标|社会效益指标|基层首诊率|65%及以上|>=", "满意度指标|服务对象满意度指标|患者满意度|达到90%|>="}},
		{dir: "141-relative-targets", kind: "project", inds: []string{"效益指标|经济效益指标|外贸进出口总额|较上年增长5%|", "效益指标|经济效益指标|跨境电商交易额|比上年提高10%以上|", "效益指标|经济效益指标|企业出口退税办理时间|同比缩短1个工作日|", "满意度指标|服务对象满意度指标|企业满意度|≥上年水平|"}},
		{dir: "142-spaced-signs", kind: "project", inds: []string{"产出指标|数量指标|受理来电|≥ 50 万件|>=", "产出指标|质量指标|一次办结率|≥ 95.0 %|>=", "产出指标|时效指标|工单办理时限|≤3 个工作日|<=", "满意度指标|服务对象满意度指标|来电群众满意度|＞= 90%|>="}},
		{dir: "143-target-spans-rows", kind: "project", inds: []string{"产出指标|数量指标|培训教师人数|≥1200人|>=", "产出指标|时效指标|培训计划完成率|100%|=", "产出指标|时效指标|培训经费拨付率|100%|=", "满意度指标|服务对象满意度指标|参训教师满意度|≥90%|>="},
			txtInds: []string{"产出指标|数量指标|培训教师人数|≥1200人|>=", "产出指标|时效指标|培训计划完成率|100%|=", "满意度指标|服务对象满意度指标|参训教师满意度|≥90%|>="}},
		{dir: "144-name-spans-description", kind: "project", inds: []string{"产出指标|数量指标|年接待读者人次|≥30万人次|>=", "产出指标|质量指标|图书外借率|≥60%|>=", "满意度指标|服务对象满意度指标|读者满意度|≥90%|>="}},
		{dir: "145-target-caption-words", kind: "project", inds: []string{"产出指标|数量指标|强制免疫畜禽数量|≥80万头|>=", "产出指标|质量指标|免疫密度|≥90%|>=", "效益指标|社会效益指标|重大动物疫情发生数|0起|="}},
		{dir: "146-selfeval-score-before-points", kind: "self_evaluation", inds: []string{"产出指标|数量指标|承保面积|≥30万亩|>=", "产出指标|质量指标|理赔兑付率|100%|=", "满意度指标|服务对象满意度指标|参保农户满意度|≥90%|>="}},
		{dir: "147-serial-and-repeated-levels", kind: "project", inds: []string{"产出指标|数量指标|宣传活动场次|≥100场|>=", "产出指标|数量指标|发放宣传资料|≥5万份|>=", "产出指标|时效指标|宣传活动完成时间|2024年11月底前|", "效益指标|社会效益指标|道路交通事故死亡人数下降率|≥5%|>="}},
		{dir: "148-unit-column-with-dashes", kind: "project", inds: []string{"产出指标|数量指标|选聘生态护林员|≥350人|>=", "产出指标|质量指标|护林员上岗率|=100%|=", "效益指标|生态效益指标|森林资源管护成效|有效保护|"}},
		{dir: "149-unit-in-name-parens", kind: "project", inds: []string{"产出指标|数量指标|培训人数（人次）|≥5000|>=", "产出指标|质量指标|培训合格率（%）|≥85|>=", "成本指标|经济成本指标|人均培训成本（元）|≤1800|<="}},
		{dir: "150-basis-with-numbers", kind: "project", inds: []string{"产出指标|数量指标|保障低保对象人数|≥8500人|>=", "产出指标|时效指标|资金发放及时率|100%|=", "满意度指标|服务对象满意度指标|低保对象满意度|≥90%|>="}},
		{dir: "151-area-rows-with-money", kind: "transfer", inds: []string{"产出指标||一事一议项目数|≥25个|>=", "效益指标||受益群众|≥3万人|>=", "产出指标||一事一议项目数|≥20个|>=", "效益指标||受益群众|≥2万人|>="}},
		{dir: "152-goals-long-and-year", kind: "project", inds: []string{"产出指标|数量指标|领取待遇人数|≥6.5万人|>=", "产出指标|时效指标|养老金按月发放率|100%|=", "满意度指标|服务对象满意度指标|参保群众满意度|≥90%|>="}},
		{dir: "153-selfeval-reason-with-numbers", kind: "self_evaluation", inds: []string{"产出指标|数量指标|维修养护工程处数|≥50处|>=", "产出指标|质量指标|维修工程合格率|100%|=", "满意度指标|服务对象满意度指标|受益群众满意度|≥90%|>="}},
		{dir: "154-level-two-prefix-in-brackets", kind: "project", inds: []string{"产出指标|数量指标|培训退役军人人数|≥300人|>=", "产出指标|质量指标|培训合格率|≥90%|>=", "满意度指标|服务对象满意度指标|参训人员满意度|≥90%|>="}},
		{dir: "155-caption-two-lines-description", kind: "project", inds: []string{"产出指标|数量指标|救助残疾儿童人数|≥260人|>=", "产出指标|时效指标|救助资金拨付时间|每季度末前|", "效益指标|社会效益指标|残疾儿童康复有效率|≥85%|>="}},
		{dir: "156-serial-restarts", kind: "project", inds: []string{"产出指标|数量指标|管护公园数量|≥12个|>=", "产出指标|质量指标|绿化养护达标率|≥95%|>=", "满意度指标|服务对象满意度指标|游园群众满意度|≥90%|>="}},
		{dir: "157-department-tasks-then-grid", kind: "department", inds: []string{"产出指标|数量指标|养护里程|≥1200公里|>=", "产出指标|数量指标|补贴客运站数量|4个|=", "满意度指标|服务对象满意度指标|群众出行满意度|≥90%|>="}},
		{dir: "158-target-with-note-line", kind: "project", inds: []string{"产出指标|数量指标|资助学生人数|≥1500人\n（上年1420人）|", "产出指标|质量指标|资助精准率|100%\n（按政策认定）|=", "满意度指标|服务对象满意度指标|学生满意度|≥90%|>="}},
		{dir: "159-names-with-colon", kind: "project", inds: []string{"产出指标|数量指标|补助乡村医生人数|≥260人|>=", "产出指标|时效指标|补助发放时间|2024年12月底前|", "满意度指标|服务对象满意度指标|乡村医生满意度|≥90%|>="}},
		{dir: "160-short-captions", kind: "project", inds: []string{"产出指标|数量指标|送书下乡册数|≥2万册|>=", "产出指标|质量指标|图书更新率|≥10%|>=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "161-level-two-after-name", kind: "project", inds: []string{"|数量指标|新建供水工程|≥5处|>=", "|质量指标|水质达标率|≥95%|>=", "|服务对象满意度指标|受益群众满意度|≥90%|>="}},
		{dir: "162-project-total-and-year", kind: "project", inds: []string{"产出指标|数量指标|改造管网长度|≥12公里|>=", "产出指标|质量指标|工程验收合格率|100%|=", "效益指标|生态效益指标|污水收集率|≥85%|>="}},
		{dir: "163-inclusion-notes", kind: "project", inds: []string{"产出指标|数量指标|抽检批次|≥3000批次（含）|>=", "产出指标|质量指标|抽检合格率|≥95%（含95%）|>=", "效益指标|社会效益指标|问题食品流入市场比例|≤5%（不含5%）|<"}},
		{dir: "164-rate-units", kind: "project", inds: []string{"产出指标|数量指标|出车服务|≥1.2万人次/年|>=", "产出指标|时效指标|平均反应时间|≤15分钟/次|<=", "产出指标|质量指标|设备检修|每季度1次|=", "满意度指标|服务对象满意度指标|患者满意度|≥90%|>="}},
		{dir: "165-period-targets", kind: "project", inds: []string{"产出指标|时效指标|保洁服务期限|2024年1月-12月|", "产出指标|时效指标|垃圾清运时段|1-12月|", "产出指标|数量指标|保洁面积|≥300万平方米|>=", "满意度指标|服务对象满意度指标|市民满意度|≥85%|>="}},
		{dir: "166-remarks-with-numbers", kind: "project", inds: []string{"产出指标|数量指标|补贴农机具数量|≥800台|>=", "产出指标|质量指标|补贴资金兑付率|100%|=", "效益指标|经济效益指标|农机化率提升|≥2个百分点|>="}},
		{dir: "167-amount-unit-disagrees", kind: "project", inds: []string{"产出指标|数量指标|维修住房套数|≥300套|>=", "产出指标|质量指标|维修验收合格率|100%|=", "满意度指标|服务对象满意度指标|租户满意度|≥90%|>="}},
		{dir: "168-labels-two-a-row", kind: "project", inds: []string{"产出指标|数量指标|改厕户数|≥600户|>=", "产出指标|质量指标|改厕合格率|≥95%|>=", "满意度指标|服务对象满意度指标|农户满意度|≥90%|>="}},
		{dir: "169-selfeval-met-column", kind: "self_evaluation", inds: []string{"产出指标|数量指标|参保人数|≥30万人|>=", "产出指标|质量指标|参保率|≥95%|>=", "满意度指标|服务对象满意度指标|参保群众满意度|≥90%|>="}},
		{dir: "170-circled-and-bracket-numbers", kind: "project", inds: []string{"产出指标|数量指标|（1）康复服务人数|≥500人|>=", "产出指标|质量指标|（2）康复训练达标率|≥90%|>=", "满意度指标|服务对象满意度指标|①服务对象满意度|≥90%|>="}},
		{dir: "171-signed-decreases", kind: "project", inds: []string{"效益指标|生态效益指标|单位GDP能耗降低|-5%|=", "效益指标|生态效益指标|化学需氧量排放增幅|≤-3%|<=", "效益指标|生态效益指标|氨氮排放量|下降≥5%|", "满意度指标|服务对象满意度指标|企业满意度|≥85%|>="}},
		{dir: "172-continued-blank-levels", kind: "project", inds: []string{"产出指标|数量指标|公交线路数|≥45条|>=", "产出指标|数量指标|公交车辆数|≥600辆|>=", "产出指标|质量指标|车辆准点率|≥95%|>=", "产出指标|质量指标|车辆完好率|≥98%|>=", "满意度指标|服务对象满意度指标|乘客满意度|≥90%|>="}},
		{dir: "173-line-breaks-in-captions", kind: "project", inds: []string{"产出指标|数量指标|维修供水工程|≥12处|>=", "产出指标|质量指标|水质达标率|≥95%|>=", "满意度指标|服务对象满意度指标|受益群众满意度|≥90%|>="}},
		{dir: "174-spaced-captions", kind: "project", inds: []string{"产出指标|数量指标|养护绿地面积|≥150万平方米|>=", "产出指标|质量指标|苗木成活率|≥95%|>=", "满意度指标|服务对象满意度指标|市民满意度|≥90%|>="}},
		{dir: "175-traditional-characters", kind: "", inds: []string{}, refused: "both"},
		{dir: "176-placeholder-rows", kind: "project", inds: []string{"产出指标|数量指标|建设产业基地|≥3个|>=", "产出指标|质量指标|工程验收合格率|100%|=", "效益指标|经济效益指标|带动农户增收|≥1000元/户|>=", "满意度指标|服务对象满意度指标|受益农户满意度|≥90%|>="}},
		{dir: "177-notes-row-in-grid", kind: "project", inds: []string{"产出指标|数量指标|维修校舍面积|≥8000平方米|>=", "产出指标|质量指标|验收合格率|100%|=", "满意度指标|服务对象满意度指标|师生满意度|≥90%|>="}},
		{dir: "178-filler-row", kind: "project", inds: []string{"产出指标|数量指标|法律咨询人次|≥3000人次|>=", "产出指标|时效指标|法律援助案件按期办结率|100%|=", "满意度指标|服务对象满意度指标|群众满意度|≥95%|>="}},
		{dir: "179-blank-rows-between", kind: "project", inds: []string{"产出指标|数量指标|强制免疫数量|≥30万头|>=", "效益指标|社会效益指标|重大动物疫情发生数|0起|=", "满意度指标|服务对象满意度指标|养殖户满意度|≥90%|>="}},
		{dir: "180-header-doubled", kind: "project", inds: []string{"产出指标|数量指标|新建健身路径|≥20个|>=", "产出指标|质量指标|器材验收合格率|100%|=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "181-caption-words-split", kind: "project", inds: []string{"产出指标|数量指标|保洁河道长度|≥80公里|>=", "产出指标|质量指标|河面保洁达标率|≥95%|>=", "效益指标|生态效益指标|河道水质改善|明显改善|"}},
		{dir: "182-unit-row-in-table", kind: "project", inds: []string{"产出指标|数量指标|奖补项目数|≥40个|>=", "产出指标|质量指标|项目验收合格率|100%|=", "满意度指标|服务对象满意度指标|村民满意度|≥90%|>="}},
		{dir: "183-title-rows-in-table", kind: "project", inds: []string{"产出指标|数量指标|建立健康档案人数|≥20万人|>=", "产出指标|质量指标|健康档案规范率|≥90%|>=", "满意度指标|服务对象满意度指标|居民满意度|≥85%|>="}},
		{dir: "184-labels-with-colons", kind: "project", inds: []string{"产出指标|数量指标|维护路灯数量|≥6000盏|>=", "产出指标|质量指标|亮灯率|≥98%|>=", "满意度指标|服务对象满意度指标|市民满意度|≥90%|>="}},
		{dir: "185-names-broken-over-lines", kind: "project", inds: []string{"产出指标|数量指标|改造供水\n管网长度|≥15公里|>=", "产出指标|时效指标|工程按期\n完工率|100%|=", "满意度指标|服务对象满意度指标|受益居民\n满意度|≥90%|>="}},
		{dir: "186-fullwidth-percent-caption", kind: "project", inds: []string{"产出指标|质量指标|资助覆盖率|100％|=", "产出指标|时效指标|资助资金发放及时率|≥95％|>=", "满意度指标|服务对象满意度指标|受助学生满意度|≥90％|>="}},
		{dir: "187-budget-by-fund-kind", kind: "project", inds: []string{"产出指标|数量指标|垃圾清运量|≥3万吨|>=", "产出指标|质量指标|无害化处理率|100%|=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "188-weights-total-row", kind: "project", inds: []string{"产出指标|数量指标|修缮文物建筑|≥3处|>=", "产出指标|质量指标|修缮工程验收合格率|100%|=", "效益指标|社会效益指标|文物安全事故|0起|="}},
		{dir: "189-selfeval-reason-and-measures", kind: "self_evaluation", inds: []string{"产出指标|数量指标|救助人次|≥5000人次|>=", "产出指标|时效指标|资金发放及时率|100%|=", "满意度指标|服务对象满意度指标|救助对象满意度|≥90%|>="}},
		{dir: "190-selfeval-remarks", kind: "self_evaluation", inds: []string{"产出指标|数量指标|养护里程|≥300公里|>=", "产出指标|质量指标|优良路率|≥80%|>=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "191-selfeval-unit-after-result", kind: "self_evaluation", inds: []string{"产出指标|数量指标|培训人数|2000人|=", "产出指标|质量指标|培训合格率|90%|=", "满意度指标|服务对象满意度指标|学员满意度|90%|="}},
		{dir: "192-areas-unit-last", kind: "transfer", inds: []string{"产出指标|数量指标|一事一议项目数|60个|=", "产出指标|质量指标|项目验收合格率|100%|=", "效益指标|社会效益指标|受益群众|8万人|="}},
		{dir: "193-department-money-pairs", kind: "department", inds: []string{"产出指标|数量指标|法律援助案件数|≥400件|>=", "产出指标|质量指标|人民调解成功率|≥96%|>=", "效益指标|社会效益指标|社区矫正对象再犯罪率|≤0.2%|<="}},
		{dir: "194-wide-table-repeated-cells", kind: "project,project", inds: []string{"产出指标|数量指标|养护里程|≥800公里|>=", "效益指标|社会效益指标|群众出行满意度|≥90%|>=", "产出指标|数量指标|补贴客运站|3个|=", "满意度指标|服务对象满意度指标|乘客满意度|≥85%|>="}},
		{dir: "195-summary-lists-in-cells", kind: "", inds: []string{}, refused: "both"},
		{dir: "196-first-caption-blank", kind: "project", inds: []string{"产出指标|数量指标|家庭医生签约人数|≥5000人|>=", "产出指标|质量指标|重点人群签约率|≥70%|>=", "满意度指标|服务对象满意度指标|签约居民满意度|≥90%|>="}},
		{dir: "197-caption-over-name-and-content", kind: "project", inds: []string{"产出指标|数量指标|抽检样品数|≥1200批次|>=", "产出指标|质量指标|抽检合格率|≥98%|>=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "198-long-term-grid-then-year-grid", kind: "project", inds: []string{"产出指标|数量指标|建成高标准农田|≥2万亩|>=", "效益指标|经济效益指标|粮食产能提升|≥1000万斤|>="}},
		{dir: "199-level-two-with-points", kind: "project", inds: []string{"产出指标（50分）|数量指标（30分）|托养服务人数|≥200人|>=", "产出指标（50分）|质量指标（20分）|服务达标率|≥95%|>=", "满意度指标（10分）|服务对象满意度指标（10分）|托养对象满意度|≥90%|>="}},
		{dir: "200-money-caption-spanning-rows", kind: "project", inds: []string{"产出指标|数量指标|购置设备数量|≥50台|>=", "产出指标|质量指标|设备验收合格率|100%|=", "满意度指标|服务对象满意度指标|患者满意度|≥90%|>="}},
		{dir: "201-project-properties", kind: "project", inds: []string{"产出指标|数量指标|治理行政村数|≥12个|>=", "产出指标|质量指标|设施正常运行率|≥90%|>=", "效益指标|生态效益指标|生活污水治理率|≥45%|>="}},
		{dir: "202-fullwidth-spaces-in-levels", kind: "project", inds: []string{"产出指标|数量指标|森林抚育面积|≥1.5万亩|>=", "产出指标|质量指标|抚育作业合格率|≥95%|>=", "效益指标|生态效益指标|森林覆盖率|≥62%|>="}},
		{dir: "203-target-caption-with-year", kind: "project", inds: []string{"产出指标|数量指标|接待读者人次|≥25万人次|>=", "产出指标|质量指标|图书借阅率|≥60%|>=", "满意度指标|服务对象满意度指标|读者满意度|≥90%|>="}},
		{dir: "204-cost-without-level-two", kind: "project", inds: []string{"产出指标|数量指标|参保老年人数|≥2万人|>=", "成本指标||人均保费|≤50元|<=", "满意度指标|服务对象满意度指标|参保老人满意度|≥90%|>="}},
		{dir: "205-type-value-unit", kind: "project", inds: []string{"产出指标|数量指标|新建旅游厕所|≥10座|>=", "产出指标|质量指标|验收合格率|100%|=", "效益指标|社会效益指标|旅游环境改善|明显改善|"}},
		{dir: "206-department-selfeval-money", kind: "self_evaluation", inds: []string{"产出指标|数量指标|统计调查项目数|≥10项|>=", "产出指标|时效指标|数据按时上报率|100%|=", "满意度指标|服务对象满意度指标|数据使用者满意度|≥90%|>="}},
		{dir: "207-fraction-and-double-targets", kind: "project", inds: []string{"产出指标|数量指标|进驻部门数|15个|=", "产出指标|数量指标|日均办件量|≥800件/日|>=", "满意度指标|服务对象满意度指标|办事群众满意度|≥98%|>="}},
		{dir: "208-unit-before-number-in-cell", kind: "project", inds: []string{"产出指标|数量指标|补贴客运车辆|（辆）≥120|", "产出指标|质量指标|通客车率|（%）100|", "满意度指标|服务对象满意度指标|乘客满意度|（%）≥90|"}},
		{dir: "209-department-task-money-two-rows", kind: "department", inds: []string{"产出指标|数量指标|优抚对象人数|≥1800人|>=", "产出指标|时效指标|抚恤补助按月发放率|100%|=", "满意度指标|服务对象满意度指标|退役军人满意度|≥95%|>="}},
		{dir: "210-money-sources-table", kind: "project", inds: []string{"产出指标|数量指标|运营社区养老服务中心|≥6个|>=", "产出指标|质量指标|服务规范达标率|≥90%|>=", "满意度指标|服务对象满意度指标|老年人满意度|≥90%|>="}},
		{dir: "211-one-area-under-target", kind: "transfer", inds: []string{"产出指标|数量指标|棚户区改造开工套数|≥500套|>=", "产出指标|质量指标|工程质量合格率|100%|=", "满意度指标|服务对象满意度指标|住户满意度|≥90%|>="}},
		{dir: "212-areas-as-captions", kind: "transfer", inds: []string{"产出指标|数量指标|危房改造户数|≥300户|>=", "产出指标|质量指标|竣工验收合格率|100%|=", "满意度指标|服务对象满意度指标|农户满意度|≥90%|>="}},
		{dir: "213-traditional-wan", kind: "project", inds: []string{"产出指标|数量指标|参保人数|≥2萬人|>=", "产出指标|质量指标|参保率|≥95%|>=", "满意度指标|服务对象满意度指标|参保群众满意度|≥90%|>="}},
		{dir: "214-value-broken-over-lines", kind: "project", inds: []string{"产出指标|数量指标|培训党员人次|≥1200\n人次|>=", "产出指标|质量指标|培训覆盖率|100\n%|=", "满意度指标|服务对象满意度指标|参训党员满意度|≥\n90%|>="}},
		{dir: "215-fullwidth-decimal", kind: "project", inds: []string{"产出指标|数量指标|监测水源地数量|≥１２个|>=", "产出指标|质量指标|水质监测达标率|≥９５．５％|>=", "效益指标|生态效益指标|水源地水质达标率|１００％|="}},
		{dir: "216-notes-row-inside-grid", kind: "project", inds: []string{"产出指标|数量指标|受益学生人数|≥1.2万人|>=", "产出指标|时效指标|资金拨付及时率|100%|=", "效益指标|社会效益指标|学生营养状况改善|持续改善|", "满意度指标|服务对象满意度指标|家长满意度|≥90%|>="}},
		{dir: "217-selfeval-nature-sign-unit", kind: "self_evaluation", inds: []string{"产出指标|数量指标|补贴发放人数|≥2000人|>=", "产出指标|时效指标|补贴按月发放率|=100%|=", "满意度指标|服务对象满意度指标|补贴对象满意度|≥90%|>="}},
		{dir: "218-subtotal-rows-per-level", kind: "project", inds: []string{"产出指标|数量指标|免费开放场馆数|≥4个|>=", "产出指标|时效指标|全年开放天数|≥330天|>=", "满意度指标|服务对象满意度指标|健身群众满意度|≥90%|>="}},
		{dir: "219-name-before-levels", kind: "project", inds: []string{"产出指标|数量指标|平台访问人次|≥50万人次|>=", "产出指标|质量指标|平台可用率|≥99%|>=", "满意度指标|服务对象满意度指标|用户满意度|≥90%|>="}},
		{dir: "220-selfeval-one-word-captions", kind: "self_evaluation", inds: []string{"产出指标|数量指标|整治村庄数|≥20个|>=", "产出指标|质量指标|整治验收合格率|≥95%|>=", "满意度指标|服务对象满意度指标|村民满意度|≥90%|>="}},
		{dir: "221-amount-with-capital-words", kind: "project", inds: []string{"产出指标|数量指标|免费开放文化站数|≥12个|>=", "产出指标|质量指标|开放时间达标率|100%|=", "满意度指标|服务对象满意度指标|群众满意度|≥90%|>="}},
		{dir: "222-note-under-header", kind: "project", inds: []string{"产出指标|数量指标|孕产妇系统管理人数|≥3000人|>=", "产出指标|质量指标|孕产妇系统管理率|≥90%|>=", "满意度指标|服务对象满意度指标|孕产妇满意度|≥90%|>="}},
	}
	for _, c := range cases {
		for _, form := range []string{"html", "txt"} {
			t.Run(c.dir+"/"+form, func(t *testing.T) {
				if form == c.refused || c.refused == "both" {
					data, err := os.ReadFile(filepath.Join("..", "testdata", "probe", c.dir, "filing."+form))
					require.NoError(t, err)
					_, err = Parse(data, Options{Path: c.dir})
					assert.ErrorIs(t, err, ErrNoTargetTable)
					return
				}
				d := parseFile(t, "probe/"+c.dir+"/filing."+form)
				var kinds []string
				got := []string{}
				for _, p := range d.Projects {
					kinds = append(kinds, string(p.Kind))
					for _, i := range p.Indicators {
						got = append(got, strings.Join([]string{i.Level1, i.Level2, i.Name, i.Value.Raw, string(i.Value.Op)}, "|"))
					}
				}
				assert.Equal(t, c.kind, strings.Join(kinds, ","))
				if form == "txt" && c.txtInds != nil {
					assert.Equal(t, c.txtInds, got)
					return
				}
				assert.Equal(t, c.inds, got)
			})
		}
	}
}

// probeFields is what TestProbeFields pins of a probe filing beyond its
// indicators: each project's budget as total|fiscal|other (projects
// joined by ;), the goals, and each indicator's other cells as
// description|basis|actual|weight|score|reason|label=value;… of the
// values kept beside its target.
type probeFields struct {
	budget string
	goals  []string
	extras []string
}

// TestProbeFields pins the fields beside the indicators of the tenth
// and eleventh rounds' probe filings (123 on; 175 and 195, refused, are
// not listed), in both forms: the budget, the goals
// and each indicator's other cells — where a misread would put a value
// in a field no header or content justifies (an area's allocation read
// as a weight, a target copied into a description). txt gives the text
// export's where it differs from the HTML's.
func TestProbeFields(t *testing.T) {
	cases := []struct {
		dir     string
		budget  string
		goals   []string
		extras  []string
		refused string
		txt     *probeFields
	}{
		{dir: "123-weight-first", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"|||30|||", "|||30|||", "|||40|||"}},
		{dir: "124-bare-value-then-unit-word", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "125-range-forms", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "126-levels-in-one-cell", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "127-dotted-numbers-in-levels", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "128-explanation-and-deduction-columns", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"全年享受补贴的困难残疾人数|||20|||", "按月发放的月数占12个月的比例|||20|||", "抽样调查满意人数占比|||10|||"}},
		{dir: "129-goals-numbered-rows", budget: "350.00||", goals: []string{"目标1：保障平台全年稳定运行，系统可用率不低于99%。", "目标2：完成案件受理20万件以上，结案率达95%。", "目标3：群众满意度达到90%以上。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "130-two-projects-numbered-titles", budget: "420.00||;80.00||", goals: []string{"完成项目建设任务，提升服务水平。", "完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "131-department-functions-columns", budget: "2600.00||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "132-transfer-four-areas", budget: "5000||", goals: []string{},
			extras: []string{"||||||分地区目标值=≥3万人", "||||||分地区目标值=100%", "||||||分地区目标值=≥90%"},
			txt:    &probeFields{budget: "5000||", goals: []string{}, extras: []string{"||||||", "||||||", "||||||"}}},
		{dir: "133-monitoring-deviation", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||0.8万亩|||无|全年预计完成值=2万亩", "||60%|||无|全年预计完成值=100%", "||—|||部分地块施工影响耕种|全年预计完成值=88%"}},
		{dir: "134-selfeval-money-rows", budget: "960|960|0", goals: []string{},
			extras: []string{"||182个|30|30|无|", "||100%|20|20|无|", "||86%|10|8|部分村反映补助标准偏低，明年调研|"}},
		{dir: "135-budget-caption-row", budget: "260.00|200.00|60.00", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "136-budget-sentence", budget: "85|70|15", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "137-yuan-in-labels", budget: "1860000.00|1500000.00|360000.00", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "138-tab-export-empty-columns", budget: "640.00||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "139-blank-columns-between", budget: "150.00||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "140-comparator-words-before", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||", "||||||", "||||||", "||||||"}},
		{dir: "141-relative-targets", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "142-spaced-signs", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "143-target-spans-rows", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"},
			txt:    &probeFields{budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"}, extras: []string{"||||||", "||||||", "||||||"}}},
		{dir: "144-name-spans-description", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"年接待读者人次||||||", "外借册次占馆藏比例||||||", "读者满意度||||||"}},
		{dir: "145-target-caption-words", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "146-selfeval-score-before-points", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||31万亩|20|20||", "||98%|20|18||", "||92%|10|10||"}},
		{dir: "147-serial-and-repeated-levels", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "148-unit-column-with-dashes", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "149-unit-in-name-parens", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "150-basis-with-numbers", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"|2023年实际保障8326人|||||", "|按月发放，每月10日前|||||", "|上年测评为91.5%|||||"}},
		{dir: "151-area-rows-with-money", budget: "900||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "152-goals-long-and-year", budget: "3200.00||", goals: []string{"按时足额发放基础养老金；", "参保率保持在95%以上。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "153-selfeval-reason-with-numbers", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||40处|20|16|受汛期影响完成率80%，余10处2024年3月完工|", "||100%|20|20|无|", "||95%|10|10|无|"}},
		{dir: "154-level-two-prefix-in-brackets", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "155-caption-two-lines-description", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"全年实施康复救助的残疾儿童人数||||||", "按季度拨付定点机构||||||", "经评估康复有效的儿童占比||||||"}},
		{dir: "156-serial-restarts", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "157-department-tasks-then-grid", budget: "1800.00||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "158-target-with-note-line", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "159-names-with-colon", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "160-short-captions", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "161-level-two-after-name", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "162-project-total-and-year", budget: "800.00|600.00|200.00", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "163-inclusion-notes", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "164-rate-units", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "165-period-targets", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "166-remarks-with-numbers", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "167-amount-unit-disagrees", budget: "125||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "168-labels-two-a-row", budget: "450.00||", goals: []string{"完成2个村整村推进改厕。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "169-selfeval-met-column", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||31.2万人|20|20||", "||94.6%|20|18||", "||92%|10|10||"}},
		{dir: "170-circled-and-bracket-numbers", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "171-signed-decreases", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "172-continued-blank-levels", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||", "||||||"}},
		{dir: "173-line-breaks-in-captions", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "174-spaced-captions", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "176-placeholder-rows", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "177-notes-row-in-grid", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "178-filler-row", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "179-blank-rows-between", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "180-header-doubled", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "181-caption-words-split", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "182-unit-row-in-table", budget: "560.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "183-title-rows-in-table", budget: "980.00||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "184-labels-with-colons", budget: "210.00||", goals: []string{"保障城区路灯正常运行。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "185-names-broken-over-lines", budget: "640.00||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "186-fullwidth-percent-caption", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "187-budget-by-fund-kind", budget: "300.00||20.00", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "188-weights-total-row", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"|||40|||", "|||30|||", "|||30|||"}},
		{dir: "189-selfeval-reason-and-measures", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||4800人次|20|18|申请人数少于预期|", "||100%|20|20|无|", "||93%|10|10||"}},
		{dir: "190-selfeval-remarks", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||310公里|30|30||", "||82%|20|20||", "||91%|10|10||"}},
		{dir: "191-selfeval-unit-after-result", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||2150|30|30||", "||92|20|20||", "||95|10|10||"}},
		{dir: "192-areas-unit-last", budget: "3000||", goals: []string{},
			extras: []string{"||||||全市=60;甲县=35;乙县=25", "||||||全市=100;甲县=100;乙县=100", "||||||全市=8;甲县=5;乙县=3"}},
		{dir: "193-department-money-pairs", budget: "860.00|820.00|40.00", goals: []string{"完成社区矫正、法律援助、人民调解等工作任务。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "194-wide-table-repeated-cells", budget: "500.00||;120.00||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "196-first-caption-blank", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "197-caption-over-name-and-content", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"},
			txt:    &probeFields{budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"}, extras: []string{"全年抽检蔬菜、水果样品||||||", "按农业农村部标准判定||||||", "问卷调查||||||"}}},
		{dir: "198-long-term-grid-then-year-grid", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||"}},
		{dir: "199-level-two-with-points", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "200-money-caption-spanning-rows", budget: "450.00|400.00|20.00", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "201-project-properties", budget: "380.00||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "202-fullwidth-spaces-in-levels", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "203-target-caption-with-year", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||2023年度完成值=23.6万人次", "||||||2023年度完成值=58%", "||||||2023年度完成值=91%"}},
		{dir: "204-cost-without-level-two", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "205-type-value-unit", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "206-department-selfeval-money", budget: "320||", goals: []string{},
			extras: []string{"||11项|30|30|无|", "||100%|20|20|无|", "||92%|10|10|无|"}},
		{dir: "207-fraction-and-double-targets", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "208-unit-before-number-in-cell", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "209-department-task-money-two-rows", budget: "700.00|680.00|20.00", goals: []string{"保障优抚对象待遇按时足额发放，促进退役军人就业。"},
			extras: []string{"||||||", "||||||", "||||||"},
			txt:    &probeFields{budget: "||", goals: []string{"保障优抚对象待遇按时足额发放，促进退役军人就业。"}, extras: []string{"||||||", "||||||", "||||||"}}},
		{dir: "210-money-sources-table", budget: "120.00|100.00|", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "211-one-area-under-target", budget: "1200||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "212-areas-as-captions", budget: "900||", goals: []string{},
			extras: []string{"||||||甲县=≥300户;乙县=≥200户;丙县=≥150户", "||||||甲县=100%;乙县=100%;丙县=100%", "||||||甲县=≥90%;乙县=≥90%;丙县=≥90%"}},
		{dir: "213-traditional-wan", budget: "150||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "214-value-broken-over-lines", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "215-fullwidth-decimal", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "216-notes-row-inside-grid", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||", "||||||"}},
		{dir: "217-selfeval-nature-sign-unit", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||2080|30|30|无|", "||100|20|20|无|", "||88|10|8|个别对象认为补贴标准偏低|"}},
		{dir: "218-subtotal-rows-per-level", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"|||30|||", "|||20|||", "|||50|||"}},
		{dir: "219-name-before-levels", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "220-selfeval-one-word-captions", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||21个|30|30||", "||96%|20|20||", "||93%|10|10||"}},
		{dir: "221-amount-with-capital-words", budget: "120.00||", goals: []string{},
			extras: []string{"||||||", "||||||", "||||||"}},
		{dir: "222-note-under-header", budget: "120.00||", goals: []string{"完成项目建设任务，提升服务水平。"},
			extras: []string{"||||||", "||||||", "||||||"}},
	}
	for _, c := range cases {
		for _, form := range []string{"html", "txt"} {
			if form == c.refused {
				continue
			}
			t.Run(c.dir+"/"+form, func(t *testing.T) {
				want := probeFields{budget: c.budget, goals: c.goals, extras: c.extras}
				if form == "txt" && c.txt != nil {
					want = *c.txt
				}
				d := parseFile(t, "probe/"+c.dir+"/filing."+form)
				var budgets []string
				got := probeFields{goals: []string{}, extras: []string{}}
				for _, p := range d.Projects {
					budgets = append(budgets, strings.Join([]string{orBlank(p.Budget.Total), orBlank(p.Budget.Fiscal), orBlank(p.Budget.Other)}, "|"))
					got.goals = append(got.goals, p.Goals...)
					for _, i := range p.Indicators {
						var beside []string
						for _, o := range i.OtherValues {
							beside = append(beside, o.Label+"="+o.Value.Raw)
						}
						actual := ""
						if i.Actual != nil {
							actual = i.Actual.Raw
						}
						got.extras = append(got.extras, strings.Join([]string{i.Description, i.Basis, actual, orBlank(i.Weight), orBlank(i.Score), i.Reason, strings.Join(beside, ";")}, "|"))
					}
				}
				got.budget = strings.Join(budgets, ";")
				assert.Equal(t, want, got)
			})
		}
	}
}

// orBlank is *s, or "" for nil.
func orBlank(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// A text export whose grid header's captions are separated by runs of
// spaces (probe 90: a PDF's layout text) is refused with the reason and
// the header's line (ErrColumnsBySpaces, still an ErrNoTargetTable); a
// text with no such line, or one with fewer than three captions so
// separated, is refused as holding no table. Before, every such text was
// refused as "not a target table?", which misled.
func TestSpacedGridHeaderRefused(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "probe", "90-space-separated-text", "filing.txt"))
	require.NoError(t, err)
	_, err = Parse(data, Options{Path: "90.txt", Format: "text"})
	require.ErrorIs(t, err, ErrColumnsBySpaces)
	require.ErrorIs(t, err, ErrNoTargetTable)
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 6, pe.Pos.Line)
	for _, text := range []string{
		"一级指标  二级指标\n产出指标  数量指标\n",
		"某某单位  2024年\n说明    无\n",
		"一级指标 二级指标 三级指标 指标值\n", // single spaces: one cell's words
	} {
		_, err = Parse([]byte(text), Options{Path: "x.txt", Format: "text"})
		require.ErrorIs(t, err, ErrNoTargetTable, text)
		assert.NotErrorIs(t, err, ErrColumnsBySpaces, text)
	}
}
