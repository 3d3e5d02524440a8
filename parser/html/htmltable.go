package html

import (
	"bytes"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Span limits: real tables have a few dozen columns; the budget bounds the
// grid a hostile table can make the reader lay out.
const (
	maxRowSpan   = 1000
	maxColSpan   = 64
	maxSpanMarks = 1 << 18
)

// htmlTable is an open <table>: its cells as they come, laid out when it
// closes.
type htmlTable struct {
	index int // Pos.Table: 1-based among top-level tables, 0 inside a cell
	at    int // its element's index in the reader's stack
	row   int // the stack index of the open row, -1 when none
	cell  int // the stack index of the open cell, -1 when none
	rows  int // rows begun (explicit <tr> or implied by a <td>)
	// the open row group: tbody, thead, tfoot (a row implies a tbody), or 0
	section atom.Atom
	cells   []htmlCell
	// the open cell
	text             []byte
	rowspan, colspan int
	// where text and elements between rows go, and where a table inside a
	// cell writes its text
	outerCtx  htmlCtx
	outerSink *[]byte
}

// htmlCell is a cell as read: its row, collapsed text and span attributes
// (not yet capped).
type htmlCell struct {
	row, col         int // col is set by layout
	text             string
	rowspan, colspan int
}

// table returns the innermost open table, or nil.
func (h *htmlReader) table() *htmlTable {
	if n := len(h.tables); n > 0 {
		return h.tables[n-1]
	}
	return nil
}

// inTableStructure reports whether new content is between rows or cells.
func (h *htmlReader) inTableStructure() bool {
	e := h.top()
	return e != nil && e.ctx == ctxTable
}

// startTable opens a table: inside a cell a nested one whose text stays in
// the cell; between another table's rows a sibling (the other closes);
// elsewhere a top-level table.
func (h *htmlReader) startTable() {
	if t := h.table(); t != nil && t.cell < 0 && !h.captionOpen(t) {
		h.popTo(t.at)
	}
	ctx, sink := h.context()
	if ctx == ctxText {
		h.convertRun()
		ctx, sink = ctxFlow, &h.inline
	}
	t := &htmlTable{row: -1, cell: -1, at: len(h.stack), outerCtx: ctx, outerSink: sink}
	if ctx == ctxFlow {
		// the inline text before the table is flushed when it closes:
		// text between its rows joins it, as browsers move it there
		h.nTable++
		t.index = h.nTable
	}
	if h.push(htmlElem{tag: atom.Table, info: tagsOf(atom.Table), end: endTable, ctx: ctxTable}) {
		h.tables = append(h.tables, t)
	}
}

// convertRun turns the open elements of a text run in the flow (a <p>, a
// <span>, and what is open inside them) into containers because a table
// starts inside them: the text before each becomes a paragraph of its own,
// as it does when the element is known to hold a table from the start.
func (h *htmlReader) convertRun() {
	i := len(h.stack)
	for i > 0 && h.stack[i-1].ctx == ctxText {
		i--
	}
	if i == len(h.stack) {
		return
	}
	if h.stack[i].end == endPara {
		h.inline = append(h.inline[:0], h.block...)
		h.block = h.block[:0]
	}
	// paragraph boundaries: where each element of the run began, and
	// where its block children began and ended
	var cuts []htmlSplit
	for j := i; j < len(h.stack); j++ {
		e := &h.stack[j]
		cuts = append(cuts, htmlSplit{j, e.mark, 0})
		e.end, e.ctx, e.sink = endFlush, ctxFlow, &h.inline
	}
	n := len(h.splits)
	for n > 0 && h.splits[n-1].depth >= i {
		n--
	}
	cuts = append(cuts, h.splits[n:]...)
	h.splits = h.splits[:n]
	slices.SortStableFunc(cuts, func(a, b htmlSplit) int { return a.pos - b.pos })
	buf, prev := h.inline, 0
	for _, c := range cuts {
		if m := min(c.pos, len(buf)); m > prev {
			h.emitPara(buf[prev:m], c.level)
			prev = m
		}
	}
	h.inline = buf[:copy(buf, buf[prev:])]
}

// tableTag handles the start tags of table structure; outside a table
// they are ignored, as browsers do.
func (h *htmlReader) tableTag(a atom.Atom) {
	t := h.table()
	if t == nil || a == atom.Th && h.captionOpen(t) {
		return // (a th inside a caption is ignored, as x/net/html does)
	}
	switch a {
	case atom.Td, atom.Th:
		if t.cell >= 0 {
			h.popTo(t.cell)
		}
		if t.row < 0 {
			h.startRow(t)
		}
		h.popTo(t.row + 1)
		t.rowspan, t.colspan = h.spans()
		t.text = t.text[:0]
		h.active = append(h.active, nil) // a marker: formatting does not leak out of the cell
		t.cell = len(h.stack)
		h.push(htmlElem{tag: a, info: tagsOf(a), end: endCell, ctx: ctxCell, sink: &t.text})
	case atom.Tr:
		h.startRow(t)
	case atom.Caption:
		// a caption's text is not part of the table's grid: dropped
		h.popTo(t.at + 1)
		h.active = append(h.active, nil)
		h.discard = h.discard[:0]
		h.push(htmlElem{tag: a, info: tagsOf(a), end: endCaption, ctx: ctxCell, sink: &h.discard})
	case atom.Tbody, atom.Thead, atom.Tfoot:
		h.popTo(t.at + 1)
		t.section = a
	default: // colgroup: it ends the open row
		h.popTo(t.at + 1)
	}
}

// captionOpen reports whether t's caption is open.
func (h *htmlReader) captionOpen(t *htmlTable) bool {
	return len(h.stack) > t.at+1 && h.stack[t.at+1].tag == atom.Caption
}

func (h *htmlReader) startRow(t *htmlTable) {
	h.popTo(t.at + 1)
	if t.section == 0 {
		t.section = atom.Tbody // a row implies a tbody
	}
	t.rows++
	t.row = len(h.stack)
	h.push(htmlElem{tag: atom.Tr, info: tagsOf(atom.Tr), end: endRow, ctx: ctxTable})
}

// endTableTag handles the end tags of table structure.
func (h *htmlReader) endTableTag(t *htmlTable, a atom.Atom) {
	if t == nil || a != atom.Table && a != atom.Caption && h.captionOpen(t) {
		return
	}
	switch a {
	case atom.Table:
		h.popTo(t.at)
	case atom.Td, atom.Th:
		if t.cell >= 0 && h.stack[t.cell].tag == a {
			h.popTo(t.cell)
		}
	case atom.Tr:
		if t.row >= 0 {
			h.popTo(t.row)
		}
	case atom.Caption:
		if len(h.stack) > t.at+1 && h.stack[t.at+1].tag == atom.Caption {
			h.popTo(t.at + 1)
		}
	case atom.Tbody, atom.Thead, atom.Tfoot:
		if t.section == a {
			h.popTo(t.at + 1)
			t.section = 0
		}
	}
}

// spans reads the rowspan and colspan attributes of the current tag from
// its raw bytes, as the tokenizer splits attributes (the first of a name
// counts), without the copies TagAttr makes of every attribute.
func (h *htmlReader) spans() (rowspan, colspan int) {
	rowspan, colspan = 1, 1
	raw := h.z.Raw()
	if !hasSpanWord(raw) {
		return // most cells: no "rowspan" or "colspan" (in any case)
	}
	var seenRow, seenCol bool
	i := 1
	for i < len(raw) && !isTagSpace(raw[i]) && raw[i] != '/' && raw[i] != '>' {
		i++ // the tag name
	}
	for i < len(raw) {
		for i < len(raw) && (isTagSpace(raw[i]) || raw[i] == '/') {
			i++
		}
		if i >= len(raw) || raw[i] == '>' {
			break
		}
		k := i
		for i++; i < len(raw) && !isTagSpace(raw[i]) && raw[i] != '/' && raw[i] != '>' && raw[i] != '='; i++ {
		}
		key := raw[k:i]
		var val []byte
		val, i = attrValue(raw, i)
		switch {
		case !seenRow && bytes.EqualFold(key, []byte("rowspan")):
			rowspan, seenRow = parseSpan(val), true
		case !seenCol && bytes.EqualFold(key, []byte("colspan")):
			colspan, seenCol = parseSpan(val), true
		}
	}
	return rowspan, colspan
}

// attrValue reads "= value" (quoted or not) at raw[i:], if there is one,
// and returns it with the index after it.
func attrValue(raw []byte, i int) ([]byte, int) {
	j := i
	for j < len(raw) && isTagSpace(raw[j]) {
		j++
	}
	if j >= len(raw) || raw[j] != '=' {
		return nil, i
	}
	for j++; j < len(raw) && isTagSpace(raw[j]); j++ {
	}
	if j < len(raw) && (raw[j] == '"' || raw[j] == '\'') {
		q := raw[j]
		end := bytes.IndexByte(raw[j+1:], q)
		if end < 0 {
			return raw[j+1:], len(raw)
		}
		return raw[j+1 : j+1+end], j + 2 + end
	}
	k := j
	for j < len(raw) && !isTagSpace(raw[j]) && raw[j] != '>' {
		j++
	}
	return raw[k:j], j
}

func isTagSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

// hasSpanWord reports whether raw holds "span" in any mix of cases
// (ColSpan, ROWSPAN, colspAN): a cheap test before attributes are split.
// Setting bit 0x20 lowers ASCII letters; the few other bytes it maps onto
// letters only send a tag down the full path.
func hasSpanWord(raw []byte) bool {
	for i := 0; i+3 < len(raw); i++ {
		if raw[i]|0x20 == 's' && raw[i+1]|0x20 == 'p' && raw[i+2]|0x20 == 'a' && raw[i+3]|0x20 == 'n' {
			return true
		}
	}
	return false
}

// parseSpan reads a span attribute: anything but a positive number is 1.
func parseSpan(v []byte) int {
	if bytes.IndexByte(v, '&') >= 0 {
		v = []byte(html.UnescapeString(string(v)))
	}
	n, err := strconv.Atoi(string(bytes.TrimSpace(v)))
	if err != nil || n < 1 {
		return 1
	}
	return n
}

func (h *htmlReader) endCell(t *htmlTable) {
	var text string
	h.scratch, text = collapseLines(h.scratch, t.text)
	t.cells = append(t.cells, htmlCell{row: t.rows - 1, text: text, rowspan: t.rowspan, colspan: t.colspan})
	t.cell = -1
}

// finishTable adds a closed top-level table to the blocks; a table inside
// a cell writes its rows into the cell instead, one line a row, cells
// separated by tabs.
func (h *htmlReader) finishTable(t *htmlTable) {
	tbl := t.layout()
	if t.outerCtx == ctxCell {
		sink := t.outerSink
		for _, r := range tbl.Rows {
			*sink = append(*sink, '\n')
			for i, c := range r {
				if i > 0 {
					*sink = append(*sink, '\t')
				}
				*sink = append(*sink, c.Text...)
			}
		}
		*sink = append(*sink, '\n')
		return
	}
	h.flushInline() // text that stood between the rows comes first
	h.blocks = append(h.blocks, layout.Block{Table: tbl})
}

// layout places the cells on the grid: a cell takes the first column of
// its row that no rowspan from above covers, and each row a rowspan covers
// gets a continuation cell (Merged) at its column. Spans are capped by the
// table's size, maxColSpan and the maxSpanMarks budget.
func (t *htmlTable) layout() *layout.Table {
	// first the place and spans of each cell, and the cells of each row
	// (continuation cells included), so that all cells share one array
	perRow := make([]int, t.rows)
	var busy []int // per grid column: the first row that no rowspan above covers
	marks, r, col, total := 0, -1, 0, 0
	for i := range t.cells {
		c := &t.cells[i]
		if c.row != r {
			r, col = c.row, 0
		}
		for col < len(busy) && busy[col] > r {
			col++
		}
		rs, cs := min(c.rowspan, t.rows-r, maxRowSpan), min(c.colspan, maxColSpan)
		if marks+rs*cs > maxSpanMarks {
			rs, cs = 1, 1 // a hostile table: spans beyond the budget are ignored
		}
		marks += rs * cs
		for len(busy) < col+cs {
			busy = append(busy, 0)
		}
		for j := col; j < col+cs; j++ {
			busy[j] = max(busy[j], r+rs)
		}
		c.col, c.rowspan, c.colspan = col, rs, cs
		for k := r; k < r+rs; k++ {
			perRow[k]++
		}
		total += rs
		col += cs
	}
	all := make([]layout.Cell, 0, total)
	out := &layout.Table{Rows: make([][]layout.Cell, t.rows), Pos: model.Pos{Table: t.index, Row: 1, Col: 1}}
	for k, n := range perRow {
		out.Rows[k], all = all[:0:n], all[n:n]
	}
	for i := range t.cells {
		c := &t.cells[i]
		out.Rows[c.row] = append(out.Rows[c.row], layout.Cell{Text: c.text, RowSpan: c.rowspan, ColSpan: c.colspan, Pos: model.Pos{Table: t.index, Row: c.row + 1, Col: c.col + 1}})
		for k := c.row + 1; k < c.row+c.rowspan; k++ {
			out.Rows[k] = append(out.Rows[k], layout.Cell{RowSpan: 1, ColSpan: c.colspan, Merged: true, Pos: model.Pos{Table: t.index, Row: k + 1, Col: c.col + 1}})
		}
	}
	byCol := func(a, b layout.Cell) int { return a.Pos.Col - b.Pos.Col }
	for _, row := range out.Rows {
		if !slices.IsSortedFunc(row, byCol) {
			slices.SortStableFunc(row, byCol)
		}
	}
	return out
}

// appendHTMLText appends text with its source line breaks, tabs and
// no-break spaces turned into spaces: in HTML they are white space, and
// only <br> and block boundaries break lines. NUL bytes are dropped, as
// browsers do.
func appendHTMLText(b, s []byte) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\n' || c == '\r' || c == '\t' || c == '\f':
			b = append(append(b, s[start:i]...), ' ')
			start = i + 1
		case c == 0:
			b = append(b, s[start:i]...)
			start = i + 1
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			b = append(append(b, s[start:i]...), ' ')
			i++
			start = i + 1
		}
	}
	return append(b, s[start:]...)
}

