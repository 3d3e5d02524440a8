package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// The families round nine's held-out sets lost (docs/real-corpus.md).

// A comparator column (指标性质 | 指标值 | 度量单位) whose signs are written
// in any form normalize reads as one — the small forms ﹤﹥﹦ of a CJK input
// method's symbol table, the full-width ＜＞＝, ≧≦, ⩾⩽, a sign with a
// variation selector — is a comparator column: each target is the sign,
// the number and the unit as written (﹦72890元; its op is normalize's,
// TestSignForms).
// Before, ﹦ was no sign: the target lost it (72890元, op =) and the cell
// was kept as the indicator's 指标性质 only; ⩾ was a sign to normalize but
// not to the grid.
func TestSignFormsInComparatorColumn(t *testing.T) {
	for _, tt := range []struct{ sign string }{
		{"﹦"}, {"＝"}, {"="}, {"﹥"}, {"＞"}, {"﹤"}, {"≧"}, {"⩾"}, {"≥\ufe0e"}, {"≦"}, {"⩽"}, {"＜＝"},
	} {
		page := `<table>
<tr><td>项目名称</td><td colspan="5">某补助经费</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>补助经费</td><td>` + tt.sign + `</td><td>72890</td><td>元</td></tr>
<tr><td>产出指标</td><td>质量指标</td><td>验收合格率</td><td>` + tt.sign + `</td><td>100</td><td>%</td></tr>
</table>`
		blocks, err := html.Read([]byte(page), layout.DefaultLimits)
		require.NoError(t, err)
		doc := Extract(blocks, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		want := []string{"补助经费=" + tt.sign + "72890元", "验收合格率=" + tt.sign + "100%"}
		assert.Equal(t, want, got, "sign %q", tt.sign)
	}
}
