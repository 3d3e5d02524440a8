package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A grid with no header read (blank, or words no vocabulary holds) and
// more than one column of targets: content alone must tell which column is
// the target. Three families do:
//
//   - one value column per recipient area, each named in the row above
//     (笏石街道办 | 埭头镇): the areas of a transfer table;
//   - a self-evaluation: two columns of targets side by side (the target,
//     then the result) and two of bare numbers that add up to no more than
//     the full score, each row's second no greater than its first (the
//     weight, then the score);
//   - two columns of targets side by side, the first written with
//     comparators (≥3) and the second without any (4): the target and its
//     result;
//   - two columns of targets that agree in every row (半年 | 全年 with the
//     same words): the later is read as the target, the earlier left
//     unrecognized with a warning. Two columns of bare numbers adding up
//     to no more than 100 that agree (8 | 8, 10 | 10) are a weight and a
//     full score, no targets: under a self-evaluation's header that made
//     no grid (分值 | 得分 over them) they stay unread.
//
// Any other layout is no grid content can read: its rows stay where the
// header block puts them, no value is guessed into a field.

// targetPlan is what the columns of targets of a headerless grid are.
type targetPlan struct {
	areas  []int              // header cells named by the row above: one per area
	placed map[gridColumn]int // header cell of the name, value, actual, weight, score
	left   []int              // header cells of targets left unplaced
}

// planTargets reads the columns of targets of a headerless grid (head is
// its blank header, rows its rows, f their frame). It reports false when
// content cannot tell them. With one column of targets, or none, it reads
// that one; with more, the first rule that decides gives the plan.
func (e *extractor) planTargets(head []layout.Cell, rows [][]layout.Cell, f *frame) (targetPlan, bool) {
	p := &targetPlanner{e: e, head: head, rows: rows, f: f, plan: targetPlan{placed: map[gridColumn]int{}}}
	p.vals, p.weights = targetColumns(f)
	if len(p.vals) == 0 {
		return p.plan, p.mixedTarget()
	}
	p.dropTextColumns()
	switch {
	case len(p.vals) == 1:
		return p.plan, true
	case len(p.vals) == 0:
		return p.plan, false
	}
	rules := []planRule{
		p.composedTarget, p.targetBesideWeight, p.areaColumns, p.selfEvaluation,
		p.targetThenResult, p.resultEchoesTarget, p.targetWrittenTwice,
	}
	for _, rule := range rules {
		if ok, decided := rule(); decided {
			return p.plan, ok
		}
	}
	return p.plan, false
}

// targetPlanner is planTargets' work: the grid, its frame columns of
// targets and of weights, and the plan made so far.
type targetPlanner struct {
	e       *extractor
	head    []layout.Cell
	rows    [][]layout.Cell
	f       *frame
	vals    []int // frame columns of targets (values, numbers)
	weights []int // frame columns of weights
	plan    targetPlan
}

// planRule is one of planTargets' rules for two or more columns of
// targets: decided tells whether it settles the plan, ok whether content
// then tells the columns.
type planRule func() (ok, decided bool)

// cell is the header cell over frame column k.
func (p *targetPlanner) cell(k int) int { return headIndex(p.head, k, p.f) }

// targetColumns lists the frame columns of targets (values and bare
// numbers) and of weights, in order.
func targetColumns(f *frame) (vals, weights []int) {
	for k := range f.prof {
		switch f.content(k) {
		case ctValue, ctNumber:
			vals = append(vals, k)
		case ctWeight:
			weights = append(weights, k)
		}
	}
	return vals, weights
}

// mixedTarget reads a grid with no column of targets only: one column
// half or more typed targets among sentences (显著提升了…), and no other,
// is the target. It reports whether there is one.
func (p *targetPlanner) mixedTarget() bool {
	f := p.f
	var mixed []int
	for k := range f.prof {
		if q := &f.prof[k]; f.content(k) == ctNone && q.levels == 0 && q.cells >= 2 && (q.typed+q.numbers)*2 >= q.cells {
			mixed = append(mixed, k)
		}
	}
	if len(mixed) != 1 {
		return false
	}
	p.plan.placed[cValue] = p.cell(mixed[0])
	return true
}

