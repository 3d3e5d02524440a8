package ingest

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/bench/corpus"
	"github.com/perfdoc/perfdoc/internal/segment"
	"github.com/perfdoc/perfdoc/warehouse"
)

const seeds = "../testdata"

type fixture struct {
	dir    string
	c      corpus.Counts
	broken int // files that are not imported: broken + notFiling
	// notFiling of them are read but hold no filing (empty, notes, HTML
	// without a table): skipped, not failed
	notFiling int
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
	return fixture{dir: dir, c: c, broken: len(broken), notFiling: 3}
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
		Indicators: int64(f.c.Indicators), SameFiling: 1, NotFiling: f.notFiling, Failed: f.broken - f.notFiling}, sum)
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
	f := makeCorpus(t, 18)
	db := filepath.Join(t.TempDir(), "w.sqlite")
	sink := openSQLite(t, db)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	sum, err := Import(ctx, sink, []string{f.dir}, Options{Workers: 2, BatchSize: 4, Progress: func(Progress) {
		if n++; n == 8 {
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
				"findings": 0, "import_errors": f.broken, "indicator_values": 0, "project_items": 0}, rep.Rows)

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

func TestCheckStoresFindings(t *testing.T) {
	f := makeCorpus(t, 2)
	sink := openSQLite(t, filepath.Join(t.TempDir(), "w.sqlite"))
	defer sink.Close()
	cfg := audit.DefaultConfig()
	_, err := Import(context.Background(), sink, []string{f.dir}, Options{Workers: 1, Check: &cfg})
	require.NoError(t, err)
	n := count(t, sink.DB(), "SELECT count(*) FROM findings")
	assert.Positive(t, n)
	assert.Zero(t, count(t, sink.DB(), "SELECT count(*) FROM findings WHERE document_id NOT IN (SELECT id FROM documents)"))
	// a finding on a project names it by position and code
	assert.Positive(t, count(t, sink.DB(), `SELECT count(*) FROM findings f JOIN projects p
		ON p.document_id = f.document_id AND p.project = f.project AND p.code = f.project_code`))
}

// The shards of a run are disjoint and together hold every file.
func TestShards(t *testing.T) {
	f := makeCorpus(t, 12)
	db := filepath.Join(t.TempDir(), "w.sqlite")
	total := 0
	for k := 1; k <= 3; k++ {
		sink := openSQLite(t, db)
		sum, err := Import(context.Background(), sink, []string{f.dir}, Options{Workers: 2, Shard: k, Shards: 3})
		require.NoError(t, sink.Close())
		require.NoError(t, err)
		total += sum.Imported
		assert.Equal(t, sum.Files, sum.OtherShards+sum.Imported+sum.Failed+sum.NotFiling+sum.SameFiling+sum.Already)
	}
	assert.Equal(t, f.c.Docs, total)
	k, n, err := ParseShard("2/5")
	require.NoError(t, err)
	assert.Equal(t, [2]int{2, 5}, [2]int{k, n})
	for _, bad := range []string{"0/3", "4/3", "1", "a/b", "1/3x"} {
		_, _, err := ParseShard(bad)
		assert.Error(t, err, bad)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f.txt")
	require.NoError(t, os.WriteFile(p, []byte("0123456789"), 0o644))
	b, err := ReadFile(p, 10)
	require.NoError(t, err)
	assert.Equal(t, "0123456789", string(b))
	_, err = ReadFile(p, 9)
	assert.ErrorIs(t, err, ErrTooLarge)
	_, err = ReadFile("/dev/zero", 0)
	assert.ErrorIs(t, err, ErrNotRegular)
	_, err = ReadFile(dir, 0)
	assert.ErrorIs(t, err, ErrNotRegular)
	_, err = ReadAll(strings.NewReader("abcdef"), 5)
	assert.ErrorIs(t, err, ErrTooLarge)
	b, err = ReadAll(strings.NewReader("abcde"), 5)
	require.NoError(t, err)
	assert.Equal(t, "abcde", string(b))
	var ie *InputError
	_, err = ReadFile(filepath.Join(dir, "no\x1bne"), 0)
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, `"`+dir+`/no\x1bne": no such file or directory`, err.Error())
}

// Links inside a folder are followed once: a link to a folder walked
// already (a loop) is skipped with a warning; a file reached twice is
// taken once; a broken link to a filing is reported.
func TestWalkLinks(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a", "b", "x.txt"), []byte("x"), 0o644))
	require.NoError(t, os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "a", "b", "up")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "a", "b", "x.txt"), filepath.Join(dir, "a", "y.txt")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "a", "z.txt")))
	var warnings []string
	w := &Walker{Warn: func(m string) { warnings = append(warnings, m) }}
	var got []string
	require.NoError(t, w.Walk(context.Background(), []string{dir}, func(e Entry) error {
		rel, _ := filepath.Rel(dir, e.Path)
		if e.Err != nil {
			rel += " ! " + e.Err.Error()
		}
		got = append(got, rel)
		return nil
	}))
	assert.Equal(t, []string{"a/b/x.txt", "a/z.txt ! a broken symbolic link: no such file or directory"}, got)
	require.Len(t, warnings, 1)
	assert.Contains(t, warnings[0], "a loop")
}

// With two files of equal content (or one filing in two formats), the
// document records the first in walk order, whatever the workers do.
func TestRecordedPathDeterministic(t *testing.T) {
	f := makeCorpus(t, 6)
	var want map[string]string
	for run := 0; run < 3; run++ {
		sink := openSQLite(t, filepath.Join(t.TempDir(), "w.sqlite"))
		_, err := Import(context.Background(), sink, []string{f.dir}, Options{Workers: 2, BatchSize: 2})
		require.NoError(t, err)
		got := map[string]string{}
		rows, err := sink.DB().Query("SELECT id, path FROM documents")
		require.NoError(t, err)
		for rows.Next() {
			var id, path string
			require.NoError(t, rows.Scan(&id, &path))
			got[id] = path
		}
		rows.Close()
		sink.Close()
		if want == nil {
			want = got
			paths := map[string]bool{}
			for _, p := range got {
				paths[filepath.Base(p)] = true
			}
			assert.True(t, paths["copy-of-f0.txt"], "the copy comes first in walk order: %v", got)
		}
		assert.Len(t, got, f.c.Docs)
		assert.Equal(t, want, got, "run %d", run)
	}
}
