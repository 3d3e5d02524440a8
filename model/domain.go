package model

import "strings"

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
// the cost family: 成本指标 as level 1 (newer tree) or as level 2 under 产出指标
// (older tree), including 经济成本指标, 社会成本指标 and 生态环境成本指标.
func IsCostLevel(level1, level2 string) bool {
	return strings.Contains(level1, "成本") || strings.Contains(level2, "成本")
}

// IsCost reports whether the indicator belongs to the cost family (see
// IsCostLevel).
func (ind *Indicator) IsCost() bool { return IsCostLevel(ind.Level1, ind.Level2) }

// IsTimeliness reports whether the indicator is a 时效指标.
func (ind *Indicator) IsTimeliness() bool { return strings.Contains(ind.Level2, "时效") }

// IsOutput reports whether the indicator is under 产出指标.
func (ind *Indicator) IsOutput() bool { return strings.Contains(ind.Level1, "产出") }

// IsSatisfaction reports whether the indicator is a satisfaction target
// (满意度指标 at level 1 or 2).
func (ind *Indicator) IsSatisfaction() bool {
	return strings.Contains(ind.Level1, "满意度") || strings.Contains(ind.Level2, "满意度")
}

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
