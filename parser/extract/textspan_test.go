package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestMoneyLabelSpanningInText: a text export's money row narrower than
// its money header because its label spans the header's blank columns
// before the first amount column (年度资金总额 over two of them, printed
// once), while the other rows write an empty cell there (issue 21, text
// exports): its amounts start under the first amount column. Before, each
// stood a column left of its own: the 全年执行数 37.24 was read as the
// budget.
func TestMoneyLabelSpanningInText(t *testing.T) {
	tests := []struct {
		name  string
		money [][]string
		want  [3]string // initial, total, executed
	}{
		{"the total's label spans", [][]string{
			{"项目资金(万元)", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
			{"", "年度资金总额", "43.2", "50", "37.24", "10", "86%", "9"},
			{"", "其中:当年财政拨款", "", "43.2", "50", "37.24", ""},
		}, [3]string{"43.2", "50", "37.24"}},
		{"no label spans", [][]string{
			{"项目资金(万元)", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
			{"", "年度资金总额", "", "43.2", "50", "37.24", "10", "86%", "9"},
			{"", "其中:当年财政拨款", "", "43.2", "50", "37.24", ""},
		}, [3]string{"43.2", "50", "37.24"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某项目"}}, tt.money...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			b := doc.Projects[0].Budget
			assert.Equal(t, tt.want, [3]string{deref(b.Initial), deref(b.Total), deref(b.Executed)})
		})
	}
}

// TestSpanOverSentenceTargets: a text export's self-evaluation header a
// cell short of its rows because 分值 spans its column and an empty one,
// whose targets and results are sentences in most rows (严格执行相关制度规定
// | 达成预期指标): the target's caption over such a column neither fits nor
// contradicts it, so the reading with 分值 over its span wins over one
// that hides the targets under 三级指标's span (before: the targets were
// read as descriptions and each result as the target).
func TestSpanOverSentenceTargets(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某委托业务"},
		[]string{"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
		[]string{"", "产出指标(50分)", "数量指标", "委托业务项目数量", "≥50个", "50", "8", "8", ""},
		[]string{"", "", "质量指标", "委托业务报告合格率", "≥100百分比", "100", "8", "", "8", ""},
		[]string{"", "", "", "经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8", "", "8", ""},
		[]string{"", "", "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", "8", "", "8", ""},
		[]string{"", "", "成本指标", "项目总成本", "≤90万元", "90", "8", "", "8", ""},
		[]string{"", "", "", "单项业务成本", "符合相关规定", "达成预期指标", "10", "", "10", ""},
		[]string{"", "效益指标(30分)", "社会效益指标", "对维护市场公平的影响程度", "效果明显", "达成预期指标", "10", "", "10", ""},
		[]string{"", "", "生态效益指标", "对控制项目成本影响程度", "效果明显", "达成预期指标", "10", "", "10", ""},
		[]string{"", "", "可持续影响指标", "对推动项目制度健全的持续性影响", "效果明显", "达成预期指标", "10", "", "10", ""},
		[]string{"", "", "经济效益指标", "", "", "", "", "", "", ""},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Name+"="+ind.Value.Raw)
	}
	assert.Equal(t, []string{"委托业务项目数量=≥50个", "委托业务报告合格率=≥100百分比", "经费支出合规性=严格执行相关制度规定",
		"提交报告及时性=在项目计划完成时间内完成", "项目总成本=≤90万元", "单项业务成本=符合相关规定",
		"对维护市场公平的影响程度=效果明显", "对控制项目成本影响程度=效果明显", "对推动项目制度健全的持续性影响=效果明显"}, got)
}

// TestTwoRowHeaderShortOfItsSpans: a text export's two-row header (年度指标值
// over 指标性质 | 指标值 | 度量单位) three cells short of its rows, its second
// row accounting for two of them only (分值 also spans an empty column,
// printed once in both rows): no reading of the header is sure, so the
// row is no header and no cell is read under a caption a column off
// (before: 学生受资助人数 = ≧735人次735, the target glued to the result).
// The rows are read by content where it decides.
func TestTwoRowHeaderShortOfItsSpans(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "营养改善计划专项资金"},
		[]string{"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
		[]string{"", "", "", "", "指标性质", "指标值", "度量单位", "", "", "", ""},
		[]string{"", "产出指标", "数量指标", "学生受资助人数", "≧", "735", "人次", "735", "10", "", "10", ""},
		[]string{"", "", "质量指标", "营养改善计划覆盖率", "≧", "100", "%", "100%", "10", "", "10", ""},
		[]string{"", "", "时效指标", "资金到位及时率", "≧", "100", "%", "100%", "10", "", "7", ""},
		[]string{"", "", "成本指标", "生均补助标准达标率", "═", "100", "%", "100%", "10", "", "10", ""},
		[]string{"", "效益指标", "经济效益指标", "减轻贫困学生家庭经济负担", "", "有效", "", "有效", "10", "", "10", ""},
	)}, layout.DefaultLimits)
	want := map[string]string{"学生受资助人数": "≧735人次", "营养改善计划覆盖率": "≧100%", "资金到位及时率": "≧100%",
		"生均补助标准达标率": "═100%", "减轻贫困学生家庭经济负担": "有效"}
	for _, p := range doc.Projects {
		for _, ind := range p.Indicators {
			w, ok := want[ind.Name]
			assert.True(t, ok, "%q read as a name", ind.Name)
			assert.Equal(t, w, ind.Value.Raw, ind.Name)
		}
	}
}

