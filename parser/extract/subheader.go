package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// The header's second row: the row under a grid's header that qualifies,
// splits or names the parts of its captions (中期 | 年度 under 指标值, the
// areas of a value per area, the halves of a split target caption) is read
// as part of the header, not as an indicator.

// headerGoesOn reports whether row, the first under a grid's header, is
// the header's second row: the parts of a caption it split, sub-captions
// (指标性质 | 指标值 | 度量单位), the bounds of the target's range, the areas
// of a value per area, the halves of the target caption.
func (e *extractor) headerGoesOn(g *gridState, row []layout.Cell) bool {
	switch {
	case g.subRow: // the second row of a header whose caption it split
	case e.subHeader(row):
	case e.boundsSubHeader(row): // the bounds of the target's range (指标值 over 下限 | 上限)
	case e.labelsOnly(row): // the second row of a two-row header (指标性质 | 指标值 | 度量单位)
	case e.areaSubHeader(row):
	case g.captionHalves(row): // the second row of a header: the halves of the target caption
	default:
		return false
	}
	return true
}

// subHeader reads the row under a grid header that qualifies its value
// columns ("指标值" over "中期 | 年度", or "半年 | 全年"): each qualified
// cell becomes a column of its own. It reports whether row was one.
func (e *extractor) subHeader(row []layout.Cell) bool {
	g := e.ps.grid
	type q struct {
		i       int
		col     gridColumn
		planned bool // the year's forecast (全年预计完成值), kept beside the target
	}
	var qs []q
	for i := range row {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		key := e.lx.key(s)
		if utf8.RuneCountInString(key) > 10 {
			return false
		}
		col := e.lx.qualifierColumn(key)
		if col == cNone && e.lx.gridLabel(key) == cActual && g.idx[cActual] < 0 {
			// 指标值 over 年度目标值 | 实际完成值: the results under the
			// caption's second half
			col = cActual
		}
		planned := col == cNone && plannedCompletion(key)
		if col == cNone && !planned {
			return false
		}
		qs = append(qs, q{i, col, planned})
	}
	if len(qs) < 2 {
		return false
	}
	if len(row) != g.width {
		// the header's cells by the grid columns of this row
		for c := range g.idx {
			if g.idx[c] >= 0 && g.cols[c] > 0 {
				g.idx[c] = g.indexAt(row, -2, g.cols[c])
			}
		}
		for k := range g.extras {
			if g.extras[k].col > 0 {
				g.extras[k].idx = g.indexAt(row, -2, g.extras[k].col)
			}
		}
	}
	for _, x := range qs {
		c := &row[x.i]
		label := compactLabel(layout.Clean(c.Text))
		if x.planned {
			// 指标值 over 年度目标值 | 全年预计完成值: the forecast is its own
			// column, kept beside the target, never joined to it
			g.extras = append(g.extras, extraCol{idx: x.i, col: c.Pos.Col, role: model.RoleOther, label: label})
			g.valueSpan = 1
			continue
		}
		if x.col == cValue || x.col == cActual {
			g.idx[x.col], g.cols[x.col], g.labels[x.col] = x.i, c.Pos.Col, label
			if x.col == cActual {
				g.valueSpan = 1 // the caption's span is split: the target is its own column
			}
			continue
		}
		g.extras = append(g.extras, extraCol{idx: x.i, col: c.Pos.Col, role: extraRole(x.col), label: label})
	}
	g.width = len(row)
	return true
}

// areaSubHeader reads the second row of a two-row header that names the
// recipient areas under one target caption (区域目标值 over 新罗区 | 永定区 |
// …): short texts that are no label, level, target or number, standing only
// under the target column (by position, or, in a text export, after the
// blank cells the header's row spans leave). The areas become the grid's
// value columns, one per area, and the row is no indicator.
func (e *extractor) areaSubHeader(row []layout.Cell) bool {
	g := e.ps.grid
	v := g.idx[cValue]
	if v < 0 || len(g.regions) > 0 {
		return false
	}
	var areas []int
	for i := range row {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		if !e.lx.areaLabel(s) {
			return false
		}
		if c := row[i].Pos.Col + g.moved; g.cols[cValue] > 0 && c > 0 {
			if c < g.cols[cValue] || c > g.cols[cValue]+max(g.valueSpan, 1)-1 {
				return false
			}
		} else if i < v {
			return false
		}
		areas = append(areas, i)
	}
	if len(areas) < 2 {
		return false
	}
	for _, i := range areas {
		col := row[i].Pos.Col
		if col > 0 {
			col += g.moved // (a header one cell short: its second row stands left of its columns too)
		}
		g.regions = append(g.regions, extraCol{idx: i, col: col, role: model.RoleRegion, label: compactLabel(layout.Clean(row[i].Text))})
	}
	g.idx[cValue], g.cols[cValue], g.labels[cValue], g.valueSpan = -1, 0, "", 0
	g.width = len(row)
	if row[0].Pos.Col == 0 {
		g.hollowUnderAreas(e.gridRows())
	}
	e.ps.regions = true
	return true
}

