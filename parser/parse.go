package parser

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/docx"
	"github.com/perfdoc/perfdoc/parser/extract"
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

// Options tell Parse how to read one input.
type Options struct {
	// Path names the input in Source.Path and in errors.
	Path string
	// Format forces a reader (FormatText, FormatDOCX, FormatHTML,
	// FormatDOC, FormatXLSX, FormatXLS); empty means sniff the bytes.
	Format string
	// Year overrides the year read from the document when non-zero.
	Year int
	// Limits bound the cost of reading; nil, like a zero field, means the
	// default (see Limits.WithDefaults).
	Limits *layout.Limits
	// SHA256 is the hex sha256 of the input when the caller has computed it
	// already (an import checks it before parsing); Parse then trusts it
	// for Source.SHA256 instead of hashing the bytes again. Empty means
	// Parse hashes them.
	SHA256 string
	// Raw leaves indicator values untyped (only Value.Raw set).
	Raw bool
	// OCR says when scanned pages are read by OCR (see docs/ocr.md):
	// OCRAuto (the default, "") when an input has no text layer (an image
	// file, a PDF whose pages are images), OCRAlways also for a PDF's page
	// images when it has a text layer, OCRNever not at all (a scan is then
	// an error).
	OCR string
	// OCRWorkers is the number of pages OCR reads at once (0: GOMAXPROCS).
	OCRWorkers int
	// Progress, when set, is told of each page OCR has read.
	Progress func(done, total int)
}

// OCR modes of Options.OCR.
const (
	OCRAuto   = "auto"
	OCRAlways = "always"
	OCRNever  = "never"
)

// Sniff tells the format of an input from its bytes: a zip package is XLSX
// when it holds xl/workbook.xml, else DOCX; an OLE2 compound file is XLS
// when it holds a Workbook (or Book) stream, else DOC (whose reader says
// what an OLE2 file without a WordDocument stream is); markup is HTML;
// anything else a text export. The file extension is not consulted.
func Sniff(b []byte) string {
	if pdfHeader(b) {
		return FormatPDF
	}
	if f := ocr.Sniff(b); f != "" {
		return f
	}
	if bytes.HasPrefix(b, []byte("PK\x03\x04")) || bytes.HasPrefix(b, []byte("PK\x05\x06")) {
		return sniffZip(b)
	}
	if bytes.HasPrefix(b, office.OLEMagic) {
		return sniffOLE(b)
	}
	head := b
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		s, _, _ := layout.DecodeText(head)
		head = []byte(s)
	}
	head = bytes.ToLower(bytes.TrimSpace(head))
	if bytes.HasPrefix(head, []byte("<")) {
		for _, m := range []string{"<!doctype html", "<html", "<table", "<body", "<head", "<meta", "<p", "<div", "<?xml"} {
			if bytes.Contains(head, []byte(m)) {
				return FormatHTML
			}
		}
	}
	return FormatText
}

// Parse reads one filing from its bytes and returns the document. Fatal
// problems come back as *ParseError naming opts.Path; recoverable ones are
// in Document.Warnings. The whole input is held in memory.
func Parse(data []byte, opts Options) (doc *model.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &layout.ParseError{Path: opts.Path, Err: fmt.Errorf("internal error (please report): %v", r)}
		}
	}()
	var lim layout.Limits
	if opts.Limits != nil {
		lim = *opts.Limits
	}
	lim = lim.WithDefaults()
	fail := func(e error) (*model.Document, error) { return nil, newParseError(opts.Path, e) }
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(layout.ErrEmpty)
	}
	format := opts.Format
	if format == "" {
		format = Sniff(data)
	}
	src := model.Source{Path: opts.Path, Format: format, SHA256: opts.SHA256}
	if src.SHA256 == "" {
		sum := sha256.Sum256(data)
		src.SHA256 = hex.EncodeToString(sum[:])
	}
	oc := &ocrRun{opts: opts}
	blocks, notes, enc, err := readBlocks(format, data, lim, oc)
	if err == nil {
		err = layout.ChargeOutput(blocks, notes, lim)
	}
	if err != nil {
		return fail(err)
	}
	src.Encoding = enc
	doc = extract.Extract(blocks, lim)
	doc.Unrecognized = append(doc.Unrecognized, notes...)
	doc.Source = src
	if src.Path != "" {
		doc.Source.Path = filepath.ToSlash(src.Path)
	}
	if len(doc.Projects) == 0 {
		return fail(layout.ErrNoTargetTable)
	}
	if opts.Year != 0 {
		doc.Year = opts.Year
	}
	if !opts.Raw {
		normalize.Document(doc)
	}
	oc.mark(doc)
	return doc, nil
}

