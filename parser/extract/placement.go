package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
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
// header left blank or unknown. Each step below is one rule; byContent
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
	pl.byCaptionOrContent()
	pl.groupsLeftOfLevel2()
	for i := range row {
		pl.byNeighbours(i)
	}
	pl.level2Names()
	pl.emptyNames()
	pl.namesBesideDescriptions()
	pl.namesEchoingTarget()
	return pl.placed
}

// namesBesideDescriptions: with no name column placed and a description
// column of sentences (资金到位率=…×100%。), the one blank caption left of
// it, right of the level 1, over short distinct texts (资金到位率, 预算支出
// 进度: namesUnderLevel) names the indicators, where the descriptions
// would.
func (pl *placement) namesBesideDescriptions() {
	g, row, f := pl.g, pl.row, pl.f
	l1, d := g.idx[cLevel1], g.idx[cDesc]
	if g.idx[cName] >= 0 || l1 < 0 || d < 0 {
		return
	}
	c1, cd := g.columnOf(row, l1, f), g.columnOf(row, d, f)
	at := -1
	for i := range row {
		col := g.columnOf(row, i, f)
		if text, ok := pl.open(i); !ok || text != "" || col <= c1 || col >= cd || !namesUnderLevel(f.profile(col), f.profile(cd)) {
			continue
		}
		if at >= 0 {
			return // two: neither is sure
		}
		at = i
	}
	if at >= 0 {
		pl.guessed(cName, at, "", ctName)
	}
}

// namesEchoingTarget: names placed by content under a blank caption that
// repeat the target in every row (规范 | … | 规范) are no names but a
// target written twice (半年 | 全年 with the same words); the column of
// texts placed as the description beside them, also under a blank
// caption, names the indicators, and the repeating column stays unplaced.
func (pl *placement) namesEchoingTarget() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	n, d, v := g.idx[cName], g.idx[cDesc], g.idx[cValue]
	if n < 0 || d < 0 || v < 0 || !slices.Contains(pl.placed, n) || !slices.Contains(pl.placed, d) ||
		layout.Clean(row[n].Text) != "" || layout.Clean(row[d].Text) != "" {
		return
	}
	nc, vc := g.columnOf(row, n, f), g.columnOf(row, v, f)
	if nc < 0 || vc < 0 || !sameInEveryRow(nc, vc, e.beforeTail(e.gridBody(), 1), f) {
		return
	}
	g.idx[cName], g.cols[cName], g.labels[cName] = d, g.cols[cDesc], g.labels[cDesc]
	g.idx[cDesc], g.cols[cDesc] = -1, 0
	pl.placed = slices.DeleteFunc(pl.placed, func(i int) bool { return i == n })
	for _, i := range []int{n, d} { // the readings as names and description no longer hold
		e.doc.Warnings = slices.DeleteFunc(e.doc.Warnings, func(w model.Warning) bool {
			return w.Code == diag.ColumnNoHeader && w.Source == row[i].Pos
		})
	}
	e.warn(row[n].Pos, diag.ColumnNoHeader, nc+1, f.content(nc).key(), columnName(cNone))
	e.warn(row[d].Pos, diag.ColumnNoHeader, g.columnOf(row, d, f)+1, ctName.key(), columnName(cName))
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
// 指标性质) to the column they hold, with a warning.
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
		}
	}
}

