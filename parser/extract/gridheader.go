package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// The grid header's row read by its captions: each cell's column by the
// vocabulary's words, qualified and repeated captions (a mid-term block, a
// year's block), the columns a header leaves open settled, a value caption
// written in the row above.

// headerCells is what reading a header row found besides its columns.
type headerCells struct {
	found               int   // distinct columns placed
	unknown             []int // cells no synonym table knows
	name, value, level2 int   // the second 三级指标, 指标值, 二级指标 (a mid-term block), or -1
}

// readCaptions reads a grid header's captions into g: the row's own
// words, the levels left of a level 2, a target under goals, a wide
// table's project columns above, a value caption in the row above, and a
// later block that repeats the names' and target's captions.
func (e *extractor) readCaptions(g *gridState, row []layout.Cell, f *frame) headerCells {
	d := g.readHeader(row)
	g.namePairs(row, &d)
	g.fourthLevel(row, &d)
	g.earlierYearActual()
	g.levelsLeftOfLevel2(row, f, &d)
	e.targetUnderGoals(g, row, f, &d)
	e.projColsAbove(g, row, e.prevRow())
	g.moneyColsOfWideTable(row, &d)
	if g.idx[cValue] < 0 {
		e.valueFromRowAbove(g, row)
	}
	g.laterBlock(row, f, d)
	return d
}

// moneyColsOfWideTable takes, in a wide table whose project columns the
// captions above gave (projColsAbove), the header's money captions left of
// the levels (一般公共预算 | 其他资金 | 基本支出 | 项目支出 under 按收入性质分 and
// 按支出性质分, the Hunan 整体支出绩效目标表 printed as one grid) as project
// columns of their money fields: the unit's amounts on its first row, no
// indicator's cells (before, unknown captions whose numbers content read
// as weights).
func (g *gridState) moneyColsOfWideTable(row []layout.Cell, d *headerCells) {
	if len(g.projCols) == 0 {
		return
	}
	first := len(row)
	for _, c := range []gridColumn{cLevel1, cLevel2, cName} {
		if i := g.idx[c]; i >= 0 && i < first {
			first = i
		}
	}
	for n := 0; n < len(d.unknown); {
		i := d.unknown[n]
		key := g.lx.key(layout.Clean(row[i].Text))
		if i >= first || !g.lx.moneyCaption(key) {
			n++
			continue
		}
		f, _, _ := g.lx.lookupLabel(key)
		g.projCols = append(g.projCols, projCol{idx: i, col: row[i].Pos.Col, f: f, label: layout.Clean(row[i].Text)})
		d.unknown = append(d.unknown[:n:n], d.unknown[n+1:]...)
	}
}

// namePairs reads a header of two name | value pairs (目标名称 | 目标值 |
// 评价指标 | 标准值: a target and the measure it is evaluated by, the
// Jiangsu 绩效目标设置情况 grid of real filing 502): the caption right
// before the target's, unknown to the grid and named a name (…名称), is
// the names' column; the names' or level-1 column the grid found right of
// the target is the second pair's, the measure, kept beside the target as
// its column (never a level or the names: a name from one pair and a value
// from the other). A grid with a level 2, or with its names left of the
// target already, is left as it was.
func (g *gridState) namePairs(row []layout.Cell, d *headerCells) {
	v := g.idx[cValue]
	if v < 1 || g.idx[cLevel2] >= 0 || g.idx[cName] >= 0 && g.idx[cName] < v || g.idx[cLevel1] >= 0 && g.idx[cLevel1] < v {
		return
	}
	second := g.idx[cName]
	col := cName
	if second < 0 {
		second, col = g.idx[cLevel1], cLevel1
	}
	if second <= v {
		return
	}
	k := v - 1
	for k > 0 && row[k].Merged {
		k--
	}
	if !slices.Contains(d.unknown, k) || !strings.HasSuffix(g.lx.key(layout.Clean(row[k].Text)), "名称") {
		return
	}
	if g.claim(d, func(i int) bool { return i == k }) < 0 {
		return
	}
	g.extras = append(g.extras, extraCol{idx: second, col: g.cols[col], role: model.RoleOther, label: g.labels[col]})
	g.idx[col] = -1
	g.idx[cName], g.cols[cName], g.labels[cName] = k, row[k].Pos.Col, compactLabel(layout.Clean(row[k].Text))
}

