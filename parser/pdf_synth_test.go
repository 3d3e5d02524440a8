package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/pdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// synthPDF is a one-page A4 PDF written by tests the way Word, WPS and
// other budget-book printers write theirs: fonts without ToUnicode maps,
// text drawn a character at a time, rules as thin filled rectangles.
type synthPDF struct {
	objs  []string // bodies of objects 5, 6, …
	fonts []string // font resource entries
	body  strings.Builder
	// rotated makes the page a portrait A4 page shown turned by /Rotate
	// 90, its content drawn turned the other way: landscape as print
	// drivers write it.
	rotated bool
}

// height is the height of the page as shown.
func (s *synthPDF) height() float64 {
	if s.rotated {
		return 595
	}
	return 842
}

// add adds an object and returns its number.
func (s *synthPDF) add(body string) int {
	s.objs = append(s.objs, body)
	return 4 + len(s.objs)
}

// font adds a font dictionary as resource name.
func (s *synthPDF) font(name, dict string) {
	s.fonts = append(s.fonts, fmt.Sprintf("/%s %d 0 R", name, s.add(dict)))
}

// winAnsiFont is a simple TrueType font with WinAnsiEncoding and widths
// but no ToUnicode map (Word's Latin subsets).
func (s *synthPDF) winAnsiFont(name string) {
	w := strings.TrimSpace(strings.Repeat("500 ", 95))
	s.font(name, "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Arial /FirstChar 32 /LastChar 126 /Widths ["+w+"] /Encoding /WinAnsiEncoding >>")
}

// gbFont is a Type 0 font over a predefined GB CMap (GBK-EUC-H,
// UniGB-UCS2-H) with no ToUnicode map and no widths: full-width Chinese,
// half-width ASCII.
func (s *synthPDF) gbFont(name, cmap string) {
	desc := s.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 >>")
	s.font(name, fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /%s /DescendantFonts [%d 0 R] >>", cmap, desc))
}

// gbk encodes text as GBK bytes.
func gbk(t testing.TB, text string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(text))
	require.NoError(t, err)
	return b
}

