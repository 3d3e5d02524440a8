package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/cli/clitest"
)

// TestImportAndSearchRunTheWarehouse: import and search, their help and
// their usage errors all go to perfdoc-warehouse with the arguments as
// given, and its exit status is perfdoc's.
func TestImportAndSearchRunTheWarehouse(t *testing.T) {
	const path = "/opt/perfdoc/perfdoc-warehouse"
	var got []string
	p := newProgram(helper{name: "perfdoc-warehouse",
		find: func(name string) (string, error) { return "/opt/perfdoc/" + name, nil },
		exec: func(path string, argv []string) (int, error) { got = argv; return 7, nil }})
	for _, tt := range []struct{ args, argv []string }{
		{[]string{"import", "--to", "w.sqlite", "in/", "--workers", "2"}, []string{path, "import", "--to", "w.sqlite", "in/", "--workers", "2"}},
		{[]string{"search", "w.sqlite", "培训"}, []string{path, "search", "w.sqlite", "培训"}},
		{[]string{"import"}, []string{path, "import"}},
		{[]string{"help", "import"}, []string{path, "import", "--help"}},
		{[]string{"search", "-h"}, []string{path, "search", "-h"}},
	} {
		got = nil
		code, out, errs := clitest.Run(t, p, clitest.Env(""), tt.args...)
		assert.Equal(t, 7, code, "%v", tt.args)
		assert.Equal(t, tt.argv, got, "%v", tt.args)
		assert.Empty(t, out+errs, "%v: the warehouse writes, not perfdoc", tt.args)
	}
}

func TestWarehouseMissing(t *testing.T) {
	ran := false
	p := newProgram(helper{name: "perfdoc-warehouse",
		find: func(string) (string, error) { return "", errors.New("executable file not found in $PATH") },
		exec: func(string, []string) (int, error) { ran = true; return 0, nil }})
	for _, tt := range []struct {
		args []string
		cmd  string
	}{{[]string{"import", "--to", "w.sqlite", "in/"}, "import"}, {[]string{"help", "search"}, "search"}} {
		code, out, errs := clitest.Run(t, p, clitest.Env(""), tt.args...)
		assert.Equal(t, cli.ExitUsage, code, "%v", tt.args)
		assert.Empty(t, out)
		assert.Equal(t, 1, strings.Count(errs, "\n"), "one line: %q", errs)
		assert.True(t, strings.HasPrefix(errs, "perfdoc "+tt.cmd+": "), errs)
		assert.Contains(t, errs, "perfdoc-warehouse is not installed")
		assert.Contains(t, errs, "go install ./cmd/...")
	}
	assert.False(t, ran)

	p = newProgram(helper{name: "perfdoc-warehouse",
		find: func(name string) (string, error) { return "/opt/\x1b" + name, nil },
		exec: func(string, []string) (int, error) { return 0, errors.New("permission denied") }})
	code, _, errs := clitest.Run(t, p, clitest.Env(""), "search", "w.sqlite", "培训")
	assert.Equal(t, cli.ExitUsage, code)
	assert.Equal(t, "perfdoc search: running \"/opt/\\x1bperfdoc-warehouse\": permission denied\n", errs)
}
