package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Indicator rows: levels filled down over merged or empty cells, a wide
// table's project cells, the rows that are no indicator; the target
// composed from split cells and the other value columns kept beside it
// are read in rowvalue.go.

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
	if g.fresh {
		g.fresh = false
		if e.headerGoesOn(g, row) {
			return
		}
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

// addMid adds the mid-term block's indicator mid that otherBlock read
// from the cells midCells; nothing when midCells is nil.
func (r *gridRow) addMid(mid model.Indicator, midCells []int) {
	if midCells == nil {
		return
	}
	for _, i := range midCells {
		r.used[i] = true
	}
	r.add(mid)
}

// addLines adds ind to the project, or, when the name cell's text name
// and its target list indicators as numbered lines and it has nothing
// else beside its target, one indicator a line.
func (r *gridRow) addLines(ind model.Indicator, name string) {
	if names, vals := numberedLinePairs(name, ind.Value.Raw); names != nil && ind.Actual == nil && len(ind.OtherValues) == 0 &&
		ind.Weight == nil && ind.Score == nil && ind.Description == "" && len(ind.ValueParts) == 0 {
		// 1.改造危房户数 / 2.开工率 over 1.≥300户 / 2.100%: the cells
		// list an indicator a numbered line, the same numbers in both
		for k := range names {
			one := ind
			one.Name, one.Value = names[k], model.Value{Raw: vals[k], Kind: model.KindText}
			r.add(one)
		}
		return
	}
	r.add(ind)
}

// numberedLinePairs splits a name cell and a value cell that list two or
// more indicators as numbered lines, 1. to n. in both (1.改造危房户数 /
// 2.开工率 over 1.≥300户 / 2.100%; 1、 1． （1） (1) ① alike): the names as
// written and the targets without their numbers. It returns nil when the
// cells are not so numbered line for line.
func numberedLinePairs(name, val string) (names, vals []string) {
	nl, vl := cellLines(name), cellLines(val)
	if len(nl) < 2 || len(nl) != len(vl) {
		return nil, nil
	}
	for k := range nl {
		n, _ := lineSerial(nl[k])
		m, rest := lineSerial(vl[k])
		if n != k+1 || m != k+1 || rest == "" {
			return nil, nil
		}
		vals = append(vals, rest)
	}
	return nl, vals
}

// cellLines is a cell's non-blank lines, trimmed.
func cellLines(s string) []string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// lineSerial reads the number a line opens with — 1. 1、 1． (1) （1） 1)
// ① — and the rest of the line; 0 when it opens with none.
func lineSerial(l string) (int, string) {
	if r, size := utf8.DecodeRuneInString(l); r >= '①' && r <= '⑳' {
		return int(r-'①') + 1, strings.TrimSpace(l[size:])
	}
	open := ""
	for _, p := range []string{"（", "("} {
		if strings.HasPrefix(l, p) {
			open = p
		}
	}
	rest := l[len(open):]
	i := 0
	for i < len(rest) && i < 2 && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, ""
	}
	n := serialNumber(rest[:i])
	closers := []string{".", "、", "．", ")"}
	if open != "" {
		closers = []string{"）", ")"}
	}
	for _, c := range closers {
		if after, ok := strings.CutPrefix(rest[i:], c); ok {
			return n, strings.TrimSpace(after)
		}
	}
	return 0, ""
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

// sideBySide reads the left indicator of a row that sets two side by side
// under one set of levels (g.pairs): the earlier name and target, which
// the header reading kept as a mid-term block beside ind, become an
// indicator of ind's levels. An earlier pair without a name or a target
// is no indicator: its cells stay unrecognized.
func (r *gridRow) sideBySide(ind *model.Indicator) (model.Indicator, bool) {
	g := r.g
	k := slices.IndexFunc(ind.OtherValues, func(o model.OtherValue) bool { return o.Role == model.RoleLongTerm })
	name, namePos, ok := r.at(*g.long)
	if !ok || name == "" || k < 0 || ind.OtherValues[k].Value.Raw == "" {
		if ok {
			r.used[r.index(g.long.idx, g.long.col)] = false
		}
		if k >= 0 {
			for i := range r.row {
				if r.row[i].Pos == ind.OtherValues[k].Source {
					r.used[i] = false
				}
			}
			ind.OtherValues = slices.Delete(ind.OtherValues, k, k+1)
		}
		return model.Indicator{}, false
	}
	o := ind.OtherValues[k]
	ind.OtherValues = slices.Delete(ind.OtherValues, k, k+1)
	left := model.Indicator{Level1: ind.Level1, Level2: ind.Level2, Name: name,
		Value: model.Value{Raw: o.Value.Raw, Kind: model.KindText}, Source: o.Source}
	if left.Source.IsZero() {
		left.Source = namePos
	}
	return left, true
}

// otherBlock reads the mid-term block's cells of a row when they name
// another indicator than the year's block beside them (the national form
// whose 中期 | 年度 blocks list different indicators, not the same rows
// twice): the mid-term name, its level 2 (filled down in its own column)
// and its target make an indicator of their own, its target also kept as
// its long-term value to say which block it came from, and the year's
// indicator keeps no long-term value. It returns that indicator and the
// cells it reads (to mark when it is added), nil when the row is one
// indicator: its blocks name the same one (or the mid-term block has no
// name or no target, or a number for a name, or a caption for a target,
// or a name sharing half its words with the year's and a target in the
// same unit: sameMeasure, or a dash or 无 for a name or a target: noEntry),
// the year's target with the mid-term one beside it (midTerm).
func (r *gridRow) otherBlock(ind *model.Indicator, yearVal string) (model.Indicator, []int) {
	g := r.g
	if g.long == nil || g.pairs {
		return model.Indicator{}, nil
	}
	var cells []int
	l2 := ""
	if g.longL2 != nil {
		if i := r.index(g.longL2.idx, g.longL2.col); i >= 0 {
			if s := r.e.text(&r.row[i]); s != "" {
				g.longLevel = compactLabel(s)
				cells = append(cells, i)
			}
		}
		l2 = g.longLevel
	}
	i := r.index(g.long.idx, g.long.col)
	k := slices.IndexFunc(ind.OtherValues, func(o model.OtherValue) bool { return o.Role == model.RoleLongTerm })
	if i < 0 || k < 0 || ind.Name == "" {
		return model.Indicator{}, nil
	}
	name, val := r.e.text(&r.row[i]), ind.OtherValues[k].Value.Raw
	if name == "" || val == "" || noEntry(name) || noEntry(val) || oneIndicator(name, ind.Name) || sameMeasure(name, ind.Name, val, yearVal) || numeralOnly(name) || pointsOnly(name) || captionValue(val) {
		return model.Indicator{}, nil
	}
	if l2 == "" {
		l2 = ind.Level2
	}
	o := ind.OtherValues[k]
	ind.OtherValues = slices.Delete(ind.OtherValues, k, k+1)
	mid := model.Indicator{Level1: ind.Level1, Level2: l2, Name: name,
		Value: model.Value{Raw: o.Value.Raw, Kind: model.KindText}, Source: o.Source,
		OtherValues: []model.OtherValue{o}}
	if mid.Source.IsZero() {
		mid.Source = r.row[i].Pos
	}
	return mid, append(cells, i)
}

// noEntry tells a mid-term block's cell that says the block has nothing
// on the row: a dash or slash (—, /, ——) or 无, 暂无, 不适用.
func noEntry(s string) bool {
	switch strings.Join(strings.Fields(s), "") {
	case "无", "暂无", "不适用", "无此项":
		return true
	}
	return isEmptyMark(s)
}

// oneIndicator tells the names of a row's mid-term and year's blocks that
// name one indicator: the same words, or one inside the other (建成面积 |
// 年度建成面积: the year's qualified by its period).
func oneIndicator(a, b string) bool {
	a, b = strings.Join(strings.Fields(a), ""), strings.Join(strings.Fields(b), "")
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// sameMeasure tells a row's mid-term and year's blocks that name one
// indicator in other words: the names share half the characters of the
// shorter at least (培训农民人数 | 农民培训人数, 三年累计改造户数 | 本年改造户数)
// and the targets end in the same unit (≥3000人 | ≥1000人: the term's
// total beside the year's part). Names that share a word but count other
// things (培训人次 ≥300人次 | 培训天数 ≥5天) stay two indicators.
func sameMeasure(a, b, va, vb string) bool {
	if valueUnit(va) != valueUnit(vb) {
		return false
	}
	ra, rb := []rune(strings.Join(strings.Fields(a), "")), []rune(strings.Join(strings.Fields(b), ""))
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	left := map[rune]int{}
	for _, c := range rb {
		left[c]++
	}
	shared := 0
	for _, c := range ra {
		if left[c] > 0 {
			left[c]--
			shared++
		}
	}
	return shared >= 2 && 2*shared >= len(ra)
}

// valueUnit is what a target is written with after its last digit (≥60条
// → 条, 100% → %), "" when it holds no digit.
func valueUnit(s string) string {
	i := strings.LastIndexFunc(s, func(c rune) bool { return c >= '0' && c <= '9' })
	if i < 0 {
		return ""
	}
	return strings.TrimSpace(s[i+1:])
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

// target decides whether the row is an indicator with the target val and
// returns the target it keeps. A row with no target to read is none (its
// cells unplaced, with a warning, its levels still filling down); so is a
// row of level labels only, a template's row with no name, a template's
// empty slot. A unit alone or a level label in the target's place is no
// target.
func (r *gridRow) target(name string, namePos model.Pos, nameIdx int, val string, valPos model.Pos, desc string) (string, bool) {
	g, e := r.g, r.e
	if r.targetless(name, val, valPos, desc) {
		return "", false
	}
	if isEmptyMark(val) {
		val = "" // a dash for "none" (-, —, /, 一 as a text layer reads —) is no target
	}
	if val == "" && name != "" && isPlaceholderName(name) {
		r.used[nameIdx] = false // a template's empty slot (指标2, ……)
		return "", false
	}
	val = r.noTarget(val)
	if t, ok := r.targetInName(name, namePos, val, valPos); ok {
		return t, true
	}
	if val == "" && (g.idx[cValue] >= 0 || len(g.regions) > 0) {
		// a row without a readable target is no indicator: its cells are
		// unplaced, its levels still fill down
		r.unuse()
		e.warn(namePos, diag.NoTarget, name)
		return "", false
	}
	return val, true
}

// targetless reports whether the row is no indicator by what stands in
// its name and target cells (name, val at valPos, the description desc):
// a checklist's row, a row of level labels only, a template's row with no
// name or a number for one, a caption or a money-unit line in the
// target's or the name's place. It unplaces the cells and warns where the
// row held something to read.
func (r *gridRow) targetless(name, val string, valPos model.Pos, desc string) bool {
	g, e := r.g, r.e
	if g.checks {
		// a checklist's row (grid header warned NO-TARGET-COLUMN): no
		// indicator; its budget's check may give the project's budget
		r.unuse()
		r.checkBudget()
		return true
	}
	if name == "" && val == "" {
		if desc != "" {
			// a description alone (项目资金测算依据(文字描述) under a name
			// spanning the row above, no target): nothing to name or read
			r.unuse()
		}
		return true // a row with only level labels: they fill down to the rows below
	}
	if name == "" && val != "" && (g.idx[cName] >= 0 || g.byLevel) {
		// a grid with a name column whose cell is empty: an unfilled
		// template's row (数量指标 | | 88 | 100), whatever its numbers; with
		// no name column, a row whose level cells name nothing either
		r.unuse()
		e.warn(valPos, diag.NoIndicatorName, val)
		return true
	}
	if name != "" && val != "" && (numeralOnly(name) || pointsOnly(name)) && (g.idx[cName] >= 0 || g.byLevel) {
		// a template's unfilled row whose name cell holds a number
		// (成本指标 | 经济成本指标 | 0 | 0.00% | 0): no indicator is named 0;
		// nor one named by points (考核节点进度完成率 | 10分 | 项目采购节约率 |
		// 10分, a score block under the grid)
		r.unuse()
		e.warn(valPos, diag.NoIndicatorName, val)
		return true
	}
	if val != "" && captionValue(val) {
		// a caption where the target should be: a label ending in a
		// bracketed money unit or 文字描述 (计划生育转移支付资金合计(万元)),
		// or a question (是否按时完成？), the item a checklist asks about
		r.unuse()
		e.warn(valPos, diag.CaptionAsTarget, val, name)
		return true
	}
	if name != "" && e.lx.moneyUnitLabel(name) {
		// the next table's money-unit line (207101某法院 | 单位:万元) with
		// its label in the name's place: a unit, never an indicator's name
		r.unuse()
		return true
	}
	return false
}

// noTarget is val, or "" when it is no target: a unit alone, or a
// comparator and a unit, with no number; the next table's money-unit
// line; a level label of the taxonomy.
func (r *gridRow) noTarget(val string) string {
	e := r.e
	if val != "" && (e.lx.unitOnly(val) || e.lx.moneyUnitLabel(val)) {
		// an unfilled template's value slot holds its unit, or a comparator
		// and a unit, with no number (公里, ≧ %): no target; nor is the
		// money-unit line of the next table's first row (207101某法院 |
		// 单位:万元), which a text export may run on from the grid above
		val = ""
	}
	if val != "" && e.lx.levelLabel(val) {
		// a level label of the taxonomy where the target should be
		// (可持续影响指标 (必填)): a short row whose text spans the name and
		// the target, read against a header with the target first; no
		// target
		val = ""
	}
	return val
}

// targetInName reads a target the name cell holds beside a value cell
// that gives none of its own (康复救助人数（≥300人） over an empty cell)
// or only its number (救助儿童人数≥500人 | 500), with a warning; it
// reports false when the name gives none.
func (r *gridRow) targetInName(name string, namePos model.Pos, val string, valPos model.Pos) (string, bool) {
	g, e := r.g, r.e
	if val == "" && g.idx[cValue] >= 0 && len(g.regions) == 0 {
		if t := bracketTarget(name); t != "" {
			// 康复救助人数（≥300人） over an empty value cell: the filing
			// wrote the target in the name's brackets
			e.warn(namePos, diag.TargetInName, t, name)
			return t, true
		}
	}
	if val != "" && g.idx[cValue] >= 0 && len(g.regions) == 0 {
		if t := nameTailTarget(name, val); t != "" {
			// 救助儿童人数≥500人 | 500: the name ends with its bounded
			// target and the value cell repeats only its number; the
			// bound and the unit are the name's
			e.warn(valPos, diag.TargetSignInName, t, name, val)
			return t, true
		}
	}
	return "", false
}

// projectCells reads the project columns of a wide table: a project name
// other than the current one's starts a project (the grid goes on), and
// the row's project fields (unit, budget, goals) are set. A row named by a
// subtotal (合计) is the table's total, no project: it reports false.
func (r *gridRow) projectCells() bool {
	g, e := r.g, r.e
	if len(g.projCols) == 0 {
		return true
	}
	for _, pc := range g.projCols {
		i := r.index(pc.idx, pc.col)
		if pc.f != fName || i < 0 {
			continue
		}
		name := e.text(&r.row[i])
		switch {
		case name == "" || r.row[i].Merged || name == e.cur.Name:
		case e.lx.isSubtotal(name):
			return false
		case g.dropSubtotal(e):
		case e.cur.Name != "" || len(e.cur.Indicators) > 0:
			unit := e.cur.MoneyUnit
			e.startProject(0, "", r.row[i].Pos, false)
			e.cur.Source = tableSource(r.row)
			e.cur.MoneyUnit = unit // the table's 金额单位 holds for all its projects
			g.pending = nil
			e.ps.grid, e.ps.rows = g, 1
		}
		if name != "" && !r.row[i].Merged && name != e.cur.Name {
			base := *e.cur
			g.wideBase = &base
		}
	}
	for _, pc := range g.projCols {
		i := r.index(pc.idx, pc.col)
		if i < 0 || r.row[i].Merged {
			continue
		}
		if s := e.text(&r.row[i]); s != "" {
			r.used[i] = true
			e.setField(g.wideField(pc.f), pc.label, s, r.row[i].Pos, r.row[i].Pos)
		}
	}
	return true
}

// dropSubtotal undoes the last row that named a project in a wide table
// when nothing came under it, no indicator and no goal: a subtotal row of
// the unit or department (820-某部门 | 8,827,620.53), whatever its label,
// is no project. It reports whether it undid one.
func (g *gridState) dropSubtotal(e *extractor) bool {
	b := g.wideBase
	g.wideBase = nil
	if b == nil || e.cur == nil || len(e.cur.Indicators) > 0 || len(e.cur.Goals) > 0 {
		return false
	}
	e.warn(e.cur.Source, diag.SubtotalRow, e.cur.Name)
	*e.cur = *b
	return true
}

// wideField is the field a wide table's project column fills: beside a
// 项目名称 column the 单位名称 is the department of the row's project (a
// project's table, not a department-wide one).
func (g *gridState) wideField(f field) field {
	if f != fUnitName {
		return f
	}
	for _, pc := range g.projCols {
		if pc.f == fName {
			return fDepartment
		}
	}
	return f
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

// notIndicator tells the rows of a grid that are none: a 总分 row, and in
// a format without columns a row far narrower than the grid (an approval
// or a note). Their cells are unplaced.
func (r *gridRow) notIndicator(l1, l2, name string) bool {
	g := r.g
	if !r.e.lx.isTotalRow(l1, l2, name) && !r.totalCell() && !(len(r.row) != g.width && g.cols[cValue] == 0 && g.cols[cName] == 0 && len(r.row) < g.width/2) &&
		!r.note() && !columnNumbers(r.row) && !r.scorePairs() && !r.scoreRow(l1) {
		return false
	}
	r.unuse()
	return true
}

// scorePairs reports whether the row is one of a score block under the
// grid: label | points pairs (考核节点进度完成率 | 10分 | 项目采购节约率 |
// 10分), two or more, where a label has no digit and the points are a bare
// number of 分 outside the grid's weight and score columns. An
// indicator's target or result in points (考核得分 | ≥90分 | 92分, 满意度 |
// 90分 | 95分) makes one such pair at most: the result stands after the
// target, not after a label. Where the block's labels stand under the
// names (考核节点进度完成率 | 10分 | 项目采购节约率 | 10分 from the name's
// column on), no name is points (pointsOnly) and only the pairs tell. A
// pair may be glued in one cell (项目采购节约率：10分), outside the target's
// and the results' columns (目标：90分 | 实际：95分 is a target and a result
// written with their captions). A row that also
// holds a number in another form (≥100人, 95%) is an indicator's whose
// levels carry their points (产出指标 | 50分 | 数量指标 | 20分 | 培训人数 |
// 10分 | ≥100人, an evaluation framework's 分值 beside each level): a
// score block holds labels and points only.
func (r *gridRow) scorePairs() bool {
	g := r.g
	weight, score := r.index(g.idx[cWeight], g.cols[cWeight]), r.index(g.idx[cScore], g.cols[cScore])
	value, actual := r.index(g.idx[cValue], g.cols[cValue]), r.index(g.idx[cActual], g.cols[cActual])
	pairs, label := 0, false
	digits := "0123456789０１２３４５６７８９"
	for i := range r.row {
		if r.row[i].Merged {
			continue
		}
		s := strings.ReplaceAll(layout.Clean(r.row[i].Text), " ", "")
		switch {
		case s == "":
			continue
		case pointsOnly(s):
			if label && i != weight && i != score {
				pairs++
			}
			label = false
		case gluedPoints(s):
			if i != value && i != actual {
				pairs++ // 项目采购节约率：10分, the pair in one cell
			}
			label = false
		case strings.ContainsAny(s, digits) && i != weight && i != score:
			return false // a target or a result beside the points
		case strings.ContainsAny(s, digits):
			label = false
		default:
			label = true
		}
	}
	return pairs >= 2
}

// scoreRow reports whether the row is one of a score block whose level
// label names a score or a result (评价得分 | 项目决策 | 20分, 绩效评价结果 |
// 92分): its target is bare points and nothing else is a target. The rows
// under such a label without a level label of their own (项目管理 | 18分,
// a text export printing the label once) are the block's too; a row with
// another level label ends it. A grid's own level labels (产出指标,
// 产出指标（50分）) name no score.
func (r *gridRow) scoreRow(l1 string) bool {
	g := r.g
	if l1 != "" {
		g.inScores = namesScore(labelKey(compactLabel(l1)))
	}
	if !g.inScores {
		return false
	}
	v := r.index(g.idx[cValue], g.cols[cValue])
	return v >= 0 && pointsOnly(strings.ReplaceAll(layout.Clean(r.row[v].Text), " ", ""))
}

// namesScore tells a label that names a score or an evaluation's result:
// 评价得分, 自评得分, 评分, 绩效评价结果, 预算绩效评价结果.
func namesScore(key string) bool {
	for _, w := range []string{"得分", "评分", "评价结果"} {
		if strings.HasSuffix(key, w) {
			return true
		}
	}
	return false
}

// gluedPoints tells a label and its points in one cell, a colon between
// (项目采购节约率：10分, 合计:29分): the label has no digit.
func gluedPoints(s string) bool {
	for _, colon := range []string{"：", ":"} {
		if label, points, ok := strings.Cut(s, colon); ok && label != "" && pointsOnly(points) {
			return !strings.ContainsAny(label, "0123456789０１２３４５６７８９")
		}
	}
	return false
}

// totalCell reports whether a cell of the row, in whatever column a text
// export put it, is a total row's label (总分 | 100 | | 100).
func (r *gridRow) totalCell() bool {
	for i := range r.row {
		if s := r.row[i].Text; len(s) <= 30 && r.e.lx.isTotalLabel(r.e.lx.key(layout.Clean(s))) {
			return true
		}
	}
	return false
}

// note reports whether the row is one text spanning the name and value
// columns (a note across the grid: "注：…").
func (r *gridRow) note() bool {
	only := -1
	for i := range r.row {
		if layout.Clean(r.row[i].Text) != "" {
			if only >= 0 {
				return false
			}
			only = i
		}
	}
	g := r.g
	return only >= 0 && g.idx[cName] >= 0 && g.idx[cValue] >= 0 &&
		r.index(g.idx[cName], g.cols[cName]) == only && r.index(g.idx[cValue], g.cols[cValue]) == only
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

func hasText(row []layout.Cell) bool {
	for i := range row {
		if layout.Clean(row[i].Text) != "" {
			return true
		}
	}
	return false
}

// pendingLevel is a level label read from a row without an indicator: it
// fills down to the rows below, and lands in Unrecognized if none uses it.
type pendingLevel struct {
	depth int
	text  string
	pos   model.Pos
}

// flushLevels unplaces the pending level labels a row's levels replace.
func (g *gridState) flushLevels(e *extractor, l1, l2 string) {
	depth := 0
	switch {
	case l1 != "":
		depth = 1
	case l2 != "":
		depth = 2
	default:
		return
	}
	keep := g.pending[:0]
	for _, p := range g.pending {
		if p.depth >= depth {
			e.unrecognized(p.text, p.pos)
		} else {
			keep = append(keep, p)
		}
	}
	g.pending = keep
}

// holdLevels remembers the level labels of a row until an indicator uses
// them (indicatorRow clears the list when it appends one).
func (g *gridState) holdLevels(l1, l2 string, l1pos, l2pos model.Pos) {
	if l1 != "" {
		g.pending = append(g.pending, pendingLevel{1, l1, l1pos})
	}
	if l2 != "" {
		g.pending = append(g.pending, pendingLevel{2, l2, l2pos})
	}
}

// fillLevels updates the levels filled down: a new level 1 clears level 2.
func (e *extractor) fillLevels(l1, l2 string, l1pos, l2pos model.Pos, name string) {
	if l1 != "" {
		if l1 != e.ps.level1 && e.ps.level1 != "" {
			// a new level 1 starts its own level 2s; a first level 1
			// written in the middle of its block (its rows above left it
			// blank) continues the level 2 above it
			e.ps.level2 = ""
		}
		e.ps.level1 = l1
	} else if e.ps.level1 == "" && e.ps.grid.idx[cLevel1] >= 0 && name != "" {
		e.warn(l1pos, diag.NoLevel1, name)
	}
	if l2 != "" {
		e.ps.level2 = l2
	} else if e.ps.level2 == "" && e.ps.grid.idx[cLevel2] >= 0 && name != "" {
		e.warn(l2pos, diag.NoLevel2, name)
	}
}

// nameTailTarget reads a target that closes the indicator's name (救助儿童人数≥500人,
// 达标率≥90%) when the value cell holds that target's number alone, with no
// comparator and no other unit (500, 90): the cell repeats the name's number
// and the name gives the bound and the unit. It gives "" when the name has
// no bounded target at its end, when the name is that target alone, or when
// the cell says anything else (another number, a sign, another unit).
func nameTailTarget(name, val string) string {
	name, val = strings.TrimSpace(name), strings.TrimSpace(val)
	if startsWithComparator(val) || startsWithComparatorWord(val) {
		return ""
	}
	cell := normalize.Value(val, normalize.Context{Year: 2000})
	if cell.Kind != model.KindQuantity || (cell.Op != model.OpEq && cell.Op != "") || cell.Number == "" {
		return ""
	}
	for i := range name {
		if i == 0 || leadingSign(name[i:]) == 0 {
			continue
		}
		tail := name[i:]
		v := normalize.Value(tail, normalize.Context{Year: 2000})
		if v.Kind != model.KindQuantity || v.Op == model.OpEq || v.Op == "" || v.Number != cell.Number {
			return ""
		}
		if cell.Unit != "" && cell.Unit != v.Unit {
			return ""
		}
		return tail
	}
	return ""
}

// bracketTarget returns the target a name ends with in brackets when it is
// a whole bounded quantity — a comparator sign, a number and its unit, as
// 完成率（≥95%）, 受益人数(≥300人) — else "". A template's placeholder
// (≥**%) or a unit alone (（亩）) is no target.
func bracketTarget(name string) string {
	name = strings.TrimSpace(name)
	var inner string
	for _, pr := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if body, ok := strings.CutSuffix(name, pr[1]); ok {
			if i := strings.LastIndex(body, pr[0]); i > 0 {
				inner = strings.TrimSpace(body[i+len(pr[0]):])
			}
		}
	}
	if inner == "" || !startsWithComparator(inner) || strings.Contains(inner, "*") {
		return ""
	}
	v := normalize.Value(inner, normalize.Context{Year: 2000})
	if v.Kind != model.KindQuantity || v.Op == model.OpEq || v.Op == "" {
		return ""
	}
	return inner
}

// splitNameTarget splits a cell that holds an indicator's name and its
// target under a caption naming both (三级指标及指标值): at the first colon
// (救助困难群众人数：≥3000人), else where a comparator opens a bounded target
// that closes the cell (救助困难群众人数≥3000人); words introducing a part
// before the colon (其中：特困人员≥500人) name nothing, the part is split.
// It returns "" for the name when the cell splits neither way or either
// part is empty.
func splitNameTarget(cell string) (name, target string) {
	cell = strings.TrimSpace(cell)
	for _, c := range []string{"：", ":"} {
		if n, t, ok := strings.Cut(cell, c); ok {
			n, t = strings.TrimSpace(n), strings.TrimSpace(t)
			if n == "" || t == "" {
				return "", ""
			}
			if subItemWord(n) {
				// 其中：特困人员≥500人: the words before the colon introduce
				// a part, no name; the part splits by itself
				return splitNameTarget(t)
			}
			return n, t
		}
	}
	for i := range cell {
		if i == 0 || leadingSign(cell[i:]) == 0 {
			continue
		}
		v := normalize.Value(cell[i:], normalize.Context{Year: 2000})
		if v.Kind != model.KindQuantity || v.Op == "" || v.Op == model.OpEq {
			return "", ""
		}
		return strings.TrimSpace(cell[:i]), cell[i:]
	}
	return "", ""
}

// subItemWord tells the words that introduce a part of what comes before
// (其中, 包括, 含): before a colon they name no indicator.
func subItemWord(s string) bool {
	switch strings.Join(strings.Fields(s), "") {
	case "其中", "包括", "其中包括", "含", "包含", "另":
		return true
	}
	return false
}

// captionValue tells a value cell that is a caption, no target: a label
// with no digit that ends in a bracketed money unit or a word for a
// written answer (文字描述: 计划生育转移支付资金合计(万元), 项目资金测算标准(文字描述)),
// or a question (是否按时完成？). A target with a number (100（万元）) is
// none of these.
func captionValue(s string) bool {
	s = strings.TrimSpace(s)
	if strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	if strings.HasSuffix(s, "？") || strings.HasSuffix(s, "?") {
		return true
	}
	label, inner := bracketTail(s)
	if label == "" || inner == "" {
		return false
	}
	return moneyUnits[inner] || strings.Contains(inner, "描述") || strings.HasPrefix(inner, "文字")
}

// checkBudget reads the budget a checklist records as the answer to its
// budget's check: in one row, a caption naming a total in a money unit
// (计划生育转移支付资金合计(万元): moneyTotalCaption) and, in a cell after
// it, a budget total's label with its amount and no other unit (年度预算资金
// 总额：1084.25, readAmountLine). The amount is the project's budget in the
// caption's unit when no budget was read before; both cells are used. The
// funds a later row names under the total (其中: its parts, each fund's own
// 年度预算资金总额 under a caption with no 合计) are not read.
func (r *gridRow) checkBudget() {
	e := r.e
	if e.cur == nil || e.cur.Budget.Total != nil {
		return
	}
	unit, at := "", -1
	for i := range r.row {
		if r.row[i].Merged {
			continue
		}
		t := layout.Clean(r.row[i].Text)
		if at < 0 {
			if u := moneyTotalCaption(t); u != "" {
				unit, at = u, i
			}
			continue
		}
		a := e.lx.readAmountLine(t, r.row[i].Pos)
		if a == nil || a.unit != "" && a.unit != unit {
			continue
		}
		if e.cur.MoneyUnit != "" && e.cur.MoneyUnit != unit {
			return // the table's unit and the caption's differ: nothing tells which holds
		}
		e.cur.MoneyUnit = unit
		e.setField(fTotal, a.label, strings.TrimSuffix(a.val, a.unit), r.row[i].Pos, r.row[at].Pos)
		r.used[at], r.used[i] = true, true
		return
	}
}

// moneyTotalCaption returns the money unit of a caption naming a total in
// it (计划生育转移支付资金合计(万元), 资金总额（元）): a label with no digit
// holding 合计, 总计 or 总额, then its unit in brackets; "" for any other text.
func moneyTotalCaption(s string) string {
	s = strings.TrimSpace(s)
	if strings.ContainsFunc(s, unicode.IsDigit) {
		return ""
	}
	label, inner := bracketTail(s)
	if !moneyUnits[inner] || !strings.Contains(label, "合计") && !strings.Contains(label, "总计") && !strings.Contains(label, "总额") {
		return ""
	}
	return inner
}

// bracketTail splits a text ending in a bracketed part (项目资金测算标准
// (文字描述), 资金合计（万元）) into the text before the brackets and their
// trimmed content; "", "" when the text ends in none or nothing stands
// before it.
func bracketTail(s string) (label, inner string) {
	for _, br := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if rest, ok := strings.CutSuffix(s, br[1]); ok {
			if i := strings.LastIndex(rest, br[0]); i > 0 {
				return rest[:i], strings.TrimSpace(rest[i+len(br[0]):])
			}
		}
	}
	return "", ""
}
