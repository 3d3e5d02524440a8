package numfmt

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// kind is what a token of a section does.
type kind uint8

const (
	kLit     kind = iota // literal text
	kDigit               // a digit placeholder: ch is '0', '#' or '?'
	kPoint               // the decimal point
	kComma               // a thousands separator, a scaling comma or a literal comma
	kPercent             // %: the number times 100
	kExp                 // E+ or E-: scientific notation; plus shows a positive exponent's sign
	kText                // @: the cell's text
	kGeneral             // General: the number in the General format
	kDate                // a date or time part: ch is y, m, d, w (Chinese weekday), h, M (minutes) or s
	kElapsed             // [h], [m], [s]: elapsed time; ch is h, m or s
	kAMPM                // AM/PM, A/P or 上午/下午: a 12-hour clock
	kSubSec              // fractional seconds after s: n digits
	kSlash               // "/": a fraction bar after digits, else a literal
)

// token is one element of a section; n counts repeated letters (yyyy is
// 4) and text holds a literal or the spelling of an AM/PM marker.
type token struct {
	kind kind
	ch   byte
	n    int
	plus bool
	text string
}

// condition is a section's [op value] test.
type condition struct {
	op string
	v  float64
}

func (c condition) holds(v float64) bool {
	switch c.op {
	case "<":
		return v < c.v
	case "<=":
		return v <= c.v
	case ">":
		return v > c.v
	case ">=":
		return v >= c.v
	case "=":
		return v == c.v
	case "<>":
		return v != c.v
	}
	return false
}

// splitSections cuts a format code at the semicolons that are not quoted,
// escaped or bracketed.
func splitSections(code string) []string {
	var out []string
	start := 0
	for i := 0; i < len(code); i++ {
		switch code[i] {
		case '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				i = len(code)
			}
		case '\\', '_', '*':
			i++ // the next byte is literal (a multi-byte rune's tail is not ';')
		case '[':
			if j := strings.IndexByte(code[i+1:], ']'); j >= 0 {
				i += j + 1
			}
		case ';':
			out = append(out, code[start:i])
			start = i + 1
		}
	}
	return append(out, code[start:])
}

// lexer reads one section into tokens. ok turns false at anything the
// renderer does not draw exactly (eras, unknown brackets, a code cut
// short); sysDate and sysTime flag [$-F800] and [$-F400], the system's
// long date and time formats.
type lexer struct {
	s                string
	i                int
	toks             []token
	cond             *condition
	ok               bool
	sysDate, sysTime bool
}

func lexSection(s string) *lexer {
	l := &lexer{s: s, ok: true}
	for l.i < len(l.s) && l.ok {
		l.next()
	}
	return l
}

// lit appends literal text as a token of its own (the renderers join
// them as they draw).
func (l *lexer) lit(t string) {
	l.toks = append(l.toks, token{kind: kLit, text: t})
}

// run counts the bytes equal to c (either case) from the current one.
func (l *lexer) run(c byte) int {
	n := 0
	for l.i+n < len(l.s) && (l.s[l.i+n]|0x20) == c {
		n++
	}
	return n
}

// hasPrefixFold says whether the code goes on with p, in either case.
func (l *lexer) hasPrefixFold(p string) bool {
	return len(l.s)-l.i >= len(p) && strings.EqualFold(l.s[l.i:l.i+len(p)], p)
}

// next reads one token.
func (l *lexer) next() {
	c := l.s[l.i]
	switch c {
	case '"':
		j := strings.IndexByte(l.s[l.i+1:], '"')
		if j < 0 {
			l.lit(l.s[l.i+1:])
			l.i = len(l.s)
			return
		}
		l.lit(l.s[l.i+1 : l.i+1+j])
		l.i += j + 2
	case '\\', '_', '*':
		l.i++
		if l.i >= len(l.s) {
			return
		}
		_, size := utf8.DecodeRuneInString(l.s[l.i:])
		switch c {
		case '\\':
			l.lit(l.s[l.i : l.i+size])
		case '_':
			l.lit(" ") // a space as wide as the character
		}
		l.i += size // '*' repeats a character to fill the cell: nothing here
	case '[':
		l.bracket()
	case '0', '#', '?':
		l.toks = append(l.toks, token{kind: kDigit, ch: c})
		l.i++
	case '.':
		l.toks = append(l.toks, token{kind: kPoint})
		l.i++
	case ',':
		l.toks = append(l.toks, token{kind: kComma})
		l.i++
	case '%':
		l.toks = append(l.toks, token{kind: kPercent})
		l.i++
	case '@':
		l.toks = append(l.toks, token{kind: kText})
		l.i++
	case '/':
		l.toks = append(l.toks, token{kind: kSlash})
		l.i++
	default:
		l.letter(c)
	}
}

