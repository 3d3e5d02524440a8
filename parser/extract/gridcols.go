package extract

import (
	"slices"

	"github.com/perfdoc/perfdoc/parser/layout"
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
// Each column's profile is decided once: the rules ask about the same
// columns again and again, and nothing is added to a profile once its
// frame is built (were it, add would clear the decision).
func (f *frame) content(k int) content {
	if f == nil || k < 0 || k >= len(f.prof) || f.rows == 0 {
		return ctNone
	}
	p := &f.prof[k]
	if p.decided == 0 {
		p.decided = 1 + p.decide()
	}
	return p.decided - 1
}

// profile returns column k's profile (0-based), an empty one outside the
// frame: a header row can reach past the widest row under it.
func (f *frame) profile(k int) *profile {
	if f == nil || k < 0 || k >= len(f.prof) {
		return &profile{}
	}
	return &f.prof[k]
}

// bodyMemo is what gridBody and gridRows read from one rest of a table:
// the rules under a header ask for the same rows again while they read
// its row (the frame, the span and slot readings, the placement of names
// and targets). The rows of a table are never changed in place, so the
// rows after one row are read once; another row's rest starts elsewhere
// or is shorter.
type bodyMemo struct {
	rest       [][]layout.Cell // e.rest when body was read; nil when none was
	body, rows [][]layout.Cell // gridBody's rows; gridRows', once rowsRead
	rowsRead   bool
}

// of reports whether m was read from rest.
func (m *bodyMemo) of(rest [][]layout.Cell) bool {
	return len(rest) > 0 && len(m.rest) == len(rest) && &m.rest[0] == &rest[0]
}

// gridBody returns the rows under a header that the first pass reads: up
// to a row naming another project, a second header continuation skipped.
// The slice is shared (bodyMemo): callers read it, and an append copies.
func (e *extractor) gridBody() [][]layout.Cell {
	if e.body.of(e.rest) {
		return e.body.body
	}
	out := slices.Clip(e.readGridBody())
	e.body = bodyMemo{rest: e.rest, body: out}
	return out
}

// gridRows returns the rows under a header up to the grid's tail:
// beforeTail of gridBody, as the header's frame reads them.
func (e *extractor) gridRows() [][]layout.Cell {
	body := e.gridBody()
	if len(e.rest) == 0 {
		return e.beforeTail(body, 1)
	}
	if !e.body.rowsRead {
		e.body.rows, e.body.rowsRead = slices.Clip(e.beforeTail(body, 1)), true
	}
	return e.body.rows
}

// readGridBody reads the rows gridBody returns.
func (e *extractor) readGridBody() [][]layout.Cell {
	var out [][]layout.Cell
	base := e.marks.at(e.rest)
	for k, row := range e.rest {
		if len(out) == maxProfileRows {
			break
		}
		if e.marks.mark(base, k, markLabels, func() bool { return e.labelsOnly(row) }) {
			continue // a header's second row, or a repeated header
		}
		if e.marks.mark(base, k, markEnds, func() bool { return e.namesProject(row) || e.endsTable(row) }) {
			break
		}
		out = append(out, row)
	}
	return out
}

// rowMarks is what readGridBody found of the rows of one table, row by
// row: each header tried reads the rows under it, and the rows under the
// next header are most of the same. A row's marks are pure functions of
// its cells, which no rule changes in place.
type rowMarks struct {
	rows  [][]layout.Cell // the table's rows; nil outside a table
	marks []uint8         // by row: the tests asked, and their answers
}

// The tests of a row rowMarks keeps, each with its answer in the next
// bit: labelsOnly, and namesProject or endsTable.
const (
	markLabels = 1 << iota
	markLabelsYes
	markEnds
	markEndsYes
)

// start begins the marks of a table of rows (nil: none).
func (m *rowMarks) start(rows [][]layout.Cell) {
	m.rows = rows
	m.marks = slices.Grow(m.marks[:0], len(rows))[:len(rows)]
	clear(m.marks)
}

// at returns the index in the table of rest's first row, -1 when rest is
// not the end of the table's rows.
func (m *rowMarks) at(rest [][]layout.Cell) int {
	n := len(m.rows) - len(rest)
	if len(rest) == 0 || n < 0 || &m.rows[n] != &rest[0] {
		return -1
	}
	return n
}

// mark returns test's answer for the row k rows from base (test read once
// per row; each time where base is -1).
func (m *rowMarks) mark(base, k int, asked uint8, test func() bool) bool {
	if base < 0 {
		return test()
	}
	i := base + k
	if m.marks[i]&asked == 0 {
		m.marks[i] |= asked
		if test() {
			m.marks[i] |= asked << 1
		}
	}
	return m.marks[i]&(asked<<1) != 0
}

// labelsOnly reports whether every text of row is a grid header.
func (e *extractor) labelsOnly(row []layout.Cell) bool {
	n := 0
	for i := range row {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		if len(s) > 90 || e.lx.gridLabel(e.lx.key(s)) == cNone {
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
	_, _, title := e.lx.projectTitle(s)
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
			text := layout.Clean(r[i].Text)
			f.prof[k].add(text, e.classOf(text))
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
	key := e.lx.key(layout.Clean(row[i].Text))
	return e.lx.isTotalLabel(key) || e.lx.isSubtotal(key)
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

// levelsUnderOneCaption settles a level caption that spans two columns of
// the rows while no caption names the other level (评价内容 or 二级指标 over
// 产出目标 | 数量目标), or a caption no synonym table knows spanning them
// while none names a level (指标 over 产出指标 | 数量指标): where each cell of
// the span's first column is a level-1 word and each of its second a
// level-2 word and no level-1 word, the first is level 1 and the second
// level 2. Before, the caption stood over its first column only, and the
// level-1 words were read as level 2 (or level 2 was not read).
func (g *gridState) levelsUnderOneCaption(row []layout.Cell, f *frame, d *headerCells) {
	if !f.positioned {
		return
	}
	for _, c := range []gridColumn{cLevel1, cLevel2} {
		i, other := g.idx[c], cLevel1+cLevel2-c
		if i >= 0 && g.idx[other] < 0 && levelPair(row, f, i) {
			g.bothLevels(row, i, g.labels[c])
			return
		}
	}
	if g.idx[cLevel1] >= 0 || g.idx[cLevel2] >= 0 {
		return
	}
	if i := g.claim(d, func(i int) bool { return levelPair(row, f, i) }); i >= 0 {
		g.bothLevels(row, i, compactLabel(layout.Clean(row[i].Text)))
	}
}

// levelPair reports whether header cell i spans two columns, the first
// holding a level-1 word in each of its cells (which may be shaped as
// level 2 too: 产出目标), the second level-2 words only, as many.
func levelPair(row []layout.Cell, f *frame, i int) bool {
	from := row[i].Pos.Col
	if row[i].ColSpan != 2 || from < 1 {
		return false
	}
	p1, p2 := f.profile(from-1), f.profile(from)
	return p1.cells > 0 && p1.level1 == p1.cells && p2.cells >= p1.cells && p2.level2 == p2.cells && p2.level1 == 0
}

// bothLevels places levels 1 and 2 under header cell i's two columns.
func (g *gridState) bothLevels(row []layout.Cell, i int, label string) {
	from := row[i].Pos.Col
	g.idx[cLevel1], g.cols[cLevel1], g.labels[cLevel1] = i, from, label
	g.idx[cLevel2], g.cols[cLevel2], g.labels[cLevel2] = i, from+1, label
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
