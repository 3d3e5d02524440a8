package diff

import (
	"runtime"
	"sync"

	"github.com/perfdoc/perfdoc/model"
)

// pairing is the partner of one NEW project: the index of its OLD project
// (-1 for none) and their pair score.
type pairing struct {
	old   int
	score float64
}

// align pairs the projects of old and new, one to one. What is certain is
// paired first, in linear time: a year-stripped name, or else a code stem,
// that occurs once on each side (and scores at least threshold). Only the
// rest is scored all against all and assigned globally (maxAssignment);
// pairs of the rest that score under threshold stay unpaired.
func align(olds, news []model.Project, threshold float64) []pairing {
	names := interner{}
	of := make([]features, len(olds))
	for i := range olds {
		of[i] = newFeatures(&olds[i], names)
	}
	nf := make([]features, len(news))
	for j := range news {
		nf[j] = newFeatures(&news[j], names)
	}
	pairs := make([]pairing, len(news))
	for j := range pairs {
		pairs[j].old = -1
	}
	usedOld := make([]bool, len(olds))
	pairCertain(of, nf, threshold, pairs, usedOld)

	var rows, cols []int // the rest: old and new projects still unpaired
	for i := range of {
		if !usedOld[i] {
			rows = append(rows, i)
		}
	}
	for j := range nf {
		if pairs[j].old < 0 {
			cols = append(cols, j)
		}
	}
	if len(rows) == 0 || len(cols) == 0 {
		return pairs
	}
	m := scoreRest(of, nf, rows, cols)
	for r, c := range m.assignComponents(threshold) {
		if c < 0 {
			continue
		}
		i, j := rows[r], cols[c]
		if s := pairScore(&of[i], &nf[j]); s >= threshold {
			pairs[j] = pairing{old: i, score: s}
		}
	}
	return pairs
}

// pairCertain pairs the projects whose year-stripped name is unique on both
// sides and the same, unless their code stems point elsewhere; then those
// whose code stem is unique on both sides and the same.
func pairCertain(of, nf []features, threshold float64, pairs []pairing, usedOld []bool) {
	byName := uniqueKeys(of, nf, func(f *features) string { return f.nameKey })
	byCode := uniqueKeys(of, nf, func(f *features) string { return f.code })
	codeNew := map[int]int{} // new → old, by code
	for i, j := range byCode {
		codeNew[j] = i
	}
	take := func(i, j int) {
		if usedOld[i] || pairs[j].old >= 0 {
			return
		}
		if s := pairScore(&of[i], &nf[j]); s >= threshold {
			pairs[j], usedOld[i] = pairing{old: i, score: s}, true
		}
	}
	for i, j := range byName {
		if cj, ok := byCode[i]; ok && cj != j {
			continue
		}
		if ci, ok := codeNew[j]; ok && ci != i {
			continue
		}
		take(i, j)
	}
	for i, j := range byCode {
		take(i, j)
	}
}

// uniqueKeys maps each old project to the new project that shares its key,
// where the key is non-empty and occurs exactly once on each side.
func uniqueKeys(of, nf []features, key func(*features) string) map[int]int {
	count := func(fs []features) map[string]int {
		at := make(map[string]int, len(fs)) // key → index, or -1 when repeated
		for i := range fs {
			k := key(&fs[i])
			if k == "" {
				continue
			}
			if _, seen := at[k]; seen {
				at[k] = -1
			} else {
				at[k] = i
			}
		}
		return at
	}
	oldAt, newAt := count(of), count(nf)
	out := make(map[int]int, min(len(oldAt), len(newAt)))
	for k, i := range oldAt {
		if j, ok := newAt[k]; ok && i >= 0 && j >= 0 {
			out[i] = j
		}
	}
	return out
}

// costMatrix holds 1 − score for the rows and columns of the rest, row-major,
// in float32: the score matrix is the assignment's cost matrix. When there
// are more rows than columns it is stored transposed, so that the
// assignment always runs over the shorter side.
type costMatrix struct {
	rows, cols int // of the problem as posed (old × new)
	transposed bool
	cost       []float32
}