// laterBlock reads a header that repeats 三级指标 | 指标值 (d.name, d.value
// the second): an empty later block beside a filled target
// (emptyLaterBlock), else a mid-term block before the year's (yearBlock).
func (g *gridState) laterBlock(row []layout.Cell, f *frame, d headerCells) {
	if d.name < 0 || d.value < 0 {
		return
	}
	if first := g.idx[cValue]; first >= 0 && f.content(frameColumn(row, d.value, f)) == ctEmpty &&
		f.content(frameColumn(row, first, f)) != ctEmpty {
		g.emptyLaterBlock(row, d.name, d.value, d.level2)
	} else {
		g.yearBlock(row, d.name, d.value, d.level2)
	}
}

// readHeader places the columns of a header row by their wording.
func (g *gridState) readHeader(row []layout.Cell) headerCells {
	for i := range g.idx {
		g.idx[i] = -1
	}
	d := headerCells{name: -1, value: -1, level2: -1}
	for i := range row {
		c := &row[i]
		if c.Merged || c.Text == "" || len(c.Text) > 90 {
			continue
		}
		text := layout.Clean(c.Text)
		if text == "" {
			continue
		}
		col := g.lx.gridLabel(g.lx.key(text))
		if col == cNone {
			var long bool
			if col, long = g.lx.qualifiedLabel(g.lx.key(text)); long && g.longGroup(row, i, col) {
				continue
			} else if long {
				col = cNone
			}
		}
		if col == cNone && g.idx[cValue] >= 0 && completionForecast(g.lx.key(text)) {
			// 是否能完成年度目标 right of the target: a monitoring table's
			// judgement of the year, kept beside the target as another value
			g.extras = append(g.extras, extraCol{idx: i, col: c.Pos.Col, role: model.RoleOther, label: compactLabel(text)})
			continue
		}
		if col == cNone && g.idx[cName] < 0 {
			// (a wide table's project columns stand left of the levels and
			// names; a 年度目标 right of the names is the grid's own column)
			if f := g.lx.projectColumn(g.lx.key(text)); f != fNone {
				g.projCols = append(g.projCols, projCol{idx: i, col: c.Pos.Col, f: f, label: text})
				continue
			}
		}
		switch {
		case col == cNone:
			d.unknown = append(d.unknown, i)
		case g.idx[col] >= 0:
			d.repeat(col, i)
			if h := g.idx[col]; col == cValue && (plannedCompletion(g.lx.key(layout.Clean(row[h].Text))) && !plannedCompletion(g.lx.key(text)) ||
				supersededTarget(g.lx.key(layout.Clean(row[h].Text))) && adjustedTarget(g.lx.key(text))) {
				// 全年预计完成值 | 年度指标值: the target's own caption
				// takes the target, the forecast is kept beside it;
				// 原指标值 | 调整后指标值: the adjusted target is the one in
				// force, the original kept beside it
				superseded := supersededTarget(g.lx.key(layout.Clean(row[h].Text)))
				g.extras = append(g.extras, extraCol{idx: h, col: g.cols[col], role: model.RoleOther, label: g.labels[col], superseded: superseded})
				g.idx[col], g.cols[col], g.labels[col] = i, c.Pos.Col, compactLabel(text)
			} else if col == cValue || col == cHalfYear || col == cLongTerm || col == cLastYear {
				g.extras = append(g.extras, extraCol{idx: i, col: c.Pos.Col, role: model.RoleOther, label: compactLabel(text)})
			} else {
				d.unknown = append(d.unknown, i)
			}
		default:
			g.idx[col], g.cols[col], g.labels[col] = i, c.Pos.Col, compactLabel(text)
			d.found++
		}
		if end := c.Pos.Col + max(c.ColSpan, 1) - 1; c.Pos.Col > 0 && end > g.maxCol {
			g.maxCol = end
		}
	}
	g.yearTargetOverStandard(row, &d)
	return d
}

