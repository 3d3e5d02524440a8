package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/normalize"
)

const valueExamples = `  perfdoc value '≥90%' '≤3.07万元/人' '2025年底'
  perfdoc value --context 成本指标 '≤8万'          # a bare 万 on a money indicator is 万元
  perfdoc value --year 2026 '12月底前'              # deadlines without a year fall in --year
  cut -f5 values.tsv | perfdoc value --year 2025    # one value per stdin line
  perfdoc value --lang en '≥88%88%'                 # warnings in English
`

func cmdValue(e *cli.Env, args []string) int {
	fs := cli.NewFlags(e, "value", "value [--year N] [--context LEVEL2] [--name NAME] [--lang zh|en] [VALUE...]", valueExamples)
	year := fs.Year("year", "the budget `year` for deadlines that name none")
	level2 := fs.String("context", "", "the indicator's level 2 (二级指标), e.g. 成本指标")
	name := fs.String("name", "", "the indicator's name (三级指标), e.g. 补助标准")
	lang := fs.Choice("lang", "language of the warnings (their codes are the same in both)", "zh", "en")
	if c := cli.ParseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() == 0 && e.Terminal(e.Stdin) {
		return fs.UsageError("no value given, and stdin is a terminal (pipe values in, one per line)")
	}
	ctx := normalize.Context{Year: *year, Level2: *level2, Name: *name}
	bw := bufio.NewWriter(e.Stdout)
	defer bw.Flush()
	emit := func(raw string) int {
		v := normalize.Value(raw, ctx)
		if *lang == "en" {
			diag.LocalizeValue(&v, diag.English)
		}
		if err := writeJSON(bw, v, false); err != nil {
			fmt.Fprintf(e.Stderr, "perfdoc value: %v\n", err)
			return cli.ExitFail
		}
		return cli.ExitOK
	}
	if fs.NArg() > 0 {
		for _, a := range fs.Args() {
			if c := emit(a); c != cli.ExitOK {
				return c
			}
		}
		return cli.ExitOK
	}
	sc := bufio.NewScanner(e.Stdin)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		if c := emit(strings.TrimSuffix(sc.Text(), "\r")); c != cli.ExitOK {
			return c
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(e.Stderr, "perfdoc value: reading stdin: %v\n", err)
		return cli.ExitFail
	}
	return cli.ExitOK
}
