package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/cli/clitest"
)

func TestImportSameFilingThreeFormats(t *testing.T) {
	dir := clitest.SeedFolder(t)
	db := filepath.Join(t.TempDir(), "w.sqlite")
	code, _, errs := runCmd(t, "", "import", "--to", db, dir)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, errs, "6 files")
	assert.Contains(t, errs, "2 imported (61 projects")
	assert.Contains(t, errs, "4 more sources of a document")

	// perfdoc search finds 培训 and 满意度 in both years
	for _, q := range []string{"培训", "满意度"} {
		code, out, errs := runCmd(t, "", "search", "--format", "json", db, q)
		require.Equal(t, 0, code, errs)
		var res struct{ Hits []struct{ Year int } }
		require.NoError(t, json.Unmarshal([]byte(out), &res))
		years := map[int]bool{}
		for _, h := range res.Hits {
			years[h.Year] = true
		}
		assert.Equal(t, map[int]bool{2025: true, 2026: true}, years, q)
		code, out, _ = runCmd(t, "", "search", db, q)
		require.Equal(t, 0, code)
		assert.Contains(t, out, q)
	}
	// --limit says how many it left out: "3 of N" on stderr, total and
	// truncated in JSON
	code, out, errs := runCmd(t, "", "search", "--limit", "1000", "--format", "json", db, "满意度")
	require.Equal(t, 0, code, errs)
	var all struct {
		Hits      []json.RawMessage
		Total     int
		Truncated bool
	}
	require.NoError(t, json.Unmarshal([]byte(out), &all))
	assert.Equal(t, len(all.Hits), all.Total)
	assert.False(t, all.Truncated)
	assert.Greater(t, all.Total, 100, "more than the default --limit")
	code, out, errs = runCmd(t, "", "search", "--limit", "3", "--format", "json", db, "满意度")
	require.Equal(t, 0, code, errs)
	var some struct {
		Hits      []json.RawMessage
		Total     int
		Truncated bool
	}
	require.NoError(t, json.Unmarshal([]byte(out), &some))
	assert.Len(t, some.Hits, 3)
	assert.Equal(t, all.Total, some.Total)
	assert.True(t, some.Truncated)
	code, _, errs = runCmd(t, "", "search", "--limit", "3", db, "满意度")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, errs, fmt.Sprintf("3 of %d matches listed (--limit 3)", all.Total))

	code, _, errs = runCmd(t, "", "search", db, "区块链")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "no match")

	// --keep-duplicates: one document per file
	db2 := filepath.Join(t.TempDir(), "k.sqlite")
	code, _, errs = runCmd(t, "", "import", "--keep-duplicates", "--no-search", "--to", db2, dir)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, errs, "6 imported")
}

func TestImportInputs(t *testing.T) {
	dir := clitest.SeedFolder(t)
	tmp := t.TempDir()
	// a root that is a link to a folder is followed; a link inside to the
	// same folder is not walked twice
	link := filepath.Join(tmp, "link")
	require.NoError(t, os.Symlink(dir, link))
	require.NoError(t, os.Symlink(dir, filepath.Join(dir, "loop")))
	code, _, errs := runCmd(t, "", "import", "--no-search", "--to", filepath.Join(tmp, "w.sqlite"), link)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, errs, "6 files")
	assert.Contains(t, errs, "2 imported")

	// --include that matches nothing: a message and exit 1
	code, _, errs = runCmd(t, "", "import", "--to", filepath.Join(tmp, "x.sqlite"), "--include", "*.pdf", dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "no file to import")

	// a folder given to the SQLite sink
	code, _, errs = runCmd(t, "", "import", "--to", tmp, dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "is a folder")

	// a named pipe among the filings is refused, not read (no hang)
	fifo := filepath.Join(dir, "pipe.txt")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	code, _, errs = runCmd(t, "", "import", "--no-search", "--to", filepath.Join(tmp, "p.sqlite"), dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, `"`+fifo+`": not a regular file: a named pipe`)
}

func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(filepath.Join(in, "sub"), 0o755))
	for _, name := range []string{"budget-2026.txt", "budget-2025.docx"} {
		b, err := os.ReadFile("../../testdata/" + name)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(in, "sub", name), b, 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(in, "broken.docx"), []byte("PK\x03\x04junk"), 0o644))
	db := filepath.Join(dir, "w.sqlite")
	code, out, errs := runCmd(t, "", "import", "--to", db, in)
	assert.Equal(t, cli.ExitFail, code, "a file failed")
	assert.Empty(t, out)
	assert.Contains(t, errs, "2 imported")
	assert.Contains(t, errs, "1 failed")

	code, _, errs = runCmd(t, "", "import", "--to", db, "--include", "*.txt,*.docx", filepath.Join(in, "sub"))
	assert.Equal(t, cli.ExitOK, code, errs)
	assert.Contains(t, errs, "0 imported")
	assert.Contains(t, errs, "2 already there")
	for _, f := range []string{"parquet", "csv", "jsonl"} {
		code, _, errs := runCmd(t, "", "import", "--format", f, "--to", filepath.Join(dir, f), filepath.Join(in, "sub"))
		assert.Equal(t, cli.ExitOK, code, "%s: %s", f, errs)
	}
	code, _, _ = runCmd(t, "", "import", in)
	assert.Equal(t, cli.ExitUsage, code, "no --to")
}

