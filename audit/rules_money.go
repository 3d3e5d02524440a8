package audit

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
)

// Rules about the budget, the spending plan and the cost indicators.

func checkBudgetSum(c *Context, p *model.Project) []Finding {
	total, ok := dec(p.Budget.Total)
	fiscal, okF := dec(p.Budget.Fiscal)
	other, okO := dec(p.Budget.Other)
	if !ok || (!okF && !okO) {
		return nil
	}
	if sum := fiscal.Add(other); diffOver(sum, total, c.Config.Tolerance) {
		return []Finding{c.Say(p, nil, "", *p.Budget.Total, p.MoneyUnit, show(p.Budget.Fiscal, p.MoneyUnit), show(p.Budget.Other, p.MoneyUnit), fixed(sum, p.Budget.Fiscal, p.Budget.Other))}
	}
	return nil
}

func checkBudgetMissing(c *Context, p *model.Project) []Finding {
	if p.Budget.Total == nil {
		return []Finding{c.Say(p, nil, "")}
	}
	return nil
}

func checkPlanDecreasing(c *Context, p *model.Project) []Finding {
	var out []Finding
	var prev decimal.Decimal
	prevRaw, prevPeriod := "", ""
	for _, pt := range p.SpendingPlan.Points {
		v, ok := dec(pt.Value)
		if !ok {
			continue
		}
		if prevPeriod != "" && v.LessThan(prev) {
			out = append(out, c.Say(p, nil, "", prevRaw, prevPeriod, *pt.Value, pt.Period, p.SpendingPlan.Unit))
		}
		prev, prevRaw, prevPeriod = v, *pt.Value, pt.Period
	}
	return out
}

// checkPlanEnd judges the plan from its values and the budget, whatever
// its label says: a plan ends at the budget (amounts) or at 100 (percent).
// One that ends at neither is reported in the unit its last value is
// nearer to: amounts in the money unit, unless the values were shown to
// be percentages (a % sign) or lie nearer 100 than the budget.
func checkPlanEnd(c *Context, p *model.Project) []Finding {
	pts := p.SpendingPlan.Points
	if len(pts) == 0 {
		return nil
	}
	last := pts[len(pts)-1]
	v, ok := dec(last.Value)
	if !ok {
		return []Finding{c.Say(p, nil, "blank", last.Period)}
	}
	total, hasTotal := dec(p.Budget.Total)
	if hasTotal && !diffOver(v, total, c.Config.Tolerance) {
		return nil
	}
	if v.Equal(hundred) && planMax(pts).LessThanOrEqual(hundred) {
		return nil // a percentage plan that spends it all
	}
	sp := p.SpendingPlan
	percent := sp.Unit == "%" && (!sp.LabelSaysPercent() || !hasTotal || nearer(v, hundred, total))
	if percent {
		return []Finding{c.Say(p, nil, "percent", *last.Value, last.Period)}
	}
	if !hasTotal {
		return nil // BUDGET-MISSING says so
	}
	return []Finding{c.Say(p, nil, "amount", *last.Value, p.MoneyUnit, last.Period, *p.Budget.Total)}
}

func planMax(pts []model.SpendingPoint) decimal.Decimal {
	m := decimal.Zero
	for _, pt := range pts {
		if v, ok := dec(pt.Value); ok && v.GreaterThan(m) {
			m = v
		}
	}
	return m
}

// nearer reports whether v is nearer a than b as a ratio (8.78 is nearer
// a budget of 7.02 than 100).
func nearer(v, a, b decimal.Decimal) bool {
	ratio := func(x, y decimal.Decimal) decimal.Decimal {
		if !x.IsPositive() || !y.IsPositive() {
			return decimal.NewFromInt(1 << 30)
		}
		if x.LessThan(y) {
			x, y = y, x
		}
		return x.Div(y)
	}
	return ratio(v, a).LessThan(ratio(v, b))
}

func checkPlanLabel(c *Context, p *model.Project) []Finding {
	sp := p.SpendingPlan
	if sp.LabelSaysPercent() && sp.Unit != "%" && sp.Unit != "" {
		return []Finding{c.Say(p, nil, "", sp.Label, sp.Unit)}
	}
	return nil
}

func checkCostOverBudget(c *Context, p *model.Project) []Finding {
	budget, ok := budgetYuan(p)
	if !ok {
		return nil
	}
	return eachIndicator(p, func(ind *model.Indicator) []Finding {
		n, unit, ok := baseNumber(&ind.Value)
		if !ok || unit != "元" || !ind.IsCost() || ind.Value.Op.IsFloor() || !n.GreaterThan(budget) {
			return nil
		}
		if perHeadIsBudget(p, ind, budget) {
			return nil // PER-HEAD-IS-BUDGET says so
		}
		return []Finding{c.Say(p, ind, "", ind.Value.Raw, fmtIn(budget, p.MoneyUnit))}
	})
}

