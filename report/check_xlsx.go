package report

import (
	"io"

	"github.com/perfdoc/perfdoc/audit"
)

// CheckXLSX writes the findings of one or more filings as a workbook, in
// lang: 概要 (per file, its counts by severity), 问题 (one row per finding:
// file, severity, rule, project code and name, indicator, message,
// position) and 规则 (the rules of the findings and of the catalogue: id,
// severity, rationale).
func CheckXLSX(w io.Writer, reports []*audit.Report, lang Lang) error {
	wb, err := newWorkbook()
	if err != nil {
		return err
	}
	l := func(k string) string { return Label(lang, k) }
	var sum, rows [][]any
	for _, r := range reports {
		n := map[audit.Severity]int{}
		for i := range r.Findings {
			f := &r.Findings[i]
			n[f.Severity]++
			var code, name any
			if f.Project != nil {
				code, name = f.Project.Code, f.Project.Name
			}
			rows = append(rows, []any{r.Path, l(string(f.Severity)), f.Rule, code, name, f.Indicator, f.MessageIn(lang.audit()), Position(lang, f.Source)})
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
	if err := wb.table(l("rules"), []column{{l("rule"), 24}, {l("severity"), 8}, {l("why"), 90}}, ruleRows(reports, lang)); err != nil {
		return err
	}
	return wb.write(w)
}

// ruleRows lists the catalogue's rules, then those of the findings that
// are not in it (rules of outside code, known by their id only).
func ruleRows(reports []*audit.Report, lang Lang) [][]any {
	var rows [][]any
	known := map[string]bool{}
	for _, r := range audit.Catalogue() {
		known[r.ID] = true
		rows = append(rows, []any{r.ID, Label(lang, string(r.Severity)), r.RationaleIn(lang.audit())})
	}
	for _, r := range reports {
		for _, f := range r.Findings {
			if !known[f.Rule] {
				known[f.Rule] = true
				rows = append(rows, []any{f.Rule, Label(lang, string(f.Severity)), nil})
			}
		}
	}
	return rows
}
