package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
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
	sc := bufio.NewScanner(stdinText(e.Stdin))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		if c := emit(lineText(strings.TrimSuffix(sc.Text(), "\r"))); c != cli.ExitOK {
			return c
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(e.Stderr, "perfdoc value: reading stdin: %v\n", err)
		return cli.ExitFail
	}
	return cli.ExitOK
}

// stdinText is stdin as UTF-8 lines: UTF-16 with a byte order mark (what
// Excel's "Unicode text" saves) is decoded, anything else passed on as it
// is (lineText decodes a GB18030 line).
func stdinText(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if bom, _ := br.Peek(2); bytes.Equal(bom, []byte{0xFF, 0xFE}) || bytes.Equal(bom, []byte{0xFE, 0xFF}) {
		return transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder())
	}
	return br
}

// lineText is a line of stdin as UTF-8, decoded as the text reader
// decodes a file (layout.DecodeText): a line that is not UTF-8 is read as
// GB18030/GBK, the encoding of a CSV or tab-separated file that Excel
// saves on a Chinese Windows; a line that is neither stays as it is.
func lineText(line string) string {
	if out, _, err := layout.DecodeText([]byte(line)); err == nil {
		return out
	}
	return line
}
