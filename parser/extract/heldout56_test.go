package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestAmountLineAboveGrid: a form whose heading writes the amount in a
// line of its own between the title and the table (填报单位(公章):… /
// 金额:100 万元 above a 申报表 with no money row) has that amount as its
// budget — only when the line is a budget label and a number with at most
// a money unit, before the project's first table, and the table reads no
// amount of its own and names no other unit.
func TestAmountLineAboveGrid(t *testing.T) {
	grid := [][]string{
		{"项目名称", "某考核工作经费"},
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "监测点位数", "≥10个"},
	}
	tests := []struct {
		name      string
		lines     []string
		money     [][]string
		wantTotal string
		wantUnit  string
	}{
		{"amount with its unit", []string{"填报单位(公章):某局", "金额:100 万元"}, nil, "100", "万元"},
		{"budget label glued", []string{"预算金额：50万元"}, nil, "50", "万元"},
		{"no unit, thousands", []string{"金额：1,200"}, nil, "1200", "万元"},
		{"in 元", []string{"金额:35000元"}, nil, "35000", "元"},
		{"the table's own amount wins", []string{"金额:100 万元"}, [][]string{{"资金总额", "80"}}, "80", "万元"},
		{"the table's unit differs", []string{"金额:100 万元", "单位：元"}, nil, "<nil>", "元"},
		{"words after the amount", []string{"金额:100万元(含上年结转)"}, nil, "<nil>", ""}, // no amount read: no unit assumed
		{"no number first", []string{"金额:约100万元"}, nil, "<nil>", ""},              // no amount read: no unit assumed
		{"no budget label", []string{"人数:100"}, nil, "<nil>", ""},                 // no amount read: no unit assumed
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []layout.Block{para(1, "预算项目绩效目标申报表")}
			for i, l := range tt.lines {
				blocks = append(blocks, para(2+i, l))
			}
			rows := append(append([][]string{grid[0]}, tt.money...), grid[1:]...)
			blocks = append(blocks, tableOf(10, rows...))
			doc := Extract(blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.wantTotal, deref(p.Budget.Total))
			assert.Equal(t, tt.wantUnit, p.MoneyUnit)
			require.Len(t, p.Indicators, 1)
		})
	}
	// a title and an amount line with no table under them is no project
	doc := Extract([]layout.Block{para(1, "预算项目绩效目标申报表"), para(2, "金额:100 万元")}, layout.DefaultLimits)
	assert.Empty(t, doc.Projects)
}

