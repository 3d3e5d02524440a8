package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/perfdoc/perfdoc/ingest/input"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/vocab"
)

// vocabFlag adds --vocabulary to a command that parses filings.
func vocabFlag(fs *flag.FlagSet) *string {
	return fs.String("vocabulary", "", "a JSON `FILE` of words to add to the built-in vocabulary (a province's header labels, grid captions; see docs/vocabulary.md)")
}

// vocabOptions reads the --vocabulary file, if any, into opts: the
// built-in vocabulary with its words added. It returns the exit code of a
// file that cannot be read or is not a vocabulary, or -1.
func vocabOptions(e *cli.Env, cmd, path string, opts *parser.Options) int {
	if path == "" {
		return -1
	}
	data, err := input.ReadFile(path, 16<<20)
	var ie *input.Error
	if errors.As(err, &ie) {
		err = ie.Err // the path is said once, below
	}
	if err == nil {
		var extra *vocab.Vocabulary
		if extra, err = vocab.Parse(data); err == nil {
			opts.Vocabulary = vocab.Default().Merge(extra)
			return -1
		}
	}
	fmt.Fprintf(e.Stderr, "perfdoc %s: --vocabulary %s: %s\n", cmd, cli.Quote(path), cli.Sanitize(cli.UnwrapPath(err).Error()))
	return cli.ExitUsage
}
