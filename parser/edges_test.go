package parser

import (
	"encoding/binary"
	"fmt"
	"html"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/officetest"
)

// loneSurrogate in an edge table's text stands for the UTF-16 unit 0xD800
// alone: so written by the UTF-16 writers (XLS, PDF, UTF-16 text), and as
// its WTF-8 bytes (invalid UTF-8) by the others.
const loneSurrogate = "<LS>"

// edgeTables are the structural edge cases every reader must survive:
// rows of cell texts, "^" continuing the cell above (a vertical merge),
// "<" the cell on the left (a horizontal one).
func edgeTables() []struct {
	name string
	rows [][]string
} {
	header := []string{"一级指标", "二级指标", "三级指标", "指标值"}
	wide := make([]string, 200)
	wideVals := make([]string, 200)
	for i := range wide {
		wide[i] = header[i%4]
		wideVals[i] = fmt.Sprintf("≥%d%%", i)
	}
	return []struct {
		name string
		rows [][]string
	}{
		{"empty table", nil},
		{"one empty row", [][]string{{}}},
		{"a row of only merged cells", [][]string{{"产出指标", "数量指标"}, {"^", "^"}, {"^", "^"}}},
		{"a row of one cell spanning all", [][]string{{"项目名称", "<", "<", "<"}}},
		{"header row alone", [][]string{header}},
		{"one cell", [][]string{{"项目编码"}}},
		{"200 columns", [][]string{wide, wideVals, wide}},
		{"grid header then nothing", [][]string{{"项目名称", "x", "项目编码", "P1"}, header}},
		{"grid header then empty rows", [][]string{header, {}, {"", "", "", ""}}},
		{"whitespace and zero-width cells", [][]string{header, {" ", "\u200b", "\u3000\t", "\ufeff\u200d"}, {"产出指标", "\u00a0", "人数", "≥\u200b5人"}}},
		{"NUL bytes", [][]string{header, {"\x00", "数量\x00指标", "a\x00", "\x00\x00≥5"}}},
		{"lone surrogates", [][]string{header, {loneSurrogate, "数量指标", "人" + loneSurrogate, "≥5" + loneSurrogate}}},
		{"CR-only line endings in cells", [][]string{header, {"产出\r指标", "数量指标\r", "\r", "≥5\r人"}}},
		{"merge continuation in the first row", [][]string{{"^", "<", "指标值"}, header}},
	}
}

// utf8Text is the text of a cell for UTF-8 writers.
func utf8Text(s string) string { return strings.ReplaceAll(s, loneSurrogate, "\xed\xa0\x80") }

// utf16Units is the text of a cell for UTF-16 writers.
func utf16Units(s string) []uint16 {
	var u []uint16
	for i, part := range strings.Split(s, loneSurrogate) {
		if i > 0 {
			u = append(u, 0xD800)
		}
		u = append(u, utf16.Encode([]rune(part))...)
	}
	return u
}

// spans gives the row and column span of the cell at r, c (0 for a
// continuation).
func spans(rows [][]string, r, c int) (int, int) {
	if rows[r][c] == "^" || rows[r][c] == "<" {
		return 0, 0
	}
	rs, cs := 1, 1
	for r+rs < len(rows) && c < len(rows[r+rs]) && rows[r+rs][c] == "^" {
		rs++
	}
	for c+cs < len(rows[r]) && rows[r][c+cs] == "<" {
		cs++
	}
	return rs, cs
}

const edgeTitle = "1.x绩效目标表"

func edgeText(rows [][]string, crOnly bool) []byte {
	var b strings.Builder
	b.WriteString(edgeTitle + "\n\n")
	for _, row := range rows {
		for _, c := range row {
			if c != "^" && c != "<" {
				b.WriteString("\t" + utf8Text(c) + "\n")
			}
		}
		b.WriteString("\n")
	}
	s := b.String()
	if crOnly {
		s = strings.ReplaceAll(s, "\n", "\r")
	}
	return []byte(s)
}