// open tells whether header cell i is open to content (blank or
// unknown, not merged, not placed) and gives its text.
func (pl *placement) open(i int) (string, bool) {
	e, g, row, unknown := pl.e, pl.g, pl.row, pl.unknown
	if row[i].Merged || slices.Contains(g.idx[:], i) {
		return "", false
	}
	text := layout.Clean(row[i].Text)
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
func (pl *placement) guessed(c gridColumn, i int, text string, k content) {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	pl.assign(c, i)
	switch {
	case text == "":
		e.warn(row[i].Pos, diag.ColumnNoHeader, g.columnOf(row, i, f)+1, k.key(), columnName(c))
	default:
		e.warn(row[i].Pos, diag.HeaderGuessed, text, k.key(), columnName(c))
	}
}

// levelsOneTooHigh reads captions one level too high (一级指标 over
// level-2 words such as 数量指标, 二级指标 over the names, no name column)
// one level down: the grid then has no level 1.

func (pl *placement) levelsOneTooHigh() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	if l1, l2 := g.idx[cLevel1], g.idx[cLevel2]; l1 >= 0 && l2 >= 0 && g.idx[cName] < 0 &&
		f.content(g.columnOf(row, l1, f)) == ctLevel2 && f.content(g.columnOf(row, l2, f)) == ctName {
		g.idx[cName], g.cols[cName], g.labels[cName] = l2, g.cols[cLevel2], g.labels[cLevel2]
		g.idx[cLevel2], g.cols[cLevel2], g.labels[cLevel2] = l1, g.cols[cLevel1], g.labels[cLevel1]
		g.idx[cLevel1], g.cols[cLevel1] = -1, 0
		e.warn(row[l1].Pos, diag.HeaderGuessed, layout.Clean(row[l1].Text), ctLevel2.key(), columnName(cLevel2))
		e.warn(row[l2].Pos, diag.HeaderGuessed, layout.Clean(row[l2].Text), ctName.key(), columnName(cName))
	}
}

// namesUnderLevel2 reads a 二级指标 caption over the indicators' short
// names (资金到位率, 预算支出进度: few level labels), with no 三级指标 and a
// description column of
// sentences beside (资金到位率=…×100%。, 预算支出进度是否达到90%以上。):
// the level-2 column names the indicators, the grid has no level 2, and
// the descriptions stay descriptions (with no description column, see
// level2Names).
func (pl *placement) namesUnderLevel2() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	if l2, d := g.idx[cLevel2], g.idx[cDesc]; l2 >= 0 && d >= 0 && g.idx[cName] < 0 &&
		namesUnderLevel(f.profile(g.columnOf(row, l2, f)), f.profile(g.columnOf(row, d, f))) {
		g.idx[cName], g.cols[cName], g.labels[cName] = l2, g.cols[cLevel2], g.labels[cLevel2]
		g.idx[cLevel2], g.cols[cLevel2] = -1, 0
		e.warn(row[l2].Pos, diag.HeaderGuessed, layout.Clean(row[l2].Text), ctName.key(), columnName(cName))
	}
}

// unitCol is the unit column: captioned, or open and holding units; -1
// when there is none or two.
func (pl *placement) unitCol() int {
	g, row, f := pl.g, pl.row, pl.f
	if u := g.idx[cUnit]; u >= 0 {
		return g.columnOf(row, u, f)
	}
	at := -1
	for i := range row {
		if _, ok := pl.open(i); ok && f.content(g.columnOf(row, i, f)) == ctUnit {
			if at >= 0 {
				return -1 // two: neither is sure
			}
			at = g.columnOf(row, i, f)
		}
	}
	return at
}

// numbers tells whether header cell j stands over the numbers of a target
// written in cells (比较 | 数值 | 单位, 单位 | 比较 | 数值): a column the header
// leaves unknown or blank right of the names, beside the unit column, or
// beside a column of signs (or an empty one) the header leaves open
// beside the unit column.
func (pl *placement) numbers(j int) bool {
	g, row, f := pl.g, pl.row, pl.f
	col, uc := g.columnOf(row, j, f), pl.unitCol()
	if _, ok := pl.open(j); !ok || col < 0 || uc < 0 || g.idx[cName] < 0 || col <= g.columnOf(row, g.idx[cName], f) {
		return false
	}
	signs := func(c int) bool {
		for i := range row {
			if g.columnOf(row, i, f) == c {
				_, ok := pl.open(i)
				k := f.content(c)
				return ok && (k == ctComparator || k == ctEmpty)
			}
		}
		return false
	}
	return col == uc-1 || col == uc+1 || col == uc+2 && signs(uc+1) || col == uc-2 && signs(uc-1)
}

