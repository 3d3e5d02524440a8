//go:build unix

package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/cli/clitest"
)

// These tests build perfdoc and perfdoc-warehouse with go build into one
// folder, as go install does, and run perfdoc import and search through
// the dispatcher as a user would.

var built struct {
	once sync.Once
	dir  string
	err  error
}

// binaries returns the folder holding both programs, built once per test
// run (skipped with -short).
func binaries(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds both programs")
	}
	built.once.Do(func() {
		built.dir, built.err = os.MkdirTemp("", "perfdoc-bin")
		if built.err != nil {
			return
		}
		cmd := exec.Command("go", "build", "-o", built.dir+string(filepath.Separator), "./cmd/perfdoc", "./cmd/perfdoc-warehouse")
		cmd.Dir = filepath.Join("..", "..")
		if out, err := cmd.CombinedOutput(); err != nil {
			built.err = errors.Join(err, errors.New(string(out)))
		}
	})
	require.NoError(t, built.err)
	return built.dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// perfdocCmd is the command "prog args…" with PATH set to path only.
func perfdocCmd(prog, path string, args ...string) *exec.Cmd {
	cmd := exec.Command(prog, args...)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PATH=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "PATH="+path)
	return cmd
}

// runBinary runs prog with PATH set to path and returns its exit status,
// stdout and stderr.
func runBinary(t *testing.T, prog, path string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := perfdocCmd(prog, path, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		require.NoError(t, err)
	}
	return cmd.ProcessState.ExitCode(), out.String(), errb.String()
}

func TestDispatchImportAndSearch(t *testing.T) {
	perfdoc := filepath.Join(binaries(t), "perfdoc")
	noPath := t.TempDir() // found beside perfdoc, not on PATH
	seeds := clitest.SeedFolder(t)
	db := filepath.Join(t.TempDir(), "w.sqlite")
	code, out, errs := runBinary(t, perfdoc, noPath, "import", "--to", db, seeds)
	require.Equal(t, 0, code, errs)
	assert.Empty(t, out)
	assert.Contains(t, errs, "perfdoc import: 6 个文件")
	assert.Contains(t, errs, "导入 2 个（61 个项目")

	code, out, errs = runBinary(t, perfdoc, noPath, "search", "--format", "json", db, "满意度")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, `"hits"`)

	// the child's exit statuses come through: a usage error, no match
	code, _, errs = runBinary(t, perfdoc, noPath, "import", "--to", db)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "perfdoc import: want --to WAREHOUSE and at least one PATH")
	code, _, errs = runBinary(t, perfdoc, noPath, "search", db, "区块链")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "perfdoc search: 没有匹配")

	// help, printed by the child, on stdout
	for _, tt := range []struct {
		args []string
		cmd  string
	}{{[]string{"help", "import"}, "import"}, {[]string{"import", "--help"}, "import"}, {[]string{"search", "-h"}, "search"}} {
		code, out, errs := runBinary(t, perfdoc, noPath, tt.args...)
		assert.Equal(t, 0, code, "%v", tt.args)
		assert.Empty(t, errs, "%v", tt.args)
		assert.Contains(t, out, "Usage: perfdoc "+tt.cmd, "%v", tt.args)
		assert.Contains(t, out, "Examples:\n  perfdoc "+tt.cmd, "%v", tt.args)
	}

	// both programs of one build say the same version
	_, v1, _ := runBinary(t, perfdoc, noPath, "--version")
	_, v2, _ := runBinary(t, perfdoc+"-warehouse", noPath, "--version")
	assert.Regexp(t, `^perfdoc \S`, v1)
	assert.Equal(t, strings.TrimPrefix(v1, "perfdoc "), strings.TrimPrefix(v2, "perfdoc-warehouse "))
}

// TestDispatchFindsTheWarehouse: beside perfdoc's real file (through a
// symbolic link to perfdoc), else on PATH, else a one-line message and
// exit 2.
func TestDispatchFindsTheWarehouse(t *testing.T) {
	bin := binaries(t)
	noPath := t.TempDir()
	links := t.TempDir()
	require.NoError(t, os.Symlink(filepath.Join(bin, "perfdoc"), filepath.Join(links, "perfdoc")))
	code, out, errs := runBinary(t, filepath.Join(links, "perfdoc"), noPath, "help", "search")
	assert.Equal(t, 0, code, errs)
	assert.Contains(t, out, "Usage: perfdoc search")

	alone := t.TempDir()
	data, err := os.ReadFile(filepath.Join(bin, "perfdoc"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(alone, "perfdoc"), data, 0o755))
	code, out, errs = runBinary(t, filepath.Join(alone, "perfdoc"), bin, "import", "--help")
	assert.Equal(t, 0, code, errs)
	assert.Contains(t, out, "Usage: perfdoc import")

	code, out, errs = runBinary(t, filepath.Join(alone, "perfdoc"), noPath, "import", "--to", "w.sqlite", "in/")
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Equal(t, "perfdoc import: perfdoc-warehouse is not installed (looked beside perfdoc and on PATH); copy it beside perfdoc, or install both from a clone of perfdoc with: go install ./cmd/...\n", errs)
	// the commands of perfdoc itself need no warehouse
	code, _, errs = runBinary(t, filepath.Join(alone, "perfdoc"), noPath, "parse", "../../testdata/budget-2026.docx")
	assert.Equal(t, 0, code, errs)
}

// TestDispatchPassesSIGINT: Ctrl-C sent to perfdoc during an import stops
// the import cleanly — it is told, exits 1 with its message rather than
// dying of the signal — and the same import run again completes. The
// import is held at a known point: another holder has the lake's lock, so
// it waits for its turn and says so.
func TestDispatchPassesSIGINT(t *testing.T) {
	perfdoc := filepath.Join(binaries(t), "perfdoc")
	noPath := t.TempDir()
	seeds := clitest.SeedFolder(t)
	lake := filepath.Join(t.TempDir(), "lake")
	code, _, errs := runBinary(t, perfdoc, noPath, "import", "--format", "parquet", "--to", lake, filepath.Join(seeds, "budget-2025.txt"))
	require.Equal(t, 0, code, errs)

	lock, err := os.OpenFile(filepath.Join(lake, "_perfdoc", "lock"), os.O_RDWR, 0)
	require.NoError(t, err)
	defer lock.Close()
	require.NoError(t, syscall.Flock(int(lock.Fd()), syscall.LOCK_EX))

	cmd := perfdocCmd(perfdoc, noPath, "import", "--format", "parquet", "--to", lake, seeds)
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	var lines []string
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if strings.Contains(sc.Text(), "等待轮到本次导入") {
			require.NoError(t, cmd.Process.Signal(os.Interrupt))
		}
	}
	require.NoError(t, sc.Err())
	err = cmd.Wait()
	msgs := strings.Join(lines, "\n")
	require.Contains(t, msgs, "正由另一个导入写入")
	ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
	assert.False(t, ws.Signaled(), "the import handled the signal: %v\n%s", err, msgs)
	assert.Equal(t, 1, cmd.ProcessState.ExitCode(), msgs)
	assert.Contains(t, msgs, "perfdoc import: 已中断；上面计数的文件已导入，再次运行同一命令即可完成")

	require.NoError(t, syscall.Flock(int(lock.Fd()), syscall.LOCK_UN))
	code, _, errs = runBinary(t, perfdoc, noPath, "import", "--format", "parquet", "--to", lake, seeds)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, errs, "perfdoc import: 6 个文件")
	assert.Contains(t, errs, "导入 1 个")
}
