package sheet

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/orisano/gosax"

	"github.com/perfdoc/perfdoc/parser/internal/numfmt"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Excel's grid: the last column (XFD) and row.
const (
	maxSheetCol = 16384
	maxSheetRow = 1048576
)

// sheet streams one worksheet part: its cells as the sheet shows them
// (empty ones, which carry only a style, are dropped) and its merged
// areas; read counts the non-empty cells of the workbook.
func (p *xlsxPackage) sheet(wb *xlsxWorkbook, sh xlsxSheet, read *int) (*sheetData, error) {
	if sh.part == "" {
		return nil, fmt.Errorf("%w: sheet %q has no part in the workbook's relationships", ErrBadXLSX, sh.name)
	}
	h := &sheetHandler{wb: wb, s: &sheetData{name: sh.name}, read: read}
	if err := p.walk(sh.part, h); err != nil {
		return nil, err
	}
	return h.s, nil
}

// sheetHandler reads a worksheet's <row>, <c> (its <v> or inline <is>)
// and <mergeCell> elements; everything else is passed over.
type sheetHandler struct {
	wb   *xlsxWorkbook
	s    *sheetData
	read *int

	row, col int // the current row and the last cell's column, 1-based
	cell     xlsxCell
	inCell   bool
	inV      bool
	val      []byte   // the text of <v>
	is       richText // the text of <is>
}

// xlsxCell is the open <c>: where it is, its type (t) and cell format (s).
type xlsxCell struct {
	row, col, style int
	typ             string
	inline          bool // it has an <is>
}

func (h *sheetHandler) start(local, attrs []byte) error {
	switch string(local) {
	case "row":
		r, err := strconv.Atoi(string(office.AttrBytes(attrs, "r")))
		if err != nil || r < 1 {
			r = h.row + 1
		}
		h.row, h.col = r, 0
		return h.checkRow(r)
	case "c":
		return h.startCell(attrs)
	case "v":
		h.inV = h.inCell
	case "is":
		if h.inCell {
			h.is.reset()
			h.cell.inline = true
		}
	case "t", "rPh":
		h.is.start(local)
	case "mergeCell":
		if r, ok := parseRange(string(office.AttrBytes(attrs, "ref"))); ok && len(h.s.merges) < maxWorkbookCells {
			h.s.merges = append(h.s.merges, r)
		}
	}
	return nil
}

func (h *sheetHandler) checkRow(r int) error {
	if r > maxSheetRows {
		return fmt.Errorf("%w: sheet %q has more than %d rows", layout.ErrTooLarge, h.s.name, maxSheetRows)
	}
	return nil
}

// startCell reads a <c>'s attributes in one pass: r (the A1 reference; a
// cell without one follows the one before), t and s. A self-closing cell
// holds no value (its style at most: sheets converted from documents
// style every cell of a merged area): only its column is kept.
func (h *sheetHandler) startCell(attrs []byte) error {
	c := xlsxCell{row: max(h.row, 1), col: h.col + 1}
	empty := len(attrs) >= 2 && attrs[len(attrs)-2] == '/'
	if empty && bytes.HasPrefix(attrs, []byte(`r="`)) { // <c r="B7" s="3"/>, as most write it
		if j := bytes.IndexByte(attrs[3:], '"'); j >= 0 {
			if col, _, ok := parseCellRef(attrs[3 : 3+j]); ok {
				h.col = col
				return nil
			}
		}
	}
	for len(attrs) > 0 {
		a, rest, err := gosax.NextAttribute(attrs)
		if err != nil || len(a.Key) == 0 {
			break
		}
		attrs = rest
		v := a.Value
		if len(v) >= 2 {
			v = v[1 : len(v)-1]
		}
		key := a.Key
		if len(key) > 1 {
			key = office.LocalName(key)
		}
		switch string(key) {
		case "r":
			col, row, ok := parseCellRef(v)
			if !ok {
				return fmt.Errorf("%w: sheet %q: cell reference %q", ErrBadXLSX, h.s.name, v)
			}
			c.col, c.row = col, row
			if empty {
				h.col = col
				return nil
			}
		case "t":
			c.typ = string(v)
		case "s":
			c.style, _ = strconv.Atoi(string(v))
		}
	}
	if empty {
		h.col = c.col
		return nil
	}
	h.cell, h.col, h.inCell, h.inV, h.val = c, c.col, true, false, h.val[:0]
	h.is.active = false
	return h.checkRow(c.row)
}

func (h *sheetHandler) end(local []byte) error {
	switch string(local) {
	case "c":
		if h.inCell {
			h.inCell = false
			return h.endCell()
		}
	case "v":
		h.inV = false
	case "is":
		h.is.active = false
	case "t", "rPh":
		h.is.end(local)
	}
	return nil
}

