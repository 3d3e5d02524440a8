package warehouse

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"
)

// Parquet is a sink of Parquet files, one folder per table, partitioned by
// year in Hive style: DIR/indicators/year=2026/part-RUN-0.parquet, which
// Spark, Trino, DuckDB and BigQuery read as they are. Decimal columns are
// exact decimal strings. Files are written under a ".inprogress" name and
// renamed when the import closes, so an interrupted import leaves no
// half-written file behind the names readers look at.
type Parquet struct {
	dir    string
	run    string
	docs   *pqTable[DocumentRow]
	projs  *pqTable[ProjectRow]
	inds   *pqTable[IndicatorRow]
	spend  *pqTable[SpendingRow]
	goals  *pqTable[GoalRow]
	errs   *pqTable[ErrorRow]
	closed bool
}

type pqFile[T any] struct {
	f          *os.File
	w          *parquet.GenericWriter[T]
	tmp, final string
}

type pqTable[T any] struct {
	dir   string
	run   string
	year  func(*T) (int64, bool)
	files map[int64]*pqFile[T]
}

func (t *pqTable[T]) write(rows []T) error {
	for i := range rows {
		y, part := t.year(&rows[i])
		if !part {
			y = -1
		}
		pf, ok := t.files[y]
		if !ok {
			sub := t.dir
			if part {
				sub = filepath.Join(t.dir, fmt.Sprintf("year=%d", y))
			}
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
			final := filepath.Join(sub, "part-"+t.run+".parquet")
			f, err := os.Create(final + ".inprogress")
			if err != nil {
				return err
			}
			pf = &pqFile[T]{f: f, w: parquet.NewGenericWriter[T](f), tmp: final + ".inprogress", final: final}
			t.files[y] = pf
		}
		if _, err := pf.w.Write(rows[i : i+1]); err != nil {
			return err
		}
	}
	return nil
}

func (t *pqTable[T]) close() error {
	var first error
	years := make([]int64, 0, len(t.files))
	for y := range t.files {
		years = append(years, y)
	}
	sort.Slice(years, func(i, j int) bool { return years[i] < years[j] })
	for _, y := range years {
		pf := t.files[y]
		err := pf.w.Close()
		if e := pf.f.Close(); err == nil {
			err = e
		}
		if err == nil {
			err = os.Rename(pf.tmp, pf.final)
		}
		if err != nil && first == nil {
			first = err
		}
	}
	t.files = map[int64]*pqFile[T]{}
	return first
}

func newPQ[T any](dir, name, run string, year func(*T) (int64, bool)) *pqTable[T] {
	return &pqTable[T]{dir: filepath.Join(dir, name), run: run, year: year, files: map[int64]*pqFile[T]{}}
}

// OpenParquet opens a Parquet warehouse folder, creating it if needed.
func OpenParquet(dir string) (*Parquet, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	run := time.Now().UTC().Format("20060102T150405.000000000")
	run = strings.ReplaceAll(run, ".", "")
	return &Parquet{dir: dir, run: run,
		docs:  newPQ(dir, "documents", run, func(r *DocumentRow) (int64, bool) { return r.Year, true }),
		projs: newPQ(dir, "projects", run, func(r *ProjectRow) (int64, bool) { return r.Year, true }),
		inds:  newPQ(dir, "indicators", run, func(r *IndicatorRow) (int64, bool) { return r.Year, true }),
		spend: newPQ(dir, "spending_plan", run, func(r *SpendingRow) (int64, bool) { return r.Year, true }),
		goals: newPQ(dir, "goals", run, func(r *GoalRow) (int64, bool) { return r.Year, true }),
		errs:  newPQ(dir, "import_errors", run, func(r *ErrorRow) (int64, bool) { return 0, false }),
	}, nil
}

// Known reads the ids of every finished documents file.
func (s *Parquet) Known() (map[string]bool, error) {
	m := map[string]bool{}
	files, err := filepath.Glob(filepath.Join(s.dir, "documents", "year=*", "*.parquet"))
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		rows, err := parquet.ReadFile[DocumentRow](f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, r := range rows {
			m[r.ID] = true
		}
	}
	return m, nil
}

// Write appends the documents' rows to this run's files.
func (s *Parquet) Write(docs []*Rows) error {
	for _, d := range docs {
		if err := s.projs.write(d.Projects); err != nil {
			return err
		}
		if err := s.inds.write(d.Indicators); err != nil {
			return err
		}
		if err := s.spend.write(d.Spending); err != nil {
			return err
		}
		if err := s.goals.write(d.Goals); err != nil {
			return err
		}
		if err := s.docs.write([]DocumentRow{d.Document}); err != nil {
			return err
		}
	}
	return nil
}

// WriteError appends to import_errors.
func (s *Parquet) WriteError(e ErrorRow) error { return s.errs.write([]ErrorRow{e}) }

// Close finishes every file of this run and gives it its final name.
func (s *Parquet) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	var first error
	for _, c := range []func() error{s.projs.close, s.inds.close, s.spend.close, s.goals.close, s.errs.close, s.docs.close} {
		if err := c(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
