package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A list table beside the target tables: a caption row (序号 | 乡镇名称 |
// 项目名称 | 金额), rows numbered 1, 2, 3 under it, perhaps a total row (合计).
// An allocation of the funds to units or projects, a list of recipients:
// none of its rows is a project's header block or an indicator, whatever
// words its captions share with a header block's labels.

// minListItems is the fewest numbered rows that make a list table.
const minListItems = 2

// listRows returns how many rows after row (a caption row) belong to the
// list table it heads, or 0 when row heads none: the rows numbered 1, 2, 3
// in the column of its first caption or before it (a blank caption over
// the numbers), the rows continuing an item (its
// number cell merged or blank), and a total row that closes the list. The
// captions may stand on several rows (a fund's caption spanning its
// columns, its 支出科目 under it, then 小计 | 老年助餐经费 | …): before the
// first item, a row whose first cell is blank or merged and that holds no
// label of the form continues the captions. One item makes a list when a
// total row follows it (an allocation to one unit: 1 | 某馆 | … | 15, then
// 合计 | | 15) or a total's word is among the captions (小计 over the
// amounts: the table allots money, whatever number of units it lists).
func (e *extractor) listRows(row []layout.Cell, rest [][]layout.Cell) int {
	numCol, ok := e.listCaptions(row)
	if !ok {
		return 0
	}
	next, n := 1, 0
	total := false // a total row read after the items (合计 | | 15), or a total's caption
	list := func() bool { return next > minListItems || next > 1 && total }
	for _, r := range rest {
		first := firstFilled(r)
		if first < 0 {
			n++
			continue
		}
		if e.rowHoldsTargets(r) {
			break
		}
		s := layout.Clean(r[first].Text)
		switch {
		case cellCol(r, first) <= numCol && itemNumber(s) == next:
			next++
		case next == 1 && first > 0 && (r[0].Merged || layout.Clean(r[0].Text) == "") && !e.lx.rowHasLabel(r):
			// the captions continued on the next row, under a caption
			// that spans columns
			total = total || e.subtotalCaption(r)
		case next > 1 && first > 0 && (r[0].Merged || layout.Clean(r[0].Text) == ""):
			// a row continuing an item: its number cell spans it (or a
			// total under a single item: 合计 | | 15)
			total = total || e.lx.isSubtotal(s)
		case next > minListItems && e.lx.isSubtotal(s):
			return n + 1 // the total closes the list
		default:
			if list() {
				return n
			}
			return 0
		}
		n++
	}
	if list() {
		return n
	}
	return 0
}

// subtotalCaption tells a row of captions holding a total's word (小计, 合计).
func (e *extractor) subtotalCaption(row []layout.Cell) bool {
	for i := range row {
		if !row[i].Merged && e.lx.isSubtotal(layout.Clean(row[i].Text)) {
			return true
		}
	}
	return false
}

// listCaptions tells a list table's caption row: three or more short
// captions, none a grid caption of the levels, names or targets, none a
// level word, a target or a number. It returns the grid column of the
// first caption, over the items' numbers or after them.
func (e *extractor) listCaptions(row []layout.Cell) (int, bool) {
	col, n := 0, 0
	for i := range row {
		s := layout.Clean(row[i].Text)
		if s == "" || row[i].Merged {
			continue
		}
		if utf8.RuneCountInString(s) > 16 {
			return 0, false
		}
		key := e.lx.key(s)
		if l1, l2 := e.lx.levelsIn(key); l1 || l2 || e.lx.looksLikeLevel(s) || e.lx.looksLikeValue(s) || decimalPrefix(key) > 0 {
			return 0, false
		}
		if c := e.lx.gridLabel(key); c == cLevel1 || c == cLevel2 || c == cName || c == cValue {
			return 0, false
		}
		if n == 0 {
			col = cellCol(row, i)
		}
		n++
	}
	return col, n >= 3
}

// loneCaptions tells a list table's caption row with no row under it (a
// capture cut after it: 项目名称 | 资金来源 | 资金计划 | 资金到位情况): four or
// more short captions, the first a label that names a project, none of the
// others a label of the form, a target or a number. Read as labels it would
// name a project after a caption.
func (e *extractor) loneCaptions(row []layout.Cell) bool {
	texts, ok := e.shortCaptions(row, 16, func(s, key string) bool { return e.lx.looksLikeLevel(s) || e.lx.gridLabel(key) != cNone })
	if !ok || len(texts) < 4 || e.lx.identityLabel(texts[0]) != fName {
		return false
	}
	for _, s := range texts[1:] {
		if _, _, ok := e.lx.lookupLabel(e.lx.key(s)); ok {
			return false
		}
	}
	return true
}

// rowHoldsTargets tells a row no list item holds: a level word or a
// target with a comparator (≥95%) in one of its cells.
func (e *extractor) rowHoldsTargets(row []layout.Cell) bool {
	for i := range row {
		s := layout.Clean(row[i].Text)
		if s == "" || utf8.RuneCountInString(s) > 30 {
			continue
		}
		if l1, l2 := e.lx.levelsIn(e.lx.key(s)); l1 || l2 || e.lx.looksLikeLevel(s) {
			return true
		}
		if startsWithComparator(s) {
			return true
		}
	}
	return false
}

// itemNumber reads an item's number written alone (3, 3., 3、), or -1.
func itemNumber(s string) int {
	s = strings.TrimRight(s, ".、．")
	if s == "" || len(s) > 3 {
		return -1
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return -1
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// A list of projects: a caption row of header-block labels (单位编码 |
// 单位名称(项目类别/支出项目) | 年度预算安排 | 项目内容 | 绩效目标) over one row
// per project, each project's goals, and perhaps its indicators written
// out, in its 绩效目标 cell (cellind.go). A row with nothing in that cell
// (the department's, a unit's or a category's total) is no project.

// projectListCaptions tells the caption row of a list of projects: three
// or more captions, each a header-block label, among them a name and the
// goals. It returns the columns with the field each fills (nil where the
// row is no such caption row: they are read into e.listCols, and copied
// only for a caption row, as most rows asked are none).
func (e *extractor) projectListCaptions(row []layout.Cell) ([]projCol, bool) {
	cols := e.listCols[:0]
	defer func() { e.listCols = cols[:0] }()
	name, goals, unit := false, false, -1
	for i := range row {
		s := layout.Clean(row[i].Text)
		if s == "" || row[i].Merged {
			continue
		}
		if len(s) > maxLabelBytes {
			return nil, false
		}
		f, _, ok := e.lx.lookupLabel(e.lx.key(s))
		if !ok {
			return nil, false
		}
		switch f {
		case fName:
			name = true
		case fUnitName:
			unit = len(cols)
		case fGoals:
			goals = true
		case fBudgetGroup:
			f = fTotal // 年度预算安排 over the amounts: each row's budget
		}
		cols = append(cols, projCol{idx: i, col: row[i].Pos.Col, f: f, label: s})
	}
	if !name && unit >= 0 {
		cols[unit].f = fName // 单位名称(项目类别/支出项目): the row's project
		name = true
	}
	if len(cols) >= 3 && name && goals {
		return slices.Clone(cols), true
	}
	return nil, false
}

// projectListRow reads one row of a list of projects: a project when its
// goals cell holds text, else a total row, unplaced.
func (e *extractor) projectListRow(row []layout.Cell) {
	cell := func(pc projCol) int {
		if pc.col > 0 {
			for i := range row {
				if row[i].Pos.Col == pc.col {
					return i
				}
			}
			return -1
		}
		if pc.idx < len(row) {
			return pc.idx
		}
		return -1
	}
	project := false
	for _, pc := range e.plist {
		if i := cell(pc); pc.f == fGoals && i >= 0 && !row[i].Merged && layout.Clean(row[i].Text) != "" {
			project = true
		}
	}
	if !project {
		e.unplaced(row, nil)
		return
	}
	e.startProject(0, "", firstPos(row), false)
	e.cur.Source = tableSource(row)
	e.ps.rows++
	used := make([]bool, len(row))
	for _, pc := range e.plist {
		i := cell(pc)
		if i < 0 || row[i].Merged {
			continue
		}
		if s := e.text(&row[i]); s != "" {
			used[i] = true
			e.setField(pc.f, pc.label, s, row[i].Pos, row[i].Pos)
		}
	}
	e.unplaced(row, used)
}

// A wide table's two-row header: the project's captions (单位代码 |
// 单位(专项)名称 | 资金总额 | 实施期绩效目标) span both rows beside a 绩效指标
// caption over the grid's captions in the second row. The first row is
// read as the captions it is, not as a header block's labels and values;
// the grid's header takes the project columns from it.

// captionsOverGrid tells the first row of such a header: every text a
// header-block label, a grid caption or a block label, one or more a
// project column over a cell the next row (a grid header) leaves blank.
func (e *extractor) captionsOverGrid(row []layout.Cell) bool {
	if len(e.rest) == 0 || !e.lx.mayBeGridHeader(e.rest[0]) {
		return false
	}
	next, proj := e.rest[0], 0
	for i := range row {
		s := layout.Clean(row[i].Text)
		if s == "" || row[i].Merged {
			continue
		}
		if len(s) > maxLabelBytes {
			return false
		}
		key := e.lx.key(s)
		if e.lx.projectColumn(key) != fNone {
			if j := cellBelow(row, i, next); j >= 0 && (next[j].Merged || layout.Clean(next[j].Text) == "") {
				proj++
			}
			continue
		}
		if _, _, ok := e.lx.lookupLabel(key); !ok && !e.lx.isBlockLabel(key) && e.lx.gridLabel(key) == cNone && !e.lx.moneyGroupOver(row, i, next) {
			return false
		}
	}
	return proj > 0
}

// moneyGroupOver tells a caption row[i] that groups money columns: every
// filled cell of next under its span (row[i] and the merged cells after
// it) is a money label of the form (按收入性质分 over 一般公共预算 |
// 政府性基金拨款 | 其他资金, 按支出性质分 over 基本支出 | 项目支出), one at
// least. Such a caption is no label of its own.
func (lx *lexicon) moneyGroupOver(row []layout.Cell, i int, next []layout.Cell) bool {
	n := 0
	for k := i; k < len(row) && (k == i || row[k].Merged); k++ {
		j := cellBelow(row, k, next)
		if j < 0 || next[j].Merged {
			continue
		}
		s := layout.Clean(next[j].Text)
		if s == "" {
			continue
		}
		if f, _, ok := lx.lookupLabel(lx.key(s)); !ok || !moneyField(f) || len(s) > maxLabelBytes {
			return false
		}
		n++
	}
	return n > 0
}

// cellBelow returns the index of the cell of next under row[i]: by grid
// column where the reader knows it, else by index; -1 when none.
func cellBelow(row []layout.Cell, i int, next []layout.Cell) int {
	if col := row[i].Pos.Col; col > 0 {
		for j := range next {
			if next[j].Pos.Col == col {
				return j
			}
		}
		return -1
	}
	if i < len(next) {
		return i
	}
	return -1
}

// projColsAbove takes a wide table's project columns from the row above
// its header (captionsOverGrid): each header cell left blank or covered
// under a project caption.
func (e *extractor) projColsAbove(g *gridState, row, above []layout.Cell) {
	if len(g.projCols) > 0 || len(above) == 0 || len(e.captions) == 0 || &above[0] != &e.captions[0] {
		return // no captions read, or not in the row right above
	}
	for i := range above {
		s := layout.Clean(above[i].Text)
		if s == "" || above[i].Merged {
			continue
		}
		f := e.lx.projectColumn(e.lx.key(s))
		j := cellBelow(above, i, row)
		if f == fNone || j < 0 || !row[j].Merged && layout.Clean(row[j].Text) != "" {
			continue
		}
		g.projCols = append(g.projCols, projCol{idx: j, col: row[j].Pos.Col, f: f, label: s})
	}
}

// shortCaptions returns the filled cells of a caption row, cleaned, when
// each is a caption: at most maxRunes characters, no typed value (a target,
// a number) and none that reject (when given) refuses; ok is false at the
// first cell that is no caption.
func (e *extractor) shortCaptions(row []layout.Cell, maxRunes int, reject func(s, key string) bool) (texts []string, ok bool) {
	for i := range row {
		s := layout.Clean(row[i].Text)
		if s == "" || row[i].Merged {
			continue
		}
		key := e.lx.key(s)
		if k := e.lx.valueKind(s); utf8.RuneCountInString(s) > maxRunes || k != "" && k != model.KindText && k != model.KindQualitative ||
			decimalPrefix(key) > 0 || reject != nil && reject(s, key) {
			return nil, false
		}
		texts = append(texts, s)
	}
	return texts, true
}

// allocationCaptions tells the caption row of an allocation table that
// opens a table (预算单位 | 合计 | 自然保护地体系建设 | 天然林保护 | 备注): four or
// more short captions, the first a label that names a unit or a project
// and the next a total's word (合计, 小计). A label's value is never a
// total's word: read as labels, the row would open a project with no
// name whose fields take the allocation's cells.
func (e *extractor) allocationCaptions(row []layout.Cell) bool {
	texts, ok := e.shortCaptions(row, 30, nil)
	if !ok || len(texts) < 4 || !e.lx.isSubtotal(texts[1]) {
		return false
	}
	switch e.lx.identityLabel(texts[0]) {
	case fName, fUnitName, fDepartment, fImplementer:
		return true
	}
	return false
}

// allocationRows is how many of rest belong to the allocation table whose
// caption row precedes them: all, up to a row that holds a label of the
// form or targets.
func (e *extractor) allocationRows(rest [][]layout.Cell) int {
	for n, r := range rest {
		if e.lx.rowHasLabel(r) || e.rowHoldsTargets(r) {
			return n
		}
	}
	return len(rest)
}
