package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// workbook writes report workbooks as SpreadsheetML of our own (the parts
// are in xlsx_parts.go): one table per sheet with a bold, frozen header
// row and filters on, columns of set widths, printed landscape one page
// wide. Text cells stay text (a code keeps its leading zeros, a cell that
// starts with "=", "+", "-" or "@" is not a formula: the writer never
// writes formulas, links or macros); amounts are numbers written from
// their decimals and shown with their unit. The same tables give the same
// bytes. The diff and check workbooks share it.
type workbook struct {
	sheets  []sheetPart
	numFmts []string       // custom number formats, ids 164 on
	styles  map[string]int // number format → cell format (cellXfs index)
	strs    []string       // the shared strings, in order of first use
	strIdx  map[string]int
}

// sheetPart is one written worksheet.
type sheetPart struct {
	name   string
	xml    []byte
	filter string // the filtered range, A1:H10
}

// The fixed cell formats (cellXfs); number formats follow.
const (
	styleDefault = iota
	styleHeader  // bold on grey, top, wrapped
	styleText    // text (@), top, wrapped
	styleNumbers // the first number format's
)

// firstCustomFmt is the first id of the workbook's own number formats.
const firstCustomFmt = 164

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
	return &workbook{styles: map[string]int{}, strIdx: map[string]int{}}, nil
}

// numberStyle returns the cell format of a number format, made once.
func (wb *workbook) numberStyle(format string) int {
	if id, ok := wb.styles[format]; ok {
		return id
	}
	id := styleNumbers + len(wb.numFmts)
	wb.numFmts = append(wb.numFmts, format)
	wb.styles[format] = id
	return id
}

// rowStart opens row r, tall enough for lines lines of text (15 points a
// line, the default height, which is left implicit).
func rowStart(r, lines int) string {
	if lines <= 1 {
		return `<row r="` + strconv.Itoa(r) + `">`
	}
	return `<row r="` + strconv.Itoa(r) + `" ht="` + strconv.Itoa(15*min(lines, 27)) + `" customHeight="1">`
}

// headerLines is how many lines the header row's titles take.
func headerLines(cols []column, widths []float64) int {
	n := 1
	for i, c := range cols {
		n = max(n, linesIn(c.title, widths[i]))
	}
	return n
}

// maxCell is the most characters a spreadsheet cell holds.
const maxCell = 32767

// xlsxCell is a cell to write: a shared string, a number, or nothing.
type xlsxCell struct {
	style int
	str   *string
	num   string
}

