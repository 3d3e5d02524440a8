package parser

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"math/rand"
	"runtime"
	"strings"
	"testing"
	"time"
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
	if err != nil {
		t.Fatal(err)
	}
	w.Write(raw.Bytes())
	zw.Close()
	return b.Bytes()
}

// TestHostileInputs: every damaged or hostile input ends quickly, within
// bounded memory, with an error that says what is wrong (or, where the
// input is a filing after all, a document) — never a panic.
func TestHostileInputs(t *testing.T) {
	seedDOCX := benchInput(t, "budget-2026.docx")
	rnd := make([]byte, 200000)
	rand.New(rand.NewSource(1)).Read(rnd)
	deepDOCX := makeDOCX(t, strings.Repeat("<w:tbl><w:tr><w:tc>", 1000)+"<w:p/>"+strings.Repeat("</w:tc></w:tr></w:tbl>", 1000))
	tests := []struct {
		name   string
		data   []byte
		format string
		lim    *Limits
		err    error  // a sentinel the error wraps, or nil
		want   string // text the error says; "" means parsing must succeed
	}{
		{name: "empty file", data: nil, err: ErrEmpty, want: "empty input"},
		{name: "white space only", data: []byte(" \n\t\n"), err: ErrEmpty, want: "empty input"},
		{name: "truncated docx", data: seedDOCX[:len(seedDOCX)/2], err: ErrBadDOCX, want: "not a zip package"},
		{name: "random bytes as docx", data: append([]byte("PK\x03\x04"), rnd[:5000]...), err: ErrBadDOCX, want: "unreadable DOCX"},
		{name: "zip without document.xml", data: zipWith(t, "xl/workbook.xml", "<x/>"), err: ErrBadDOCX, want: "no word/document.xml"},
		{name: "legacy .doc / encrypted docx", data: append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, rnd[:1000]...), err: ErrLegacyOffice, want: "convert it to .docx"},
		{name: "malformed XML", data: zipWith(t, "word/document.xml", "<w:document><w:body><w:p><w:r><w:t>abc</w:t></w:r></w:p><w:p <<< >>> "), err: ErrBadDOCX, want: "malformed XML"},
		{name: "end tag without start", data: zipWith(t, "word/document.xml", "</w:p></w:body>"), err: ErrBadDOCX, want: "malformed XML"},
		{name: "zip bomb, honest header", data: bomb(t, 64<<20, false), lim: &Limits{MaxInflate: 8 << 20, MaxDepth: 32}, err: ErrTooLarge, want: "over the limit of 8388608"},
		{name: "zip bomb, lying header", data: bomb(t, 64<<20, true), lim: &Limits{MaxInflate: 8 << 20, MaxDepth: 32}, err: ErrBadDOCX, want: "misdeclares its size"},
		{name: "tables nested 1000 deep (docx)", data: deepDOCX, err: ErrTooLarge, want: "nested deeper than 32"},
		{name: "elements nested 200000 deep (html)", data: []byte("<html><body>" + strings.Repeat("<div>", 200000) + "x"), err: ErrTooLarge, want: "nested deeper than 512"},
		{name: "tables nested 5000 deep (html)", data: []byte("<html><body>" + strings.Repeat("<table><tr><td>", 5000) + "x"), err: ErrTooLarge, want: "nested deeper than 512"},
		{name: "binary bytes in a text file", data: rnd, format: FormatText, want: "binary data"},
		{name: "text that is no filing", data: []byte("会议纪要\n今天开会，讨论明年的工作。\n"), err: ErrNoTargetTable, want: "no performance-target table"},
		{name: "html that is no filing", data: []byte("<html><body><table><tr><td>a</td></tr></table></body></html>"), err: ErrNoTargetTable, want: "no performance-target table"},
		{name: "10 MB single cell", data: []byte("1.x绩效目标表\n\t项目名称\n\t" + strings.Repeat("甲", 10<<20/3) + "\n\n")},
		{name: "10 MB single cell (html)", data: []byte("<p>1.x绩效目标表</p><table><tr><td>项目名称</td><td>" + strings.Repeat("甲", 10<<20/3) + "</td></tr></table>")},
		{name: "a cell of 200000 lines", data: []byte("1.x绩效目标表\n\t项目名称\n\t" + strings.Repeat("甲乙丙丁戊己庚辛\n", 200000) + "\n\n")},
		{name: "every cell spans the whole table (html)", data: []byte("<p>1.x绩效目标表</p><table>" + strings.Repeat(`<tr><td rowspan="100000" colspan="100000">项目名称</td><td>x</td></tr>`, 5000) + "</table>")},
		{name: "a million empty rows", data: []byte("1.x绩效目标表\n" + strings.Repeat("\t\n\n", 1000000))},
		{name: "huge rowspan and colspan", data: []byte(`<p>1.x绩效目标表</p><table><tr><td rowspan="2147483647" colspan="2147483647">项目名称</td><td>x</td></tr></table>`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			doc, err := Parse(tt.data, Options{Path: "in.bin", Format: tt.format, Limits: tt.lim})
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			if elapsed > 5*time.Second {
				t.Errorf("took %v", elapsed)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<30 {
				t.Errorf("allocated %d MiB", alloc>>20)
			}
			if tt.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				for _, p := range doc.Projects {
					if len(p.Name) > DefaultLimits.MaxCell {
						t.Errorf("a cell of %d bytes passed the cell limit", len(p.Name))
					}
				}
				return
			}
			if err == nil {
				t.Fatalf("no error; want one that says %q", tt.want)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.want) || !strings.HasPrefix(msg, "parser: in.bin: ") || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line naming the file and saying %q", msg, tt.want)
			}
			if strings.Contains(msg, "internal error") {
				t.Errorf("a panic was recovered: %v", msg)
			}
			if tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("error %v does not wrap %v", err, tt.err)
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
	doc, err := Parse([]byte("1.x绩效目标表\n\t项目名称\n\t"+strings.Repeat("甲", 1000)+"\n\n"), Options{Limits: &Limits{MaxCell: 300}})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(doc.Projects[0].Name); n > 300 || n < 297 {
		t.Errorf("name of %d bytes, want it cut at 300 on a rune boundary", n)
	}
	found := false
	for _, w := range doc.Warnings {
		found = found || strings.Contains(w.Message, "cut to the limit")
	}
	if !found {
		t.Errorf("no warning for the cut: %+v", doc.Warnings)
	}
}
