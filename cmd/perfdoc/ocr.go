package main

import (
	"flag"
	"fmt"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/parser"
)

// ocrFlag adds --ocr to a command that parses filings.
func ocrFlag(fs *flag.FlagSet) *string {
	return fs.String("ocr", parser.OCRAuto, "read scanned pages by OCR: auto (pages without a text layer), always, or never")
}

// ocrOptions checks --ocr and sets it, and a progress bar on stderr when
// that is a terminal, in opts. It returns the exit code of a bad value, or
// -1.
func ocrOptions(e *cli.Env, cmd, mode string, opts *parser.Options) int {
	switch mode {
	case parser.OCRAuto, parser.OCRAlways, parser.OCRNever:
	default:
		fmt.Fprintf(e.Stderr, "perfdoc %s: --ocr %q: want auto, always or never\n", cmd, mode)
		return cli.ExitUsage
	}
	opts.OCR = mode
	if e.Terminal != nil && e.Terminal(e.Stderr) {
		// a one-line counter, rewritten in place and cleared at the end
		// (perfdoc keeps the progress-bar library to perfdoc-warehouse)
		opts.Progress = func(done, total int) {
			if done < total {
				fmt.Fprintf(e.Stderr, "\rOCR: page %d of %d", done, total)
			} else {
				fmt.Fprint(e.Stderr, "\r\033[K")
			}
		}
	}
	return -1
}
