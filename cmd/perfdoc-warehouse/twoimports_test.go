package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/warehouse"
)

// argsEnv, when set, makes the test binary run perfdoc-warehouse itself
// with these arguments (separated by "\x1f") and exit with its status: a
// test starts real import processes without building the program.
const argsEnv = "PERFDOC_WAREHOUSE_TEST_ARGS"

// gateEnv, when set with argsEnv, makes the process wait for one byte on
// its stdin before it runs.
const gateEnv = "PERFDOC_WAREHOUSE_TEST_GATE"

func TestMain(m *testing.M) {
	if args := os.Getenv(argsEnv); args != "" {
		// a gate: the process waits for one byte on stdin, so that two
		// started together reach the warehouse at the same moment
		if os.Getenv(gateEnv) != "" {
			os.Stdin.Read(make([]byte, 1))
		}
		os.Exit(program.Run(cli.NewEnv(os.Stdin, os.Stdout, os.Stderr), strings.Split(args, "\x1f")))
	}
	os.Exit(m.Run())
}

// importProcess is "perfdoc-warehouse ARGS…" as a process of its own.
func importProcess(args ...string) (*exec.Cmd, *bytes.Buffer) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), argsEnv+"="+strings.Join(args, "\x1f"))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	return cmd, &out
}

// realFolder copies the first n real filings of testdata/real (their
// filing.html) into a new folder.
func realFolder(t *testing.T, n int) string {
	dirs, err := filepath.Glob("../../testdata/real/*/filing.html")
	require.NoError(t, err)
	sort.Strings(dirs)
	require.GreaterOrEqual(t, len(dirs), n)
	dir := filepath.Join(t.TempDir(), "real")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for _, f := range dirs[:n] {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(filepath.Dir(f))+".html"), b, 0o644))
	}
	return dir
}

// rows returns the rows per table of a SQLite warehouse, failing the test
// on any problem Verify finds.
func rows(t *testing.T, path string) map[string]int {
	s, err := warehouse.OpenSQLite(path, warehouse.SQLiteOptions{})
	require.NoError(t, err)
	defer s.Close()
	r, err := warehouse.VerifySQL(context.Background(), s.DB())
	require.NoError(t, err)
	assert.Empty(t, r.Problems, path)
	return r.Rows
}

var importedRe = regexp.MustCompile(`导入 (\d+) 个（`) // the summary in Chinese, the default

// Two perfdoc imports of real filings started together on a SQLite file
// that does not exist yet, ten times: both processes exit 0 every time,
// each document is imported by exactly one of them, and the warehouse
// holds exactly the rows one import alone gives.
func TestTwoImportsFreshSQLiteRealFilings(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 22 import processes")
	}
	const n = 8
	in := realFolder(t, n)
	base := filepath.Join(t.TempDir(), "alone.sqlite")
	cmd, out := importProcess("import", "--no-search", "--workers", "1", "--to", base, in)
	require.NoError(t, cmd.Run(), "%s", out)
	want := rows(t, base)
	require.Equal(t, n, want[warehouse.TDocuments])
	require.Positive(t, want[warehouse.TIndicators])

	ok := 0
	for try := 0; try < 10; try++ {
		path := filepath.Join(t.TempDir(), "w.sqlite")
		var cmds [2]*exec.Cmd
		var outs [2]*bytes.Buffer
		var gates [2]io.WriteCloser
		for k := range cmds {
			cmds[k], outs[k] = importProcess("import", "--workers", "1", "--to", path, in)
			cmds[k].Env = append(cmds[k].Env, gateEnv+"=1")
			var err error
			gates[k], err = cmds[k].StdinPipe()
			require.NoError(t, err)
			require.NoError(t, cmds[k].Start())
		}
		for _, g := range gates { // both are started: open the gates together
			g.Write([]byte{1})
			g.Close()
		}
		imported := 0
		exit0 := true
		for k, cmd := range cmds {
			if !assert.NoError(t, cmd.Wait(), "try %d, import %d: %s", try, k, outs[k]) {
				exit0 = false
			}
			m := importedRe.FindStringSubmatch(outs[k].String())
			if assert.NotNil(t, m, "try %d, import %d: no summary in %s", try, k, outs[k]) {
				c, _ := strconv.Atoi(m[1])
				imported += c
			}
		}
		got := rows(t, path)
		same := assert.Equal(t, n, imported, "try %d: each document imported by one of the two", try) &&
			assert.Equal(t, want, got, "try %d: the rows of one import alone", try)
		if exit0 && same {
			ok++
		}
	}
	t.Log(fmt.Sprintf("%d/10 tries: both imports exit 0, %d documents, %d projects, %d indicators, every table's count as one import alone",
		ok, want[warehouse.TDocuments], want[warehouse.TProjects], want[warehouse.TIndicators]))
}
