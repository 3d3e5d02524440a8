package report

import (
	"math"
	"strings"
)

// cellWidth is how many columns s takes in a spreadsheet cell: East
// Asian wide and full-width characters (Chinese, full-width punctuation
// such as （）) count two, the others one.
func cellWidth(s string) int {
	n := 0
	for _, r := range s {
		if wide(r) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// wide reports whether r is East Asian wide or full-width (Unicode
// EastAsianWidth W or F, the blocks filings use).
func wide(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x115F, // Hangul Jamo
		r >= 0x2E80 && r <= 0x303E, // CJK radicals, punctuation (、。「」)
		r >= 0x3041 && r <= 0x33FF, // kana, CJK symbols
		r >= 0x3400 && r <= 0x4DBF, // CJK extension A
		r >= 0x4E00 && r <= 0x9FFF, // CJK unified ideographs
		r >= 0xA000 && r <= 0xA4CF, // Yi
		r >= 0xAC00 && r <= 0xD7A3, // Hangul syllables
		r >= 0xF900 && r <= 0xFAFF, // CJK compatibility ideographs
		r >= 0xFE30 && r <= 0xFE4F, // CJK compatibility forms
		r >= 0xFF00 && r <= 0xFF60, // full-width forms （）：，
		r >= 0xFFE0 && r <= 0xFFE6,
		r >= 0x20000 && r <= 0x3FFFD:
		return true
	}
	return false
}

// maxColWidth is the widest a column grows to fit its text; longer text
// wraps inside it.
const maxColWidth = 60

// fitWidths widens each column to its widest line (header included, in
// display width, plus a margin), from its set width up to maxColWidth.
func fitWidths(cols []column, texts func(col int) []string) []float64 {
	out := make([]float64, len(cols))
	for i, c := range cols {
		need := cellWidth(c.title)
		for _, t := range texts(i) {
			for _, line := range strings.Split(t, "\n") {
				need = max(need, cellWidth(line))
			}
		}
		out[i] = math.Max(c.width, math.Min(float64(need+2), maxColWidth))
	}
	return out
}

// linesIn is how many lines text takes wrapped in a column of width w.
func linesIn(text string, w float64) int {
	n := 0
	per := max(int(w)-1, 1)
	for _, line := range strings.Split(text, "\n") {
		n += max(1, (cellWidth(line)+per-1)/per)
	}
	return n
}
