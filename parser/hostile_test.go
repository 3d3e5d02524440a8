package parser

import (
	"archive/zip"
	"bytes"
	"cmp"
	"compress/flate"
	"errors"
	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/internal/officetest"
	"hash/crc32"
	"math/rand"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/docx"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// bomb builds a DOCX whose document.xml inflates to n bytes of spaces. When
// lie is set the zip header claims 100 bytes, so only the reader's own
// count can stop it.
func bomb(t testing.TB, n int, lie bool) []byte {
	var raw bytes.Buffer
	fw, _ := flate.NewWriter(&raw, flate.BestCompression)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	crc := crc32.NewIEEE()
	for written := 0; written < n; written += len(chunk) {
		fw.Write(chunk)
		crc.Write(chunk)
	}
	fw.Close()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	size := uint64(n)
	if lie {
		size = 100
	}
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CRC32: crc.Sum32(), CompressedSize64: uint64(raw.Len()), UncompressedSize64: size})
	require.NoError(t, err)
	w.Write(raw.Bytes())
	zw.Close()
	return b.Bytes()
}

// TestHostileInputs: every damaged or hostile input ends within bounded
// work, with an error that says what is wrong (or, where the input is a
// filing after all, a document) — never a panic.
func TestHostileInputs(t *testing.T) {
	seedDOCX := benchInput(t, "budget-2026.docx")
	rnd := make([]byte, 200000)
	rand.New(rand.NewSource(1)).Read(rnd)
	deepDOCX := officetest.DOCX(t, strings.Repeat("<w:tbl><w:tr><w:tc>", 1000)+"<w:p/>"+strings.Repeat("</w:tc></w:tr></w:tbl>", 1000))
	tests := []struct {
		name   string
		data   []byte
		format string
		lim    *layout.Limits
		err    error  // a sentinel the error wraps, or nil
		want   string // text the error says; "" means parsing must succeed
		maxMiB uint64 // bytes it may allocate, in MiB; 0 means 64
	}{
		{name: "empty file", data: nil, err: layout.ErrEmpty, want: "empty input"},
		{name: "white space only", data: []byte(" \n\t\n"), err: layout.ErrEmpty, want: "empty input"},
		{name: "truncated docx", data: seedDOCX[:len(seedDOCX)/2], err: docx.ErrBadDOCX, want: "not a zip package"},
		{name: "random bytes as docx", data: append([]byte("PK\x03\x04"), rnd[:5000]...), err: docx.ErrBadDOCX, want: "unreadable DOCX"},
		{name: "office package without document.xml", data: zipFiles(t, "[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<x/>"), err: docx.ErrBadDOCX, want: "no word/document.xml"},
		{name: "random bytes after the OLE2 magic", data: append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, rnd[:1000]...), err: office.ErrBadOLE2, want: "unreadable OLE2 compound file"},
		{name: "malformed XML", data: zipWith(t, "word/document.xml", "<w:document><w:body><w:p><w:r><w:t>abc</w:t></w:r></w:p><w:p <<< >>> "), err: docx.ErrBadDOCX, want: "malformed XML"},
		{name: "end tag without start", data: zipWith(t, "word/document.xml", "</w:p></w:body>"), err: docx.ErrBadDOCX, want: "malformed XML"},
		{name: "zip bomb, honest header", data: bomb(t, 64<<20, false), lim: &layout.Limits{MaxInflate: 8 << 20, MaxDepth: 32}, err: layout.ErrTooLarge, want: "over the limit of 8388608"},
		{name: "zip bomb, lying header", data: bomb(t, 64<<20, true), lim: &layout.Limits{MaxInflate: 8 << 20, MaxDepth: 32}, err: docx.ErrBadDOCX, want: "misdeclares its size"},
		{name: "tables nested 1000 deep (docx)", data: deepDOCX, err: layout.ErrTooLarge, want: "nested deeper than 32"},
		{name: "elements nested 200000 deep (html)", data: []byte("<html><body>" + strings.Repeat("<div>", 200000) + "x"), err: layout.ErrTooLarge, want: "nested deeper than 512"},
		{name: "tables nested 5000 deep (html)", data: []byte("<html><body>" + strings.Repeat("<table><tr><td>", 5000) + "x"), err: layout.ErrTooLarge, want: "nested deeper than 512"},
		{name: "binary bytes in a text file", data: rnd, format: FormatText, err: layout.ErrBinary, want: "binary data"},
		{name: "text that is no filing", data: []byte("会议纪要\n今天开会，讨论明年的工作。\n"), err: layout.ErrNoTargetTable, want: "no performance-target table"},
		{name: "html that is no filing", data: []byte("<html><body><table><tr><td>a</td></tr></table></body></html>"), err: layout.ErrNoTargetTable, want: "no performance-target table"},
		{name: "10 MB single cell", data: []byte("1.x绩效目标表\n\t项目名称\n\t" + strings.Repeat("甲", 10<<20/3) + "\n\n"), maxMiB: 48},
		{name: "10 MB single cell (html)", data: []byte("<p>1.x绩效目标表</p><table><tr><td>项目名称</td><td>" + strings.Repeat("甲", 10<<20/3) + "</td></tr></table>"), maxMiB: 160},
		{name: "a cell of 200000 lines", data: []byte("1.x绩效目标表\n\t项目名称\n\t" + strings.Repeat("甲乙丙丁戊己庚辛\n", 200000) + "\n\n")},
		{name: "every cell spans the whole table (html)", data: []byte("<p>1.x绩效目标表</p><table>" + strings.Repeat(`<tr><td rowspan="100000" colspan="100000">项目名称</td><td>x</td></tr>`, 5000) + "</table>")},
		{name: "a million empty rows", data: []byte("1.x绩效目标表\n\t项目名称\n\tx\n\n" + strings.Repeat("\t\n\n", 1000000)), maxMiB: 200},
		{name: "huge rowspan and colspan", data: []byte(`<p>1.x绩效目标表</p><table><tr><td rowspan="2147483647" colspan="2147483647">项目名称</td><td>x</td></tr></table>`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// the bounds stand in for time: work that grows faster than the
			// input shows in what it allocates (the clock would only show it
			// on an idle machine)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			doc, err := Parse(tt.data, Options{Path: "in.bin", Format: tt.format, Limits: tt.lim})
			runtime.ReadMemStats(&after)
			maxMiB := cmp.Or(tt.maxMiB, 64)
			assert.LessOrEqual(t, (after.TotalAlloc-before.TotalAlloc)>>20, maxMiB, "MiB allocated")
			assert.Less(t, after.Mallocs-before.Mallocs, uint64(100_000), "objects allocated")
			if tt.want == "" {
				require.NoError(t, err)
				for _, p := range doc.Projects {
					assert.LessOrEqual(t, len(p.Name), layout.DefaultLimits.MaxCell, "a cell passed the cell limit")
				}
				return
			}
			require.Error(t, err, "want one that says %q", tt.want)
			msg := err.Error()
			assert.Contains(t, msg, tt.want)
			assert.True(t, strings.HasPrefix(msg, "parser: in.bin: "), "%q does not name the file first", msg)
			assert.NotContains(t, msg, "\n")
			assert.NotContains(t, msg, "internal error", "a panic was recovered")
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
			}
		})
	}
}

