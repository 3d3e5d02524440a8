// Package layout is the neutral layout between the readers and the
// extractor: blocks (paragraphs and tables of cells with spans, merge
// continuations and positions), the Limits that bound what one input may
// cost and the document budget they set, ParseError and the sentinel
// errors, and the few text helpers every reader needs (Clean, Decode). It
// knows no format and no filing.
package layout

import "github.com/perfdoc/perfdoc/model"

// Block is one top-level item of a document's layout: exactly one of Para and
// Table is set.
type Block struct {
	Para  *Paragraph
	Table *Table
}

// Paragraph is a paragraph outside any table.
type Paragraph struct {
	// Text is the paragraph's text with bookmarks removed; line breaks inside
	// the paragraph are "\n".
	Text string
	// Level is the heading level (1 for Heading 1, h1 …), 0 when the
	// paragraph is no heading or the format does not say.
	Level int
	// Furniture marks a page header or footer (a page number, a
	// browser's URL and date line): text that belongs to no field and
	// must land in unrecognized. PDF readers set it; such paragraphs come
	// after the body, and their Pos names only the page.
	Furniture bool
	Pos       model.Pos
}

// Cell is one cell of a table row. Paragraphs inside a cell are joined by
// "\n". A vertical merge (w:vMerge, rowspan, a merge range) is its first
// cell, whose RowSpan counts the rows it covers, and in each row below a
// continuation cell with Merged set, empty Text and RowSpan 1 at the same
// grid column: the cell it continues is the nearest unmerged one above it
// in that column. Horizontal merges are not repeated: the cell carries
// ColSpan instead.
type Cell struct {
	Text    string
	RowSpan int
	ColSpan int
	Merged  bool
	Pos     model.Pos
}

// Table is a table: rows of cells in document order.
type Table struct {
	Rows [][]Cell
	Pos  model.Pos
}
