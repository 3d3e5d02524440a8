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

// TestIndexReasonInLanguage: the folder index's 说明 column says why a
// filing has no partner in the report's language, Chinese by default.
func TestIndexReasonInLanguage(t *testing.T) {
	idx := &Index{OldDir: "old/", NewDir: "new/", Unpaired: []Unpaired{
		{Side: "new", Path: "new/a.html", Year: 2026, Reason: "no filing of this department in the old folder"},
		{Side: "old", Path: "old/b.html", Year: 2025, Reason: "no filing of this department in the new folder"}}}
	for _, tt := range []struct {
		o    DiffOptions
		want []string
	}{
		{DiffOptions{}, []string{"上年文件夹中没有该部门的文件", "本年文件夹中没有该部门的文件"}},
		{DiffOptions{Lang: English}, []string{"no filing of this department in the old folder", "no filing of this department in the new folder"}},
	} {
		for name, write := range map[string]func(*bytes.Buffer) error{
			"html":     func(b *bytes.Buffer) error { return IndexHTML(b, idx, tt.o) },
			"markdown": func(b *bytes.Buffer) error { return IndexMarkdown(b, idx, tt.o) },
			"text":     func(b *bytes.Buffer) error { return IndexText(b, idx, tt.o) },
		} {
			var b bytes.Buffer
			require.NoError(t, write(&b))
			for _, w := range tt.want {
				assert.Contains(t, b.String(), w, name)
			}
			if tt.o.Lang != English {
				assert.NotContains(t, b.String(), "no filing", name)
			}
		}
	}
}