// levelsLeftOfLevel2 reads a header whose level-1 caption (评价指标) stands
// over level-2 words (成本目标, 数量目标) where no caption names level 2,
// and whose caption left of it, unknown to the grid or read as a project's
// goals (绩效目标), stands over level-1 words (投入, 产出): the left column
// is level 1, the captioned one level 2 (issue 21, the old 投入 / 产出 /
// 效益 forms). Before, level 1 held the level-2 words and the goals the
// level-1 words.
func (g *gridState) levelsLeftOfLevel2(row []layout.Cell, f *frame, d *headerCells) {
	i := g.idx[cLevel1]
	if i < 1 || g.idx[cLevel2] >= 0 || f.content(frameColumn(row, i, f)) != ctLevel2 {
		return
	}
	j := i - 1
	if row[j].Merged || layout.Clean(row[j].Text) == "" {
		return
	}
	p := f.profile(frameColumn(row, j, f))
	if p.cells < 2 || p.level1 == 0 || p.level2 > 0 || p.typed+p.numbers > 0 || p.labels*2 < p.cells {
		return
	}
	if g.claim(d, func(k int) bool { return k == j }) < 0 {
		return
	}
	g.move(cLevel1, cLevel2)
	g.idx[cLevel1], g.cols[cLevel1], g.labels[cLevel1] = j, row[j].Pos.Col, compactLabel(layout.Clean(row[j].Text))
	d.found++
}

// claim takes from the header cells the grid left open — unknown to it,
// or read as a project's goals (绩效目标) — the first one ok accepts, and
// returns its index, or -1 when ok accepts none.
func (g *gridState) claim(d *headerCells, ok func(i int) bool) int {
	for n, i := range d.unknown {
		if ok(i) {
			d.unknown = append(d.unknown[:n:n], d.unknown[n+1:]...)
			return i
		}
	}
	for n, p := range g.projCols {
		if p.f == fGoals && ok(p.idx) {
			g.projCols = append(g.projCols[:n:n], g.projCols[n+1:]...)
			return p.idx
		}
	}
	return -1
}

// yearTargetOverStandard reads a header that names a standard (绩效标准)
// and the year's target (全年绩效目标, 当年预期实现值: a qualifier of the
// year before a target's word, unknown to the grid or read as a project's
// goals): the year's column is the target, the standard its basis (issue
// 21, the old 投入 / 产出 / 效益 forms whose standard precedes the year's).
func (g *gridState) yearTargetOverStandard(row []layout.Cell, d *headerCells) {
	v := g.idx[cValue]
	if v < 0 || labelKey(layout.Clean(row[v].Text)) != "绩效标准" || g.idx[cBasis] >= 0 || d.value >= 0 {
		return
	}
	yearTarget := func(i int) bool {
		key := labelKey(layout.Clean(row[i].Text))
		year := ""
		for q, c := range g.lx.qualifiers {
			if c == cValue && strings.HasPrefix(key, q) && len(q) > len(year) {
				year = q
			}
		}
		rest := strings.TrimPrefix(key, year)
		return i > v && year != "" && rest != "" && (strings.HasSuffix(rest, "目标") || strings.HasSuffix(rest, "实现值"))
	}
	i := g.claim(d, yearTarget)
	if i < 0 {
		return
	}
	g.move(cValue, cBasis)
	g.idx[cValue], g.cols[cValue], g.labels[cValue] = i, row[i].Pos.Col, compactLabel(layout.Clean(row[i].Text))
}

