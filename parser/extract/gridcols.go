package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
)

// The grid's columns by their content: the first pass over a grid reads
// the rows under its header (the rest of the table) before any is placed
// and profiles each column (profile.go); the header's reading (grid.go) is
// then checked against the profiles. Content wins where it is unambiguous
// and the header is blank, unknown or says otherwise, with a warning that
// names the column; where neither decides, the column's cells stay
// unrecognized.

// maxProfileRows bounds the rows a grid's first pass reads.
const maxProfileRows = 400

// frame is the columns of the rows under a grid header, with what each
// holds.
type frame struct {
	positioned bool      // the reader gave grid columns (Pos.Col); else columns are indexes
	width      int       // columns: the last grid column, or the usual row length
	prof       []profile // by column, 0-based
	rows       int       // rows profiled
}

// content returns what column k (0-based) holds, ctNone outside the frame.
func (f *frame) content(k int) content {
	if f == nil || k < 0 || k >= len(f.prof) || f.rows == 0 {
		return ctNone
	}
	return f.prof[k].decide()
}

// profile returns column k's profile (0-based), an empty one outside the
// frame: a header row can reach past the widest row under it.
func (f *frame) profile(k int) *profile {
	if f == nil || k < 0 || k >= len(f.prof) {
		return &profile{}
	}
	return &f.prof[k]
}

// gridBody returns the rows under a header that the first pass reads: up
// to a row naming another project, a second header continuation skipped.
func (e *extractor) gridBody() [][]layout.Cell {
	var out [][]layout.Cell
	for _, row := range e.rest {
		if len(out) == maxProfileRows {
			break
		}
		if e.labelsOnly(row) {
			continue // a header's second row, or a repeated header
		}
		if e.namesProject(row) || e.endsTable(row) {
			break
		}
		out = append(out, row)
	}
	return out
}

// labelsOnly reports whether every text of row is a grid header.
func (e *extractor) labelsOnly(row []layout.Cell) bool {
	n := 0
	for i := range row {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		if len(s) > 90 || e.lx.gridLabel(labelKey(s)) == cNone {
			return false
		}
		n++
	}
	return n > 0
}

// endsTable reports whether row, alone in its row, marks the start of
// another table (a title, a sheet's number: 表十二, 附表2): in a text
// export that runs the tables together the rows after it are no grid's.
func (e *extractor) endsTable(row []layout.Cell) bool {
	s, n := soleText(row)
	if n != 1 || len(s) > 600 {
		return false
	}
	_, _, title := projectTitle(s)
	return title || isAttachmentMarker(s)
}

// namesProject reports whether row holds a label that names a project.
func (e *extractor) namesProject(row []layout.Cell) bool {
	for i := range row {
		if row[i].Text == "" || len(row[i].Text) > 60 {
			continue
		}
		switch e.lx.identityLabel(row[i].Text) {
		case fName, fCode, fUnitName:
			return true
		}
	}
	return false
}

// profileRows builds the frame of rows: by grid column where the reader
// knows positions, else by index over the rows as long as most. A cell
// across columns counts in the first of them when a cell of head spans
// the same columns (指标值 over four columns, each target across them).
func (e *extractor) profileRows(rows [][]layout.Cell, head []layout.Cell) *frame {
	f := &frame{}
	first := -1
	for i := range rows {
		if len(rows[i]) > 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return f
	}
	if rows[first][0].Pos.Col > 0 {
		f.positioned = true
		for _, r := range rows {
			if len(r) == 0 {
				continue
			}
			last := r[len(r)-1]
			f.width = max(f.width, last.Pos.Col+max(last.ColSpan, 1)-1)
		}
	} else {
		count := map[int]int{}
		for _, r := range rows {
			count[len(r)]++
			if count[len(r)] > count[f.width] || count[len(r)] == count[f.width] && len(r) > f.width {
				f.width = len(r)
			}
		}
	}
	if f.width > maxHeaderCells {
		return &frame{}
	}
	f.prof = make([]profile, f.width)
	for _, r := range rows {
		if !f.positioned && len(r) != f.width || e.totalRow(r) {
			continue // a row of another width, or a total (总分 | 100) that would count its column twice
		}
		f.rows++
		for i := range r {
			k := i
			if f.positioned {
				k = r[i].Pos.Col - 1
				if r[i].ColSpan > 1 && !sameSpan(head, r[i]) {
					continue // a text across columns tells none of them
				}
			}
			if k < 0 || k >= f.width {
				continue
			}
			if r[i].Merged {
				continue
			}
			f.prof[k].add(e.lx, layout.Clean(r[i].Text))
		}
	}
	return f
}

