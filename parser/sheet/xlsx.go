package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/orisano/gosax"

	"github.com/perfdoc/perfdoc/internal/xmlcap"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/internal/numfmt"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// ErrBadXLSX means the XLSX package or its XML could not be read.
var ErrBadXLSX = errors.New("unreadable XLSX")

// ReadXLSX reads the visible sheets of an XLSX workbook into blocks, in
// workbook order; hidden sheets are skipped with a note. The package is
// read with archive/zip and each part streamed as XML tokens (gosax): the
// workbook and its relationships, the shared strings, the cell formats
// of styles.xml, then each sheet's cells and merges (xlsx_sheet.go).
// Cells come as the sheet shows them (number formats applied by numfmt,
// formulas by their cached value). The package may inflate to at most
// lim.MaxInflate bytes; see also maxSheetRows and maxWorkbookCells.
func ReadXLSX(data []byte, lim layout.Limits) ([]layout.Block, []model.Unrecognized, error) {
	var lay sheetLayout
	notes, err := readXLSXSheets(data, lim, lay.add)
	if err != nil {
		return nil, nil, err
	}
	return lay.blocks, notes, nil
}

// readXLSXSheets reads a workbook and hands each visible sheet, in
// workbook order, to add; it returns the notes on hidden sheets.
func readXLSXSheets(data []byte, lim layout.Limits, add func(*sheetData) error) ([]model.Unrecognized, error) {
	pkg, err := openXLSX(data, lim)
	if err != nil {
		return nil, err
	}
	wb, err := pkg.workbook()
	if err != nil {
		return nil, err
	}
	var notes []model.Unrecognized
	read := 0
	for _, sh := range wb.sheets {
		if sh.hidden {
			notes = append(notes, model.Unrecognized{Text: fmt.Sprintf("hidden sheet %q skipped", sh.name), Source: model.Pos{Sheet: sh.name}})
			continue
		}
		s, err := pkg.sheet(wb, sh, &read)
		if err != nil {
			return nil, err
		}
		if err := add(s); err != nil {
			return nil, err
		}
	}
	return notes, nil
}

// xlsxPackage is an XLSX zip package: its parts by name.
type xlsxPackage struct {
	parts map[string]*zip.File
	lower map[string]*zip.File // by lower-case name: part names ignore case
	// maxRun bounds a run of text in a part as the tokenizer sees it (see
	// walk); 0: no bound
	maxRun int
}

// maxMarkup bounds one tag (with its attributes), comment or other markup
// of a part: Excel writes none longer than a few KiB.
const maxMarkup = 4 << 20

// openXLSX opens the zip and refuses a package whose parts declare more
// than lim.MaxInflate bytes in all. A part that inflates past its
// declared size, or to other bytes than its CRC says, fails as it is read.
func openXLSX(data []byte, lim layout.Limits) (*xlsxPackage, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: not a zip package: %v", ErrBadXLSX, err)
	}
	var total uint64
	// a run of text past six cells' worth (entities may be six bytes a
	// character) is cut before the tokenizer holds it: a 240 MB shared
	// string costs a few MiB, and is cut to a cell's limit later
	p := &xlsxPackage{parts: map[string]*zip.File{}, lower: map[string]*zip.File{}, maxRun: max(0, 6*lim.MaxCell+16)}
	for _, f := range zr.File {
		total += f.UncompressedSize64
		name := strings.TrimPrefix(strings.ReplaceAll(f.Name, "\\", "/"), "/")
		p.parts[name] = f
		p.lower[strings.ToLower(name)] = f
	}
	if lim.MaxInflate > 0 && total > uint64(lim.MaxInflate) {
		return nil, fmt.Errorf("%w: the package inflates to %d bytes, over the limit of %d (see --max-inflate)", layout.ErrTooLarge, total, lim.MaxInflate)
	}
	return p, nil
}

// part finds a part by name, in any case; nil when there is none.
func (p *xlsxPackage) part(name string) *zip.File {
	if f := p.parts[name]; f != nil {
		return f
	}
	return p.lower[strings.ToLower(name)]
}

// xmlHandler receives a part's XML: each element's start (its local name
// and the bytes of its attributes) and end, and text between tags (still
// escaped). A self-closing element gets its start and end at once.
type xmlHandler interface {
	start(local, attrs []byte) error
	end(local []byte) error
	text(t []byte)
}

// walk streams part name through h. The part must exist.
func (p *xlsxPackage) walk(name string, h xmlHandler) error {
	f := p.part(name)
	if f == nil {
		return fmt.Errorf("%w: the package has no part %s", ErrBadXLSX, name)
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%w: part %s: %v", ErrBadXLSX, name, err)
	}
	defer rc.Close()
	xr := gosax.NewReaderSize(xmlcap.New(rc, p.maxRun, maxMarkup), int(min(f.UncompressedSize64+64, 64<<10)))
	xr.EmitSelfClosingTag = true
	for {
		ev, err := xr.Event()
		if err != nil {
			return partError(name, err)
		}
		switch ev.Type() {
		case gosax.EventEOF:
			return nil
		case gosax.EventStart:
			_, local, attrs := office.SplitTag(ev.Bytes)
			if err := h.start(local, attrs); err != nil {
				return err
			}
			if n := len(ev.Bytes); n > 2 && ev.Bytes[n-2] == '/' {
				if err := h.end(local); err != nil {
					return err
				}
			}
		case gosax.EventEnd:
			if len(ev.Bytes) > 1 && ev.Bytes[1] == '/' {
				if err := h.end(office.LocalName(office.EndName(ev.Bytes))); err != nil {
					return err
				}
			}
		case gosax.EventText:
			h.text(ev.Bytes)
		case gosax.EventCData:
			h.text(cdataText(ev.Bytes))
		}
	}
}

