// Package cli is the command-line plumbing that perfdoc's two programs
// share — perfdoc (cmd/perfdoc: parse, value, diff, check, schema) and
// perfdoc-warehouse (cmd/perfdoc-warehouse: import, search): the process's
// surroundings as a value tests can fake, subcommand dispatch with help on
// stdout, flags checked as they are parsed, a stdout whose write errors
// reach the exit status, atomic -o files, and file names made safe for a
// terminal.
//
// Files:
//
//	env.go         Env: streams, environment, terminal test, NO_COLOR
//	program.go     Program: dispatch, help, version, exit codes, Main
//	flags.go       FlagSet: help with examples, usage errors, flags after arguments
//	flagvalues.go  typed flags: Year, IntAtLeast, Fraction, Percent, Choice, DecimalAtLeast
//	output.go      checked stdout, OutputFile (-o), Quote, Sanitize
package cli

import (
	"io"
	"os"
)

// Env carries the process's streams and surroundings to a subcommand, so
// that tests can pass buffers, an environment and a fake terminal.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Getenv reads an environment variable (os.Getenv).
	Getenv func(string) string
	// Terminal reports whether a stream is a terminal (IsTerminal).
	Terminal func(any) bool
	// MaxSize is --max-size of a command that reads files; nil: the
	// default.
	MaxSize *int64
}

// NewEnv is the Env of a process: the given streams, os.Getenv and
// IsTerminal.
func NewEnv(stdin io.Reader, stdout, stderr io.Writer) *Env {
	return &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr, Getenv: os.Getenv, Terminal: IsTerminal}
}

// Color reports whether a report written to w may use colour: w is a
// terminal and NO_COLOR is unset or empty (https://no-color.org).
func (e *Env) Color(w any) bool {
	return e.Getenv("NO_COLOR") == "" && e.Terminal(w)
}

// IsTerminal reports whether w is a character device (a terminal). The
// checked stdout of Program.Run is judged by the stream it wraps.
func IsTerminal(w any) bool {
	if c, ok := w.(*checkedWriter); ok {
		w = c.w
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
