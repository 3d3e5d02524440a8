// Package sheet reads workbooks into the layout: XLSX (xlsx.go the zip
// package, its workbook and relationships; xlsx_parts.go shared strings and
// cell formats; xlsx_sheet.go each sheet's cells and merges, all as gosax
// tokens) and Excel 97–2003 BIFF8 (xls.go, xls_sheet.go); sheet.go turns
// the sheets of both into paragraphs and tables. Number formats are
// parser/internal/numfmt's.
package sheet

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Workbook limits, on top of Limits.MaxInflate (XLSX) and the file size
// (XLS): a sheet may hold at most maxSheetRows rows (the BIFF8 maximum),
// and a workbook at most maxWorkbookCells cells — non-empty cells read,
// shared strings, and the cells (empty ones included) of the tables laid
// out from them.
const (
	maxSheetRows     = 65536
	maxWorkbookCells = 1 << 21
)

// sheetCell is one non-empty cell of a worksheet; row and col are 1-based.
type sheetCell struct {
	row, col int
	text     string
}

// mergeRange is a merged area of a worksheet, 1-based and inclusive.
type mergeRange struct {
	r1, c1, r2, c2 int
}

// sheetData is what a workbook reader hands to the layout: one visible
// sheet's non-empty cells (in any order) and merged areas.
type sheetData struct {
	name   string
	cells  []sheetCell
	merges []mergeRange
}

// sheetLayout turns sheets into the neutral layout, numbering tables and
// paragraphs across the whole workbook.
type sheetLayout struct {
	blocks []layout.Block
	nTable int
	nPara  int
	cells  int // cells laid out so far, against maxWorkbookCells
}

// cellRef renders a 1-based row and column as an A1 reference ("E12").
func cellRef(row, col int) string {
	var b []byte
	for c := col; c > 0; c = (c - 1) / 26 {
		b = append(b, byte('A'+(c-1)%26))
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b) + strconv.Itoa(row)
}

// sheetRow is one row of a sheet as the layout sees it: its text cells by
// column and the merges that touch it.
type sheetRow struct {
	num    int
	texts  map[int]string
	merges []int // indexes into sheetData.merges of merges covering this row
	lo, hi int   // the first and last column the row uses
}

// add lays out one sheet. Rows with no text and no merge separate blocks;
// within a block, a row holding only one cell that spans the block's width,
// or a lone cell at the block's top or bottom, is a paragraph (a title, a
// unit line, a note); the rest are table rows.
func (l *sheetLayout) add(s *sheetData) error {
	if err := normalizeMerges(s); err != nil {
		return err
	}
	rows := groupRows(s)
	for start := 0; start < len(rows); {
		end := start + 1
		for end < len(rows) && rows[end].num == rows[end-1].num+1 {
			end++
		}
		// rows at the end of the run that only continue merges from above
		// hold nothing: a merge down to row 60000 costs no 60000 rows
		last := end
		for last > start+1 && rows[last-1].continuesOnly(s) {
			last--
		}
		if err := l.block(s, rows[start:last]); err != nil {
			return err
		}
		start = end
	}
	return nil
}

// groupRows collects the sheet's non-blank rows in order.
func groupRows(s *sheetData) []*sheetRow {
	byNum := map[int]*sheetRow{}
	get := func(n int) *sheetRow {
		r := byNum[n]
		if r == nil {
			r = &sheetRow{num: n}
			byNum[n] = r
		}
		return r
	}
	for _, c := range s.cells {
		r := get(c.row)
		if r.texts == nil {
			r.texts = map[int]string{}
		}
		r.texts[c.col] = c.text
	}
	clipMerges(s, byNum)
	for i, m := range s.merges {
		for r := m.r1; r <= m.r2; r++ {
			get(r).merges = append(get(r).merges, i)
		}
	}
	rows := make([]*sheetRow, 0, len(byNum))
	for _, r := range byNum {
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].num < rows[j].num })
	for _, r := range rows {
		r.lo, r.hi = r.extent(s)
	}
	return rows
}

// maxBareMergeRows is how many rows without a cell a merge may run over
// in one stretch: a label merged over a table's rows covers rows that hold
// cells, but a 5 KB workbook can name a merge down to row 65536 (1 048 576
// in XLSX), and every row it covers would be laid out.
const maxBareMergeRows = 64

