package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLeadingNumber(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		rest string
	}{
		{"1.办公经费", 1, "办公经费"}, {"12、办公经费", 12, "办公经费"}, {"（3）办公经费", 3, "办公经费"}, {"(4)办公经费", 4, "办公经费"},
		{"①办公经费", 1, "办公经费"}, {"一、办公经费", 1, "办公经费"}, {"（十二）办公经费", 12, "办公经费"}, {"(二十三)办公经费", 23, "办公经费"},
		{"2025年度办公经费", 0, "2025年度办公经费"}, {"1.5万元", 0, "1.5万元"}, {"一流大学", 0, "一流大学"}, {"十分重要", 0, "十分重要"},
		{"1.2025年度下派选调生", 1, "2025年度下派选调生"},
	}
	for _, tt := range tests {
		n, rest := leadingNumber(tt.in)
		assert.Equal(t, tt.n, n, tt.in)
		assert.Equal(t, tt.rest, rest, tt.in)
	}
}
