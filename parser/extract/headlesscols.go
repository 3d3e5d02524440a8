package extract

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// The tests a headerless grid's columns are put to (headless.go): which
// columns hold a target and its weight, targets written in three cells,
// the areas named above value columns, a self-evaluation's target, result,
// weight and score, and how two columns of targets relate (bounded then
// measured, echoed and met, the same in every row).

// targetAndWeight reads two columns of targets, the later bare numbers
// adding up to no more than 100 and the earlier holding typed targets
// (≥95%, 2100人): the target and its weight.
func targetAndWeight(vals []int, f *frame) (t, w int, ok bool) {
	if len(vals) != 2 {
		return 0, 0, false
	}
	pt, pw := &f.prof[vals[0]], &f.prof[vals[1]]
	if pt.typed == 0 || !smallNumbers(pw) {
		return 0, 0, false
	}
	return vals[0], vals[1], true
}

// columnPlan is what composedColumns reads: frame columns by the grid
// column they are, and the columns of numbers left unplaced.
type columnPlan struct {
	placed map[gridColumn]int
	left   []int
}

// wordedComposed finds, where no column of bare numbers stands between
// the signs and the units, the column of targets written in three cells
// that a qualitative row writes its target in words into (定性 | 好坏 |
// beside ≥ | 95 | %): a column between a column of signs and one of units,
// half its cells or more numbers, every other cell in a row whose sign
// cell holds no comparator (the row is 定性). The words may read as a
// target themselves (良好, 达标: the column then profiles as targets, not
// mixed). The column right after the units, of the same shape, is the
// result (95 | 好坏). It returns the two frame columns, -1 for none.
func (p *targetPlanner) wordedComposed() (target, actual int) {
	target, actual = -1, -1
	f := p.f
	for k := range f.prof {
		if composed(k, f) {
			return -1, -1 // a column of numbers only: composedColumns reads it
		}
	}
	for k := range f.prof {
		if c := f.content(k); (c == ctNone || c == ctValue) && f.content(k-1) == ctComparator && f.content(k+1) == ctUnit && p.wordedIn(k, k-1) {
			if target >= 0 {
				return -1, -1
			}
			target = k
		}
	}
	if c := f.content(target + 2); target >= 0 && (c == ctNone || c == ctValue) && p.wordedIn(target+2, target-1) {
		actual = target + 2
	}
	return target, actual
}

// wordedIn reports whether frame column k holds numbers in half its
// cells or more, and each of its other texts in a row whose cell in frame
// column sign holds no comparator.
func (p *targetPlanner) wordedIn(k, sign int) bool {
	q := p.f.profile(k)
	if q.numbers == 0 || q.numbers*2 < q.cells {
		return false
	}
	for _, r := range p.rows {
		s := cellIn(r, k, nil, p.f)
		if s == "" || p.e.classOf(s).number {
			continue
		}
		if len(s) > 30 || p.e.classOf(cellIn(r, sign, nil, p.f)).comparator {
			return false
		}
	}
	return true
}

// composedColumns reads the columns of a headerless grid whose targets are
// written in three cells (= | 100 | %, or 100 | % | 以上: composed): the
// one column of numbers before the units is the target (or the worded
// column, wordedComposed, with its result wordedActual, when no such
// column stands); right after the units (after the comparators where they
// follow the units) a column
// of typed values is the result (100%, 8次); columns of bare numbers adding
// up to no more than 100 are the weight, then the score (no score above
// its weight). One such column beside a result may be either and stays
// unplaced (unless a total of 100 stands under it: composedTarget reads
// it as the weights, pointsColumn); any other column of targets makes the
// grid unreadable.
func composedColumns(vals, weights []int, worded, wordedActual int, rows [][]layout.Cell, f *frame) (columnPlan, bool) {
	plan := columnPlan{placed: map[gridColumn]int{}}
	t, actual := worded, -1
	if t >= 0 {
		actual = wordedActual
	}
	for _, k := range vals {
		if composed(k, f) {
			if t >= 0 {
				return plan, false
			}
			t = k
		}
	}
	if t < 0 {
		return plan, false
	}
	plan.placed[cValue] = t
	after := 0 // the comparators' column after the units (100 | % | 以上): the result after it
	if f.content(t-1) != ctComparator && f.content(t+2) == ctComparator {
		after = 1
	}
	var small []int
	for _, k := range append(append([]int{}, vals...), weights...) {
		p := &f.prof[k]
		switch {
		case k == t, k == actual:
		case smallNumbers(p):
			small = append(small, k)
		case k == t+2+after && p.typed > 0 && actual < 0:
			actual = k
		default:
			return plan, false
		}
	}
	slices.Sort(small)
	if actual >= 0 {
		plan.placed[cActual] = actual
	}
	switch {
	case len(small) == 1 && actual < 0:
		plan.placed[cWeight] = small[0]
	case len(small) == 1:
		plan.left = small
	case len(small) == 2:
		w, s := small[0], small[1]
		for _, r := range rows {
			wd, ok1 := smallDecimal(cellIn(r, w, nil, f))
			sd, ok2 := smallDecimal(cellIn(r, s, nil, f))
			if ok1 && ok2 && sd.GreaterThan(wd) {
				return plan, false // a score above its weight: not the pair
			}
		}
		plan.placed[cWeight], plan.placed[cScore] = w, s
	case len(small) > 2:
		return plan, false
	}
	return plan, true
}

