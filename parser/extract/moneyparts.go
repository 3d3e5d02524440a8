package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// totalOverParts reads the amount that ends a row of a project's header
// block, after a label no vocabulary holds, as the budget's total where
// the rows right under it list its parts, the first opened by 其中
// (其中：省级补助 | 120, 其他 | ), and their amounts add up to it: the amount
// 其中 divides is the whole, whatever its label says. The label, or a
// label left of it in the row, names a money unit (资金金额（万元） |
// 下拨数（万元） | 120; 资金情况（万元） | 本年安排 | 35), or is of money
// words where the amount or a unit line over the table names it (资金金额
// | 下拨数 | 120万元; a cell may hold the label and the amount:
// labelAmountCell), and no total has
// been read, and no row after the parts or right above the row (past its
// parts) writes another amount under a label no vocabulary holds
// (第二批下达 | 80: the whole one of several).
// It returns the index of the amount, or -1.
func (e *extractor) totalOverParts(row []layout.Cell, i int) int {
	if e.cur == nil || e.cur.Budget.Total != nil {
		return -1
	}
	a := nextFilled(row, i)
	if a < 0 || nextFilled(row, a) >= 0 {
		return -1 // no amount, or more than the amount after the label
	}
	if !e.wholeOverParts(row, i, layout.Clean(row[i].Text), row[a].Text) {
		return -1
	}
	return a
}

// wholeOverParts tells whether amount, written after label (the text of
// cell i, or its label part when the cell holds both), is a whole over the
// parts in the rows right under row, as totalOverParts reads it.
func (e *extractor) wholeOverParts(row []layout.Cell, i int, label, amount string) bool {
	whole, withUnit, ok := unitAmount(amount)
	if !ok || whole.Sign() <= 0 {
		return false
	}
	text := func(k int) string {
		if k == i {
			return label
		}
		return layout.Clean(row[k].Text)
	}
	named := false
	for k := 0; k <= i && !named; k++ {
		named = !row[k].Merged && moneyUnitIn(e.lx.key(text(k))) != ""
	}
	for k := 0; k <= i && !named && (withUnit || e.ps.lineUnit); k++ {
		// the unit in the amount (120万元) or a unit line over the table
		// (单位：万元), the label or one left of it of money words (资金金额)
		named = !row[k].Merged && moneyWords(e.lx.key(text(k)))
	}
	if !named || e.wholeAbove() {
		return false
	}
	sum, parts := decimal.Zero, 0
	for _, r := range e.rest {
		l := firstFilled(r)
		if l < 0 {
			break
		}
		key := e.lx.key(layout.Clean(r[l].Text))
		if f, _, ok := e.lx.lookupLabel(key); !ok || f != fFiscal && f != fOther && f != fBudgetItem {
			if parts > 0 && e.wholeRow(r) {
				return false // another whole after the parts (第二批下达 | 80): the first is one of several
			}
			break
		}
		if parts == 0 && !strings.HasPrefix(key, "其中") {
			return false // parts not opened by 其中: a list of amounts, not the whole's
		}
		if x := nextFilled(r, l); x >= 0 {
			d, _, ok := unitAmount(r[x].Text)
			if !ok || nextFilled(r, x) >= 0 {
				return false
			}
			sum = sum.Add(d)
		}
		parts++
	}
	return parts > 0 && sum.Equal(whole)
}

// labelAmountCell splits a cell that holds a label no vocabulary holds
// and an amount after a colon (年底金额：120万元), the last filled cell of
// its row: the label and the amount, for wholeOverParts.
func (e *extractor) labelAmountCell(row []layout.Cell, i int) (label, amount string, ok bool) {
	if nextFilled(row, i) >= 0 {
		return "", "", false
	}
	label, amount, ok = strings.Cut(strings.ReplaceAll(layout.Clean(row[i].Text), ":", "："), "：")
	if !ok || label == "" || utf8.RuneCountInString(label) > 20 || strings.ContainsAny(label, "0123456789") {
		return "", "", false
	}
	if _, _, known := e.lx.lookupLabel(e.lx.key(label)); known {
		return "", "", false
	}
	_, _, ok = unitAmount(amount)
	return label, layout.Clean(amount), ok
}

// wholeAbove tells whether the nearest row above this one that lists no
// part (其中：…, 其他资金) writes an amount under a label no vocabulary
// holds (上级下达（万元） | 120 above 本级安排（万元） | 80): this row's amount
// is then one of several wholes, not the budget's.
func (e *extractor) wholeAbove() bool {
	for i := len(e.above) - 1; i >= 0; i-- {
		r := e.above[i]
		l := lastLabel(r)
		if l < 0 {
			return false
		}
		if f, _, ok := e.lx.lookupLabel(e.lx.key(layout.Clean(r[l].Text))); ok && (f == fFiscal || f == fOther || f == fBudgetItem) {
			continue
		}
		return e.wholeRow(r)
	}
	return false
}

// wholeRow tells a row that ends with an amount after a label no
// vocabulary holds (第二批下达 | 80).
func (e *extractor) wholeRow(r []layout.Cell) bool {
	l := lastLabel(r)
	if l < 0 {
		return false
	}
	_, _, ok := e.lx.lookupLabel(e.lx.key(layout.Clean(r[l].Text)))
	return !ok && soleAmountAfter(r, l)
}

// lastLabel is the index of row's last filled cell that is no amount
// (资金情况 | 上级下达（万元） | 120: 上级下达（万元）), or -1.
func lastLabel(row []layout.Cell) int {
	for k := len(row) - 1; k >= 0; k-- {
		if row[k].Merged {
			continue
		}
		if s := layout.Clean(row[k].Text); s != "" {
			if _, _, ok := unitAmount(s); !ok {
				return k
			}
		}
	}
	return -1
}

// soleAmountAfter tells a row whose one filled cell after index l is an
// amount (第二批下达 | 80).
func soleAmountAfter(row []layout.Cell, l int) bool {
	x := nextFilled(row, l)
	if x < 0 || nextFilled(row, x) >= 0 {
		return false
	}
	_, _, ok := unitAmount(row[x].Text)
	return ok
}

// unitAmount reads a cell that holds an amount alone, bare or with its
// money unit after it (120, 120万元, 1,200 元): its value, whether a unit
// was written, and whether the cell is such an amount.
func unitAmount(s string) (d decimal.Decimal, withUnit, ok bool) {
	s = normalize.DropThousands(layout.Clean(s))
	if !amountWithUnit(s) {
		return decimal.Decimal{}, false, false
	}
	n := decimalPrefix(s)
	d, ok = smallDecimal(s[:n])
	return d, n < len(s), ok
}

// moneyWords tells a short label of money words (资金金额, 资金情况,
// 预算收支): what moneyCaptionUnit asks of a caption, its unit aside.
func moneyWords(key string) bool {
	if n := utf8.RuneCountInString(key); n < 2 || n > 12 {
		return false
	}
	for _, w := range []string{"资金", "预算", "收支", "金额"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// nextFilled is the index of the first filled cell of row after i, or -1.
func nextFilled(row []layout.Cell, i int) int {
	for k := i + 1; k < len(row); k++ {
		if !row[k].Merged && layout.Clean(row[k].Text) != "" {
			return k
		}
	}
	return -1
}
