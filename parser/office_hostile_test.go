package parser

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"github.com/perfdoc/perfdoc/internal/officetest"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/sheet"
	"github.com/perfdoc/perfdoc/parser/worddoc"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// manyRows is sheetData with n rows of one numeric cell each.
func manyRows(n int) string {
	var b strings.Builder
	b.WriteString("<sheetData>")
	for i := 1; i <= n; i++ {
		r := strconv.Itoa(i)
		b.WriteString(`<row r="` + r + `"><c r="A` + r + `"><v>1</v></c></row>`)
	}
	b.WriteString("</sheetData>")
	return b.String()
}

// xlsxLyingSize is a workbook whose sheet part inflates to n bytes while
// its headers claim 100.
func xlsxLyingSize(t testing.TB, n int) []byte {
	pkg := officetest.XLSXParts(t, "<sheetData/>", "")
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	require.NoError(t, err)
	doc := bomb(t, n, true)
	br, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	require.NoError(t, err)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		src := f
		if f.Name == "xl/worksheets/sheet1.xml" {
			src = br.File[0]
		}
		h := src.FileHeader
		h.Name = f.Name
		raw, err := src.OpenRaw()
		require.NoError(t, err)
		w, err := zw.CreateRaw(&h)
		require.NoError(t, err)
		_, err = io.Copy(w, raw)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return out.Bytes()
}

// xlsWith is an .xls whose Workbook stream holds the globals records given
// (after a BIFF8 BOF, before the EOF).
func xlsWith(t testing.TB, records ...[]byte) []byte {
	wb := officetest.BIFFRec(officetest.RecBOF, []byte{0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0})
	for _, r := range records {
		wb = append(wb, r...)
	}
	wb = append(wb, officetest.BIFFRec(officetest.RecEOF, nil)...)
	data, _ := officetest.CFB(t, officetest.Stream{Name: "Workbook", Data: wb})
	return data
}

// docPatched is national-template.doc rebuilt with its FIB changed by fix.
func docPatched(t testing.TB, fix func(wd []byte)) []byte {
	s := officeStreams(t, "national-template.doc", "WordDocument", "1Table")
	wd := append([]byte(nil), s[0]...)
	fix(wd)
	data, _ := officetest.CFB(t, officetest.Stream{Name: "WordDocument", Data: wd}, officetest.Stream{Name: "1Table", Data: s[1]})
	return data
}

// oleChain is national-template.doc rebuilt with the FAT entry of the
// WordDocument stream's third sector pointing at next.
func oleChain(t testing.TB, next func(first uint32) uint32) []byte {
	s := officeStreams(t, "national-template.doc", "WordDocument", "1Table")
	data, starts := officetest.CFB(t, officetest.Stream{Name: "WordDocument", Data: s[0]}, officetest.Stream{Name: "1Table", Data: s[1]})
	officetest.SetFAT(data, starts[0]+2, next(starts[0]))
	return data
}

// xlsSheetsAtOneOffset is a workbook whose two sheets start at the same
// record.
func xlsSheetsAtOneOffset(t testing.TB) []byte {
	bof := officetest.BIFFRec(officetest.RecBOF, []byte{0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0})
	sheet := func(off int) []byte {
		return officetest.BIFFRec(officetest.RecBoundSheet, append(binary.LittleEndian.AppendUint32(nil, uint32(off)), 0, 0, 1, 0, 'S'))
	}
	n := len(bof) + 2*len(sheet(0)) + 4
	wb := append(append(append(bof, sheet(n)...), sheet(n)...), officetest.BIFFRec(officetest.RecEOF, nil)...)
	wb = append(wb, officetest.BIFFRec(officetest.RecBOF, []byte{0x00, 0x06, 0x10, 0x00, 0, 0, 0, 0})...)
	wb = append(wb, officetest.BIFFRec(officetest.RecLabelSST, make([]byte, 10))...)
	wb = append(wb, officetest.BIFFRec(officetest.RecEOF, nil)...)
	data, _ := officetest.CFB(t, officetest.Stream{Name: "Workbook", Data: wb})
	return data
}

