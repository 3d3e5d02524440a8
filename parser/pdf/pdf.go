// Package pdf reads the text layer of a PDF into the layout: each page's
// positioned glyphs and ruling lines come from parser/internal/pdf
// (imported as pdffile); pdf_rules.go and pdf_lattice.go turn rules into
// lattice grids, pdf_table.go puts glyphs into grid cells, pdf_lines.go and
// pdf_space.go make lines and words of the glyphs outside grids,
// pdf_blocks.go paragraphs and furniture, pdf_join.go joins a grid that
// runs on over a page break, pdf_build.go assembles the pages.
package pdf

import (
	"errors"
	"fmt"
	"math"
	"strings"

	pdffile "github.com/perfdoc/perfdoc/parser/internal/pdf"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// PDF errors wrapped by *ParseError.
var (
	// ErrBadPDF means the PDF could not be read.
	ErrBadPDF = errors.New("unreadable PDF")
	// ErrNeedsOCR means the PDF has no text layer: its pages are images.
	ErrNeedsOCR = errors.New("no text layer (scanned pages?)")
	// ErrEncryptedPDF means the PDF is encrypted. It wraps
	// layout.ErrEncrypted: errors.Is(err, layout.ErrEncrypted) holds for
	// every password-protected input, whatever its format.
	ErrEncryptedPDF error = &chainError{
		msg:  "encrypted PDF: save an unencrypted copy first (e.g. qpdf --decrypt in.pdf out.pdf)",
		errs: []error{layout.ErrEncrypted},
	}
)

// LimitsFor derives the limits of parser/internal/pdf from the parser's:
// MaxInflate bounds the decoded streams, MaxChars the glyphs, MaxText the
// text.
func LimitsFor(lim layout.Limits) pdffile.Limits {
	l := pdffile.DefaultLimits
	if lim.MaxInflate > 0 {
		l.MaxDecoded = lim.MaxInflate
		l.MaxStream = min(l.MaxStream, lim.MaxInflate)
	}
	if lim.MaxChars != 0 {
		l.MaxGlyphs = lim.MaxChars
		if lim.MaxChars < 0 {
			l.MaxGlyphs = math.MaxInt
		}
	}
	if lim.MaxText != 0 {
		l.MaxText = lim.MaxText
		if lim.MaxText < 0 {
			l.MaxText = math.MaxInt64
		}
	}
	return l
}

// Read reads the layout of a PDF.
func Read(data []byte, lim layout.Limits) ([]layout.Block, error) {
	r, err := pdffile.Open(data, LimitsFor(lim))
	if err != nil {
		return nil, OpenError(err)
	}
	pages, err := r.Pages()
	if err != nil {
		return nil, OpenError(err)
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%w: no pages", ErrBadPDF)
	}
	var b pdfBuilder
	glyphs, unmapped, images := 0, 0, 0
	for i, p := range pages {
		c, err := r.Content(p)
		if err != nil {
			return nil, OpenError(fmt.Errorf("page %d: %w", i+1, err))
		}
		for _, g := range c.Glyphs {
			if layout.Clean(g.Text) != "" {
				glyphs++
			}
		}
		unmapped += c.Unmapped
		images += c.Images
		w, h := p.Size()
		if err := b.addPage(i+1, w, h, c, lim); err != nil {
			return nil, fmt.Errorf("page %d: %w", i+1, err)
		}
	}
	switch {
	case glyphs == 0 && unmapped > 0:
		return nil, fmt.Errorf("%w: its fonts map no character to Unicode", ErrBadPDF)
	case glyphs == 0:
		return nil, ErrNeedsOCR
	case unmapped > glyphs:
		return nil, fmt.Errorf("%w: most characters (%d of %d) have no Unicode mapping in their fonts", ErrBadPDF, unmapped, unmapped+glyphs)
	}
	return b.blocks(), nil
}

// OpenError turns an error of parser/internal/pdf into the reader's: an
// encrypted file is ErrEncryptedPDF, a limit spent is layout.ErrTooLarge
// naming the flag that raises it, anything else ErrBadPDF.
func OpenError(err error) error {
	var le *pdffile.LimitError
	switch {
	case errors.Is(err, pdffile.ErrEncrypted):
		return &chainError{msg: ErrEncryptedPDF.Error(), errs: []error{ErrEncryptedPDF, err}}
	case errors.As(err, &le):
		flag := map[string]string{"glyphs": "--max-chars", "text": "--max-text"}[le.Limit]
		over := layout.OverLimit(map[string]string{"glyphs": "chars", "text": "text"}[le.Limit], le.Max, le.What, flag)
		return &chainError{msg: over.Error(), errs: []error{over, err}}
	case errors.Is(err, pdffile.ErrTooLarge):
		msg := layout.ErrTooLarge.Error() + ": " + strings.Replace(err.Error(), pdffile.ErrTooLarge.Error()+": ", "", 1)
		return &chainError{msg: msg, errs: []error{layout.ErrTooLarge, err}}
	}
	return fmt.Errorf("%w: %w", ErrBadPDF, err)
}

// chainError says msg and wraps errs: the parser's sentinel and the error
// of parser/internal/pdf it was made from, whose text msg may rephrase.
type chainError struct {
	msg  string
	errs []error
}

func (e *chainError) Error() string   { return e.msg }
func (e *chainError) Unwrap() []error { return e.errs }
