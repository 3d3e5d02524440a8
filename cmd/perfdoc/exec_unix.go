//go:build unix

package main

import (
	"os"
	"syscall"

	"github.com/perfdoc/perfdoc/internal/cli"
)

// execProgram replaces perfdoc with the program at path (execve): the same
// process, with its id, streams, environment and signal dispositions, so
// that Ctrl-C or a kill reaches the import itself — which stops cleanly on
// SIGINT — and the exit status is the command's own. It returns only when
// the program could not be run.
func execProgram(path string, argv []string) (int, error) {
	return cli.ExitUsage, syscall.Exec(path, argv, os.Environ())
}
