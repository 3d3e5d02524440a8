//go:build !unix

package main

import (
	"errors"
	"os"
	"os/exec"
	"os/signal"

	"github.com/perfdoc/perfdoc/internal/cli"
)

// execProgram runs the program at path as a child with perfdoc's streams
// and environment, and returns its exit status. Where there is no exec
// (Windows), Ctrl-C reaches every process of the console: the child stops
// its import cleanly, and perfdoc ignores the interrupt to wait for it.
func execProgram(path string, argv []string) (int, error) {
	cmd := exec.Command(path, argv[1:]...)
	cmd.Args = argv
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	signal.Ignore(os.Interrupt)
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee) && ee.ExitCode() >= 0:
		return ee.ExitCode(), nil
	case errors.As(err, &ee):
		return cli.ExitFail, nil // ended by a signal
	case err != nil:
		return 0, err
	}
	return cli.ExitOK, nil
}