// clipMerges ends each merge before its first stretch of more than
// maxBareMergeRows rows without a cell: at the last row it reaches through
// rows with cells (its first row at least). The rows with cells are those
// of byNum, before merges add theirs. It costs a sort of those rows and a
// binary search per merge.
func clipMerges(s *sheetData, byNum map[int]*sheetRow) {
	var rows, reach []int // rows with cells in order; reach[i]: the last index reached from i without a long gap
	for i := range s.merges {
		m := &s.merges[i]
		if m.r2-m.r1 <= maxBareMergeRows {
			continue
		}
		if rows == nil {
			rows = make([]int, 0, len(byNum))
			for n := range byNum {
				rows = append(rows, n)
			}
			sort.Ints(rows)
			reach = make([]int, len(rows))
			for k := len(rows) - 1; k >= 0; k-- {
				reach[k] = k
				if k+1 < len(rows) && rows[k+1]-rows[k] <= maxBareMergeRows {
					reach[k] = reach[k+1]
				}
			}
		}
		end := m.r1 // the last row reached from the first without a long gap
		first := sort.SearchInts(rows, m.r1+1)
		last := sort.SearchInts(rows, m.r2+1) - 1
		if first <= last && rows[first]-m.r1 <= maxBareMergeRows {
			end = rows[min(reach[first], last)]
		}
		if m.r2-end > maxBareMergeRows {
			m.r2 = end
		}
	}
}

// continuesOnly says whether the row has no text and each merge touching
// it began above it.
func (r *sheetRow) continuesOnly(s *sheetData) bool {
	for _, t := range r.texts {
		if t != "" {
			return false
		}
	}
	for _, i := range r.merges {
		if s.merges[i].r1 == r.num {
			return false
		}
	}
	return true
}

// extent is the first and last column a row uses.
func (r *sheetRow) extent(s *sheetData) (lo, hi int) {
	for c := range r.texts {
		if lo == 0 || c < lo {
			lo = c
		}
		hi = max(hi, c)
	}
	for _, i := range r.merges {
		m := s.merges[i]
		if lo == 0 || m.c1 < lo {
			lo = m.c1
		}
		hi = max(hi, m.c2)
	}
	return lo, hi
}

// lone reports whether the row holds exactly one text cell and no merge
// other than that cell's own one-row merge; it returns the cell's column
// and last column.
func (r *sheetRow) lone(s *sheetData) (col, last int, ok bool) {
	if len(r.texts) != 1 || len(r.merges) > 1 {
		return 0, 0, false
	}
	for c := range r.texts {
		col, last = c, c
	}
	if len(r.merges) == 1 {
		m := s.merges[r.merges[0]]
		if m.r1 != r.num || m.r2 != r.num || m.c1 != col {
			return 0, 0, false
		}
		last = m.c2
	}
	return col, last, true
}

// block lays out a run of consecutive non-blank rows.
func (l *sheetLayout) block(s *sheetData, rows []*sheetRow) error {
	lo, hi := 0, 0
	for _, r := range rows {
		if lo == 0 || r.lo < lo {
			lo = r.lo
		}
		hi = max(hi, r.hi)
	}
	para := make([]bool, len(rows))
	for i, r := range rows {
		if col, last, ok := r.lone(s); ok && col <= lo && last >= hi {
			para[i] = true
		}
	}
	// lone cells peel off the top and bottom of the block
	for i := 0; i < len(rows); i++ {
		if _, _, ok := rows[i].lone(s); !ok {
			break
		}
		para[i] = true
	}
	for i := len(rows) - 1; i >= 0; i-- {
		if _, _, ok := rows[i].lone(s); !ok {
			break
		}
		para[i] = true
	}
	for start := 0; start < len(rows); {
		if para[start] {
			l.paragraph(s, rows[start])
			start++
			continue
		}
		end := start + 1
		for end < len(rows) && !para[end] {
			end++
		}
		if err := l.tables(s, rows[start:end]); err != nil {
			return err
		}
		start = end
	}
	return nil
}

// Table width: columns left empty over a whole run of rows separate
// tables side by side when there are at least tableGap of them; one table
// may be at most maxTableWidth columns wide (Calc's import of an HTML
// filing makes 367).
const (
	tableGap      = 32
	maxTableWidth = 1024
)

