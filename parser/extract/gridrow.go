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

// Indicator rows: a grid's row read into its labels, its indicator and
// the values beside it, and the row shapes that make it none. Its parts
// live beside it: levels filled down (filldown.go), a wide table's
// project cells (wideproject.go), the rows that are no indicator by their
// cells (notindicator.go), the target decided (rowtarget.go), the other
// indicators a row holds (rowblocks.go), a checklist's budget
// (checkbudget.go); the target composed from split cells and the other
// value columns kept beside it are read in rowvalue.go.

// gridRow is one row of the grid being read, with the cells it used.
type gridRow struct {
	e         *extractor
	g         *gridState
	row       []layout.Cell
	used      []bool
	span      []int  // header index → cell, for a text-export row with spans (see alignShort)
	kept      bool   // the superseded target is the row's target (inForce): not kept beside it again
	targetRaw string // the row's target as read, for its results to agree with (resultHinted)
}

// index returns the cell of the row at header index h and grid column col.
func (r *gridRow) index(h, col int) int {
	if r.span != nil && h >= 0 && h < len(r.span) {
		return r.span[h]
	}
	return r.g.indexAt(r.row, h, col)
}

// get returns the text, position and index of the cell in column c; the
// cell is marked used.
func (r *gridRow) get(c gridColumn) (string, model.Pos, int) {
	i := r.index(r.g.idx[c], r.g.cols[c])
	if i < 0 {
		return "", model.Pos{}, -1
	}
	r.used[i] = true
	return r.e.text(&r.row[i]), r.row[i].Pos, i
}

func (r *gridRow) at(x extraCol) (string, model.Pos, bool) {
	i := r.index(x.idx, x.col)
	if i < 0 {
		return "", model.Pos{}, false
	}
	r.used[i] = true
	return r.e.text(&r.row[i]), r.row[i].Pos, true
}

// indicatorRow reads one row of an indicator grid: the header's
// continuation on the grid's first row, then the row's labels, its
// indicator and the values beside it. A row that is no indicator leaves
// its cells unplaced; its levels fill down to the rows below.
func (e *extractor) indicatorRow(row []layout.Cell) {
	if !hasText(row) {
		return
	}
	g := e.ps.grid
	g.spanTgt.next()
	if g.fresh {
		g.fresh = false
		if e.headerGoesOn(g, row) {
			return
		}
	}
	if g.longTerm != "" {
		e.unplaced(row, nil) // a long-term grid's row: none of the year's indicators
		return
	}
	r := e.newGridRow(g, row)
	row = r.row
	defer func() { e.unplaced(row, r.used) }()
	lb, ok := r.labels()
	if !ok {
		return
	}
	g.flushLevels(e, lb.l1, lb.l2)
	e.fillLevels(lb.l1, lb.l2, lb.l1pos, lb.l2pos, lb.name)
	appended := false
	defer func() {
		if !appended {
			g.holdLevels(lb.l1, lb.l2, lb.l1pos, lb.l2pos)
		}
	}()
	appended = r.readIndicator(&lb)
}

// rowLabels is what names a row's indicator: its level labels (compacted)
// and its name, each with its position; nameIdx is the name's cell, -1
// when the row has none.
type rowLabels struct {
	l1, l2       string
	l1pos, l2pos model.Pos
	name         string
	namePos      model.Pos
	nameIdx      int
}

// labels reads the row's project cells, levels and name. It reports false
// for a row that is no indicator by its labels alone: a wide table's
// subtotal, a row notIndicator names, a short row whose one text spans
// the level columns and the name's.
func (r *gridRow) labels() (rowLabels, bool) {
	if !r.projectCells() {
		return rowLabels{}, false
	}
	var lb rowLabels
	lb.l1, lb.l1pos, lb.l2, lb.l2pos = r.levels()
	lb.name, lb.namePos, lb.nameIdx = r.name(lb.l1, lb.l1pos, lb.l2, lb.l2pos)
	if lb.l2 == "" && r.g.idx[cLevel2] < 0 && !r.g.byLevel {
		if l1, l2, ok := r.e.lx.splitLevels(lb.l1); ok {
			// both levels in the level-1 cell (产出指标-数量指标) of a grid
			// with no level-2 column
			lb.l1, lb.l2, lb.l2pos = l1, l2, lb.l1pos
		}
		if l2, name, ok := r.e.lx.levelPrefix(lb.name); ok {
			// the level 2 written before the name (【数量指标】培训人数,
			// 数量指标：培训人数) in a grid with no level-2 column
			lb.l2, lb.l2pos, lb.name = l2, lb.namePos, name
		}
	}
	if r.notIndicator(lb.l1, lb.l2, lb.name) {
		return rowLabels{}, false
	}
	if r.nameSpansLevels() {
		// a short row whose one text spans the level columns and the
		// name's (偏差大或目标未完成原因分析 | 无 under a self-evaluation's
		// grid): a label of its own, no indicator
		r.unuse()
		return rowLabels{}, false
	}
	lb.l1, lb.l2 = compactLabel(lb.l1), compactLabel(lb.l2)
	return lb, true
}