// TestSpanLeavesNoTextUncaptioned: a text export's header a cell short of
// its rows because 度量单位 spans its column and an empty one; the two
// readings that differ in where 指标值说明 stands — over the column of its
// texts (该指标值数据合理, which read as targets), or over the empty column,
// leaving its texts under no caption — no longer tie: a column of text
// under no caption costs as much as a caption over other content, so the
// first wins and the header is read (before, it was no header and the
// rows were not read).
func TestSpanLeavesNoTextUncaptioned(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某林业局人员经费"},
		[]string{"一级指标", "二级指标", "三级指标", "计算符号", "目标值", "度量单位", "指标值说明", ""},
		[]string{"产出指标", "数量指标", "保障在职职工人数(人)", "=", "116", "人", "", "该指标值数据合理", ""},
		[]string{"", "", "保障退休职工人数(人)", "=", "81", "人", "", "该指标值数据合理", ""},
		[]string{"", "", "保障遗属人数(人)", "=", "13", "人", "", "该指标值数据合理", ""},
		[]string{"", "", "林木采伐监管(万立方米)", "=", "6", "万立方米", "", "该指标值数据合理", ""},
		[]string{"", "", "野生动植物保护、防火面积(万亩)", "=", "320", "万亩", "", "该指标值数据合理", ""},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Name+"="+ind.Value.Raw)
	}
	assert.Equal(t, []string{"保障在职职工人数(人)==116人", "保障退休职工人数(人)==81人", "保障遗属人数(人)==13人",
		"林木采伐监管(万立方米)==6万立方米", "野生动植物保护、防火面积(万亩)==320万亩"}, got)
}

// TestSpacedLevelLabelAligned: a text-export row a cell short of its
// header, its level-1 label typeset with spaces (产 出 指 标 (50分)) spanning
// its column and the blank-captioned one beside it: the label fits the
// level-1 column as written without the spaces, so the row reads it there
// (before, the row's blank first cell took the level-1 column and the
// label stood under the blank caption: no level 1).
func TestSpacedLevelLabelAligned(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某种植补助项目"},
		[]string{"绩效指标", "一级指标", "", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分"},
		[]string{"", "产 出 指 标 (50分)", "数量指标", "补助种植面积", "20", "29.5亩", "29.5亩", "20"},
		[]string{"", "", "质量指标", "验收合格率", "20", "100%", "100%", "20"},
		[]string{"", "效 益 指 标 (30分)", "", "社会效益指标", "带动农户增收", "30", "明显", "明显", "30"},
		[]string{"", "满 意 度 指 标 (10分)", "", "服务对象满意度指标", "农户满意度", "10", "≥90%", "95%", "10"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Level1+"/"+ind.Level2+"/"+ind.Name)
	}
	assert.Equal(t, []string{"产出指标(50分)/数量指标/补助种植面积", "产出指标(50分)/质量指标/验收合格率",
		"效益指标(30分)/社会效益指标/带动农户增收", "满意度指标(10分)/服务对象满意度指标/农户满意度"}, got)
}

