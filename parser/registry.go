package parser

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/docx"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/ocr"
	"github.com/perfdoc/perfdoc/parser/pdf"
	"github.com/perfdoc/perfdoc/parser/sheet"
	"github.com/perfdoc/perfdoc/parser/text"
	"github.com/perfdoc/perfdoc/parser/worddoc"
)

// Input formats, as Source.Format names them.
const (
	FormatText = "text"
	FormatDOCX = "docx"
	FormatHTML = "html"
	FormatDOC  = "doc"  // Word 97–2003 binary
	FormatXLSX = "xlsx" // Excel 2007+ workbook
	FormatXLS  = "xls"  // Excel 97–2003 (BIFF8) workbook
	FormatPDF  = "pdf"
)

// A ReadFunc reads the bytes of one input into the layout: its blocks, and
// notes of what it keeps outside them (a hidden sheet's text). lim has its
// defaults set (Limits.WithDefaults). An error is fatal for the input;
// Parse names the input's path in it.
type ReadFunc func(data []byte, lim Limits) (blocks []Block, notes []model.Unrecognized, err error)

// reader is one format Parse can read.
type reader struct {
	format string
	sniff  func(b []byte) bool // nil: chosen by Options.Format only
	read   ReadFunc
	enc    string // what Source.Encoding says of this format's text
	text   bool   // read gets the bytes decoded to UTF-8 (layout.Decode)
	scan   bool   // read by OCR (images): read is nil
}

// builtin are the formats perfdoc reads, in the order Sniff tries them
// (after the registered ones); a text export is what is left.
var builtin = []reader{
	{format: FormatPDF, sniff: isPDF, read: readPDF},
	{format: ocr.FormatPNG, sniff: isImage(ocr.FormatPNG), scan: true},
	{format: ocr.FormatJPEG, sniff: isImage(ocr.FormatJPEG), scan: true},
	{format: ocr.FormatTIFF, sniff: isImage(ocr.FormatTIFF), scan: true},
	{format: FormatXLSX, sniff: isXLSX, read: sheet.ReadXLSX, enc: layout.EncUTF8},
	{format: FormatDOCX, sniff: isZip, read: readDOCX, enc: layout.EncUTF8},
	{format: FormatXLS, sniff: isXLS, read: sheet.ReadXLS, enc: layout.EncUTF16LE},
	{format: FormatDOC, sniff: isOLE, read: readDOC, enc: layout.EncUTF16LE},
	{format: FormatHTML, sniff: isHTML, read: readHTML, text: true},
	{format: FormatText, read: readText, text: true},
}

// registry holds the readers Register added, in the order of their
// registration.
var registry struct {
	sync.RWMutex
	readers []reader
}

// Register makes Parse and Sniff know one more format, as archive/zip's
// RegisterDecompressor makes a compression method known: Sniff asks the
// sniff function of each registered reader, in the order of registration
// and before the built-in formats, whether b is of its format (a nil sniff
// leaves the format to Options.Format); Parse then reads the input with
// read and extracts the document from its blocks as it does for every
// format. Register panics if format is empty or already known, or if read
// is nil. It is safe for concurrent use, but is meant for init functions.
func Register(format string, sniff func(b []byte) bool, read ReadFunc) {
	if format == "" || read == nil {
		panic("parser: Register needs a format and a ReadFunc")
	}
	registry.Lock()
	defer registry.Unlock()
	if slices.ContainsFunc(builtin, func(r reader) bool { return r.format == format }) ||
		slices.ContainsFunc(registry.readers, func(r reader) bool { return r.format == format }) {
		panic("parser: Register called twice for format " + format)
	}
	registry.readers = append(registry.readers, reader{format: format, sniff: sniff, read: read})
}

// readers returns the registered readers, then the built-in ones.
func readers() []reader {
	registry.RLock()
	defer registry.RUnlock()
	return append(slices.Clip(registry.readers), builtin...)
}

