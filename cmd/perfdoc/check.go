package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/run"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

const checkExamples = `  perfdoc check testdata/budget-2026.docx
  perfdoc check --format json archive/*.docx > findings.json
  perfdoc check --lang en --format json filing.docx               # messages in English
  perfdoc check --previous budget-2025.docx budget-2026.docx   # also: loosened targets, targets below last year's actual
  perfdoc check --previous self-evaluation-2025.html budget-2026.docx
  perfdoc check --min-severity warning --satisfaction-floor 92% filing.txt
  perfdoc check --disable PLAN-LABEL,SUBFAMILY-MISSING filing.txt
  perfdoc check --lang en --format xlsx -o findings.xlsx archive/*.docx
  perfdoc check --ocr always filing.pdf                        # OCR the page images even under a text layer
  perfdoc check --rules                                        # list the rules
`

// checkOptions are the parsed flags of perfdoc check.
type checkOptions struct {
	format   *string
	previous *string
	list     *bool
	force    *bool
	out      *string
	lang     report.Lang
	cfg      audit.Config
	parse    parser.Options // --ocr and its progress
}

func cmdCheck(e *cli.Env, args []string) int {
	fs := cli.NewFlags(e, "check", "check [--format text|json|xlsx] [--lang zh|en] [--previous FILE] [--min-severity LEVEL] [--ocr auto|always|never] [-o FILE] FILE...", checkExamples)
	o, code := checkFlags(fs, args)
	if code >= 0 {
		return code
	}
	bw := bufio.NewWriter(e.Stdout)
	defer bw.Flush()
	if *o.list {
		return listRules(e, fs, bw, o)
	}
	if fs.NArg() == 0 {
		return fs.UsageError("no input file")
	}
	if stdinTwice(append(fs.Args(), *o.previous)...) {
		return fs.UsageError(stdinOnce)
	}
	if *o.format == "xlsx" && *o.out == "" && e.Terminal(e.Stdout) {
		return fs.UsageError("--format xlsx writes a workbook: redirect stdout or give -o FILE")
	}
	if *o.previous != "" {
		prev, err := loadDocument(e, *o.previous, o.parse)
		if err != nil { // the line says which file it is: --previous
			fmt.Fprintln(e.Stderr, "perfdoc check: --previous "+strings.TrimPrefix(errorLineIn(o.lang, err), "perfdoc: "))
			return exitUnread
		}
		o.cfg.Previous = prev
	}
	reports, code := runChecks(e, fs.Args(), o.parse, o.cfg, *o.force, o.lang)
	if len(reports) == 0 && *o.out != "" && *o.out != "-" {
		return code // no file read: -o is not written (nor one there replaced)
	}
	if *o.out != "" && *o.out != "-" {
		f, err := cli.CreateOutput(*o.out)
		if err != nil {
			fmt.Fprintln(e.Stderr, writeErrorIn(o.lang, "check", err))
			return cli.ExitFail
		}
		defer f.Abort()
		if err := writeChecks(f, reports, *o.format, o.lang, fs.NArg() > 1, false); err != nil {
			fmt.Fprintln(e.Stderr, writeErrorIn(o.lang, "check", fmt.Errorf("%s: %w", cli.Quote(*o.out), err)))
			return cli.ExitFail
		}
		if err := f.Commit(); err != nil {
			fmt.Fprintln(e.Stderr, writeErrorIn(o.lang, "check", err))
			return cli.ExitFail
		}
		return code
	}
	if err := writeReports(e, bw, reports, *o.format, o.lang, fs.NArg() > 1); err != nil {
		fmt.Fprintln(e.Stderr, writeErrorIn(o.lang, "check", err))
		return cli.ExitFail
	}
	return code
}

// listRules writes the rule catalogue (--rules) in --format — text, JSON
// Lines or a workbook of the 规则 sheet — to -o or stdout.
func listRules(e *cli.Env, fs *cli.FlagSet, stdout io.Writer, o checkOptions) int {
	write := func(w io.Writer) error {
		switch *o.format {
		case "json":
			return report.CheckRulesJSON(w, audit.Catalogue(), o.lang)
		case "xlsx":
			return report.CheckRulesXLSX(w, o.lang)
		}
		return report.CheckRules(w, audit.Catalogue(), o.lang)
	}
	if *o.out == "" || *o.out == "-" {
		if *o.format == "xlsx" && e.Terminal(e.Stdout) {
			return fs.UsageError("--format xlsx writes a workbook: redirect stdout or give -o FILE")
		}
		if err := write(stdout); err != nil {
			fmt.Fprintln(e.Stderr, writeErrorIn(o.lang, "check", err))
			return cli.ExitFail
		}
		return cli.ExitOK
	}
	f, err := cli.CreateOutput(*o.out)
	if err == nil {
		defer f.Abort()
		if err = write(f); err == nil {
			err = f.Commit()
		}
	}
	if err != nil {
		fmt.Fprintln(e.Stderr, writeErrorIn(o.lang, "check", err))
		return cli.ExitFail
	}
	return cli.ExitOK
}

