package parser

import (
	"strings"

	"github.com/perfdoc/perfdoc/normalize"
)

// clean trims a cell's or paragraph's text: surrounding white space
// (including full-width spaces) goes, and so do trailing tabs.
func clean(s string) string {
	return strings.TrimFunc(s, isSpace)
}

func isSpace(r rune) bool { return normalize.IsSpace(r) }

// oneLine keeps an error message on one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// symbols maps the Symbol font's private-use code points that Word writes
// in w:sym to Unicode.
var symbols = map[uint64]string{
	0xF0B3: "≥", 0xF0A3: "≤", 0xF0B1: "±", 0xF0B4: "×", 0xF0B8: "÷",
	0xF0B9: "≠", 0xF0BB: "≈", 0xF0BA: "≡", 0xF0B0: "°", 0xF0D7: "·",
	0xF03C: "<", 0xF03E: ">", 0xF03D: "=", 0xF025: "%", 0xF02D: "−",
}
