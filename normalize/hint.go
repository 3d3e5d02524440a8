package normalize

import (
	"strings"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
)

// Templates put the unit, and sometimes the comparator, in the indicator's
// name and leave a bare number in the value cell: 苗木成活率(≥**%) | 85,
// 实施营造林总面积(亩) | 80000, 受益建档立卡贫困人口数≥**人. nameHint reads that
// hint so that such a value is typed with its unit.

// nameHint returns the comparator (empty when the name gives none) and the
// unit a name ends with: in parentheses, "(≥**%)", "（亩）", "( ≥**个 )", or
// after a placeholder, "≥**人".
func nameHint(name string) (model.Op, unitHint, bool) {
	t, _ := fold(name)
	if t == "" {
		return "", unitHint{}, false
	}
	var inner string
	placeholder := false
	if strings.HasSuffix(t, ")") {
		i := strings.LastIndexByte(t, '(')
		if i < 0 {
			return "", unitHint{}, false
		}
		inner = t[i+1 : len(t)-1]
	} else {
		// "数≥**人": a comparator and a placeholder before the unit
		i := strings.LastIndex(t, "**")
		if i < 0 {
			return "", unitHint{}, false
		}
		j := i
		for j > 0 && strings.ContainsRune("≥≤<>=", rune(t[j-1])) {
			j--
		}
		if k := strings.LastIndexAny(t[:i], "≥≤"); k >= 0 && k+len("≥") == i {
			j = k
		}
		inner, placeholder = t[j:], true
	}
	op, n := longestOp(signOpTable, inner)
	rest := inner[n:]
	stars := strings.TrimLeft(rest, "*xX")
	placeholder = placeholder || len(stars) < len(rest)
	if op != "" && !placeholder {
		return "", unitHint{}, false // "(≥95%)": a target written in the name, not a hint
	}
	unit, scale, scaleText, size := unitMatch(stars)
	if size == 0 || size != len(stars) || unit == "" || strings.HasPrefix(unit, "/") {
		return "", unitHint{}, false
	}
	return op, unitHint{unit, scale, scaleText}, true
}

// unitHint is a unit read from a name, with its 万/亿 scale ("(万人)").
type unitHint struct {
	unit      string
	scale     int64
	scaleText string
}

// signOps are the comparator signs a name's placeholder may carry.
var signOps = []opWord{
	{">=", ">="}, {"<=", "<="}, {"≥", ">="}, {"≤", "<="}, {">", ">"}, {"<", "<"}, {"=", "="},
}

// applyNameHint gives a bare quantity the unit, and the comparator when
// the value has none, that its indicator's name carries, with a warning.
func applyNameHint(raw string, ctx Context, v *model.Value) {
	if v.Kind != model.KindQuantity || v.Unit != "" || ctx.Name == "" {
		return
	}
	op, u, ok := nameHint(ctx.Name)
	if !ok {
		return
	}
	v.Unit = u.scaleText + u.unit
	v.Base = base(v.Number, u.unit, u.scale, u.scaleText)
	if op != "" && v.Op == model.OpEq && !startsWithSign(raw) {
		v.Op = op
		v.Diagnostics = append(v.Diagnostics, diag.Value(diag.ComparatorUnitFromName, op, v.Unit, ctx.Name))
		return
	}
	v.Diagnostics = append(v.Diagnostics, diag.Value(diag.UnitFromName, v.Unit, ctx.Name))
}

func startsWithSign(s string) bool {
	t, _ := fold(s)
	_, n := longestOp(signOpTable, t)
	return n > 0
}
