// Package parser reads a performance-target filing (绩效目标表) from its
// bytes into a model.Document. It is the front of the pipeline
//
//	bytes → sniff → reader → layout → extract → normalize → model.Document
//
// and holds the front only:
//
//	parse.go     Parse and Options: decode, read, budget, extract, normalize
//	registry.go  the readers by format, Register for outside ones, Sniff
//	ocrread.go   scans (images, PDFs without a text layer) read by OCR;
//	ocrfix.go    OCR's misread glyphs corrected against the vocabulary
//	alias.go     the names of layout and extract under parser's names
//	             (Limits, ParseError, ErrTooLarge, Block, Extract …)
//
// The work is done in its subpackages, which form one downward graph
// (TestPackageGraph holds it): readers never import one another, and the
// extractor never sees a format.
//
//	layout            blocks, cells and positions, Limits and the document
//	                  budget, ParseError and the sentinels, Clean, Decode
//	text              the text-export reader (Apache Tika)
//	docx              the DOCX reader: document.xml as gosax tokens
//	html              the HTML reader: x/net/html tokens, no tree
//	sheet             the workbook readers, XLSX and XLS (BIFF8)
//	worddoc           the Word 97–2003 (.doc) reader
//	pdf               the PDF reader: lattice grids and lines from the
//	                  text layer of internal/pdf
//	ocr               the OCR engine (tesseract) for scans
//	extract           the one extractor from layout to document
//	internal/office   what the Office readers share: OLE2, XML tags,
//	                  Word's Symbol font
//	internal/numfmt   Excel number formats, for both workbook readers
//	internal/pdf      the PDF file: objects, fonts, content streams
//
// Readers are faithful and dumb: they never look for 项目编码 or 指标值. All
// knowledge of a filing's structure is in the extractor, so a new format is
// a new reader (see Register), and a new layout variant a change in one
// place.
//
// Positions are 1-based: lines for text exports; table, row and grid column
// for DOCX, DOC and HTML cells (workbooks add the sheet's name and the A1
// cell); pages for PDFs and scans; paragraph numbers for paragraphs outside
// tables.
package parser
