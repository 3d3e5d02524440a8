package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

// indicatorStrings lists a document's indicators, each as show writes it;
// nil when it has none.
func indicatorStrings(doc *model.Document, show func(ind *model.Indicator) string) []string {
	var got []string
	for _, p := range doc.Projects {
		for i := range p.Indicators {
			got = append(got, show(&p.Indicators[i]))
		}
	}
	return got
}

// nameTarget writes an indicator as name=target.
func nameTarget(ind *model.Indicator) string { return ind.Name + "=" + ind.Value.Raw }

// targetBeside writes an indicator's target and the values kept beside
// it: target|label=value….
func targetBeside(ind *model.Indicator) string {
	s := ind.Value.Raw
	for _, o := range ind.OtherValues {
		s += "|" + o.Label + "=" + o.Value.Raw
	}
	return s
}

// A target's caption beside a caption that names what was done (X指标值 |
// Y指标值 where Y names completion or achievement: 预算设定指标值 |
// 项目完成指标值, 年度指标值 | 完成指标值, 目标值 | 全年实现值, 指标值 | 达成值)
// reads the second as the results (issue 21, a university's evaluation
// notice). Before, both captions were targets and the second was kept as
// an "other" value: no actual was read. A caption of a plan or a forecast
// (计划完成指标值, 计划完成值, 预计完成值, 预期实现值) stays a target; before,
// 计划完成值 ended in 完成值 and was read as the results, the actual
// beside it as the target.
func TestAchievedCaptionIsActual(t *testing.T) {
	for _, tt := range []struct {
		target, actual string
	}{
		{"预算设定指标值", "项目完成指标值"},
		{"年度指标值", "完成指标值"},
		{"目标值", "全年实现值"},
		{"指标值", "达成值"},
		{"计划完成指标值", "实际完成值"},
		{"计划完成值", "实际完成值"},
		{"预计完成值", "全年实际完成值"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某实验中心建设项目"},
			[]string{"一级指标", "二级指标", "三级指标", tt.target, tt.actual},
			[]string{"产出指标", "数量指标", "购置仪器设备", "31台", "42台"},
			[]string{"产出指标", "质量指标", "设备验收合格率", "≥95%", "100%"},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				a := ""
				if ind.Actual != nil {
					a = ind.Actual.Raw
				}
				got = append(got, ind.Name+"="+ind.Value.Raw+"|"+a)
			}
		}
		assert.Equal(t, []string{"购置仪器设备=31台|42台", "设备验收合格率=≥95%|100%"}, got, tt.actual)
	}
	lx := defaultLexicon()
	for _, c := range []string{"预期实现值", "当年预期实现值", "计划完成指标值", "目标完成率"} {
		assert.NotEqual(t, cActual, lx.gridLabel(labelKey(c)), c)
	}
}

