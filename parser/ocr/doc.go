// Package ocr reads scanned filings: page images (PNG, JPEG, TIFF with
// several pages, or the images of a PDF without a text layer) become
// tables of cells with their spans and paragraphs outside tables, each with
// the text Tesseract read and its confidence.
//
// A page goes through these steps, each in its own file: decode and
// greyscale (input.go); estimate and undo a small skew (deskew.go);
// binarise with Otsu's threshold (binarize.go); find the ruling lines as long
// horizontal and vertical runs and join them into lattices whose missing
// rule segments are merged cells (lattice.go); cut the text outside tables
// into paragraphs by the gaps between lines (text.go); then read every cell
// and paragraph with one Tesseract process per page (tesseract.go), whose
// TSV output gives each word's confidence.
//
// The package is faithful and dumb like the other readers: it never looks
// for 项目编码; it reports what the page shows.
package ocr
