package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

const checkExamples = `  perfdoc check testdata/budget-2026.docx
  perfdoc check --format json archive/*.docx > findings.json
  perfdoc check --satisfaction-floor 85 --disable PLAN-LABEL,SUBFAMILY-MISSING filing.txt
  perfdoc check --rules                                  # list the rules
`

func cmdCheck(e *env, args []string) int {
	fs := newFlags(e, "check", "check [--format text|json] FILE...", checkExamples)
	inputFlags(fs, e)
	format := fs.String("format", "text", "output: text (grouped by project, severity first) or json")
	floor := fs.String("satisfaction-floor", "80", "lowest acceptable satisfaction target, in `percent`")
	disable := fs.String("disable", "", "comma-separated rule `ids` not to run")
	tolerance := fs.String("tolerance", "0", "relative slack in budget arithmetic (BUDGET-SUM, PLAN-END), e.g. 0.001")
	list := fs.Bool("rules", false, "list the rules and exit")
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	bw := bufio.NewWriter(e.stdout)
	defer bw.Flush()
	if *list {
		for _, r := range audit.Rules {
			fmt.Fprintf(bw, "%-22s %-7s %s\n", r.ID, r.Severity, r.Rationale)
		}
		return exitOK
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "perfdoc check: no input file")
		fs.Usage()
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(e.stderr, "perfdoc check: --format %q: want text or json\n", *format)
		return exitUsage
	}
	cfg := audit.DefaultConfig()
	f, err := decimal.NewFromString(*floor)
	if err != nil {
		fmt.Fprintf(e.stderr, "perfdoc check: --satisfaction-floor %q is not a number\n", *floor)
		return exitUsage
	}
	cfg.SatisfactionFloor = f
	tol, err := decimal.NewFromString(*tolerance)
	if err != nil || tol.IsNegative() {
		fmt.Fprintf(e.stderr, "perfdoc check: --tolerance %q is not a number ≥ 0\n", *tolerance)
		return exitUsage
	}
	cfg.Tolerance = tol
	cfg.Disabled = map[string]bool{}
	known := map[string]bool{}
	for _, r := range audit.Rules {
		known[r.ID] = true
	}
	for _, id := range strings.Split(*disable, ",") {
		if id = strings.TrimSpace(id); id != "" {
			if !known[id] {
				fmt.Fprintf(e.stderr, "perfdoc check: --disable: no rule %q (see perfdoc check --rules)\n", id)
				return exitUsage
			}
			cfg.Disabled[id] = true
		}
	}
	code := exitOK
	var reports []*audit.Report
	for _, path := range fs.Args() {
		doc, err := loadDocument(e, path, parser.Options{})
		if err != nil {
			fmt.Fprintln(e.stderr, errorLine(err))
			code = exitFail
			continue
		}
		r := audit.Check(doc, cfg)
		if r.Errors() > 0 {
			code = exitFail
		}
		reports = append(reports, r)
	}
	if *format == "json" {
		var v any = reports
		if fs.NArg() == 1 {
			if len(reports) == 0 {
				return code
			}
			v = reports[0]
		}
		if err := writeJSON(bw, v, true); err != nil {
			fmt.Fprintf(e.stderr, "perfdoc check: %v\n", err)
			return exitFail
		}
		return code
	}
	for _, r := range reports {
		if err := report.CheckText(bw, r, report.Style{Color: e.color(e.stdout)}); err != nil {
			fmt.Fprintf(e.stderr, "perfdoc check: %v\n", err)
			return exitFail
		}
	}
	return code
}
