package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// An indicator grid read with no header: its header row blank or unknown,
// or lost, the columns found by what the rows under its first row hold;
// the level labels that open such a row.

// headerlessGrid recognises the first row of an indicator grid whose
// header is blank or unknown (比较 | 目标 | 数值): the row holds a level-1
// label of the taxonomy, and its columns, profiled with the rows under it,
// hold level labels, names and targets. The grid's columns are then read
// from content alone, each with a warning; the row is its first indicator
// row. It reports whether it entered a grid.
func (e *extractor) headerlessGrid(row []layout.Cell) bool {
	filled, level := e.firstLevel(row)
	if e.vetoed > 0 && e.captionRowAbove() == e.vetoed-1 {
		// the rows under captions that contradicted their first reading by
		// content: a later row read alone would be profiled without the
		// rows above it
		return false
	}
	if len(e.above) < e.undecided {
		return false // a row of a grid content could not read: read alone it tells no better
	}
	if filled < 3 || level < 0 || e.lx.rowHasLabel(row) && !e.labelsAsNames(row, level) || e.lx.mayBeGridHeader(row) {
		// (a row of grid captions that made no header is no indicator row)
		return false
	}
	all := append([][]layout.Cell{row}, e.gridBody()...)
	rows := e.beforeTail(all, 2)
	var total []layout.Cell // the total row the grid ends with (合计 | 100), if any
	if len(rows) < len(all) {
		total = all[len(rows)]
	}
	f := e.profileRows(rows, row)
	if f.rows < 2 && !e.leveledRow(row) {
		return false
	}
	head := e.headerlessHead(row, level)
	plan, ok := e.planTargets(head, rows, total, f)
	if plan.undecided {
		e.undecided = len(e.above) + len(rows)
	}
	if !ok {
		return false // targets beside results, or one column per area: content alone cannot tell which is the target
	}
	g := &gridState{lx: e.lx, width: len(head)}
	d := g.readHeader(head)
	warned := len(e.doc.Warnings)
	e.placeTargets(g, head, f, plan)
	e.byContent(g, head, f, d.unknown)
	g.settleColumns(head, d.unknown)
	// the row's level label stands in a column of levels (not a block
	// label over a header: 绩效指标 | 比较 | 目标)
	levels, value := g.idx[cLevel1] == level || g.idx[cLevel2] == level, g.idx[cValue] >= 0 || len(g.regions) > 0
	if v := g.idx[cValue]; v >= 0 && v < len(row) {
		// the row's own target reads as one (not 比较, 数值: a header)
		s := layout.Clean(row[v].Text)
		value = value && (s == "" || e.lx.looksLikeValue(s) || decimalPrefix(labelKey(s)) > 0 || utf8.RuneCountInString(s) > 6)
	}
	if !levels || !value || g.idx[cName] < 0 || !g.complete() || e.captionsAboveContradict(g, head, f) {
		e.doc.Warnings = e.doc.Warnings[:warned]
		return false
	}
	if v := g.idx[cValue]; v >= 0 && g.columnOf(head, v, f) < g.columnOf(head, level, f) {
		// a target left of the row's level label (项目完成 | 数量指标 | 名称 |
		// 43230人): content alone reads targets after the levels
		e.doc.Warnings = e.doc.Warnings[:warned]
		return false
	}
	e.enterGrid(g, head, d.unknown)
	e.ps.rows--
	e.ps.grid.fresh = false
	return true
}

// firstLevel counts the filled cells of a grid's first row read with no
// header and finds its level: the first cell with a level label, or, in a
// capture that starts inside the grid, the blank cell where a row of the
// same width under it writes one; -1 when none.
func (e *extractor) firstLevel(row []layout.Cell) (filled, level int) {
	filled, level = 0, e.levelCell(row) // the first cell with a level label
	for i := range row {
		if !row[i].Merged && layout.Clean(row[i].Text) != "" {
			filled++
		}
	}
	if level < 0 && len(e.above) == 0 {
		// a capture that starts inside the grid: its first row continues
		// the levels of rows cut away (| | 科目调整次数 | ≤ | 10 …), a row of
		// the same width under it writes a level label where it is blank
		for _, r := range e.rest[:min(2, len(e.rest))] {
			if k := e.levelCell(r); len(r) == len(row) && k >= 0 {
				if row[k].Merged || layout.Clean(row[k].Text) == "" {
					level = k
				}
				break
			}
		}
	}
	return filled, level
}

// headerlessHead is the blank header a headerless grid is read under:
// row's positions, spans and merges without its texts, the block label
// left of the level (绩效指标) merged away.
func (e *extractor) headerlessHead(row []layout.Cell, level int) []layout.Cell {
	head := make([]layout.Cell, len(row))
	for i := range row {
		head[i] = layout.Cell{Pos: row[i].Pos, ColSpan: row[i].ColSpan, Merged: row[i].Merged}
		if i < level && e.lx.isBlockLabel(labelKey(layout.Clean(row[i].Text))) {
			// the block label down the grid's side (绩效指标 before the
			// levels): its column holds no indicator's cells, whatever
			// the rows under the grid write there
			head[i].Merged = true
		}
	}
	return head
}