func edgeTextUTF16(rows [][]string) []byte {
	s := strings.ReplaceAll(string(edgeText(rows, false)), "\xed\xa0\x80", loneSurrogate)
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16Units(s) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

func edgeHTML(rows [][]string) []byte {
	var b strings.Builder
	b.WriteString("<html><body><p>" + edgeTitle + "</p><table>")
	for r, row := range rows {
		b.WriteString("<tr>")
		for c, cell := range row {
			if rs, cs := spans(rows, r, c); rs > 0 {
				fmt.Fprintf(&b, `<td rowspan="%d" colspan="%d">%s</td>`, rs, cs, html.EscapeString(utf8Text(cell)))
			}
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</table></body></html>")
	return []byte(b.String())
}

func edgeDOCX(t *testing.T, rows [][]string) []byte {
	var b strings.Builder
	b.WriteString("<w:p><w:r><w:t>" + edgeTitle + "</w:t></w:r></w:p><w:tbl>")
	for r, row := range rows {
		b.WriteString("<w:tr>")
		for c, cell := range row {
			switch rs, cs := spans(rows, r, c); {
			case cell == "^":
				b.WriteString(`<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>`)
			case rs > 0:
				vm := ""
				if rs > 1 {
					vm = `<w:vMerge w:val="restart"/>`
				}
				fmt.Fprintf(&b, `<w:tc><w:tcPr><w:gridSpan w:val="%d"/>%s</w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>`, cs, vm, html.EscapeString(utf8Text(cell)))
			}
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
	return officetest.DOCX(t, b.String())
}

func edgeXLSX(t *testing.T, rows [][]string) []byte {
	var b, merges strings.Builder
	fmt.Fprintf(&b, `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row>`, edgeTitle)
	for r, row := range rows {
		fmt.Fprintf(&b, `<row r="%d">`, r+2)
		for c, cell := range row {
			if rs, cs := spans(rows, r, c); rs > 0 {
				fmt.Fprintf(&b, `<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>`, a1(r+2, c+1), html.EscapeString(utf8Text(cell)))
				if rs > 1 || cs > 1 {
					fmt.Fprintf(&merges, `<mergeCell ref="%s:%s"/>`, a1(r+2, c+1), a1(r+1+rs, c+cs))
				}
			}
		}
		b.WriteString("</row>")
	}
	b.WriteString("</sheetData>")
	if merges.Len() > 0 {
		b.WriteString("<mergeCells>" + merges.String() + "</mergeCells>")
	}
	return officetest.XLSXParts(t, b.String(), "")
}

func edgeXLS(t *testing.T, rows [][]string) []byte {
	le := binary.LittleEndian
	label := func(r, c int, s string) []byte {
		u := utf16Units(s)
		d := le.AppendUint16(le.AppendUint16(le.AppendUint16(le.AppendUint16(nil, uint16(r)), uint16(c)), 0), uint16(len(u)))
		d = append(d, 1)
		for _, x := range u {
			d = le.AppendUint16(d, x)
		}
		return officetest.BIFFRec(0x0204, d)
	}
	var wb []byte
	wb = append(wb, officetest.BIFFRec(officetest.RecBOF, []byte{0x00, 0x06, 0x05, 0x00})...)
	wb = append(wb, officetest.BIFFRec(officetest.RecXF, []byte{0, 0, 2, 0})...)
	sheetAt := len(wb) + len(officetest.BIFFRec(officetest.RecBoundSheet, make([]byte, 9))) + 4
	wb = append(wb, officetest.BIFFRec(officetest.RecBoundSheet, append(le.AppendUint32(nil, uint32(sheetAt)), 0, 0, 1, 0, 'S'))...)
	wb = append(wb, officetest.BIFFRec(officetest.RecEOF, nil)...)
	wb = append(wb, officetest.BIFFRec(officetest.RecBOF, []byte{0x00, 0x06, 0x10, 0x00})...)
	wb = append(wb, label(0, 0, edgeTitle)...)
	var merges []byte
	n := 0
	for r, row := range rows {
		for c, cell := range row {
			if rs, cs := spans(rows, r, c); rs > 0 {
				wb = append(wb, label(r+1, c, cell)...)
				if rs > 1 || cs > 1 {
					merges = le.AppendUint16(le.AppendUint16(le.AppendUint16(le.AppendUint16(merges, uint16(r+1)), uint16(r+rs)), uint16(c)), uint16(c+cs-1))
					n++
				}
			}
		}
	}
	if n > 0 {
		wb = append(wb, officetest.BIFFRec(officetest.RecMergedCells, append(le.AppendUint16(nil, uint16(n)), merges...))...)
	}
	wb = append(wb, officetest.BIFFRec(officetest.RecEOF, nil)...)
	data, _ := officetest.CFB(t, officetest.Stream{Name: "Workbook", Data: wb})
	return data
}

func edgePDF(rows [][]string) []byte {
	var s synthPDF
	s.gbFont("F3", "UniGB-UCS2-H")
	codes := func(text string) []byte {
		var b []byte
		for _, u := range utf16Units(text) {
			b = binary.BigEndian.AppendUint16(b, u)
		}
		return b
	}
	s.show("F3", 12, 60, 60, codes(edgeTitle))
	cols := 1
	for _, row := range rows {
		cols = max(cols, len(row))
	}
	w := 480 / float64(cols)
	for r, row := range rows {
		for c, cell := range row {
			if rs, _ := spans(rows, r, c); rs > 0 {
				s.show("F3", min(12, w), 60+w*float64(c)+1, 100+20*float64(r)+14, codes(cell))
			}
		}
	}
	for r := 0; r <= len(rows); r++ {
		s.rule(60, 100+20*float64(r), 540, 100+20*float64(r))
	}
	for c := 0; c <= cols; c++ {
		s.rule(60+w*float64(c), 100, 60+w*float64(c), 100+20*float64(len(rows)))
	}
	return s.bytes()
}

// TestStructuralEdges: each edge table, written in each format, parses to a
// clean error naming the file or to a bounded document, never a panic
// (Parse turns a panic into an "internal error").
func TestStructuralEdges(t *testing.T) {
	for _, tc := range edgeTables() {
		inputs := []struct {
			format string
			data   []byte
		}{
			{FormatText, edgeText(tc.rows, false)},
			{FormatText, edgeText(tc.rows, true)},
			{FormatText, edgeTextUTF16(tc.rows)},
			{FormatHTML, edgeHTML(tc.rows)},
			{FormatDOCX, edgeDOCX(t, tc.rows)},
			{FormatXLSX, edgeXLSX(t, tc.rows)},
			{FormatXLS, edgeXLS(t, tc.rows)},
			{FormatPDF, edgePDF(tc.rows)},
		}
		for i, in := range inputs {
			t.Run(fmt.Sprintf("%s/%d-%s", tc.name, i, in.format), func(t *testing.T) {
				path := "edge." + in.format
				doc, err := Parse(in.data, Options{Path: path, Format: in.format})
				if err != nil {
					require.NotContains(t, err.Error(), "internal error")
					require.True(t, strings.HasPrefix(err.Error(), "parser: "+path+": "), err.Error())
					return
				}
				require.Less(t, len(doc.AppendJSON(nil, false)), 64*len(in.data)+1<<16, "the document is not bounded by its input")
			})
		}
	}
}

// TestTextCROnly: a text export whose lines end in CR alone (classic Mac
// OS) reads as the same export with LF.
func TestTextCROnly(t *testing.T) {
	for _, tc := range edgeTables() {
		if strings.Contains(fmt.Sprint(tc.rows), "\r") {
			continue // a CR in a cell ends a line in a CR-only export
		}
		lf, errLF := Parse(edgeText(tc.rows, false), Options{Path: "edge.txt", Format: FormatText})
		cr, errCR := Parse(edgeText(tc.rows, true), Options{Path: "edge.txt", Format: FormatText})
		require.Equal(t, fmt.Sprint(errLF), fmt.Sprint(errCR), tc.name)
		if errLF == nil {
			cr.Source = lf.Source // the bytes differ, so does their hash
			require.Equal(t, string(lf.AppendJSON(nil, false)), string(cr.AppendJSON(nil, false)), tc.name)
		}
	}
}
