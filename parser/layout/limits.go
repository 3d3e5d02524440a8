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

// ItemCost is what each paragraph, table cell and note with text costs of
// the text budget (Limits.MaxText) beside its text: about what its
// position adds to the JSON output (empty ones are not written). A million one-character cells or lines are then no
// longer 1 MB of text but 65 MB, over the default budget, as the 120 MB
// of JSON they made would be.
const ItemCost = 64

// TextBudget is one document's text budget (Limits.MaxText) as a reader
// spends it while it reads, so that an input is refused before it holds
// its millions of paragraphs, not after: each paragraph or cell costs its
// text and ItemCost. The zero TextBudget has no bound.
type TextBudget struct {
	max, used int64
}

// NewTextBudget is the text budget of lim (no bound when lim.MaxText is
// negative).
func NewTextBudget(lim Limits) TextBudget { return TextBudget{max: lim.MaxText} }

// Spend charges one item of n bytes of text (ItemCost more when n > 0);
// past the budget it returns the text limit's error.
func (b *TextBudget) Spend(n int) error {
	if n > 0 {
		n += ItemCost
	}
	return b.Add(n)
}

// Add charges n more bytes of text of the item last spent (a line added to
// a cell).
func (b *TextBudget) Add(n int) error {
	b.used += int64(n)
	if b.max > 0 && b.used > b.max {
		return textOver(b.max)
	}
	return nil
}

// itemCost is what an item of that text costs of the text budget.
func itemCost(s string) int64 {
	if s == "" {
		return 0
	}
	return int64(len(s)) + ItemCost
}

// textOver is the error of the text budget spent.
func textOver(max int64) error {
	return OverLimit("text", max, fmt.Sprintf("bytes of text (each paragraph, cell and note with text counted %d bytes more)", ItemCost), "--max-text")
}

// ChargeOutput counts what the readers emit against the document's
// budgets (text written, each paragraph, cell and note with text
// ItemCost more; cells) and refuses the input over one: partial output never passes for
// the whole. It only adds lengths.
func ChargeOutput(blocks []Block, notes []model.Unrecognized, lim Limits) error {
	var text int64
	cells := 0
	for _, b := range blocks {
		if b.Para != nil {
			text += itemCost(b.Para.Text)
		}
		if b.Table != nil {
			for _, row := range b.Table.Rows {
				cells += len(row)
				for i := range row {
					text += itemCost(row[i].Text)
				}
			}
		}
	}
	for _, n := range notes {
		text += itemCost(n.Text)
	}
	if lim.MaxCells > 0 && cells > lim.MaxCells {
		return OverLimit("cells", int64(lim.MaxCells), "table cells", "--max-cells")
	}
	if lim.MaxText > 0 && text > lim.MaxText {
		return textOver(lim.MaxText)
	}
	return nil
}

// ChargeDocument counts the document read as it will be written (its
// indented JSON) against twice lim.MaxText and refuses it over that: the
// extractor repeats texts the readers emitted once (a level-1 label
// merged down a thousand rows is each indicator's, a cell quoted by a
// warning), so a document within the readers' budget may still write far
// more. Its JSON is counted, never held, and the count stops at the bound.
func ChargeDocument(doc *model.Document, lim Limits) error {
	if lim.MaxText <= 0 {
		return nil
	}
	if max := 2 * lim.MaxText; doc.JSONSize(max) > max {
		return OverLimit("text", max, "bytes of JSON (the document as written, twice the text limit: a text it repeats counted each time)", "--max-text")
	}
	return nil
}

// overLimit is the one-line error of a document budget spent: what was
// counted, the bound, and the flag that raises it.
func OverLimit(name string, max int64, what, flag string) error {
	return fmt.Errorf("%w: more than %d %s in one document (the %s limit; raise it with %s)", ErrTooLarge, max, what, name, flag)
}
