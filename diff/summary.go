package diff

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

// IndicatorCounts count the indicator changes of the matched projects, as
// the text and HTML reports' summary line does: value changes by their
// assessment, and indicators added or dropped.
type IndicatorCounts struct {
	Tightened     int `json:"tightened"`
	Loosened      int `json:"loosened"`
	Changed       int `json:"changed"` // not comparable: other unit, other kind
	RolledForward int `json:"rolled_forward"`
	Added         int `json:"added"`
	Dropped       int `json:"dropped"`
}

// BudgetTotals are the sums of the projects' budget totals of each side,
// in one money unit (the one most of OLD's projects use; NEW restated in
// it), and the change: what the reports' summary shows. A side none of
// whose totals could be read is null, and so is the change then.
type BudgetTotals struct {
	Unit string  `json:"unit"`
	Old  *string `json:"old"`
	New  *string `json:"new"`
	// Change is NEW − OLD; ChangePercent is that in percent of OLD, to
	// one decimal (null when OLD is zero).
	Change        *string `json:"change"`
	ChangePercent *string `json:"change_percent"`
}

// count adds one change to the counts.
func (c *IndicatorCounts) count(ch Change) {
	switch {
	case ch.Field == "indicator" && ch.Status == Added:
		c.Added++
	case ch.Field == "indicator" && ch.Status == Removed:
		c.Dropped++
	case ch.Assessment == Tightened:
		c.Tightened++
	case ch.Assessment == Loosened:
		c.Loosened++
	case ch.Assessment == Changed:
		c.Changed++
	case ch.Assessment == RolledForward:
		c.RolledForward++
	}
}

// money is an amount in a unit; ok is false when it could not be read.
type money struct {
	amount decimal.Decimal
	unit   string
	ok     bool
}

// moneyUnit is a project's money unit, 万元 when the filing names none
// (the unit of every template seen).
func moneyUnit(p *model.Project) string {
	if p.MoneyUnit == "" {
		return "万元"
	}
	return p.MoneyUnit
}

func projectTotal(p *model.Project) money {
	m := money{unit: moneyUnit(p)}
	if p.Budget.Total == nil {
		return m
	}
	d, err := decimal.NewFromString(strings.TrimSpace(*p.Budget.Total))
	m.amount, m.ok = d, err == nil
	return m
}

// convert restates m in unit when both are money units it knows.
func convert(m money, unit string) money {
	from, ok1 := normalize.YuanFactor(m.unit)
	to, ok2 := normalize.YuanFactor(unit)
	if !ok1 || !ok2 || !m.ok {
		return m
	}
	return money{amount: m.amount.Mul(decimal.NewFromInt(from)).Div(decimal.NewFromInt(to)), unit: unit, ok: true}
}

// majorityUnit is the money unit most of ps use (ties: the smaller name).
func majorityUnit(ps []*model.Project) string {
	units := map[string]int{}
	for _, p := range ps {
		units[moneyUnit(p)]++
	}
	unit, best := "万元", 0
	for u, n := range units {
		if n > best || (n == best && u < unit) {
			unit, best = u, n
		}
	}
	return unit
}

// sumIn adds the projects' totals in unit.
func sumIn(ps []*model.Project, unit string) money {
	sum := money{unit: unit}
	for _, p := range ps {
		if m := convert(projectTotal(p), unit); m.ok && m.unit == unit {
			sum.amount, sum.ok = sum.amount.Add(m.amount), true
		}
	}
	return sum
}

func (m money) text() *string {
	if !m.ok {
		return nil
	}
	s := m.amount.StringFixed(2)
	return &s
}

// budgetTotals sums both sides' budgets in OLD's majority unit.
func budgetTotals(olds, news []*model.Project) *BudgetTotals {
	unit := majorityUnit(olds)
	if len(olds) == 0 {
		unit = majorityUnit(news)
	}
	o, n := sumIn(olds, unit), sumIn(news, unit)
	b := &BudgetTotals{Unit: unit, Old: o.text(), New: n.text()}
	if o.ok && n.ok {
		d := n.amount.Sub(o.amount)
		b.Change = money{amount: d, ok: true}.text()
		if !o.amount.IsZero() {
			p := d.Mul(decimal.NewFromInt(100)).Div(o.amount).StringFixed(1)
			b.ChangePercent = &p
		}
	}
	return b
}

// unitsOf sets the unit of a budget or spending-plan change: the money
// unit of the projects (OldUnit too when OLD's differs), the plan's unit
// ("%" or money) for the spending plan.
func unitsOf(ch *Change, op, np *model.Project) {
	switch {
	case strings.HasPrefix(ch.Field, "budget."):
		ch.Unit = moneyUnit(np)
		if u := moneyUnit(op); u != ch.Unit {
			ch.OldUnit = u
		}
	case strings.HasPrefix(ch.Field, "spending_plan."):
		ch.Unit = np.SpendingPlan.Unit
		if u := op.SpendingPlan.Unit; u != ch.Unit && u != "" {
			ch.OldUnit = u
		}
	}
}
