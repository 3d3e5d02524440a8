package warehouse

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tree lists the files under dir, relative, sorted.
func tree(t *testing.T, dir string) []string {
	var out []string
	require.NoError(t, filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return err
	}))
	sort.Strings(out)
	return out
}

// Each commit is one folder holding every table that has rows.
func TestCommitLayout(t *testing.T) {
	all := docs(t, 4)
	ctx := context.Background()
	for kind, want := range map[string][]string{
		"parquet": {"commit-000001/documents/year=2025/part-0.parquet", "commit-000001/documents/year=2026/part-0.parquet",
			"commit-000001/import_errors/part-0.parquet", "commit-000002/documents/year=2026/part-0.parquet"},
		"csv":   {"commit-000001/documents.csv", "commit-000001/import_errors.csv", "commit-000002/documents.csv"},
		"jsonl": {"commit-000001/documents.jsonl", "commit-000001/import_errors.jsonl", "commit-000002/documents.jsonl"},
	} {
		t.Run(kind, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "w")
			s := openFault(t, kind, dir, OS)
			_, err := s.Commit(ctx, &Batch{Docs: all[:2], Errors: []ErrorRow{{Path: "p", SHA256: "s", Error: "e"}}})
			require.NoError(t, err)
			_, err = s.Commit(ctx, &Batch{Docs: all[2:3]})
			require.NoError(t, err)
			files := tree(t, dir)
			for _, w := range want {
				assert.Contains(t, files, w)
			}
			assert.NotContains(t, files, "commit-000002/import_errors."+kind, "a table without rows has no file")
			assert.Contains(t, files, "_perfdoc/format")
			for _, f := range files {
				assert.Regexp(t, `^(commit-00000[12]/|_perfdoc/(lock|format)$)`, f)
			}
		})
	}
}

// What a kill before the rename leaves is invisible to a reader, removed
// by the next open, and redone by the rerun.
func TestStagedCommitInvisible(t *testing.T) {
	all := docs(t, 4)
	ctx := context.Background()
	for _, kind := range []string{"parquet", "csv", "jsonl"} {
		t.Run(kind, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "w")
			s := openFault(t, kind, dir, OS)
			_, err := s.Commit(ctx, &Batch{Docs: all[:2]})
			require.NoError(t, err)
			// a commit staged whole, not renamed: a kill just before the rename
			stage := filepath.Join(dir, "_perfdoc", "staging", commitName(2))
			require.NoError(t, os.MkdirAll(stage, 0o755))
			fb, _ := (&Batch{Docs: all[2:]}).filter(NewKnown())
			if kind == "parquet" {
				require.NoError(t, stageParquet(OS, stage, &fb))
			} else {
				require.NoError(t, (&Files{format: kind, c: &commitDirs{fsys: OS}}).write(stage, &fb))
			}
			r, err := VerifyDir(dir, kind)
			require.NoError(t, err)
			assert.Empty(t, r.Problems)
			assert.Equal(t, 2, r.Rows[TDocuments], "the staged commit is not seen")

			s = openFault(t, kind, dir, OS)
			k, err := s.Known(ctx)
			require.NoError(t, err)
			assert.Len(t, k.Docs, 2)
			left, _ := os.ReadDir(filepath.Join(dir, "_perfdoc", "staging"))
			assert.Empty(t, left, "staging is cleaned on open")
			c, err := s.Commit(ctx, &Batch{Docs: all})
			require.NoError(t, err)
			assert.Equal(t, 2, c.Documents)
			r, err = VerifyDir(dir, kind)
			require.NoError(t, err)
			assert.Empty(t, r.Problems)
			assert.Equal(t, 4, r.Rows[TDocuments])
		})
	}
}

// A folder of the layout before commit folders — with a commit of that
// layout cut short — is brought into one commit folder on first use.
func TestMigrateEarlierLayout(t *testing.T) {
	all := docs(t, 6)
	ctx := context.Background()
	for _, kind := range []string{"parquet", "csv", "jsonl"} {
		t.Run(kind, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "w")
			require.NoError(t, os.MkdirAll(filepath.Join(dir, "_perfdoc", "staging"), 0o755))
			if kind == "parquet" {
				earlierLake(t, dir, all[:2], all[2:4])
			} else {
				earlierFiles(t, dir, kind, all[:2], all[2:3])
			}
			want := map[string]int{"parquet": 4, "csv": 2, "jsonl": 2}[kind] // a cut lake commit is finished, a cut append undone

			s := openFault(t, kind, dir, OS)
			k, err := s.Known(ctx)
			require.NoError(t, err)
			assert.Len(t, k.Docs, want)
			r, err := VerifyDir(dir, kind)
			require.NoError(t, err)
			assert.Empty(t, r.Problems)
			assert.Equal(t, want, r.Rows[TDocuments])
			for _, f := range tree(t, dir) {
				assert.Regexp(t, `^(commit-000001/|_perfdoc/(lock|format)$)`, f)
			}
			c, err := s.Commit(ctx, &Batch{Docs: all})
			require.NoError(t, err)
			assert.Equal(t, 6-want, c.Documents)
			r, err = VerifyDir(dir, kind)
			require.NoError(t, err)
			assert.Empty(t, r.Problems)
			assert.Equal(t, 6, r.Rows[TDocuments])
		})
	}
}

