package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/pdftest"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// gridPage draws a ruled table: columns at xs, rows at ys (top-down from
// the page's top, 842), vertical rules from ys[0] to vbot, a letter in
// each cell.
func gridPage(xs, ys []float64, vbot float64) string {
	var b strings.Builder
	b.WriteString("0.5 w ")
	for _, y := range ys {
		fmt.Fprintf(&b, "%g %g m %g %g l S ", xs[0], 842-y, xs[len(xs)-1], 842-y)
	}
	for _, x := range xs {
		fmt.Fprintf(&b, "%g %g m %g %g l S ", x, 842-ys[0], x, 842-vbot)
	}
	for r := 0; r+1 < len(ys); r++ {
		for c := 0; c+1 < len(xs); c++ {
			fmt.Fprintf(&b, "BT /F1 10 Tf %g %g Td (%c) Tj ET ", xs[c]+5, 842-ys[r+1]+5, 'a'+r*len(xs)+c)
		}
	}
	return b.String()
}

// TestPDFContinuationNarrowerPart: a table whose bottom the page leaves
// open (its vertical rules run past its last row, as a browser prints a
// table the page cuts) followed on the next page by a closed table of
// fewer columns (the same outer edges: its continuation) reads both, without looking past the narrower table's
// columns (it panicked: index out of range).
func TestPDFContinuationNarrowerPart(t *testing.T) {
	font := "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >>"
	page1 := gridPage([]float64{50, 150, 250, 350, 450}, []float64{40, 60, 80}, 120)
	page2 := gridPage([]float64{50, 250, 450}, []float64{40, 60, 80}, 80)
	bodies := [][]byte{
		[]byte("<< /Type /Catalog /Pages 2 0 R >>"),
		[]byte("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>"),
		[]byte("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + font + " /Contents 5 0 R >>"),
		[]byte("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + font + " /Contents 6 0 R >>"),
		pdftest.Stream("", []byte(page1)),
		pdftest.Stream("", []byte(page2)),
	}
	blocks, err := Read(pdftest.File(bodies, ""), layout.Limits{}.WithDefaults())
	require.NoError(t, err)
	var tables int
	for _, b := range blocks {
		if b.Table != nil {
			tables++
		}
	}
	require.NotZero(t, tables)
}

// TestPDFCellCutByPage: a browser's print cuts a merged cell (a level
// label spanning rows) at the page's bottom and goes on at the next
// page's top with no rule between: the cell's rest, with text, beside
// rows the page did not cut, is the same cell, its text joined to the
// part above, never a cell of its own — whether the page also cut the
// row beside it (an empty strip at the bottom, dropped) or closed it.
func TestPDFCellCutByPage(t *testing.T) {
	font := "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >>"
	for _, tt := range []struct {
		name       string
		vbot, top2 string // where page 1's vertical rules end; page 2's top rule
	}{
		{"the row beside cut too", "742", ""},
		{"the row beside closed", "762", "150 802 m 450 802 l S "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var p1, p2 strings.Builder
			p1.WriteString("0.5 w 50 802 m 450 802 l S 50 782 m 450 782 l S 150 762 m 450 762 l S ") // the last rule under the right column only
			for _, x := range []float64{50, 150, 450} {
				fmt.Fprintf(&p1, "%g 802 m %g %s l S ", x, x, tt.vbot)
			}
			p1.WriteString("BT /F1 10 Tf 55 787 Td (level) Tj ET BT /F1 10 Tf 155 787 Td (name) Tj ET ")
			p1.WriteString("BT /F1 10 Tf 55 767 Td (qual) Tj ET BT /F1 10 Tf 155 767 Td (a) Tj ET ")
			p2.WriteString("0.5 w " + tt.top2 + "50 782 m 450 782 l S 50 762 m 450 762 l S ") // no rule over the left column's top
			for _, x := range []float64{50, 150, 450} {
				fmt.Fprintf(&p2, "%g 802 m %g 762 l S ", x, x)
			}
			p2.WriteString("BT /F1 10 Tf 55 787 Td (ity) Tj ET BT /F1 10 Tf 155 787 Td (b) Tj ET ")
			p2.WriteString("BT /F1 10 Tf 55 767 Td (time) Tj ET BT /F1 10 Tf 155 767 Td (c) Tj ET ")
			bodies := [][]byte{
				[]byte("<< /Type /Catalog /Pages 2 0 R >>"),
				[]byte("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>"),
				[]byte("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + font + " /Contents 5 0 R >>"),
				[]byte("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + font + " /Contents 6 0 R >>"),
				pdftest.Stream("", []byte(p1.String())),
				pdftest.Stream("", []byte(p2.String())),
			}
			blocks, err := Read(pdftest.File(bodies, ""), layout.Limits{}.WithDefaults())
			require.NoError(t, err)
			var rows []string
			for _, b := range blocks {
				if b.Table == nil {
					continue
				}
				for _, r := range b.Table.Rows {
					var cs []string
					for _, c := range r {
						s := strings.ReplaceAll(c.Text, "\n", "/")
						if c.Merged {
							s = "^"
						}
						cs = append(cs, s)
					}
					rows = append(rows, strings.Join(cs, " | "))
				}
			}
			require.Equal(t, []string{"level | name", "qual/ity | a", "^ | b", "time | c"}, rows)
		})
	}
}