// pointsColumn reports whether frame column k, bare numbers adding up
// to no more than 100 beside a self-evaluation's results, holds the
// weights: whole numbers over a total row whose cell in the column is the
// full points, 100 (a grid captured from inside, its first rows cut away:
// 5 | 5 | 10 … over 合计 | 100; a column that adds up to 100 itself the
// profile reads as weights). Scores are what an indicator earned of its
// weight: their total is 100 only where every indicator earned all of it,
// each score then its weight; a score of 7.5 is no weight here.
func (p *targetPlanner) pointsColumn(k int) bool {
	q := p.f.profile(k)
	if !smallNumbers(q) {
		return false
	}
	for _, r := range p.rows {
		if s := cellIn(r, k, nil, p.f); s != "" {
			if d, ok := smallDecimal(s); !ok || !d.IsInteger() || d.Sign() <= 0 {
				return false
			}
		}
	}
	d, ok := smallDecimal(totalCellIn(p.total, k, p.f))
	return ok && d.Equal(decimal.NewFromInt(100))
}

// totalCellIn returns the text of a total row's cell in frame column k:
// by grid column where the reader gives them, else by index, a row
// shorter than the frame's counted from its end (its label across the
// columns on its left: 合计 | 100 | | under eleven cells). Never the
// label's own cell.
func totalCellIn(total []layout.Cell, k int, f *frame) string {
	if len(total) < 2 {
		return ""
	}
	if !f.positioned && len(total) < f.width {
		i := k - (f.width - len(total))
		if i < 1 || total[i].Merged {
			return ""
		}
		return layout.Clean(total[i].Text)
	}
	if first := firstFilled(total); first >= 0 && (f.positioned && total[first].Pos.Col-1 == k || !f.positioned && first == k) {
		return ""
	}
	return cellIn(total, k, nil, f)
}

// composed reports whether frame column k holds the numbers of targets
// written in three cells: a column of units right after it and a column of
// comparators right before it (= | 100 | %, ≤ | 10 | 次) or right after
// the units (100 | % | 以上, 10 | 次 | ≤).
func composed(k int, f *frame) bool {
	return f.content(k) == ctNumber && f.content(k+1) == ctUnit && (f.content(k-1) == ctComparator || f.content(k+2) == ctComparator)
}

// headIndex is the header cell over frame column k, or -1.
func headIndex(head []layout.Cell, k int, f *frame) int {
	if !f.positioned {
		if k < len(head) {
			return k
		}
		return -1
	}
	for i := range head {
		if head[i].Pos.Col-1 == k {
			return i
		}
	}
	return -1
}

// cellIn returns the text of row's cell in frame column k ("" for none, a
// merged cell, or a text across other columns).
func cellIn(row []layout.Cell, k int, head []layout.Cell, f *frame) string {
	for i := range row {
		c := &row[i]
		at := i
		if f.positioned {
			at = c.Pos.Col - 1
			if c.ColSpan > 1 && !sameSpan(head, *c) {
				continue
			}
		}
		if at == k {
			if c.Merged {
				return ""
			}
			return layout.Clean(c.Text)
		}
	}
	return ""
}

// areaNames returns the header cells of the value columns when the row
// above the grid names each of them with a distinct text that is no grid
// header, level or target (the recipient areas), else nil. The names are
// written into head.
func (e *extractor) areaNames(head []layout.Cell, vals []int, f *frame) []int {
	above := e.prevRow()
	if above == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []int
	var texts []string
	for _, k := range vals {
		i := headIndex(head, k, f)
		s := cellIn(above, k, nil, f)
		if i < 0 || s == "" || seen[s] || len(s) > 90 {
			return nil
		}
		key := e.lx.key(s)
		if l1, l2 := e.lx.levelsIn(key); l1 || l2 || e.lx.gridLabel(key) != cNone || e.lx.looksLikeValue(s) || decimalPrefix(key) > 0 ||
			strings.Contains(key, "指标") || strings.Contains(key, "值") || periodCaption(s) {
			return nil // a level, a target, a caption's words (全年指标, 目标值) or a part of the year (3月, 一季度): no area
		}
		seen[s] = true
		out = append(out, i)
		texts = append(texts, s)
	}
	for n, i := range out {
		head[i].Text = texts[n]
	}
	return out
}

