// Package clitest runs the programs of internal/cli in tests: in process,
// over buffers, with no terminal and an empty environment.
package clitest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/cli"
)

// Env is an Env over buffers: stdin holds the given text, stdout and
// stderr are *bytes.Buffer; no terminal, no environment variables.
func Env(stdin string) *cli.Env {
	e := cli.NewEnv(strings.NewReader(stdin), &bytes.Buffer{}, &bytes.Buffer{})
	e.Getenv = func(string) string { return "" }
	e.Terminal = func(any) bool { return false }
	return e
}

// Run runs p with args over e, whose stdout and stderr must be the
// buffers of Env, and returns the exit status, stdout and stderr.
func Run(t testing.TB, p *cli.Program, e *cli.Env, args ...string) (int, string, string) {
	t.Helper()
	out, errb := e.Stdout.(*bytes.Buffer), e.Stderr.(*bytes.Buffer)
	code := p.Run(e, args)
	return code, out.String(), errb.String()
}

// HelpOnStdout checks that each named command of p prints its help with
// examples on stdout and exits 0, asked in each of the three ways.
func HelpOnStdout(t *testing.T, p *cli.Program, names ...string) {
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			for _, args := range [][]string{{name, "--help"}, {name, "-h"}, {"help", name}} {
				code, out, errs := Run(t, p, Env(""), args...)
				assert.Equal(t, cli.ExitOK, code, "%v", args)
				assert.Empty(t, errs, "%v: help belongs on stdout", args)
				assert.Contains(t, out, "Usage: perfdoc "+name, "%v", args)
				assert.Contains(t, out, "Examples:\n  perfdoc "+name, "%v", args)
			}
		})
	}
}

// SeedFolder copies the seed filings of 2025 and 2026, each as text, DOCX
// and HTML, from the module's testdata into a new folder, for a test that
// runs in cmd/NAME.
func SeedFolder(t *testing.T) string {
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
