package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/perfdoc/perfdoc/audit"
)

// audit is the language of audit's messages.
func (l Lang) audit() audit.Lang {
	if l == English {
		return audit.English
	}
	return audit.Chinese
}

// CheckText writes findings grouped by project, most severe first, with a
// count line at the end (and, for a scan, a line saying it was read by
// OCR and how well), all in lang: severities, the messages
// (Finding.MessageIn) and the positions (Position). A finding of the
// seed, under its project's line, reads
//
//	错误    COST-OVER-BUDGET 工作经费补助标准：成本指标值9.19万元超过项目预算数6.16万元（第2张表第5行第5列）
func CheckText(w io.Writer, r *audit.Report, st Style, lang Lang) error {
	var b strings.Builder
	counts := map[audit.Severity]int{}
	last := -1
	for i := range r.Findings {
		f := &r.Findings[i]
		counts[f.Severity]++
		idx := 0
		if f.Project != nil {
			idx = f.Project.Index
		}
		if idx != last {
			switch {
			case f.Project == nil:
				b.WriteString("\n" + Label(lang, "document") + "\n")
			case f.Project.Code == "":
				fmt.Fprintf(&b, "\n%d. %s\n", f.Project.Index, OneLine(f.Project.Name))
			default:
				fmt.Fprintf(&b, "\n%d. %s [%s]\n", f.Project.Index, OneLine(f.Project.Name), OneLine(f.Project.Code))
			}
			last = idx
		}
		b.WriteString(findingLine(f, st, lang))
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, Label(lang, "check_counts"), OneLine(r.Path), counts[audit.Error], counts[audit.Warning], counts[audit.Info])
	b.WriteString("\n")
	if r.OCR != nil {
		b.WriteString(ocrLine(r.OCR, lang) + "\n")
	}
	_, err := io.WriteString(w, strings.TrimPrefix(b.String(), "\n"))
	return err
}

// CheckLines writes the findings of one of several files, one a line,
// each naming its file first as ripgrep and eslint do — "PATH:LINE: " for
// a text export's line (so editors jump there), "PATH:POSITION: "
// otherwise — then severity, rule, project number, indicator and
// message, and the file's count line at the end:
//
//	budget-2025.txt:99: 错误    COST-OVER-BUDGET 项目1 工作经费补助标准：成本指标值9.19万元超过项目预算数6.16万元
//	budget-2026.docx:第2张表第5行第5列: 错误    COST-OVER-BUDGET 项目1 …
//
// A scan read by OCR gets one more line, "PATH: 经 OCR 识别（tesseract）：…".
func CheckLines(w io.Writer, r *audit.Report, st Style, lang Lang) error {
	var b strings.Builder
	counts := map[audit.Severity]int{}
	colon := "："
	if lang == English {
		colon = ": "
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		counts[f.Severity]++
		pos := Position(lang, f.Source)
		if p := f.Source; p.Line > 0 && p.Page == 0 && p.Sheet == "" {
			pos = strconv.Itoa(p.Line)
		}
		b.WriteString(OneLine(r.Path) + ":" + OneLine(pos) + ": " + severityLabel(f.Severity, st, lang) + " " + f.Rule)
		if f.Project != nil {
			if lang == English {
				fmt.Fprintf(&b, " project %d", f.Project.Index)
			} else {
				fmt.Fprintf(&b, " 项目%d", f.Project.Index)
			}
		}
		b.WriteString(" ")
		if f.Indicator != "" {
			b.WriteString(OneLine(f.Indicator) + colon)
		}
		b.WriteString(OneLine(f.MessageIn(lang.audit())) + "\n")
	}
	fmt.Fprintf(&b, Label(lang, "check_counts"), OneLine(r.Path), counts[audit.Error], counts[audit.Warning], counts[audit.Info])
	b.WriteString("\n")
	if r.OCR != nil {
		b.WriteString(OneLine(r.Path) + ": " + ocrLine(r.OCR, lang) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// severityLabel is a severity padded to 7 columns, in colour when st
// allows.
func severityLabel(s audit.Severity, st Style, lang Lang) string {
	sev := padLabel(Label(lang, string(s)), 7)
	switch s {
	case audit.Error:
		sev = st.paint("31", sev)
	case audit.Warning:
		sev = st.paint("33", sev)
	}
	return sev
}

// findingLine is one finding of the text report: severity, rule,
// indicator, message and position, punctuated for lang.
func findingLine(f *audit.Finding, st Style, lang Lang) string {
	sev := severityLabel(f.Severity, st, lang)
	colon, before, after := ": ", " (", ")"
	if lang != English {
		colon, before, after = "：", "（", "）"
	}
	ind := " "
	if f.Indicator != "" {
		ind = " " + OneLine(f.Indicator) + colon
	}
	return "  " + sev + " " + f.Rule + ind + OneLine(f.MessageIn(lang.audit())) + before + OneLine(Position(lang, f.Source)) + after + "\n"
}

// padLabel pads s with spaces to n terminal columns.
func padLabel(s string, n int) string {
	if pad := n - displayWidth(s); pad > 0 {
		return s + strings.Repeat(" ", pad)
	}
	return s
}

// CheckRules lists rules, one a line, for perfdoc check --rules: id,
// severity and rationale in lang.
//
//	COST-OVER-BUDGET       错误    成本指标的金额（上限或确数）不能超过项目全部预算数
func CheckRules(w io.Writer, rules []audit.Rule, lang Lang) error {
	var b strings.Builder
	for i := range rules {
		r := &rules[i]
		fmt.Fprintf(&b, "%-22s %s %s\n", r.ID, padLabel(Label(lang, string(r.Severity)), 7), OneLine(r.RationaleIn(lang.audit())))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// CheckRulesJSON writes the rule catalogue as JSON Lines, one object a
// rule in the catalogue's order, with the keys a finding names a rule by:
// {"rule": "BUDGET-SUM", "severity": "error", "rationale": "…"}, the
// rationale in lang.
func CheckRulesJSON(w io.Writer, rules []audit.Rule, lang Lang) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for i := range rules {
		r := &rules[i]
		if err := enc.Encode(struct {
			Rule      string         `json:"rule"`
			Severity  audit.Severity `json:"severity"`
			Rationale string         `json:"rationale"`
		}{r.ID, r.Severity, r.RationaleIn(lang.audit())}); err != nil {
			return err
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// CheckRulesXLSX writes the rule catalogue as a workbook of one sheet,
// 规则 (rules): id, severity and rationale, in lang — the sheet CheckXLSX
// ends with.
func CheckRulesXLSX(w io.Writer, lang Lang) error {
	wb, err := newWorkbook()
	if err != nil {
		return err
	}
	l := func(k string) string { return Label(lang, k) }
	if err := wb.table(l("rules"), []column{{l("rule"), 24}, {l("severity"), 8}, {l("why"), 90}}, ruleRows(nil, lang)); err != nil {
		return err
	}
	return wb.write(w)
}

// displayWidth counts a terminal's columns: two for a CJK character.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x1100 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
