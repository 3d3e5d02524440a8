package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/cli/clitest"
)

// runCmd runs perfdoc-warehouse in-process, with no terminal and an empty
// environment, and returns exit code, stdout, stderr. An import or a search
// that does not choose a language is run with --lang en: the tests assert
// its English lines; TestChineseByDefault the Chinese ones.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	return clitest.Run(t, program, clitest.Env(stdin), inEnglish(args)...)
}

// inEnglish puts --lang en after an import or search command that has no
// --lang.
func inEnglish(args []string) []string {
	if len(args) == 0 || args[0] != "import" && args[0] != "search" {
		return args
	}
	for _, a := range args {
		if a == "--lang" || strings.HasPrefix(a, "--lang=") || a == "-lang" {
			return args
		}
	}
	return append([]string{args[0], "--lang", "en"}, args[1:]...)
}

func TestHelpOnStdoutWithExamples(t *testing.T) {
	clitest.HelpOnStdout(t, program, "import", "search")
	code, out, _ := runCmd(t, "", "help")
	assert.Equal(t, cli.ExitOK, code)
	assert.Contains(t, out, "perfdoc-warehouse import --to WAREHOUSE")
	code, _, errs := runCmd(t, "", "parse", "x.docx")
	assert.Equal(t, cli.ExitUsage, code)
	assert.Contains(t, errs, `perfdoc-warehouse: unknown command "parse"`)
}

func TestFlagValidation(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"import", "--workers", "-3", "--to", "x.sqlite", "in"}, `invalid value "-3" for --workers: want a whole number ≥ 1`},
		{[]string{"import", "--workers", "0", "--to", "x.sqlite", "in"}, "-workers"},
		{[]string{"import", "--shard", "3/2", "--to", "x.sqlite", "in"}, "--shard"},
		{[]string{"import", "--format", "xml", "--to", "x", "in"}, "--format"},
		{[]string{"import", "in"}, "want --to WAREHOUSE"},
		{[]string{"search", "--limit", "0", "w.sqlite", "培训"}, "-limit"},
		{[]string{"search", "w.sqlite"}, "want a WAREHOUSE"},
	}
	for _, tt := range tests {
		code, out, errs := runCmd(t, "", tt.args...)
		assert.Equal(t, cli.ExitUsage, code, "%v: %s", tt.args, errs)
		assert.Empty(t, out)
		assert.Contains(t, errs, tt.want, "%v", tt.args)
		assert.Contains(t, errs, "Run \"perfdoc help "+tt.args[0]+"\"", "%v", tt.args)
	}
}

// TestChineseByDefault: the import's and the search's own lines are
// Chinese unless --lang en.
func TestChineseByDefault(t *testing.T) {
	dir := clitest.SeedFolder(t)
	db := filepath.Join(t.TempDir(), "w.sqlite")
	code, _, errs := clitest.Run(t, program, clitest.Env(""), "import", "--to", db, dir)
	require.Equal(t, cli.ExitOK, code, errs)
	assert.Contains(t, errs, "perfdoc import: 6 个文件，用时")
	assert.Contains(t, errs, "导入 2 个（61 个项目")
	assert.NotContains(t, errs, "imported")
	code, _, errs = clitest.Run(t, program, clitest.Env(""), "search", "--limit", "1", db, "满意度")
	require.Equal(t, cli.ExitOK, code, errs)
	assert.Regexp(t, `perfdoc search: 共 \d+ 条匹配，列出 1 条（--limit 1）`, errs)
	code, _, errs = clitest.Run(t, program, clitest.Env(""), "search", db, "区块链")
	assert.Equal(t, cli.ExitFail, code)
	assert.Equal(t, "perfdoc search: 没有匹配\n", errs)

	// a file that failed: why, in Chinese (the reader's details after it)
	broken := filepath.Join(t.TempDir(), "broken.docx")
	require.NoError(t, os.WriteFile(broken, []byte("PK\x03\x04garbage"), 0o644))
	missing := filepath.Join(t.TempDir(), "missing")
	code, _, errs = clitest.Run(t, program, clitest.Env(""), "import", "--to", db, broken, missing)
	assert.Equal(t, cli.ExitFail, code)
	assert.Contains(t, errs, "perfdoc import: "+cli.Quote(broken)+": 无法读取的DOCX文件（unreadable DOCX: ")
	assert.Contains(t, errs, "perfdoc import: "+cli.Quote(missing)+": 文件不存在\n")

	// a file that is no filing: skipped, and why, in Chinese too
	in := t.TempDir()
	notes, empty := filepath.Join(in, "notes.txt"), filepath.Join(in, "empty.txt")
	require.NoError(t, os.WriteFile(notes, []byte("会议纪要：下周一前报送绩效目标。\n"), 0o644))
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	code, _, errs = clitest.Run(t, program, clitest.Env(""), "import", "--to", db, in)
	assert.Equal(t, cli.ExitOK, code, errs)
	assert.Contains(t, errs, "perfdoc import: "+cli.Quote(notes)+"：不是绩效目标表文件，已跳过（未找到绩效目标表）\n")
	assert.Contains(t, errs, "perfdoc import: "+cli.Quote(empty)+"：不是绩效目标表文件，已跳过（文件为空）\n")
	assert.NotContains(t, errs, "no performance-target table found")
}
