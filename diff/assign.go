package diff

import "math"

// minAssignment solves the assignment problem for the smallest total cost
// with the Hungarian algorithm (shortest augmenting paths with potentials),
// O(n²m). cost is row-major, n rows by m columns, n ≤ m. It returns, for
// each row, its column, or -1 when n = 0. The choice is global: a project is
// not taken by the first candidate that scores well if another pairing is
// better overall.
func minAssignment(cost []float32, n, m int) []int {
	if n == 0 {
		return nil
	}
	if n > m {
		panic("BUG: diff: minAssignment with more rows than columns")
	}
	// 1-based potentials and matching, as the textbook writes it: p[j] is
	// the row (1..n) holding column j, 0 for none.
	u := make([]float64, n+1)
	v := make([]float64, m+1)
	p := make([]int, m+1)
	way := make([]int, m+1)
	minv := make([]float64, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j], used[j] = math.Inf(1), false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			row := cost[(i0-1)*m : i0*m]
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				cur := float64(row[j-1]) - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	for j := 1; j <= m; j++ {
		if i := p[j]; i >= 1 {
			out[i-1] = j - 1
		}
	}
	return out
}
