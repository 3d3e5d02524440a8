package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// The money tables of department-wide forms, self-evaluations and 申报表
// (issue 21, sixth round): how their totals are found.

// TestRowCaptionOverMoneyRows: a money header whose first caption names
// the rows' own labels (资金来源 over 年度资金总额, 项目 over 合计), after
// the funds label and, in 申报表, a second one (项目资金情况 | 项目资金申请
// （万元） | 项 目 | 上年度安排资金 | 本年度申请资金): the caption stands over
// the labels, the amount under the year's column is the budget. Before,
// the header was no header: the 年初预算数 5.28 was read as the budget of
// a Xinjiang self-evaluation whose 全年预算数 is 1.96, and a Hunan 申报表's
// 合 计 gave none.
func TestRowCaptionOverMoneyRows(t *testing.T) {
	tests := []struct {
		name  string
		money [][]string
		want  string
	}{
		{"资金来源 after the funds label", [][]string{
			{"项目资金(万元)", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值权重", "执行率", "得分"},
			{"^", "年度资金总额", "5.28", "1.96", "1.96", "10", "100.00%", "10"},
			{"^", "其中:当年财政拨款", "5.28", "1.96", "1.96", "-", "-", "-"},
		}, "1.96"},
		{"项 目 after two funds labels", [][]string{
			{"项目资金情况", "项目资金申请(万元)", "项 目", "上年度安排资金", "本年度申请资金"},
			{"^", "^", "合 计", "30", "40"},
			{"^", "^", "区级资金", "30", "40"},
		}, "40"},
		{"资金来源 first", [][]string{
			{"资金来源", "年初预算数", "全年预算数", "全年执行数"},
			{"年度资金总额", "5.28", "1.96", "1.96"},
		}, "1.96"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某项目"}}, tt.money...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
		})
	}
}

// TestTotalCaptionWithUnit: a funds label over source columns that carry
// their money unit (项目资金来源 | 中央（万元） | 本级（万元） | 合计（万元） |
// 执行数（万元） | 执行率) and one row of amounts: the amount under the
// total's caption is the budget and the captions' unit the money unit, the
// sources' amounts kept beside it, a rate under 执行率 no obstacle. Before,
// the row of amounts stood under no header and the budget was missed
// (a Hubei scored evaluation sheet). Captions with a unit and no total
// open no sub-table: 年初安排金额（万元） beside 资金来源 stays a label's
// value.
func TestTotalCaptionWithUnit(t *testing.T) {
	tests := []struct {
		name  string
		money [][]string
		want  string
	}{
		{"合计 among the sources", [][]string{
			{"项目资金来源", "中央 (万元)", "省、地 (万元)", "本级 (万元)", "其他 (万元)", "合计 (万元)", "执行数 (万元)", "执行率"},
			{"^", "", "", "309", "", "309", "309", "100 %"},
		}, "309"},
		{"小计 first", [][]string{
			{"资金情况", "小计(万元)", "财政(万元)", "其他(万元)"},
			{"^", "50", "40", "10"},
		}, "50"},
		{"no total caption", [][]string{
			{"投入目标(万元)", "资金来源", "年初安排金额(万元)"},
			{"^", "资金总额", "3"},
			{"^", "其中:财政拨款数", "3"},
		}, "3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某项目"}}, tt.money...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, deref(p.Budget.Total))
			assert.Equal(t, "万元", p.MoneyUnit)
		})
	}
}

// TestSourcesTotalCaption: a funds label over source columns with no
// unit of their own (项目资金来源 | 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数
// | 执行率, the unit in a line above the table or in each amount): the
// subtotal caption after the sources is the year's amount, as it is when
// the captions carry their unit (TestTotalCaptionWithUnit). Before, 合计
// alone named no column, the row of amounts stood under no header and the
// budget was missed; amounts written with their unit (309万元) made no row
// of amounts either. A subtotal under a group that names no funds (项目进度
// | 一季度 | 二季度 | 合计) opens no money sub-table.
func TestSourcesTotalCaption(t *testing.T) {
	head := []string{"项目资金来源", "中央", "省、地", "本级", "其他", "合计", "执行数", "执行率"}
	tests := []struct {
		name       string
		line       string
		money      [][]string
		want, unit string
	}{
		{"unit line", "单位：万元", [][]string{head, {"^", "", "", "309", "", "309", "309", "100 %"}}, "309", "万元"},
		{"unit in the amounts", "", [][]string{head, {"^", "", "", "309万元", "", "309万元", "309万元", "100 %"}}, "309", "万元"},
		{"short unit in the amounts", "", [][]string{head, {"^", "", "", "309万", "", "309万", "309万", "100 %"}}, "309", "万元"},
		{"no funds label", "单位：万元", [][]string{
			{"项目进度", "一季度", "二季度", "合计"},
			{"^", "25", "25", "50"},
		}, "<nil>", "万元"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []layout.Block{tableOf(1, []string{"项目名称", "某项目"})}
			if tt.line != "" {
				blocks = append(blocks, para(20, tt.line))
			}
			blocks = append(blocks, tableOf(30, tt.money...))
			doc := Extract(blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, deref(p.Budget.Total))
			assert.Equal(t, tt.unit, p.MoneyUnit)
		})
	}
}

