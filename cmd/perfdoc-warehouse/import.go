package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/ingest"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/run"
	"github.com/perfdoc/perfdoc/internal/segment"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
	"github.com/perfdoc/perfdoc/warehouse"
)

const importExamples = `  perfdoc import --to archive.sqlite filings/                  # SQLite (default), folders walked recursively
  perfdoc import --to lake/ --format parquet --workers 8 filings/ # Parquet, partitioned by year
  perfdoc import --to postgres://user@host/db filings/          # PostgreSQL (a shared warehouse)
  perfdoc import --to out/ --format csv --include '*.docx' 2024/ 2025/
  perfdoc import --to lake/ --format parquet --shard 3/8 filings/ # machine 3 of 8
  perfdoc import --to archive.sqlite --ocr never filings/       # no OCR: scans fail, images are not taken
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

// importFlags are the options of perfdoc import.
type importFlags struct {
	to, format, shard    string
	workers              *int
	maxInflate, maxSize  int64
	maxText              int64
	maxCells, maxChars   int
	maxDepth             int
	include              listFlag
	keepDuplicates, chk  bool
	noWait, noSearch     bool
	shardK, shardN       int
	batch                *int
	fs                   *cli.FlagSet
	nFailed, nSkipped    int
	failures, skipped    []string
	includeGiven, search bool
	lang, ocr            *string
}

func newImportFlags(e *cli.Env) *importFlags {
	f := &importFlags{}
	fs := cli.NewFlags(e, "import", "import --to WAREHOUSE [--format sqlite|postgres|parquet|csv|jsonl] [--workers N] [--include GLOB] [--check] [--shard K/N] [--ocr auto|always|never] PATH...", importExamples)
	fs.StringVar(&f.to, "to", "", "the warehouse: a SQLite file, a postgres:// URL, or a folder for parquet, csv and jsonl")
	fs.StringVar(&f.format, "format", "", "sqlite, postgres, parquet, csv or jsonl (default: postgres for a postgres:// URL, else sqlite)")
	f.workers = fs.IntAtLeast("workers", 0, 1, "files parsed in parallel, at least 1 (default: the number of CPUs)")
	fs.Int64Var(&f.maxInflate, "max-inflate", parser.DefaultLimits.MaxInflate, "largest inflated size of a DOCX's document.xml, in `bytes`")
	fs.Int64Var(&f.maxText, "max-text", parser.DefaultLimits.MaxText, "most text one document may emit, in `bytes`, a repeated text counted each time and each paragraph or cell 64 bytes more (-1: no limit)")
	fs.IntVar(&f.maxCells, "max-cells", parser.DefaultLimits.MaxCells, "most table `cells` one document may have (-1: no limit)")
	fs.IntVar(&f.maxDepth, "max-depth", parser.DefaultLimits.MaxDepth, "deepest table nesting (XML and HTML elements: 16 times as deep) (-1: no limit)")
	fs.IntVar(&f.maxChars, "max-chars", parser.DefaultLimits.MaxChars, "most `characters` a PDF's pages may show (-1: no limit)")
	fs.Int64Var(&f.maxSize, "max-size", ingest.DefaultMaxSize, "largest input file read, in `bytes` (0: no limit)")
	fs.Var(&f.include, "include", "glob of base names to import, repeatable or comma-separated (default: "+strings.Join(ingest.DefaultInclude, ",")+"; the images not with --ocr never)")
	fs.BoolVar(&f.keepDuplicates, "keep-duplicates", false, "one document per distinct file, even when two files carry the same filing")
	fs.BoolVar(&f.chk, "check", false, "audit each filing (as perfdoc check) and store the findings in the findings table")
	fs.StringVar(&f.shard, "shard", "", "import only slice `K/N` of the files (by content hash), for N machines sharing one warehouse")
	fs.BoolVar(&f.noWait, "no-wait", false, "fail at once when another import is writing to the warehouse, instead of waiting")
	fs.BoolVar(&f.noSearch, "no-search", false, "skip the search index and project keywords")
	f.lang = fs.Choice("lang", "language of the summary and the other lines on stderr", "zh", "en")
	f.ocr = fs.Choice("ocr", "read scans by OCR: auto (image files and PDFs without a text layer), always (a PDF's page images under a text layer too), never (scans fail, images are not walked)", parser.OCRAuto, parser.OCRAlways, parser.OCRNever)
	f.batch = fs.IntAtLeast("batch", 0, 1, "documents per commit (default: 16 for SQLite, 64 for PostgreSQL, CSV and JSONL, 128 for Parquet)")
	f.fs = fs
	return f
}

// validate checks the flags and fills in defaults; it returns an exit code
// or -1 to go on.
func (f *importFlags) validate(e *cli.Env) int {
	usage := f.fs.UsageError
	if f.to == "" || f.fs.NArg() == 0 {
		return usage("want --to WAREHOUSE and at least one PATH")
	}
	if f.format == "" {
		f.format = "sqlite"
		if warehouse.IsPostgresURL(f.to) {
			f.format = "postgres"
		}
	}
	switch f.format {
	case "sqlite", "postgres", "parquet", "csv", "jsonl":
	default:
		return usage("--format %q: want sqlite, postgres, parquet, csv or jsonl", f.format)
	}
	if f.maxSize < 0 {
		return usage("--max-size takes a number of bytes ≥ 0 (0: no limit)")
	}
	if err := ingest.ValidInclude(f.include); err != nil {
		return usage("%v", err)
	}
	if f.shard != "" {
		var err error
		if f.shardK, f.shardN, err = ingest.ParseShard(f.shard); err != nil {
			return usage("%v", err)
		}
	}
	f.includeGiven = len(f.include) > 0
	f.search = !f.noSearch && (f.format == "sqlite" || f.format == "postgres")
	return -1
}

func cmdImport(e *cli.Env, args []string) int {
	f := newImportFlags(e)
	if c := cli.ParseFlags(f.fs, args); c >= 0 {
		return c
	}
	if c := f.validate(e); c >= 0 {
		return c
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if missing := missingPaths(f.fs.Args()); len(missing) == f.fs.NArg() {
		// every PATH a typo: said so, and no warehouse made for nothing
		for _, p := range missing {
			fmt.Fprintf(e.Stderr, "perfdoc import: %s: %s\n", cli.Quote(p), say(f.en(), "文件或文件夹不存在", "no such file or folder"))
		}
		return cli.ExitFail
	}
	if ingest.Count(ctx, f.fs.Args(), f.orDefault()) == 0 {
		fmt.Fprintf(e.Stderr, say(f.en(), "perfdoc import: %s 下没有要导入的文件（查找 %s）\n", "perfdoc import: no file to import under %s (looked for %s)\n"),
			cli.QuoteAll(f.fs.Args()), strings.Join(f.orDefault(), ","))
		return cli.ExitFail
	}
	sink, err := f.open(ctx, e)
	if err != nil {
		fmt.Fprintln(e.Stderr, sinkLine(f.en(), f.to, err))
		return cli.ExitFail
	}
	setMemoryLimit(*f.workers, f.search)
	opts, finish := f.options(ctx, e)
	start := time.Now()
	sum, err := ingest.Import(ctx, sink, f.fs.Args(), opts)
	finish()
	if cerr := sink.Close(); err == nil {
		err = cerr
	}
	f.report(e, sum, time.Since(start), err)
	if err != nil || sum.Failed > 0 {
		return cli.ExitFail
	}
	return cli.ExitOK
}

// missingPaths are the paths that do not exist (a link to nothing
// included).
func missingPaths(paths []string) []string {
	var out []string
	for _, p := range paths {
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			out = append(out, p)
		}
	}
	return out
}

// open opens the sink the flags name.
func (f *importFlags) open(ctx context.Context, e *cli.Env) (warehouse.Sink, error) {
	var told sync.Once
	lock := warehouse.LockOptions{NoWait: f.noWait, Waiting: func(holder string) {
		told.Do(func() {
			fmt.Fprintf(e.Stderr, say(f.en(), "perfdoc import: %s 正由另一个导入写入（%s）；等待轮到本次导入（--no-wait 则立即失败）\n",
				"perfdoc import: %s is in use by another import (%s); taking turns (--no-wait to fail instead)\n"), cli.Quote(f.to), holder)
		})
	}}
	switch f.format {
	case "sqlite":
		s, err := warehouse.OpenSQLite(f.to, warehouse.SQLiteOptions{Lock: lock})
		if err == nil && f.search {
			if err = checkSegmenter(ctx, s); err != nil {
				s.Close()
			}
		}
		return s, err
	case "postgres":
		s, err := warehouse.OpenPostgres(ctx, f.to, warehouse.PostgresOptions{Lock: lock})
		if err == nil && f.search {
			if err = checkSegmenter(ctx, s); err != nil {
				s.Close()
			}
		}
		return s, err
	case "parquet":
		return warehouse.OpenParquet(f.to, warehouse.ParquetOptions{Lock: lock})
	}
	return warehouse.OpenFiles(f.to, f.format, warehouse.FilesOptions{Lock: lock})
}

// checkSegmenter records which segmenter built the search index, and
// refuses to mix two in one index.
func checkSegmenter(ctx context.Context, s interface {
	Meta(ctx context.Context, key string) (string, error)
	SetMeta(ctx context.Context, key, value string) error
}) error {
	have, err := s.Meta(ctx, "segmenter")
	if err != nil {
		return err
	}
	name := segment.Default().Name()
	if have != "" && have != name {
		return fmt.Errorf("the search index of this warehouse was built with %s, this perfdoc segments with %s; use --no-search or a perfdoc built like the first", have, name)
	}
	return s.SetMeta(ctx, "segmenter", name)
}

// options builds the import's options; finish ends the progress bar.
func (f *importFlags) options(ctx context.Context, e *cli.Env) (ingest.Options, func()) {
	lim := parser.DefaultLimits
	lim.MaxInflate = f.maxInflate
	lim.MaxText, lim.MaxCells, lim.MaxChars, lim.MaxDepth = f.maxText, f.maxCells, f.maxChars, f.maxDepth
	opts := ingest.Options{Workers: *f.workers, Include: f.include, OCR: *f.ocr, Limits: &lim, MaxSize: f.maxSize, KeepDuplicates: f.keepDuplicates,
		Shard: f.shardK, Shards: f.shardN, BatchSize: *f.batch}
	if opts.MaxSize == 0 {
		opts.MaxSize = -1
	}
	if opts.BatchSize == 0 {
		opts.BatchSize = map[string]int{"sqlite": 16, "parquet": 128}[f.format]
		if opts.BatchSize == 0 {
			opts.BatchSize = 64
		}
	}
	if f.chk {
		cfg := audit.DefaultConfig()
		opts.Check = &cfg
	}
	if f.search {
		opts.Segmenter = segment.Default()
	}
	opts.Warn = func(msg string) { fmt.Fprintln(e.Stderr, "perfdoc import: "+msg) }
	record := func(p ingest.Progress) {
		if p.NotFiling {
			f.nSkipped++
			if len(f.skipped) < 20 {
				line := "perfdoc import: " + cli.Quote(p.Path) + ": not a filing, skipped: " + cli.Sanitize(p.Err)
				if !f.en() {
					line = "perfdoc import: " + cli.Quote(p.Path) + "：不是绩效目标表文件，已跳过（" + notFilingZH(p.Error) + "）"
				}
				f.skipped = append(f.skipped, line)
			}
			return
		}
		if p.Err != "" {
			f.nFailed++
			if len(f.failures) < 20 {
				why := p.Err
				if p.Error != nil {
					l := report.Chinese
					if f.en() {
						l = report.English
					}
					why = run.Why(l, p.Path, p.Error) // 文件不存在, 无法读取的DOCX文件（…）
				}
				f.failures = append(f.failures, "perfdoc import: "+cli.Quote(p.Path)+": "+cli.Sanitize(why))
			}
		}
	}
	opts.Progress = record
	if !e.Terminal(e.Stderr) {
		return opts, func() {}
	}
	bar := progressbar.NewOptions(ingest.Count(ctx, f.fs.Args(), f.orDefault()), progressbar.OptionSetWriter(e.Stderr),
		progressbar.OptionSetDescription("importing"), progressbar.OptionShowCount(), progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"), progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	opts.Progress = func(p ingest.Progress) { record(p); bar.Add(1) }
	return opts, func() { bar.Finish() }
}

// report prints the summary, the first failures and the error; an
// import that failed before it read a file (a warehouse it cannot lock or
// write) prints the error alone.
func (f *importFlags) report(e *cli.Env, sum ingest.Summary, el time.Duration, err error) {
	if err != nil && sum.Files == 0 && !errors.Is(err, context.Canceled) {
		fmt.Fprintln(e.Stderr, sinkLine(f.en(), f.to, err))
		return
	}
	fmt.Fprintf(e.Stderr, say(f.en(), "perfdoc import: %d 个文件，用时 %.1f 秒：导入 %d 个（%d 个项目，%d 个指标），%d 个是已有文件的另一来源，%d 个已在仓库中，%d 个不是绩效目标表（跳过），%d 个失败",
		"perfdoc import: %d files in %.1fs: %d imported (%d projects, %d indicators), %d more sources of a document, %d already there, %d not filings (skipped), %d failed"),
		sum.Files, el.Seconds(), sum.Imported, sum.Projects, sum.Indicators, sum.SameFiling, sum.Already, sum.NotFiling, sum.Failed)
	if sum.OtherShards > 0 {
		fmt.Fprintf(e.Stderr, say(f.en(), "，%d 个留给其他分片", ", %d left to other shards"), sum.OtherShards)
	}
	fmt.Fprintln(e.Stderr)
	for _, l := range f.skipped {
		fmt.Fprintln(e.Stderr, l)
	}
	if f.nSkipped > len(f.skipped) {
		fmt.Fprintf(e.Stderr, say(f.en(), "perfdoc import: ……另有 %d 个不是绩效目标表的文件（SELECT * FROM import_errors WHERE kind = 'not_a_filing'）\n",
			"perfdoc import: … and %d more files that are not filings (SELECT * FROM import_errors WHERE kind = 'not_a_filing')\n"), f.nSkipped-len(f.skipped))
	}
	for _, l := range f.failures {
		fmt.Fprintln(e.Stderr, l)
	}
	if f.nFailed > len(f.failures) {
		fmt.Fprintf(e.Stderr, say(f.en(), "perfdoc import: ……另有 %d 个文件失败（SELECT * FROM import_errors WHERE kind = 'failed'）\n",
			"perfdoc import: … and %d more failed files (SELECT * FROM import_errors WHERE kind = 'failed')\n"), f.nFailed-len(f.failures))
	}
	switch {
	case err == nil:
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.Stderr, say(f.en(), "perfdoc import: 已中断；上面计数的文件已导入，再次运行同一命令即可完成",
			"perfdoc import: interrupted; the documents counted above are in, run the same command again to finish"))
	default:
		fmt.Fprintln(e.Stderr, sinkLine(f.en(), f.to, err))
	}
}

// setMemoryLimit trades a larger heap for less collection (parsing makes
// much short-lived garbage) under a soft limit that depends on the workers
// only, so that peak memory does not grow with the number of files; the
// segmenter's dictionaries (about 50 MB outside the Go heap) lower it.
// A limit below what two hostile inputs parsed at once hold (200 MB each,
// refused at --max-cells) keeps the collector running without lowering
// the peak: the 22 files of issue 22
// with --workers 2 under 64 MiB took 14.4–14.9 s of CPU (8.1–8.6 s wall)
// at 461–475 MB; under 128 MiB 9.9–10.7 s (5.7–6.2 s) at 457–462 MB.
// GOGC or GOMEMLIMIT override it.
func setMemoryLimit(workers int, search bool) {
	if os.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(400)
	if os.Getenv("GOMEMLIMIT") == "" {
		if workers <= 0 {
			workers = runtime.NumCPU()
		}
		limit := int64(96 + 32*workers)
		if search {
			limit -= 32
		}
		debug.SetMemoryLimit(limit << 20)
	}
}

// orDefault returns --include, or the default patterns for --ocr.
func (f *importFlags) orDefault() []string {
	if len(f.include) == 0 {
		return ingest.IncludeFor(*f.ocr)
	}
	return f.include
}

// en reports whether the import speaks English (--lang en).
func (f *importFlags) en() bool { return f.lang != nil && english(*f.lang) }

// notFilingZH says in Chinese why a file that was read holds no filing
// (ingest.NotFiling): the English line gives the reader's own words.
func notFilingZH(err error) string {
	if errors.Is(err, parser.ErrEmpty) {
		return "文件为空"
	}
	return "未找到绩效目标表"
}
