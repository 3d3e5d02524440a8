package parser

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/orisano/gosax"

	"github.com/perfdoc/perfdoc/model"
)

// readDOCX opens a DOCX package and reads word/document.xml into blocks.
// The part is streamed through a token reader; its inflated size is capped
// at lim.MaxInflate and table nesting at lim.MaxDepth.
func readDOCX(data []byte, lim Limits) ([]Block, error) {
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
		return nil, fmt.Errorf("%w: the package has no word/document.xml", ErrBadDOCX)
	}
	if lim.MaxInflate > 0 && part.UncompressedSize64 > uint64(lim.MaxInflate) {
		return nil, fmt.Errorf("%w: word/document.xml inflates to %d bytes, over the limit of %d (see --max-inflate)", ErrTooLarge, part.UncompressedSize64, lim.MaxInflate)
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
	w := newDocxWalker(lim)
	if err := w.walk(r); err != nil {
		if lr.hit {
			return nil, fmt.Errorf("%w: word/document.xml inflates past the limit of %d bytes (see --max-inflate)", ErrTooLarge, lim.MaxInflate)
		}
		return nil, err
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

// docxCell collects one w:tc.
type docxCell struct {
	paras   []string
	span    int
	vmerge  int // 0 none, 1 restart, 2 continue
	col     int // 1-based grid column
	nested  []string
	hasText bool
}

type docxRow struct {
	cells      []docxCell
	gridBefore int
	col        int
}

type docxTable struct {
	rows [][]docxCell
	row  *docxRow
	cell *docxCell
	pos  model.Pos
}

// docxWalker turns the token stream of document.xml into blocks.
type docxWalker struct {
	lim    Limits
	blocks []Block
	tables []*docxTable // open tables, innermost last
	nTable int
	nPara  int

	para      strings.Builder
	paraDepth int
	level     int

	inText   bool
	skip     int // depth inside an element whose content is dropped
	fldDepth int // complex fields whose instruction is being read
	fldStack []bool
	choseOne []bool
	depth    int // open elements
}

func newDocxWalker(lim Limits) *docxWalker { return &docxWalker{lim: lim} }

// localName strips a namespace prefix: "w:tc" → "tc".
func localName(b []byte) []byte {
	if i := bytes.IndexByte(b, ':'); i >= 0 {
		return b[i+1:]
	}
	return b
}

// attr returns the value of the attribute whose local name is key.
func attr(rest []byte, key string) (string, bool) {
	for len(rest) > 0 {
		a, r, err := gosax.NextAttribute(rest)
		if err != nil || len(a.Key) == 0 {
			return "", false
		}
		rest = r
		if string(localName(a.Key)) == key {
			v := a.Value
			if len(v) >= 2 {
				v = v[1 : len(v)-1]
			}
			u, err := gosax.Unescape(v)
			if err != nil {
				return string(v), true
			}
			return string(u), true
		}
	}
	return "", false
}

func (w *docxWalker) walk(r io.Reader) error {
	xr := gosax.NewReaderSize(r, 64*1024)
	xr.EmitSelfClosingTag = true
	for {
		ev, err := xr.Event()
		if err != nil {
			if errors.Is(err, errInflateLimit) {
				return err
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
		switch ev.Type() {
		case gosax.EventEOF:
			if w.depth != 0 || len(w.tables) > 0 {
				return fmt.Errorf("%w: word/document.xml ends before its elements close (truncated or malformed XML)", ErrBadDOCX)
			}
			return nil
		case gosax.EventStart:
			w.depth++
			name, rest := gosax.Name(ev.Bytes)
			if err := w.start(localName(name), name, rest); err != nil {
				return err
			}
		case gosax.EventEnd:
			w.depth--
			if w.depth < 0 {
				return fmt.Errorf("%w: malformed XML in word/document.xml: an end tag without its start", ErrBadDOCX)
			}
			name, _ := gosax.Name(ev.Bytes)
			w.end(localName(name), name)
		case gosax.EventText, gosax.EventCData:
			if w.inText && w.skip == 0 && w.fldDepth == 0 {
				t := ev.Bytes
				if ev.Type() == gosax.EventText {
					u, err := gosax.Unescape(t)
					if err == nil {
						t = u
					}
				} else {
					t = bytes.TrimSuffix(bytes.TrimPrefix(t, []byte("<![CDATA[")), []byte("]]>"))
				}
				w.para.Write(t)
			}
		}
	}
}

// symbols maps the Symbol font's private-use code points that Word writes
// in w:sym to Unicode.
var symbols = map[string]string{
	"F0B3": "≥", "F0A3": "≤", "F0B1": "±", "F0B4": "×", "F0B8": "÷",
	"F0B9": "≠", "F0BB": "≈", "F0BA": "≡", "F0B0": "°", "F0D7": "·",
	"F03C": "<", "F03E": ">", "F03D": "=", "F025": "%", "F02D": "−",
}

func (w *docxWalker) start(local, full, rest []byte) error {
	if w.skip > 0 {
		w.skip++
		return nil
	}
	switch string(local) {
	case "del", "moveFrom", "delText", "instrText", "delInstrText", "sdtPr", "rPr", "pPrChange", "rPrChange", "Fallback", "footnoteReference":
		// deleted or moved-away text, field instructions, formatting and
		// the unchosen branch of mc:AlternateContent hold no text to keep
		w.skip = 1
	case "AlternateContent":
		w.choseOne = append(w.choseOne, false)
	case "Choice":
		if n := len(w.choseOne); n > 0 {
			if w.choseOne[n-1] {
				w.skip = 1
			} else {
				w.choseOne[n-1] = true
			}
		}
	case "t":
		w.inText = true
	case "tab":
		if w.paraDepth > 0 && w.fldDepth == 0 {
			w.para.WriteByte('\t')
		}
	case "br", "cr":
		if w.paraDepth > 0 && w.fldDepth == 0 {
			w.para.WriteByte('\n')
		}
	case "noBreakHyphen":
		w.para.WriteByte('-')
	case "sym":
		c, _ := attr(rest, "char")
		c = strings.ToUpper(c)
		if s, ok := symbols[c]; ok {
			w.para.WriteString(s)
		} else if n, err := strconv.ParseUint(c, 16, 32); err == nil && n >= 0x20 && n < 0xF000 {
			w.para.WriteRune(rune(n))
		}
	case "fldChar":
		t, _ := attr(rest, "fldCharType")
		switch t {
		case "begin":
			w.fldStack = append(w.fldStack, true)
			w.fldDepth++
		case "separate":
			if n := len(w.fldStack); n > 0 && w.fldStack[n-1] {
				w.fldStack[n-1] = false
				w.fldDepth--
			}
		case "end":
			if n := len(w.fldStack); n > 0 {
				if w.fldStack[n-1] {
					w.fldDepth--
				}
				w.fldStack = w.fldStack[:n-1]
			}
		}
	case "p":
		w.paraDepth++
		if w.paraDepth == 1 {
			w.para.Reset()
			w.level = 0
		} else {
			// a paragraph inside a text box inside a paragraph: keep its
			// text apart from the host's
			w.para.WriteByte('\n')
		}
	case "pStyle":
		v, _ := attr(rest, "val")
		w.level = headingLevel(v)
	case "outlineLvl":
		v, _ := attr(rest, "val")
		if n, err := strconv.Atoi(v); err == nil && n < 9 && w.level == 0 {
			w.level = n + 1
		}
	case "tbl":
		if len(w.tables) >= w.lim.MaxDepth && w.lim.MaxDepth > 0 {
			return fmt.Errorf("%w: tables nested deeper than %d", ErrTooLarge, w.lim.MaxDepth)
		}
		t := &docxTable{}
		if len(w.tables) == 0 {
			w.nTable++
			t.pos = model.Pos{Table: w.nTable}
		}
		w.tables = append(w.tables, t)
	case "tr":
		if t := w.table(); t != nil {
			t.row = &docxRow{col: 1}
		}
	case "gridBefore":
		if t := w.table(); t != nil && t.row != nil {
			v, _ := attr(rest, "val")
			if n, err := strconv.Atoi(v); err == nil && n > 0 && n < 1000 {
				t.row.col += n
			}
		}
	case "tc":
		if t := w.table(); t != nil && t.row != nil {
			t.cell = &docxCell{span: 1, col: t.row.col}
		}
	case "gridSpan":
		if t := w.table(); t != nil && t.cell != nil {
			v, _ := attr(rest, "val")
			if n, err := strconv.Atoi(v); err == nil && n > 1 && n < 1000 {
				t.cell.span = n
			}
		}
	case "vMerge":
		if t := w.table(); t != nil && t.cell != nil {
			v, _ := attr(rest, "val")
			if v == "restart" {
				t.cell.vmerge = 1
			} else {
				t.cell.vmerge = 2
			}
		}
	}
	return nil
}

func (w *docxWalker) table() *docxTable {
	if n := len(w.tables); n > 0 {
		return w.tables[n-1]
	}
	return nil
}

func (w *docxWalker) end(local, full []byte) {
	if w.skip > 0 {
		w.skip--
		return
	}
	switch string(local) {
	case "t":
		w.inText = false
	case "AlternateContent":
		if n := len(w.choseOne); n > 0 {
			w.choseOne = w.choseOne[:n-1]
		}
	case "p":
		if w.paraDepth == 0 {
			return
		}
		w.paraDepth--
		if w.paraDepth > 0 {
			return
		}
		text := w.para.String()
		if t := w.table(); t != nil {
			if t.cell != nil {
				t.cell.paras = append(t.cell.paras, text)
			}
			return
		}
		w.nPara++
		w.blocks = append(w.blocks, Block{Para: &Paragraph{Text: text, Level: w.level, Pos: model.Pos{Paragraph: w.nPara}}})
	case "tc":
		if t := w.table(); t != nil && t.cell != nil && t.row != nil {
			t.row.cells = append(t.row.cells, *t.cell)
			t.row.col += t.cell.span
			t.cell = nil
		}
	case "tr":
		if t := w.table(); t != nil && t.row != nil {
			t.rows = append(t.rows, t.row.cells)
			t.row = nil
		}
	case "tbl":
		n := len(w.tables)
		if n == 0 {
			return
		}
		t := w.tables[n-1]
		w.tables = w.tables[:n-1]
		if outer := w.table(); outer != nil {
			// a nested table: its text stays in the cell that holds it
			if outer.cell != nil {
				for _, r := range t.rows {
					var parts []string
					for _, c := range r {
						parts = append(parts, strings.Join(c.paras, "\n"))
					}
					outer.cell.paras = append(outer.cell.paras, strings.Join(parts, "\t"))
				}
			}
			return
		}
		w.blocks = append(w.blocks, Block{Table: t.layout()})
	}
}

// layout turns the collected rows into a Table, resolving vertical merges to
// continuation cells that point at their origin.
func (t *docxTable) layout() *Table {
	out := &Table{Pos: model.Pos{Table: t.pos.Table, Row: 1, Col: 1}}
	origin := map[int]int{} // grid column → index into out.Rows of the restart row
	originCell := map[int]*Cell{}
	for ri, r := range t.rows {
		row := make([]Cell, 0, len(r))
		for _, c := range r {
			pos := model.Pos{Table: t.pos.Table, Row: ri + 1, Col: c.col}
			cell := Cell{Text: strings.Join(c.paras, "\n"), RowSpan: 1, ColSpan: c.span, Pos: pos}
			switch c.vmerge {
			case 2:
				if oc, ok := originCell[c.col]; ok {
					cell.Merged = true
					cell.Origin = oc.Pos
					cell.Text = ""
					out.Rows[origin[c.col]][indexOf(out.Rows[origin[c.col]], c.col)].RowSpan++
				}
			case 1:
				delete(originCell, c.col)
			default:
				delete(originCell, c.col)
			}
			row = append(row, cell)
			if c.vmerge == 1 {
				origin[c.col] = ri
				cp := cell
				originCell[c.col] = &cp
			}
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

func indexOf(row []Cell, col int) int {
	for i, c := range row {
		if c.Pos.Col == col {
			return i
		}
	}
	bug("no cell at column %d", col)
	return 0
}

// headingLevel reads a heading level from a paragraph style id such as
// "Heading2", "heading 2", "2" (WPS) or "Title".
func headingLevel(style string) int {
	if len(style) == 1 && style[0] >= '1' && style[0] <= '9' {
		return int(style[0] - '0')
	}
	if len(style) < 5 || (style[0] != 'H' && style[0] != 'h' && style[0] != 'T' && style[0] != 't') {
		return 0 // most paragraphs: body text styles
	}
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	switch {
	case s == "title":
		return 1
	case strings.HasPrefix(s, "heading"):
		if n, err := strconv.Atoi(s[len("heading"):]); err == nil && n > 0 && n < 10 {
			return n
		}
	}
	return 0
}
