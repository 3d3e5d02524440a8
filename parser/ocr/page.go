package ocr

import (
	"context"
	"fmt"
	"image"
	"math"
	"sort"
	"unicode/utf8"
)

// padding is the white border around each crop handed to Tesseract, in
// pixels.
const padding = 12

// tune holds the choices measured on the seed filing's scans
// (docs/ocr.md), as variables so that a benchmark can turn each off.
var tune = struct {
	// lineHeight is the height of ink, in pixels, a line crop is scaled
	// down to: chi_sim reads text of about this height best (at 300 dpi,
	// 10.5 pt Chinese is 46 px high and loses characters that the same
	// crop at 3/4 of the size gives back; 34 and 26 scored the same).
	lineHeight int
	// raw reads a line that page segmentation mode 7 finds nothing in
	// again in mode 13 (the raw line): mode 7 returns nothing for some
	// short crops (资金 alone).
	raw bool
	// second reads a line that looks numeric again with chi_sim+eng.
	second bool
	// comparators tells a leading comparator by its glyph's shape.
	comparators bool
	// keep leaves the crops and Tesseract's output in the temporary
	// directory (debugging).
	keep bool
}{lineHeight: 32, raw: true, second: true, comparators: true}

// geometry holds the sizes a page's analysis derives from its resolution.
type geometry struct {
	dpi        float64
	hMin, vMin int // shortest horizontal and vertical rule runs
}

// pageGeometry estimates the resolution from the page's shorter side taken
// as A4's 210 mm (8.27 in); a rule is a run longer than a third of an inch
// across, a fifth of an inch down (a line of 10.5 pt text is 0.15 in).
func pageGeometry(w, h int) geometry {
	dpi := float64(min(w, h)) / 8.27
	return geometry{dpi: dpi, hMin: max(20, int(dpi/3)), vMin: max(12, int(dpi/5))}
}

// region is one thing to read on a page: a table cell or a paragraph.
type region struct {
	box   image.Rectangle // the crop, in page pixels
	inner image.Rectangle // the cell or paragraph box
}

// analyse finds the tables and paragraphs of a deskewed page and the crops
// to read; it returns the page with empty texts and, for each crop, where
// its text goes and the crop of the line above it in its cell or
// paragraph (-1 for a first line).
func analyse(g *image.Gray, bm *bitmap, th uint8) (*Page, []*image.Gray, []func(string, int), []int) {
	geo := pageGeometry(bm.w, bm.h)
	hb, vb := ruleInk(g, th)
	rl := findRules(hb, vb, geo.hMin, geo.vMin, max(4, int(geo.dpi/40)))
	page := &Page{}
	var cl cropList
	var skip []image.Rectangle
	var pend []pendingCell
	var heights []int
	for _, l := range rl.lattices(geo.hMin) {
		t, p := latticeTable(l, bm, rl)
		for _, pc := range p {
			for _, b := range pc.bands {
				heights = append(heights, b.height())
			}
		}
		pend = append(pend, p...)
		page.Items = append(page.Items, Item{Table: t})
		skip = append(skip, l.box.Inset(-4))
	}
	// the page's usual line height: a band of ink much shorter than a
	// line joined to its neighbour makes a character (量 has a gap of
	// white rows between 日 and 里 at 300 dpi)
	typical := 0
	if len(heights) > 0 {
		sort.Ints(heights)
		typical = heights[len(heights)*3/4]
	}
	for _, pc := range pend {
		for k, ln := range cellLines(pc.bands, pc.box, typical) {
			cl.add(pad(g, rl, ln), k, pc.acc, ln)
		}
	}
	lines := textLines(bm, skip)
	for _, p := range paragraphs(lines) {
		box := image.Rectangle{Min: image.Pt(bm.w, p[0].y0), Max: image.Pt(0, p[len(p)-1].y1+1)}
		for _, l := range p {
			box.Min.X, box.Max.X = min(box.Min.X, l.x0), max(box.Max.X, l.x1+1)
		}
		para := &Para{Box: box}
		para.Furniture = len(p) == 1 && box.Dx()*4 < bm.w && (box.Max.Y < bm.h*7/100 || box.Min.Y > bm.h*93/100)
		acc := &cellText{right: box.Max.X, set: func(s string, conf int) { para.Text, para.Conf = s, conf }}
		for k, l := range p {
			ln := image.Rect(l.x0-2, l.y0-2, l.x1+3, l.y1+3).Intersect(g.Rect)
			cl.add(pad(g, nil, ln), k, acc, ln)
		}
		page.Items = append(page.Items, Item{Para: para})
	}
	sort.SliceStable(page.Items, func(i, j int) bool { return page.Items[i].top() < page.Items[j].top() })
	return page, cl.crops, cl.sinks, cl.above
}

