// Package parser reads a performance-target filing (绩效目标表) from its
// bytes into a model.Document.
//
// The pipeline is sniff → decode → reader → layout → extract → normalize:
//
//	parse.go     Parse, Sniff, Options and Limits: the entry point
//	decode.go    BOM, UTF-16 and GB18030 detection for text and HTML
//	text.go      the Apache Tika text-export reader
//	docx.go      the DOCX reader: word/document.xml as a gosax token stream
//	html.go      the HTML reader (golang.org/x/net/html), rowspan/colspan
//	layout.go    the neutral layout the readers produce: paragraphs, tables
//	             of cells with spans, merge continuations and positions
//	extract.go   the one extractor from layout to document: overview,
//	             project header blocks, spending plans, goals, the indicator
//	             grid; synonym tables for labels
//	errors.go    ParseError and the sentinel errors
//
// Readers are faithful and dumb: they never look for 项目编码 or 指标值. All
// knowledge of a filing's structure is in the extractor, so a new format is
// a new reader, and a new layout variant a change in one place.
//
// Positions are 1-based: lines for text exports; table, row and grid column
// for DOCX and HTML cells; paragraph numbers for DOCX and HTML paragraphs
// outside tables.
package parser