// lookup returns the reader of format.
func lookup(format string) (reader, error) {
	all := readers()
	if i := slices.IndexFunc(all, func(r reader) bool { return r.format == format }); i >= 0 {
		return all[i], nil
	}
	want := "text, docx, html, doc, xlsx, xls or pdf"
	registry.RLock()
	for _, r := range registry.readers {
		want = strings.Replace(want, " or ", ", ", 1) + " or " + r.format
	}
	registry.RUnlock()
	return reader{}, fmt.Errorf("unknown format %q (want %s)", format, want)
}

// Sniff tells the format of an input from its bytes: a format registered
// with Register when its sniff function says so; else a PDF by its
// header, an image by its signature; a zip package is XLSX when it holds
// xl/workbook.xml, else DOCX; an OLE2 compound file is XLS when it holds a
// Workbook (or Book) stream, else DOC (whose reader says what an OLE2 file
// without a WordDocument stream is); markup is HTML; anything else a text
// export. The file extension is not consulted.
func Sniff(b []byte) string {
	for _, r := range readers() {
		if r.sniff != nil && r.sniff(b) {
			return r.format
		}
	}
	return FormatText
}

// readBlocks reads the layout of an input in the format given, with the
// encoding it was in and the notes a reader makes (unrecognized content
// outside the layout). Scans and PDFs without a text layer go to OCR.
func readBlocks(format string, data []byte, lim Limits, oc *ocrRun) (blocks []Block, notes []model.Unrecognized, enc string, err error) {
	r, err := lookup(format)
	if err != nil {
		return nil, nil, "", err
	}
	switch {
	case r.scan:
		blocks, err = oc.readImages(data)
		return blocks, nil, "", err
	case format == FormatPDF && oc.mode() == OCRAlways:
		blocks, err = oc.readPDF(data, lim)
		return blocks, nil, "", err
	case r.text:
		if err := archive(data); err != nil {
			return nil, nil, "", err
		}
		data, enc, err = layout.Decode(data)
		if err != nil {
			return nil, nil, enc, fmt.Errorf("cannot decode as %s: %v", enc, err)
		}
	default:
		enc = r.enc
	}
	blocks, notes, err = r.read(data, lim)
	if format == FormatPDF && errors.Is(err, pdf.ErrNeedsOCR) && oc.mode() != OCRNever {
		blocks, err = oc.readPDF(data, lim)
	}
	return blocks, notes, enc, err
}

// The built-in readers as ReadFuncs.

func readPDF(data []byte, lim Limits) ([]Block, []model.Unrecognized, error) {
	blocks, err := pdf.Read(data, lim)
	return blocks, nil, err
}

func readDOCX(data []byte, lim Limits) ([]Block, []model.Unrecognized, error) {
	blocks, err := docx.Read(data, lim)
	return blocks, nil, err
}

func readDOC(data []byte, lim Limits) ([]Block, []model.Unrecognized, error) {
	blocks, err := worddoc.Read(data, lim)
	return blocks, nil, err
}

func readHTML(data []byte, lim Limits) ([]Block, []model.Unrecognized, error) {
	blocks, err := html.Read(data, lim)
	return blocks, nil, err
}

// archives are the signatures of compressed archives, by name.
var archives = []struct{ name, magic string }{
	{"gzip", "\x1f\x8b"}, {"RAR", "Rar!\x1a\x07"}, {"7z", "7z\xbc\xaf\x27\x1c"}, {"bzip2", "BZh"}, {"xz", "\xfd7zXZ\x00"},
}

// archive is ErrArchive, naming the kind, when data starts as a
// compressed archive does (its bytes before they are decoded as text);
// ErrRTF for an RTF document ({\rtf), ErrMHT for a single-file web page
// (a MIME message whose head, in its first KiB, says multipart/related):
// formats that would otherwise be read as a text export and found to
// hold no table.
func archive(data []byte) error {
	for _, a := range archives {
		if bytes.HasPrefix(data, []byte(a.magic)) && (a.name != "bzip2" || len(data) > 3 && data[3] >= '1' && data[3] <= '9') {
			return fmt.Errorf("%w (%s)", ErrArchive, a.name)
		}
	}
	head := bytes.ToLower(bytes.TrimLeft(data[:min(len(data), 1024)], "\xef\xbb\xbf \t\r\n"))
	switch {
	case bytes.HasPrefix(head, []byte(`{\rtf`)):
		return ErrRTF
	case (bytes.HasPrefix(head, []byte("mime-version:")) || bytes.HasPrefix(head, []byte("from:"))) && bytes.Contains(head, []byte("multipart/related")):
		return ErrMHT
	}
	return nil
}

