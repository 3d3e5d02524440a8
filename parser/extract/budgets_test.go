package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestYearAmountBesideMultiYearTotal: a multi-year project states its
// whole total and the year's amount; the year's amount is the budget, in
// either order, in one row or two, the total kept as an item.
func TestYearAmountBesideMultiYearTotal(t *testing.T) {
	grid := [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "筛查人数", "≥1000人"},
	}
	tests := []struct {
		name  string
		money [][]string
		want  string
	}{
		{"total then year, one row", [][]string{{"项目总预算(万元)", "75.00", "项目当年预算(万元)", "25.00"}}, "25.00"},
		{"year then total, one row", [][]string{{"项目当年预算(万元)", "25.00", "项目总预算(万元)", "75.00"}}, "25.00"},
		{"two rows", [][]string{{"项目资金总额(万元)", "300"}, {"项目本年度预算(万元)", "120"}}, "120"},
		{"this year's funds", [][]string{{"项目总投资(万元)", "900"}, {"当年安排资金(万元)", "200"}}, "200"},
		{"multi-year total alone", [][]string{{"项目总预算(万元)", "75.00"}}, "75.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := [][]string{{"某项目支出绩效目标申报表"}, {"项目名称", "某筛查经费"}}
			rows = append(append(rows, tt.money...), grid...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, deref(p.Budget.Total))
			assert.Equal(t, "万元", p.MoneyUnit)
			require.Len(t, p.Indicators, 1)
		})
	}
}

// TestYearLabelShapes: labels opening with the year's words, after the
// project's own, name the year's budget; last year's do not.
func TestYearLabelShapes(t *testing.T) {
	tests := []struct {
		label string
		want  field
	}{
		{"项目当年预算", fTotal}, {"项目本年度预算资金", fTotal}, {"当年安排资金", fTotal},
		{"项目总预算", fProjectTotal}, {"同名项目上年预算额", fNone}, {"项目上年预算", fNone},
	}
	for _, tt := range tests {
		f, _, _ := defaultLexicon().lookupLabel(labelKey(tt.label))
		assert.Equal(t, tt.want, f, tt.label)
	}
}

// TestYearCaptionIsNoUnit: a year written with a space before 年 (a
// column caption "2021 年" beside 单位:万元) is a date, no unit code and
// name, however the year is spaced; a unit's code before its name is one.
func TestYearCaptionIsNoUnit(t *testing.T) {
	tests := []struct {
		text string
		ok   bool
	}{
		{"2021 年", false}, {"2022\u3000年", false}, {"2019  年度", false}, {"2020 月", false},
		{"203001某部门", true}, {"203001 某部门", true},
	}
	for _, tt := range tests {
		_, ok := splitCodeName(tt.text)
		assert.Equal(t, tt.ok, ok, tt.text)
	}
	// the department-wide table's unit keeps its name past the caption row
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"部门(单位)名称", "某市教育局", "填报人", "某人"},
		[]string{"部门总体资金情况", "总体资金情况", "当年金额", "占比", "近两年收支金额"},
		[]string{"^", "单位:万元", "", "", "2021 年", "2022 年"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	assert.Equal(t, "某市教育局", doc.Projects[0].Name)
	assert.Equal(t, "某市教育局", doc.Projects[0].Department.Name)
	assert.Equal(t, "", doc.Projects[0].Department.Code)
}

// TestTotalAndPartsInOneCell: a label announcing a total and its parts
// (资金总额及构成) beside one cell that writes the total glued to its label
// and the parts one a line; a cell whose lines are not all amounts with
// their labels gives no total.
func TestTotalAndPartsInOneCell(t *testing.T) {
	tests := []struct {
		name, label, cell string
		total, fiscal     string
	}{
		{"glued total, parts", "资金总额及构成", "总额10606.7522万元\n财政拨款:6923.3552万元(其中:上级财政资金:6923.3552万元)\n二、自有资金:0万元\n三、其他:3683.3970万元", "10606.7522", "6923.3552"},
		{"its own parts, unit in the label", "预算总额及其构成(万元)", "合计120\n财政拨款:100\n其他资金:20", "120", "100"},
		{"total alone", "资金总额及来源", "总额50万元", "50", "<nil>"},
		{"a sentence is no amount", "资金总额及构成", "总额较上年增加，用于道路维修", "<nil>", "<nil>"},
		{"a line that is no amount", "资金总额及构成", "总额100万元\n主要用于道路维修和绿化", "<nil>", "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"项目绩效目标表"},
				[]string{"项目名称", "某镇基础设施建设"},
				[]string{tt.label, tt.cell},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "改造道路", "≥3公里"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.total, deref(p.Budget.Total))
			assert.Equal(t, tt.fiscal, deref(p.Budget.Fiscal))
			require.Len(t, p.Indicators, 1)
		})
	}
}

