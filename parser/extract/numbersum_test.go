package extract

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// TestNumberSum: a column's sum in millionths answers as the decimal sum
// did — weights with halves and hundredths, more decimals than kept,
// negative numbers, sums past int64 — and adding whole numbers and short
// decimals allocates nothing.
func TestNumberSum(t *testing.T) {
	for _, cells := range [][]string{
		{"30", "30", "40"},
		{"7.5", "12.5", "80"},
		{"7.5", "12.5", "79"},
		{"33.33", "33.33", "33.34"},
		{"33.33", "33.33", "33.33"},
		{"0.0000001", "99.9999999"},
		{"0.0000001", "100"},
		{"1.500000000", "98.5"},
		{"-100", "100", "100"},
		{"-200"},
		{"0"},
		{"100.000000"},
		{"9223372036854", "9223372036854", "-18446744073608"},
		{"9223372036854", "9223372036854"},
		{"-9223372036854", "-9223372036854", "18446744073808"},
		{strings.Repeat("9", 40), "1"},
		{"50", "+50", "−50"},
	} {
		var s numberSum
		var want decimal.Decimal
		for _, c := range cells {
			d, ok := smallDecimal(c)
			if !ok {
				continue
			}
			s.add(newFixedNumber(d))
			want = want.Add(d)
		}
		assert.Equal(t, want.IsPositive() && want.Mod(decimal.NewFromInt(100)).IsZero(), s.positiveHundreds(), "%v", cells)
		assert.Equal(t, !want.GreaterThan(decimal.NewFromInt(100)), s.atMostHundred(), "%v", cells)
	}
	var p profile
	lx := defaultLexicon()
	classes := []cellClass{classify(lx, "7.5"), classify(lx, "12.5"), classify(lx, "80")}
	texts := []string{"7.5", "12.5", "80"}
	p.add("x", &cellClass{comparator: true})
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		for i := range classes {
			p.add(texts[i], &classes[i])
		}
	}))
	assert.Equal(t, 303, p.numbers)
}
