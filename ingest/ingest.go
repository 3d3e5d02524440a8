package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/warehouse"
)

// Options tune an import.
type Options struct {
	// Workers parse in parallel; zero means the number of CPUs.
	Workers int
	// Include are glob patterns for the base names of files inside
	// folders; empty means IncludeFor(OCR).
	Include []string
	// OCR is parser.Options.OCR for every file: auto (empty), always or
	// never.
	OCR string
	// BatchSize is how many documents one commit holds (default 16).
	BatchSize int
	// Limits bound the cost of parsing each file (default
	// parser.DefaultLimits); MaxSize caps its size in bytes (default
	// DefaultMaxSize; negative: no cap).
	Limits  *parser.Limits
	MaxSize int64
	// KeepDuplicates keys documents by the sha256 of their file instead of
	// their content identity: the same filing in two formats is then two
	// documents.
	KeepDuplicates bool
	// Check, if set, audits each filing and stores its findings.
	Check *audit.Config
	// Shard and Shards take only the files whose content hash falls in
	// slice Shard (1-based) of Shards; zero Shards takes every file.
	Shard, Shards int
	// Segmenter, if set, cuts the texts that become search rows and
	// project keywords.
	Segmenter Segmenter
	// Progress, if set, is called after each file, in walk order.
	Progress func(Progress)
	// Warn, if set, hears what the walk skipped on purpose.
	Warn func(msg string)
	// Now stamps import_errors rows (default time.Now).
	Now func() time.Time
}

// Segmenter cuts Chinese text into words (internal/segment implements it).
type Segmenter interface {
	// Name names the method ("jieba", "bigram"); searches must use the same.
	Name() string
	// Words cuts text for a search index (search mode: long words and the
	// shorter words inside them).
	Words(text string) []string
	// Keywords returns up to k words that characterise text.
	Keywords(text string, k int) []string
}

// Progress reports one file: how many are done, its path, and why it
// failed (Err empty when it did not); NotFiling says the file was read
// but is no filing (see NotFiling), skipped rather than failed.
type Progress struct {
	Done      int
	Path      string
	Err       string // Error's text, as import_errors stores it
	Error     error  // why the file was not imported, or nil
	NotFiling bool
}

// NotFiling reports whether err means a file was read but holds no
// filing — no performance-target table (notes.txt, a page excerpt, a
// scan OCR found no table in), or nothing at all — as opposed to a
// filing that could not be read (a corrupt DOCX, a limit exceeded).
func NotFiling(err error) bool {
	return errors.Is(err, parser.ErrNoTargetTable) || errors.Is(err, parser.ErrEmpty)
}

// Summary counts what an import did. Every count is of committed work:
// an import that is interrupted or fails counts only what is in the
// warehouse.
type Summary struct {
	Files       int   `json:"files"`        // files found
	Imported    int   `json:"imported"`     // new documents
	Projects    int64 `json:"projects"`     // their projects
	Indicators  int64 `json:"indicators"`   // their indicators
	SameFiling  int   `json:"same_filing"`  // files recorded as another source of a document
	Already     int   `json:"already"`      // files imported before from the same path
	NotFiling   int   `json:"not_filing"`   // files read that hold no filing, skipped (NotFiling)
	Failed      int   `json:"failed"`       // files that could not be imported
	OtherShards int   `json:"other_shards"` // files left to other shards
}

// Import walks paths, parses every file with opts.Workers workers and
// commits the documents to sink in batches, in walk order, so that the
// path a document records is the first of its files in that order. A
// file imported before (same bytes, same path) is skipped; a file whose
// filing is there already (same content identity) becomes one more source
// of that document; a file that fails goes to import_errors and the
// import carries on. When ctx is cancelled, the whole documents parsed so
// far are committed and ctx's error returned; a rerun completes the rest.
func Import(ctx context.Context, sink warehouse.Sink, paths []string, opts Options) (Summary, error) {
	opts = opts.defaults()
	known, err := sink.Known(ctx)
	if err != nil {
		return Summary{}, err
	}
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	window := make(chan struct{}, opts.Workers*2+2)
	jobs := make(chan job)
	results := make(chan result, opts.Workers)
	var walkErr error
	go func() {
		defer close(jobs)
		walkErr = dispatch(wctx, paths, opts, window, jobs)
	}()
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if wctx.Err() != nil {
					results <- result{seq: j.seq, path: j.path, cancelled: true}
					continue
				}
				results <- work(j, known, &opts)
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	c := &committer{sink: sink, opts: &opts, window: window, pending: map[int]result{}, run: newRunIndex()}
	err = c.consume(ctx, results)
	if err != nil {
		cancel()
		for range results { // let the workers finish
		}
		return c.sum, err
	}
	if walkErr != nil && !errors.Is(walkErr, context.Canceled) {
		return c.sum, walkErr
	}
	return c.sum, ctx.Err()
}

func (o Options) defaults() Options {
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 16
	}
	if o.MaxSize == 0 {
		o.MaxSize = DefaultMaxSize
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// job is one file to read, numbered in walk order.
type job struct {
	seq  int
	path string
	err  error // from the walk
}

// dispatch walks the inputs and hands out jobs, at most cap(window) ahead
// of the commits, so that memory does not grow with the run.
func dispatch(ctx context.Context, paths []string, opts Options, window chan struct{}, jobs chan<- job) error {
	include := opts.Include
	if len(include) == 0 {
		include = IncludeFor(opts.OCR)
	}
	w := &Walker{Include: include, Warn: opts.Warn}
	seq := 0
	return w.Walk(ctx, paths, func(e Entry) error {
		select {
		case window <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case jobs <- job{seq: seq, path: e.Path, err: e.Err}:
			seq++
			return nil
		case <-ctx.Done():
			<-window
			return ctx.Err()
		}
	})
}

// Count walks paths as Import would and returns the number of files (for a
// progress bar's total).
func Count(ctx context.Context, paths []string, include []string) int {
	n := 0
	w := &Walker{Include: include}
	w.Walk(ctx, paths, func(Entry) error { n++; return nil })
	return n
}

// ShardOf returns the shard (1-based, of n) of a file with this sha256
// (hex): the first 8 bytes of the hash, modulo n.
func ShardOf(sum string, n int) int {
	var v uint64
	for i := 0; i < 16 && i < len(sum); i++ {
		c := sum[i]
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		default:
			c = 0
		}
		v = v<<4 | uint64(c)
	}
	return int(v%uint64(n)) + 1
}

// ParseShard reads "K/N" (1 ≤ K ≤ N).
func ParseShard(s string) (k, n int, err error) {
	if _, err := fmt.Sscanf(s, "%d/%d", &k, &n); err != nil || n < 1 || k < 1 || k > n || fmt.Sprintf("%d/%d", k, n) != s {
		return 0, 0, fmt.Errorf("--shard %q: want K/N with 1 ≤ K ≤ N, e.g. 3/8", s)
	}
	return k, n, nil
}