// earlierLake writes done as committed by the earlier lake layout, and cut
// as a commit of that layout killed after its first rename.
func earlierLake(t *testing.T, dir string, done, cut []*Rows) {
	for i, d := range done {
		for _, tb := range []string{TDocuments, TSources, TProjects, TIndicators} {
			p := filepath.Join(dir, tb, fmt.Sprintf("year=%d", d.Document.Year), fmt.Sprintf("part-%d.parquet", i))
			require.NoError(t, writeRows(p, tb, []*Rows{d}))
		}
	}
	if len(cut) == 0 {
		return
	}
	var renames [][2]string
	for i, tb := range []string{TProjects, TIndicators, TSources, TDocuments} {
		staged := filepath.Join("_perfdoc", "staging", "old", tb+".parquet.tmp")
		final := filepath.Join(tb, "year=2026", "part-old.parquet")
		require.NoError(t, writeRows(filepath.Join(dir, staged), tb, cut))
		if i == 0 {
			require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, final)), 0o755))
			require.NoError(t, os.Rename(filepath.Join(dir, staged), filepath.Join(dir, final)))
		}
		renames = append(renames, [2]string{staged, final})
	}
	jb, err := json.Marshal(map[string]any{"renames": renames})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "_perfdoc", "journal-old.json"), jb, 0o644))
}

// writeRows writes one table's rows of ds to a Parquet file.
func writeRows(path, table string, ds []*Rows) error {
	var (
		docs  []DocumentRow
		srcs  []SourceRow
		projs []ProjectRow
		inds  []IndicatorRow
	)
	for _, d := range ds {
		docs, srcs = append(docs, d.Document), append(srcs, d.Source)
		projs, inds = append(projs, d.Projects...), append(inds, d.Indicators...)
	}
	switch table {
	case TDocuments:
		return writeParquet(OS, path, docs)
	case TSources:
		return writeParquet(OS, path, srcs)
	case TProjects:
		return writeParquet(OS, path, projs)
	}
	return writeParquet(OS, path, inds)
}

// earlierFiles writes done as committed by the earlier CSV or JSONL layout
// (one file per table), and cut as an append killed halfway, with its
// journal of the sizes before.
func earlierFiles(t *testing.T, dir, format string, done, cut []*Rows) {
	s := &Files{format: format}
	sizes := map[string]int64{}
	for _, tb := range fileTables() {
		var buf bytes.Buffer
		if format == "csv" {
			buf.WriteString("\uFEFF")
			writeCSVRecord(&buf, tb.Columns())
		}
		for _, d := range done {
			rows := any([]ErrorRow(nil))
			switch tb.Name {
			case TSources:
				rows = []SourceRow{d.Source}
			case TErrors:
			default:
				rows = tb.of(d)
			}
			require.NoError(t, s.encode(&buf, tb, rows))
		}
		sizes[tb.Name+"."+format] = int64(buf.Len())
		if tb.Name == TProjects || tb.Name == TIndicators {
			require.NoError(t, s.encode(&buf, tb, tb.of(cut[0])))
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, tb.Name+"."+format), buf.Bytes(), 0o644))
	}
	jb, err := json.Marshal(sizes)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".perfdoc-journal.json"), jb, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".perfdoc.lock"), nil, 0o644))
}

// A migration cut short (some tables moved aside, others not) is carried
// on by the next open, and a reader meanwhile sees nothing half-moved.
func TestMigrationCutShort(t *testing.T) {
	all := docs(t, 2)
	dir := filepath.Join(t.TempDir(), "w")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "_perfdoc", "migrating"), 0o755))
	earlierLake(t, dir, all, nil)
	require.NoError(t, os.Rename(filepath.Join(dir, TDocuments), filepath.Join(dir, "_perfdoc", "migrating", TDocuments)))
	r, err := VerifyDir(dir, "parquet")
	require.NoError(t, err)
	assert.Empty(t, r.Problems)
	assert.Zero(t, r.Rows[TDocuments])

	s, err := OpenParquet(dir, ParquetOptions{})
	require.NoError(t, err)
	k, err := s.Known(context.Background())
	require.NoError(t, err)
	assert.Len(t, k.Docs, 2)
	r, err = VerifyDir(dir, "parquet")
	require.NoError(t, err)
	assert.Empty(t, r.Problems)
	assert.Equal(t, 2, r.Rows[TDocuments])
}

// A folder keeps the format it was made with.
func TestFormatRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "w")
	s := openFault(t, "csv", dir, OS)
	_, err := s.Known(context.Background())
	require.NoError(t, err)
	p, err := OpenParquet(dir, ParquetOptions{})
	require.NoError(t, err)
	_, err = p.Known(context.Background())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "is a CSV warehouse; import into it with --format csv")
}
