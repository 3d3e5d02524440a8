package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCodeYear(t *testing.T) {
	for code, want := range map[string]int{
		"13060525P004501100061": 2025,
		"13060526P00002110067P": 2026,
		"1306052P":              0,
		"13060a25P0001":         0,
		"13060525X0001":         0,
		"":                      0,
	} {
		assert.Equal(t, want, CodeYear(code), code)
	}
}

func TestYearIn(t *testing.T) {
	for s, want := range map[string]int{
		"2025年度下派选调生到村工作中央财政补助资金":        2025,
		"2026年中央就业补助资金 保财社【2025】86号":     2026,
		"提前下达2025年中央就业补助资金-保财社【2024】87号": 2025,
		"保财社【2025】86号":                   0,
		"12025年":                         0,
		"3000年":                          0,
		"办公经费":                           0,
	} {
		assert.Equal(t, want, YearIn(s), s)
	}
}
