package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedFolder copies the seed filings (both years, as text, DOCX and HTML)
// into a folder.
func seedFolder(t *testing.T) string {
	dir := filepath.Join(t.TempDir(), "seeds")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for _, y := range []string{"2025", "2026"} {
		for _, ext := range []string{"txt", "docx", "html"} {
			b, err := os.ReadFile("../../testdata/budget-" + y + "." + ext)
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "budget-"+y+"."+ext), b, 0o644))
		}
	}
	return dir
}

func TestImportSameFilingThreeFormats(t *testing.T) {
	dir := seedFolder(t)
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
	dir := seedFolder(t)
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

func TestReadInputRefuses(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	for path, want := range map[string]string{fifo: "named pipe", "/dev/zero": "a device", t.TempDir(): "a folder"} {
		code, out, errs := runCmd(t, "", "parse", path)
		assert.Equal(t, 1, code, path)
		assert.Empty(t, out)
		assert.Contains(t, errs, want, path)
	}
	code, _, errs := runCmd(t, "", "parse", "--max-size", "100", "../../testdata/budget-2026.txt")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "over the size limit")
	code, _, errs = runCmd(t, strings.Repeat("x", 200), "parse", "--max-size", "100", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "over the size limit")
	code, _, errs = runCmd(t, "", "parse", "\x1b[31mred.txt")
	assert.Equal(t, 1, code)
	assert.NotContains(t, errs, "\x1b")
}
