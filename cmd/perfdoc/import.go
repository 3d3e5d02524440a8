package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/warehouse"
)

const importExamples = `  perfdoc import --to archive.sqlite filings/                  # SQLite (default), folders walked recursively
  perfdoc import --to lake/ --format parquet --workers 8 filings/ # Parquet, partitioned by year
  perfdoc import --to out/ --format csv --include '*.docx' 2024/ 2025/
  sqlite3 archive.sqlite 'SELECT year, count(*) FROM documents GROUP BY year'
`

// listFlag collects a repeatable, comma-separated flag.
type listFlag []string

// String joins the values with commas.
func (l *listFlag) String() string { return strings.Join(*l, ",") }

// Set adds the comma-separated values of s.
func (l *listFlag) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

func cmdImport(e *env, args []string) int {
	fs := newFlags(e, "import", "import --to WAREHOUSE [--format sqlite|parquet|csv|jsonl] [--workers N] [--include GLOB] PATH...", importExamples)
	to := fs.String("to", "", "the warehouse: a SQLite file, or a folder for parquet, csv and jsonl")
	format := fs.String("format", "sqlite", "sqlite, parquet, csv or jsonl")
	workers := fs.IntAtLeast("workers", 0, 1, "files parsed in parallel, at least 1 (default: the number of CPUs)")
	maxInflate := fs.Int64("max-inflate", parser.DefaultLimits.MaxInflate, "largest inflated size of a DOCX's document.xml, in `bytes`")
	var include listFlag
	fs.Var(&include, "include", "glob of base names to import, repeatable or comma-separated (default: "+strings.Join(warehouse.DefaultInclude, ",")+")")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if *to == "" || fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "perfdoc import: want --to WAREHOUSE and at least one PATH")
		fs.Usage()
		return exitUsage
	}
	var sink warehouse.Sink
	var err error
	switch *format {
	case "sqlite":
		sink, err = warehouse.OpenSQLite(*to)
	case "parquet":
		sink, err = warehouse.OpenParquet(*to)
	case "csv", "jsonl":
		sink, err = warehouse.OpenFiles(*to, *format)
	default:
		fmt.Fprintf(e.stderr, "perfdoc import: --format %q: want sqlite, parquet, csv or jsonl\n", *format)
		return exitUsage
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "perfdoc import: %s: %v\n", *to, err)
		return exitFail
	}
	// Parsing allocates much short-lived garbage; with every core busy the
	// collector's share of CPU is what limits scaling across workers. Trade
	// a larger heap for less collection (unless the user chose GOGC), under
	// a soft memory limit that depends on the workers only, so that peak
	// memory does not grow with the number of files.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
		if os.Getenv("GOMEMLIMIT") == "" {
			n := *workers
			if n <= 0 {
				n = runtime.NumCPU()
			}
			debug.SetMemoryLimit(int64(64+16*n) << 20)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	lim := parser.DefaultLimits
	lim.MaxInflate = *maxInflate
	opts := warehouse.Options{Workers: *workers, Include: include, Limits: &lim}
	var failures []string // the first few, shown after the summary
	const showFailures = 20
	nFailed := 0
	record := func(p warehouse.Progress) {
		if p.Err != "" {
			nFailed++
			if len(failures) < showFailures {
				failures = append(failures, "perfdoc import: "+p.Path+": "+p.Err)
			}
		}
	}
	opts.Progress = record
	if isTerminal(e.stderr) {
		total := 0
		warehouse.Walk(ctx, fs.Args(), include, func(string) error { total++; return nil })
		bar := progressbar.NewOptions(total, progressbar.OptionSetWriter(e.stderr), progressbar.OptionSetDescription("importing"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("files"),
			progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
		opts.Progress = func(p warehouse.Progress) { record(p); bar.Add(1) }
		defer bar.Finish()
	}
	start := time.Now()
	sum, err := warehouse.Import(ctx, sink, fs.Args(), opts)
	if cerr := sink.Close(); err == nil {
		err = cerr
	}
	el := time.Since(start)
	rate := float64(sum.Files) / el.Seconds()
	fmt.Fprintf(e.stderr, "perfdoc import: %d files in %.1fs (%.0f files/s): %d imported (%d projects, %d indicators), %d already there, %d failed (see import_errors)\n",
		sum.Files, el.Seconds(), rate, sum.Imported, sum.Projects, sum.Indicators, sum.Duplicates, sum.Failed)
	for _, f := range failures {
		fmt.Fprintln(e.stderr, f)
	}
	if nFailed > len(failures) {
		fmt.Fprintf(e.stderr, "perfdoc import: … and %d more failed files (SELECT * FROM import_errors)\n", nFailed-len(failures))
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(e.stderr, "perfdoc import: interrupted; whole documents only were written, run the same command again to finish")
		} else {
			fmt.Fprintf(e.stderr, "perfdoc import: %v\n", err)
		}
		return exitFail
	}
	if sum.Failed > 0 {
		return exitFail
	}
	return exitOK
}
