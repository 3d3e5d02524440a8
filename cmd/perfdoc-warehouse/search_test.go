package main

import (
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/cli/clitest"
)

// TestSearchRefusesNonWarehouses: search names the file and says, in
// Chinese by default, why it is no warehouse, and writes nothing into it:
// another SQLite database keeps only its own tables, an empty file stays
// empty (opening them as a warehouse created perfdoc's tables in them).
func TestSearchRefusesNonWarehouses(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.sqlite")
	db, err := sql.Open("sqlite", other)
	require.NoError(t, err)
	_, err = db.Exec("CREATE TABLE t (x)")
	require.NoError(t, err)
	require.NoError(t, db.Close())
	empty := filepath.Join(dir, "empty.sqlite")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	notes := filepath.Join(dir, "notes.txt")
	require.NoError(t, os.WriteFile(notes, []byte("会议纪要\n"), 0o644))
	for _, c := range []struct{ path, zh, en string }{
		{other, "是SQLite数据库，但不是 perfdoc import 建立的仓库（没有 perfdoc_meta 表）；未作任何改动", "a SQLite database, but no warehouse of perfdoc import"},
		{empty, "不是SQLite数据库，不是 perfdoc import 建立的仓库", "not a SQLite database"},
		{notes, "不是SQLite数据库，不是 perfdoc import 建立的仓库", "not a SQLite database"},
		{filepath.Join(dir, "missing.sqlite"), "文件不存在", "no such file or directory"},
		{dir, "是文件夹：search 读取 perfdoc import 建立的 SQLite 仓库文件", "is a folder: search reads a SQLite warehouse file"},
	} {
		code, _, errs := clitest.Run(t, program, clitest.Env(""), "search", c.path, "满意度")
		assert.Equal(t, cli.ExitFail, code, c.path)
		assert.Contains(t, errs, "perfdoc search: "+cli.Quote(c.path)+": "+c.zh, c.path)
		_, _, errs = runCmd(t, "", "search", c.path, "满意度")
		assert.Contains(t, errs, cli.Quote(c.path)+": "+c.en, c.path)
	}
	db, err = sql.Open("sqlite", other)
	require.NoError(t, err)
	defer db.Close()
	var tables int
	require.NoError(t, db.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&tables))
	assert.Equal(t, 1, tables, "other.sqlite keeps its one table")
	fi, err := os.Stat(empty)
	require.NoError(t, err)
	assert.Zero(t, fi.Size(), "the empty file stays empty")
}

// readOnly makes paths unwritable for this process: chmod for a user,
// chattr +i for root (whom modes do not stop); the test skips where
// neither can be done. The cleanup makes them writable again.
func readOnly(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		fi, err := os.Stat(p)
		require.NoError(t, err)
		if os.Geteuid() != 0 {
			require.NoError(t, os.Chmod(p, fi.Mode().Perm()&^0o222))
			t.Cleanup(func() { os.Chmod(p, fi.Mode().Perm()) })
			continue
		}
		if out, err := exec.Command("chattr", "+i", p).CombinedOutput(); err != nil {
			t.Skipf("cannot make %s read-only as root: chattr: %v %s", p, err, out)
		}
		t.Cleanup(func() { exec.Command("chattr", "-i", p).Run() })
	}
}

// TestSearchReadOnlyWarehouse: a warehouse this user may read but not
// write — another user's, on a read-only share, its folder unwritable —
// is searched as it is (before: 'attempt to write a readonly database',
// or the lock file could not be opened), and nothing is made beside it.
func TestSearchReadOnlyWarehouse(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "shared")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	db := filepath.Join(dir, "archive.sqlite")
	code, _, errs := runCmd(t, "", "import", "--to", db, "../../testdata/budget-2026.txt")
	require.Equal(t, cli.ExitOK, code, errs)
	before, err := os.ReadDir(dir)
	require.NoError(t, err)
	readOnly(t, db, dir)
	code, out, errs := runCmd(t, "", "search", "--format", "json", db, "满意度")
	assert.Equal(t, cli.ExitOK, code, errs)
	assert.Contains(t, out, `"indicator_name":"服务对象满意度"`)
	after, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Equal(t, len(before), len(after), "no file made beside the warehouse")
}
