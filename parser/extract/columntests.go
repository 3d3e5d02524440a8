package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
)

// What placement's rules ask of a column: the caption in a row above it,
// a profile of names only, its place after the levels, other targets
// beside it.

// captionAbove reads the caption of header cell i's column written higher
// in the same table: a self-evaluation's column of points down the form's
// right edge (自评得分, then 100 | 20 | 20 beside the blocks above the grid).
// Every cell between the caption and the header is a bare number or
// blank. Where the reader gives no positions, the column is the rows' last
// cell, for a header cell that is its row's last. It returns the score or
// weight column the caption names, else cNone.
func (e *extractor) captionAbove(row []layout.Cell, i int) gridColumn {
	col := row[i].Pos.Col
	if col == 0 && i != len(row)-1 {
		return cNone
	}
	for r := len(e.above) - 1; r >= 0; r-- {
		above := e.above[r]
		if len(above) == 0 {
			continue
		}
		c := &above[len(above)-1]
		if col > 0 {
			c = nil
			for k := range above {
				if above[k].Pos.Col <= col && col < above[k].Pos.Col+max(above[k].ColSpan, 1) {
					c = &above[k]
					break
				}
			}
			if c == nil || c.ColSpan > 1 {
				return cNone // a row that ends before the column, or a cell across it
			}
		}
		s := layout.Clean(c.Text)
		if c.Merged || s == "" || decimalPrefix(s) == len(s) {
			continue
		}
		if len(s) > 30 {
			return cNone
		}
		switch g := e.lx.gridLabel(labelKey(s)); g {
		case cScore, cWeight:
			return g
		}
		return cNone
	}
	return cNone
}

// onlyNames tells a column of names and nothing else: two or more
// distinct texts, no target or number, none shaped as a level label (…指标),
// none a bare word of the taxonomy (数量, 决策) and none holding a level-2
// word (数量, 社会, 服务对象): 资金到位率, 预算支出进度 under 二级指标 with no
// 三级指标 beside.
func (lx *lexicon) onlyNames(p *profile) bool {
	if p.cells < 2 || p.typed+p.numbers > 0 || p.values*2 >= p.cells || p.distinct.len()*4 < p.cells*3 {
		return false
	}
	for s := range p.distinct.all() {
		key := stripParens(lx.key(s))
		if lx.looksLikeLevel(s) {
			return false
		}
		for _, w := range lx.v.Level2Words {
			if strings.Contains(key, w) {
				return false
			}
		}
		for _, fs := range [][]vocab.Family{lx.v.Taxonomy.Level1, lx.v.Taxonomy.Level2} {
			for _, f := range fs {
				if key == f.Stem {
					return false
				}
			}
		}
	}
	return true
}

// namesUnderLevel reads a level-2 column's profile l and a description
// column's d: l holds distinct short texts, at most a third shaped as
// level labels — half when none of them is written as a level label, a
// level word before 指标 (one of two rows: 预算支出进度; not 数量指标 beside
// 道路管护, the form's own level 2) —, no target or number; d holds
// sentences (half or more end with 。 or ？), on average at least twice as
// long. Then l holds the indicators' names, d what they mean.
func namesUnderLevel(l, d *profile, v *vocab.Vocabulary) bool {
	if l.cells < 2 || d.cells < 2 || l.labels*2 > l.cells || l.typed+l.numbers > 0 || l.distinct.len()*4 < l.cells*3 {
		return false
	}
	if l.labels*3 > l.cells {
		for s := range l.distinct.all() {
			if l1, l2 := levelWords(v, s); (l1 || l2) && strings.HasSuffix(stripParens(s), "指标") {
				return false
			}
		}
	}
	avg := func(p *profile) int {
		n := 0
		for s := range p.distinct.all() {
			n += utf8.RuneCountInString(s)
		}
		return n / p.distinct.len()
	}
	ended := 0
	for s := range d.distinct.all() {
		if strings.HasSuffix(s, "。") || strings.HasSuffix(s, "？") || strings.HasSuffix(s, "?") {
			ended++
		}
	}
	return ended*2 >= d.distinct.len() && avg(d) >= 2*avg(l)
}

