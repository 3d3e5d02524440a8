package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// writeTables writes a workbook of the tables given, by name.
func writeTables(t *testing.T, names []string, cols []column, rows [][]any) []byte {
	wb, err := newWorkbook()
	require.NoError(t, err)
	for _, n := range names {
		require.NoError(t, wb.table(n, cols, rows))
	}
	var b bytes.Buffer
	require.NoError(t, wb.write(&b))
	return b.Bytes()
}

// TestWorkbookReadBack: the writer's SpreadsheetML read back by excelize —
// sheets, a frozen header, filters, column widths, landscape pages one
// wide, text that stays text (never a formula, escapes kept), numbers
// written from their decimals and shown with their unit.
func TestWorkbookReadBack(t *testing.T) {
	texts := []string{"=1+1", "+86 10", "-5", "@SUM(A1)", "0012", "_x0041_", "a\x00b\x1b[2J", "<&>\"'", " 前后空格 ", "两\n行"}
	var rows [][]any
	for i, s := range texts {
		rows = append(rows, []any{s, i, amount{decimal.RequireFromString("2.025"), "万元"}, delta{decimal.RequireFromString("-0.4"), "万元"}, percent(decimal.RequireFromString("-19.8")), nil})
	}
	cols := []column{{"文本", 20}, {"数", 8}, {"金额", 14}, {"增减", 14}, {"比例", 10}, {"", 6}}
	long := strings.Repeat("很长的名字", 7)
	data := writeTables(t, []string{"表[1]", "表[1]", long}, cols, rows)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	defer f.Close()
	sheets := f.GetSheetList()
	require.Equal(t, []string{"表_1_", "表_1_ (2)", string([]rune(long)[:31])}, sheets, "names Excel accepts")
	for _, sheet := range sheets {
		panes, err := f.GetPanes(sheet)
		require.NoError(t, err)
		assert.True(t, panes.Freeze, sheet)
		assert.Equal(t, 1, panes.YSplit)
		layout, err := f.GetPageLayout(sheet)
		require.NoError(t, err)
		assert.Equal(t, "landscape", *layout.Orientation)
		assert.Equal(t, 1, *layout.FitToWidth)
		w, err := f.GetColWidth(sheet, "C")
		require.NoError(t, err)
		assert.Equal(t, 14.0, w)
	}
	filters := 0
	for _, n := range f.GetDefinedName() {
		if n.Name == "_xlnm._FilterDatabase" {
			filters++
			assert.Contains(t, n.RefersTo, "!$A$1:$F$11")
		}
	}
	assert.Equal(t, 3, filters, "a filter range on every sheet")
	want := []string{"=1+1", "+86 10", "-5", "@SUM(A1)", "0012", "_x0041_", "ab[2J", `<&>"'`, " 前后空格 ", "两\n行"}
	for i := range texts {
		ref := cellName(i+2, 1)
		typ, err := f.GetCellType(sheets[0], ref)
		require.NoError(t, err)
		assert.Equal(t, excelize.CellTypeSharedString, typ, ref)
		v, err := f.GetCellValue(sheets[0], ref)
		require.NoError(t, err)
		assert.Equal(t, want[i], v, ref)
		formula, err := f.GetCellFormula(sheets[0], ref)
		require.NoError(t, err)
		assert.Empty(t, formula, ref)
	}
	shown, err := f.GetRows(sheets[0])
	require.NoError(t, err)
	assert.Equal(t, []string{"文本", "数", "金额", "增减", "比例"}, shown[0])
	assert.Equal(t, []string{"0012", "4", "2.03 万元", "-0.40 万元", "-19.8%"}, shown[5])
	raw, err := f.GetCellValue(sheets[0], "C2", excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	assert.Equal(t, "2.025", raw, "the amount's decimal, not a float's digits")
	typ, err := f.GetCellType(sheets[0], "C2")
	require.NoError(t, err)
	assert.Equal(t, excelize.CellTypeUnset, typ, "a number")
	header, err := f.GetCellStyle(sheets[0], "A1")
	require.NoError(t, err)
	st, err := f.GetStyle(header)
	require.NoError(t, err)
	assert.True(t, st.Font.Bold)
	assert.Equal(t, data, writeTables(t, []string{"表[1]", "表[1]", long}, cols, rows), "the same bytes")
}
