package html

import (
	"slices"

	"golang.org/x/net/html/atom"
)

// Formatting elements (b, font, a …) are where sloppy pages misnest tags:
// <p><b>x</p>y leaves b to wrap y too, and <font><p>x</font>y</p> moves
// the paragraph out of the font. Browsers handle both with the list of
// active formatting elements and the adoption agency algorithm of the HTML
// standard; this file does the same, as far as it changes which text ends
// up in which paragraph.

// htmlFmt is an entry of the list of active formatting elements; a nil
// entry in the list is a marker (a table cell began).
type htmlFmt struct {
	tag  atom.Atom
	name string
	open bool // its element is on the stack
}

// startFormatting opens a formatting element and puts it on the list.
func (h *htmlReader) startFormatting(a atom.Atom, name []byte, info tagInfo) {
	if a == atom.A || a == atom.Nobr {
		// a link inside a link ends the first
		if r := h.findActive(a); r != nil {
			h.endFormatting(a)
			h.removeActive(r)
		}
	}
	h.reconstruct()
	// at most three of a kind since the last marker (the Noah's Ark clause)
	n, first := 0, -1
	for i := len(h.active) - 1; i >= 0 && h.active[i] != nil; i-- {
		if h.active[i].tag == a {
			n, first = n+1, i
		}
	}
	if n >= 3 {
		h.active = append(h.active[:first], h.active[first+1:]...)
	}
	h.open(a, name, info)
	if len(h.fmts) == 0 {
		h.fmts = make([]htmlFmt, 64)
	}
	r := &h.fmts[0]
	h.fmts = h.fmts[1:]
	*r = htmlFmt{tag: a, open: true}
	if e := h.top(); e != nil && e.tag == a {
		e.fmt = r
		h.active = append(h.active, r)
	}
}

// findActive returns the last entry for tag a after the last marker.
func (h *htmlReader) findActive(a atom.Atom) *htmlFmt {
	for i := len(h.active) - 1; i >= 0 && h.active[i] != nil; i-- {
		if h.active[i].tag == a {
			return h.active[i]
		}
	}
	return nil
}

func (h *htmlReader) removeActive(r *htmlFmt) {
	for i := len(h.active) - 1; i >= 0; i-- {
		if h.active[i] == r {
			h.active = append(h.active[:i], h.active[i+1:]...)
			return
		}
	}
}

// clearToMarker forgets the formatting elements of a cell that closed.
func (h *htmlReader) clearToMarker() {
	for n := len(h.active); n > 0; n = len(h.active) {
		r := h.active[n-1]
		h.active = h.active[:n-1]
		if r == nil {
			return
		}
	}
}

// reconstruct reopens the formatting elements that a block's end closed
// before they were: their text goes on inside them.
func (h *htmlReader) reconstruct() {
	n := len(h.active)
	if n == 0 || h.active[n-1] == nil || h.active[n-1].open {
		return
	}
	i := n - 1
	for i > 0 && h.active[i-1] != nil && !h.active[i-1].open {
		i--
	}
	for ; i < n; i++ {
		r := h.active[i]
		h.open(r.tag, []byte(r.name), tagsOf(r.tag))
		if e := h.top(); e != nil && e.tag == r.tag && e.fmt == nil {
			e.fmt, r.open = r, true
		}
	}
}

// endFormatting handles the end tag of a formatting element: the adoption
// agency algorithm, reduced to what moves text between paragraphs.
func (h *htmlReader) endFormatting(a atom.Atom) {
	r := h.findActive(a)
	if r == nil {
		h.closeInline(a, nil)
		return
	}
	if !r.open {
		h.removeActive(r) // closed already
		return
	}
	// each round moves one block out of the formatting element, which goes
	// on inside the block as a clone; the last clone closes
	for round := 0; round < 8; round++ {
		f := -1
		for i := len(h.stack) - 1; i >= 0; i-- {
			e := &h.stack[i]
			if e.fmt == r {
				f = i
				break
			}
			if e.info&tagScope != 0 || e.ctx == ctxTable {
				return // not in scope: ignored
			}
		}
		if f < 0 {
			break
		}
		b := -1 // the furthest block: the first special element above it
		for j := f + 1; j < len(h.stack); j++ {
			if h.stack[j].info&tagSpecial != 0 {
				b = j
				break
			}
		}
		if b < 0 {
			h.popTo(f)
			break
		}
		h.adopt(f, b)
	}
	if !r.open {
		h.removeActive(r)
	}
}