func zipWith(t testing.TB, name, content string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create(name)
	w.Write([]byte(content))
	zw.Close()
	return b.Bytes()
}

func TestCellLimitWarns(t *testing.T) {
	doc, err := Parse([]byte("1.x绩效目标表\n\t项目名称\n\t"+strings.Repeat("甲", 1000)+"\n\n"), Options{Limits: &layout.Limits{MaxCell: 300}})
	require.NoError(t, err)
	n := len(doc.Projects[0].Name)
	assert.True(t, n <= 300 && n >= 297, "name of %d bytes, want it cut at 300 on a rune boundary", n)
	var msgs []string
	for _, w := range doc.Warnings {
		msgs = append(msgs, diag.Message(&w, diag.English))
	}
	assert.Contains(t, strings.Join(msgs, "\n"), "cut to the limit")
}

// TestLimitsDefaults: a zero field means its default, NoLimit none; one
// field set leaves the others at their defaults.
func TestLimitsDefaults(t *testing.T) {
	assert.Equal(t, layout.DefaultLimits, layout.Limits{}.WithDefaults())
	want := layout.DefaultLimits
	want.MaxInflate = 8 << 20
	assert.Equal(t, want, layout.Limits{MaxInflate: 8 << 20}.WithDefaults())
	want.MaxInflate, want.MaxCell = layout.NoLimit, layout.NoLimit
	assert.Equal(t, want, layout.Limits{MaxInflate: layout.NoLimit, MaxCell: layout.NoLimit}.WithDefaults())
	// MaxInflate alone set: tables nested 1000 deep are still refused
	deep := officetest.DOCX(t, strings.Repeat("<w:tbl><w:tr><w:tc>", 1000)+"<w:p/>"+strings.Repeat("</w:tc></w:tr></w:tbl>", 1000))
	_, err := Parse(deep, Options{Limits: &layout.Limits{MaxInflate: 8 << 20}})
	assert.ErrorContains(t, err, "tables nested deeper than 32")
	// NoLimit lets through what a limit refuses
	big := bomb(t, 12<<20, false)
	_, err = Parse(big, Options{Limits: &layout.Limits{MaxInflate: 8 << 20}})
	assert.ErrorIs(t, err, layout.ErrTooLarge)
	_, err = Parse(big, Options{Limits: &layout.Limits{MaxInflate: layout.NoLimit}})
	assert.NotErrorIs(t, err, layout.ErrTooLarge)
}

// TestParseErrorText: "parser: PATH: POSITION: what", the parts that are
// unknown left out.
func TestParseErrorText(t *testing.T) {
	what := errors.New("what is wrong")
	tests := []struct {
		err  *layout.ParseError
		want string
	}{
		{&layout.ParseError{Path: "a.txt", Err: what}, "parser: a.txt: what is wrong"},
		{&layout.ParseError{Err: what}, "parser: what is wrong"},
		{&layout.ParseError{Path: "a.txt", Pos: model.Pos{Line: 7}, Err: what}, "parser: a.txt: line 7: what is wrong"},
		{&layout.ParseError{Path: "a.docx", Pos: model.Pos{Table: 2}, Offset: 5210, Err: what}, "parser: a.docx: table 2, byte 5210: what is wrong"},
		{&layout.ParseError{Path: "a.docx", Offset: 99, Err: what}, "parser: a.docx: byte 99: what is wrong"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.err.Error())
		assert.ErrorIs(t, tt.err, what)
	}
}

// TestErrorPositions: readers say where they gave up.
func TestErrorPositions(t *testing.T) {
	bin := append([]byte("第一行\n第二行\n"), bytes.Repeat([]byte{1, 2, 3}, 100)...)
	_, err := Parse(bin, Options{Path: "x.txt", Format: FormatText})
	var pe *layout.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, model.Pos{Line: 3}, pe.Pos)
	assert.True(t, strings.HasPrefix(err.Error(), "parser: x.txt: line 3: binary data"), err.Error())
}
