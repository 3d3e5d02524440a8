package numfmt

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// analyseNumber lays out a number section: which digit placeholders are
// before the point, after it and in the exponent; which commas separate
// thousands (between integer placeholders), which scale by a thousand
// (after the last placeholder) and which are literal. A slash after a
// digit placeholder makes a fraction, which is not drawn.
func (s *section) analyseNumber() bool {
	last, point, seenDigit := -1, false, false
	for i, t := range s.toks {
		if t.kind == kDigit {
			last = i
		}
	}
	for i := range s.toks {
		t := &s.toks[i]
		switch t.kind {
		case kDigit:
			seenDigit = true
			switch {
			case s.exp:
			case point:
				s.decN++
			default:
				s.intN++
			}
		case kPoint:
			if point || s.exp {
				*t = token{kind: kLit, text: "."}
			}
			point = true
		case kExp:
			if s.exp || !seenDigit {
				return false
			}
			s.exp = true
		case kComma:
			s.comma(t, i, last, point, seenDigit)
		case kPercent:
			s.shift += 2
		case kSlash:
			if seenDigit {
				return false // a fraction
			}
			*t = token{kind: kLit, text: "/"}
		}
	}
	if s.exp {
		s.eng = s.intN > 1 && s.hasHashInt()
	}
	return s.decN <= maxDecimals && s.shift >= -300 && s.shift <= 300
}

// comma classifies the comma at i: a scaling comma after the last digit
// placeholder, a thousands separator among integer placeholders, else a
// literal.
func (s *section) comma(t *token, i, last int, point, seenDigit bool) {
	switch {
	case seenDigit && i > last:
		s.shift -= 3
		*t = token{kind: kComma, ch: 's'}
	case seenDigit && !point && !s.exp:
		s.thousands = true
		*t = token{kind: kComma, ch: 't'}
	default:
		*t = token{kind: kLit, text: ","}
	}
}

func (s *section) hasHashInt() bool {
	for _, t := range s.toks {
		if t.kind == kExp {
			return false
		}
		if t.kind == kDigit && t.ch == '#' {
			return true
		}
		if t.kind == kPoint {
			return false
		}
	}
	return false
}

// numberText draws x (not negative) in s, with a minus sign before it
// when minus is set.
func (s *section) numberText(x float64, minus bool) (string, bool) {
	if s.general {
		return s.withGeneral(x, minus), true
	}
	d, err := decimal.NewFromString(strconv.FormatFloat(x, 'e', 14, 64)) // 15 significant digits
	if err != nil {
		return "", false
	}
	d = d.Shift(int32(s.shift))
	exp := 0
	if s.exp {
		d, exp = s.mantissa(d)
	}
	intDigits, frac, _ := strings.Cut(d.StringFixed(int32(s.decN)), ".")
	if intDigits == "0" {
		intDigits = ""
	}
	p := &printer{s: s, ints: intDigits, frac: frac, exp: exp}
	if minus {
		p.b = append(p.b, '-')
	}
	return p.print(), true
}

// withGeneral draws a section holding General: the literals around the
// number drawn as General.
func (s *section) withGeneral(x float64, minus bool) string {
	var b []byte
	if minus {
		b = append(b, '-')
	}
	for _, t := range s.toks {
		switch t.kind {
		case kGeneral:
			b = append(b, FormatGeneral(x)...)
		case kLit:
			b = append(b, t.text...)
		case kPercent:
			b = append(b, '%')
		}
	}
	return string(b)
}