// TestOfficeHostileInputs: damaged and hostile workbooks and Word 97
// documents end with one line that names the file and says what is wrong,
// within bounded memory — never a panic. No case is judged by the clock.
func TestOfficeHostileInputs(t *testing.T) {
	small := &layout.Limits{MaxInflate: 8 << 20, MaxDepth: 32, MaxCell: 1 << 20}
	tests := []struct {
		name string
		data []byte
		lim  *layout.Limits
		err  error
		want string
	}{
		{name: "xlsx zip bomb, honest header", data: officetest.XLSXParts(t, "<sheetData>"+strings.Repeat(" ", 64<<20)+"</sheetData>", ""), lim: small, err: layout.ErrTooLarge, want: "over the limit of 8388608"},
		{name: "xlsx zip bomb, lying header", data: xlsxLyingSize(t, 64<<20), lim: small, err: sheet.ErrBadXLSX, want: "misdeclares its size"},
		{name: "xlsx sheet with a million rows", data: officetest.XLSXParts(t, manyRows(1000000), ""), err: layout.ErrTooLarge, want: "more than 65536 rows"},
		{name: "xlsx shared-string bomb", data: officetest.XLSXParts(t, `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>`, strings.Repeat("<si/>", 3<<20)), err: layout.ErrTooLarge, want: "shared-string table holds 3145728 strings"},
		{name: "xlsx cell far right", data: officetest.XLSXParts(t, `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>1.x绩效目标表</t></is></c><c r="XFD1"><v>1</v></c></row></sheetData>`, ""), err: layout.ErrNoTargetTable, want: "no performance-target table"},
		{name: "xlsx merges over the whole sheet", data: officetest.XLSXParts(t, manyRows(3)+`<mergeCells count="2"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="B2:A1"/></mergeCells>`, ""), err: layout.ErrNoTargetTable, want: "no performance-target table"},
		{name: "xlsx with a broken workbook part", data: zipWith(t, "xl/workbook.xml", "<x/>"), err: sheet.ErrBadXLSX, want: "unreadable XLSX"},
		{name: "ole2 sector chain that loops", data: oleChain(t, func(first uint32) uint32 { return first }), err: office.ErrBadOLE2, want: "sector chain of stream WordDocument loops"},
		{name: "ole2 sector chain pointing outside the file", data: oleChain(t, func(uint32) uint32 { return 0x00FFFFF0 }), err: office.ErrBadOLE2, want: "points outside the file"},
		{name: "ole2 FAT larger than the file", data: func() []byte {
			d, _ := officetest.CFB(t, officetest.Stream{Name: "WordDocument", Data: nil})
			binary.LittleEndian.PutUint32(d[44:], 1<<20)
			return d
		}(), err: office.ErrBadOLE2, want: "the FAT claims 1048576 sectors"},
		{name: "ole2 stream larger than the file", data: func() []byte {
			d, _ := officetest.CFB(t, officetest.Stream{Name: "WordDocument", Data: nil})
			binary.LittleEndian.PutUint32(d[512*2+128+120:], 1<<30)
			return d
		}(), err: office.ErrBadOLE2, want: "claims 1073741824 bytes"},
		{name: "ole2 without WordDocument or Workbook", data: func() []byte { d, _ := officetest.CFB(t, officetest.Stream{Name: "Contents", Data: nil}); return d }(), err: worddoc.ErrBadDOC, want: "without a WordDocument stream"},
		{name: "encrypted OOXML in OLE2", data: func() []byte {
			d, _ := officetest.CFB(t, officetest.Stream{Name: "EncryptedPackage", Data: nil})
			return d
		}(), err: layout.ErrEncrypted, want: "remove the password first"},
		{name: "doc encrypted", data: docPatched(t, func(wd []byte) { wd[0x0A] |= 0x00; wd[0x0B] |= 0x01 }), err: layout.ErrEncrypted, want: "encrypted Word document"},
		{name: "doc fast-saved", data: docPatched(t, func(wd []byte) { wd[0x0A] |= 0x04 }), err: worddoc.ErrBadDOC, want: "fast-saved"},
		{name: "doc Word 95", data: docPatched(t, func(wd []byte) { binary.LittleEndian.PutUint16(wd[2:], 0x65) }), err: worddoc.ErrBadDOC, want: "Word 6/95"},
		{name: "doc text count past the stream", data: docPatched(t, func(wd []byte) { binary.LittleEndian.PutUint32(wd[0x4C:], 1<<30) }), err: worddoc.ErrBadDOC, want: "claims 1073741824 characters"},
		{name: "xls shared-string table bomb", data: xlsWith(t, officetest.BIFFRec(officetest.RecSST, []byte{0, 0, 0, 0, 0, 0xE1, 0xF5, 0x05})), err: layout.ErrTooLarge, want: "shared-string table holds 100000000 strings"},
		{name: "xls shared strings cut short", data: xlsWith(t, officetest.BIFFRec(officetest.RecSST, []byte{3, 0, 0, 0, 3, 0, 0, 0, 5, 0, 0, 'a', 'b'}), officetest.BIFFRec(officetest.RecContinue, []byte{0, 'c'})), err: sheet.ErrBadXLS, want: "shared string 1 of 3"},
		{name: "xls encrypted", data: xlsWith(t, officetest.BIFFRec(officetest.RecFilePass, []byte{0, 0})), err: layout.ErrEncrypted, want: "encrypted Excel workbook"},
		{name: "xls sheet outside the stream", data: xlsWith(t, officetest.BIFFRec(officetest.RecBoundSheet, []byte{0xFF, 0xFF, 0xFF, 0x0F, 0, 0, 1, 0, 'S'})), err: sheet.ErrBadXLS, want: `sheet "S" starts outside the Workbook stream`},
		{name: "xls record past the stream end", data: func() []byte {
			wb := officetest.BIFFRec(officetest.RecBOF, []byte{0x00, 0x06, 0x05, 0x00})
			wb = append(wb, 0xFC, 0x00, 0xFF, 0xFF)
			d, _ := officetest.CFB(t, officetest.Stream{Name: "Workbook", Data: append(wb, make([]byte, 8000)...)})
			return d
		}(), err: sheet.ErrBadXLS, want: "runs past the end"},
		{name: "xls sheets overlapping", data: xlsSheetsAtOneOffset(t), err: sheet.ErrBadXLS, want: `sheet "S" overlaps another sheet's records`},
		{name: "xls BIFF5", data: func() []byte { d, _ := officetest.CFB(t, officetest.Stream{Name: "Book", Data: nil}); return d }(), err: sheet.ErrBadXLS, want: "BIFF5"},
		{name: "xlsx truncated", data: officetest.XLSXParts(t, manyRows(10), "")[:900], want: "not a zip package"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, err := Parse(tt.data, Options{Path: "in.bin", Limits: tt.lim})
			runtime.ReadMemStats(&after)
			assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<30), "allocated too much")
			require.Error(t, err)
			msg := err.Error()
			assert.True(t, strings.HasPrefix(msg, "parser: in.bin: "), "error %q does not name the file", msg)
			assert.NotContains(t, msg, "\n")
			assert.NotContains(t, msg, "internal error")
			assert.Contains(t, msg, tt.want)
			if tt.err != nil {
				assert.True(t, errors.Is(err, tt.err), "error %v does not wrap %v", err, tt.err)
			}
		})
	}
}
