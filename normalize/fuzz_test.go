package normalize

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
)

// FuzzValue: typing never panics, is stable (the same text twice gives the
// same value, and typing Raw again gives it back), and numbers are
// decimals.
func FuzzValue(f *testing.F) {
	for _, file := range []string{"testdata/seed-values.txt", "testdata/more-values.txt", "testdata/cn-numeral-values.txt"} {
		for _, c := range readCases(f, file) {
			f.Add(c.raw, c.level2)
		}
	}
	f.Fuzz(func(t *testing.T, raw, level2 string) {
		ctx := Context{Year: 2026, Level2: level2}
		a := Value(raw, ctx)
		b := Value(raw, ctx)
		if compact(a) != compact(b) || a.Raw != b.Raw {
			t.Fatalf("unstable: %q gives %s then %s", raw, compact(a), compact(b))
		}
		if c := Value(a.Raw, ctx); compact(c) != compact(a) {
			t.Fatalf("Value(Raw) differs: %q gives %s, its Raw %q gives %s", raw, compact(a), a.Raw, compact(c))
		}
		check := func(s string) {
			if _, err := decimal.NewFromString(s); err != nil {
				t.Fatalf("%q: number %q is not a decimal", raw, s)
			}
		}
		// a negative number needs a minus sign in the text: no reading
		// wraps around
		if (strings.HasPrefix(a.Number, "-") || strings.HasPrefix(a.Min, "-")) && !strings.ContainsAny(raw, "-－−‐‑–—负") {
			t.Fatalf("%q: negative number %q%q without a minus sign", raw, a.Number, a.Min)
		}
		switch a.Kind {
		case model.KindQuantity:
			check(a.Number)
			check(a.Base.Number)
		case model.KindRange:
			check(a.Min)
			check(a.Max)
		}
		if _, err := a.MarshalJSON(); err != nil {
			t.Fatal(err)
		}
	})
}