// totalRow reports whether row opens with a total's label (总分, 合计).
func (e *extractor) totalRow(row []layout.Cell) bool {
	i := firstFilled(row)
	if i < 0 || len(row[i].Text) > 30 {
		return false
	}
	key := labelKey(layout.Clean(row[i].Text))
	return e.lx.totalRows[key] || e.lx.isSubtotal(key)
}

// sameSpan reports whether a cell of head covers exactly the columns c
// covers.
func sameSpan(head []layout.Cell, c layout.Cell) bool {
	for i := range head {
		if head[i].Pos.Col == c.Pos.Col && max(head[i].ColSpan, 1) == c.ColSpan {
			return true
		}
	}
	return false
}

// columnOf returns the frame column (0-based) of header cell i, or -1:
// its grid column, or its index.
func (g *gridState) columnOf(row []layout.Cell, i int, f *frame) int {
	if i < 0 || i >= len(row) {
		return -1
	}
	if f.positioned {
		if c := g.colOf(i, row); c > 0 {
			return c - 1
		}
		return -1
	}
	return i
}

// colOf is the grid column the header gives cell i: the one recorded for
// the column it names, else the cell's own.
func (g *gridState) colOf(i int, row []layout.Cell) int {
	for c := range g.idx {
		if g.idx[c] == i && g.cols[c] > 0 {
			return g.cols[c]
		}
	}
	return row[i].Pos.Col
}

// shiftShortHeader handles a header row one cell short of its rows (issue
// 21, family 5): its first caption spans a block-label column that the
// rows below hold (绩效指标 over all of them), or the block label starts on
// the first row under the header, or a caption is missing at its start;
// each caption stands one column left of the cells it names. Without
// positions a blank cell is put before the header when the rows' first
// column is a block label or empty; in any format the header moves one
// column right when the captions name what the columns right of them
// hold and not what their own hold (captionsFitShifted); moved is then 1
// where the reader gives positions (the header's second row stands one
// column left of the columns it names, as the first did).
func (e *extractor) shiftShortHeader(row []layout.Cell, f *frame) (out []layout.Cell, sub bool, moved int) {
	if f.rows == 0 || len(row) == 0 {
		return row, false, 0
	}
	if f.positioned {
		last := row[len(row)-1]
		if f.width != last.Pos.Col+max(last.ColSpan, 1) || !e.captionsFitShifted(row, f) {
			return row, false, 0
		}
		k := e.firstCaption(row)
		out = make([]layout.Cell, 0, len(row)+1)
		out = append(out, row[:k]...)
		out = append(out, layout.Cell{Pos: row[k].Pos})
		for _, c := range row[k:] {
			c.Pos.Col++
			out = append(out, c)
		}
		return out, false, 1
	}
	if f.width >= len(row)+2 {
		if spread, ok := e.spreadBySubRow(row, f); ok {
			return spread, true, 0
		}
	}
	if f.width != len(row)+1 {
		return row, false, 0
	}
	if split, ok := e.splitBySubRow(row, f); ok {
		return split, true, 0
	}
	if k := e.slotColumn(f); k > 0 && k <= len(row) && layout.Clean(row[k-1].Text) != "" {
		// the caption left of a column of slot labels spans it (评价指标
		// over 成本目标 | 目标1): a cell merged into it stands over the
		// slots, which no column takes
		out = make([]layout.Cell, 0, len(row)+1)
		out = append(out, row[:k]...)
		out = append(out, layout.Cell{Pos: row[k-1].Pos, Merged: true})
		return append(out, row[k:]...), false, 0
	}
	if c := f.content(0); c != ctBlock && c != ctEmpty && !e.captionsFitShifted(row, f) {
		return row, false, 0
	}
	k := e.firstCaption(row)
	out = make([]layout.Cell, 0, len(row)+1)
	out = append(out, row[:k]...)
	out = append(out, layout.Cell{Pos: row[k].Pos})
	return append(out, row[k:]...), false, 0
}

// slotColumn is the one column of the rows under a header (a format
// without positions) whose cells all number slots of the row above them
// (目标1, 目标2, 目标1: one short word, the same in all, and a number):
// the second part of a caption that spans two columns, which a text export
// prints once. 0 when there is none, or more than one.
func (e *extractor) slotColumn(f *frame) int {
	rows := e.beforeTail(e.gridBody(), 1)
	found := 0
	for k := 1; k < f.width; k++ {
		word, n := "", 0
		for _, r := range rows {
			if len(r) != f.width {
				continue
			}
			w, ok := slotLabel(layout.Clean(r[k].Text))
			if !ok || word != "" && w != word {
				n = 0
				break
			}
			word = w
			n++
		}
		if n >= 2 {
			if found > 0 {
				return 0
			}
			found = k
		}
	}
	return found
}

