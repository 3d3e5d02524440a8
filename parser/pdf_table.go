package parser

import (
	"math"
	"sort"

	"github.com/perfdoc/perfdoc/model"
)

// ptable is one table of the layout: grids on consecutive pages whose
// outer edges agree.
type ptable struct {
	t     *Table
	parts []tpart
}

type tpart struct {
	page  int
	g     *pgrid
	lines [][]*pline // per cell
}

// grid adds a grid: the continuation of the open table when it starts its
// page, the table ended the page before, and the outer edges agree.
func (bb *blockBuilder) grid(p *pdfPage, g *pgrid, first bool) {
	bb.closePara()
	if bb.tbl != nil && first && sameEdges(bb.tbl.parts[len(bb.tbl.parts)-1].g.xs, g.xs) {
		bb.tbl.parts = append(bb.tbl.parts, newPart(p.num, g))
		return
	}
	bb.closeTable()
	bb.nTable++
	bb.tbl = &ptable{t: &Table{Pos: model.Pos{Page: p.num, Table: bb.nTable, Row: 1, Col: 1}}, parts: []tpart{newPart(p.num, g)}}
	bb.out = append(bb.out, Block{Table: bb.tbl.t})
}

func newPart(page int, g *pgrid) tpart {
	tp := tpart{page: page, g: g, lines: make([][]*pline, len(g.cells))}
	for k := range g.cells {
		tp.lines[k] = buildLines(g.glyphs[k])
	}
	return tp
}

func sameEdges(a, b []float64) bool {
	return math.Abs(a[0]-b[0]) <= 2 && math.Abs(a[len(a)-1]-b[len(b)-1]) <= 2
}

// cellEnd is a cell whose bottom is the last row of a part: where a row
// split by a page break would continue.
type cellEnd struct {
	cell        *Cell
	lines       []*pline
	left, right float64
}

// closeTable fills the open table's rows. Columns are the union of the
// parts' column lines, so cells keep their grid column across pages. A
// row split by a page break is joined back into one row (see splitRow).
func (bb *blockBuilder) closeTable() {
	pt := bb.tbl
	if pt == nil {
		return
	}
	bb.tbl = nil
	var all []float64
	for _, p := range pt.parts {
		all = append(all, p.g.xs...)
	}
	xs := cluster(all)
	col := func(x float64) int {
		i := sort.SearchFloat64s(xs, x)
		if i > 0 && (i == len(xs) || x-xs[i-1] < xs[i]-x) {
			i--
		}
		return i
	}
	var ends map[int]cellEnd
	for pi, part := range pt.parts {
		skip := pi > 0 && splitRow(part, ends, col)
		if skip {
			joinSplitRow(part, ends, col)
		}
		ends = emitPart(pt.t, part, col, skip, ends)
	}
}

// emitPart appends the rows of one part (without its first row when skip)
// and returns the cells that end on its last row.
func emitPart(t *Table, part tpart, col func(float64) int, skip bool, prev map[int]cellEnd) map[int]cellEnd {
	g := part.g
	nc, nr := len(g.xs)-1, len(g.ys)-1
	ends := map[int]cellEnd{}
	first := len(t.Rows) + 1
	if skip {
		first--
	}
	for r := 0; r < nr; r++ {
		if r == 0 && skip {
			continue
		}
		rowNum := first + r
		var row []Cell
		var endAt []int
		for c := 0; c < nc; c++ {
			k := g.owner[r*nc+c]
			gc := g.cells[k]
			if gc.c0 != c {
				continue
			}
			c0, c1 := col(g.xs[gc.c0]), col(g.xs[gc.c1+1])
			pos := model.Pos{Page: part.page, Table: t.Pos.Table, Row: rowNum, Col: c0 + 1}
			span := max(c1-c0, 1)
			if gc.r0 == r {
				text := pdfCellText(part.lines[k], g.xs[gc.c0], g.xs[gc.c1+1])
				row = append(row, Cell{Text: text, RowSpan: gc.r1 - gc.r0 + 1, ColSpan: span, Pos: pos})
				if gc.r1 == nr-1 {
					endAt = append(endAt, len(row)-1, k)
				}
				continue
			}
			if skip && gc.r0 == 0 {
				if pc, ok := prev[c0]; ok {
					pc.cell.RowSpan++
				}
			}
			row = append(row, Cell{RowSpan: 1, ColSpan: span, Merged: true, Pos: pos})
		}
		t.Rows = append(t.Rows, row)
		cells := t.Rows[len(t.Rows)-1]
		for i := 0; i+1 < len(endAt); i += 2 {
			k := endAt[i+1]
			gc := g.cells[k]
			ends[col(g.xs[gc.c0])] = cellEnd{cell: &cells[endAt[i]], lines: part.lines[k], left: g.xs[gc.c0], right: g.xs[gc.c1+1]}
		}
	}
	return ends
}

// splitRow reports whether the first row of part continues the cells that
// ended the page before: every cell of it with text continues a cell in
// the same column whose last line reached the cell's right edge (a line
// wrapped across the page break), and at least one has text.
func splitRow(part tpart, ends map[int]cellEnd, col func(float64) int) bool {
	g := part.g
	nc := len(g.xs) - 1
	any := false
	for c := 0; c < nc; c++ {
		k := g.owner[c]
		gc := g.cells[k]
		if gc.c0 != c || gc.r0 != 0 || len(part.lines[k]) == 0 {
			continue
		}
		e, ok := ends[col(g.xs[gc.c0])]
		if !ok || len(e.lines) == 0 || !wraps(e.lines, e.left, e.right, part.lines[k][0]) {
			return false
		}
		any = true
	}
	return any
}

// wraps reports whether the last of lines (a cell between left and
// right) is full, so that next continues it.
func wraps(lines []*pline, left, right float64, next *pline) bool {
	pad := math.Inf(1)
	for _, l := range lines {
		pad = math.Min(pad, l.x0-left)
	}
	last := lines[len(lines)-1]
	return last.x1+next.firstWidth() > right-math.Max(pad, 0)-0.25*last.sz
}

// joinSplitRow appends the text of part's first row to the cells it
// continues.
func joinSplitRow(part tpart, ends map[int]cellEnd, col func(float64) int) {
	g := part.g
	nc := len(g.xs) - 1
	for c := 0; c < nc; c++ {
		k := g.owner[c]
		gc := g.cells[k]
		if gc.c0 != c || gc.r0 != 0 || len(part.lines[k]) == 0 {
			continue
		}
		e := ends[col(g.xs[gc.c0])]
		more := pdfCellText(part.lines[k], g.xs[gc.c0], g.xs[gc.c1+1])
		e.cell.Text += e.lines[len(e.lines)-1].sep(more) + more
	}
}
