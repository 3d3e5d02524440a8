package sheet

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/perfdoc/perfdoc/internal/officetest"
)

// The XLSX reader is checked against excelize, an independent reader
// that stays in the module for the tests only: both must give every
// visible sheet's cells the same text.

// ourCells reads a workbook with readXLSXSheets: "sheet!A1" → text.
func ourCells(t *testing.T, data []byte) map[string]string {
	out := map[string]string{}
	_, err := readXLSXSheets(data, layout.DefaultLimits, func(s *sheetData) error {
		for _, c := range s.cells {
			out[s.name+"!"+cellRef(c.row, c.col)] = c.text
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

// oracleCells reads a workbook with excelize (GetRows, formatted values),
// its built-in dates 14 and 22 pointed at the look a Chinese Excel gives
// them (excelize draws them the en-US way).
func oracleCells(t *testing.T, data []byte) map[string]string {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	defer f.Close()
	zhBuiltinDates(t, f)
	out := map[string]string{}
	for _, name := range f.GetSheetList() {
		if vis, _ := f.GetSheetVisible(name); !vis {
			continue
		}
		rows, err := f.GetRows(name)
		require.NoError(t, err)
		for r, row := range rows {
			for c, v := range row {
				if v != "" {
					out[name+"!"+cellRef(r+1, c+1)] = cellText(v)
				}
			}
		}
	}
	return out
}

// zhBuiltinDates points the cell formats that use built-in 14 or 22 at
// custom formats of their Chinese look.
func zhBuiltinDates(t *testing.T, f *excelize.File) {
	if f.Styles == nil || f.Styles.CellXfs == nil {
		return
	}
	custom := map[int]*int{}
	for i := range f.Styles.CellXfs.Xf {
		p := f.Styles.CellXfs.Xf[i].NumFmtID
		code := map[int]string{14: "yyyy/m/d", 22: "yyyy/m/d h:mm"}[numFmtOf(p)]
		if code == "" {
			continue
		}
		id, ok := custom[*p]
		if !ok {
			st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			require.NoError(t, err)
			id = f.Styles.CellXfs.Xf[st].NumFmtID
			custom[*p] = id
		}
		f.Styles.CellXfs.Xf[i].NumFmtID = id
	}
}

func numFmtOf(p *int) int {
	if p == nil {
		return -1
	}
	return *p
}

// assertOracle compares the two readings of a workbook.
func assertOracle(t *testing.T, data []byte) {
	ours, theirs := ourCells(t, data), oracleCells(t, data)
	require.NotEmpty(t, theirs)
	for ref, want := range theirs {
		assert.Equal(t, want, ours[ref], "%s", ref)
	}
	for ref, got := range ours {
		_, ok := theirs[ref]
		assert.True(t, ok, "%s: %q only in ours", ref, got)
	}
}

// TestXLSXOracle: every workbook of testdata/office reads as excelize
// reads it.
func TestXLSXOracle(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "office", "*.xlsx"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, p := range files {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			assertOracle(t, data)
		})
	}
}

// TestXLSXOracleFormats: a workbook of numbers in the formats filings use,
// written by excelize, reads as excelize reads it.
func TestXLSXOracleFormats(t *testing.T) {
	values := []float64{6.16, 3, 0, 0.95, 1234567.891, -12.5, 46022, 46022.75, 0.125, 100}
	codes := []string{"0.00", "#,##0.00", "#,##0", "0", "0%", "0.00%", "0.0", `0.00"万元"`, `yyyy"年"m"月"d"日"`,
		"yyyy-mm-dd", "yyyy/m/d", "h:mm:ss", "@", `#,##0.00;-#,##0.00`, "[Red]0.00", `[$-804]yyyy"年"m"月"`, `0.00_ `}
	builtins := []int{1, 2, 3, 4, 9, 10, 14, 22, 49}
	f := excelize.NewFile()
	defer f.Close()
	col := 1
	style := func(st *excelize.Style) {
		id, err := f.NewStyle(st)
		require.NoError(t, err)
		for r, v := range values {
			ref := cellRef(r+1, col)
			require.NoError(t, f.SetCellFloat("Sheet1", ref, v, -1, 64))
			require.NoError(t, f.SetCellStyle("Sheet1", ref, ref, id))
		}
		col++
	}
	for _, code := range codes {
		style(&excelize.Style{CustomNumFmt: &code})
	}
	for _, id := range builtins {
		style(&excelize.Style{NumFmt: id})
	}
	require.NoError(t, f.SetCellStr("Sheet1", cellRef(20, 1), "文本 _x0041_ & <标记>"))
	require.NoError(t, f.SetCellBool("Sheet1", cellRef(20, 2), true))
	require.NoError(t, f.SetCellFormula("Sheet1", cellRef(20, 3), "1+1"))
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))
	assertOracle(t, buf.Bytes())
}

// TestLibreOfficeOracle: a workbook LibreOffice Calc writes (from an HTML
// fixture) reads as excelize reads it. It runs only where LibreOffice is
// installed, and not with -short.
func TestLibreOfficeOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("converting with LibreOffice takes seconds")
	}
	dir := t.TempDir()
	officetest.Soffice(t, dir, filepath.Join("..", "..", "testdata"), "HTML (StarCalc)", "xlsx", "budget-2026.html")
	data, err := os.ReadFile(filepath.Join(dir, "budget-2026.xlsx"))
	require.NoError(t, err)
	assertOracle(t, data)
}
