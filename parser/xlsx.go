package parser

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"path"
	"strings"

	"github.com/orisano/gosax"
	"github.com/xuri/excelize/v2"

	"github.com/perfdoc/perfdoc/model"
)

// ErrBadXLSX means the XLSX package or its XML could not be read.
var ErrBadXLSX = errors.New("unreadable XLSX")

// readXLSX reads the visible sheets of an XLSX workbook into blocks, in
// workbook order; hidden sheets are skipped with a note. excelize opens
// the package (shared strings, styles, number formats) and streams each
// sheet's rows; cells come as the sheet shows them (number formats applied,
// formulas by their cached value). The package may inflate to at most
// lim.MaxInflate bytes; see also maxSheetRows and maxWorkbookCells.
func readXLSX(data []byte, lim Limits) ([]Block, []model.Unrecognized, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, fmt.Errorf("%w: not a zip package: %v", ErrBadXLSX, err)
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
	}
	if lim.MaxInflate > 0 && total > uint64(lim.MaxInflate) {
		return nil, nil, fmt.Errorf("%w: the package inflates to %d bytes, over the limit of %d (see --max-inflate)", ErrTooLarge, total, lim.MaxInflate)
	}
	size := int64(total) + 1
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: size, UnzipXMLSizeLimit: size, CultureInfo: excelize.CultureNameZhCN})
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrBadXLSX, xlsxError(err))
	}
	defer f.Close()
	if err := checkParts(zr, f); err != nil {
		return nil, nil, err
	}
	zhDates(f)
	if n := bytes.Count(pkgPart(f, "xl/sharedStrings.xml"), []byte("<si")); n > maxWorkbookCells {
		return nil, nil, fmt.Errorf("%w: the shared-string table holds %d strings, over the limit of %d", ErrTooLarge, n, maxWorkbookCells)
	}
	parts := sheetParts(f)
	var lay sheetLayout
	var notes []model.Unrecognized
	read := 0
	for _, name := range f.GetSheetList() {
		if vis, _ := f.GetSheetVisible(name); !vis {
			notes = append(notes, model.Unrecognized{Text: fmt.Sprintf("hidden sheet %q skipped", name), Source: model.Pos{Sheet: name}})
			continue
		}
		s, err := xlsxSheet(f, name, parts[name], &read)
		if err != nil {
			return nil, nil, err
		}
		if err := lay.add(s); err != nil {
			return nil, nil, err
		}
	}
	return lay.blocks, notes, nil
}

// checkParts compares each part excelize holds with its zip entry's CRC, so
// that a part cut short (a zip whose header lies about its size, a damaged
// entry) is refused instead of read in part.
func checkParts(zr *zip.Reader, f *excelize.File) error {
	for _, zf := range zr.File {
		name := strings.ReplaceAll(zf.Name, "\\", "/")
		v, ok := f.Pkg.Load(name)
		if !ok {
			continue // renamed by excelize ([Content_Types].xml case) or a folder
		}
		b, _ := v.([]byte)
		if uint64(len(b)) != zf.UncompressedSize64 || crc32.ChecksumIEEE(b) != zf.CRC32 {
			return fmt.Errorf("%w: part %s is corrupt or misdeclares its size", ErrBadXLSX, zf.Name)
		}
	}
	return nil
}

// pkgPart returns the bytes of a package part excelize holds, or nil.
func pkgPart(f *excelize.File, name string) []byte {
	if v, ok := f.Pkg.Load(name); ok {
		b, _ := v.([]byte)
		return b
	}
	return nil
}