// TestNoJoinOfWeightAndSignedTarget: a text-export row one cell longer
// than its header because a level label spans two columns above it, in a
// self-evaluation whose weight stands before the target (分值 | 年度指标值):
// the weight and the signed target after it (10 | ≥1000人) are no target
// split over cells — a comparator opens a target, it never follows a part
// of one — so they are not joined (before: 社会效益指标 = 10≥1000人, the
// level 2 read as the name).
func TestNoJoinOfWeightAndSignedTarget(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某水标尺项目"},
		[]string{"绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"},
		[]string{"", "产出指标(70分)", "数量指标", "安装坡面水标尺", "10", "≥266米", "≥266米", "10", ""},
		[]string{"", "", "质量指标", "项目(工程)验收合格率", "20", "100%", "100%", "20", ""},
		[]string{"", "", "时效指标", "及时(按期)开工率", "10", "≥90%", "≥90%", "10", ""},
		[]string{"", "", "", "及时(按期)完工率", "10", "≥90%", "≥90%", "10", ""},
		[]string{"", "效益指标(20分)", "", "社会效益指标", "受益户人口数", "10", "≥1000人", "≥1000人", "10", ""},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	for _, ind := range doc.Projects[0].Indicators {
		assert.NotEqual(t, "10≥1000人", ind.Value.Raw, ind.Name)
		assert.NotEqual(t, "社会效益指标", ind.Name)
	}
}

// TestMoneyUnitLineIsNoTarget: the next table's unit line (207101某法院 |
// 单位:万元), which a text export may run on from the grid above, is no
// indicator: a money-unit label is never a target (before: an indicator
// named after the unit whose target was 单位:万元).
func TestMoneyUnitLineIsNoTarget(t *testing.T) {
	for _, unit := range []string{"单位:万元", "金额单位：元", "单位：万元"} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某维修项目"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "维修处数", "≥3处"},
			[]string{"满意度指标", "服务对象满意度指标", "干警满意度", "≥95%"},
			[]string{"207101某区法院", unit},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"维修处数=≥3处", "干警满意度=≥95%"}, got, unit)
	}
}

// TestNoTargetNoName: a row whose target is a dash for "none" (-, —, 一 as
// a text layer reads —) is no indicator, nor is a template's unfilled row
// whose name cell holds a number (成本指标 | 经济成本指标 | 0 | 0.00%): before,
// both were indicators (完整性 = 一, 0 = 0.00%).
func TestNoTargetNoName(t *testing.T) {
	for _, tt := range []struct{ name, val string }{
		{"完整性", "一"}, {"相关性", "-"}, {"预算执行率", "—"}, {"可行性", "／"},
		{"0", "0.00%"}, {"12", "≥90%"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某保障项目"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "保障人数", "2370人"},
			[]string{"", "成本指标", tt.name, tt.val},
			[]string{"满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"保障人数=2370人", "师生满意度=≥90%"}, got, tt.name+" "+tt.val)
	}
}

// TestMoneyUnitLineIsNoName: the next table's unit line (207101某法院 |
// 单位:万元) run on from a grid whose target and description columns lost
// their captions is no indicator either: a money-unit label is never an
// indicator's name (before: an indicator named 单位:万元 with no target).
func TestMoneyUnitLineIsNoName(t *testing.T) {
	for _, unit := range []string{"单位:万元", "金额单位：元", "单位：万元"} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某维修项目"},
			[]string{"一级指标", "二级指标", "三级指标", "", ""},
			[]string{"产出指标", "数量指标", "维修面积", "≥400平方米", "维修面积"},
			[]string{"", "质量指标", "验收合格率", "≥98百分比", "验收合格率"},
			[]string{"", "时效指标", "资金支付及时率", "100百分比", "资金支付及时率"},
			[]string{"", "成本指标", "项目成本", "20万元", "项目成本"},
			[]string{"效益指标", "可持续影响指标", "消除安全隐患", "持续影响", "消除安全隐患"},
			[]string{"满意度指标", "服务对象满意度指标", "干警满意度", "≥95百分比", "干警满意度"},
			[]string{"207101某区法院", unit},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name)
			}
		}
		assert.NotContains(t, got, unit)
		assert.Len(t, got, 6, unit)
	}
}

