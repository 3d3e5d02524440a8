package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// The extractor's modes as a state machine over table rows. What a row is
// depends on what is being read when it comes: the mode. Each mode has one
// small function that reads a row in it and returns the mode that reads it
// next (modeDone: the row is read). A new template is a new transition in
// one of them, not another guess in a chain.
//
//	modeGrid     indicator rows under a grid header (grid.go, gridrow.go)
//	modeBlock    a project open, no grid: a row naming another project
//	             leaves for modeOutside, the others go to the block's mode
//	modeOutside  no project open: a row must name one to open it
//	modeSpending the row after a spending plan's periods: their values
//	modeMoney    a sub-table of amounts read by column (年初预算数 | 全年预算数)
//	modeGoals    a sub-table of texts read by column (预期目标 | 实际完成情况)
//	modeHeader   the header block: labels beside their values
//
// The mode is not stored beside the reading's state: it is derived from it
// (the project open, its grid, its sub-table, its pending spending periods),
// so the two never disagree. Some transitions hold in every mode and are
// taken before it is asked (anyMode): empty rows, a title or year line alone
// in a row, a grid's header, a list table (序号 | 名称 | 金额, numbered rows),
// a list of projects (one a row, goals and indicators in a cell), the first
// row of a grid with no header.
// Paragraphs between tables are read by paragraph (titles.go): a title or
// year line in any mode, the overview outside a project, a unit line or
// unplaced text between a project's tables.
//
// Modes are declared in the order a row may move through them: every
// transition goes to a later mode, so the reading of a row ends.
type mode int

const (
	modeDone mode = iota // the row is read
	modeGrid
	modeBlock
	modeOutside
	modeSpending
	modeMoney
	modeGoals
	modeHeader
)

// rowIn is a table row as the modes read it.
type rowIn struct {
	cells        []layout.Cell
	firstOfTable bool // the table's first row
	first        int  // the first filled cell (firstFilled), set by enterBlock
	leadingBlank bool // the row opens with a blank or merged cell, set by enterBlock
}

// row reads one table row: a title or year line, a grid header, an
// indicator row, or a row of the header block and its sub-tables.
func (e *extractor) row(cells []layout.Cell, firstOfTable bool) {
	r := &rowIn{cells: cells, firstOfTable: firstOfTable}
	if e.anyMode(r) {
		return
	}
	for m := e.mode(); m != modeDone; {
		if e.trace != nil {
			e.trace(m)
		}
		next := e.step(m, r)
		if next != modeDone && next <= m {
			break // no transition goes back (see mode)
		}
		m = next
	}
}

// mode is the mode the next row is read in.
func (e *extractor) mode() mode {
	switch {
	case e.ps.grid != nil:
		return modeGrid
	case e.cur == nil:
		return modeOutside
	}
	return modeBlock
}

// step reads row r in mode m and returns the next mode.
func (e *extractor) step(m mode, r *rowIn) mode {
	switch m {
	case modeGrid:
		return e.inGrid(r)
	case modeBlock:
		return e.inBlock(r)
	case modeOutside:
		return e.outside(r)
	case modeSpending:
		return e.inSpending(r)
	case modeMoney:
		return e.inMoney(r)
	case modeGoals:
		return e.inGoals(r)
	case modeHeader:
		return e.inHeader(r)
	}
	return modeDone
}

func (m mode) String() string {
	return [...]string{"done", "grid", "block", "outside", "spending", "money", "goals", "header"}[m]
}

