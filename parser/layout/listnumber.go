package layout

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/normalize"
)

// ListNumber strips a list number such as "1." "1、" "1．" "（1）" "(1)"
// "①" "一、" "（十二）" from s and returns the number (0 when there is
// none) and the rest of s without the white space after the number. A
// number is no list number: "1.5万元" and "2025年度" come back whole.
// Readers and the extractor share it: the extractor numbers titles and
// goals with it, the PDF reader begins a new paragraph at a line that
// starts with one after a sentence's end.
func ListNumber(s string) (int, string) {
	if r, size := utf8.DecodeRuneInString(s); r >= '①' && r <= '⑳' {
		return int(r-'①') + 1, strings.TrimLeftFunc(s[size:], normalize.IsSpace)
	}
	t, paren := openParen(s)
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	arabic := i > 0
	n := 0
	if arabic {
		if i > 4 {
			return 0, s
		}
		n, _ = strconv.Atoi(t[:i])
	} else {
		v, size := normalize.ChineseNumeral(t)
		if size == 0 || v < 1 || v > 99 {
			return 0, s
		}
		n, i = int(v), size
	}
	rest, ok := closeNumbering(t[i:], paren, arabic)
	if !ok {
		return 0, s
	}
	// "2025年…" after "1." is the title; a bare "1.5" is a number, not a list
	if arabic && !paren && strings.HasPrefix(t[i:], ".") && rest != "" && rest[0] >= '0' && rest[0] <= '9' && !strings.Contains(rest, "年") {
		return 0, s
	}
	return n, strings.TrimLeftFunc(rest, normalize.IsSpace)
}

// openParen strips an opening parenthesis (full- or half-width).
func openParen(s string) (string, bool) {
	switch {
	case strings.HasPrefix(s, "（"):
		return s[len("（"):], true
	case strings.HasPrefix(s, "("):
		return s[1:], true
	}
	return s, false
}

// closeNumbering strips what ends a list number: the closing parenthesis
// after "（1" or "（一", else "." "、" "．" ")" "）" after an Arabic number
// and "、" after a Chinese one.
func closeNumbering(rest string, paren, arabic bool) (string, bool) {
	var ends []string
	switch {
	case paren:
		ends = []string{"）", ")"}
	case arabic:
		ends = []string{".", ")", "、", "．", "）"}
	default:
		ends = []string{"、"}
	}
	for _, e := range ends {
		if strings.HasPrefix(rest, e) {
			return rest[len(e):], true
		}
	}
	return rest, false
}
