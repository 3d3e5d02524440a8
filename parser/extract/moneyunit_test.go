package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// No money unit is assumed for money that is not there: a project with no
// amount at all (no budget, money row or spending plan value) keeps its
// money unit, and its spending plan's, empty, with no MONEY-UNIT-ASSUMED.
// A project with an amount and no unit still reads it in 万元 with the
// warning, and a unit the filing names is kept, amounts or not. Before,
// every project was given 万元: real filing 461 (the Hunan budget-system
// project sheet, no money rows at all) among them. A money row whose text
// is no amount (a rate, 执行率 103.21%, or a caption, 备注) holds no money
// either (real filings 165 and 07 were given 万元 by such a row).
func TestNoMoneyNoMoneyUnit(t *testing.T) {
	for _, tt := range []struct {
		name, header string
		unit         string
		assumed      bool
	}{
		{"no money", `<tr><td>项目名称</td><td colspan="3">某某专项</td></tr>`, "", false},
		{"no money, a goal naming an amount", `<tr><td>项目名称</td><td colspan="3">某某专项</td></tr>
<tr><td>年度绩效目标</td><td colspan="3">收取国有资产出租收入55万元</td></tr>`, "", false},
		{"a total", `<tr><td>项目名称</td><td colspan="3">某某专项</td></tr>
<tr><td>资金总额</td><td colspan="3">50</td></tr>`, "万元", true},
		{"a fiscal amount", `<tr><td>项目名称</td><td colspan="3">某某专项</td></tr>
<tr><td>财政拨款</td><td colspan="3">50</td></tr>`, "万元", true},
		{"a money row holding a rate", `<tr><td>项目名称</td><td colspan="3">某某专项</td></tr>
<tr><td>整体支出规模</td><td></td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>
<tr><td></td><td>资金来源:(1)财政拨款</td><td></td><td></td><td>103.21%</td></tr>`, "", false},
		{"a money row holding a caption", `<tr><td>项目名称</td><td colspan="3">某某专项</td></tr>
<tr><td>补助资金</td><td colspan="3">备注</td></tr>`, "", false},
		{"a money row holding an amount", `<tr><td>项目名称</td><td colspan="3">某某专项</td></tr>
<tr><td>补助资金</td><td colspan="3">12.5</td></tr>`, "万元", true},
		{"a unit named, no money", `<tr><td>项目名称</td><td colspan="3">某某专项</td></tr>
<tr><td>资金总额（元）</td><td colspan="3"></td></tr>`, "元", false},
	} {
		page := `<table>` + tt.header + `
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>门面数量</td><td>9间</td></tr>
</table>`
		doc := Extract(readHTML(t, page), layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tt.name)
		p := doc.Projects[0]
		assert.Equal(t, tt.unit, p.MoneyUnit, tt.name)
		assert.Equal(t, tt.unit, p.SpendingPlan.Unit, tt.name)
		assumed := false
		for _, w := range doc.Warnings {
			assumed = assumed || w.Code == diag.MoneyUnitAssumed
		}
		assert.Equal(t, tt.assumed, assumed, tt.name)
	}
}

// A project with no amount and a department of its own takes no money
// unit from the project before (UNIT-LINE-INHERITED): the page's unit line
// measures money, and a project that holds none (the second table of a
// page cut before its money, real filings 31 and real-heldout 36) has
// nothing for it to measure. A project with an amount and no unit line of
// its own still takes the unit before it, with the warning, and so does
// one with no department (TestExtractGuessesAreWarnings: the unit line
// 203001某部门 单位：万元 names both).
func TestNoMoneyInheritsNoUnit(t *testing.T) {
	for _, tt := range []struct {
		name   string
		second [][]string
		unit   string
		warned bool
	}{
		{"no amount", [][]string{{"项目名称", "村级组织运转"}, {"主管部门", "某镇人民政府"}}, "", false},
		{"an amount", [][]string{{"项目名称", "村级组织运转"}, {"主管部门", "某镇人民政府"}, {"资金总额", "12"}}, "万元", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			grid := [][]string{{"一级指标", "二级指标", "三级指标", "指标值"}, {"产出指标", "数量指标", "覆盖村数", "9个"}}
			doc := Extract([]layout.Block{
				para(1, "项目支出绩效目标表"),
				para(2, "单位：万元"),
				tableOf(3, append([][]string{{"项目名称", "党支部书记补贴"}, {"资金总额", "20"}}, grid...)...),
				para(20, "项目支出绩效目标表"),
				tableOf(21, append(tt.second, grid...)...),
			}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 2)
			assert.Equal(t, "万元", doc.Projects[0].MoneyUnit)
			assert.Equal(t, tt.unit, doc.Projects[1].MoneyUnit)
			assert.Equal(t, tt.unit, doc.Projects[1].SpendingPlan.Unit)
			assert.Equal(t, tt.warned, strings.Contains(warnings(doc), "project 2: no unit line"), warnings(doc))
		})
	}
}

