package numfmt

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// maxSerial is 9999-12-31, the last date Excel shows.
const maxSerial = 2958465

// analyseDate resolves a date section's tokens: m next to hours or
// seconds means minutes; a point followed by zeros after seconds is a
// fraction of a second; digit placeholders anywhere else, text, General
// and exponents are not drawn.
func (s *section) analyseDate() bool {
	for i := range s.toks {
		t := &s.toks[i]
		switch t.kind {
		case kDate:
			if t.ch == 'm' && t.n <= 2 && s.isMinute(i) {
				t.ch = 'M'
			}
		case kAMPM:
			s.hour12 = true
		case kPoint:
			n := 0
			for j := i + 1; j < len(s.toks) && s.toks[j].kind == kDigit && s.toks[j].ch == '0'; j++ {
				n++
			}
			if n == 0 {
				*t = token{kind: kLit, text: "."}
				continue
			}
			*t = token{kind: kSubSec, n: min(n, 3)}
			s.subSec = max(s.subSec, t.n)
			for j := i + 1; j <= i+n; j++ {
				s.toks[j] = token{kind: kLit}
			}
		case kComma, kPercent, kSlash:
			*t = token{kind: kLit, text: map[kind]string{kComma: ",", kPercent: "%", kSlash: "/"}[t.kind]}
		case kDigit, kText, kGeneral, kExp:
			return false
		}
	}
	return true
}

// isMinute says whether the m token at i follows an hour or precedes a
// second (other tokens and literals in between).
func (s *section) isMinute(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if t := s.toks[j]; t.kind == kDate || t.kind == kElapsed {
			if t.ch == 'h' {
				return true
			}
			break
		}
	}
	for j := i + 1; j < len(s.toks); j++ {
		if t := s.toks[j]; t.kind == kDate || t.kind == kElapsed {
			return t.ch == 's'
		}
	}
	return false
}

// clock is a serial date-time taken apart.
type clock struct {
	year, month, day, weekday int
	hour, minute, second, sub int
	ticks, scale              int64 // the whole value in units of 1/scale second
}

// newClock reads serial v (days since 1900-01-00, Excel's fictitious
// 1900-02-29 included, or since 1904-01-01), rounded to the fraction of
// a second shown.
func newClock(v float64, date1904 bool, subSec int) (clock, bool) {
	if v < 0 || v >= maxSerial+1 {
		return clock{}, false
	}
	c := clock{scale: 1}
	for i := 0; i < subSec; i++ {
		c.scale *= 10
	}
	c.ticks = int64(math.Round(v * 86400 * float64(c.scale)))
	perDay := 86400 * c.scale
	days := int(c.ticks / perDay)
	rem := c.ticks % perDay
	secs := int(rem / c.scale)
	c.sub = int(rem % c.scale)
	c.hour, c.minute, c.second = secs/3600, secs/60%60, secs%60
	c.civil(days, date1904)
	return c, true
}

// civil sets the date of a day number, with Excel's weekdays.
func (c *clock) civil(days int, date1904 bool) {
	var t time.Time
	switch {
	case date1904:
		t = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
		c.weekday = (days + 5) % 7
	case days == 0:
		c.year, c.month, c.day, c.weekday = 1900, 1, 0, 6
		return
	case days == 60:
		c.year, c.month, c.day, c.weekday = 1900, 2, 29, 3
		return
	case days < 60:
		t = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
		c.weekday = (days + 6) % 7
	default:
		t = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
		c.weekday = (days + 6) % 7
	}
	c.year, c.month, c.day = t.Year(), int(t.Month()), t.Day()
}

// dateText draws v in a date section; false for a value Excel shows as
// ####.
func (s *section) dateText(v float64, date1904 bool) (string, bool) {
	c, ok := newClock(v, date1904, s.subSec)
	if !ok {
		return "", false
	}
	var b []byte
	for _, t := range s.toks {
		switch t.kind {
		case kLit:
			b = append(b, t.text...)
		case kDate:
			b = c.part(b, t, s.hour12)
		case kElapsed:
			unit := map[byte]int64{'h': 3600, 'm': 60, 's': 1}[t.ch] * c.scale
			b = pad(b, int(c.ticks/unit), t.n)
		case kAMPM:
			am, pm, ok := strings.Cut(t.text, "/")
			if !ok {
				am, pm = "AM", "PM"
			}
			if c.hour < 12 {
				b = append(b, am...)
			} else {
				b = append(b, pm...)
			}
		case kSubSec:
			digits := strconv.Itoa(c.sub)
			digits = strings.Repeat("0", s.subSec-len(digits)) + digits
			b = append(append(b, '.'), digits[:t.n]...)
		}
	}
	return string(b), true
}

var (
	monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	cnDays   = [...]string{"日", "一", "二", "三", "四", "五", "六"}
)

// part draws one date or time token.
func (c clock) part(b []byte, t token, hour12 bool) []byte {
	switch t.ch {
	case 'y':
		if t.n <= 2 {
			return pad(b, c.year%100, 2)
		}
		return pad(b, c.year, 4)
	case 'm':
		return name(b, c.month, t.n, monthNames[(c.month+11)%12], true)
	case 'd':
		return name(b, c.day, t.n, dayNames[c.weekday], false)
	case 'w':
		if t.n >= 4 {
			b = append(b, "星期"...)
		}
		return append(b, cnDays[c.weekday]...)
	case 'h':
		h := c.hour
		if hour12 {
			if h %= 12; h == 0 {
				h = 12
			}
		}
		return pad(b, h, min(t.n, 2))
	case 'M':
		return pad(b, c.minute, min(t.n, 2))
	case 's':
		return pad(b, c.second, min(t.n, 2))
	}
	return b
}

// name draws a month or day: n=1 the number, 2 two digits, 3 the name's
// first three letters, 4 or more the name; five m's the month's initial.
func name(b []byte, num, n int, full string, month bool) []byte {
	switch {
	case n <= 2:
		return pad(b, num, n)
	case n == 3:
		return append(b, full[:3]...)
	case n == 5 && month:
		return append(b, full[0])
	}
	return append(b, full...)
}

// pad appends v with at least n digits.
func pad(b []byte, v, n int) []byte {
	d := strconv.Itoa(v)
	for i := len(d); i < n; i++ {
		b = append(b, '0')
	}
	return append(b, d...)
}
