package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"

	"github.com/perfdoc/perfdoc/internal/pdftest"
)

// pdfFile writes objects 1…n (bodies[i] is object i+1) and a classic
// xref table; the catalog is object 1.
func pdfFile(w *bufio.Writer, bodies [][]byte) error {
	_, err := w.Write(pdftest.File(bodies, ""))
	return err
}

var (
	stream  = pdftest.Stream  // a stream object of that dictionary and data
	flate   = pdftest.Flate   // a FlateDecode stream object
	onePage = pdftest.OnePage // catalog and pages of one page (object 3); further objects start at 4
)

const helvetica = "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"

// type0 is a Type0 font with Identity CIDs whose encoding and ToUnicode
// are given (a name or a reference).
func type0(encoding, toUnicode string) string {
	f := "<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding " + encoding +
		" /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>]"
	if toUnicode != "" {
		f += " /ToUnicode " + toUnicode
	}
	return f + " >>"
}

// pdfPredictor: a one-page PDF whose 11-byte Flate content stream claims a
// PNG-predictor row of n × 64 colours × 2 bytes.
func pdfPredictor(w *bufio.Writer, n int) error {
	objs := onePage("<< >>", "4 0 R")
	objs = append(objs, flate(fmt.Sprintf("/DecodeParms << /Predictor 12 /Colors 64 /BitsPerComponent 16 /Columns %d >>", n), []byte("BT ET      ")))
	return pdfFile(w, objs)
}

// pdfSharedContent: n pages whose /Contents is one uncompressed stream of
// 80 lines of text (about 12 000 characters shown per page).
func pdfSharedContent(w *bufio.Writer, n int) error {
	var c strings.Builder
	for i := 0; i < 80; i++ {
		fmt.Fprintf(&c, "BT /F1 6 Tf 20 %d Td (%s) Tj ET\n", 820-10*i, strings.Repeat("word ", 30))
	}
	kids := make([]string, n)
	objs := [][]byte{[]byte("<< /Type /Catalog /Pages 2 0 R >>"), nil, stream("", []byte(c.String()))}
	for i := range kids {
		kids[i] = fmt.Sprintf("%d 0 R", i+4)
		objs = append(objs, []byte("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "+helvetica+" /Contents 3 0 R >>"))
	}
	objs[1] = []byte(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n))
	return pdfFile(w, objs)
}

// pdfContentsArray: one page whose /Contents array names one raw 100 KB
// stream (a comment) n times.
func pdfContentsArray(w *bufio.Writer, n int) error {
	refs := strings.TrimSpace(strings.Repeat("4 0 R ", n))
	objs := onePage(helvetica, "["+refs+"]")
	objs = append(objs, stream("", []byte("%"+strings.Repeat("x", 100000)+"\n")))
	return pdfFile(w, objs)
}

// pdfBfrange: a ToUnicode bfrange whose destination is n UTF-16 units,
// and 4000 glyphs of the code it maps.
func pdfBfrange(w *bufio.Writer, n int) error {
	var cm strings.Builder
	cm.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n1 beginbfrange\n<0000> <FFFF> <")
	cm.WriteString(strings.Repeat("4E00", n))
	cm.WriteString(">\nendbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end\n")
	objs := onePage("<< /Font << /F1 5 0 R >> >>", "4 0 R")
	objs = append(objs, flate("", []byte("BT /F1 12 Tf 20 800 Td <"+strings.Repeat("0001", 4000)+"> Tj ET")))
	objs = append(objs, []byte(type0("/Identity-H", "6 0 R")))
	objs = append(objs, flate("", []byte(cm.String())))
	return pdfFile(w, objs)
}

// pdfCodespace: an Encoding CMap of n codespace ranges <FF> <00> (never
// matching), and one Tj of n/25 bytes.
func pdfCodespace(w *bufio.Writer, n int) error {
	var cm strings.Builder
	cm.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CMapName /X def\n")
	for left := n; left > 0; left -= 100 {
		k := min(left, 100)
		fmt.Fprintf(&cm, "%d begincodespacerange\n%sendcodespacerange\n", k, strings.Repeat("<FF> <00>\n", k))
	}
	cm.WriteString("1 begincidrange <00> <FF> 1 endcidrange\nendcmap CMapName currentdict /CMap defineresource pop end end\n")
	tounicode := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfrange <00> <FF> <4E00> endbfrange\nendcmap end end\n"
	objs := onePage("<< /Font << /F1 5 0 R >> >>", "4 0 R")
	objs = append(objs, flate("", []byte("BT /F1 12 Tf 20 800 Td <"+strings.Repeat("41", n/25)+"> Tj ET")))
	objs = append(objs, []byte(type0("6 0 R", "7 0 R")))
	objs = append(objs, flate("/Type /CMap", []byte(cm.String())))
	objs = append(objs, flate("", []byte(tounicode)))
	return pdfFile(w, objs)
}

// pdfNoEndstream: no xref (repair), n objects "N 0 obj<<>>stream" that
// never end.
func pdfNoEndstream(w *bufio.Writer, n int) error {
	w.WriteString("%PDF-1.7\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(w, "%d 0 obj<<>>stream\nxxxx\n", i)
	}
	return nil
}

// pdfOpenString: no xref (repair), n objects "N 0 obj (" whose literal
// string never closes.
func pdfOpenString(w *bufio.Writer, n int) error {
	w.WriteString("%PDF-1.7\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(w, "%d 0 obj (\n", i)
	}
	return nil
}

// pdfXrefW (variant): an xref stream whose /W array has n entries, and a
// page tree behind it.
func pdfXrefW(w *bufio.Writer, n int) error {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offs := []int{}
	for i, body := range onePage(helvetica, "4 0 R") {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	offs = append(offs, b.Len())
	fmt.Fprintf(&b, "4 0 obj\n%s\nendobj\n", stream("", []byte("BT /F1 12 Tf 20 800 Td (x) Tj ET")))
	x := b.Len()
	ws := "1 4 2" + strings.Repeat(" 0", n)
	var rows []byte
	rows = append(rows, 0, 0, 0, 0, 0, 0xff, 0xff)
	for _, o := range append(offs, x) {
		rows = append(rows, 1, byte(o>>24), byte(o>>16), byte(o>>8), byte(o), 0, 0)
	}
	fmt.Fprintf(&b, "5 0 obj\n%s\nendobj\nstartxref\n%d\n%%%%EOF\n", stream(fmt.Sprintf("/Type /XRef /Size 6 /W [%s] /Root 1 0 R", ws), rows), x)
	_, err := w.Write(b.Bytes())
	return err
}

// pdfNested (variant): the page's /Resources holds arrays and
// dictionaries nested n deep.
func pdfNested(w *bufio.Writer, n int) error {
	deep := strings.Repeat("[<< /A ", n) + "0" + strings.Repeat(" >>]", n)
	objs := onePage("<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> /X "+deep+" >>", "4 0 R")
	objs = append(objs, stream("", []byte("BT /F1 12 Tf 20 800 Td (x) Tj ET")))
	return pdfFile(w, objs)
}

// pdfNestedUnclosed (variant): n "[" and "<<" that never close, in the
// catalog, with an xref table.
func pdfNestedUnclosed(w *bufio.Writer, n int) error {
	return pdfFile(w, [][]byte{[]byte("<< /Type /Catalog /Pages 2 0 R /X " + strings.Repeat("[<<", n)), []byte("<< /Type /Pages /Kids [] /Count 0 >>")})
}