// checkCostNoAmount: a cost indicator says what the money buys at what
// price; 按标准发放, a date or text says neither (VALUE-UNTYPED leaves cost
// indicators to this rule).
func checkCostNoAmount(c *Context, p *model.Project) []Finding {
	return eachIndicator(p, func(ind *model.Indicator) []Finding {
		switch ind.Value.Kind {
		case model.KindQualitative, model.KindDeadline, model.KindText:
			if ind.IsCost() {
				return []Finding{c.Say(p, ind, "", ind.Value.Raw)}
			}
		}
		return nil
	})
}

func checkUnitCostOverBudget(c *Context, p *model.Project) []Finding {
	budget, ok := budgetYuan(p)
	if !ok {
		return nil
	}
	var out []Finding
	for i := range p.Indicators {
		rate := &p.Indicators[i]
		rn, per, ok := unitCost(rate)
		if !ok || rn.GreaterThanOrEqual(budget) {
			continue // the rate alone reaches the budget: PER-HEAD-IS-BUDGET or COST-OVER-BUDGET
		}
		q, qn := volume(p, rate, per)
		if q == nil {
			continue
		}
		if total := rn.Mul(qn); total.GreaterThan(budget) {
			out = append(out, c.Say(p, rate, "",
				rate.Value.Raw, q.Value.Raw, q.Name, fmtIn(total, p.MoneyUnit), fmtIn(budget, p.MoneyUnit)))
		}
	}
	return out
}

// underBudgetShare is the share of the budget below which the planned
// volumes at their unit costs leave the budget unexplained.
var underBudgetShare = decimal.RequireFromString("0.5")

// checkUnitCostUnderBudget adds up what the cost indicators say the money
// buys — unit costs times their volumes, plus plain amounts — when every
// cost indicator can be counted and one at least is a unit cost; a total
// under half the budget leaves the money unexplained (a rate written per
// month, an understated volume).
func checkUnitCostUnderBudget(c *Context, p *model.Project) []Finding {
	budget, ok := budgetYuan(p)
	if !ok || !budget.IsPositive() {
		return nil
	}
	total, units, terms := decimal.Zero, 0, []string{}
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		if !ind.IsCost() {
			continue
		}
		if rn, per, ok := unitCost(ind); ok {
			q, qn := volume(p, ind, per)
			if q == nil {
				return nil
			}
			total = total.Add(rn.Mul(qn))
			terms = append(terms, ind.Value.Raw+" × "+q.Value.Raw)
			units++
			continue
		}
		n, u, ok := baseNumber(&ind.Value)
		if !ok || u != "元" {
			return nil
		}
		total = total.Add(n)
		terms = append(terms, ind.Value.Raw)
	}
	if units == 0 || total.GreaterThanOrEqual(budget.Mul(underBudgetShare)) {
		return nil
	}
	share := total.Mul(hundred).Div(budget).Round(0)
	return []Finding{c.Say(p, nil, "",
		fmtIn(total, p.MoneyUnit), strings.Join(terms, " + "), share, fmtIn(budget, p.MoneyUnit))}
}

func checkPerHeadIsBudget(c *Context, p *model.Project) []Finding {
	budget, ok := budgetYuan(p)
	if !ok {
		return nil
	}
	var out []Finding
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		if !perHeadIsBudget(p, ind, budget) {
			continue
		}
		_, per, _ := unitCost(ind)
		heads := headCount(p, per)
		out = append(out, c.Say(p, ind, "", perWord(per), ind.Value.Raw, fmtIn(budget, p.MoneyUnit), heads, per))
	}
	return out
}

// perHeadIsBudget reports whether ind is a cost per head (per 人, 户 or
// 人次) at least as large as the whole budget while more than one head is
// planned.
func perHeadIsBudget(p *model.Project, ind *model.Indicator, budget decimal.Decimal) bool {
	n, per, ok := unitCost(ind)
	if !ok || (per != "人" && per != "户" && per != "人次") || n.LessThan(budget) {
		return false
	}
	return headCount(p, per).GreaterThan(decimal.NewFromInt(1))
}

// headCount is the largest count in the unit family per among the
// project's indicators.
func headCount(p *model.Project, per string) decimal.Decimal {
	heads := decimal.Zero
	for i := range p.Indicators {
		if n, u, ok := baseNumber(&p.Indicators[i].Value); ok && headFamily(u) == per && n.GreaterThan(heads) {
			heads = n
		}
	}
	return heads
}
