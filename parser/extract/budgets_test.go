package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
