package pdf

import "math"

// maxThinRule is the thickest filled rectangle read as a rule, in points.
const maxThinRule = 3.0

// pathOp handles path construction and painting; it reports whether name
// was one of those operators.
func (in *interp) pathOp(name string, ops []Object) bool {
	switch name {
	case "m":
		if v, ok := nums(ops, 2); ok && len(in.path) < 1<<16 {
			in.path = append(in.path, subpath{pts: [][2]float64{{v[0], v[1]}}})
		}
	case "l":
		if v, ok := nums(ops, 2); ok {
			in.lineTo(v[0], v[1], false)
		}
	case "c":
		if v, ok := nums(ops, 6); ok {
			in.lineTo(v[4], v[5], true)
		}
	case "v", "y":
		if v, ok := nums(ops, 4); ok {
			in.lineTo(v[2], v[3], true)
		}
	case "h":
		if n := len(in.path); n > 0 {
			in.path[n-1].closed = true
		}
	case "re":
		if v, ok := nums(ops, 4); ok && len(in.path) < 1<<16 {
			x, y, w, h := v[0], v[1], v[2], v[3]
			in.path = append(in.path, subpath{pts: [][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}, closed: true})
		}
	case "W", "W*":
		in.clipOp = true
	case "S", "s":
		in.paint(true, false, name == "s")
	case "f", "F", "f*":
		in.paint(false, true, true)
	case "B", "B*":
		in.paint(true, true, false)
	case "b", "b*":
		in.paint(true, true, true)
	case "n":
		in.paint(false, false, false)
	default:
		return false
	}
	return true
}

func (in *interp) lineTo(x, y float64, curved bool) {
	n := len(in.path)
	if n == 0 {
		in.path = append(in.path, subpath{pts: [][2]float64{{x, y}}})
		return
	}
	sp := &in.path[n-1]
	if len(sp.pts) < 1<<16 {
		sp.pts = append(sp.pts, [2]float64{x, y})
	}
	sp.curved = sp.curved || curved
}

// paint turns the current path into rules: straight axis-aligned stroked
// segments, and filled rectangles thin enough to be lines. A pending clip
// narrows the clip rectangle to the path's bounding box.
func (in *interp) paint(stroke, fill, close bool) {
	if stroke && !in.gs.strokeWhite {
		for _, sp := range in.path {
			if sp.curved {
				continue
			}
			pts := in.device(sp.pts)
			for i := 1; i < len(pts); i++ {
				in.strokeSegment(pts[i-1], pts[i])
			}
			if (close || sp.closed) && len(pts) > 2 {
				in.strokeSegment(pts[len(pts)-1], pts[0])
			}
		}
	}
	if fill && !in.gs.fillWhite {
		for _, sp := range in.path {
			if !sp.curved {
				in.fillRect(in.device(sp.pts))
			}
		}
	}
	if in.clipOp {
		var all [][2]float64
		for _, sp := range in.path {
			all = append(all, in.device(sp.pts)...)
		}
		if len(all) > 0 {
			in.gs.clip = in.gs.clip.intersect(rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}.union(all))
		}
	}
	in.path = in.path[:0]
	in.clipOp = false
}

func (a rect) union(pts [][2]float64) rect {
	for _, p := range pts {
		a.x0, a.y0 = math.Min(a.x0, p[0]), math.Min(a.y0, p[1])
		a.x1, a.y1 = math.Max(a.x1, p[0]), math.Max(a.y1, p[1])
	}
	return a
}

func (in *interp) bbox(pts [][2]float64) rect {
	return rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}.union(in.device(pts))
}

func (in *interp) device(pts [][2]float64) [][2]float64 {
	out := make([][2]float64, len(pts))
	for i, p := range pts {
		out[i][0], out[i][1] = in.gs.ctm.apply(p[0], p[1])
	}
	return out
}

// scale is the CTM's mean scale, to size line widths.
func (in *interp) scale() float64 {
	m := in.gs.ctm
	return math.Sqrt(math.Abs(m[0]*m[3] - m[1]*m[2]))
}

func (in *interp) strokeSegment(a, b [2]float64) {
	t := math.Max(in.gs.lineWidth*in.scale(), 0.1)
	dx, dy := math.Abs(b[0]-a[0]), math.Abs(b[1]-a[1])
	switch {
	case dy < 0.5 && dx >= 0.5:
		y := (a[1] + b[1]) / 2
		in.addRule(math.Min(a[0], b[0]), y, math.Max(a[0], b[0]), y, t)
	case dx < 0.5 && dy >= 0.5:
		x := (a[0] + b[0]) / 2
		in.addRule(x, math.Min(a[1], b[1]), x, math.Max(a[1], b[1]), t)
	}
}

// fillRect adds a rule for a thin filled quadrilateral (4 corners, maybe
// closed with a fifth) whose smaller side is at most maxThinRule: an
// axis-aligned rectangle, or a border segment with bevelled ends, as
// browsers draw the inset and outset borders of a table with border="1"
// (53 55 m 53 102 l 54 102 l 54 54 l f: each corner on one of the long
// sides, at most the segment's thickness from its end).
func (in *interp) fillRect(pts [][2]float64) {
	if len(pts) == 5 && pts[4] == pts[0] {
		pts = pts[:4]
	}
	if len(pts) != 4 {
		return
	}
	r := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}.union(pts)
	w, h := r.x1-r.x0, r.y1-r.y0
	// on reports whether v is on one of the edges a or b, within tol
	on := func(v, a, b, tol float64) bool { return math.Abs(v-a) <= tol || math.Abs(v-b) <= tol }
	for _, p := range pts {
		onX := on(p[0], r.x0, r.x1, 0.01)
		onY := on(p[1], r.y0, r.y1, 0.01)
		switch {
		case onX && onY:
		case w <= maxThinRule && h > w && onX && on(p[1], r.y0, r.y1, w+0.01):
		case h <= maxThinRule && w > h && onY && on(p[0], r.x0, r.x1, h+0.01):
		default:
			return
		}
	}
	switch {
	case h <= maxThinRule && w > h:
		y := (r.y0 + r.y1) / 2
		in.addRule(r.x0, y, r.x1, y, math.Max(h, 0.1))
	case w <= maxThinRule && h > w:
		x := (r.x0 + r.x1) / 2
		in.addRule(x, r.y0, x, r.y1, math.Max(w, 0.1))
	}
}

// addRule clips a rule to the clip rectangle and keeps it if anything is
// left.
func (in *interp) addRule(x0, y0, x1, y1, t float64) {
	c := in.gs.clip
	const tol = 1.0
	if y0 == y1 {
		if y0 < c.y0-tol || y0 > c.y1+tol {
			return
		}
		x0, x1 = math.Max(x0, c.x0), math.Min(x1, c.x1)
		if x1-x0 < 0.5 {
			return
		}
	} else {
		if x0 < c.x0-tol || x0 > c.x1+tol {
			return
		}
		y0, y1 = math.Max(y0, c.y0), math.Min(y1, c.y1)
		if y1-y0 < 0.5 {
			return
		}
	}
	if len(in.out.Rules) < 1<<20 {
		in.out.Rules = append(in.out.Rules, Rule{X0: x0, Y0: y0, X1: x1, Y1: y1, T: t})
	}
}
