package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/cli/clitest"
)

// runCmd runs perfdoc-warehouse in-process, with no terminal and an empty
// environment, and returns exit code, stdout, stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	return clitest.Run(t, program, clitest.Env(stdin), args...)
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
