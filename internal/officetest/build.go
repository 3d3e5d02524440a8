package officetest

import (
	"archive/zip"
	"encoding/binary"
	"fmt"
	"io"
	"unicode/utf16"
)

// The builders in this file write to an io.Writer and return errors, for
// programs as well as tests: bench/hostilescale streams inputs of hundreds
// of megabytes through them.

// WriteCFB writes an OLE2 compound file with the streams at its root:
// sector is 512 (version 3) or 4096 (version 4). The FAT sectors come
// first, then one directory sector, then each stream in consecutive
// sectors; streams shorter than 4096 bytes are padded to it (in place), so
// that none lives in the mini stream. It returns the first sector of each
// stream. At most 109 FAT sectors are written (no DIFAT): 7 MB of streams
// in version 3, 436 MB in version 4.
func WriteCFB(w io.Writer, sector int, streams ...Stream) ([]uint32, error) {
	var version uint16
	switch sector {
	case 512:
		version = 3
	case 4096:
		version = 4
	default:
		return nil, fmt.Errorf("officetest: a sector of %d bytes: want 512 or 4096", sector)
	}
	if len(streams)+1 > sector/128 {
		return nil, fmt.Errorf("officetest: %d streams: one directory sector holds %d", len(streams), sector/128-1)
	}
	var sizes []int
	total := 0
	for i := range streams {
		if len(streams[i].Data) < 4096 {
			streams[i].Data = append(streams[i].Data, make([]byte, 4096-len(streams[i].Data))...)
		}
		n := (len(streams[i].Data) + sector - 1) / sector
		sizes = append(sizes, n)
		total += n
	}
	per := sector / 4
	nFat := 1
	for nFat*per < nFat+1+total {
		nFat++
	}
	if nFat > 109 {
		return nil, fmt.Errorf("officetest: %d FAT sectors: too large", nFat)
	}
	fat, starts := cfbFAT(nFat*per, nFat, sizes)
	le := binary.LittleEndian
	h := make([]byte, sector)
	cfbHeader(h, version, nFat)
	fb := make([]byte, 4*len(fat))
	for i, v := range fat {
		le.PutUint32(fb[4*i:], v)
	}
	dir := make([]byte, sector)
	for i := len(streams) + 1; i < sector/128; i++ { // unused entries: no siblings, no child
		le.PutUint32(dir[128*i+68:], 0xFFFFFFFF)
		le.PutUint32(dir[128*i+72:], 0xFFFFFFFF)
		le.PutUint32(dir[128*i+76:], 0xFFFFFFFF)
	}
	cfbEntry(dir[:128], "Root Entry", 5, 1, 0xFFFFFFFF, 0xFFFFFFFE, 0)
	for i, s := range streams {
		right := uint32(0xFFFFFFFF)
		if i+1 < len(streams) {
			right = uint32(i + 2)
		}
		cfbEntry(dir[128*(i+1):128*(i+2)], s.Name, 2, 0xFFFFFFFF, right, starts[i], len(s.Data))
	}
	parts := [][]byte{h, fb, dir}
	for i, s := range streams {
		parts = append(parts, s.Data, make([]byte, sizes[i]*sector-len(s.Data)))
	}
	for _, p := range parts {
		if _, err := w.Write(p); err != nil {
			return nil, err
		}
	}
	return starts, nil
}

// cfbFAT lays out a FAT of n entries: nFat FAT sectors, the directory
// sector, then each stream's chain; it returns the FAT and each stream's
// first sector.
func cfbFAT(n, nFat int, sizes []int) ([]uint32, []uint32) {
	fat := make([]uint32, n)
	for i := range fat {
		fat[i] = 0xFFFFFFFF // free
	}
	for i := 0; i < nFat; i++ {
		fat[i] = 0xFFFFFFFD // a FAT sector
	}
	fat[nFat] = 0xFFFFFFFE // the directory: a chain of one
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
	return fat, starts
}

// cfbHeader writes a header of that version (3: 512-byte sectors, 4:
// 4096) whose FAT is sectors 0..nFat-1 and whose directory starts at
// sector nFat.
func cfbHeader(h []byte, version uint16, nFat int) {
	le := binary.LittleEndian
	copy(h, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) // the compound file signature
	le.PutUint16(h[24:], 0x3E)
	le.PutUint16(h[26:], version)
	le.PutUint16(h[28:], 0xFFFE)
	shift := uint16(9)
	if version == 4 {
		shift = 12
	}
	le.PutUint16(h[30:], shift)
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
}

