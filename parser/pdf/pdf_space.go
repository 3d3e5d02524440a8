package pdf

import (
	"unicode"
	"unicode/utf8"
)

// Spaces at line breaks. A line breaker drops the space it breaks at, and
// a browser does not even draw it, so a line that ends in a Chinese
// character and a next line that starts with one join without a space —
// unless the same document writes those characters around a drawn space
// elsewhere (two on each side, "财政局 保定市" in a list of issuing
// offices) and never together: then the break was at that space.

// spacer knows the contexts the document separates with a space.
type spacer struct {
	spaced map[string]bool // context → also written without the space
}

// spaceContext is how many characters on each side of a space make its
// context.
const spaceContext = 2

// newSpacer learns the spaced contexts of a document from its groups of
// lines (the lines of a cell, or of a page outside tables). A context
// reaches across line breaks; "never together" counts only text on one
// line, since a break is what is in question.
func newSpacer(groups [][]*pline) *spacer {
	s := &spacer{spaced: map[string]bool{}}
	var rs []rune
	var brk []bool // a line break before rs[i]
	for _, ls := range groups {
		rs, brk = rs[:0], brk[:0]
		for i, l := range ls {
			if i > 0 && joinLine(ls[i-1].text, l.text) == " " {
				rs, brk = append(rs, ' '), append(brk, true)
			}
			for j, r := range l.text {
				rs, brk = append(rs, r), append(brk, j == 0 && i > 0)
			}
		}
		s.learnSpaces(rs)
	}
	if len(s.spaced) == 0 {
		return s
	}
	for _, ls := range groups {
		for _, l := range ls {
			rs := []rune(l.text)
			for i := 0; i+2*spaceContext <= len(rs); i++ {
				if _, ok := s.spaced[string(rs[i:i+2*spaceContext])]; ok {
					s.spaced[string(rs[i:i+2*spaceContext])] = true
				}
			}
		}
	}
	return s
}

// learnSpaces records the contexts of the drawn spaces in rs.
func (s *spacer) learnSpaces(rs []rune) {
	for i, r := range rs {
		if r != ' ' || i < spaceContext || i+spaceContext >= len(rs) {
			continue
		}
		if key, ok := contextKey(rs[i-spaceContext:i], rs[i+1:i+1+spaceContext]); ok {
			if _, seen := s.spaced[key]; !seen {
				s.spaced[key] = false
			}
		}
	}
}

// contextKey returns the context of a space between a and b: their Han
// characters, run together.
func contextKey(a, b []rune) (string, bool) {
	for _, r := range a {
		if !unicode.Is(unicode.Han, r) {
			return "", false
		}
	}
	for _, r := range b {
		if !unicode.Is(unicode.Han, r) {
			return "", false
		}
	}
	return string(a) + string(b), true
}

// sep is what joins line l to next text of its paragraph or cell: a
// space when l ended in a drawn space, between Latin words, or where the
// document spaces these characters elsewhere; else nothing.
func (s *spacer) sep(l *pline, next string) string {
	if l.space {
		return " "
	}
	if j := joinLine(l.text, next); j != "" || s == nil || len(s.spaced) == 0 {
		return j
	}
	a := lastRunes(l.text, spaceContext)
	b := []rune(next)
	if len(a) < spaceContext || len(b) < spaceContext {
		return ""
	}
	if key, ok := contextKey(a, b[:spaceContext]); ok {
		if joined, seen := s.spaced[key]; seen && !joined {
			return " "
		}
	}
	return ""
}

// lastRunes returns the last n runes of s (fewer when s is shorter).
func lastRunes(s string, n int) []rune {
	var out []rune
	for len(s) > 0 && len(out) < n {
		r, size := utf8.DecodeLastRuneInString(s)
		out = append([]rune{r}, out...)
		s = s[:len(s)-size]
	}
	return out
}
