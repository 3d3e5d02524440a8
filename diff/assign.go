package diff

import "math"

// maxAssignment solves the assignment problem on a score matrix (rows: old
// projects, columns: new ones) for the largest total score with the
// Hungarian algorithm, O(n³). It returns, for each row, its column or -1.
// The choice is global: a project is not taken by the first candidate that
// scores well if another pairing is better overall.
func maxAssignment(score [][]float64) []int {
	rows := len(score)
	if rows == 0 {
		return nil
	}
	cols := len(score[0])
	n := max(rows, cols)
	// cost matrix, square, minimise (1 - score); padding costs 1
	cost := make([][]float64, n+1)
	for i := range cost {
		cost[i] = make([]float64, n+1)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= n; j++ {
			c := 1.0
			if i <= rows && j <= cols {
				c = 1 - score[i-1][j-1]
			}
			cost[i][j] = c
		}
	}
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	p := make([]int, n+1)
	way := make([]int, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, n+1)
		used := make([]bool, n+1)
		for j := range minv {
			minv[j] = math.Inf(1)
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], math.Inf(1), 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				cur := cost[i0][j] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
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
		for {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
			if j0 == 0 {
				break
			}
		}
	}
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	for j := 1; j <= n; j++ {
		if i := p[j]; i >= 1 && i <= rows && j <= cols {
			out[i-1] = j - 1
		}
	}
	return out
}