// targetOverDescriptions moves the target from a target caption over
// descriptions, no target among them (绩效标准 | 反映…情况), when right of it
// stands a column the header leaves unknown or
// blank that holds the targets (two thirds typed: 2280次, >92%, among
// 不超预算), or anywhere the numbers before a unit column, or left of it
// the one such column where the caption repeats a few words down the rows
// (计划标准): that column is the target, the captioned one the description.
func (pl *placement) targetOverDescriptions() {
	g, row, f, unknown := pl.g, pl.row, pl.f, pl.unknown
	if v := g.idx[cValue]; v >= 0 && len(g.regions) == 0 {
		p, kv := f.profile(g.columnOf(row, v, f)), f.content(g.columnOf(row, v, f))
		if (kv == ctName || kv == ctNone && p.cells >= 2) && p.typed+p.numbers == 0 {
			for j := range row {
				col := g.columnOf(row, j, f)
				if j == v || row[j].Merged || slices.Contains(g.idx[:], j) || col < 0 ||
					layout.Clean(row[j].Text) != "" && !slices.Contains(unknown, j) {
					continue
				}
				q, k := f.profile(col), f.content(col)
				// (bare numbers adding up to 100 are targets too beside
				// their units)
				pair := pl.numbers(j) && (k == ctNumber || k == ctValue || k == ctWeight)
				// (left of the captioned column, right of the names, where
				// that column holds no target at all)
				left := j < v && g.idx[cName] >= 0 && col > g.columnOf(row, g.idx[cName], f) && p.cells >= 2
				// (left of a captioned column that repeats a few words in
				// every row, 计划标准: a basis, no target; the one open
				// column of typed targets)
				rep := j < v && len(p.distinct)*2 <= p.cells && k == ctValue && pl.soleTargets(j)
				if !pair && !rep && (kv != ctName && !left || j < v && !left || k != ctValue && k != ctNone || q.cells < 2 || q.typed*3 < q.cells*2) {
					continue
				}
				g.idx[cValue], g.cols[cValue] = -1, 0
				if g.idx[cDesc] < 0 {
					g.idx[cDesc], g.cols[cDesc], g.labels[cDesc] = v, row[v].Pos.Col, g.labels[cValue]
				}
				pl.guessed(cValue, j, layout.Clean(row[j].Text), k)
				return
			}
		}
	}
}

// soleTargets tells whether header cell j is the one open header cell over
// a column of targets (ctValue), two thirds of them typed or numbers (10辆,
// ≥80M, 250).
func (pl *placement) soleTargets(j int) bool {
	g, row, f := pl.g, pl.row, pl.f
	n := 0
	for i := range row {
		if _, ok := pl.open(i); !ok {
			continue
		}
		col := g.columnOf(row, i, f)
		if q := f.profile(col); f.content(col) == ctValue && (q.typed+q.numbers)*3 >= q.cells*2 {
			if i != j {
				return false
			}
			n++
		}
	}
	return n == 1
}

// targetBesideUnit: with no target caption, the numbers' column beside the
// unit is the target, whatever it holds (sentences where no number is written;
// numbers adding up to 100, which beside their units are no weights)
func (pl *placement) targetBesideUnit() {
	g, row, f := pl.g, pl.row, pl.f
	if uc := pl.unitCol(); uc >= 0 && f.profile(uc).cells >= 3 && f.profile(uc).units == 0 {
		return // a unit column filled with no unit (- in every row): nothing stands beside units
	}
	if g.idx[cValue] < 0 && len(g.regions) == 0 {
		for j := range row {
			if k := f.content(g.columnOf(row, j, f)); pl.numbers(j) && !slices.Contains([]content{ctEmpty, ctBlock, ctSerial,
				ctComparator, ctDirection, ctNature, ctUnit, ctLevel1, ctLevel2}, k) {
				pl.guessed(cValue, j, layout.Clean(row[j].Text), k)
				return
			}
		}
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
				c = cDesc
			}
		}
		if c == cNone || g.idx[c] >= 0 || c == cValue && pl.areas >= 2 && text != "" {
			continue
		}
		if v := g.idx[cValue]; c == cName && text != "" && v >= 0 && g.columnOf(row, i, f) > g.columnOf(row, v, f) {
			continue // an unknown caption right of the target (评分细则 over sentences): no names
		}
		pl.guessed(c, i, text, k)
	}
}

