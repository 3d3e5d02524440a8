package report

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

func TestCellWidth(t *testing.T) {
	for in, want := range map[string]int{"": 0, "abc": 3, "删除（放松风险）": 16, "≥500人次": 8, "二级指标": 8, "、。": 4} {
		assert.Equal(t, want, cellWidth(in), in)
	}
	assert.Equal(t, 1, linesIn("短", 10))
	assert.Equal(t, 3, linesIn("一二三四五六七八九十", 8), "20 columns in 7 a line")
	assert.Equal(t, 2, linesIn("a\nb", 10))
}

// TestXLSXWidthsFitChinese: in the seed's diff workbook every cell's text
// fits its column by display width (a Chinese character is two columns)
// or its row is tall enough for the lines it wraps into — 删除（放松风险）
// and 二级指标 are not clipped.
func TestXLSXWidthsFitChinese(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, DiffXLSX(&b, seedDiff(t), DiffOptions{}))
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	require.NoError(t, err)
	defer f.Close()
	checked := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		require.NoError(t, err)
		for r, row := range rows {
			for c, text := range row {
				if text == "" {
					continue
				}
				col, err := excelize.ColumnNumberToName(c + 1)
				require.NoError(t, err)
				w, err := f.GetColWidth(sheet, col)
				require.NoError(t, err)
				h, err := f.GetRowHeight(sheet, r+1)
				require.NoError(t, err)
				lines := linesIn(text, w)
				assert.GreaterOrEqual(t, h, float64(15*min(lines, 27)), "%s!%s%d %q in width %v", sheet, col, r+1, text, w)
				if lines == 1 {
					assert.GreaterOrEqual(t, w, float64(cellWidth(text)), "%s!%s%d %q", sheet, col, r+1, text)
				}
				checked++
			}
		}
	}
	assert.Greater(t, checked, 100)
}
