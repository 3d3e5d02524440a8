package sheet

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// ErrBadXLS means an Excel 97–2003 workbook could not be read.
var ErrBadXLS = errors.New("unreadable XLS")

// BIFF8 record types this reader uses ([MS-XLS] 2.3).
const (
	recFormula     = 0x0006
	recEOF         = 0x000A
	recDateMode    = 0x0022
	recFilePass    = 0x002F
	recContinue    = 0x003C
	recBoundSheet  = 0x0085
	recMulRK       = 0x00BD
	recRString     = 0x00D6
	recXF          = 0x00E0
	recMergedCells = 0x00E5
	recSST         = 0x00FC
	recLabelSST    = 0x00FD
	recNumber      = 0x0203
	recLabel       = 0x0204
	recBoolErr     = 0x0205
	recString      = 0x0207
	recRK          = 0x027E
	recFormat      = 0x041E
	recBOF         = 0x0809
)

// ReadXLS reads the visible worksheets of an Excel 97–2003 (BIFF8)
// workbook: the Workbook stream of its OLE2 container, shared strings
// across CONTINUE records, merged cells, and numbers as their number
// format shows them (rendered by numfmt, as for XLSX). Hidden sheets
// are skipped with a note; encrypted and BIFF5 (Excel 95) files refused.
func ReadXLS(data []byte, lim layout.Limits) ([]layout.Block, []model.Unrecognized, error) {
	o, err := office.OpenOLE(data)
	if err != nil {
		return nil, nil, err
	}
	if !o.Has("Workbook") {
		switch {
		case o.Has("Book"):
			return nil, nil, fmt.Errorf("%w: an Excel 5.0/95 workbook (BIFF5); only Excel 97–2003 is read: save it as .xlsx", ErrBadXLS)
		case o.Has("EncryptedPackage"):
			return nil, nil, fmt.Errorf("%w: an encrypted Office Open XML file (remove the password first)", layout.ErrEncrypted)
		case o.Has("WordDocument"):
			return nil, nil, fmt.Errorf("%w: a Word document, not a workbook (try --from doc)", ErrBadXLS)
		}
		return nil, nil, fmt.Errorf("%w: an OLE2 compound file without a Workbook stream (not an Excel 97–2003 .xls)", ErrBadXLS)
	}
	wb, err := o.Stream("Workbook")
	if err != nil {
		return nil, nil, err
	}
	g, err := readGlobals(wb)
	if err != nil {
		return nil, nil, err
	}
	nf := &numFormatter{}
	seen := make([]bool, len(wb)) // record offsets read, so sheets cannot overlap
	var lay sheetLayout
	var notes []model.Unrecognized
	read := 0
	for _, sh := range g.sheets {
		switch {
		case sh.kind != 0:
			continue // charts and macro sheets hold no cells
		case sh.hidden:
			notes = append(notes, model.Unrecognized{Text: fmt.Sprintf("hidden sheet %q skipped", sh.name), Source: model.Pos{Sheet: sh.name}})
			continue
		}
		s, err := g.sheet(wb, sh, nf, &read, seen)
		if err != nil {
			return nil, nil, err
		}
		if err := lay.add(s); err != nil {
			return nil, nil, err
		}
	}
	return lay.blocks, notes, nil
}

// biffRecord is one record with the CONTINUE records that follow it.
type biffRecord struct {
	typ  uint16
	data []byte
	more [][]byte // CONTINUE bodies
}

// biffRecords walks the records of a substream from off to its EOF record
// (or the end of the stream).
type biffRecords struct {
	b   []byte
	pos int
	err error
}

// next returns the next record with its continuations.
func (r *biffRecords) next() (biffRecord, bool) {
	rec, ok := r.raw()
	if !ok {
		return rec, false
	}
	for {
		save := r.pos
		c, ok := r.raw()
		if !ok || c.typ != recContinue {
			r.pos = save
			r.err = nil
			return rec, true
		}
		rec.more = append(rec.more, c.data)
	}
}

