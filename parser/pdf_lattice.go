package parser

import (
	"math"
	"sort"

	"github.com/perfdoc/perfdoc/parser/internal/pdf"
)

// Lattice tables: ruling lines that touch form a grid; its row and column
// lines are the distinct positions of the rules, and a grid cell merges
// with its neighbour where the rule between them is missing.

// ruleTol is how far apart (points) two rules may be and still be one
// line: double borders and a cell's right edge beside the next cell's
// left edge.
const ruleTol = 1.6

type hline struct{ y, x0, x1 float64 }
type vline struct{ x, y0, y1 float64 }

// gcell is a cell of a grid: grid rows r0…r1 and columns c0…c1
// (inclusive), and the glyphs that fall into it.
type gcell struct {
	r0, c0, r1, c1 int
	glyphs         []int
}

// grid is one lattice table on one page. Coordinates are top-down.
type grid struct {
	xs, ys []float64
	cells  []gcell
	owner  []int // per grid slot r*(len(xs)-1)+c: index into cells
}

func (g *grid) top() float64    { return g.ys[0] }
func (g *grid) bottom() float64 { return g.ys[len(g.ys)-1] }

func (g *grid) contains(x, y float64) bool {
	return x >= g.xs[0] && x <= g.xs[len(g.xs)-1] && y >= g.ys[0] && y <= g.ys[len(g.ys)-1]
}

// cellAt returns the cell holding the point, or -1.
func (g *grid) cellAt(x, y float64) int {
	c := sort.SearchFloat64s(g.xs, x) - 1
	r := sort.SearchFloat64s(g.ys, y) - 1
	nc := len(g.xs) - 1
	if c < 0 || r < 0 || c >= nc || r >= len(g.ys)-1 {
		return -1
	}
	return g.owner[r*nc+c]
}