// slotLabel splits a slot's label (目标1, 任务12) into its word, one or two
// Han characters, and reports whether a number of one or two digits ends it.
func slotLabel(s string) (string, bool) {
	word := strings.TrimRight(s, "0123456789")
	digits := len(s) - len(word)
	if digits == 0 || digits > 2 || word == "" || utf8.RuneCountInString(word) > 2 {
		return "", false
	}
	for _, r := range word {
		if !unicode.Is(unicode.Han, r) {
			return "", false
		}
	}
	return word, true
}

// firstCaption is the index of a header's first caption: the cells before
// it (a block label merged down beside the header: 绩效指标) stay where
// they stand when the captions move right; 0 when there is none.
func (e *extractor) firstCaption(row []layout.Cell) int {
	for i := range row {
		if text := layout.Clean(row[i].Text); text != "" && !row[i].Merged && e.captionColumn(text) != cNone {
			return i
		}
	}
	return 0
}

// captionsFitShifted reports whether a header's captions name what the
// column right of each holds (一级指标 over a block label, 二级指标 over
// level-1 words, 指标值 over names, and the targets right of them) rather
// than what their own columns hold: each caption counts one where its
// column's content fits it and minus one where the content is decided and
// another; read one column right, the captions must fit twice or more and
// twice as often as where they stand, or count one or more, and three
// more than where they stand (two more where they count less than none).
func (e *extractor) captionsFitShifted(row []layout.Cell, f *frame) bool {
	here, hereWrong := e.captionFit(row, f, 0)
	shifted, shiftedWrong := e.captionFit(row, f, 1)
	now, then := here-hereWrong, shifted-shiftedWrong
	return shifted >= 2 && here*2 <= shifted || then >= 1 && (then-now >= 3 || now < 0 && then-now >= 2)
}

// captionFit counts the captions of a header that name what the column
// off columns right of each holds (fit), and those over a column whose
// content is decided and another (wrong). Captions over cells of any kind
// (备注, 依据, the other years' targets) and unknown ones do not count.
func (e *extractor) captionFit(row []layout.Cell, f *frame, off int) (fit, wrong int) {
	for i := range row {
		text := layout.Clean(row[i].Text)
		if text == "" || row[i].Merged {
			continue
		}
		c := e.captionColumn(text)
		switch c {
		case cNone, cNotes, cBasis, cReason, cHalfYear, cLongTerm, cLastYear:
			continue // no caption, or one over cells of any kind
		}
		col := i
		if f.positioned {
			col = row[i].Pos.Col - 1
		}
		if k := f.content(col + off); fits(c, k) {
			fit++
		} else if k != ctNone && k != ctEmpty {
			wrong++
		}
	}
	return fit, wrong
}

// captionColumn is the grid column a header caption names: by the
// vocabulary's captions, qualified ones (二级指标(长期), 指标值(年度)) and
// the target's shapes; cNone for another text.
func (e *extractor) captionColumn(text string) gridColumn {
	key := labelKey(text)
	c := e.lx.gridLabel(key)
	if c == cNone {
		c, _ = e.lx.qualifiedLabel(key)
	}
	if c == cNone && isTargetKey(key) {
		c = cValue
	}
	return c
}

// fits reports whether a column's content agrees with the grid column its
// caption names.
func fits(c gridColumn, k content) bool {
	switch c {
	case cValue, cActual:
		return k == ctValue || k == ctNumber
	case cWeight, cScore:
		return k == ctWeight || k == ctNumber
	case cNature, cDirection:
		return k == ctComparator || k == ctDirection
	case cDesc:
		return k == ctName
	}
	return k != ctNone && contentColumn(k) == c
}

