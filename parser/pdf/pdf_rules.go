package pdf

import (
	"math"
	"sort"

	pdffile "github.com/perfdoc/perfdoc/parser/internal/pdf"
)

// Ruling lines of a page: merged where they draw one line (double
// borders, a cell's right edge beside the next cell's left edge, rules
// drawn in pieces), grouped into tables where they touch.

// ruleTol is how far apart (points) two rules may be and still be one
// line: double borders and a cell's right edge beside the next cell's
// left edge.
const ruleTol = 1.6

// hline is a horizontal rule at y from x0 to x1; vline a vertical rule
// at x from y0 to y1. Coordinates are top-down.
type hline struct{ y, x0, x1 float64 }
type vline struct{ x, y0, y1 float64 }

// maxRules bounds the rules of one page that are grouped into tables.
const maxRules = 1 << 16

// pageRules splits the rules of a page into horizontal and vertical ones,
// top-down (page height h), and merges those that draw one line.
func pageRules(rules []pdffile.Rule, h float64) ([]hline, []vline) {
	var hs []hline
	var vs []vline
	for _, r := range rules {
		if r.Y0 == r.Y1 {
			hs = append(hs, hline{y: h - r.Y0, x0: r.X0, x1: r.X1})
		} else {
			vs = append(vs, vline{x: r.X0, y0: h - r.Y1, y1: h - r.Y0})
		}
	}
	return mergeH(hs), mergeV(vs)
}

// mergeH merges horizontal rules within ruleTol of each other whose
// extents touch; the merged rule lies midway between the outermost ones.
func mergeH(hs []hline) []hline {
	sort.Slice(hs, func(i, j int) bool {
		if hs[i].y != hs[j].y {
			return hs[i].y < hs[j].y
		}
		return hs[i].x0 < hs[j].x0
	})
	var out []hline
	var lo, hi []float64 // per merged rule: the lowest and highest y merged
	for _, h := range hs {
		merged := false
		for k := len(out) - 1; k >= 0 && h.y-lo[k] <= ruleTol; k-- {
			o := &out[k]
			if h.x0 <= o.x1+ruleTol && h.x1 >= o.x0-ruleTol && h.y-hi[k] <= ruleTol {
				o.x0, o.x1 = math.Min(o.x0, h.x0), math.Max(o.x1, h.x1)
				hi[k] = math.Max(hi[k], h.y)
				o.y = (lo[k] + hi[k]) / 2
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, h)
			lo, hi = append(lo, h.y), append(hi, h.y)
		}
	}
	return out
}

// mergeV is mergeH for vertical rules.
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

// ruleSet is the rules of one table.
type ruleSet struct {
	hs  []hline
	vs  []vline
	box [4]float64 // x0, y0, x1, y1
}

func (s *ruleSet) add(o *ruleSet) {
	s.hs, s.vs = append(s.hs, o.hs...), append(s.vs, o.vs...)
	s.box = [4]float64{math.Min(s.box[0], o.box[0]), math.Min(s.box[1], o.box[1]), math.Max(s.box[2], o.box[2]), math.Max(s.box[3], o.box[3])}
}

func (s *ruleSet) touches(o *ruleSet) bool {
	return s.box[0] <= o.box[2]+ruleTol && o.box[0] <= s.box[2]+ruleTol && s.box[1] <= o.box[3]+ruleTol && o.box[1] <= s.box[3]+ruleTol
}

