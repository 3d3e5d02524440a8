// Package text reads the text exports of filings (Apache Tika's, tab-led
// cells, blank lines between rows) into the layout.
package text

import (
	"strings"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Read reads an Apache Tika text export into blocks, with no limits.
//
// The layout: a table cell is a line that starts with a tab; a blank line
// ends a table row; further paragraphs of the same cell follow after one
// blank line and do not start with a tab; a line of spaces only ends a
// table; "[bookmark: NAME]" markers are not text. A text line that follows
// two or more blank lines inside a table ends the table too (an export that
// lost its separator line). A spreadsheet saved as text writes a row a
// line, its cells separated by tabs: two or more consecutive lines with a
// tab inside (not only leading) are a table of such rows, one cell a field
// (tsvRow); one whose first column is empty (a margin) leads every line
// with a tab, and its lines, read as the cells of one row, are split back
// into rows (marginRows). Line numbers in positions are 1-based.
func Read(s string) []layout.Block {
	blocks, _ := ReadLimited(s, layout.Limits{MaxText: layout.NoLimit, MaxCells: layout.NoLimit})
	return blocks
}

// ReadLimited is Read within lim: the cells count against lim.MaxCells
// and each paragraph, cell and line of a cell against lim.MaxText (see
// layout.TextBudget) as they are read, so that an export of millions of
// lines is refused before it is held.
func ReadLimited(s string, lim layout.Limits) ([]layout.Block, error) {
	// every cell is a line that starts with a tab: all cells of all tables
	// share one array, all rows another, allocated once (up to the cells
	// the limit allows)
	// lines end in LF or CRLF; an export without LF ends them in CR alone
	// (classic Mac OS)
	eol := byte('\n')
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') >= 0 {
		eol = '\r'
	}
	n := strings.Count(s, string(eol)+"\t")
	if strings.HasPrefix(s, "\t") {
		n++
	}
	if lim.MaxCells > 0 {
		n = min(n, lim.MaxCells)
	}
	r := textReader{cells: make([]layout.Cell, 0, n), rows: make([][]layout.Cell, 0, n), lim: lim, budget: layout.NewTextBudget(lim)}
	line := 0
	for len(s) > 0 {
		line++
		var l string
		if i := strings.IndexByte(s, eol); i >= 0 {
			l, s = s[:i], s[i+1:]
		} else {
			l, s = s, ""
		}
		if err := r.line(stripBookmarks(strings.TrimSuffix(l, "\r")), line); err != nil {
			return nil, err
		}
	}
	r.endTable()
	return r.blocks, nil
}

// textReader holds the cells and rows read so far; the table being read
// has its cells from cells[first] and its rows from rows[firstRow], and
// its last cell stays open while more of its lines may follow.
type textReader struct {
	blocks   []layout.Block
	cells    []layout.Cell
	rows     [][]layout.Cell
	inTable  bool
	tblPos   model.Pos
	first    int             // the table's first cell
	rowStart int             // the open row's first cell
	firstRow int             // the table's first row
	open     bool            // the last cell of cells may take more lines
	text     strings.Builder // the open cell's text
	blanks   int             // blank lines since the last cell line
	tsv      bool            // the table is read from tab-separated lines
	tsvLine  string          // its first line, a paragraph if it stays alone
	lim      layout.Limits
	budget   layout.TextBudget
}

func (r *textReader) line(l string, line int) error {
	if err := r.charge(l); err != nil {
		return err
	}
	switch {
	case strings.HasPrefix(l, "\t"):
		if r.tsv {
			if strings.Contains(l[1:], "\t") {
				// a tab-separated row whose first cell is empty (a
				// merged cell's continuation)
				return r.tsvRow(l, line)
			}
			r.endTable() // a Tika table after a tab-separated one
		}
		if !r.inTable {
			r.inTable, r.tblPos = true, model.Pos{Line: line}
			r.first, r.rowStart, r.firstRow = len(r.cells), len(r.cells), len(r.rows)
		}
		if r.blanks > 0 {
			r.endRow()
		}
		r.endCell()
		if r.lim.MaxCells > 0 && len(r.cells) >= r.lim.MaxCells {
			return layout.OverLimit("cells", int64(r.lim.MaxCells), "table cells", "--max-cells")
		}
		r.cells = append(r.cells, layout.Cell{RowSpan: 1, ColSpan: 1, Pos: model.Pos{Line: line}})
		r.open = true
		r.text.WriteString(l[1:])
		r.blanks = 0
	case l == "":
		if r.inTable {
			r.blanks++
		}
	case strings.TrimSpace(l) == "":
		r.endTable()
		r.blanks = 0
	case strings.Contains(l, "\t") && (!r.inTable || r.tsv):
		return r.tsvRow(l, line)
	case r.inTable && r.open && r.blanks <= 1:
		// another paragraph (or line) of the last cell
		r.text.WriteByte('\n')
		r.text.WriteString(l)
		r.blanks = 0
	default:
		r.endTable()
		r.blanks = 0
		r.blocks = append(r.blocks, layout.Block{Para: &layout.Paragraph{Text: l, Pos: model.Pos{Line: line}}})
	}
	return nil
}

// charge spends the text budget on line l before it is read: a cell or
// a paragraph is an item, a further line of a cell only its text.
func (r *textReader) charge(l string) error {
	switch {
	case strings.HasPrefix(l, "\t"):
		return r.budget.Spend(len(l) - 1)
	case strings.TrimSpace(l) == "":
		return nil
	case r.inTable && r.open && r.blanks <= 1:
		return r.budget.Add(len(l) + 1)
	}
	return r.budget.Spend(len(l))
}

