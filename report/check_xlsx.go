package report

import (
	"io"

	"github.com/perfdoc/perfdoc/audit"
)

// CheckXLSX writes the findings of one or more filings as a workbook: 概要
// (per file, its counts by severity) and 问题 (one row per finding: file,
// severity, rule, project code and name, indicator, message, position).
func CheckXLSX(w io.Writer, reports []*audit.Report, lang Lang) error {
	wb, err := newWorkbook()
	if err != nil {
		return err
	}
	l := func(k string) string { return Label(lang, k) }
	var sum, rows [][]any
	for _, r := range reports {
		n := map[audit.Severity]int{}
		for _, f := range r.Findings {
			n[f.Severity]++
			var code, name any
			if f.Project != nil {
				code, name = f.Project.Code, f.Project.Name
			}
			rows = append(rows, []any{r.Path, l(string(f.Severity)), f.Rule, code, name, f.Indicator, f.Message, f.Source.String()})
		}
		sum = append(sum, []any{r.Path, n[audit.Error], n[audit.Warning], n[audit.Info]})
	}
	if err := wb.table(l("summary"), []column{{l("file"), 50}, {l("error"), 10}, {l("warning"), 10}, {l("info"), 10}}, sum); err != nil {
		return err
	}
	cols := []column{{l("file"), 30}, {l("severity"), 8}, {l("rule"), 22}, {l("code"), 24}, {l("name"), 36},
		{l("indicator_name"), 24}, {l("message"), 60}, {l("source"), 20}}
	if err := wb.table(l("findings"), cols, rows); err != nil {
		return err
	}
	return wb.write(w)
}
