package extract

import (
	"slices"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A row of the header block's labels over a row of their values, each
// value under its label: 资金总额（万元） | 财政拨款（万元） | 其他资金（万元） |
// 资金用途 over 260.00 | 200.00 | 60.00 | 助餐点运营补贴.

// overLabel is a label of such a row and the cell of its value below.
type overLabel struct {
	f        field
	unit     string
	label, i int // the label's cell, the value's cell in the row below
}

// labelsOverValues reads row (its filled cells from first on) as labels
// over the next row's values when every filled cell is a label of the
// header block, each of its own field, two or more of them naming
// amounts, and the row below holds, under each label and nowhere else, a
// value that is no label — an amount under a money label. It reports
// whether it did; the row below is then passed over (readAhead).
func (e *extractor) labelsOverValues(row []layout.Cell, first int) bool {
	if len(e.rest) == 0 || first < 0 {
		return false
	}
	next := e.rest[0]
	var labels []overLabel
	money := 0
	for i := first; i < len(row); i++ {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		if utf8.RuneCountInString(s) > 24 {
			return false
		}
		f, unit, ok := e.lx.lookupLabel(e.lx.key(s))
		if !ok || f == fSpending || f == fBudgetGroup {
			return false
		}
		if slices.ContainsFunc(labels, func(l overLabel) bool { return l.f == f }) {
			// two labels of one field (资金总额 | 上年资金总额, 2024年资金总额 |
			// 2025年资金总额): which value is this year's own, none tells
			return false
		}
		if isMoneyField(f) {
			money++
		}
		j := cellUnder(next, cellCol(row, i))
		if j < 0 {
			return false
		}
		labels = append(labels, overLabel{f: f, unit: unit, label: i, i: j})
	}
	if money < 2 || !e.valuesUnder(labels, row, next) {
		return false
	}
	if len(e.rest) > 1 && e.valuesUnder(labels, row, e.rest[1]) {
		// a second row of values under the labels: a list, one project
		// (or year) a row, none of them this project's own
		return false
	}
	for _, l := range labels {
		if l.unit != "" {
			e.setMoneyUnit(l.unit, row[l.label].Pos)
		}
		e.ps.lastField = l.f
		e.setField(l.f, layout.Clean(row[l.label].Text), layout.Clean(next[l.i].Text), next[l.i].Pos, row[l.label].Pos)
	}
	e.readAhead = 1
	return true
}

// valuesUnder tells a row that holds, under each of the labels of row and
// nowhere else, a value that is no label: an amount under a money label.
func (e *extractor) valuesUnder(labels []overLabel, row, below []layout.Cell) bool {
	if filledCells(below) != len(labels) {
		return false
	}
	for _, l := range labels {
		j := cellUnder(below, cellCol(row, l.label))
		if j < 0 {
			return false
		}
		v := layout.Clean(below[j].Text)
		if v == "" || below[j].Merged || e.lx.isLabelText(v) {
			return false
		}
		if _, _, ok := unitAmount(v); isMoneyField(l.f) && !ok {
			return false
		}
	}
	return true
}

// cellUnder is the index of the cell of row that starts at grid column
// col, or -1.
func cellUnder(row []layout.Cell, col int) int {
	for i := range row {
		if cellCol(row, i) == col {
			return i
		}
	}
	return -1
}

// filledCells counts the cells of row with text, merged ones aside.
func filledCells(row []layout.Cell) int {
	n := 0
	for i := range row {
		if !row[i].Merged && layout.Clean(row[i].Text) != "" {
			n++
		}
	}
	return n
}
