package ocr

import "image"

// Page is what one page image holds, top to bottom: tables and paragraphs.
type Page struct {
	// Number counts the pages of the document from 1.
	Number int
	Items  []Item
	// Skew is the skew found and undone, in degrees.
	Skew float64
}

// Item is a table or a paragraph: exactly one of Para and Table is set.
type Item struct {
	Para  *Para
	Table *Table
}

// Para is a paragraph outside tables. Furniture marks a page header or
// footer (a page number): a short line in the top or bottom margin.
type Para struct {
	Text      string
	Conf      int // Tesseract's confidence, 0–100, averaged over the characters
	Furniture bool
	Box       image.Rectangle
}

// Table is a ruled table: rows of cells in the layout's convention. A cell
// that spans rows is followed, in each row below it, by a continuation cell
// with Merged set at the same column; a cell that spans columns carries
// ColSpan and is not repeated.
type Table struct {
	Rows [][]Cell
	Box  image.Rectangle
	// Cols are the x positions of the vertical rules, which tell whether a
	// table on the next page continues this one.
	Cols []int
}

// Cell is one cell of a table.
type Cell struct {
	Text    string
	Conf    int // 0–100; 0 for an empty cell
	RowSpan int
	ColSpan int
	Merged  bool
	Box     image.Rectangle
}
