package parser

import (
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/docx"
	"github.com/perfdoc/perfdoc/parser/extract"
	"github.com/perfdoc/perfdoc/parser/internal/office"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/pdf"
	"github.com/perfdoc/perfdoc/parser/sheet"
	"github.com/perfdoc/perfdoc/parser/worddoc"
	"github.com/perfdoc/perfdoc/vocab"
)

// The names below are those of packages layout and extract, under the
// names the parser's users have always called them, so that
// parser.Limits, parser.ParseError, errors.Is(err, parser.ErrTooLarge) and
// parser.Extract keep working.

// Limits bound what one input may cost; see layout.Limits.
type Limits = layout.Limits

// NoLimit, as the value of a field of Limits, turns that bound off.
const NoLimit = layout.NoLimit

// DefaultLimits are the limits perfdoc uses unless told otherwise; see
// layout.DefaultLimits.
var DefaultLimits = layout.DefaultLimits

// ParseError is a fatal problem with one input; see layout.ParseError.
type ParseError = layout.ParseError

// Sentinel errors wrapped by *ParseError; see package layout.
var (
	ErrNoTargetTable   = layout.ErrNoTargetTable
	ErrColumnsBySpaces = layout.ErrColumnsBySpaces
	ErrEmpty           = layout.ErrEmpty
	ErrBinary          = layout.ErrBinary
	ErrArchive         = layout.ErrArchive
	ErrOpenDocument    = layout.ErrOpenDocument
	ErrRTF             = layout.ErrRTF
	ErrMHT             = layout.ErrMHT
	ErrTooLarge        = layout.ErrTooLarge
	ErrEncrypted       = layout.ErrEncrypted
)

// The errors of one reader each, wrapped by *ParseError; see their
// packages.
var (
	ErrBadDOCX      = docx.ErrBadDOCX
	ErrBadXLSX      = sheet.ErrBadXLSX
	ErrBadXLS       = sheet.ErrBadXLS
	ErrBadDOC       = worddoc.ErrBadDOC
	ErrBadOLE2      = office.ErrBadOLE2
	ErrBadPDF       = pdf.ErrBadPDF
	ErrNeedsOCR     = pdf.ErrNeedsOCR
	ErrEncryptedPDF = pdf.ErrEncryptedPDF
)

// The layout a reader produces and the extractor reads; see package layout.
type (
	Block     = layout.Block
	Paragraph = layout.Paragraph
	Table     = layout.Table
	Cell      = layout.Cell
)

// Encodings reported in model.Source.Encoding.
const (
	EncUTF8    = layout.EncUTF8
	EncUTF8BOM = layout.EncUTF8BOM
	EncUTF16LE = layout.EncUTF16LE
	EncUTF16BE = layout.EncUTF16BE
	EncGB18030 = layout.EncGB18030
)

// Extract turns the layout of a filing into a document; see
// extract.Extract.
func Extract(blocks []Block, lim Limits) *model.Document { return extract.Extract(blocks, lim) }

// ExtractWith is Extract with the words of vocabulary v (nil: the default
// vocabulary); see extract.ExtractWith.
func ExtractWith(blocks []Block, lim Limits, v *vocab.Vocabulary) *model.Document {
	return extract.ExtractWith(blocks, lim, v)
}
