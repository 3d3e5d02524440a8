package parser

import (
	"github.com/perfdoc/perfdoc/model"
)

// The indicator grid's header: columns placed by their wording (labels.go)
// in any order and any subset, a block label left of them (绩效指标), value
// columns that repeat (one per recipient area of a transfer table).

// gridState is the header of the grid being read.
type gridState struct {
	idx     [nGridColumns]int    // column → index in the header row, -1 when absent
	cols    [nGridColumns]int    // column → grid column (Pos.Col), 0 when unknown
	labels  [nGridColumns]string // column → header text
	width   int                  // cells in the header row
	maxCol  int                  // the last grid column the header covers, 0 when unknown
	regions []extraCol           // one value column per recipient area
	extras  []extraCol           // half-year, long-term, last year's, further target columns
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
func (e *extractor) gridHeader(row []Cell) bool {
	g := &gridState{width: len(row)}
	for i := range g.idx {
		g.idx[i] = -1
	}
	found := 0
	var unknown []int
	for i := range row {
		c := &row[i]
		if c.Merged || c.Text == "" || len(c.Text) > 90 {
			continue
		}
		text := clean(c.Text)
		if text == "" {
			continue
		}
		col := gridLabel(labelKey(text))
		switch {
		case col == cNone:
			unknown = append(unknown, i)
		case g.idx[col] >= 0:
			if col == cValue || col == cHalfYear || col == cLongTerm || col == cLastYear {
				g.extras = append(g.extras, extraCol{idx: i, col: c.Pos.Col, role: model.RoleOther, label: compactLabel(text)})
			} else {
				unknown = append(unknown, i)
			}
		default:
			g.idx[col], g.cols[col], g.labels[col] = i, c.Pos.Col, compactLabel(text)
			found++
		}
		if end := c.Pos.Col + max(c.ColSpan, 1) - 1; c.Pos.Col > 0 && end > g.maxCol {
			g.maxCol = end
		}
	}
	l1, v, n := g.idx[cLevel1] >= 0, g.idx[cValue] >= 0, g.idx[cName] >= 0
	if !v && n {
		// a transfer table: after the name (and its description and
		// direction) one value column per recipient area
		after := max(g.idx[cName], g.idx[cDesc], g.idx[cDirection], g.idx[cNature])
		for _, i := range unknown {
			if i > after {
				g.regions = append(g.regions, extraCol{idx: i, col: row[i].Pos.Col, role: model.RoleRegion, label: compactLabel(clean(row[i].Text))})
			}
		}
	}
	if found < 2 || !(l1 && (v || n) || n && v || n && len(g.regions) > 0 && g.idx[cLevel2] >= 0) {
		return false
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
	}
	e.ps.grid = g
	e.ps.cols, e.ps.periods = nil, nil
	e.ps.rows++
	if g.idx[cActual] >= 0 || g.idx[cScore] >= 0 {
		e.ps.selfEval = true
	}
	if len(g.regions) > 0 {
		e.ps.regions = true
	}
	return true
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
	e.ps.grid = nil
}

// compatible reports whether the first row of a new table can continue the
// grid: about as many cells, within the columns the header covers.
func (g *gridState) compatible(row []Cell) bool {
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
// column at header index i and grid column col, or -1.
func (g *gridState) indexAt(row []Cell, i, col int) int {
	if i < 0 {
		return -1
	}
	if len(row) == g.width {
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
	if i < len(row) {
		return i
	}
	return -1
}

// cellAt returns the index of the cell of row that holds grid column c, or
// -1.
func (g *gridState) cellAt(row []Cell, c gridColumn) int {
	return g.indexAt(row, g.idx[c], g.cols[c])
}
