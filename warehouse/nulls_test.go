package warehouse

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/pgtest"
	"github.com/perfdoc/perfdoc/model"
)

// blankDoc is a filing whose year is unknown, whose first project has no
// code and whose indicators give no reason: blanks every sink must store
// as NULL.
func blankDoc(t *testing.T) *Rows {
	d := *golden(t, "budget-2026.docx")
	d.Year = 0
	d.Source.Path = "blank.docx"
	projects := append(d.Projects[:0:0], d.Projects...)
	projects[0].Code = ""
	// a count written without a unit ("11"): its unit is blank
	inds := append(projects[0].Indicators[:0:0], projects[0].Indicators...)
	inds[0].Value = model.Value{Raw: "11", Kind: model.KindQuantity, Op: "=", Number: "11", Base: &model.Quantity{Number: "11"}}
	projects[0].Indicators = inds
	d.Projects = projects
	return Flatten(&d, Identity(&d), 1000)
}

// nullQueries count the rows that hold a blank as an empty string or 0
// (want none) and those that hold it as NULL (want some).
var nullQueries = []struct {
	query string
	null  bool
}{
	{"SELECT count(*) FROM documents WHERE year IS NULL", true},
	{"SELECT count(*) FROM documents WHERE year = 0", false},
	{"SELECT count(*) FROM projects WHERE year IS NULL", true},
	{"SELECT count(*) FROM indicators WHERE year = 0", false},
	{"SELECT count(*) FROM projects WHERE code IS NULL", true},
	{"SELECT count(*) FROM projects WHERE code = ''", false},
	{"SELECT count(*) FROM indicators WHERE reason IS NULL", true},
	{"SELECT count(*) FROM indicators WHERE reason = ''", false},
	{"SELECT count(*) FROM indicators WHERE kind = 'quantity' AND unit IS NULL AND base_unit IS NULL", true},
	{"SELECT count(*) FROM indicators WHERE unit = '' OR base_unit = ''", false},
}

func checkNullQueries(t *testing.T, count func(q string) int) {
	for _, q := range nullQueries {
		n := count(q.query)
		if q.null {
			assert.Positive(t, n, q.query)
		} else {
			assert.Zero(t, n, q.query)
		}
	}
}

// An unknown year, a missing code and an empty reason are NULL in SQLite,
// never 0 or ”.
func TestBlanksAreNullSQLite(t *testing.T) {
	s, err := OpenSQLite(filepath.Join(t.TempDir(), "w.sqlite"), SQLiteOptions{})
	require.NoError(t, err)
	defer s.Close()
	_, err = s.Commit(context.Background(), &Batch{Docs: []*Rows{blankDoc(t)}})
	require.NoError(t, err)
	checkNullQueries(t, func(q string) (n int) {
		require.NoError(t, s.DB().QueryRow(q).Scan(&n))
		return n
	})
}

// A warehouse made when blanks were ” and 0 in NOT NULL columns is
// rebuilt on open: its blanks become NULL and new NULLs go in.
func TestBlanksAreNullOldSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.sqlite")
	db, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	_, err = db.Exec(`CREATE TABLE documents (id TEXT NOT NULL, path TEXT NOT NULL, format TEXT NOT NULL, encoding TEXT NOT NULL,
		sha256 TEXT NOT NULL, year INTEGER NOT NULL, department_code TEXT NOT NULL, department_name TEXT NOT NULL,
		projects INTEGER NOT NULL, indicators INTEGER NOT NULL, warnings INTEGER NOT NULL, unrecognized INTEGER NOT NULL, PRIMARY KEY (id));
		INSERT INTO documents VALUES ('old', 'old.txt', 'text', 'utf-8', 'old', 0, '', '', 0, 0, 0, 0)`)
	require.NoError(t, err)
	db.Close()
	s, err := OpenSQLite(path, SQLiteOptions{})
	require.NoError(t, err)
	defer s.Close()
	var n int
	require.NoError(t, s.DB().QueryRow("SELECT count(*) FROM documents WHERE id = 'old' AND year IS NULL AND department_code IS NULL").Scan(&n))
	assert.Equal(t, 1, n, "the old row's blanks are NULL")
	_, err = s.Commit(context.Background(), &Batch{Docs: []*Rows{blankDoc(t)}})
	require.NoError(t, err, "NULL goes into the rebuilt table")
	require.NoError(t, s.DB().QueryRow("SELECT count(*) FROM documents WHERE year IS NULL").Scan(&n))
	assert.Equal(t, 2, n)
}