// ucs2 encodes text as UTF-16BE.
func ucs2(text string) []byte {
	var b []byte
	for _, r := range text {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

// show draws codes with font at x and baseline y (top-down) in one string.
func (s *synthPDF) show(font string, size, x, y float64, codes []byte) {
	fmt.Fprintf(&s.body, "BT /%s %g Tf %g %g Td <%x> Tj ET\n", font, size, x, s.height()-y, codes)
}

// chars draws GBK text a character at a time, each at its own position
// (as WPS does): width em per Chinese character, em/2 per ASCII one.
func (s *synthPDF) chars(t testing.TB, font string, size, x, y float64, text string) {
	s.body.WriteString("BT\n")
	for _, r := range text {
		fmt.Fprintf(&s.body, "/%s %g Tf 1 0 0 1 %g %g Tm <%x> Tj\n", font, size, x, s.height()-y, gbk(t, string(r)))
		if r < 0x80 {
			x += size / 2
		} else {
			x += size
		}
	}
	s.body.WriteString("ET\n")
}

// rule draws a horizontal or vertical rule as a 0.5 pt filled rectangle
// (top-down coordinates).
func (s *synthPDF) rule(x0, y0, x1, y1 float64) {
	const t = 0.5
	if y0 == y1 {
		fmt.Fprintf(&s.body, "%g %g %g %g re f\n", x0, s.height()-y0-t/2, x1-x0, t)
	} else {
		fmt.Fprintf(&s.body, "%g %g %g %g re f\n", x0-t/2, s.height()-y1, t, y1-y0)
	}
}

func (s *synthPDF) bytes() []byte {
	content := s.body.String()
	if s.rotated {
		content = "q 0 1 -1 0 595 0 cm\n" + content + "Q\n"
	}
	bodies := onePagePDF("<< /Font << "+strings.Join(s.fonts, " ")+" >> >>", content)
	if s.rotated {
		bodies[2] = []byte(strings.Replace(string(bodies[2]), "/MediaBox", "/Rotate 90 /MediaBox", 1))
	}
	for _, o := range s.objs {
		bodies = append(bodies, []byte(o))
	}
	return buildPDF(bodies, "")
}

// synthTable draws rows of cells (lines split by "\n") at columns xs and
// rows of height 40 from y; rules says which: "grid", "inner" (no outer
// left and right borders), "horizontal" (a three-line table) or "none".
func (s *synthPDF) synthTable(t testing.TB, xs []float64, y float64, rows [][]string, rules string) {
	for r, row := range rows {
		top := y + 40*float64(r)
		for c, cell := range row {
			for i, line := range strings.Split(cell, "\n") {
				s.chars(t, "F1", 12, xs[c]+4, top+16+15*float64(i), line)
			}
		}
	}
	bottom := y + 40*float64(len(rows))
	for r := 0; r <= len(rows); r++ {
		if rules != "none" && (rules != "horizontal" || r <= 1 || r == len(rows)) {
			s.rule(xs[0], y+40*float64(r), xs[len(xs)-1], y+40*float64(r))
		}
	}
	for c, x := range xs {
		if rules == "grid" || rules == "inner" && c > 0 && c < len(xs)-1 {
			s.rule(x, y, x, bottom)
		}
	}
}

// layoutOf reads a PDF's layout as text: a table as rows of its cells'
// texts (continuations as "^"), a paragraph as its text.
func layoutOf(t *testing.T, data []byte) []any {
	blocks, err := pdf.Read(data, layout.Limits{})
	require.NoError(t, err)
	var out []any
	for _, b := range blocks {
		if b.Para != nil {
			out = append(out, b.Para.Text)
			continue
		}
		var rows [][]string
		for _, row := range b.Table.Rows {
			var cells []string
			for _, c := range row {
				if c.Merged {
					cells = append(cells, "^")
				} else {
					cells = append(cells, c.Text)
				}
			}
			rows = append(rows, cells)
		}
		out = append(out, rows)
	}
	return out
}

var synthRows = [][]string{
	{"一级指标", "二级指标", "指标值"},
	{"产出指标", "数量指标\n（台）", "≥5台"},
	{"满意度指标", "服务对象满意度", "≥90%"},
}

// TestPDFPrinters: PDFs as budget books come from Word and WPS — fonts
// without ToUnicode (WinAnsi TrueType, GB CMaps), text drawn a character
// at a time, rules as thin filled rectangles, tables without outer side
// borders, three-line tables and tables without any rules.
func TestPDFPrinters(t *testing.T) {
	xs := []float64{60, 180, 340, 520}
	// Without rules a cell's width is unknown: its longest line counts
	// as full, so "数量指标" wraps into "（台）".
	cellParas := []any{"一级指标", "二级指标", "指标值", "产出指标", "数量指标（台）", "≥5台", "满意度指标", "服务对象满意度", "≥90%"}
	tests := []struct {
		name string
		draw func(t *testing.T, s *synthPDF)
		want []any
	}{
		{"WinAnsi TrueType without ToUnicode, a character at a time", func(t *testing.T, s *synthPDF) {
			s.winAnsiFont("F2")
			x := 60.0
			for _, r := range "Budget 2026: 6.16" {
				if r != ' ' {
					s.show("F2", 12, x, 100, []byte{byte(r)})
				}
				x += 6
			}
		}, []any{"Budget 2026: 6.16"}},
		{"GBK-EUC-H without ToUnicode", func(t *testing.T, s *synthPDF) {
			s.gbFont("F3", "GBK-EUC-H")
			s.show("F3", 12, 60, 100, gbk(t, "资金支出计划2025年12月底"))
		}, []any{"资金支出计划2025年12月底"}},
		{"UniGB-UCS2-H without ToUnicode", func(t *testing.T, s *synthPDF) {
			s.gbFont("F3", "UniGB-UCS2-H")
			s.show("F3", 12, 60, 100, ucs2("绩效目标≥90%"))
		}, []any{"绩效目标≥90%"}},
		{"rules as thin filled rectangles", func(t *testing.T, s *synthPDF) {
			s.synthTable(t, xs, 100, synthRows, "grid")
		}, []any{synthRows}},
		{"landscape table on a page turned by /Rotate 90", func(t *testing.T, s *synthPDF) {
			s.rotated = true
			s.synthTable(t, []float64{60, 300, 560, 780}, 100, synthRows, "grid")
		}, []any{synthRows}},
		{"no outer side borders", func(t *testing.T, s *synthPDF) {
			s.synthTable(t, xs, 100, synthRows, "inner")
		}, []any{synthRows}},
		{"three-line table: cells as paragraphs, row by row", func(t *testing.T, s *synthPDF) {
			s.synthTable(t, xs, 100, synthRows, "horizontal")
		}, cellParas},
		{"no rules: cells as paragraphs, row by row", func(t *testing.T, s *synthPDF) {
			s.chars(t, "F1", 12, 60, 80, "1.办公经费绩效目标表")
			s.synthTable(t, xs, 100, synthRows, "none")
		}, append([]any{"1.办公经费绩效目标表"}, cellParas...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &synthPDF{}
			s.gbFont("F1", "GBK-EUC-H")
			tt.draw(t, s)
			got := layoutOf(t, s.bytes())
			assert.Equal(t, tt.want, got)
		})
	}
}