// cell turns a value into a cell: string (cleaned, as text), int,
// amount, delta, percent, or nil (empty).
func (wb *workbook) cell(v any) (xlsxCell, error) {
	switch x := v.(type) {
	case nil:
		return xlsxCell{}, nil
	case string:
		s := Clean(x)
		if utf8.RuneCountInString(s) > maxCell {
			s = string([]rune(s)[:maxCell-1]) + "…"
		}
		return xlsxCell{style: styleText, str: &s}, nil
	case int:
		return xlsxCell{num: strconv.Itoa(x)}, nil
	case amount:
		return xlsxCell{style: wb.numberStyle(`#,##0.00" ` + escapeFormat(x.unit) + `"`), num: x.d.String()}, nil
	case delta:
		u := escapeFormat(x.unit)
		return xlsxCell{style: wb.numberStyle(`+#,##0.00" ` + u + `";-#,##0.00" ` + u + `";0.00" ` + u + `"`), num: x.d.String()}, nil
	case percent:
		return xlsxCell{style: wb.numberStyle(`+0.0"%";-0.0"%";0.0"%"`), num: decimal.Decimal(x).Round(10).String()}, nil
	}
	return xlsxCell{}, fmt.Errorf("report: BUG: no cell for %T", v)
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

// sharedString returns the index of s in the shared-string table.
func (wb *workbook) sharedString(s string) int {
	if i, ok := wb.strIdx[s]; ok {
		return i
	}
	i := len(wb.strs)
	wb.strs = append(wb.strs, s)
	wb.strIdx[s] = i
	return i
}

// table adds a sheet holding one table: the header row (bold, frozen,
// with filters), then rows; it prints landscape, one page wide.
func (wb *workbook) table(name string, cols []column, rows [][]any) error {
	name = sheetName(name, wb.sheets)
	last := cellName(len(rows)+1, max(len(cols), 1))
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	b.WriteString(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:` + last + `"/><sheetViews><sheetView`)
	if len(wb.sheets) == 0 {
		b.WriteString(` tabSelected="1"`)
	}
	b.WriteString(` workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
		`<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`)
	// widths by display width (a Chinese character is two columns wide),
	// and row heights that fit the lines their wrapped text takes
	widths := fitWidths(cols, func(col int) []string {
		var out []string
		for _, row := range rows {
			if col < len(row) {
				if t, ok := row[col].(string); ok {
					out = append(out, Clean(t))
				}
			}
		}
		return out
	})
	if len(cols) > 0 {
		b.WriteString("<cols>")
		for i := range cols {
			n := strconv.Itoa(i + 1)
			fmt.Fprintf(&b, `<col min="%s" max="%s" width="%s" customWidth="1"/>`, n, n, strconv.FormatFloat(widths[i], 'f', -1, 64))
		}
		b.WriteString("</cols>")
	}
	b.WriteString(`<sheetData>`)
	b.WriteString(rowStart(1, headerLines(cols, widths)))
	for i, c := range cols {
		title := Clean(c.title)
		cell := xlsxCell{style: styleHeader, str: &title}
		if title == "" {
			cell.str = nil
		}
		wb.writeCell(&b, 1, i+1, cell)
	}
	b.WriteString("</row>")
	for r, values := range rows {
		if err := wb.writeRow(&b, r+2, values, widths); err != nil {
			return err
		}
	}
	b.WriteString(`</sheetData><autoFilter ref="A1:` + last + `"/>` +
		`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
		`<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`)
	wb.sheets = append(wb.sheets, sheetPart{name: name, xml: b.Bytes(), filter: "A1:" + last})
	return nil
}

// writeRow writes row r (1-based) of values.
func (wb *workbook) writeRow(b *bytes.Buffer, r int, values []any, widths []float64) error {
	lines := 1
	for i, v := range values {
		if t, ok := v.(string); ok && i < len(widths) {
			lines = max(lines, linesIn(Clean(t), widths[i]))
		}
	}
	b.WriteString(rowStart(r, lines))
	for i, v := range values {
		c, err := wb.cell(v)
		if err != nil {
			return err
		}
		if c.str != nil || c.num != "" {
			wb.writeCell(b, r, i+1, c)
		}
	}
	b.WriteString("</row>")
	return nil
}

// writeCell writes one <c>: a shared string (t="s"), a number, or only
// its style.
func (wb *workbook) writeCell(b *bytes.Buffer, r, col int, c xlsxCell) {
	b.WriteString(`<c r="` + cellName(r, col) + `"`)
	if c.style != styleDefault {
		b.WriteString(` s="` + strconv.Itoa(c.style) + `"`)
	}
	switch {
	case c.str != nil:
		b.WriteString(` t="s"><v>` + strconv.Itoa(wb.sharedString(*c.str)) + `</v></c>`)
	case c.num != "":
		b.WriteString(`><v>` + c.num + `</v></c>`)
	default:
		b.WriteString(`/>`)
	}
}

// cellName renders a 1-based row and column as an A1 reference.
func cellName(row, col int) string {
	var b [8]byte
	i := len(b)
	for c := col; c > 0; c = (c - 1) / 26 {
		i--
		b[i] = byte('A' + (c-1)%26)
	}
	return string(b[i:]) + strconv.Itoa(row)
}

// sheetName makes name a sheet name Excel accepts: no []:*?/\, at most 31
// characters, not empty and not one of the sheets' already (a suffix
// " (2)" tells it apart).
func sheetName(name string, sheets []sheetPart) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) || r < 0x20 {
			return '_'
		}
		return r
	}, Clean(name))
	name = strings.Trim(name, "'")
	if name == "" {
		name = "Sheet"
	}
	base := name
	for n := 2; ; n++ {
		if r := []rune(name); len(r) > 31 {
			name = string(r[:31])
		}
		taken := false
		for _, s := range sheets {
			taken = taken || strings.EqualFold(s.name, name)
		}
		if !taken {
			return name
		}
		suffix := " (" + strconv.Itoa(n) + ")"
		r := []rune(base)
		name = string(r[:min(len(r), 31-len(suffix))]) + suffix
	}
}

// write writes the workbook as XLSX.
func (wb *workbook) write(w io.Writer) error {
	return wb.writePackage(w)
}
