package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf16"
)

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// docx writes a DOCX package whose body is written by body (streamed into
// the zip, so a 240 MB document.xml is never held in memory); extra empty
// parts are added before the document.
func docx(w io.Writer, extra int, body func(io.Writer) error) error {
	zw := zip.NewWriter(w)
	part, err := zw.Create("[Content_Types].xml")
	if err != nil {
		return err
	}
	io.WriteString(part, `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	for i := 0; i < extra; i++ {
		if _, err := zw.Create(fmt.Sprintf("customXml/item%d.xml", i)); err != nil {
			return err
		}
	}
	part, err = zw.Create("word/document.xml")
	if err != nil {
		return err
	}
	io.WriteString(part, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document `+wordNS+`><w:body><w:p><w:r><w:t>项目支出绩效目标表</w:t></w:r></w:p>`)
	if err := body(part); err != nil {
		return err
	}
	io.WriteString(part, `</w:body></w:document>`)
	return zw.Close()
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
// shared-string table of one string of sst characters (none when 0).
func xlsx(w io.Writer, dimension string, sst int, rows func(io.Writer) error) error {
	zw := zip.NewWriter(w)
	add := func(name, body string) io.Writer {
		p, _ := zw.Create(name)
		io.WriteString(p, body)
		return p
	}
	add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)
	add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	add("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	add("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`)
	p := add("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	if dimension != "" {
		io.WriteString(p, `<dimension ref="`+dimension+`"/>`)
	}
	io.WriteString(p, "<sheetData>")
	if err := rows(p); err != nil {
		return err
	}
	io.WriteString(p, "</sheetData></worksheet>")
	if sst > 0 {
		p = add("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>项目支出绩效目标表</t></si><si><t>`)
		repeat(p, "甲", sst)
		io.WriteString(p, `</t></si></sst>`)
	}
	return zw.Close()
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
// the streams at its root, each padded to at least 4096 bytes (none in the
// mini stream): the FAT sectors, the directory sector, then the streams.
// It holds at most 109 FAT sectors (436 MB).
func cfb(w io.Writer, names []string, streams [][]byte) error {
	const sec = 4096
	const per = sec / 4
	le := binary.LittleEndian
	var sizes []int
	total := 0
	for i := range streams {
		if len(streams[i]) < sec {
			streams[i] = append(streams[i], make([]byte, sec-len(streams[i]))...)
		}
		sizes = append(sizes, (len(streams[i])+sec-1)/sec)
		total += sizes[len(sizes)-1]
	}
	nFat := 1
	for nFat*per < nFat+1+total {
		nFat++
	}
	if nFat > 109 {
		return fmt.Errorf("%d FAT sectors: too large", nFat)
	}
	fat := make([]uint32, nFat*per)
	for i := range fat {
		fat[i] = 0xFFFFFFFF
	}
	for i := 0; i < nFat; i++ {
		fat[i] = 0xFFFFFFFD
	}
	fat[nFat] = 0xFFFFFFFE
	starts := make([]uint32, len(sizes))
	next := uint32(nFat + 1)
	for i, n := range sizes {
		starts[i] = next
		for j := 0; j < n; j++ {
			fat[next] = next + 1
			if j == n-1 {
				fat[next] = 0xFFFFFFFE
			}
			next++
		}
	}
	h := make([]byte, sec)
	copy(h, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	le.PutUint16(h[24:], 0x3E)
	le.PutUint16(h[26:], 4)
	le.PutUint16(h[28:], 0xFFFE)
	le.PutUint16(h[30:], 12)
	le.PutUint16(h[32:], 6)
	le.PutUint32(h[44:], uint32(nFat))
	le.PutUint32(h[48:], uint32(nFat))
	le.PutUint32(h[56:], 4096)
	le.PutUint32(h[60:], 0xFFFFFFFE)
	le.PutUint32(h[68:], 0xFFFFFFFE)
	for i := 0; i < 109; i++ {
		v := uint32(0xFFFFFFFF)
		if i < nFat {
			v = uint32(i)
		}
		le.PutUint32(h[76+4*i:], v)
	}
	w.Write(h)
	fb := make([]byte, 4*len(fat))
	for i, v := range fat {
		le.PutUint32(fb[4*i:], v)
	}
	w.Write(fb)
	dir := make([]byte, sec)
	entry := func(e []byte, name string, typ byte, child, right, start uint32, size int) {
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			le.PutUint16(e[2*j:], c)
		}
		le.PutUint16(e[64:], uint16(2*(len(u)+1)))
		e[66], e[67] = typ, 1
		le.PutUint32(e[68:], 0xFFFFFFFF)
		le.PutUint32(e[72:], right)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], start)
		le.PutUint64(e[120:], uint64(size))
	}
	for i := len(streams) + 1; i < sec/128; i++ { // unused entries
		le.PutUint32(dir[128*i+68:], 0xFFFFFFFF)
		le.PutUint32(dir[128*i+72:], 0xFFFFFFFF)
		le.PutUint32(dir[128*i+76:], 0xFFFFFFFF)
	}
	entry(dir[:128], "Root Entry", 5, 1, 0xFFFFFFFF, 0xFFFFFFFE, 0)
	for i, name := range names {
		right := uint32(0xFFFFFFFF)
		if i+1 < len(names) {
			right = uint32(i + 2)
		}
		entry(dir[128*(i+1):], name, 2, 0xFFFFFFFF, right, starts[i], len(streams[i]))
	}
	w.Write(dir)
	for i, s := range streams {
		w.Write(s)
		if pad := sizes[i]*sec - len(s); pad > 0 {
			w.Write(make([]byte, pad))
		}
	}
	return nil
}

