package extract

// amountline.go: a paragraph that gives a budget label and its amount
// (年度资金总额：35万元) between or above the tables, kept until the table
// it belongs to shows whether its parts add up to it.

import (
	"strings"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/shopspring/decimal"
)

// lineAmount is an amount written in a line of a form's heading, kept
// until the project's tables are read.
type lineAmount struct {
	text, label, val, unit string
	pos                    model.Pos
}

// amountLine keeps a line between a project's title and its first table
// that writes the budget in the form's heading ("金额:100 万元" beside
// 填报单位(公章) above a 申报表 with no money row): a budget label (one the
// header reads as the year's total, or a bare year amount word: 金额, 预算数)
// and a number with at most a money unit after it. settleAmountLine decides
// when the project's tables have been read.
func (e *extractor) amountLine(text string, pos model.Pos) bool {
	if e.ps.rows != 0 || e.ps.amountLine != nil {
		return false
	}
	a := e.lx.readAmountLine(text, pos)
	e.ps.amountLine = a
	return a != nil
}

// readAmountLine reads a line of a budget label and its amount alone
// (金额:100 万元, 年度资金总额：35万元), nil when text is none.
func (lx *lexicon) readAmountLine(text string, pos model.Pos) *lineAmount {
	label, val, ok := strings.Cut(strings.ReplaceAll(text, ":", "："), "：")
	if !ok {
		return nil
	}
	if l, ok := strings.CutSuffix(strings.TrimSpace(label), ")"); ok && !strings.ContainsAny(l, "(（") {
		label = l // a stray closing bracket before the colon (年度预算资金总额): 1084.25): no bracket opened
	} else if l, ok := strings.CutSuffix(strings.TrimSpace(label), "）"); ok && !strings.ContainsAny(l, "(（") {
		label = l
	}
	key := lx.key(label)
	if f, _, ok := lx.lookupLabel(key); !(ok && f == fTotal) && !lx.yearAmountWords[key] {
		return nil
	}
	val = normalize.DropThousands(layout.Clean(val))
	if !amountWithUnit(val) {
		return nil // no amount, or words after it (100万元(含上年结转))
	}
	n := decimalPrefix(val)
	unit := strings.TrimLeftFunc(val[n:], isSpace)
	if unit == "万" {
		unit = "万元"
	}
	return &lineAmount{text: text, label: label, val: val[:n] + unit, unit: unit, pos: pos}
}

// settleAmountLine reads a heading's amount line as the budget when a
// table followed it, the tables read no total of their own, no amount or
// only parts that add up to the line's (资金总额：171.41万元 over 项目支出 |
// 60.8 and 基本支出 | 110.61), and name no other money unit; otherwise the
// line is unrecognized (with a warning when its unit differs from the
// table's).
func (e *extractor) settleAmountLine() {
	a, p := e.ps.amountLine, e.cur
	if a == nil {
		return
	}
	e.ps.amountLine = nil
	b := p.Budget
	parts := b.Fiscal != nil || b.Other != nil || len(b.Items) > 0
	switch {
	case e.ps.rows == 0 || b.Total != nil || parts && !partsAddUpTo(b, a.val[:decimalPrefix(a.val)]):
		e.unrecognized(a.text, a.pos)
	case a.unit != "" && p.MoneyUnit != "" && a.unit != p.MoneyUnit:
		e.warn(a.pos, diag.AmountOtherUnit, a.text, a.unit, p.MoneyUnit)
		e.unrecognized(a.text, a.pos)
	default:
		e.setAmount(fTotal, a.label, a.val, a.pos)
	}
}

// partsAddUpTo tells whether a budget's parts add up to total: its fiscal
// and other amounts when it has either, else its items, every one an
// amount.
func partsAddUpTo(b model.Budget, total string) bool {
	want, err := decimal.NewFromString(total)
	if err != nil {
		return false
	}
	var texts []string
	switch {
	case b.Fiscal != nil || b.Other != nil:
		for _, x := range []*string{b.Fiscal, b.Other} {
			if x != nil {
				texts = append(texts, *x)
			}
		}
	default:
		for _, it := range b.Items {
			texts = append(texts, it.Text)
		}
	}
	sum := decimal.Zero
	for _, t := range texts {
		t = normalize.DropThousands(layout.Clean(t))
		d, err := decimal.NewFromString(t)
		if err != nil {
			return false
		}
		sum = sum.Add(d)
	}
	return len(texts) > 0 && sum.Equal(want)
}