// anyMode takes the transitions that hold in every mode. It reports
// whether it read the row.
func (e *extractor) anyMode(r *rowIn) bool {
	only, n := soleText(r.cells)
	switch {
	case e.readAhead > 0: // a row read with the row above it (labelsOverValues)
		e.readAhead--
		return true
	case e.listLeft > 0: // a row of a list table
		e.listLeft--
		e.unplaced(r.cells, nil)
		return true
	case n == 0:
		return true
	case e.plist != nil: // a row of a list of projects
		e.projectListRow(r.cells)
		return true
	case n == 1 && e.singleCellRow(only, r.cells):
		return true
	case e.gridHeader(r.cells): // → modeGrid
		e.captions = nil
		return true
	case e.captionsOverGrid(r.cells): // a wide table's captions over its grid header
		e.captions = r.cells
		return true
	case e.ps.grid == nil || r.firstOfTable:
		if cols, ok := e.projectListCaptions(r.cells); ok && len(e.rest) > 0 { // a list of projects
			e.endGrid()
			e.plist = cols
			return true
		}
		if n := e.listRows(r.cells, e.rest); n > 0 { // a list table's captions
			e.endGrid()
			e.listLeft = n
			e.unplaced(r.cells, nil)
			return true
		}
		if r.firstOfTable && e.allocationCaptions(r.cells) {
			// an allocation table: its rows up to a row of the form
			e.endGrid()
			e.listLeft = e.allocationRows(e.rest)
			e.unplaced(r.cells, nil)
			return true
		}
		if r.firstOfTable && len(e.rest) == 0 && e.cur != nil && len(e.cur.Indicators) > 0 && e.loneCaptions(r.cells) {
			// a list table's captions with its rows cut away, after a target table
			e.endGrid()
			e.unplaced(r.cells, nil)
			return true
		}
		if e.ps.grid == nil && e.headerlessGrid(r.cells) { // → modeGrid, the row its first indicator
			e.ps.rows++
			e.indicatorRow(r.cells)
			return true
		}
	}
	return false
}

// inGrid reads an indicator row, or leaves the grid at a row that names
// another project, signs the table off, heads a numbered table, or opens a
// table that cannot continue the grid.
func (e *extractor) inGrid(r *rowIn) mode {
	row := r.cells
	switch {
	case e.startsProject(row):
		e.endGrid()
		return modeOutside
	case e.signatureRow(row) || e.headsNumberedTable(row),
		r.firstOfTable && (!e.ps.grid.compatible(row) || e.foreignHeader(row)):
		e.endGrid()
		return e.enterBlock(r)
	}
	e.ps.rows++
	e.indicatorRow(row)
	return modeDone
}

// inBlock reads a row of an open project outside a grid: a row naming
// another project opens it, any other goes to the block's mode.
func (e *extractor) inBlock(r *rowIn) mode {
	if e.startsProject(r.cells) {
		return modeOutside
	}
	return e.enterBlock(r)
}

// outside opens a project at a row that holds a header-block label; a row
// without one is unplaced.
func (e *extractor) outside(r *rowIn) mode {
	if !e.lx.rowHasLabel(r.cells) {
		e.unplaced(r.cells, nil)
		return modeDone
	}
	e.startProject(0, "", r.cells[0].Pos, false)
	e.cur.Source = tableSource(r.cells)
	return e.enterBlock(r)
}

// enterBlock counts the row into the project and returns the block's mode:
// the spending plan's values pending, a sub-table open, or the header.
func (e *extractor) enterBlock(r *rowIn) mode {
	e.ps.rows++
	r.first = firstFilled(r.cells)
	if r.first < 0 {
		return modeDone
	}
	r.leadingBlank = r.first > 0 || r.cells[0].Merged
	if e.ps.periods != nil {
		return modeSpending
	}
	return e.tableMode()
}

// tableMode is the mode of the header block's sub-table, or modeHeader.
func (e *extractor) tableMode() mode {
	switch {
	case e.ps.cols == nil:
		return modeHeader
	case e.ps.cols.money:
		return modeMoney
	}
	return modeGoals
}

// inSpending reads the values under a spending plan's periods; a row that
// holds none goes to the mode the block was in.
func (e *extractor) inSpending(r *rowIn) mode {
	if r.leadingBlank || e.labelTail(r.cells, r.first) {
		e.spendingValues(r.cells)
		return modeDone
	}
	return e.tableMode()
}

