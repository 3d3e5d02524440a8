// Package numfmt renders spreadsheet cells as their number format shows
// them — the text a reader of the sheet sees — for the XLSX and XLS
// readers.
//
// A format code has up to four sections, positive;negative;zero;text.
// Drawn exactly: the digit placeholders 0 # ?, the decimal point,
// thousands separators and scaling commas, %, scientific notation (E+00),
// literal text (quoted, \-escaped, or plain characters such as 元 or -),
// _x (a space) and *x (nothing), General inside a section, @ for text,
// conditions ([>=100]), dates and times (y, m, d, h, s, fractions of a
// second, AM/PM, A/P, 上午/下午, aaa/aaaa for the Chinese weekday, elapsed
// [h] [m] [s], the system long date [$-F800] and time [$-F400]). Ignored:
// colours ([Red], [红色], [Color10]), locale tags ([$-804]; a currency
// symbol in one, [$¥-804], is shown) and [DBNum1]-style numeral systems
// (digits stay Arabic). Month and day names are English (mmm: Dec).
//
// What is not drawn exactly falls back to General: fractions (# ?/?),
// eras (g), unknown bracketed codes, codes of more than four sections,
// dates out of Excel's range (before 1900 or after 9999) and negative
// dates or times, codes longer than MaxCode.
//
// Numbers are first rounded to 15 significant digits, as Excel keeps them;
// rounding to the format's decimals is then done in decimal (half away
// from zero), so 2.675 in 0.00 shows 2.68, as in Excel.
package numfmt

import (
	"math"
)

// MaxCode is the longest format code rendered; longer codes are General.
// Excel writes at most 255 characters.
const MaxCode = 1024

// maxDecimals is the most decimal places Excel shows.
const maxDecimals = 30

// Format is a parsed number format code. The zero Format is General.
type Format struct {
	sections []*section
	general  bool // the whole code is General, or falls back to it
}

// section is one ;-separated part of a code, analysed.
type section struct {
	toks []token
	cond *condition

	date, text, general bool
	hour12              bool // an AM/PM marker makes the clock 12-hour
	subSec              int  // digits of fractions of a second

	intN, decN int  // digit placeholders before and after the point
	exp        bool // scientific notation
	eng        bool // engineering: the exponent a multiple of intN
	thousands  bool
	shift      int // powers of ten: +2 per %, -3 per scaling comma
}

// General is the format of code General: see Number.
var General = &Format{general: true}

// Parse reads a format code. It never fails: a code it cannot draw
// exactly gives General.
func Parse(code string) *Format {
	if code == "" || len(code) > MaxCode {
		return General
	}
	parts := splitSections(code)
	if len(parts) > 4 {
		return General
	}
	f := &Format{}
	for _, p := range parts {
		s, ok := parseSection(p)
		if !ok {
			return General
		}
		f.sections = append(f.sections, s)
	}
	if len(f.sections) == 1 && f.sections[0].general && len(f.sections[0].toks) == 1 {
		return General
	}
	return f
}

// parseSection lexes and analyses one section; the system date and time
// formats stand for their whole section.
func parseSection(p string) (*section, bool) {
	l := lexSection(p)
	switch {
	case !l.ok:
		return nil, false
	case l.sysDate:
		l = lexSection(`yyyy"年"m"月"d"日"`)
	case l.sysTime:
		l = lexSection("h:mm:ss")
	}
	s := &section{toks: l.toks, cond: l.cond}
	return s, s.analyse()
}

// analyse sets what kind of section s is and, for numbers, its layout.
func (s *section) analyse() bool {
	for _, t := range s.toks {
		switch t.kind {
		case kDate, kElapsed, kAMPM:
			s.date = true
		case kText:
			s.text = true
		case kGeneral:
			s.general = true
		}
	}
	if s.date {
		return s.analyseDate()
	}
	return s.analyseNumber()
}

// IsGeneral says whether f draws numbers in the General format.
func (f *Format) IsGeneral() bool { return f == nil || f.general }

// Number renders v as a cell in format f shows it. NaN and infinities
// give "" (Excel stores neither).
func (f *Format) Number(v float64, date1904 bool) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	if f.IsGeneral() {
		return FormatGeneral(v)
	}
	s, minus := f.pick(v)
	switch {
	case s == nil:
		return FormatGeneral(v)
	case len(s.toks) == 0:
		return "" // an empty section hides the value
	case s.date:
		if out, ok := s.dateText(v, date1904); ok {
			return out
		}
		return FormatGeneral(v)
	case s.text && !s.general && s.intN == 0 && s.decN == 0:
		return FormatGeneral(v) // a text format shows a number as General
	}
	if out, ok := s.numberText(math.Abs(v), minus); ok {
		return out
	}
	return FormatGeneral(v)
}

// pick chooses the section for v and whether a minus sign is drawn before
// it: a single section draws its own minus; a negative section draws the
// absolute value.
func (f *Format) pick(v float64) (*section, bool) {
	secs := f.sections
	if len(secs) == 4 || (len(secs) > 1 && secs[len(secs)-1].text) {
		secs = secs[:len(secs)-1] // the text section
	}
	if len(secs) == 0 {
		return nil, false
	}
	if secs[0].cond != nil || (len(secs) > 1 && secs[1].cond != nil) {
		return pickByCondition(secs, v)
	}
	switch {
	case len(secs) == 1:
		return secs[0], v < 0
	case v < 0:
		return secs[1], false
	case v == 0 && len(secs) > 2:
		return secs[2], false
	}
	return secs[0], false
}

// pickByCondition follows Excel: the first section whose condition holds,
// a section without one taking the rest. A section for values below zero
// draws its own sign; the others get a minus.
func pickByCondition(secs []*section, v float64) (*section, bool) {
	for _, s := range secs {
		if s.cond == nil || s.cond.holds(v) {
			own := s.cond != nil && (s.cond.op == "<" || s.cond.op == "<=") && s.cond.v <= 0
			return s, v < 0 && !own
		}
	}
	return nil, false
}

// Text renders a text cell: through the code's text section (the fourth,
// or a section with @), else unchanged.
func (f *Format) Text(text string) string {
	if f.IsGeneral() {
		return text
	}
	var s *section
	if len(f.sections) == 4 {
		s = f.sections[3]
	} else {
		for _, x := range f.sections {
			if x.text {
				s = x
				break
			}
		}
	}
	if s == nil {
		return text
	}
	var b []byte
	for _, t := range s.toks {
		switch t.kind {
		case kText:
			b = append(b, text...)
		case kLit:
			b = append(b, t.text...)
		}
	}
	return string(b)
}
