package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestNamePairs: a header of two name | value pairs (目标名称 | 目标值 |
// 评价指标 | 标准值, the Jiangsu 绩效目标设置情况 grid of real filing 502)
// pairs each name with the value of its own pair: the target's name is
// 目标名称's, the measure (评价指标) is kept beside the target, never its
// name or its level. Before, the names came from 评价指标 and the targets
// from 目标值 (a name from one pair, a value from the other). A grid whose
// names already stand left of the target, or whose caption before the
// target names no name, reads as before.
func TestNamePairs(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		want   []string // name = target of the first row
		pairs  bool     // read as two pairs: the measure beside the target
	}{
		{"target and measure", []string{"目标名称", "目标值", "评价指标", "标准值", "目标完成值", "得分"},
			[]string{"1.预算投入资金", "6475"}, true},
		{"measure as names", []string{"目标名称", "目标值", "指标名称", "标准值", "目标完成值", "得分"},
			[]string{"1.预算投入资金", "6475"}, true},
		{"names left of the target", []string{"指标名称", "指标值", "评价指标", "标准值", "目标完成值", "得分"},
			[]string{"1.预算投入资金", "6475"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := [][]string{tt.header,
				{"1.预算投入资金", "6475", "预算完成率", "100%", "6475", "1"},
				{"2.实际到位资金", "6475", "资金到位率", "100%", "6475", "1"},
			}
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			inds := doc.Projects[0].Indicators
			require.Len(t, inds, 2)
			assert.Equal(t, tt.want, []string{inds[0].Name, inds[0].Value.Raw})
			if !tt.pairs {
				return
			}
			assert.Empty(t, inds[0].Level1)
			found := false
			for _, o := range inds[0].OtherValues {
				found = found || o.Value.Raw == "预算完成率"
			}
			assert.True(t, found, "the measure kept beside the target")
		})
	}
}
