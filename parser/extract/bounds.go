package extract

import (
	"strings"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A target caption over the two bounds of a range (指标值 over 下限 | 上限,
// 最小值 | 最大值, 目标下限 | 目标上限): the two sub-columns are one target,
// read as the range they bound, never as two recipient areas' values.

// boundCaption tells a caption that names one bound of a range: -1 the
// lower (下限, 最低值, 最小值, 目标下限, 区间下限, 下限（万元）), +1 the upper
// (上限, 最高值, 最大值, 目标上限), 0 neither.
func boundCaption(s string) int {
	s = captionSpaces.Replace(s)
	for _, w := range []string{"（", "("} {
		if k := strings.Index(s, w); k > 0 {
			s = s[:k] // 上限（万元）
		}
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "值"), "目标")
	for _, w := range []string{"目标", "指标", "区间"} {
		s = strings.TrimPrefix(s, w)
	}
	switch s {
	case "下限", "最低", "最小", "最低限":
		return -1
	case "上限", "最高", "最大", "最高限":
		return 1
	}
	return 0
}

// boundPair tells the header's second row that names the bounds of the
// target and nothing else: its written cells are a lower bound's caption
// and an upper bound's (boundCaption), side by side, in either order
// (下限 | 上限, 上限 | 下限). It gives their indexes in row.
func boundPair(row []layout.Cell) (lo, hi int, ok bool) {
	var at []int
	for i := range row {
		if !row[i].Merged && layout.Clean(row[i].Text) != "" {
			at = append(at, i)
		}
	}
	if len(at) != 2 || at[1] != at[0]+1 {
		return 0, 0, false
	}
	a, b := boundCaption(layout.Clean(row[at[0]].Text)), boundCaption(layout.Clean(row[at[1]].Text))
	switch {
	case a == -1 && b == 1:
		return at[0], at[1], true
	case a == 1 && b == -1:
		return at[1], at[0], true
	}
	return 0, 0, false
}

// boundsSubHeader reads the second row of a two-row header whose target
// caption spans the bounds of a range (指标值 over 下限 | 上限): the pair
// (boundPair) stands under the caption and fills it, by position where
// the reader gives positions (the caption spans the two columns), else
// from the target's column on (a text export: the caption's span printed
// as a blank, or spelled out by targetOverAreas). The lower bound's column
// becomes the target's and the upper's is kept beside it (g.upper): each
// row's target is the range the two cells bound (boundsValue). It reports
// whether row was such a row.
func (e *extractor) boundsSubHeader(row []layout.Cell) bool {
	g := e.ps.grid
	v := g.idx[cValue]
	lo, hi, ok := boundPair(row)
	if v < 0 || !ok || len(g.regions) > 0 || g.upper != nil {
		return false
	}
	first := min(lo, hi)
	if from := g.cols[cValue]; from > 0 && row[first].Pos.Col > 0 {
		if row[first].Pos.Col+g.moved != from || g.valueSpan != 2 {
			return false
		}
	} else if first != v || len(row) != g.width {
		return false
	}
	col := func(i int) int {
		if c := row[i].Pos.Col; c > 0 {
			return c + g.moved
		}
		return 0
	}
	g.setBounds(row, lo, hi, col(lo), col(hi))
	g.width = len(row)
	return true
}

// setBounds makes a bound pair's columns the target's range: the lower's
// (index lo in row, grid column loCol) the target's column, the upper's
// kept beside it (g.upper), each under its caption.
func (g *gridState) setBounds(row []layout.Cell, lo, hi, loCol, hiCol int) {
	g.idx[cValue], g.cols[cValue], g.labels[cValue] = lo, loCol, compactLabel(layout.Clean(row[lo].Text))
	g.upper = &extraCol{idx: hi, col: hiCol, role: model.RoleOther, label: compactLabel(layout.Clean(row[hi].Text))}
	g.valueSpan = 1
}

// boundColumns reads a header with no target caption whose only unknown
// captions after the names (after: the names', description's or sign's
// column) are a bound pair side by side (三级指标 | 下限 | 上限 | 计量单位):
// the two columns are the target's range, the lower's column the target's
// and the upper's kept beside it (g.upper), as under a target caption
// (boundsSubHeader). It reports whether it read them so.
func (g *gridState) boundColumns(row []layout.Cell, unknown []int, after int) bool {
	var at []int
	for _, i := range unknown {
		if i > after && layout.Clean(row[i].Text) != "" {
			at = append(at, i)
		}
	}
	if len(at) != 2 || at[1] != at[0]+1 {
		return false
	}
	lo, hi, ok := boundPair(row[at[0] : at[1]+1])
	if !ok {
		return false
	}
	lo, hi = lo+at[0], hi+at[0]
	g.setBounds(row, lo, hi, row[lo].Pos.Col, row[hi].Pos.Col)
	return true
}

// boundsValue composes the target of a row under a bounds pair from its
// lower and upper cells: both written, the range (120 | 150 → 120-150, 90%
// | 95% → 90%-95%, the same bound twice → that number); the lower alone,
// at least it (90% | (blank) → ≥90%); the upper alone, at most it. A
// dash is a blank. Each written cell must be a number with at most a unit
// and no comparator or words (a value normalize reads as = and repairs
// nothing in), the two in one unit or one unit between them; else ok is
// false and no target is made up.
func boundsValue(lo, hi string) (string, bool) {
	if isEmptyMark(lo) {
		lo = ""
	}
	if isEmptyMark(hi) {
		hi = ""
	}
	unit := func(s string) (string, bool) {
		v := normalize.Value(s, normalize.Context{Year: 2000})
		if v.Kind != model.KindQuantity || v.Op != model.OpEq || len(v.Warnings) > 0 ||
			startsWithComparator(s) || startsWithComparatorWord(s) || strings.HasPrefix(s, "-") {
			return "", false
		}
		return valueUnit(s), true
	}
	var units [2]string // the lower's and the upper's
	for i, s := range [2]string{lo, hi} {
		if s == "" {
			continue
		}
		u, ok := unit(s)
		if !ok {
			return "", false
		}
		units[i] = u
	}
	lu, hu := units[0], units[1]
	switch {
	case lo == "" && hi == "":
		return "", true
	case hi == "":
		return "≥" + lo, true
	case lo == "":
		return "≤" + hi, true
	case lo == hi:
		return lo, true
	case lu != "" && hu != "" && lu != hu:
		return "", false // 90% | 100人: no one range
	case hu == "" && lu != "":
		return lo + "-" + hi + lu, true // 90% | 95 → 90%-95%
	}
	return lo + "-" + hi, true
}

// boundsTarget reads a row's target under a bounds pair (boundsSubHeader)
// from its lower cell val (at pos, index idx) and its upper cell: the
// range the two bound (boundsValue), and the written cells as the value's
// parts. Cells that bound no one range are left unread: no target, and no
// bound taken for one. The parts are empty but not nil where the row is
// read so.
func (r *gridRow) boundsTarget(val string, pos model.Pos, idx int) (string, model.Pos, int, []model.LabeledText) {
	g := r.g
	hi, hiPos, _ := r.at(*g.upper)
	raw, ok := boundsValue(val, hi)
	if !ok {
		if idx >= 0 {
			r.used[idx] = false
		}
		if i := r.index(g.upper.idx, g.upper.col); i >= 0 {
			r.used[i] = false
		}
		return "", model.Pos{}, -1, nil
	}
	parts := []model.LabeledText{}
	if val != "" && !isEmptyMark(val) {
		parts = append(parts, model.LabeledText{Label: g.labels[cValue], Text: val, Source: pos})
	}
	if hi != "" && !isEmptyMark(hi) {
		parts = append(parts, model.LabeledText{Label: g.upper.label, Text: hi, Source: hiPos})
		if len(parts) == 1 {
			pos = hiPos
		}
	}
	return raw, pos, idx, parts
}