// pendingCell is a table cell whose bands of ink are cut into lines once
// the page's usual line height is known.
type pendingCell struct {
	acc   *cellText
	bands []textLine
	box   image.Rectangle
}

// latticeTable builds the table of a lattice of rules, its cells' texts
// still empty, and the cells to read, in reading order.
func latticeTable(l *lattice, bm *bitmap, rl *rules) (*Table, []pendingCell) {
	t := &Table{Box: l.box}
	for _, x := range l.xs {
		t.Cols = append(t.Cols, x.mid())
	}
	var pend []pendingCell
	owner, cells := l.cells()
	for r := range owner {
		var row []Cell
		for c := 0; c < len(owner[r]); {
			k := owner[r][c]
			gc := cells[k]
			cell := Cell{RowSpan: gc.r1 - gc.r0, ColSpan: gc.c1 - gc.c0, Box: gc.box}
			if gc.r0 != r {
				cell = Cell{RowSpan: 1, ColSpan: gc.c1 - gc.c0, Merged: true, Box: gc.box}
			}
			row = append(row, cell)
			if !cell.Merged {
				ri, ci := r, len(row)-1
				acc := &cellText{right: gc.box.Max.X, set: func(s string, conf int) {
					t.Rows[ri][ci].Text, t.Rows[ri][ci].Conf = s, conf
				}}
				pend = append(pend, pendingCell{acc: acc, bands: cellBands(bm, rl, gc.box), box: gc.box.Inset(2)})
			}
			c = gc.c1
		}
		t.Rows = append(t.Rows, row)
	}
	return t, pend
}

// cropList gathers a page's line crops in reading order: for each, where
// its text goes and the crop of the line above it in its cell or paragraph
// (-1 for a first line).
type cropList struct {
	crops []*image.Gray
	sinks []func(string, int)
	above []int
}

// add appends crop, line k (from 0) of the cell or paragraph acc, at box.
func (cl *cropList) add(crop *image.Gray, k int, acc *cellText, box image.Rectangle) {
	a := len(cl.crops) - 1
	if k == 0 {
		a = -1
	}
	cl.above = append(cl.above, a)
	cl.crops = append(cl.crops, crop)
	acc.lines = append(acc.lines, cellLine{box: box})
	cl.sinks = append(cl.sinks, func(s string, conf int) { acc.got(k, s, conf) })
}

func (it Item) top() int {
	if it.Table != nil {
		return it.Table.Box.Min.Y
	}
	return it.Para.Box.Min.Y
}

// cellBands returns the bands of rows with ink in a cell (rule pixels
// left out).
func cellBands(bm *bitmap, rl *rules, box image.Rectangle) []textLine {
	box = box.Inset(2)
	if box.Empty() {
		return nil
	}
	var lines []textLine
	cur := -1
	for y := box.Min.Y; y < box.Max.Y; y++ {
		x0, x1, n := box.Max.X, -1, 0
		for x := box.Min.X; x < box.Max.X; x++ {
			i := y*bm.w + x
			if !bm.pix[i] || rl.hm[i] || rl.vm[i] || !inkNeighbour(bm, x, y) {
				continue
			}
			n++
			x0, x1 = min(x0, x), max(x1, x)
		}
		if n == 0 {
			cur = -1
			continue
		}
		if cur < 0 {
			lines = append(lines, textLine{y0: y, y1: y, x0: x0, x1: x1})
			cur = len(lines) - 1
			continue
		}
		l := &lines[cur]
		l.y1, l.x0, l.x1 = y, min(l.x0, x0), max(l.x1, x1)
	}
	return lines
}

