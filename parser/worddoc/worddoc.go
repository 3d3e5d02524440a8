// Package worddoc reads Word 97–2003 binary documents (.doc) into the
// layout from their OLE2 container (parser/internal/office): worddoc.go the
// FIB, the piece table and paragraph marks, worddoc_table.go the cell grid
// of table rows, worddoc_chpx.go the character runs that revisions delete
// and the symbols they insert.
package worddoc

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// ErrBadDOC means a Word 97–2003 document could not be read.
var ErrBadDOC = errors.New("unreadable DOC")

// Read reads a Word 97–2003 binary document ([MS-DOC]) from its OLE2
// container: the FIB, the piece table of the main text (compressed and
// Unicode pieces), paragraph properties (PAPX) for table membership and
// row ends, and the table properties of each row end (cell boundaries,
// vertical merges). Fields keep their result and drop their code.
// Encrypted and fast-saved files are refused.
func Read(data []byte, lim layout.Limits) ([]layout.Block, error) {
	o, err := office.OpenOLE(data)
	if err != nil {
		return nil, err
	}
	if !o.Has("WordDocument") {
		switch {
		case o.Has("EncryptedPackage"):
			return nil, fmt.Errorf("%w: an encrypted Office Open XML file (remove the password first)", layout.ErrEncrypted)
		case o.Has("Workbook") || o.Has("Book"):
			return nil, fmt.Errorf("%w: an Excel workbook, not a Word document (try --from xls)", ErrBadDOC)
		}
		return nil, fmt.Errorf("%w: an OLE2 compound file without a WordDocument stream (not a Word 97–2003 .doc)", ErrBadDOC)
	}
	wd, err := o.Stream("WordDocument")
	if err != nil {
		return nil, err
	}
	fib, err := readFIB(wd)
	if err != nil {
		return nil, err
	}
	table, err := o.Stream(fib.tableStream)
	if err != nil {
		return nil, err
	}
	pieces, err := readPieces(wd, fib.slice(table, fibClx))
	if err != nil {
		return nil, err
	}
	var dataStream []byte
	if o.Has("Data") {
		if dataStream, err = o.Stream("Data"); err != nil {
			return nil, err
		}
	}
	papx, err := readPAPX(wd, fib.slice(table, fibPlcfBtePapx), dataStream)
	if err != nil {
		return nil, err
	}
	chpx, err := readCHPX(wd, fib.slice(table, fibPlcfBteChpx))
	if err != nil {
		return nil, err
	}
	w := &docWalker{lim: lim, papx: papx, chpx: chpx, data: wd, budget: layout.NewTextBudget(lim)}
	if err := w.walk(pieces, fib.ccpText); err != nil {
		return nil, err
	}
	return w.blocks, nil
}

// FibRgFcLcb97 indexes of the (fc, lcb) pairs this reader uses.
const (
	fibPlcfBteChpx = 12
	fibPlcfBtePapx = 13
	fibClx         = 33
)

// docFIB is what the reader needs of the File Information Block.
type docFIB struct {
	tableStream string
	ccpText     int
	fcLcb       [][2]uint32
}

// slice returns the bytes of the table stream that a (fc, lcb) pair names,
// or nil when the pair is absent or points outside the stream.
func (f *docFIB) slice(table []byte, i int) []byte {
	if i >= len(f.fcLcb) {
		return nil
	}
	fc, lcb := uint64(f.fcLcb[i][0]), uint64(f.fcLcb[i][1])
	if lcb == 0 || fc+lcb > uint64(len(table)) {
		return nil
	}
	return table[fc : fc+lcb]
}

