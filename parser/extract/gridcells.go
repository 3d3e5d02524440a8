package extract

// gridcells.go: where a grid's columns fall in a row — the index of a
// column in a row narrower or wider than the header, and the cell that
// spans a column.

import "github.com/perfdoc/perfdoc/parser/layout"

// compatible reports whether the first row of a new table can continue the
// grid: about as many cells, within the columns the header covers.
func (g *gridState) compatible(row []layout.Cell) bool {
	if d := len(row) - g.width; d >= -1 && d <= 1 {
		return true
	}
	if g.maxCol > 0 && len(row) > 0 && row[0].Pos.Col > 0 {
		last := row[len(row)-1]
		return last.Pos.Col+max(last.ColSpan, 1)-1 <= g.maxCol
	}
	return false
}

// indexAt returns the index of the cell of row that holds the header
// column at header index i and grid column col, or -1. An index of -2 asks
// by grid column only. A row as long as the header is read by index,
// except where it covers the header's columns (sameExtent) and the cells'
// positions say the cell at that index stands elsewhere (a row whose
// cells span other columns than the header's: 一级指标 over two columns
// above a block label and a level 1, a name spanning a blank caption's
// column).
func (g *gridState) indexAt(row []layout.Cell, i, col int) int {
	if i == -1 {
		return -1
	}
	if len(row) == g.width && i >= 0 && (col <= 0 || row[i].Pos.Col <= 0 || covers(row[i], col) || !g.sameExtent(row)) {
		return i
	}
	if col > 0 {
		for k := range row {
			c := row[k].Pos.Col
			if c <= col && col < c+max(row[k].ColSpan, 1) {
				return k
			}
		}
		return -1
	}
	if i >= 0 && i < len(row) {
		return i
	}
	return -1
}

// sameExtent reports whether a placed row ends where the header ends: its
// cells and the header's cover the same columns, spans set apart.
func (g *gridState) sameExtent(row []layout.Cell) bool {
	last := row[len(row)-1]
	return g.maxCol > 0 && row[0].Pos.Col == 1 && last.Pos.Col+max(last.ColSpan, 1)-1 == g.maxCol
}

// covers reports whether cell c, placed, stands over grid column col.
func covers(c layout.Cell, col int) bool {
	return c.Pos.Col <= col && col < c.Pos.Col+max(c.ColSpan, 1)
}

// spanningAt returns the index of the cell of row spanning two columns
// or more of which grid column col is one, or -1 (col 0: no positions).
func spanningAt(row []layout.Cell, col int) int {
	if col <= 0 {
		return -1
	}
	for k := range row {
		if c := row[k].Pos.Col; row[k].ColSpan > 1 && c > 0 && c <= col && col < c+row[k].ColSpan {
			return k
		}
	}
	return -1
}

// cellAt returns the index of the cell of row that holds grid column c, or
// -1.
func (g *gridState) cellAt(row []layout.Cell, c gridColumn) int {
	return g.indexAt(row, g.idx[c], g.cols[c])
}