// mantissa splits d into the mantissa the placeholders show and the
// exponent: one integer digit per 0 (1.23E+04, 12.35E+03), or in
// engineering notation (##0.0E+0) an exponent that is a multiple of the
// integer placeholders.
func (s *section) mantissa(d decimal.Decimal) (decimal.Decimal, int) {
	if d.IsZero() {
		return d, 0
	}
	n := max(s.intN, 1)
	e := int(d.Exponent()) + len(d.Coefficient().String()) - 1 // floor(log10 d)
	place := func(e int) int {
		if s.eng {
			return floorDiv(e, n) * n
		}
		return e - (n - 1)
	}
	e = place(e)
	m := d.Shift(int32(-e)).Round(int32(s.decN))
	limit := decimal.New(1, int32(n))
	if m.GreaterThanOrEqual(limit) { // rounding carried into a new digit
		e = place(e + n)
		m = d.Shift(int32(-e)).Round(int32(s.decN))
	}
	return m, e
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// printer walks a number section's tokens, placing digits.
type printer struct {
	s         *section
	ints      string // the integer digits, "" for zero
	frac      string // the decimals, as many as the placeholders
	exp       int
	b         []byte
	intLeft   int // integer placeholders not yet drawn
	decAt     int // the next decimal placeholder
	afterExp  bool
	expDrawn  bool
	lastFracN int // index of the last non-zero decimal
}

func (p *printer) print() string {
	p.intLeft = p.s.intN
	p.lastFracN = strings.LastIndexFunc(p.frac, func(r rune) bool { return r != '0' })
	for _, t := range p.s.toks {
		switch t.kind {
		case kDigit:
			p.digit(t.ch)
		case kPoint:
			if p.s.intN == 0 && !p.afterExp {
				p.b = append(p.b, p.ints...) // ".00" still shows 1.50
			}
			p.b = append(p.b, '.')
		case kComma:
			// a separator is drawn with the digits; scaling is done
		case kPercent:
			p.b = append(p.b, '%')
		case kExp:
			p.afterExp = true
			p.b = append(p.b, 'E')
			if p.exp < 0 {
				p.b = append(p.b, '-')
			} else if t.plus {
				p.b = append(p.b, '+')
			}
		case kLit:
			p.b = append(p.b, t.text...)
		}
	}
	return string(p.b)
}

// digit draws one placeholder.
func (p *printer) digit(ch byte) {
	switch {
	case p.afterExp:
		p.expDigit()
	case p.intLeft > 0:
		if p.intLeft == p.s.intN { // the first: any digits beyond the placeholders
			for k := len(p.ints) - 1; k >= p.s.intN; k-- {
				p.intDigit(k, '0')
			}
		}
		p.intLeft--
		p.intDigit(p.intLeft, ch)
	default:
		j := p.decAt
		p.decAt++
		switch {
		case j < len(p.frac) && j <= p.lastFracN:
			p.b = append(p.b, p.frac[j])
		case ch == '0':
			p.b = append(p.b, '0')
		case ch == '?':
			p.b = append(p.b, ' ')
		}
	}
}

// intDigit draws the integer digit k places from the right, or what the
// placeholder shows in its place, and a thousands separator after it.
func (p *printer) intDigit(k int, ch byte) {
	switch {
	case k < len(p.ints):
		p.b = append(p.b, p.ints[len(p.ints)-1-k])
	case ch == '0':
		p.b = append(p.b, '0')
	case ch == '?':
		p.b = append(p.b, ' ')
		return
	default:
		return
	}
	if p.s.thousands && k > 0 && k%3 == 0 {
		p.b = append(p.b, ',')
	}
}

// expDigit draws the exponent at its first placeholder, with at least as
// many digits as the exponent has 0 placeholders.
func (p *printer) expDigit() {
	if p.expDrawn {
		return
	}
	p.expDrawn = true
	zeros := 0
	seen := false
	for _, t := range p.s.toks {
		if t.kind == kExp {
			seen = true
		} else if seen && t.kind == kDigit && t.ch == '0' {
			zeros++
		}
	}
	e := p.exp
	if e < 0 {
		e = -e
	}
	digits := strconv.Itoa(e)
	for i := len(digits); i < zeros; i++ {
		p.b = append(p.b, '0')
	}
	p.b = append(p.b, digits...)
}

// FormatGeneral renders v in the General format: the shortest decimal that
// reads back as v, with at most 15 significant digits (6.1600000000000001
// → 6.16, 0.1+0.2 → 0.3); numbers that need more digits than that in
// plain notation are written as Excel writes them, 1.23456789012346E+17,
// 1E-20.
func FormatGeneral(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
		}
	}
	if digits <= 15 {
		return s
	}
	t := strconv.FormatFloat(v, 'G', 15, 64)
	if strings.ContainsAny(t, "E") {
		return t
	}
	if strings.Contains(t, ".") {
		t = strings.TrimRight(strings.TrimRight(t, "0"), ".")
	}
	return t
}
