package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/run"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

// exitMismatch is diff's status when the two filings should not be
// compared (other departments, reversed or equal years, no projects) and
// --force was not given.
const exitMismatch = 4

const diffExamples = `  perfdoc diff budget-2025.docx budget-2026.docx                 # terminal report, Chinese labels
  perfdoc diff --format html budget-2025.docx budget-2026.docx > diff.html
  perfdoc diff --format xlsx -o diff.xlsx budget-2025.docx budget-2026.docx
  perfdoc diff --format json budget-2025.txt budget-2026.html    # OLD and NEW may differ in format
  perfdoc diff --lang en --format markdown old.docx new.docx >> review.md
  perfdoc diff scan-2025.pdf budget-2026.docx                    # a scanned side is read by OCR (--ocr auto)
  perfdoc diff --format html -o reports/ filings-2025/ filings-2026/   # a bureau at once: one report per department + index
`

// diffFlags are the options of perfdoc diff.
type diffFlags struct {
	format, lang, out string
	threshold         float64
	force             bool
	parse             parser.Options // --ocr and its progress
	opts              report.DiffOptions
}

// diffFormatByExt are the report formats an -o file's extension names
// when --format is not given.
var diffFormatByExt = map[string]string{".txt": "text", ".json": "json", ".md": "markdown", ".markdown": "markdown",
	".html": "html", ".htm": "html", ".xlsx": "xlsx"}

func cmdDiff(e *cli.Env, args []string) int {
	fs := cli.NewFlags(e, "diff", "diff [--format text|json|markdown|html|xlsx] [--lang zh|en] [--force] [--ocr auto|always|never] [-o FILE|DIR] OLD NEW", diffExamples)
	inputFlags(fs, e)
	format := fs.Choice("format", "output", "text", "json", "markdown", "md", "html", "xlsx")
	lang := fs.Choice("lang", "language of the report's labels", "zh", "en")
	out := fs.String("o", "", "write to `FILE` (a folder when OLD and NEW are folders) instead of stdout")
	threshold := fs.Fraction("threshold", diff.DefaultThreshold, "lowest `score` (0 < score ≤ 1) at which two projects are the same project")
	force := fs.Bool("force", false, "compare even filings of different departments, reversed or equal years, or without projects")
	ocrMode := ocrFlag(fs.FlagSet)
	words := vocabFlag(fs.FlagSet)
	if c := cli.ParseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() != 2 {
		return fs.UsageError("want two files (or two folders), OLD and NEW")
	}
	if stdinTwice(fs.Args()...) {
		return fs.UsageError(stdinOnce)
	}
	f := &diffFlags{format: *format, lang: *lang, out: *out, threshold: *threshold, force: *force}
	if c := ocrOptions(e, "diff", *ocrMode, &f.parse); c >= 0 {
		return c
	}
	if c := vocabOptions(e, "diff", *lang, *words, &f.parse); c >= 0 {
		return c
	}
	f.format = fs.OutputFormat(f.format, f.out, diffFormatByExt)
	if f.format == "md" {
		f.format = "markdown"
	}
	l, _ := report.ParseLang(f.lang)
	f.opts = run.DiffOptions(l)
	if isDir(fs.Arg(0)) || isDir(fs.Arg(1)) {
		if !isDir(fs.Arg(0)) || !isDir(fs.Arg(1)) {
			return fs.UsageError("OLD and NEW must both be files or both be folders")
		}
		if f.out == "" {
			return fs.UsageError("comparing folders writes one report per department: name the output folder with -o DIR")
		}
		return diffFolders(e, fs.Arg(0), fs.Arg(1), f)
	}
	if f.format == "xlsx" && f.out == "" && e.Terminal(e.Stdout) {
		return fs.UsageError("--format xlsx writes a workbook: redirect stdout or give -o FILE")
	}
	return diffFiles(e, fs.Arg(0), fs.Arg(1), f)
}

// diffFiles compares two filings and writes the report. The collector
// runs at GOGC=50 unless the user chose GOGC (measured on two 5000-project
// filings: 330 MB at the peak instead of 410 MB, in the same time).
func diffFiles(e *cli.Env, oldPath, newPath string, f *diffFlags) int {
	if e.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(50))
	}
	docs, errs := loadPair(e, oldPath, newPath, f.parse)
	if errs[0] != nil || errs[1] != nil {
		for _, err := range errs {
			if err != nil {
				fmt.Fprintln(e.Stderr, errorLineIn(f.opts.Lang, err))
			}
		}
		return cli.ExitFail
	}
	res, problems := run.Diff(docs[0], docs[1], f.threshold, f.force)
	for _, p := range problems {
		fmt.Fprintf(e.Stderr, say(f.opts.Lang, "perfdoc diff: 注意：%s\n", "perfdoc diff: warning: %s\n"), cli.Sanitize(problemText(f.opts.Lang, p)))
	}
	if res == nil {
		fmt.Fprintln(e.Stderr, say(f.opts.Lang, "perfdoc diff: 这两份文件不宜对比；--force 仍然对比",
			"perfdoc diff: these filings should not be compared; --force compares them anyway"))
		return exitMismatch
	}
	if f.out != "" {
		o, err := cli.CreateOutput(f.out)
		if err != nil {
			fmt.Fprintln(e.Stderr, writeErrorIn(f.opts.Lang, "diff", err))
			return cli.ExitFail
		}
		defer o.Abort()
		if err := writeDiff(o, res, f, e.Color(o.File)); err != nil {
			fmt.Fprintln(e.Stderr, writeErrorIn(f.opts.Lang, "diff", fmt.Errorf("%s: %w", cli.Quote(f.out), err)))
			return cli.ExitFail
		}
		if err := o.Commit(); err != nil {
			fmt.Fprintln(e.Stderr, writeErrorIn(f.opts.Lang, "diff", err))
			return cli.ExitFail
		}
		return cli.ExitOK
	}
	if err := writeDiff(e.Stdout, res, f, e.Color(e.Stdout)); err != nil {
		fmt.Fprintln(e.Stderr, writeErrorIn(f.opts.Lang, "diff", err))
		return cli.ExitFail
	}
	return cli.ExitOK
}

// writeDiff renders a comparison in the chosen format (run.WriteDiff).
func writeDiff(w io.Writer, res *diff.Result, f *diffFlags, color bool) error {
	opts := f.opts
	opts.Color = color
	return run.WriteDiff(w, res, f.format, opts)
}

// loadPair parses two files, one after the other: parsing a large filing
// holds much short-lived memory (about 25 times a text export's size at its
// peak), so two at once would double the peak for little gain on a busy
// machine.
func loadPair(e *cli.Env, oldPath, newPath string, opts parser.Options) ([2]*model.Document, [2]error) {
	var docs [2]*model.Document
	var errs [2]error
	for k, path := range []string{oldPath, newPath} {
		docs[k], errs[k] = loadDocument(e, path, opts)
	}
	return docs, errs
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
