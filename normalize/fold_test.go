package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// foldByRune is fold as it was written before its uncopied fast path and
// foldRune: every rune of the text written again into a new string.
func foldByRune(s string) (string, bool) {
	var b strings.Builder
	spaced := false
	for _, r := range s {
		switch {
		case IsSpace(r):
			spaced = true
			continue
		case r >= 0xFE00 && r <= 0xFE0F: // a variation selector
			continue
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case signForms[r] != 0:
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
		b.WriteRune(r)
	}
	return b.String(), spaced
}

var foldCases = []string{
	"", "95%", "≥95%", "≧95％", "１００万元", "2024年12月31日前", " 95 %", "95\u3000%", "\u200b95",
	"壹萬圓", "≦ 3 個", "═", "10—20", "10〜20", "好", "\xff", "95\xff%", "\xe2\x89", "a\ufffdb", "\ufeff≥90",
	"12.5", "≥１", "达标", "達標", "≥90%\t", "﹦72890元", "≥\ufe0f95%", " ≥\ufe0e 95", "≥\u033895",
}

// TestFold: fold reads as the rune-by-rune copy did — on full-width
// forms, traditional characters, sign variants, white space and broken
// UTF-8 — and copies nothing where nothing changes.
func TestFold(t *testing.T) {
	for _, s := range foldCases {
		got, gotSpaced := fold(s)
		want, wantSpaced := foldByRune(s)
		if got != want || gotSpaced != wantSpaced {
			t.Errorf("fold(%q) = %q, %v; want %q, %v", s, got, gotSpaced, want, wantSpaced)
		}
	}
	for _, s := range []string{"≥95%", "2024年12月31日前", "达标", "12.5万元"} {
		if n := testing.AllocsPerRun(100, func() { fold(s) }); n != 0 {
			t.Errorf("fold(%q) allocates %v times; want 0", s, n)
		}
	}
}

// FuzzFold: fold and the rune-by-rune copy agree on any text.
func FuzzFold(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gotSpaced := fold(s)
		want, wantSpaced := foldByRune(s)
		if got != want || gotSpaced != wantSpaced {
			t.Fatalf("fold(%q) = %q, %v; want %q, %v", s, got, gotSpaced, want, wantSpaced)
		}
	})
}

// TestSpaceByte: SpaceByte tells, of each byte, the places it holds in
// the UTF-8 of the white space IsSpace knows (an ASCII space its first and
// last, U+00A0's C2 A0, U+200B's E2 80 8B, U+3000's E3 80 80, U+FEFF's EF BB
// BF), and every byte of every character IsSpace reads, to the last rune,
// is marked so: a character added to IsSpace is trimmed and keyed without
// another list to change.
func TestSpaceByte(t *testing.T) {
	const first, second, last = SpaceFirst, SpaceSecond, SpaceLast
	for _, tt := range []struct {
		b    byte
		want uint8
	}{
		{' ', first | last}, {'\t', first | last}, {'\v', first | last}, {0xC2, first}, {0xA0, second | last},
		{0xE2, first}, {0xE3, first}, {0xEF, first}, {0x80, second | last}, {0xBB, second}, {0x8B, last}, {0xBF, last},
		{'a', 0}, {':', 0}, {0xE4, 0}, {0xBC, 0}, {0xF0, 0}, {0xFF, 0},
	} {
		if got := SpaceByte(tt.b); got != tt.want {
			t.Errorf("SpaceByte(%#x) = %03b; want %03b", tt.b, got, tt.want)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !IsSpace(r) {
			continue
		}
		s := string(r)
		if SpaceByte(s[0])&first == 0 || SpaceByte(s[len(s)-1])&last == 0 || len(s) > 1 && SpaceByte(s[1])&second == 0 {
			t.Errorf("%U is white space; SpaceByte does not mark its bytes % x", r, s)
		}
	}
}
