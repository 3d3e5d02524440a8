package normalize

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/diag"
)

// Words around a quantity that real filings write and that do not change
// it: a period before a count (每年1次), a rate's name before or after its
// value (达标率100%, ≥98%合格率), a verb or a note after it (100%完成,
// ≥95%（满意度）). Each is read past with a warning; Raw keeps them.

// everyPrefixes are the periods "每年1次" puts before a count: the rate's
// denominator.
var everyPrefixes = []struct{ word, per string }{
	{"每半年", "半年"}, {"每季度", "季度"}, {"每年", "年"}, {"每月", "月"}, {"每周", "周"}, {"每天", "天"}, {"每日", "日"},
}

// everyPrefix strips "每年" from "每年1次" and returns the period.
func everyPrefix(s string) (string, string) {
	for _, p := range everyPrefixes {
		if rest, ok := strings.CutPrefix(s, p.word); ok && rest != "" && (rest[0] >= '0' && rest[0] <= '9' || strings.HasPrefix(rest, "不") || strings.HasPrefix(rest, "至")) {
			return rest, p.per
		}
	}
	return s, ""
}

// labelBefore strips the name of a rate written before its value
// ("达标率100%", "合格率≥95%"), with a warning.
func labelBefore(s string, q *scanned) string {
	i := strings.Index(s, "率")
	if i <= 0 || utf8.RuneCountInString(s[:i]) > 6 || strings.ContainsAny(s[:i], "0123456789") || strings.IndexFunc(s[:i], IsSign) >= 0 {
		return s
	}
	rest := s[i+len("率"):]
	if rest == "" || !(rest[0] >= '0' && rest[0] <= '9' || startsWithSign(rest) || strings.HasPrefix(rest, "达到") || strings.HasPrefix(rest, "不低于")) {
		return s
	}
	q.warnings = append(q.warnings, diag.Value(diag.NameBeforeValue, s[:i+len("率")]))
	return rest
}

// trailingWords may follow a quantity without changing it: what is to
// happen ("100%完成"), the rate it measures ("≥98%合格率").
var trailingWords = []string{"完成", "达标", "到位", "覆盖", "合格", "完好", "落实", "兑现", "发放", "以上完成"}

// wordsAfter reads what follows a quantity: a verb, a rate's name or a
// note in parentheses ("≥95%(满意度)"), and reports whether rest is one of
// them, to be left out with a warning.
func wordsAfter(rest string) bool {
	n := utf8.RuneCountInString(rest)
	switch {
	case slices.Contains(trailingWords, rest):
	case strings.HasSuffix(rest, "率") && n <= 6 && !strings.ContainsAny(rest, "0123456789"):
	case strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") && n <= 14 && !strings.ContainsAny(rest, "0123456789%"):
	default:
		return false
	}
	return true
}
