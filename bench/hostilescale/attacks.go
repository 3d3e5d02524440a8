package main

import (
	"bufio"
	"strings"
)

// attacks are the kinds of input built, each at n and 10n.
func attacks() []attack {
	return []attack{
		{name: "pdf-predictor", ext: ".pdf", n: 209715, unit: "columns ×128 B", build: pdfPredictor},
		{name: "pdf-shared-content", ext: ".pdf", n: 10, unit: "pages", build: pdfSharedContent},
		{name: "pdf-contents-array", ext: ".pdf", n: 200, unit: "refs to 100 KB", build: pdfContentsArray},
		{name: "pdf-bfrange", ext: ".pdf", n: 25600, unit: "dest units", build: pdfBfrange},
		{name: "pdf-codespace", ext: ".pdf", n: 100000, unit: "ranges", build: pdfCodespace},
		{name: "pdf-repair-noendstream", ext: ".pdf", n: 30000, unit: "objects", build: pdfNoEndstream},
		{name: "pdf-repair-openstring", ext: ".pdf", n: 20000, unit: "objects", build: pdfOpenString},
		{name: "docx-deep", ext: ".docx", n: 8000000, unit: "elements", build: docxDeep},
		{name: "docx-rows", ext: ".docx", n: 800000, unit: "rows", build: docxBody("<w:tbl>", "<w:tr><w:tc><w:p/></w:tc></w:tr>", "</w:tbl>")},
		{name: "docx-cells", ext: ".docx", n: 250000, unit: "cells", build: docxBody("<w:tbl><w:tr>", `<w:tc><w:tcPr><w:gridSpan w:val="999"/><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc>`, "</w:tr></w:tbl>")},
		{name: "docx-rows-under-cap", ext: ".docx", n: 50000, unit: "rows", build: docxBody("<w:tbl>", "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>", "</w:tbl>")},
		{name: "docx-cells-under-cap", ext: ".docx", n: 100000, unit: "cells", build: docxBody("<w:tbl><w:tr>", `<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>`, "</w:tr></w:tbl>")},
		{name: "docx-huge-wt", ext: ".docx", n: 8000000, unit: "chars", build: docxBody("<w:p><w:r><w:t>", "甲", "</w:t></w:r></w:p>")},
		{name: "html-bare-td", ext: ".html", n: 500000, unit: "cells", build: func(w *bufio.Writer, n int) error {
			return html("<table>", "<tr>"+strings.Repeat("<td>1", 1000), "</table>")(w, n/1000)
		}},
		{name: "html-bare-td-under-cap", ext: ".html", n: 100000, unit: "cells", build: func(w *bufio.Writer, n int) error {
			return html("<table>", "<tr>"+strings.Repeat("<td>1", 1000), "</table>")(w, n/1000)
		}},
		{name: "html-rows", ext: ".html", n: 1000000, unit: "rows", build: html("<table>", "<tr><td>x</td></tr>", "</table>")},
		{name: "html-rows-under-cap", ext: ".html", n: 50000, unit: "rows", build: html("<table>", "<tr><td>x</td></tr>", "</table>")},
		{name: "xlsx-shared-strings", ext: ".xlsx", n: 1000, unit: "cells × 1000 chars", build: xlsxShared},
		{name: "xls-shared-strings", ext: ".xls", n: 1000, unit: "cells × 8000 chars", build: xlsShared},
		{name: "doc-empty-paras", ext: ".doc", n: 1000000, unit: "paragraphs", build: docEmpty},

		{name: "html-nested-tables", ext: ".html", n: 10000, unit: "levels", variant: true, build: htmlNested},
		{name: "html-spans", ext: ".html", n: 100, unit: "cells 1000×1000", variant: true, build: html("<table>", `<tr><td colspan="1000" rowspan="1000">1</td></tr>`, "</table>")},
		{name: "docx-empty-paras", ext: ".docx", n: 100000, unit: "paragraphs", variant: true, build: docxBody("", "<w:p/>", "")},
		{name: "docx-short-paras", ext: ".docx", n: 500000, unit: "paragraphs", variant: true, build: docxBody("", "<w:p><w:r><w:t>1</w:t></w:r></w:p>", "")},
		{name: "html-short-paras", ext: ".html", n: 500000, unit: "paragraphs", variant: true, build: html("", "<p>1</p>", "")},
		{name: "txt-short-lines", ext: ".txt", n: 1000000, unit: "lines", variant: true, build: text("项目支出绩效目标表\n", "1\n\n")},
		{name: "xlsx-huge-string", ext: ".xlsx", n: 8000000, unit: "chars", variant: true, build: xlsxHugeString},
		{name: "docx-huge-attr", ext: ".docx", n: 8000000, unit: "bytes", variant: true, build: docxBody(`<w:p><w:r><w:t xml:space="`, "x", `">1</w:t></w:r></w:p>`)},
		{name: "txt-cells", ext: ".txt", n: 1000000, unit: "cells", variant: true, build: text("项目支出绩效目标表\n", "\tx\n")},
		{name: "html-filing-junk-cells", ext: ".html", n: 100000, unit: "cells after a filing", variant: true, build: filingJunk},
		{name: "docx-zip-entries", ext: ".docx", n: 10000, unit: "zip entries", variant: true, build: docxZipEntries},
		{name: "pdf-xref-w", ext: ".pdf", n: 100000, unit: "/W entries", variant: true, build: pdfXrefW},
		{name: "pdf-nested", ext: ".pdf", n: 10000, unit: "levels", variant: true, build: pdfNested},
		{name: "pdf-nested-unclosed", ext: ".pdf", n: 100000, unit: "levels", variant: true, build: pdfNestedUnclosed},
		{name: "html-merged-label", ext: ".html", n: 30000, unit: "characters × 1000 rows", variant: true, build: htmlMergedLabel},
		{name: "html-long-numbers", ext: ".html", n: 80000, unit: "digits × 12 targets", variant: true, build: htmlLongNumbers},
		{name: "xlsx-dimension", ext: ".xlsx", n: 1000, unit: "sparse cells in A1:XFD1048576", variant: true, build: xlsxDimension},
	}
}