// targetUnderGoals reads a header whose target caption (绩效标准, 指标值)
// stands over a column empty in every row while a caption of goals right of
// the names (绩效目标, 年度目标: unknown to the grid or read as a project's
// goals) stands over a column of texts, one in each row and mostly
// distinct: that column is the target, the empty one its basis (issue 21,
// the 2016 target tables 指标类型 | 指标名称 | 绩效目标 | 绩效标准 whose
// targets are sentences). A goals column merged down over the rows (a wide
// table's 年度目标) repeats one text and is not taken.
func (e *extractor) targetUnderGoals(g *gridState, row []layout.Cell, f *frame, d *headerCells) {
	v, n := g.idx[cValue], g.idx[cName]
	if v < 0 || n < 0 || d.value >= 0 || len(g.regions) > 0 || f.rows < 2 || f.content(frameColumn(row, v, f)) != ctEmpty {
		return
	}
	nc := frameColumn(row, n, f)
	goals := func(i int) bool {
		key := labelKey(layout.Clean(row[i].Text))
		if !strings.HasSuffix(key, "目标") || utf8.RuneCountInString(key) > 6 || frameColumn(row, i, f) <= nc {
			return false
		}
		p := f.profile(frameColumn(row, i, f))
		k := f.content(frameColumn(row, i, f))
		// (a text in three rows of four at least, as many as the names:
		// a blank row or a signature row under the grid counts too)
		return (k == ctName || k == ctValue || k == ctNone) && p.cells >= 2 && p.cells*4 >= f.rows*3 &&
			p.cells*4 >= f.profile(nc).cells*3 && p.distinct.len()*4 >= p.cells*3 && p.levels == 0
	}
	i := g.claim(d, goals)
	if i < 0 {
		return
	}
	if g.idx[cBasis] < 0 {
		g.idx[cBasis], g.cols[cBasis], g.labels[cBasis] = v, g.cols[cValue], g.labels[cValue]
	} else {
		d.unknown = append(d.unknown, v)
	}
	text := layout.Clean(row[i].Text)
	g.idx[cValue], g.cols[cValue], g.labels[cValue] = i, row[i].Pos.Col, compactLabel(text)
	e.warn(row[i].Pos, diag.HeaderGuessed, text, f.content(frameColumn(row, i, f)).key(), columnName(cValue))
}

// qualifiedLabel reads a header qualified in parentheses, one column of a
// group: 二级指标（长期） | 三级指标（长期） | 指标值（长期） beside the same
// columns （年度）. It returns the column the header names without its
// qualifier and whether the qualifier is long-term (中期, 长期, 实施期); a
// qualifier of the year (年度, 全年) names the column itself. Any other
// qualifier, or none, is cNone.
func (lx *lexicon) qualifiedLabel(key string) (gridColumn, bool) {
	q := parenthesized(key)
	bare := stripParens(key)
	if q == "" || bare == key || bare == "" {
		return cNone, false
	}
	col := lx.gridLabel(bare)
	if col == cNone {
		return cNone, false
	}
	switch lx.qualifiers[q] {
	case cLongTerm:
		return col, true
	case cValue:
		return col, false
	}
	return cNone, false
}

// longGroup places a column of a long-term group (a header qualified 长期):
// its level 2 and name are read as the national form's mid-term block is
// (yearBlock), its value kept as the long-term value; a level 1 of its own
// is not placed. It reports whether it placed the column.
func (g *gridState) longGroup(row []layout.Cell, i int, col gridColumn) bool {
	x := &extraCol{idx: i, col: row[i].Pos.Col, role: model.RoleLongTerm, label: compactLabel(layout.Clean(row[i].Text))}
	switch {
	case col == cLevel2 && g.longL2 == nil:
		g.longL2 = x
	case col == cName && g.long == nil:
		g.long = x
	case col == cValue || col == cLongTerm:
		g.extras = append(g.extras, *x)
	default:
		return false
	}
	return true
}

// repeat notes the first repetition of a name, value or level-2 column.
func (d *headerCells) repeat(col gridColumn, i int) {
	switch {
	case col == cName && d.name < 0:
		d.name = i
	case col == cLevel2 && d.level2 < 0:
		d.level2 = i
	case col == cValue && (d.value < 0 || d.name >= 0 && d.value < d.name && i > d.name):
		// the later block's target is the one after its names: a
		// standard's column under a target's word (指标值 | 绩效标准 |
		// 二级指标 | 三级指标 | 指标值 | 绩效标准) before them is no block
		d.value = i
	}
}

