package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
)

const parseExamples = `  perfdoc parse testdata/budget-2026.txt
  perfdoc parse --format jsonl archive/*.docx > filings.jsonl
  perfdoc parse -o out.json filing.html
  cat filing.txt | perfdoc parse --from text -
`

func cmdParse(e *env, args []string) int {
	fs := newFlags(e, "parse", "parse [--from text|docx|html] [--year N] [-o FILE] [--format json|jsonl] FILE...|-", parseExamples)
	from := fs.String("from", "", "input format: text, docx or html (default: sniffed from the bytes)")
	year := fs.Year("year", "the filing's budget `year` (default: read from the document)")
	out := fs.String("o", "", "write to `FILE` instead of stdout")
	format := fs.String("format", "json", "output: json (an object, or an array for several files) or jsonl (one object per line)")
	maxInflate := fs.Int64("max-inflate", parser.DefaultLimits.MaxInflate, "largest inflated size of a DOCX's document.xml, in `bytes`")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "perfdoc parse: no input file (use - for stdin)")
		fs.Usage()
		return exitUsage
	}
	switch *from {
	case "", parser.FormatText, parser.FormatDOCX, parser.FormatHTML:
	default:
		fmt.Fprintf(e.stderr, "perfdoc parse: --from %q: want text, docx or html\n", *from)
		return exitUsage
	}
	if *format != "json" && *format != "jsonl" {
		fmt.Fprintf(e.stderr, "perfdoc parse: --format %q: want json or jsonl\n", *format)
		return exitUsage
	}
	lim := parser.DefaultLimits
	lim.MaxInflate = *maxInflate
	opts := parser.Options{Format: *from, Year: *year, Limits: &lim}

	var w io.Writer = e.stdout
	var f *outputFile
	if *out != "" && *out != "-" {
		var err error
		f, err = createOutput(*out)
		if err != nil {
			fmt.Fprintf(e.stderr, "perfdoc parse: %v\n", err)
			return exitFail
		}
		defer f.Abort()
		w = f
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	code := exitOK
	var docs []*model.Document
	for _, path := range fs.Args() {
		doc, err := loadDocument(e, path, opts)
		if err != nil {
			fmt.Fprintln(e.stderr, errorLine(err))
			code = exitFail
			continue
		}
		if *format == "jsonl" {
			if _, err := bw.Write(doc.AppendJSON(nil, false)); err != nil {
				fmt.Fprintf(e.stderr, "perfdoc parse: %v\n", err)
				return exitFail
			}
			continue
		}
		docs = append(docs, doc)
	}
	if *format == "json" {
		var err error
		switch {
		case fs.NArg() == 1 && len(docs) == 1:
			_, err = bw.Write(docs[0].AppendJSON(nil, true))
		case fs.NArg() > 1:
			err = writeJSON(bw, docs, true)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "perfdoc parse: %v\n", err)
			return exitFail
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "perfdoc parse: %v\n", err)
		return exitFail
	}
	if f != nil {
		if err := f.Commit(); err != nil {
			fmt.Fprintf(e.stderr, "perfdoc parse: %v\n", err)
			return exitFail
		}
	}
	return code
}

// writeJSON writes v as JSON followed by a newline, indented or compact,
// with <, > and & left as they are.
func writeJSON(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}
