package layout

import (
	"strings"

	"github.com/perfdoc/perfdoc/normalize"
)

// Clean trims a cell's or paragraph's text: surrounding white space
// (normalize.IsSpace, full-width spaces included) goes, and so do
// trailing tabs. A text whose end bytes can belong to no white space
// (most cells) is returned as it is without decoding.
func Clean(s string) string {
	if s == "" || !spaceStart(s[0]) && !spaceEnd(s[len(s)-1]) {
		return s
	}
	return strings.TrimFunc(s, normalize.IsSpace)
}

// spaceStart tells a byte that may start a character of white space
// (normalize.IsSpace): an ASCII space, or the lead byte of U+00A0, U+200B,
// U+3000 or U+FEFF.
func spaceStart(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xC2, 0xE2, 0xE3, 0xEF:
		return true
	}
	return false
}

// spaceEnd tells a byte that may end a character of white space: an
// ASCII space, or the last byte of U+00A0 (A0), U+3000 (80), U+200B (8B)
// or U+FEFF (BF).
func spaceEnd(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xA0, 0x80, 0x8B, 0xBF:
		return true
	}
	return false
}
