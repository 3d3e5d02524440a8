package extract

import (
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Sub-tables of the header block read by column: a row of column labels
// (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, or 预期目标 |
// 实际完成情况, or 项目总目标 | 年度总体目标) after an optional group label,
// and the rows below it, whose cells are placed by the column they stand in.

// colHeader is an active column-header row.
type colHeader struct {
	group    string
	groupCol int // the grid column of the group label, 0 when none
	cols     []headCol
	money    bool // the columns are amounts: rows are labelled money rows
	lines    int  // expense lines read under the group label (expenseLine)
	width    int  // cells in the header row
}

type headCol struct {
	from, to int // grid columns covered, 1-based, inclusive
	role     colRole
	label    string
}

// keepsGroup reports whether the rows under h keep its group label in
// their labels (the columns of a sub-table kept as labelled text).
func (h *colHeader) keepsGroup() bool {
	for _, c := range h.cols {
		if c.role == rTable || c.role == rMoneyAux {
			return true
		}
	}
	return false
}

// roleAt returns the column of the header that covers grid column col.
func (h *colHeader) roleAt(col int) (headCol, bool) {
	for _, c := range h.cols {
		if c.from <= col && col <= c.to {
			return c, true
		}
	}
	return headCol{}, false
}

// columnHeader recognises a column-header row and makes it active. It
// reads the row's captions in order: a group label first, a second funds
// label, then one column per caption; it rejects the row when a caption
// names no column or the columns read do not stand together.
func (e *extractor) columnHeader(row []layout.Cell, first int) bool {
	r := &headerReader{e: e, row: row, first: first, h: &colHeader{}, subtotal: -1, inner: -1}
	r.idx = captionCells(e.captionRoom.idx[:0], row, first)
	e.captionRoom.idx = r.idx[:0]
	if len(r.idx) < 2 {
		return false
	}
	r.numberCaptions()
	if !r.groupLabel() {
		return false
	}
	r.innerFundsLabel()
	for k := r.start; k < len(r.idx); k++ {
		if !r.caption(k) {
			return false
		}
	}
	if r.totalFirst {
		if r.unknown == 0 && !r.parts {
			return false // a total with no sources after it
		}
		r.sources = r.unknown
	}
	r.settleSubtotal()
	if !r.standsTogether() {
		return false
	}
	r.activate()
	return true
}

// headerReader is columnHeader's work: the row, its caption cells and
// what the captions read so far tell.
type headerReader struct {
	e           *extractor
	row         []layout.Cell
	first       int
	idx         []int    // the row's caption cells: not merged, not blank
	keys        []string // their label keys, formulas kept
	numbered    int      // captions numbered for their formulas (formulaCaptions)
	firstKey    string
	h           *colHeader
	start       int    // the first of idx read as a column's caption
	inner       int    // a second funds label before the rows' caption (项目资金情况 | 项目资金申请（万元） | 项目 | …), -1 when none
	parts       bool   // a money label of the header block as a caption (财政资金（万元） | 其他)
	subtotal    int    // the column a subtotal caption made the year's amount, -1 when none
	rowCaption  bool   // the caption over the rows' own labels was read
	captionUnit string // the money unit a caption carries (合计（万元）)
	keyUnit     string // the money unit of an amount's caption
	unknown     int    // captions no word names, kept as aux columns if the amounts beside them stand
	sources     int    // unknown captions before a sources' total (sourcesTotal), the sources it sums
	totalFirst  bool   // the sources' total is the first caption, the sources after it (sourcesTotal)
}

// captionCells appends to idx the cells of row from first on that are
// neither merged nor blank.
func captionCells(idx []int, row []layout.Cell, first int) []int {
	for i := first; i < len(row); i++ {
		if !row[i].Merged && layout.Clean(row[i].Text) != "" {
			idx = append(idx, i)
		}
	}
	return idx
}

// key is the label key of the k-th caption (cell idx[k]), its formula
// stripped when the captions are numbered for their formulas.
func (r *headerReader) key(k int) string {
	key := r.keys[k]
	if r.numbered >= 2 {
		key = stripFormula(key)
	}
	return key
}

// numberCaptions counts the captions numbered for their formulas
// (年中调整金额②, 小计③=①+②) and keys the first caption: blank when it is
// a numbered caption no column word names, read with the others then.
func (r *headerReader) numberCaptions() {
	r.keys = r.e.captionRoom.keys[:0]
	for _, i := range r.idx {
		r.keys = append(r.keys, r.e.lx.key(layout.Clean(r.row[i].Text)))
	}
	r.e.captionRoom.keys = r.keys[:0]
	r.numbered = formulaCaptions(r.keys)
	r.firstKey = r.key(0)
	if _, isCol := r.e.lx.columnRole(r.firstKey); !isCol && r.numbered >= 2 {
		if _, ok := r.e.numberedCaption(r.firstKey); ok {
			r.firstKey = "" // a numbered caption first: read in the loop
		}
	}
}

// groupLabel reads the first caption as a group label when no column word
// but the rows' caption names it, or takes the column of a funds label
// in the row above as the group's. It reports false when the first
// caption is too long a label to head the columns.
func (r *headerReader) groupLabel() bool {
	e, h, row := r.e, r.h, r.row
	if role, isCol := e.lx.columnRole(r.firstKey); (!isCol || role == rRowLabel) && r.firstKey != "" {
		// a group label: a known label, a label cut short ("总"), or a
		// short one over two or more column labels ("年度履职目标"); the
		// caption of the rows' labels first is one too (项目 | 金额)
		n := utf8.RuneCountInString(stripParens(r.firstKey)) // 预算执行情况（10分）: the points are no part of the label
		if _, _, ok := e.lx.lookupLabel(r.firstKey); !ok && n > 4 && (n > 10 || len(r.idx) < 3) {
			return false
		}
		h.group = layout.Clean(row[r.idx[0]].Text)
		h.groupCol = cellCol(row, r.idx[0])
		r.start = 1
	} else if r.first > 0 && e.ps.lastField == fBudgetGroup {
		// the captions of a funds label's block (总体资金情况（万元） in the
		// row above, merged down or blank before them: 总额 | 基本支出 |
		// 项目支出): the label's column is the group's
		h.groupCol = cellCol(row, r.first-1)
	}
	return true
}

// innerFundsLabel skips a second funds label after the group label when
// the rows' caption follows it (项目资金情况 | 项目资金申请（万元） | 项目 | …).
func (r *headerReader) innerFundsLabel() {
	e, idx := r.e, r.idx
	if r.start == 1 && len(idx) > 3 && e.lx.isFundsLabel(r.keys[1]) {
		if role, ok := e.lx.columnRole(r.keys[2]); ok && role == rRowLabel {
			r.inner, r.start = idx[1], 2
		}
	}
}

// caption reads the k-th caption (cell idx[k]) as a column of the
// header, or as the caption over the rows' own labels. It reports false
// when the caption names no column, or the rows' caption stands after
// another.
func (r *headerReader) caption(k int) bool {
	e, h, row, i := r.e, r.h, r.row, r.idx[k]
	key := r.key(k)
	role, ok := e.lx.columnRole(key)
	if !ok && r.numbered >= 2 {
		role, ok = e.numberedCaption(key)
		if ok && role == rBudget {
			r.subtotal = len(h.cols)
		}
	}
	if ok && role == rRowLabel {
		// the caption over the rows' own labels (资金来源 | 年初预算数 …
		// over 年度资金总额 | 5.28 …): first of the captions, once
		if r.rowCaption || len(h.cols) > 0 {
			return false
		}
		h.groupCol, r.rowCaption = cellCol(row, i), true
		return true
	}
	if !ok {
		role, ok = r.auxCaption(key)
	}
	if !ok {
		return false
	}
	if u := moneyUnitIn(key); u != "" && r.keyUnit == "" && (role == rBudget || role == rInitial || role == rExecuted) {
		r.keyUnit = u // 年度预算金额（万元）
	}
	col := cellCol(row, i)
	h.cols = append(h.cols, headCol{from: col, to: col + cellSpan(row, i) - 1, role: role, label: compactLabel(layout.Clean(row[i].Text))})
	if role == rBudget || role == rInitial || role == rExecuted {
		h.money = true
	}
	return true
}

// auxCaption reads a caption no column word names, in order: a money
// label of the header block under a group's column (a part), a caption
// carrying a money unit under a group label, or a caption no word names
// under a group label (weighed later with the amounts beside it).
func (r *headerReader) auxCaption(key string) (role colRole, ok bool) {
	e, h := r.e, r.h
	if h.groupCol > 0 {
		if f, _, known := e.lx.lookupLabel(key); known && (f == fFiscal || f == fOther || f == fBudgetItem) {
			role, ok, r.parts = rMoneyAux, true, true
		}
	}
	if !ok && h.group != "" {
		if role, ok = e.unitCaption(key); ok && r.captionUnit == "" {
			r.captionUnit = moneyUnitIn(key)
		}
	}
	if !ok && r.sourcesTotal(key) {
		role, ok = rBudget, true
		r.subtotal, r.sources = len(h.cols), r.unknown
	}
	if !ok && h.group != "" && unknownCaption(e.lx, key) {
		role, ok = rMoneyAux, true // weighed below, with the amounts beside it
		r.unknown++
	}
	return role, ok
}

// sourcesTotal tells a subtotal caption (合计, 小计, 总计) after the
// captions of the sources it sums under a funds label (项目资金来源 | 中央 |
// 省、地 | 本级 | 其他 | 合计 | 执行数, the unit in a line above the
// table): the year's amount, as unitCaption reads it when the captions
// carry their unit. The sources are short captions no word names, or
// parts of the header block (其他); the first subtotal only. Under a
// funds label with its money unit the total may come first, its sources
// after it (合计 | 中央资金 | 省级资金 | 市县资金).
func (r *headerReader) sourcesTotal(key string) bool {
	h := r.h
	if h.group == "" || r.subtotal >= 0 || !r.e.lx.isSubtotal(key) || !r.e.lx.sumsSources(labelKey(h.group)) {
		return false
	}
	if r.unknown == 0 && !r.parts {
		// the total first, its sources after it (项目资金（万元） | 合计 |
		// 中央资金 | 省级资金 | 市县资金): only where the label carries the
		// money unit, and only if sources follow (columnHeader)
		if len(h.cols) > 0 || moneyUnitIn(labelKey(h.group)) == "" {
			return false
		}
		r.totalFirst = true
	}
	return true
}

// settleSubtotal demotes the column a subtotal caption made the year's
// amount when another caption names the year's amount.
func (r *headerReader) settleSubtotal() {
	h := r.h
	if r.subtotal < 0 {
		return
	}
	for k, c := range h.cols {
		if k != r.subtotal && c.role == rBudget {
			h.cols[r.subtotal].role = rMoneyAux // another caption names the year's amount
		}
	}
}

// standsTogether reports whether the columns read make a header: unknown
// captions beside known amounts, a subtotal beside the amounts it adds
// up, two columns or a group label, and parts or a caption's unit beside
// the year's amount.
func (r *headerReader) standsTogether() bool {
	h := r.h
	if unknown := r.unknown - r.sources; unknown > 0 && !h.knownMoney(unknown) {
		return false
	}
	if r.numbered >= 2 && !h.moneyBesides(r.subtotal) {
		return false // (a subtotal is the year's amount beside the amounts it adds up)
	}
	if r.start == 0 && len(h.cols) < 2 || (r.parts || r.captionUnit != "") && !h.money {
		return false // (the parts' captions need the year's amount beside them)
	}
	return true
}

// activate makes the header active: it sets the money unit the group
// label, a caption or an amount's caption carries, reports a skipped
// funds label and a group label kept nowhere else as unrecognized.
func (r *headerReader) activate() {
	e, h, row, idx := r.e, r.h, r.row, r.idx
	h.width = len(row)
	if u := moneyUnitIn(labelKey(h.group)); u != "" {
		e.setMoneyUnit(u, row[idx[0]].Pos)
	}
	if r.captionUnit != "" {
		e.setMoneyUnit(r.captionUnit, row[idx[0]].Pos)
	} else if r.keyUnit != "" {
		e.setMoneyUnit(r.keyUnit, row[idx[0]].Pos)
	}
	if r.inner >= 0 {
		if u := moneyUnitIn(labelKey(layout.Clean(row[r.inner].Text))); u != "" {
			e.setMoneyUnit(u, row[r.inner].Pos)
		}
		e.unrecognized(layout.Clean(row[r.inner].Text), row[r.inner].Pos)
	}
	if _, _, known := e.lx.lookupLabel(r.firstKey); h.group != "" && !known && !h.keepsGroup() {
		// a group label cut short ("总"), kept nowhere else
		e.unrecognized(h.group, row[idx[0]].Pos)
	}
	e.ps.cols = h
	e.ps.lastField = fNone
}

// columnMember reads the label of a row under the active column header
// and reports whether the row belongs to the sub-table: a row opening
// with a blank cell, or a money row under amounts. A row that does not
// belong is then read as a row of its own.
func (e *extractor) columnMember(row []layout.Cell, first int, leadingBlank bool) (rowField field, rowLabel string, ok bool) {
	h := e.ps.cols
	if s := layout.Clean(row[first].Text); len(s) <= 120 {
		if f, unit, ok := e.lx.lookupLabel(labelKey(s)); ok {
			if unit != "" {
				e.setMoneyUnit(unit, row[first].Pos)
			}
			rowField, rowLabel = f, s
		}
	}
	if rowField == fNone && h.money && len(row[first].Text) <= 120 {
		// 年度资金总额:38.75万元 | …: a money label with its amount in the cell
		if f, label, _, ok := e.lx.splitLabelValue(layout.Clean(row[first].Text)); ok && isMoneyField(f) {
			rowField, rowLabel = f, label
		}
	}
	if rowField == fNone && h.money && e.lx.isSubtotal(layout.Clean(row[first].Text)) {
		rowField, rowLabel = fTotal, layout.Clean(row[first].Text) // 合 计 | 30 | 45: the sub-table's total
	}
	isMoney := rowField == fTotal || rowField == fFiscal || rowField == fOther || rowField == fBudgetItem || rowField == fProjectTotal
	if rowField == fNone && e.expenseLine(row, first) {
		h.lines++
		return rowField, rowLabel, true
	}
	if !leadingBlank && !(h.money && isMoney) {
		return rowField, rowLabel, false
	}
	if rowField != fNone && !isMoney {
		return rowField, rowLabel, false // a label of the header block: the sub-table has ended
	}
	return rowField, rowLabel, true
}

// subCaptions tells the second row of a money header: short captions
// under its columns (中央 | 省级 | 市级资金 | 本级 under 财政资金), no amount
// and no label of the header block but money ones. The sub-table goes on.
func (e *extractor) subCaptions(row []layout.Cell, first int) bool {
	h := e.ps.cols
	if !h.money || h.groupCol == 0 || cellCol(row, first) <= h.groupCol {
		return false
	}
	for i := first; i < len(row); i++ {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		key := e.lx.key(s)
		if utf8.RuneCountInString(key) > 8 || decimalPrefix(key) > 0 {
			return false
		}
		if f, _, ok := e.lx.lookupLabel(key); ok && f != fFiscal && f != fOther && f != fBudgetItem {
			return false
		}
	}
	return true
}

// partCaptions reads sub-captions that split the year's amount into its
// subtotal and parts (年度预算金额（万元） over 小计 | 市财政拨款 | 其他资金):
// the subtotal's column stays the year's amount, the parts' columns name
// the fiscal and other parts. The subtotal must stand first, in the year's
// column, and each part in it or in a column right of it no caption
// covers (a text export prints the spanning caption once). It reports
// whether it read the row.
func (e *extractor) partCaptions(row []layout.Cell, first int) bool {
	h := e.ps.cols
	var budget *headCol
	for k := range h.cols {
		if h.cols[k].role == rBudget {
			if budget != nil {
				return false
			}
			budget = &h.cols[k]
		}
	}
	if budget == nil {
		return false
	}
	var cols []headCol
	for i := first; i < len(row); i++ {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		key, col := e.lx.key(s), cellCol(row, i)
		var role colRole
		if len(cols) == 0 {
			if !e.lx.isSubtotal(key) || col != budget.from {
				return false
			}
			role = rBudget
		} else {
			f, _, _ := e.lx.lookupLabel(key)
			switch f {
			case fFiscal:
				role = rFiscal
			case fOther:
				role = rOther
			default:
				return false
			}
			if c, ok := h.roleAt(col); ok && c.role != rBudget || !ok && col <= budget.to {
				return false
			}
		}
		cols = append(cols, headCol{from: col, to: col + cellSpan(row, i) - 1, role: role, label: compactLabel(s)})
	}
	if len(cols) < 2 {
		return false
	}
	var kept []headCol
	for _, c := range h.cols {
		if c.role != rBudget {
			kept = append(kept, c)
		}
	}
	h.cols = append(kept, cols...)
	if w := len(row); w > h.width {
		h.width = w
	}
	return true
}

// taskAmountParts reads the row under a task table's header that splits
// its amount's caption into a total and the parts (年度主要任务 | 任务名称 |
// 主要内容 | 预算金额（万元） over 总额 | 财政拨款 | 其他资金, the national
// 部门整体支出绩效目标申报表): the caption, a column of the task table
// whose label names its money unit, is then the year's amount (its unit
// the money unit), the parts its fiscal and other columns, and the rows
// under it money rows, whose total's row (金额合计) gives the budget. A
// task table whose amount's caption is not so split keeps its amounts as
// the tasks' texts: one task's amount is never the budget. So does a text
// export's, whose spans are lost: its total's row (金额合计 spanning two
// columns, printed once) would stand a column left of its captions. It
// reports whether it read the row.
func (e *extractor) taskAmountParts(row []layout.Cell, first int) bool {
	h := e.ps.cols
	if h == nil || h.money || first >= len(row) || row[first].Pos.Col == 0 {
		return false
	}
	k, unit := -1, ""
	for i, c := range h.cols {
		if u := moneyUnitIn(labelKey(c.label)); c.role == rTable && u != "" {
			if k >= 0 {
				return false
			}
			k, unit = i, u
		}
	}
	if k < 0 {
		return false
	}
	h.cols[k].role, h.money = rBudget, true
	if !e.subCaptions(row, first) || !e.partCaptions(row, first) {
		h.cols[k].role, h.money = rTable, false
		return false
	}
	e.setMoneyUnit(unit, row[first].Pos)
	return true
}

// goalRow reads the texts under goal columns (预期目标, 实际完成情况, 项目总目标)
// or the columns of a sub-table kept as labelled text (部门职能 …).
func (e *extractor) goalRow(row []layout.Cell, first int) {
	h := e.ps.cols
	p := e.cur
	for i := first; i < len(row); i++ {
		s := e.text(&row[i])
		if row[i].Merged || s == "" {
			continue
		}
		col, ok := h.roleAt(cellCol(row, i))
		if !ok {
			e.unrecognized(s, row[i].Pos)
			continue
		}
		switch col.role {
		case rGoal:
			if len(p.Goals) == 0 {
				p.GoalsSource = row[i].Pos
			}
			p.Goals = append(p.Goals, splitGoals(s)...)
		case rLongGoal:
			p.LongTermGoals = append(p.LongTermGoals, splitGoals(s)...)
		case rGoalResult:
			p.GoalResults = append(p.GoalResults, splitGoals(s)...)
		default:
			p.Attributes = append(p.Attributes, model.LabeledText{Label: joinLabel(h.group, col.label), Text: s, Source: row[i].Pos})
		}
	}
}