// cfbEntry writes one 128-byte directory entry.
func cfbEntry(e []byte, name string, typ byte, child, right, start uint32, size int) {
	le := binary.LittleEndian
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

// BIFFRec is one BIFF8 record.
func BIFFRec(typ uint16, data []byte) []byte {
	b := binary.LittleEndian.AppendUint16(nil, typ)
	b = binary.LittleEndian.AppendUint16(b, uint16(len(data)))
	return append(b, data...)
}

// WordFIB returns the first size bytes of a WordDocument stream: a FIB
// ([MS-DOC] 2.5.1) whose table stream is 1Table and whose main text is
// ccpText characters, the rest zeros. fcLcb is the offset of its
// fibRgFcLcb pairs, for SetFcLcb.
func WordFIB(size, ccpText int) (wd []byte, fcLcb int) {
	le := binary.LittleEndian
	wd = make([]byte, size)
	le.PutUint16(wd, 0xA5EC)
	le.PutUint16(wd[2:], 0xC1)
	le.PutUint16(wd[0x0A:], 0x0200) // fWhichTblStm: 1Table
	at := 32
	le.PutUint16(wd[at:], 14) // csw
	at += 2 + 28
	le.PutUint16(wd[at:], 22) // cslw
	le.PutUint32(wd[at+2+12:], uint32(ccpText))
	at += 2 + 88
	le.PutUint16(wd[at:], 93) // cbRgFcLcb
	return wd, at + 2
}

// SetFcLcb sets the i-th pair of the FIB's fibRgFcLcb (FibClx,
// FibPlcfBtePapx): where in the table stream a structure is and its size.
func SetFcLcb(wd []byte, fcLcb, i int, fc, lcb uint32) {
	binary.LittleEndian.PutUint32(wd[fcLcb+8*i:], fc)
	binary.LittleEndian.PutUint32(wd[fcLcb+8*i+4:], lcb)
}

// CLX is a CLX ([MS-DOC] 2.9.38) of one piece: cp characters of main text
// at byte offset fc of the WordDocument stream, 8-bit (compressed) or
// UTF-16.
func CLX(cp int, fc uint32, compressed bool) []byte {
	le := binary.LittleEndian
	if compressed {
		fc = 2*fc | 0x40000000
	}
	plc := le.AppendUint32(le.AppendUint32(nil, 0), uint32(cp))
	plc = append(plc, 0, 0)
	plc = le.AppendUint32(plc, fc)
	plc = append(plc, 0, 0)
	return append(le.AppendUint32([]byte{2}, uint32(len(plc))), plc...)
}

// TextDOC is the WordDocument and 1Table streams of a Word 97 document
// whose main text is text (8-bit characters, "\r" ending paragraphs), in
// one compressed piece and with no paragraph properties.
func TextDOC(text []byte) [2][]byte {
	const textAt = 4096
	wd, fcLcb := WordFIB(textAt, len(text))
	wd = append(wd, text...)
	clx := CLX(len(text), textAt, true)
	SetFcLcb(wd, fcLcb, FibClx, 0, uint32(len(clx)))
	return [2][]byte{wd, clx}
}

// xlsxHead are the parts of an XLSX package before its sheet.
var xlsxHead = [][2]string{
	{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
	{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
	{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
	{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
}

// WriteXLSX writes a minimal XLSX package of one sheet: sheet writes what
// the worksheet element holds (sheetData and what goes with it), sst, when
// not nil, what the shared-string table holds, and styles, when not empty,
// is the content of a styles part (numFmts, cellXfs). The parts are
// streamed: a sheet of hundreds of megabytes is never held.
func WriteXLSX(w io.Writer, sheet, sst func(io.Writer) error, styles string) error {
	zw := zip.NewWriter(w)
	part := func(name, head string, body func(io.Writer) error, tail string) error {
		p, err := zw.Create(name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(p, head); err != nil {
			return err
		}
		if body != nil {
			if err := body(p); err != nil {
				return err
			}
		}
		_, err = io.WriteString(p, tail)
		return err
	}
	for _, p := range xlsxHead {
		if err := part(p[0], p[1], nil, ""); err != nil {
			return err
		}
	}
	const sml = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	if err := part("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet `+sml+`>`, sheet, `</worksheet>`); err != nil {
		return err
	}
	if sst != nil {
		if err := part("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst `+sml+`>`, sst, `</sst>`); err != nil {
			return err
		}
	}
	if styles != "" {
		if err := part("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet `+sml+`>`+styles+`</styleSheet>`, nil, ""); err != nil {
			return err
		}
	}
	return zw.Close()
}

// WriteDOCX writes a DOCX package whose document body is written by body
// (streamed into the zip: a document.xml of hundreds of megabytes is
// never held), with extra empty parts (customXml/itemN.xml) before the
// document.
func WriteDOCX(w io.Writer, extra int, body func(io.Writer) error) error {
	zw := zip.NewWriter(w)
	p, err := zw.Create("[Content_Types].xml")
	if err != nil {
		return err
	}
	io.WriteString(p, `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)
	for i := 0; i < extra; i++ {
		if _, err := zw.Create(fmt.Sprintf("customXml/item%d.xml", i)); err != nil {
			return err
		}
	}
	if p, err = zw.Create("word/document.xml"); err != nil {
		return err
	}
	io.WriteString(p, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>`)
	if err := body(p); err != nil {
		return err
	}
	if _, err := io.WriteString(p, `</w:body></w:document>`); err != nil {
		return err
	}
	return zw.Close()
}

// Text is a body function that writes s.
func Text(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}