// splitBySubRow handles the other header one cell short of its rows in a
// format without positions: a two-row header whose target caption spans
// two columns that the second row names (指标值 over 2021年实际实现值 |
// 预期2022年实现值), the header's first caption the block label (绩效指标)
// that the rows' first, empty cell stands under. The caption is split in
// two: each half takes its second-row label where the vocabulary knows it
// (实际 → the result), else the caption's (指标值 → the target). The
// second row is then no indicator (gridState.subRow).
func (e *extractor) splitBySubRow(row []layout.Cell, f *frame) ([]layout.Cell, bool) {
	if len(e.rest) == 0 || len(e.rest[0]) != f.width || !e.lx.isBlockLabel(labelKey(layout.Clean(row[0].Text))) {
		return nil, false
	}
	sub := e.rest[0]
	var named []int
	for i := range sub {
		s := layout.Clean(sub[i].Text)
		if s == "" {
			continue
		}
		if utf8.RuneCountInString(s) > 20 || strings.Trim(s, "0123456789.%") == "" {
			return nil, false
		}
		named = append(named, i)
	}
	if len(named) != 2 || named[1] != named[0]+1 || named[0] == 0 {
		return nil, false
	}
	j := named[0]
	if !isTargetKey(labelKey(layout.Clean(row[j].Text))) {
		return nil, false
	}
	half := func(k int) layout.Cell {
		c := row[j]
		if s := layout.Clean(sub[k].Text); e.lx.gridLabel(labelKey(s)) != cNone {
			c.Text = s
		}
		return c
	}
	out := make([]layout.Cell, 0, len(row)+1)
	out = append(out, row[:j]...)
	out = append(out, half(j), half(j+1))
	out = append(out, row[j+1:]...)
	return out, true
}

// spreadBySubRow handles a two-row header two or more cells short of its
// rows in a format without positions (a text export that lost the spans):
// its second row is as wide as the rows and names the parts of the
// captions that span columns (预期指标值 over 符号 | (number) | 单位, 自评得分
// over 单项指标得分 | 权重占比 | 折算得分), the cells under the captions that
// span both rows blank. The second row's captions, with at most one blank
// between two of them, make the groups; each group stands under one
// caption of the first row, taken in order, and the others cover one
// column each: the groups must account for every missing cell. Each column
// of a group takes its second-row caption (without a gloss in parentheses
// where the vocabulary knows it only so: 单位(文字描述) → 单位), a blank one
// the first row's caption (the number under 预期指标值). The second row is
// then no indicator.
func (e *extractor) spreadBySubRow(row []layout.Cell, f *frame) ([]layout.Cell, bool) {
	if len(e.rest) == 0 || len(e.rest[0]) != f.width {
		return nil, false
	}
	sub := e.rest[0]
	label := func(i int) string { return layout.Clean(sub[i].Text) }
	// groups of second-row captions: start → length
	span := make([]int, len(sub))
	missing := f.width - len(row)
	for i := 0; i < len(sub); {
		s := label(i)
		if s == "" {
			i++
			continue
		}
		if utf8.RuneCountInString(s) > 20 || strings.Trim(s, "0123456789.%") == "" {
			return nil, false
		}
		j := i + 1
		for j < len(sub) {
			if label(j) != "" {
				j++
			} else if j+1 < len(sub) && label(j+1) != "" {
				j += 2
			} else {
				break
			}
		}
		if j-i < 2 {
			return nil, false // a lone caption spans nothing
		}
		span[i] = j - i
		missing -= j - i - 1
		i = j
	}
	if missing != 0 {
		return nil, false
	}
	out := make([]layout.Cell, 0, f.width)
	i := 0
	for col := 0; col < len(sub); i++ {
		if i >= len(row) {
			return nil, false
		}
		n := max(span[col], 1)
		if n == 1 {
			out = append(out, row[i])
			col++
			continue
		}
		caption := layout.Clean(row[i].Text)
		if caption == "" || e.captionColumn(caption) == cNone {
			return nil, false
		}
		for k := col; k < col+n; k++ {
			c := row[i]
			if s := label(k); s != "" {
				c.Text = s
				if e.captionColumn(s) == cNone {
					if bare := stripParens(labelKey(s)); bare != "" && e.captionColumn(bare) != cNone {
						c.Text = bare // 单位(文字描述): a caption with its gloss
					}
				}
			}
			out = append(out, c)
		}
		col += n
	}
	if i != len(row) {
		return nil, false
	}
	return out, true
}

// spanByContent settles a header cell that spans two or more columns of
// the rows (一级指标 over 绩效指标 | 产出指标): the column it names is the one
// of its span whose content is not a block label or empty.
func (g *gridState) spanByContent(row []layout.Cell, f *frame) {
	if !f.positioned {
		return
	}
	for c := range g.idx {
		i := g.idx[c]
		if i < 0 || row[i].ColSpan < 2 || gridColumn(c) == cValue {
			continue
		}
		from, to := row[i].Pos.Col, row[i].Pos.Col+row[i].ColSpan-1
		if k := f.content(from - 1); k != ctBlock && k != ctEmpty {
			continue
		}
		for col := from + 1; col <= to; col++ {
			if k := f.content(col - 1); k != ctBlock && k != ctEmpty && k != ctNone || f.profile(col-1).cells > 0 {
				g.cols[c] = col
				break
			}
		}
	}
}

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

