package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// lostFirst reads a header that lost its first character ("级指标" of
// 一级指标): the known headers one character longer that end with it,
// whose column is still free; content chooses among several.
func (e *extractor) lostFirst(g *gridState, key string, k content) gridColumn {
	n := utf8.RuneCountInString(key)
	if n < 2 {
		return cNone
	}
	var cands []gridColumn
	for label, c := range e.lx.grid {
		if g.idx[c] < 0 && utf8.RuneCountInString(label) == n+1 && strings.HasSuffix(label, key) && !slices.Contains(cands, c) {
			cands = append(cands, c)
		}
	}
	switch {
	case len(cands) == 1:
		return cands[0]
	case len(cands) > 1:
		if c := contentColumn(k); slices.Contains(cands, c) {
			return c
		}
	}
	return cNone
}

// contentColumn is the grid column a content alone names, or cNone.
func contentColumn(k content) gridColumn {
	switch k {
	case ctComparator:
		return cDirection
	case ctNature:
		return cNature
	case ctUnit:
		return cUnit
	case ctLevel1:
		return cLevel1
	case ctLevel2:
		return cLevel2
	case ctWeight:
		return cWeight
	case ctValue, ctNumber:
		return cValue
	case ctName:
		return cName
	}
	return cNone
}

// placement places a grid's columns by their content: the header's
// reading checked against what the columns hold, then the columns the
// header left blank or unknown. Each step is one rule (the target's in
// placetargets.go, the levels' and names' in placenames.go); byContent
// runs them in order, each seeing what the ones before it placed.
type placement struct {
	e       *extractor
	g       *gridState
	row     []layout.Cell // the header
	f       *frame
	unknown []int // header cells with a caption no vocabulary holds
	placed  []int // header cells placed by content
	areas   int   // unknown columns of targets: a transfer table's areas
}

// byContent checks the header's reading against the columns' content and
// places the columns the header left blank or unknown. It returns the
// header cells it placed.
func (e *extractor) byContent(g *gridState, row []layout.Cell, f *frame, unknown []int) []int {
	if f.rows == 0 {
		return nil
	}
	pl := &placement{e: e, g: g, row: row, f: f, unknown: unknown}
	pl.countAreas()
	pl.directionBesideSigns()
	pl.contradictions()
	pl.levelsOneTooHigh()
	pl.namesUnderLevel2()
	pl.targetOverDescriptions()
	pl.targetBesideUnit()
	pl.targetEchoedByResults()
	pl.unitsBesideBareTargets()
	pl.byCaptionOrContent()
	pl.groupsLeftOfLevel2()
	for i := range row {
		pl.byNeighbours(i)
	}
	pl.level2Names()
	pl.labelsRightOfTarget()
	pl.emptyNames()
	pl.namesBesideDescriptions()
	pl.namesEchoingTarget()
	return pl.placed
}

// countAreas counts the unknown columns of targets: two or more after the
// name are the recipient areas of a transfer table (settleColumns), not
// one target.
func (pl *placement) countAreas() {
	g, row, f, unknown := pl.g, pl.row, pl.f, pl.unknown
	for _, i := range unknown {
		if k := f.content(g.columnOf(row, i, f)); k == ctValue || k == ctNumber {
			pl.areas++
		}
	}
}

// assign places column c at header cell i.
func (pl *placement) assign(c gridColumn, i int) {
	g, row := pl.g, pl.row
	g.idx[c], g.cols[c], g.labels[c] = i, row[i].Pos.Col, compactLabel(layout.Clean(row[i].Text))
	pl.placed = append(pl.placed, i)
}

// move places column to where column from stood (its header cell, grid
// column and label) and leaves from unplaced, its label kept.
func (g *gridState) move(from, to gridColumn) {
	g.idx[to], g.cols[to], g.labels[to] = g.idx[from], g.cols[from], g.labels[from]
	g.idx[from], g.cols[from] = -1, 0
}

