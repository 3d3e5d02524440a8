// Package docx reads the word/document.xml of a DOCX package into the
// layout, as a stream of gosax tokens: docx.go the package and the token
// loop, docxelems.go a handler per element, docxtable.go tables (gridSpan,
// vMerge).
package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/orisano/gosax"

	"github.com/perfdoc/perfdoc/internal/xmlcap"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// ErrBadDOCX means the DOCX package or its XML could not be read.
var ErrBadDOCX = errors.New("unreadable DOCX")

// Read opens a DOCX package and reads word/document.xml into blocks.
// The part is streamed through a token reader; its inflated size is capped
// at lim.MaxInflate and table nesting at lim.MaxDepth.
func Read(data []byte, lim layout.Limits) ([]layout.Block, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: not a zip package: %v", ErrBadDOCX, err)
	}
	var part *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			part = f
			break
		}
	}
	if part == nil {
		return nil, notWordPackage(zr)
	}
	if lim.MaxInflate > 0 && part.UncompressedSize64 > uint64(lim.MaxInflate) {
		return nil, fmt.Errorf("%w: word/document.xml inflates to %d bytes, over the limit of %d (see --max-inflate)", layout.ErrTooLarge, part.UncompressedSize64, lim.MaxInflate)
	}
	rc, err := part.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadDOCX, err)
	}
	defer rc.Close()
	var r io.Reader = rc
	lr := &limitedReader{r: rc, n: lim.MaxInflate}
	if lim.MaxInflate > 0 {
		r = lr
	}
	// no token longer than a cell may hold is buffered whole: a run of
	// text is cut past six cells' worth (entities may be six bytes a
	// character: the walker's own cut, with its warning, still applies),
	// markup past maxMarkup is refused
	r = xmlcap.New(r, max(0, 6*lim.MaxCell+16), maxMarkup)
	w := &docxWalker{lim: lim, budget: layout.NewTextBudget(lim)}
	if err := w.walk(r); err != nil {
		if lr.hit {
			err = fmt.Errorf("%w: word/document.xml inflates past the limit of %d bytes (see --max-inflate)", layout.ErrTooLarge, lim.MaxInflate)
		}
		return nil, &layout.ParseError{Pos: w.pos(), Offset: w.offset, Err: err}
	}
	return w.blocks, nil
}

// limitedReader fails once more than n bytes were read, so that a zip bomb
// that lies about its size is stopped too.
type limitedReader struct {
	r   io.Reader
	n   int64
	hit bool
}

// Read reads at most the bytes left under the limit.
func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		l.hit = true
		return 0, errInflateLimit
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

var errInflateLimit = errors.New("inflate limit reached")

// maxMarkup bounds one tag (with its attributes), comment or other markup
// of document.xml: Word writes none longer than a few KiB.
const maxMarkup = 4 << 20

// docxWalker turns the token stream of document.xml into blocks. Each
// element is handled by the start and end handlers of its local name
// (docxelems.go); open elements are a stack of their ids, so an end tag is
// never parsed, and the content of elements that hold no text (run
// properties, deleted text …) is counted through without being looked at.
type docxWalker struct {
	lim    layout.Limits
	blocks []layout.Block
	offset int64 // bytes of document.xml read

	open []docxOpen // the open elements
	skip int        // depth inside an element whose content is dropped

	tables []*docxTable // open tables, innermost last
	nTable int
	cells  int // rows and cells read, all tables (Limits.MaxCells)
	nPara  int
	budget layout.TextBudget // paragraphs charged as they end (Limits.MaxText)
	err    error             // what an end handler refused

	para      []byte // the text of the open paragraph
	paraDepth int    // paragraphs open (a text box's inside a paragraph)
	level     int    // the open paragraph's heading level

	inText   bool   // inside w:t
	fldDepth int    // complex fields whose instruction is being read
	fldStack []bool // per open field: still in its instruction
	choseOne []bool // per open mc:AlternateContent: a branch was taken
}

// pos is where the walker is: the top-level table it is in.
func (w *docxWalker) pos() model.Pos {
	if len(w.tables) > 0 {
		return model.Pos{Table: w.nTable}
	}
	return model.Pos{}
}

func (w *docxWalker) walk(r io.Reader) error {
	xr := gosax.NewReaderSize(r, 64*1024)
	xr.EmitSelfClosingTag = true
	for {
		ev, err := xr.Event()
		if err != nil {
			return xmlError(err)
		}
		switch ev.Type() {
		case gosax.EventEOF:
			if len(w.open) != 0 || w.skip != 0 || len(w.tables) > 0 {
				return fmt.Errorf("%w: word/document.xml ends before its elements close (truncated or malformed XML)", ErrBadDOCX)
			}
			return nil
		case gosax.EventStart:
			if err := w.start(ev.Bytes); err != nil {
				return err
			}
		case gosax.EventEnd:
			if len(ev.Bytes) > 1 && ev.Bytes[1] != '/' {
				continue // a self-closing tag: handled, and counted, at its start
			}
			if err := w.end(ev.Bytes); err != nil {
				return err
			}
		case gosax.EventText, gosax.EventCData:
			if w.inText && w.skip == 0 && w.fldDepth == 0 {
				w.text(ev)
			}
		}
		w.offset += int64(len(ev.Bytes))
	}
}

