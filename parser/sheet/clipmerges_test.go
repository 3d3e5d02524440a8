package sheet

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClipMerges: a merge is cut before a stretch of more than
// maxBareMergeRows rows without a cell, never otherwise.
func TestClipMerges(t *testing.T) {
	rowsWith := func(ns ...int) map[int]*sheetRow {
		m := map[int]*sheetRow{}
		for _, n := range ns {
			m[n] = &sheetRow{num: n}
		}
		return m
	}
	every := func(lo, hi int) []int {
		var ns []int
		for n := lo; n <= hi; n++ {
			ns = append(ns, n)
		}
		return ns
	}
	tests := []struct {
		name   string
		merge  mergeRange
		cells  []int
		wantR2 int
	}{
		{"a label over four rows", mergeRange{r1: 5, r2: 8}, []int{5, 6, 7, 8}, 8},
		{"a short merge over bare rows is kept", mergeRange{r1: 5, r2: 60}, []int{5}, 60},
		{"a label over a hundred rows with cells", mergeRange{r1: 1, r2: 100}, every(1, 100), 100},
		{"down to row 60000 below two rows", mergeRange{r1: 10, r2: 60000}, []int{10, 11, 60001}, 11},
		{"bare rows between cells in the merge", mergeRange{r1: 10, r2: 60000}, []int{10, 12, 59999}, 12},
		{"no cell in the merge at all", mergeRange{r1: 3, r2: 65536}, nil, 3},
		{"gaps within the bound are crossed", mergeRange{r1: 1, r2: 1000}, []int{1, 60, 120, 180, 1000}, 180},
	}
	for _, tt := range tests {
		s := &sheetData{merges: []mergeRange{tt.merge}}
		clipMerges(s, rowsWith(tt.cells...))
		assert.Equal(t, tt.wantR2, s.merges[0].r2, tt.name)
		assert.Equal(t, tt.merge.r1, s.merges[0].r1, tt.name)
	}
}
