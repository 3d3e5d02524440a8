package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/perfdoc/perfdoc/ingest"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
)

// env carries the process's streams and surroundings to a subcommand, so
// that tests can pass buffers, an environment and a fake terminal.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// getenv reads an environment variable (os.Getenv).
	getenv func(string) string
	// terminal reports whether a stream is a terminal (isTerminal).
	terminal func(any) bool
	// maxSize is --max-size of a command that reads files; nil: the
	// default.
	maxSize *int64
}

func newEnv(stdin io.Reader, stdout, stderr io.Writer) *env {
	return &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv, terminal: isTerminal}
}

// color reports whether a report written to w may use colour: w is a
// terminal and NO_COLOR is unset or empty (https://no-color.org).
func (e *env) color(w any) bool {
	return e.getenv("NO_COLOR") == "" && e.terminal(w)
}

// isTerminal reports whether w is a character device (a terminal). A
// checkedWriter is judged by the stream it wraps.
func isTerminal(w any) bool {
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

// flagSet is a flag.FlagSet that knows its command: it prints help with
// examples on stdout when asked (--help, perfdoc help CMD) and on stderr
// after a usage error, and reports bad flags in one line.
type flagSet struct {
	*flag.FlagSet
	e                        *env
	name, synopsis, examples string
}

// newFlags makes the flag set of a subcommand. synopsis is the usage line
// without "perfdoc "; examples are indented lines of commands.
func newFlags(e *env, name, synopsis, examples string) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), e: e, name: name, synopsis: synopsis, examples: examples}
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fs.help(e.stderr) }
	return fs
}

// help writes the usage line, the options and the examples to w.
func (fs *flagSet) help(w io.Writer) {
	fmt.Fprintf(w, "Usage: perfdoc %s\n\nOptions:\n", fs.synopsis)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(fs.e.stderr)
	if fs.examples != "" {
		fmt.Fprintf(w, "\nExamples:\n%s", fs.examples)
	}
}

// parseFlags parses args and returns -1 to go on, or an exit code: 0 after
// printing help on stdout, 2 after a usage error (one line naming the flag,
// then the usage on stderr).
func parseFlags(fs *flagSet, args []string) int {
	fs.SetOutput(io.Discard) // the flag package's own messages; ours follow
	usage := fs.Usage
	fs.Usage = func() {}
	err := fs.Parse(interleave(fs.FlagSet, args))
	fs.Usage = usage
	fs.SetOutput(fs.e.stderr)
	switch {
	case err == nil:
		return -1
	case errors.Is(err, flag.ErrHelp):
		fs.help(fs.e.stdout)
		return exitOK
	}
	fmt.Fprintf(fs.e.stderr, "perfdoc %s: %s\n", fs.name, sanitize(err.Error()))
	fmt.Fprintf(fs.e.stderr, "Usage: perfdoc %s\nRun \"perfdoc help %s\" for options and examples.\n", fs.synopsis, fs.name)
	return exitUsage
}

// usageError reports a usage problem found after parsing (a missing
// argument, a bad combination) and returns exitUsage.
func (fs *flagSet) usageError(format string, args ...any) int {
	fmt.Fprintf(fs.e.stderr, "perfdoc %s: %s\n", fs.name, sanitize(fmt.Sprintf(format, args...)))
	fmt.Fprintf(fs.e.stderr, "Usage: perfdoc %s\nRun \"perfdoc help %s\" for options and examples.\n", fs.synopsis, fs.name)
	return exitUsage
}

// interleave moves flags that follow positional arguments to the front, so
// that "perfdoc diff a.docx b.docx --format json" works as users expect.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' && (a[1] < '0' || a[1] > '9') { // "-5%" is a value, not a flag
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if strings.Contains(name, "=") {
				continue
			}
			if f := fs.Lookup(name); f != nil {
				if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
					continue
				}
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
			}
			continue
		}
		pos = append(pos, a)
	}
	if len(pos) == 0 {
		return flags
	}
	return append(append(flags, "--"), pos...)
}

// inputFlags adds the flags of a command that reads input files.
func inputFlags(fs *flagSet, e *env) {
	e.maxSize = fs.Int64("max-size", ingest.DefaultMaxSize, "largest input read, in `bytes` (0: no limit)")
}

// readInput reads a file, or stdin for "-", refusing named pipes, devices
// and inputs over --max-size (see ingest.ReadFile).
func readInput(e *env, path string) ([]byte, error) {
	max := ingest.DefaultMaxSize
	if e.maxSize != nil {
		max = *e.maxSize
	}
	if path == "-" {
		return ingest.ReadAll(e.stdin, max)
	}
	return ingest.ReadFile(path, max)
}

// loadDocument reads and parses one file. Its errors name the file
// (quoted) and say what is wrong.
func loadDocument(e *env, path string, opts parser.Options) (*model.Document, error) {
	data, err := readInput(e, path)
	if err != nil {
		var ie *ingest.InputError
		if errors.As(err, &ie) {
			err = ie.Err
		}
		return nil, &parser.ParseError{Path: path, Err: err}
	}
	opts.Path = path
	if path == "-" {
		opts.Path = "<stdin>"
	}
	return parser.Parse(data, opts)
}

// errorLine renders an error as one line for stderr: "perfdoc: "PATH":
// what is wrong", with the file name quoted and control characters escaped.
func errorLine(err error) string {
	var pe *parser.ParseError
	if errors.As(err, &pe) && pe.Path != "" {
		return "perfdoc: " + quote(pe.Path) + ": " + sanitize(pe.Err.Error())
	}
	return "perfdoc: " + sanitize(strings.TrimPrefix(err.Error(), "parser: "))
}
