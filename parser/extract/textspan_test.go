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