// readFIB reads the FibBase and the counts and offsets after it.
func readFIB(wd []byte) (*docFIB, error) {
	if len(wd) < 34 || binary.LittleEndian.Uint16(wd) != 0xA5EC {
		return nil, fmt.Errorf("%w: the WordDocument stream has no FIB (not a Word 97–2003 document)", ErrBadDOC)
	}
	nFib := binary.LittleEndian.Uint16(wd[2:])
	flags := binary.LittleEndian.Uint16(wd[0x0A:])
	switch {
	case nFib < 0xC1:
		return nil, fmt.Errorf("%w: Word 6/95 format (nFib %#x); only Word 97–2003 is read: save it as .docx", ErrBadDOC, nFib)
	case flags&0x0100 != 0 || flags&0x8000 != 0:
		return nil, fmt.Errorf("%w: an encrypted Word document (remove the password first)", layout.ErrEncrypted)
	case flags&0x0004 != 0:
		return nil, fmt.Errorf("%w: a fast-saved Word document (open it in Word and save it once with fast saves off, or as .docx)", ErrBadDOC)
	}
	fib := &docFIB{tableStream: "0Table"}
	if flags&0x0200 != 0 {
		fib.tableStream = "1Table"
	}
	at := 32
	csw := int(binary.LittleEndian.Uint16(wd[at:]))
	at += 2 + 2*csw
	if at+2 > len(wd) {
		return nil, fmt.Errorf("%w: FIB cut short", ErrBadDOC)
	}
	cslw := int(binary.LittleEndian.Uint16(wd[at:]))
	at += 2
	if cslw < 4 || at+4*cslw+2 > len(wd) {
		return nil, fmt.Errorf("%w: FIB cut short", ErrBadDOC)
	}
	fib.ccpText = int(int32(binary.LittleEndian.Uint32(wd[at+12:])))
	at += 4 * cslw
	n := int(binary.LittleEndian.Uint16(wd[at:]))
	at += 2
	for i := 0; i < n && at+8 <= len(wd); i, at = i+1, at+8 {
		fib.fcLcb = append(fib.fcLcb, [2]uint32{binary.LittleEndian.Uint32(wd[at:]), binary.LittleEndian.Uint32(wd[at+4:])})
	}
	if fib.ccpText < 0 || fib.ccpText > len(wd) {
		return nil, fmt.Errorf("%w: the FIB claims %d characters of text", ErrBadDOC, fib.ccpText)
	}
	return fib, nil
}

// docPiece is one piece of the piece table: characters [cp, cpEnd) stored
// at byte offset fc of the WordDocument stream, one byte each (compressed,
// Windows-1252) or two (UTF-16LE).
type docPiece struct {
	cp, cpEnd  int
	fc         int
	compressed bool
}

// readPieces reads the piece table (PlcPcd) from the CLX, skipping the
// property modifiers (Prc) before it, and checks each piece lies in the
// WordDocument stream.
func readPieces(wd, clx []byte) ([]docPiece, error) {
	for len(clx) > 0 && clx[0] == 0x01 {
		if len(clx) < 3 {
			break
		}
		n := int(int16(binary.LittleEndian.Uint16(clx[1:])))
		if n < 0 || 3+n > len(clx) {
			return nil, fmt.Errorf("%w: a property modifier of the piece table runs past its end", ErrBadDOC)
		}
		clx = clx[3+n:]
	}
	if len(clx) < 5 || clx[0] != 0x02 {
		return nil, fmt.Errorf("%w: no piece table", ErrBadDOC)
	}
	lcb := int(binary.LittleEndian.Uint32(clx[1:]))
	plc := clx[5:]
	if lcb < 4 || lcb > len(plc) || (lcb-4)%12 != 0 {
		return nil, fmt.Errorf("%w: a piece table of %d bytes", ErrBadDOC, lcb)
	}
	n := (lcb - 4) / 12
	out := make([]docPiece, 0, n)
	for i := 0; i < n; i++ {
		cp := int(binary.LittleEndian.Uint32(plc[4*i:]))
		end := int(binary.LittleEndian.Uint32(plc[4*i+4:]))
		fcRaw := binary.LittleEndian.Uint32(plc[4*(n+1)+8*i+2:])
		p := docPiece{cp: cp, cpEnd: end, fc: int(fcRaw & 0x3FFFFFFF), compressed: fcRaw&0x40000000 != 0}
		size := 2
		if p.compressed {
			p.fc /= 2
			size = 1
		}
		if end < cp || cp < 0 || p.fc+size*(end-cp) > len(wd) {
			return nil, fmt.Errorf("%w: piece %d lies outside the WordDocument stream", ErrBadDOC, i+1)
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].cp < out[j].cp })
	return out, nil
}

// Special characters of the main text.
const (
	chCellMark   = 0x07
	chLineBreak  = 0x0B
	chPageBreak  = 0x0C
	chParaMark   = 0x0D
	chFieldBegin = 0x13
	chFieldSep   = 0x14
	chFieldEnd   = 0x15
	chNBHyphen   = 0x1E
	chSoftHyphen = 0x1F
)

// docWalker turns the characters of the main text into blocks.
type docWalker struct {
	cells  int               // table cells read (Limits.MaxCells)
	budget layout.TextBudget // paragraphs charged as they end (Limits.MaxText)
	lim    layout.Limits
	papx   []papxRun
	chpx   []chpxRun
	hint   int    // the CHPX run found last
	data   []byte // the WordDocument stream
	blocks []layout.Block
	nPara  int
	nTable int
	para   strings.Builder
	fields []bool // open fields; true while in the field's code
	tbl    *docTable
}

