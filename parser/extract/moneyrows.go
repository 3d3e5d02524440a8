package extract

// moneyrows.go: the rows under a money header — amounts under the
// captions, a line of expenses, the total and its parts by row label —
// and the helpers that tell a money field and its label.

import (
	"strings"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// amountsRow tells a row of bare amounts under a money header's columns
// (7 | 0 | 7 | 0 under 本年度预计投入 | 财政资金 …), no label of its own;
// an amount may carry its money unit (7万元 | 0万元 | 7万元).
func (e *extractor) amountsRow(row []layout.Cell, first int) bool {
	h := e.ps.cols
	if !h.money || h.groupCol == 0 || cellCol(row, first) <= h.groupCol {
		return false
	}
	for i := first; i < len(row); i++ {
		s := normalize.DropThousands(layout.Clean(row[i].Text))
		if col, ok := h.roleAt(cellCol(row, i)); ok && col.role == rMoneyAux {
			s = strings.TrimSpace(strings.TrimRight(s, "%％")) // 100 % under 执行率
		}
		if !row[i].Merged && s != "" && !amountWithUnit(s) {
			return false
		}
	}
	return true
}

// amountWithUnit tells a cell that holds an amount alone, bare or with
// its money unit after it (309, 309万元, 309 万元, 309万).
func amountWithUnit(s string) bool {
	n := decimalPrefix(s)
	if n == 0 {
		return false
	}
	rest := strings.TrimLeftFunc(s[n:], isSpace)
	return rest == "" || rest == moneyUnitPrefix(rest)
}

// amountsUnder reads a row of bare amounts: the one under the year's
// amount column is the budget total, the others items under their
// captions. A row without positions whose width is not the header's is
// read only where that is sure: its first amount under the year's amount
// when that is the header's first column after the group.
func (e *extractor) amountsUnder(row []layout.Cell, first int) {
	h := e.ps.cols
	aligned := row[first].Pos.Col > 0 || len(row) == h.width
	for i := first; i < len(row); i++ {
		s := e.text(&row[i])
		if row[i].Merged || s == "" {
			continue
		}
		col, ok := h.roleAt(cellCol(row, i))
		switch {
		case !aligned && i == first && len(h.cols) > 0 && h.cols[0].role == rBudget && e.cur.Budget.Total == nil:
			e.setField(fTotal, h.cols[0].label, s, row[i].Pos, row[i].Pos)
		case !aligned || !ok:
			e.unrecognized(s, row[i].Pos)
		case col.role == rBudget && e.cur.Budget.Total == nil:
			e.setField(fTotal, col.label, s, row[i].Pos, row[i].Pos)
		default:
			e.budgetItem(col.label, s, row[i].Pos)
		}
	}
}

// expenseLine tells a row of a cost breakdown under a money header (成本构成
// | 金额 | 测算依据 …): its first cell, in the group label's column, names an
// expense no label of the form names, and the cell under the budget column
// holds an amount. Its cells are the expense's items.
func (e *extractor) expenseLine(row []layout.Cell, first int) bool {
	h := e.ps.cols
	if !h.money || h.groupCol == 0 || cellCol(row, first) != h.groupCol || row[first].Merged {
		return false
	}
	for i := first + 1; i < len(row); i++ {
		if col, ok := h.roleAt(cellCol(row, i)); ok && col.role == rBudget {
			s := normalize.DropThousands(layout.Clean(row[i].Text))
			n := decimalPrefix(s)
			return !row[i].Merged && n > 0 && n == len(s)
		}
	}
	return false
}

// moneyRow reads one money row of a self-evaluation's (or a funds block's)
// sub-table: the amount under 全年预算数, the others as labelled items.
func (e *extractor) moneyRow(row []layout.Cell, first int, rowField field, rowLabel string) {
	h := e.ps.cols
	start := first
	if rowField == fNone {
		// a row named by something other than a label (an expense line)
		rowLabel = layout.Clean(row[first].Text)
	}
	if rowLabel != "" {
		start = first + 1
	}
	amountSet, labelUsed := false, rowField != fNone
	if rowField != fNone {
		if _, label, val, ok := e.lx.splitLabelValue(layout.Clean(row[first].Text)); ok && label == rowLabel {
			// the amount written in the label's cell is the row's
			e.setField(rowField, rowLabel, val, row[first].Pos, row[first].Pos)
			amountSet = true
		}
	}
	var pending []int // value cells under no amount column, in order
	initial := -1     // the cell under the initial budget
	offset := h.labelSpan(row, first, start)
	for i := start; i < len(row); i++ {
		s := e.text(&row[i])
		if row[i].Merged || s == "" || e.lx.isSubtotal(s) {
			continue
		}
		col, ok := h.roleAt(cellCol(row, i) + offset)
		switch {
		case ok && col.role == rBudget && rowField == fTotal && h.lines > 0 && e.cur.Budget.Total != nil && !amountSet:
			// the total of a cost breakdown under a budget already read:
			// the budget stands, the total is kept beside it
			e.budgetItem(joinLabel(rowLabel, col.label), s, row[i].Pos)
			amountSet, labelUsed = true, true
		case ok && col.role == rBudget && rowField != fNone && !amountSet:
			e.setField(rowField, rowLabel, s, row[i].Pos, row[first].Pos)
			amountSet = true
		case ok && rowField == fTotal && col.role == rInitial:
			e.cur.Budget.Initial = e.amount(s, row[i].Pos)
			initial = i
		case ok && rowField == fProjectTotal && col.role == rInitial && h.initialIsBudget() && initial < 0:
			initial = i // 项目总预算 under 年初预算数 | 全年执行数: read as its amount below
		case ok && rowField == fTotal && col.role == rExecuted:
			e.cur.Budget.Executed = e.amount(s, row[i].Pos)
		case ok && rowField == fTotal && col.role == rFiscal:
			e.setField(fFiscal, col.label, s, row[i].Pos, row[first].Pos)
		case ok && rowField == fTotal && col.role == rOther:
			e.setField(fOther, col.label, s, row[i].Pos, row[first].Pos)
		case ok:
			e.budgetItem(joinLabel(rowLabel, col.label), s, row[i].Pos)
			labelUsed = true
		default:
			pending = append(pending, i)
		}
	}
	for _, i := range pending {
		if !amountSet && rowField != fNone {
			e.setField(rowField, rowLabel, e.text(&row[i]), row[i].Pos, row[first].Pos)
			amountSet = true
			continue
		}
		e.unrecognized(e.text(&row[i]), row[i].Pos)
	}
	if (rowField == fTotal || rowField == fProjectTotal) && !amountSet && initial >= 0 && h.initialIsBudget() {
		e.setField(rowField, rowLabel, e.text(&row[initial]), row[initial].Pos, row[first].Pos)
		amountSet = true
	}
	if rowField != fNone && !amountSet {
		e.setField(rowField, rowLabel, "", model.Pos{}, row[first].Pos)
	}
	if !labelUsed && rowLabel != "" {
		e.unrecognized(rowLabel, row[first].Pos)
	}
}

// initialIsBudget tells a money header that names the initial budget
// beside its execution and no other budget: a monitoring table's 年初预算数
// | 1-6月执行数 | 全年预计执行数, a self-evaluation's 年初预算数 | 全年执行数.
// It reports no adjustment, so the initial budget is the year's. A caption
// naming the year's amount, another budget, an adjustment (调整后预算) or a
// balance (本年度结余资金) rules it out, as does a header with no execution.
func (h *colHeader) initialIsBudget() bool {
	initial, executed := 0, 0
	for _, c := range h.cols {
		switch {
		case c.role == rInitial:
			initial++
		case c.role == rBudget, strings.Contains(c.label, "预算"), strings.Contains(c.label, "调整"), strings.Contains(c.label, "结余"):
			return false
		case c.role == rExecuted, strings.Contains(c.label, "执行数"):
			executed++
		}
	}
	return initial == 1 && executed > 0
}

// labelSpan is the columns a text export's money row stands right of its
// index (a row with no positions, narrower than its header): its label
// spans the header's blank columns between the group label and the first
// amount column (项目资金（万元） | | | 年初预算数 …), which the export
// printed once. The empty cells right of the label stand in those columns
// first; the amounts start under the first amount column. 0 where the
// row is as wide as the header, has positions, or its cells after the
// label already reach that column.
func (h *colHeader) labelSpan(row []layout.Cell, first, start int) int {
	if len(row) == 0 || row[0].Pos.Col > 0 || len(row) >= h.width || start != first+1 || len(h.cols) == 0 {
		return 0
	}
	c0 := h.cols[0].from
	for _, c := range h.cols {
		c0 = min(c0, c.from)
	}
	at := start // the first cell right of the label's region
	for at < len(row) && at+1 < c0 && layout.Clean(row[at].Text) == "" && !row[at].Merged {
		at++
	}
	return max(0, c0-(at+1))
}

// isMoneyField tells the fields of money rows.
func isMoneyField(f field) bool {
	return f == fTotal || f == fFiscal || f == fOther || f == fBudgetItem || f == fProjectTotal
}

func joinLabel(a, b string) string {
	if a == "" {
		return b
	}
	return labelText(a) + "/" + b
}