// TestLevelLabelAsName: a level label in the name's column beside an
// empty level-2 cell (效益指标 | | 社会效益指标 | ≥75%: a text export that
// printed a span once, the row a column off) is no indicator, with a
// warning; the rows around it read as before (before: an indicator named
// 社会效益指标). So is a label longer than the taxonomy's words that ends
// with a level-2 family's name (社会公众或服务对象满意度指标: before, an
// indicator).
func TestLevelLabelAsName(t *testing.T) {
	for _, tt := range []struct{ label, val string }{
		{"社会效益指标", "≥75%"}, {"经济效益 指标 (选填)", "增加就业机会,提高农民收入。"}, {"可持续影响指标", "8是"},
		{"社会公众或服务对象满意度指标", "88"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某保障项目"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "保障人数", "2370人"},
			[]string{"效益指标", "", tt.label, tt.val},
			[]string{"满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Level1+"/"+ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"产出指标/保障人数=2370人", "满意度指标/师生满意度=≥90%"}, got, tt.label)
		assert.Contains(t, warnings(doc), "holds the level label", tt.label)
	}
}

// TestLongNameEndingInLevelName: under a level-2 label printed once (a
// text export's span), the rows below have an empty level-2 cell; an
// indicator whose own name ends with a level family's name, short or
// long (家长满意度指标, 受益学生家长满意度指标, 水环境质量指标), is read, as
// a name is; the family's name itself, or qualified with a level-2 word
// as the taxonomy's labels are (服务对象满意度指标,
// 社会公众或服务对象满意度指标), is still no indicator.
func TestLongNameEndingInLevelName(t *testing.T) {
	for _, tt := range []struct {
		name string
		read bool
	}{
		{"受益学生家长满意度指标", true},
		{"项目区周边水环境质量指标", true},
		{"家长满意度指标", true},
		{"社会公众或服务对象满意度指标", false},
		{"服务对象满意度指标", false},
		{"满意度指标", false},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某保障项目"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"},
			[]string{"", "", tt.name, "≥85%"},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		want := []string{"师生满意度=≥90%"}
		if tt.read {
			want = append(want, tt.name+"=≥85%")
		}
		assert.Equal(t, want, got, tt.name)
	}
}

// TestSpanOverHollowColumn: a text export's grid whose header holds a blank
// caption over a column empty in every row as wide as the header (三级指标
// | (blank), the name written once across both in the first row only, a
// span printed once): the short row's span covers that hollow column,
// and its texts after it stand under their own captions (issue 21, text
// exports whose spans are printed once). Before, the row was aligned with
// its last cell spanning, every text after the name a column left (or,
// with one full row, its level-1 label spanning the level 2): the
// weight read as the target (培训制度=20, where no target is written), or
// the sign as the description and the first area's target alone as the
// target (成本控制率(%) = 100%).
func TestSpanOverHollowColumn(t *testing.T) {
	tests := []struct {
		name string
		head []string
		rows [][]string
		want []string
	}{
		{
			name: "weight after an empty target",
			head: []string{"一级指标", "二级指标", "三级指标", "", "指标说明", "指标值", "分值", "备注"},
			rows: [][]string{
				{"产出指标", "数量指标", "培训制度", "建立与否", "", "20", ""},
				{"", "质量指标", "培训合格率", "", "反映培训质量情况", "≥95%", "20", ""},
				{"效益指标", "社会效益指标", "就业人数", "", "反映就业情况", "≥50人", "30", ""},
			},
			want: []string{"培训合格率=≥95%/反映培训质量情况", "就业人数=≥50人/反映就业情况"},
		},
		{
			name: "sign before the areas' targets",
			head: []string{"一级指标", "二级指标", "三级指标", "", "指标解释", "指标方向", "甲镇", "乙镇"},
			rows: [][]string{
				{"成本指标", "经济成本指标", "成本控制率(%)", "反映成本控制情况", "≤", "100%", "100%"},
				{"产出指标", "数量指标", "修复工程(个)", "", "反映修复工程开展情况", "≥", "1", "1"},
				{"", "时效指标", "项目开展率(%)", "", "反映开展情况", "≥", "100%", "100%"},
			},
			want: []string{"成本控制率(%)=≤100%/反映成本控制情况", "修复工程(个)=≥1/反映修复工程开展情况", "项目开展率(%)=≥100%/反映开展情况"},
		},
		{
			name: "one row as wide as the header",
			head: []string{"一级指标", "二级指标", "三级指标", "", "绩效目标值", "实际完成值", "评分标准", "指标分值", "自评得分"},
			rows: [][]string{
				{"产出目标", "数量目标", "抽查台站个数", "9个", "9个", "满分6分,少一个扣1分", "6", "6"},
				{"", "", "开展宣传活动场数", "", "10场", "11场", "满分6分,少一场扣1分", "6", "6"},
			},
			want: []string{"抽查台站个数=9个/满分6分,少一个扣1分", "开展宣传活动场数=10场/满分6分,少一场扣1分"},
		},
	}
	for _, tt := range tests {
		rows := append([][]string{{"项目名称", "某项目"}, tt.head}, tt.rows...)
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw+"/"+ind.Description)
			}
		}
		assert.Equal(t, tt.want, got, tt.name)
	}
}

