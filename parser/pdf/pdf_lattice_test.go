package pdf

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	pdffile "github.com/perfdoc/perfdoc/parser/internal/pdf"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestPDFGridSlots: ruled grids of more than maxGridSlots slots are no
// table, and a page whose grids sum past maxPageSlots is refused.
func TestPDFGridSlots(t *testing.T) {
	rules := func(n, grids int) []pdffile.Rule {
		var rs []pdffile.Rule
		for g := 0; g < grids; g++ {
			x0 := float64(g) * float64(n+10) * 10
			for i := 0; i <= n; i++ {
				f := float64(i) * 10
				rs = append(rs, pdffile.Rule{X0: x0, Y0: f, X1: x0 + float64(n)*10, Y1: f, T: 0.5})
				rs = append(rs, pdffile.Rule{X0: x0 + f, Y0: 0, X1: x0 + f, Y1: float64(n) * 10, T: 0.5})
			}
		}
		return rs
	}
	grids, err := findGrids(rules(20, 1), 1000)
	require.NoError(t, err)
	assert.Len(t, grids, 1)
	grids, err = findGrids(rules(300, 1), 4000)
	require.NoError(t, err)
	assert.Empty(t, grids, "90 000 slots: no table")
	_, err = findGrids(rules(250, 5), 4000)
	assert.ErrorIs(t, err, layout.ErrTooLarge)
}
