// Package officetest builds small Office files for the parser's tests and
// large ones for bench/hostilescale: OLE2 compound files (CFB) holding
// Word 97 and BIFF8 streams, minimal XLSX and DOCX packages, and the tiny
// documents the fuzz targets start from. The builders of build.go write
// to an io.Writer and return errors (no testing); those of officetest.go
// take a testing.TB and fail the test.
// Its record numbers and FIB indices are written here from the
// specifications ([MS-XLS], [MS-DOC]), not taken from the readers, so a
// test built with them checks the readers against the specification.
package officetest

import (
	"bytes"
	"encoding/binary"
	"io"
	"math"
	"os/exec"
	"path/filepath"
	"testing"

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

// CFB builds an OLE2 compound file, version 3 (512-byte sectors), with
// the streams at its root (at most three): FAT sectors first, then one
// directory sector, then each stream in consecutive sectors. Streams are
// padded to 4096 bytes so that none lives in the mini stream. It returns
// the file and the first sector of each stream (see WriteCFB).
func CFB(t testing.TB, streams ...Stream) ([]byte, []uint32) {
	var b bytes.Buffer
	starts, err := WriteCFB(&b, 512, streams...)
	require.NoError(t, err)
	return b.Bytes(), starts
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
	var shared func(io.Writer) error
	if sst != "" {
		shared = Text(sst)
	}
	require.NoError(t, WriteXLSX(&b, Text(sheet), shared, styles))
	return b.Bytes()
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
	wd, fcLcb := WordFIB(2048, len(u)/2)
	copy(wd[textAt:], u)
	tinyPAPX(wd[512*fkpPage:512*fkpPage+512], text, textAt)
	// the table stream: the CLX (one Unicode piece) and the PlcBtePapx
	clx := CLX(len(u)/2, textAt, false)
	SetFcLcb(wd, fcLcb, FibClx, 0, uint32(len(clx)))
	bte := le.AppendUint32(le.AppendUint32(nil, textAt), uint32(textAt+len(u)))
	bte = le.AppendUint32(bte, fkpPage)
	SetFcLcb(wd, fcLcb, FibPlcfBtePapx, uint32(len(clx)), uint32(len(bte)))
	table := append(clx, bte...)
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
	require.NoError(t, WriteDOCX(&b, 0, Text(body)))
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
