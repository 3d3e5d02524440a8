package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/internal/alloctest"
	"github.com/perfdoc/perfdoc/normalize"
)

// TestLongAmountIsNoNumber: an amount of normalize.MaxDigits digits is
// read, one digit more is no number (a million digits cost seconds to
// turn into a decimal in each report that compares budgets).
func TestLongAmountIsNoNumber(t *testing.T) {
	at := strings.Repeat("9", normalize.MaxDigits-2) + ".75"
	assert.Equal(t, len(at), decimalPrefix(at+"万元"))
	assert.Equal(t, len(at)+1, decimalPrefix("-"+at))
	assert.Equal(t, 0, decimalPrefix("9"+at+"万元"))
	assert.Equal(t, 0, decimalPrefix(strings.Repeat("1", normalize.MaxDigits+1)))
}

// TestProfileNumbersBounded: a column's numbers are summed as short
// decimals only: a cell of exponent -9999 made each later addition
// rescale by 10^9999 (10 000 cells: 2.9 s of big-integer work per 100 000),
// and a million digits cost seconds to read.
func TestProfileNumbersBounded(t *testing.T) {
	for _, first := range []string{"1e-9999", strings.Repeat("9", 1<<20)} {
		var p profile
		lx := defaultLexicon()
		add := func(s string) { c := classify(lx, s); p.add(s, &c) }
		n := alloctest.Bytes(func() {
			add(first)
			for i := 0; i < 10000; i++ {
				add("1")
			}
		})
		assert.Equal(t, 10000, p.numbers)
		assert.Less(t, n, uint64(16<<20), "bytes allocated after %.10s", first)
	}
	d, ok := smallDecimal("12.5")
	assert.True(t, ok)
	assert.Equal(t, "12.5", d.String())
	for _, s := range []string{"1e3", "1E-9999", strings.Repeat("1", normalize.MaxDigits+3), "x"} {
		_, ok := smallDecimal(s)
		assert.False(t, ok, s)
	}
}
