package pdf

import (
	"math"
	"unicode/utf16"
)

// Glyph is one shown character in page space (points, y up).
type Glyph struct {
	// Text is the character's text: usually one rune, several for a
	// ligature or an ActualText span, "" when the font has no map for it.
	Text string
	// X, Y is the glyph's origin on the baseline; W its advance along the
	// baseline; Size the font size, all in page space.
	X, Y, W, Size float64
	// Rotated is set for text that does not run left to right upright.
	Rotated bool
}

// Rule is a ruling line in page space: horizontal (Y0 == Y1) or vertical
// (X0 == X1), drawn as a stroked segment or a thin filled rectangle; T is
// its thickness.
type Rule struct {
	X0, Y0, X1, Y1, T float64
}

// Content is what a page shows, in drawing order.
type Content struct {
	Glyphs []Glyph
	Rules  []Rule
	// Images counts the images drawn (XObjects and inline).
	Images int
	// Unmapped counts glyphs whose font gave no text.
	Unmapped int
}

type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (m applied first).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

type rect struct{ x0, y0, x1, y1 float64 }

func (a rect) intersect(b rect) rect {
	return rect{math.Max(a.x0, b.x0), math.Max(a.y0, b.y0), math.Min(a.x1, b.x1), math.Min(a.y1, b.y1)}
}

type gstate struct {
	ctm                  matrix
	clip                 rect
	lineWidth            float64
	strokeWhite          bool
	fillWhite            bool
	font                 *font
	size, tc, tw, th, tl float64
	rise                 float64
}

type segment struct {
	x0, y0, x1, y1 float64
}

type subpath struct {
	pts    [][2]float64
	curved bool
	closed bool
}

// interp runs content streams of one page.
type interp struct {
	r      *Reader
	out    *Content
	gs     gstate
	stack  []gstate
	path   []subpath
	clipOp bool
	tm     matrix
	tlm    matrix
	marked []int // start glyph of an ActualText span, or -1 per open marked content
	actual []string
	depth  int
	forms  int   // forms drawn on this page
	err    error // the first limit hit
}

// Content interprets the page's content streams (and the forms they
// draw) into glyphs and rules.
func (r *Reader) Content(p Page) (*Content, error) {
	in := &interp{r: r, out: &Content{}}
	ctm, w, h := pageMatrix(p)
	in.gs = gstate{ctm: ctm, clip: rect{0, 0, w, h}, lineWidth: 1, th: 1}
	var ops []Object
	switch c := r.Resolve(p.Dict["Contents"]).(type) {
	case *Stream:
		b, err := r.Decode(c)
		if err != nil {
			return nil, err
		}
		in.run(b, p.Resources, &ops)
	case Array:
		// The streams of an array are one content stream split at token
		// boundaries: each is decoded (and charged) and interpreted in
		// turn, the operands carried across, never concatenated.
		for _, x := range c {
			if in.err != nil {
				break
			}
			if s, ok := r.Resolve(x).(*Stream); ok {
				b, err := r.Decode(s)
				if err != nil {
					return nil, err
				}
				in.run(b, p.Resources, &ops)
			}
		}
	}
	if in.err != nil {
		return nil, in.err
	}
	return in.out, nil
}

// pageMatrix maps user space to the page as shown: the box's lower left
// corner at 0, 0 and /Rotate applied (clockwise). It returns the shown
// width and height too.
func pageMatrix(p Page) (matrix, float64, float64) {
	x0, y0, x1, y1 := p.Box[0], p.Box[1], p.Box[2], p.Box[3]
	switch p.Rotate {
	case 90:
		return matrix{0, -1, 1, 0, -y0, x1}, y1 - y0, x1 - x0
	case 180:
		return matrix{-1, 0, 0, -1, x1, y1}, x1 - x0, y1 - y0
	case 270:
		return matrix{0, 1, -1, 0, y1, -x0}, y1 - y0, x1 - x0
	}
	return matrix{1, 0, 0, 1, -x0, -y0}, x1 - x0, y1 - y0
}

// Size returns the page's shown width and height in points.
func (p Page) Size() (float64, float64) {
	_, w, h := pageMatrix(p)
	return w, h
}

// maxOperands bounds the operand stack; maxFormDepth the nesting of forms.
const (
	maxOperands  = 4096
	maxFormDepth = 12
	maxForms     = 1000
)

// run interprets one content stream; ops holds the operands read so far
// (a stream of a /Contents array may end before its operator). It stops
// at the first limit hit (in.err).
func (in *interp) run(data []byte, res Dict, ops *[]Object) {
	l := &lexer{b: data}
	for in.err == nil {
		t := l.next()
		switch t.kind {
		case tEOF:
			return
		case tKeyword:
		default:
			o := l.object(t, false, 0)
			if len(*ops) < maxOperands {
				*ops = append(*ops, o)
			}
			continue
		}
		if string(t.text) == "BI" {
			in.inlineImage(l)
		} else {
			in.op(string(t.text), *ops, res)
		}
		*ops = (*ops)[:0]
	}
}

func nums(ops []Object, n int) ([]float64, bool) {
	if len(ops) < n {
		return nil, false
	}
	v := make([]float64, n)
	for i := range v {
		f, ok := ops[len(ops)-n+i].(float64)
		if !ok {
			return nil, false
		}
		v[i] = f
	}
	return v, true
}

