// Package report renders the results of diff and audit for people, Chinese
// first (English with Lang): a terminal report, Markdown, a self-contained
// HTML page and an XLSX workbook. JSON output is the results' own encoding.
//
// Files:
//
//	labels.go        the label table (Chinese and English) shared by every report
//	sanitize.go      Clean, OneLine, Markdown: text from a filing made safe to print
//	view.go          what a diff report shows: totals, counts, projects in audit order
//	rows.go          DiffOptions; changes as rows; amounts and budget changes
//	worddiff.go      inline word-level diffs of edited texts
//	diff.go          terminal styles
//	diff_text.go     DiffText
//	diff_markdown.go DiffMarkdown
//	diff_html.go     DiffHTML
//	diff_xlsx.go     DiffXLSX
//	xlsx.go          the workbook writer the diff and check workbooks share
//	index.go         the index of a folder-to-folder comparison (one report per department)
//	check.go         CheckText, CheckRules
//	check_pos.go     Position: a source position in Chinese (第3张表第5行第2列) or English
//	check_xlsx.go    CheckXLSX (概要, 问题, 规则)
package report
