// Package parser reads a performance-target filing (绩效目标表) from its
// bytes into a model.Document.
//
// The pipeline is sniff → decode → reader → layout → extract → normalize:
//
//	parse.go     Parse, Sniff, Options and Limits: the entry point
//	decode.go    BOM, UTF-16 and GB18030 detection for text and HTML
//	text.go      the Apache Tika text-export reader
//	docx.go      the DOCX reader: word/document.xml as a gosax token stream;
//	             docxelems.go its handler per element, docxtable.go its
//	             tables (gridSpan, vMerge)
//	html.go      the HTML reader: x/net/html's tokens, no tree; htmltags.go
//	             what each tag is; htmlscope.go and htmlformat.go the
//	             browser's rules for implicit ends and misnested formatting;
//	             htmltable.go tables, rowspan/colspan, white space
//	layout.go    the neutral layout the readers produce: paragraphs, tables
//	             of cells with spans, merge continuations and positions
//	extract.go   the one extractor from layout to document: overview,
//	             project header blocks, spending plans, goals, the indicator
//	             grid; synonym tables for labels
//	errors.go    ParseError and the sentinel errors
//	ole2.go      the OLE2 compound-file layer under .doc and .xls (mscfb,
//	             with checks on sector counts and chains)
//	worddoc*.go  the Word 97–2003 reader: FIB, piece table, PAPX table
//	             marks and cell grid, CHPX deletions and symbols
//	xlsx.go      the XLSX reader: the zip package and its parts streamed as
//	             gosax tokens, the workbook and its relationships;
//	             xlsx_parts.go shared strings and cell formats,
//	             xlsx_sheet.go each sheet's cells and merges
//	xls*.go      the Excel 97–2003 (BIFF8) reader
//	internal/numfmt  number formats (General, built-in ids, custom codes
//	             with sections, digits, dates and times) for both workbook
//	             readers
//	sheet.go     sheets (cells and merges) to the neutral layout, for both
//	             workbook readers
//
// Readers are faithful and dumb: they never look for 项目编码 or 指标值. All
// knowledge of a filing's structure is in the extractor, so a new format is
// a new reader, and a new layout variant a change in one place.
//
// Positions are 1-based: lines for text exports; table, row and grid column
// for DOCX, DOC and HTML cells (workbooks add the sheet's name and the A1
// cell); paragraph numbers for paragraphs outside tables.
package parser