// pdfHeader reports whether "%PDF-" starts b (within its first 1 KiB, as
// readers allow).
func pdfHeader(b []byte) bool {
	return bytes.Contains(b[:min(len(b), 1024)], []byte("%PDF-"))
}

// readBlocks reads the layout of an input in the format given, with the
// encoding it was in and the notes a reader makes (unrecognized content
// outside the layout).
func readBlocks(format string, data []byte, lim layout.Limits, oc *ocrRun) (blocks []layout.Block, notes []model.Unrecognized, enc string, err error) {
	switch format {
	case FormatDOCX:
		blocks, err = docx.Read(data, lim)
		return blocks, nil, layout.EncUTF8, err
	case FormatXLSX:
		blocks, notes, err = sheet.ReadXLSX(data, lim)
		return blocks, notes, layout.EncUTF8, err
	case FormatXLS:
		blocks, notes, err = sheet.ReadXLS(data, lim)
		return blocks, notes, layout.EncUTF16LE, err
	case FormatDOC:
		blocks, err = worddoc.Read(data, lim)
		return blocks, nil, layout.EncUTF16LE, err
	case FormatPDF:
		if oc.mode() == OCRAlways {
			blocks, err = oc.readPDF(data, lim)
			return blocks, nil, "", err
		}
		blocks, err = pdf.Read(data, lim)
		if errors.Is(err, pdf.ErrNeedsOCR) && oc.mode() != OCRNever {
			blocks, err = oc.readPDF(data, lim)
		}
		return blocks, nil, "", err
	case ocr.FormatPNG, ocr.FormatJPEG, ocr.FormatTIFF:
		blocks, err = oc.readImages(data)
		return blocks, nil, "", err
	case FormatHTML, FormatText:
		var b []byte
		b, enc, err = layout.Decode(data)
		if err != nil {
			return nil, nil, enc, fmt.Errorf("cannot decode as %s: %v", enc, err)
		}
		if format == FormatHTML {
			blocks, err = html.Read(b, lim)
			return blocks, nil, enc, err
		}
		s := string(b)
		if bin, line := binaryShare(s); bin > 0.1 {
			return nil, nil, enc, &layout.ParseError{Pos: model.Pos{Line: line}, Err: fmt.Errorf("binary data, not a text export (%.0f%% control bytes)", bin*100)}
		}
		return text.Read(s), nil, enc, nil
	}
	return nil, nil, "", fmt.Errorf("unknown format %q (want text, docx, html, doc, xlsx, xls or pdf)", format)
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

// sniffZip tells XLSX from DOCX by the package's parts.
func sniffZip(b []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return FormatDOCX // the DOCX reader says what is wrong with the zip
	}
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			return FormatDOCX
		case "xl/workbook.xml":
			return FormatXLSX
		}
	}
	return FormatDOCX
}

// sniffOLE tells XLS from DOC by the compound file's streams.
func sniffOLE(b []byte) string {
	o, err := office.OpenOLE(b)
	if err == nil && !o.Has("WordDocument") && (o.Has("Workbook") || o.Has("Book")) {
		return FormatXLS
	}
	return FormatDOC
}

// newParseError names path in err: a *ParseError from a reader (which
// knows the position but not the path) gets the path; any other error is
// wrapped in one.
func newParseError(path string, err error) *layout.ParseError {
	var pe *layout.ParseError
	if errors.As(err, &pe) {
		c := *pe
		c.Path = path
		return &c
	}
	return &layout.ParseError{Path: path, Err: err}
}
