package parser

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/orisano/gosax"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/docx"
	"github.com/perfdoc/perfdoc/parser/extract"
	htmlread "github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/sheet"
	"github.com/perfdoc/perfdoc/parser/text"
)

func benchInput(b testing.TB, name string) []byte {
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(b, err)
	return data
}

// BenchmarkParse: the whole of Parse (read, extract, type values) on the
// seed in each format.
func BenchmarkParse(b *testing.B) {
	for _, name := range []string{"budget-2026.txt", "budget-2026.docx", "budget-2026.html"} {
		data := benchInput(b, name)
		b.Run(strings.TrimPrefix(filepath.Ext(name), "."), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_, err := Parse(data, Options{})
				require.NoError(b, err)
			}
		})
	}
}

// BenchmarkReaders: each reader alone, bytes to layout.
func BenchmarkReaders(b *testing.B) {
	txt := string(benchInput(b, "budget-2026.txt"))
	docxData := benchInput(b, "budget-2026.docx")
	page := benchInput(b, "budget-2026.html")
	b.Run("text", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			text.Read(txt)
		}
	})
	b.Run("docx", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, err := docx.Read(docxData, layout.DefaultLimits)
			require.NoError(b, err)
		}
	})
	b.Run("html", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, err := htmlread.Read(page, layout.DefaultLimits)
			require.NoError(b, err)
		}
	})
	for _, form := range []string{"sheets", "onesheet"} { // the seed as workbooks
		data := benchInput(b, "office/budget-2026-"+form+".xlsx")
		b.Run("xlsx-"+form, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _, err := sheet.ReadXLSX(data, layout.DefaultLimits)
				require.NoError(b, err)
			}
		})
	}
}

// BenchmarkFloors: what the readers cannot beat, in process: the HTML
// tokenizer's Next alone, and inflating document.xml under gosax's token
// walk (bench/htmlfloor and bench/floor are these as programs).
func BenchmarkFloors(b *testing.B) {
	page := benchInput(b, "budget-2026.html")
	docxData := benchInput(b, "budget-2026.docx")
	b.Run("html-tokenizer", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			z := html.NewTokenizer(bytes.NewReader(page))
			for z.Next() != html.ErrorToken {
			}
		}
	})
	b.Run("docx-gosax", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			zr, err := zip.NewReader(bytes.NewReader(docxData), int64(len(docxData)))
			require.NoError(b, err)
			rc, err := zr.Open("word/document.xml")
			require.NoError(b, err)
			xr := gosax.NewReaderSize(rc, 64<<10)
			for {
				ev, err := xr.Event()
				if err != nil {
					b.Fatal(err)
				}
				if ev.Type() == gosax.EventEOF {
					break
				}
			}
			rc.Close()
		}
	})
}

// BenchmarkExtract: layout to document, values untyped.
func BenchmarkExtract(b *testing.B) {
	blocks := text.Read(string(benchInput(b, "budget-2026.txt")))
	b.ReportAllocs()
	for b.Loop() {
		extract.Extract(blocks, layout.DefaultLimits)
	}
}

// BenchmarkNormalizeSeed: typing the seed's 205 values.
func BenchmarkNormalizeSeed(b *testing.B) {
	doc, err := Parse(benchInput(b, "budget-2026.txt"), Options{Raw: true})
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		normalize.Document(doc)
	}
}

// BenchmarkJSON: writing the seed's document, with the hand-written
// writer perfdoc uses and with encoding/json for comparison.
func BenchmarkJSON(b *testing.B) {
	doc, err := Parse(benchInput(b, "budget-2026.txt"), Options{})
	require.NoError(b, err)
	b.Run("AppendJSON", func(b *testing.B) {
		var buf []byte
		b.ReportAllocs()
		for b.Loop() {
			buf = doc.AppendJSON(buf[:0], true)
		}
		b.SetBytes(int64(len(buf)))
	})
	b.Run("JSONSize", func(b *testing.B) { // what ChargeDocument counts
		b.ReportAllocs()
		for b.Loop() {
			doc.JSONSize(0)
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		var buf bytes.Buffer
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			require.NoError(b, enc.Encode(doc))
		}
		b.SetBytes(int64(buf.Len()))
	})
}

// syntheticText builds a text export with n projects by repeating the
// seed's project tables with new numbers.
func syntheticText(b *testing.B, n int) []byte {
	s := string(benchInput(b, "budget-2026.txt"))
	i := strings.Index(s, "[bookmark: _Toc_4_4_0000000004]")
	head, body := s[:i], s[i:]
	var parts []string
	for _, p := range strings.Split(body, "[bookmark: ") {
		if p != "" {
			parts = append(parts, p)
		}
	}
	var out strings.Builder
	out.WriteString(head)
	for k := 0; k < n; k++ {
		p := parts[k%len(parts)]
		dot := strings.Index(p, ".") // after "NAME]N"
		fmt.Fprintf(&out, "[bookmark: x]%d%s", k+1, p[dot:])
	}
	return []byte(out.String())
}

// BenchmarkScale: time per project on the seed (31 projects) and on a
// synthetic 500-project filing should be about the same.
func BenchmarkScale(b *testing.B) {
	for _, n := range []int{31, 500} {
		data := syntheticText(b, n)
		b.Run(fmt.Sprintf("projects=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				doc, err := Parse(data, Options{})
				require.NoError(b, err)
				require.Len(b, doc.Projects, n)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/project")
		})
	}
}
