package report

import (
	"strings"
	"unicode"
)

// Clean makes text from a filing safe to print: it drops control
// characters (terminal escape sequences lose their ESC and so do nothing),
// bidirectional overrides and NUL, and keeps line breaks (\n; \r\n and a
// lone \r become \n) and tabs. The check report uses it too.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\r':
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == unicode.ReplacementChar || unicode.IsControl(r) || isBidi(r):
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// OneLine is Clean with line breaks and tabs as single spaces, for a cell
// or a line of a terminal report.
func OneLine(s string) string {
	s = Clean(s)
	if !strings.ContainsAny(s, "\n\t") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\t' }), " ")
}

func isClean(s string) bool {
	for _, r := range s {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || isBidi(r) || r == unicode.ReplacementChar {
			return false
		}
	}
	return true
}

// isBidi tells the invisible characters that reorder text (a name that
// reads differently from what it is).
func isBidi(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c
}

// markdownEscaper escapes what Markdown (GFM) would read as markup or raw
// HTML in a table cell.
var markdownEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", "|", "\\|", "\\", "\\\\", "`", "\\`",
	"*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]", "~", "\\~", "#", "\\#",
	"\n", "<br>",
)

// Markdown escapes text for a Markdown table cell or heading: raw HTML
// becomes text, markup characters are escaped, line breaks (LF, CRLF or a
// lone CR) become <br>, control characters are dropped.
func Markdown(s string) string {
	return markdownEscaper.Replace(strings.ReplaceAll(Clean(s), "\t", " "))
}
