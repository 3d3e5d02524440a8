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
var DefaultInclude = []string{"*.docx", "*.doc", "*.txt", "*.html", "*.htm", "*.xhtml"}

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

// Progress reports where an import stands.
type Progress struct {
	Done int
	Path string
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

type job struct {
	path string
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
// import stops after the batch being written: what is committed is whole
// documents only, and a rerun completes the rest.
func Import(ctx context.Context, sink Sink, paths []string, opts Options) (Summary, error) {
	var sum Summary
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
		return sum, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan job, opts.Workers*2)
	results := make(chan result, opts.Workers)
	var walkErr error
	go func() {
		defer close(jobs)
		walkErr = Walk(ctx, paths, opts.Include, func(p string) error {
			select {
			case jobs <- job{path: p}:
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
			for j := range jobs {
				r := work(j.path, known, opts)
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	seen := map[string]bool{}
	var batch []*Rows
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := sink.Write(batch)
		batch = batch[:0]
		return err
	}
	var firstErr error
	for r := range results {
		if firstErr != nil {
			continue // drain
		}
		sum.Files++
		switch {
		case r.err != nil:
			sum.Failed++
			msg := r.err.Error()
			msg = strings.TrimPrefix(msg, "parser: ")
			if err := sink.WriteError(ErrorRow{Path: r.path, SHA256: r.sum, Error: msg, Time: opts.Now().UTC().Format(time.RFC3339)}); err != nil {
				firstErr = err
			}
		case r.dup || seen[r.sum]:
			sum.Duplicates++
		default:
			seen[r.sum] = true
			sum.Imported++
			sum.Projects += int64(len(r.rows.Projects))
			sum.Indicators += int64(len(r.rows.Indicators))
			batch = append(batch, r.rows)
			if len(batch) >= opts.BatchSize {
				if err := flush(); err != nil {
					firstErr = err
				}
			}
		}
		if opts.Progress != nil {
			opts.Progress(Progress{Done: sum.Files, Path: r.path})
		}
		if ctx.Err() != nil && firstErr == nil {
			firstErr = ctx.Err()
		}
		if firstErr != nil {
			cancel()
		}
	}
	if firstErr != nil {
		if errors.Is(firstErr, context.Canceled) || errors.Is(firstErr, context.DeadlineExceeded) {
			// whole documents only: the unfinished batch is dropped, a rerun adds it
			return sum, firstErr
		}
		return sum, firstErr
	}
	if err := flush(); err != nil {
		return sum, err
	}
	if walkErr != nil && !errors.Is(walkErr, context.Canceled) {
		return sum, walkErr
	}
	return sum, nil
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