// TestCostBreakdownTotal: a cost breakdown under the budget (成本构成 |
// 金额 | 测算依据 | earlier years' actuals, one row an expense, a 合计 row)
// gives the budget from its 合计 under the amount column, whatever columns
// stand beside it; the expenses are kept as items, amounts with thousands
// separators (1,290.5 or 1，290.5) alike. A budget read before it
// stands, and a header naming no amount column (a year's 预算数 unknown)
// reads no total.
func TestCostBreakdownTotal(t *testing.T) {
	tests := []struct {
		name   string
		before [][]string
		header []string
		rows   [][]string
		want   string
	}{
		{"amount, basis, two years' actuals", nil,
			[]string{"成本构成", "金额", "测算(公式)依据", "2020年实际执行数", "2021年实际执行数"},
			[][]string{{"保安服务费", "191", "依据招标文件", "191", "191"}, {"保洁服务费", "99", "依据招标文件", "99", "99"}, {"合计", "290", "", "290", "290"}},
			"290"},
		{"last year's actual before the amount", nil,
			[]string{"成本构成", "上年执行数", "金额", "测算依据"},
			[][]string{{"印刷费", "10", "12", "按上年"}, {"会议费", "5", "8", "按标准"}, {"合 计", "15", "20", ""}},
			"20"},
		{"a budget read before stands", [][]string{{"年度资金总额", "300"}},
			[]string{"成本构成", "金额", "测算依据"},
			[][]string{{"印刷费", "12", "按上年"}, {"合计", "12", ""}},
			"300"},
		{"thousands separated, ASCII", nil,
			[]string{"成本构成", "金额", "测算依据"},
			[][]string{{"保安服务费", "1,191.5", "依据招标文件"}, {"保洁服务费", "99", "依据招标文件"}, {"合计", "1,290.5", ""}},
			"1290.5"},
		{"thousands separated, full-width", nil,
			[]string{"成本构成", "金额", "测算依据"},
			[][]string{{"保安服务费", "1，191.5", "依据招标文件"}, {"保洁服务费", "99", "依据招标文件"}, {"合计", "1，290.5", ""}},
			"1290.5"},
		{"no amount column", nil,
			[]string{"成本构成", "2022年预算数", "测算依据"},
			[][]string{{"印刷费", "12", "按上年"}, {"合计", "12", ""}},
			"<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := [][]string{{"某市市直部门预算项目支出绩效目标表"}, {"项目名称", "某大楼运行保障"}}
			rows = append(rows, tt.before...)
			rows = append(rows, []string{"项目预算"}, tt.header)
			rows = append(rows, tt.rows...)
			rows = append(rows, []string{"绩效目标", "保障大楼运行"},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "维修次数", "≥20次"})
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, deref(p.Budget.Total))
			assert.Equal(t, []string{"保障大楼运行"}, p.Goals)
			require.Len(t, p.Indicators, 1)
		})
	}
}

// TestAmountsLabelUnitOverUnitLine: the money unit the amounts' own label
// names (资金情况（万元）) is read over a unit line above the table (单位：元),
// with a warning; two labels that disagree keep the first, as before.
func TestAmountsLabelUnitOverUnitLine(t *testing.T) {
	tests := []struct {
		name               string
		line               string
		money              [][]string
		want, total, warns string
	}{
		{"label over line", "单位:元", [][]string{{"资金情况(万元)", "年度金额", "112"}, {"^", "其中:中央补助", "40"}}, "万元", "112", "the amounts' label names 万元"},
		{"line and label agree", "单位:万元", [][]string{{"资金情况(万元)", "年度金额", "112"}}, "万元", "112", ""},
		{"line alone", "金额单位:元", [][]string{{"年度金额", "1120000"}}, "元", "1120000", ""},
		{"two labels: the first kept", "", [][]string{{"资金情况(元)", "年度金额", "112"}, {"其他资金(万元)", "3"}}, "元", "112", "money unit 万元 here, 元 before"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []layout.Block{para(1, "某专项资金绩效目标表")}
			if tt.line != "" {
				blocks = append(blocks, para(2, tt.line))
			}
			rows := [][]string{{"专项名称", "某专项资金"}}
			rows = append(rows, tt.money...)
			rows = append(rows, []string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "贴息贷款", "≥4000万元"})
			doc := Extract(append(blocks, tableOf(3, rows...)), layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, p.MoneyUnit)
			assert.Equal(t, tt.total, deref(p.Budget.Total))
			if tt.warns != "" {
				assert.Contains(t, warnings(doc), tt.warns)
			} else {
				assert.NotContains(t, warnings(doc), "money unit")
			}
		})
	}
}

// TestAmountsRowUnderMoneyHeader: a funds block whose captions stand over a
// row of bare amounts (专项资金情况 | 本年度预计投入(万元) | 财政资金(万元) |
// 其他, perhaps a row of sub-captions 中央 | 省级 between): the amount under
// the year's caption is the budget. A row of another width without
// positions gives only its first amount, and only when the year's caption
// comes first; parts' captions without the year's give no header.
func TestAmountsRowUnderMoneyHeader(t *testing.T) {
	tests := []struct {
		name  string
		rows  [][]string
		total string
		items int
	}{
		{"one row of amounts",
			[][]string{{"专项资金情况", "本年度预计投入(万元)", "财政资金(万元)", "其他"}, {"", "7", "7", "0"}},
			"7", 2},
		{"sub-captions, a wider row",
			[][]string{{"专项资金情况", "本年度预计投入(万元)", "财政资金(万元)", "其他"}, {"", "", "中央", "省级", "市级资金", "本级", ""}, {"", "7", "0", "7", "0", "0", "0"}},
			"7", 0},
		{"the year's amount not first, a wider row",
			[][]string{{"专项资金情况", "财政资金(万元)", "本年度预计投入(万元)", "其他"}, {"", "", "中央", "省级", "本级", ""}, {"", "0", "7", "0", "7", "0"}},
			"<nil>", 0},
		{"parts alone",
			[][]string{{"专项资金情况", "财政资金(万元)", "其他"}, {"", "7", "0"}},
			"<nil>", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := [][]string{{"某专项绩效目标申报表"}, {"专项名称", "某补助"}}
			rows = append(rows, tt.rows...)
			rows = append(rows, []string{"专项负责人", "某人"},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "补助人数", "≥100人"})
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.total, deref(p.Budget.Total))
			assert.Len(t, p.Budget.Items, tt.items)
			assert.Equal(t, "某补助", p.Name)
			require.Len(t, p.Indicators, 1)
		})
	}
}