// settleColumns completes the header: the column that names indicators
// when there is no 三级指标, and the recipient areas' value columns.
func (g *gridState) settleColumns(row []layout.Cell, unknown []int) {
	if g.idx[cName] < 0 {
		if g.idx[cDesc] >= 0 {
			// 指标内容 with no 三级指标: the description column names the indicator
			g.idx[cName], g.cols[cName], g.labels[cName] = g.idx[cDesc], g.cols[cDesc], g.labels[cDesc]
			g.idx[cDesc] = -1
		} else {
			g.byLevel = true
			g.nameInVal = g.idx[cValue] >= 0 && namesNameAndValue(g.labels[cValue])
		}
	}
	if g.idx[cValue] >= 0 || g.idx[cName] < 0 {
		return
	}
	// a transfer table: after the name (and its description and direction)
	// one value column per recipient area (a month's or a quarter's targets,
	// 3月 | 6月 or 一季度 | 二季度, and bounds, 下限 | 上限, are no areas)
	after := max(g.idx[cName], g.idx[cDesc], g.idx[cDirection], g.idx[cNature])
	if g.boundColumns(row, unknown, after) {
		return
	}
	for _, i := range unknown {
		if i > after && wholeYearCaption(layout.Clean(row[i].Text)) {
			// 3月 | 6月 | 9月 | 全年: the year's column is the target
			g.idx[cValue], g.cols[cValue], g.labels[cValue] = i, row[i].Pos.Col, compactLabel(layout.Clean(row[i].Text))
			g.regions = g.regions[:0]
			return
		}
	}
	for _, i := range unknown {
		if i > after && !partCaption(layout.Clean(row[i].Text)) {
			g.regions = append(g.regions, extraCol{idx: i, col: row[i].Pos.Col, role: model.RoleRegion, label: compactLabel(layout.Clean(row[i].Text))})
		}
	}
}

// yearBlock handles a header that repeats 三级指标 | 指标值 (the national
// form's mid-term block, then the year's): the later block is the year's
// target, the earlier one is kept as the long-term value.
func (g *gridState) yearBlock(row []layout.Cell, dupName, dupValue, dupL2 int) {
	firstName, firstValue := g.idx[cName], g.idx[cValue]
	if dupL2 > dupName-2 && dupL2 < dupName {
		first := g.idx[cLevel2]
		g.longL2 = &extraCol{idx: first, col: row[first].Pos.Col, role: model.RoleLongTerm}
		g.idx[cLevel2], g.cols[cLevel2] = dupL2, row[dupL2].Pos.Col
	}
	g.idx[cName], g.cols[cName] = dupName, row[dupName].Pos.Col
	g.idx[cValue], g.cols[cValue] = dupValue, row[dupValue].Pos.Col
	for k, x := range g.extras {
		if x.idx == dupValue {
			g.extras[k] = extraCol{idx: firstValue, col: row[firstValue].Pos.Col, role: model.RoleLongTerm, label: g.labels[cValue]}
		}
	}
	g.long = &extraCol{idx: firstName, col: row[firstName].Pos.Col, role: model.RoleLongTerm}
	// the national form's blocks each repeat the level 2 (二级指标 |
	// 三级指标 | 指标值 twice); a header that repeats only the names and
	// the target under one set of levels (一级指标 | 二级指标 | 指标名称 |
	// 指标值 | 指标名称 | 指标值) sets two indicators side by side in a row
	g.pairs = dupL2 < 0
}

// emptyLaterBlock handles a header that repeats 三级指标 | 指标值 when the
// later block is empty in every row: the filled block is the target, the
// empty one is placed beside it (as the long-term block) so that its
// header is not reported unknown.
func (g *gridState) emptyLaterBlock(row []layout.Cell, dupName, dupValue, dupL2 int) {
	if dupL2 > dupName-2 && dupL2 < dupName {
		g.longL2 = &extraCol{idx: dupL2, col: row[dupL2].Pos.Col, role: model.RoleLongTerm}
	}
	g.long = &extraCol{idx: dupName, col: row[dupName].Pos.Col, role: model.RoleLongTerm}
	for k, x := range g.extras {
		if x.idx == dupValue {
			g.extras[k].role = model.RoleLongTerm
		}
	}
}