// cellLines returns the lines of a cell's bands (box is the cell's inside),
// each a box to read on its own: Tesseract reads a narrow cell of short
// lines (绩效\n指标\n描述) badly as one block. Bands that together are
// no taller than a line of the page (typical) are one line.
func cellLines(bands []textLine, box image.Rectangle, typical int) []image.Rectangle {
	lines := mergeThin(joinSplit(bands, typical))
	var out []image.Rectangle
	for _, l := range lines {
		if l.height() < 4 {
			continue
		}
		out = append(out, image.Rect(l.x0-2, l.y0-2, l.x1+3, l.y1+3).Intersect(box))
	}
	return out
}

// cellText gathers the lines of a cell read one by one.
type cellText struct {
	lines []cellLine
	right int // the cell's inner right edge
	set   func(string, int)
}

type cellLine struct {
	box  image.Rectangle
	text string
	conf int
	done bool
}

// got records line k's reading; when every line is in, the cell's text
// is set: lines joined with nothing (a wrap) unless a line stops well short
// of the cell's right edge (a hard break, "\n"), and the confidence
// averaged over the characters.
func (c *cellText) got(k int, s string, lineConf int) {
	c.lines[k].text, c.lines[k].conf, c.lines[k].done = s, lineConf, true
	for _, l := range c.lines {
		if !l.done {
			return
		}
	}
	var sb []rune
	var sum, n int
	for i, l := range c.lines {
		if l.text == "" {
			continue
		}
		if len(sb) > 0 {
			prev := c.lines[i-1]
			h := max(prev.box.Dy(), 1)
			switch {
			case prev.box.Max.X < c.right-2*h:
				sb = append(sb, []rune(hardBreak(string(sb), l.text))...)
			case latin(sb[len(sb)-1]) && latin(firstRune(l.text)) && !digit(sb[len(sb)-1]):
				sb = append(sb, ' ')
			}
		}
		sb = append(sb, []rune(l.text)...)
		k := len([]rune(l.text))
		sum += l.conf * k
		n += k
	}
	conf := 0
	if n > 0 {
		conf = max(1, (sum+n/2)/n)
	}
	c.set(cjkParens(string(sb)), conf)
}

// pad copies box out of g onto white with padding all round, whitening the
// rule pixels when rl is given; a line taller than lineHeight (box is the
// line's ink with 2 px above and 3 below) is scaled down to it first.
func pad(g *image.Gray, rl *rules, box image.Rectangle) *image.Gray {
	src := image.NewGray(image.Rect(0, 0, box.Dx(), box.Dy()))
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			v := g.Pix[y*g.Stride+x]
			if rl != nil && (rl.hm[y*rl.w+x] || rl.vm[y*rl.w+x]) {
				v = 255
			}
			src.Pix[(y-box.Min.Y)*src.Stride+x-box.Min.X] = v
		}
	}
	if ink, want := box.Dy()-5, tune.lineHeight; want > 0 && ink > want {
		src = shrink(src, float64(want)/float64(ink))
	}
	out := image.NewGray(image.Rect(0, 0, src.Rect.Dx()+2*padding, src.Rect.Dy()+2*padding))
	for i := range out.Pix {
		out.Pix[i] = 255
	}
	for y := range src.Rect.Dy() {
		copy(out.Pix[(y+padding)*out.Stride+padding:], src.Pix[y*src.Stride:y*src.Stride+src.Rect.Dx()])
	}
	return out
}

// shrink scales g down by f (0 < f < 1), each output pixel the mean of the
// input area it covers.
func shrink(g *image.Gray, f float64) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	ow, oh := max(1, int(float64(w)*f+0.5)), max(1, int(float64(h)*f+0.5))
	out := image.NewGray(image.Rect(0, 0, ow, oh))
	sx, sy := float64(w)/float64(ow), float64(h)/float64(oh)
	for oy := range oh {
		y0, y1 := float64(oy)*sy, float64(oy+1)*sy
		for ox := range ow {
			x0, x1 := float64(ox)*sx, float64(ox+1)*sx
			var sum, area float64
			for y := int(y0); y < h && float64(y) < y1; y++ {
				wy := math.Min(y1, float64(y+1)) - math.Max(y0, float64(y))
				for x := int(x0); x < w && float64(x) < x1; x++ {
					wx := math.Min(x1, float64(x+1)) - math.Max(x0, float64(x))
					sum += wx * wy * float64(g.Pix[y*g.Stride+x])
					area += wx * wy
				}
			}
			out.Pix[oy*out.Stride+ox] = uint8(sum/area + 0.5)
		}
	}
	return out
}