// TestAmountDecimalsCutBySpace: a PDF's text layer cuts an amount's
// decimals with a space ("968.191 8"); the digits are joined, with a
// warning. A space in the whole part, or words after the digits, leave the
// cell no amount.
func TestAmountDecimalsCutBySpace(t *testing.T) {
	tests := []struct {
		cell, want string
	}{
		{"968.191 8", "968.1918"},
		{"968.191 8万元", "968.1918"},
		{"12.5 0 万元", "12.50"},
		{"968.1918", "968.1918"},
		{"100 200", "<nil>"},
		{"968.19 8人", "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"项目名称", "某经费"},
				[]string{"资金总额(万元)", tt.cell},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "人数", "≥10人"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
			if tt.want != "<nil>" && tt.want != tt.cell {
				assert.Contains(t, warnings(doc), "read joined as "+tt.want)
			}
		})
	}
}

// TestAmountStatedInWords: a money cell that states its one amount in a
// phrase (一般公共预算安排77300万元) gives the amount, under a funds label
// of the fund's needs (资金需求（万元）) and a label naming the year's
// amount by its number (2021年金额); a phrase with another number or a
// change's words (较上年增加) gives none.
func TestAmountStatedInWords(t *testing.T) {
	tests := []struct {
		name  string
		money []string
		want  string
	}{
		{"year's amount under the fund's needs", []string{"资金需求(万元)", "2021年金额", "一般公共预算安排77300万元"}, "77300"},
		{"a phrase beside the budget", []string{"预算数", "省级财政安排500万元。"}, "500"},
		{"a change, no amount", []string{"预算数", "较上年增加20万元"}, "<nil>"},
		{"another number", []string{"预算数", "安排2个项目500万元"}, "<nil>"},
		{"no money unit", []string{"预算数", "安排500人"}, "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"资金名称", "某专项资金"},
				tt.money,
				[]string{"三级指标", "年度目标值", "实施周期目标值"},
				[]string{"开工率(%)", "100%", "100%"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
			unit := "万元"
			if tt.want == "<nil>" {
				unit = "" // no amount read: no unit assumed
			}
			assert.Equal(t, unit, doc.Projects[0].MoneyUnit)
		})
	}
	labels := []struct {
		label string
		want  field
	}{
		{"2021年金额", fTotal}, {"2022年预算数", fTotal}, {"2021年预算执行数", fNone}, {"2021年绩效目标", fGoals},
	}
	for _, tt := range labels {
		f, _, _ := defaultLexicon().lookupLabel(labelKey(tt.label))
		assert.Equal(t, tt.want, f, tt.label)
	}
}

// TestFundsLabelOverCaptionRows: a department's funds block whose label
// (总体资金情况（万元）) stands left of a caption row (预算支出) and is merged
// down (or blank, in a text export) beside the rows of captions under it
// (总额 | 基本支出 | 项目支出, then 合计 | 财政拨款 | … of each part) and
// the row of amounts: the amount under 总额 is the budget. Without the
// year's caption (the parts alone) no amount is the budget.
func TestFundsLabelOverCaptionRows(t *testing.T) {
	page := func(total string) string {
		return `<p>2024年县级部门整体支出绩效目标申报表</p><table>
<tr><td rowspan="4">总体资金情况(万元)</td><td colspan="9">预算支出</td></tr>
<tr>` + total + `<td colspan="4">基本支出</td><td colspan="4">项目支出</td></tr>
<tr><td>合计</td><td>财政拨款</td><td>专户资金</td><td>单位资金</td><td>合计</td><td>财政拨款</td><td>专户资金</td><td>单位资金</td></tr>
<tr><td>1695.55</td><td>1478.75</td><td>1478.75</td><td></td><td></td><td>216.80</td><td>216.80</td><td></td><td></td></tr>
</table>`
	}
	read := func(s string) []layout.Block {
		b, err := html.Read([]byte(s), layout.DefaultLimits)
		require.NoError(t, err)
		return b
	}
	text := []layout.Block{para(1, "2024年县级部门整体支出绩效目标申报表"), tableOf(2,
		[]string{"总体资金情况(万元)", "预算支出"},
		[]string{"", "总额", "基本支出", "项目支出"},
		[]string{"", "", "合计", "财政拨款", "专户资金", "单位资金", "合计", "财政拨款", "专户资金", "单位资金"},
		[]string{"", "1695.55", "1478.75", "1478.75", "", "", "216.80", "216.80", "", ""},
	)}
	tests := []struct {
		name   string
		blocks []layout.Block
		want   string
	}{
		{"positioned", read(page(`<td rowspan="2">总额</td>`)), "1695.55"},
		{"text export", text, "1695.55"},
		{"parts alone", read(page(`<td rowspan="2"></td>`)), "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.blocks, layout.DefaultLimits)
			total := "<nil>"
			for _, p := range doc.Projects {
				total = deref(p.Budget.Total)
				assert.Equal(t, "万元", p.MoneyUnit)
			}
			assert.Equal(t, tt.want, total)
		})
	}
}