// readIndicator reads the indicator the row's labels lb name, with its
// target and the values beside it, and adds it (and a mid-term block's or
// a side-by-side pair's indicator) to the project. It reports whether it
// added any; lb's name is the one read, when the target's cell gave it.
func (r *gridRow) readIndicator(lb *rowLabels) bool {
	e, g := r.e, r.g
	if r.levelAsName(lb.l2, lb.name) {
		// a level label in the name's column beside an empty level-2
		// cell (效益指标 | | 经济效益指标 | 增加就业机会…, a text export
		// that printed a span once): the row is a column off, no
		// indicator; its levels still fill down
		r.unuse()
		e.warn(lb.namePos, diag.LevelAsName, lb.name)
		return false
	}
	ind := model.Indicator{Level1: e.ps.level1, Level2: e.ps.level2, Name: lb.name}
	ind.Description, _, _ = r.get(cDesc)
	ind.Basis, _, _ = r.get(cBasis)
	val, valPos, ok := r.namedValue(&ind, lb)
	if !ok {
		return false
	}
	r.extras(&ind)
	// the mid-term block's row may name another indicator than the
	// year's: both are read, each with its own target, when the year's is
	// an indicator (addMid)
	mid, midCells := r.otherBlock(&ind, val)
	if midCells == nil {
		r.midTerm(&ind, lb.l2)
	}
	appended := false
	if g.pairs {
		// the left indicator of two side by side, whatever the right one gives
		if left, ok := r.sideBySide(&ind); ok {
			r.add(left)
			appended = true
		}
	}
	r.warnWidth()
	val, ok = r.target(lb.name, lb.namePos, lb.nameIdx, val, valPos, ind.Description)
	if !ok {
		return appended
	}
	if n := strings.TrimRight(ind.Name, "：:"); n != "" && !strings.ContainsAny(n, "：:\n") {
		// 补助乡村医生人数： | ≥260人: the colon leads to the target
		// in its own cell, no part of the name
		ind.Name = n
	}
	ind.Value = model.Value{Raw: val, Kind: model.KindText}
	ind.Source = valPos
	if ind.Source.IsZero() {
		ind.Source = lb.namePos
	}
	r.addMid(mid, midCells)
	r.addLines(ind, lb.name)
	return true
}

// namedValue reads the row's target cell into the raw target and its
// position. In a grid whose target cell also names the indicator
// (g.nameInVal) it splits the name off into ind and lb. It reports false,
// with the cells unplaced and a warning, for a row that is no indicator
// by its name and target cells: a named target that cannot be split, a
// name that spans the target's column, an unread text between a level
// and the target.
func (r *gridRow) namedValue(ind *model.Indicator, lb *rowLabels) (string, model.Pos, bool) {
	e, g := r.e, r.g
	val, valPos, valIdx := r.value(ind)
	r.targetRaw = val
	if g.nameInVal && valIdx >= 0 && val != "" {
		// 三级指标及指标值 | 救助困难群众人数：≥3000人: the cell names the
		// indicator and gives its target; one that cannot be split is
		// no indicator (its level would be read as the name)
		n, t := splitNameTarget(val)
		if n == "" {
			r.used[valIdx] = false // its levels fill down, held for the rows below
			e.warn(valPos, diag.NameTargetUnsplit, val)
			return "", valPos, false
		}
		lb.name, lb.namePos, lb.nameIdx, val = n, valPos, valIdx, t
		ind.Name = n
	} else if r.nameSpansValue(lb.nameIdx, valIdx) {
		e.warn(lb.namePos, diag.TextSpansColumns)
		r.used[lb.nameIdx] = false
		return "", valPos, false
	}
	if t := r.textBeforeValue(lb.nameIdx, valIdx); t != "" && !g.nameInVal {
		// a grid named by its levels whose row holds an unread text
		// between the level and the target (经济成本指标 | ≤ | 成本控制数 |
		// 30 under blank captions): the text may be the name; neither
		// header nor content says which, so the row is none
		r.unuse()
		e.warn(lb.namePos, diag.LevelNameUndecided, lb.name, t)
		return "", valPos, false
	}
	return val, valPos, true
}