// inMoney reads a money row under the open sub-table; another column
// header opens another, a row of the header block closes it.
func (e *extractor) inMoney(r *rowIn) mode {
	if e.columnHeader(r.cells, r.first) {
		return modeDone
	}
	switch {
	case e.subCaptions(r.cells, r.first):
		if !e.partCaptions(r.cells, r.first) {
			e.unplaced(r.cells, nil)
		}
		return modeDone
	case e.amountsRow(r.cells, r.first):
		e.amountsUnder(r.cells, r.first)
		return modeDone
	}
	if f, label, ok := e.columnMember(r.cells, r.first, r.leadingBlank); ok && !e.labelValueCells(r.cells) {
		e.moneyRow(r.cells, r.first, f, label)
		return modeDone
	}
	e.ps.cols = nil
	return e.labelRow(r)
}

// labelValueCells tells a row whose filled cells each hold a label of the
// form with its value (按收入性质分:2030.12 | 按支出性质分:1925.67): the
// row stands under no column of a money header above it; its cells are
// read as labels.
func (e *extractor) labelValueCells(row []layout.Cell) bool {
	n := 0
	for i := range row {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		if _, _, _, ok := e.lx.splitLabelValue(s); !ok && !wordsThenAmount(s) {
			return false
		}
		n++
	}
	return n > 0
}

// wordsThenAmount tells a cell of words, a colon and an amount
// (按收入性质分:2030.12, 其中：一般公共预算：1325.68).
func wordsThenAmount(s string) bool {
	i := strings.LastIndexAny(s, ":：")
	if i <= 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	v := normalize.DropThousands(strings.TrimSpace(s[i+size:]))
	return v != "" && decimalPrefix(v) == len(v)
}

// inGoals reads the texts under the open goal columns; another column
// header opens another sub-table, a row of the header block closes it.
func (e *extractor) inGoals(r *rowIn) mode {
	if e.columnHeader(r.cells, r.first) || e.taskAmountParts(r.cells, r.first) {
		return modeDone
	}
	if _, _, ok := e.columnMember(r.cells, r.first, r.leadingBlank); ok {
		e.goalRow(r.cells, r.first)
		return modeDone
	}
	e.ps.cols = nil
	return e.labelRow(r)
}

// inHeader reads a row of the header block; a row of column labels opens
// a sub-table (modeMoney, modeGoals).
func (e *extractor) inHeader(r *rowIn) mode {
	if e.columnHeader(r.cells, r.first) || e.labelsOverValues(r.cells, r.first) || e.moneyGroupsOverValues(r.cells, r.first) {
		return modeDone
	}
	return e.labelRow(r)
}

// labelRow reads a row of the header block as labels and their values (a
// spending plan's label opens modeSpending for the next row), or the
// purpose under 预算规模及资金用途.
func (e *extractor) labelRow(r *rowIn) mode {
	if r.leadingBlank && e.ps.purposeGroup && isBudgetField(e.ps.lastField) && !e.lx.rowHasLabel(r.cells) {
		e.purposeRow(r.cells)
		return modeDone
	}
	if f, at := e.ps.lastField, e.ps.goalsCell; at > 0 && r.leadingBlank && (f == fGoals || f == fLongGoals) && !e.lx.rowHasLabel(r.cells) {
		if s, n := soleText(r.cells); n == 1 && at < len(r.cells) && layout.Clean(r.cells[at].Text) == s {
			// a further goal under the goals' label spanning down, in
			// the column of the goal beside the label (年度绩效目标 |
			// 目标1：… over | 目标2：…, a row each; 中长期绩效目标 alike)
			e.setField(f, "", s, r.cells[at].Pos, r.cells[at].Pos)
			return modeDone
		}
	}
	e.keyValues(r.cells)
	return modeDone
}
