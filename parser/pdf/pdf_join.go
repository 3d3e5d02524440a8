package pdf

import (
	"math"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// Where the parts of a table meet (see pdf_table.go): how the next part's
// first row continues the table's last row.

// head is a cell of a part's first row: its grid cell, table columns
// c0…c1-1 and lines.
type head struct {
	k      int
	c0, c1 int
	lines  []*pline
	down   bool // the cell spans more rows of the part
	open   bool // no rule closes the cell's top
}

func (h *head) text() bool { return len(h.lines) > 0 }

// heads returns the cells of part's first row.
func (tc *tableCtx) heads(part tpart) []head {
	g := part.g
	var hs []head
	for c := range len(g.xs) - 1 {
		k := g.owner[c]
		gc := g.cells[k]
		if gc.c0 != c {
			continue
		}
		c0, c1 := tc.span(g.grid, gc)
		hs = append(hs, head{k: k, c0: c0, c1: c1, lines: part.lines[k], down: gc.r1 > 0, open: open(g.openTop, gc.c0, gc.c1, false)})
	}
	return hs
}

// continuation decides how part's first row meets the table's last row
// (prev is the grid the table's last row came from), joins the text that
// continues, and returns the grid cells of part that continue cells
// above, by piece.
func (tc *tableCtx) continuation(prev *grid, part tpart) (joinMode, map[int][]piece) {
	if len(tc.last) == 0 {
		return joinNone, nil
	}
	hs := tc.heads(part)
	// each grid's line over its own columns: the part may have fewer
	if open(prev.openBottom, 0, len(prev.xs)-2, true) && open(part.g.openTop, 0, len(part.g.xs)-2, true) && !tc.lastHasText() {
		return joinReplace, tc.holes(part, hs)
	}
	if m, ok := tc.matchAll(part, hs, true); ok {
		return joinRow, tc.join(part, hs, m)
	}
	if m, ok := tc.matchAll(part, hs, false); ok {
		return joinRow, tc.join(part, hs, m)
	}
	return joinNone, tc.openHoles(part, hs)
}

// lastHasText reports whether a cell that starts in the last row has text.
func (tc *tableCtx) lastHasText() bool {
	for _, rc := range tc.last {
		if rc.own() && rc.origin.Text != "" {
			return true
		}
	}
	return false
}

// below returns the cell of the last row over table column c, or nil.
func (tc *tableCtx) below(c int) *rowCell {
	for i := range tc.last {
		if rc := &tc.last[i]; rc.c0 <= c && c < rc.c1 {
			return rc
		}
	}
	return nil
}

// matchAll pairs every first-row cell with text with the last-row cell
// above it, each with its own, and at least one. With wrap, each of
// those was cut mid-paragraph (its last line is full); without, each
// pair was cut by the page: no rule closes the one above at the bottom
// nor the one below at the top.
func (tc *tableCtx) matchAll(part tpart, hs []head, wrap bool) (map[int]*rowCell, bool) {
	m := map[int]*rowCell{}
	used := map[*layout.Cell]bool{}
	for i := range hs {
		h := &hs[i]
		if !h.text() {
			continue
		}
		rc := tc.below(h.c0)
		if rc == nil || used[rc.origin] || wrap && !rc.wraps(h.lines[0]) || !wrap && !(rc.open && h.open) {
			return nil, false
		}
		used[rc.origin] = true
		m[h.k] = rc
	}
	return m, len(m) > 0
}

// wraps reports whether the cell's last line is full, so that next
// continues it.
func (rc *rowCell) wraps(next *pline) bool {
	if len(rc.lines) == 0 {
		return false
	}
	return lineFull(rc.lines, rc.box[0], rc.box[2], next)
}

// lineFull reports whether the last of lines (a cell between left and
// right) is full, so that next continues it.
func lineFull(lines []*pline, left, right float64, next *pline) bool {
	pad := math.Inf(1)
	for _, l := range lines {
		pad = math.Min(pad, l.x0-left)
	}
	last := lines[len(lines)-1]
	return last.x1+next.firstWidth() > right-math.Max(pad, 0)-0.25*last.sz
}

// join appends the text of the matched first-row cells to the cells they
// continue and returns the pieces of the continuing cells: the matched
// ones, and empty ones spanning down under cells they continue.
func (tc *tableCtx) join(part tpart, hs []head, m map[int]*rowCell) map[int][]piece {
	g := part.g
	cont := map[int][]piece{}
	for i := range hs {
		h := &hs[i]
		rc, ok := m[h.k]
		if !ok {
			if !h.text() && h.down {
				if ps := tc.cover(h, true); ps != nil {
					cont[h.k] = ps
				}
			}
			continue
		}
		gc := g.cells[h.k]
		more := tc.sp.cellText(h.lines, g.xs[gc.c0], g.xs[gc.c1+1])
		switch {
		case rc.origin.Text == "":
			rc.origin.Text = more
		case rc.wraps(h.lines[0]):
			rc.origin.Text += tc.sp.sep(rc.lines[len(rc.lines)-1], more) + more
		default:
			rc.origin.Text += "\n" + more
		}
		cont[h.k] = []piece{{c0: rc.c0, c1: rc.c1, origin: rc.origin}}
	}
	return cont
}

// holes returns the pieces of the empty first-row cells that lie under
// cells the dropped last row continued, and of those with text that
// continue such a cell (cutText).
func (tc *tableCtx) holes(part tpart, hs []head) map[int][]piece {
	cont := map[int][]piece{}
	for i := range hs {
		h := &hs[i]
		if h.text() {
			if ps := tc.cutText(part, h, false); ps != nil {
				cont[h.k] = ps
			}
		} else if ps := tc.cover(h, false); ps != nil {
			cont[h.k] = ps
		}
	}
	return cont
}

// cutText joins the text of first-row cell h, open at the top, to the
// last-row cell over the same columns, open at the bottom (with own, one
// that starts in the last row or continues a cell above; without, one
// that continues a cell above: the last row is dropped), and returns its
// piece; nil when h is no such cell. No rule between them: the page cut
// one cell (a level label that a browser's print cut in two, 质量 | 指标,
// beside rows the page did not cut).
func (tc *tableCtx) cutText(part tpart, h *head, own bool) []piece {
	if !h.text() || !h.open {
		return nil
	}
	rc := tc.below(h.c0)
	if rc == nil || !rc.open || rc.c0 != h.c0 || rc.c1 != h.c1 || rc.own() && !own {
		return nil
	}
	return tc.join(part, []head{*h}, map[int]*rowCell{h.k: rc})[h.k]
}

// openHoles returns the pieces of the first-row cells open at the top
// under last-row cells open at the bottom: the rest of merged cells the
// page break cut. An empty one may lie under several such cells; one with
// text lies under exactly one, over the same columns, and its text is
// joined to that cell's (a level label a browser's print cut in two, 质量
// | 指标, beside rows the page did not cut).
func (tc *tableCtx) openHoles(part tpart, hs []head) map[int][]piece {
	cont := map[int][]piece{}
	for i := range hs {
		h := &hs[i]
		if !h.open {
			continue
		}
		if h.text() {
			if ps := tc.cutText(part, h, true); ps != nil {
				cont[h.k] = ps
			}
			continue
		}
		ps := tc.cover(h, true)
		for _, p := range ps {
			if !tc.below(p.c0).open {
				ps = nil
				break
			}
		}
		if ps != nil {
			cont[h.k] = ps
		}
	}
	return cont
}

// cover returns one piece per last-row cell under h when those cells
// exactly fill h's columns and, unless own, all continue cells above;
// else nil.
func (tc *tableCtx) cover(h *head, own bool) []piece {
	var ps []piece
	c := h.c0
	for c < h.c1 {
		rc := tc.below(c)
		if rc == nil || rc.own() && !own || rc.c0 != c || rc.c1 > h.c1 {
			return nil
		}
		ps = append(ps, piece{c0: rc.c0, c1: rc.c1, origin: rc.origin})
		c = rc.c1
	}
	return ps
}
