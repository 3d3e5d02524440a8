package pdf

import (
	"fmt"
	"math"
	"reflect"
)

// textOp handles the text operators; it reports whether name was one.
func (in *interp) textOp(name string, ops []Object, res Dict) bool {
	if in.textStateOp(name, ops, res) {
		return true
	}
	switch name {
	case "BT":
		in.tm, in.tlm = identity, identity
	case "ET":
	case "Td", "TD":
		if v, ok := nums(ops, 2); ok {
			if name == "TD" {
				in.gs.tl = -v[1]
			}
			in.tlm = matrix{1, 0, 0, 1, v[0], v[1]}.mul(in.tlm)
			in.tm = in.tlm
		}
	case "Tm":
		if v, ok := nums(ops, 6); ok {
			in.tlm = matrix{v[0], v[1], v[2], v[3], v[4], v[5]}
			in.tm = in.tlm
		}
	case "T*":
		in.nextLine()
	case "Tj", "'", "\"":
		in.showOp(name, ops)
	case "TJ":
		if len(ops) > 0 {
			if a, ok := ops[len(ops)-1].(Array); ok {
				for _, x := range a {
					if f, ok := x.(float64); ok {
						in.advance(-f / 1000 * in.gs.size * in.gs.th)
					} else {
						in.show(x)
					}
				}
			}
		}
	default:
		return false
	}
	return true
}

// textStateOp handles the operators that set the text state (font and
// spacing); it reports whether name was one.
func (in *interp) textStateOp(name string, ops []Object, res Dict) bool {
	gs := &in.gs
	if name == "Tf" {
		if len(ops) >= 2 {
			if n, ok := ops[len(ops)-2].(Name); ok {
				gs.font = in.font(n, res)
			}
			gs.size = Num(ops[len(ops)-1], gs.size)
		}
		return true
	}
	var field *float64
	scale := 1.0
	switch name {
	case "Tc":
		field = &gs.tc
	case "Tw":
		field = &gs.tw
	case "Tz":
		field, scale = &gs.th, 0.01
	case "TL":
		field = &gs.tl
	case "Ts":
		field = &gs.rise
	default:
		return false
	}
	if v, ok := nums(ops, 1); ok {
		*field = v[0] * scale
	}
	return true
}

// showOp handles Tj, ' (next line, then show) and " (set word and
// character spacing, next line, then show).
func (in *interp) showOp(name string, ops []Object) {
	if name == "\"" {
		if v, ok := nums(ops[:max(len(ops)-1, 0)], 2); ok {
			in.gs.tw, in.gs.tc = v[0], v[1]
		}
	}
	if name != "Tj" {
		in.nextLine()
	}
	if len(ops) > 0 {
		in.show(ops[len(ops)-1])
	}
}

func (in *interp) nextLine() {
	in.tlm = matrix{1, 0, 0, 1, 0, -in.gs.tl}.mul(in.tlm)
	in.tm = in.tlm
}

func (in *interp) advance(tx float64) {
	in.tm = matrix{1, 0, 0, 1, tx, 0}.mul(in.tm)
}

func (in *interp) font(n Name, res Dict) *font {
	fd := in.r.Dict(res["Font"])
	o := fd[n]
	if ref, ok := o.(Ref); ok {
		if f, ok := in.r.fonts[ref]; ok {
			return f
		}
		f := in.r.loadFont(in.r.Dict(o))
		in.r.fonts[ref] = f
		return f
	}
	// A font given inline is cached by its dictionary: a content stream
	// that selects it again and again builds it once.
	d := in.r.Dict(o)
	if d == nil {
		return in.r.loadFont(nil)
	}
	key := reflect.ValueOf(d).UnsafePointer()
	if f, ok := in.r.inlineFonts[key]; ok {
		return f
	}
	f := in.r.loadFont(d)
	in.r.inlineFonts[key] = f
	return f
}

// maxGlyphs bounds the glyphs of one page (a dense A4 page shows some
// 5 000).
const maxGlyphs = 1 << 19

// addGlyph keeps one glyph, charging it to the page's and the document's
// glyph budgets and its text to the document's text budget; over a
// budget it records the error that ends the page.
func (in *interp) addGlyph(g Glyph) {
	r := in.r
	r.glyphs++
	r.text += int64(len(g.Text))
	switch {
	case len(in.out.Glyphs) >= maxGlyphs:
		in.err = fmt.Errorf("%w: a page shows more than %d characters", ErrTooLarge, maxGlyphs)
	case r.glyphs > r.lim.MaxGlyphs:
		in.err = &LimitError{Limit: "glyphs", Max: int64(r.lim.MaxGlyphs), What: "characters shown"}
	case r.text > r.lim.MaxText:
		in.err = &LimitError{Limit: "text", Max: r.lim.MaxText, What: "bytes of text shown"}
	default:
		in.out.Glyphs = append(in.out.Glyphs, g)
	}
}

// show draws a string: one glyph per code, advancing the text matrix.
func (in *interp) show(o Object) {
	s, ok := o.(String)
	if !ok {
		return
	}
	gs := &in.gs
	f := gs.font
	if f == nil {
		f = in.r.loadFont(nil)
		gs.font = f
	}
	f.each(s, func(c code) {
		m := in.tm.mul(gs.ctm)
		x, y := m.apply(0, gs.rise)
		w := c.width * gs.size * gs.th
		x1, y1 := m.apply(w, gs.rise)
		size := math.Abs(gs.size) * f.vscale * math.Hypot(m[2], m[3])
		rotated := math.Abs(m[1]) > 1e-3*math.Abs(m[0]) || m[0] <= 0 || math.Abs(m[2]) > 1e-3*math.Abs(m[3])
		if in.err == nil && in.visible(x, y) {
			if !c.known {
				in.out.Unmapped++
			}
			in.addGlyph(Glyph{Text: c.text, X: x, Y: y, W: math.Hypot(x1-x, y1-y), Size: size, Rotated: rotated})
		}
		tx := w + gs.tc*gs.th
		if c.space {
			tx += gs.tw * gs.th
		}
		in.advance(tx)
	})
}

func (in *interp) visible(x, y float64) bool {
	c := in.gs.clip
	const tol = 2.0
	return x >= c.x0-tol && x <= c.x1+tol && y >= c.y0-tol && y <= c.y1+tol
}