// letter reads the tokens that start with a letter, or a literal.
func (l *lexer) letter(c byte) {
	lc := c | 0x20
	switch {
	case (lc == 'e') && l.i+1 < len(l.s) && (l.s[l.i+1] == '+' || l.s[l.i+1] == '-'):
		l.toks = append(l.toks, token{kind: kExp, plus: l.s[l.i+1] == '+'})
		l.i += 2
	case l.hasPrefixFold("general"):
		l.toks = append(l.toks, token{kind: kGeneral})
		l.i += len("general")
	case strings.HasPrefix(l.s[l.i:], "G/通用格式"):
		l.toks = append(l.toks, token{kind: kGeneral})
		l.i += len("G/通用格式")
	case strings.HasPrefix(l.s[l.i:], "上午/下午"):
		l.toks = append(l.toks, token{kind: kAMPM, text: "上午/下午"})
		l.i += len("上午/下午")
	case l.hasPrefixFold("am/pm"):
		l.toks = append(l.toks, token{kind: kAMPM, text: l.s[l.i : l.i+5]})
		l.i += 5
	case l.hasPrefixFold("a/p"):
		l.toks = append(l.toks, token{kind: kAMPM, text: l.s[l.i : l.i+3]})
		l.i += 3
	case lc == 'a' && l.run('a') >= 3:
		n := l.run('a')
		l.toks = append(l.toks, token{kind: kDate, ch: 'w', n: n})
		l.i += n
	case lc == 'y' || lc == 'e' || lc == 'm' || lc == 'd' || lc == 'h' || lc == 's':
		n := l.run(lc)
		l.i += n
		if lc == 'e' {
			lc, n = 'y', 4 // the era year: in the Gregorian calendar, the year
		}
		l.toks = append(l.toks, token{kind: kDate, ch: lc, n: n})
	case lc == 'g':
		l.ok = false // an era name (Japanese, Taiwanese calendars)
	default:
		_, size := utf8.DecodeRuneInString(l.s[l.i:])
		l.lit(l.s[l.i : l.i+size])
		l.i += size
	}
}

// bracket reads [...]: a colour (ignored), a locale or currency [$…-804],
// elapsed time [h] [mm] [ss], a condition [>=100], or [DBNum1] (the
// Chinese numerals are not drawn: digits stay Arabic).
func (l *lexer) bracket() {
	j := strings.IndexByte(l.s[l.i:], ']')
	if j < 0 {
		l.ok = false
		return
	}
	in := l.s[l.i+1 : l.i+j]
	l.i += j + 1
	lower := strings.ToLower(in)
	switch {
	case in == "":
		l.ok = false
	case in[0] == '$':
		l.currency(in[1:])
	case in[0] == '<' || in[0] == '>' || in[0] == '=':
		l.condition(in)
	case isElapsed(lower):
		l.toks = append(l.toks, token{kind: kElapsed, ch: lower[0], n: len(lower)})
	case isColour(lower) || strings.HasPrefix(lower, "dbnum"):
	default:
		l.ok = false
	}
}

// currency reads the inside of [$…] after the $: a symbol to show, then
// an optional "-" and locale id.
func (l *lexer) currency(in string) {
	sym, locale, _ := strings.Cut(in, "-")
	switch strings.ToUpper(locale) {
	case "F800":
		l.sysDate = true
	case "F400":
		l.sysTime = true
	}
	if sym != "" {
		l.lit(sym)
	}
}

func (l *lexer) condition(in string) {
	op := in[:1]
	if len(in) > 1 && (in[1] == '=' || in[1] == '>') && op != "=" {
		op = in[:2]
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(in[len(op):]), 64)
	if err != nil || l.cond != nil {
		l.ok = false
		return
	}
	l.cond = &condition{op: op, v: v}
}

func isElapsed(s string) bool {
	if s == "" || (s[0] != 'h' && s[0] != 'm' && s[0] != 's') {
		return false
	}
	return strings.Count(s, s[:1]) == len(s)
}

func isColour(s string) bool {
	switch s {
	case "black", "blue", "cyan", "green", "magenta", "red", "white", "yellow",
		"黑色", "蓝色", "青色", "绿色", "洋红", "红色", "白色", "黄色":
		return true
	}
	return strings.HasPrefix(s, "color")
}