// targetEchoedByResults places the target of a self-evaluation whose
// header names the results (实际完成值) but not the target: the one open
// column left of the results whose cells the results echo — the same
// text, or the same number (≥50个 beside 50, 1.2万亩 beside 1.2万亩) — in
// two rows or more, and twice as often as in any other (one unknown
// caption over numbers, the block points under 自评权重, makes no
// recipient areas). It runs before content reads such a caption's numbers
// as the target. A target column of words and numbers mixed (≥50个 |
// 效果明显) is read by no content rule alone; the results say which it is.
func (pl *placement) targetEchoedByResults() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	if g.idx[cValue] >= 0 || g.idx[cActual] < 0 || len(g.regions) > 0 || pl.areas >= 2 {
		return
	}
	ac := g.columnOf(row, g.idx[cActual], f)
	if ac < 0 {
		return
	}
	rows := e.beforeTail(e.gridBody(), 1)
	at, most, next := -1, 0, 0
	for i := range row {
		col := g.columnOf(row, i, f)
		if _, ok := pl.open(i); !ok || col < 0 || col >= ac {
			continue
		}
		if k := f.content(col); k != ctNone && k != ctValue && k != ctNumber {
			continue
		}
		switch n := echoes(rows, col, ac, f); {
		case n > most:
			at, most, next = i, n, most
		case n > next:
			next = n
		}
	}
	if at >= 0 && most >= 2 && most >= 2*next {
		// (names that quote a target's number, 每年财政补助1000万元 beside
		// 1000万元, echo it less than the target does)
		pl.guessed(cValue, at, layout.Clean(row[at].Text), f.content(g.columnOf(row, at, f)))
	}
}

// echoes counts the rows where frame column a repeats column t: the same
// text, or the same first number (a result written bare beside its
// target: 50 beside ≥50个).
func echoes(rows [][]layout.Cell, t, a int, f *frame) int {
	n := 0
	for _, r := range rows {
		x, y := cellIn(r, t, nil, f), cellIn(r, a, nil, f)
		if x == "" || y == "" {
			continue
		}
		if nx, ny := firstNumber(x), firstNumber(y); x == y || nx != "" && nx == ny {
			n++
		}
	}
	return n
}

// pastTargets reports whether header cell i stands right of the target
// with only other target columns between (年初指标值 | 调整指标值 | i: the
// adjusted target captioned as a second target), the target's parts
// (指标性质, 计量单位) or empty columns under a caption's span or under
// none, where a self-evaluation writes its results.
func (g *gridState) pastTargets(row []layout.Cell, i int, f *frame) bool {
	v, col := g.columnOf(row, g.idx[cValue], f), g.columnOf(row, i, f)
	if v < 0 || col <= v+1 {
		return false
	}
	for c := v + 1; c < col; c++ {
		j := headIndexOf(row, c, g, f)
		if j >= 0 && slices.ContainsFunc(g.extras, func(x extraCol) bool { return x.idx == j && x.role == model.RoleOther }) {
			continue
		}
		if j >= 0 && (j == g.idx[cNature] || j == g.idx[cDirection] || j == g.idx[cUnit]) {
			continue // a part of the target written after it (指标性质, 计量单位)
		}
		if f.content(c) == ctEmpty && (j < 0 || layout.Clean(row[j].Text) == "" && !slices.Contains(g.idx[:], j)) {
			continue // an empty column under a caption's span, or under none
		}
		return false
	}
	return true
}