// TestMoneyRowLabelWithAmount: a self-evaluation's money row whose label
// cell holds its amount (年度资金总额:38.75万元) under the columns 年初预算数 |
// 全年执行数, the cells beside it sentences: the label's amount is the
// row's. A label alone keeps the amount under its column.
func TestMoneyRowLabelWithAmount(t *testing.T) {
	grid := [][]string{
		{"一级指标", "二级指标", "三级指标", "分值", "指标值(A)", "全年实际值(B)", "得分"},
		{"产出指标", "数量指标", "发放人数", "20", "100", "100", "20"},
	}
	tests := []struct {
		name  string
		money [][]string
		want  string
	}{
		{"amount in the label's cell", [][]string{
			{"项目资金(万元)", "", "年初预算数", "全年执行数", ""},
			{"", "年度资金总额:38.75万元", "某推广项目38.75万元(甲资金37万元,乙资金1.75万元)", "某推广项目38.75万元(甲资金37万元,乙资金1.75万元)", ""},
			{"", "其中:财政拨款", "甲资金37万元", "", ""},
		}, "38.75"},
		{"label alone", [][]string{
			{"项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数"},
			{"", "年度资金总额", "40", "38.75", "36.2"},
		}, "38.75"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append(append([][]string{{"项目名称", "某推广项目"}}, tt.money...), grid...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
		})
	}
}

// TestBudgetLabelWords: labels of the year's amount as other forms write
// them (申请金额, 本年申请金额, 项目申报金额, 年度预算额, 当年金额) name the budget,
// 投资总额 the multi-year total, 资金规模（万元） a funds label; an earlier
// year's (上年预算额, 2020年申请金额) names none.
func TestBudgetLabelWords(t *testing.T) {
	tests := []struct {
		label string
		want  field
	}{
		{"申请金额", fTotal}, {"本年申请金额", fTotal}, {"项目申报金额", fTotal}, {"年度预算额", fTotal}, {"当年金额", fTotal},
		{"投资总额", fProjectTotal}, {"资金规模（万元）", fBudgetGroup},
		{"上年预算额", fNone}, {"去年申请金额", fNone}, {"2020年申请金额", fNone},
	}
	for _, tt := range tests {
		f, _, _ := defaultLexicon().lookupLabel(labelKey(tt.label))
		assert.Equal(t, tt.want, f, tt.label)
	}
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某项目", "申请金额(万元)", "50"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "人数", "≥10人"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	assert.Equal(t, "50", deref(doc.Projects[0].Budget.Total))
}

// TestHeaderLabelShapes: header labels as other forms write them: the
// name of a transfer (转移支付名称), the year's overall goal (年度总目标, not
// the long-term goal 项目总目标).
func TestHeaderLabelShapes(t *testing.T) {
	tests := []struct {
		label string
		want  field
	}{
		{"转移支付名称", fName}, {"年度总目标", fGoals}, {"项目总目标", fLongGoals}, {"中期目标", fLongGoals},
	}
	for _, tt := range tests {
		f, _, _ := defaultLexicon().lookupLabel(labelKey(tt.label))
		assert.Equal(t, tt.want, f, tt.label)
	}
}

// TestYearAmountOfAnotherYear: a label naming one year's amount by its
// number is the budget in a filing of that year, or of no known year; in a
// filing of another year it is kept beside as an item.
func TestYearAmountOfAnotherYear(t *testing.T) {
	tests := []struct {
		title, want string
	}{
		{"某专项资金绩效目标表(2021年度)", "77300"},
		{"某专项资金绩效目标表", "77300"},
		{"某专项资金绩效目标表(2020年度)", "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			doc := Extract([]layout.Block{para(1, tt.title), tableOf(2,
				[]string{"资金名称", "某专项资金"},
				[]string{"资金需求(万元)", "2021年金额", "77300"},
				[]string{"三级指标", "年度目标值"},
				[]string{"开工率(%)", "100%"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
		})
	}
}

// TestShareColumnIsNoAmount: 占比 (the share of the total) is a money
// table's caption: after 当年金额 it is no amount of that label.
func TestShareColumnIsNoAmount(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"部门(单位)名称", "某办公室"},
		[]string{"部门总体资金情况", "总体资金情况(单位:万元)", "当年金额", "占比"},
		[]string{"收入构成", "财政拨款", "900", "93%"},
		[]string{"", "其他资金", "68.19", "7%"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	assert.NotContains(t, warnings(doc), "占比")
	assert.Equal(t, "968.19", deref(doc.Projects[0].Budget.Total))
}

// TestAmountUnitInParensOrCurrencySign: an amount with its money unit in
// parentheses after it (30.00（万元）) or a currency sign before it
// (¥30,000.00: 元) is read, its unit noted; words in the parentheses leave
// the cell no amount.
func TestAmountUnitInParensOrCurrencySign(t *testing.T) {
	tests := []struct {
		cell, want, unit string
	}{
		{"30.00（万元）", "30.00", "万元"},
		{"30.00(元)", "30.00", "元"},
		{"¥30,000.00", "30000.00", "元"},
		{"￥ 30000", "30000", "元"},
		{"30.00(其中中央20)", "<nil>", ""}, // no amount read: no unit assumed
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"项目名称", "某经费"},
				[]string{"预算数", tt.cell},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "人数", "≥10人"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
			assert.Equal(t, tt.unit, doc.Projects[0].MoneyUnit)
		})
	}
}

// TestFundsLabelBesideAPhrase: a funds label whose only cell beside it
// states one amount in a phrase (资金情况（万元） | 一般公共预算安排50万元) gives
// the budget; a phrase with two amounts gives none.
func TestFundsLabelBesideAPhrase(t *testing.T) {
	for _, tt := range []struct{ cell, want string }{
		{"一般公共预算安排50万元", "50"},
		{"中央安排30万元,省级安排20万元", "<nil>"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某经费"},
			[]string{"资金情况(万元)", tt.cell},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "人数", "≥10人"},
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total), tt.cell)
	}
}