// ReadPage reads one page image: deskew, binarise, tables and paragraphs,
// then Tesseract over all their crops. work is charged the pixels analysed
// and read.
func ReadPage(ctx context.Context, e *Engine, g *image.Gray, work func(int64) error) (*Page, error) {
	j, err := preparePage(g, work)
	if err != nil {
		return nil, err
	}
	if err := e.readJobs(ctx, []*pageJob{j}); err != nil {
		return nil, err
	}
	return j.page, nil
}

// pageJob is a page analysed, its crops waiting to be read.
type pageJob struct {
	page  *Page
	crops []*image.Gray
	sinks []func(string, int)
	above []int // the crop of the line above in the cell, or -1
}

// preparePage deskews and analyses a page: its tables, paragraphs and the
// crops to read. work is charged the page's pixels and the crops'.
func preparePage(g *image.Gray, work func(int64) error) (*pageJob, error) {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if err := work(int64(w) * int64(h)); err != nil {
		return nil, err
	}
	if g.Rect.Min != (image.Point{}) {
		g = Gray(g.SubImage(g.Rect)) // rebase at the origin
		c := image.NewGray(image.Rect(0, 0, w, h))
		for y := range h {
			copy(c.Pix[y*c.Stride:y*c.Stride+w], g.Pix[y*g.Stride:])
		}
		g = c
	}
	th := otsu(g)
	bm := binarize(g, th)
	skew := skewAngle(bm)
	if math.Abs(skew) >= 0.05 {
		g = rotate(g, skew)
		th = otsu(g)
		bm = binarize(g, th)
	}
	page, crops, sinks, above := analyse(g, bm, th)
	page.Skew = skew
	var px int64
	for _, c := range crops {
		px += int64(c.Rect.Dx()) * int64(c.Rect.Dy())
	}
	if err := work(px); err != nil {
		return nil, err
	}
	return &pageJob{page: page, crops: crops, sinks: sinks, above: above}, nil
}

// readJobs reads the crops of several pages with one Tesseract process for
// all of them (each start loads the language model, 0.3 s of CPU), then
// one for the lines read as nothing and one for the lines that look
// numeric, and fills the pages in.
func (e *Engine) readJobs(ctx context.Context, jobs []*pageJob) error {
	l := &lines{}
	for _, j := range jobs {
		for _, a := range j.above {
			if a >= 0 {
				a += len(l.crops)
			}
			l.above = append(l.above, a)
		}
		l.crops = append(l.crops, j.crops...)
	}
	if err := l.first(ctx, e); err != nil {
		return err
	}
	if err := l.raw(ctx, e); err != nil {
		return err
	}
	if err := l.second(ctx, e); err != nil {
		return err
	}
	l.fill(jobs)
	return nil
}

// lines are the crops of one batch of pages and what has been read of
// them: texts[i] and confs[i] for crops[i]; above[i] is the index of the
// line above crops[i] in its cell or paragraph, or -1 for a first line.
type lines struct {
	crops []*image.Gray
	above []int
	texts []string
	confs []int
	again []int // lines that look numeric or doubtful, to be read again
	empty []int // lines the first reading found nothing in
}

// first reads every line once, as a single text line (mode 7).
func (l *lines) first(ctx context.Context, e *Engine) error {
	readings, err := e.read(ctx, l.crops, e.lang(), "7")
	if err != nil {
		return err
	}
	l.texts = make([]string, len(readings))
	l.confs = make([]int, len(readings))
	for i, r := range readings {
		l.texts[i], l.confs[i] = r.text(l.crops[i].Rect.Dx())
		if l.texts[i] == "" {
			l.empty = append(l.empty, i)
		}
		if (numericLine(l.texts[i]) || doubtfulShort(l.texts[i], l.confs[i]) || codeTail(l.texts, l.above, i)) && tune.second {
			l.again = append(l.again, i)
		}
	}
	return nil
}

// raw reads the lines mode 7 found nothing in as a raw line (mode 13):
// some short crops (资金 alone) have no line for mode 7.
func (l *lines) raw(ctx context.Context, e *Engine) error {
	if len(l.empty) == 0 || !tune.raw {
		return nil
	}
	sub := make([]*image.Gray, len(l.empty))
	for k, i := range l.empty {
		sub[k] = l.crops[i]
	}
	raw, err := e.read(ctx, sub, e.lang(), "13")
	if err != nil {
		return err
	}
	for k, i := range l.empty {
		l.texts[i], l.confs[i] = raw[k].text(l.crops[i].Rect.Dx())
		if (numericLine(l.texts[i]) || doubtfulShort(l.texts[i], l.confs[i])) && tune.second {
			l.again = append(l.again, i)
		}
	}
	return nil
}