// walk reads characters [0, ccpText) piece by piece. Pieces that overlap
// (a damaged table) are read once, so the walk costs at most ccpText
// characters.
func (w *docWalker) walk(pieces []docPiece, ccpText int) error {
	done := 0 // characters [0, done) are read
	for _, p := range pieces {
		if p.cp >= ccpText {
			break
		}
		for cp := max(p.cp, done); cp < min(p.cpEnd, ccpText); cp++ {
			var r rune
			var fc int
			if p.compressed {
				fc = p.fc + (cp - p.cp)
				r = charmap.Windows1252.DecodeByte(w.byteAt(fc))
			} else {
				fc = p.fc + 2*(cp-p.cp)
				r = rune(w.u16At(fc))
			}
			if err := w.char(r, fc); err != nil {
				return err
			}
		}
		done = max(done, min(p.cpEnd, ccpText))
	}
	w.flushTable()
	if w.para.Len() > 0 {
		return w.paragraph(papxProps{})
	}
	return nil
}

// char handles one character at stream offset fc: text deleted with
// tracked changes is dropped (paragraph and cell marks stay, they carry the
// structure), Symbol-font characters become the signs they show.
func (w *docWalker) char(r rune, fc int) error {
	if cp := chpxAt(w.chpx, fc, &w.hint); cp != nil && r != chParaMark && r != chCellMark && r != chPageBreak {
		if cp.deleted {
			return nil
		}
		if cp.symbol != 0 {
			r = cp.symbol
		}
	}
	if r >= 0xF020 && r <= 0xF0FF {
		r = symbolRune(r) // a Symbol-font character written as itself
	}
	switch r {
	case chFieldBegin:
		w.fields = append(w.fields, true)
		return nil
	case chFieldSep:
		if n := len(w.fields); n > 0 {
			w.fields[n-1] = false
		}
		return nil
	case chFieldEnd:
		if n := len(w.fields); n > 0 {
			w.fields = w.fields[:n-1]
		}
		return nil
	case chParaMark, chCellMark, chPageBreak:
		return w.mark(r, w.props(fc))
	}
	if w.inFieldCode() {
		return nil
	}
	switch {
	case r == '\t':
		w.para.WriteByte('\t')
	case r == chLineBreak:
		w.para.WriteByte('\n')
	case r == chNBHyphen:
		w.para.WriteByte('-')
	case r < 0x20 || r == chSoftHyphen || (r >= 0xD800 && r <= 0xDFFF) || r == 0xFFFF:
		// pictures, drawn objects, note references, stray controls and
		// unpaired surrogates hold no text
	default:
		if w.para.Len() < w.maxText() {
			w.para.WriteRune(r)
		}
	}
	return nil
}

func (w *docWalker) inFieldCode() bool {
	for _, code := range w.fields {
		if code {
			return true
		}
	}
	return false
}

// maxText bounds the text gathered for one paragraph (the extractor cuts
// it to MaxCell with a warning); beyond it characters are dropped.
func (w *docWalker) maxText() int {
	if w.lim.MaxCell > 0 {
		return w.lim.MaxCell + 4
	}
	return 1 << 30
}

func (w *docWalker) byteAt(fc int) byte { return w.data[fc] }

func (w *docWalker) u16At(fc int) uint16 { return binary.LittleEndian.Uint16(w.data[fc:]) }

// mark ends a paragraph (¶, a cell mark, or a page/section break).
func (w *docWalker) mark(r rune, pp papxProps) error {
	if pp.itap > 1 && w.lim.MaxDepth > 0 && pp.itap > w.lim.MaxDepth {
		return fmt.Errorf("%w: tables nested deeper than %d", layout.ErrTooLarge, w.lim.MaxDepth)
	}
	if !pp.inTable {
		w.flushTable()
		return w.paragraph(pp)
	}
	if w.cells++; w.lim.MaxCells > 0 && w.cells > w.lim.MaxCells {
		return layout.OverLimit("cells", int64(w.lim.MaxCells), "table cells", "--max-cells")
	}
	text := w.para.String()
	w.para.Reset()
	if w.tbl == nil {
		w.nTable++
		w.tbl = &docTable{num: w.nTable}
	}
	w.tbl.add(r, text, pp)
	return nil
}

// paragraph emits the text gathered as a paragraph outside tables,
// charged to the text budget first.
func (w *docWalker) paragraph(pp papxProps) error {
	w.nPara++
	if w.para.Len() == 0 {
		return nil // an empty paragraph holds nothing: it is counted, not kept
	}
	if err := w.budget.Spend(w.para.Len()); err != nil {
		return err
	}
	text := w.para.String()
	w.para.Reset()
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "")
	}
	w.blocks = append(w.blocks, layout.Block{Para: &layout.Paragraph{Text: text, Level: pp.level, Pos: model.Pos{Paragraph: w.nPara}}})
	return nil
}

func (w *docWalker) flushTable() {
	if w.tbl != nil {
		w.blocks = append(w.blocks, layout.Block{Table: w.tbl.layout()})
		w.tbl = nil
	}
}
