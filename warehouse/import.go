package warehouse

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/perfdoc/perfdoc/parser"
)

// DefaultInclude are the file name patterns an import takes by default.
var DefaultInclude = []string{"*.docx", "*.doc", "*.xlsx", "*.xls", "*.txt", "*.html", "*.htm", "*.xhtml"}

// Options tune an import.
type Options struct {
	// Workers parse in parallel; zero means the number of CPUs.
	Workers int
	// Include are glob patterns matched against base names; empty means
	// DefaultInclude.
	Include []string
	// BatchSize is how many documents one sink transaction holds (default
	// 16).
	BatchSize int
	// Limits bound the cost of each file (default parser.DefaultLimits).
	Limits *parser.Limits
	// Progress, if set, is called from the writing goroutine after each file.
	Progress func(Progress)
	// Now stamps import_errors rows (default time.Now).
	Now func() time.Time
}

// Progress reports where an import stands: how many files are done, the
// last one, and why it failed (empty when it did not).
type Progress struct {
	Done int
	Path string
	Err  string
}

// Summary counts what an import did.
type Summary struct {
	Files      int   `json:"files"`
	Imported   int   `json:"imported"`
	Duplicates int   `json:"duplicates"`
	Failed     int   `json:"failed"`
	Projects   int64 `json:"projects"`
	Indicators int64 `json:"indicators"`
}

type result struct {
	path string
	rows *Rows
	err  error
	sum  string
	dup  bool
}

// Walk calls fn for every file under paths (files are taken as given;
// folders recursively, in lexical order) whose base name matches include.
func Walk(ctx context.Context, paths, include []string, fn func(path string) error) error {
	if len(include) == 0 {
		include = DefaultInclude
	}
	match := func(name string) bool {
		for _, p := range include {
			if ok, _ := filepath.Match(p, name); ok {
				return true
			}
			if ok, _ := filepath.Match(strings.ToLower(p), strings.ToLower(name)); ok {
				return true
			}
		}
		return false
	}
	for _, root := range paths {
		fi, err := os.Stat(root)
		if err != nil {
			if err := fn(root); err != nil { // reported as a failed file
				return err
			}
			continue
		}
		if !fi.IsDir() {
			if err := fn(root); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				if d != nil && d.IsDir() && p != root {
					return fn(p) // an unreadable folder becomes an error row
				}
				return err
			}
			if d.Type().IsRegular() && match(d.Name()) {
				return fn(p)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Import walks paths, parses every file with opts.Workers workers and
// writes the rows to sink in batched transactions. A file whose content is
// already in the warehouse (same sha256) is skipped; a file that fails goes
// to import_errors and the import carries on. When ctx is cancelled the
// import stops: what is committed is whole documents only, and a rerun
// completes the rest.
//
// Workers do all the work: a worker parses a file, adds its rows to the
// current batch, and the worker that fills a batch writes it while the
// others go on parsing (writes are serialised). So N workers use at most N
// cores, and --workers 1 is one core from start to end.
func Import(ctx context.Context, sink Sink, paths []string, opts Options) (Summary, error) {
	if opts.Workers <= 0 {
		opts.Workers = runtime.NumCPU()
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 16
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	known, err := sink.Known()
	if err != nil {
		return Summary{}, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	c := &collector{sink: sink, opts: opts, seen: map[string]bool{}, cancel: cancel}

	jobs := make(chan string, opts.Workers*2)
	var walkErr error
	go func() {
		defer close(jobs)
		walkErr = Walk(ctx, paths, opts.Include, func(p string) error {
			select {
			case jobs <- p:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				if ctx.Err() != nil {
					continue // drain
				}
				c.add(work(p, known, opts))
			}
		}()
	}
	wg.Wait()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil && ctx.Err() != nil {
		c.err = ctx.Err()
	}
	if c.err != nil {
		// whole documents only: the unfinished batch is dropped, a rerun adds it
		return c.sum, c.err
	}
	if err := c.write(c.batch); err != nil {
		return c.sum, err
	}
	if walkErr != nil && !errors.Is(walkErr, context.Canceled) {
		return c.sum, walkErr
	}
	return c.sum, nil
}

// collector gathers the workers' results into batches and writes them.
type collector struct {
	sink   Sink
	opts   Options
	cancel func()

	mu    sync.Mutex // guards the fields below
	sum   Summary
	seen  map[string]bool
	batch []*Rows
	err   error

	writeMu sync.Mutex // serialises sink writes
}

func (c *collector) fail(err error) {
	if c.err == nil {
		c.err = err
		c.cancel()
	}
}

// add records one result; the caller that completes a batch writes it.
func (c *collector) add(r result) {
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.sum.Files++
	var full []*Rows
	msg := ""
	switch {
	case r.err != nil:
		c.sum.Failed++
		msg = strings.TrimPrefix(r.err.Error(), "parser: ")
		c.writeMu.Lock()
		err := c.sink.WriteError(ErrorRow{Path: r.path, SHA256: r.sum, Error: msg, Time: c.opts.Now().UTC().Format(time.RFC3339)})
		c.writeMu.Unlock()
		if err != nil {
			c.fail(err)
		}
	case r.dup || c.seen[r.sum]:
		c.sum.Duplicates++
	default:
		c.seen[r.sum] = true
		c.sum.Imported++
		c.sum.Projects += int64(len(r.rows.Projects))
		c.sum.Indicators += int64(len(r.rows.Indicators))
		c.batch = append(c.batch, r.rows)
		if len(c.batch) >= c.opts.BatchSize {
			full, c.batch = c.batch, nil
		}
	}
	if c.opts.Progress != nil {
		c.opts.Progress(Progress{Done: c.sum.Files, Path: r.path, Err: msg})
	}
	c.mu.Unlock()
	if full != nil {
		if err := c.write(full); err != nil {
			c.mu.Lock()
			c.fail(err)
			c.mu.Unlock()
		}
	}
}

func (c *collector) write(batch []*Rows) error {
	if len(batch) == 0 {
		return nil
	}
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	return c.sink.Write(batch)
}

func work(path string, known map[string]bool, opts Options) result {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return result{path: path, err: err}
	}
	h := sha256.Sum256(data)
	sum := hex.EncodeToString(h[:])
	if known[sum] {
		return result{path: path, sum: sum, dup: true}
	}
	doc, err := parser.Parse(data, parser.Options{Path: path, Limits: opts.Limits})
	if err != nil {
		var pe *parser.ParseError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return result{path: path, sum: sum, err: err}
	}
	return result{path: path, sum: sum, rows: Flatten(doc)}
}
