package extract

import (
	"strings"

	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// moneyClauses splits a line that states a total and its parts in one
// sentence (资金总额：85万元，其中：财政拨款70万元，其他资金15万元) into a
// label: amount line a clause (资金总额：85万元, 财政拨款：70万元,
// 其他资金：15万元), as inlineLabels reads them one a line; nil unless the
// line has two or more clauses (split at ，；, and 其中) and every one is a
// money label with its amount, after a colon or glued to it.
func (lx *lexicon) moneyClauses(line string) []string {
	clauses := strings.FieldsFunc(line, func(r rune) bool { return r == '，' || r == ',' || r == '；' || r == ';' })
	if len(clauses) < 2 {
		return nil
	}
	out := make([]string, 0, len(clauses))
	for _, c := range clauses {
		c = layout.Clean(c)
		for _, w := range []string{"其中：", "其中:", "其中"} {
			c = strings.TrimPrefix(c, w)
		}
		label, amount, ok := lx.moneyClause(c)
		if !ok {
			return nil
		}
		out = append(out, label+"："+amount)
	}
	return out
}

// moneyClause splits one clause into a money label and its amount:
// 资金总额：85万元, 财政拨款70万元.
func (lx *lexicon) moneyClause(c string) (label, amount string, ok bool) {
	if f, l, v, pair := lx.splitLabelValue(c); pair {
		if !isMoneyField(f) || decimalPrefix(normalize.DropThousands(v)) == 0 {
			return "", "", false
		}
		return l, v, true
	}
	i := strings.IndexFunc(c, func(r rune) bool { return r >= '0' && r <= '9' })
	if i <= 0 {
		return "", "", false
	}
	label, amount = strings.TrimSpace(c[:i]), c[i:]
	if f, _, known := lx.lookupLabel(lx.key(label)); !known || !isMoneyField(f) {
		return "", "", false
	}
	a := normalize.DropThousands(amount)
	n := decimalPrefix(a)
	if rest := strings.TrimSpace(a[n:]); n == 0 || moneyUnitPrefix(rest) != rest {
		return "", "", false // words after the amount's unit: no clause of amounts alone
	}
	return label, amount, true
}
