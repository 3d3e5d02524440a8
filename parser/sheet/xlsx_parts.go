package sheet

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/orisano/gosax"

	"github.com/perfdoc/perfdoc/parser/internal/numfmt"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// sharedStrings reads the shared-string table, when the package has one:
// each <si>'s text, plain or in rich-text runs; phonetic runs (<rPh>,
// the reading of Japanese text) are left out. A table of more than
// maxWorkbookCells strings is refused, counted to its end.
func (p *xlsxPackage) sharedStrings(wb *xlsxWorkbook, name string) error {
	if p.part(name) == nil {
		return nil
	}
	h := &sstHandler{}
	if err := p.walk(name, h); err != nil {
		return err
	}
	if h.n > maxWorkbookCells {
		return fmt.Errorf("%w: the shared-string table holds %d strings, over the limit of %d", layout.ErrTooLarge, h.n, maxWorkbookCells)
	}
	wb.sst = h.strs
	return nil
}

// sstHandler collects the strings of sharedStrings.xml.
type sstHandler struct {
	strs []string
	n    int // <si> elements seen
	buf  richText
}

func (h *sstHandler) start(local, _ []byte) error {
	if string(local) == "si" {
		h.n++
		h.buf.reset()
		return nil
	}
	h.buf.start(local)
	return nil
}

func (h *sstHandler) end(local []byte) error {
	if string(local) == "si" {
		if h.n <= maxWorkbookCells {
			h.strs = append(h.strs, h.buf.String())
		}
		return nil
	}
	h.buf.end(local)
	return nil
}

func (h *sstHandler) text(t []byte) { h.buf.text(t) }

// richText gathers the text of a string item (<si>, <is>): the <t>
// elements, directly or in runs (<r>), but not those of phonetic runs
// (<rPh>).
type richText struct {
	b      []byte
	inT    bool
	rPh    int // depth in phonetic runs
	active bool
}

func (r *richText) reset() { *r = richText{b: r.b[:0], active: true} }

func (r *richText) start(local []byte) {
	switch string(local) {
	case "t":
		r.inT = r.active && r.rPh == 0
	case "rPh":
		r.rPh++
	}
}

func (r *richText) end(local []byte) {
	switch string(local) {
	case "t":
		r.inT = false
	case "rPh":
		r.rPh--
	}
}

func (r *richText) text(t []byte) {
	if !r.inT {
		return
	}
	if u, err := gosax.Unescape(t); err == nil {
		t = u
	}
	r.b = append(r.b, t...)
}

// String is the text gathered, with ST_Xstring escapes decoded.
func (r *richText) String() string { return decodeXString(string(r.b)) }

// decodeXString decodes the _xHHHH_ escapes OOXML uses for characters
// XML cannot carry (_x000D_ is a carriage return; _x005F_ a literal "_").
func decodeXString(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(v))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// styles reads the number formats of styles.xml, when the package has
// one: the custom codes by id (<numFmts>) and the format id of each cell
// format (<cellXfs>; a cell's s attribute indexes them).
func (p *xlsxPackage) styles(wb *xlsxWorkbook, name string) error {
	h := &stylesHandler{custom: map[int]string{}}
	if p.part(name) != nil {
		if err := p.walk(name, h); err != nil {
			return err
		}
	}
	wb.xfFormat = h.xf
	wb.formats = numfmt.NewFormats(h.custom)
	return nil
}

type stylesHandler struct {
	custom map[int]string
	xf     []int
	inXfs  bool
}

func (h *stylesHandler) start(local, attrs []byte) error {
	switch string(local) {
	case "numFmt":
		id, err := strconv.Atoi(string(office.AttrBytes(attrs, "numFmtId")))
		if code, ok := office.Attr(attrs, "formatCode"); ok && err == nil && len(h.custom) < maxWorkbookCells {
			h.custom[id] = code
		}
	case "cellXfs":
		h.inXfs = true
	case "xf":
		if !h.inXfs {
			return nil
		}
		if len(h.xf) >= maxWorkbookCells {
			return fmt.Errorf("%w: more than %d cell formats", layout.ErrTooLarge, maxWorkbookCells)
		}
		id, _ := strconv.Atoi(string(office.AttrBytes(attrs, "numFmtId")))
		h.xf = append(h.xf, id)
	}
	return nil
}

func (h *stylesHandler) end(local []byte) error {
	if string(local) == "cellXfs" {
		h.inXfs = false
	}
	return nil
}

func (h *stylesHandler) text([]byte) {}