// A department-wide self-evaluation's money table writes the year's total
// in a row 部门整体支出总额 under 预算数(A) | 执行数(B) | 执行率 | 得分: its
// 预算数 is the budget (before: kept as an item, no total); the parts
// above it (基本支出总额, 项目支出总额) are none.
func TestDepartmentSpendingTotalRow(t *testing.T) {
	for _, tt := range []struct{ label, want string }{
		{"部门整体支出总额", "864.2"},
		{"基本支出总额", "<nil>"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"单位名称", "某镇人民政府"},
			[]string{"预算执行情况(万元)(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"},
			[]string{tt.label, "864.2", "", "100%", "20"},
			[]string{"一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"},
			[]string{"产出指标", "数量指标", "办结信访案件", "168起", "168起", "10"},
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total), tt.label)
	}
}

// A department-wide self-evaluation's money header ends with the score
// column 自评得分 (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 自评得分):
// the header stands and 全年预算数 is the budget (before: no money header,
// 年初预算数 read as the budget). The split rows under it, each cell a
// label with its amount (按收入性质分:2030.12 | 按支出性质分:1925.67), stand
// under none of its columns: no item takes a column's caption.
func TestSelfEvalMoneyHeaderWithScore(t *testing.T) {
	for _, tt := range []struct{ score, want string }{
		{"自评得分", "2030.12"},
		{"得分", "2030.12"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"预算部门、单位名称", "某乡人民政府"},
			[]string{"年度预算申请(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", tt.score},
			[]string{"", "年度资金总额", "861.10", "2030.12", "2030.12", "10", "100%", "10"},
			[]string{"", "按收入性质分:2030.12", "按支出性质分:1925.67"},
			[]string{"", "政府性基金拨款:118.82", "项目支出:1025.20"},
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		p := doc.Projects[0]
		assert.Equal(t, tt.want, deref(p.Budget.Total), tt.score)
		for _, it := range p.Budget.Items {
			assert.NotContains(t, it.Label, "按收入性质分", tt.score)
		}
	}
}

// A label that writes two names with their shared suffix once (预算部门、
// 单位名称) names the unit, as 单位名称 does: a department-wide
// self-evaluation is named after it (before: no name). A list whose last
// name is no unit's label (绩效目标、指标名称) stays no label of the unit.
func TestLabelOfTwoNamesSharingASuffix(t *testing.T) {
	for _, tt := range []struct{ label, want string }{
		{"预算部门、单位名称", "某乡人民政府"},
		{"单位名称", "某乡人民政府"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{tt.label, "某乡人民政府"},
			[]string{"年度预算申请(万元)", "年初预算数", "全年预算数", "全年执行数"},
			[]string{"年度资金总额", "861.10", "2030.12", "2030.12"},
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tt.label)
		assert.Equal(t, tt.want, doc.Projects[0].Name, tt.label)
	}
	lx := defaultLexicon()
	f, _, _ := lx.lookupLabel(labelKey("绩效目标、指标名称"))
	assert.NotEqual(t, fUnitName, f)
	assert.NotEqual(t, fDepartment, f)
}

// TestSubtotalWordAsTotal: a subtotal word (合计, 合 计, 总计) labels the
// budget's total in a money block, after its group label (资金情况（万元） |
// 合 计 | 35) or a caption of money words with their unit (预算执行情况
// （万元） | 合计 | 5.8万), or before the parts it sums (合计 | 164 |
// 其中：财政拨款 | 132); alone, or before no money label, it names no budget.
func TestSubtotalWordAsTotal(t *testing.T) {
	grid := [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "筛查人数", "≥1000人"},
	}
	tests := []struct {
		name  string
		money []string
		want  string
	}{
		{"after a group label", []string{"资金情况（万元）", "合 计", "35"}, "35"},
		{"after a group label, colon", []string{"年度预算安排(万元)", "合计：", "171.41"}, "171.41"},
		{"总计 after a group label", []string{"资金情况（万元）", "总计", "35"}, "35"},
		{"before its parts", []string{"合计", "164", "其中：财政拨款", "132"}, "164"},
		{"before the other funds", []string{"合 计", "40", "其他资金", "5"}, "40"},
		{"after a money caption with its unit", []string{"预算执行情况（万元）", "合计", "5.8万", "预算执行率(B/A)", "100%"}, "5.8"},
		{"after a caption with no unit", []string{"预算执行情况", "合计", "5.8", "预算执行率(B/A)", "100%"}, "<nil>"},
		{"alone", []string{"合计", "35"}, "<nil>"},
		{"before no money label", []string{"合计", "35", "联系电话", "5551234"}, "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := [][]string{{"某项目支出绩效目标申报表"}, {"项目名称", "某筛查经费"}, tt.money}
			doc := Extract([]layout.Block{tableOf(1, append(rows, grid...)...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, deref(p.Budget.Total))
			require.Len(t, p.Indicators, 1)
		})
	}
}

// TestUnitLineBeforeTitledTable: a money-unit line above a table whose
// first row is its title (单位：元, then 2022年度项目支出绩效自评表 in the
// table) is the unit of the project that table opens; a label's unit
// beside the amounts still says more.
func TestUnitLineBeforeTitledTable(t *testing.T) {
	tests := []struct {
		name, line string
		money      []string
		want       string
	}{
		{"单位", "单位：元", []string{"年度资金总额", "387664.62"}, "元"},
		{"金额单位", "金额单位:元", []string{"年度资金总额", "387664.62"}, "元"},
		{"万元", "单位：万元", []string{"年度资金总额", "38.77"}, "万元"},
		{"a label's unit", "单位：元", []string{"年度资金总额（万元）", "38.77"}, "万元"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{para(1, tt.line), tableOf(2,
				[]string{"2022年度项目支出绩效自评表"},
				[]string{"项目名称", "某补助资金"},
				tt.money,
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "受助人数", "≥735人次"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, p.MoneyUnit)
			assert.Equal(t, tt.money[1], deref(p.Budget.Total))
		})
	}
}