// groupsLeftOfLevel2 reads the level 1 of a grid whose header names its
// level 2 and names but no level 1: the open column left of the level 2
// (past columns of bare numbers, a block's points) whose few texts group
// the rows — each stands over two rows or more, merged down or followed
// by blank cells — short, distinct, no target or number among them, half
// or more shaped as level labels (管理指标 | 产出指标 | 效果指标 under 分解目标,
// 自评权重 beside it: issue 21, the Jiangxi department-wide self-evaluation).
// The texts are read as written; none is a level-2 word alone.
func (pl *placement) groupsLeftOfLevel2() {
	g, row, f := pl.g, pl.row, pl.f
	l2 := g.idx[cLevel2]
	if g.idx[cLevel1] >= 0 || l2 < 0 || g.idx[cName] < 0 || f.rows < 4 {
		return
	}
	at := g.columnOf(row, l2, f)
	for i := range row {
		text, ok := pl.open(i)
		col := g.columnOf(row, i, f)
		if !ok || col < 0 || col >= at {
			continue
		}
		p := f.profile(col)
		// (groups: each text over several rows; or, right beside the
		// level 2, a level label in every row, some of the taxonomy)
		grouped := p.cells*2 <= f.rows && len(p.distinct) == p.cells
		labelled := col == at-1 && p.cells == f.rows && p.labels == p.cells && p.level1 > 0
		// (a label that reads as a word of a target, 项目完成指标, is no
		// target when every text is shaped as a level label)
		if p.cells < 2 || !grouped && !labelled || p.typed+p.numbers > 0 || p.values > 0 && p.labels < p.cells ||
			p.labels*2 < p.cells || p.level2 > p.level1 || !shortTexts(p, 10) {
			continue
		}
		between := true
		for c := col + 1; c < at; c++ {
			j := headIndexOf(row, c, g, f)
			if j < 0 {
				between = false
				break
			}
			if _, open := pl.open(j); !open || !slices.Contains([]content{ctNumber, ctWeight, ctEmpty}, f.content(c)) {
				between = false
			}
		}
		if between {
			pl.guessed(cLevel1, i, text, ctLevel1)
			return
		}
	}
}

// shortTexts tells whether every text a profile counted is at most n
// characters long.
func shortTexts(p *profile, n int) bool {
	for t := range p.distinct {
		if utf8.RuneCountInString(t) > n {
			return false
		}
	}
	return true
}

// firstNumber is the first decimal number written in s ("50" of "≥50个",
// "1.2" of "1.2万亩"), "" for none.
func firstNumber(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
				j++
			}
			return s[i:j]
		}
	}
	return ""
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
	case (k == ctNone || k == ctValue) && g.idx[cName] < 0 && g.afterLevels(row, i, f) &&
		p.levels*2 < p.cells && (p.typed+p.numbers)*2 < p.cells:
		// texts of every kind right after the levels, no typed
		// targets among most ("立项程序规范性" reads as qualitative)
		pl.guessed(cName, i, text, ctName)
	case (k == ctNone || k == ctValue) && g.idx[cName] < 0 && g.idx[cLevel1] < 0 && g.idx[cLevel2] < 0 && g.idx[cValue] >= 0 &&
		col < g.columnOf(row, g.idx[cValue], f) && (text == "" || e.lx.isBlockLabel(labelKey(text))) &&
		p.cells >= 2 && p.levels*2 < p.cells && (p.typed+p.numbers)*2 < p.cells && len(p.distinct)*4 >= p.cells*3:
		// a flat list with no level columns: distinct texts left of
		// the target, few of them level words ("促进社会和谐") and few
		// targets, under a blank caption or the bare 指标, name the
		// indicators
		pl.guessed(cName, i, text, ctName)
	case k == ctValue && p.typed+p.numbers == 0 && g.idx[cValue] >= 0 && g.idx[cDesc] < 0 && g.rightOf(row, g.idx[cName], i, f):
		pl.guessed(cDesc, i, text, ctName) // words right of the names, the target elsewhere (达到预计值)
	case k == ctNone && g.idx[cValue] < 0 && pl.areas == 0 && (p.typed+p.numbers)*2 >= p.cells && p.levels == 0 &&
		(g.rightOf(row, g.idx[cName], i, f) || g.rightOf(row, g.idx[cDesc], i, f)) && !g.otherTargets(row, i, f, pl.open):
		// right of the names, half or more typed targets among
		// sentences (显著提升了…), and no other column of targets: the
		// target
		pl.guessed(cValue, i, text, ctValue)
	case k == ctNone && text == "" && g.idx[cValue] < 0 && pl.areas == 0 && (p.typed+p.numbers)*2 >= p.cells && p.levels*3 < p.cells &&
		g.rightOf(row, i, g.idx[cName], f) && g.afterLevels(row, i, f) && !g.otherTargets(row, i, f, pl.open):
		// the same under a blank caption between the levels and the
		// names (1种 | 开展运动种类), a level word among them (社会效益
		// 显著) as targets write them
		pl.guessed(cValue, i, text, ctValue)
	}
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
	small := p.numbers > 0 && p.numbers == p.cells && !p.sum.GreaterThan(decimal.NewFromInt(100))
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

