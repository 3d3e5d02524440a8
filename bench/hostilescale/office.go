package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/perfdoc/perfdoc/internal/officetest"
)

// docx writes a DOCX package whose body is a title paragraph and what
// body writes (streamed into the zip, so a 240 MB document.xml is never
// held in memory); extra empty parts are added before the document.
func docx(w io.Writer, extra int, body func(io.Writer) error) error {
	return officetest.WriteDOCX(w, extra, func(p io.Writer) error {
		io.WriteString(p, `<w:p><w:r><w:t>项目支出绩效目标表</w:t></w:r></w:p>`)
		return body(p)
	})
}

// docxBody is a builder of an attack on document.xml: prefix, n repeats
// of unit, suffix.
func docxBody(prefix, unit, suffix string) func(*bufio.Writer, int) error {
	return func(w *bufio.Writer, n int) error {
		return docx(w, 0, func(p io.Writer) error {
			io.WriteString(p, prefix)
			if err := repeat(p, unit, n); err != nil {
				return err
			}
			_, err := io.WriteString(p, suffix)
			return err
		})
	}
}

// docxDeep: n nested elements that never close.
func docxDeep(w *bufio.Writer, n int) error {
	return docx(w, 0, func(p io.Writer) error {
		io.WriteString(p, "<w:p>")
		return repeat(p, "<a>", n) // never closed, as in the fixture
	})
}

// docxZipEntries (variant): a DOCX with n empty parts besides its
// document.
func docxZipEntries(w *bufio.Writer, n int) error {
	return docx(w, n, func(p io.Writer) error {
		_, err := io.WriteString(p, "<w:p><w:r><w:t>x</w:t></w:r></w:p>")
		return err
	})
}

// html is a page of a title and what body writes.
func html(prefix, unit, suffix string) func(*bufio.Writer, int) error {
	return func(w *bufio.Writer, n int) error {
		w.WriteString("<html><head><meta charset=\"utf-8\"></head><body><p>项目支出绩效目标表</p>" + prefix)
		if err := repeat(w, unit, n); err != nil {
			return err
		}
		_, err := w.WriteString(suffix + "</body></html>")
		return err
	}
}

// htmlNested (variant): tables nested n deep, each cell holding the next.
func htmlNested(w *bufio.Writer, n int) error {
	w.WriteString("<html><body><p>项目支出绩效目标表</p>")
	repeat(w, "<table><tr><td>项目名称</td><td>", n)
	repeat(w, "</td></tr></table>", n)
	_, err := w.WriteString("</body></html>")
	return err
}

// xlsx writes a workbook of one sheet (sheetData written by rows) and a
// shared-string table of a title and one string of sst characters (none
// when 0).
func xlsx(w io.Writer, dimension string, sst int, rows func(io.Writer) error) error {
	sheet := func(p io.Writer) error {
		if dimension != "" {
			io.WriteString(p, `<dimension ref="`+dimension+`"/>`)
		}
		io.WriteString(p, "<sheetData>")
		if err := rows(p); err != nil {
			return err
		}
		_, err := io.WriteString(p, "</sheetData>")
		return err
	}
	var shared func(io.Writer) error
	if sst > 0 {
		shared = func(p io.Writer) error {
			io.WriteString(p, `<si><t>项目支出绩效目标表</t></si><si><t>`)
			if err := repeat(p, "甲", sst); err != nil {
				return err
			}
			_, err := io.WriteString(p, `</t></si>`)
			return err
		}
	}
	return officetest.WriteXLSX(w, sheet, shared, "")
}

// xlsxShared: n cells (ten a row) that all name one shared string of 1000
// characters, under a title row.
func xlsxShared(w *bufio.Writer, n int) error {
	return xlsx(w, "", 1000, func(p io.Writer) error {
		io.WriteString(p, `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`)
		for r := 0; r < (n+9)/10; r++ {
			fmt.Fprintf(p, `<row r="%d">`, r+2)
			for c := 0; c < min(10, n-10*r); c++ {
				fmt.Fprintf(p, `<c r="%c%d" t="s"><v>1</v></c>`, 'A'+c, r+2)
			}
			io.WriteString(p, "</row>")
		}
		return nil
	})
}

// xlsxDimension (variant): a sheet that claims A1:XFD1048576 and holds n
// cells spread along the diagonal of that range.
func xlsxDimension(w *bufio.Writer, n int) error {
	return xlsx(w, "A1:XFD1048576", 0, func(p io.Writer) error {
		for i := 0; i < n; i++ {
			r := 1 + i*(1048575/max(1, n-1))
			c := 1 + i*(16383/max(1, n-1))
			fmt.Fprintf(p, `<row r="%d"><c r="%s%d"><v>%d</v></c></row>`, r, column(c), r, i)
		}
		return nil
	})
}

// column is the letters of column c (1 is A).
func column(c int) string {
	s := ""
	for ; c > 0; c = (c - 1) / 26 {
		s = string(rune('A'+(c-1)%26)) + s
	}
	return s
}

