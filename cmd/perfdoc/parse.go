package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/run"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

const parseExamples = `  perfdoc parse testdata/budget-2026.txt
  perfdoc parse --format jsonl archive/*.docx > filings.jsonl
  perfdoc parse -o out.json filing.html
  cat filing.txt | perfdoc parse --from text -
  perfdoc parse scanned-budget.pdf scan.tiff
  perfdoc parse --lang en filing.docx      # warnings' messages in English
`

// limitFlags adds the flags of the readers' per-document limits (see
// docs/limits.md) to a command that parses filings; the func it returns
// reads them once the flags are parsed.
func limitFlags(fs *flag.FlagSet) func() parser.Limits {
	maxInflate := fs.Int64("max-inflate", parser.DefaultLimits.MaxInflate, "largest inflated size of a DOCX's document.xml, in `bytes` (-1: no limit)")
	maxText := fs.Int64("max-text", parser.DefaultLimits.MaxText, "most text one document may emit, in `bytes`, a repeated text counted each time and each paragraph or cell 64 bytes more (-1: no limit)")
	maxCells := fs.Int("max-cells", parser.DefaultLimits.MaxCells, "most table `cells` one document may have (-1: no limit)")
	maxDepth := fs.Int("max-depth", parser.DefaultLimits.MaxDepth, "deepest table nesting (XML and HTML elements: 16 times as deep) (-1: no limit)")
	maxChars := fs.Int("max-chars", parser.DefaultLimits.MaxChars, "most `characters` a PDF's pages may show (-1: no limit)")
	return func() parser.Limits {
		return parser.Limits{MaxInflate: *maxInflate, MaxText: *maxText, MaxCells: *maxCells, MaxChars: *maxChars, MaxDepth: *maxDepth}
	}
}

func cmdParse(e *cli.Env, args []string) int {
	fs := cli.NewFlags(e, "parse", "parse [--from text|docx|html|doc|xlsx|xls|pdf] [--year N] [--ocr auto|always|never] [--lang zh|en] [-o FILE] [--format json|jsonl] FILE...|-", parseExamples)
	inputFlags(fs, e)
	from := fs.String("from", "", "input format: text, docx, html, doc, xlsx, xls or pdf (default: sniffed from the bytes)")
	year := fs.Year("year", "the filing's budget `year` (default: read from the document)")
	out := fs.String("o", "", "write to `FILE` instead of stdout")
	format := fs.String("format", "json", "output: json (an object, or an array for several files) or jsonl (one object per line)")
	lang := fs.Choice("lang", "language of the warnings' messages and of perfdoc's lines on stderr (the codes are the same in both)", "zh", "en")
	ocrMode := ocrFlag(fs.FlagSet)
	words := vocabFlag(fs.FlagSet)
	limits := limitFlags(fs.FlagSet)
	if c := cli.ParseFlags(fs, args); c >= 0 {
		return c
	}
	stderrLang, _ := report.ParseLang(*lang)
	if fs.NArg() == 0 {
		fmt.Fprintln(e.Stderr, "perfdoc parse: no input file (use - for stdin)")
		fs.Usage()
		return cli.ExitUsage
	}
	if stdinTwice(fs.Args()...) {
		return fs.UsageError(stdinOnce)
	}
	switch *from {
	case "", parser.FormatText, parser.FormatDOCX, parser.FormatHTML, parser.FormatDOC, parser.FormatXLSX, parser.FormatXLS, parser.FormatPDF:
	default:
		fmt.Fprintf(e.Stderr, "perfdoc parse: --from %q: want text, docx, html, doc, xlsx, xls or pdf\n", *from)
		return cli.ExitUsage
	}
	*format = fs.OutputFormat(*format, *out, map[string]string{".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"})
	if *format != "json" && *format != "jsonl" {
		fmt.Fprintf(e.Stderr, "perfdoc parse: --format %q: want json or jsonl\n", *format)
		return cli.ExitUsage
	}
	lim := limits()
	opts := parser.Options{Format: *from, Year: *year, Limits: &lim}
	if c := ocrOptions(e, "parse", *ocrMode, &opts); c >= 0 {
		return c
	}
	if c := vocabOptions(e, "parse", *lang, *words, &opts); c >= 0 {
		return c
	}
	defer lighterGC()()
	return writeParsed(e, stderrLang, fs.Args(), opts, *out, *format, *lang == "en")
}

// writeParsed parses each path and writes its document to out (stdout when
// empty or "-"; a file appears only when everything was written): one file
// gives one JSON object, several an array, jsonl one object a line, each
// written as soon as it is parsed. A file that fails to parse is named on
// stderr and the others are still written (exit 1); a failed write stops.
// When no file could be read, out is not written at all (a file there
// before is left as it was): an empty or "[]" file would pass for output.
func writeParsed(e *cli.Env, stderrLang report.Lang, paths []string, opts parser.Options, out, format string, english bool) int {
	var w io.Writer = e.Stdout
	var f *cli.OutputFile
	if out != "" && out != "-" {
		var err error
		f, err = cli.CreateOutput(out)
		if err != nil {
			fmt.Fprintln(e.Stderr, writeErrorIn(stderrLang, "parse", err))
			return cli.ExitFail
		}
		defer f.Abort()
		w = f
	}
	enc := model.NewEncoder(w, format == "json", format == "json" && len(paths) > 1)
	code, read := cli.ExitOK, 0
	for _, path := range paths {
		doc, err := loadDocument(e, path, opts)
		if err != nil {
			fmt.Fprintln(e.Stderr, errorLineIn(stderrLang, err))
			code = cli.ExitFail
			continue
		}
		read++
		if english {
			diag.Localize(doc, diag.English)
		}
		if err := enc.Encode(doc); err != nil {
			fmt.Fprintln(e.Stderr, writeErrorIn(stderrLang, "parse", err))
			return cli.ExitFail
		}
	}
	if err := enc.Close(); err != nil {
		fmt.Fprintln(e.Stderr, writeErrorIn(stderrLang, "parse", err))
		return cli.ExitFail
	}
	if f != nil && read > 0 {
		if err := f.Commit(); err != nil {
			fmt.Fprintln(e.Stderr, writeErrorIn(stderrLang, "parse", err))
			return cli.ExitFail
		}
	}
	return code
}

// lighterGC lets the heap grow to five times what is live (GOGC=400)
// under a soft limit of 256 MiB, unless GOGC or GOMEMLIMIT say otherwise:
// a parse is short and its garbage small, and the collector's minimum
// heap of 4 MiB would otherwise make it collect once or twice for nothing
// (3 ms of the seed HTML's 20). The limit keeps a large input (a table
// just under --max-cells) near what it really holds: with 1 GiB it peaked
// at 700 MB RSS, with 256 MiB at 340 MB, for about the same CPU time. It returns
// the function that restores the settings.
func lighterGC() func() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	gc := debug.SetGCPercent(400)
	limit := debug.SetMemoryLimit(256 << 20)
	return func() {
		debug.SetGCPercent(gc)
		debug.SetMemoryLimit(limit)
	}
}

// writeJSON writes v as JSON followed by a newline (run.WriteJSON).
func writeJSON(w io.Writer, v any, indent bool) error { return run.WriteJSON(w, v, indent) }