// A score block under the grid, label | points pairs (预算绩效评价结果 |
// 考核节点进度完成率 | 10分 | 项目采购节约率 | 10分), is no indicator (issue
// 21, an evaluation notice's result block; before, each row was read as
// an indicator named by its points). Indicators whose target or result is
// in points (考核得分 ≥90分, 满意度 90分 | 95分) are kept, and so are
// points in the grid's own weight and score columns, and the rows of an
// evaluation framework whose levels carry their points before a target
// (产出指标 | 50分 | 数量指标 | 20分 | 培训人数 | 10分 | ≥100人; before, such
// rows were dropped as a score block's, the next one's levels lost). A block whose labels
// stand under the names is caught by its pairs alone (no name is points),
// and so is a block whose pairs are glued in cells (项目采购节约率：10分),
// and one of a pair a row under a level label that names a score (评价得分
// | 项目决策 | 20分, then 项目管理 | 18分 under the same label).
func TestScoreBlockIsNoIndicator(t *testing.T) {
	block := [][]string{
		{"预算绩效评价结果", "考核节点进度完成率", "10分", "项目采购节约率", "10分"},
		{"", "预算编制准确度", "9分", "绩效评价结果", "29分"},
	}
	for _, tt := range []struct {
		name string
		rows [][]string
		want []string
	}{
		{"target and result", append([][]string{
			{"一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"},
			{"产出指标", "数量指标", "购置仪器设备", "31", "42"},
			{"效益指标", "社会效益指标", "考核得分", "≥90分", "92分"},
			{"满意度指标", "服务对象满意度指标", "师生满意度", "90分", "95分"},
		}, block...), []string{"购置仪器设备=31", "考核得分=≥90分", "师生满意度=90分"}},
		{"labels under the names", [][]string{
			{"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "备注"},
			{"产出指标", "数量指标", "购置仪器设备", "31台", "42台", ""},
			{"预算绩效评价结果", "", "考核节点进度完成率", "10分", "项目采购节约率", "10分"},
			{"", "", "预算编制准确度", "9.5分", "绩效评价结果", "29.5分"},
		}, []string{"购置仪器设备=31台"}},
		{"pairs glued in cells", [][]string{
			{"一级指标", "二级指标", "三级指标", "指标值", "实际完成值"},
			{"产出指标", "数量指标", "购置仪器设备", "31台", "42台"},
			{"绩效评价结果", "考核节点进度完成率：10分", "项目采购节约率：10分", "预算编制准确度:9分", "合计：29分"},
		}, []string{"购置仪器设备=31台"}},
		{"one pair a row under a score's label", [][]string{
			{"一级指标", "二级指标", "三级指标", "指标值", "实际完成值"},
			{"产出指标", "数量指标", "购置仪器设备", "31台", "42台"},
			{"满意度指标", "服务对象满意度指标", "考核得分", "90分", "92分"},
			{"评价得分", "项目决策", "项目决策", "20分", ""},
			{"", "项目管理", "项目管理", "18分", ""},
			{"效益指标", "社会效益指标", "实验开出率", "100%", "100%"},
		}, []string{"购置仪器设备=31台", "考核得分=90分", "实验开出率=100%"}},
		{"points beside each level, a target after them", [][]string{
			{"一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "指标值"},
			{"产出指标", "50分", "数量指标", "20分", "培训人数", "10分", "≥100人"},
			{"^", "^", "^", "^", "培训天数", "10分", "≥5天"},
			{"^", "^", "质量指标", "30分", "培训合格率", "30分", "≥95%"},
		}, []string{"培训人数=≥100人", "培训天数=≥5天", "培训合格率=≥95%"}},
		{"a target and a result written with their captions", [][]string{
			{"一级指标", "二级指标", "三级指标", "指标值", "实际完成值"},
			{"产出指标", "数量指标", "培训人数", "≥100人", "120人"},
			{"满意度指标", "服务对象满意度指标", "学员满意度", "目标：90分", "实际：95分"},
		}, []string{"培训人数=≥100人", "学员满意度=目标：90分"}},
		{"weights and scores", [][]string{
			{"二级指标", "三级指标", "指标值", "分值", "实际完成值", "得分"},
			{"数量指标", "购置仪器设备", "是", "10分", "是", "10分"},
			{"满意度指标", "师生满意度", "满意", "10分", "满意", "9分"},
		}, []string{"购置仪器设备=是", "师生满意度=满意"}},
	} {
		doc := Extract([]layout.Block{tableOf(1, append([][]string{{"项目名称", "某实验中心建设项目"}}, tt.rows...)...)}, layout.DefaultLimits)
		got := indicatorStrings(doc, nameTarget)
		assert.Equal(t, tt.want, got, tt.name)
	}
}

// One level caption spanning both level columns (评价内容 over 产出目标 |
// 数量目标, 二级指标 or 一级指标 the same), the other level named by no
// caption: the span's first column holds level 1, its second level 2
// (issue 21, a Fujian self-evaluation report). Before, the HTML read the
// caption over its first column only: 产出目标 as level 2, level 1 empty.
// A caption no synonym table knows (指标, 考核内容) spanning both, no
// caption naming a level, is read so too (before: level 2 was not read).
func TestLevelCaptionSpansBothLevels(t *testing.T) {
	for _, tt := range []struct{ caption, names string }{
		{"评价内容", "绩效内容"}, {"二级指标", "绩效内容"}, {"一级指标", "绩效内容"}, {"指标类型", "绩效内容"},
		{"指标", "指标名称"}, {"考核内容", "三级指标"},
	} {
		caption := tt.caption
		page := `<table>
<tr><td>项目名称</td><td colspan="4">人才驿站补助资金</td></tr>
<tr><td colspan="2">` + caption + `</td><td>` + tt.names + `</td><td>绩效目标值</td><td>实际完成值</td></tr>
<tr><td rowspan="3">产出目标</td><td rowspan="2">数量目标</td><td>组织活动数量</td><td>&gt;=28次</td><td>40次</td></tr>
<tr><td>服务人次</td><td>&gt;=500人</td><td>1700人</td></tr>
<tr><td>质量目标</td><td>政策知晓率</td><td>&gt;=95%</td><td>98%</td></tr>
</table>`
		blocks := readHTML(t, page)
		doc := Extract(blocks, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Level1+"/"+ind.Level2+"/"+ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"产出目标/数量目标/组织活动数量=>=28次", "产出目标/数量目标/服务人次=>=500人", "产出目标/质量目标/政策知晓率=>=95%"}, got, caption)
	}
}

// A monitoring table's forecast of the year's completion (全年预计完成值,
// 计划完成值) beside the year's target (年度指标值, 指标值) is kept as another
// value whichever stands first: the target's own caption names the
// target. Before, a forecast written left of the target was read as the
// target (30公里 for ≥30公里) and the target kept as another value.
func TestForecastBesideTargetIsNoTarget(t *testing.T) {
	for _, tt := range []struct{ first, second, v1, v2, want string }{
		{"全年预计完成值", "年度指标值", "30公里", "≥30公里", "养护道路里程=≥30公里|16公里|全年预计完成值:30公里"},
		{"年度指标值", "全年预计完成值", "≥30公里", "30公里", "养护道路里程=≥30公里|16公里|全年预计完成值:30公里"},
		{"计划完成值", "指标值", "30公里", "≥30公里", "养护道路里程=≥30公里|16公里|计划完成值:30公里"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某村道路养护项目"},
			[]string{"一级指标", "二级指标", "三级指标", tt.first, tt.second, "1-6月执行情况"},
			[]string{"产出指标", "数量指标", "养护道路里程", tt.v1, tt.v2, "16公里"},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				s := ind.Name + "=" + ind.Value.Raw
				if ind.Actual != nil {
					s += "|" + ind.Actual.Raw
				}
				for _, o := range ind.OtherValues {
					s += "|" + o.Label + ":" + o.Value.Raw
				}
				got = append(got, s)
			}
		}
		assert.Equal(t, []string{tt.want}, got, tt.first+" | "+tt.second)
	}
}

