package extract

import (
	"slices"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// The indicator grid's header: columns placed by their wording (labels.go)
// in any order and any subset, a block label left of them (绩效指标), value
// columns that repeat (one per recipient area of a transfer table).

// gridState is the header of the grid being read.
type gridState struct {
	lx        *lexicon
	idx       [nGridColumns]int    // column → index in the header row, -1 when absent
	cols      [nGridColumns]int    // column → grid column (Pos.Col), 0 when unknown
	labels    [nGridColumns]string // column → header text
	width     int                  // cells in the header row
	maxCol    int                  // the last grid column the header covers, 0 when unknown
	regions   []extraCol           // one value column per recipient area
	extras    []extraCol           // half-year, long-term, last year's, further target columns
	long      *extraCol            // the name column of a mid-term block left of the year's
	longL2    *extraCol            // the level-2 column of that block
	byLevel   bool                 // no name column: the deepest level names the indicator
	valueSpan int                  // grid columns the value header covers
	blocks    []int                // header cells over a block label or merged-down column (绩效指标, 绩)
	fresh     bool                 // no row read since the header
	pending   []pendingLevel       // level labels no indicator has used yet
}

// extraCol is a value-like column beside the target.
type extraCol struct {
	idx   int
	col   int
	role  model.Role
	label string
}

// gridHeader recognises the header row of an indicator grid and records
// its columns. A repeated header (a grid continued after a page break) is
// recognised again and keeps the levels it filled down.
func (e *extractor) gridHeader(row []layout.Cell) bool {
	if !e.lx.mayBeGridHeader(row) {
		return false
	}
	// first pass: what the rows under the header hold, column by column
	f := e.profileRows(e.gridBody())
	row = e.shiftShortHeader(row, f)
	g := &gridState{lx: e.lx, width: len(row)}
	d := g.readHeader(row)
	if g.idx[cValue] < 0 {
		e.valueFromRowAbove(g, row)
	}
	if d.name >= 0 && d.value >= 0 {
		g.yearBlock(row, d.name, d.value, d.level2)
	}
	// the header alone must make a grid: content completes it, never invents one
	probe := *g
	probe.settleColumns(row, d.unknown)
	if d.found < 2 || !probe.complete() {
		return false
	}
	g.spanByContent(row, f)
	if i := g.idx[cValue]; i >= 0 {
		g.valueSpan = max(row[i].ColSpan, 1)
	}
	e.byContent(g, row, f, d.unknown)
	g.blockColumns(row, f, d.unknown)
	g.settleColumns(row, d.unknown)
	if !g.complete() {
		return false
	}
	e.enterGrid(g, row, d.unknown)
	return true
}

// complete reports whether the columns read make an indicator grid: a
// level 1 with a target or a name, a name with a target, or a name with the
// recipient areas' columns under a level 2.
func (g *gridState) complete() bool {
	l1, v, n := g.idx[cLevel1] >= 0, g.idx[cValue] >= 0, g.idx[cName] >= 0
	return l1 && (v || n) || n && v || n && len(g.regions) > 0 && g.idx[cLevel2] >= 0
}

// mayBeGridHeader tells, cheaply, a row that may be a grid's header: two
// or more of its cells are grid labels, and one of its first two cells is
// (a header opens with its levels or names, after a block label at most).
func (lx *lexicon) mayBeGridHeader(row []layout.Cell) bool {
	n, seen := 0, 0
	for i := range row {
		c := &row[i]
		if c.Merged || c.Text == "" {
			continue
		}
		seen++
		if len(c.Text) <= 90 {
			if lx.gridLabel(labelKey(layout.Clean(c.Text))) != cNone {
				if n++; n == 2 {
					return true
				}
			}
		}
		if seen == 2 && n == 0 {
			return false // a row that opens with two texts no header holds
		}
	}
	return n >= 2
}

// headerCells is what reading a header row found besides its columns.
type headerCells struct {
	found               int   // distinct columns placed
	unknown             []int // cells no synonym table knows
	name, value, level2 int   // the second 三级指标, 指标值, 二级指标 (a mid-term block), or -1
}

// readHeader places the columns of a header row by their wording.
func (g *gridState) readHeader(row []layout.Cell) headerCells {
	for i := range g.idx {
		g.idx[i] = -1
	}
	d := headerCells{name: -1, value: -1, level2: -1}
	for i := range row {
		c := &row[i]
		if c.Merged || c.Text == "" || len(c.Text) > 90 {
			continue
		}
		text := layout.Clean(c.Text)
		if text == "" {
			continue
		}
		col := g.lx.gridLabel(labelKey(text))
		switch {
		case col == cNone:
			d.unknown = append(d.unknown, i)
		case g.idx[col] >= 0:
			d.repeat(col, i)
			if col == cValue || col == cHalfYear || col == cLongTerm || col == cLastYear {
				g.extras = append(g.extras, extraCol{idx: i, col: c.Pos.Col, role: model.RoleOther, label: compactLabel(text)})
			} else {
				d.unknown = append(d.unknown, i)
			}
		default:
			g.idx[col], g.cols[col], g.labels[col] = i, c.Pos.Col, compactLabel(text)
			d.found++
		}
		if end := c.Pos.Col + max(c.ColSpan, 1) - 1; c.Pos.Col > 0 && end > g.maxCol {
			g.maxCol = end
		}
	}
	return d
}

// repeat notes the first repetition of a name, value or level-2 column.
func (d *headerCells) repeat(col gridColumn, i int) {
	switch {
	case col == cName && d.name < 0:
		d.name = i
	case col == cLevel2 && d.level2 < 0:
		d.level2 = i
	case col == cValue && d.value < 0:
		d.value = i
	}
}

// settleColumns completes the header: the column that names indicators
// when there is no 三级指标, and the recipient areas' value columns.
func (g *gridState) settleColumns(row []layout.Cell, unknown []int) {
	if g.idx[cName] < 0 {
		if g.idx[cDesc] >= 0 {
			// 指标内容 with no 三级指标: the description column names the indicator
			g.idx[cName], g.cols[cName], g.labels[cName] = g.idx[cDesc], g.cols[cDesc], g.labels[cDesc]
			g.idx[cDesc] = -1
		} else {
			g.byLevel = true
		}
	}
	if g.idx[cValue] >= 0 || g.idx[cName] < 0 {
		return
	}
	// a transfer table: after the name (and its description and direction)
	// one value column per recipient area
	after := max(g.idx[cName], g.idx[cDesc], g.idx[cDirection], g.idx[cNature])
	for _, i := range unknown {
		if i > after {
			g.regions = append(g.regions, extraCol{idx: i, col: row[i].Pos.Col, role: model.RoleRegion, label: compactLabel(layout.Clean(row[i].Text))})
		}
	}
}

// enterGrid makes g the grid being read: unknown header cells unplaced, a
// project started if none is open, the levels kept over a repeated header.
func (e *extractor) enterGrid(g *gridState, row []layout.Cell, unknown []int) {
	for _, i := range unknown {
		placed := slices.Contains(g.idx[:], i) || slices.ContainsFunc(g.regions, func(x extraCol) bool { return x.idx == i }) ||
			(g.longL2 != nil && g.longL2.idx == i) || (g.long != nil && g.long.idx == i)
		text := layout.Clean(row[i].Text)
		if !placed && slices.Contains(g.blocks, i) && !e.lx.isBlockLabel(labelKey(text)) {
			e.unrecognized(text, row[i].Pos) // a block label cut short ("绩"): its column holds no cells
			continue
		}
		if !placed && !e.lx.isBlockLabel(labelKey(text)) {
			e.unrecognized(text, row[i].Pos)
			e.warn(row[i].Pos, "grid header %q names no column perfdoc knows; its cells are unrecognized", text)
		}
	}
	for _, k := range []gridColumn{cHalfYear, cLongTerm, cLastYear} {
		if g.idx[k] >= 0 {
			g.extras = append(g.extras, extraCol{idx: g.idx[k], col: g.cols[k], role: extraRole(k), label: g.labels[k]})
		}
	}
	if e.cur == nil {
		e.startProject(0, "", row[0].Pos, false)
		e.cur.Source = tableSource(row)
	}
	if e.ps.grid == nil {
		e.ps.level1, e.ps.level2 = "", ""
	} else {
		g.pending = e.ps.grid.pending
	}
	g.fresh = true
	e.ps.grid = g
	e.ps.cols, e.ps.periods = nil, nil
	e.ps.rows++
	e.ps.selfEval = e.ps.selfEval || g.idx[cActual] >= 0 || g.idx[cScore] >= 0
	e.ps.regions = e.ps.regions || len(g.regions) > 0
}

// yearBlock handles a header that repeats 三级指标 | 指标值 (the national
// form's mid-term block, then the year's): the later block is the year's
// target, the earlier one is kept as the long-term value.
func (g *gridState) yearBlock(row []layout.Cell, dupName, dupValue, dupL2 int) {
	firstName, firstValue := g.idx[cName], g.idx[cValue]
	if dupL2 > dupName-2 && dupL2 < dupName {
		first := g.idx[cLevel2]
		g.longL2 = &extraCol{idx: first, col: row[first].Pos.Col, role: model.RoleLongTerm}
		g.idx[cLevel2], g.cols[cLevel2] = dupL2, row[dupL2].Pos.Col
	}
	g.idx[cName], g.cols[cName] = dupName, row[dupName].Pos.Col
	g.idx[cValue], g.cols[cValue] = dupValue, row[dupValue].Pos.Col
	for k, x := range g.extras {
		if x.idx == dupValue {
			g.extras[k] = extraCol{idx: firstValue, col: row[firstValue].Pos.Col, role: model.RoleLongTerm, label: g.labels[cValue]}
		}
	}
	g.long = &extraCol{idx: firstName, col: row[firstName].Pos.Col, role: model.RoleLongTerm}
}

// maxHeaderCells bounds the header rows valueFromRowAbove reads (its
// lookups are linear in the row).
const maxHeaderCells = 256

// valueFromRowAbove finds the value column of a header that spans two
// rows: "指标值" written in the row above, over a cell this row continues.
func (e *extractor) valueFromRowAbove(g *gridState, row []layout.Cell) {
	above := e.prevRow
	if above == nil || len(row) > maxHeaderCells {
		return
	}
	for i := range row {
		if layout.Clean(row[i].Text) != "" {
			continue
		}
		j := i
		if len(above) != len(row) {
			if row[i].Pos.Col == 0 {
				continue
			}
			j = g.indexAt(above, i, row[i].Pos.Col)
		}
		if j < 0 || j >= len(above) {
			continue
		}
		text := layout.Clean(above[j].Text)
		if col := e.lx.gridLabel(labelKey(text)); col == cValue {
			g.idx[cValue], g.cols[cValue], g.labels[cValue] = i, row[i].Pos.Col, compactLabel(text)
			return
		}
	}
}

func extraRole(c gridColumn) model.Role {
	switch c {
	case cHalfYear:
		return model.RoleHalfYear
	case cLongTerm:
		return model.RoleLongTerm
	case cLastYear:
		return model.RoleLastYearActual
	}
	return model.RoleOther
}

// endGrid leaves the grid: the rows that follow belong to something else.
func (e *extractor) endGrid() {
	if g := e.ps.grid; g != nil {
		for _, p := range g.pending {
			e.unrecognized(p.text, p.pos)
		}
	}
	e.ps.grid = nil
}

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
// by grid column only.
func (g *gridState) indexAt(row []layout.Cell, i, col int) int {
	if i == -1 {
		return -1
	}
	if len(row) == g.width && i >= 0 {
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

// cellAt returns the index of the cell of row that holds grid column c, or
// -1.
func (g *gridState) cellAt(row []layout.Cell, c gridColumn) int {
	return g.indexAt(row, g.idx[c], g.cols[c])
}