// The same in PostgreSQL, and an old table's NOT NULL is dropped.
func TestBlanksAreNullPostgres(t *testing.T) {
	url := pgtest.URL(t)
	ctx := context.Background()
	p := openPG(t, url)
	_, err := p.Conn().Exec(ctx, `ALTER TABLE documents ALTER COLUMN year SET NOT NULL`) // as an old perfdoc made it
	require.NoError(t, err)
	p.Close()
	p = openPG(t, url)
	defer p.Close()
	_, err = p.Commit(ctx, &Batch{Docs: []*Rows{blankDoc(t)}})
	require.NoError(t, err)
	checkNullQueries(t, func(q string) (n int) {
		require.NoError(t, p.Conn().QueryRow(ctx, q).Scan(&n))
		return n
	})
}

// CSV writes a NULL as an empty cell (read back as NULL by DuckDB and
// pandas), never 0.
func TestBlanksAreNullCSV(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "w")
	s := openFault(t, "csv", dir, OS)
	_, err := s.Commit(context.Background(), &Batch{Docs: []*Rows{blankDoc(t)}})
	require.NoError(t, err)
	recs := readCSV(t, filepath.Join(dir, "commit-000001", "documents.csv"))
	require.Len(t, recs, 2)
	year := colIndex(t, recs, "year")
	assert.Equal(t, "", recs[1][year], "an unknown year is an empty cell, not 0")
	recs = readCSV(t, filepath.Join(dir, "commit-000001", "projects.csv"))
	assert.Equal(t, "", recs[1][colIndex(t, recs, "code")])
}

func readCSV(t *testing.T, path string) [][]string {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	require.NoError(t, err)
	return recs
}

func colIndex(t *testing.T, recs [][]string, name string) int {
	for i, h := range recs[0] {
		if h == name {
			return i
		}
	}
	t.Fatalf("no column %s in %v", name, recs[0])
	return -1
}

// JSONL writes null for every blank: no "" and no "year": 0 anywhere.
func TestBlanksAreNullJSONL(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "w")
	s := openFault(t, "jsonl", dir, OS)
	_, err := s.Commit(context.Background(), &Batch{Docs: []*Rows{blankDoc(t)}})
	require.NoError(t, err)
	files, err := filepath.Glob(filepath.Join(dir, "commit-000001", "*.jsonl"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		assert.NotContains(t, string(b), `""`, f)
		assert.NotContains(t, string(b), `"year":0`, f)
		assert.Contains(t, string(b), `"year":null`, f)
	}
	b, err := os.ReadFile(filepath.Join(dir, "commit-000001", "projects.jsonl"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), `{"document_id":`), "columns in table order")
	assert.Contains(t, strings.SplitN(string(b), "\n", 2)[0], `"code":null`)
}

// Parquet partitions an unknown year under Hive's NULL partition, never
// year=0, and its year column reads back as null.
func TestBlanksAreNullParquet(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "w")
	s := openFault(t, "parquet", dir, OS)
	_, err := s.Commit(context.Background(), &Batch{Docs: []*Rows{blankDoc(t)}})
	require.NoError(t, err)
	files := tree(t, dir)
	assert.Contains(t, files, "commit-000001/documents/"+UnknownYear+"/part-0.parquet")
	for _, f := range files {
		assert.NotContains(t, f, "year=0")
	}
	type doc struct {
		Year           *int64  `parquet:"year,optional"`
		DepartmentCode *string `parquet:"department_code,optional"`
	}
	type project struct {
		Year *int64  `parquet:"year,optional"`
		Code *string `parquet:"code,optional"`
	}
	f, err := os.Open(filepath.Join(dir, "commit-000001", "documents", UnknownYear, "part-0.parquet"))
	require.NoError(t, err)
	defer f.Close()
	fi, _ := f.Stat()
	docs, err := parquet.Read[doc](f, fi.Size())
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Nil(t, docs[0].Year)
	g, err := os.Open(filepath.Join(dir, "commit-000001", "projects", UnknownYear, "part-0.parquet"))
	require.NoError(t, err)
	defer g.Close()
	gi, _ := g.Stat()
	projs, err := parquet.Read[project](g, gi.Size())
	require.NoError(t, err)
	require.NotEmpty(t, projs)
	assert.Nil(t, projs[0].Year)
	assert.Nil(t, projs[0].Code, "a missing code is null")
	require.NotNil(t, projs[1].Code)
}
