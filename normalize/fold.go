package normalize

// fold.go: the characters a value is read in — full-width forms folded
// to their ASCII or canonical forms, and the white space dropped.

import (
	"strings"
	"unicode/utf8"
)

// IsSpace reports whether r is white space in a filing: ASCII white space,
// the no-break, ideographic and zero-width spaces, and a byte-order mark.
// It is the one list of them: SpaceByte is read from it.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u3000', '\u200b', '\ufeff':
		return true
	}
	return false
}

// The places a byte may hold in the UTF-8 of a character of white space,
// as SpaceByte tells them: an ASCII space's one byte is its first and its
// last.
const (
	SpaceFirst  uint8 = 1 << iota // the character's first byte
	SpaceSecond                   // its second byte
	SpaceLast                     // its last byte
)

// spaceBytes marks each byte with the places it holds in the UTF-8 of the
// characters IsSpace reads as white space, found by asking it of every
// character of the Basic Multilingual Plane (some 40 µs; none beyond it is
// white space, which TestSpaceByte checks).
var spaceBytes = func() (t [256]uint8) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if IsSpace(r) {
			var b [utf8.UTFMax]byte
			n := utf8.EncodeRune(b[:], r)
			t[b[0]] |= SpaceFirst
			if n > 1 {
				t[b[1]] |= SpaceSecond
			}
			t[b[n-1]] |= SpaceLast
		}
	}
	return t
}()

// SpaceByte tells the places (SpaceFirst, SpaceSecond, SpaceLast) b may
// hold in the UTF-8 of a character IsSpace reads as white space, 0 where
// none: what lets a scan of bytes (trimming a cell, keying a label) pass a
// text without decoding it.
func SpaceByte(b byte) uint8 {
	return spaceBytes[b]
}

// fold makes full-width forms half-width, traditional characters in the
// lexicon simplified, sign variants canonical (signForms), and removes
// white space and variation selectors. It
// reports whether white space was removed from inside the text. A text
// that needs none of it (most cells) is returned as it is, uncopied; the
// copy starts at the first rune that changes. Broken UTF-8 is written as
// U+FFFD, as ranging over the text reads it.
func fold(s string) (string, bool) {
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				break // written as U+FFFD: a change
			}
		}
		if f, keep := foldRune(r); !keep || f != r {
			break
		}
		i += size
	}
	if i == len(s) {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	spaced := false
	for _, r := range s[i:] {
		f, keep := foldRune(r)
		if !keep {
			spaced = spaced || IsSpace(r)
			continue
		}
		b.WriteRune(f)
	}
	return b.String(), spaced
}

// signForms maps each other form of a comparator sign to the one signOps
// reads. The full-width forms (＜ ＞ ＝) fold with the other full-width
// characters. The rest:
//   - the forms NFKC folds to a sign: the small forms ﹤ ﹥ ﹦ (U+FE64–FE66,
//     typed from a CJK input method's symbol table) and the superscript
//     and subscript equals signs ⁼ ₌;
//   - the forms NFKC leaves, being other signs of the same comparison:
//     ≧ ≦ (with a double line, the common CJK form), ⩾ ⩽ and ⪖ ⪕ (with a
//     slanted line), ⋝ ⋜ (equal to or greater-than, written the other way);
//   - ═, a box-drawing double line typed for = in comparator columns.
//
// A sign with a negating overlay (≥ + U+0338, which NFC writes ≱) is no
// sign: LeadingSign reads none there. TestSignForms checks the list against
// NFKC over the Basic Multilingual Plane.
var signForms = map[rune]rune{
	'\ufe64': '<', '\ufe65': '>', '\ufe66': '=', '⁼': '=', '₌': '=',
	'≧': '≥', '⩾': '≥', '⪖': '≥', '⋝': '≥',
	'≦': '≤', '⩽': '≤', '⪕': '≤', '⋜': '≤',
	'═': '=',
}

// mayBeSignForm reports whether r lies in a block signForms draws from (below
// U+2E80, or the small forms U+FE64–FE66), so that fold, which reads every
// character of every cell, asks the map for none of the CJK characters
// that make up most of a filing.
func mayBeSignForm(r rune) bool {
	return r < 0x2E80 || (r >= 0xFE64 && r <= 0xFE66)
}

// isVariationSelector reports whether r is a variation selector (U+FE00–
// FE0F), which asks for a glyph of the character before it (≥ with U+FE00
// or U+FE0F) and changes no reading: fold drops it.
func isVariationSelector(r rune) bool {
	return r >= 0xFE00 && r <= 0xFE0F
}

// isNegatingMark reports whether r is a combining overlay that negates the
// sign it follows: U+0338 (≥ + U+0338 is ≱, not greater than or equal),
// U+0337, U+20D2 and U+20D3.
func isNegatingMark(r rune) bool {
	return r == 0x0337 || r == 0x0338 || r == 0x20D2 || r == 0x20D3
}

// foldRune is fold's reading of one rune: its folded form, and false for
// white space and variation selectors, which fold removes.
func foldRune(r rune) (rune, bool) {
	if IsSpace(r) {
		return r, false
	}
	if r < utf8.RuneSelf {
		return r, true
	}
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case isVariationSelector(r):
		return r, false
	case mayBeSignForm(r) && signForms[r] != 0:
		r = signForms[r]
	case r == '—' || r == '–' || r == '―' || r == '−' || r == '－':
		r = '-'
	case r == '〜' || r == '∼':
		r = '~'
	default:
		if t, ok := traditional[r]; ok {
			r = t
		}
	}
	return r, true
}

// ---- numbers ----

// MaxDigits is the most digits a number may have (before and after its
// decimal point together) to be read as one; a longer run of digits is
// text. No budget or target needs more, and turning decimal digits into a
// decimal costs time that grows with the square of their number: a cell of
// a million digits took 1.6 s to restate in base units.
const MaxDigits = 64