// byContent checks the header's reading against the columns' content and
// places the columns the header left blank or unknown. It returns the
// header cells it placed.
func (e *extractor) byContent(g *gridState, row []layout.Cell, f *frame, unknown []int) []int {
	if f.rows == 0 {
		return nil
	}
	var placed []int
	// two or more unknown columns of targets after the name are the
	// recipient areas of a transfer table (settleColumns), not one target
	areas := 0
	for _, i := range unknown {
		if k := f.content(g.columnOf(row, i, f)); k == ctValue || k == ctNumber {
			areas++
		}
	}
	assign := func(c gridColumn, i int) {
		g.idx[c], g.cols[c], g.labels[c] = i, row[i].Pos.Col, compactLabel(layout.Clean(row[i].Text))
		placed = append(placed, i)
	}
	// a 指标方向(性) column of direction words (正向, 反向) beside a column of
	// comparator signs: the signs are the comparator, the words stay
	// unplaced (the indicator has no field for them)
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
	// a header that says one thing over cells that unambiguously hold another
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
				assign(cDirection, i)
				if gridColumn(c) != cNature { // 指标性质 is the comparator column's usual name
					e.warn(row[i].Pos, diag.ColumnHoldsComparators, layout.Clean(row[i].Text))
				}
			}
		case k == ctUnit && (gridColumn(c) == cNature || gridColumn(c) == cDirection || gridColumn(c) == cNotes):
			if g.idx[cUnit] < 0 {
				g.idx[c] = -1
				assign(cUnit, i)
				e.warn(row[i].Pos, diag.ColumnHoldsUnits, layout.Clean(row[i].Text))
			}
		}
	}
	// blank and unknown header cells: the content names the column, once;
	// then, for the levels and the names still missing, the place of a
	// column of mixed texts (levels left of names, names left of targets)
	open := func(i int) (string, bool) {
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
	guessed := func(c gridColumn, i int, text string, k content) {
		assign(c, i)
		switch {
		case text == "":
			e.warn(row[i].Pos, diag.ColumnNoHeader, g.columnOf(row, i, f)+1, k.key(), columnName(c))
		default:
			e.warn(row[i].Pos, diag.HeaderGuessed, text, k.key(), columnName(c))
		}
	}
	// captions one level too high: 一级指标 over level-2 words (数量指标),
	// 二级指标 over the names, no name column: each column is read one
	// level down, and the grid has no level 1
	if l1, l2 := g.idx[cLevel1], g.idx[cLevel2]; l1 >= 0 && l2 >= 0 && g.idx[cName] < 0 &&
		f.content(g.columnOf(row, l1, f)) == ctLevel2 && f.content(g.columnOf(row, l2, f)) == ctName {
		g.idx[cName], g.cols[cName], g.labels[cName] = l2, g.cols[cLevel2], g.labels[cLevel2]
		g.idx[cLevel2], g.cols[cLevel2], g.labels[cLevel2] = l1, g.cols[cLevel1], g.labels[cLevel1]
		g.idx[cLevel1], g.cols[cLevel1] = -1, 0
		e.warn(row[l1].Pos, diag.HeaderGuessed, layout.Clean(row[l1].Text), ctLevel2.key(), columnName(cLevel2))
		e.warn(row[l2].Pos, diag.HeaderGuessed, layout.Clean(row[l2].Text), ctName.key(), columnName(cName))
	}
	// a 二级指标 caption over the indicators' short names (资金到位率, 预算支出
	// 进度: few level labels), no 三级指标, and a description column of
	// sentences beside (资金到位率=…×100%。, 预算支出进度是否达到90%以上。):
	// the level-2 column names the indicators, the grid has no level 2, and
	// the descriptions stay descriptions (with no description column, see
	// the end)
	if l2, d := g.idx[cLevel2], g.idx[cDesc]; l2 >= 0 && d >= 0 && g.idx[cName] < 0 &&
		namesUnderLevel(f.profile(g.columnOf(row, l2, f)), f.profile(g.columnOf(row, d, f))) {
		g.idx[cName], g.cols[cName], g.labels[cName] = l2, g.cols[cLevel2], g.labels[cLevel2]
		g.idx[cLevel2], g.cols[cLevel2] = -1, 0
		e.warn(row[l2].Pos, diag.HeaderGuessed, layout.Clean(row[l2].Text), ctName.key(), columnName(cName))
	}
	// the numbers of a target written in cells (比较 | 数值 | 单位, 单位 | 比较 |
	// 数值): a column the header leaves unknown or blank right of the names,
	// beside the unit column, or beside a column of signs (or an empty one)
	// the header leaves open beside the unit column
	unitCol := func() int { // the unit column: captioned, or open and holding units
		if u := g.idx[cUnit]; u >= 0 {
			return g.columnOf(row, u, f)
		}
		at := -1
		for i := range row {
			if _, ok := open(i); ok && f.content(g.columnOf(row, i, f)) == ctUnit {
				if at >= 0 {
					return -1 // two: neither is sure
				}
				at = g.columnOf(row, i, f)
			}
		}
		return at
	}
	numbers := func(j int) bool {
		col, uc := g.columnOf(row, j, f), unitCol()
		if _, ok := open(j); !ok || col < 0 || uc < 0 || g.idx[cName] < 0 || col <= g.columnOf(row, g.idx[cName], f) {
			return false
		}
		signs := func(c int) bool {
			for i := range row {
				if g.columnOf(row, i, f) == c {
					_, ok := open(i)
					k := f.content(c)
					return ok && (k == ctComparator || k == ctEmpty)
				}
			}
			return false
		}
		return col == uc-1 || col == uc+1 || col == uc+2 && signs(uc+1) || col == uc-2 && signs(uc-1)
	}
	// a target caption over descriptions, no target among them (绩效标准 |
	// 反映…情况), and right of it a column the header leaves unknown or
	// blank that holds the targets (two thirds typed: 2280次, >92%, among
	// 不超预算), or anywhere the numbers before a unit column: that column
	// is the target, the captioned one the description
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
				pair := numbers(j) && (k == ctNumber || k == ctValue || k == ctWeight)
				// (left of the captioned column, right of the names, where
				// that column holds no target at all)
				left := j < v && g.idx[cName] >= 0 && col > g.columnOf(row, g.idx[cName], f) && p.cells >= 2
				if !pair && (kv != ctName && !left || j < v && !left || k != ctValue && k != ctNone || q.cells < 2 || q.typed*3 < q.cells*2) {
					continue
				}
				g.idx[cValue], g.cols[cValue] = -1, 0
				if g.idx[cDesc] < 0 {
					g.idx[cDesc], g.cols[cDesc], g.labels[cDesc] = v, row[v].Pos.Col, g.labels[cValue]
				}
				guessed(cValue, j, layout.Clean(row[j].Text), k)
				break
			}
		}
	}
	// no target caption: the numbers' column beside the unit is the
	// target, whatever it holds (sentences where no number is written;
	// numbers adding up to 100, which beside their units are no weights)
	if g.idx[cValue] < 0 && len(g.regions) == 0 {
		for j := range row {
			if k := f.content(g.columnOf(row, j, f)); numbers(j) && !slices.Contains([]content{ctEmpty, ctBlock, ctSerial,
				ctComparator, ctDirection, ctUnit, ctLevel1, ctLevel2}, k) {
				guessed(cValue, j, layout.Clean(row[j].Text), k)
				break
			}
		}
	}
	for i := range row {
		text, ok := open(i)
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
		if c == cNone || g.idx[c] >= 0 || c == cValue && areas >= 2 && text != "" {
			continue
		}
		guessed(c, i, text, k)
	}
	for i := range row {
		text, ok := open(i)
		if !ok {
			continue
		}
		col := g.columnOf(row, i, f)
		if col < 0 {
			continue
		}
		p, k := f.profile(col), f.content(col)
		switch {
		case (k == ctNone || k == ctLevel1) && g.idx[cLevel2] < 0 && g.rightOf(row, g.idx[cLevel1], i, f) && p.labels*10 >= p.cells*9:
			// level labels right of the level 1 (实施效果指标 | 产出指标,
			// 监督检查指标): the level 2
			guessed(cLevel2, i, text, ctLevel2)
		case (k == ctNone || k == ctValue) && g.idx[cName] < 0 && g.afterLevels(row, i, f) &&
			p.levels*2 < p.cells && (p.typed+p.numbers)*2 < p.cells:
			// texts of every kind right after the levels, no typed
			// targets among most ("立项程序规范性" reads as qualitative)
			guessed(cName, i, text, ctName)
		case (k == ctNone || k == ctValue) && g.idx[cName] < 0 && g.idx[cLevel1] < 0 && g.idx[cLevel2] < 0 && g.idx[cValue] >= 0 &&
			col < g.columnOf(row, g.idx[cValue], f) && (text == "" || e.lx.isBlockLabel(labelKey(text))) &&
			p.cells >= 2 && p.levels*2 < p.cells && (p.typed+p.numbers)*2 < p.cells && len(p.distinct)*4 >= p.cells*3:
			// a flat list with no level columns: distinct texts left of
			// the target, few of them level words ("促进社会和谐") and few
			// targets, under a blank caption or the bare 指标, name the
			// indicators
			guessed(cName, i, text, ctName)
		case k == ctValue && p.typed+p.numbers == 0 && g.idx[cValue] >= 0 && g.idx[cDesc] < 0 && g.rightOf(row, g.idx[cName], i, f):
			guessed(cDesc, i, text, ctName) // words right of the names, the target elsewhere (达到预计值)
		case k == ctNone && g.idx[cValue] < 0 && areas == 0 && (p.typed+p.numbers)*2 >= p.cells && p.levels == 0 &&
			(g.rightOf(row, g.idx[cName], i, f) || g.rightOf(row, g.idx[cDesc], i, f)) && !g.otherTargets(row, i, f, open):
			// right of the names, half or more typed targets among
			// sentences (显著提升了…), and no other column of targets: the
			// target
			guessed(cValue, i, text, ctValue)
		}
		if g.idx[cValue] < 0 || !slices.Contains([]content{ctValue, ctNumber, ctWeight}, k) {
			continue
		}
		// a self-evaluation (a weight or score column beside the target):
		// targets right of the target are its results; bare numbers adding
		// up to at most 100 are the weight before the score, the score
		// after the weight
		selfEval := g.idx[cWeight] >= 0 || g.idx[cScore] >= 0 || g.idx[cActual] >= 0
		small := p.numbers > 0 && p.numbers == p.cells && !p.sum.GreaterThan(decimal.NewFromInt(100))
		switch {
		case !selfEval:
		case g.idx[cActual] < 0 && g.rightOf(row, g.idx[cValue], i, f) && !small:
			guessed(cActual, i, text, k)
		case small && g.idx[cWeight] < 0 && g.idx[cScore] >= 0 && col < g.columnOf(row, g.idx[cScore], f):
			// (one column of numbers beside the results alone may be
			// either: it stays unplaced)
			guessed(cWeight, i, text, ctWeight)
		case small && g.idx[cScore] < 0 && g.idx[cWeight] >= 0 && col > g.columnOf(row, g.idx[cWeight], f):
			guessed(cScore, i, text, k)
		case small && g.idx[cScore] < 0 && g.idx[cWeight] < 0 && (text == "" || decimalPrefix(text) == len(text)):
			// a column of points whose caption stands higher in the table
			// (自评得分 over the form's right edge, the grid's own header
			// cell the block's points: 50)
			if c := e.captionAbove(row, i); c == cScore || c == cWeight {
				guessed(c, i, text, k)
			}
		}
	}
	// no name column placed, by header or content, and no description:
	// a 二级指标 caption over names and nothing else (no level label or
	// level word among them) names the indicators, the grid has no level 2
	if l2 := g.idx[cLevel2]; l2 >= 0 && g.idx[cName] < 0 && g.idx[cDesc] < 0 && e.lx.onlyNames(f.profile(g.columnOf(row, l2, f))) {
		g.idx[cName], g.cols[cName], g.labels[cName] = l2, g.cols[cLevel2], g.labels[cLevel2]
		g.idx[cLevel2], g.cols[cLevel2] = -1, 0
		e.warn(row[l2].Pos, diag.HeaderGuessed, layout.Clean(row[l2].Text), ctName.key(), columnName(cName))
	}
	return placed
}

