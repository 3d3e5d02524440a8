package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// List numbering: "1." "1、" "（1）" "①" "一、" "（十二）" in titles and goals.

// leadingNumber strips numbering such as "1." "1、" "1．" "（1）" "(1)" "①"
// "一、" "（十二）" from s and returns the number (0 when there is none).
func leadingNumber(s string) (int, string) {
	if r, size := utf8.DecodeRuneInString(s); r >= '①' && r <= '⑳' {
		return int(r-'①') + 1, strings.TrimLeftFunc(s[size:], isSpace)
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
	return n, strings.TrimLeftFunc(rest, isSpace)
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

// splitGoals splits the 绩效目标 cell into goals: one per numbered item
// (numbering removed) when the cell numbers its goals — a line without a
// number then continues the goal before it — else one per line.
func splitGoals(s string) []string {
	out := []string{}
	numbered := false
	for i, line := range strings.Split(s, "\n") {
		line = layout.Clean(line)
		if line == "" {
			continue
		}
		n, _ := leadingNumber(line)
		if i == 0 || len(out) == 0 {
			numbered = n > 0
		}
		if numbered && n == 0 && len(out) > 0 {
			out[len(out)-1] += "\n" + line
			continue
		}
		for _, item := range splitNumbered(line) {
			_, rest := leadingNumber(item)
			if rest = layout.Clean(rest); rest != "" {
				out = append(out, rest)
			}
		}
	}
	return out
}

// splitNumbered splits "1.甲。2.乙。" at numbering that follows the end of
// a sentence.
func splitNumbered(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '。' || r == '；' || r == ';' {
			j := i + size
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if n, rest := leadingNumber(s[j:]); n > 0 && rest != s[j:] {
				parts = append(parts, s[start:j])
				start = j
			}
		}
		i += size
	}
	return append(parts, s[start:])
}