// tsvRow reads a line whose cells are separated by tabs (a spreadsheet's
// rows saved as text: 一级指标\t二级指标\t三级指标\t指标值) as a table row,
// each field a cell, an empty field an empty cell (a merged cell's
// continuation keeps its column). Consecutive such lines make one table;
// a table of one line is read back as the paragraph it was (a heading
// with a tab before its unit).
func (r *textReader) tsvRow(l string, line int) error {
	if !r.inTable {
		r.inTable, r.tsv, r.tsvLine, r.tblPos = true, true, l, model.Pos{Line: line}
		r.first, r.rowStart, r.firstRow = len(r.cells), len(r.cells), len(r.rows)
	}
	r.blanks = 0
	for i, f := range strings.Split(l, "\t") {
		if r.lim.MaxCells > 0 && len(r.cells) >= r.lim.MaxCells {
			return layout.OverLimit("cells", int64(r.lim.MaxCells), "table cells", "--max-cells")
		}
		if i > 0 && f != "" {
			// the line was charged as one item (charge): each further
			// cell is an item too
			if err := r.budget.Add(layout.ItemCost); err != nil {
				return err
			}
		}
		r.cells = append(r.cells, layout.Cell{Text: strings.TrimSpace(f), RowSpan: 1, ColSpan: 1, Pos: model.Pos{Line: line}})
	}
	r.endRow()
	return nil
}

func (r *textReader) endCell() {
	if r.open {
		r.cells[len(r.cells)-1].Text = strings.TrimRight(r.text.String(), "\n")
		r.text.Reset()
		r.open = false
	}
}

func (r *textReader) endRow() {
	r.endCell()
	if n := len(r.cells); n > r.rowStart {
		r.rows = append(r.rows, r.cells[r.rowStart:n:n])
		r.rowStart = n
	}
}

func (r *textReader) endTable() {
	if !r.inTable {
		return
	}
	r.endRow()
	if r.tsv && len(r.rows) == r.firstRow+1 {
		// one tab-separated line alone: a paragraph, as before
		r.rows, r.cells = r.rows[:r.firstRow], r.cells[:r.first]
		r.rowStart = r.first
		r.blocks = append(r.blocks, layout.Block{Para: &layout.Paragraph{Text: r.tsvLine, Pos: r.tblPos}})
		r.inTable, r.tsv = false, false
		return
	}
	r.tsv = false
	if n := len(r.rows); n == r.firstRow+1 && marginRows(r.rows[r.firstRow]) && r.withinCells(r.rows[r.firstRow]) {
		// a spreadsheet saved as text whose first column is empty (its
		// margin): every line starts with a tab, so the lines were read
		// as the cells of one Tika row; each is a row of its own
		rows := splitMargin(r.rows[r.firstRow])
		r.rows, r.cells = r.rows[:r.firstRow], r.cells[:r.first]
		r.rowStart = r.first
		r.blocks = append(r.blocks, layout.Block{Table: &layout.Table{Rows: rows, Pos: r.tblPos}})
		r.inTable = false
		return
	}
	if n := len(r.rows); n > r.firstRow {
		r.blocks = append(r.blocks, layout.Block{Table: &layout.Table{Rows: r.rows[r.firstRow:n:n], Pos: r.tblPos}})
	}
	r.inTable = false
}

// marginRows tells a Tika table of one row whose two or more cells are
// each one line with tabs inside (\t项目名称\t水库移民后期扶持项目\t\t): no
// Tika row — its cells would be lines apart from the next row by a blank
// line, tabs inside a cell are rare — but the lines of a spreadsheet saved
// as text with its first column empty, every line led by that column's
// tab.
func marginRows(row []layout.Cell) bool {
	if len(row) < 2 {
		return false
	}
	for i := range row {
		if !strings.Contains(row[i].Text, "\t") || strings.Contains(row[i].Text, "\n") {
			return false
		}
	}
	return true
}

// withinCells tells whether row's cells split into fields (splitMargin)
// stay within the cells limit, with the cells read before the table.
func (r *textReader) withinCells(row []layout.Cell) bool {
	if r.lim.MaxCells <= 0 {
		return true
	}
	n := r.first
	for _, c := range row {
		n += strings.Count(c.Text, "\t") + 2
	}
	return n <= r.lim.MaxCells
}

// splitMargin reads each cell of a marginRows row as the tab-separated
// line it was: a row whose first cell is the empty margin, then a cell a
// field (as tsvRow reads a line).
func splitMargin(row []layout.Cell) [][]layout.Cell {
	rows := make([][]layout.Cell, 0, len(row))
	for _, c := range row {
		fields := strings.Split(c.Text, "\t")
		cells := make([]layout.Cell, 0, len(fields)+1)
		cells = append(cells, layout.Cell{RowSpan: 1, ColSpan: 1, Pos: c.Pos})
		for _, f := range fields {
			cells = append(cells, layout.Cell{Text: strings.TrimSpace(f), RowSpan: 1, ColSpan: 1, Pos: c.Pos})
		}
		rows = append(rows, cells)
	}
	return rows
}

// stripBookmarks removes Tika's "[bookmark: NAME]" markers from a line.
func stripBookmarks(l string) string {
	for {
		i := strings.Index(l, "[bookmark: ")
		if i < 0 {
			return l
		}
		j := strings.IndexByte(l[i:], ']')
		if j < 0 {
			return l
		}
		l = l[:i] + l[i+j+1:]
	}
}