// tables lays out a run of table rows as one table per group of columns
// that no wide empty gap separates (a stray cell far to the right is a
// table of its own, not thousands of empty cells in every row).
func (l *sheetLayout) tables(s *sheetData, rows []*sheetRow) error {
	var spans [][2]int // columns each text and merge covers
	for _, r := range rows {
		for c := range r.texts {
			spans = append(spans, [2]int{c, c})
		}
		for _, i := range r.merges {
			spans = append(spans, [2]int{s.merges[i].c1, s.merges[i].c2})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	for i := 0; i < len(spans); {
		lo, hi := spans[i][0], spans[i][1]
		j := i + 1
		for j < len(spans) && spans[j][0]-hi <= tableGap {
			hi = max(hi, spans[j][1])
			j++
		}
		if hi-lo+1 > maxTableWidth {
			return fmt.Errorf("%w: sheet %q: a table %d columns wide, over the limit of %d", layout.ErrTooLarge, s.name, hi-lo+1, maxTableWidth)
		}
		var in []*sheetRow
		for _, r := range rows {
			if r.lo <= hi && r.hi >= lo {
				in = append(in, r)
			}
		}
		if err := l.table(s, in, lo, hi); err != nil {
			return err
		}
		i = j
	}
	return nil
}

func (l *sheetLayout) paragraph(s *sheetData, r *sheetRow) {
	for c, t := range r.texts {
		l.nPara++
		l.blocks = append(l.blocks, layout.Block{Para: &layout.Paragraph{Text: t,
			Pos: model.Pos{Sheet: s.name, Cell: cellRef(r.num, c), Paragraph: l.nPara}}})
	}
}

// table lays out rows as one table whose grid runs over columns lo..hi.
// A merge becomes a cell with spans at its top left; the rows below it get one empty continuation cell (Merged) over
// the merge's width.
func (l *sheetLayout) table(s *sheetData, rows []*sheetRow, lo, hi int) error {
	l.nTable++
	top := rows[0].num
	t := &layout.Table{Pos: model.Pos{Sheet: s.name, Cell: cellRef(top, lo), Table: l.nTable, Row: 1, Col: 1}}
	pos := func(row, col int) model.Pos {
		return model.Pos{Sheet: s.name, Cell: cellRef(row, col), Table: l.nTable, Row: row - top + 1, Col: col - lo + 1}
	}
	for _, r := range rows {
		// the merges of this row by first column
		at := make(map[int]mergeRange, len(r.merges))
		for _, i := range r.merges {
			m := s.merges[i]
			at[m.c1] = m
		}
		row := make([]layout.Cell, 0, 8)
		for c := lo; c <= hi; c++ {
			if l.cells++; l.cells > maxWorkbookCells {
				return fmt.Errorf("%w: more than %d cells in the workbook's tables", layout.ErrTooLarge, maxWorkbookCells)
			}
			m, merged := at[c]
			if !merged {
				row = append(row, layout.Cell{Text: r.texts[c], RowSpan: 1, ColSpan: 1, Pos: pos(r.num, c)})
				continue
			}
			cell := layout.Cell{RowSpan: min(m.r2, rows[len(rows)-1].num) - r.num + 1, ColSpan: m.c2 - m.c1 + 1, Pos: pos(r.num, c)}
			if m.r1 == r.num {
				cell.Text = r.texts[c]
			} else {
				cell.Merged, cell.RowSpan = true, 1
			}
			row = append(row, cell)
			c = m.c2
		}
		t.Rows = append(t.Rows, row)
	}
	l.blocks = append(l.blocks, layout.Block{Table: t})
	return nil
}

// normalizeMerges orders a sheet's merges, clips them to the area its
// text cells use (merges beyond it hold nothing), and drops degenerate
// merges and those overlapping an earlier one. The area the merges cover
// counts against maxWorkbookCells.
func normalizeMerges(s *sheetData) error {
	maxRow, maxCol := 0, 0
	for _, c := range s.cells {
		maxRow, maxCol = max(maxRow, c.row), max(maxCol, c.col)
	}
	ms := s.merges
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].r1 != ms[j].r1 {
			return ms[i].r1 < ms[j].r1
		}
		return ms[i].c1 < ms[j].c1
	})
	taken := map[int][][2]int{} // row → column intervals already merged
	entries := 0
	out := ms[:0]
	for _, m := range ms {
		if m.r1 > m.r2 {
			m.r1, m.r2 = m.r2, m.r1
		}
		if m.c1 > m.c2 {
			m.c1, m.c2 = m.c2, m.c1
		}
		if m.r1 < 1 || m.c1 < 1 || m.r1 > maxRow || m.c1 > maxCol {
			continue
		}
		m.r2, m.c2 = min(m.r2, maxRow), min(m.c2, maxCol)
		if m.r1 == m.r2 && m.c1 == m.c2 {
			continue
		}
		if entries += m.r2 - m.r1 + 1; entries > maxWorkbookCells {
			return fmt.Errorf("%w: sheet %q: merged areas span more than %d rows in all", layout.ErrTooLarge, s.name, maxWorkbookCells)
		}
		overlap := false
		for r := m.r1; r <= m.r2 && !overlap; r++ {
			ivs := taken[r]
			i := sort.Search(len(ivs), func(i int) bool { return ivs[i][1] >= m.c1 })
			overlap = i < len(ivs) && ivs[i][0] <= m.c2
		}
		if overlap {
			continue
		}
		for r := m.r1; r <= m.r2; r++ {
			ivs := taken[r]
			i := sort.Search(len(ivs), func(i int) bool { return ivs[i][1] >= m.c1 })
			ivs = append(ivs, [2]int{})
			copy(ivs[i+1:], ivs[i:])
			ivs[i] = [2]int{m.c1, m.c2}
			taken[r] = ivs
		}
		out = append(out, m)
	}
	s.merges = out
	return nil
}