// directionBesideSigns unplaces a 指标方向(性) column of direction words
// (正向, 反向) beside a column of comparator signs: the signs are the
// comparator, the words stay unplaced (the indicator has no field for
// them).
func (pl *placement) directionBesideSigns() {
	g, row, f, unknown := pl.g, pl.row, pl.f, pl.unknown
	if i := g.idx[cDirection]; i >= 0 && f.content(g.columnOf(row, i, f)) == ctDirection {
		signs := func(j int) bool { return j >= 0 && j != i && f.content(g.columnOf(row, j, f)) == ctComparator }
		known := slices.ContainsFunc(g.idx[:], signs)
		open := slices.ContainsFunc(unknown, func(j int) bool { return !slices.Contains(g.idx[:], j) && signs(j) })
		if !open && !known {
			// a blank caption over the signs (unknown holds only named cells)
			for j := range row {
				if layout.Clean(row[j].Text) == "" && !row[j].Merged && signs(j) {
					open = true
				}
			}
		}
		if known || open {
			// the signs' column, named or not, is the comparator
			g.idx[cDirection], g.cols[cDirection] = -1, 0
		}
	}
}

// contradictions moves a caption that says one thing over cells that
// unambiguously hold another (signs under 指标性质 or 计量单位, units under
// 指标性质, level-2 labels under a level 1's caption) to the column they
// hold, with a warning.
func (pl *placement) contradictions() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	for c := range g.idx {
		i := g.idx[c]
		if i < 0 {
			continue
		}
		k := f.content(g.columnOf(row, i, f))
		switch {
		case k == ctComparator && (gridColumn(c) == cNature || gridColumn(c) == cUnit || gridColumn(c) == cNotes || gridColumn(c) == cDesc):
			if g.idx[cDirection] < 0 {
				g.idx[c] = -1
				pl.assign(cDirection, i)
				if gridColumn(c) != cNature { // 指标性质 is the comparator column's usual name
					e.warn(row[i].Pos, diag.ColumnHoldsComparators, layout.Clean(row[i].Text))
				}
			}
		case k == ctUnit && (gridColumn(c) == cNature || gridColumn(c) == cDirection || gridColumn(c) == cNotes):
			if g.idx[cUnit] < 0 {
				g.idx[c] = -1
				pl.assign(cUnit, i)
				e.warn(row[i].Pos, diag.ColumnHoldsUnits, layout.Clean(row[i].Text))
			}
		case k == ctLevel2 && gridColumn(c) == cLevel1:
			// a category's caption (指标类型, 指标类别) over level-2
			// labels only (数量指标 | 质量指标 | 服务对象满意度指标) beside
			// a names' caption: the level 2, no level 1 read (with no
			// names' column, the levels may name the indicators: left)
			if g.idx[cLevel2] < 0 && g.idx[cName] >= 0 {
				g.idx[c] = -1
				pl.assign(cLevel2, i)
				e.warn(row[i].Pos, diag.ColumnHoldsLevel2, layout.Clean(row[i].Text))
			}
		}
	}
}

