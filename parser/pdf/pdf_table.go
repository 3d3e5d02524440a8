package pdf

import (
	"math"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Tables across pages: a grid that starts a page right after a grid that
// ended the page before, with the same outer edges, continues its table.
// Columns are the union of the parts' column lines, so cells keep their
// grid column across pages. Where the parts meet, the next part's first
// row either is a new row, or the rest of the row the page break split
// (joinRow), or replaces an empty strip a browser left at the bottom of
// the page (joinReplace).

// ptable is one table of the layout: grids on consecutive pages whose
// outer edges agree.
type ptable struct {
	t     *layout.Table
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
		bb.tbl.parts = append(bb.tbl.parts, tpart{page: p.num, g: g, lines: g.lines})
		return
	}
	bb.closeTable()
	bb.nTable++
	bb.tbl = &ptable{t: &layout.Table{Pos: model.Pos{Page: p.num, Table: bb.nTable, Row: 1, Col: 1}}, parts: []tpart{{page: p.num, g: g, lines: g.lines}}}
	bb.out = append(bb.out, layout.Block{Table: bb.tbl.t})
}

func sameEdges(a, b []float64) bool {
	return math.Abs(a[0]-b[0]) <= 2 && math.Abs(a[len(a)-1]-b[len(b)-1]) <= 2
}

// joinMode says how a part's first row meets the table so far.
type joinMode int

const (
	joinNone    joinMode = iota // a new row
	joinRow                     // the rest of the table's last row
	joinReplace                 // replaces the table's last row, an empty strip
)

// rowCell is a cell of the last row emitted: its table columns c0…c1-1,
// the cell in the row (a Merged placeholder when it continues a cell
// above), the cell holding its text, and its lines and box on the page.
type rowCell struct {
	c0, c1 int
	cell   *layout.Cell
	origin *layout.Cell
	lines  []*pline
	box    [4]float64 // left, top, right, bottom
	open   bool       // the cell ends the part and no rule closes its bottom
}

func (rc *rowCell) own() bool { return rc.cell == rc.origin }

// piece is a run of table columns c0…c1-1 of a part's cell that
// continues origin, which starts at column c0.
type piece struct {
	c0, c1 int
	origin *layout.Cell
}

// tableCtx is what closeTable shares with the functions that fill rows.
type tableCtx struct {
	t    *layout.Table
	cols axis
	last []rowCell // the last row emitted
	sp   *spacer
}

func (tc *tableCtx) span(g *grid, gc gcell) (int, int) {
	c0, c1 := tc.cols.index(g.xs[gc.c0]), tc.cols.index(g.xs[gc.c1+1])
	return c0, max(c1, c0+1)
}

// closeTable fills the open table's rows.
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
	tc := &tableCtx{t: pt.t, cols: newAxis(all), sp: bb.sp}
	for pi, part := range pt.parts {
		mode, cont := joinNone, map[int][]piece(nil)
		if pi > 0 {
			mode, cont = tc.continuation(pt.parts[pi-1].g.grid, part)
		}
		if mode == joinReplace {
			tc.dropLastRow()
		}
		tc.emitPart(part, mode == joinRow, cont)
	}
}

// dropLastRow removes the table's last row; the cells it continued get
// one row less.
func (tc *tableCtx) dropLastRow() {
	for _, rc := range tc.last {
		if !rc.own() {
			rc.origin.RowSpan--
		}
	}
	tc.t.Rows = tc.t.Rows[:len(tc.t.Rows)-1]
}

// emitPart appends the rows of one part (without its first row when
// skipFirst: that row's text was joined to the row before). Cells in cont
// continue cells of earlier rows: each of their rows gets Merged
// placeholders, one per piece.
func (tc *tableCtx) emitPart(part tpart, skipFirst bool, cont map[int][]piece) {
	g := part.g
	first := len(tc.t.Rows) + 1
	if skipFirst {
		first--
	}
	origin := map[int]*layout.Cell{} // grid cell → the cell holding its text
	for r := range len(g.ys) - 1 {
		if r == 0 && skipFirst {
			continue
		}
		row, ks := tc.rowCells(part, r, first, skipFirst, cont)
		tc.t.Rows = append(tc.t.Rows, row)
		cells := tc.t.Rows[len(tc.t.Rows)-1]
		last := make([]rowCell, len(ks))
		for i, k := range ks {
			gc := g.cells[k]
			if !cells[i].Merged {
				origin[k] = &cells[i]
			}
			o := origin[k]
			c0 := cells[i].Pos.Col - 1
			for _, p := range cont[k] {
				if p.c0 == c0 {
					o = p.origin
				}
			}
			last[i] = rowCell{c0: c0, c1: c0 + cells[i].ColSpan, cell: &cells[i], origin: o, lines: part.lines[k],
				box:  [4]float64{g.xs[gc.c0], g.ys[gc.r0], g.xs[gc.c1+1], g.ys[gc.r1+1]},
				open: gc.r1 == len(g.ys)-2 && open(g.openBottom, gc.c0, gc.c1, false)}
		}
		tc.last = last
	}
}

// rowCells builds row r of a part whose row 0 is table row first; it
// returns the cells and the grid cell of each.
func (tc *tableCtx) rowCells(part tpart, r, first int, skipFirst bool, cont map[int][]piece) ([]layout.Cell, []int) {
	g := part.g
	nc := len(g.xs) - 1
	var row []layout.Cell
	var ks []int
	for c := range nc {
		k := g.owner[r*nc+c]
		gc := g.cells[k]
		if gc.c0 != c {
			continue
		}
		c0, c1 := tc.span(g.grid, gc)
		pos := model.Pos{Page: part.page, Table: tc.t.Pos.Table, Row: first + r, Col: c0 + 1}
		if ps, ok := cont[k]; ok {
			for _, p := range ps {
				p.origin.RowSpan++
				pos.Col = p.c0 + 1
				row = append(row, layout.Cell{RowSpan: 1, ColSpan: p.c1 - p.c0, Merged: true, Pos: pos})
				ks = append(ks, k)
			}
			continue
		}
		start := gc.r0
		if skipFirst && start == 0 {
			start = 1
		}
		if r == start {
			text := tc.sp.cellText(part.lines[k], g.xs[gc.c0], g.xs[gc.c1+1])
			row = append(row, layout.Cell{Text: text, RowSpan: gc.r1 - r + 1, ColSpan: c1 - c0, Pos: pos})
		} else {
			row = append(row, layout.Cell{RowSpan: 1, ColSpan: c1 - c0, Merged: true, Pos: pos})
		}
		ks = append(ks, k)
	}
	return row, ks
}
