package extract

import (
	"math"

	"github.com/shopspring/decimal"
)

// A column's numbers are summed only to tell whether they add up to a
// positive multiple of 100 (weights) or to no more than 100 (a weight's
// or a score's column). The sum is kept exactly in millionths in an
// int64 — weights are whole numbers or a few decimals (7.5, 12.5,
// 33.33) — and in a decimal only once a number has more decimals or the
// sum outgrows int64: decimal.Add allocates its big integers on every
// addition.

// fixedScale is how many decimals a fixedNumber keeps: its units are
// 10^-fixedScale.
const fixedScale = 6

// fixedUnit is 1 in a fixedNumber's units.
const fixedUnit = 1_000_000

// fixedNumber is one cell's number: in millionths where it is exactly
// so (exact), and as the decimal it was read as.
type fixedNumber struct {
	units int64
	exact bool
	d     decimal.Decimal
}

// newFixedNumber keeps d, and its millionths where they are whole and
// fit an int64.
func newFixedNumber(d decimal.Decimal) fixedNumber {
	n := fixedNumber{d: d}
	if d.Exponent() < -fixedScale {
		return n // more decimals than kept (1.500000000 too): summed as a decimal
	}
	u := d.Shift(fixedScale)
	if !u.IsInteger() {
		return n
	}
	if b := u.BigInt(); b.IsInt64() {
		n.units, n.exact = b.Int64(), true
	}
	return n
}

// numberSum is the exact sum of a column's numbers: in millionths while
// every number and the sum fit (big false), as a decimal once one does not.
type numberSum struct {
	units int64
	big   bool
	d     decimal.Decimal
}

// add adds n to the sum.
func (s *numberSum) add(n fixedNumber) {
	if !s.big && n.exact {
		if n.units > 0 && s.units <= math.MaxInt64-n.units || n.units <= 0 && s.units >= math.MinInt64-n.units {
			s.units += n.units
			return
		}
	}
	if !s.big {
		s.big, s.d = true, decimal.New(s.units, -fixedScale)
	}
	s.d = s.d.Add(n.d)
}

// positiveHundreds reports whether the sum is positive and a multiple of
// 100.
func (s *numberSum) positiveHundreds() bool {
	if s.big {
		return s.d.IsPositive() && s.d.Mod(decimal.NewFromInt(100)).IsZero()
	}
	return s.units > 0 && s.units%(100*fixedUnit) == 0
}

// atMostHundred reports whether the sum is no more than 100.
func (s *numberSum) atMostHundred() bool {
	if s.big {
		return !s.d.GreaterThan(decimal.NewFromInt(100))
	}
	return s.units <= 100*fixedUnit
}
