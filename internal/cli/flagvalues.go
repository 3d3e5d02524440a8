package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
)

// Typed flags: each checks its value when the flag is parsed, so that a bad
// value is a usage error (exit 2) naming the flag, in every subcommand.

// Year defines a budget-year flag: 0 (unset) or a plausible year
// (model.PlausibleYear).
func (fs *FlagSet) Year(name, usage string) *int {
	v := &yearValue{p: new(int)}
	fs.Var(v, name, usage)
	return v.p
}

// IntAtLeast defines an integer flag that must be at least min when given.
func (fs *FlagSet) IntAtLeast(name string, def, min int, usage string) *int {
	v := &intValue{p: new(int), min: min}
	*v.p = def
	fs.Var(v, name, usage)
	return v.p
}

// Fraction defines a number flag in (0, 1].
func (fs *FlagSet) Fraction(name string, def float64, usage string) *float64 {
	v := &fractionValue{p: new(float64)}
	*v.p = def
	fs.Var(v, name, usage)
	return v.p
}

// Percent defines a percentage flag in [0, 100], written with or without a
// % sign ("92", "92%", "92％").
func (fs *FlagSet) Percent(name string, def int64, usage string) *decimal.Decimal {
	v := &percentValue{p: new(decimal.Decimal)}
	*v.p = decimal.NewFromInt(def)
	fs.Var(v, name, usage)
	return v.p
}

// Choice defines a string flag whose value must be one of choices (the
// first is the default).
func (fs *FlagSet) Choice(name, usage string, choices ...string) *string {
	v := &choiceValue{p: new(string), choices: choices}
	*v.p = choices[0]
	fs.Var(v, name, usage+" ("+strings.Join(choices, ", ")+")")
	return v.p
}

type yearValue struct{ p *int }

func (v *yearValue) String() string {
	if v == nil || v.p == nil || *v.p == 0 {
		return ""
	}
	return strconv.Itoa(*v.p)
}

func (v *yearValue) Set(s string) error {
	y, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || !model.PlausibleYear(y) {
		return fmt.Errorf("want a year from %d to %d", model.MinYear, model.MaxYear)
	}
	*v.p = y
	return nil
}

type intValue struct {
	p   *int
	min int
}

func (v *intValue) String() string {
	if v == nil || v.p == nil {
		return "0"
	}
	return strconv.Itoa(*v.p)
}

func (v *intValue) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < v.min {
		return fmt.Errorf("want a whole number ≥ %d", v.min)
	}
	*v.p = n
	return nil
}

type fractionValue struct{ p *float64 }

func (v *fractionValue) String() string {
	if v == nil || v.p == nil {
		return "0"
	}
	return strconv.FormatFloat(*v.p, 'f', -1, 64)
}

func (v *fractionValue) Set(s string) error {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || !(f > 0 && f <= 1) { // also refuses NaN
		return errors.New("want a number greater than 0 and at most 1")
	}
	*v.p = f
	return nil
}

type percentValue struct{ p *decimal.Decimal }

func (v *percentValue) String() string {
	if v == nil || v.p == nil {
		return "0"
	}
	return v.p.String()
}

func (v *percentValue) Set(s string) error {
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, "%"), "％"))
	d, err := decimal.NewFromString(t)
	if err != nil || d.IsNegative() || d.GreaterThan(decimal.NewFromInt(100)) {
		return errors.New("want a percentage from 0 to 100, e.g. 80 or 92%")
	}
	*v.p = d
	return nil
}

type choiceValue struct {
	p       *string
	choices []string
}

func (v *choiceValue) String() string {
	if v == nil || v.p == nil {
		return ""
	}
	return *v.p
}

func (v *choiceValue) Set(s string) error {
	for _, c := range v.choices {
		if s == c {
			*v.p = s
			return nil
		}
	}
	return fmt.Errorf("want %s", strings.Join(v.choices, ", "))
}

// DecimalAtLeast defines a decimal flag that must be at least min.
func (fs *FlagSet) DecimalAtLeast(name, def, min, usage string) *decimal.Decimal {
	v := &decimalValue{p: new(decimal.Decimal), min: decimal.RequireFromString(min)}
	*v.p = decimal.RequireFromString(def)
	fs.Var(v, name, usage)
	return v.p
}

type decimalValue struct {
	p   *decimal.Decimal
	min decimal.Decimal
}

func (v *decimalValue) String() string {
	if v == nil || v.p == nil {
		return "0"
	}
	return v.p.String()
}

func (v *decimalValue) Set(s string) error {
	d, err := decimal.NewFromString(strings.TrimSpace(s))
	if err != nil || d.LessThan(v.min) {
		return fmt.Errorf("want a number ≥ %s", v.min)
	}
	*v.p = d
	return nil
}