// TestInitialBudgetGridWithScores: a department-wide self-evaluation's
// money grid under a group label merged down (部门(单位)总体资金(万元) |
// 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值 | 得分 | 得分计算方法):
// the initial budget beside its execution is the year's (initialIsBudget),
// so the caption no word names (得分计算方法) is weighed as beside a named
// amount; the row labelled 合计, 总计 or 项目总预算 gives its amount under
// 年初预算数 as the budget, and the group label's unit counts though words in
// parentheses come before it (部门(单位)…(元)). Before, the row was under
// no header: 合计 gave no budget and the unit was assumed 万元. Three
// unknown captions beside the two amounts still open no sub-table.
func TestInitialBudgetGridWithScores(t *testing.T) {
	grid := func(group, label string, captions ...string) [][]string {
		head := append([]string{group, "资 金 来 源", "年初预算数(A)", "全年执行数(B)"}, captions...)
		row := append([]string{"^", label, "1172.55", "1268.72"}, make([]string, len(captions))...)
		for i := range captions {
			row[4+i] = "10"
		}
		return [][]string{head, row, append([]string{"^", "基本支出", "985.19", "914.97"}, make([]string, len(captions))...)}
	}
	scores := []string{"分值(10分)", "得分", "得分计算方法"}
	tests := []struct {
		name       string
		money      [][]string
		want, unit string
	}{
		{"合计", grid("部门(单位)总体 资金(万元)", "合计", scores...), "1172.55", "万元"},
		{"总计", grid("部门(单位)总体 资金(万元)", "总计", scores...), "1172.55", "万元"},
		{"项目总预算", grid("部门(单位)总体 资金(万元)", "项目总预算", scores...), "1172.55", "万元"},
		{"unit after other parentheses", grid("部门(单位)总体 资金(元)", "年度资金总额:", scores...), "1172.55", "元"},
		{"three unknown captions", grid("部门(单位)总体 资金(万元)", "合计", "分值(10分)", "得分计算方法", "佐证材料", "备注说明"), "<nil>", "万元"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"部门(单位)名称", "某镇人民政府"}}, tt.money...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, deref(p.Budget.Total))
			assert.Equal(t, tt.unit, p.MoneyUnit)
		})
	}
}

// TestInitialBudgetLabel: a department-wide 申报表 states the year's money
// as 年初预算资金 with its amount in the label's cell, the income parts
// below it (其中:公共财政拨款:183.18, 纳入预算管理的非税收入拨款:0.4): the
// label names the budget. Before, it was kept as an item and the total
// was reckoned from the fiscal part alone (183.18).
func TestInitialBudgetLabel(t *testing.T) {
	tests := []struct {
		name string
		rows [][]string
		want string
	}{
		{"amount in the label's cell", [][]string{
			{"部门(单位)名称:某县交通运输局", "单位负责人:某某"},
			{"年度预算收支情况(万元)", "年初预算资金:183.58"},
			{"按收入性质分:", "按支出性质分:"},
			{"其中:公共财政拨款:183.18", "其中: 基本支出:183.58"},
			{"纳入预算管理的非税收入拨款:0.4", "项目支出:"},
		}, "183.58"},
		{"amount beside the label", [][]string{
			{"部门(单位)名称", "某县交通运输局"},
			{"年初预算资金", "183.58"},
			{"其中:公共财政拨款", "183.18"},
		}, "183.58"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1, tt.rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
		})
	}
}