// TestAdjustedTargetInForce: an adjustment table's target captions
// (原指标值 | 调整后指标值, 调整前目标值 | 调整后目标值) give the adjusted
// target as the value and keep the original beside it (probe filing 107);
// the adjusted caption first keeps its place, and two plain captions keep
// the first.
func TestAdjustedTargetInForce(t *testing.T) {
	for _, tt := range []struct {
		first, second, want string
	}{
		{"原指标值", "调整后指标值", "≥40公里|原指标值=≥50公里"},
		{"调整前目标值", "调整后目标值", "≥40公里|调整前目标值=≥50公里"},
		{"调整后指标值", "原指标值", "≥50公里|原指标值=≥40公里"},
		{"年度指标值", "指标值", "≥50公里|指标值=≥40公里"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "城乡供水一体化项目"},
			[]string{"一级指标", "二级指标", "三级指标", tt.first, tt.second},
			[]string{"产出指标", "数量指标", "新建供水管网", "≥50公里", "≥40公里"},
		)}, layout.DefaultLimits)
		got := indicatorStrings(doc, targetBeside)
		assert.Equal(t, []string{tt.want}, got, tt.first+" | "+tt.second)
	}
}

// TestNameLineUnderTitle: the header block written as label lines under
// the form's title, before its table (项目名称：…, 年度资金总额：…万元), names
// the project (probe filing 105); a line with a space and no colon, or a
// sentence, names none.
func TestNameLineUnderTitle(t *testing.T) {
	for line, want := range map[string]string{
		"项目名称：农村公路安全生命防护工程":   "农村公路安全生命防护工程",
		"项目名称:档案征集编研":         "档案征集编研",
		"项目名称 农村公路安全生命防护工程":   "",
		"项目名称：完成护栏安装。提升道路安全。": "",
	} {
		doc := Extract([]layout.Block{para(1, "2024年项目支出绩效目标表"), para(2, line), para(3, "年度资金总额：260万元"), tableOf(4,
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "安装护栏长度", "≥35公里"},
		)}, layout.DefaultLimits)
		if assert.Len(t, doc.Projects, 1, line) {
			assert.Equal(t, want, doc.Projects[0].Name, line)
		}
	}
}