// TestHeaderBlankSpanInText: a text export's header one cell longer than
// its rows, whose one blank caption stands right of a caption (一级指标 |
// (blank) | 二级指标: the level-1 caption's span printed as two cells, the
// rows' level-1 cells printed once): the blank is that caption's span, and
// each caption stands over its column (issue 21, text exports whose
// spans are printed once). Before, the captions stood a column right of
// their cells: 计量单位 over the signs, the level-2 labels read as names
// and the targets read without their signs and units (3500 for =3500米).
func TestHeaderBlankSpanInText(t *testing.T) {
	rows := [][]string{
		{"产出指标", "数量指标", "绿化道路长度", "米", "=", "3500"},
		{"", "", "发放苗木数量", "株", "=", "15000"},
		{"", "质量指标", "树木成活率", "%", "≥", "85"},
		{"效益指标", "社会效益指标", "受益人数", "人", "≥", "500"},
	}
	want := []string{"产出指标/数量指标/绿化道路长度==3500米", "产出指标/数量指标/发放苗木数量==15000株",
		"产出指标/质量指标/树木成活率=≥85%", "效益指标/社会效益指标/受益人数=≥500人"}
	for _, tt := range []struct {
		name  string
		block bool // a blank cell before the captions and the rows (the block label's column)
	}{{"captions first", false}, {"a block column first", true}} {
		head := []string{"一级指标", "", "二级指标", "三级指标", "计量单位", "指标性质", "指标值"}
		if tt.block {
			head = append([]string{""}, head...)
		}
		all := [][]string{{"项目名称", "某绿化项目"}, head}
		for _, r := range rows {
			if tt.block {
				r = append([]string{""}, r...)
			}
			all = append(all, r)
		}
		doc := Extract([]layout.Block{tableOf(1, all...)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Level1+"/"+ind.Level2+"/"+ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, want, got, tt.name)
	}
}

// TestUnitOnlyTargetBesideUnitColumn: a target cell holding a unit and no
// number (%) is no target even where a 计量单位 column stands beside it and
// holds a text that is no unit (a row a column off: the name in the unit's
// place); the row is no indicator (issue 21, rows a column off). Before,
// the unit cell was appended to it: 生猪稳定 = %猪肉产量稳定率.
func TestUnitOnlyTargetBesideUnitColumn(t *testing.T) {
	for _, tt := range []struct{ unit, val string }{
		{"猪肉产量稳定率", "%"}, {"稳定", "≥%"}, {"生猪存栏", "万头"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某生猪项目"},
			[]string{"一级指标", "二级指标", "三级指标", "计量单位", "指标值"},
			[]string{"产出指标", "数量指标", "生猪出栏量", "万头", "≥12"},
			[]string{"产出指标", "数量指标", "生猪稳定", tt.unit, tt.val},
			[]string{"效益指标", "社会效益指标", "带动农户数", "户", "≥100"},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"生猪出栏量=≥12万头", "带动农户数=≥100户"}, got, tt.unit)
	}
}

// TestNoTargetLeftOfLevels: a column of numbers under a blank caption
// left of the level columns (a unit's code, 505006, in a wide table's
// first column) is no target, whatever content reads it as; the target
// is found right of the names (issue 21, blank captions). Before, the
// codes were read as every row's target and the targets lost.
func TestNoTargetLeftOfLevels(t *testing.T) {
	for _, code := range []string{"505006", "101003001"} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某补助项目"},
			[]string{"", "一级指标", "二级指标", "三级指标", "", "指标值类型"},
			[]string{code, "产出指标", "数量指标", "补助学生数量", "168", "定量"},
			[]string{code, "", "质量指标", "补助发放率", "90%以上", "定量"},
			[]string{"", "效益指标", "社会效益指标", "残疾学生入学率", "大于90%", "定量"},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"补助学生数量=168", "补助发放率=90%以上", "残疾学生入学率=大于90%"}, got, code)
	}
}

