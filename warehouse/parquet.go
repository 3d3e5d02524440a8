package warehouse

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"
)

// Parquet is a lake of Parquet files, one folder per table, partitioned by
// year in Hive style (DIR/indicators/year=2026/part-COMMIT.parquet), which
// Spark, Trino, DuckDB and BigQuery read as they are. Decimal columns are
// exact decimal strings; files are zstd-compressed with row groups of at
// most 64k rows.
//
// Commit protocol: each commit writes its files, whole and synced, under
// DIR/_perfdoc/staging (outside every table folder, with names no reader's
// glob matches), then writes a journal listing the renames, then renames
// the files into place, documents last, then removes the journal. A
// commit whose journal exists is finished (rolled forward) by the next
// import that opens the lake; staged files without a journal are deleted.
// Commits hold DIR/_perfdoc/lock, so concurrent imports take turns and
// each re-reads what the others committed before writing.
type Parquet struct {
	dir  string
	fsys FS
	lock LockOptions
	run  string
	n    int
	// seen are the documents, sources and import_errors files already
	// read into known.
	seen  map[string]bool
	known *Known
}

// ParquetOptions tune a Parquet sink.
type ParquetOptions struct {
	FS   FS // default OS
	Lock LockOptions
	// Now names this run's files (default time.Now).
	Now func() time.Time
}

// OpenParquet opens a Parquet lake folder, creating it if needed.
func OpenParquet(dir string, o ParquetOptions) (*Parquet, error) {
	if o.FS == nil {
		o.FS = OS
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if fi, err := o.FS.Stat(dir); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("%s is a file; a Parquet lake is a folder", quote(dir))
	}
	if err := o.FS.MkdirAll(filepath.Join(dir, "_perfdoc", "staging"), 0o755); err != nil {
		return nil, err
	}
	run := o.Now().UTC().Format("20060102T150405.000000") + "-" + strconv.Itoa(os.Getpid())
	return &Parquet{dir: dir, fsys: o.FS, lock: o.Lock, run: strings.ReplaceAll(run, ".", ""),
		seen: map[string]bool{}, known: NewKnown()}, nil
}