// TestAreasTotalIsTarget: a transfer table's column that sums its areas
// (合计, 总计), wherever it stands among them, gives the target, kept
// beside as another value, with no AREA-TARGETS-DIFFER (probe filing 106);
// without it the first area's target stands, with the warning.
func TestAreasTotalIsTarget(t *testing.T) {
	for _, tt := range []struct {
		captions, cells []string
		want            string
		warned          bool
	}{
		{[]string{"甲县", "乙县", "合计"}, []string{"≥300亩", "≥200亩", "≥500亩"}, "≥500亩|region 甲县=≥300亩|region 乙县=≥200亩|other 合计=≥500亩", false},
		{[]string{"总计", "甲县", "乙县"}, []string{"≥500亩", "≥300亩", "≥200亩"}, "≥500亩|other 总计=≥500亩|region 甲县=≥300亩|region 乙县=≥200亩", false},
		{[]string{"甲县", "乙县"}, []string{"≥300亩", "≥200亩"}, "≥300亩|region 甲县=≥300亩|region 乙县=≥200亩", true},
	} {
		doc := Extract([]layout.Block{para(1, "2024年中央对地方转移支付区域绩效目标表"), tableOf(2,
			[]string{"专项名称", "重点生态保护修复治理资金"},
			append([]string{"一级指标", "二级指标", "三级指标"}, tt.captions...),
			append([]string{"产出指标", "数量指标", "矿山生态修复面积"}, tt.cells...),
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				s := ind.Value.Raw
				for _, o := range ind.OtherValues {
					s += "|" + string(o.Role) + " " + o.Label + "=" + o.Value.Raw
				}
				got = append(got, s)
			}
		}
		assert.Equal(t, []string{tt.want}, got, tt.captions)
		warned := false
		for _, w := range doc.Warnings {
			warned = warned || w.Code == diag.AreaTargetsDiffer
		}
		assert.Equal(t, tt.warned, warned, tt.captions)
	}
}

// TestValueCaptionOverTargetAndActual: a value caption spanning two
// sub-captions, the year's target and the results (指标值 over 年度目标值 |
// 实际完成值), reads each under its own (probe filing 109); before, the two
// cells were joined into one target (≥12个12个).
func TestValueCaptionOverTargetAndActual(t *testing.T) {
	for _, sub := range [][2]string{{"年度目标值", "实际完成值"}, {"年度指标值", "全年实际值"}} {
		page := `<table>
<tr><td>项目名称</td><td colspan="6">某开放项目</td></tr>
<tr><td rowspan="2">一级指标</td><td rowspan="2">二级指标</td><td rowspan="2">三级指标</td><td colspan="2">指标值</td><td rowspan="2">分值</td><td rowspan="2">得分</td></tr>
<tr><td>` + sub[0] + `</td><td>` + sub[1] + `</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>免费开放场馆数</td><td>≥12个</td><td>12个</td><td>20</td><td>20</td></tr>
</table>`
		blocks := readHTML(t, page)
		doc := Extract(blocks, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				a := ""
				if ind.Actual != nil {
					a = ind.Actual.Raw
				}
				got = append(got, ind.Name+"="+ind.Value.Raw+"|"+a)
			}
		}
		assert.Equal(t, []string{"免费开放场馆数=≥12个|12个"}, got, sub[1])
	}
}

// TestResultCaptionUnit: a results caption ending with its unit in
// parentheses (实际完成值（%）) gives a bare number its unit, as the target's
// caption does (probe filing 116); a result with its own unit or words, or
// a caption without a unit, stays as written.
func TestResultCaptionUnit(t *testing.T) {
	for _, tt := range []struct {
		caption, cell, want string
	}{
		{"实际完成值（%）", "97", "97%"},
		{"实际完成值(万元)", "12.5", "12.5"}, // a target in % (≥95%): the caption's unit is not the row's
		{"实际完成值（%）", "97%", "97%"},
		{"实际完成值（%）", "已完成", "已完成"},
		{"实际完成值", "97", "97"},
		{"实际完成值（≥%）", "97", "97%"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "学前教育资助项目"},
			[]string{"一级指标", "二级指标", "三级指标", "年度指标值（%）", tt.caption},
			[]string{"产出指标", "质量指标", "资助覆盖率", "≥95", tt.cell},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				a := ""
				if ind.Actual != nil {
					a = ind.Actual.Raw
				}
				got = append(got, ind.Value.Raw+"|"+a)
			}
		}
		assert.Equal(t, []string{"≥95%|" + tt.want}, got, tt.caption+" "+tt.cell)
	}
}

