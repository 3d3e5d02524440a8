package warehouse

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/perfdoc/perfdoc/parser"
)

// variant makes filing n distinct from the seed by changing its unit code
// (203001 → 3NNNNN) in every format.
func variant(t testing.TB, name string, n int) []byte {
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	code := fmt.Sprintf("3%05d", n)
	if !strings.HasSuffix(name, ".docx") {
		return bytes.ReplaceAll(data, []byte("203001"), []byte(code))
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "word/document.xml" {
			b = bytes.ReplaceAll(b, []byte("203001"), []byte(code))
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	zw.Close()
	return out.Bytes()
}

type corpus struct {
	dir                  string
	docs, projects, inds int
	broken               int
}

// makeCorpus writes n distinct filings (the two seeds in three formats,
// each changed), in nested folders, plus broken files and a duplicate.
func makeCorpus(t testing.TB, n int) corpus {
	dir := t.TempDir()
	c := corpus{dir: dir}
	seeds := []struct {
		name        string
		projs, inds int
	}{
		{"budget-2026.txt", 31, 205}, {"budget-2026.docx", 31, 205}, {"budget-2026.html", 31, 205},
		{"budget-2025.txt", 30, 202}, {"budget-2025.docx", 30, 202}, {"budget-2025.html", 30, 202},
	}
	for i := 0; i < n; i++ {
		s := seeds[i%len(seeds)]
		sub := filepath.Join(dir, fmt.Sprintf("year%d", i%3), fmt.Sprintf("dept%d", i%7))
		os.MkdirAll(sub, 0o755)
		path := filepath.Join(sub, fmt.Sprintf("f%03d-%s", i, s.name))
		if err := os.WriteFile(path, variant(t, s.name, i), 0o644); err != nil {
			t.Fatal(err)
		}
		c.docs++
		c.projects += s.projs
		c.inds += s.inds
	}
	broken := map[string][]byte{
		"broken/empty.txt":       nil,
		"broken/random.docx":     []byte("PK\x03\x04 this is no zip at all"),
		"broken/legacy.doc":      []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old word"),
		"broken/notes.txt":       []byte("会议纪要\n今天开会。\n"),
		"broken/nested/bad.html": []byte("<html><body><p>没有表格</p></body></html>"),
	}
	for p, b := range broken {
		full := filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, b, 0o644)
		c.broken++
	}
	// the same content under another name is imported once
	first, _ := filepath.Glob(filepath.Join(dir, "year0", "dept0", "f000-*"))
	b, _ := os.ReadFile(first[0])
	os.WriteFile(filepath.Join(dir, "copy-of-f000.txt"), b, 0o644)
	// files that are not filings by name are not taken
	os.WriteFile(filepath.Join(dir, "README.md"), []byte("# notes"), 0o644)
	return c
}

func count(t testing.TB, db *sql.DB, q string) int {
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func checkCounts(t *testing.T, db *sql.DB, c corpus) {
	t.Helper()
	for q, want := range map[string]int{
		"SELECT count(*) FROM documents":     c.docs,
		"SELECT count(*) FROM projects":      c.projects,
		"SELECT count(*) FROM indicators":    c.inds,
		"SELECT count(*) FROM import_errors": c.broken,
	} {
		if got := count(t, db, q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
}

// checkConsistent: every document has exactly the rows it says it has, and
// no row belongs to a missing document.
func checkConsistent(t *testing.T, db *sql.DB) {
	t.Helper()
	bad := count(t, db, `SELECT count(*) FROM documents d WHERE
		d.projects != (SELECT count(*) FROM projects p WHERE p.document_id = d.id) OR
		d.indicators != (SELECT count(*) FROM indicators i WHERE i.document_id = d.id)`)
	orphans := count(t, db, `SELECT (SELECT count(*) FROM projects WHERE document_id NOT IN (SELECT id FROM documents)) +
		(SELECT count(*) FROM indicators WHERE document_id NOT IN (SELECT id FROM documents)) +
		(SELECT count(*) FROM goals WHERE document_id NOT IN (SELECT id FROM documents)) +
		(SELECT count(*) FROM spending_plan WHERE document_id NOT IN (SELECT id FROM documents))`)
	if bad != 0 || orphans != 0 {
		t.Errorf("inconsistent warehouse: %d documents with missing rows, %d orphan rows", bad, orphans)
	}
}

func TestImportSQLite(t *testing.T) {
	c := makeCorpus(t, 108)
	db := filepath.Join(t.TempDir(), "w.sqlite")
	sink, err := OpenSQLite(db)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := Import(context.Background(), sink, []string{c.dir}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != c.docs || sum.Failed != c.broken || sum.Duplicates != 1 || sum.Files != c.docs+c.broken+1 {
		t.Errorf("summary %+v; want %d imported, %d failed, 1 duplicate", sum, c.docs, c.broken)
	}
	checkCounts(t, sink.DB(), c)
	checkConsistent(t, sink.DB())
	// exact decimals: a budget as written, a base in 元
	var total, base string
	sink.DB().QueryRow(`SELECT budget_total FROM projects WHERE code='13060525P004501100061' LIMIT 1`).Scan(&total)
	sink.DB().QueryRow(`SELECT base_number FROM indicators WHERE raw='≤3.07万元/人' LIMIT 1`).Scan(&base)
	if total != "6.16" || base != "30700" {
		t.Errorf("budget_total %q, base_number %q", total, base)
	}
	var msg string
	sink.DB().QueryRow(`SELECT error FROM import_errors WHERE path LIKE '%legacy.doc'`).Scan(&msg)
	if !strings.Contains(msg, "OLE2") {
		t.Errorf("legacy .doc error %q", msg)
	}
	sink.Close()

	// a second run adds nothing
	sink, _ = OpenSQLite(db)
	defer sink.Close()
	sum, err = Import(context.Background(), sink, []string{c.dir}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 0 || sum.Duplicates != c.docs+1 {
		t.Errorf("second run: %+v", sum)
	}
	checkCounts(t, sink.DB(), c)
}

func TestImportInterruptedThenRerun(t *testing.T) {
	c := makeCorpus(t, 60)
	db := filepath.Join(t.TempDir(), "w.sqlite")
	sink, _ := OpenSQLite(db)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := Import(ctx, sink, []string{c.dir}, Options{Workers: 2, BatchSize: 4, Progress: func(Progress) {
		if n++; n == 25 {
			cancel()
		}
	}})
	if err == nil {
		t.Fatal("a cancelled import reported success")
	}
	got := count(t, sink.DB(), "SELECT count(*) FROM documents")
	if got == 0 || got >= c.docs {
		t.Errorf("after cancelling midway %d documents are in; want some, not all", got)
	}
	checkConsistent(t, sink.DB())
	sink.Close()

	sink, _ = OpenSQLite(db)
	defer sink.Close()
	if _, err := Import(context.Background(), sink, []string{c.dir}, Options{Workers: 2}); err != nil {
		t.Fatal(err)
	}
	checkCounts(t, sink.DB(), c)
	checkConsistent(t, sink.DB())
}

func TestImportParquetReadsBack(t *testing.T) {
	c := makeCorpus(t, 12)
	dir := filepath.Join(t.TempDir(), "lake")
	sink, err := OpenParquet(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Import(context.Background(), sink, []string{c.dir}, Options{Workers: 2}); err != nil {
		t.Fatal(err)
	}
	if err := sink.Close(); err != nil {
		t.Fatal(err)
	}
	var docs, projs, inds int
	byCode := map[string]*string{}
	for _, f := range glob(t, dir, "documents") {
		rows, err := parquet.ReadFile[DocumentRow](f)
		if err != nil {
			t.Fatal(err)
		}
		docs += len(rows)
		if !strings.Contains(f, fmt.Sprintf("year=%d", rows[0].Year)) {
			t.Errorf("%s holds year %d", f, rows[0].Year)
		}
	}
	for _, f := range glob(t, dir, "projects") {
		rows, _ := parquet.ReadFile[ProjectRow](f)
		projs += len(rows)
		for _, r := range rows {
			byCode[r.Code] = r.BudgetTotal
		}
	}
	var bases []string
	for _, f := range glob(t, dir, "indicators") {
		rows, _ := parquet.ReadFile[IndicatorRow](f)
		inds += len(rows)
		for _, r := range rows {
			if r.Raw == "≤3.07万元/人" && r.BaseNumber != nil {
				bases = append(bases, *r.BaseNumber)
			}
		}
	}
	if docs != c.docs || projs != c.projects || inds != c.inds {
		t.Errorf("read back %d documents, %d projects, %d indicators; want %d, %d, %d", docs, projs, inds, c.docs, c.projects, c.inds)
	}
	if p := byCode["13060526P000029100333"]; p == nil || *p != "3.42" {
		t.Errorf("budget_total of the classified project: %v, want exactly 3.42", p)
	}
	if p, ok := byCode["13060525P004501100061"]; !ok || p == nil || *p != "6.16" {
		t.Errorf("budget_total 6.16 not exact")
	}
	if len(bases) == 0 || bases[0] != "30700" {
		t.Errorf("base_number of ≤3.07万元/人: %v", bases)
	}
	// a second run into the same folder adds nothing
	sink, _ = OpenParquet(dir)
	sum, err := Import(context.Background(), sink, []string{c.dir}, Options{})
	sink.Close()
	if err != nil || sum.Imported != 0 {
		t.Errorf("second parquet run: %+v %v", sum, err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*", "*", "*.inprogress")); len(left) != 0 {
		t.Errorf("unfinished files left: %v", left)
	}
}

func glob(t *testing.T, dir, table string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, table, "year=*", "*.parquet"))
	if len(files) == 0 {
		t.Fatalf("no %s files", table)
	}
	return files
}

func TestImportCSVAndJSONL(t *testing.T) {
	c := makeCorpus(t, 6)
	for _, format := range []string{"csv", "jsonl"} {
		dir := filepath.Join(t.TempDir(), format)
		sink, err := OpenFiles(dir, format)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Import(context.Background(), sink, []string{c.dir}, Options{}); err != nil {
			t.Fatal(err)
		}
		sink.Close()
		b, _ := os.ReadFile(filepath.Join(dir, "indicators."+format))
		lines := strings.Count(string(b), "\n")
		want := c.inds
		if format == "csv" {
			want++ // header
			if !bytes.HasPrefix(b, []byte("\uFEFFdocument_id,")) {
				t.Errorf("csv lacks its BOM and header: %.40q", b)
			}
		}
		if lines != want {
			t.Errorf("%s: %d lines in indicators, want %d", format, lines, want)
		}
		sink, _ = OpenFiles(dir, format)
		sum, _ := Import(context.Background(), sink, []string{c.dir}, Options{})
		sink.Close()
		if sum.Imported != 0 {
			t.Errorf("%s: second run imported %d", format, sum.Imported)
		}
	}
}

func TestFlattenMatchesDocument(t *testing.T) {
	data, _ := os.ReadFile("../testdata/budget-2026.docx")
	d, err := parser.Parse(data, parser.Options{Path: "x"})
	if err != nil {
		t.Fatal(err)
	}
	r := Flatten(d)
	if r.Document.Projects != 31 || r.Document.Indicators != 205 || len(r.Indicators) != 205 || len(r.Spending) != 124 || len(r.Goals) != 33 {
		t.Errorf("flattened %+v, %d indicators, %d points, %d goals", r.Document, len(r.Indicators), len(r.Spending), len(r.Goals))
	}
	for _, i := range r.Indicators {
		if i.Kind == "quantity" && (i.Number == nil || i.BaseNumber == nil || i.Unit == nil) {
			t.Errorf("quantity %q lacks a column", i.Raw)
		}
	}
}
