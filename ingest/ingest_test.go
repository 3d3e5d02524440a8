package ingest

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/bench/corpus"
	"github.com/perfdoc/perfdoc/internal/segment"
	"github.com/perfdoc/perfdoc/warehouse"
)

const seeds = "../testdata"

type fixture struct {
	dir    string
	c      corpus.Counts
	broken int
}

// makeCorpus writes n distinct filings, broken files, a copy of the first
// filing under another name, and a file that is no filing by name.
func makeCorpus(t testing.TB, n int) fixture {
	dir := t.TempDir()
	c, err := corpus.Write(dir, seeds, n)
	require.NoError(t, err)
	broken := map[string][]byte{
		"broken/empty.txt":       nil,
		"broken/random.docx":     []byte("PK\x03\x04 this is no zip at all"),
		"broken/notes.txt":       []byte("会议纪要\n今天开会。\n"),
		"broken/nested/bad.html": []byte("<html><body><p>没有表格</p></body></html>"),
	}
	for p, b := range broken {
		full := filepath.Join(dir, p)
		require.NoError(t, os.MkdirAll(filepath.Dir(full), 0o755))
		require.NoError(t, os.WriteFile(full, b, 0o644))
	}
	first, _ := filepath.Glob(filepath.Join(dir, "year0", "dept0", "f00000-*"))
	require.Len(t, first, 1)
	b, _ := os.ReadFile(first[0])
	require.NoError(t, os.WriteFile(filepath.Join(dir, "copy-of-f0.txt"), b, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "README.md"), []byte("# notes"), 0o644))
	return fixture{dir: dir, c: c, broken: len(broken)}
}

func count(t testing.TB, db *sql.DB, q string) int {
	var n int
	require.NoError(t, db.QueryRow(q).Scan(&n), q)
	return n
}

func openSQLite(t testing.TB, path string) *warehouse.SQLite {
	s, err := warehouse.OpenSQLite(path, warehouse.SQLiteOptions{})
	require.NoError(t, err)
	return s
}

func TestImportSQLite(t *testing.T) {
	f := makeCorpus(t, 24)
	db := filepath.Join(t.TempDir(), "w.sqlite")
	sink := openSQLite(t, db)
	sum, err := Import(context.Background(), sink, []string{f.dir}, Options{Workers: 2, Segmenter: segment.Bigram()})
	require.NoError(t, err)
	assert.Equal(t, Summary{Files: f.c.Docs + f.broken + 1, Imported: f.c.Docs, Projects: int64(f.c.Projects),
		Indicators: int64(f.c.Indicators), SameFiling: 1, Failed: f.broken}, sum)
	rep, err := warehouse.VerifySQL(context.Background(), sink.DB())
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	assert.Equal(t, f.c.Docs, rep.Rows["documents"])
	assert.Equal(t, f.c.Docs+1, rep.Rows["sources"])
	assert.Equal(t, f.c.Indicators, rep.Rows["indicators"])
	assert.Equal(t, f.broken, rep.Rows["import_errors"])

	var total, base string
	require.NoError(t, sink.DB().QueryRow(`SELECT budget_total FROM projects WHERE code='13060525P004501100061' LIMIT 1`).Scan(&total))
	require.NoError(t, sink.DB().QueryRow(`SELECT base_number FROM indicators WHERE raw='≤3.07万元/人' LIMIT 1`).Scan(&base))
	assert.Equal(t, "6.16", total)
	assert.Equal(t, "30700", base)
	// source_line is NULL, not 0, where the input has no lines (DOCX)
	assert.Zero(t, count(t, sink.DB(), `SELECT count(*) FROM indicators i JOIN documents d ON d.id = i.document_id WHERE d.format = 'docx' AND i.source_line IS NOT NULL`))
	assert.Zero(t, count(t, sink.DB(), `SELECT count(*) FROM indicators WHERE source_line = 0`))
	// the error is the parser's message, without its prefix
	var msg string
	require.NoError(t, sink.DB().QueryRow(`SELECT error FROM import_errors WHERE path LIKE '%random.docx'`).Scan(&msg))
	assert.NotContains(t, msg, "parser:")
	assert.NotContains(t, msg, "random.docx")
	require.NoError(t, sink.Close())

	// a second run adds nothing, not even error rows
	sink = openSQLite(t, db)
	defer sink.Close()
	sum, err = Import(context.Background(), sink, []string{f.dir}, Options{Workers: 2, Segmenter: segment.Bigram()})
	require.NoError(t, err)
	assert.Equal(t, 0, sum.Imported)
	assert.Equal(t, f.c.Docs+1, sum.Already)
	assert.Equal(t, f.broken, count(t, sink.DB(), "SELECT count(*) FROM import_errors"))
}

func TestImportInterruptedThenRerun(t *testing.T) {
	f := makeCorpus(t, 30)
	db := filepath.Join(t.TempDir(), "w.sqlite")
	sink := openSQLite(t, db)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	sum, err := Import(ctx, sink, []string{f.dir}, Options{Workers: 2, BatchSize: 4, Progress: func(Progress) {
		if n++; n == 12 {
			cancel()
		}
	}})
	require.ErrorIs(t, err, context.Canceled)
	got := count(t, sink.DB(), "SELECT count(*) FROM documents")
	assert.Equal(t, sum.Imported, got, "the summary counts what was committed")
	assert.True(t, got > 0 && got < f.c.Docs, "after cancelling midway %d documents are in; want some, not all", got)
	rep, err := warehouse.VerifySQL(context.Background(), sink.DB())
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	require.NoError(t, sink.Close())

	sink = openSQLite(t, db)
	defer sink.Close()
	_, err = Import(context.Background(), sink, []string{f.dir}, Options{Workers: 2})
	require.NoError(t, err)
	rep, err = warehouse.VerifySQL(context.Background(), sink.DB())
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	assert.Equal(t, f.c.Docs, rep.Rows["documents"])
	assert.Equal(t, f.c.Indicators, rep.Rows["indicators"])
}

func TestImportFileSinks(t *testing.T) {
	f := makeCorpus(t, 12)
	for _, format := range []string{"parquet", "csv", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), format)
			open := func() warehouse.Sink {
				var s warehouse.Sink
				var err error
				if format == "parquet" {
					s, err = warehouse.OpenParquet(dir, warehouse.ParquetOptions{})
				} else {
					s, err = warehouse.OpenFiles(dir, format, warehouse.FilesOptions{})
				}
				require.NoError(t, err)
				return s
			}
			sink := open()
			sum, err := Import(context.Background(), sink, []string{f.dir}, Options{Workers: 2, BatchSize: 5})
			require.NoError(t, err)
			require.NoError(t, sink.Close())
			assert.Equal(t, f.c.Docs, sum.Imported)
			rep, err := warehouse.VerifyDir(dir, format)
			require.NoError(t, err)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, map[string]int{"documents": f.c.Docs, "sources": f.c.Docs + 1, "projects": f.c.Projects,
				"indicators": f.c.Indicators, "spending_plan": rep.Rows["spending_plan"], "goals": rep.Rows["goals"],
				"findings": 0, "import_errors": f.broken}, rep.Rows)

			sink = open()
			sum, err = Import(context.Background(), sink, []string{f.dir}, Options{Workers: 2})
			require.NoError(t, sink.Close())
			require.NoError(t, err)
			assert.Equal(t, 0, sum.Imported)
			rep2, err := warehouse.VerifyDir(dir, format)
			require.NoError(t, err)
			assert.Equal(t, rep.Rows, rep2.Rows, "a rerun adds nothing, errors included")
		})
	}
}
