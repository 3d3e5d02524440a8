package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestTotalOverParts: an amount after a label no vocabulary holds, in a
// money block that names its unit, over rows that list its parts, the
// first opened by 其中, is the budget's total where the parts add up to it
// (其中 divides a whole); parts that do not add up, parts not opened by
// 其中, another such whole after its parts or above it (第一批下拨数 |
// 120 then 第二批下拨数 | 80: one of several wholes), or no money unit
// named leave it unread. Each label under test is
// one the lexicon does not know.
func TestTotalOverParts(t *testing.T) {
	tests := []struct {
		name  string
		money [][]string
		want  string
	}{
		{"row label over the block, one part", [][]string{
			{"资金金额(万元)", "下拨数(万元)", "120"},
			{"^", "其中:省级补助", "120"},
			{"^", "其他", ""},
		}, "120"},
		{"row label left blank under the span, two parts", [][]string{
			{"资金金额(万元)", "下拨数", "120"},
			{"", "其中：中央补助", "80"},
			{"", "其他资金", "40"},
		}, "120"},
		{"group label over the block", [][]string{
			{"资金情况（万元）", "下拨数", "35"},
			{"^", "其中：中央补助", "35"},
		}, "35"},
		{"parts that do not add up", [][]string{
			{"资金金额(万元)", "下拨数(万元)", "120"},
			{"^", "其中:省级补助", "100"},
			{"^", "其他", ""},
		}, "<nil>"},
		{"parts not opened by 其中", [][]string{
			{"资金金额(万元)", "下拨数(万元)", "120"},
			{"^", "省级补助", "120"},
		}, "<nil>"},
		// two wholes, each divided by 其中: the budget is neither
		{"another whole after the parts", [][]string{
			{"资金金额(万元)", "第一批下拨数", "120"},
			{"^", "其中：中央补助", "120"},
			{"^", "第二批下拨数", "80"},
			{"^", "其中：省级补助", "80"},
		}, "<nil>"},
		{"another whole above", [][]string{
			{"资金金额", "第一批下拨数(万元)", "120"},
			{"^", "第二批下拨数(万元)", "80"},
			{"^", "其中：中央补助", "80"},
		}, "<nil>"},
		{"no money unit named", [][]string{
			{"资金金额", "下拨数", "120"},
			{"^", "其中:省级补助", "120"},
		}, "<nil>"},
	}
	lx := defaultLexicon()
	for _, l := range []string{"资金金额(万元)", "下拨数(万元)", "下拨数", "第一批下拨数", "第二批下拨数(万元)"} {
		_, _, ok := lx.lookupLabel(labelKey(l))
		require.False(t, ok, "%s is a label of the vocabulary: the test reads nothing", l)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := [][]string{{"某补助资金绩效目标表"}, {"资金名称", "某补助资金"}}
			rows = append(append(rows, tt.money...), []string{"总体目标", "改善某林场基础设施。"})
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
		})
	}
}

// TestTotalOverPartsUnitElsewhere: the money unit of a whole over its
// parts (TestTotalOverParts) may stand in a unit line above the table
// (单位：万元) or in the amounts (120万元) instead of a label; a label of
// money words (资金金额) then names the block. The whole's label and amount
// may share a cell (下拨数：120万元). Before, such a block named no unit and
// the budget was missed. A label of no money words, or another
// whole after the parts written with its unit (第二批下拨数 | 80万元), still
// leaves it unread.
func TestTotalOverPartsUnitElsewhere(t *testing.T) {
	tests := []struct {
		name  string
		line  string
		money [][]string
		want  string
	}{
		{"unit line", "单位：万元", [][]string{
			{"资金金额", "下拨数", "120"},
			{"^", "其中:省级补助", "120"},
			{"^", "其他", ""},
		}, "120"},
		{"unit in the amounts", "", [][]string{
			{"资金金额", "下拨数", "120万元"},
			{"^", "其中:省级补助", "100万元"},
			{"^", "其他", "20万元"},
		}, "120"},
		{"no money words", "单位：万元", [][]string{
			{"林场情况", "下拨数", "120"},
			{"^", "其中:省级补助", "120"},
		}, "<nil>"},
		{"label and amount in one cell", "", [][]string{
			{"资金金额", "下拨数：120万元"},
			{"^", "其中:省级补助", "120"},
			{"^", "其他", ""},
		}, "120"},
		{"label and amount in one cell, parts that do not add up", "", [][]string{
			{"资金金额", "下拨数：120万元"},
			{"^", "其中:省级补助", "100"},
		}, "<nil>"},
		{"label and amount in one cell, no unit", "", [][]string{
			{"资金金额", "下拨数：120"},
			{"^", "其中:省级补助", "120"},
		}, "<nil>"},
		{"another whole after the parts, units in the amounts", "", [][]string{
			{"资金金额", "第一批下拨数", "120万元"},
			{"^", "其中：中央补助", "120万元"},
			{"^", "第二批下拨数", "80万元"},
			{"^", "其中：省级补助", "80万元"},
		}, "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var blocks []layout.Block
			if tt.line != "" {
				blocks = append(blocks, para(1, tt.line))
			}
			rows := [][]string{{"某补助资金绩效目标表"}, {"资金名称", "某补助资金"}}
			rows = append(append(rows, tt.money...), []string{"总体目标", "改善某林场基础设施。"})
			doc := Extract(append(blocks, tableOf(2, rows...)), layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
		})
	}
}