// soleOpen returns the one cell of the header row that is open (see open)
// and passes test, given its text and its column; -1 when none does or
// two do (neither is sure).
func (pl *placement) soleOpen(test func(i int, text string, col int) bool) int {
	at := -1
	for i := range pl.row {
		text, ok := pl.open(i)
		if !ok || !test(i, text, pl.g.columnOf(pl.row, i, pl.f)) {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = i
	}
	return at
}

// open tells whether header cell i is open to content (blank or
// unknown, not merged, not placed) and gives its text.
func (pl *placement) open(i int) (string, bool) {
	e, g, row, unknown := pl.e, pl.g, pl.row, pl.unknown
	if row[i].Merged || slices.Contains(g.idx[:], i) {
		return "", false
	}
	text := layout.Clean(row[i].Text)
	if partCaption(text) {
		return "", false // a bound's or a part of the year's targets (上限, 3月): no column of the grid's
	}
	if text != "" && !slices.Contains(unknown, i) || row[i].RowSpan > 2 ||
		row[i].RowSpan > 1 && e.lx.isBlockLabel(labelKey(text)) {
		// a known header, or a label down the grid's side (绩效指标,
		// 本年度绩效指标 over the rows): the cells of its column are
		// below the grid, not in it
		return "", false
	}
	return text, true
}

// guessed places column c at header cell i by its content k, with the
// warning that says so.
// A caption that names money (分配资金（万元）, 资金金额: namesMoney) holds
// amounts, never a weight or a score, whatever its numbers look like,
// and a weight's caption (分值, 权重) the weight placed already takes
// holds no score: either is left unplaced.
func (pl *placement) guessed(c gridColumn, i int, text string, k content) {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	if (c == cWeight || c == cScore) && namesMoney(text) {
		return
	}
	if c == cScore && text != "" && e.lx.gridLabel(labelKey(text)) == cWeight {
		// a weight's caption again (一级指标 | 分值 | 二级指标 | 分值, each
		// level's points): what it holds are points to earn, never
		// points earned
		return
	}
	pl.assign(c, i)
	switch {
	case text == "":
		e.warn(row[i].Pos, diag.ColumnNoHeader, g.columnOf(row, i, f)+1, k.key(), columnName(c))
	default:
		e.warn(row[i].Pos, diag.HeaderGuessed, text, k.key(), columnName(c))
	}
}

// byCaptionOrContent places blank and unknown header cells by a caption
// that lost its first character, else by what the column holds, once
// each (byNeighbours then places, for the levels and names still
// missing, a column of mixed texts by where it stands).
func (pl *placement) byCaptionOrContent() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	for i := range row {
		text, ok := pl.open(i)
		if !ok {
			continue
		}
		k := f.content(g.columnOf(row, i, f))
		c := cNone
		if text != "" {
			c = e.lostFirst(g, labelKey(text), k)
		}
		if c == cNone {
			c = contentColumn(k)
			if c == cName && g.idx[cName] >= 0 && g.idx[cDesc] < 0 && i > g.idx[cName] {
				if f.profile(g.columnOf(row, i, f)).comparators > 0 {
					// texts among comparator words (以上 | 稳步提升 |
					// 以下): no description, the words compare a
					// number; left unplaced, not clearly a comparator
					continue
				}
				c = cDesc
			}
			if c == cName && g.idx[cName] < 0 && pl.namesLeftOf(i) {
				c = cDesc // the names stand first, their descriptions after
			}
		}
		if c == cNone || g.idx[c] >= 0 || c == cValue && pl.areas >= 2 && text != "" {
			continue
		}
		if c == cValue && k == ctNumber && pl.typedTargetsBeside(i) {
			// bare numbers beside a column of typed targets (10 |
			// ≤65万元 under two blank captions): the points or a weight,
			// the typed column is the target
			continue
		}
		if (c == cValue || c == cName) && g.leftOfLevels(row, i, f) {
			// numbers or names left of the level columns (a unit's code,
			// 505006; a wide table's projects, 学生伙食费): the targets and
			// the names stand right of them
			continue
		}
		if c == cName && pl.notesPastTarget(i, text) {
			continue // an unknown caption right of the target (评分细则 over sentences): no names
		}
		pl.guessed(c, i, text, k)
	}
}

// namesLeftOf reports whether the open header cell right before cell i,
// a column of texts, stands right after the levels and would name the
// indicators (byNeighbours): mostly distinct texts, few level words and
// few targets among them (群众满意度 among 抽检样品数 | 抽检合格率 holds a
// level word, so the column profiles as no kind). Templates write the
// name before its description (三级指标 | 指标内容 | 指标值), so the column
// of names by content at i is then the descriptions. Before, that later
// column took the names and the names were left unread.
func (pl *placement) namesLeftOf(i int) bool {
	g, row, f := pl.g, pl.row, pl.f
	for j := i - 1; j >= 0; j-- {
		if row[j].Merged {
			continue
		}
		if _, ok := pl.open(j); !ok || !g.rightOf(row, j, i, f) || !g.afterLevels(row, j, f) {
			return false
		}
		col := g.columnOf(row, j, f)
		if col < 0 || f.content(col) != ctNone {
			return false
		}
		p := f.profile(col)
		return p.cells >= 2 && p.levels*2 < p.cells && (p.typed+p.numbers)*2 < p.cells && p.distinct.len()*2 > p.cells
	}
	return false
}

