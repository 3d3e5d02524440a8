package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestGrantCaptionIsBudget: the money label of a transfer or subsidy
// notice's form (补助金额, 下达资金, 补助资金（万元）) gives the budget when it
// is the form's only money label (real filing 440, 补助金额 | 280万元). With
// a budget label of the form beside it, with two grant captions, with no
// amount after it, or with a longer caption that is no grant's (补助金额标准)
// it names none and stays unrecognized (beside a fiscal share alone the
// share stands as the budget, as it did before).
func TestGrantCaptionIsBudget(t *testing.T) {
	grid := [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "支持企业数量", "1个"},
	}
	tests := []struct {
		name   string
		header [][]string
		want   string
	}{
		{"补助金额 alone", [][]string{{"补助金额", "280万元"}}, "280"},
		{"下达金额 alone", [][]string{{"下达金额", "50"}}, "50"},
		{"unit in the caption", [][]string{{"补助资金（万元）", "12.5"}}, "12.5"},
		{"four to a row", [][]string{{"补助金额", "280万元", "实施单位", "某公司"}}, "280"},
		{"a budget label too", [][]string{{"补助金额", "280万元"}, {"年度资金总额", "300"}}, "300"},
		{"a fiscal share too", [][]string{{"补助金额", "280万元"}, {"其中：财政拨款", "200"}}, "200"},
		{"two grant captions", [][]string{{"补助金额", "280万元"}, {"下达资金", "100"}}, "<nil>"},
		{"no amount", [][]string{{"补助金额", "按实际发放"}}, "<nil>"},
		{"not a grant caption", [][]string{{"补助金额标准", "280万元"}}, "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目支出绩效目标表"}, {"项目名称", "某贴息项目"}}, tt.header...)
			doc := Extract([]layout.Block{tableOf(1, append(rows, grid...)...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
			assert.Len(t, doc.Projects[0].Indicators, 1)
		})
	}
}
