package audit

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

var hundred = decimal.NewFromInt(100)

func dec(s *string) (decimal.Decimal, bool) {
	if s == nil {
		return decimal.Zero, false
	}
	d, err := decimal.NewFromString(*s)
	return d, err == nil
}

// budgetYuan is the project's total budget in 元.
func budgetYuan(p *model.Project) (decimal.Decimal, bool) {
	t, ok := dec(p.Budget.Total)
	if !ok {
		return t, false
	}
	f, ok := normalize.YuanFactor(p.MoneyUnit)
	if !ok {
		return t, false
	}
	return t.Mul(decimal.NewFromInt(f)), true
}

// baseNumber returns the value's base number and unit for a quantity.
func baseNumber(v *model.Value) (decimal.Decimal, string, bool) {
	if v.Kind != model.KindQuantity || v.Base == nil {
		return decimal.Zero, "", false
	}
	d, err := decimal.NewFromString(v.Base.Number)
	return d, v.Base.Unit, err == nil
}

// fmtIn writes an amount given in 元 in the project's money unit.
func fmtIn(yuan decimal.Decimal, unit string) string {
	if f, ok := normalize.YuanFactor(unit); ok && f != 1 {
		return yuan.Div(decimal.NewFromInt(f)).String() + unit
	}
	return yuan.String() + "元"
}

// show is an amount as written with its unit, or "(blank)" (Chinese
// "（空）").
func show(s *string, unit string) any {
	if s == nil {
		return phrase("blank")
	}
	return *s + unit
}

// perWord is "per-head" (人均) for a cost per 人 or 人次, "per-household"
// (户均) for one per 户.
func perWord(per string) Phrase {
	if per == "户" {
		return phrase("per-house")
	}
	return phrase("per-head")
}

// fixed writes d with as many decimals as the most precise of the amounts
// it was computed from, as they were written (10.00 + 1.00 is 11.00).
func fixed(d decimal.Decimal, from ...*string) string {
	places := int32(0)
	for _, s := range from {
		if s == nil {
			continue
		}
		if _, frac, ok := strings.Cut(*s, "."); ok && int32(len(frac)) > places {
			places = int32(len(frac))
		}
	}
	return d.StringFixed(places)
}

// diffOver reports whether a and b differ by more than tol relative to b.
func diffOver(a, b, tol decimal.Decimal) bool {
	d := a.Sub(b).Abs()
	if tol.IsZero() {
		return !d.IsZero()
	}
	return d.GreaterThan(b.Abs().Mul(tol))
}

// headFamily folds units that count the same thing: 名 counts 人.
func headFamily(unit string) string {
	if unit == "名" {
		return "人"
	}
	return unit
}

// perHeadWords are the name markers of a per-head amount written without a
// rate unit (人均培训成本 ≤72元 is ≤72元/人), longest first.
var perHeadWords = []struct{ word, per string }{
	{"每人次", "人次"}, {"人次均", "人次"}, {"人平均", "人"},
	{"人均", "人"}, {"生均", "人"}, {"每人", "人"}, {"每名", "人"}, {"每生", "人"},
	{"户均", "户"}, {"每户", "户"},
}

// unitCost reads a cost per unit of volume: a rate in 元 per one unit
// (元/人, 元/人次, 元/亩: the amount and "人", "人次", "亩"), or a money
// amount on a cost indicator whose name says per head (人均, 生均, 户均,
// 每人 …). Ceilings and exact amounts only: a floor is no cost.
func unitCost(ind *model.Indicator) (amount decimal.Decimal, per string, ok bool) {
	n, u, ok := baseNumber(&ind.Value)
	if !ok || ind.Value.Op.IsFloor() {
		return decimal.Zero, "", false
	}
	if rest, isRate := strings.CutPrefix(u, "元/"); isRate && rest != "" && !strings.Contains(rest, "/") {
		return n, headFamily(rest), true
	}
	if u != "元" || !ind.IsCost() {
		return decimal.Zero, "", false
	}
	for _, w := range perHeadWords {
		if strings.Contains(ind.Name, w.word) {
			return n, w.per, true
		}
	}
	return decimal.Zero, "", false
}

// volume finds the planned quantity a unit cost applies to: a count in the
// unit's family (=, ≥ or >) on an indicator that is no cost, preferring
// 产出/数量指标, then the name most like the cost's. It returns nil when
// there is none.
func volume(p *model.Project, cost *model.Indicator, per string) (*model.Indicator, decimal.Decimal) {
	var best *model.Indicator
	var bestN decimal.Decimal
	bestScore := -1
	for i := range p.Indicators {
		q := &p.Indicators[i]
		n, u, ok := baseNumber(&q.Value)
		if !ok || q == cost || q.IsCost() || headFamily(u) != per || q.Value.Op.IsCeiling() {
			continue
		}
		score := sharedBigrams(q.Name, cost.Name)
		if q.IsQuantity() {
			score += 1000
		}
		if score > bestScore {
			best, bestN, bestScore = q, n, score
		}
	}
	return best, bestN
}

// sharedBigrams counts the character pairs of a that also occur in b.
func sharedBigrams(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	in := map[[2]rune]bool{}
	for i := 0; i+1 < len(rb); i++ {
		in[[2]rune{rb[i], rb[i+1]}] = true
	}
	n := 0
	for i := 0; i+1 < len(ra); i++ {
		if in[[2]rune{ra[i], ra[i+1]}] {
			n++
		}
	}
	return n
}

// isRate reports whether a quantity is a percentage (a rate, a share).
func isRate(v *model.Value) bool {
	_, u, ok := baseNumber(v)
	return ok && u == "%"
}

// eachIndicator collects what check finds on each indicator of p.
func eachIndicator(p *model.Project, check func(ind *model.Indicator) []Finding) []Finding {
	var out []Finding
	for i := range p.Indicators {
		out = append(out, check(&p.Indicators[i])...)
	}
	return out
}