// TestCaptionUnitWithUnitLabel: a money group's caption may name its unit
// with the word 单位 inside the parentheses (资金情况（单位：元）, the
// caption broken over two lines): the amounts are in that unit, not the
// assumed 万元.
func TestCaptionUnitWithUnitLabel(t *testing.T) {
	tests := []struct {
		caption, want string
	}{
		{"资金情况（单位：元）", "元"},
		{"资金情况\n(单位:元)", "元"},
		{"资金情况（金额单位：元）", "元"},
		{"资金情况（单位：万元）", "万元"},
		{"资金情况（元）", "元"},
	}
	for _, tt := range tests {
		t.Run(tt.caption, func(t *testing.T) {
			rows := [][]string{{"某项目支出绩效目标申报表"}, {"项目名称", "某补助资金"},
				{tt.caption, "年度资金总额：", "200,000.00"},
				{"一级指标", "二级指标", "三级指标", "指标值"},
				{"产出指标", "数量指标", "受助人数", "≥735人次"}}
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, p.MoneyUnit)
			assert.Equal(t, "200000.00", deref(p.Budget.Total))
		})
	}
}

// TestAmountUnitOverUnitLine: an amount written with its unit (112万元)
// says more of the money block than a unit line over the whole table
// (单位：元), as a label's unit does; without a unit line it names the unit,
// and an amount without one leaves the line's.
func TestAmountUnitOverUnitLine(t *testing.T) {
	tests := []struct {
		name, line, amount, want string
	}{
		{"万元 under 单位：元", "单位：元", "112万元", "万元"},
		{"万 under 单位：元", "单位：元", "112万", "万元"},
		{"no unit line", "", "112万元", "万元"},
		{"bare amount", "单位：元", "112", "元"},
		{"same unit", "单位：万元", "112万元", "万元"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []layout.Block{para(1, "某项目支出绩效目标表")}
			if tt.line != "" {
				blocks = append(blocks, para(2, tt.line))
			}
			blocks = append(blocks, tableOf(3,
				[]string{"项目名称", "某补助资金"},
				[]string{"资金情况", "年度金额", tt.amount},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "受助人数", "≥735人次"}))
			doc := Extract(blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, p.MoneyUnit)
			assert.Equal(t, "112", deref(p.Budget.Total))
		})
	}
}

// TestUnitLineBetweenProjects: a money-unit line after one project's
// tables and above the next one's titled table (单位：元 before 项目支出绩效
// 自评表 in the table's first row) is the next project's unit, though it
// names a department of its own (no unit inherited then); a project with
// its own caption unit keeps it.
func TestUnitLineBetweenProjects(t *testing.T) {
	project := func(line int, name, caption, amount string) layout.Block {
		return tableOf(line,
			[]string{"项目支出绩效自评表"},
			[]string{"项目名称", name},
			[]string{"主管部门", "203-省教育厅"},
			[]string{caption, "年度资金总额", amount},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "受助人数", "≥735人次"})
	}
	tests := []struct {
		name, caption2, want2 string
	}{
		{"no caption unit", "资金情况", "元"},
		{"its own caption unit", "资金情况（万元）", "万元"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{
				para(1, "单位：元"), project(2, "甲补助", "资金情况", "120000.00"),
				para(20, "单位：元"), project(21, "乙补助", tt.caption2, "915000.00"),
			}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 2)
			assert.Equal(t, "元", doc.Projects[0].MoneyUnit)
			assert.Equal(t, tt.want2, doc.Projects[1].MoneyUnit)
			assert.Equal(t, "915000.00", deref(doc.Projects[1].Budget.Total))
		})
	}
}

// TestUnitOfCaptionsAfterGroupLabel: the captions after a group label
// (投入目标（元） | 资金来源 | 年初安排金额（元）) head the amounts below; a
// caption of money words naming its unit names the money unit.
func TestUnitOfCaptionsAfterGroupLabel(t *testing.T) {
	tests := []struct{ caption, want string }{
		{"年初安排金额(元)", "元"},
		{"年初安排金额（万元）", "万元"},
	}
	for _, tt := range tests {
		t.Run(tt.caption, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"某项目支出绩效目标申报表"},
				[]string{"项目名称", "再生资源回收"},
				[]string{"投入目标", "资金来源", tt.caption},
				[]string{"", "资金总额", "30,000.00"},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "聘用人数", "1人"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, p.MoneyUnit)
			assert.Equal(t, "30000.00", deref(p.Budget.Total))
		})
	}
}

// TestAmountLineOverItsParts: a heading's amount line (资金总额：171.41万元)
// is the budget when the tables read only parts that add up to it (项目支出
// 60.8 and 基本支出 110.61, or 财政拨款 and 其他资金); parts that do not
// leave it unread.
func TestAmountLineOverItsParts(t *testing.T) {
	tests := []struct {
		name        string
		money       [][]string
		want, units string
	}{
		{"items add up", [][]string{{"年度预算安排（万元）", "项目支出", "60.8"}, {"", "基本支出", "110.61"}}, "171.41", "万元"},
		{"fiscal and other add up", [][]string{{"资金情况（万元）", "其中：财政拨款", "170"}, {"", "其他资金", "1.41"}}, "171.41", "万元"},
		{"items do not add up", [][]string{{"年度预算安排（万元）", "项目支出", "60.8"}, {"", "基本支出", "100"}}, "<nil>", "万元"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"部门名称", "某研究室"}}, tt.money...)
			rows = append(rows, []string{"一级指标", "二级指标", "三级指标", "指标值"}, []string{"产出指标", "数量指标", "编纂册数", "≥2册"})
			doc := Extract([]layout.Block{para(1, "部门整体支出绩效目标表"), para(2, "资金总额：171.41万元"), tableOf(3, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, deref(p.Budget.Total))
			assert.Equal(t, tt.units, p.MoneyUnit)
		})
	}
}

