package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"github.com/perfdoc/perfdoc/internal/cli"
)

// helper is a program that runs some of perfdoc's commands in perfdoc's
// place, as git runs git-*: perfdoc-warehouse runs import and search, so
// that the storage libraries they need (SQLite, PostgreSQL, Parquet) are
// linked into it and not into perfdoc, whose every start would pay their
// package inits (docs/internals-and-measurements.md, "Start-up").
type helper struct {
	// name is the program's file name.
	name string
	// find returns the program's path (findProgram).
	find func(name string) (string, error)
	// exec runs the program at path with argv in perfdoc's place, streams
	// and environment passed on, and returns its exit status, or an error
	// when it could not run it (execProgram).
	exec func(path string, argv []string) (int, error)
}

// warehouseHelper runs import and search.
var warehouseHelper = helper{name: "perfdoc-warehouse", find: findProgram, exec: execProgram}

// command is the perfdoc command that runs "h.name name args…". A
// program that cannot be found is a usage error (exit 2) whose one line
// says what to install.
func (h helper) command(name string) cli.Command {
	return func(e *cli.Env, args []string) int {
		path, err := h.find(h.name)
		if err != nil {
			fmt.Fprintf(e.Stderr, "perfdoc %s: %s is not installed (looked beside perfdoc and on PATH); copy it beside perfdoc, or install both from a clone of perfdoc with: go install ./cmd/...\n", name, h.name)
			return cli.ExitUsage
		}
		code, err := h.exec(path, append([]string{path, name}, args...))
		if err != nil {
			fmt.Fprintf(e.Stderr, "perfdoc %s: running %s: %s\n", name, cli.Quote(path), cli.Sanitize(err.Error()))
			return cli.ExitUsage
		}
		return code
	}
}

// findProgram finds the program name in the folder of the running
// executable (its symbolic links resolved, so that a link to perfdoc in
// ~/bin still finds the perfdoc-warehouse installed beside perfdoc
// itself), else on PATH.
func findProgram(name string) (string, error) {
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	if exe, err := os.Executable(); err == nil {
		if exe, err = filepath.EvalSymlinks(exe); err == nil {
			p := filepath.Join(filepath.Dir(exe), name)
			if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && (runtime.GOOS == "windows" || fi.Mode()&0o111 != 0) {
				return p, nil
			}
		}
	}
	return exec.LookPath(name)
}