// biff is one BIFF8 record.
func biff(typ uint16, data []byte) []byte {
	b := binary.LittleEndian.AppendUint16(nil, typ)
	b = binary.LittleEndian.AppendUint16(b, uint16(len(data)))
	return append(b, data...)
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
	wb = append(wb, biff(0x0809, []byte{0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0})...)
	wb = append(wb, biff(0x00FC, sst)...)
	bound := 9
	sheetAt := len(wb) + 4 + bound + 4
	wb = append(wb, biff(0x0085, append(le.AppendUint32(nil, uint32(sheetAt)), 0, 0, 1, 0, 'S'))...)
	wb = append(wb, biff(0x000A, nil)...)
	wb = append(wb, biff(0x0809, []byte{0x00, 0x06, 0x10, 0x00, 0, 0, 0, 0})...)
	for i := 0; i < n; i++ {
		rec := le.AppendUint16(nil, uint16(i/10))
		rec = le.AppendUint16(rec, uint16(i%10))
		rec = le.AppendUint16(rec, 0)
		rec = le.AppendUint32(rec, 0)
		wb = append(wb, biff(0x00FD, rec)...)
	}
	wb = append(wb, biff(0x000A, nil)...)
	return cfb(w, []string{"Workbook"}, [][]byte{wb})
}

// docEmpty: a Word 97 document whose main text is a title and n empty
// paragraphs, one compressed piece.
func docEmpty(w *bufio.Writer, n int) error {
	le := binary.LittleEndian
	text := append([]byte("1.title\r"), []byte(strings.Repeat("\r", n))...)
	const textAt = 4096
	wd := make([]byte, textAt, textAt+len(text))
	le.PutUint16(wd, 0xA5EC)
	le.PutUint16(wd[2:], 0xC1)
	le.PutUint16(wd[0x0A:], 0x0200) // fWhichTblStm: 1Table
	at := 32
	le.PutUint16(wd[at:], 14) // csw
	at += 2 + 28
	le.PutUint16(wd[at:], 22) // cslw
	le.PutUint32(wd[at+2+12:], uint32(len(text)))
	at += 2 + 88
	le.PutUint16(wd[at:], 93) // cbRgFcLcb
	blob := at + 2
	wd = append(wd, text...)
	// the CLX: one compressed piece at textAt
	plc := le.AppendUint32(le.AppendUint32(nil, 0), uint32(len(text)))
	plc = append(plc, 0, 0)
	plc = le.AppendUint32(plc, uint32(2*textAt)|0x40000000)
	plc = append(plc, 0, 0)
	clx := append(le.AppendUint32([]byte{2}, uint32(len(plc))), plc...)
	const fibClx = 33
	le.PutUint32(wd[blob+8*fibClx:], 0)
	le.PutUint32(wd[blob+8*fibClx+4:], uint32(len(clx)))
	return cfb(w, []string{"WordDocument", "1Table"}, [][]byte{wd, clx})
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