// cfb writes an OLE2 compound file, version 4 (4096-byte sectors), with
// the streams at its root (see officetest.WriteCFB).
func cfb(w io.Writer, streams ...officetest.Stream) error {
	_, err := officetest.WriteCFB(w, 4096, streams...)
	return err
}

// xlsShared: an .xls whose sheet has n LABELSST cells (ten a row) that
// all name one shared string of 8000 characters.
func xlsShared(w *bufio.Writer, n int) error {
	le := binary.LittleEndian
	const chars = 8000
	sst := le.AppendUint32(le.AppendUint32(nil, uint32(n)), 1)
	sst = le.AppendUint16(sst, chars)
	sst = append(sst, 0) // compressed (one byte a character)
	sst = append(sst, strings.Repeat("x", chars)...)
	var wb []byte
	wb = append(wb, officetest.BIFFRec(officetest.RecBOF, []byte{0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0})...)
	wb = append(wb, officetest.BIFFRec(officetest.RecSST, sst)...)
	bound := 9
	sheetAt := len(wb) + 4 + bound + 4
	wb = append(wb, officetest.BIFFRec(officetest.RecBoundSheet, append(le.AppendUint32(nil, uint32(sheetAt)), 0, 0, 1, 0, 'S'))...)
	wb = append(wb, officetest.BIFFRec(officetest.RecEOF, nil)...)
	wb = append(wb, officetest.BIFFRec(officetest.RecBOF, []byte{0x00, 0x06, 0x10, 0x00, 0, 0, 0, 0})...)
	for i := 0; i < n; i++ {
		rec := le.AppendUint16(nil, uint16(i/10))
		rec = le.AppendUint16(rec, uint16(i%10))
		rec = le.AppendUint16(rec, 0)
		rec = le.AppendUint32(rec, 0)
		wb = append(wb, officetest.BIFFRec(officetest.RecLabelSST, rec)...)
	}
	wb = append(wb, officetest.BIFFRec(officetest.RecEOF, nil)...)
	return cfb(w, officetest.Stream{Name: "Workbook", Data: wb})
}

// docEmpty: a Word 97 document whose main text is a title and n empty
// paragraphs, one compressed piece.
func docEmpty(w *bufio.Writer, n int) error {
	doc := officetest.TextDOC(append([]byte("1.title\r"), strings.Repeat("\r", n)...))
	return cfb(w, officetest.Stream{Name: "WordDocument", Data: doc[0]}, officetest.Stream{Name: "1Table", Data: doc[1]})
}

// text is a text file: prefix, then unit n times.
func text(prefix, unit string) func(*bufio.Writer, int) error {
	return func(w *bufio.Writer, n int) error {
		w.WriteString(prefix)
		return repeat(w, unit, n)
	}
}

// xlsxHugeString (variant): a shared string of n characters, named by one
// cell.
func xlsxHugeString(w *bufio.Writer, n int) error {
	return xlsx(w, "", n, func(p io.Writer) error {
		_, err := io.WriteString(p, `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`)
		return err
	})
}

// filingJunk (variant): the seed HTML filing (testdata/budget-2025.html,
// so that the parse succeeds), then a table of n one-character cells,
// a thousand a row: each lands in the output as an unrecognized cell.
func filingJunk(w *bufio.Writer, n int) error {
	page, err := os.ReadFile("testdata/budget-2025.html")
	if err != nil {
		return fmt.Errorf("run from the module's root: %v", err)
	}
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		i = len(page)
	}
	w.Write(page[:i])
	w.WriteString("<table>")
	repeat(w, "<tr>"+strings.Repeat("<td>1", 1000), n/1000)
	w.WriteString("</table>")
	_, err = w.Write(page[i:])
	return err
}

// htmlMergedLabel (variant): a level-1 label of n characters merged down
// the 1000 indicator rows of a grid: read once, written once for each
// indicator.
func htmlMergedLabel(w *bufio.Writer, n int) error {
	w.WriteString("<html><body><p>项目支出绩效目标表</p><table><tr><td>项目名称</td><td colspan=\"3\">某项目</td></tr>" +
		"<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr><tr><td rowspan=\"1000\">产出指标")
	repeat(w, "甲", n)
	w.WriteString("</td><td rowspan=\"1000\">数量指标</td><td>指标</td><td>≥1人</td></tr>")
	repeat(w, "<tr><td>指标</td><td>≥1人</td></tr>", 999)
	_, err := w.WriteString("</table></body></html>")
	return err
}

// htmlLongNumbers (variant): a grid of 12 indicators whose targets are
// numbers of n digits.
func htmlLongNumbers(w *bufio.Writer, n int) error {
	w.WriteString("<html><body><p>项目支出绩效目标表</p><table><tr><td>项目名称</td><td colspan=\"3\">某项目</td></tr>" +
		"<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>")
	for i := 0; i < 12; i++ {
		w.WriteString("<tr><td>产出指标</td><td>数量指标</td><td>指标</td><td>≥")
		repeat(w, "9", n)
		w.WriteString(".5万元</td></tr>")
	}
	_, err := w.WriteString("</table></body></html>")
	return err
}
