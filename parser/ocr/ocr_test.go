package ocr

import (
	"bytes"
	"compress/zlib"
	"context"
	"image"
	"image/draw"
	"math"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// needTesseract skips a test without tesseract, except in CI (CI=true, or
// PERFDOC_REQUIRE_OCR=1 as .ci/run sets), where OCR tests must run: there
// it fails.
func needTesseract(t *testing.T) {
	t.Helper()
	if err := (&Engine{}).Check(); err != nil {
		if os.Getenv("CI") == "true" || os.Getenv("PERFDOC_REQUIRE_OCR") == "1" {
			t.Fatalf("CI must install tesseract: %v", err)
		}
		t.Skip(err)
	}
}

// drawGrid paints a white page with black rules: horizontal rules at ys
// (spanning x0…x1) and vertical rules at xs (spanning y0…y1), each 3 px
// thick, minus the gaps given as rectangles painted white afterwards.
func drawGrid(w, h int, ys, xs []int, gaps []image.Rectangle) *image.Gray {
	g := image.NewGray(image.Rect(0, 0, w, h))
	draw.Draw(g, g.Bounds(), image.White, image.Point{}, draw.Src)
	x0, x1, y0, y1 := xs[0], xs[len(xs)-1], ys[0], ys[len(ys)-1]
	for _, y := range ys {
		draw.Draw(g, image.Rect(x0, y, x1+3, y+3), image.Black, image.Point{}, draw.Src)
	}
	for _, x := range xs {
		draw.Draw(g, image.Rect(x, y0, x+3, y1+3), image.Black, image.Point{}, draw.Src)
	}
	for _, r := range gaps {
		draw.Draw(g, r, image.White, image.Point{}, draw.Src)
	}
	return g
}

func TestLatticeSpans(t *testing.T) {
	// 3 rows × 3 columns; the rule between rows 1 and 2 is missing in
	// column 1 (a vertical merge), the rule between columns 2 and 3 is
	// missing in row 0 (a horizontal merge).
	ys := []int{200, 300, 400, 500}
	xs := []int{200, 600, 1000, 1400}
	gaps := []image.Rectangle{
		image.Rect(204, 300, 599, 303),   // the rule under (0, 0)
		image.Rect(1000, 204, 1003, 299), // the rule right of (0, 1)
	}
	g := drawGrid(1700, 2400, ys, xs, gaps)
	geo := pageGeometry(g.Rect.Dx(), g.Rect.Dy())
	hb, vb := ruleInk(g, otsu(g))
	r := findRules(hb, vb, geo.hMin, geo.vMin, 6)
	ls := r.lattices(geo.hMin)
	require.Len(t, ls, 1)
	owner, cells := ls[0].cells()
	require.Len(t, owner, 3)
	// column 0 rows 0-1 are one cell; row 0 columns 1-2 are one cell
	assert.Equal(t, owner[0][0], owner[1][0])
	assert.Equal(t, owner[0][1], owner[0][2])
	assert.NotEqual(t, owner[1][1], owner[1][2])
	assert.NotEqual(t, owner[1][0], owner[2][0])
	c := cells[owner[0][0]]
	assert.Equal(t, gridCell{r0: 0, r1: 2, c0: 0, c1: 1, box: c.box}, c)
	c = cells[owner[0][1]]
	assert.Equal(t, 2, c.c1-c.c0)
	assert.Len(t, cells, 7) // nine grid cells, two merges
}

func TestSkewAngle(t *testing.T) {
	for _, deg := range []float64{0, 0.4, -0.4, 1.5, -2.5} {
		// lines of "text": short dashes in rows, turned by deg
		g := image.NewGray(image.Rect(0, 0, 1600, 1200))
		draw.Draw(g, g.Bounds(), image.White, image.Point{}, draw.Src)
		for y := 100; y < 1100; y += 40 {
			for x := 100; x < 1500; x += 30 {
				draw.Draw(g, image.Rect(x, y, x+22, y+18), image.Black, image.Point{}, draw.Src)
			}
		}
		turned := rotate(g, -deg) // rotate undoes a skew: -deg makes one
		got := skewAngle(binarize(turned, otsu(turned)))
		assert.InDelta(t, deg, got, 0.06, "skew %.1f°", deg)
	}
}

func TestCJKParens(t *testing.T) {
	for in, want := range map[string]string{
		"203001保定白沟新城党群工作部〈本级)": "203001保定白沟新城党群工作部（本级）",
		"资金支出计划(%)":             "资金支出计划（%）",
		"(一)提高":                 "（一）提高",
		"f(x) = 1":              "f(x) = 1",
		"":                      "",
	} {
		assert.Equal(t, want, cjkParens(in), in)
	}
}

func TestReadingText(t *testing.T) {
	const tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
		"5\t1\t1\t1\t1\t1\t12\t12\t300\t40\t90\t1.解决到村任职\n" +
		"5\t1\t1\t1\t1\t2\t320\t12\t300\t40\t80\t选调生\n" +
		"5\t1\t1\t1\t2\t1\t12\t60\t100\t40\t70\t工作。\n" +
		"5\t1\t1\t1\t3\t1\t12\t110\t100\t40\t60\t2.其他\n" +
		"5\t2\t1\t1\t1\t1\t12\t12\t50\t40\t95\t6.16\n" +
		"5\t2\t1\t1\t1\t2\t70\t12\t50\t40\t95\t万元\n" +
		"5\t3\t1\t1\t1\t1\t12\t12\t50\t40\t95\tabc\n" +
		"5\t3\t1\t1\t1\t2\t70\t12\t50\t40\t85\tdef\n" +
		"5\t4\t1\t1\t1\t1\t12\t12\t90\t40\t90\t保定市\n" +
		"5\t4\t1\t1\t1\t2\t102\t12\t60\t40\t90\t财政局\n" +
		"5\t4\t1\t1\t1\t3\t172\t12\t90\t40\t90\t保定市\n" +
		"5\t4\t1\t1\t1\t4\t262\t12\t60\t40\t90\t2025\n" +
		"5\t4\t1\t1\t1\t5\t322\t12\t30\t40\t90\t年\n"
	out := make([]reading, 4)
	require.NoError(t, parseTSV([]byte(tsv), out))
	// the plain text says where the spaces between Chinese words are
	out[3].plain = "保定市财政局 保定市 2025 年\n"
	s, conf := out[3].text(400)
	assert.Equal(t, "保定市财政局 保定市2025年", s)
	assert.Equal(t, 90, conf)
	out[3].plain = ""
	s, _ = out[3].text(400)
	assert.Equal(t, "保定市财政局保定市2025年", s)
	s, conf = out[0].text(644)
	// line 1 is full (a wrap), line 2 stops short (a hard break)
	assert.Equal(t, "1.解决到村任职选调生工作。\n2.其他", s)
	assert.Equal(t, int(math.Round((90*7+80*3+70*3+60*4)/17.0)), conf)
	s, _ = out[1].text(200)
	assert.Equal(t, "6.16万元", s)
	s, conf = out[2].text(200)
	assert.Equal(t, "abc def", s)
	assert.Equal(t, 90, conf)
	require.Error(t, parseTSV([]byte("5\t1\t1\t1\t1\t1\tx\t1\t1\t1\t9\tw\n"), out))
}

func TestTIFFPagesAndLimits(t *testing.T) {
	data, err := os.ReadFile("../../testdata/ocr/budget-2026-p3-4-g4.tiff")
	require.NoError(t, err)
	src, err := NewImageSource(data, Limits{})
	require.NoError(t, err)
	require.Equal(t, 2, src.Pages())
	for i := range 2 {
		g, err := src.Page(i)
		require.NoError(t, err)
		assert.Equal(t, image.Rect(0, 0, 2481, 3508), g.Rect)
	}
	_, err = DecodePages(data, Limits{MaxPixels: 1_000_000})
	require.ErrorIs(t, err, ErrTooLarge)
	_, err = NewImageSource(data, Limits{MaxPages: 1})
	require.ErrorIs(t, err, ErrTooLarge)
	_, err = NewImageSource([]byte("not an image"), Limits{})
	require.ErrorIs(t, err, ErrNotImage)
	// a damaged TIFF is an error, not a panic
	for _, n := range []int{8, 100, 1000, len(data) / 2} {
		if s, err := NewImageSource(data[:n], Limits{}); err == nil {
			for i := range s.Pages() {
				_, _ = s.Page(i)
			}
		}
	}
}

func TestPDFImages(t *testing.T) {
	// a grey page and a CCITT-less Flate image round-trip through a PDF
	g := image.NewGray(image.Rect(0, 0, 64, 48))
	for i := range g.Pix {
		g.Pix[i] = uint8(i * 7)
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	_, _ = zw.Write(g.Pix)
	require.NoError(t, zw.Close())
	data := WritePDF([]PDFImage{{Data: z.Bytes(), Filter: "FlateDecode", Width: 64, Height: 48, DPI: 72}})
	src, err := openPDFForTest(data)
	require.NoError(t, err)
	require.Equal(t, 1, src.Pages())
	got, err := src.Page(0)
	require.NoError(t, err)
	assert.Equal(t, g.Pix, got.Pix)
}

func TestReadScans(t *testing.T) {
	needTesseract(t)
	cases := []struct {
		file  string
		pages int
		want  []string // cell texts that must be read exactly
	}{
		{"budget-2026-p3-4-g4.tiff", 2, []string{"13060525P004501100061", "6.16", "产出指标", "数量指标", "实际发放补助人数", "2025年工作计划", "100%", "资金支出计划（%）"}},
		{"budget-2026-p4-skew200.jpg", 1, []string{"产出指标", "数量指标", "实际发放补助人数", "100%"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile("../../testdata/ocr/" + c.file)
			require.NoError(t, err)
			src, err := NewImageSource(data, Limits{})
			require.NoError(t, err)
			var done []int
			pages, err := Read(context.Background(), src, Options{Workers: 2, Progress: func(d, n int) { done = append(done, d) }})
			require.NoError(t, err)
			require.Len(t, pages, c.pages)
			assert.Len(t, done, c.pages)
			var cells []string
			tables := 0
			for _, p := range pages {
				for _, it := range p.Items {
					if it.Table == nil {
						continue
					}
					tables++
					for _, row := range it.Table.Rows {
						for _, cell := range row {
							if cell.Text != "" {
								cells = append(cells, cell.Text)
								assert.Positive(t, cell.Conf, cell.Text)
							}
						}
					}
				}
			}
			assert.Positive(t, tables)
			for _, w := range c.want {
				assert.Contains(t, cells, w)
			}
			// one worker reads the pages in one batch, one Tesseract run:
			// the same pages, in order
			one, err := Read(context.Background(), src, Options{Workers: 1})
			require.NoError(t, err)
			require.Len(t, one, c.pages)
			for i := range one {
				assert.Equal(t, i+1, one[i].Number)
				assert.Equal(t, pages[i].String(), one[i].String())
			}
			// a work budget smaller than the scan stops it
			_, err = Read(context.Background(), src, Options{Limits: Limits{MaxWork: 1000}})
			require.ErrorIs(t, err, ErrTooLarge)
		})
	}
}

func TestMissingTesseract(t *testing.T) {
	e := &Engine{Path: "/nonexistent/tesseract"}
	require.ErrorIs(t, e.Check(), ErrNoTesseract)
	g := drawGrid(800, 600, []int{100, 200, 300}, []int{100, 400, 700}, nil)
	for x := 150; x < 250; x += 14 { // a word: blobs smaller than any rule
		draw.Draw(g, image.Rect(x, 130, x+10, 150), image.Black, image.Point{}, draw.Src)
	}
	_, err := ReadPage(context.Background(), e, g, func(int64) error { return nil })
	require.Error(t, err)
	assert.False(t, strings.Contains(err.Error(), "\n"), "one line: %v", err)
	_, lookErr := exec.LookPath("/nonexistent/tesseract")
	require.Error(t, lookErr)
}

func TestBatchSize(t *testing.T) {
	for _, c := range []struct{ n, workers, want int }{
		{1, 2, 1}, {2, 2, 1}, {3, 2, 2}, {16, 2, 8}, {17, 2, 5}, {40, 2, 7}, {40, 1, 8}, {17, 1, 6}, {5, 0, 5},
	} {
		b := batchSize(c.n, c.workers)
		assert.Equal(t, c.want, b, "n=%d workers=%d", c.n, c.workers)
		assert.LessOrEqual(t, b, maxBatch)
		batches := (c.n + b - 1) / b
		if c.workers > 0 && c.n > c.workers {
			// no worker idles at the end: the batches fill rounds
			assert.Zero(t, batches%c.workers, "n=%d workers=%d: %d batches", c.n, c.workers, batches)
		}
	}
}

func TestJoinSplitRow(t *testing.T) {
	box := func(x0, x1, y0, y1 int) image.Rectangle { return image.Rect(x0, y0, x1, y1) }
	// page 1 ends with a header row whose last cell the break cut:
	// 指标值确定依 | 据; a cell spanning both rows of page 1 sits left
	last := &Table{Box: box(100, 700, 100, 500), Cols: []int{100, 300, 500, 700}, Rows: [][]Cell{
		{{Text: "产出指标", Conf: 90, RowSpan: 2, ColSpan: 1, Box: box(100, 300, 100, 500)}, {Text: "指标值", Conf: 90, RowSpan: 1, ColSpan: 1, Box: box(300, 500, 100, 300)}, {Text: "2025年", Conf: 91, RowSpan: 1, ColSpan: 1, Box: box(500, 700, 100, 300)}},
		{{Merged: true, RowSpan: 1, ColSpan: 1, Box: box(100, 300, 100, 500)}, {Text: "ABC", Conf: 90, RowSpan: 1, ColSpan: 1, Box: box(300, 500, 300, 500)}, {Text: "指标值确定依", Conf: 93, RowSpan: 1, ColSpan: 1, Box: box(500, 700, 300, 500)}},
	}}
	next := func(first []Cell) *Page {
		t := &Table{Box: box(100, 700, 80, 400), Cols: []int{100, 250, 500, 700}, Rows: [][]Cell{first,
			{{Text: "数量指标", Conf: 95, RowSpan: 1, ColSpan: 1, Box: box(100, 250, 120, 400)}, {Text: "3个", Conf: 95, RowSpan: 1, ColSpan: 1, Box: box(250, 500, 120, 400)}, {Text: "工作计划", Conf: 95, RowSpan: 1, ColSpan: 1, Box: box(500, 700, 120, 400)}},
		}}
		return &Page{Number: 2, Items: []Item{{Para: &Para{Text: "2", Furniture: true}}, {Table: t}}}
	}
	copyLast := func() *Table {
		c := *last
		c.Rows = [][]Cell{append([]Cell(nil), last.Rows[0]...), append([]Cell(nil), last.Rows[1]...)}
		return &c
	}
	l := copyLast()
	p2 := next([]Cell{{RowSpan: 1, ColSpan: 1, Box: box(100, 250, 80, 120)}, {RowSpan: 1, ColSpan: 1, Box: box(250, 500, 80, 120)}, {Text: "据", Conf: 80, RowSpan: 1, ColSpan: 1, Box: box(500, 700, 80, 120)}})
	joinPages([]*Page{{Number: 1, Items: []Item{{Table: l}}}, p2})
	assert.Equal(t, "指标值确定依据", l.Rows[1][2].Text)
	assert.Equal(t, 80, l.Rows[1][2].Conf)
	require.Len(t, p2.Items[1].Table.Rows, 1, "the cut row is gone")
	assert.Equal(t, "数量指标", p2.Items[1].Table.Rows[0][0].Text)

	// Latin texts join with a space
	l = copyLast()
	joinPages([]*Page{{Number: 1, Items: []Item{{Table: l}}}, next([]Cell{{RowSpan: 1, ColSpan: 1, Box: box(100, 250, 80, 120)}, {Text: "DEF", Conf: 90, RowSpan: 1, ColSpan: 1, Box: box(250, 500, 80, 120)}, {RowSpan: 1, ColSpan: 1, Box: box(500, 700, 80, 120)}})})
	assert.Equal(t, "ABC DEF", l.Rows[1][1].Text)

	// not a cut row: most cells have text, text under an empty cell, a
	// cell spanning rows
	for k, first := range [][]Cell{
		{{Text: "效益指标", RowSpan: 1, ColSpan: 1, Box: box(100, 250, 80, 120)}, {Text: "x", RowSpan: 1, ColSpan: 1, Box: box(250, 500, 80, 120)}, {RowSpan: 1, ColSpan: 1, Box: box(500, 700, 80, 120)}},
		{{RowSpan: 1, ColSpan: 1, Box: box(100, 250, 80, 120)}, {Text: "x", RowSpan: 1, ColSpan: 1, Box: box(250, 500, 80, 120)}, {RowSpan: 1, ColSpan: 1, Box: box(500, 700, 80, 120)}},
		{{RowSpan: 1, ColSpan: 1, Box: box(100, 250, 80, 120)}, {RowSpan: 1, ColSpan: 1, Box: box(250, 500, 80, 120)}, {Text: "据", RowSpan: 2, ColSpan: 1, Box: box(500, 700, 80, 400)}},
	} {
		l = copyLast()
		if k == 1 {
			l.Rows[1][1].Text = ""
		}
		p := next(first)
		joinPages([]*Page{{Number: 1, Items: []Item{{Table: l}}}, p})
		assert.Equal(t, "指标值确定依", l.Rows[1][2].Text, k)
		assert.Len(t, p.Items[1].Table.Rows, 2, k)
	}
}

func TestParagraphsSplitAtWideGap(t *testing.T) {
	// two title lines with a table between them (left out of the lines):
	// the only gap is the table's, and still ends the paragraph
	lines := []textLine{{y0: 100, y1: 140, x0: 200, x1: 900}, {y0: 2000, y1: 2040, x0: 200, x1: 900}}
	assert.Len(t, paragraphs(lines), 2)
	// lines of one paragraph stay together
	lines = []textLine{{y0: 100, y1: 140, x0: 200, x1: 2000}, {y0: 150, y1: 190, x0: 200, x1: 2000}, {y0: 200, y1: 240, x0: 200, x1: 900}}
	assert.Len(t, paragraphs(lines), 1)
}
