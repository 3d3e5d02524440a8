// Package html reads HTML filings into the layout from x/net/html's tokens,
// without a tree: htmltags.go what each tag is, htmlscope.go and
// htmlformat.go the browser's rules for implicit ends and misnested
// formatting, htmltable.go tables, rowspan and colspan, white space.
package html

import (
	"bytes"
	"fmt"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Read reads an HTML page (a government web page or an office export)
// into blocks, streaming its tokens: no document tree is built. Tables
// become Tables with rowspan/colspan resolved; text outside tables becomes
// Paragraphs, h1–h6 with their level. The page is read as browsers read it
// where that matters for text: <td>, <tr> and <p> close implicitly, text
// inside a table but outside its cells comes before the table, and an
// element that holds a table is a container of paragraphs, not one.
// Open elements are capped at 16 × lim.MaxDepth (512 by default).
func Read(src []byte, lim layout.Limits) ([]layout.Block, error) {
	h := &htmlReader{z: html.NewTokenizer(bytes.NewReader(src)), src: src, maxCells: lim.MaxCells, budget: layout.NewTextBudget(lim)}
	if lim.MaxDepth > 0 {
		h.maxOpen = 16 * lim.MaxDepth
	}
	for h.err == nil {
		tt := h.z.Next()
		if tt == html.ErrorToken {
			break // io.EOF: the tokenizer reads from memory
		}
		h.token(tt)
		h.offset += len(h.z.Raw())
	}
	if h.err != nil {
		return nil, h.err
	}
	h.popTo(0)
	h.flushInline()
	if h.err != nil {
		return nil, h.err
	}
	return h.blocks, nil
}

// htmlCtx is where the content of an element goes.
type htmlCtx uint8

const (
	ctxFlow  htmlCtx = iota // paragraphs: text gathers in inline, blocks end it
	ctxText                 // one text: text and line breaks go to a sink
	ctxCell                 // the text of a table cell (a ctxText of its own)
	ctxTable                // table structure: text and elements go before the table
)

// endAction is what closing an element does.
type endAction uint8

const (
	endNone    endAction = iota
	endFlush             // a container: what is inline becomes a paragraph
	endPara              // a block: its text becomes a paragraph
	endNewline           // a block inside a text: a line break
	endSkip              // content that is no text (script, style, head)
	endCell
	endRow
	endTable
	endCaption
)

// htmlElem is an open element.
type htmlElem struct {
	tag   atom.Atom
	name  string // the tag name when tag is 0 (not an HTML element)
	info  tagInfo
	end   endAction
	ctx   htmlCtx   // the context of its content
	sink  *[]byte   // where its text goes
	mark  int       // len(*sink) when it opened
	level int       // heading level of a block
	fmt   *htmlFmt  // its entry among the active formatting elements
	then  endAction // a second end action: that of a form closed inside it
}

// htmlSplit is a place in the text of a run in the flow where a block
// child of the open element stack[depth] ended or began (a heading of the
// level given): a paragraph boundary should the element turn into a
// container of paragraphs.
type htmlSplit struct{ depth, pos, level int }

type htmlReader struct {
	z        *html.Tokenizer
	src      []byte
	offset   int               // bytes of src before the current token
	maxOpen  int               // open elements allowed; 0: no limit
	cells    int               // rows and cells read
	maxCells int               // Limits.MaxCells
	budget   layout.TextBudget // paragraphs charged as they are made (Limits.MaxText)
	err      error

	blocks []layout.Block
	nTable int
	nPara  int
	inline []byte // flow text not yet in a paragraph
	block  []byte // the text of the open paragraph block (p, h1 …)
	// text that is no content: a table's caption
	discard []byte
	scratch []byte    // for collapseLines
	nameBuf [32]byte  // for tagName
	fmts    []htmlFmt // a slab of active formatting entries

	stack  []htmlElem
	tables []*htmlTable // open tables, innermost last
	skip   int          // open elements whose content is not text
	splits []htmlSplit  // where blocks inside open text runs began and ended
	active []*htmlFmt   // the active formatting elements (see htmlformat.go)
	body   bool         // content began: a <head> now is a stray tag
	form   bool         // a form was opened and not closed: another is ignored
	names  map[string]string
}

// token handles one token.
func (h *htmlReader) token(tt html.TokenType) {
	switch tt {
	case html.TextToken:
		h.text(h.z.Text())
	case html.StartTagToken, html.SelfClosingTagToken:
		name := tagName(h.z.Raw(), &h.nameBuf)
		h.startTag(atom.Lookup(name), name)
	case html.EndTagToken:
		name := tagName(h.z.Raw(), &h.nameBuf)
		h.endTag(atom.Lookup(name), name)
	}
}

// tagName reads the lower-cased name of a tag from its raw bytes as the
// tokenizer does, in buf when it must be lowered (TagName copies every
// name).
func tagName(raw []byte, buf *[32]byte) []byte {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	j, upper := i, false
	for ; j < len(raw) && !isTagSpace(raw[j]) && raw[j] != '/' && raw[j] != '>'; j++ {
		upper = upper || 'A' <= raw[j] && raw[j] <= 'Z'
	}
	name := raw[i:j]
	if !upper {
		return name
	}
	out := buf[:0]
	if len(name) > len(buf) {
		out = make([]byte, 0, len(name))
	}
	for _, c := range name {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out = append(out, c)
	}
	return out
}

// context is where new content goes: inside table structure, it goes where
// the table is (browsers move it before the table).
func (h *htmlReader) context() (htmlCtx, *[]byte) {
	n := len(h.stack)
	if n == 0 {
		return ctxFlow, &h.inline
	}
	e := &h.stack[n-1]
	if e.ctx == ctxTable {
		t := h.tables[len(h.tables)-1]
		return t.outerCtx, t.outerSink
	}
	return e.ctx, e.sink
}

func (h *htmlReader) top() *htmlElem {
	if n := len(h.stack); n > 0 {
		return &h.stack[n-1]
	}
	return nil
}

// inHeadOnly reports whether <head> is open and nothing inside it: then
// text and tags that do not belong in a head end it.
func (h *htmlReader) inHeadOnly() bool {
	e := h.top()
	return h.skip == 1 && e != nil && e.tag == atom.Head
}

func (h *htmlReader) text(s []byte) {
	if h.skip > 0 {
		if !h.inHeadOnly() || isHTMLSpace(s) {
			return
		}
		h.popTo(len(h.stack) - 1) // text ends an open head
	}
	if e := h.top(); e != nil && e.ctx == ctxTable && isHTMLSpaceOrNUL(s) {
		return // white space between rows and cells (NUL bytes are dropped first)
	}
	if !isHTMLSpace(s) {
		h.body = true
	}
	h.reconstruct()
	_, sink := h.context()
	*sink = appendHTMLText(*sink, s)
}

func (h *htmlReader) startTag(a atom.Atom, name []byte) {
	info := tagsOf(a)
	if h.skip > 0 {
		if !h.inHeadOnly() || inHead(a) {
			if info&tagVoid == 0 {
				h.push(htmlElem{tag: a, name: h.intern(a, name), end: endSkip})
			}
			return
		}
		h.popTo(len(h.stack) - 1) // any other tag ends an open head
	}
	switch {
	case a == atom.Html:
		return
	case a == atom.Body:
		h.body = true
		return
	case a == atom.Head && h.body:
		return
	case info&tagSkip != 0:
		h.push(htmlElem{tag: a, end: endSkip})
		return
	}
	h.body = true
	if !h.formControl(a) {
		return
	}
	if a == atom.Tr || a == atom.Td || a == atom.Th {
		// rows and cells are charged as they are read, before anything
		// is kept for them
		if h.cells++; h.maxCells > 0 && h.cells > h.maxCells {
			h.fail(layout.OverLimit("cells", int64(h.maxCells), "table rows and cells", "--max-cells"))
			return
		}
	}
	h.implicitEnds(a, info)
	switch {
	case a == atom.Br:
		h.reconstruct()
		h.lineBreak()
	case a == atom.Col && h.table() != nil:
		// in a table a col opens a colgroup, which ends the open cell
		// and row: the text after it is out of the grid (x/net/html)
		h.popTo(h.table().at + 1)
	case info&tagVoid != 0:
	case a == atom.Table:
		h.startTable()
	case info&tagTable != 0:
		h.tableTag(a)
	case a == atom.Form && h.inTableStructure():
		// a form between rows holds nothing
	case info&tagFormatting != 0:
		h.startFormatting(a, name, info)
	default:
		if info&(tagContainer|tagBlock|tagClosesP) == 0 {
			h.reconstruct()
		}
		h.open(a, name, info)
	}
}

// open pushes an element that is neither table structure nor void.
func (h *htmlReader) open(a atom.Atom, name []byte, info tagInfo) {
	ctx, sink := h.context()
	e := htmlElem{tag: a, name: h.intern(a, name), info: info}
	switch {
	case ctx == ctxFlow && info&tagContainer != 0:
		h.flushInline()
		e.end, e.ctx, e.sink = endFlush, ctxFlow, &h.inline
	case ctx == ctxFlow && info&tagBlock != 0:
		h.flushInline()
		h.block = h.block[:0]
		e.end, e.ctx, e.sink, e.level = endPara, ctxText, &h.block, headingLevelOf(a)
	case ctx == ctxFlow:
		// an inline element: its text joins the flow's
		e.ctx, e.sink, e.mark = ctxText, &h.inline, len(h.inline)
	case info&(tagContainer|tagBlock) != 0:
		*sink = append(*sink, '\n')
		e.end, e.ctx, e.sink, e.mark = endNewline, ctx, sink, len(*sink)
	default:
		e.ctx, e.sink, e.mark = ctx, sink, len(*sink)
	}
	h.push(e)
}

// intern returns the name of an unknown tag, one string per name.
func (h *htmlReader) intern(a atom.Atom, name []byte) string {
	if a != 0 {
		return ""
	}
	if s, ok := h.names[string(name)]; ok {
		return s
	}
	if h.names == nil {
		h.names = map[string]string{}
	}
	s := string(name)
	h.names[s] = s
	return s
}

func (h *htmlReader) push(e htmlElem) bool {
	if h.maxOpen > 0 && len(h.stack) >= h.maxOpen {
		h.fail(fmt.Errorf("%w: HTML elements nested deeper than %d", layout.ErrTooLarge, h.maxOpen))
		return false
	}
	if e.end == endSkip {
		h.skip++
	}
	h.stack = append(h.stack, e)
	return true
}

// fail stops reading with err at the current token.
func (h *htmlReader) fail(err error) {
	line := 1 + bytes.Count(h.src[:min(h.offset, len(h.src))], []byte{'\n'})
	h.err = &layout.ParseError{Pos: model.Pos{Line: line}, Offset: int64(h.offset), Err: err}
}

func (h *htmlReader) lineBreak() {
	_, sink := h.context()
	*sink = append(*sink, '\n')
}

func (h *htmlReader) endTag(a atom.Atom, name []byte) {
	if h.skip > 0 {
		for i := len(h.stack) - 1; i >= 0 && h.stack[i].end == endSkip; i-- {
			if e := &h.stack[i]; e.tag == a && (a != 0 || e.name == string(name)) {
				h.popTo(i)
				return
			}
		}
		return
	}
	t := h.table()
	switch {
	case a == atom.Html, a == atom.Body:
	case a == atom.Br:
		h.lineBreak()
	case a == atom.P:
		if !h.closeInScope(func(e *htmlElem) bool { return e.tag == atom.P }, atom.Button) {
			h.emptyP()
		}
	case a == atom.Form:
		h.endForm()
	case tagsOf(a)&tagTable != 0 || a == atom.Table:
		h.endTableTag(t, a)
	case a == atom.Li: // </li> does not reach past a list opened inside the item
		h.closeInScope(func(e *htmlElem) bool { return e.tag == atom.Li }, atom.Ol, atom.Ul)
	case headingLevelOf(a) > 0:
		h.closeInScope(func(e *htmlElem) bool { return headingLevelOf(e.tag) > 0 })
	case tagsOf(a)&tagFormatting != 0:
		h.endFormatting(a)
	case tagsOf(a)&tagSpecial != 0:
		h.closeInScope(func(e *htmlElem) bool { return e.tag == a })
	default:
		h.closeInline(a, name)
	}
}

// popTo closes the open elements from the innermost down to stack[i].
func (h *htmlReader) popTo(i int) {
	for len(h.stack) > i {
		n := len(h.stack) - 1
		e := h.stack[n]
		h.stack = h.stack[:n]
		// a container's block children stay paragraph boundaries of the
		// run it belongs to; anything else's are forgotten
		keep := e.end == endNewline && e.info&tagContainer != 0
		for k := len(h.splits) - 1; k >= 0 && h.splits[k].depth >= n; k-- {
			if keep && h.splits[k].depth == n {
				h.splits[k].depth = n - 1
			} else {
				h.splits = h.splits[:k]
			}
		}
		h.closed(&e)
	}
}

// closed does what closing e does.
func (h *htmlReader) closed(e *htmlElem) {
	if e.fmt != nil {
		e.fmt.open = false
	}
	h.endAction(e, e.end)
	if e.then != endNone {
		h.endAction(e, e.then)
	}
}

func (h *htmlReader) endAction(e *htmlElem, act endAction) {
	switch act {
	case endFlush:
		h.flushInline()
	case endPara:
		h.emitPara(h.block, e.level)
		h.block = h.block[:0]
	case endNewline:
		*e.sink = append(*e.sink, '\n')
		if p := h.top(); p != nil && p.ctx == ctxText {
			// a block child of a run in the flow
			d := len(h.stack) - 1
			h.splits = append(h.splits, htmlSplit{d, e.mark, 0}, htmlSplit{d, len(*e.sink), headingLevelOf(e.tag)})
		}
	case endSkip:
		h.skip--
	case endCell:
		h.endCell(h.table())
		h.clearToMarker()
	case endCaption:
		h.discard = h.discard[:0]
		h.clearToMarker()
	case endRow:
		h.table().row = -1
	case endTable:
		t := h.tables[len(h.tables)-1]
		h.tables = h.tables[:len(h.tables)-1]
		h.finishTable(t)
	}
}

// flushInline makes a paragraph of the inline text gathered so far.
func (h *htmlReader) flushInline() {
	h.emitPara(h.inline, 0)
	h.inline = h.inline[:0]
}

func (h *htmlReader) emitPara(text []byte, level int) {
	var t string
	h.scratch, t = collapseLines(h.scratch, text)
	if t == "" {
		return
	}
	if err := h.budget.Spend(len(t)); err != nil {
		if h.err == nil {
			h.fail(err)
		}
		return
	}
	h.nPara++
	h.blocks = append(h.blocks, layout.Block{Para: &layout.Paragraph{Text: t, Level: level, Pos: model.Pos{Paragraph: h.nPara}}})
}

// isHTMLSpace reports whether s is only HTML white space.
// isHTMLSpaceOrNUL is isHTMLSpace once NUL bytes are dropped, as the
// standard drops them from text in a table before it decides whether the
// text is foster-parented.
func isHTMLSpaceOrNUL(s []byte) bool {
	for _, c := range s {
		if c != 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return false
		}
	}
	return true
}

func isHTMLSpace(s []byte) bool {
	for _, c := range s {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return false
		}
	}
	return true
}