// sheetParts maps sheet names to their part names, from xl/workbook.xml and
// its relationships.
func sheetParts(f *excelize.File) map[string]string {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"id,attr"` // r:id, transitional or strict namespace
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	out := map[string]string{}
	if xml.Unmarshal(pkgPart(f, "xl/workbook.xml"), &wb) != nil || xml.Unmarshal(pkgPart(f, "xl/_rels/workbook.xml.rels"), &rels) != nil {
		return out
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = t[1:]
		} else {
			t = path.Join("xl", t)
		}
		target[r.ID] = t
	}
	for _, s := range wb.Sheets {
		out[s.Name] = target[s.RID]
	}
	return out
}

// xlsxSheet streams one sheet's rows through excelize and reads its merges
// from the part.
func xlsxSheet(f *excelize.File, name, part string, read *int) (*sheetData, error) {
	s := &sheetData{name: name}
	if b := pkgPart(f, part); b != nil {
		s.merges = xlsxMerges(b)
		if c := compactSheet(b); len(c) < len(b) {
			f.Pkg.Store(part, c)
		}
	}
	rows, err := f.Rows(name)
	if err != nil {
		return nil, fmt.Errorf("%w: sheet %q: %v", ErrBadXLSX, name, xlsxError(err))
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		if n++; n > maxSheetRows {
			return nil, fmt.Errorf("%w: sheet %q has more than %d rows", ErrTooLarge, name, maxSheetRows)
		}
		cols, err := rows.Columns()
		if err != nil {
			return nil, fmt.Errorf("%w: sheet %q, row %d: %v", ErrBadXLSX, name, n, xlsxError(err))
		}
		for i, v := range cols {
			if v == "" {
				continue
			}
			if *read++; *read > maxWorkbookCells {
				return nil, fmt.Errorf("%w: more than %d non-empty cells in the workbook", ErrTooLarge, maxWorkbookCells)
			}
			s.cells = append(s.cells, sheetCell{row: n, col: i + 1, text: cellText(v)})
		}
	}
	if err := rows.Error(); err != nil {
		return nil, fmt.Errorf("%w: sheet %q: %v", ErrBadXLSX, name, xlsxError(err))
	}
	if pkgPart(f, part) == nil {
		// a part excelize found by a path we did not: its own model
		mc, _ := f.GetMergeCells(name, true)
		for _, m := range mc {
			if r, ok := parseRange(m.GetStartAxis() + ":" + m.GetEndAxis()); ok {
				s.merges = append(s.merges, r)
			}
		}
	}
	return s, nil
}

// cellText makes a cell's text like a paragraph's: line breaks as "\n".
func cellText(v string) string {
	if strings.IndexByte(v, '\r') >= 0 {
		v = strings.ReplaceAll(strings.ReplaceAll(v, "\r\n", "\n"), "\r", "\n")
	}
	return v
}

// xlsxMerges reads the mergeCell refs of a worksheet part. The element
// follows sheetData, so the scan starts at its last opening.
func xlsxMerges(b []byte) []mergeRange {
	i := bytes.LastIndex(b, []byte("<mergeCells"))
	if i < 0 {
		return nil
	}
	var out []mergeRange
	seg := b[i:]
	if j := bytes.Index(seg, []byte("</mergeCells>")); j >= 0 {
		seg = seg[:j+len("</mergeCells>")]
	}
	r := gosax.NewReaderSize(bytes.NewReader(seg), min(len(seg), 64<<10)+64)
	for {
		ev, err := r.Event()
		if err != nil || ev.Type() == gosax.EventEOF {
			return out
		}
		if ev.Type() == gosax.EventEnd {
			if name, _ := gosax.Name(ev.Bytes); string(localName(name)) == "mergeCells" {
				return out
			}
			continue
		}
		if ev.Type() != gosax.EventStart {
			continue
		}
		name, rest := gosax.Name(ev.Bytes)
		if string(localName(name)) != "mergeCell" {
			continue
		}
		ref, _ := attr(rest, "ref")
		if r, ok := parseRange(ref); ok {
			out = append(out, r)
		}
		if len(out) > maxWorkbookCells {
			return out
		}
	}
}

// parseRange reads an A1 range such as "A1:MC1".
func parseRange(ref string) (mergeRange, bool) {
	a, b, ok := strings.Cut(ref, ":")
	if !ok {
		return mergeRange{}, false
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(strings.ReplaceAll(a, "$", ""))
	c2, r2, err2 := excelize.CellNameToCoordinates(strings.ReplaceAll(b, "$", ""))
	if err1 != nil || err2 != nil {
		return mergeRange{}, false
	}
	return mergeRange{r1: r1, c1: c1, r2: r2, c2: c2}, true
}

// compactSheet drops the cells that hold nothing — self-closing <c …/>
// elements, which carry only a style — from a worksheet part before
// excelize streams it. Sheets converted from documents (a Calc import of
// HTML, WPS) style every cell of every merged area; on the seed's HTML
// imported by Calc they are 98% of the cells and most of the read time.
// Values, formulas and inline strings are children of <c>, so a cell that
// closes itself has none of them.
func compactSheet(b []byte) []byte {
	var out []byte
	last := 0
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("<c "))
		if j < 0 {
			break
		}
		j += i
		k := bytes.IndexByte(b[j+3:], '>')
		if k < 0 {
			break
		}
		k += j + 3
		if b[k-1] == '/' && bytes.IndexByte(b[j+1:k], '<') < 0 {
			if out == nil {
				out = make([]byte, 0, len(b)/4)
			}
			out = append(out, b[last:j]...)
			last = k + 1
		}
		i = k
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

// xlsxError says what an error from excelize means, on one line.
func xlsxError(err error) string {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "a part's XML is malformed or truncated"
	}
	return oneLine(err)
}

// zhDateFormats are the built-in date formats whose look Excel takes from
// the system's locale, as a Chinese Excel shows them (excelize renders
// them the en-US way: 12-31-25).
var zhDateFormats = map[int]string{14: "yyyy/m/d", 22: "yyyy/m/d h:mm"}

// zhDates points the cell formats that use those built-in formats at
// custom formats of their Chinese look.
func zhDates(f *excelize.File) {
	if f.Styles == nil || f.Styles.CellXfs == nil {
		return
	}
	custom := map[int]*int{}
	n := len(f.Styles.CellXfs.Xf)
	for i := 0; i < n; i++ {
		p := f.Styles.CellXfs.Xf[i].NumFmtID
		if p == nil || zhDateFormats[*p] == "" {
			continue
		}
		id, ok := custom[*p]
		if !ok {
			code := zhDateFormats[*p]
			st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			if err != nil || st >= len(f.Styles.CellXfs.Xf) {
				return
			}
			id = f.Styles.CellXfs.Xf[st].NumFmtID
			custom[*p] = id
		}
		f.Styles.CellXfs.Xf[i].NumFmtID = id
	}
}