func (in *interp) op(name string, ops []Object, res Dict) {
	if in.pathOp(name, ops) || in.textOp(name, ops, res) {
		return
	}
	switch name {
	case "q":
		if len(in.stack) < 256 {
			in.stack = append(in.stack, in.gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			in.gs = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "cm":
		if v, ok := nums(ops, 6); ok {
			in.gs.ctm = matrix{v[0], v[1], v[2], v[3], v[4], v[5]}.mul(in.gs.ctm)
		}
	case "w":
		if v, ok := nums(ops, 1); ok {
			in.gs.lineWidth = v[0]
		}
	case "G", "g":
		if v, ok := nums(ops, 1); ok {
			in.setWhite(name == "G", v[0] >= 0.95)
		}
	case "RG", "rg":
		if v, ok := nums(ops, 3); ok {
			in.setWhite(name == "RG", v[0] >= 0.95 && v[1] >= 0.95 && v[2] >= 0.95)
		}
	case "K", "k":
		if v, ok := nums(ops, 4); ok {
			in.setWhite(name == "K", v[0] <= 0.05 && v[1] <= 0.05 && v[2] <= 0.05 && v[3] <= 0.05)
		}
	case "SC", "SCN", "sc", "scn":
		stroke := name[0] == 'S'
		white := len(ops) > 0
		for _, o := range ops {
			if f, ok := o.(float64); !ok || f < 0.95 {
				white = false
			}
		}
		in.setWhite(stroke, white && len(ops) != 4)
	case "Do":
		if len(ops) > 0 {
			if n, ok := ops[len(ops)-1].(Name); ok {
				in.xobject(n, res)
			}
		}
	case "BMC", "BDC":
		in.beginMarked(ops, res)
	case "EMC":
		in.endMarked()
	}
}

func (in *interp) setWhite(stroke, white bool) {
	if stroke {
		in.gs.strokeWhite = white
	} else {
		in.gs.fillWhite = white
	}
}

func (in *interp) inlineImage(l *lexer) {
	for {
		t := l.next()
		if t.kind == tEOF {
			return
		}
		if t.kind == tKeyword && string(t.text) == "ID" {
			break
		}
	}
	in.out.Images++
	for i := l.pos + 1; i+2 <= len(l.b); i++ {
		if l.b[i] == 'E' && l.b[i+1] == 'I' && isWhite(l.b[i-1]) && (i+2 == len(l.b) || isWhite(l.b[i+2])) {
			l.pos = i + 2
			return
		}
	}
	l.pos = len(l.b)
}

func (in *interp) xobject(n Name, res Dict) {
	xo := in.r.Dict(res["XObject"])
	s, ok := in.r.Resolve(xo[n]).(*Stream)
	if !ok {
		return
	}
	switch in.r.Resolve(s.Dict["Subtype"]) {
	case Name("Image"):
		in.out.Images++
	case Name("Form"):
		in.forms++
		if in.depth >= maxFormDepth || in.forms > maxForms {
			return
		}
		data, err := in.r.Decode(s)
		if err != nil {
			return
		}
		saved, depth := in.gs, len(in.stack)
		if m, ok := in.r.Resolve(s.Dict["Matrix"]).(Array); ok && len(m) == 6 {
			var v matrix
			for i := range v {
				v[i] = Num(in.r.Resolve(m[i]), identity[i])
			}
			in.gs.ctm = v.mul(in.gs.ctm)
		}
		if b, ok := in.r.box(s.Dict["BBox"]); ok {
			in.gs.clip = in.gs.clip.intersect(in.bbox([][2]float64{{b[0], b[1]}, {b[2], b[3]}, {b[0], b[3]}, {b[2], b[1]}}))
		}
		fres := in.r.Dict(s.Dict["Resources"])
		if fres == nil {
			fres = res
		}
		in.depth++
		var ops []Object
		in.run(data, fres, &ops)
		in.depth--
		in.gs, in.stack = saved, in.stack[:min(depth, len(in.stack))]
	}
}

// beginMarked opens marked content; a span with /ActualText replaces the
// glyphs drawn inside it by its text.
func (in *interp) beginMarked(ops []Object, res Dict) {
	start := -1
	if len(ops) >= 2 {
		var props Dict
		switch p := ops[len(ops)-1].(type) {
		case Dict:
			props = p
		case Name:
			props = in.r.Dict(in.r.Dict(res["Properties"])[p])
		}
		if s, ok := in.r.Resolve(props["ActualText"]).(String); ok {
			start = len(in.out.Glyphs)
			in.actual = append(in.actual, textString(s))
		}
	}
	if len(in.marked) < 1024 {
		in.marked = append(in.marked, start)
	}
}

func (in *interp) endMarked() {
	n := len(in.marked)
	if n == 0 {
		return
	}
	start := in.marked[n-1]
	in.marked = in.marked[:n-1]
	if start < 0 {
		return
	}
	text := in.actual[len(in.actual)-1]
	in.actual = in.actual[:len(in.actual)-1]
	if in.r.text += int64(len(text)); in.r.text > in.r.lim.MaxText && in.err == nil {
		in.err = &LimitError{Limit: "text", Max: in.r.lim.MaxText, What: "bytes of text shown"}
	}
	g := in.out.Glyphs
	if start >= len(g) {
		return
	}
	first, last := g[start], g[len(g)-1]
	first.Text = text
	if !first.Rotated {
		first.W = math.Max(first.W, last.X+last.W-first.X)
	}
	in.out.Glyphs = append(g[:start], first)
}

// textString decodes a PDF text string: UTF-16BE with a byte-order mark,
// else PDFDocEncoding (read as Latin-1).
func textString(s []byte) string {
	if len(s) >= 2 && s[0] == 0xfe && s[1] == 0xff {
		u := make([]uint16, 0, len(s)/2)
		for i := 2; i+1 < len(s); i += 2 {
			u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
		}
		return string(utf16.Decode(u))
	}
	r := make([]rune, len(s))
	for i, c := range s {
		r[i] = rune(c)
	}
	return string(r)
}
