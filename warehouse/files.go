package warehouse

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
)

// Files is a sink of CSV (UTF-8 with a BOM, so that Excel opens it right;
// a header row; text cells neutralised against formula injection, see
// SafeCell) or JSONL (one object per row) files, one folder per commit
// with one file per table:
//
//	DIR/commit-000001/documents.csv
//	DIR/commit-000001/indicators.csv
//	DIR/commit-000002/…
//
// read as read_csv('DIR/commit-*/indicators.csv') (DuckDB) or
// spark.read.csv("DIR/commit-*/indicators.csv", header=True). Each file
// has its own header, so commits written by perfdoc versions with other
// columns stay readable (DuckDB: union_by_name = true). A table without
// rows in a commit has no file there.
//
// Commit protocol: see commitDirs. A commit's files are written under
// DIR/_perfdoc/staging, documents last, each synced, and made visible by
// one rename of their folder; commits hold DIR/_perfdoc/lock, so
// concurrent imports take turns and each reads what the others committed
// before writing.
type Files struct {
	c      *commitDirs
	format string // "csv" or "jsonl"
	known  *Known
}

// FilesOptions tune a CSV or JSONL sink.
type FilesOptions struct {
	FS   FS // default OS
	Lock LockOptions
}

// fileTables are the tables a file sink writes, in commit order:
// documents last.
func fileTables() []*Table {
	return append(childTables(), TableNamed(TSources), TableNamed(TErrors), TableNamed(TDocuments))
}

// OpenFiles opens a CSV or JSONL warehouse folder, creating it if needed.
func OpenFiles(dir, format string, o FilesOptions) (*Files, error) {
	if format != "csv" && format != "jsonl" {
		return nil, fmt.Errorf("unknown file format %q", format)
	}
	if o.FS == nil {
		o.FS = OS
	}
	c, err := openCommitDirs(dir, format, o.FS, o.Lock)
	if err != nil {
		return nil, err
	}
	c.legacy = func() ([]string, error) { return legacyFiles(c) }
	return &Files{c: c, format: format, known: NewKnown()}, nil
}

// Known reads what the folder holds.
func (s *Files) Known(ctx context.Context) (*Known, error) {
	return s.c.knownNow(ctx, s.known, s.readCommit)
}

// Commit writes the batch as one commit folder (see Files).
func (s *Files) Commit(ctx context.Context, b *Batch) (Committed, error) {
	return s.c.commitBatch(ctx, b, s.known, s.readCommit, s.write)
}

// write writes each table's rows of the batch into a file of the staging
// folder, documents last.
func (s *Files) write(stage string, b *Batch) error {
	for _, t := range fileTables() {
		var parts []any
		switch t.Name {
		case TSources:
			for _, d := range b.Docs {
				parts = append(parts, []SourceRow{d.Source})
			}
			parts = append(parts, b.Sources)
		case TErrors:
			parts = append(parts, b.Errors)
		default:
			for _, d := range b.Docs {
				parts = append(parts, t.of(d))
			}
		}
		if err := s.writeTable(filepath.Join(stage, t.Name+"."+s.format), t, parts); err != nil {
			return err
		}
	}
	return nil
}

// writeTable writes the rows of parts (each a []T of t's row type) to a
// new file, synced; it writes no file when there is no row.
func (s *Files) writeTable(path string, t *Table, parts []any) (err error) {
	n := 0
	for _, p := range parts {
		n += lenOf(p)
	}
	if n == 0 {
		return nil
	}
	f, err := s.c.fsys.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	defer func() {
		if e := f.Close(); err == nil {
			err = e
		}
		if err != nil {
			err = fmt.Errorf("%s: %w", quote(path), err)
		}
	}()
	w := bufio.NewWriterSize(f, 64<<10)
	if s.format == "csv" {
		w.WriteString("\uFEFF")
		writeCSVRecord(w, t.Columns())
	}
	for _, p := range parts {
		if err := s.encode(w, t, p); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Sync()
}

// Close releases the sink; every commit is complete already.
func (s *Files) Close() error { return nil }
