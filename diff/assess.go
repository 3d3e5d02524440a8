package diff

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
)

// Assess classifies the change of an indicator's value from o to n:
// Tightened (a harder target: a higher floor, a lower ceiling, an earlier
// deadline), Loosened, RolledForward (a deadline that moved exactly with the
// budget year), or Changed (not comparable: another kind or unit,
// qualitative targets). Exact targets ("=") count higher as harder, except for cost and
// time indicators, where lower is harder.
func Assess(o, n *model.Indicator, oldYear, newYear int) Assessment {
	a, b := o.Value, n.Value
	if a.Kind != b.Kind {
		return Changed
	}
	switch a.Kind {
	case model.KindQuantity:
		if a.Base == nil || b.Base == nil || a.Base.Unit != b.Base.Unit || a.Direction != b.Direction {
			return Changed // (提高1个百分点 → 下降1个百分点: no harder or easier)
		}
		x, e1 := decimal.NewFromString(a.Base.Number)
		y, e2 := decimal.NewFromString(b.Base.Number)
		if e1 != nil || e2 != nil {
			return Changed
		}
		cmp := y.Cmp(x)
		switch {
		case a.Op.IsFloor() && b.Op.IsFloor():
			if cmp == 0 {
				return opStrictness(a.Op, b.Op, true)
			}
			return higherIsHarder(cmp)
		case a.Op.IsCeiling() && b.Op.IsCeiling():
			if cmp == 0 {
				return opStrictness(a.Op, b.Op, false)
			}
			return higherIsHarder(-cmp)
		case a.Op == model.OpEq && b.Op == model.OpEq:
			if cmp == 0 {
				return Changed
			}
			if lowerIsBetter(n) {
				return higherIsHarder(-cmp)
			}
			return higherIsHarder(cmp)
		}
		return Changed
	case model.KindDeadline:
		da, ea := parseDate(a.Date)
		db, eb := parseDate(b.Date)
		if !ea || !eb {
			return Changed
		}
		// compare relative to each filing's year: 2024年底 in the 2025
		// filing and 2025年底 in the 2026 one are the same target
		if oldYear != 0 && newYear != 0 && oldYear != newYear {
			da = da.AddDate(newYear-oldYear, 0, 0)
		}
		switch {
		case db.Before(da):
			return Tightened
		case db.After(da):
			return Loosened
		case a.Date != b.Date:
			return RolledForward
		}
		return Changed
	}
	return Changed
}

func higherIsHarder(cmp int) Assessment {
	if cmp > 0 {
		return Tightened
	}
	return Loosened
}

// opStrictness compares ops with the same number: ">" is harder than ">=",
// "<" harder than "<=".
func opStrictness(a, b model.Op, floor bool) Assessment {
	if a == b {
		return Changed
	}
	strict := model.OpGT
	if !floor {
		strict = model.OpLT
	}
	if b == strict {
		return Tightened
	}
	return Loosened
}

// lowerIsBetter tells cost and time indicators, where a lower exact target
// is the harder one.
func lowerIsBetter(ind *model.Indicator) bool {
	return ind.IsCost() || ind.IsTimeliness()
}

func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// Equivalent reports whether two values state the same target in other
// words: quantities or ranges with the same comparator and the same amount
// in base units (≤3万元 and ≤30000元). Such values are not a change.
func Equivalent(a, b model.Value) bool {
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case model.KindQuantity:
		return a.Op == b.Op && a.Direction == b.Direction && sameQuantity(a.Base, b.Base)
	case model.KindRange:
		return sameQuantity(a.Base, b.Base) && sameQuantity(a.BaseMax, b.BaseMax)
	}
	return false
}

func sameQuantity(a, b *model.Quantity) bool {
	if a == nil || b == nil || a.Unit != b.Unit {
		return false
	}
	return decimalEqual(&a.Number, &b.Number)
}