// dropTextColumns drops the columns of words only that stand beside the
// targets (textColumns): the first may name the indicators, and a sole
// column left is the target.
func (p *targetPlanner) dropTextColumns() {
	kept, name := p.e.textColumns(p.vals, p.f)
	if len(kept) >= len(p.vals) {
		return
	}
	p.vals = kept
	if name >= 0 {
		p.plan.placed[cName] = p.cell(name)
	}
	if len(p.vals) == 1 {
		p.plan.placed[cValue] = p.cell(p.vals[0]) // before the words content reads as targets
	}
}

// composedTarget reads targets written in three cells (= | 100 | %) with
// the result, weight and score beside them (composedColumns).
func (p *targetPlanner) composedTarget() (ok, decided bool) {
	worded, wordedActual := p.wordedComposed()
	c, found := composedColumns(p.vals, p.weights, worded, wordedActual, p.rows, p.f)
	if !found {
		return false, false
	}
	for col, k := range c.placed {
		p.plan.placed[col] = p.cell(k)
	}
	for _, k := range c.left {
		p.plan.left = append(p.plan.left, p.cell(k))
	}
	return true, true
}

// targetBesideWeight reads typed targets beside bare numbers adding up to
// no more than 100: the target and its weight (targetAndWeight).
func (p *targetPlanner) targetBesideWeight() (ok, decided bool) {
	t, w, found := targetAndWeight(p.vals, p.f)
	if !found {
		return false, false
	}
	p.plan.placed[cValue], p.plan.placed[cWeight] = p.cell(t), p.cell(w)
	return true, true
}

// areaColumns reads one value column per recipient area, each named in
// the row above (areaNames).
func (p *targetPlanner) areaColumns() (ok, decided bool) {
	names := p.e.areaNames(p.head, p.vals, p.f)
	if names == nil {
		return false, false
	}
	p.plan.areas = names
	return true, true
}

// selfEvaluation reads a self-evaluation's target and result side by side
// and its weight and score, bare numbers (selfEvalColumns).
func (p *targetPlanner) selfEvaluation() (ok, decided bool) {
	nums := append(append([]int{}, p.vals...), p.weights...)
	slices.Sort(nums)
	w, s, t, a, found := selfEvalColumns(nums, p.rows, p.f)
	if !found {
		return false, false
	}
	p.plan.placed[cWeight], p.plan.placed[cScore] = p.cell(w), p.cell(s)
	p.plan.placed[cValue], p.plan.placed[cActual] = p.cell(t), p.cell(a)
	return true, true
}

// targetThenResult reads two columns of targets side by side, the first
// written with comparators and the second without (boundedThenMeasured):
// the target and its result.
func (p *targetPlanner) targetThenResult() (ok, decided bool) {
	vals := p.vals
	if len(vals) != 2 || vals[1] != vals[0]+1 || !boundedThenMeasured(vals[0], vals[1], p.rows, p.f) {
		return false, false
	}
	p.plan.placed[cValue], p.plan.placed[cActual] = p.cell(vals[0]), p.cell(vals[1])
	return true, true
}

// resultEchoesTarget reads the last two columns of targets, side by side,
// as the target and its result where the later echoes the earlier and
// meets its bounds (echoedAndMet). A third column may stand before them
// only right after the levels, as the names; any other makes the grid
// unreadable.
func (p *targetPlanner) resultEchoesTarget() (ok, decided bool) {
	vals, f := p.vals, p.f
	n := len(vals)
	if n < 2 || vals[n-1] != vals[n-2]+1 || !echoedAndMet(vals[n-2], vals[n-1], p.rows, f) {
		return false, false
	}
	// (a third column right after the levels, before them, holds the
	// names where some are values: 2020年 | 2020年 | 2020年)
	afterLevels := vals[0] > 0 && (f.content(vals[0]-1) == ctLevel1 || f.content(vals[0]-1) == ctLevel2)
	switch {
	case n == 2:
	case n == 3 && vals[1] == vals[0]+1 && afterLevels:
		p.plan.placed[cName] = p.cell(vals[0])
	default:
		return false, true
	}
	p.plan.placed[cValue], p.plan.placed[cActual] = p.cell(vals[n-2]), p.cell(vals[n-1])
	return true, true
}

