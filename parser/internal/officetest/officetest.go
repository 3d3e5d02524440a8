// Package officetest builds small Office files for the parser's tests:
// OLE2 compound files (CFB) holding Word 97 and BIFF8 streams, minimal XLSX
// and DOCX packages, and the tiny documents the fuzz targets start from.
// Its record numbers and FIB indices are written here from the
// specifications ([MS-XLS], [MS-DOC]), not taken from the readers, so a
// test built with them checks the readers against the specification.
package officetest

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"math"
	"os/exec"
	"path/filepath"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/require"
)

// BIFF8 record types ([MS-XLS] 2.3).
const (
	RecFormula     = 0x0006
	RecEOF         = 0x000A
	RecFilePass    = 0x002F
	RecContinue    = 0x003C
	RecBoundSheet  = 0x0085
	RecXF          = 0x00E0
	RecMergedCells = 0x00E5
	RecSST         = 0x00FC
	RecLabelSST    = 0x00FD
	RecNumber      = 0x0203
	RecString      = 0x0207
	RecBOF         = 0x0809
)

// Indices into the FIB's fibRgFcLcb pairs ([MS-DOC] 2.5.6) and the
// sprmTDefTable operation.
const (
	FibPlcfBtePapx = 13
	FibClx         = 33
	SprmTDefTable  = 0xD608
)

// Stream is one stream of a compound file built by CFB.
type Stream struct {
	Name string
	Data []byte
}

// CFB builds an OLE2 compound file (version 3, 512-byte sectors) with
// the streams at its root: FAT sectors first, then one directory sector,
// then each stream in consecutive sectors. Streams are padded to 4096
// bytes so that none lives in the mini stream. It returns the file and the
// first sector of each stream.
func CFB(t testing.TB, streams ...Stream) ([]byte, []uint32) {
	require.LessOrEqual(t, len(streams), 3, "one directory sector holds the root and three streams")
	var sizes []int
	total := 0
	for i := range streams {
		if len(streams[i].Data) < 4096 {
			streams[i].Data = append(streams[i].Data, make([]byte, 4096-len(streams[i].Data))...)
		}
		n := (len(streams[i].Data) + 511) / 512
		sizes = append(sizes, n)
		total += n
	}
	nFat := 1
	for nFat*128 < nFat+1+total {
		nFat++
	}
	require.LessOrEqual(t, nFat, 109)
	fat, starts := cfbFAT(nFat, sizes)
	out := make([]byte, 512*(1+nFat+1+total))
	cfbHeader(out[:512], nFat)
	le := binary.LittleEndian
	for i, v := range fat {
		le.PutUint32(out[512*(1+i/128)+4*(i%128):], v)
	}
	sector := func(n uint32) []byte { return out[512*(int(n)+1) : 512*(int(n)+2)] }
	dir := sector(uint32(nFat))
	cfbEntry(dir[:128], "Root Entry", 5, 1, 0xFFFFFFFF, 0xFFFFFFFE, 0)
	for i, s := range streams {
		right := uint32(0xFFFFFFFF)
		if i+1 < len(streams) {
			right = uint32(i + 2)
		}
		cfbEntry(dir[128*(i+1):128*(i+2)], s.Name, 2, 0xFFFFFFFF, right, starts[i], len(s.Data))
		for j := 0; j < sizes[i]; j++ {
			copy(sector(starts[i]+uint32(j)), s.Data[512*j:min(len(s.Data), 512*(j+1))])
		}
	}
	return out, starts
}

// cfbFAT lays out the FAT: nFat FAT sectors, the directory sector, then
// each stream's chain; it returns the FAT and each stream's first sector.
func cfbFAT(nFat int, sizes []int) ([]uint32, []uint32) {
	fat := make([]uint32, nFat*128)
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
	return fat, starts
}

// cfbHeader writes a version 3 header whose FAT is sectors 0..nFat-1 and
// whose directory starts at sector nFat.
func cfbHeader(h []byte, nFat int) {
	le := binary.LittleEndian
	copy(h, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) // the compound file signature
	le.PutUint16(h[24:], 0x3E)
	le.PutUint16(h[26:], 3)
	le.PutUint16(h[28:], 0xFFFE)
	le.PutUint16(h[30:], 9)
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
	le.PutUint32(e[120:], uint32(size))
}

