package parser

import (
	"strings"
	"testing"

	"github.com/perfdoc/perfdoc/internal/alloctest"
)

// FuzzPDF: the PDF reader never panics on any bytes after a %PDF header,
// and an error is one line.
func FuzzPDF(f *testing.F) {
	f.Add(benchInput(f, "pdf/lo-budget-2026.pdf")[:4000])
	f.Add(buildPDF(onePagePDF("<< /Font << /F1 5 0 R >> >>", "BT /F1 12 Tf 72 700 Td (1.x) Tj ET 0 0 m 100 0 l S 10 10 100 1 re f"), ""))
	f.Add(xrefStreamPDF(map[int][]byte{1: []byte("<< /Type /Catalog /Pages 2 0 R >>"), 2: []byte("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
		4: pdfStream("/Type /ObjStm /N 1 /First 4", []byte("3 0 << /Type /Page /Parent 2 0 R >>"))}, map[int][2]int{3: {4, 0}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !strings.HasPrefix(string(data), "%PDF") {
			data = append([]byte("%PDF-1.7\n"), data...)
		}
		var err error
		alloctest.Within(t, len(data), alloctest.PerZipByte, func() { _, err = Parse(data, Options{Path: "fuzz.pdf", Format: FormatPDF}) })
		if err != nil && (strings.Contains(err.Error(), "internal error") || strings.Contains(err.Error(), "\n")) {
			t.Fatalf("bad error: %v", err)
		}
	})
}
