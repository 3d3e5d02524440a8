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
