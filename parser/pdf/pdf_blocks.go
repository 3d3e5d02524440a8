package pdf

import (
	"math"
	"sort"
)

// Tables drawn without rules. A line outside grids whose text falls apart
// at wide gaps (columns) is tabular; with the narrow lines right above
// and below it (the other lines of its cells) it makes a region. The runs
// of a region's lines stack into blocks — a run joins the block right
// above it that it overlaps — and each block is one paragraph, read row
// by row, left to right: a cell per paragraph rather than the cells of a
// row run together.

// columnGap is the gap, in ems, that parts a line into runs.
const columnGap = 1.5

// pblock is a block of text runs: the lines of one cell of a table drawn
// without rules.
type pblock struct {
	lines                []*pline
	x0, x1, top, bot, sz float64
}

func (k *pblock) add(l *pline) {
	if len(k.lines) == 0 {
		k.x0, k.x1, k.top, k.bot, k.sz = l.x0, l.x1, l.top, l.bot, l.sz
	}
	k.lines = append(k.lines, l)
	k.x0, k.x1 = math.Min(k.x0, l.x0), math.Max(k.x1, l.x1)
	k.bot = math.Max(k.bot, l.bot)
}

// runs splits a line at its wide gaps.
func (l *pline) runs() []*pline {
	var out []*pline
	start := 0
	for i := 1; i <= len(l.glyphs); i++ {
		if i < len(l.glyphs) {
			a, b := l.glyphs[i-1], l.glyphs[i]
			if b.x0-a.x1 <= columnGap*math.Max(a.sz, b.sz) {
				continue
			}
		}
		if start == 0 && i == len(l.glyphs) {
			return []*pline{l}
		}
		out = append(out, newLine(l.glyphs[start:i]))
		start = i
	}
	return out
}

// newLine makes a line of glyphs ordered left to right.
func newLine(gs []*pglyph) *pline {
	l := &pline{glyphs: append([]*pglyph(nil), gs...), top: gs[0].top(), bot: gs[0].bot(), x0: gs[0].x0, x1: gs[0].x1}
	l.finish()
	return l
}

// tabulate replaces the lines of a page that belong to tables drawn
// without rules by blocks (left and right are the margins of the text).
func (p *pdfPage) tabulate(left, right float64) {
	var out []pitem
	for i := 0; i < len(p.items); {
		if p.items[i].line == nil {
			out = append(out, p.items[i])
			i++
			continue
		}
		j := i
		for j < len(p.items) && p.items[j].line != nil {
			j++
		}
		out = append(out, tabulateRun(p.items[i:j], left, right)...)
		i = j
	}
	p.items = out
}

// tabulateRun handles consecutive lines of a page.
func tabulateRun(items []pitem, left, right float64) []pitem {
	runs := make([][]*pline, len(items))
	mark := make([]bool, len(items))
	tabular := false
	for i, it := range items {
		runs[i] = it.line.runs()
		mark[i] = len(runs[i]) > 1
		tabular = tabular || mark[i]
	}
	if !tabular {
		return items
	}
	for pass := 0; pass < 2; pass++ {
		for n := range items {
			i, j := n, n-1 // forward: i follows j
			if pass == 1 {
				i, j = len(items)-1-n, len(items)-n
			}
			if j < 0 || j >= len(items) || mark[i] || !mark[j] {
				continue
			}
			mark[i] = cellLine(items[i].line, items[j].line, left, right)
		}
	}
	var out []pitem
	for i := 0; i < len(items); {
		if !mark[i] {
			out = append(out, items[i])
			i++
			continue
		}
		j := i
		var region []*pline
		for j < len(items) && mark[j] {
			region = append(region, runs[j]...)
			j++
		}
		out = append(out, blockItems(region)...)
		i = j
	}
	return out
}

// cellLine reports whether l, next to line o of a region, is another line
// of a cell: close to o and not a full line of the page's text.
func cellLine(l, o *pline, left, right float64) bool {
	gap := math.Max(l.top-o.bot, o.top-l.bot)
	em := math.Max(l.sz, o.sz)
	return gap < 0.8*em && (l.x0 > left+2*em || l.x1 < right-2*em)
}

// blockItems stacks runs into blocks and returns them in reading order:
// rows of blocks whose tops fall within the first block's height, each
// row left to right.
func blockItems(rs []*pline) []pitem {
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].top != rs[j].top {
			return rs[i].top < rs[j].top
		}
		return rs[i].x0 < rs[j].x0
	})
	var blocks []*pblock
	for _, r := range rs {
		var best *pblock
		bestOverlap := 0.0
		for _, k := range blocks {
			last := k.lines[len(k.lines)-1]
			ov := math.Min(r.x1, last.x1) - math.Max(r.x0, last.x0)
			if r.top > last.top+0.5*r.sz && r.top-last.bot < 0.8*math.Max(r.sz, last.sz) && ov > bestOverlap {
				best, bestOverlap = k, ov
			}
		}
		if best == nil {
			best = &pblock{}
			blocks = append(blocks, best)
		}
		best.add(r)
	}
	var out []pitem
	for len(blocks) > 0 {
		band := blocks[0].bot
		var row, rest []*pblock
		for _, k := range blocks {
			if k.top < band {
				row = append(row, k)
			} else {
				rest = append(rest, k)
			}
		}
		sort.SliceStable(row, func(i, j int) bool { return row[i].x0 < row[j].x0 })
		for _, k := range row {
			out = append(out, pitem{top: blocks[0].top, block: k})
		}
		blocks = rest
	}
	return out
}