// TestNumberedMoneyCaptions: a department-wide self-evaluation's money
// captions numbered for their formulas under group captions (预算安排 |
// 拨付情况 | 结余情况 over 年初部门预算安排金额（含历年结余结转）① | 年中调整金额②
// | 小计③=①+② | 年度拨付金额 | 支出实现率（%）⑤=④/③ | 本年度结余金额⑥=③-④ |
// 资金结余率（%）⑦=⑥/③): the captions are read without their numbers, the
// subtotal of the arrangement is the year's amount and the 合 计 row's
// amount under it the budget; a row named by no label (财政资金小计) gives
// none. Before, the header was no header and the budget (a Fujian
// 部门整体支出绩效自评表's 188.61) was missed. A balance (本年度结余资金) is
// never the year's amount, numbered or not.
func TestNumberedMoneyCaptions(t *testing.T) {
	numbered := []string{"^", "^", "^", "年初部门预算安排金额(含历年结余结转)①", "年中调整金额②", "小计\n③=①+②", "年度拨付金额", "支出实现率(%)⑤=④/③", "本年度结余金额⑥=③-④", "资金结余率(%)⑦=⑥/③"}
	groups := []string{"财政资金安排和使用情况", "资金结构(万元)", "^", "预算安排", "^", "^", "拨付情况", "^", "结余情况", "^"}
	tests := []struct {
		name string
		rows [][]string
		want string
	}{
		{"合 计 under the subtotal", [][]string{
			groups, numbered,
			{"^", "财政资金小计", "^", "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08"},
			{"^", "合 计", "^", "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08"},
		}, "188.61"},
		{"no total row", [][]string{
			groups, numbered,
			{"^", "财政资金小计", "^", "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08"},
		}, "<nil>"},
		{"a balance is no budget", [][]string{
			{"项目资金(万元)", "", "年初预算数", "本年度结余资金"},
			{"^", "年度资金总额", "10", "2"},
		}, "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"部门(单位)名称", "某市地震局"}}, tt.rows...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
		})
	}
}

// TestSubtotalAndPartsUnderYearAmount: a department-wide approval table's
// tasks with their amounts under 年度预算金额（万元）, split in a second
// caption row into 小计 | 市财政拨款 | 其他资金, and a 金额合计 row: the
// subtotal's column is the year's amount, the parts' columns the fiscal
// and other parts, the caption's unit the money unit. A 金额合计 whose
// subtotal is 0 over parts that are not (a subtotal left unreckoned) is no
// total: the parts' sum is, with a warning. Before, the table was no
// money table and the budget (a Dongguan 部门(单位)整体支出绩效目标批复表's
// 2377.15) was missed.
func TestSubtotalAndPartsUnderYearAmount(t *testing.T) {
	head := []string{"年度主要任务", "任务名称", "主要内容", "年度预算金额(万元)", "^", "^"}
	parts := []string{"^", "^", "^", "小计", "市财政拨款", "其他资金"}
	task := []string{"^", "场馆日常运转", "包括办公费、差旅费等。", "1166.1", "", ""}
	tests := []struct {
		name               string
		rows               [][]string
		total, fiscal, msg string
	}{
		{"subtotal left at 0", [][]string{head, parts, task, {"^", "金额合计", "*", "0", "1166.1", "0"}}, "1166.1", "1166.1", "TOTAL-FROM-PARTS"},
		{"subtotal filled", [][]string{head, parts, task, {"^", "金额合计", "*", "1166.1", "1000", "166.1"}}, "1166.1", "1000", ""},
		{"no parts' captions", [][]string{head, task, {"^", "金额合计", "*", "1166.1"}}, "1166.1", "<nil>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"部门(单位)名称", "某馆2022年部门整体绩效目标"}}, tt.rows...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.total, deref(p.Budget.Total))
			assert.Equal(t, tt.fiscal, deref(p.Budget.Fiscal))
			assert.Equal(t, "万元", p.MoneyUnit)
			var codes []string
			for _, w := range doc.Warnings {
				codes = append(codes, string(w.Code))
			}
			if tt.msg != "" {
				assert.Contains(t, codes, tt.msg)
			} else {
				assert.NotContains(t, codes, "TOTAL-FROM-PARTS")
			}
		})
	}
}