// captionAbove reads the caption of header cell i's column written higher
// in the same table: a self-evaluation's column of points down the form's
// right edge (自评得分, then 100 | 20 | 20 beside the blocks above the grid).
// Every cell between the caption and the header is a bare number or
// blank. Where the reader gives no positions, the column is the rows' last
// cell, for a header cell that is its row's last. It returns the score or
// weight column the caption names, else cNone.
func (e *extractor) captionAbove(row []layout.Cell, i int) gridColumn {
	col := row[i].Pos.Col
	if col == 0 && i != len(row)-1 {
		return cNone
	}
	for r := len(e.above) - 1; r >= 0; r-- {
		above := e.above[r]
		if len(above) == 0 {
			continue
		}
		c := &above[len(above)-1]
		if col > 0 {
			c = nil
			for k := range above {
				if above[k].Pos.Col <= col && col < above[k].Pos.Col+max(above[k].ColSpan, 1) {
					c = &above[k]
					break
				}
			}
			if c == nil || c.ColSpan > 1 {
				return cNone // a row that ends before the column, or a cell across it
			}
		}
		s := layout.Clean(c.Text)
		if c.Merged || s == "" || decimalPrefix(s) == len(s) {
			continue
		}
		if len(s) > 30 {
			return cNone
		}
		switch g := e.lx.gridLabel(labelKey(s)); g {
		case cScore, cWeight:
			return g
		}
		return cNone
	}
	return cNone
}

