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
	sepEnd := start // the commas before it separate thousands
	if start < len(s) && isDigit(s[start]) {
		if end, ok := thousandsRun(s, start); ok {
			sepEnd = end
		}
	}
	var b strings.Builder
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
			i++
		case i < sepEnd && separatorLen(s, i) > 0:
			i += separatorLen(s, i)
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

// thousandsRun reads the run of digit groups that starts at byte i of s,
// a digit no digit precedes: its first group, then each group after a
// comma, ASCII or full-width (，), that has a digit on both sides. It
// returns where the run ends and whether its commas are thousands
// separators: a first group of one to three digits that no decimal point
// precedes, every later group of exactly three, one comma at least and no
// more groups than maxGroups (1,234 1，234 1,234,567; not 12,34, 3，5,
// 1,2345, nor 1500，100%, 0.5，100 or 1,234,5, a list or a clause's end
// rather than one number). One walk, left to right.
func thousandsRun(s string, i int) (end int, ok bool) {
	end = digitsEnd(s, i)
	ok = end-i <= 3 && (i == 0 || s[i-1] != '.')
	groups := 1
	for {
		m := separatorLen(s, end)
		if m == 0 || end+m >= len(s) || !isDigit(s[end+m]) {
			break
		}
		g := digitsEnd(s, end+m)
		ok = ok && g-(end+m) == 3
		end = g
		groups++
	}
	return end, ok && groups > 1 && groups <= maxGroups
}

// digitsEnd is where the digits that start at byte i of s end.
func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
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

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

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
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		end, ok := thousandsRun(s, i)
		for ok && i < end {
			if n := separatorLen(s, i); n > 0 {
				b.WriteString(s[last:i])
				last = i + n
				i += n
			} else {
				i++
			}
		}
		i = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