// TestRowCaptionFirstIsGroup: the caption of the rows' labels first in its
// row (项目 | 金额, 资金来源 | 预算数) heads the rows' labels as a group label
// does, however few the captions after it: the amount under the one
// caption is the total row's.
func TestRowCaptionFirstIsGroup(t *testing.T) {
	for _, caption := range []string{"项目", "资金来源"} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某项目"},
			[]string{caption, "金额"},
			[]string{"合计", "40"},
			[]string{"区级资金", "40"},
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, caption)
		assert.Equal(t, "40", deref(doc.Projects[0].Budget.Total), caption)
	}
}

// TestBlankLabelIsNoAmount: a money label left blank beside another label
// left blank (政府性基金拨款: | 其他支出:, a department form's income and
// spending parts side by side) takes no amount from it: the second stays
// unrecognized text, no item holds it and no amount warning is raised.
// Before, 其他支出: was the item's amount (AMOUNT-NOT-NUMBER).
func TestBlankLabelIsNoAmount(t *testing.T) {
	tests := []struct {
		row  []string
		want string // the item's text, "" for none
	}{
		{[]string{"政府性基金拨款:", "其他支出:"}, ""},
		{[]string{"政府性基金拨款：", "项目支出："}, ""},
		{[]string{"政府性基金拨款", "20"}, "20"},
	}
	for _, tt := range tests {
		doc := Extract([]layout.Block{tableOf(1, []string{"项目名称", "某项目"}, tt.row)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		got := ""
		for _, it := range doc.Projects[0].Budget.Items {
			got += it.Text
		}
		assert.Equal(t, tt.want, got, tt.row[1])
		for _, w := range doc.Warnings {
			assert.NotEqual(t, "AMOUNT-NOT-NUMBER", string(w.Code), tt.row[1])
		}
	}
}

// TestBlockCaptionUnit: the unit in a caption over a block of amounts that
// no label names (年度预算收支情况（元）, 资金结构（万元）) is the money unit;
// a caption of other words (单价（元）) names none, and the unit is
// assumed as before.
func TestBlockCaptionUnit(t *testing.T) {
	tests := []struct {
		rows [][]string
		want string
	}{
		{[][]string{{"部门(单位)名称", "某局"}, {"年度预算收支情况(元)", "年初预算资金:1835800"}}, "元"},
		{[][]string{{"部门(单位)名称", "某局"}, {"资金结构(千元)", "预算安排"}, {"预算数", "1835.8"}}, "千元"},
		{[][]string{{"项目名称", "某项目"}, {"单价(元)", "20"}, {"预算数", "5"}}, "万元"},
	}
	for _, tt := range tests {
		doc := Extract([]layout.Block{tableOf(1, tt.rows...)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		assert.Equal(t, tt.want, doc.Projects[0].MoneyUnit, tt.rows[1][0])
	}
}

// TestTotalsThatDisagree: the total rows of two money sub-tables that
// disagree (the 合 计 of a 申报表's request and the 合 计 of its expense
// lines, 40 and 38) leave the budget blank with a warning, both kept as
// items; nor is the total then reckoned from its parts. Totals that agree
// keep the budget. Before, the later total was the budget whatever the
// first said. (A total outside such sub-tables still yields to a later
// one: a wide table's subtotal row to its project's amount.)
func TestTotalsThatDisagree(t *testing.T) {
	tests := []struct {
		name, request, lines, want string
	}{
		{"disagree", "40", "38", "<nil>"},
		{"agree", "40", "40", "40"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"项目名称", "某项目", "", "", ""},
				[]string{"项目资金情况", "项目资金申请(万元)", "项 目", "上年度安排资金", "本年度申请资金"},
				[]string{"^", "^", "合 计", "30", tt.request},
				[]string{"^", "^", "其中:财政拨款", "30", tt.request},
				[]string{"^", "支出明细预算(万元)", "项 目", "上年度安排资金", "本年度申请资金"},
				[]string{"^", "^", "合 计", "30", tt.lines},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.want, deref(p.Budget.Total))
			var codes []string
			for _, w := range doc.Warnings {
				codes = append(codes, string(w.Code))
			}
			if tt.want == "<nil>" {
				assert.Contains(t, codes, "TOTALS-DIFFER")
				var texts []string
				for _, it := range p.Budget.Items {
					texts = append(texts, it.Text)
				}
				assert.Contains(t, texts, tt.request)
				assert.Contains(t, texts, tt.lines)
			} else {
				assert.NotContains(t, codes, "TOTALS-DIFFER")
			}
		})
	}
}

// TestFormulaCaptions: captions count as numbered for the form's formulas
// by their circled numbers, not by a percent sign in parentheses (执行率（%）
// | 结余率（%） made a header of aux columns need an amount of the year's
// beside them, as numbered captions do).
func TestFormulaCaptions(t *testing.T) {
	tests := []struct {
		keys []string
		want int
	}{
		{[]string{"年中调整金额②", "小计③=①+②", "年度拨付金额", "支出实现率（%）⑤=④/③"}, 3},
		{[]string{"执行率（%）", "结余率（%）"}, 0},
		{[]string{"①项目支出", "②基本支出"}, 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, formulaCaptions(tt.keys), tt.keys[0])
	}
}

// TestPeriodExecutionCaptions: a monitoring table's or self-evaluation's
// execution of a part of the year (1-6月执行数, 上半年执行数, 截至6月底执行数,
// 1-6月执行率) is kept beside the year's amount, 实际执行数 is the executed
// amount: the header stands and 全年预算数 (or 调整后预算数) is the budget.
// Before, the header was no header and the 年初预算数 beside the label was
// read as the budget.
func TestPeriodExecutionCaptions(t *testing.T) {
	for _, tt := range []struct{ year, exec, rate string }{
		{"全年预算数", "1-6月执行数", "执行率"},
		{"全年预算数", "1-6月执行数", "1-6月执行率"},
		{"全年预算数", "上半年执行数", "执行率"},
		{"调整后预算数", "截至6月底执行数", "执行率"},
		{"全年预算数", "实际执行数", "执行率"},
	} {
		rows := [][]string{
			{"项目名称", "某项目"},
			{"项目资金(万元)", "", "年初预算数", tt.year, tt.exec, tt.rate},
			{"^", "年度资金总额", "100", "90", "40", "44%"},
		}
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		assert.Equal(t, "90", deref(doc.Projects[0].Budget.Total), tt.exec)
	}
}

// TestUnknownCaptionAmongAmounts: a caption no word names (佐证资料, 备注说明)
// among a money header's named amounts (年初预算数 | 全年预算数 | 全年执行数)
// is kept as a column beside them, as many unknown as named amounts at
// most: the header stands and 全年预算数 is the budget. Before, one unknown
// caption made the header no header and the 年初预算数 beside the label
// was read as the budget.
func TestUnknownCaptionAmongAmounts(t *testing.T) {
	tests := []struct {
		name string
		head []string
		row  []string
	}{
		{"one unknown", []string{"项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "佐证资料", "分值"},
			[]string{"^", "年度资金总额", "100", "90", "80", "见附件", "10"}},
		{"two unknown, two amounts", []string{"项目资金(万元)", "", "年初预算数", "全年预算数", "佐证资料", "备注说明"},
			[]string{"^", "年度资金总额", "100", "90", "见附件", "无"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1, []string{"项目名称", "某项目"}, tt.head, tt.row)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, "90", deref(doc.Projects[0].Budget.Total))
		})
	}
}