// TestMonitoringWordedCaptions: a monitoring table's worded captions
// (probe filing 119) — the results to a date (截至6月底完成情况, 1-6月完成情况,
// 上半年完成情况) are the results, the year's forecast (预计全年完成情况) a
// target's caption kept beside the year's; a group's caption
// (年度绩效指标完成情况, 年度目标完成情况) is neither.
func TestMonitoringWordedCaptions(t *testing.T) {
	lx := defaultLexicon()
	for caption, want := range map[string]gridColumn{
		"截至6月底完成情况": cActual, "1-6月完成情况": cActual, "上半年完成情况": cActual, "截止6月30日完成情况": cActual,
		"预计全年完成情况": cValue,
	} {
		assert.Equal(t, want, lx.gridLabel(labelKey(caption)), caption)
	}
	// a baseline (截至上年底, 截至2023年底) is no result of the year
	for _, caption := range []string{"年度绩效指标完成情况", "年度目标完成情况", "截至6月底指标完成情况",
		"截至上年底完成情况", "截至2023年底完成情况", "截止去年12月完成情况", "以前年度完成情况"} {
		c := lx.gridLabel(labelKey(caption))
		assert.NotEqual(t, cActual, c, caption)
		assert.NotEqual(t, cValue, c, caption)
	}
}

// TestSpanOverLevelsAndNameIsNoIndicator: in a form with grid columns, a
// row whose one cell spans both level columns and the name's (自评等级 over
// three columns, its grade 优 over the rest, under a self-evaluation's grid)
// is no indicator, its cells unrecognized once each (probe filing 120);
// before, it was read as an indicator 自评等级 | 自评等级 | 自评等级 with 优
// as its target, result, weight and score.
func TestSpanOverLevelsAndNameIsNoIndicator(t *testing.T) {
	page := `<table>
<tr><td>项目名称</td><td colspan="6">某推广项目</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>培训农技人员</td><td>≥120人</td><td>126人</td><td>30</td><td>30</td></tr>
<tr><td colspan="3">自评等级</td><td colspan="4">优</td></tr>
</table>`
	blocks := readHTML(t, page)
	doc := Extract(blocks, layout.DefaultLimits)
	got, unrec := indicatorStrings(doc, nameTarget), texts(doc)
	assert.Equal(t, []string{"培训农技人员=≥120人"}, got)
	assert.Equal(t, []string{"自评等级", "优"}, unrec)
}

// TestSpanOverLevelsWithBoundedTarget: a row whose one cell spans both
// level columns and the name's but whose target's own cell holds a bounded
// target (满意度指标 over three columns | ≥90% | 95% | 20 | 20) is an
// indicator the cell names, as before 641effb; a grade, a total or a
// remark over the rest (优, 总分 | 100) is still none. Before, the
// satisfaction indicator with its target, result, weight and score was
// dropped with no warning.
func TestSpanOverLevelsWithBoundedTarget(t *testing.T) {
	for _, tt := range []struct {
		row  string
		want []string
	}{
		{`<td colspan="3">满意度指标</td><td>≥90%</td><td>95%</td><td>20</td><td>20</td>`, []string{"培训农技人员=≥120人", "满意度指标=≥90%"}},
		{`<td colspan="3">自评等级</td><td colspan="4">优</td>`, []string{"培训农技人员=≥120人"}},
		{`<td colspan="3">总分</td><td>100</td><td></td><td>100</td><td>95</td>`, []string{"培训农技人员=≥120人"}},
	} {
		page := `<table>
<tr><td>项目名称</td><td colspan="6">某推广项目</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>培训农技人员</td><td>≥120人</td><td>126人</td><td>30</td><td>30</td></tr>
<tr>` + tt.row + `</tr>
</table>`
		blocks := readHTML(t, page)
		doc := Extract(blocks, layout.DefaultLimits)
		got := indicatorStrings(doc, nameTarget)
		assert.Equal(t, tt.want, got, tt.row)
	}
}

