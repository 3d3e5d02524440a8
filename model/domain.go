package model

import (
	"strings"

	"github.com/perfdoc/perfdoc/vocab"
)

// The window of years a filing can plausibly name. Four-digit numbers
// outside it are not years (a count, an amount, a code fragment).
const (
	MinYear = 1990
	MaxYear = 2100
)

// PlausibleYear reports whether y lies in [MinYear, MaxYear].
func PlausibleYear(y int) bool { return y >= MinYear && y <= MaxYear }

// ProjectRef identifies a project within one document: its index (the
// number in its title, from 1), code and name.
type ProjectRef struct {
	Index int    `json:"index"`
	Code  string `json:"code"`
	Name  string `json:"name"`
}

// Ref returns the project's reference.
func (p *Project) Ref() ProjectRef {
	return ProjectRef{Index: p.Index, Code: p.Code, Name: p.Name}
}

// IsCostLevel reports whether an indicator with these level texts belongs to
// the cost family, at level 1 (newer tree) or at level 2 under the output
// family (older tree), including its economic, social and ecological kinds.
// The families are those of the vocabulary (package vocab).
func IsCostLevel(level1, level2 string) bool {
	v := vocab.Default()
	return v.Level1Is(vocab.Cost, level1) || v.Level2Is(vocab.Cost, level2)
}

// IsCost reports whether the indicator belongs to the cost family (see
// IsCostLevel).
func (ind *Indicator) IsCost() bool { return IsCostLevel(ind.Level1, ind.Level2) }

// IsTimeliness reports whether the indicator is of the timeliness family.
func (ind *Indicator) IsTimeliness() bool {
	return vocab.Default().Level2Is(vocab.Timeliness, ind.Level2)
}

// IsOutput reports whether the indicator is under the output family.
func (ind *Indicator) IsOutput() bool { return vocab.Default().Level1Is(vocab.Output, ind.Level1) }

// IsSatisfaction reports whether the indicator is a satisfaction target
// (the satisfaction family at level 1 or 2).
func (ind *Indicator) IsSatisfaction() bool {
	v := vocab.Default()
	return v.Level1Is(vocab.Satisfaction, ind.Level1) || v.Level2Is(vocab.Satisfaction, ind.Level2)
}

// IsQuantity reports whether the indicator is an output quantity (数量)
// target.
func (ind *Indicator) IsQuantity() bool {
	return ind.IsOutput() && vocab.Default().Level2Is(vocab.Quantity, ind.Level2)
}

// IsBenefit reports whether the indicator is under the benefit family.
func (ind *Indicator) IsBenefit() bool { return vocab.Default().Level1Is(vocab.Benefit, ind.Level1) }

// CodeYear returns the budget year a project code carries, or 0: a code of
// the form AAAAAAYYP… (six digits of the area, two of the year, then P, as
// in 13060525P004501100061 → 2025).
func CodeYear(code string) int {
	if len(code) < 9 || code[8] != 'P' {
		return 0
	}
	for i := 0; i < 8; i++ {
		if code[i] < '0' || code[i] > '9' {
			return 0
		}
	}
	return 2000 + int(code[6]-'0')*10 + int(code[7]-'0')
}

// YearIn returns the first plausible year written "NNNN年" in s, or 0. A
// year in a document number (保财社【2025】86号) is not followed by 年 and is
// not read.
func YearIn(s string) int {
	for i := 0; i+4 < len(s); i++ {
		if !strings.HasPrefix(s[i+4:], "年") || (i > 0 && isDigit(s[i-1])) {
			continue
		}
		y := 0
		for j := i; j < i+4; j++ {
			if !isDigit(s[j]) {
				y = -1
				break
			}
			y = y*10 + int(s[j]-'0')
		}
		if PlausibleYear(y) {
			return y
		}
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
