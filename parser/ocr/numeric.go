package ocr

import (
	"image"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/normalize"
)

// Tesseract's chi_sim model reads Latin and numeric lines badly (100% as
// 1009p, ≥90% as 三9090, a final Y of a project code as 了), where the
// chi_sim+eng model reads them right but breaks Chinese prose into Latin
// junk. So a line whose first reading looks numeric (digits, few Han
// characters) is read again with chi_sim+eng, and its leading comparator,
// which neither model knows (≥ comes back as =, 三 or 二, ≤ as < or ≥), is
// told from the glyph's shape.

// numericLine reports whether a first reading looks like a value, a number
// or a code: it has a digit and at most three Han characters (a unit such
// as 万元 or 人次), or it is a lone comparator look-alike.
func numericLine(s string) bool {
	digits, han := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.Is(unicode.Han, r):
			han++
		}
	}
	if digits > 0 && han <= 3 {
		return true
	}
	rs := []rune(strings.TrimSpace(s))
	return len(rs) == 1 && comparatorLike(rs[0])
}

// comparatorLike reports whether r is what the models make of a comparator
// sign.
func comparatorLike(r rune) bool {
	return strings.ContainsRune("=三二一-—_<>≤≥≦≧《》〈〉«»‹›", r)
}

// fixComparator gives a reading that starts with one or two comparator
// look-alikes (followed by a digit, or alone) the comparator its first glyph's shape
// shows in the crop; other readings are returned unchanged.
func fixComparator(s string, crop *image.Gray) string {
	rs := []rune(s)
	n := 0 // the look-alikes: one, or two (>= for ≥)
	for n < len(rs) && n < 2 && comparatorLike(rs[n]) {
		n++
	}
	if n == 0 {
		return s
	}
	rest := strings.TrimLeft(string(rs[n:]), " ")
	if rest != "" && !(rest[0] >= '0' && rest[0] <= '9') {
		return s
	}
	c := glyphComparator(crop)
	if c == 0 {
		return s
	}
	return string(c) + rest
}

// glyphComparator tells the first glyph of a line crop among ≥ ≤ > < =;
// 0 when it is none of them (a dash, a digit, a Han character).
func glyphComparator(g *image.Gray) rune {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if w < 4 || h < 4 {
		return 0
	}
	c := &glyphCrop{g: g, th: otsu(g), w: w, h: h}
	// the line's ink rows: the height of the text
	top, bot := h, -1
	for y := range h {
		if c.rowInk(y, 0, w) {
			top, bot = min(top, y), max(bot, y)
		}
	}
	if bot < 0 {
		return 0
	}
	lineH := bot - top + 1
	// the first glyph: the first run of columns with ink
	for c.x0 < w && !c.colInk(c.x0) {
		c.x0++
	}
	c.x1 = c.x0
	for c.x1 < w && c.colInk(c.x1) {
		c.x1++
	}
	if c.x0 >= w || c.x1-c.x0 < 3 {
		return 0
	}
	runs := c.inkRuns()
	if len(runs) == 0 {
		return 0
	}
	gh := runs[len(runs)-1].y1 - runs[0].y0 + 1
	if gh*5 < lineH*2 && len(runs) == 1 {
		return 0 // a dash or a minus
	}
	if gh > lineH*9/10 {
		return 0 // as tall as the line: a digit or a Han character
	}
	thin := func(r inkRun) bool { return (r.y1-r.y0+1)*5 <= gh*2 }
	switch len(runs) {
	case 1:
		return c.chevron(runs[0], '<', '>')
	case 2:
		a, b := runs[0], runs[1]
		if thin(a) && thin(b) {
			return '='
		}
		if thin(b) && a.y1-a.y0 >= 2*(b.y1-b.y0) {
			return c.chevron(a, '≤', '≥')
		}
	}
	return 0
}

// glyphCrop is a line crop binarised at th, w×h, with the columns x0…x1-1
// of its first glyph once found.
type glyphCrop struct {
	g      *image.Gray
	th     uint8
	w, h   int
	x0, x1 int
}

// inkRun is a run of rows y0…y1 with ink.
type inkRun struct{ y0, y1 int }

func (c *glyphCrop) ink(x, y int) bool { return c.g.Pix[y*c.g.Stride+x] <= c.th }

// colInk tells whether column x holds ink: two ink pixels at least (a lone
// pixel is noise).
func (c *glyphCrop) colInk(x int) bool {
	n := 0
	for y := range c.h {
		if c.ink(x, y) {
			n++
		}
	}
	return n >= 2
}

// rowInk tells whether row y holds two ink pixels at least in x0…x1-1.
func (c *glyphCrop) rowInk(y, x0, x1 int) bool {
	n := 0
	for x := x0; x < x1; x++ {
		if c.ink(x, y) {
			n++
		}
	}
	return n >= 2
}