// TestNameLineThenNameRow: a name line under the form's title followed by a
// table whose first row names the project again (the same name, or
// another) is one project, named by the table's own row (the form's
// field). Before, the line's project stood empty beside the table's, an
// extra project with no budget and no indicator.
func TestNameLineThenNameRow(t *testing.T) {
	for _, tt := range []struct{ line, row string }{
		{"项目名称：农村公路安全生命防护工程", "农村公路安全生命防护工程"},
		{"项目名称：农村公路安全生命防护工程", "农村公路安全生命防护工程（2024年）"},
	} {
		doc := Extract([]layout.Block{para(1, "2024年项目支出绩效目标表"), para(2, tt.line), tableOf(3,
			[]string{"项目名称", tt.row},
			[]string{"年度资金总额", "260"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "安装护栏长度", "≥35公里"},
		)}, layout.DefaultLimits)
		if assert.Len(t, doc.Projects, 1, tt.row) {
			assert.Equal(t, tt.row, doc.Projects[0].Name)
			assert.Len(t, doc.Projects[0].Indicators, 1)
		}
	}
}

// TestAdjustedCellBlankOrUnchanged: in an adjustment table (原指标值 |
// 调整后指标值) a row whose adjusted cell is blank, a dash or says the
// target is unchanged (不变, 未调整) keeps its original target, the one in
// force; an adjusted row reads the adjusted one. Before, the blank and the
// dash rows were no indicator (NO-TARGET) and 不变 was read as the target.
func TestAdjustedCellBlankOrUnchanged(t *testing.T) {
	for _, tt := range []struct{ original, adjusted, want string }{
		{"≥50公里", "≥40公里", "≥40公里|原指标值=≥50公里"},
		{"100%", "", "100%"},
		{"≥5座", "—", "≥5座"},
		{"2024年10月底", "不变", "2024年10月底"},
		{"≥90%", "未调整", "≥90%"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "农村公路建设"},
			[]string{"一级指标", "二级指标", "三级指标", "原指标值", "调整后指标值", "调整原因"},
			[]string{"产出指标", "数量指标", "新建公路里程", tt.original, tt.adjusted, ""},
		)}, layout.DefaultLimits)
		got := indicatorStrings(doc, targetBeside)
		assert.Equal(t, []string{tt.want}, got, tt.original+" | "+tt.adjusted)
	}
}