// cdataText escapes the content of a CDATA section, so that handlers
// unescape all text alike.
func cdataText(b []byte) []byte {
	b = bytes.TrimSuffix(bytes.TrimPrefix(b, []byte("<![CDATA[")), []byte("]]>"))
	if bytes.IndexAny(b, "&<>") < 0 {
		return b
	}
	var out bytes.Buffer
	for _, c := range b {
		switch c {
		case '&':
			out.WriteString("&amp;")
		case '<':
			out.WriteString("&lt;")
		case '>':
			out.WriteString("&gt;")
		default:
			out.WriteByte(c)
		}
	}
	return out.Bytes()
}

// partError says on one line why reading a part failed.
func partError(name string, err error) error {
	if errors.Is(err, xmlcap.ErrMarkup) {
		return fmt.Errorf("%w: %s: %v", layout.ErrTooLarge, name, err)
	}
	var ce flate.CorruptInputError
	if errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrChecksum) || errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &ce) {
		return fmt.Errorf("%w: part %s is corrupt or misdeclares its size", ErrBadXLSX, name)
	}
	return fmt.Errorf("%w: malformed XML in %s: %s", ErrBadXLSX, name, office.OneLine(err))
}

// xlsxSheet is a sheet as the workbook lists it.
type xlsxSheet struct {
	name, part string
	hidden     bool // hidden or very hidden
}

// xlsxWorkbook is what the workbook part and its relationships say, with
// the shared strings and cell formats.
type xlsxWorkbook struct {
	sheets   []xlsxSheet
	date1904 bool
	sst      []string
	xfFormat []int // the number format id of each cell format (cellXfs)
	formats  *numfmt.Formats
}

// workbook reads the workbook part (found through the package's
// relationships), its relationships, the shared strings and the styles.
func (p *xlsxPackage) workbook() (*xlsxWorkbook, error) {
	name := "xl/workbook.xml"
	if rels, err := p.rels("_rels/.rels", ""); err == nil {
		for _, r := range rels {
			if strings.HasSuffix(r.typ, "/officeDocument") && p.part(r.target) != nil {
				name = r.target
			}
		}
	}
	h := &workbookHandler{}
	if err := p.walk(name, h); err != nil {
		return nil, err
	}
	if !h.root || len(h.sheets) == 0 {
		return nil, fmt.Errorf("%w: %s lists no sheets", ErrBadXLSX, name)
	}
	dir := path.Dir(name)
	rels, err := p.rels(path.Join(dir, "_rels", path.Base(name)+".rels"), dir)
	if err != nil {
		return nil, err
	}
	wb := &xlsxWorkbook{date1904: h.date1904}
	sst, styles := path.Join(dir, "sharedStrings.xml"), path.Join(dir, "styles.xml")
	byID := map[string]string{}
	for _, r := range rels {
		byID[r.id] = r.target
		switch {
		case strings.HasSuffix(r.typ, "/sharedStrings"):
			sst = r.target
		case strings.HasSuffix(r.typ, "/styles"):
			styles = r.target
		}
	}
	for _, s := range h.sheets {
		wb.sheets = append(wb.sheets, xlsxSheet{name: s.name, part: byID[s.rid], hidden: s.hidden})
	}
	if err := p.sharedStrings(wb, sst); err != nil {
		return nil, err
	}
	return wb, p.styles(wb, styles)
}

// workbookHandler reads xl/workbook.xml: the sheets in order, their
// state and relationship ids, and the date system.
type workbookHandler struct {
	root     bool
	date1904 bool
	sheets   []struct {
		name, rid string
		hidden    bool
	}
}

func (h *workbookHandler) start(local, attrs []byte) error {
	switch string(local) {
	case "workbook":
		h.root = true
	case "workbookPr":
		v, _ := office.Attr(attrs, "date1904")
		h.date1904 = v == "1" || v == "true"
	case "sheet":
		name, _ := office.Attr(attrs, "name")
		rid, _ := office.Attr(attrs, "id") // r:id, transitional or strict namespace
		state, _ := office.Attr(attrs, "state")
		h.sheets = append(h.sheets, struct {
			name, rid string
			hidden    bool
		}{name, rid, state == "hidden" || state == "veryHidden"})
	}
	return nil
}

func (h *workbookHandler) end([]byte) error { return nil }
func (h *workbookHandler) text([]byte)      {}

// xlsxRel is one relationship: its id, type and target part.
type xlsxRel struct{ id, typ, target string }

// rels reads a relationships part; targets are resolved against dir (the
// folder of the part they belong to), absolute ones against the root.
// External targets are left out.
func (p *xlsxPackage) rels(name, dir string) ([]xlsxRel, error) {
	h := &relsHandler{dir: dir}
	if p.part(name) == nil {
		return nil, nil
	}
	err := p.walk(name, h)
	return h.rels, err
}

type relsHandler struct {
	dir  string
	rels []xlsxRel
}

func (h *relsHandler) start(local, attrs []byte) error {
	if string(local) != "Relationship" {
		return nil
	}
	if mode, _ := office.Attr(attrs, "TargetMode"); mode == "External" {
		return nil
	}
	id, _ := office.Attr(attrs, "Id")
	typ, _ := office.Attr(attrs, "Type")
	target, _ := office.Attr(attrs, "Target")
	if strings.HasPrefix(target, "/") {
		target = path.Clean(target[1:])
	} else {
		target = path.Join(h.dir, target)
	}
	h.rels = append(h.rels, xlsxRel{id, typ, target})
	return nil
}

func (h *relsHandler) end([]byte) error { return nil }
func (h *relsHandler) text([]byte)      {}
