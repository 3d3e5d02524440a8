package normalize

import (
	"strconv"
	"strings"
)

// number reads a number at the start of s: Arabic digits with optional
// thousands separators and decimals, "百分之" + number (which implies %),
// or a Chinese numeral. It returns the decimal text (separators removed),
// the bytes read and whether the number was a 百分之 form.
func number(s string) (string, int, bool) {
	if strings.HasPrefix(s, "百分之") {
		n, size, _ := number(s[len("百分之"):])
		if size == 0 {
			return "", 0, false
		}
		return n, len("百分之") + size, true
	}
	i := 0
	neg := false
	if strings.HasPrefix(s, "-") && len(s) > 1 && s[1] >= '0' && s[1] <= '9' {
		neg, i = true, 1
	}
	start := i
	var b strings.Builder
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
			i++
		case i > start && thousandsSeparator(s, i) > 0:
			i += thousandsSeparator(s, i)
		case c == '.' && i > start && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && !strings.Contains(b.String(), "."):
			b.WriteByte(c)
			i++
		default:
			goto done
		}
	}
done:
	if digits := b.Len() - strings.Count(b.String(), "."); digits > MaxDigits {
		return "", 0, false // no number: the value is text
	}
	if i > start {
		n := b.String()
		if neg {
			n = "-" + n
		}
		return n, i, false
	}
	if v, size := parseChineseNumeral(s); size > 0 {
		return strconv.FormatInt(v, 10), size, false
	}
	return "", 0, false
}

// thousandsSeparator is the length of the thousands separator s has at
// byte i, or 0: a comma, ASCII or full-width (，), after a group of one to
// three digits and before a group of three digits that no digit follows,
// every other comma of the number separating such groups too (1,234
// 1，234 1,234,567; not 12,34, 3，5, 1,2345, nor 1500，100%, 0.5，100 or
// 1,234,5, a list or a clause's end rather than one number).
func thousandsSeparator(s string, i int) int {
	if i == 0 || i >= len(s) || !isDigit(s[i-1]) {
		return 0
	}
	n := separatorLen(s, i)
	if n == 0 {
		return 0
	}
	if !threeDigits(s[i+n:]) {
		return 0
	}
	before, after := groupsBefore(s, i, 0), groupsAfter(s, i+n+3, 0)
	if before < 0 || after < 0 || before+1+after > maxGroups {
		return 0
	}
	return n
}

// maxGroups bounds the groups of three a number's separators may join:
// no more than a number of MaxDigits digits holds.
const maxGroups = MaxDigits / 3

// separatorLen is the length of the comma, ASCII or full-width, s has at
// byte i, or 0.
func separatorLen(s string, i int) int {
	switch {
	case i < 0 || i >= len(s):
		return 0
	case s[i] == ',':
		return 1
	case strings.HasPrefix(s[i:], "，"):
		return len("，")
	}
	return 0
}

// threeDigits tells a text that starts with three digits and no fourth.
func threeDigits(g string) bool {
	if len(g) < 3 || len(g) > 3 && isDigit(g[3]) {
		return false
	}
	return isDigit(g[0]) && isDigit(g[1]) && isDigit(g[2])
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// groupsBefore counts the groups of a number that end at byte i: its
// leading group (one to three digits, no decimal point before them) and
// the groups of three after separators before it; -1 where the digits are
// no such group (2024，100 and 0.5，100 hold no thousands separator, nor
// 12,34,567). The walk stops past maxGroups: a longer run is no number.
func groupsBefore(s string, i, depth int) int {
	if depth > maxGroups {
		return -1
	}
	p := i
	for p > 0 && isDigit(s[p-1]) {
		p--
	}
	d := i - p
	if d == 0 || d > 3 || p > 0 && s[p-1] == '.' {
		return -1
	}
	for _, m := range []int{1, len("，")} {
		if q := p - m; q > 0 && separatorLen(s, q) == m && isDigit(s[q-1]) {
			if d != 3 {
				return -1
			}
			if n := groupsBefore(s, q, depth+1); n >= 0 {
				return n + 1
			}
			return -1
		}
	}
	return 1
}

// groupsAfter counts the groups of three after the one that ends at byte
// j, each after a separator, up to the number's end; -1 where a separator
// stands before no group of three that ends the number or a separator in
// turn (1,234,5 and 1,234,5678 hold no thousands separator), or past
// maxGroups.
func groupsAfter(s string, j, depth int) int {
	if depth > maxGroups {
		return -1
	}
	m := separatorLen(s, j)
	if m == 0 || j+m >= len(s) || !isDigit(s[j+m]) {
		return 0
	}
	if !threeDigits(s[j+m:]) {
		return -1
	}
	if n := groupsAfter(s, j+m+3, depth+1); n >= 0 {
		return n + 1
	}
	return -1
}

// DropThousands returns s with its thousands separators removed, ASCII
// and full-width alike (1,234.56万元 and 1，234.56万元 → 1234.56万元); a
// comma that separates no group of thousands (12,34, 3，5, 项目一，项目二)
// stays. A text with no comma (most cells) is returned as it is, uncopied.
func DropThousands(s string) string {
	if !strings.Contains(s, ",") && !strings.Contains(s, "，") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 1; i < len(s); i++ {
		if n := thousandsSeparator(s, i); n > 0 {
			b.WriteString(s[last:i])
			last = i + n
			i += n - 1
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
