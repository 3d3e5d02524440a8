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
	if len(hs) < 2 || len(vs) < 2 || len(hs)*len(vs) > 4<<20 {
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
	groups := map[int][2][]int{}
	var order []int
	for i := range parent {
		root := find(i)
		gr, seen := groups[root]
		if !seen {
			order = append(order, root)
		}
		if i < len(hs) {
			gr[0] = append(gr[0], i)
		} else {
			gr[1] = append(gr[1], i-len(hs))
		}
		groups[root] = gr
	}
	var grids []*grid
	for _, root := range order {
		gr := groups[root]
		if len(gr[0]) < 2 || len(gr[1]) < 2 {
			continue
		}
		var gh []hline
		var gv []vline
		for _, i := range gr[0] {
			gh = append(gh, hs[i])
		}
		for _, j := range gr[1] {
			gv = append(gv, vs[j])
		}
		if g := buildGrid(gh, gv); g != nil {
			grids = append(grids, g)
		}
	}
	sort.SliceStable(grids, func(i, j int) bool { return grids[i].top() < grids[j].top() })
	return grids
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
