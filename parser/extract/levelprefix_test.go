package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A grid of exactly 绩效指标 | 指标值 whose every row names its level before
// its name (数量指标：培训农民工人数 | ≥2000人, probe 122) is not read, and
// LEVEL-PREFIXED-NAMES says why (before, nothing did: its cells were
// unrecognized in silence). A row without the prefix, a prefix that is no
// level (备注：…), a name that is a number, one such row alone, or a grid
// with more captions gives no such warning.
func TestLevelPrefixedNamesWarned(t *testing.T) {
	head := []string{"项目名称", "某项目"}
	for _, tt := range []struct {
		name string
		rows [][]string
		want bool
	}{
		{"every row prefixed", [][]string{{"绩效指标", "指标值"}, {"数量指标：培训农民工人数", "≥2000人"}, {"质量指标：取证率", "≥80%"}, {"满意度指标：学员满意度", "≥90%"}}, true},
		{"a row without", [][]string{{"绩效指标", "指标值"}, {"数量指标：培训农民工人数", "≥2000人"}, {"取证率", "≥80%"}}, false},
		{"no level before the colon", [][]string{{"绩效指标", "指标值"}, {"备注：培训农民工人数", "≥2000人"}, {"说明：取证率", "≥80%"}}, false},
		{"a number after the colon", [][]string{{"绩效指标", "指标值"}, {"数量指标：2000人", "≥2000人"}, {"质量指标：80%", "≥80%"}}, false},
		{"one row alone", [][]string{{"绩效指标", "指标值"}, {"数量指标：培训农民工人数", "≥2000人"}}, false},
		{"three captions", [][]string{{"绩效指标", "三级指标", "指标值"}, {"数量指标：培训", "培训人数", "≥2000人"}, {"质量指标：取证", "取证率", "≥80%"}}, false},
	} {
		rows := append([][]string{head}, tt.rows...)
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		warned := false
		for _, w := range doc.Warnings {
			warned = warned || w.Code == diag.LevelPrefixedNames
		}
		assert.Equal(t, tt.want, warned, tt.name)
	}
}