// level2Names: with no name column placed, by header or content, and no
// description column, a 二级指标 caption over names and nothing else (no level label or
// level word among them) names the indicators, the grid has no level 2
func (pl *placement) level2Names() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	if l2 := g.idx[cLevel2]; l2 >= 0 && g.idx[cName] < 0 && g.idx[cDesc] < 0 && e.lx.onlyNames(f.profile(g.columnOf(row, l2, f))) {
		g.idx[cName], g.cols[cName], g.labels[cName] = l2, g.cols[cLevel2], g.labels[cLevel2]
		g.idx[cLevel2], g.cols[cLevel2] = -1, 0
		e.warn(row[l2].Pos, diag.HeaderGuessed, layout.Clean(row[l2].Text), ctName.key(), columnName(cName))
	}
}

// emptyNames: with no name or description column placed and the levels
// holding the taxonomy's words, a blank caption over a column empty in
// every row, between the level 1 and the target, is the names' column of
// an unfilled template (一级指标 | | 二级指标 | 指标值 over 数量指标 | | 88):
// its rows name no indicator, where reading the level words as names
// would make one of each level. Failing that, the one blank caption there
// over distinct texts, no level word and few targets among them (针对…
// 对象, 确定于12月底前发放完毕, 38.75万元), is the names' column.
func (pl *placement) emptyNames() {
	g, row, f := pl.g, pl.row, pl.f
	l1, v := g.idx[cLevel1], g.idx[cValue]
	if g.idx[cName] >= 0 || g.idx[cDesc] >= 0 || l1 < 0 || v < 0 {
		return
	}
	deepest := g.idx[cLevel2]
	if deepest < 0 {
		deepest = l1
	}
	if k := f.content(g.columnOf(row, deepest, f)); k != ctLevel1 && k != ctLevel2 {
		return
	}
	c1, cv := g.columnOf(row, l1, f), g.columnOf(row, v, f)
	texts := -1
	for i := range row {
		col := g.columnOf(row, i, f)
		text, ok := pl.open(i)
		if !ok || text != "" || col <= c1 || col >= cv {
			continue
		}
		p, k := f.profile(col), f.content(col)
		switch {
		case k == ctEmpty:
			pl.guessed(cName, i, text, ctEmpty)
			return
		case (k == ctName || k == ctNone) && p.cells >= 2 && p.levels == 0 && (p.typed+p.numbers)*2 < p.cells &&
			len(p.distinct)*4 >= p.cells*3:
			if texts >= 0 {
				texts = -2 // two such columns: neither is sure
			} else if texts == -1 {
				texts = i
			}
		}
	}
	if texts >= 0 {
		pl.guessed(cName, texts, "", ctName)
	}
}