// newGridRow prepares a row of the grid for reading: a target split over
// cells joined, and the row aligned to the header by content when it is
// shorter or longer than the header.
func (e *extractor) newGridRow(g *gridState, row []layout.Cell) *gridRow {
	row = e.joinSplitValue(row)
	r := &gridRow{e: e, g: g, row: row, used: make([]bool, len(row)), span: g.alignShort(row)}
	if r.span == nil {
		r.span = g.alignLong(row)
	}
	return r
}

// add appends ind to the project; the levels held for the next indicator
// were its.
func (r *gridRow) add(ind model.Indicator) {
	r.e.cur.Indicators = append(r.e.cur.Indicators, ind)
	r.g.pending = r.g.pending[:0]
}

// unuse marks every cell of the row as unread: the row is no indicator.
func (r *gridRow) unuse() {
	clear(r.used)
}

// levelAsName tells a level label in the name's column beside an empty
// level-2 cell, when the header has a level-2 column.
func (r *gridRow) levelAsName(l2, name string) bool {
	lx := r.e.lx
	return r.g.idx[cLevel2] >= 0 && l2 == "" && name != "" && (lx.levelLabel(name) && lx.levelQualified(name) || lx.endsWithLevelName(name))
}

// nameSpansValue tells one text over the name and the value, so that no
// target can be read: the name's cell is the value's, or (a row as wide
// as the header whose cells span other columns) the cell over both
// columns by their positions is the same.
func (r *gridRow) nameSpansValue(nameIdx, valIdx int) bool {
	if nameIdx < 0 {
		return false
	}
	if nameIdx == valIdx {
		return true
	}
	k := spanningAt(r.row, r.g.cols[cName])
	return k >= 0 && k == spanningAt(r.row, r.g.cols[cValue])
}

// textBeforeValue returns, in a grid named by its levels (no name
// column), the first text of the row between the level cell that names
// it and the target's cell that no column read: no comparator, unit,
// number, nature or direction word, nor a level label (数量指标). It
// returns "" where there is none.
func (r *gridRow) textBeforeValue(nameIdx, valIdx int) string {
	if !r.g.byLevel || nameIdx < 0 || valIdx <= nameIdx || valIdx > len(r.row) {
		return ""
	}
	for k := nameIdx + 1; k < valIdx; k++ {
		if r.used[k] {
			continue
		}
		t := layout.Clean(r.row[k].Text)
		if t == "" || r.row[k].Merged {
			continue
		}
		c := r.e.classOf(t)
		if c.placeholder || c.comparator || c.unit || c.number || c.nature || c.direction || r.e.lx.looksLikeLevel(t) {
			continue
		}
		return t
	}
	return ""
}

// nameSpansLevels tells a row aligned by content (alignShort) whose cell
// in the name's column also covers both level columns the header places,
// or, in a form with grid columns, a row whose one cell spans them all
// and whose target's cell holds no bounded target (≥90%).
func (r *gridRow) nameSpansLevels() bool {
	g := r.g
	n, l1, l2 := g.idx[cName], g.idx[cLevel1], g.idx[cLevel2]
	if r.span == nil && n >= 0 && l1 >= 0 && l2 >= 0 {
		// cells with grid columns (a page's colspan): one cell over both
		// level columns and the name's (自评等级 | 优 under the grid, its
		// label spanning three columns and its grade the rest)
		k := spanningAt(r.row, g.cols[cName])
		if k < 0 || k != spanningAt(r.row, g.cols[cLevel1]) || k != spanningAt(r.row, g.cols[cLevel2]) {
			return false
		}
		// a bounded target in the target's own cell (满意度指标 over three
		// columns | ≥90% | 95% | 50): an indicator the cell names, read
		// as before; a grade, a total or a remark is none
		if i := r.index(g.idx[cValue], g.cols[cValue]); i >= 0 && i != k {
			if v := normalize.Value(r.e.text(&r.row[i]), normalize.Context{}); v.Op != "" && v.Op != model.OpEq {
				return false
			}
		}
		return true
	}
	if r.span == nil || n < 0 || l1 < 0 || l2 < 0 || max(n, l1, l2) >= len(r.span) {
		return false
	}
	return r.span[l1] == r.span[n] && r.span[l2] == r.span[n]
}

// warnWidth warns of a row as wide as no header when the value column
// was not placed by a caption: the row was aligned by its content or by
// its cells' positions.
func (r *gridRow) warnWidth() {
	g, row := r.g, r.row
	if len(row) != g.width && g.cols[cValue] == 0 && len(g.regions) == 0 {
		if r.span != nil {
			r.e.warn(firstPos(row), diag.RowWidthByContent, len(row), g.width)
		} else {
			r.e.warn(firstPos(row), diag.RowWidthByPosition, len(row), g.width)
		}
	}
}

