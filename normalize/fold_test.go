package normalize

import (
	"strings"
	"testing"
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
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == '≧' || r == '⩾' || r == '≥':
			r = '≥'
		case r == '≦' || r == '⩽':
			r = '≤'
		case r == '═':
			r = '='
		case r == '﹤':
			r = '<'
		case r == '﹥':
			r = '>'
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
	"12.5", "≥１", "达标", "達標", "≥90%\t",
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
