package sheet

import (
	"bytes"
	"github.com/perfdoc/perfdoc/internal/officetest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// sheetTexts lays a workbook out and returns every paragraph and non-empty
// cell text by its position's String.
func sheetTexts(t *testing.T, blocks []layout.Block) map[string]string {
	out := map[string]string{}
	for _, b := range blocks {
		if b.Para != nil {
			out[b.Para.Pos.String()] = b.Para.Text
			continue
		}
		for _, r := range b.Table.Rows {
			for _, c := range r {
				if c.Text != "" {
					out[c.Pos.String()] = c.Text
				}
			}
		}
	}
	return out
}

// TestXLSXCells: dates as dates (the locale's built-in format as a
// Chinese Excel shows it), numbers as their format shows them, rich
// text whole, hidden sheets skipped with a note.
func TestXLSXCells(t *testing.T) {
	f := excelize.NewFile()
	_, err := f.NewSheet("隐藏")
	require.NoError(t, err)
	require.NoError(t, f.SetCellValue("隐藏", "A1", "不该读到"))
	require.NoError(t, f.SetSheetVisible("隐藏", false))
	set := func(cell string, v any, numFmt string) {
		require.NoError(t, f.SetCellValue("Sheet1", cell, v))
		if numFmt != "" {
			st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &numFmt})
			require.NoError(t, err)
			require.NoError(t, f.SetCellStyle("Sheet1", cell, cell, st))
		}
	}
	set("A1", "预算数", "")
	set("B1", 6.1600000000000001, "0.00")
	set("C1", 3, "0.00")
	set("D1", 0.95, "0%")
	set("E1", 1234567.5, "#,##0.00")
	set("A2", time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), `yyyy"年"m"月"d"日"`)
	set("B2", 37, "")
	set("D2", time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), "")
	st14, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	require.NoError(t, err)
	require.NoError(t, f.SetCellStyle("Sheet1", "D2", "D2", st14))
	require.NoError(t, f.SetCellRichText("Sheet1", "C2", []excelize.RichTextRun{{Text: "≥"}, {Text: "90", Font: &excelize.Font{Bold: true}}, {Text: "%"}}))
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))
	blocks, notes, err := ReadXLSX(buf.Bytes(), layout.DefaultLimits)
	require.NoError(t, err)
	got := sheetTexts(t, blocks)
	for ref, want := range map[string]string{"B1": "6.16", "C1": "3.00", "D1": "95%", "E1": "1,234,567.50", "A2": "2025年12月31日", "B2": "37", "C2": "≥90%", "D2": "2025/12/31"} {
		found := false
		for pos, text := range got {
			if pos == `sheet "Sheet1", cell `+ref {
				assert.Equal(t, want, text, ref)
				found = true
			}
		}
		assert.True(t, found, "no cell %s in %v", ref, got)
	}
	assert.Equal(t, []model.Unrecognized{{Text: `hidden sheet "隐藏" skipped`, Source: model.Pos{Sheet: "隐藏"}}}, notes)
}

// TestXLSXFormulas: formulas read as their cached values; a formula
// without one is blank.
func TestXLSXFormulas(t *testing.T) {
	data := officetest.XLSXParts(t, `<sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*3</f><v>6</v></c><c r="C1" t="str"><f>"≥"&amp;A1</f><v>≥2</v></c><c r="D1"><f>A1+1</f></c><c r="E1" t="b"><v>1</v></c></row></sheetData>`, "")
	blocks, _, err := ReadXLSX(data, layout.DefaultLimits)
	require.NoError(t, err)
	require.Len(t, blocks, 1)
	require.NotNil(t, blocks[0].Table)
	var texts []string
	for _, c := range blocks[0].Table.Rows[0] {
		texts = append(texts, c.Text)
	}
	assert.Equal(t, []string{"2", "6", "≥2", "", "TRUE"}, texts)
}

// TestSheetLayout: a title merged over the table and a lone unit line
// become paragraphs; merges become spans and continuations; a blank row
// splits tables.
func TestSheetLayout(t *testing.T) {
	s := &sheetData{name: "1", cells: []sheetCell{
		{1, 1, "1.x绩效目标表"},
		{2, 1, "一级指标"}, {2, 2, "二级指标"}, {2, 3, "指标值"},
		{3, 1, "产出指标"}, {3, 2, "数量指标"}, {3, 3, "≥1人"},
		{4, 2, "质量指标"}, {4, 3, "100%"},
		{6, 3, "注：单位万元"},
	}, merges: []mergeRange{{1, 1, 1, 3}, {3, 1, 4, 1}}}
	var l sheetLayout
	require.NoError(t, l.add(s))
	require.Len(t, l.blocks, 3)
	assert.Equal(t, "1.x绩效目标表", l.blocks[0].Para.Text)
	assert.Equal(t, model.Pos{Sheet: "1", Cell: "A1", Paragraph: 1}, l.blocks[0].Para.Pos)
	tb := l.blocks[1].Table
	require.NotNil(t, tb)
	require.Len(t, tb.Rows, 3)
	assert.Equal(t, layout.Cell{Text: "产出指标", RowSpan: 2, ColSpan: 1, Pos: model.Pos{Sheet: "1", Cell: "A3", Table: 1, Row: 2, Col: 1}}, tb.Rows[1][0])
	assert.Equal(t, layout.Cell{RowSpan: 1, ColSpan: 1, Merged: true, Pos: model.Pos{Sheet: "1", Cell: "A4", Table: 1, Row: 3, Col: 1}}, tb.Rows[2][0])
	assert.Equal(t, "注：单位万元", l.blocks[2].Para.Text)
}

// TestSheetWideTables: a cell far to the right of a table is a table of
// its own, not thousands of empty cells in every row; a table wider than
// maxTableWidth is refused.
func TestSheetWideTables(t *testing.T) {
	s := &sheetData{name: "1", cells: []sheetCell{{1, 1, "项目名称"}, {1, 2, "x"}, {2, 1, "a"}, {2, 2, "b"}, {2, 16384, "远处"}}}
	var l sheetLayout
	require.NoError(t, l.add(s))
	require.Len(t, l.blocks, 2)
	assert.Len(t, l.blocks[0].Table.Rows, 2)
	assert.Len(t, l.blocks[0].Table.Rows[0], 2)
	assert.Equal(t, [][]layout.Cell{{{Text: "远处", RowSpan: 1, ColSpan: 1, Pos: model.Pos{Sheet: "1", Cell: "XFD2", Table: 2, Row: 1, Col: 1}}}}, l.blocks[1].Table.Rows)

	var wide []sheetCell
	for c := 1; c <= 2000; c += 20 {
		wide = append(wide, sheetCell{1, c, "x"}, sheetCell{2, c, "y"})
	}
	var w sheetLayout
	err := w.add(&sheetData{name: "宽", cells: wide})
	require.ErrorIs(t, err, layout.ErrTooLarge)
	assert.Contains(t, err.Error(), `sheet "宽": a table 1981 columns wide, over the limit of 1024`)
}