// levels reads the row's level cells; a template's slot ("……") is no level.
func (r *gridRow) levels() (l1 string, l1pos model.Pos, l2 string, l2pos model.Pos) {
	l1, l1pos, l1i := r.get(cLevel1)
	l2, l2pos, l2i := r.get(cLevel2)
	if l1 != "" && isPlaceholderName(l1) {
		l1, r.used[l1i] = "", false
	}
	if l2 != "" && isPlaceholderName(l2) {
		l2, r.used[l2i] = "", false
	}
	return l1, l1pos, l2, l2pos
}

// name reads the indicator's name and the cell it was read from: its
// column, or with no name column the deepest level written in this row.
func (r *gridRow) name(l1 string, l1pos model.Pos, l2 string, l2pos model.Pos) (string, model.Pos, int) {
	name, pos, idx := r.get(cName)
	if g := r.g; g.byLevel {
		switch {
		case l2 != "":
			return l2, l2pos, r.index(g.idx[cLevel2], g.cols[cLevel2])
		case g.idx[cLevel2] < 0 && l1 != "":
			return l1, l1pos, r.index(g.idx[cLevel1], g.cols[cLevel1])
		}
	}
	return name, pos, idx
}

// midTerm reads a mid-term block's cells: its level 2 (the year's, or
// unplaced) and its name, the label of the long-term value.
func (r *gridRow) midTerm(ind *model.Indicator, l2 string) {
	g := r.g
	if g.longL2 != nil {
		if s, _, ok := r.at(*g.longL2); ok && s != "" && compactLabel(s) != compactLabel(l2) {
			r.used[r.index(g.longL2.idx, g.longL2.col)] = false
		}
	}
	if g.long == nil {
		return
	}
	if s, _, ok := r.at(*g.long); ok && s != "" {
		for k := range ind.OtherValues {
			if ind.OtherValues[k].Role == model.RoleLongTerm {
				ind.OtherValues[k].Label = s
			}
		}
	}
}

// levelSeparators join a level 1 and its level 2 written in one cell
// (产出指标-数量指标, 效益指标/社会效益指标).
var levelSeparators = []string{"-", "－", "—", "–", "/", "／", "：", ":", "·"}

// splitLevels splits a cell that writes both levels, the level 1 first and
// its level 2 after a separator (产出指标-数量指标, 满意度指标—服务对象满意度指标):
// each part a short label of its level's words (levelFit). Anything else
// (产出指标, 产出指标-1, a sentence) is no split.
func (lx *lexicon) splitLevels(s string) (l1, l2 string, ok bool) {
	for _, sep := range levelSeparators {
		a, b, found := strings.Cut(s, sep)
		if !found {
			continue
		}
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		if utf8.RuneCountInString(a) > 10 || utf8.RuneCountInString(b) > 10 || strings.Contains(b, sep) {
			return "", "", false
		}
		if levelFit(a, lx.level1Words) == 3 && levelFit(b, lx.level2Words) == 3 {
			return a, b, true
		}
		return "", "", false
	}
	return "", "", false
}

// levelPrefix splits a name that opens with its level 2, in brackets
// (【数量指标】培训人数, 【质量】合格率) or before a colon (数量指标：培训人数):
// the level-2 label (a short label of the level-2 words; before a colon
// one ending in 指标; no level 1's own label, 满意度指标) and the name after
// it. Anything else is no split.
func (lx *lexicon) levelPrefix(name string) (l2, rest string, ok bool) {
	if inner, after, found := strings.Cut(strings.TrimPrefix(name, "【"), "】"); found && strings.HasPrefix(name, "【") {
		after = strings.TrimSpace(after)
		if utf8.RuneCountInString(inner) <= 10 && levelFit(inner, lx.level2Words) == 3 && !lx.level1Label(inner) && after != "" {
			return inner, after, true
		}
		return "", "", false
	}
	for _, sep := range []string{"：", ":"} {
		if head, after, found := strings.Cut(name, sep); found {
			after = strings.TrimSpace(after)
			if lx.looksLikeLevel(head) && levelFit(head, lx.level2Words) == 3 && !lx.level1Label(head) && after != "" {
				return head, after, true
			}
			return "", "", false
		}
	}
	return "", "", false
}

// level1Label tells a level 1's own label: a level-1 word alone or with
// 指标 (产出, 满意度指标), which a level 2 (服务对象满意度指标) is not.
func (lx *lexicon) level1Label(s string) bool {
	s = strings.TrimSuffix(compactLabel(s), "指标")
	return slices.Contains(lx.level1Words, s)
}