// readText reads a text export, refusing binary data.
func readText(data []byte, lim Limits) ([]Block, []model.Unrecognized, error) {
	s := string(data)
	if bin, line := binaryShare(s); bin > 0.1 {
		return nil, nil, &ParseError{Pos: model.Pos{Line: line}, Err: fmt.Errorf("%w (%.0f%% control bytes)", ErrBinary, bin*100)}
	}
	blocks, err := text.ReadLimited(s, lim)
	return blocks, nil, err
}

// The sniff functions of the built-in formats.

// isPDF reports whether "%PDF-" starts b (within its first 1 KiB, as
// readers allow).
func isPDF(b []byte) bool {
	return bytes.Contains(b[:min(len(b), 1024)], []byte("%PDF-"))
}

func isImage(format string) func([]byte) bool {
	return func(b []byte) bool { return ocr.Sniff(b) == format }
}

func isZip(b []byte) bool {
	return bytes.HasPrefix(b, []byte("PK\x03\x04")) || bytes.HasPrefix(b, []byte("PK\x05\x06"))
}

// isXLSX tells XLSX from DOCX by the package's parts: xl/workbook.xml
// before any word/document.xml.
func isXLSX(b []byte) bool {
	if !isZip(b) {
		return false
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return false // the DOCX reader says what is wrong with the zip
	}
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			return false
		case "xl/workbook.xml":
			return true
		}
	}
	return false
}

func isOLE(b []byte) bool { return bytes.HasPrefix(b, office.OLEMagic) }

// isXLS tells XLS from DOC by the compound file's streams.
func isXLS(b []byte) bool {
	if !isOLE(b) {
		return false
	}
	o, err := office.OpenOLE(b)
	return err == nil && !o.Has("WordDocument") && (o.Has("Workbook") || o.Has("Book"))
}

// isHTML reports whether the first 2 KiB of b are markup of a page.
func isHTML(b []byte) bool {
	head := b
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		s, _, _ := layout.DecodeText(head)
		head = []byte(s)
	}
	head = markupLower(bytes.TrimSpace(head))
	if bytes.HasPrefix(head, []byte("<")) {
		for _, m := range []string{"<!doctype html", "<html", "<table", "<body", "<head", "<meta", "<p", "<div", "<?xml"} {
			if bytes.Contains(head, []byte(m)) {
				return true
			}
		}
	}
	return false
}

// asciiLowerCased are the characters past ASCII whose lower case is ASCII
// (İ → i, the Kelvin sign K → k); TestMarkupLower checks the Unicode tables
// hold no other.
var asciiLowerCased = [2]rune{'\u0130', '\u212a'}

// markupLower is bytes.ToLower(b) as isHTML reads it, for the ASCII
// words of markup it looks for: ASCII letters lowered, and each other
// character one byte — its lower case where that is ASCII
// (asciiLowerCased), else 0x80, which no ASCII word holds. bytes.ToLower
// maps each character of a page's Chinese head through the Unicode case
// tables into a new buffer of the same text.
func markupLower(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == asciiLowerCased[0] || r == asciiLowerCased[1] {
			out = append(out, byte(unicode.ToLower(r)))
		} else {
			out = append(out, 0x80)
		}
		i += size
	}
	return out
}

// binaryShare is the share of control characters (other than tab, CR, LF
// and form feed) in the first 64 KiB of s, and the 1-based line of the
// first of them.
func binaryShare(s string) (share float64, line int) {
	if len(s) > 64<<10 {
		s = s[:64<<10]
	}
	n, bad, lines := 0, 0, 1
	for _, r := range s {
		n++
		if r == '\n' {
			lines++
		}
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f') || r == 0x7f || r == '\uFFFD' {
			if bad == 0 {
				line = lines
			}
			bad++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(bad) / float64(n), line
}