// byNeighbours places open header cell i by the columns around it: level
// labels right of the level 1, names after the levels, a flat list's
// names, descriptions and targets right of the names, and a
// self-evaluation's results, weights and scores.
func (pl *placement) byNeighbours(i int) {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	text, ok := pl.open(i)
	if !ok {
		return
	}
	col := g.columnOf(row, i, f)
	if col < 0 {
		return
	}
	p, k := f.profile(col), f.content(col)
	switch {
	case (k == ctNone || k == ctLevel1) && g.idx[cLevel2] < 0 && g.rightOf(row, g.idx[cLevel1], i, f) && p.labels*10 >= p.cells*9:
		// level labels right of the level 1 (实施效果指标 | 产出指标,
		// 监督检查指标): the level 2
		pl.guessed(cLevel2, i, text, ctLevel2)
	case (k == ctNone || k == ctValue) && g.idx[cName] < 0 && g.afterLevels(row, i, f) && !pl.notesPastTarget(i, text) &&
		p.levels*2 < p.cells && (p.typed+p.numbers)*2 < p.cells && !(p.cells >= 2 && p.distinct.len() == 1):
		// texts of every kind right after the levels, no typed
		// targets among most ("立项程序规范性" reads as qualitative);
		// one text in every row (台（套）, 数值型, 是) is a qualifier the
		// rows share, no indicator's name
		pl.guessed(cName, i, text, ctName)
	case (k == ctNone || k == ctValue) && g.idx[cName] < 0 && g.idx[cLevel1] < 0 && g.idx[cLevel2] < 0 && g.idx[cValue] >= 0 &&
		col < g.columnOf(row, g.idx[cValue], f) && (text == "" || e.lx.isBlockLabel(labelKey(text))) &&
		p.cells >= 2 && p.levels*2 < p.cells && (p.typed+p.numbers)*2 < p.cells && p.distinct.len()*4 >= p.cells*3:
		// a flat list with no level columns: distinct texts left of
		// the target, few of them level words ("促进社会和谐") and few
		// targets, under a blank caption or the bare 指标, name the
		// indicators
		pl.guessed(cName, i, text, ctName)
	case k == ctValue && p.typed+p.numbers == 0 && g.idx[cValue] >= 0 && g.idx[cDesc] < 0 && g.rightOf(row, g.idx[cName], i, f):
		pl.guessed(cDesc, i, text, ctName) // words right of the names, the target elsewhere (达到预计值)
	case k == ctNone && g.idx[cValue] < 0 && pl.areas == 0 && (p.typed+p.numbers)*2 >= p.cells && p.levels*3 < p.cells &&
		(g.rightOf(row, g.idx[cName], i, f) || g.rightOf(row, g.idx[cDesc], i, f)) && !g.otherTargets(row, i, f, pl.open):
		// right of the names, half or more typed targets among
		// sentences (显著提升了…), a level word among them as targets
		// write them (持续影响), and no other column of targets: the
		// target
		pl.guessed(cValue, i, text, ctValue)
	case k == ctNone && text == "" && g.idx[cValue] < 0 && pl.areas == 0 && (p.typed+p.numbers)*2 >= p.cells && p.levels*3 < p.cells &&
		g.rightOf(row, i, g.idx[cName], f) && g.afterLevels(row, i, f) && !g.otherTargets(row, i, f, pl.open):
		// the same under a blank caption between the levels and the
		// names (1种 | 开展运动种类), a level word among them (社会效益
		// 显著) as targets write them
		pl.guessed(cValue, i, text, ctValue)
	}
	pl.resultsByNeighbours(i, col, text, p, k)
}

