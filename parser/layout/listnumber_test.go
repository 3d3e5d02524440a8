package layout

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestListNumber: list numbers of every form are stripped and counted;
// numbers, years and words that begin with a numeral are no list number.
func TestListNumber(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		rest string
	}{
		{"1.办公经费", 1, "办公经费"}, {"12、办公经费", 12, "办公经费"}, {"（3）办公经费", 3, "办公经费"}, {"(4)办公经费", 4, "办公经费"},
		{"①办公经费", 1, "办公经费"}, {"一、办公经费", 1, "办公经费"}, {"（十二）办公经费", 12, "办公经费"}, {"(二十三)办公经费", 23, "办公经费"},
		{"2025年度办公经费", 0, "2025年度办公经费"}, {"1.5万元", 0, "1.5万元"}, {"一流大学", 0, "一流大学"}, {"十分重要", 0, "十分重要"},
		{"1.2025年度下派选调生", 1, "2025年度下派选调生"},
		{"2、 社会效益", 2, "社会效益"}, {"(3)群众满意", 3, "群众满意"}, {"（二）项目目标", 2, "项目目标"},
		{"1.5万元/人", 0, "1.5万元/人"}, {"十十十、", 0, "十十十、"}, {"一.概述", 0, "一.概述"}, {"123456789.x", 0, "123456789.x"},
	}
	for _, tt := range tests {
		n, rest := ListNumber(tt.in)
		assert.Equal(t, tt.n, n, tt.in)
		assert.Equal(t, tt.rest, rest, tt.in)
	}
}