// afterLevels reports whether header cell i stands right after the
// deepest level column placed (二级指标, else 一级指标), before the target
// when it is placed: where a grid writes its indicators' names. Columns
// between whose cells are no names (direction words, nature words, signs,
// units, none) under a blank caption (正向, %) are passed over.
func (g *gridState) afterLevels(row []layout.Cell, i int, f *frame) bool {
	deepest := g.idx[cLevel2]
	if deepest < 0 {
		deepest = g.idx[cLevel1]
	}
	if v := g.idx[cValue]; v >= 0 && g.columnOf(row, v, f) <= g.columnOf(row, i, f) && g.columnOf(row, v, f) > g.columnOf(row, deepest, f) {
		return false // the target between the levels and i (a target left of the levels, 指标值 | 一级指标 | 二级指标 | …, stands before neither)
	}
	if g.rightOf(row, deepest, i, f) {
		return true
	}
	at, col := g.columnOf(row, deepest, f), g.columnOf(row, i, f)
	if deepest < 0 || at < 0 || col <= at+1 || f.positioned && row[deepest].ColSpan > 1 {
		return false
	}
	for j := range row {
		c := g.columnOf(row, j, f)
		if c <= at || c >= col {
			continue
		}
		k := f.content(c)
		if layout.Clean(row[j].Text) != "" || slices.Contains(g.idx[:], j) && k != ctUnit ||
			k != ctDirection && k != ctNature && k != ctComparator && k != ctEmpty && k != ctUnit {
			return false // (a blank caption's units, placed as the unit, are passed over too)
		}
	}
	for c := at + 1; c < col; c++ {
		if headIndexOf(row, c, g, f) < 0 {
			return false // a column no header cell stands over
		}
	}
	return true
}

// headIndexOf is the header cell over frame column c, or -1.
func headIndexOf(row []layout.Cell, c int, g *gridState, f *frame) int {
	for j := range row {
		if g.columnOf(row, j, f) == c {
			return j
		}
	}
	return -1
}

// otherTargets reports whether an open header cell other than i stands
// over a column of targets or numbers.
func (g *gridState) otherTargets(row []layout.Cell, i int, f *frame, open func(int) (string, bool)) bool {
	for j := range row {
		if j == i {
			continue
		}
		if _, ok := open(j); !ok {
			continue
		}
		if k := f.content(g.columnOf(row, j, f)); k == ctValue || k == ctNumber {
			return true
		}
	}
	return false
}

// leftOfLevels reports whether header cell i stands left of a level
// column the header places (一级指标, 二级指标): no target stands there.
func (g *gridState) leftOfLevels(row []layout.Cell, i int, f *frame) bool {
	col := g.columnOf(row, i, f)
	for _, c := range []gridColumn{cLevel1, cLevel2} {
		if j := g.idx[c]; j >= 0 && col >= 0 && col < g.columnOf(row, j, f) {
			return true
		}
	}
	return false
}

// rightOf reports whether header cell i stands right of header cell j,
// with no column between them.
func (g *gridState) rightOf(row []layout.Cell, j, i int, f *frame) bool {
	if j < 0 {
		return false
	}
	at, next := g.columnOf(row, j, f), g.columnOf(row, i, f)
	if at < 0 || next < 0 {
		return false
	}
	if f.positioned {
		at += max(row[j].ColSpan, 1) - 1
	}
	return next == at+1
}

// columnName names a grid column in a warning: its key in the vocabulary
// (half_year), a term of diag's catalogue.
func columnName(c gridColumn) string {
	for name, col := range columnNames {
		if col == c {
			return name
		}
	}
	return "nothing"
}
