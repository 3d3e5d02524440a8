package diff

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
)

func compareProjects(op, np *model.Project, oldYear, newYear, shift int) []Change {
	ch := []Change{}
	budget := func(field string, a, b *string) {
		if !decimalEqual(a, b) {
			ch = append(ch, Change{Field: field, Old: a, New: b})
		}
	}
	budget("budget.total", op.Budget.Total, np.Budget.Total)
	budget("budget.fiscal", op.Budget.Fiscal, np.Budget.Fiscal)
	budget("budget.other", op.Budget.Other, np.Budget.Other)
	if !sameModuloYear(op.Purpose, np.Purpose, shift) {
		ch = append(ch, Change{Field: "purpose", Old: strp(op.Purpose), New: strp(np.Purpose)})
	}
	if !sameGoals(op.Goals, np.Goals, shift) {
		ch = append(ch, Change{Field: "goals", Old: strp(strings.Join(op.Goals, "\n")), New: strp(strings.Join(np.Goals, "\n"))})
	}
	ch = append(ch, compareSpending(op, np)...)
	ch = append(ch, compareIndicators(op, np, oldYear, newYear, shift)...)
	return ch
}

func decimalEqual(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	x, e1 := decimal.NewFromString(*a)
	y, e2 := decimal.NewFromString(*b)
	if e1 != nil || e2 != nil {
		return *a == *b
	}
	return x.Equal(y)
}

func sameGoals(a, b []string, shift int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameModuloYear(a[i], b[i], shift) {
			return false
		}
	}
	return true
}

// sameModuloYear reports whether a and b are equal once every year of a is
// moved by shift (so "2025年工作计划" and "2026年工作计划" are the same text a
// year later).
func sameModuloYear(a, b string, shift int) bool {
	if a == b {
		return true
	}
	return shift != 0 && shiftYears(a, shift) == b
}

// shiftYears adds shift to every four-digit plausible year (model.PlausibleYear) in s.
func shiftYears(s string, shift int) string {
	var out strings.Builder
	i := 0
	for i < len(s) {
		if i+4 <= len(s) && isDigit4(s[i:i+4]) && (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			y := int(s[i]-'0')*1000 + int(s[i+1]-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0')
			if model.PlausibleYear(y) {
				y += shift
				out.WriteString(itoa4(y))
				i += 4
				continue
			}
		}
		out.WriteByte(s[i])
		i++
	}
	return out.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDigit4(s string) bool {
	for i := 0; i < 4; i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func itoa4(y int) string {
	return string([]byte{byte('0' + y/1000%10), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)})
}

func compareSpending(op, np *model.Project) []Change {
	var ch []Change
	oldBy := map[string]*string{}
	for _, pt := range op.SpendingPlan.Points {
		oldBy[pt.Period] = pt.Value
	}
	seen := map[string]bool{}
	for _, pt := range np.SpendingPlan.Points {
		seen[pt.Period] = true
		ov, ok := oldBy[pt.Period]
		if !ok || !decimalEqual(ov, pt.Value) {
			ch = append(ch, Change{Field: "spending_plan." + pt.Period, Old: ov, New: pt.Value})
		}
	}
	for _, pt := range op.SpendingPlan.Points {
		if !seen[pt.Period] {
			ch = append(ch, Change{Field: "spending_plan." + pt.Period, Old: pt.Value})
		}
	}
	return ch
}