// onlyNames tells a column of names and nothing else: two or more
// distinct texts, no target or number, none shaped as a level label (…指标),
// none a bare word of the taxonomy (数量, 决策) and none holding a level-2
// word (数量, 社会, 服务对象): 资金到位率, 预算支出进度 under 二级指标 with no
// 三级指标 beside.
func (lx *lexicon) onlyNames(p *profile) bool {
	if p.cells < 2 || p.typed+p.numbers > 0 || p.values*2 >= p.cells || len(p.distinct)*4 < p.cells*3 {
		return false
	}
	for s := range p.distinct {
		key := stripParens(labelKey(s))
		if looksLikeLevel(s) {
			return false
		}
		for _, w := range lx.v.Level2Words {
			if strings.Contains(key, w) {
				return false
			}
		}
		for _, fs := range [][]vocab.Family{lx.v.Taxonomy.Level1, lx.v.Taxonomy.Level2} {
			for _, f := range fs {
				if key == f.Stem {
					return false
				}
			}
		}
	}
	return true
}

// namesUnderLevel reads a level-2 column's profile l and a description
// column's d: l holds distinct short texts, at most a third shaped as
// level labels, no target or number; d holds sentences (half or more end
// with 。 or ？), on average at least twice as long. Then l holds the
// indicators' names, d what they mean.
func namesUnderLevel(l, d *profile) bool {
	if l.cells < 2 || d.cells < 2 || l.labels*3 > l.cells || l.typed+l.numbers > 0 || len(l.distinct)*4 < l.cells*3 {
		return false
	}
	avg := func(p *profile) int {
		n := 0
		for s := range p.distinct {
			n += utf8.RuneCountInString(s)
		}
		return n / len(p.distinct)
	}
	ended := 0
	for s := range d.distinct {
		if strings.HasSuffix(s, "。") || strings.HasSuffix(s, "？") || strings.HasSuffix(s, "?") {
			ended++
		}
	}
	return ended*2 >= len(d.distinct) && avg(d) >= 2*avg(l)
}