// second reads the lines that look numeric again with Latin added, each as
// it is and a doubtful one also binarised, and keeps a second reading
// where it agrees with the first in what it may change.
func (l *lines) second(ctx context.Context, e *Engine) error {
	if len(l.again) == 0 {
		return nil
	}
	var sub []*image.Gray
	raw := make([]bool, len(l.again))  // line again[k] is read as it is
	bw := make([]int, 0, len(l.again)) // the index in sub of line again[k]'s binarised crop, or -1
	for k, i := range l.again {
		b := -1
		raw[k] = !doubtfulShort(l.texts[i], l.confs[i]) || numericLine(l.texts[i]) || codeTail(l.texts, l.above, i)
		if raw[k] {
			sub = append(sub, l.crops[i])
		}
		if doubtfulShort(l.texts[i], l.confs[i]) {
			b = len(sub)
			sub = append(sub, blackWhite(l.crops[i]))
		}
		bw = append(bw, b)
	}
	second, err := e.read(ctx, sub, e.lang()+"+eng", "7")
	if err != nil {
		return err
	}
	n := 0
	for k, i := range l.again {
		first, firstConf := l.texts[i], l.confs[i]
		if raw[k] {
			s, conf := second[n].text(l.crops[i].Rect.Dx())
			n++
			l.keepRaw(i, first, s, conf)
		}
		if b := bw[k]; b >= 0 {
			s, conf := second[b].text(l.crops[i].Rect.Dx())
			n++
			if valueLike(s) && keepsComparator(first, s) && conf > l.confs[i] && conf > firstConf {
				// the first reading's confidence stays: a doubted
				// line is still warned
				l.texts[i], l.confs[i] = s, firstConf
			}
		}
	}
	return nil
}

// keepRaw takes the second reading s of line i, read as it is, where it
// reads the same Han characters as the first, or ends a code in Latin
// letters or digits no longer than the first reading.
func (l *lines) keepRaw(i int, first, s string, conf int) {
	switch {
	case s == "":
	case codeTail(l.texts, l.above, i):
		if isCode(l.texts[l.above[i]]+s) && utf8.RuneCountInString(s) <= utf8.RuneCountInString(first) {
			l.texts[i], l.confs[i] = s, conf
		}
	case hanOf(s) == hanOf(first) || latinCode(first, s):
		l.texts[i], l.confs[i] = s, conf
	}
}

// fill hands each page its lines' texts (comparators mended from the
// crop) and drops paragraphs that read as nothing (a speck, a stamp's edge).
func (l *lines) fill(jobs []*pageJob) {
	i := 0
	for _, j := range jobs {
		for k := range j.crops {
			s := l.texts[i]
			if tune.comparators {
				s = fixComparator(s, l.crops[i])
			}
			j.sinks[k](s, l.confs[i])
			i++
		}
		items := j.page.Items[:0]
		for _, it := range j.page.Items {
			if it.Para != nil && it.Para.Text == "" {
				continue
			}
			items = append(items, it)
		}
		j.page.Items = items
		j.crops, j.sinks = nil, nil
	}
}

// String renders a page for tests and debugging.
func (p *Page) String() string {
	s := fmt.Sprintf("page %d (skew %.2f°)\n", p.Number, p.Skew)
	for _, it := range p.Items {
		if it.Para != nil {
			s += fmt.Sprintf("P[%d] %q\n", it.Para.Conf, it.Para.Text)
			continue
		}
		s += "TABLE\n"
		for _, row := range it.Table.Rows {
			s += " |"
			for _, c := range row {
				switch {
				case c.Merged:
					s += " ^ |"
				default:
					s += fmt.Sprintf(" %q[%d]", c.Text, c.Conf)
					if c.RowSpan > 1 || c.ColSpan > 1 {
						s += fmt.Sprintf("{%dx%d}", c.RowSpan, c.ColSpan)
					}
					s += " |"
				}
			}
			s += "\n"
		}
	}
	return s
}
