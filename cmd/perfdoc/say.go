package main

import (
	"errors"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/run"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

// perfdoc's own stderr lines speak the language of --lang, Chinese by
// default, in the commands that have it (check, diff): a file that could
// not be read, a pair not compared, the folder summary. Parser warnings
// are not these lines; file names and flags stay as typed.

// say picks the Chinese or the English of a message.
func say(lang report.Lang, zh, en string) string {
	if lang == report.English {
		return en
	}
	return zh
}

// problemText is a diff.Problem's message in lang.
func problemText(lang report.Lang, p diff.Problem) string {
	if lang == report.English {
		return p.Message
	}
	return p.Chinese()
}

// errorLineIn is errorLine in lang (see run.Why): in Chinese a known
// reason is said in Chinese, with the reader's details (English, from the
// parser) after it in parentheses.
func errorLineIn(lang report.Lang, err error) string {
	var pe *parser.ParseError
	if errors.As(err, &pe) && pe.Path != "" {
		return "perfdoc: " + cli.Quote(pe.Path) + ": " + cli.Sanitize(run.Why(lang, pe.Path, err))
	}
	return "perfdoc: " + cli.Sanitize(run.Why(lang, "", err))
}