// TestAmountLineBeforeTitledTable: a line of a budget label and its
// amount alone (年度资金总额：35万元) right above the document's first
// table, before any project, whose first row is its title, is the heading's
// amount line of the project the table opens: the budget when the table
// reads no total of its own (settleAmountLine), as a line between a title
// and its table is. A year or unit line may stand between it and the
// table; another paragraph after it, a title paragraph, or a total in the
// table leaves it unread. Before, no project held it and the budget was
// missed. The real filings with such a line above their first table
// (testdata/real and the spent held-out sets) write the budget in it.
func TestAmountLineBeforeTitledTable(t *testing.T) {
	grid := [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "受助人数", "≥735人次"},
	}
	titled := append([][]string{{"2022年度项目绩效目标表"}, {"项目名称", "某补助资金"}}, grid...)
	tests := []struct {
		name  string
		lines []string
		rows  [][]string
		want  string
	}{
		{"line alone", []string{"年度资金总额：35万元"}, titled, "35"},
		{"a unit line after it", []string{"资金总额:35", "单位：万元"}, titled, "35"},
		{"a year line after it", []string{"年度资金总额：35万元", "(2022年度)"}, titled, "35"},
		{"another paragraph after it", []string{"年度资金总额：35万元", "附件：某项目分配表"}, titled, "<nil>"},
		{"words after the amount", []string{"年度资金总额：35万元（含上年结转）"}, titled, "<nil>"},
		{"the table's own total", []string{"年度资金总额：35万元"},
			append([][]string{{"2022年度项目绩效目标表"}, {"项目名称", "某补助资金"}, {"年度资金总额", "50"}}, grid...), "50"},
		{"a title paragraph after it", []string{"年度资金总额：35万元", "某项目绩效目标表"},
			append([][]string{{"项目名称", "某补助资金"}}, grid...), "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var blocks []layout.Block
			for i, l := range tt.lines {
				blocks = append(blocks, para(i+1, l))
			}
			blocks = append(blocks, tableOf(10, tt.rows...))
			doc := Extract(blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
		})
	}
}