// checkFlags defines and parses the flags; code is -1 to go on.
func checkFlags(fs *cli.FlagSet, args []string) (o checkOptions, code int) {
	inputFlags(fs, fs.Env())
	o.format = fs.Choice("format", "output", "text", "json", "xlsx")
	o.previous = fs.String("previous", "", "last year's target filing or self-evaluation (自评表) `FILE`, for the cross-year rules")
	floor := fs.Percent("satisfaction-floor", 80, "lowest acceptable satisfaction target, in `percent` (80 or 80%; 0 turns the rule off)")
	tolerance := fs.DecimalAtLeast("tolerance", "0", "0", "relative slack in budget arithmetic (BUDGET-SUM, PLAN-END), e.g. 0.001")
	minSev := fs.Choice("min-severity", "report findings of this `level` and above", "info", "warning", "error")
	disable := fs.String("disable", "", "comma-separated rule `ids` not to run")
	o.list = fs.Bool("rules", false, "list the rules and exit")
	o.out = fs.String("o", "", "write to `FILE` instead of stdout (written whole, or not at all)")
	o.force = fs.Bool("force", false, "use --previous even when it is of another department, a later or the same year")
	lang := fs.Choice("lang", "language of the messages, labels and positions (text, json message, xlsx, --rules)", "zh", "en")
	ocrMode := ocrFlag(fs.FlagSet)
	words := vocabFlag(fs.FlagSet)
	if c := cli.ParseFlags(fs, args); c >= 0 {
		return o, c
	}
	*o.format = fs.OutputFormat(*o.format, *o.out, map[string]string{".txt": "text", ".json": "json", ".jsonl": "json", ".xlsx": "xlsx"})
	if c := ocrOptions(fs.Env(), "check", *ocrMode, &o.parse); c >= 0 {
		return o, c
	}
	if c := vocabOptions(fs.Env(), "check", *lang, *words, &o.parse); c >= 0 {
		return o, c
	}
	o.lang, _ = report.ParseLang(*lang)
	o.cfg = audit.DefaultConfig()
	o.cfg.Lang = audit.Chinese
	if o.lang == report.English {
		o.cfg.Lang = audit.English
	}
	o.cfg.SatisfactionFloor = *floor
	o.cfg.Tolerance = *tolerance
	o.cfg.MinSeverity, _ = audit.ParseSeverity(*minSev)
	o.cfg.Disabled = map[string]bool{}
	if floor.IsZero() {
		o.cfg.Disabled["SATISFACTION-LOW"] = true // no target is below 0 %
	}
	known := map[string]bool{}
	for _, r := range audit.Catalogue() {
		known[r.ID] = true
	}
	for _, id := range strings.Split(*disable, ",") {
		if id = strings.TrimSpace(id); id == "" {
			continue
		}
		if !known[id] {
			return o, fs.UsageError("--disable: no rule %s (see perfdoc check --rules)", cli.Quote(id))
		}
		o.cfg.Disabled[id] = true
	}
	return o, -1
}

// runChecks audits each file and returns the reports with the exit status:
// exitUnread when a file could not be read (or holds no target table),
// else exitMismatch when --previous does not fit a file (unless force),
// else cli.ExitFail when a finding has severity error, else cli.ExitOK.
func runChecks(e *cli.Env, paths []string, opts parser.Options, cfg audit.Config, force bool, lang report.Lang) ([]*audit.Report, int) {
	code := cli.ExitOK
	worse := func(c int) {
		rank := map[int]int{cli.ExitOK: 0, cli.ExitFail: 1, exitMismatch: 2, exitUnread: 3}
		if rank[c] > rank[code] {
			code = c
		}
	}
	var reports []*audit.Report
	for _, path := range paths {
		doc, err := loadDocument(e, path, opts)
		if err != nil {
			fmt.Fprintln(e.Stderr, errorLineIn(lang, err))
			worse(exitUnread)
			continue
		}
		r, problems := run.Check(doc, cfg, force)
		for _, p := range problems {
			fmt.Fprintf(e.Stderr, say(lang, "perfdoc check: %s: 未与 --previous %s 对比：%s（--force 仍然对比）\n",
				"perfdoc check: %s: not compared with --previous %s: %s (--force compares them anyway)\n"),
				cli.Quote(doc.Source.Path), cli.Quote(cfg.Previous.Source.Path), cli.Sanitize(problemText(lang, p)))
		}
		if len(problems) > 0 {
			worse(exitMismatch)
		}
		if r.Errors() > 0 {
			worse(cli.ExitFail)
		}
		reports = append(reports, r)
	}
	return reports, code
}

// writeReports writes the reports to stdout (writeChecks), in colour on a
// terminal.
func writeReports(e *cli.Env, w io.Writer, reports []*audit.Report, format string, lang report.Lang, several bool) error {
	return writeChecks(w, reports, format, lang, several, e.Color(e.Stdout))
}

// writeChecks writes check reports in format. JSON has one shape whatever
// the number of files: JSON Lines, one report object ({"path": …,
// "findings": […]}, the contract's object) per file and line, in the
// order of the arguments — so one file gives one object, and several
// stream (jq, pandas.read_json(lines=True)). Text of several files names
// the file first on each finding line (report.CheckLines); of one file it
// is grouped by project (report.CheckText). XLSX is one workbook.
func writeChecks(w io.Writer, reports []*audit.Report, format string, lang report.Lang, several, color bool) error {
	switch {
	case format == "json":
		for _, r := range reports {
			if err := run.WriteJSON(w, r, false); err != nil {
				return err
			}
		}
		return nil
	case format == "text" && several:
		for _, r := range reports {
			if err := report.CheckLines(w, r, report.Style{Color: color}, lang); err != nil {
				return err
			}
		}
		return nil
	}
	return run.WriteChecks(w, reports, format, lang, several, color)
}