// Files that are no filing (notes, a page excerpt without the target
// table, an empty file) are skipped and counted apart from failures: exit
// 0 when nothing else went wrong, and a rerun says the same. A corrupt
// DOCX still fails the import.
func TestImportNotFilings(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(in, 0o755))
	b, err := os.ReadFile("../../testdata/budget-2026.txt")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(in, "budget-2026.txt"), b, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "notes.txt"), []byte("会议纪要：下周一前报送绩效目标。\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "excerpt.txt"), b[:200], 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644))
	for _, format := range []string{"sqlite", "jsonl"} {
		to := filepath.Join(dir, "w."+format)
		for run := 1; run <= 2; run++ {
			code, _, errs := runCmd(t, "", "import", "--no-search", "--format", format, "--to", to, in)
			assert.Equal(t, cli.ExitOK, code, "%s run %d: only non-filings: %s", format, run, errs)
			assert.Contains(t, errs, "3 not filings (skipped), 0 failed", "%s run %d", format, run)
			assert.Contains(t, errs, `"`+filepath.Join(in, "notes.txt")+`": not a filing, skipped: no performance-target table found`)
			assert.NotContains(t, errs, "1 failed")
		}
	}
	db, err := sql.Open("sqlite", filepath.Join(dir, "w.sqlite"))
	require.NoError(t, err)
	defer db.Close()
	var n int
	require.NoError(t, db.QueryRow("SELECT count(*) FROM import_errors WHERE kind = 'not_a_filing'").Scan(&n))
	assert.Equal(t, 3, n, "recorded once each, as not a filing")

	require.NoError(t, os.WriteFile(filepath.Join(in, "broken.docx"), []byte("PK\x03\x04junk"), 0o644))
	code, _, errs := runCmd(t, "", "import", "--no-search", "--to", filepath.Join(dir, "w.sqlite"), in)
	assert.Equal(t, cli.ExitFail, code, "a corrupt DOCX is a failure")
	assert.Contains(t, errs, "3 not filings (skipped), 1 failed")
	require.NoError(t, db.QueryRow("SELECT count(*) FROM import_errors WHERE kind = 'failed'").Scan(&n))
	assert.Equal(t, 1, n)
}

// TestImportOCR: import takes --ocr as parse does. A folder's image files
// are walked unless --ocr never; a scan is imported with its sources and
// documents rows saying OCR read it (ocr = tesseract), a born-digital
// file's ocr is NULL. The OCR part fails without tesseract in CI
// (PERFDOC_REQUIRE_OCR=1 or CI=true) and is skipped elsewhere.
func TestImportOCR(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(in, 0o755))
	for src, name := range map[string]string{"budget-2026.txt": "budget-2026.txt", "ocr/budget-2026-p3-4-g4.tiff": "scan.TIF"} {
		b, err := os.ReadFile("../../testdata/" + src)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(in, name), b, 0o644))
	}
	code, _, errs := runCmd(t, "", "import", "--no-search", "--ocr", "never", "--lang", "en", "--to", filepath.Join(dir, "never.sqlite"), in)
	assert.Equal(t, cli.ExitOK, code, errs)
	assert.Contains(t, errs, "1 files", "the image is not walked with --ocr never")
	code, _, errs = runCmd(t, "", "import", "--ocr", "sometimes", "--to", filepath.Join(dir, "x.sqlite"), in)
	assert.Equal(t, cli.ExitUsage, code, errs)

	if err := exec.Command("tesseract", "--list-langs").Run(); err != nil {
		if os.Getenv("CI") == "true" || os.Getenv("PERFDOC_REQUIRE_OCR") == "1" {
			t.Fatalf("CI must install tesseract: %v", err)
		}
		t.Skip("no tesseract:", err)
	}
	db := filepath.Join(dir, "w.sqlite")
	code, _, errs = runCmd(t, "", "import", "--no-search", "--lang", "en", "--to", db, in)
	require.Equal(t, cli.ExitOK, code, errs)
	assert.Contains(t, errs, "2 files")
	assert.Contains(t, errs, "2 imported")
	w, err := sql.Open("sqlite", db)
	require.NoError(t, err)
	defer w.Close()
	ocr := map[string]string{}
	rows, err := w.Query("SELECT path, coalesce(ocr, 'NULL') FROM sources")
	require.NoError(t, err)
	for rows.Next() {
		var p, o string
		require.NoError(t, rows.Scan(&p, &o))
		ocr[filepath.Base(p)] = o
	}
	require.NoError(t, rows.Err())
	assert.Equal(t, map[string]string{"budget-2026.txt": "NULL", "scan.TIF": "tesseract"}, ocr)
	var n int
	require.NoError(t, w.QueryRow("SELECT count(*) FROM documents WHERE ocr = 'tesseract' AND format = 'tiff'").Scan(&n))
	assert.Equal(t, 1, n)
}

