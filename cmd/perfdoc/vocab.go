package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/perfdoc/perfdoc/ingest/input"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/run"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
	"github.com/perfdoc/perfdoc/vocab"
)

// vocabFlag adds --vocabulary to a command that parses filings.
func vocabFlag(fs *flag.FlagSet) *string {
	return fs.String("vocabulary", "", "a JSON `FILE` of words to add to the built-in vocabulary (a province's header labels, grid captions; see docs/vocabulary.md)")
}

// vocabOptions reads the --vocabulary file, if any, into opts: the
// built-in vocabulary with its words added. It returns the exit code of a
// file that cannot be read or is not a vocabulary, or -1; lang ("zh" or
// "en") is the language it says so in.
func vocabOptions(e *cli.Env, cmd, lang, path string, opts *parser.Options) int {
	if path == "" {
		return -1
	}
	l, _ := report.ParseLang(lang)
	data, err := input.ReadFile(path, 16<<20)
	var why string
	if err != nil {
		var ie *input.Error
		if errors.As(err, &ie) {
			err = ie.Err // the path is said once, below
		}
		why = run.Why(l, path, err)
	} else {
		var extra *vocab.Vocabulary
		if extra, err = vocab.Parse(data); err == nil {
			if err = unknownKeys(extra); err == nil {
				opts.Vocabulary = vocab.Default().Merge(extra)
				return -1
			}
		}
		why = say(l, "不是有效的词表文件（"+err.Error()+"）", err.Error())
	}
	fmt.Fprintf(e.Stderr, "perfdoc %s: --vocabulary %s: %s\n", cmd, cli.Quote(path), cli.Sanitize(why))
	return cli.ExitUsage
}

// unknownKeys is the error of a vocabulary whose keyed word lists have a
// key perfdoc reads nothing by (a typo: "codez" for "code"), naming each
// and the keys its list has; nil when there is none.
func unknownKeys(v *vocab.Vocabulary) error {
	bad := parser.UnknownVocabularyKeys(v)
	if len(bad) == 0 {
		return nil
	}
	list, _, _ := strings.Cut(bad[0], ".")
	known := parser.VocabularyKeys(list)
	return fmt.Errorf("vocabulary: unknown key %s (the keys of %s: %s; see docs/vocabulary.md)", strings.Join(bad, ", "), list, strings.Join(known, ", "))
}