// adopt closes the formatting element stack[f] while the block stack[b]
// above it is open: the block leaves it, and what the block holds goes on
// inside a new element of the same kind (a clone) that takes over its
// entry in the list. When the formatting element stood in the flow, the
// block becomes part of the flow: the text before it is a paragraph, and a
// block starts one of its own. When inline elements between the two are
// formatting elements themselves, the block stays inside their clones,
// that is in the run.
func (h *htmlReader) adopt(f, b int) {
	fe := h.stack[f]
	clone := htmlElem{tag: fe.tag, name: fe.name, info: fe.info, fmt: fe.fmt}
	flow := h.flowParent(f)
	for j := f + 1; j < b && flow; j++ {
		flow = h.stack[j].info&tagFormatting == 0
	}
	if !flow {
		h.remove(f, f+1)
		b--
	} else {
		h.remove(f, b)
		b = f
		h.reroot(b)
	}
	fb := &h.stack[b]
	clone.ctx, clone.sink, clone.mark = fb.ctx, fb.sink, fb.mark
	if fb.ctx == ctxFlow {
		clone.ctx, clone.mark = ctxText, 0
	}
	clone.fmt.open = true
	h.insert(b+1, clone)
}

// insert puts e on the stack at i.
func (h *htmlReader) insert(i int, e htmlElem) {
	h.stack = slices.Insert(h.stack, i, e)
	for k := range h.splits {
		if h.splits[k].depth >= i {
			h.splits[k].depth++
		}
	}
}

// remove takes stack[i:j] off the stack without closing them (their text
// stays where it is).
func (h *htmlReader) remove(i, j int) {
	for k := i; k < j; k++ {
		if r := h.stack[k].fmt; r != nil {
			r.open = false
		}
	}
	h.stack = append(h.stack[:i], h.stack[j:]...)
	out := h.splits[:0]
	for _, s := range h.splits {
		switch {
		case s.depth < i:
			out = append(out, s)
		case s.depth >= j:
			s.depth -= j - i
			out = append(out, s)
		}
	}
	h.splits = out
}

// flowParent reports whether stack[i] was opened in the flow of
// paragraphs.
func (h *htmlReader) flowParent(i int) bool {
	if i == 0 {
		return true
	}
	p := &h.stack[i-1]
	if p.ctx == ctxTable {
		return h.tables[len(h.tables)-1].outerCtx == ctxFlow
	}
	return p.ctx == ctxFlow
}

// reroot makes stack[i], so far part of a text run in the flow, an
// element of the flow: the text before it becomes a paragraph, and a block
// starts one of its own. (What a container holds stays one run: adopt
// wraps it in a clone.)
func (h *htmlReader) reroot(i int) {
	e := &h.stack[i]
	if e.ctx != ctxText || e.sink != &h.inline || e.info&(tagBlock|tagContainer) == 0 {
		return // in the flow already, or inline: it starts a run of its own
	}
	h.cutInline(e.mark, 0)
	if e.info&tagBlock != 0 {
		h.block = append(h.block[:0], h.inline...)
		h.inline = h.inline[:0]
		for j := i; j < len(h.stack); j++ {
			h.stack[j].sink = &h.block
		}
		e.end, e.ctx, e.level = endPara, ctxText, headingLevelOf(e.tag)
		return
	}
	e.end, e.ctx = endFlush, ctxFlow
}

// cutInline makes a paragraph of h.inline[:m] (a heading of the level
// given) and keeps the rest, moving the positions that point into it.
func (h *htmlReader) cutInline(m, level int) {
	m = min(max(m, 0), len(h.inline))
	h.emitPara(h.inline[:m], level)
	h.inline = h.inline[:copy(h.inline, h.inline[m:])]
	for j := range h.stack {
		if e := &h.stack[j]; e.sink == &h.inline {
			e.mark = max(e.mark-m, 0)
		}
	}
	for k := range h.splits {
		if s := &h.splits[k]; h.stack[s.depth].sink == &h.inline {
			s.pos = max(s.pos-m, 0)
		}
	}
}