// resultsByNeighbours places open header cell i, at grid column col with
// the caption text, the profile p and the content k, by the columns
// around it in a self-evaluation (a weight, score or results column
// placed): its results, weights and scores.
func (pl *placement) resultsByNeighbours(i, col int, text string, p *profile, k content) {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	// a self-evaluation (a weight or score column beside the target):
	// targets right of the target are its results; bare numbers adding
	// up to at most 100 are the weight before the score, the score
	// after the weight
	selfEval := g.idx[cWeight] >= 0 || g.idx[cScore] >= 0 || g.idx[cActual] >= 0
	if k == ctNone && selfEval && g.idx[cValue] >= 0 && g.idx[cActual] < 0 && p.levels == 0 && (p.typed+p.numbers)*2 >= p.cells &&
		(g.rightOf(row, g.idx[cValue], i, f) || g.pastTargets(row, i, f)) {
		// results of every kind, half or more typed (92% | 0 | 高 | 12次),
		// the first column past the targets
		pl.guessed(cActual, i, text, ctValue)
		return
	}
	if g.idx[cValue] < 0 || !slices.Contains([]content{ctValue, ctNumber, ctWeight}, k) {
		return
	}
	small := smallNumbers(p)
	switch {
	case !selfEval:
	case g.idx[cActual] < 0 && (g.rightOf(row, g.idx[cValue], i, f) || g.pastTargets(row, i, f)) && !small:
		pl.guessed(cActual, i, text, k)
	case small && g.idx[cWeight] < 0 && g.idx[cScore] >= 0 && col < g.columnOf(row, g.idx[cScore], f):
		// (one column of numbers beside the results alone may be
		// either: it stays unplaced)
		pl.guessed(cWeight, i, text, ctWeight)
	case small && g.idx[cScore] < 0 && g.idx[cWeight] >= 0 && col > g.columnOf(row, g.idx[cWeight], f):
		pl.guessed(cScore, i, text, k)
	case small && g.idx[cScore] < 0 && g.idx[cWeight] < 0 && (text == "" || decimalPrefix(text) == len(text)):
		// a column of points whose caption stands higher in the table
		// (自评得分 over the form's right edge, the grid's own header
		// cell the block's points: 50)
		if c := e.captionAbove(row, i); c == cScore || c == cWeight {
			pl.guessed(c, i, text, k)
		}
	}
}

// typedTargetsBeside tells another open header cell than i whose column
// holds typed targets (≥95%, ≤65万元), not left of the level columns: one
// of them at least with a comparator, as targets are written. A column of
// typed values none of which compares (120人, 96%) may be the results
// beside bare targets (培训人数（人） | 100 | 120人, the unit in the name's
// parentheses): the bare numbers stay the target then.
func (pl *placement) typedTargetsBeside(i int) bool {
	g, row, f := pl.g, pl.row, pl.f
	for j := range row {
		if j == i {
			continue
		}
		if _, ok := pl.open(j); ok && f.content(g.columnOf(row, j, f)) == ctValue && !g.leftOfLevels(row, j, f) &&
			pl.compares(g.columnOf(row, j, f)) {
			return true
		}
	}
	return false
}

// compares tells a column of the grid's rows where a value is written
// with a comparator (≥300平方米, ≤65万元, 不低于95%).
func (pl *placement) compares(col int) bool {
	if col < 0 {
		return false
	}
	for _, r := range pl.e.gridRows() {
		t := cellIn(r, col, nil, pl.f)
		if t == "" {
			continue
		}
		if v := normalize.Value(t, normalize.Context{}); v.Op != "" && v.Op != model.OpEq {
			return true
		}
	}
	return false
}

// namesMoney tells a caption that names an amount of money: a money unit
// in its parentheses (分配资金（万元）, 金额（元）) or money words (资金,
// 金额: moneyWords).
func namesMoney(text string) bool {
	key := labelKey(text)
	return key != "" && (moneyUnitIn(key) != "" || moneyWords(key))
}

// notesPastTarget tells an unknown caption at header cell i right of the
// target that heads no names (评分细则, 考核方式 over rules or notes): any
// there but namesPastTarget's.
func (pl *placement) notesPastTarget(i int, text string) bool {
	v := pl.g.idx[cValue]
	return text != "" && v >= 0 && pl.g.columnOf(pl.row, i, pl.f) > pl.g.columnOf(pl.row, v, pl.f) && !pl.namesPastTarget(i, text)
}

// namesPastTarget tells an unknown caption at header cell i, right of the
// target, that heads the indicators' names: it stands right after the
// levels of a grid whose target stands left of them (指标值 | 一级指标 |
// 二级指标 | 三级指标内容) and begins with a names' caption of the
// vocabulary (三级指标内容, 指标名称及说明) or is the table's word over
// its names (指标, 绩效指标: isBlockLabel). Any other caption there
// (评分细则, 考核方式) heads rules or notes, as right of a target that
// stands after the levels.
func (pl *placement) namesPastTarget(i int, text string) bool {
	if !pl.g.afterLevels(pl.row, i, pl.f) {
		return false
	}
	key := labelKey(text)
	if pl.e.lx.isBlockLabel(key) {
		return true
	}
	for label, c := range pl.e.lx.grid {
		if c == cName && strings.HasPrefix(key, label) {
			return true
		}
	}
	return false
}
