package extract

import (
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A tree held in one column (the Ningxia 项目绩效目标批复表):
//
//	项目                         | 指标值 | 绩效金额
//	 某疾控中心                   |        |
//	  疫苗及药物                  |        | 3000000
//	   产出指标                   |        |
//	    成本指标(必填硬性指标)    |        |
//	     按标准采购               | 100%   |
//
// The unit, the project, the level-1 and level-2 labels and the indicators
// in one column, told apart by indentation — which an HTML page loses. So
// the rows are told by what they hold: a row with a target is an
// indicator, a level word of the taxonomy a level label, a row with an
// amount beside it a project, a text above the first project the unit.
// The table is one when its header names a target column and no level or
// name column, and its first column holds level labels above rows with
// targets.

// maxTreeHeaderRow bounds the rows above a tree table's header.
const maxTreeHeaderRow = 4

// treeTable is the layout of a tree table.
type treeTable struct {
	header int // the header row's index in the table
	name   int // the column of the tree (header index)
	value  int // the target column
	money  int // a column of amounts, or -1
	width  int // cells in the header row
}

// findTreeTable returns the layout of t if it holds a tree in one column,
// else nil.
func (e *extractor) findTreeTable(t *layout.Table) *treeTable {
	for hi := 0; hi < len(t.Rows) && hi <= maxTreeHeaderRow; hi++ {
		if tr := e.treeHeader(t.Rows[hi]); tr != nil {
			tr.header = hi
			if !e.treeContent(t.Rows[hi+1:], tr) {
				return nil
			}
			return tr
		}
	}
	return nil
}

// treeHeader reads a header row of two or three short texts: the tree's
// column first, then the target column (指标值), then at most a column no
// grid header names (its amounts are the projects').
func (e *extractor) treeHeader(row []layout.Cell) *treeTable {
	if len(row) < 2 || len(row) > 3 {
		return nil
	}
	tr := &treeTable{name: 0, value: -1, money: -1, width: len(row)}
	for i := range row {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" || len(s) > 30 {
			return nil
		}
		c := e.lx.gridLabel(e.lx.key(s))
		switch {
		case i == 0:
			if c != cNone {
				return nil // a grid's own header (一级指标, 三级指标 …)
			}
		case c == cValue && tr.value < 0:
			tr.value = i
		case c == cNone && tr.money < 0:
			tr.money = i
		default:
			return nil
		}
	}
	if tr.value < 0 {
		return nil
	}
	return tr
}

// treeContent reports whether the first column under the header holds a
// tree: level-1 and level-2 labels with no target beside them, and rows
// with targets under them.
func (e *extractor) treeContent(rows [][]layout.Cell, tr *treeTable) bool {
	l1s, l2s, leaves := 0, 0, 0
	for _, row := range rows {
		if len(row) != tr.width {
			return false
		}
		s, val := layout.Clean(row[tr.name].Text), layout.Clean(row[tr.value].Text)
		if s == "" {
			continue
		}
		if val != "" {
			leaves++
			continue
		}
		switch e.treeLevel(s) {
		case 1:
			l1s++
		case 2:
			l2s++
		}
	}
	return l1s > 0 && l2s > 0 && leaves >= 2
}

// treeLevel tells a level label of the tree: 1 for a level-1 family's name
// (产出指标, 效益指标), 2 for level-2 words (时效指标(必填), 数量指标),
// 3 for a label that is either (成本指标: level 1 of the 2021 form, level 2
// before), else 0.
func (e *extractor) treeLevel(s string) int {
	key := stripParens(e.lx.key(s))
	name1 := false
	for _, f := range e.lx.v.Taxonomy.Level1 {
		if key == f.Name || key == f.Stem+"指标" {
			name1 = true
		}
	}
	l1, l2 := levelWords(e.lx.v, key)
	switch {
	case name1 && l2:
		return 3
	case name1:
		return 1
	case l2:
		return 2
	case l1:
		return 1
	}
	return 0
}

// indent is the white space a text export kept before a cell's text (an
// HTML page keeps none), or -1 when there is none.
func indent(raw string) int {
	n := 0
	for _, r := range raw {
		if !isSpace(r) {
			break
		}
		n++
	}
	if n == 0 {
		return -1
	}
	return n
}

// treeRows reads a tree table: the rows above its header as usual, then
// each row by what it holds.
func (e *extractor) treeRows(t *layout.Table, tr *treeTable) {
	for ri := 0; ri < tr.header; ri++ {
		e.rest, e.above = t.Rows[ri+1:], t.Rows[:ri]
		e.row(t.Rows[ri], ri == 0)
	}
	e.above = nil
	unit, level1, level2 := "", "", ""
	named := false   // a project row was read
	afterL1 := false // the row before was a level-1 label
	depth1 := -1     // the indentation of the level-1 labels, where kept
	for _, row := range t.Rows[tr.header+1:] {
		nc := &row[tr.name]
		s, val := e.text(nc), e.text(&row[tr.value])
		money := ""
		if tr.money >= 0 {
			money = e.text(&row[tr.money])
		}
		switch {
		case s == "" && val == "" && money == "":
			continue
		case val != "" && s != "" && named:
			afterL1 = false
			e.ps.rows++
			e.cur.Indicators = append(e.cur.Indicators, model.Indicator{Level1: level1, Level2: level2, Name: s,
				Value: model.Value{Raw: val, Kind: model.KindText}, Source: row[tr.value].Pos})
		case val == "" && s != "" && named && e.treeLevel(s) != 0:
			lv, d := e.treeLevel(s), indent(nc.Text)
			switch {
			case afterL1:
				lv = 2 // the tree goes deeper under a level-1 label
			case d >= 0 && depth1 >= 0:
				lv = 1 + min(max(d-depth1, 0), 1)
			case lv == 3:
				lv = 1
			}
			if lv == 1 {
				level1, level2, depth1 = compactLabel(s), "", d
			} else {
				level2 = compactLabel(s)
			}
			afterL1 = lv == 1
		case val == "" && s != "" && money != "" && decimalPrefix(normalize.DropThousands(money)) > 0:
			if e.cur == nil || named || len(e.cur.Indicators) > 0 || e.cur.Name != "" {
				mu, dept := "", model.Department{}
				if e.cur != nil {
					mu, dept = e.cur.MoneyUnit, e.cur.Department
				}
				e.startProject(0, "", tableSource(row), false)
				e.cur.MoneyUnit, e.cur.Department = mu, dept
			}
			if unit != "" && e.cur.Department.Name == "" {
				e.cur.Department = model.Department{Name: unit}
			}
			e.ps.rows++
			e.cur.Name = s
			e.setField(fTotal, layout.Clean(t.Rows[tr.header][tr.money].Text), money, row[tr.money].Pos, row[tr.money].Pos)
			named, level1, level2 = true, "", ""
		case val == "" && money == "" && !named && unit == "":
			unit = s // the budget unit above its projects
		default:
			e.unplaced(row, nil)
		}
	}
	if !named && unit != "" {
		e.unrecognized(unit, t.Rows[tr.header+1][tr.name].Pos)
	}
}
