package pdf

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// pglyph is a glyph on a page, top-down: y is the baseline.
type pglyph struct {
	text          string
	x0, x1, y, sz float64
	rotated       bool
}

func (g *pglyph) top() float64 { return g.y - 0.85*g.sz }
func (g *pglyph) bot() float64 { return g.y + 0.15*g.sz }
func (g *pglyph) cx() float64  { return (g.x0 + g.x1) / 2 }
func (g *pglyph) cy() float64  { return g.y - 0.35*g.sz }

// pline is a line of text: glyphs left to right.
type pline struct {
	glyphs               []*pglyph
	x0, x1, top, bot, sz float64
	text                 string
	// space is set when the line ends in a drawn space: the line
	// breaker broke there, and a join keeps one space.
	space bool
}

// buildLines groups upright glyphs into lines (a glyph joins the line its
// middle falls in) and reads each line left to right; rotated glyphs make
// one more line of their own, in drawing order.
func buildLines(gs []*pglyph) []*pline {
	var up, rot []*pglyph
	for _, g := range gs {
		if g.rotated {
			rot = append(rot, g)
		} else {
			up = append(up, g)
		}
	}
	sort.SliceStable(up, func(i, j int) bool { return up[i].cy() < up[j].cy() })
	var lines []*pline
	var cur *pline
	for _, g := range up {
		if cur == nil || g.cy() > cur.bot {
			cur = &pline{top: g.top(), bot: g.bot(), x0: g.x0, x1: g.x1}
			lines = append(lines, cur)
		}
		cur.glyphs = append(cur.glyphs, g)
		cur.top, cur.bot = math.Min(cur.top, g.top()), math.Max(cur.bot, g.bot())
	}
	for _, l := range lines {
		sort.SliceStable(l.glyphs, func(i, j int) bool { return l.glyphs[i].x0 < l.glyphs[j].x0 })
		l.finish()
	}
	if len(rot) > 0 {
		l := &pline{glyphs: rot, top: rot[0].top(), bot: rot[0].bot(), x0: rot[0].x0, x1: rot[0].x1}
		l.finish()
		lines = append(lines, l)
	}
	return lines
}

// finish sets the line's extent, size and text. Glyphs drawn twice at
// almost the same place (fake bold) count once; a gap wider than a space
// between non-CJK characters, or than 1.5 em beside CJK, is a space.
func (l *pline) finish() {
	var b strings.Builder
	var prev *pglyph
	kept := l.glyphs[:0]
	sizes := make([]float64, 0, len(l.glyphs))
	for _, g := range l.glyphs {
		if prev != nil && g.text == prev.text && math.Abs(g.x0-prev.x0) < 0.3*g.sz {
			continue
		}
		if prev != nil && !strings.HasSuffix(b.String(), " ") && g.text != " " {
			gap := g.x0 - prev.x1
			em := math.Max(g.sz, prev.sz)
			a, _ := utf8.DecodeLastRuneInString(prev.text)
			c, _ := utf8.DecodeRuneInString(g.text)
			if (!isCJK(a) && !isCJK(c) && gap > 0.2*em) || gap > 1.5*em {
				b.WriteByte(' ')
			}
		}
		if g.text == " " && (prev == nil || strings.HasSuffix(b.String(), " ")) {
			continue
		}
		b.WriteString(g.text)
		kept = append(kept, g)
		sizes = append(sizes, g.sz)
		l.x0, l.x1 = math.Min(l.x0, g.x0), math.Max(l.x1, g.x1)
		l.top, l.bot = math.Min(l.top, g.top()), math.Max(l.bot, g.bot())
		prev = g
	}
	l.glyphs = kept
	l.text = strings.TrimRight(b.String(), " ")
	l.space = len(l.text) < b.Len()
	if len(sizes) > 0 {
		sort.Float64s(sizes)
		l.sz = sizes[len(sizes)/2]
	}
}

// isCJK reports whether r is a Han character, CJK punctuation or a
// full-width form: text where lines and words join without spaces.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef) ||
		(r >= 0x2e80 && r <= 0x2fdf) || r == '…' || r == '—' || r == '“' || r == '”' || r == '‘' || r == '’'
}

// joinLine returns how to join two lines of one paragraph or cell: Latin
// words with a space, anything else (Chinese, numbers, codes) without.
func joinLine(a, b string) string {
	x, _ := utf8.DecodeLastRuneInString(a)
	y, _ := utf8.DecodeRuneInString(b)
	if x < utf8.RuneSelf && y < utf8.RuneSelf && unicode.IsLetter(x) && unicode.IsLetter(y) {
		return " "
	}
	return ""
}

// firstWidth is the width of what a line breaker keeps together at the
// start of the line: a run of Latin letters and digits (or one CJK
// character), with the closing punctuation after it.
func (l *pline) firstWidth() float64 {
	if len(l.glyphs) == 0 {
		return 0
	}
	end := 0
	for end < len(l.glyphs)-1 && strings.Contains("（【《「『“‘([", l.glyphs[end].text) {
		end++
	}
	start := end
	for end < len(l.glyphs) {
		r, _ := utf8.DecodeRuneInString(l.glyphs[end].text)
		if end > start && (isCJK(r) || r == ' ') {
			break
		}
		end++
		if isCJK(r) {
			break
		}
	}
	for end < len(l.glyphs) {
		r, _ := utf8.DecodeRuneInString(l.glyphs[end].text)
		if !strings.ContainsRune("，。、；：？！）】》」』”’%,.;:?!)]", r) {
			break
		}
		end++
	}
	return l.glyphs[end-1].x1 - l.glyphs[0].x0
}

// cellText joins the lines of a cell between left and right: a line that
// reaches the cell's right edge wraps into the next (joined), a shorter
// one ends a paragraph ("\n"), and so does one followed by a numbered
// line after a sentence end.
func (s *spacer) cellText(lines []*pline, left, right float64) string {
	if len(lines) == 0 {
		return ""
	}
	pad := math.Inf(1)
	for _, l := range lines {
		pad = math.Min(pad, l.x0-left)
	}
	edge := right - math.Max(pad, 0)
	var b strings.Builder
	b.WriteString(lines[0].text)
	for i := 1; i < len(lines); i++ {
		prev, next := lines[i-1], lines[i]
		full := prev.x1+next.firstWidth() > edge-0.25*prev.sz
		if full && !(numbered(next.text) && endsSentence(prev.text)) {
			b.WriteString(s.sep(prev, next.text))
		} else {
			b.WriteByte('\n')
		}
		b.WriteString(next.text)
	}
	return b.String()
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。；;：:！!？?", r)
}

// numbered reports whether s starts with a list number ("2." "2、"
// "（二）" "(3)" "一、" "①"), as the extractor reads them.
func numbered(s string) bool {
	n, _ := layout.ListNumber(s)
	return n > 0
}