// An amount of a million or more with no money unit named gets no assumed
// 万元 (it would make the budget over ten billion yuan, as 1681680 or
// 4764453.11 written in 元: real filings real-heldout 68, real-heldout6
// 158, real-heldout7 180): the money unit stays "" with MONEY-UNIT-UNKNOWN.
// Smaller amounts are still read in 万元 assumed; a unit the filing names
// is kept whatever the amount.
func TestHugeAmountNoUnitAssumed(t *testing.T) {
	for _, tt := range []struct {
		name, header     string
		unit             string
		assumed, unknown bool
	}{
		{"a total of millions", `<tr><td>资金总额</td><td colspan="3">1681680</td></tr>`, "", false, true},
		{"a fiscal amount of millions", `<tr><td>财政拨款</td><td colspan="3">4764453.11</td></tr>`, "", false, true},
		{"just under a million", `<tr><td>资金总额</td><td colspan="3">999999.99</td></tr>`, "万元", true, false},
		{"a small total", `<tr><td>资金总额</td><td colspan="3">814</td></tr>`, "万元", true, false},
		{"millions in a named unit", `<tr><td>资金总额（元）</td><td colspan="3">1681680</td></tr>`, "元", false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := `<table><tr><td>项目名称</td><td colspan="3">某某专项</td></tr>` + tt.header + `
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>门面数量</td><td>9间</td></tr>
</table>`
			doc := Extract(readHTML(t, page), layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.unit, p.MoneyUnit)
			assert.Equal(t, tt.unit, p.SpendingPlan.Unit)
			assumed, unknown := false, false
			for _, w := range doc.Warnings {
				assumed = assumed || w.Code == diag.MoneyUnitAssumed
				unknown = unknown || w.Code == diag.MoneyUnitUnknown
			}
			assert.Equal(t, tt.assumed, assumed)
			assert.Equal(t, tt.unknown, unknown)
		})
	}
}

// An amount written with a money unit other than the project's (the unit
// its label or the form names) is restated in the project's unit, exactly
// (decimal point moved by the units' powers of ten), with
// AMOUNT-CONVERTED: the budget is always read in money_unit, as every
// consumer of it (check's money rules, diff, the warehouse) reads it. A
// unit whose scale is not known (百万元) is not converted, and is warned
// of as before (AMOUNT-OTHER-UNIT). Before, 1,250,000元 under
// 年度资金总额（万元） was kept as 1250000 with money_unit 万元: a budget of
// 125亿元 (probe 167).
func TestAmountInOtherUnitConverted(t *testing.T) {
	for _, tt := range []struct {
		label, cell, total, unit, code string
	}{
		{"年度资金总额（万元）", "1,250,000元", "125", "万元", diag.AmountConverted},
		{"年度资金总额（万元）", "1,234,567.89元", "123.456789", "万元", diag.AmountConverted},
		{"年度资金总额（万元）", "1,250,000.00元", "125", "万元", diag.AmountConverted},
		{"资金总额（元）", "12.5万元", "125000", "元", diag.AmountConverted},
		{"资金总额（元）", "12.5万", "125000", "元", diag.AmountConverted},
		{"资金总额（万元）", "0.5亿元", "5000", "万元", diag.AmountConverted},
		{"资金总额（万元）", "0.5億元", "5000", "万元", diag.AmountConverted},
		{"资金总额（千元）", "1250元", "1.25", "千元", diag.AmountConverted},
		{"资金总额（万元）", "125万元", "125", "万元", ""},
		{"资金总额（万元）", "125万", "125", "万元", ""},
		{"资金总额（百万元）", "125万元", "125", "百万元", diag.AmountOtherUnit},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "公共租赁住房维修项目"},
			[]string{tt.label, tt.cell},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "维修住房套数", "≥300套"},
		)}, layout.DefaultLimits)
		if !assert.Len(t, doc.Projects, 1, tt.cell) {
			continue
		}
		p := doc.Projects[0]
		assert.Equal(t, tt.total, deref(p.Budget.Total), tt.label+" "+tt.cell)
		assert.Equal(t, tt.unit, p.MoneyUnit, tt.label+" "+tt.cell)
		var codes []string
		for _, w := range doc.Warnings {
			if w.Code == diag.AmountConverted || w.Code == diag.AmountOtherUnit {
				codes = append(codes, w.Code)
			}
		}
		if tt.code == "" {
			assert.Empty(t, codes, tt.cell)
		} else {
			assert.Equal(t, []string{tt.code}, codes, tt.cell)
		}
	}
}
