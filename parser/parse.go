package parser

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/extract"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
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
	// Vocabulary holds the words the extractor reads filings by (header
	// labels, grid captions, the families of the indicator tree); nil means
	// vocab.Default(). Add a province's words with
	// vocab.Default().Merge(extra) (see docs/vocabulary.md).
	Vocabulary *vocab.Vocabulary
}

// OCR modes of Options.OCR.
const (
	OCRAuto   = "auto"
	OCRAlways = "always"
	OCRNever  = "never"
)

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
	doc = extract.ExtractWith(blocks, lim, opts.Vocabulary)
	doc.Unrecognized = append(doc.Unrecognized, notes...)
	doc.Source = src
	if src.Path != "" {
		doc.Source.Path = filepath.ToSlash(src.Path)
	}
	if len(doc.Projects) == 0 {
		if line := extract.SpacedGridHeader(blocks, opts.Vocabulary); line > 0 {
			return fail(&layout.ParseError{Pos: model.Pos{Line: line}, Err: layout.ErrColumnsBySpaces})
		}
		return fail(layout.ErrNoTargetTable)
	}
	if opts.Year != 0 {
		doc.Year = opts.Year
	}
	if !opts.Raw {
		normalize.Document(doc)
	}
	oc.mark(doc)
	if err := layout.ChargeDocument(doc, lim); err != nil {
		return fail(err)
	}
	return doc, nil
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

// UnknownVocabularyKeys lists, sorted, the keys of a vocabulary's keyed
// word lists (header_labels, column_labels, grid_labels, grid_contains,
// grid_suffixes, qualifiers) that name nothing perfdoc reads, as
// "header_labels.codez": their words would be ignored, so a vocabulary
// file that has one holds a typo (perfdoc's --vocabulary refuses it).
func UnknownVocabularyKeys(v *vocab.Vocabulary) []string { return extract.UnknownKeys(v) }

// VocabularyKeys lists, sorted, the keys a keyed word list of a vocabulary
// may have ("header_labels": code, name, …); nil for a list that is not
// keyed.
func VocabularyKeys(list string) []string { return extract.KnownKeys(list) }