func (m *costMatrix) score(r, c int) float64 {
	if m.transposed {
		return 1 - float64(m.cost[c*m.rows+r])
	}
	return 1 - float64(m.cost[r*m.cols+c])
}

// assignComponents assigns the rows and columns that could pair (a score
// of at least threshold) group by group: the projects linked by such
// scores, directly or through others, are assigned among themselves
// (assign), and a project that scores under threshold with every candidate
// takes no part. It returns, for each row, its column or -1. The groups are
// small where names differ, which keeps the cubic assignment off the many
// projects that only one filing has.
func (m *costMatrix) assignComponents(threshold float64) []int {
	parent := make([]int, m.rows+m.cols) // rows, then columns
	for k := range parent {
		parent[k] = k
	}
	find := func(k int) int {
		for parent[k] != k {
			parent[k] = parent[parent[k]]
			k = parent[k]
		}
		return k
	}
	const slack = 1e-6 // float32 rounding: the caller checks the exact score
	for r := range m.rows {
		for c := range m.cols {
			if m.score(r, c) >= threshold-slack {
				parent[find(r)] = find(m.rows + c)
			}
		}
	}
	groups := map[int]*[2][]int{} // root → rows, columns
	var roots []int
	for k := range parent {
		root := find(k)
		g, ok := groups[root]
		if !ok {
			g = &[2][]int{}
			groups[root] = g
			roots = append(roots, root)
		}
		if k < m.rows {
			g[0] = append(g[0], k)
		} else {
			g[1] = append(g[1], k-m.rows)
		}
	}
	out := make([]int, m.rows)
	for r := range out {
		out[r] = -1
	}
	for _, root := range roots {
		g := groups[root]
		if len(g[0]) == 0 || len(g[1]) == 0 {
			continue
		}
		sub := m.sub(g[0], g[1])
		for a, b := range sub.assign() {
			if b >= 0 {
				out[g[0][a]] = g[1][b]
			}
		}
	}
	return out
}

// sub is the cost matrix of some rows and columns.
func (m *costMatrix) sub(rows, cols []int) *costMatrix {
	s := &costMatrix{rows: len(rows), cols: len(cols), transposed: len(rows) > len(cols)}
	s.cost = make([]float32, len(rows)*len(cols))
	for a, r := range rows {
		for b, c := range cols {
			v := float32(1 - m.score(r, c))
			if s.transposed {
				s.cost[b*s.rows+a] = v
			} else {
				s.cost[a*s.cols+b] = v
			}
		}
	}
	return s
}

// assign returns, for each row, its column or -1.
func (m *costMatrix) assign() []int {
	if !m.transposed {
		return minAssignment(m.cost, m.rows, m.cols)
	}
	byCol := minAssignment(m.cost, m.cols, m.rows)
	out := make([]int, m.rows)
	for r := range out {
		out[r] = -1
	}
	for c, r := range byCol {
		if r >= 0 {
			out[r] = c
		}
	}
	return out
}

// scoreRest scores every remaining old project against every remaining new
// one, the rows spread over all cores.
func scoreRest(of, nf []features, rows, cols []int) *costMatrix {
	m := &costMatrix{rows: len(rows), cols: len(cols), transposed: len(rows) > len(cols)}
	m.cost = make([]float32, len(rows)*len(cols))
	outer, inner := len(rows), len(cols)
	if m.transposed {
		outer, inner = inner, outer
	}
	fill := func(a int) {
		line := m.cost[a*inner : (a+1)*inner]
		for b := range line {
			var i, j int
			if m.transposed { // a is a column, b a row
				i, j = rows[b], cols[a]
			} else {
				i, j = rows[a], cols[b]
			}
			line[b] = float32(1 - pairScore(&of[i], &nf[j]))
		}
	}
	workers := min(runtime.GOMAXPROCS(0), outer)
	if workers <= 1 || outer*inner < 4096 {
		for a := 0; a < outer; a++ {
			fill(a)
		}
		return m
	}
	var wg sync.WaitGroup
	next := make(chan int, workers)
	for range workers {
		wg.Go(func() {
			for a := range next {
				fill(a)
			}
		})
	}
	for a := 0; a < outer; a++ {
		next <- a
	}
	close(next)
	wg.Wait()
	return m
}