// targetWrittenTwice reads two columns of targets side by side that agree
// in every row (半年 | 全年 with the same words), neither of bare numbers
// adding up to no more than 100: the later is the target, the earlier is
// left unplaced.
func (p *targetPlanner) targetWrittenTwice() (ok, decided bool) {
	vals, f := p.vals, p.f
	if len(vals) != 2 || len(p.weights) > 1 || vals[1] != vals[0]+1 || smallNumbers(&f.prof[vals[0]]) || smallNumbers(&f.prof[vals[1]]) ||
		!sameInEveryRow(vals[0], vals[1], p.rows, f) {
		return false, false
	}
	p.plan.placed[cValue] = p.cell(vals[1])
	p.plan.left = []int{p.cell(vals[0])}
	return true, true
}

// textColumns drops from the columns of targets those that hold words
// only (qualitative, no number: 规范, 达到预计值) when they are the names
// or descriptions beside the targets: the first of them right after the
// levels when others follow, any of them when another column holds typed
// targets. It returns the columns kept and the names' column, or -1.
func (e *extractor) textColumns(vals []int, f *frame) (kept []int, name int) {
	wordy := func(k int) bool { p := &f.prof[k]; return p.typed+p.numbers == 0 }
	typed := false // a column of typed targets (≥95%, 2100人), not only bare numbers
	for _, k := range vals {
		typed = typed || f.prof[k].typed > 0
	}
	name = -1
	for n, k := range vals {
		afterLevels := k > 0 && (f.content(k-1) == ctLevel1 || f.content(k-1) == ctLevel2)
		if wordy(k) && n == 0 && afterLevels && (typed || len(vals) > 1) {
			name = k
			continue
		}
		if wordy(k) && typed {
			continue
		}
		kept = append(kept, k)
	}
	return kept, name
}