func (h *sheetHandler) text(t []byte) {
	if h.inV {
		if u, err := gosax.Unescape(t); err == nil {
			t = u
		}
		h.val = append(h.val, t...)
		return
	}
	h.is.text(t)
}

// endCell keeps a cell that shows text.
func (h *sheetHandler) endCell() error {
	text, err := h.value()
	if err != nil || text == "" {
		return err
	}
	if *h.read++; *h.read > maxWorkbookCells {
		return fmt.Errorf("%w: more than %d non-empty cells in the workbook", layout.ErrTooLarge, maxWorkbookCells)
	}
	h.s.cells = append(h.s.cells, sheetCell{row: h.cell.row, col: h.cell.col, text: cellText(text)})
	return nil
}

// format is the number format of the open cell; General for a cell
// format the styles do not have.
func (h *sheetHandler) format() *numfmt.Format {
	if s := h.cell.style; s >= 0 && s < len(h.wb.xfFormat) {
		return h.wb.formats.Get(h.wb.xfFormat[s])
	}
	return numfmt.General
}

// value is the text the open cell shows, by its type: a shared string,
// an inline string or a formula's string result; TRUE or FALSE; an error
// value (#N/A); an ISO 8601 date; else a number, in the cell's number
// format. A number that does not parse is kept as written.
func (h *sheetHandler) value() (string, error) {
	raw := string(h.val)
	switch h.cell.typ {
	case "s":
		if strings.TrimSpace(raw) == "" {
			return "", nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(raw))
		if err != nil || i < 0 || i >= len(h.wb.sst) {
			return "", fmt.Errorf("%w: sheet %q, cell %s: no shared string %q (the table holds %d)", ErrBadXLSX, h.s.name, cellRef(h.cell.row, h.cell.col), raw, len(h.wb.sst))
		}
		return h.format().Text(h.wb.sst[i]), nil
	case "inlineStr":
		if h.cell.inline {
			return h.format().Text(h.is.String()), nil
		}
		return raw, nil
	case "str", "e":
		return raw, nil
	case "b":
		switch strings.TrimSpace(raw) {
		case "1":
			return "TRUE", nil
		case "0":
			return "FALSE", nil
		}
		return raw, nil
	case "d":
		if v, ok := isoSerial(strings.TrimSpace(raw), h.wb.date1904); ok {
			return h.format().Number(v, h.wb.date1904), nil
		}
		return raw, nil
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil {
		return raw, nil
	}
	return h.format().Number(v, h.wb.date1904), nil
}

// isoSerial reads a date cell's ISO 8601 value as a serial date.
func isoSerial(s string, date1904 bool) (float64, bool) {
	for _, layout := range []string{"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05", "2006-01-02", "15:04:05"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if layout == "15:04:05" {
			return float64(t.Hour()*3600+t.Minute()*60+t.Second()) / 86400, true
		}
		base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
		if date1904 {
			base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
		} else if t.Before(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)) {
			base = base.AddDate(0, 0, 1) // Excel's 1900-02-29 comes after
		}
		return t.Sub(base).Hours() / 24, true
	}
	return 0, false
}

// parseCellRef reads an A1 reference ("E12", "$E$12") as a 1-based column
// and row inside Excel's grid.
func parseCellRef[T string | []byte](ref T) (col, row int, ok bool) {
	i := 0
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	for ; i < len(ref) && col <= maxSheetCol; i++ {
		c := ref[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
	}
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	if col < 1 || col > maxSheetCol || i == len(ref) {
		return 0, 0, false
	}
	for ; i < len(ref) && row <= maxSheetRow; i++ {
		if ref[i] < '0' || ref[i] > '9' {
			return 0, 0, false
		}
		row = row*10 + int(ref[i]-'0')
	}
	if row < 1 || row > maxSheetRow {
		return 0, 0, false
	}
	return col, row, true
}

// parseRange reads an A1 range such as "A1:MC1".
func parseRange(ref string) (mergeRange, bool) {
	a, b, ok := strings.Cut(ref, ":")
	if !ok {
		return mergeRange{}, false
	}
	c1, r1, ok1 := parseCellRef(a)
	c2, r2, ok2 := parseCellRef(b)
	if !ok1 || !ok2 {
		return mergeRange{}, false
	}
	return mergeRange{r1: r1, c1: c1, r2: r2, c2: c2}, true
}

// cellText makes a cell's text like a paragraph's: line breaks as "\n".
func cellText(v string) string {
	if strings.IndexByte(v, '\r') >= 0 {
		v = strings.ReplaceAll(strings.ReplaceAll(v, "\r\n", "\n"), "\r", "\n")
	}
	return v
}
