package layout

import (
	"fmt"

	"github.com/perfdoc/perfdoc/model"
)

// Limits bound what one input may cost. A zero field means the default of
// DefaultLimits, so Limits{MaxInflate: 8 << 20} changes that bound only;
// NoLimit (or any negative value) turns a bound off.
type Limits struct {
	// MaxInflate caps the inflated size of word/document.xml in a DOCX
	// and of the whole package of an XLSX.
	MaxInflate int64
	// MaxDepth caps the nesting of DOCX tables; HTML elements may nest 16
	// times as deep (512 by default).
	MaxDepth int
	// MaxCell caps the bytes of text in one table cell or paragraph; longer
	// text is cut with a warning.
	MaxCell int
	// MaxText caps the bytes of text a document's readers emit, counted
	// each time a text is written (a shared string referenced by ten
	// thousand cells counts ten thousand times): the output of one input
	// stays bounded whatever it repeats. Over it, the input is refused
	// (--max-text).
	MaxText int64
	// MaxCells caps the table cells of a document, all tables together
	// (--max-cells).
	MaxCells int
	// MaxChars caps the characters a PDF's pages show, all pages
	// together (--max-chars).
	MaxChars int
}

// NoLimit, as the value of a field of Limits, turns that bound off.
const NoLimit = -1

// DefaultLimits are the limits perfdoc uses unless told otherwise: 256 MiB
// inflated, tables nested 32 deep, 1 MiB per cell, 16 MiB of text and
// 1 Mi table cells per document, 1 Mi PDF characters.
var DefaultLimits = Limits{MaxInflate: 256 << 20, MaxDepth: 32, MaxCell: 1 << 20, MaxText: 16 << 20, MaxCells: 1 << 20, MaxChars: 1 << 20}

// WithDefaults returns l with each zero field set to its default. The
// readers and the extractor see limits only after this: a field is then
// either positive (the bound) or negative (no bound).
func (l Limits) WithDefaults() Limits {
	if l.MaxInflate == 0 {
		l.MaxInflate = DefaultLimits.MaxInflate
	}
	if l.MaxDepth == 0 {
		l.MaxDepth = DefaultLimits.MaxDepth
	}
	if l.MaxCell == 0 {
		l.MaxCell = DefaultLimits.MaxCell
	}
	if l.MaxText == 0 {
		l.MaxText = DefaultLimits.MaxText
	}
	if l.MaxCells == 0 {
		l.MaxCells = DefaultLimits.MaxCells
	}
	if l.MaxChars == 0 {
		l.MaxChars = DefaultLimits.MaxChars
	}
	return l
}

// chargeOutput counts what the readers emit against the document's
// budgets (text written, cells) and refuses the input over one: partial
// output never passes for the whole. It only adds lengths.
func ChargeOutput(blocks []Block, notes []model.Unrecognized, lim Limits) error {
	var text int64
	cells := 0
	for _, b := range blocks {
		if b.Para != nil {
			text += int64(len(b.Para.Text))
		}
		if b.Table != nil {
			for _, row := range b.Table.Rows {
				cells += len(row)
				for i := range row {
					text += int64(len(row[i].Text))
				}
			}
		}
	}
	for _, n := range notes {
		text += int64(len(n.Text))
	}
	if lim.MaxCells > 0 && cells > lim.MaxCells {
		return OverLimit("cells", int64(lim.MaxCells), "table cells", "--max-cells")
	}
	if lim.MaxText > 0 && text > lim.MaxText {
		return OverLimit("text", lim.MaxText, "bytes of text", "--max-text")
	}
	return nil
}

// overLimit is the one-line error of a document budget spent: what was
// counted, the bound, and the flag that raises it.
func OverLimit(name string, max int64, what, flag string) error {
	return fmt.Errorf("%w: more than %d %s in one document (the %s limit; raise it with %s)", ErrTooLarge, max, what, name, flag)
}
