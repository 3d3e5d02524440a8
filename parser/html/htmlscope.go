package html

import "golang.org/x/net/html/atom"

// The rules by which HTML elements close without their end tags, and end
// tags that close more, or less, than their element, as browsers apply
// them (the HTML standard's tree construction, as far as it moves text
// between paragraphs and cells).

// formControl does what the tags of forms do to open elements (a second
// <form> is ignored, <select> inside a select closes it, <input> closes
// a select, <option> closes an option) and reports whether the tag goes
// on to be opened.
func (h *htmlReader) formControl(a atom.Atom) bool {
	isSelect := func(e *htmlElem) bool { return e.tag == atom.Select }
	switch a {
	case atom.Form:
		if h.form {
			return false
		}
		h.form = true
	case atom.Select:
		return !h.closeInScope(isSelect)
	case atom.Input:
		h.closeInScope(isSelect)
	case atom.Option, atom.Optgroup:
		if h.inScope(isSelect) {
			h.impliedEnds(a == atom.Optgroup)
		} else if e := h.top(); e != nil && e.tag == atom.Option {
			h.popTo(len(h.stack) - 1)
		}
	}
	return true
}

// impliedEnds closes the elements whose end tags may be left out (p, li,
// option …) at the top of the stack.
func (h *htmlReader) impliedEnds(keepOptgroup bool) {
	for e := h.top(); e != nil; e = h.top() {
		switch e.tag {
		case atom.Dd, atom.Dt, atom.Li, atom.Option, atom.P, atom.Rb, atom.Rp, atom.Rt, atom.Rtc:
		case atom.Optgroup:
			if keepOptgroup {
				return
			}
		default:
			return
		}
		h.popTo(len(h.stack) - 1)
	}
}

// inScope reports whether an element that match accepts is open in scope.
func (h *htmlReader) inScope(match func(*htmlElem) bool) bool {
	return h.indexInScope(match) >= 0
}

// indexInScope is the stack index of the innermost element that match
// accepts, -1 when a scope boundary comes first.
func (h *htmlReader) indexInScope(match func(*htmlElem) bool) int {
	for i := len(h.stack) - 1; i >= 0; i-- {
		e := &h.stack[i]
		if match(e) {
			return i
		}
		if e.info&tagScope != 0 || e.ctx == ctxTable {
			return -1
		}
	}
	return -1
}

// endForm handles </form>: the form leaves the stack, and what is open
// inside it stays open (its end comes after theirs).
func (h *htmlReader) endForm() {
	had := h.form
	h.form = false
	i := h.indexInScope(func(e *htmlElem) bool { return e.tag == atom.Form })
	if !had || i < 0 {
		return
	}
	h.impliedEnds(false)
	if i == len(h.stack)-1 {
		h.popTo(i)
		return
	}
	h.stack[i+1].then = h.stack[i].end
	h.remove(i, i+1)
}

// implicitEnds closes what a start tag closes: an open <p> before a block,
// a heading before a heading, a list item before a list item.
func (h *htmlReader) implicitEnds(a atom.Atom, info tagInfo) {
	if info&tagClosesP != 0 {
		h.closeInScope(func(e *htmlElem) bool { return e.tag == atom.P }, atom.Button)
	}
	if headingLevelOf(a) > 0 {
		if e := h.top(); e != nil && headingLevelOf(e.tag) > 0 {
			h.popTo(len(h.stack) - 1)
		}
	}
	var match func(*htmlElem) bool
	switch a {
	case atom.Li:
		match = func(e *htmlElem) bool { return e.tag == atom.Li }
	case atom.Dd, atom.Dt:
		match = func(e *htmlElem) bool { return e.tag == atom.Dd || e.tag == atom.Dt }
	default:
		return
	}
	for i := len(h.stack) - 1; i >= 0; i-- {
		e := &h.stack[i]
		if match(e) {
			h.popTo(i)
			return
		}
		if e.info&tagSpecial != 0 && e.tag != atom.Address && e.tag != atom.Div && e.tag != atom.P {
			return
		}
	}
}

// emptyP handles </p> without an open <p>: browsers make an empty
// paragraph of it, which ends the one gathering inline.
func (h *htmlReader) emptyP() {
	ctx, sink := h.context()
	if ctx == ctxFlow {
		h.flushInline()
		return
	}
	*sink = append(*sink, '\n', '\n')
	if ctx == ctxText {
		h.splits = append(h.splits, htmlSplit{len(h.stack) - 1, len(*sink), 0})
	}
}

// closeInScope closes the innermost open element that match accepts,
// unless a scope boundary (or one of stops) comes first; it reports
// whether it did. The stops narrow the scope as the standard's button
// scope (<button>) and list item scope (<ol>, <ul>) do.
func (h *htmlReader) closeInScope(match func(*htmlElem) bool, stops ...atom.Atom) bool {
	for i := len(h.stack) - 1; i >= 0; i-- {
		e := &h.stack[i]
		if match(e) {
			h.popTo(i)
			return true
		}
		if e.info&tagScope != 0 || e.ctx == ctxTable {
			return false
		}
		for _, stop := range stops {
			if e.tag == stop {
				return false
			}
		}
	}
	return false
}

// closeInline closes an inline element (span, an unknown tag) unless a
// block opened inside it is still open: then the end tag is ignored.
func (h *htmlReader) closeInline(a atom.Atom, name []byte) {
	for i := len(h.stack) - 1; i >= 0; i-- {
		e := &h.stack[i]
		if e.tag == a && (a != 0 || e.name == string(name)) {
			h.popTo(i)
			return
		}
		if e.info&(tagSpecial|tagScope) != 0 || e.ctx == ctxTable {
			return
		}
	}
}
