package extract

import (
	"slices"

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
//   - under a self-evaluation's heading or title, two columns of typed
//     targets side by side right after the names, neither bounded by a
//     comparator where the other is not, no column of numbers beside
//     them (2021年12月 | 2021年12月, 3500万人次 | 3577万人次): the
//     national 自评表 template's order, the target then the result, read
//     with a warning that the order placed them;
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
	areas   []int              // header cells named by the row above: one per area
	placed  map[gridColumn]int // header cell of the name, value, actual, weight, score
	left    []int              // header cells of targets left unplaced
	byOrder bool               // the value and the actual were placed by the template's order (templateOrder)
	// undecided tells a grid whose target content cannot tell from the
	// points beside it (bareNumbersBesideTargets): its later rows, read
	// alone, would tell no better
	undecided bool
}

// planTargets reads the columns of targets of a headerless grid (head is
// its blank header, rows its rows, total the total row that ends them or
// nil, f their frame). It reports false when content cannot tell them.
// With one column of targets, or none, it reads that one; with more, the
// first rule that decides gives the plan.
func (e *extractor) planTargets(head []layout.Cell, rows [][]layout.Cell, total []layout.Cell, f *frame) (targetPlan, bool) {
	p := &targetPlanner{e: e, head: head, rows: rows, total: total, f: f, plan: targetPlan{placed: map[gridColumn]int{}}}
	p.vals, p.weights = targetColumns(f)
	if len(p.vals) == 0 {
		return p.plan, p.mixedTarget()
	}
	p.dropTextColumns()
	switch {
	case len(p.vals) == 1:
		if p.bareNumbersBesideTargets() {
			p.plan.undecided = true
			return p.plan, false
		}
		return p.plan, true
	case len(p.vals) == 0:
		return p.plan, false
	}
	rules := []planRule{
		p.composedTarget, p.targetBesideWeight, p.areaColumns, p.selfEvaluation,
		p.targetThenResult, p.resultEchoesTarget, p.templateOrder, p.targetWrittenTwice,
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
	total   []layout.Cell // the total row under the rows (合计 | 100), or nil
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

// bareNumbersBesideTargets tells a sole column of targets that holds bare
// numbers only (10 | 5 | 5 | 4: a weight's or a score's points as well
// as a target's) beside another column of mixed content (no kind of
// cell most of them: not names, levels, units or signs) holding numbers
// or typed targets among words (470 | 320 | 高中低, 2370人 | 符合相关文件要求),
// or another column of numbers whose unit the next column writes (= | 100
// | % | 60: the points right of the target's parts): that column may be
// the targets, and the bare numbers its weights; content cannot tell
// which is the target, and reads neither, in these rows or any of them
// read alone (targetPlan.undecided).
func (p *targetPlanner) bareNumbersBesideTargets() bool {
	f, k := p.f, p.vals[0]
	if q := &f.prof[k]; q.typed > 0 || q.numbers < q.cells {
		return false
	}
	for j := range f.prof {
		q := &f.prof[j]
		if j != k && j+1 < len(f.prof) && f.content(j+1) == ctUnit && (f.content(j) == ctWeight || f.content(j) == ctNumber) {
			return true // numbers the unit column beside them counts (= | 100 | %): a target's
		}
		if j == k || f.content(j) != ctNone || q.levels > 0 || q.cells < 2 {
			continue
		}
		if q.typed+q.numbers > 0 {
			return true
		}
	}
	return false
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
	if _, ok := c.placed[cActual]; ok && len(c.left) == 1 && p.pointsColumn(c.left[0]) {
		// the one column of bare numbers beside the results adds up to
		// the full points: the weights (the scores left blank)
		c.placed[cWeight], c.left = c.left[0], nil
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
	switch {
	case n == 2:
	case n == 3 && vals[1] == vals[0]+1 && afterLevels(vals[0], f):
		p.plan.placed[cName] = p.cell(vals[0])
	default:
		return false, true
	}
	p.plan.placed[cValue], p.plan.placed[cActual] = p.cell(vals[n-2]), p.cell(vals[n-1])
	return true, true
}

// templateOrder reads, under a self-evaluation (extractor.selfEvaluation),
// two columns of typed targets side by side (2021年12月, 3500万人次)
// that nothing else tells apart as the target then the result: every
// self-evaluation template puts the target's column (年度指标值, 预期指标值)
// before the result's (实际完成值). It holds only where they can be no
// other columns: right after a column of names with only levels, a block
// label or row numbers left of it (no other text that could be the
// names), no column of weights or
// numbers anywhere in the grid, no number or target right of them, each
// of the two mostly typed targets (not bare numbers: weights, scores,
// amounts), and the later never bounded by a comparator (a result is
// measured, not bounded; two bounded columns are two targets).
func (p *targetPlanner) templateOrder() (ok, decided bool) {
	vals, f := p.vals, p.f
	if len(vals) != 2 || len(p.weights) > 0 || vals[1] != vals[0]+1 || !p.e.selfEvaluation() {
		return false, false
	}
	t, a := vals[0], vals[1]
	if f.content(t-1) != ctName || f.content(t) != ctValue || f.content(a) != ctValue {
		return false, false
	}
	for k := range t - 1 {
		// (效益指标 is a word of both levels: its column profiles mixed)
		switch q := &f.prof[k]; f.content(k) {
		case ctEmpty, ctBlock, ctLevel1, ctLevel2, ctSerial:
		default:
			if q.levels < q.cells {
				return false, false // texts that could be the names, or the targets' descriptions
			}
		}
	}
	for _, k := range vals {
		if q := &f.prof[k]; q.typed*2 <= q.cells || smallNumbers(q) {
			return false, false
		}
	}
	for k := a + 1; k < len(f.prof); k++ {
		if q := &f.prof[k]; q.numbers+q.values > 0 {
			return false, false
		}
	}
	for _, r := range p.rows {
		if boundedTarget(cellIn(r, a, nil, f)) {
			return false, false
		}
	}
	p.plan.placed[cValue], p.plan.placed[cActual] = p.cell(t), p.cell(a)
	p.plan.byOrder = true
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
		if wordy(k) && n == 0 && afterLevels(k, f) && (typed || len(vals) > 1) {
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

// afterLevels reports whether frame column k stands right after a column
// of level labels (level 1 or level 2).
func afterLevels(k int, f *frame) bool {
	c := f.content(k - 1)
	return k > 0 && (c == ctLevel1 || c == ctLevel2)
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
	if v, a := plan.placed[cValue], plan.placed[cActual]; plan.byOrder && v >= 0 && a >= 0 {
		e.warn(head[v].Pos, diag.ColumnsByTemplateOrder, g.columnOf(head, v, f)+1, g.columnOf(head, a, f)+1)
	}
	for _, i := range plan.left {
		if i >= 0 {
			k := g.columnOf(head, i, f)
			e.warn(head[i].Pos, diag.ColumnNoHeader, k+1, f.content(k).key(), columnName(cNone))
		}
	}
}
