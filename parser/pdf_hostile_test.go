package parser

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/perfdoc/perfdoc/internal/pdftest"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/pdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// buildPDF writes a PDF with a classic xref table whose objects are
// bodies[0] as object 1, bodies[1] as object 2, …; trailer adds to the
// trailer dictionary.
func buildPDF(bodies [][]byte, trailer string) []byte { return pdftest.File(bodies, trailer) }

var pdfStream = pdftest.Stream

// onePagePDF is a page of that content (object 4) and resources.
func onePagePDF(resources, content string) [][]byte {
	return append(pdftest.OnePage(resources, "4 0 R"), pdfStream("", []byte(content)))
}

var (
	gigaOnce sync.Once
	gigaZlib []byte
)

// gigaBomb is 1 GiB of zeros, zlib-compressed (about 1.3 MB).
func gigaBomb() []byte {
	gigaOnce.Do(func() {
		var b bytes.Buffer
		w, _ := zlib.NewWriterLevel(&b, zlib.BestSpeed)
		chunk := make([]byte, 1<<20)
		for i := 0; i < 1024; i++ {
			w.Write(chunk)
		}
		w.Close()
		gigaZlib = b.Bytes()
	})
	return gigaZlib
}

// xrefStreamPDF writes objects (number → body) with an xref stream; extra
// lists objects compressed in object streams (number → stream, index).
func xrefStreamPDF(objs map[int][]byte, extra map[int][2]int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	size := 0
	for n := range objs {
		size = max(size, n+1)
	}
	for n := range extra {
		size = max(size, n+1)
	}
	offs := map[int]int{}
	for n := 0; n < size; n++ {
		if body, ok := objs[n]; ok {
			offs[n] = b.Len()
			fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", n, body)
		}
	}
	xnum := size
	offs[xnum] = b.Len()
	var rows []byte
	for n := 0; n <= xnum; n++ {
		if o, ok := offs[n]; ok {
			rows = append(rows, 1, byte(o>>24), byte(o>>16), byte(o>>8), byte(o), 0, 0)
		} else if e, ok := extra[n]; ok {
			rows = append(rows, 2, 0, 0, byte(e[0]>>8), byte(e[0]), 0, byte(e[1]))
		} else {
			rows = append(rows, 0, 0, 0, 0, 0, 0xff, 0xff)
		}
	}
	fmt.Fprintf(&b, "%d 0 obj\n", xnum)
	b.Write(pdfStream(fmt.Sprintf("/Type /XRef /Size %d /W [1 4 2] /Root 1 0 R", xnum+1), rows))
	fmt.Fprintf(&b, "\nendobj\nstartxref\n%d\n%%%%EOF\n", offs[xnum])
	return b.Bytes()
}

func hostilePDFs(t testing.TB) []struct {
	name string
	data []byte
	err  error
	want string
} {
	seed := benchInput(t, "pdf/lo-budget-2026.pdf")
	kids := make([]string, 100000)
	bodies := [][]byte{[]byte("<< /Type /Catalog /Pages 2 0 R >>"), nil}
	for i := range kids {
		kids[i] = fmt.Sprintf("%d 0 R", i+3)
		bodies = append(bodies, []byte("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"))
	}
	bodies[1] = []byte("<< /Type /Pages /Kids [" + strings.Join(kids, " ") + "] /Count 100000 >>")
	bomb := onePagePDF("<< >>", "")
	bomb[3] = pdfStream("/Filter /FlateDecode", gigaBomb())
	scan := onePagePDF("<< /XObject << /Im1 5 0 R >> >>", "q 595 0 0 842 0 0 cm /Im1 Do Q")
	scan = append(scan, pdfStream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0, 0, 0, 0}))
	selfRef := xrefStreamPDF(map[int][]byte{
		1: []byte("<< /Type /Catalog /Pages 2 0 R >>"),
		2: []byte("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
		4: pdfStream("/Type /ObjStm /N 2 /First 8 /Extends 4 0 R", []byte("4 0 3 10 << /Type /Page /Parent 2 0 R >>")),
	}, map[int][2]int{3: {4, 1}, 4: {4, 0}})
	stmBomb := xrefStreamPDF(map[int][]byte{
		1: []byte("<< /Type /Catalog /Pages 2 0 R >>"),
		2: []byte("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
		4: pdfStream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", gigaBomb()),
	}, map[int][2]int{3: {4, 0}})
	badXref := bytes.Replace(seed, []byte("startxref\n"), []byte("startxref\n9"), 1)
	return []struct {
		name string
		data []byte
		err  error
		want string
	}{
		{"1 GiB FlateDecode bomb", buildPDF(bomb, ""), layout.ErrTooLarge, "a stream inflates to more than"},
		{"1 GiB object stream bomb", stmBomb, layout.ErrTooLarge, "a stream inflates to more than"},
		{"object stream that contains and extends itself", selfRef, pdf.ErrBadPDF, "no pages"},
		{"100 000 pages of nothing", buildPDF(bodies, ""), layout.ErrTooLarge, "100000 pages, over the limit of 10000"},
		{"scan-only page", buildPDF(scan, ""), pdf.ErrNeedsOCR, "no text layer (scanned pages?): OCR: page 1: a page of 2×2 pixels"},
		{"encrypted", buildPDF(onePagePDF("<< >>", ""), "/Encrypt << /Filter /Standard /V 2 /R 3 >> "), pdf.ErrEncryptedPDF, "encrypted PDF"},
		{"truncated", seed[:len(seed)/3], pdf.ErrBadPDF, "unreadable PDF"},
		{"header only", []byte("%PDF-1.4\n"), pdf.ErrBadPDF, "unreadable PDF"},
		{"broken xref offset (repaired)", badXref, nil, ""},
		{"garbage after the header", append([]byte("%PDF-1.5\n"), bytes.Repeat([]byte("<<[(\\"), 50000)...), pdf.ErrBadPDF, "unreadable PDF"},
		{"text without a Unicode map", buildPDF(onePagePDF("<< /Font << /F1 5 0 R >> >>", "BT /F1 12 Tf 10 10 Td <0102> Tj ET"), ""), nil, "its fonts map no character"},
	}
}

// TestHostilePDFs: each hostile or broken PDF ends in one line that names
// the file and says what is wrong (or, when repaired, parses), within a
// bounded allocation. Time is not asserted; bench/pdf.sh measures it.
func TestHostilePDFs(t *testing.T) {
	for _, tt := range hostilePDFs(t) {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			doc, err := Parse(tt.data, Options{Path: "in.pdf"})
			runtime.ReadMemStats(&after)
			assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(512<<20), "allocated too much")
			if tt.want == "" {
				require.NoError(t, err)
				assert.Len(t, doc.Projects, 31)
				return
			}
			require.Error(t, err)
			msg := err.Error()
			assert.True(t, strings.HasPrefix(msg, "parser: in.pdf: "), msg)
			assert.NotContains(t, msg, "\n")
			assert.NotContains(t, msg, "internal error")
			assert.Contains(t, msg, tt.want)
			if tt.err != nil {
				assert.True(t, errors.Is(err, tt.err), "%v does not wrap %v", err, tt.err)
			}
		})
	}
}