// A warehouse that cannot be opened or written is named, and what is
// wrong is said in plain words (Chinese by default), never a lock held by
// another import when none is: exit 1, the filings left as they were.
func TestImportWarehouseCannotBeWritten(t *testing.T) {
	filing, err := os.ReadFile("../../testdata/budget-2026.txt")
	require.NoError(t, err)
	for _, c := range []struct {
		name   string
		format string
		to     func(t *testing.T, tmp string) string
		want   string
	}{
		{"a dangling link where the SQLite file goes", "sqlite", func(t *testing.T, tmp string) string {
			to := filepath.Join(tmp, "w.sqlite")
			require.NoError(t, os.Symlink(filepath.Join(tmp, "gone", "w.sqlite"), to))
			return to
		}, "无法写入仓库：所在的文件夹不存在（cannot create or open the warehouse: open "},
		{"a filing given as the SQLite warehouse", "sqlite", func(t *testing.T, tmp string) string {
			to := filepath.Join(tmp, "not-a-db.txt")
			require.NoError(t, os.WriteFile(to, filing, 0o644))
			return to
		}, "无法写入仓库：不是SQLite数据库文件，不能作为仓库（not a SQLite database"},
		{"a folder given to SQLite", "sqlite", func(t *testing.T, tmp string) string { return tmp },
			"无法写入仓库：是文件夹，SQLite仓库是一个文件（is a folder; the SQLite warehouse is a file"},
		{"the SQLite file's folder missing", "sqlite", func(t *testing.T, tmp string) string { return filepath.Join(tmp, "no", "w.sqlite") },
			"无法写入仓库：所在的文件夹不存在（the folder "},
		{"a file given to JSONL", "jsonl", func(t *testing.T, tmp string) string {
			to := filepath.Join(tmp, "lake")
			require.NoError(t, os.WriteFile(to, []byte("x"), 0o644))
			return to
		}, "无法写入仓库：是文件，Parquet、CSV和JSONL仓库是文件夹（is a file; a JSONL warehouse is a folder）"},
		{"a CSV folder under a file", "csv", func(t *testing.T, tmp string) string {
			f := filepath.Join(tmp, "f")
			require.NoError(t, os.WriteFile(f, []byte("x"), 0o644))
			return filepath.Join(f, "lake")
		}, "无法写入仓库：路径中有同名的文件，不是文件夹（cannot create the warehouse folder: mkdir "},
		{"a Parquet lake whose lock cannot be taken (no summary of files never read)", "parquet", func(t *testing.T, tmp string) string {
			to := filepath.Join(tmp, "lake")
			require.NoError(t, os.MkdirAll(filepath.Join(to, "_perfdoc", "lock"), 0o755))
			return to
		}, "无法写入仓库（open "},
	} {
		t.Run(c.name, func(t *testing.T) {
			tmp := t.TempDir()
			in := filepath.Join(tmp, "budget-2026.txt")
			require.NoError(t, os.WriteFile(in, filing, 0o644))
			to := c.to(t, tmp)
			code, out, errs := runCmd(t, "", "import", "--lang", "zh", "--no-search", "--format", c.format, "--to", to, in)
			assert.Equal(t, cli.ExitFail, code, errs)
			assert.Empty(t, out)
			assert.True(t, strings.HasPrefix(errs, "perfdoc import: "+cli.Quote(to)+": "), "the warehouse named first: %s", errs)
			assert.Contains(t, errs, c.want)
			assert.NotContains(t, errs, "in use")
			assert.Equal(t, 1, strings.Count(errs, "\n"), "one line: %s", errs)
			got, err := os.ReadFile(in)
			require.NoError(t, err)
			assert.Equal(t, filing, got)
		})
	}
}

// TestImportMissingPaths: an import whose every PATH is missing (a typo)
// says so for each and makes no warehouse; one missing PATH beside a
// folder of filings is a failed file, the others imported, as before.
func TestImportMissingPaths(t *testing.T) {
	for _, format := range []string{"sqlite", "parquet", "csv", "jsonl"} {
		tmp := t.TempDir()
		to := filepath.Join(tmp, "w."+format)
		missing, also := filepath.Join(tmp, "filings"), filepath.Join(tmp, "2026.docx")
		code, out, errs := runCmd(t, "", "import", "--lang", "zh", "--format", format, "--to", to, missing, also)
		assert.Equal(t, cli.ExitFail, code, format)
		assert.Empty(t, out)
		assert.Equal(t, "perfdoc import: "+cli.Quote(missing)+": 文件或文件夹不存在\nperfdoc import: "+cli.Quote(also)+": 文件或文件夹不存在\n", errs, format)
		_, err := os.Stat(to)
		assert.ErrorIs(t, err, os.ErrNotExist, "%s: no warehouse made", format)
	}
	tmp := t.TempDir()
	to := filepath.Join(tmp, "w.sqlite")
	code, _, errs := runCmd(t, "", "import", "--no-search", "--to", to, filepath.Join(tmp, "filings"), "../../testdata/budget-2026.txt")
	assert.Equal(t, cli.ExitFail, code)
	assert.Contains(t, errs, "1 imported")
	assert.Contains(t, errs, "1 failed")
}