// TestInitialBudgetAlone: a money header that names the initial budget
// and no other budget (a monitoring table's 年初预算数 | 1-6月执行数 |
// 全年预计执行数, a self-evaluation's 年初预算数 | 全年执行数) reports no
// adjustment: the initial budget is the year's. Where another caption names
// the year's amount or an adjusted budget, that one is the budget; with no
// execution beside the initial budget, or a balance, none is read.
func TestInitialBudgetAlone(t *testing.T) {
	grid := [][]string{
		{"一级指标", "指标名称", "指标值"},
		{"产出指标", "成本", "年度预算220万元"},
	}
	tests := []struct {
		name  string
		money [][]string
		want  string
	}{
		{"monitoring table", [][]string{{"项目资金（万元）", "年初预算数", "1-6月执行数", "全年预计执行数"}, {"年度资金总额:", "220", "87.57", ""}}, "220"},
		{"initial and executed", [][]string{{"项目资金（万元）", "年初预算数", "全年执行数"}, {"年度资金总额", "150", "148"}}, "150"},
		{"the year's budget named", [][]string{{"项目资金（万元）", "年初预算数", "全年预算数", "全年执行数"}, {"年度资金总额", "5.28", "1.96", "1.90"}}, "1.96"},
		{"no execution beside it", [][]string{{"项目资金（万元）", "年初预算数", "分值"}, {"年度资金总额", "150", "10"}}, "<nil>"},
		{"a balance beside it", [][]string{{"项目资金（万元）", "年初预算数", "全年执行数", "本年度结余资金"}, {"年度资金总额", "150", "148", "2"}}, "<nil>"},
		{"an adjusted budget", [][]string{{"项目资金（万元）", "年初预算数", "调整后预算", "全年执行数"}, {"年度资金总额", "100", "120", "118"}}, "120"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某经费"}}, tt.money...)
			doc := Extract([]layout.Block{para(1, "某项目支出绩效监控表"), tableOf(2, append(rows, grid...)...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, deref(p.Budget.Total))
			require.Len(t, p.Indicators, 1)
		})
	}
}

// TestExecutionCaptionIsActual: a monitoring table's column of what was
// done to date beside the annual target (半年度指标执行情况, 1-6月指标执行情况,
// 指标执行情况) holds the results: the indicator's actual cell, as 实际完成值
// does in a self-evaluation; last year's (上年执行情况) is last year's.
func TestExecutionCaptionIsActual(t *testing.T) {
	for _, tt := range []struct {
		caption string
		want    gridColumn
	}{
		{"半年度指标执行情况", cActual}, {"1-6月指标执行情况", cActual}, {"指标执行情况", cActual}, {"上年执行情况", cLastYear},
	} {
		assert.Equal(t, tt.want, defaultLexicon().gridLabel(labelKey(tt.caption)), tt.caption)
	}
	rows := [][]string{
		{"项目名称", "某经费"},
		{"一级指标", "指标名称", "指标值", "半年度 指标执行情况", "完成目标可能性", "备注"},
		{"产出指标", "成本", "年度预算220万元", "按进度执行,已使用约40%", "确定能", ""},
	}
	doc := Extract([]layout.Block{para(1, "某项目支出绩效监控表"), tableOf(2, rows...)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	require.Len(t, doc.Projects[0].Indicators, 1)
	ind := doc.Projects[0].Indicators[0]
	assert.Equal(t, "年度预算220万元", ind.Value.Raw)
	require.NotNil(t, ind.Actual)
	assert.Equal(t, "按进度执行,已使用约40%", ind.Actual.Raw)
}

// TestSentenceResultsFitTheirCaption: a results caption (半年度指标执行情况)
// over results written as sentences neither fits nor contradicts its
// column when the captions are weighed against the rows: a header whose
// level-1 caption stands over a blank column beside it (the level cells
// spanning both) is still a header, as it was while the results caption
// was unknown.
func TestSentenceResultsFitTheirCaption(t *testing.T) {
	page := `<p>某项目支出绩效监控表</p><table border="1">` +
		`<tr><td>项目名称</td><td colspan="7">某经费</td></tr>` +
		`<tr><td rowspan="5">绩效指标</td><td>一级 指标</td><td></td><td>指标名称</td><td>指标值</td><td>半年度 指标执行情况</td><td>完成目标可能性</td><td>备注</td></tr>` +
		`<tr><td rowspan="3" colspan="2">产 出 指 标</td><td>质量</td><td></td><td></td><td></td><td></td></tr>` +
		`<tr><td>时效</td><td></td><td></td><td></td><td></td></tr>` +
		`<tr><td>成本</td><td>年度预算220万元</td><td>按进度执行,已使用约40%</td><td>确定能</td><td></td></tr>` +
		`<tr><td>效 益 指 标</td><td></td><td>社会效益</td><td></td><td>开展研究、学术交流、对外宣传等工作,先后举办活动5场,推动申遗工作。</td><td>确定能</td><td></td></tr>` +
		`</table>`
	blocks, err := html.Read([]byte(page), layout.DefaultLimits)
	require.NoError(t, err)
	doc := Extract(blocks, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	require.Len(t, doc.Projects[0].Indicators, 1)
	ind := doc.Projects[0].Indicators[0]
	assert.Equal(t, "成本=年度预算220万元", ind.Name+"="+ind.Value.Raw)
	require.NotNil(t, ind.Actual)
	assert.Equal(t, "按进度执行,已使用约40%", ind.Actual.Raw)
}

// TestAmountWithLostCharacter: a capture that lost a character after each
// number cell (3,724,055.00? where the page had a glyph the copy could not
// keep) still reads an amount written to the fen, with a warning; a number
// without two decimals (100?, where the lost character may have been its
// scale, 万) stays blank, as does one with words after it.
func TestAmountWithLostCharacter(t *testing.T) {
	tests := []struct {
		cell, want, warn string
	}{
		{"4,764,453.11?", "4764453.11", "AMOUNT-CHARACTER-LOST"},
		{"220.00？", "220.00", "AMOUNT-CHARACTER-LOST"},
		{"37.50\uFFFD", "37.50", "AMOUNT-CHARACTER-LOST"},
		{"100?", "<nil>", "AMOUNT-NOT-NUMBER"},
		{"3.5?", "<nil>", "AMOUNT-NOT-NUMBER"},
		{"220.00?万元", "<nil>", "AMOUNT-NOT-NUMBER"},
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"项目名称", "某经费"},
				[]string{"资金总额", tt.cell},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "监测点位数", "≥10个"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
			var codes []string
			for _, w := range doc.Warnings {
				codes = append(codes, w.Code)
			}
			assert.Contains(t, codes, tt.warn)
		})
	}
}

// TestAdjustedBudgetCaption: the Chongqing self-evaluation's money block
// (资金情况 over 年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 |
// 执行率得分, its label in the row above) names the year's amount by
// 全年(调整)预算数 and keeps the rate's weight and score beside it: the
// budget is the adjusted one, not the initial.
func TestAdjustedBudgetCaption(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称:", "某协会整体监控"},
		[]string{"资金情况", "", "", "", "", "", ""},
		[]string{"", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率", "执行率权重", "执行率得分"},
		[]string{"年度总金额", "372.00", "476.45", "461.45", "", "", ""},
		[]string{"其中:财政拨款", "372.00", "476.45", "461.45", "96.85", "10.00", "9.68"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "科普活动次数", "≥10次"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	b := doc.Projects[0].Budget
	assert.Equal(t, "476.45", deref(b.Total))
	assert.Equal(t, "372.00", deref(b.Initial))
}

// TestUnitLineWithSealMark: a unit line whose label carries the form's
// seal mark (填报单位(公章):, 编制单位（盖章）：) names the unit after the
// colon, as the label without the mark does; another parenthesized word,
// or another label after the colon (a blank unit, then 单位负责人:), keeps
// the line unread as a unit.
func TestUnitLineWithSealMark(t *testing.T) {
	tests := []struct{ line, want string }{
		{"填报单位(公章):某市生态环境局某县分局", "某市生态环境局某县分局"},
		{"编制单位（盖章）：某县财政局", "某县财政局"},
		{"填报单位：某县教育局", "某县教育局"},
		{"填报单位(签字):某人", ""},
		{"填报单位(盖章):      单位负责人:某人", ""},
		{"填报单位(盖章):      单位负责人:", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			doc := Extract([]layout.Block{para(1, "预算项目绩效目标申报表"), para(2, tt.line), tableOf(3,
				[]string{"项目名称", "某经费"},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "监测点位数", "≥10个"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			if tt.want == "" {
				assert.NotContains(t, doc.Projects[0].Department.Name, "某人")
				assert.NotContains(t, doc.Projects[0].Department.Name, "单位负责人")
				return
			}
			assert.Equal(t, tt.want, doc.Projects[0].Department.Name)
		})
	}
}