// TestMoneyPutInIsBudget: an evaluation summary's caption of the money put
// in from every source (各级资金投入总数, 资金投入总额), its label and value
// pairs three to a row, names the budget; one source's share (财政资金投入总额)
// and a bare 总投入 (a cost indicator's name) name none, and an indicator so
// named in the grid stays an indicator.
func TestMoneyPutInIsBudget(t *testing.T) {
	labels := []struct {
		label string
		want  field
	}{
		{"各级资金投入总数", fTotal}, {"各级资金 投入总数", fTotal}, {"资金投入总额", fTotal}, {"资金投入总额（万元）", fTotal},
		{"财政资金投入总额", fNone}, {"项目总投入", fNone}, {"投入总数", fNone},
		// one source's share, whatever the source: no budget
		{"社会资金投入总额", fNone}, {"带动社会资金投入总额", fNone}, {"自筹资金投入总额", fNone},
		{"中央资金投入总额", fNone}, {"企业资金投入总数", fNone}, {"各级资金投入总数（万元）", fTotal},
	}
	for _, tt := range labels {
		f, _, _ := defaultLexicon().lookupLabel(labelKey(tt.label))
		assert.Equal(t, tt.want, f, tt.label)
	}
	tests := []struct {
		name string
		rows [][]string
		want string
		inds int
	}{
		{"a summary grid, three pairs to a row", [][]string{
			{"项目名称", "某镇某项目", "评价年度", "2023"},
			{"主管部门", "某镇人民政府", "联系人及联系方式", "某人"},
			{"各级资金 投入总数", "246.37", "抽查资金总数", "246.37", "资金抽查占比", "100%"},
			{"项目数量", "1", "抽查项目数", "1", "项目抽查占比", "100%"},
		}, "246.37", 0},
		{"one source's share beside the public money", [][]string{
			{"项目名称", "某镇特色产业扶持项目", "评价年度", "2023"},
			{"主管部门", "某镇人民政府", "实施单位", "某镇农业服务中心"},
			{"财政奖补资金", "200", "带动社会资金投入总额", "1500"},
		}, "<nil>", 0},
		{"the caption an indicator's name in the grid", [][]string{
			{"项目名称", "某项目"},
			{"年度资金总额", "80"},
			{"一级指标", "二级指标", "三级指标", "指标值"},
			{"产出指标", "成本指标", "资金投入总额", "≤80万元"},
			{"^", "数量指标", "培训人数", "≥10人"},
		}, "80", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{para(1, "单位:万元"), tableOf(2, tt.rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
			assert.Len(t, doc.Projects[0].Indicators, tt.inds)
		})
	}
}

// TestDisplacedTotalKeepsItsLabel: a total read before the year's total
// that replaces it (资金投入总额 | 5000 before 年度资金总额 | 800, 资金总额 before
// 当年资金总额) is kept as an item under its own label and cell. Before, the
// item paired the first amount with the second's label and cell
// (年度资金总额 | 5000).
func TestDisplacedTotalKeepsItsLabel(t *testing.T) {
	for _, tt := range []struct{ first, second string }{
		{"资金投入总额（万元）", "年度资金总额（万元）"},
		{"年度预算资金（万元）", "年度资金总额（万元）"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某水库除险加固项目"},
			[]string{tt.first, "5000", tt.second, "800"},
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		b := doc.Projects[0].Budget
		assert.Equal(t, "800", deref(b.Total), tt.first)
		require.Len(t, b.Items, 1, tt.first)
		assert.Equal(t, labelText(tt.first), b.Items[0].Label, tt.first)
		assert.Equal(t, "5000", b.Items[0].Text, tt.first)
	}
}

// TestProjectBudgetLabel: 项目预算 names the year's budget as 项目预算数 and
// 预算金额 do — beside its amount, with its unit, its amount in its own
// cell after a colon — and stays a group caption over several amounts: a
// cost breakdown's 合计, a money grid's 全年预算数, 年度资金总额 beside
// 中期资金总额, the sum of its parts, and the subtotal caption over its
// sources (项目预算（万元） | 合计 | 中央资金 | 省级资金). Two years' amounts
// with no year of the filing name none.
func TestProjectBudgetLabel(t *testing.T) {
	grid := [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "科普活动场次", "≥20场"},
	}
	tests := []struct {
		name  string
		money [][]string
		want  string
	}{
		{"beside its amount", [][]string{{"项目预算", "63"}}, "63"},
		{"its unit in parentheses", [][]string{{"项目预算（万元）", "63"}}, "63"},
		{"a form field after it", [][]string{{"项目预算", "63", "项目类型", "常年性项目"}}, "63"},
		{"in one cell", [][]string{{"项目预算：63万元"}}, "63"},
		{"项目预算数", [][]string{{"项目预算数", "63"}}, "63"},
		{"预算金额", [][]string{{"预算金额", "63"}}, "63"},
		{"over a cost breakdown", [][]string{{"项目预算", ""}, {"成本构成", "金额"}, {"保安服务费", "191"}, {"保洁服务费", "99"}, {"合计", "290"}}, "290"},
		{"over a money grid", [][]string{{"项目预算（万元）", "年初预算数", "全年预算数", "全年执行数"}, {"年度资金总额", "50", "60", "55"}}, "60"},
		{"over two totals", [][]string{{"项目预算", "中期资金总额", "150", "年度资金总额", "50"}}, "50"},
		{"over its parts", [][]string{{"项目预算", "财政拨款", "80", "其他资金", "20"}}, "100"},
		{"over its sources", [][]string{{"项目预算（万元）", "合计", "中央资金", "省级资金"}, {"^", "100", "60", "40"}}, "100"},
		{"two years' amounts", [][]string{{"项目预算", "2021年", "30", "2022年", "40"}}, "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := [][]string{{"项目支出绩效目标申报表"}, {"项目名称", "科普展教及运营维护"}}
			rows = append(append(rows, tt.money...), grid...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
			require.Len(t, doc.Projects[0].Indicators, 1)
		})
	}
}

// TestPlannedInvestmentLabel: the money planned for a project as an
// investment (计划投资额, 计划投资, 项目计划投资: an evaluation report's basic
// data on the 2011 national template, 计划投资额（万元） | 60.00 | 实际到位资金
// （万元） | 60.00) is the project's whole money, as 项目总投资 is: the budget
// where no year's total is given, kept as an item beside one that is. What
// was done or paid (实际投资, 计划投资完成额, 到位投资), another year's
// (上年计划投资) and a building list's 预算投资 name none. Before, 计划投资额
// named no field and the budget was missed.
func TestPlannedInvestmentLabel(t *testing.T) {
	for _, tt := range []struct {
		label string
		want  field
	}{
		{"计划投资额", fProjectTotal}, {"计划投资额 (万元)", fProjectTotal}, {"计划投资", fProjectTotal}, {"项目计划投资", fProjectTotal},
		{"实际投资", fNone}, {"计划投资完成额", fNone}, {"计划到位投资", fNone}, {"上年计划投资", fNone}, {"预算投资", fNone},
	} {
		f, _, _ := defaultLexicon().lookupLabel(labelKey(tt.label))
		assert.Equal(t, tt.want, f, tt.label)
	}
	page := func(year string) string {
		s := `<p>财政支出项目绩效评价报告</p><p>项目名称：某培训专项经费</p><table>
<tr><td>项目实施单位</td><td>某学校</td><td>主管部门</td><td>某局</td></tr>`
		if year != "" {
			s += `<tr><td>年度预算数（万元）</td><td>` + year + `</td><td></td><td></td></tr>`
		}
		return s + `<tr><td>计划投资额 (万元)</td><td>60.00</td><td>实际到位资金(万元)</td><td>60.00</td></tr>
</table>`
	}
	for _, tt := range []struct {
		name, year, total string
		items             int
	}{
		{"planned investment alone", "", "60.00", 1},
		{"beside the year's budget", "20.00", "20.00", 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, err := html.Read([]byte(page(tt.year)), layout.DefaultLimits)
			require.NoError(t, err)
			rows := [][]string{{"项目实施单位", "某学校", "主管部门", "某局"}}
			if tt.year != "" {
				rows = append(rows, []string{"年度预算数（万元）", tt.year, "", ""})
			}
			rows = append(rows, []string{"计划投资额 (万元)", "60.00", "实际到位资金(万元)", "60.00"})
			text := []layout.Block{para(1, "财政支出项目绩效评价报告"), para(2, "项目名称：某培训专项经费"), tableOf(3, rows...)}
			for _, blocks := range [][]layout.Block{b, text} {
				doc := Extract(blocks, layout.DefaultLimits)
				require.Len(t, doc.Projects, 1)
				p := doc.Projects[0]
				assert.Equal(t, tt.total, deref(p.Budget.Total))
				assert.Equal(t, "万元", p.MoneyUnit)
				assert.Len(t, p.Budget.Items, tt.items)
			}
		})
	}
}
