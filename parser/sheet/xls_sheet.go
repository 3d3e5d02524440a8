package sheet

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/perfdoc/perfdoc/parser/internal/numfmt"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// xlsCursor is the state of reading one worksheet substream.
type xlsCursor struct {
	g       *xlsGlobals
	nf      *numFormatter
	s       *sheetData
	read    *int
	pending [2]int // a formula cell whose string value follows in a STRING record
}

// sheet reads one worksheet substream: its cells and merged areas.
// Records already read for another sheet (seen) make the substreams
// overlap: a damaged file, refused rather than read again and again.
func (g *xlsGlobals) sheet(wb []byte, sh xlsSheet, nf *numFormatter, read *int, seen []bool) (*sheetData, error) {
	if sh.offset < 0 || sh.offset >= len(wb) {
		return nil, fmt.Errorf("%w: sheet %q starts outside the Workbook stream", ErrBadXLS, sh.name)
	}
	r := &biffRecords{b: wb, pos: sh.offset}
	if bof, ok := r.next(); !ok || bof.typ != recBOF {
		return nil, fmt.Errorf("%w: sheet %q does not start with a BOF record", ErrBadXLS, sh.name)
	}
	c := &xlsCursor{g: g, nf: nf, s: &sheetData{name: sh.name}, read: read}
	for {
		if r.pos < len(seen) {
			if seen[r.pos] {
				return nil, fmt.Errorf("%w: sheet %q overlaps another sheet's records", ErrBadXLS, sh.name)
			}
			seen[r.pos] = true
		}
		rec, ok := r.next()
		if !ok || rec.typ == recEOF {
			break
		}
		if err := c.record(rec); err != nil {
			return nil, err
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	return c.s, nil
}

// record handles one record of a worksheet.
func (c *xlsCursor) record(rec biffRecord) error {
	d := rec.data
	switch rec.typ {
	case recMergedCells:
		c.merges(d)
		return nil
	case recString: // a formula's string result: as short as "x"
		if c.pending != [2]int{} {
			s, _ := newBiffString(d, rec.more).long()
			at := c.pending
			c.pending = [2]int{}
			return c.cell(at[0], at[1], s)
		}
		return nil
	}
	if len(d) < 6 {
		return nil
	}
	row, col, ixfe := int(binary.LittleEndian.Uint16(d))+1, int(binary.LittleEndian.Uint16(d[2:]))+1, int(binary.LittleEndian.Uint16(d[4:]))
	switch rec.typ {
	case recLabelSST:
		if len(d) >= 10 {
			if i := int(binary.LittleEndian.Uint32(d[6:])); i >= 0 && i < len(c.g.sst) {
				return c.cell(row, col, c.g.sst[i])
			}
		}
	case recLabel, recRString:
		s, _ := newBiffString(d[6:], rec.more).long()
		return c.cell(row, col, s)
	case recNumber:
		if len(d) >= 14 {
			return c.number(row, col, ixfe, math.Float64frombits(binary.LittleEndian.Uint64(d[6:])))
		}
	case recRK:
		if len(d) >= 10 {
			return c.number(row, col, ixfe, rkNumber(binary.LittleEndian.Uint32(d[6:])))
		}
	case recMulRK:
		for i := 0; 4+6*i+6 <= len(d)-2; i++ {
			at := 4 + 6*i
			x := int(binary.LittleEndian.Uint16(d[at:]))
			if err := c.number(row, col+i, x, rkNumber(binary.LittleEndian.Uint32(d[at+2:]))); err != nil {
				return err
			}
		}
	case recBoolErr:
		if len(d) >= 8 && d[7] == 0 {
			return c.cell(row, col, map[bool]string{true: "TRUE", false: "FALSE"}[d[6] != 0])
		}
	case recFormula:
		return c.formula(row, col, ixfe, d)
	}
	return nil
}

// formula takes a formula cell's cached value.
func (c *xlsCursor) formula(row, col, ixfe int, d []byte) error {
	if len(d) < 14 {
		return nil
	}
	v := d[6:14]
	if v[6] != 0xFF || v[7] != 0xFF {
		return c.number(row, col, ixfe, math.Float64frombits(binary.LittleEndian.Uint64(v)))
	}
	switch v[0] {
	case 0: // the string follows in a STRING record
		c.pending = [2]int{row, col}
	case 1:
		return c.cell(row, col, map[bool]string{true: "TRUE", false: "FALSE"}[v[2] != 0])
	}
	return nil
}

func (c *xlsCursor) number(row, col, ixfe int, v float64) error {
	ifmt := 0
	if ixfe >= 0 && ixfe < len(c.g.xfFormat) {
		ifmt = c.g.xfFormat[ixfe]
	}
	return c.cell(row, col, c.nf.format(v, ifmt, c.g.formats[ifmt], c.g.date1904))
}

func (c *xlsCursor) cell(row, col int, text string) error {
	if text == "" {
		return nil
	}
	if *c.read++; *c.read > maxWorkbookCells {
		return fmt.Errorf("%w: more than %d non-empty cells in the workbook", layout.ErrTooLarge, maxWorkbookCells)
	}
	c.s.cells = append(c.s.cells, sheetCell{row: row, col: col, text: cellText(text)})
	return nil
}

// merges reads a MERGEDCELLS record.
func (c *xlsCursor) merges(d []byte) {
	if len(d) < 2 {
		return
	}
	n := int(binary.LittleEndian.Uint16(d))
	for i := 0; i < n && 2+8*i+8 <= len(d); i++ {
		at := 2 + 8*i
		c.s.merges = append(c.s.merges, mergeRange{
			r1: int(binary.LittleEndian.Uint16(d[at:])) + 1, r2: int(binary.LittleEndian.Uint16(d[at+2:])) + 1,
			c1: int(binary.LittleEndian.Uint16(d[at+4:])) + 1, c2: int(binary.LittleEndian.Uint16(d[at+6:])) + 1})
	}
}

// numFormatter renders numbers as their number format shows them (with
// numfmt, as XLSX cells): the workbook's FORMAT codes first, then the
// built-in ones. Each format is parsed once.
type numFormatter struct {
	parsed map[int]*numfmt.Format
}

// format renders v in number format ifmt (a built-in id, or code when the
// workbook defines it). General numbers are written with up to 15
// significant digits, as Excel keeps them.
func (n *numFormatter) format(v float64, ifmt int, code string, date1904 bool) string {
	f, ok := n.parsed[ifmt]
	if !ok {
		if code == "" {
			code, _ = numfmt.Builtin(ifmt)
		}
		f = numfmt.Parse(code)
		if n.parsed == nil {
			n.parsed = map[int]*numfmt.Format{}
		}
		n.parsed[ifmt] = f
	}
	return f.Number(v, date1904)
}