// labelsAsNames tells a row whose header-block labels (完成时间, 开始时间:
// the attributes of a project's header) each stand right after its level
// label, the first at index level: the names of indicators under their
// level (时效指标 | 完成时间 | 2021年12月), not a header block's.
func (e *extractor) labelsAsNames(row []layout.Cell, level int) bool {
	for i := range row {
		if row[i].Merged || row[i].Text == "" || len(row[i].Text) > 120 || !e.lx.rowHasLabel(row[i:i+1]) {
			continue
		}
		if i != level+1 {
			return false
		}
	}
	return true
}

// captionsAboveContradict tells a headerless reading that puts the
// target, the results, the weight or the score under a caption of the
// nearest row of captions above it in the table that names another
// column: a self-evaluation's header that made no grid (得分 over the
// points, 实际完成值 over the results) still says what its columns are
// not, and content never overrules it. A caption spanning columns counts
// where the cells under it span the same.
func (e *extractor) captionsAboveContradict(g *gridState, head []layout.Cell, f *frame) bool {
	at := e.captionRowAbove()
	if at < 0 {
		return false
	}
	caps := e.above[at]
	for _, c := range []gridColumn{cValue, cActual, cWeight, cScore} {
		i := g.idx[c]
		if i < 0 || i >= len(head) {
			continue
		}
		s := cellIn(caps, frameColumn(head, i, f), head, f)
		if s == "" || len(s) > 90 {
			continue
		}
		if said := e.lx.gridLabel(labelKey(s)); said != cNone && said != c {
			e.vetoed = at + 1
			return true
		}
	}
	return false
}

// captionRowAbove is the index in e.above of the nearest row above that
// may be a grid's header and names its levels or names (一级指标, 三级指标:
// not a money header's 分值 | 得分), or -1.
func (e *extractor) captionRowAbove() int {
	for r := len(e.above) - 1; r >= 0; r-- {
		if row := e.above[r]; e.lx.mayBeGridHeader(row) && slices.ContainsFunc(row, func(c layout.Cell) bool {
			if c.Merged || len(c.Text) > 90 {
				return false
			}
			g := e.lx.gridLabel(labelKey(layout.Clean(c.Text)))
			return g == cLevel1 || g == cLevel2 || g == cName
		}) {
			return r
		}
	}
	return -1
}

// beforeTail returns the rows of a grid up to its last total row (合计 |
// 100), when least rows or more stand before it: what follows a
// self-evaluation's total is its tail (评价结论 | …, 存在问题 | …), whose
// labels would count as the texts of the level and name columns, and
// whose rows would outnumber a short grid's. A grid with no header counts
// its first row among them (two at least); under a header one row is a
// grid.
func (e *extractor) beforeTail(rows [][]layout.Cell, least int) [][]layout.Cell {
	for i := len(rows) - 1; i >= least; i-- {
		if e.totalRow(rows[i]) {
			return rows[:i]
		}
	}
	return rows
}

// levelCell returns the index of the first cell of row that holds a
// level label of the taxonomy (产出指标, 数量指标, 决策), or -1. A block
// label that is a level-1 word too (绩效指标, spanning down the grid's
// side) counts only where no later cell holds a level label: a grid whose
// caption row was lost opens with it (绩效指标 | 产出指标 | 数量指标 | …),
// its levels right of it.
func (e *extractor) levelCell(row []layout.Cell) int {
	block := -1
	for i := range row {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		if key := e.lx.key(s); len(key) <= 40 {
			if l1, l2 := e.lx.levelsIn(key); (l1 || l2) && (e.lx.looksLikeLevel(s) || e.lx.levelStem(key)) {
				if block < 0 && e.lx.isBlockLabel(labelKey(s)) {
					block = i
					continue
				}
				return i
			}
		}
	}
	return block
}

// leveledRow tells a lone indicator row that needs no rows under it to be
// read: its first filled cells are a level-1 label then a level-2 label
// (产出指标 | 数量指标 | …) and its last filled cell is a typed target
// (≥3个), as a capture cut after the first row of a grid whose caption row
// was lost gives it.
func (e *extractor) leveledRow(row []layout.Cell) bool {
	var cells []string
	for i := range row {
		if s := layout.Clean(row[i].Text); !row[i].Merged && s != "" {
			cells = append(cells, s)
		}
	}
	if len(cells) < 4 {
		return false
	}
	l1, _ := levelWords(e.lx.v, labelKey(cells[0]))
	_, l2 := levelWords(e.lx.v, labelKey(cells[1]))
	last := cells[len(cells)-1]
	return l1 && l2 && e.lx.looksLikeLevel(cells[0]) && e.lx.looksLikeLevel(cells[1]) && e.lx.looksLikeValue(last) &&
		strings.ContainsAny(last, "0123456789")
}

// levelStem tells a level-1 label written as the taxonomy's bare word
// (决策, 过程, 产出); a bare level-2 word (目标, 资金) is as often a
// caption, and a block label (绩效) is none.
func (lx *lexicon) levelStem(key string) bool {
	for _, f := range lx.v.Taxonomy.Level1 {
		if key == f.Stem && !lx.isBlockLabel(key) {
			return true
		}
	}
	return false
}
