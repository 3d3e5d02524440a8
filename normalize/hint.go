package normalize

import (
	"strings"
	"unicode/utf8"

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
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(t[:j])
			if !IsSign(r) {
				break
			}
			j -= size
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

// signOps are the comparator signs as fold writes them (≧ and ⩾ as ≥,
// ＞ and ﹥ as >, ＝, ﹦ and ═ as =: signForms): the one list of them, which prefixOps
// ends with, a name's placeholder is read with, and LeadingSign reads.
var signOps = []opWord{
	{">=", ">="}, {"<=", "<="}, {"=>", ">="}, {"=<", "<="}, {"≥", ">="}, {"≤", "<="}, {">", ">"}, {"<", "<"}, {"=", "="},
}

// LeadingSign returns the comparator sign s opens with, in any form fold
// reads as one (≥, >=, =>, ＞, ≧, ﹦, ＝, ═ …: signForms): its op and its
// length in s, in bytes, with the variation selectors after it; "" and 0
// where s opens with none, or with a sign a combining overlay negates
// (≥ + U+0338, ≱). A sign of two characters is read whole (>= is >=,
// not >).
func LeadingSign(s string) (model.Op, int) {
	var folded [2 * utf8.UTFMax]byte
	var ends, lens [2]int // where each rune of s ends, and folded's length after it
	n, i := 0, 0
	for k := 0; k < 2 && i < len(s); k++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		f, keep := foldRune(r)
		if !keep {
			break
		}
		n += utf8.EncodeRune(folded[n:], f)
		i += size
		ends[k], lens[k] = i, n
	}
	op, m := longestOp(signOpTable, string(folded[:n]))
	if m == 0 {
		return "", 0
	}
	end := ends[1]
	if m == lens[0] {
		end = ends[0]
	}
	for end < len(s) { // the glyph's variation selectors are the sign's; an overlay negates it
		r, size := utf8.DecodeRuneInString(s[end:])
		if isNegatingMark(r) {
			return "", 0
		}
		if !isVariationSelector(r) {
			break
		}
		end += size
	}
	return op, end
}

// IsSign reports whether r is a comparator sign of one character in any
// form fold reads as one (≥, ≦, ＞, <, ﹦, ═, =: signForms).
func IsSign(r rune) bool {
	var b [utf8.UTFMax]byte
	_, n := LeadingSign(string(b[:utf8.EncodeRune(b[:], r)]))
	return n > 0
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
