package warehouse

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/parquet-go/parquet-go"
)

// rowGroupRows bounds a row group, so that a writer holds at most this many
// rows of a table in memory whatever the commit's size.
const rowGroupRows = 64 << 10

// stage writes the batch's files under the staging folder and returns the
// renames that publish them: the child tables first, documents last.
func (s *Parquet) stage(id string, b *Batch) ([][2]string, error) {
	var (
		projs []ProjectRow
		inds  []IndicatorRow
		spend []SpendingRow
		goals []GoalRow
		vals  []ValueRow
		items []ItemRow
		finds []FindingRow
		docs  []DocumentRow
	)
	srcs := append([]SourceRow(nil), b.Sources...)
	for _, d := range b.Docs {
		projs = append(projs, d.Projects...)
		inds = append(inds, d.Indicators...)
		spend = append(spend, d.Spending...)
		goals = append(goals, d.Goals...)
		vals = append(vals, d.Values...)
		items = append(items, d.Items...)
		finds = append(finds, d.Findings...)
		srcs = append(srcs, d.Source)
		docs = append(docs, d.Document)
	}
	var all [][2]string
	steps := []func() ([][2]string, error){
		func() ([][2]string, error) {
			return stageTable(s, id, TProjects, projs, func(r *ProjectRow) int64 { return r.Year })
		},
		func() ([][2]string, error) {
			return stageTable(s, id, TIndicators, inds, func(r *IndicatorRow) int64 { return r.Year })
		},
		func() ([][2]string, error) {
			return stageTable(s, id, TSpending, spend, func(r *SpendingRow) int64 { return r.Year })
		},
		func() ([][2]string, error) {
			return stageTable(s, id, TGoals, goals, func(r *GoalRow) int64 { return r.Year })
		},
		func() ([][2]string, error) {
			return stageTable(s, id, TFindings, finds, func(r *FindingRow) int64 { return r.Year })
		},
		func() ([][2]string, error) {
			return stageTable(s, id, TSources, srcs, func(r *SourceRow) int64 { return r.Year })
		},
		func() ([][2]string, error) { return stageTable[ErrorRow](s, id, TErrors, b.Errors, nil) },
		func() ([][2]string, error) {
			return stageTable(s, id, TDocuments, docs, func(r *DocumentRow) int64 { return r.Year })
		},
	}
	for _, step := range steps {
		r, err := step()
		if err != nil {
			return nil, err
		}
		all = append(all, r...)
	}
	return all, nil
}

// stageTable writes rows into one staged file per year (one file when year
// is nil: the table is not partitioned).
func stageTable[T any](s *Parquet, id, table string, rows []T, year func(*T) int64) ([][2]string, error) {
	if len(rows) == 0 {
		return nil, nil
	}
	parts := map[int64][]T{}
	for i := range rows {
		y := int64(0)
		if year != nil {
			y = year(&rows[i])
		}
		parts[y] = append(parts[y], rows[i])
	}
	years := make([]int64, 0, len(parts))
	for y := range parts {
		years = append(years, y)
	}
	sort.Slice(years, func(i, j int) bool { return years[i] < years[j] })
	var out [][2]string
	for _, y := range years {
		final := filepath.Join(table, "part-"+id+".parquet")
		staged := filepath.Join("_perfdoc", "staging", id, table+".parquet.tmp")
		if year != nil {
			final = filepath.Join(table, fmt.Sprintf("year=%d", y), "part-"+id+".parquet")
			staged = filepath.Join("_perfdoc", "staging", id, fmt.Sprintf("%s-%d.parquet.tmp", table, y))
		}
		if err := writeParquet(s.fsys, filepath.Join(s.dir, staged), parts[y]); err != nil {
			return nil, err
		}
		out = append(out, [2]string{staged, final})
	}
	return out, nil
}

// writeParquet writes rows to a new file, synced and closed.
func writeParquet[T any](fsys FS, path string, rows []T) error {
	if err := fsys.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := fsys.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	w := parquet.NewGenericWriter[T](f, parquet.Compression(&parquet.Zstd), parquet.MaxRowsPerRowGroup(rowGroupRows),
		parquet.CreatedBy("perfdoc", "", ""))
	_, err = w.Write(rows)
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = f.Sync()
	}
	if e := f.Close(); err == nil {
		err = e
	}
	return err
}
