package pdf

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNumbered: a PDF line begins a list item as the extractor numbers
// items (layout.ListNumber) — an amount or a word that starts with a
// numeral does not.
func TestNumbered(t *testing.T) {
	for s, want := range map[string]bool{
		"2.社会效益": true, "2、社会效益": true, "（二）项目目标": true, "(3)群众满意": true, "一、概述": true, "①覆盖率": true,
		"1.5万元/人": false, "2025年度": false, "十分满意": false, "十十十、": false, "一.概述": false, "项目": false, "": false,
	} {
		assert.Equal(t, want, numbered(s), "%q", s)
	}
}