// TestSourcesTotalFirst: under a funds label that carries its money unit
// and spans the caption row and the row of amounts (项目资金（万元） | 合计 |
// 中央资金 | 省级资金 | 市县资金, probe filing 63), a subtotal caption
// before the sources is the year's amount, as one after them is
// (TestSourcesTotalCaption). Before, 合计 first named no column and the
// budget was missed. A total with no sources after it, or under a label
// without its unit, opens no money sub-table.
func TestSourcesTotalFirst(t *testing.T) {
	tests := []struct {
		name  string
		money [][]string
		want  string
	}{
		{"total first", [][]string{
			{"项目资金（万元）", "合计", "中央资金", "省级资金", "市县资金"},
			{"^", "500", "200", "180", "120"},
		}, "500"},
		{"total first, short sources", [][]string{
			{"项目资金（万元）", "合计", "中央", "省级", "市县"},
			{"^", "500", "200", "180", "120"},
		}, "500"},
		{"no sources after it", [][]string{
			{"项目资金（万元）", "合计"},
			{"^", "500"},
		}, "<nil>"},
		{"label without its unit", [][]string{
			{"项目资金", "合计", "中央资金", "省级资金", "市县资金"},
			{"^", "500", "200", "180", "120"},
		}, "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1, []string{"项目名称", "某项目"}), tableOf(30, tt.money...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
		})
	}
}