// tables groups rules into tables: rules that touch (connected
// components), then components whose boxes touch or that face each other
// (see opposite).
func tables(hs []hline, vs []vline) []*ruleSet {
	if len(hs)+len(vs) > maxRules {
		return nil
	}
	uf := newUnionFind(len(hs) + len(vs))
	for i, a := range hs {
		for j, b := range vs {
			if b.x >= a.x0-ruleTol && b.x <= a.x1+ruleTol && a.y >= b.y0-ruleTol && a.y <= b.y1+ruleTol {
				uf.union(i, len(hs)+j)
			}
		}
	}
	byRoot := map[int]*ruleSet{}
	var sets []*ruleSet
	for i := range len(hs) + len(vs) {
		root := uf.find(i)
		s := byRoot[root]
		if s == nil {
			s = &ruleSet{box: [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}}
			byRoot[root] = s
			sets = append(sets, s)
		}
		one := &ruleSet{}
		if i < len(hs) {
			h := hs[i]
			one.hs, one.box = []hline{h}, [4]float64{h.x0, h.y, h.x1, h.y}
		} else {
			v := vs[i-len(hs)]
			one.vs, one.box = []vline{v}, [4]float64{v.x, v.y0, v.x, v.y1}
		}
		s.add(one)
	}
	return joinSets(sets)
}

// joinSets merges rule sets whose boxes touch (a block of cells whose
// rules meet the rest only at a corner, or not at all once a page cut
// them) or that face each other.
func joinSets(sets []*ruleSet) []*ruleSet {
	for merged := true; merged; {
		merged = false
		for i := 0; i < len(sets) && !merged; i++ {
			for j := i + 1; j < len(sets); j++ {
				if sets[i].touches(sets[j]) || opposite(sets[i], sets[j]) {
					sets[i].add(sets[j])
					sets = append(sets[:j], sets[j+1:]...)
					merged = true
					break
				}
			}
		}
	}
	return sets
}

// opposite reports whether one of two rule sets is vertical rules only,
// one of which matches a vertical rule of the other end to end: the
// left and right borders of a tall cell that a page cut from its top
// and bottom.
func opposite(a, b *ruleSet) bool {
	if len(a.hs) > 0 && len(b.hs) > 0 || len(a.hs) == 0 && len(b.hs) == 0 {
		return false
	}
	for _, u := range a.vs {
		for _, v := range b.vs {
			if math.Abs(u.y0-v.y0) <= ruleTol && math.Abs(u.y1-v.y1) <= ruleTol && u.y1-u.y0 > 10 {
				return true
			}
		}
	}
	return false
}

// closeSides adds the borders a table does not draw: a horizontal line
// where vertical rules run past the first or last horizontal one (a
// table cut by the page's clip, as browsers print a row split across
// pages, or a table without a top or bottom border), and a vertical
// line where horizontal rules run past the outermost vertical ones (a
// table without side borders). It reports which of top and bottom it
// added.
func closeSides(s *ruleSet) (cutTop, cutBottom bool) {
	top, bot := math.Inf(1), math.Inf(-1)
	hx0, hx1 := math.Inf(1), math.Inf(-1)
	for _, h := range s.hs {
		top, bot = math.Min(top, h.y), math.Max(bot, h.y)
		hx0, hx1 = math.Min(hx0, h.x0), math.Max(hx1, h.x1)
	}
	left, right := math.Inf(1), math.Inf(-1)
	vtop, vbot := math.Inf(1), math.Inf(-1)
	for _, v := range s.vs {
		vtop, vbot = math.Min(vtop, v.y0), math.Max(vbot, v.y1)
		left, right = math.Min(left, v.x), math.Max(right, v.x)
	}
	x0, x1 := math.Min(left, hx0), math.Max(right, hx1)
	y0, y1 := math.Min(top, vtop), math.Max(bot, vbot)
	if vtop < top-3 {
		s.hs, cutTop = append(s.hs, hline{y: vtop, x0: x0, x1: x1}), true
	}
	if vbot > bot+3 {
		s.hs, cutBottom = append(s.hs, hline{y: vbot, x0: x0, x1: x1}), true
	}
	if len(s.vs) > 0 && hx0 < left-3 {
		s.vs = append(s.vs, vline{x: hx0, y0: y0, y1: y1})
	}
	if len(s.vs) > 0 && hx1 > right+3 {
		s.vs = append(s.vs, vline{x: hx1, y0: y0, y1: y1})
	}
	return cutTop, cutBottom
}

// unionFind is a disjoint-set forest over 0…n-1.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(a, b int) { u[u.find(a)] = u.find(b) }