// SetFAT points the FAT entry of sector n at next.
func SetFAT(b []byte, n, next uint32) {
	binary.LittleEndian.PutUint32(b[512*(1+int(n)/128)+4*(int(n)%128):], next)
}

// XLSXParts builds a minimal XLSX package from sheet XML (the sheetData
// and what follows it) and, when sst is not empty, a shared-string table.
func XLSXParts(t testing.TB, sheet, sst string) []byte { return XLSXStyled(t, sheet, sst, "") }

// XLSXStyled is XLSXParts with, when styles is not empty, a styles part
// of that content (numFmts, cellXfs).
func XLSXStyled(t testing.TB, sheet, sst, styles string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	add := func(name, body string) {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte(body))
		require.NoError(t, err)
	}
	add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)
	add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	add("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	add("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`)
	add("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+sheet+`</worksheet>`)
	if sst != "" {
		add("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+sst+`</sst>`)
	}
	if styles != "" {
		add("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+styles+`</styleSheet>`)
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// BIFFRec is one BIFF8 record.
func BIFFRec(typ uint16, data []byte) []byte {
	b := binary.LittleEndian.AppendUint16(nil, typ)
	b = binary.LittleEndian.AppendUint16(b, uint16(len(data)))
	return append(b, data...)
}

// TinyWorkbook is a Workbook stream of one sheet with a shared string, a
// number in a 0.00 format, a formula with a string result and a merge.
func TinyWorkbook() []byte { return TinyWorkbookState(0) }

// TinyWorkbookState is TinyWorkbook with its sheet's visibility (0
// visible, 1 hidden, 2 very hidden).
func TinyWorkbookState(state byte) []byte {
	le := binary.LittleEndian
	var wb []byte
	wb = append(wb, BIFFRec(RecBOF, []byte{0x00, 0x06, 0x05, 0x00})...)
	wb = append(wb, BIFFRec(RecSST, []byte{1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 1, 0x79, 0x98, 0xEE, 0x76})...) // 项目
	wb = append(wb, BIFFRec(RecXF, []byte{0, 0, 2, 0})...)
	sheetAt := len(wb) + len(BIFFRec(RecBoundSheet, make([]byte, 9))) + 4
	wb = append(wb, BIFFRec(RecBoundSheet, append(le.AppendUint32(nil, uint32(sheetAt)), state, 0, 1, 0, 'S'))...)
	wb = append(wb, BIFFRec(RecEOF, nil)...)
	wb = append(wb, BIFFRec(RecBOF, []byte{0x00, 0x06, 0x10, 0x00})...)
	wb = append(wb, BIFFRec(RecLabelSST, []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0})...)
	wb = append(wb, BIFFRec(RecNumber, append([]byte{1, 0, 0, 0, 0, 0}, le.AppendUint64(nil, math.Float64bits(6.16))...))...)
	wb = append(wb, BIFFRec(RecFormula, []byte{1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0})...)
	wb = append(wb, BIFFRec(RecString, []byte{1, 0, 0, 'x'})...)
	wb = append(wb, BIFFRec(RecMergedCells, []byte{1, 0, 0, 0, 0, 0, 0, 0, 1, 0})...)
	return append(wb, BIFFRec(RecEOF, nil)...)
}

// TinyDOC is the WordDocument and 1Table streams of a Word 97 document
// holding a title paragraph and a one-row table of two cells, the second
// row continuing the first cell's vertical merge.
func TinyDOC() [2][]byte {
	le := binary.LittleEndian
	text := "1.x绩效目标表\r项目名称\x07甲\x07\x07\x07乙\x07\x07"
	var u []byte
	for _, r := range text {
		u = le.AppendUint16(u, uint16(r))
	}
	const textAt, fkpPage = 1024, 3
	wd := make([]byte, 2048)
	le.PutUint16(wd, 0xA5EC)
	le.PutUint16(wd[2:], 0xC1)
	le.PutUint16(wd[0x0A:], 0x0200) // fWhichTblStm: 1Table
	at := 32
	le.PutUint16(wd[at:], 14)
	at += 2 + 28
	le.PutUint16(wd[at:], 22)
	le.PutUint32(wd[at+2+12:], uint32(len(u)/2)) // ccpText
	at += 2 + 88
	le.PutUint16(wd[at:], 93)
	blob := at + 2
	copy(wd[textAt:], u)
	tinyPAPX(wd[512*fkpPage:512*fkpPage+512], text, textAt)
	// the table stream: the CLX (one Unicode piece) and the PlcBtePapx
	var table []byte
	clx := []byte{2}
	plc := le.AppendUint32(le.AppendUint32(nil, 0), uint32(len(u)/2))
	plc = append(plc, 0, 0)
	plc = le.AppendUint32(plc, textAt)
	plc = append(plc, 0, 0)
	clx = append(le.AppendUint32(clx, uint32(len(plc))), plc...)
	le.PutUint32(wd[blob+8*FibClx:], uint32(len(table)))
	le.PutUint32(wd[blob+8*FibClx+4:], uint32(len(clx)))
	table = append(table, clx...)
	bte := le.AppendUint32(le.AppendUint32(nil, textAt), uint32(textAt+len(u)))
	bte = le.AppendUint32(bte, fkpPage)
	le.PutUint32(wd[blob+8*FibPlcfBtePapx:], uint32(len(table)))
	le.PutUint32(wd[blob+8*FibPlcfBtePapx+4:], uint32(len(bte)))
	table = append(table, bte...)
	return [2][]byte{wd, table}
}

// tinyPAPX writes TinyDOC's PAPX FKP: the title ¶ outside, the cells in the
// table, row ends TTP with a TDefTable of two cells; the second row's first
// cell continues a vertical merge.
func tinyPAPX(page []byte, text string, textAt int) {
	le := binary.LittleEndian
	marks := []int{}
	for i, r := range []rune(text) {
		if r == '\r' || r == 7 {
			marks = append(marks, i)
		}
	}
	tdef := func(vmerge uint16) []byte {
		op := []byte{0, 0, 2}
		for _, x := range []int16{0, 2000, 4000} {
			op = le.AppendUint16(op, uint16(x))
		}
		tc := make([]byte, 40)
		le.PutUint16(tc, vmerge)
		op = append(op, tc...)
		le.PutUint16(op, uint16(len(op)-1))
		return append(le.AppendUint16(nil, SprmTDefTable), op...)
	}
	inTable := []byte{0x16, 0x24, 1}
	props := [][]byte{nil, inTable, inTable, append([]byte{0x16, 0x24, 1, 0x17, 0x24, 1}, tdef(0x60)...),
		inTable, inTable, append([]byte{0x16, 0x24, 1, 0x17, 0x24, 1}, tdef(0x20)...)}
	crun := len(marks)
	page[511] = byte(crun)
	le.PutUint32(page, uint32(textAt))
	off := 511
	for i, m := range marks {
		end := textAt + 2*(m+1)
		le.PutUint32(page[4*(i+1):], uint32(end))
		g := append([]byte{0, 0}, props[i]...) // the style index, then the sprms
		if len(g)%2 == 0 {
			g = append(g, 0)
		}
		off -= len(g) + 1
		off &^= 1
		page[off] = byte((len(g) + 1) / 2)
		copy(page[off+1:], g)
		page[4*(crun+1)+13*i] = byte(off / 2)
	}
}

// DOCX builds a DOCX package whose body is the given WordprocessingML.
func DOCX(t testing.TB, body string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`))
	w, _ = zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` +
		body + `</w:body></w:document>`))
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// Soffice converts files (paths under inDir) with LibreOffice into
// outDir, with the input filter infilter when not empty and to the format
// to, skipping the test when
// LibreOffice is not installed (CI does not need it).
func Soffice(t *testing.T, outDir, inDir, infilter, to string, files ...string) {
	t.Helper()
	bin, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	args := []string{"-env:UserInstallation=file://" + filepath.Join(outDir, "profile"), "--headless"}
	if infilter != "" {
		args = append(args, "--infilter="+infilter)
	}
	args = append(args, "--convert-to", to, "--outdir", outDir)
	for _, f := range files {
		abs, err := filepath.Abs(filepath.Join(inDir, f))
		require.NoError(t, err)
		args = append(args, abs)
	}
	out, err := exec.Command(bin, args...).CombinedOutput()
	require.NoError(t, err, "soffice: %s", out)
}
