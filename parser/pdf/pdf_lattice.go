package pdf

import (
	"fmt"
	"math"
	"sort"

	pdffile "github.com/perfdoc/perfdoc/parser/internal/pdf"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Lattice tables: ruling lines that touch form a grid; its row and column
// lines are the distinct positions of the rules. A cell is a rectangle of
// grid slots bounded by rules: it grows right and down over slots where
// the rule between them is missing, but never over a rule inside it, and
// not into a row whose outer borders differ from its first row's (the
// borderless hole a page break or a converter leaves beside a merged
// cell is a cell of its own, not part of its neighbour).

// gcell is a cell of a grid: grid rows r0…r1 and columns c0…c1
// (inclusive).
type gcell struct {
	r0, c0, r1, c1 int
}

// grid is one lattice table on one page. Coordinates are top-down.
type grid struct {
	xs, ys []float64
	cells  []gcell
	owner  []int // per grid slot r*(len(xs)-1)+c: index into cells
	// openTop and openBottom tell, per column, where the top or bottom
	// line is no rule: where the vertical rules stop, or a rule under
	// some columns only. A browser's print leaves a table so where the
	// page cuts it (and so do tables drawn without that border).
	openTop, openBottom []bool
}

// open reports whether the top or bottom line is open over all of
// columns c0…c1 (with some, over one of them at least).
func open(line []bool, c0, c1 int, some bool) bool {
	for c := c0; c <= c1; c++ {
		if line[c] == some {
			return some
		}
	}
	return !some
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
// flips y to top-down), top to bottom.
func findGrids(rules []pdffile.Rule, h float64) ([]*grid, error) {
	hs, vs := pageRules(rules, h)
	if len(hs) < 1 || len(vs) < 2 {
		return nil, nil
	}
	var grids []*grid
	slots := 0
	for _, s := range tables(hs, vs) {
		if len(s.hs) < 1 || len(s.vs) < 2 {
			continue
		}
		cutTop, cutBottom := closeSides(s)
		if len(s.hs) < 2 {
			continue
		}
		if g := buildGrid(s.hs, s.vs); g != nil {
			if slots += len(g.owner); slots > maxPageSlots {
				return nil, fmt.Errorf("%w: ruled grids of more than %d cells on one page", layout.ErrTooLarge, maxPageSlots)
			}
			for c := range g.openTop {
				g.openTop[c] = g.openTop[c] || cutTop
				g.openBottom[c] = g.openBottom[c] || cutBottom
			}
			grids = append(grids, g)
		}
	}
	sort.SliceStable(grids, func(i, j int) bool { return grids[i].top() < grids[j].top() })
	return grids, nil
}

// axisTol is how close two rule positions may be and still be one grid
// line.
const axisTol = ruleTol * 1.5

// axis is the distinct positions of rules along one direction: values
// closer than axisTol to their neighbour form one position, their
// midpoint.
type axis []float64

func newAxis(vs []float64) axis {
	sort.Float64s(vs)
	var out axis
	start := 0
	for i := range vs {
		if i == len(vs)-1 || vs[i+1]-vs[i] > axisTol {
			out = append(out, (vs[start]+vs[i])/2)
			start = i + 1
		}
	}
	return out
}

// index returns the position nearest v.
func (a axis) index(v float64) int {
	i := sort.SearchFloat64s(a, v)
	if i > 0 && (i == len(a) || v-a[i-1] < a[i]-v) {
		i--
	}
	return i
}

// maxGridLines bounds the rows and columns of one grid.
const maxGridLines = 4096

// maxGridSlots bounds the row × column slots of one grid (more is no
// table a person reads: a dense page holds some thousand cells), and
// maxPageSlots those of all the grids of one page; a page over it is
// refused, the document's cells being budgeted by Limits.MaxCells.
const (
	maxGridSlots = 1 << 16
	maxPageSlots = 1 << 18
)

// ruleCoverage records which grid boundaries the rules cover: v[k][r] for
// the vertical boundary at column line k in row r, h[k][c] for the
// horizontal boundary at row line k in column c.
type ruleCoverage struct {
	v, h [][]bool
}

func buildGrid(hs []hline, vs []vline) *grid {
	var xv, yv []float64
	for _, v := range vs {
		xv = append(xv, v.x)
	}
	for _, h := range hs {
		yv = append(yv, h.y)
	}
	xs, ys := newAxis(xv), newAxis(yv)
	nr, nc := len(ys)-1, len(xs)-1
	if nr < 1 || nc < 1 || nr > maxGridLines || nc > maxGridLines || nr*nc > maxGridSlots {
		return nil
	}
	cov := ruleCoverage{v: make([][]bool, nc+1), h: make([][]bool, nr+1)}
	vint := make([][][2]float64, nc+1)
	for _, v := range vs {
		k := xs.index(v.x)
		vint[k] = append(vint[k], [2]float64{v.y0, v.y1})
	}
	for k := range cov.v {
		sortIntervals(vint[k])
		cov.v[k] = make([]bool, nr)
		for r := range nr {
			cov.v[k][r] = covered(vint[k], ys[r], ys[r+1])
		}
	}
	hint := make([][][2]float64, nr+1)
	for _, h := range hs {
		k := ys.index(h.y)
		hint[k] = append(hint[k], [2]float64{h.x0, h.x1})
	}
	for k := range cov.h {
		sortIntervals(hint[k])
		cov.h[k] = make([]bool, nc)
		for c := range nc {
			cov.h[k][c] = covered(hint[k], xs[c], xs[c+1])
		}
	}
	g := &grid{xs: xs, ys: ys, openTop: make([]bool, nc), openBottom: make([]bool, nc)}
	for c := range nc {
		g.openTop[c], g.openBottom[c] = !cov.h[0][c], !cov.h[nr][c]
	}
	g.growCells(cov)
	return g
}

// growCells makes the cells of the grid, row by row: from each free slot
// a cell grows right while no rule closes it, then down while the next
// row adds a free strip with no rule across or inside it and the same
// outer borders.
func (g *grid) growCells(cov ruleCoverage) {
	nr, nc := len(g.ys)-1, len(g.xs)-1
	g.owner = make([]int, nr*nc)
	for i := range g.owner {
		g.owner[i] = -1
	}
	for r := range nr {
		for c := range nc {
			if g.owner[r*nc+c] >= 0 {
				continue
			}
			c1 := c
			for c1+1 < nc && !cov.v[c1+1][r] && g.owner[r*nc+c1+1] < 0 {
				c1++
			}
			r1 := r
			for r1+1 < nr && g.extends(cov, r, c, c1, r1+1) {
				r1++
			}
			k := len(g.cells)
			g.cells = append(g.cells, gcell{r0: r, c0: c, r1: r1, c1: c1})
			for y := r; y <= r1; y++ {
				for x := c; x <= c1; x++ {
					g.owner[y*nc+x] = k
				}
			}
		}
	}
}

// extends reports whether the cell starting in row r0 over columns
// c0…c1 may take in row rn.
func (g *grid) extends(cov ruleCoverage, r0, c0, c1, rn int) bool {
	nc := len(g.xs) - 1
	for c := c0; c <= c1; c++ {
		if cov.h[rn][c] || g.owner[rn*nc+c] >= 0 {
			return false
		}
		if c > c0 && cov.v[c][rn] {
			return false
		}
	}
	return cov.v[c0][rn] == cov.v[c0][r0] && cov.v[c1+1][rn] == cov.v[c1+1][r0]
}

func sortIntervals(iv [][2]float64) {
	sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
}

// covered reports whether the intervals (sorted by start) cover at least
// 60% of a…b.
func covered(iv [][2]float64, a, b float64) bool {
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
