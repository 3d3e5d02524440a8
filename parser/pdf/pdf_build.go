package pdf

import (
	"math"
	"strings"

	"github.com/perfdoc/perfdoc/model"
	pdffile "github.com/perfdoc/perfdoc/parser/internal/pdf"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// pitem is a grid, a line outside grids or a block of a table drawn
// without rules, on one page.
type pitem struct {
	top   float64
	grid  *pgrid
	line  *pline
	block *pblock
}

// pgrid is a grid with the glyphs and lines of its cells.
type pgrid struct {
	*grid
	glyphs [][]*pglyph // per cell
	lines  [][]*pline  // per cell
}

type pdfPage struct {
	num       int
	w, h      float64
	items     []pitem
	furniture []*pline
}

// pdfBuilder collects the pages of a PDF and turns them into blocks.
type pdfBuilder struct {
	pages []*pdfPage
	cells int // grid cells of all pages (Limits.MaxCells)
}

func (b *pdfBuilder) addPage(num int, w, h float64, c *pdffile.Content, lim layout.Limits) error {
	p := &pdfPage{num: num, w: w, h: h}
	var grids []*pgrid
	found, err := findGrids(c.Rules, h)
	if err != nil {
		return err
	}
	for _, g := range found {
		if b.cells += len(g.cells); lim.MaxCells > 0 && b.cells > lim.MaxCells {
			return layout.OverLimit("cells", int64(lim.MaxCells), "table cells", "--max-cells")
		}
		grids = append(grids, &pgrid{grid: g, glyphs: make([][]*pglyph, len(g.cells))})
	}
	var outside []*pglyph
	for _, g := range c.Glyphs {
		if g.Text == "" || (strings.TrimSpace(g.Text) == "" && g.Text != " ") {
			continue
		}
		pg := &pglyph{text: g.Text, x0: g.X, x1: g.X + g.W, y: h - g.Y, sz: g.Size, rotated: g.Rotated}
		placed := false
		for _, gr := range grids {
			if gr.contains(pg.cx(), pg.cy()) {
				if k := gr.cellAt(pg.cx(), pg.cy()); k >= 0 {
					gr.glyphs[k] = append(gr.glyphs[k], pg)
					placed = true
					break
				}
			}
		}
		if !placed {
			outside = append(outside, pg)
		}
	}
	for _, gr := range grids {
		gr.lines = make([][]*pline, len(gr.cells))
		for k := range gr.cells {
			gr.lines[k] = buildLines(gr.glyphs[k])
		}
		p.items = append(p.items, pitem{top: gr.top(), grid: gr})
	}
	for _, l := range buildLines(outside) {
		if l.text != "" {
			p.items = append(p.items, pitem{top: l.top, line: l})
		}
	}
	sortItems(p.items)
	b.pages = append(b.pages, p)
	return nil
}

func sortItems(items []pitem) {
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && items[j].top < items[j-1].top; j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
}

// markFurniture moves page headers and footers out of the body: a line
// that is the first or last item of its page, lies in the top or bottom
// 7.5% of the page, and either repeats (digits aside) on another page
// or looks like a page number.
func (b *pdfBuilder) markFurniture() {
	type cand struct {
		p   *pdfPage
		idx int
		key string
	}
	var cands []cand
	count := map[string]int{}
	for _, p := range b.pages {
		seen := map[string]bool{}
		for _, idx := range []int{0, 1, len(p.items) - 2, len(p.items) - 1} {
			if idx < 0 || idx >= len(p.items) || p.items[idx].line == nil {
				continue
			}
			l := p.items[idx].line
			band := ""
			switch {
			case l.bot < 0.075*p.h && (idx == 0 || p.items[0].line != nil && p.items[0].line.bot < 0.075*p.h):
				band = "top"
			case l.top > 0.925*p.h && (idx == len(p.items)-1 || p.items[len(p.items)-1].line != nil && p.items[len(p.items)-1].line.top > 0.925*p.h):
				band = "bottom"
			default:
				continue
			}
			key := band + "|" + digitsFolded(l.text)
			if seen[key] {
				continue
			}
			seen[key] = true
			count[key]++
			cands = append(cands, cand{p, idx, key})
		}
	}
	drop := map[*pdfPage]map[int]bool{}
	for _, c := range cands {
		if count[c.key] >= 2 || pageNumberLike(c.p.items[c.idx].line.text) {
			if drop[c.p] == nil {
				drop[c.p] = map[int]bool{}
			}
			drop[c.p][c.idx] = true
		}
	}
	for p, idx := range drop {
		kept := p.items[:0]
		for i, it := range p.items {
			if idx[i] {
				p.furniture = append(p.furniture, it.line)
			} else {
				kept = append(kept, it)
			}
		}
		p.items = kept
	}
}

func digitsFolded(s string) string {
	var b strings.Builder
	digit := false
	for _, r := range s {
		if r >= '0' && r <= '9' {
			if !digit {
				b.WriteByte('#')
			}
			digit = true
			continue
		}
		digit = false
		b.WriteRune(r)
	}
	return b.String()
}

// pageNumberLike matches "3", "- 3 -", "第3页", "第 3 页 共 9 页", "3/9",
// "Page 3 of 9".
func pageNumberLike(s string) bool {
	f := digitsFolded(strings.ToLower(strings.Join(strings.Fields(s), "")))
	f = strings.Trim(f, "-–—")
	switch f {
	case "#", "第#页", "#/#", "第#页共#页", "第#页/共#页", "page#", "page#of#", "#of#", "共#页第#页":
		return true
	}
	return false
}

// blockBuilder emits blocks in reading order, numbering tables and
// paragraphs.
type blockBuilder struct {
	out      []layout.Block
	nTable   int
	nPara    int
	para     *layout.Paragraph
	last     *pline // last line of the open paragraph
	tbl      *ptable
	rightEdg float64
	sp       *spacer
}

// blocks turns the pages into the layout.
func (b *pdfBuilder) blocks() []layout.Block {
	b.markFurniture()
	left, right := b.edges()
	for _, p := range b.pages {
		p.tabulate(left, right)
	}
	bb := &blockBuilder{rightEdg: right, sp: newSpacer(b.lineGroups())}
	for _, p := range b.pages {
		for i, it := range p.items {
			switch {
			case it.grid != nil:
				bb.grid(p, it.grid, i == 0)
			case it.block != nil:
				bb.block(p, it.block)
			default:
				bb.line(p, it.line, i == 0)
			}
		}
		if n := len(p.items); n == 0 || p.items[n-1].grid == nil {
			bb.closeTable()
		}
	}
	bb.closePara()
	bb.closeTable()
	for _, p := range b.pages {
		for _, l := range p.furniture {
			bb.out = append(bb.out, layout.Block{Para: &layout.Paragraph{Text: l.text, Furniture: true, Pos: model.Pos{Page: p.num}}})
		}
	}
	return bb.out
}

// lineGroups returns the lines of the document: those of each cell, and
// those outside tables of each page.
func (b *pdfBuilder) lineGroups() [][]*pline {
	var groups [][]*pline
	for _, p := range b.pages {
		var outside []*pline
		for _, it := range p.items {
			switch {
			case it.line != nil:
				outside = append(outside, it.line)
			case it.block != nil:
				groups = append(groups, it.block.lines)
			default:
				groups = append(groups, it.grid.lines...)
			}
		}
		groups = append(groups, outside)
	}
	return groups
}

// edges returns the left and right margins of the text outside tables:
// where lines start at the farthest left, and where most lines end (full
// lines of justified text; punctuation may hang past it), or the largest
// line end when no end repeats.
func (b *pdfBuilder) edges() (float64, float64) {
	count := map[int]int{}
	left, edge, best := math.Inf(1), 0.0, 0
	for _, p := range b.pages {
		for _, it := range p.items {
			if it.line != nil {
				left = math.Min(left, it.line.x0)
				edge = math.Max(edge, it.line.x1)
				count[int(math.Round(it.line.x1))]++
			}
		}
	}
	mode := 0
	for x, n := range count {
		if n > best || n == best && x > mode {
			mode, best = x, n
		}
	}
	if best >= 3 {
		return left, float64(mode)
	}
	return left, edge
}

func (bb *blockBuilder) closePara() {
	if bb.para != nil {
		bb.out = append(bb.out, layout.Block{Para: bb.para})
		bb.para, bb.last = nil, nil
	}
}

// block adds a block of a table drawn without rules: a paragraph of its
// own.
func (bb *blockBuilder) block(p *pdfPage, k *pblock) {
	bb.closeTable()
	bb.closePara()
	bb.nPara++
	bb.out = append(bb.out, layout.Block{Para: &layout.Paragraph{Text: bb.sp.cellText(k.lines, k.x0, k.x1), Pos: model.Pos{Page: p.num, Paragraph: bb.nPara}}})
}

// line adds a line outside tables: it continues the open paragraph when
// the paragraph's last line reached the right margin, the gap between
// them is no wider than a line, the size is the same and the new line is
// not indented.
func (bb *blockBuilder) line(p *pdfPage, l *pline, first bool) {
	bb.closeTable()
	if bb.para != nil && bb.continues(l, first) {
		bb.para.Text += bb.sp.sep(bb.last, l.text) + l.text
		bb.last = l
		return
	}
	bb.closePara()
	bb.nPara++
	bb.para = &layout.Paragraph{Text: l.text, Pos: model.Pos{Page: p.num, Paragraph: bb.nPara}}
	bb.last = l
}

func (bb *blockBuilder) continues(l *pline, newPage bool) bool {
	prev := bb.last
	if math.Abs(l.sz-prev.sz) > 0.5 {
		return false
	}
	if prev.x1+l.firstWidth() < bb.rightEdg-0.5*prev.sz {
		return false
	}
	if l.x0 > prev.x0+0.8*l.sz && !newPage {
		return false
	}
	if !newPage && l.top-prev.bot > 0.9*prev.sz {
		return false
	}
	return !(numbered(l.text) && endsSentence(prev.text))
}
