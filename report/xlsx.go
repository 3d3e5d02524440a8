package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// workbook writes report workbooks: one table per sheet with a bold,
// frozen header row and filters on; text cells stay text (a code keeps its
// leading zeros, a cell that starts with "=" is not a formula: the writer
// never writes formulas, links or macros), amounts are numbers shown with
// their unit. The diff and check workbooks share it.
type workbook struct {
	f      *excelize.File
	header int
	text   int
	styles map[string]int // number format → style
	sheets int
}

// column is one column of a sheet.
type column struct {
	title string
	width float64
}

// amount is a number shown with a unit in a cell (2.02 shown as "2.02 万元").
type amount struct {
	d    decimal.Decimal
	unit string
}

// delta is an amount shown with its sign (+0.40 万元, -0.40 万元).
type delta amount

// percent is a number shown as a percentage with one decimal (−19.8%).
type percent decimal.Decimal

func newWorkbook() (*workbook, error) {
	f := excelize.NewFile()
	wb := &workbook{f: f, styles: map[string]int{}}
	var err error
	wb.header, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EDEDED"}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return nil, err
	}
	textFmt := "@"
	wb.text, err = f.NewStyle(&excelize.Style{CustomNumFmt: &textFmt, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	return wb, err
}

// numberStyle returns the style of a number format, made once.
func (wb *workbook) numberStyle(format string) (int, error) {
	if id, ok := wb.styles[format]; ok {
		return id, nil
	}
	id, err := wb.f.NewStyle(&excelize.Style{CustomNumFmt: &format, Alignment: &excelize.Alignment{Vertical: "top"}})
	wb.styles[format] = id
	return id, err
}

// maxCell is the most characters a spreadsheet cell holds.
const maxCell = 32767

// cell turns a value into a cell: string (cleaned, as text),
// int, amount, percent, or nil (empty).
func (wb *workbook) cell(v any) (excelize.Cell, error) {
	switch x := v.(type) {
	case nil:
		return excelize.Cell{}, nil
	case string:
		s := Clean(x)
		if utf8.RuneCountInString(s) > maxCell {
			s = string([]rune(s)[:maxCell-1]) + "…"
		}
		return excelize.Cell{StyleID: wb.text, Value: s}, nil
	case int:
		return excelize.Cell{Value: x}, nil
	case amount:
		id, err := wb.numberStyle(`#,##0.00" ` + escapeFormat(x.unit) + `"`)
		f, _ := x.d.Float64()
		return excelize.Cell{StyleID: id, Value: f}, err
	case delta:
		u := escapeFormat(x.unit)
		id, err := wb.numberStyle(`+#,##0.00" ` + u + `";-#,##0.00" ` + u + `";0.00" ` + u + `"`)
		f, _ := x.d.Float64()
		return excelize.Cell{StyleID: id, Value: f}, err
	case percent:
		id, err := wb.numberStyle(`+0.0"%";-0.0"%";0.0"%"`)
		f, _ := decimal.Decimal(x).Float64()
		return excelize.Cell{StyleID: id, Value: f}, err
	}
	return excelize.Cell{}, fmt.Errorf("report: BUG: no cell for %T", v)
}

// escapeFormat keeps a unit from ending the quoted text of a number format.
func escapeFormat(unit string) string {
	out := make([]rune, 0, len(unit))
	for _, r := range unit {
		if r != '"' && r != '\\' {
			out = append(out, r)
		}
	}
	return string(out)
}

// table adds a sheet holding one table: the header row (bold, frozen,
// with filters), then rows; it prints landscape, one page wide.
func (wb *workbook) table(name string, cols []column, rows [][]any) error {
	if wb.sheets == 0 {
		if err := wb.f.SetSheetName("Sheet1", name); err != nil {
			return err
		}
	} else if _, err := wb.f.NewSheet(name); err != nil {
		return err
	}
	wb.sheets++
	for i, c := range cols {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := wb.f.SetColWidth(name, col, col, c.width); err != nil {
			return err
		}
		ref, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := wb.setCell(name, ref, excelize.Cell{StyleID: wb.header, Value: c.title}); err != nil {
			return err
		}
	}
	for r, values := range rows {
		for i, v := range values {
			c, err := wb.cell(v)
			if err != nil {
				return err
			}
			if c.Value == nil {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(i+1, r+2)
			if err := wb.setCell(name, ref, c); err != nil {
				return err
			}
		}
	}
	if err := wb.f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(cols), len(rows)+1)
	if err := wb.f.AutoFilter(name, "A1:"+last, nil); err != nil {
		return err
	}
	landscape, one, free, fit := "landscape", 1, 0, true
	if err := wb.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return wb.f.SetPageLayout(name, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &one, FitToHeight: &free})
}

// setCell writes one cell: its value (a string stays a string, never a
// formula) and its style.
func (wb *workbook) setCell(sheet, ref string, c excelize.Cell) error {
	if err := wb.f.SetCellValue(sheet, ref, c.Value); err != nil {
		return err
	}
	if c.StyleID == 0 {
		return nil
	}
	return wb.f.SetCellStyle(sheet, ref, ref, c.StyleID)
}

// write writes the workbook as XLSX, its parts in name order so that the
// same report gives the same bytes (the spreadsheet library writes them in
// map order).
func (wb *workbook) write(w io.Writer) error {
	if err := wb.f.SetDocProps(&excelize.DocProperties{Creator: "perfdoc"}); err != nil {
		return err
	}
	var buf bytes.Buffer
	_, err := wb.f.WriteTo(&buf)
	if cerr := wb.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return sortZip(w, buf.Bytes())
}

// sortZip copies a zip archive to w with its entries sorted by name and
// no timestamps.
func sortZip(w io.Writer, data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	files := slices.Clone(zr.File)
	slices.SortFunc(files, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	zw := zip.NewWriter(w)
	for _, f := range files {
		r, err := f.Open()
		if err != nil {
			return err
		}
		out, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err == nil {
			_, err = io.Copy(out, r)
		}
		r.Close()
		if err != nil {
			return err
		}
	}
	return zw.Close()
}
