package main

import (
	"bufio"
	"fmt"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

const diffExamples = `  perfdoc diff budget-2025.docx budget-2026.docx                 # terminal report
  perfdoc diff --format json budget-2025.txt budget-2026.html    # OLD and NEW may differ in format
  perfdoc diff --format html budget-2025.docx budget-2026.docx > diff.html
  perfdoc diff --format markdown old.docx new.docx >> review.md
`

func cmdDiff(e *env, args []string) int {
	fs := newFlags(e, "diff", "diff [--format text|json|markdown|html] OLD NEW", diffExamples)
	inputFlags(fs, e)
	format := fs.String("format", "text", "output: text, json, markdown or html")
	threshold := fs.Fraction("threshold", 0.45, "lowest `score` (0 < score ≤ 1) at which two projects are the same project")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() != 2 {
		fmt.Fprintln(e.stderr, "perfdoc diff: want two files, OLD and NEW")
		fs.Usage()
		return exitUsage
	}
	switch *format {
	case "text", "json", "markdown", "md", "html":
	default:
		fmt.Fprintf(e.stderr, "perfdoc diff: --format %q: want text, json, markdown or html\n", *format)
		return exitUsage
	}
	old, err := loadDocument(e, fs.Arg(0), parser.Options{})
	if err != nil {
		fmt.Fprintln(e.stderr, errorLine(err))
		return exitFail
	}
	new, err := loadDocument(e, fs.Arg(1), parser.Options{})
	if err != nil {
		fmt.Fprintln(e.stderr, errorLine(err))
		return exitFail
	}
	res := diff.Compare(old, new, diff.Options{Threshold: *threshold})
	bw := bufio.NewWriter(e.stdout)
	switch *format {
	case "json":
		err = writeJSON(bw, res, true)
	case "markdown", "md":
		err = report.DiffMarkdown(bw, res)
	case "html":
		err = report.DiffHTML(bw, res)
	default:
		err = report.DiffText(bw, res, report.Style{Color: e.color(e.stdout)})
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "perfdoc diff: %v\n", err)
		return exitFail
	}
	return exitOK
}