func (r *biffRecords) raw() (biffRecord, bool) {
	if r.pos+4 > len(r.b) {
		return biffRecord{}, false
	}
	typ := binary.LittleEndian.Uint16(r.b[r.pos:])
	n := int(binary.LittleEndian.Uint16(r.b[r.pos+2:]))
	if r.pos+4+n > len(r.b) {
		r.err = fmt.Errorf("%w: record %#04x at offset %d runs past the end of the Workbook stream", ErrBadXLS, typ, r.pos)
		return biffRecord{}, false
	}
	rec := biffRecord{typ: typ, data: r.b[r.pos+4 : r.pos+4+n]}
	r.pos += 4 + n
	return rec, true
}

// xlsSheet is a BOUNDSHEET8 entry.
type xlsSheet struct {
	name   string
	offset int
	hidden bool
	kind   byte // 0 worksheet, 2 chart, 6 VB module
}

// xlsGlobals is what the workbook globals substream says.
type xlsGlobals struct {
	sheets   []xlsSheet
	sst      []string
	formats  map[int]string // custom number formats by ifmt
	xfFormat []int          // ifmt of each XF
	date1904 bool
}

// readGlobals reads the workbook globals: sheets, shared strings, number
// formats and cell formats.
func readGlobals(wb []byte) (*xlsGlobals, error) {
	r := &biffRecords{b: wb}
	bof, ok := r.next()
	if !ok || bof.typ != recBOF || len(bof.data) < 4 {
		return nil, fmt.Errorf("%w: the Workbook stream does not start with a BOF record", ErrBadXLS)
	}
	if v := binary.LittleEndian.Uint16(bof.data); v != 0x0600 {
		return nil, fmt.Errorf("%w: BIFF version %#04x; only BIFF8 (Excel 97–2003) is read: save it as .xlsx", ErrBadXLS, v)
	}
	g := &xlsGlobals{formats: map[int]string{}}
	for {
		rec, ok := r.next()
		if !ok || rec.typ == recEOF {
			break
		}
		if err := g.record(rec); err != nil {
			return nil, err
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	return g, nil
}

func (g *xlsGlobals) record(rec biffRecord) error {
	d := rec.data
	switch rec.typ {
	case recFilePass:
		return fmt.Errorf("%w: an encrypted Excel workbook (remove the password first)", layout.ErrEncrypted)
	case recDateMode:
		g.date1904 = len(d) >= 2 && d[0] == 1
	case recBoundSheet:
		if len(d) < 8 {
			return nil
		}
		s := newBiffString(d[6:], nil)
		name, _ := s.short()
		g.sheets = append(g.sheets, xlsSheet{name: name, offset: int(binary.LittleEndian.Uint32(d)), hidden: d[4]&3 != 0, kind: d[5]})
	case recFormat:
		if len(d) >= 2 {
			s := newBiffString(d[2:], rec.more)
			code, _ := s.long()
			g.formats[int(binary.LittleEndian.Uint16(d))] = code
		}
	case recXF:
		if len(d) >= 4 {
			g.xfFormat = append(g.xfFormat, int(binary.LittleEndian.Uint16(d[2:])))
		}
	case recSST:
		return g.readSST(rec)
	}
	return nil
}

// readSST reads the shared-string table, whose strings run on across
// CONTINUE records.
func (g *xlsGlobals) readSST(rec biffRecord) error {
	if len(rec.data) < 8 {
		return fmt.Errorf("%w: a shared-string table of %d bytes", ErrBadXLS, len(rec.data))
	}
	n := int(binary.LittleEndian.Uint32(rec.data[4:]))
	if n < 0 || n > maxWorkbookCells {
		return fmt.Errorf("%w: the shared-string table holds %d strings, over the limit of %d", layout.ErrTooLarge, n, maxWorkbookCells)
	}
	s := newBiffString(rec.data[8:], rec.more)
	g.sst = make([]string, 0, min(n, 1<<16))
	for i := 0; i < n; i++ {
		str, err := s.rich()
		if err != nil {
			return fmt.Errorf("%w: shared string %d of %d: %v", ErrBadXLS, i+1, n, err)
		}
		g.sst = append(g.sst, str)
	}
	return nil
}

// biffString reads strings from a record body and its CONTINUE bodies.
// Where a string's characters break across records, the next record
// starts with a new option byte (compressed or UTF-16 characters).
type biffString struct {
	seg  []byte
	more [][]byte
}

var errBiffShort = errors.New("string runs past its record")

func newBiffString(b []byte, more [][]byte) *biffString { return &biffString{seg: b, more: more} }

// advance moves to the next CONTINUE body.
func (s *biffString) advance() bool {
	if len(s.more) == 0 {
		return false
	}
	s.seg, s.more = s.more[0], s.more[1:]
	return true
}

// bytes reads n raw bytes, across record boundaries.
func (s *biffString) bytes(n int) ([]byte, error) {
	if n <= len(s.seg) {
		b := s.seg[:n]
		s.seg = s.seg[n:]
		return b, nil
	}
	out := make([]byte, 0, n)
	for n > 0 {
		if len(s.seg) == 0 && !s.advance() {
			return nil, errBiffShort
		}
		k := min(n, len(s.seg))
		out = append(out, s.seg[:k]...)
		s.seg, n = s.seg[k:], n-k
	}
	return out, nil
}

// skip drops n bytes (rich-text runs, phonetic data).
func (s *biffString) skip(n int) error {
	for n > 0 {
		if len(s.seg) == 0 && !s.advance() {
			return errBiffShort
		}
		k := min(n, len(s.seg))
		s.seg, n = s.seg[k:], n-k
	}
	return nil
}

// chars reads cch characters, one byte each (Latin-1) or two (UTF-16LE)
// as the option byte says; a continuation restates the width.
func (s *biffString) chars(cch int, high bool) (string, error) {
	u := make([]uint16, 0, min(cch, 1<<12))
	for cch > 0 {
		if len(s.seg) == 0 {
			if !s.advance() || len(s.seg) == 0 {
				return "", errBiffShort
			}
			high, s.seg = s.seg[0]&1 != 0, s.seg[1:]
			continue
		}
		if high {
			for cch > 0 && len(s.seg) >= 2 {
				u = append(u, binary.LittleEndian.Uint16(s.seg))
				s.seg, cch = s.seg[2:], cch-1
			}
			if len(s.seg) == 1 {
				return "", errBiffShort
			}
		} else {
			for cch > 0 && len(s.seg) >= 1 {
				u = append(u, uint16(charmap.ISO8859_1.DecodeByte(s.seg[0])))
				s.seg, cch = s.seg[1:], cch-1
			}
		}
	}
	return string(utf16.Decode(u)), nil
}

// short reads a ShortXLUnicodeString (8-bit count), as sheet names are.
func (s *biffString) short() (string, error) {
	h, err := s.bytes(2)
	if err != nil {
		return "", err
	}
	return s.chars(int(h[0]), h[1]&1 != 0)
}

// long reads an XLUnicodeString (16-bit count).
func (s *biffString) long() (string, error) {
	h, err := s.bytes(3)
	if err != nil {
		return "", err
	}
	return s.chars(int(binary.LittleEndian.Uint16(h)), h[2]&1 != 0)
}

// rich reads an XLUnicodeRichExtendedString, dropping its formatting runs
// and phonetic data.
func (s *biffString) rich() (string, error) {
	h, err := s.bytes(3)
	if err != nil {
		return "", err
	}
	cch, opt := int(binary.LittleEndian.Uint16(h)), h[2]
	runs, ext := 0, 0
	if opt&0x08 != 0 {
		b, err := s.bytes(2)
		if err != nil {
			return "", err
		}
		runs = int(binary.LittleEndian.Uint16(b))
	}
	if opt&0x04 != 0 {
		b, err := s.bytes(4)
		if err != nil {
			return "", err
		}
		ext = int(binary.LittleEndian.Uint32(b))
	}
	str, err := s.chars(cch, opt&1 != 0)
	if err != nil {
		return "", err
	}
	if err := s.skip(4 * runs); err != nil {
		return "", err
	}
	if ext < 0 {
		return "", errBiffShort
	}
	return str, s.skip(ext)
}

// rkNumber decodes an RK value: a 30-bit integer or the high bits of a
// double, optionally divided by 100.
func rkNumber(rk uint32) float64 {
	var v float64
	if rk&2 != 0 {
		v = float64(int32(rk) >> 2)
	} else {
		v = math.Float64frombits(uint64(rk&0xFFFFFFFC) << 32)
	}
	if rk&1 != 0 {
		v /= 100
	}
	return v
}
