package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/perfdoc/perfdoc/model"
)

// TestSignForms: every form of a comparator sign is read as the sign, the
// target keeping it as written: the small forms ﹤﹥﹦ (U+FE64–FE66) and
// the superscript and subscript equals signs, which NFKC folds to < > =;
// the full-width ＜＞＝; ≧≦, ⩾⩽, ⪖⪕ and ⋝⋜, which NFKC leaves; a sign
// with a variation selector after it. A sign with a negating overlay (≥
// + U+0338, ≱ decomposed; = + U+0338, ≠) is none. Before, ﹦72890元 was
// text, as were ⁼5 and ≥︎95%, and ≥ + U+0338 was read as ≥.
func TestSignForms(t *testing.T) {
	tests := []struct {
		raw    string
		op     model.Op
		length int // LeadingSign's, in bytes
	}{
		{"﹦72890元", "=", 3}, {"﹤5天", "<", 3}, {"﹥5天", ">", 3}, {"⁼100%", "=", 3}, {"₌100%", "=", 3},
		{"＝100%", "=", 3}, {"＞5天", ">", 3}, {"＜＝5天", "<=", 6},
		{"≧95%", ">=", 3}, {"⩾95%", ">=", 3}, {"⪖95%", ">=", 3}, {"⋝95%", ">=", 3},
		{"≦5天", "<=", 3}, {"⩽5天", "<=", 3}, {"⪕5天", "<=", 3}, {"⋜5天", "<=", 3},
		{"≥\ufe0f95%", ">=", 6}, {"≥\ufe00\ufe0e95%", ">=", 9}, {"﹦\ufe0e100%", "=", 6},
		{"≥\u033895%", "", 0}, {"=\u03385", "", 0}, {"<\u20d25", "", 0}, {"≱95%", "", 0}, {"≠5", "", 0},
	}
	for _, tt := range tests {
		op, n := LeadingSign(tt.raw)
		if op != tt.op || n != tt.length {
			t.Errorf("LeadingSign(%q) = %q, %d; want %q, %d", tt.raw, op, n, tt.op, tt.length)
		}
		v := Value(tt.raw, Context{Year: 2025})
		if v.Raw != tt.raw {
			t.Errorf("Value(%q).Raw = %q; want it as written", tt.raw, v.Raw)
		}
		if tt.op != "" && (v.Kind != model.KindQuantity || v.Op != tt.op) {
			t.Errorf("Value(%q): %s, op %q; want a quantity, op %q", tt.raw, v.Kind, v.Op, tt.op)
		}
		if tt.op == "" && v.Kind == model.KindQuantity {
			t.Errorf("Value(%q): a quantity, op %q; a negated sign is no comparator", tt.raw, v.Op)
		}
	}
}

// TestSignFormsCoverNFKC: every character of the Basic Multilingual Plane
// that NFKC folds to a comparator sign (< > = ≥ ≤) is a sign to IsSign,
// read with the sign's op; every sign NFD writes with a combining overlay
// (≮ ≯ ≠ ≰ ≱), written decomposed, is none.
func TestSignFormsCoverNFKC(t *testing.T) {
	ops := map[string]model.Op{"<": "<", ">": ">", "=": "=", "≥": ">=", "≤": "<="}
	for r := rune(0); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		if op, ok := ops[norm.NFKC.String(s)]; ok {
			if got, n := LeadingSign(s); !IsSign(r) || got != op || n != len(s) {
				t.Errorf("%U %s: NFKC folds it to a sign (%s); LeadingSign reads %q, %d", r, s, op, got, n)
			}
		}
		if d := norm.NFD.String(s); d != s {
			if _, ok := ops[d[:1]]; ok || strings.HasPrefix(d, "≥") || strings.HasPrefix(d, "≤") {
				if op, n := LeadingSign(d); n > 0 {
					t.Errorf("%U %s: written decomposed (%+q), read as the sign %q", r, s, d, op)
				}
			}
		}
	}
}

// TestSignFormsInGuardedBlocks checks that fold's guard, mayBeSignForm,
// lets every form of signForms through: a form outside its blocks would
// never be folded.
func TestSignFormsInGuardedBlocks(t *testing.T) {
	for r := range signForms {
		if !mayBeSignForm(r) {
			t.Errorf("%U %q is in signForms but mayBeSignForm says no", r, r)
		}
	}
	for _, r := range []rune{'萬', '指', '\u3000', '，', '﹏'} {
		if mayBeSignForm(r) {
			t.Errorf("%U %q: mayBeSignForm says yes to a character outside the sign blocks", r, r)
		}
	}
}