// qualifierColumn reads a sub-header cell: 年度/全年 (the target), 中期/长期,
// 半年, 上年, or a full target header.
func (lx *lexicon) qualifierColumn(key string) gridColumn {
	if c, ok := lx.qualifiers[key]; ok {
		return c
	}
	if isTargetKey(key) {
		return targetRole(key)
	}
	return cNone
}

// captionHalves tells the second row of a two-row header where the reader
// gives positions: its texts name the columns the target caption spans
// (指标值 over 2021年实际实现值 | 预期2022年实现值) and stand nowhere else.
func (g *gridState) captionHalves(row []layout.Cell) bool {
	from, span := g.cols[cValue], g.valueSpan
	if from <= 0 || span < 2 {
		return false
	}
	n := 0
	for i := range row {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		if c := row[i].Pos.Col + g.moved; c < from || c >= from+span || !subCaption(s) {
			return false
		}
		n++
	}
	return n >= 2
}

// areaLabel tells a text that may name a recipient area in a header's
// second row (甲县, 市本级, 合计): short, no caption of the grid, no value,
// comparator, level word, digit, part of the year or bound of a range
// (partCaption: 上限, 最小值).
func (lx *lexicon) areaLabel(s string) bool {
	key := lx.key(s)
	if utf8.RuneCountInString(key) > 12 || lx.gridLabel(key) != cNone || lx.isComparator(s) ||
		lx.looksLikeValue(s) || lx.looksLikeLevel(s) || strings.ContainsAny(key, "0123456789%") || partCaption(s) {
		return false
	}
	l1, l2 := levelWords(lx.v, key)
	return !l1 && !l2
}

// areaRowCaptions are the captions of a column that names, row by row, the
// area the indicators beside it belong to (地区 | 一级指标 | …).
var areaRowCaptions = []string{"地区", "区域", "所属地区", "实施地区", "受益地区", "县区", "县（市、区）", "县（市区）", "市县", "地市", "市州"}

// areaRows tells a header cell at i, unplaced, that captions areas written
// as rows: an area caption (areaRowCaptions) over two or more distinct
// area labels (areaLabel) in the rows under the header as wide as it.
func (e *extractor) areaRows(head []layout.Cell, i int) bool {
	if !isWordIn(e.lx.key(layout.Clean(head[i].Text)), areaRowCaptions) {
		return false
	}
	seen := map[string]bool{}
	for _, r := range e.gridRows() {
		if len(r) != len(head) || r[i].Merged {
			continue
		}
		if s := layout.Clean(r[i].Text); s != "" {
			if !e.lx.areaLabel(s) {
				return false
			}
			seen[s] = true
		}
	}
	return len(seen) >= 2
}

// captionsSplitOverRows reads a header whose captions' words were cut over
// two rows (一级 | 二级 | 三级 | 指标 over 指标 | 指标 | 指标 | 值, a PDF's
// converter or a narrow Word column splitting each caption cell in two):
// the row under row, as wide, completes two or more of its captions, each
// of its cells with text glued to the caption above it making a caption of
// the grid's vocabulary (一级指标, 指标值) that it is not alone, no cell of
// it under a blank caption or holding a digit. It returns the header with
// the captions glued; the row under it is then no indicator. Before, that
// row was read as an indicator named 指标 with the target 值.
func (e *extractor) captionsSplitOverRows(row []layout.Cell) ([]layout.Cell, bool) {
	if len(e.rest) == 0 || len(e.rest[0]) != len(row) {
		return nil, false
	}
	next := e.rest[0]
	out := slices.Clone(row)
	glued := 0
	for i := range next {
		t := layout.Clean(next[i].Text)
		if t == "" || next[i].Merged {
			continue
		}
		c := layout.Clean(row[i].Text)
		if c == "" || row[i].Merged || strings.ContainsAny(t, "0123456789０１２３４５６７８９") {
			return nil, false
		}
		whole := c + t
		if e.lx.gridLabel(labelKey(whole)) == cNone || e.lx.gridLabel(labelKey(t)) != cNone && labelKey(t) == labelKey(whole) {
			return nil, false
		}
		out[i].Text = whole
		glued++
	}
	if glued < 2 {
		return nil, false
	}
	return out, true
}