// Known finishes or undoes any crashed commit, then reads the ids of every
// committed document, source and error.
func (s *Parquet) Known(ctx context.Context) (*Known, error) {
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

// acquire takes the lake's lock and finishes crashed commits.
func (s *Parquet) acquire(ctx context.Context) (*Lock, error) {
	l, err := lockDir(ctx, filepath.Join(s.dir, "_perfdoc", "lock"), s.lock)
	if err != nil {
		return nil, err
	}
	if err := s.recover(); err != nil {
		l.Unlock()
		return nil, err
	}
	return l, nil
}

// journal is the list of renames of one commit, in order.
type journal struct {
	Renames [][2]string `json:"renames"` // staged, final (relative to the lake)
}

// recover rolls every journaled commit forward and deletes staged files
// that no journal names. The caller holds the lock.
func (s *Parquet) recover() error {
	meta := filepath.Join(s.dir, "_perfdoc")
	ents, err := s.fsys.ReadDir(meta)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), "journal-") || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		p := filepath.Join(meta, e.Name())
		b, err := readAll(s.fsys, p)
		if err != nil {
			return err
		}
		var j journal
		if err := json.Unmarshal(b, &j); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		for _, r := range j.Renames {
			staged, final := filepath.Join(s.dir, r[0]), filepath.Join(s.dir, r[1])
			if _, err := s.fsys.Stat(staged); err != nil {
				continue // renamed before the crash
			}
			if err := s.fsys.MkdirAll(filepath.Dir(final), 0o755); err != nil {
				return err
			}
			if err := s.fsys.Rename(staged, final); err != nil {
				return fmt.Errorf("finishing an interrupted commit: %w", err)
			}
		}
		if err := s.fsys.Remove(p); err != nil {
			return err
		}
	}
	staging := filepath.Join(meta, "staging")
	ents, err = s.fsys.ReadDir(staging)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if err := s.fsys.RemoveAll(filepath.Join(staging, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// refresh reads the documents, sources and import_errors files that
// appeared since the last refresh. The caller holds the lock.
func (s *Parquet) refresh() error {
	for _, name := range []string{TDocuments, TSources, TErrors} {
		files, err := s.files(name)
		if err != nil {
			return err
		}
		for _, f := range files {
			if s.seen[f] {
				continue
			}
			if err := s.read(name, f); err != nil {
				return fmt.Errorf("%s: %w", quote(f), err)
			}
			s.seen[f] = true
		}
	}
	return nil
}

func (s *Parquet) read(table, f string) error {
	switch table {
	case TDocuments:
		rows, err := parquet.ReadFile[struct {
			ID string `parquet:"id"`
		}](f)
		for _, r := range rows {
			s.known.Docs[r.ID] = true
		}
		return err
	case TSources:
		rows, err := parquet.ReadFile[SourceRow](f)
		for i := range rows {
			s.known.AddSource(&rows[i])
		}
		return err
	default:
		rows, err := parquet.ReadFile[ErrorRow](f)
		for i := range rows {
			s.known.Errors[ErrorKey(&rows[i])] = true
		}
		return err
	}
}

// files lists a table's finished files, sorted.
func (s *Parquet) files(table string) ([]string, error) {
	root := filepath.Join(s.dir, table)
	var out []string
	ents, err := s.fsys.ReadDir(root)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		if e.IsDir() && strings.HasPrefix(e.Name(), "year=") {
			sub, err := s.fsys.ReadDir(filepath.Join(root, e.Name()))
			if err != nil {
				return nil, err
			}
			for _, f := range sub {
				if strings.HasSuffix(f.Name(), ".parquet") {
					out = append(out, filepath.Join(root, e.Name(), f.Name()))
				}
			}
		} else if strings.HasSuffix(e.Name(), ".parquet") {
			out = append(out, filepath.Join(root, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// Commit writes the batch as one commit (see Parquet).
func (s *Parquet) Commit(ctx context.Context, b *Batch) (Committed, error) {
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
	s.n++
	id := fmt.Sprintf("%s-%d", s.run, s.n)
	renames, err := s.stage(id, &fb)
	kept := false
	if err == nil {
		kept, err = s.publish(id, renames)
	}
	if err != nil {
		if !kept {
			s.fsys.RemoveAll(filepath.Join(s.dir, "_perfdoc", "staging", id))
		}
		return Committed{}, err
	}
	s.known.remember(&fb)
	for _, r := range renames {
		s.seen[filepath.Join(s.dir, r[1])] = true // read into known already
	}
	return c, nil
}

// publish journals the renames, performs them and drops the journal. A
// rename that fails is undone when it can be; otherwise the journal stays
// (kept) and the next import finishes the commit.
func (s *Parquet) publish(id string, renames [][2]string) (kept bool, err error) {
	jb, _ := json.Marshal(journal{Renames: renames})
	jpath := filepath.Join(s.dir, "_perfdoc", "journal-"+id+".json")
	if err := writeFileAtomic(s.fsys, jpath, jb); err != nil {
		return false, err
	}
	for i, r := range renames {
		final := filepath.Join(s.dir, r[1])
		err := s.fsys.MkdirAll(filepath.Dir(final), 0o755)
		if err == nil {
			err = s.fsys.Rename(filepath.Join(s.dir, r[0]), final)
		}
		if err != nil {
			for k := i - 1; k >= 0; k-- {
				if s.fsys.Rename(filepath.Join(s.dir, renames[k][1]), filepath.Join(s.dir, renames[k][0])) != nil {
					return true, fmt.Errorf("%w (the next import finishes this commit)", err)
				}
			}
			if s.fsys.Remove(jpath) != nil {
				return true, err
			}
			return false, err
		}
	}
	return false, s.fsys.Remove(jpath)
}

// Close releases the sink; every commit is complete already.
func (s *Parquet) Close() error { return nil }