// inkRuns returns the first glyph's rows of ink, in runs.
func (c *glyphCrop) inkRuns() []inkRun {
	var runs []inkRun
	for y := range c.h {
		has := c.rowInk(y, c.x0, c.x1)
		switch {
		case has && (len(runs) == 0 || runs[len(runs)-1].y1 < y-1):
			runs = append(runs, inkRun{y, y})
		case has:
			runs[len(runs)-1].y1 = y
		}
	}
	return runs
}

// meanX is the mean x of the first glyph's ink in rows y0…y1 (0 for none).
func (c *glyphCrop) meanX(y0, y1 int) float64 {
	var sum, n float64
	for y := y0; y <= y1; y++ {
		for x := c.x0; x < c.x1; x++ {
			if c.ink(x, y) {
				sum += float64(x)
				n++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return sum / n
}

// chevron tells less from greater by where the run's ink is at its middle
// rows against its top rows; 0 when neither leans.
func (c *glyphCrop) chevron(r inkRun, less, greater rune) rune {
	rh := r.y1 - r.y0 + 1
	if rh < 5 {
		return 0
	}
	mid := r.y0 + rh/2
	band := max(1, rh/8)
	m := c.meanX(mid-band, mid+band)
	t := c.meanX(r.y0, r.y0+band)
	switch d := m - t; {
	case d > float64(c.x1-c.x0)/5:
		return greater
	case d < -float64(c.x1-c.x0)/5:
		return less
	}
	return 0
}

// hanOf returns the Han characters of s but the comparator look-alikes
// (三 for ≥): a second reading is taken only when it keeps the first one's
// Chinese (chi_sim+eng reads 月 as A).
func hanOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if han(r) && !comparatorLike(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// latinCode reports whether a second reading is a code of Latin letters
// and digits (10 or more, a project code) that the first reading holds
// with a Han character in place of each of some letters: chi_sim reads a
// final Y, P or H of 13060526P00002810081H as 了, 卫 or 五.
func latinCode(first, second string) bool {
	if len(second) < 10 || !isCode(second) {
		return false
	}
	f, sec := []rune(first), []rune(second)
	if len(f) != len(sec) {
		return false
	}
	swapped := 0
	for i := range f {
		switch {
		case f[i] == sec[i]:
		case han(f[i]) && !digit(sec[i]):
			swapped++
		default:
			return false
		}
	}
	return swapped > 0 && swapped <= 2
}

// doubtful is the confidence below which a short line's first reading is
// doubted: a noisy value (3个, <1件, 11人) comes back from chi_sim as Han
// characters (S企, 泡汗件, 人人) with a confidence of 10 to 50.
const doubtful = 60

// doubtfulShort reports whether a first reading is short (eight characters
// at most) with a confidence below doubtful: it is read again with
// chi_sim+eng from the binarised crop, and that reading kept when it looks
// like a value and is more confident (valueLike): 2400浅 → 2400人.
func doubtfulShort(s string, conf int) bool {
	return s != "" && conf < doubtful && utf8.RuneCountInString(s) <= 8
}

// valueLike reports whether s reads as a value: a comparator sign
// (normalize.IsSign: ≥, ≧, ＞ …) or not, a number, then a percent sign or
// Chinese units (万元, 元/平方米/天), no Latin letter.
func valueLike(s string) bool {
	s = strings.TrimLeftFunc(strings.TrimSpace(s), normalize.IsSign)
	if s == "" || !digit(firstRune(s)) {
		return false
	}
	for _, r := range s {
		if !(digit(r) || han(r) || strings.ContainsRune(".,%/ ", r)) {
			return false
		}
	}
	return true
}

// codeTail reports whether line i is the end of a Latin code wrapped in its
// cell: one or two characters under a line of nine or more Latin letters
// and digits (a project code whose final P went down a line, read 卫 by
// chi_sim, or a Y read YY).
func codeTail(texts []string, above []int, i int) bool {
	a := above[i]
	if a < 0 || utf8.RuneCountInString(texts[i]) > 2 || texts[i] == "" {
		return false
	}
	return isCode(texts[a])
}

// isCode reports whether s is nine or more Latin letters and digits.
func isCode(s string) bool {
	if len(s) < 9 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return false
		}
	}
	return true
}

// keepsComparator reports whether a second reading keeps the comparator a
// first reading starts with (≥5% read again from the binarised crop as
// 25% lost it).
func keepsComparator(first, second string) bool {
	f := firstRune(strings.TrimSpace(first))
	if !comparatorLike(f) || f == '-' || f == '—' || f == '_' {
		return true
	}
	return comparatorLike(firstRune(strings.TrimSpace(second)))
}
