package cli

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// toy is a program of one command that echoes its arguments.
var toy = &Program{Name: "toy", Usage: "Usage: toy echo [--upper] WORD...\n", Commands: map[string]Command{
	"echo": func(e *Env, args []string) int {
		fs := NewFlags(e, "echo", "echo [--upper] WORD...", "  perfdoc echo a b\n")
		upper := fs.Bool("upper", false, "in capitals")
		n := fs.IntAtLeast("n", 1, 1, "times")
		if c := ParseFlags(fs, args); c >= 0 {
			return c
		}
		if fs.NArg() == 0 {
			return fs.UsageError("no word")
		}
		s := strings.Repeat(strings.Join(fs.Args(), " ")+"\n", *n)
		if *upper {
			s = strings.ToUpper(s)
		}
		e.Stdout.Write([]byte(s))
		return ExitOK
	},
}}

func run(p *Program, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	e := NewEnv(strings.NewReader(""), &out, &errb)
	code := p.Run(e, args)
	return code, out.String(), errb.String()
}

func TestDispatch(t *testing.T) {
	tests := []struct {
		args           []string
		code           int
		stdout, stderr string
	}{
		{[]string{"echo", "a", "--upper", "b"}, ExitOK, "A B\n", ""}, // flags after arguments
		{[]string{"echo", "--", "-x", "--upper"}, ExitOK, "-x --upper\n", ""},
		{[]string{"echo", "-5%", "--n", "2"}, ExitOK, "-5%\n-5%\n", ""}, // a negative number is no flag
		{[]string{"echo", "--n=2", "a"}, ExitOK, "a\na\n", ""},
		{[]string{"echo", "--n", "0", "a"}, ExitUsage, "", "perfdoc echo: invalid value \"0\" for --n: want a whole number ≥ 1\n"},
		{[]string{"echo"}, ExitUsage, "", "perfdoc echo: no word\n"},
		{[]string{"help", "echo"}, ExitOK, "Usage: perfdoc echo [--upper] WORD...", ""},
		{[]string{"echo", "-h"}, ExitOK, "Examples:\n  perfdoc echo a b\n", ""},
		{[]string{"--help"}, ExitOK, "Usage: toy echo", ""},
		{nil, ExitUsage, "", "Usage: toy echo"},
		{[]string{"help", "--help"}, ExitOK, "Usage: toy echo", ""},
		{[]string{"help", "-h"}, ExitOK, "Usage: toy echo", ""},
		{[]string{"help", "help"}, ExitOK, "Usage: toy echo", ""},
		{[]string{"help", "nosuch"}, ExitUsage, "", `toy help: unknown command "nosuch"`},
		{[]string{"nosuch\x1b"}, ExitUsage, "", `toy: unknown command "nosuch\x1b"`},
		{[]string{"--version"}, ExitOK, "toy ", ""},
	}
	for _, tt := range tests {
		code, out, errs := run(toy, tt.args...)
		assert.Equal(t, tt.code, code, "%q", tt.args)
		if tt.stdout == "" {
			assert.Empty(t, out, "%q", tt.args)
		} else {
			assert.Contains(t, out, tt.stdout, "%q", tt.args)
		}
		if tt.stderr == "" {
			assert.Empty(t, errs, "%q", tt.args)
		} else {
			assert.Contains(t, errs, tt.stderr, "%q", tt.args)
		}
		if tt.code == ExitUsage && len(tt.args) > 0 && tt.args[0] == "echo" {
			assert.Contains(t, errs, "Run \"perfdoc help echo\" for options and examples.")
		}
	}
}

// failWriter fails every write, like a full disk.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestWriteErrorReachesTheStatus(t *testing.T) {
	var errb bytes.Buffer
	code := toy.Run(NewEnv(strings.NewReader(""), failWriter{}, &errb), []string{"echo", "a"})
	assert.Equal(t, ExitFail, code)
	assert.Equal(t, "perfdoc: writing output: no space left on device\n", errb.String())
}

func TestVersionString(t *testing.T) {
	a, b := VersionString("perfdoc"), VersionString("perfdoc-warehouse")
	assert.Regexp(t, `^perfdoc \S`, a)
	assert.Equal(t, strings.TrimPrefix(a, "perfdoc"), strings.TrimPrefix(b, "perfdoc-warehouse"), "two programs of one build say the same")
}