// afterLevels reports whether header cell i stands right after the
// deepest level column placed (二级指标, else 一级指标), before the target
// when it is placed: where a grid writes its indicators' names.
func (g *gridState) afterLevels(row []layout.Cell, i int, f *frame) bool {
	deepest := g.idx[cLevel2]
	if deepest < 0 {
		deepest = g.idx[cLevel1]
	}
	if v := g.idx[cValue]; v >= 0 && g.columnOf(row, v, f) <= g.columnOf(row, i, f) {
		return false
	}
	return g.rightOf(row, deepest, i, f)
}

// otherTargets reports whether an open header cell other than i stands
// over a column of targets or numbers.
func (g *gridState) otherTargets(row []layout.Cell, i int, f *frame, open func(int) (string, bool)) bool {
	for j := range row {
		if j == i {
			continue
		}
		if _, ok := open(j); !ok {
			continue
		}
		if k := f.content(g.columnOf(row, j, f)); k == ctValue || k == ctNumber {
			return true
		}
	}
	return false
}

// rightOf reports whether header cell i stands right of header cell j,
// with no column between them.
func (g *gridState) rightOf(row []layout.Cell, j, i int, f *frame) bool {
	if j < 0 {
		return false
	}
	at, next := g.columnOf(row, j, f), g.columnOf(row, i, f)
	if at < 0 || next < 0 {
		return false
	}
	if f.positioned {
		at += max(row[j].ColSpan, 1) - 1
	}
	return next == at+1
}

// columnName names a grid column in a warning: its key in the vocabulary
// (half_year), a term of diag's catalogue.
func columnName(c gridColumn) string {
	for name, col := range columnNames {
		if col == c {
			return name
		}
	}
	return "nothing"
}

// blockColumns notes the unknown header cells whose column holds one block
// label or nothing (a label merged down over the grid, or cut short: "绩").
func (g *gridState) blockColumns(row []layout.Cell, f *frame, unknown []int) {
	for _, i := range unknown {
		if slices.Contains(g.idx[:], i) {
			continue
		}
		if k := f.content(g.columnOf(row, i, f)); k == ctBlock || k == ctEmpty {
			g.blocks = append(g.blocks, i)
		}
	}
}
