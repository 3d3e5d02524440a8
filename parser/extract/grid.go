package extract

import (
	"slices"
	"strings"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// The indicator grid's header: columns placed by their wording (gridlabels.go)
// in any order and any subset, a block label left of them (绩效指标), value
// columns that repeat (one per recipient area of a transfer table).

// gridState is the header of the grid being read.
type gridState struct {
	lx        *lexicon
	head      []string // the header row's texts, and the table it stands in (headTable): a repeat of it goes on with the grid
	headTable int
	idx       [nGridColumns]int    // column → index in the header row, -1 when absent
	cols      [nGridColumns]int    // column → grid column (Pos.Col), 0 when unknown
	labels    [nGridColumns]string // column → header text
	width     int                  // cells in the header row
	maxCol    int                  // the last grid column the header covers, 0 when unknown
	regions   []extraCol           // one value column per recipient area
	upper     *extraCol            // the upper bound's column of a target caption over 下限 | 上限, the target's being the lower's (boundsSubHeader)
	extras    []extraCol           // half-year, long-term, last year's, further target columns
	long      *extraCol            // the name column of a mid-term block left of the year's
	longL2    *extraCol            // the level-2 column of that block
	longLevel string               // the last level 2 that block's column held (filled down to its own indicators: otherBlock)
	pairs     bool                 // long is no mid-term block: a second indicator of each row, left of the first (sideBySide)
	spanTgt   spannedTarget        // a target whose cell spans the rows below (spantarget.go)
	byLevel   bool                 // no name column: the deepest level names the indicator
	nameInVal bool                 // the value's caption names the indicator too (三级指标及指标值): each cell holds a name and its target (splitNameTarget)
	valueSpan int                  // grid columns the value header covers
	blocks    []int                // header cells over a block label or merged-down column (绩效指标, 绩)
	fresh     bool                 // no row read since the header
	subRow    bool                 // the header's second row names the halves of a split caption (splitBySubRow)
	moved     int                  // grid columns the header was moved right (a header one cell short, with positions)
	spanned   []bool               // header index → a merged part of the caption left of it (a text export's header spread over its rows: spanHeader)
	hollow    []bool               // header index → its column holds no text in any row as wide as the header (a text export: markHollow)
	blankCap  int                  // the header's one blank caption past the first cell, in a text export (markHollow); else 0
	pending   []pendingLevel       // level labels no indicator has used yet
	inScores  bool                 // the rows under a level label that names a score (评价得分): see scoreRow
	projCols  []projCol            // project columns of a wide table (项目名称 | 预算数 | 年度目标 beside the levels)
	projSeen  map[int]string       // a project column's header index → the text its last cell held (a repeat of it is read once)
	wideBase  *model.Project       // the project as it was before the last row that named one in a wide table
	checks    bool                 // no target column and no number or typed value under the header: a checklist, no indicators (untypedBody)
	longTerm  string               // the long-term section's label the grid stands under (中长期绩效指标): its rows are none of the year's (longsection.go)
}

// projCol is a column of a wide table that names the project its rows
// belong to, or one of the project's header fields, merged down over them.
type projCol struct {
	idx, col int
	f        field
	label    string
}

// projectColumn tells a grid header cell that is a header-block label of a
// project (项目名称, 单位名称, 预算数, 年度目标): the column of a wide table that
// holds one table's projects.
func (lx *lexicon) projectColumn(key string) field {
	if len(key) > maxLabelBytes {
		return fNone
	}
	f, _, ok := lx.lookupLabel(key)
	if !ok {
		return fNone
	}
	switch f {
	case fName, fCode, fUnitName, fDepartment, fTotal, fGoals:
		return f
	}
	return fNone
}

// extraCol is a value-like column beside the target.
type extraCol struct {
	idx        int
	col        int
	role       model.Role
	label      string
	superseded bool // the target before an adjustment (原指标值 left of 调整后指标值): in force where the adjusted cell is blank or says unchanged (inForce)
}

// gridHeader recognises the header row of an indicator grid and records
// its columns. A repeated header (a grid continued after a page break) is
// recognised again and keeps the levels it filled down.
func (e *extractor) gridHeader(row []layout.Cell) bool {
	if !e.lx.mayBeGridHeader(row) {
		return false
	}
	if g := e.ps.grid; g != nil && len(row) > 0 && row[0].Pos.Table == g.headTable && slices.Equal(rowTexts(row), g.head) {
		// the grid's own header printed again in its table (a page
		// break a converter kept in one table): the grid goes on, read
		// as its first header read it (its captions told once), under
		// the section a row above it may name (年度绩效指标)
		e.sectionOver(g)
		return true
	}
	// first pass: what the rows under the header hold, column by column
	// (a repeat of this header among them is no row of the grid's)
	body := e.gridRows()
	split := false
	if glued, ok := e.captionsSplitOverRows(row); ok {
		// the header's captions cut over two rows: read glued, the
		// second row no row of the body
		row, split = glued, true
		if len(body) > 0 && len(e.rest) > 0 && slices.Equal(rowTexts(body[0]), rowTexts(e.rest[0])) {
			body = body[1:]
		}
	}
	f := e.profileRows(withoutRepeats(body, row), row)
	row, sub, moved := e.shiftShortHeader(row, f)
	if row == nil {
		return false
	}
	row = e.captionsSpannedDown(row, f.positioned)
	if fit, wrong := e.captionFit(row, f, 0); fit == 0 && wrong >= 3 {
		// captions that name none of the columns under them and
		// contradict three or more (a header two cells short of its
		// rows in a text export: 一级指标 over the block label, 二级指标
		// over level-1 words): no header; the rows are read by content
		return false
	}
	g := &gridState{lx: e.lx, width: len(row), subRow: sub || split, moved: moved}
	if !f.positioned {
		g.markSpanned(row)
		g.markHollow(row, f)
	}
	d := e.readCaptions(g, row, f)
	byName, ok := e.headerAlone(g, row, f, d)
	if !ok {
		return false
	}
	warned := len(e.doc.Warnings)
	g.levelsUnderOneCaption(row, f, &d)
	g.spanByContent(row, f)
	if i := g.idx[cValue]; i >= 0 {
		g.valueSpan = max(row[i].ColSpan, 1)
	}
	flat := byName && flatList(g)
	placed := e.byContent(g, row, f, d.unknown)
	if flat && !e.typedTargets(g, row, f, placed) {
		// a flat list's header naming its names and not its target
		// (三级 | 年度数值 | 备注) makes a grid only where content finds the
		// targets: a column half or more of typed targets (<=6962人,
		// =100%, among 有效) under a blank or unknown caption
		e.doc.Warnings = e.doc.Warnings[:warned]
		return false
	}
	if byName && !flat && (g.idx[cName] < 0 || !slices.Contains(placed, g.idx[cName]) || g.idx[cValue] < 0 && len(g.regions) == 0) {
		// (a self-evaluation's header without the target's caption makes a
		// grid only where content finds the names and the targets)
		e.doc.Warnings = e.doc.Warnings[:warned]
		return false
	}
	g.blockColumns(row, f, d.unknown)
	g.settleColumns(row, d.unknown)
	if !g.complete() {
		e.doc.Warnings = e.doc.Warnings[:warned] // the content's reading of a row that is no header
		return false
	}
	e.markChecks(g, row, f, warned)
	e.enterGrid(g, row, d.unknown)
	e.sectionOver(g)
	return true
}

// markChecks marks a grid whose rows are checks and no indicators (its
// checks set, with a warning): an evaluation's scoring sheet, whose target
// stands under a caption of points (the warnings since warned, the
// content's reading of its columns, dropped), or a checklist's grid with
// no target column and no typed value under it.
func (e *extractor) markChecks(g *gridState, row []layout.Cell, f *frame, warned int) {
	if at := g.targetUnderPoints(row); at >= 0 {
		// an evaluation's scoring sheet (一级指标 | 分值 | 二级指标 | 分值 |
		// 三级指标 | 分值 | 得分): the target the columns left over would
		// give stands under a caption of points, a weight's or a score's
		// again; criteria with their points and scores, no indicators
		// (and no reading of its columns by content to warn of)
		e.doc.Warnings = e.doc.Warnings[:warned]
		g.checks = true
		e.warn(row[at].Pos, diag.ScoringGrid, layout.Clean(row[at].Text))
	} else if g.idx[cValue] < 0 && g.idx[cActual] >= 0 && untypedBody(f) && !e.requiredLevelsBelow() {
		// a checklist's grid (预算编制科学性 | its standard | 项目资金测算标准
		// (文字描述) | 已按要求完成预算): levels, names and answers (完成情况)
		// but no target column (an unknown caption read as an area's
		// column at most), and no number, sign, unit or typed value in
		// any row: checks and their answers, no indicators
		g.checks = true
		e.warn(row[0].Pos, diag.NoTargetColumn, g.labels[cName])
	}
}

// targetUnderPoints gives the header cell of the grid's target where
// every column settled as the target (the target's, each recipient
// area's) stands under a caption of points: a weight's or a score's
// (分值, 权重, 得分), one of those the header repeats, or of the rules
// that give them (评分标准, 评分细则), read as the target by what its
// column holds; else -1. A column of points or of scoring rules is never
// the target, whatever its cells look like.
func (g *gridState) targetUnderPoints(row []layout.Cell) int {
	at := make([]int, 0, 1+len(g.regions))
	if i := g.idx[cValue]; i >= 0 {
		at = append(at, i)
	}
	for _, r := range g.regions {
		at = append(at, r.idx)
	}
	for _, i := range at {
		key := g.lx.key(layout.Clean(row[i].Text))
		if c := g.lx.gridLabel(key); c != cWeight && c != cScore && !strings.Contains(key, "评分") {
			return -1
		}
	}
	if len(at) == 0 {
		return -1
	}
	return at[0]
}

// requiredLevelsBelow tells rows under a header that name a level 1 every
// project's targets should have (产出指标, 效益指标, 满意度指标: the
// taxonomy's required ones), as a cell of its own: a self-evaluation of
// performance targets, whose targets and results may all be words, and no
// checklist of a fund's management (项目预算管理 | 资金投入 | …).
func (e *extractor) requiredLevelsBelow() bool {
	for _, row := range e.gridRows() {
		for i := range row {
			key := stripPoints(stripParens(e.lx.key(layout.Clean(row[i].Text))))
			for _, f := range e.lx.v.Taxonomy.Level1 {
				if f.Required && key == f.Name {
					return true
				}
			}
		}
	}
	return false
}

// untypedBody tells rows under a header (its frame) with no bare number and
// no typed value (≥95%, 300人, 2024年底前) in any column.
func untypedBody(f *frame) bool {
	if f == nil || f.rows == 0 {
		return false
	}
	for k := range f.prof {
		if p := &f.prof[k]; p.typed+p.numbers+p.comparators+p.units > 0 {
			return false
		}
	}
	return true
}

// headerAlone tells whether the header, its captions read, may make a
// grid: the header alone must make one, content completes it and never
// invents one; or it names the target and another column, and the names
// are in a column the header leaves blank or unknown (序号 | 绩效指标 |
// 指标值 | 权重); or it is a self-evaluation's. byName tells the second
// and third kind, which content must complete by finding the names.
func (e *extractor) headerAlone(g *gridState, row []layout.Cell, f *frame, d headerCells) (byName, ok bool) {
	probe := *g
	probe.settleColumns(row, d.unknown)
	byName = !probe.complete()
	// a self-evaluation's header names its levels and its results (一级指标
	// | 二级指标 | … | 实际完成值 | 分值 | 得分) even where the target's and
	// the names' captions are blank or unknown; a header that names both
	// levels does too (content must then find the names and the target)
	results := (g.idx[cLevel1] >= 0 || g.idx[cLevel2] >= 0) && (g.idx[cActual] >= 0 || g.idx[cScore] >= 0) ||
		g.idx[cLevel1] >= 0 && g.idx[cLevel2] >= 0
	if d.found < 2 || byName && (g.idx[cValue] < 0 && !results && !flatList(g) || !f.positioned && len(row) != f.width ||
		e.ps.grid != nil && e.ps.grid.fresh) {
		// without positions the header must stand over the rows' cells; the
		// row under a header is its second row (指标性质 | 指标值 | 度量单位)
		return byName, false
	}
	return byName, true
}

// typedTargets tells a target column placed by content (among placed)
// where half or more of the cells are typed targets and none a level
// label.
func (e *extractor) typedTargets(g *gridState, row []layout.Cell, f *frame, placed []int) bool {
	v := g.idx[cValue]
	if v < 0 || !slices.Contains(placed, v) {
		return false
	}
	col := g.columnOf(row, v, f)
	if col < 0 {
		return false
	}
	p := f.profile(col)
	return p.cells >= 2 && p.levels == 0 && p.typed*2 >= p.cells
}

// flatList tells a header that names the indicators' names and neither
// their target, their levels nor their results (三级 | 年度数值 | 备注,
// 指标名称 | 比较 | 数值): a flat list's, whose target content must find.
func flatList(g *gridState) bool {
	return g.idx[cName] >= 0 && g.idx[cValue] < 0 && g.idx[cLevel1] < 0 && g.idx[cLevel2] < 0 &&
		g.idx[cActual] < 0 && g.idx[cScore] < 0 && len(g.regions) == 0
}

// complete reports whether the columns read make an indicator grid: a
// level 1 with a target or a name, a name with a target, or a name with the
// recipient areas' columns under a level 2.
func (g *gridState) complete() bool {
	l1, v, n := g.idx[cLevel1] >= 0, g.idx[cValue] >= 0, g.idx[cName] >= 0
	return l1 && (v || n) || n && v || n && len(g.regions) > 0 && g.idx[cLevel2] >= 0
}

// mayBeGridHeader tells, cheaply, a row that may be a grid's header: two
// or more of its cells are grid labels, and one of its first three cells is
// (a header opens with its levels or names, after a block label or a 序号
// column at most). A document's lexicon keeps the answers for the last two
// rows it was asked about (lastRow): the row under this one is asked about
// (captionsOverGrid) before it is read, and asked again then, this one
// asked about again in between (indicatorRow).
func (lx *lexicon) mayBeGridHeader(row []layout.Cell) bool {
	if lx.memo == nil {
		return lx.gridLabelsLead(row)
	}
	m := lx.memo
	for i := range m.header {
		if m.header[i].holds(row) {
			m.older = 1 - i
			return m.header[i].yes
		}
	}
	yes := lx.gridLabelsLead(row)
	m.header[m.older].keep(row, yes)
	m.older = 1 - m.older
	return yes
}

// lastRow is what mayBeGridHeader answered for a row, with the texts and
// merges it read: the answer holds for any row that has the same.
type lastRow struct {
	cells []cellRead // nil before any row
	yes   bool
}

// cellRead is what mayBeGridHeader reads of a cell.
type cellRead struct {
	text   string
	merged bool
}

// holds reports whether row has the texts and merges of the row kept.
func (l *lastRow) holds(row []layout.Cell) bool {
	if l.cells == nil || len(row) != len(l.cells) {
		return false
	}
	for i := range row {
		if row[i].Text != l.cells[i].text || row[i].Merged != l.cells[i].merged {
			return false
		}
	}
	return true
}

// keep keeps row's texts and merges with the answer for it.
func (l *lastRow) keep(row []layout.Cell, yes bool) {
	if l.cells == nil {
		l.cells = make([]cellRead, 0, 16) // (an empty row is kept too)
	}
	l.cells = l.cells[:0]
	for i := range row {
		l.cells = append(l.cells, cellRead{row[i].Text, row[i].Merged})
	}
	l.yes = yes
}

// gridLabelsLead is mayBeGridHeader's test.
func (lx *lexicon) gridLabelsLead(row []layout.Cell) bool {
	n, seen := 0, 0
	for i := range row {
		c := &row[i]
		if c.Merged || c.Text == "" {
			continue
		}
		if len(c.Text) <= 90 {
			key := lx.key(layout.Clean(c.Text))
			if lx.gridLabel(key) != cNone {
				if n++; n == 2 {
					return true
				}
			} else if n == 0 && seen < 3 && lx.projectColumn(key) != fNone {
				continue // a wide table's project columns before the levels
			} else if n == 0 && seen < 3 && lx.moneyCaption(key) {
				continue // its money columns (一般公共预算 | 基本支出) under the captions that group them
			}
		}
		seen++
		if seen == 3 && n == 0 {
			return false // a row that opens with three texts no header holds
		}
	}
	return n >= 2
}

// moneyCaption tells a short money label of the form (一般公共预算, 其他资金,
// 项目支出): a wide table's money column caption.
func (lx *lexicon) moneyCaption(key string) bool {
	if len(key) > maxLabelBytes {
		return false
	}
	f, _, ok := lx.lookupLabel(key)
	return ok && moneyField(f)
}

// enterGrid makes g the grid being read: unknown header cells unplaced, a
// project started if none is open, the levels kept over a repeated header.
func (e *extractor) enterGrid(g *gridState, row []layout.Cell, unknown []int) {
	g.head = rowTexts(row)
	if len(row) > 0 {
		g.headTable = row[0].Pos.Table
	}
	for _, i := range unknown {
		placed := slices.Contains(g.idx[:], i) || slices.ContainsFunc(g.regions, func(x extraCol) bool { return x.idx == i }) ||
			(g.longL2 != nil && g.longL2.idx == i) || (g.long != nil && g.long.idx == i) || (g.upper != nil && g.upper.idx == i)
		text := layout.Clean(row[i].Text)
		if !placed && slices.Contains(g.blocks, i) && !e.lx.isBlockLabel(e.lx.key(text)) {
			e.unrecognized(text, row[i].Pos) // a block label cut short ("绩"): its column holds no cells
			continue
		}
		if !placed && !e.lx.isBlockLabel(e.lx.key(text)) {
			e.unrecognized(text, row[i].Pos)
			if e.areaRows(row, i) {
				e.warn(row[i].Pos, diag.AreaRowsUnread, text)
			} else {
				e.warn(row[i].Pos, diag.HeaderUnknown, text)
			}
		}
	}
	for _, k := range []gridColumn{cHalfYear, cLongTerm, cLastYear} {
		if g.idx[k] >= 0 {
			g.extras = append(g.extras, extraCol{idx: g.idx[k], col: g.cols[k], role: extraRole(k), label: g.labels[k]})
		}
	}
	if e.cur == nil {
		e.startProject(0, "", row[0].Pos, false)
		e.cur.Source = tableSource(row)
	}
	if e.ps.grid == nil {
		e.ps.level1, e.ps.level2 = "", ""
	} else {
		g.pending = e.ps.grid.pending
	}
	g.fresh = true
	e.ps.grid = g
	e.ps.cols, e.ps.periods = nil, nil
	e.ps.rows++
	e.ps.selfEval = e.ps.selfEval || g.idx[cActual] >= 0 || g.idx[cScore] >= 0
	e.ps.regions = e.ps.regions || len(g.regions) > 0
}

// frameColumn is the frame column (0-based) of header cell i: its grid
// column where the reader gives positions, else its index.
func frameColumn(row []layout.Cell, i int, f *frame) int {
	if f.positioned {
		return row[i].Pos.Col - 1
	}
	return i
}

// maxHeaderCells bounds the header rows valueFromRowAbove reads (its
// lookups are linear in the row).
const maxHeaderCells = 256

func extraRole(c gridColumn) model.Role {
	switch c {
	case cHalfYear:
		return model.RoleHalfYear
	case cLongTerm:
		return model.RoleLongTerm
	case cLastYear:
		return model.RoleLastYearActual
	}
	return model.RoleOther
}

// endGrid leaves the grid: the rows that follow belong to something else.
func (e *extractor) endGrid() {
	if g := e.ps.grid; g != nil {
		for _, p := range g.pending {
			e.unrecognized(p.text, p.pos)
		}
		g.dropSubtotal(e)
	}
	e.ps.grid = nil
}

// rowTexts is a row's cells' texts, cleaned.
func rowTexts(row []layout.Cell) []string {
	out := make([]string, len(row))
	for i := range row {
		out[i] = layout.Clean(row[i].Text)
	}
	return out
}

// withoutRepeats returns rows without those whose texts are the header's
// (the header printed again amid its rows); rows itself where there is
// none.
func withoutRepeats(rows [][]layout.Cell, head []layout.Cell) [][]layout.Cell {
	texts := rowTexts(head)
	same := func(r []layout.Cell) bool { return len(r) == len(head) && slices.Equal(rowTexts(r), texts) }
	if !slices.ContainsFunc(rows, same) {
		return rows
	}
	return slices.DeleteFunc(slices.Clone(rows), same)
}