// valueFromRowAbove finds the value column of a header that spans two
// rows: "指标值" written in the row above, over a cell this row continues.
func (e *extractor) valueFromRowAbove(g *gridState, row []layout.Cell) {
	above := e.prevRow()
	if above == nil || len(row) > maxHeaderCells {
		return
	}
	for i := range row {
		if layout.Clean(row[i].Text) != "" {
			continue
		}
		j := i
		if len(above) != len(row) {
			if row[i].Pos.Col == 0 {
				continue
			}
			j = g.indexAt(above, i, row[i].Pos.Col)
		}
		if j < 0 || j >= len(above) {
			continue
		}
		text := layout.Clean(above[j].Text)
		if col := e.lx.gridLabel(labelKey(text)); col == cValue {
			g.idx[cValue], g.cols[cValue], g.labels[cValue] = i, row[i].Pos.Col, compactLabel(text)
			return
		}
	}
}

// fourthLevel reads a four-level header (一级指标 | 二级指标 | 三级指标 |
// 四级指标 | 指标值): the 四级指标 right of the 三级指标 names the
// indicators, the 三级指标 groups them and is left unplaced (its cells
// unrecognized: the indicator has no field for a third level).
func (g *gridState) fourthLevel(row []layout.Cell, d *headerCells) {
	n := g.idx[cName]
	if n < 0 {
		return
	}
	for k, i := range d.unknown {
		key := g.lx.key(layout.Clean(row[i].Text))
		if i > n && (key == "四级指标" || strings.HasPrefix(key, "四级指标")) {
			g.idx[cName], g.cols[cName], g.labels[cName] = i, row[i].Pos.Col, compactLabel(layout.Clean(row[i].Text))
			d.unknown = slices.Delete(d.unknown, k, k+1)
			return
		}
	}
}

// earlierYearActual reads a results' caption that names an earlier year
// than the target's (2024年目标值 | 2023年实际值) as the last year's
// actual, kept beside the target, as 上年实际完成值 is: the table sets this
// year's targets beside what was done, and is no self-evaluation.
func (g *gridState) earlierYearActual() {
	a, v := g.idx[cActual], g.idx[cValue]
	if a < 0 || v < 0 || g.idx[cLastYear] >= 0 {
		return
	}
	ya, yv := leadingYear(g.labels[cActual]), leadingYear(g.labels[cValue])
	if ya == 0 || yv == 0 || ya >= yv {
		return
	}
	g.idx[cLastYear], g.cols[cLastYear], g.labels[cLastYear] = a, g.cols[cActual], g.labels[cActual]
	g.idx[cActual], g.cols[cActual] = -1, 0
}

// leadingYear returns the year a caption opens with (2023年实际值 → 2023),
// or 0.
func leadingYear(s string) int {
	if len(s) < len("2023年") || !strings.HasPrefix(s[4:], "年") {
		return 0
	}
	n := 0
	for _, r := range s[:4] {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	if n < 1990 || n > 2100 {
		return 0
	}
	return n
}

// namesNameAndValue tells a value caption that names the indicator too,
// the two joined by 及, 和 or 与: 三级指标及指标值, 指标名称及指标值,
// 绩效指标和目标值. Its cells hold the name and the target together
// (救助困难群众人数：≥3000人).
func namesNameAndValue(caption string) bool {
	for _, j := range []string{"及", "和", "与"} {
		before, after, ok := strings.Cut(caption, j)
		if !ok {
			continue
		}
		if (strings.HasSuffix(before, "指标") || strings.HasSuffix(before, "名称")) && strings.HasSuffix(after, "值") {
			return true
		}
	}
	return false
}

// supersededTarget tells a target caption that names the target before
// an adjustment: 原指标值, 原目标值, 调整前指标值.
func supersededTarget(key string) bool {
	return strings.HasPrefix(key, "原") || strings.Contains(key, "调整前")
}

// adjustedTarget tells a target caption that names the target after an
// adjustment (调整后指标值, 调整后目标值), the one in force.
func adjustedTarget(key string) bool {
	return strings.Contains(key, "调整后")
}

// completionForecast tells a monitoring table's caption asking whether
// the year's target can be met: 是否能完成年度目标, 能否完成年度指标,
// 预计能否完成目标 — 能 and 完成 and a target's word, twelve characters at
// most. A self-evaluation's 是否完成 (a result) is none.
func completionForecast(key string) bool {
	return utf8.RuneCountInString(key) <= 12 && strings.Contains(key, "能") && strings.Contains(key, "完成") &&
		(strings.Contains(key, "目标") || strings.Contains(key, "指标") || strings.Contains(key, "任务"))
}