// selfEvalColumns finds, among the frame columns of targets and numbers
// (in order), a self-evaluation's: exactly two columns of bare numbers
// adding up to no more than 100 each, the second no greater than the first
// in every row (weight w, score s), and two other columns side by side
// (target t, actual a).
func selfEvalColumns(nums []int, rows [][]layout.Cell, f *frame) (w, s, t, a int, ok bool) {
	if len(nums) != 4 {
		return 0, 0, 0, 0, false
	}
	var small, rest []int
	for _, k := range nums {
		p := &f.prof[k]
		if smallNumbers(p) {
			small = append(small, k)
		} else {
			rest = append(rest, k)
		}
	}
	if len(small) != 2 || len(rest) != 2 || rest[1] != rest[0]+1 {
		return 0, 0, 0, 0, false
	}
	w, s = small[0], small[1]
	for _, r := range rows {
		wd, ok1 := smallDecimal(cellIn(r, w, nil, f))
		sd, ok2 := smallDecimal(cellIn(r, s, nil, f))
		if ok1 && ok2 && sd.GreaterThan(wd) {
			return 0, 0, 0, 0, false // a score above its weight: not the pair
		}
	}
	return w, s, rest[0], rest[1], true
}

// smallNumbers tells a column of bare numbers only, adding up to no more
// than 100: a weight's or a score's, never a target's alone.
func smallNumbers(p *profile) bool {
	return p.numbers > 0 && p.numbers == p.cells && p.sum.atMostHundred()
}

// boundedThenMeasured reports whether frame column t holds targets half
// or more written with a comparator (≥3, <=5%, 大于等于3: boundedTarget)
// and column a, after it, none: a target and its result (a result is
// measured, not bounded).
func boundedThenMeasured(t, a int, rows [][]layout.Cell, f *frame) bool {
	bounded, filled := 0, 0
	for _, r := range rows {
		if s := cellIn(r, t, nil, f); s != "" {
			filled++
			if boundedTarget(s) {
				bounded++
			}
		}
		if s := cellIn(r, a, nil, f); boundedTarget(s) {
			return false
		}
	}
	return filled > 0 && bounded*2 >= filled
}

// echoedAndMet reports whether frame column a, right of t, reads as the
// results of the targets in t: it repeats t's text in a row or more, and
// where t bounds its target with a comparator (≥90%) a, in a row or more,
// holds a bare number that meets the bound (98%); a never writes a
// comparator (a result is measured, not bounded). Columns that agree in
// every row, or where no bound is met, are not told apart by this.
func echoedAndMet(t, a int, rows [][]layout.Cell, f *frame) bool {
	echoed, met, differ := 0, 0, 0
	for _, r := range rows {
		x, y := cellIn(r, t, nil, f), cellIn(r, a, nil, f)
		if boundedTarget(y) {
			return false
		}
		switch {
		case x == "" || y == "":
		case x == y:
			echoed++
		default:
			differ++
			if meets(x, y) {
				met++
			}
		}
	}
	return echoed > 0 && met > 0 && differ > 0
}

// meets tells a bare measured value y ("98%") that meets the bound of
// target x ("≥90%", "≤5天", "大于等于90%", "90%以上"): the same unit after
// the number, the number on the bound's side.
func meets(x, y string) bool {
	op, body := bound(x)
	if op == "" || boundedTarget(y) {
		return false
	}
	nx, ny := firstNumber(body), firstNumber(y)
	if nx == "" || ny == "" || !strings.HasPrefix(y, ny) || strings.TrimSpace(body[strings.Index(body, nx)+len(nx):]) != strings.TrimSpace(y[len(ny):]) {
		return false
	}
	dx, err1 := decimal.NewFromString(nx)
	dy, err2 := decimal.NewFromString(ny)
	if err1 != nil || err2 != nil {
		return false
	}
	switch op {
	case ">=":
		return dy.GreaterThanOrEqual(dx)
	case ">":
		return dy.GreaterThan(dx)
	case "<=":
		return dy.LessThanOrEqual(dx)
	case "<":
		return dy.LessThan(dx)
	}
	return false
}

// bound reads the bound of a target (boundedTarget): its op and the
// target without a comparator word written after the number (90%以上 →
// >=, 90%); "" where it bounds nothing (=, 等于, no comparator).
func bound(x string) (model.Op, string) {
	if b, op, ok := normalize.CutPostfixComparator(x); ok && endsWithDigitOrUnit(b) {
		return op, b
	}
	op, n := normalize.LeadingSign(x)
	if n == 0 {
		op, _ = leadingComparatorWord(x)
	}
	if op == "=" {
		op = ""
	}
	return op, x
}

// sameInEveryRow reports whether frame columns j and k hold the same text
// in every row where both are filled, and both are in some row.
func sameInEveryRow(j, k int, rows [][]layout.Cell, f *frame) bool {
	both := 0
	for _, r := range rows {
		a, b := cellIn(r, j, nil, f), cellIn(r, k, nil, f)
		if a != "" && b != "" {
			if a != b {
				return false
			}
			both++
		}
	}
	return both > 0
}
