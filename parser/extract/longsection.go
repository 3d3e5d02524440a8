package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A project's long-term indicators as a grid of their own, under a
// section row across the table (中长期绩效指标, 实施期绩效指标) and before
// the year's grid under its own (年度绩效指标): the long-term grid's rows
// are none of the year's indicators.

// sectionOver reads the row above a grid's header: a lone text naming a
// long-term section (longTermSection) puts the grid's rows out of the
// year's indicators, with LONG-TERM-GRID; one naming the year's
// (年度绩效指标) puts them back, where the header is printed again under
// it. The row must be one cell across the table: a label beside an empty
// cell (中长期目标 | (blank), a goal not written) is no section. Any other
// row leaves the grid as it was.
func (e *extractor) sectionOver(g *gridState) {
	prev := e.prevRow()
	s, n := soleText(prev)
	if n != 1 || !oneCellAcross(prev) {
		return
	}
	switch {
	case longTermSection(s):
		if g.longTerm == "" {
			e.warn(firstPos(prev), diag.LongTermGrid, s)
		}
		g.longTerm = s
	case yearSection(s):
		g.longTerm = ""
	}
}

// longTermSection tells a short section label naming the long-term
// indicators or targets (中长期绩效指标, 项目实施期目标, 长期指标): a
// long-term word, an indicator's or target's word, and no word of the
// year.
func longTermSection(s string) bool {
	t := strings.ReplaceAll(layout.Clean(s), " ", "")
	if utf8.RuneCountInString(t) > 16 || strings.Contains(t, "年度") || !sectionWord(t) {
		return false
	}
	for _, w := range []string{"中长期", "长期", "实施期", "中期"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// yearSection tells a short section label naming the year's indicators
// or targets (年度绩效指标, 本年度绩效目标), no long-term word in it.
func yearSection(s string) bool {
	t := strings.ReplaceAll(layout.Clean(s), " ", "")
	return utf8.RuneCountInString(t) <= 16 && strings.Contains(t, "年度") && sectionWord(t) && !strings.Contains(t, "长期") && !strings.Contains(t, "实施期")
}

// sectionWord tells a label of indicators or targets.
func sectionWord(t string) bool {
	return strings.Contains(t, "指标") || strings.Contains(t, "目标")
}

// oneCellAcross tells a row of one cell, any others the merged parts of
// its span.
func oneCellAcross(row []layout.Cell) bool {
	n := 0
	for i := range row {
		if !row[i].Merged {
			n++
		}
	}
	return n == 1
}