// TestLabelSpanningLevelsAndName: a text export's short row under a
// self-evaluation's grid whose one text spans the level columns and the
// name's (偏差原因分析 | 无, the reasons and measures written under the
// total) is a label of its own, no indicator, in whichever order the
// header puts the levels (issue 21, text exports whose spans are printed
// once). Before, it was an indicator named by the label, its levels the
// label too.
func TestLabelSpanningLevelsAndName(t *testing.T) {
	for _, tt := range []struct {
		name string
		head []string
		l    [3][2]string // each indicator row's level cells, in the header's order
	}{
		{"level 1 first", []string{"一级指标", "二级指标"}, [3][2]string{{"产出指标", "数量指标"}, {"", ""}, {"效益指标", "社会效益指标"}}},
		{"level 2 first", []string{"二级指标", "一级指标"}, [3][2]string{{"数量指标", "产出指标"}, {"数量指标", ""}, {"社会效益指标", "效益指标"}}},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某整体项目"},
			append(tt.head[:2:2], "三级指标", "年初目标值", "实际完成值", "得分"),
			append(tt.l[0][:], "办结信访案件", "168起", "168起", "10"),
			append(tt.l[1][:], "拆除违建", "32座", "32座", "20"),
			append(tt.l[2][:], "改善人居环境", "有效改善", "有效改善", "10"),
			[]string{"总分", "100分"},
			[]string{"偏差原因分析", "无", "", ""},
			[]string{"改进措施及结果应用方案", "无", "", ""},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"办结信访案件=168起", "拆除违建=32座", "改善人居环境=有效改善"}, got, tt.name)
		var unrec []string
		for _, u := range doc.Unrecognized {
			unrec = append(unrec, u.Text)
		}
		assert.Contains(t, unrec, "偏差原因分析", tt.name)
	}
}

// TestLevelLabelsRightOfTarget: a grid whose indicators are named by
// level-2 labels (指标类型 | 指标名称 | 指标值 | 指标描述 over 产出指标 | 数量指标 |
// 375万平方米 | 完成全市…) with the names' and the target's captions blank and
// the target before the names: the blank-captioned column of labels right
// of the target names the indicators, the descriptions keep their caption
// (issue 21, blank captions). Before, the labels were left unread and the
// descriptions named the indicators.
func TestLevelLabelsRightOfTarget(t *testing.T) {
	for _, tt := range []struct {
		name  string
		desc  string // the description's caption
		label string // the last row's label: one longer than the taxonomy's words leaves the column mixed
	}{
		{"labels read as the level 2 by content", "指标描述", "服务对象满意度指标"},
		{"under another description caption", "指标解释", "服务对象满意度指标"},
		{"labels and a longer one", "指标描述", "服务对象或受益者满意度指标"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某养护项目"},
			[]string{"指标类型", "", "", tt.desc},
			[]string{"产出指标", "375万平方米", "数量指标", "完成全市375万平方米的绿地养护"},
			[]string{"", "100%", "质量指标", "达到绿化绿地全覆盖"},
			[]string{"效益指标", "是", "社会效益指标", "满足市民生存环境的需求"},
			[]string{"满意度指标", "≥95%", tt.label, "服务对象满意率应该在95%以上"},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Level1+"/"+ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"产出指标/数量指标=375万平方米", "产出指标/质量指标=100%", "效益指标/社会效益指标=是",
			"满意度指标/" + tt.label + "=≥95%"}, got, tt.name)
	}
}

