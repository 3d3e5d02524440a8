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

// stageParquet writes a batch's tables into the staging folder stage:
// STAGE/TABLE/year=YYYY/part-0.parquet, documents last.
func stageParquet(fsys FS, stage string, b *Batch) error {
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
	steps := []func() error{
		func() error {
			return stageTable(fsys, stage, TProjects, projs, func(r *ProjectRow) int64 { return r.Year })
		},
		func() error {
			return stageTable(fsys, stage, TIndicators, inds, func(r *IndicatorRow) int64 { return r.Year })
		},
		func() error {
			return stageTable(fsys, stage, TSpending, spend, func(r *SpendingRow) int64 { return r.Year })
		},
		func() error { return stageTable(fsys, stage, TGoals, goals, func(r *GoalRow) int64 { return r.Year }) },
		func() error { return stageTable(fsys, stage, TValues, vals, func(r *ValueRow) int64 { return r.Year }) },
		func() error { return stageTable(fsys, stage, TItems, items, func(r *ItemRow) int64 { return r.Year }) },
		func() error {
			return stageTable(fsys, stage, TFindings, finds, func(r *FindingRow) int64 { return r.Year })
		},
		func() error {
			return stageTable(fsys, stage, TSources, srcs, func(r *SourceRow) int64 { return r.Year })
		},
		func() error { return stageTable[ErrorRow](fsys, stage, TErrors, b.Errors, nil) },
		func() error {
			return stageTable(fsys, stage, TDocuments, docs, func(r *DocumentRow) int64 { return r.Year })
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// UnknownYear is the partition folder of the rows of a filing whose year
// is unknown (year NULL): Hive's name for a NULL partition value, which
// DuckDB, Spark and Trino read back as NULL. Never year=0.
const UnknownYear = "year=__HIVE_DEFAULT_PARTITION__"

// yearPartition is the partition folder of year y (0: unknown).
func yearPartition(y int64) string {
	if y == 0 {
		return UnknownYear
	}
	return fmt.Sprintf("year=%d", y)
}

// stageTable writes rows into one file per year (one file when year is
// nil: the table is not partitioned).
func stageTable[T any](fsys FS, stage, table string, rows []T, year func(*T) int64) error {
	if len(rows) == 0 {
		return nil
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
	for _, y := range years {
		path := filepath.Join(stage, table, "part-0.parquet")
		if year != nil {
			path = filepath.Join(stage, table, yearPartition(y), "part-0.parquet")
		}
		if err := writeParquet(fsys, path, parts[y]); err != nil {
			return fmt.Errorf("%s: %w", quote(path), err)
		}
	}
	return nil
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
