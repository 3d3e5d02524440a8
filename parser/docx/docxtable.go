package docx

import (
	"github.com/perfdoc/perfdoc/model"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// vMerge states of a cell.
const (
	vmergeNone = iota
	vmergeRestart
	vmergeContinue
)

// docxTable is an open w:tbl. A top-level table builds its layout as its
// cells end: cells of all rows in chunks (the first grows by doubling up
// to chunkCells, then one chunk of chunkCells after another, so a table of
// a million cells is never copied whole as it grows), a vertical merge's
// continuation cells pointing back by grid column. A nested table keeps
// only text: each of its rows becomes a line of the cell that holds it.
type docxTable struct {
	nested bool
	index  int // Pos.Table: 1-based among top-level tables; 0 when nested

	cells   [][]layout.Cell // top-level: the cells of the rows so far, in chunks
	n       int             // cells so far
	rowEnds []int           // the end of each row, counted in cells
	origin  colIndex

	// the open row
	inRow bool
	col   int    // the grid column (1-based) of the next cell
	line  []byte // nested: the row's text, cells separated by tabs
	first bool   // nested: no cell in the row yet

	// the open cell
	inCell  bool
	cellCol int
	span    int
	vmerge  int
	text    []byte // its paragraphs, separated by "\n"
	lines   int    // paragraphs in text
}

func (t *docxTable) startRow() {
	t.inRow, t.col, t.first = true, 1, true
	t.line = t.line[:0]
}

// endRow ends a row; for a nested table it returns the row's line.
func (t *docxTable) endRow() ([]byte, bool) {
	t.inRow = false
	if t.nested {
		return t.line, true
	}
	t.rowEnds = append(t.rowEnds, t.n)
	return nil, false
}

func (t *docxTable) startCell() {
	t.inCell = true
	t.cellCol, t.span, t.vmerge = t.col, 1, vmergeNone
	t.text, t.lines = t.text[:0], 0
}

// addLine adds a paragraph (or a nested table's row) to the open cell.
func (t *docxTable) addLine(s []byte) {
	if t.lines > 0 {
		t.text = append(t.text, '\n')
	}
	t.text = append(t.text, s...)
	t.lines++
}

// endCell ends a cell. In a top-level table a continuation of a vertical
// merge whose first cell is above becomes an empty Merged cell and adds a
// row to the first cell's RowSpan.
func (t *docxTable) endCell() {
	t.inCell = false
	col := t.cellCol
	t.col += t.span
	if t.nested {
		if !t.first {
			t.line = append(t.line, '\t')
		}
		t.line = append(t.line, t.text...)
		t.first = false
		return
	}
	c := layout.Cell{RowSpan: 1, ColSpan: t.span, Pos: model.Pos{Table: t.index, Row: len(t.rowEnds) + 1, Col: col}}
	switch t.vmerge {
	case vmergeContinue:
		if i, ok := t.origin.get(col); ok {
			c.Merged = true
			t.cells[i/chunkCells][i%chunkCells].RowSpan++
		}
	case vmergeNone:
		t.origin.del(col)
	}
	if !c.Merged {
		c.Text = string(t.text)
	}
	if t.vmerge == vmergeRestart {
		t.origin.set(col, t.n)
	}
	t.add(c)
}

// chunkCells is the size of a chunk of a table's cells (about 550 KB).
const chunkCells = 4096

// add appends c to the cells: the first chunk grows by doubling (a small
// table stays small), later ones are allocated whole.
func (t *docxTable) add(c layout.Cell) {
	k := t.n / chunkCells
	if k == len(t.cells) {
		size := chunkCells
		if k == 0 {
			size = 64
		}
		t.cells = append(t.cells, make([]layout.Cell, 0, size))
	}
	last := t.cells[k]
	if len(last) == cap(last) {
		// the first chunk, doubling: append grows large slices by a
		// quarter, and cells are big
		last = append(make([]layout.Cell, 0, min(chunkCells, 2*cap(last))), last...)
	}
	t.cells[k] = append(last, c)
	t.n++
}

// layout returns the Table: a row within one chunk shares its array, a
// row across two or more is copied.
func (t *docxTable) layout() *layout.Table {
	out := &layout.Table{Rows: make([][]layout.Cell, len(t.rowEnds)), Pos: model.Pos{Table: t.index, Row: 1, Col: 1}}
	start := 0
	for i, end := range t.rowEnds {
		switch k := start / chunkCells; {
		case start == end:
			out.Rows[i] = []layout.Cell{}
		case k == (end-1)/chunkCells:
			out.Rows[i] = t.cells[k][start-k*chunkCells : end-k*chunkCells : end-k*chunkCells]
		default:
			row := make([]layout.Cell, 0, end-start)
			for j := start; j < end; j++ {
				row = append(row, t.cells[j/chunkCells][j%chunkCells])
			}
			out.Rows[i] = row
		}
		start = end
	}
	return out
}

// colIndex maps grid columns to cell indexes: a slice for the columns real
// tables have, a map beyond.
type colIndex struct {
	small []int // index+1; 0: none
	large map[int]int
}

const smallCols = 256

func (m *colIndex) get(col int) (int, bool) {
	if col < smallCols {
		if col < len(m.small) && m.small[col] > 0 {
			return m.small[col] - 1, true
		}
		return 0, false
	}
	i, ok := m.large[col]
	return i, ok
}

func (m *colIndex) set(col, i int) {
	if col < smallCols {
		for len(m.small) <= col {
			m.small = append(m.small, 0)
		}
		m.small[col] = i + 1
		return
	}
	if m.large == nil {
		m.large = map[int]int{}
	}
	m.large[col] = i
}

func (m *colIndex) del(col int) {
	if col < smallCols {
		if col < len(m.small) {
			m.small[col] = 0
		}
		return
	}
	delete(m.large, col)
}
