package parser

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

func TestOCRFix(t *testing.T) {
	cases := []struct{ in, want string }{
		{"席出指标", "产出指标"}, // one glyph from a level name
		{"三90%", "≥90%"}, // 三 for ≥ before a number
		{"11大", "11人"},   // 大 for 人 after a number
		{"9.19万了", "9.19万元"},
		{"9.19万轧", "9.19万元"},
		{"≤4万邢", "≤4万元"},
		{"产出指标", "产出指标"}, // right already
		{"三级指标", "三级指标"}, // a header, not a value
		{"100%", "100%"},
		{"2025年工作计划", "2025年工作计划"},
		{"进一步提高", "进一步提高"},
	}
	row := make([]layout.Cell, len(cases))
	for i, c := range cases {
		row[i] = layout.Cell{Text: c.in, Pos: model.Pos{Table: 1, Row: 1, Col: i + 1, Confidence: 80}}
	}
	blocks := []layout.Block{{Table: &layout.Table{Rows: [][]layout.Cell{row}}}}
	warns := ocrFix(blocks)
	fixed := 0
	for i, c := range cases {
		assert.Equal(t, c.want, row[i].Text, c.in)
		if c.want != c.in {
			fixed++
		}
	}
	require.Len(t, warns, fixed, "each correction is a warning")
	assert.Equal(t, 1, warns[0].Source.Col)
}

// TestOCRFixRowContext: a header label one glyph from several labels is
// the one its row lacks (会级指标 beside 二级指标 and 三级指标); alone it
// stays as read, since the vocabulary cannot tell.
func TestOCRFixRowContext(t *testing.T) {
	header := []layout.Cell{{Text: "会级指标"}, {Text: "二级指标"}, {Text: "三级指标"}, {Text: "绩效指标描述"}}
	alone := []layout.Cell{{Text: "会级指标"}, {Text: "11人"}}
	warns := ocrFix([]layout.Block{{Table: &layout.Table{Rows: [][]layout.Cell{header, alone}}}})
	assert.Equal(t, "一级指标", header[0].Text)
	assert.Equal(t, "会级指标", alone[0].Text, "一级, 二级 and 三级指标 are all one glyph away")
	require.Len(t, warns, 1)
	assert.Equal(t, "OCR-CORRECTED", warns[0].Code)
}