// findGrids builds the grids of a page from its rules (page height h
// flips y to top-down).
func findGrids(rules []pdf.Rule, h float64) []*grid {
	var hs []hline
	var vs []vline
	for _, r := range rules {
		if r.Y0 == r.Y1 {
			hs = append(hs, hline{y: h - r.Y0, x0: r.X0, x1: r.X1})
		} else {
			vs = append(vs, vline{x: r.X0, y0: h - r.Y1, y1: h - r.Y0})
		}
	}
	hs, vs = mergeH(hs), mergeV(vs)
	if len(hs) < 1 || len(vs) < 2 || len(hs)*len(vs) > 4<<20 {
		return nil
	}
	// connected components of touching rules
	parent := make([]int, len(hs)+len(vs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, a := range hs {
		for j, b := range vs {
			if b.x >= a.x0-ruleTol && b.x <= a.x1+ruleTol && a.y >= b.y0-ruleTol && a.y <= b.y1+ruleTol {
				parent[find(i)] = find(len(hs) + j)
			}
		}
	}
	// components whose boxes touch are one table (a block of cells
	// whose rules meet the rest only at a corner, or not at all once a
	// page cut them)
	type comp struct {
		hs, vs []int
		box    [4]float64
	}
	byRoot := map[int]*comp{}
	var comps []*comp
	for i := range parent {
		root := find(i)
		c := byRoot[root]
		if c == nil {
			c = &comp{box: [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}}
			byRoot[root] = c
			comps = append(comps, c)
		}
		var x0, y0, x1, y1 float64
		if i < len(hs) {
			c.hs = append(c.hs, i)
			x0, y0, x1, y1 = hs[i].x0, hs[i].y, hs[i].x1, hs[i].y
		} else {
			c.vs = append(c.vs, i-len(hs))
			v := vs[i-len(hs)]
			x0, y0, x1, y1 = v.x, v.y0, v.x, v.y1
		}
		c.box = [4]float64{math.Min(c.box[0], x0), math.Min(c.box[1], y0), math.Max(c.box[2], x1), math.Max(c.box[3], y1)}
	}
	for merged := true; merged; {
		merged = false
		for i := 0; i < len(comps) && !merged; i++ {
			for j := i + 1; j < len(comps); j++ {
				a, b := comps[i], comps[j]
				if a.box[0] <= b.box[2]+ruleTol && b.box[0] <= a.box[2]+ruleTol && a.box[1] <= b.box[3]+ruleTol && b.box[1] <= a.box[3]+ruleTol ||
					opposite(a.vs, b.vs, a.hs, b.hs, vs) {
					a.hs, a.vs = append(a.hs, b.hs...), append(a.vs, b.vs...)
					a.box = [4]float64{math.Min(a.box[0], b.box[0]), math.Min(a.box[1], b.box[1]), math.Max(a.box[2], b.box[2]), math.Max(a.box[3], b.box[3])}
					comps = append(comps[:j], comps[j+1:]...)
					merged = true
					break
				}
			}
		}
	}
	var grids []*grid
	for _, c := range comps {
		var gh []hline
		var gv []vline
		for _, i := range c.hs {
			gh = append(gh, hs[i])
		}
		for _, j := range c.vs {
			gv = append(gv, vs[j])
		}
		if len(gh) < 1 || len(gv) < 2 {
			continue
		}
		gh = closeCut(gh, gv)
		if len(gh) < 2 {
			continue
		}
		if g := buildGrid(gh, gv); g != nil {
			grids = append(grids, g)
		}
	}
	sort.SliceStable(grids, func(i, j int) bool { return grids[i].top() < grids[j].top() })
	return grids
}

// opposite reports whether one of two components is vertical rules only,
// one of which matches a vertical rule of the other end to end: the
// left and right borders of a tall cell that a page cut from its top
// and bottom.
func opposite(av, bv, ah, bh []int, vs []vline) bool {
	if len(ah) > 0 && len(bh) > 0 || len(ah) == 0 && len(bh) == 0 {
		return false
	}
	for _, i := range av {
		for _, j := range bv {
			a, b := vs[i], vs[j]
			if math.Abs(a.y0-b.y0) <= ruleTol && math.Abs(a.y1-b.y1) <= ruleTol && a.y1-a.y0 > 10 {
				return true
			}
		}
	}
	return false
}

// closeCut adds a horizontal line where vertical rules run past the
// first or last horizontal one: a table cut by the page's clip (a row
// split across pages, as browsers print them) ends there.
func closeCut(hs []hline, vs []vline) []hline {
	top, bot := math.Inf(1), math.Inf(-1)
	vtop, vbot := math.Inf(1), math.Inf(-1)
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, h := range hs {
		top, bot = math.Min(top, h.y), math.Max(bot, h.y)
		x0, x1 = math.Min(x0, h.x0), math.Max(x1, h.x1)
	}
	for _, v := range vs {
		vtop, vbot = math.Min(vtop, v.y0), math.Max(vbot, v.y1)
		x0, x1 = math.Min(x0, v.x), math.Max(x1, v.x)
	}
	if vtop < top-3 {
		hs = append(hs, hline{y: vtop, x0: x0, x1: x1})
	}
	if vbot > bot+3 {
		hs = append(hs, hline{y: vbot, x0: x0, x1: x1})
	}
	return hs
}

func mergeH(hs []hline) []hline {
	sort.Slice(hs, func(i, j int) bool {
		if math.Abs(hs[i].y-hs[j].y) > ruleTol/2 {
			return hs[i].y < hs[j].y
		}
		return hs[i].x0 < hs[j].x0
	})
	var out []hline
	for _, h := range hs {
		merged := false
		for k := len(out) - 1; k >= 0 && h.y-out[k].y <= ruleTol; k-- {
			o := &out[k]
			if h.x0 <= o.x1+ruleTol && h.x1 >= o.x0-ruleTol {
				o.x0, o.x1 = math.Min(o.x0, h.x0), math.Max(o.x1, h.x1)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, h)
		}
	}
	return out
}

func mergeV(vs []vline) []vline {
	hs := make([]hline, len(vs))
	for i, v := range vs {
		hs[i] = hline{y: v.x, x0: v.y0, x1: v.y1}
	}
	hs = mergeH(hs)
	out := make([]vline, len(hs))
	for i, h := range hs {
		out[i] = vline{x: h.y, y0: h.x0, y1: h.x1}
	}
	return out
}

// cluster returns the distinct values of vs (sorted), merging values
// within ruleTol*1.5 of each other.
func cluster(vs []float64) []float64 {
	sort.Float64s(vs)
	var out []float64
	for _, v := range vs {
		if n := len(out); n > 0 && v-out[n-1] <= ruleTol*1.5 {
			continue
		}
		out = append(out, v)
	}
	return out
}

// maxGridLines bounds the rows and columns of one grid.
const maxGridLines = 4096

func buildGrid(hs []hline, vs []vline) *grid {
	var xv, yv []float64
	for _, v := range vs {
		xv = append(xv, v.x)
	}
	for _, h := range hs {
		yv = append(yv, h.y)
	}
	g := &grid{xs: cluster(xv), ys: cluster(yv)}
	nr, nc := len(g.ys)-1, len(g.xs)-1
	if nr < 1 || nc < 1 || nr > maxGridLines || nc > maxGridLines {
		return nil
	}
	// union-find over grid slots, joined where the rule between is missing
	parent := make([]int, nr*nc)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for r := 0; r < nr; r++ {
		for c := 0; c < nc; c++ {
			if c+1 < nc && !coveredV(vs, g.xs[c+1], g.ys[r], g.ys[r+1]) {
				parent[find(r*nc+c)] = find(r*nc + c + 1)
			}
			if r+1 < nr && !coveredH(hs, g.ys[r+1], g.xs[c], g.xs[c+1]) {
				parent[find(r*nc+c)] = find((r+1)*nc + c)
			}
		}
	}
	g.owner = make([]int, nr*nc)
	index := map[int]int{}
	for r := 0; r < nr; r++ {
		for c := 0; c < nc; c++ {
			root := find(r*nc + c)
			k, ok := index[root]
			if !ok {
				k = len(g.cells)
				index[root] = k
				g.cells = append(g.cells, gcell{r0: r, c0: c, r1: r, c1: c})
			}
			gc := &g.cells[k]
			gc.r0, gc.c0 = min(gc.r0, r), min(gc.c0, c)
			gc.r1, gc.c1 = max(gc.r1, r), max(gc.c1, c)
			g.owner[r*nc+c] = k
		}
	}
	return g
}

// coveredV reports whether vertical rules at x cover most of y0…y1.
func coveredV(vs []vline, x, y0, y1 float64) bool {
	var iv [][2]float64
	for _, v := range vs {
		if math.Abs(v.x-x) <= ruleTol*1.5 {
			iv = append(iv, [2]float64{v.y0, v.y1})
		}
	}
	return covered(iv, y0, y1)
}

func coveredH(hs []hline, y, x0, x1 float64) bool {
	var iv [][2]float64
	for _, h := range hs {
		if math.Abs(h.y-y) <= ruleTol*1.5 {
			iv = append(iv, [2]float64{h.x0, h.x1})
		}
	}
	return covered(iv, x0, x1)
}

// covered reports whether the intervals cover at least 60% of a…b.
func covered(iv [][2]float64, a, b float64) bool {
	sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
	total, end := 0.0, a
	for _, s := range iv {
		lo, hi := math.Max(s[0], end), math.Min(s[1], b)
		if hi > lo {
			total += hi - lo
			end = hi
		}
	}
	return total >= 0.6*(b-a)
}