// targetAndWeight reads two columns of targets, the later bare numbers
// adding up to no more than 100 and the earlier holding typed targets
// (≥95%, 2100人): the target and its weight.
func targetAndWeight(vals []int, f *frame) (t, w int, ok bool) {
	if len(vals) != 2 {
		return 0, 0, false
	}
	pt, pw := &f.prof[vals[0]], &f.prof[vals[1]]
	if pt.typed == 0 || pw.numbers == 0 || pw.numbers != pw.cells || pw.sum.GreaterThan(decimal.NewFromInt(100)) {
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
// cell holds no comparator (the row is 定性). The column right after the
// units, of the same shape, is the result (95 | 好坏). It returns the two
// frame columns, -1 for none.
func (p *targetPlanner) wordedComposed() (target, actual int) {
	target, actual = -1, -1
	f := p.f
	for k := range f.prof {
		if composed(k, f) {
			return -1, -1 // a column of numbers only: composedColumns reads it
		}
	}
	for k := range f.prof {
		if f.content(k) == ctNone && f.content(k-1) == ctComparator && f.content(k+1) == ctUnit && p.wordedIn(k, k-1) {
			if target >= 0 {
				return -1, -1
			}
			target = k
		}
	}
	if target >= 0 && f.content(target+2) == ctNone && p.wordedIn(target+2, target-1) {
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
// written in three cells (= | 100 | %): the one column of numbers between
// the signs and the units is the target (or the worded column,
// wordedComposed, with its result wordedActual, when no such column
// stands); right after the units a column
// of typed values is the result (100%, 8次); columns of bare numbers adding
// up to no more than 100 are the weight, then the score (no score above
// its weight). One such column beside a result may be either and stays
// unplaced; any other column of targets makes the grid unreadable.
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
	hundred := decimal.NewFromInt(100)
	var small []int
	for _, k := range append(append([]int{}, vals...), weights...) {
		p := &f.prof[k]
		switch {
		case k == t:
		case p.numbers > 0 && p.numbers == p.cells && !p.sum.GreaterThan(hundred):
			small = append(small, k)
		case k == t+2 && p.typed > 0 && actual < 0:
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

// composed reports whether frame column k holds the numbers of targets
// written in three cells: a column of comparator signs right before it and
// a column of units right after it (= | 100 | %, ≤ | 10 | 次).
func composed(k int, f *frame) bool {
	return f.content(k) == ctNumber && f.content(k-1) == ctComparator && f.content(k+1) == ctUnit
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
		key := labelKey(s)
		if l1, l2 := levelWords(e.lx.v, key); l1 || l2 || e.lx.gridLabel(key) != cNone || e.lx.looksLikeValue(s) || decimalPrefix(key) > 0 ||
			strings.Contains(key, "指标") || strings.Contains(key, "值") {
			return nil // a level, a target, or a caption's words (全年指标, 目标值): no area
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
	hundred := decimal.NewFromInt(100)
	var small, rest []int
	for _, k := range nums {
		p := &f.prof[k]
		if p.numbers > 0 && p.numbers == p.cells && !p.sum.GreaterThan(hundred) {
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
	return p.numbers > 0 && p.numbers == p.cells && !p.sum.GreaterThan(decimal.NewFromInt(100))
}

// boundedThenMeasured reports whether frame column t holds targets half
// or more written with a comparator (≥3, <=5%) and column a, after it, none:
// a target and its result (a result is measured, not bounded).
func boundedThenMeasured(t, a int, rows [][]layout.Cell, f *frame) bool {
	bounded, filled := 0, 0
	for _, r := range rows {
		if s := cellIn(r, t, nil, f); s != "" {
			filled++
			if startsWithComparator(s) {
				bounded++
			}
		}
		if s := cellIn(r, a, nil, f); startsWithComparator(s) {
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
		if startsWithComparator(y) {
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
// target x ("≥90%", "≤5天"): the same unit after the number, the number on
// the bound's side.
func meets(x, y string) bool {
	if !startsWithComparator(x) || startsWithComparator(y) {
		return false
	}
	nx, ny := firstNumber(x), firstNumber(y)
	if nx == "" || ny == "" || !strings.HasPrefix(y, ny) || strings.TrimSpace(x[strings.Index(x, nx)+len(nx):]) != strings.TrimSpace(y[len(ny):]) {
		return false
	}
	dx, err1 := decimal.NewFromString(nx)
	dy, err2 := decimal.NewFromString(ny)
	if err1 != nil || err2 != nil {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x)
	switch {
	case strings.ContainsRune("≥≧＞>", r):
		return dy.GreaterThanOrEqual(dx) && (r != '>' && r != '＞' || dy.GreaterThan(dx) || strings.HasPrefix(x, ">="))
	case strings.ContainsRune("≤≦＜<", r):
		return dy.LessThanOrEqual(dx) && (r != '<' && r != '＜' || dy.LessThan(dx) || strings.HasPrefix(x, "<="))
	}
	return false
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

// placeTargets enters a plan's placed columns into g, each with a warning
// that names the column and what it holds; a column left is warned of.
func (e *extractor) placeTargets(g *gridState, head []layout.Cell, f *frame, plan targetPlan) {
	for _, c := range []gridColumn{cName, cValue, cActual, cWeight, cScore} {
		i, ok := plan.placed[c]
		if !ok || i < 0 {
			continue
		}
		g.idx[c], g.cols[c] = i, head[i].Pos.Col
		k := g.columnOf(head, i, f)
		e.warn(head[i].Pos, diag.ColumnNoHeader, k+1, f.content(k).key(), columnName(c))
	}
	for _, i := range plan.left {
		if i >= 0 {
			k := g.columnOf(head, i, f)
			e.warn(head[i].Pos, diag.ColumnNoHeader, k+1, f.content(k).key(), columnName(cNone))
		}
	}
}
