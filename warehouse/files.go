package warehouse

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Files is a sink of one file per table in a folder: CSV (UTF-8 with a BOM,
// so that Excel opens it right; a header row; text cells neutralised
// against formula injection, see SafeCell) or JSONL (one object per row).
// Files are appended to across runs.
//
// Commit protocol: under DIR/.perfdoc.lock, a journal records every file's
// size, the batch is appended (child tables first, documents last, each
// table in one write, synced), and the journal is removed — that removal
// is the commit. A commit that fails is truncated back at once; one that
// was killed is truncated back by the next import that opens the folder.
// Each commit first reads what other imports appended since, so
// concurrent imports never write a document twice nor interleave rows.
type Files struct {
	dir    string
	format string // "csv" or "jsonl"
	fsys   FS
	lock   LockOptions
	known  *Known
	read   map[string]int64 // bytes of a file read into known
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
	if fi, err := o.FS.Stat(dir); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("%s is a file; a %s warehouse is a folder", quote(dir), strings.ToUpper(format))
	}
	if err := o.FS.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &Files{dir: dir, format: format, fsys: o.FS, lock: o.Lock, known: NewKnown(), read: map[string]int64{}}, nil
}

func (s *Files) path(t *Table) string { return filepath.Join(s.dir, t.Name+"."+s.format) }

func (s *Files) journalPath() string { return filepath.Join(s.dir, ".perfdoc-journal.json") }

// acquire locks the folder and undoes a commit that was cut short.
func (s *Files) acquire(ctx context.Context) (*Lock, error) {
	l, err := lockDir(ctx, filepath.Join(s.dir, ".perfdoc.lock"), s.lock)
	if err != nil {
		return nil, err
	}
	if err := s.rollback(); err != nil {
		l.Unlock()
		return nil, fmt.Errorf("undoing an interrupted commit: %w", err)
	}
	return l, nil
}

// rollback truncates every file to the size the journal recorded (a file
// the commit created is removed) and drops the journal.
func (s *Files) rollback() error {
	b, err := readAll(s.fsys, s.journalPath())
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	var sizes map[string]int64
	if err := json.Unmarshal(b, &sizes); err != nil {
		return fmt.Errorf("%s: %w", quote(s.journalPath()), err)
	}
	for name, size := range sizes {
		p := filepath.Join(s.dir, name)
		if size < 0 {
			if err := s.fsys.Remove(p); err != nil && !os.IsNotExist(err) {
				return err
			}
			continue
		}
		if err := s.fsys.Truncate(p, size); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	return s.fsys.Remove(s.journalPath())
}

// Known reads what the folder holds.
func (s *Files) Known(ctx context.Context) (*Known, error) {
	l, err := s.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer l.Unlock()
	if err := s.refresh(); err != nil {
		return nil, err
	}
	return s.known.clone(), nil
}

// Commit appends the batch (see Files).
func (s *Files) Commit(ctx context.Context, b *Batch) (Committed, error) {
	l, err := s.acquire(ctx)
	if err != nil {
		return Committed{}, err
	}
	defer l.Unlock()
	if err := s.refresh(); err != nil {
		return Committed{}, err
	}
	fb, present := b.filter(s.known)
	c := fb.counts(present)
	if fb.Len() == 0 {
		return c, nil
	}
	sizes := map[string]int64{}
	for _, t := range fileTables() {
		sizes[filepath.Base(s.path(t))] = -1
		if fi, err := s.fsys.Stat(s.path(t)); err == nil {
			sizes[filepath.Base(s.path(t))] = fi.Size()
		}
	}
	bufs, err := s.encodeBatch(&fb, sizes)
	if err != nil {
		return Committed{}, err
	}
	jb, _ := json.Marshal(sizes)
	if err := writeFileAtomic(s.fsys, s.journalPath(), jb); err != nil {
		return Committed{}, err
	}
	if err := s.appendBatch(bufs); err != nil {
		if rerr := s.rollback(); rerr != nil {
			return Committed{}, fmt.Errorf("%w (undoing it failed too: %v; the next import undoes it)", err, rerr)
		}
		return Committed{}, err
	}
	if err := s.fsys.Remove(s.journalPath()); err != nil {
		return Committed{}, err
	}
	return c, nil
}

// encodeBatch encodes every table's rows of a commit (before its journal
// is written), so that the time a kill can cut a commit in the middle is
// that of copying the bytes, not of encoding them.
func (s *Files) encodeBatch(b *Batch, sizes map[string]int64) ([]bytes.Buffer, error) {
	bufs := make([]bytes.Buffer, len(fileTables()))
	for i, t := range fileTables() {
		buf := &bufs[i]
		if sizes[filepath.Base(s.path(t))] <= 0 && s.format == "csv" {
			buf.WriteString("\uFEFF")
			writeCSVRecord(buf, t.Columns())
		}
		var err error
		switch t.Name {
		case TSources:
			for _, d := range b.Docs {
				if err = s.encode(buf, t, []SourceRow{d.Source}); err != nil {
					break
				}
			}
			if err == nil {
				err = s.encode(buf, t, b.Sources)
			}
		case TErrors:
			err = s.encode(buf, t, b.Errors)
		default:
			for _, d := range b.Docs {
				if err = s.encode(buf, t, t.of(d)); err != nil {
					break
				}
			}
		}
		if err != nil {
			return nil, err
		}
	}
	return bufs, nil
}

// appendBatch appends the encoded tables back to back, one write per
// table, then syncs them all.
func (s *Files) appendBatch(bufs []bytes.Buffer) error {
	files := make([]File, len(bufs))
	defer func() {
		for _, f := range files {
			if f != nil {
				f.Close()
			}
		}
	}()
	for i, t := range fileTables() {
		f, err := s.fsys.OpenFile(s.path(t), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return fmt.Errorf("%s: %w", quote(s.path(t)), err)
		}
		files[i] = f
	}
	for i, f := range files {
		if _, err := f.Write(bufs[i].Bytes()); err != nil {
			return fmt.Errorf("%s: %w", quote(s.path(fileTables()[i])), err)
		}
	}
	for i, f := range files {
		err := f.Sync()
		if e := f.Close(); err == nil {
			err = e
		}
		files[i] = nil
		if err != nil {
			return fmt.Errorf("%s: %w", quote(s.path(fileTables()[i])), err)
		}
	}
	return nil
}

// Close releases the sink; every commit is complete already.
func (s *Files) Close() error { return nil }