// TestAreasTotalDash: a total cell that is a dash (— or / under 合计
// beside a rate's areas) sums nothing: the areas' target stands, their
// own or the first area's with AREA-TARGETS-DIFFER, as in a table with no
// total. Before, the dash was read as the target and the row was no
// indicator (NO-TARGET).
func TestAreasTotalDash(t *testing.T) {
	for _, tt := range []struct {
		cells  []string
		want   string
		warned bool
	}{
		{[]string{"≥90%", "≥90%", "—"}, "≥90%|region 甲县=≥90%|region 乙县=≥90%", false},
		{[]string{"≥90%", "≥85%", "/"}, "≥90%|region 甲县=≥90%|region 乙县=≥85%", true},
	} {
		doc := Extract([]layout.Block{para(1, "2024年中央对地方转移支付区域绩效目标表"), tableOf(2,
			[]string{"专项名称", "重点生态保护修复治理资金"},
			[]string{"一级指标", "二级指标", "三级指标", "甲县", "乙县", "合计"},
			[]string{"产出指标", "数量指标", "矿山生态修复面积", "≥300亩", "≥200亩", "≥500亩"},
			append([]string{"产出指标", "质量指标", "灌溉保证率"}, tt.cells...),
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		inds := doc.Projects[0].Indicators
		require.Len(t, inds, 2, tt.cells)
		s := inds[1].Value.Raw
		for _, o := range inds[1].OtherValues {
			s += "|" + string(o.Role) + " " + o.Label + "=" + o.Value.Raw
		}
		assert.Equal(t, tt.want, s, tt.cells)
		warned := false
		for _, w := range doc.Warnings {
			warned = warned || w.Code == diag.AreaTargetsDiffer
		}
		assert.Equal(t, tt.warned, warned, tt.cells)
	}
}

// TestResultCaptionUnitAgainstTarget: a results caption's unit (实际完成值
// （%）) completes a bare result only where the row's target counts in
// that unit or in none: a target in 公里 beside 52 keeps 52 as written.
// Before, 52 read 52% beside ≥50公里.
func TestResultCaptionUnitAgainstTarget(t *testing.T) {
	for _, tt := range []struct{ caption, target, cell, want string }{
		{"实际完成值（%）", "≥50公里", "52", "52"},
		{"实际完成值（%）", "≥95%", "97", "97%"},
		{"实际完成值（%）", "≥95", "97", "97%"},
		{"实际完成值（万元）", "≤12万元", "11.5", "11.5万元"},
		{"实际完成值（万元）", "≥300人次", "320", "320"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "农村公路建设"},
			[]string{"一级指标", "二级指标", "三级指标", "年度指标值", tt.caption},
			[]string{"产出指标", "数量指标", "新建公路里程", tt.target, tt.cell},
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		require.Len(t, doc.Projects[0].Indicators, 1)
		ind := doc.Projects[0].Indicators[0]
		require.NotNil(t, ind.Actual)
		assert.Equal(t, tt.want, ind.Actual.Raw, tt.target+" | "+tt.cell)
	}
}

// TestValueCaptionOverTargetAndForecast: a value caption spanning the
// year's target and its forecast (指标值 over 年度目标值 | 全年预计完成值, a
// monitoring table) reads the target under its own sub-caption and keeps
// the forecast beside it as another value. Before, the two cells were
// joined into one target (≥50公里45公里) with no comparator read.
func TestValueCaptionOverTargetAndForecast(t *testing.T) {
	for _, sub := range []string{"全年预计完成值", "预计全年完成情况"} {
		page := `<table>
<tr><td>项目名称</td><td colspan="5">农村公路建设</td></tr>
<tr><td rowspan="2">一级指标</td><td rowspan="2">二级指标</td><td rowspan="2">三级指标</td><td colspan="2">指标值</td><td rowspan="2">偏差原因</td></tr>
<tr><td>年度目标值</td><td>` + sub + `</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>新建公路里程</td><td>≥50公里</td><td>45公里</td><td></td></tr>
</table>`
		blocks := readHTML(t, page)
		doc := Extract(blocks, layout.DefaultLimits)
		got := indicatorStrings(doc, func(ind *model.Indicator) string { return ind.Name + "=" + targetBeside(ind) })
		assert.Equal(t, []string{"新建公路里程=≥50公里|" + sub + "=45公里"}, got, sub)
	}
}

// The families round nine's held-out sets lost (docs/real-corpus.md).

// A comparator column (指标性质 | 指标值 | 度量单位) whose signs are written
// in any form normalize reads as one — the small forms ﹤﹥﹦ of a CJK input
// method's symbol table, the full-width ＜＞＝, ≧≦, ⩾⩽, a sign with a
// variation selector — is a comparator column: each target is the sign,
// the number and the unit as written (﹦72890元; its op is normalize's,
// TestSignForms).
// Before, ﹦ was no sign: the target lost it (72890元, op =) and the cell
// was kept as the indicator's 指标性质 only; ⩾ was a sign to normalize but
// not to the grid.
func TestSignFormsInComparatorColumn(t *testing.T) {
	for _, tt := range []struct{ sign string }{
		{"﹦"}, {"＝"}, {"="}, {"﹥"}, {"＞"}, {"﹤"}, {"≧"}, {"⩾"}, {"≥\ufe0e"}, {"≦"}, {"⩽"}, {"＜＝"},
	} {
		page := `<table>
<tr><td>项目名称</td><td colspan="5">某补助经费</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>补助经费</td><td>` + tt.sign + `</td><td>72890</td><td>元</td></tr>
<tr><td>产出指标</td><td>质量指标</td><td>验收合格率</td><td>` + tt.sign + `</td><td>100</td><td>%</td></tr>
</table>`
		blocks := readHTML(t, page)
		doc := Extract(blocks, layout.DefaultLimits)
		got := indicatorStrings(doc, nameTarget)
		want := []string{"补助经费=" + tt.sign + "72890元", "验收合格率=" + tt.sign + "100%"}
		assert.Equal(t, want, got, "sign %q", tt.sign)
	}
}

// A two-row header whose first row's captions span down over both rows
// (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
// over 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位: the
// 2020 national 项目支出绩效自评表 as Yunnan printed it) reads the results,
// weights and scores under the captions above: in HTML the header's cells
// there are the spans' merged parts, in a text export the blank cells the
// header ends with. Before, the second row alone was the header and no
// row's results, weight or score was read.
func TestCaptionsSpannedDownFromRowAbove(t *testing.T) {
	page := `<table>
<tr><td>项目名称</td><td colspan="9">某执法补助经费</td></tr>
<tr><td colspan="3">绩效指标</td><td colspan="3">年度指标值</td><td rowspan="2">实际完成值</td><td rowspan="2">分值</td><td rowspan="2">得分</td><td rowspan="2">偏差原因分析及改进措施</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>检查次数</td><td>≥</td><td>12</td><td>次</td><td>14</td><td>10.00</td><td>9.00</td><td></td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>责停率</td><td>≥</td><td>95</td><td>%</td><td>95</td><td>30</td><td>27</td><td></td></tr>
</table>`
	rows := [][]string{
		{"项目名称", "某执法补助经费"},
		{"绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
		{"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "", "", "", ""},
		{"产出指标", "数量指标", "检查次数", "≥", "12", "次", "14", "10.00", "9.00", ""},
		{"效益指标", "社会效益指标", "责停率", "≥", "95", "%", "95", "30", "27", ""},
	}
	var export strings.Builder
	for _, r := range rows {
		for _, c := range r {
			export.WriteString("\t" + c + "\n")
		}
		export.WriteString("\n")
	}
	htmlBlocks := readHTML(t, page)
	for _, tt := range []struct {
		form   string
		blocks []layout.Block
	}{
		{"html", htmlBlocks},
		{"text", text.Read(export.String())},
	} {
		doc := Extract(tt.blocks, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				weight, score := "", ""
				if ind.Weight != nil {
					weight = *ind.Weight
				}
				if ind.Score != nil {
					score = *ind.Score
				}
				got = append(got, strings.Join([]string{ind.Name, ind.Value.Raw, ind.Actual.Raw, weight, score}, "|"))
			}
		}
		assert.Equal(t, []string{"检查次数|≥12次|14|10.00|9.00", "责停率|≥95%|95|30|27"}, got, tt.form)
	}
}

// A 计量单位 cell beside a target that carries a unit of its own (28.8万元
// | %, 95% | 个, 10万人次 | 人) or is words (应保尽保 | %, 达标 | %) is not
// glued on: the target as written, the cell kept among its parts, and
// UNIT-CELL-NOT-JOINED. A unit cell completes a bare number (95 | %), a
// target ending in one (≥95 | %, 28.8万 | 元, 三千 | 人) and says again a
// unit the target ends with (100% | %) as before, and a count word 个
// before a unit it counts (3个 | 月 → 3个月) is one unit over two cells.
// A unit naming another in parentheses (台（套）) and 百分点 are units
// too (before, 应保尽保台（套） and 达标百分点 were read). Before, 28.8万元% and
// 应保尽保% were read (a Yueyang 部门整体绩效目标表: 指标值类型 | 指标值 |
// 计量单位).
func TestUnitCellBesideTargetWithUnit(t *testing.T) {
	for _, tt := range []struct {
		value, unit, want string
		warned            bool
	}{
		{"28.8万元", "%", "28.8万元", true},
		{"应保尽保", "%", "应保尽保", true},
		{"达标", "%", "达标", true},
		{"95%", "个", "95%", true},
		{"10万人次", "人", "10万人次", true},
		{"95", "%", "95%", false},
		{"≥95", "%", "≥95%", false},
		{"100%", "%", "100%", false},
		{"28.8万", "元", "28.8万元", false},
		{"三千", "人", "三千人", false},
		{"95以上", "%", "95%以上", false},
		{"3个", "月", "3个月", false},
		{"2个", "工作日", "2个工作日", false},
		{"10个", "%", "10个", true},
		{"应保尽保", "台（套）", "应保尽保", true},
		{"10万元", "台（套）", "10万元", true},
		{"达标", "百分点", "达标", true},
		{"≥5", "台（套）", "≥5台（套）", false},
		{"2", "个百分点", "2个百分点", false},
	} {
		page := `<table>
<tr><td>项目名称</td><td colspan="4">某单位整体支出</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>计量单位</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>业务工作支出</td><td>` + tt.value + `</td><td>` + tt.unit + `</td></tr>
</table>`
		blocks := readHTML(t, page)
		doc := Extract(blocks, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tt.value)
		require.Len(t, doc.Projects[0].Indicators, 1, tt.value)
		ind := doc.Projects[0].Indicators[0]
		assert.Equal(t, tt.want, ind.Value.Raw, "%s | %s", tt.value, tt.unit)
		var parts []string
		for _, p := range ind.ValueParts {
			parts = append(parts, p.Text)
		}
		assert.Equal(t, []string{tt.value, tt.unit}, parts, "%s | %s", tt.value, tt.unit)
		warned := false
		for _, w := range doc.Warnings {
			warned = warned || w.Code == diag.UnitCellNotJoined
		}
		assert.Equal(t, tt.warned, warned, "%s | %s", tt.value, tt.unit)
	}
}