// collapseLines folds white space inside each line (runs of spaces, tabs,
// ideographic spaces … become one space, as strings.Fields splits) and
// trims each line; line breaks ("\n" from <br> and blocks) are kept, empty
// lines dropped. It works in scratch, which it returns for reuse.
func collapseLines(scratch, s []byte) ([]byte, string) {
	out := scratch[:0]
	content, space, newline := false, false, false // in the current line
	for i := 0; i < len(s); {
		// copy a run of bytes that cannot be white space at once
		j := i
		for j < len(s) && !maybeSpace[s[j]] {
			j++
		}
		if j > i {
			if newline {
				out = append(out, '\n')
			} else if space {
				out = append(out, ' ')
			}
			newline, space, content = false, false, true
			out = append(out, s[i:j]...)
			i = j
			continue
		}
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRune(s[i:])
		}
		switch {
		case c == '\n':
			newline = newline || content
			content, space = false, false
		case isFieldSpace(c):
			space = content
		default:
			if newline {
				out = append(out, '\n')
			} else if space {
				out = append(out, ' ')
			}
			newline, space, content = false, false, true
			out = append(out, s[i:i+size]...)
		}
		i += size
	}
	return out, string(out)
}

// maybeSpace marks the bytes that may start white space: ASCII spaces and
// the lead bytes of U+0085, U+00A0, U+1680, U+2000–U+205F and U+3000.
var maybeSpace = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true, 0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}

// isFieldSpace is the white space of strings.Fields (unicode.IsSpace).
func isFieldSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
	}
	return unicode.IsSpace(r)
}
