package warehouse

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parquet-go/parquet-go"
)

// Parquet is a lake of Parquet files with one folder per commit, each
// holding every table of that commit partitioned by year in Hive style:
//
//	DIR/commit-000001/indicators/year=2026/part-0.parquet
//	DIR/commit-000001/documents/year=2026/part-0.parquet
//	DIR/commit-000001/import_errors/part-0.parquet
//
// read as read_parquet('DIR/commit-*/indicators/*/*.parquet') (DuckDB) or
// spark.read.parquet("DIR/commit-*/indicators/*/*.parquet"); every row
// carries its year. Decimal columns are exact decimal strings; files are
// zstd-compressed with row groups of at most 64k rows. A table without
// rows in a commit has no file there.
//
// Commit protocol: see commitDirs. A commit's files are written under
// DIR/_perfdoc/staging and made visible by one rename of their folder;
// commits hold DIR/_perfdoc/lock, so concurrent imports take turns and
// each reads what the others committed before writing.
type Parquet struct {
	c     *commitDirs
	known *Known
}

// ParquetOptions tune a Parquet sink.
type ParquetOptions struct {
	FS   FS // default OS
	Lock LockOptions
}

// OpenParquet opens a Parquet lake folder, creating it if needed.
func OpenParquet(dir string, o ParquetOptions) (*Parquet, error) {
	if o.FS == nil {
		o.FS = OS
	}
	c, err := openCommitDirs(dir, "parquet", o.FS, o.Lock)
	if err != nil {
		return nil, err
	}
	c.legacy = func() ([]string, error) { return legacyParquet(c) }
	return &Parquet{c: c, known: NewKnown()}, nil
}

// Known reads the ids of every committed document, source and error.
func (s *Parquet) Known(ctx context.Context) (*Known, error) {
	return s.c.knownNow(ctx, s.known, s.readCommit)
}

// readCommit reads the documents, sources and import_errors of one commit
// folder into known.
func (s *Parquet) readCommit(dir string) error {
	for _, name := range []string{TDocuments, TSources, TErrors} {
		files, err := parquetFiles(s.c.fsys, filepath.Join(dir, name))
		if err != nil {
			return err
		}
		for _, f := range files {
			if err := s.read(name, f); err != nil {
				return fmt.Errorf("%s: %w", quote(f), err)
			}
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

// parquetFiles lists the .parquet files under root (a table's folder in a
// commit), sorted; none when root does not exist.
func parquetFiles(fsys FS, root string) ([]string, error) {
	ents, err := fsys.ReadDir(root)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		p := filepath.Join(root, e.Name())
		switch {
		case e.IsDir():
			sub, err := parquetFiles(fsys, p)
			if err != nil {
				return nil, err
			}
			out = append(out, sub...)
		case strings.HasSuffix(e.Name(), ".parquet"):
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out, nil
}

// Commit writes the batch as one commit folder (see Parquet).
func (s *Parquet) Commit(ctx context.Context, b *Batch) (Committed, error) {
	return s.c.commitBatch(ctx, b, s.known, s.readCommit, func(stage string, fb *Batch) error {
		return stageParquet(s.c.fsys, stage, fb)
	})
}

// Close releases the sink; every commit is complete already.
func (s *Parquet) Close() error { return nil }
