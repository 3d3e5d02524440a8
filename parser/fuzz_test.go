package parser

import (
	"github.com/perfdoc/perfdoc/internal/alloctest"
	"github.com/perfdoc/perfdoc/internal/officetest"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/docx"
	"github.com/perfdoc/perfdoc/parser/extract"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func seedFile(f *testing.F, name string) []byte {
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(f, err)
	return data
}

// FuzzText: the text reader and the extractor never panic, and reading is
// deterministic.
func FuzzText(f *testing.F) {
	f.Add(string(seedFile(f, "budget-2026.txt")[:6000]))
	f.Add("\ta\n\tb\n\n \n1.x绩效目标表\n\t项目编码\n\t1\n\n")
	f.Add("\t一级指标\n\t指标值\n\n\t产出指标\n\t≥90%\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		var a *model.Document
		alloctest.Within(t, len(s), alloctest.PerByte, func() { a = extract.Extract(text.Read(s), layout.DefaultLimits) })
		b := extract.Extract(text.Read(s), layout.DefaultLimits)
		require.Equal(t, a.AppendJSON(nil, false), b.AppendJSON(nil, false), "extraction is not deterministic")
	})
}

// FuzzDOCX: the DOCX reader never panics on any document.xml and fails
// with an error rather than a crash.
func FuzzDOCX(f *testing.F) {
	f.Add(`<w:p><w:r><w:t>1.x绩效目标表</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr></w:tc></w:tr></w:tbl>`)
	f.Add(`<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:sym w:char="F0B3"/></w:r></w:p>`)
	f.Add(`<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`)
	f.Fuzz(func(t *testing.T, body string) {
		data := officetest.DOCX(t, body)
		alloctest.Within(t, len(body), alloctest.PerByte, func() {
			blocks, err := docx.Read(data, layout.DefaultLimits)
			if err == nil {
				extract.Extract(blocks, layout.DefaultLimits)
			}
		})
	})
}

// FuzzDOCXBytes: arbitrary bytes given as a DOCX never panic.
func FuzzDOCXBytes(f *testing.F) {
	f.Add(seedFile(f, "budget-2026.docx"))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		alloctest.Within(t, len(data), alloctest.PerZipByte, func() {
			if blocks, err := docx.Read(data, layout.DefaultLimits); err == nil {
				extract.Extract(blocks, layout.DefaultLimits)
			}
		})
	})
}

// FuzzHTML: the HTML reader never panics. (FuzzHTMLTree in
// htmltree_test.go also compares it with the reading of x/net/html's tree.)
func FuzzHTML(f *testing.F) {
	f.Add(string(seedFile(f, "budget-2026.html")[:20000]))
	f.Add(`<table><tr><td rowspan="3" colspan="2">a</td></tr><tr><td>b<br>c</td></tr></table>`)
	f.Add(`<p>1.x绩效目标表</p><table><tr><td>一级指标</td><td>指标值</td></tr><tr><td>产出指标</td><td>1人</td></tr></table>`)
	f.Fuzz(func(t *testing.T, s string) {
		alloctest.Within(t, len(s), alloctest.PerByte, func() {
			blocks, err := html.Read([]byte(s), layout.DefaultLimits)
			if err == nil {
				extract.Extract(blocks, layout.DefaultLimits)
			}
		})
	})
}

// FuzzParse: the whole pipeline, sniffing included, never panics (Parse's
// own recover is bypassed by checking that no error says "internal").
func FuzzParse(f *testing.F) {
	f.Add(seedFile(f, "budget-2026.txt"))
	f.Add([]byte("<html><p>1.x绩效目标表</p></html>"))
	f.Add([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	f.Fuzz(func(t *testing.T, data []byte) {
		var err error
		alloctest.Within(t, len(data), alloctest.PerZipByte, func() { _, err = Parse(data, Options{Path: "fuzz"}) })
		if err != nil {
			require.False(t, strings.Contains(err.Error(), "internal error"), "panic inside Parse: %v", err)
			require.True(t, strings.HasPrefix(err.Error(), "parser: fuzz: "), err.Error())
		}
	})
}
