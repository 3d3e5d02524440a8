package main

import (
	"errors"

	"github.com/perfdoc/perfdoc/ingest/input"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
)

// inputFlags adds the flags of a command that reads input files.
func inputFlags(fs *cli.FlagSet, e *cli.Env) {
	e.MaxSize = fs.Int64("max-size", input.DefaultMaxSize, "largest input read, in `bytes` (0: no limit)")
}

// readInput reads a file, or stdin for "-", refusing named pipes, devices
// and inputs over --max-size (see input.ReadFile).
func readInput(e *cli.Env, path string) ([]byte, error) {
	max := input.DefaultMaxSize
	if e.MaxSize != nil {
		max = *e.MaxSize
	}
	if path == "-" {
		return input.ReadAll(e.Stdin, max)
	}
	return input.ReadFile(path, max)
}

// loadDocument reads and parses one file. Its errors name the file
// (quoted) and say what is wrong.
func loadDocument(e *cli.Env, path string, opts parser.Options) (*model.Document, error) {
	data, err := readInput(e, path)
	if err != nil {
		var ie *input.Error
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

// stdinTwice reports whether paths name stdin ("-") more than once: it
// can be read once, and a second "-" would read nothing.
func stdinTwice(paths ...string) bool {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
		}
	}
	return n > 1
}

// stdinOnce is the usage error of a stdinTwice command line.
const stdinOnce = "stdin (-) can be read once: give - for one input at most"