// xmlError says what a failure of the token reader means.
func xmlError(err error) error {
	if errors.Is(err, errInflateLimit) {
		return err
	}
	if errors.Is(err, xmlcap.ErrMarkup) {
		return fmt.Errorf("%w: word/document.xml: %v", layout.ErrTooLarge, err)
	}
	if errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrChecksum) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: word/document.xml is corrupt or misdeclares its size (%v)", ErrBadDOCX, err)
	}
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		return fmt.Errorf("%w: word/document.xml is corrupt (%v)", ErrBadDOCX, err)
	}
	return fmt.Errorf("%w: malformed XML in word/document.xml: %v", ErrBadDOCX, err)
}

// docxOpen is an open element: its id and a fingerprint of its name that
// its end tag must match.
type docxOpen struct {
	id docxID
	fp uint64
}

// fingerprint sums up a tag name for the check that an end tag closes
// the element open: its length, first four and last two bytes.
func fingerprint(name []byte) uint64 {
	n := len(name)
	if n < 4 {
		var b [4]byte
		copy(b[:], name)
		return uint64(n)<<48 | uint64(binary.LittleEndian.Uint32(b[:]))
	}
	return uint64(n)<<48 | uint64(binary.LittleEndian.Uint16(name[n-2:]))<<32 | uint64(binary.LittleEndian.Uint32(name))
}

// start handles a start tag: inside dropped content it only counts depth.
// A self-closing tag ("<w:br/>") is an element without content: its start
// and end handlers run at once and it is never put on the stack.
func (w *docxWalker) start(tag []byte) error {
	selfClosing := len(tag) > 2 && tag[len(tag)-2] == '/'
	if w.skip > 0 {
		if !selfClosing {
			w.skip++
		}
		return nil
	}
	if !selfClosing && len(w.open) >= maxElementDepth(w.lim) {
		return layout.OverLimit("depth", int64(maxElementDepth(w.lim)), "elements nested in one another", "--max-depth")
	}
	name, local, attrs := office.SplitTag(tag)
	id := docxIDOf(local)
	if docxSkips(id) {
		if !selfClosing {
			w.open = append(w.open, docxOpen{id, fingerprint(name)})
			w.skip = 1
		}
		return nil
	}
	if !selfClosing {
		w.open = append(w.open, docxOpen{id, fingerprint(name)})
	}
	if h := docxStart[id]; h != nil {
		if err := h(w, attrs); err != nil {
			return err
		}
	}
	if selfClosing {
		w.skip = 0 // (an empty mc:Choice asks to skip nothing)
		if h := docxEnd[id]; h != nil {
			h(w)
		}
	}
	return w.err
}

// end handles an end tag: the element that ends is the last one opened,
// and the tag must name it.
func (w *docxWalker) end(tag []byte) error {
	if w.skip > 0 {
		if w.skip--; w.skip > 0 {
			return nil
		}
	}
	n := len(w.open)
	if n == 0 {
		return fmt.Errorf("%w: malformed XML in word/document.xml: an end tag without its start", ErrBadDOCX)
	}
	o := w.open[n-1]
	if fingerprint(office.EndName(tag)) != o.fp {
		return fmt.Errorf("%w: malformed XML in word/document.xml: %s does not close the element open", ErrBadDOCX, tag)
	}
	w.open = w.open[:n-1]
	if h := docxEnd[o.id]; h != nil {
		h(w)
	}
	return w.err
}

// text appends the text of a w:t (unescaped; CDATA without its markers).
func (w *docxWalker) text(ev gosax.Event) {
	t := ev.Bytes
	if ev.Type() == gosax.EventCData {
		t = bytes.TrimSuffix(bytes.TrimPrefix(t, []byte("<![CDATA[")), []byte("]]>"))
	} else if u, err := gosax.Unescape(t); err == nil {
		t = u
	}
	// a text longer than a cell may hold is cut while it is read (the
	// extractor warns of the cut): one huge w:t is never buffered whole
	if room := w.lim.MaxCell + 4 - len(w.para); w.lim.MaxCell > 0 && len(t) > room {
		t = t[:max(room, 0)]
	}
	w.para = append(w.para, t...)
}

// maxElementDepth bounds the nesting of XML elements in a DOCX: 16 times
// the table depth (512 by default), as for HTML.
func maxElementDepth(lim layout.Limits) int {
	if lim.MaxDepth <= 0 {
		return 1 << 30
	}
	return 16 * lim.MaxDepth
}

// notWordPackage says what a zip without word/document.xml is: an
// OpenDocument file (its mimetype entry says so), a zip of files (no
// [Content_Types].xml, which every Office package has: a bundle of
// filings), else an Office package of another kind (ErrBadDOCX).
func notWordPackage(zr *zip.Reader) error {
	for _, f := range zr.File {
		if f.Name != "mimetype" || f.UncompressedSize64 > 100 {
			continue
		}
		if rc, err := f.Open(); err == nil {
			b, _ := io.ReadAll(io.LimitReader(rc, 100))
			rc.Close()
			if bytes.HasPrefix(b, []byte("application/vnd.oasis.opendocument.")) {
				return fmt.Errorf("%w (%s)", layout.ErrOpenDocument, b)
			}
		}
	}
	for _, f := range zr.File {
		if f.Name == "[Content_Types].xml" {
			return fmt.Errorf("%w: the package has no word/document.xml", ErrBadDOCX)
		}
	}
	return fmt.Errorf("%w (zip)", layout.ErrArchive)
}