// TestNoNamesLeftOfLevels: a wide table whose projects stand left of the
// level columns (单位代码 | 单位(专项)名称 | … over 505006 | 学生伙食费) and
// whose names' and target's captions are blank: the projects' column names no indicator
// by content, the names are found right of the levels (issue 21, blank
// captions). Before, the projects named the indicators (州民族特殊教育学校
// one of them) and the names were lost.
func TestNoNamesLeftOfLevels(t *testing.T) {
	for _, project := range []string{"学生伙食费", "伙食补助专项"} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"单位代码", "单位(专项)名称", "资金总额", "实施期绩效目标", "绩效指标"},
			[]string{"", "", "", "", "一级指标", "二级指标", "", "", "指标值内容", "度量单位", "指标值类型"},
			[]string{"505006", "州民族特殊教育学校", "30.00", "", "", "", "", "", "", "", ""},
			[]string{"505006", project, "30.00", "", "成本指标", "经济成本指标", "17元/人.每天", "学生补助标准", "反映学生每天用餐标准", "-", "定量"},
			[]string{"", "", "", "", "满意度指标", "服务对象满意度指标", "95%以上", "学生对学校伙食得满意度", "学生对学校伙食满意程度", "-", "定性"},
			[]string{"", "", "", "", "产出指标", "数量指标", "168", "补助学生数量", "反映补助学生人数", "-", "定量"},
			[]string{"", "", "", "", "", "质量指标", "90%以上", "伙食补助发放率", "实际发放伙食补助金额/应发放伙食补助金额", "-", "定量"},
			[]string{"", "", "", "", "效益指标", "社会效益指标", "大于90%", "残疾学生入学率", "适龄学生入学情况", "-", "定量"},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name)
			}
		}
		assert.Equal(t, []string{"学生补助标准", "学生对学校伙食得满意度", "补助学生数量", "伙食补助发放率", "残疾学生入学率"}, got, project)
	}
}

// TestSpanOverEmptyFirstColumn: a text export's header one cell short
// because a caption spans a column the rows leave empty or print once is
// read by its spans where that reading scores more than a blank caption
// put before the header, and the blank reading stands over nothing: its
// blank over a first column empty in every row as wide as the frame (the
// level-1 labels printed in the short rows only: 半年指标值 over the
// half-year target and an empty column), or its first caption over an
// empty column (一级指标 over the level-2 labels and the empty column
// beside them). Such a reading is taken though it scores no more than 0
// (names of words ending in 性 read as targets; a header already one
// level off its columns). Before, the blank reading put every caption one
// column right: the names read as the level 2, the half-year targets or
// the descriptions as the names. (The rows a cell short under the level-1
// span printed once, 数量指标 | 办公大楼日常维修维护次数 | …, are left unread:
// no reading of them is sure.)
func TestSpanOverEmptyFirstColumn(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]string
		want []string
	}{
		{"the first column empty", [][]string{
			{"一级指标", "二级指标", "三级指标", "半年(程) 指标值", "全年(程) 指标值"},
			{"决策", "项目立项", "立项程序规范性", "规范", "规范"},
			{"", "", "立项依据充分性", "充分", "", "充分"},
			{"", "绩效目标", "绩效指标明确性", "明确", "", "明确"},
			{"", "", "绩效目标合理性", "合理", "", "合理"},
		}, []string{"项目立项/立项程序规范性=规范", "项目立项/立项依据充分性=充分",
			"绩效目标/绩效指标明确性=明确", "绩效目标/绩效目标合理性=合理"}},
		{"the first caption's column empty", [][]string{
			{"一级指标", "二级指标", "绩效标准", "当年预期实现值"},
			{"数量指标", "办公大楼日常维修维护次数", "反映办公大楼全年维修维护情况", "2280次"},
			{"", "大楼安检巡察次数", "反映大楼保卫巡检情况", "200次"},
			{"质量指标", "", "日常维修维护验收合格率", "反映全年维修维护质量情况", ">92%"},
			{"", "", "大型设备更新验收合格率", "反映大型设备更新验收情况", "92%"},
			{"", "", "设备维修维保验收合格率", "反映设备设施维保质量情况", "95%"},
			{"成本指标", "", "成本控制率", "", "不超预算"},
		}, []string{"质量指标/日常维修维护验收合格率=>92%", "质量指标/大型设备更新验收合格率=92%",
			"质量指标/设备维修维保验收合格率=95%", "成本指标/成本控制率=不超预算"}},
	} {
		doc := Extract([]layout.Block{tableOf(1, append([][]string{{"项目名称", "某经费"}}, tc.rows...)...)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tc.name)
		var got []string
		for _, ind := range doc.Projects[0].Indicators {
			got = append(got, ind.Level2+"/"+ind.Name+"="+ind.Value.Raw)
		}
		assert.Equal(t, tc.want, got, tc.name)
	}
}
