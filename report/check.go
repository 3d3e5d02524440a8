package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/perfdoc/perfdoc/audit"
)

// CheckText writes findings grouped by project, most severe first, with a
// count line at the end; severities and the count line in lang (messages
// are the rules' own).
func CheckText(w io.Writer, r *audit.Report, st Style, lang Lang) error {
	var b strings.Builder
	counts := map[audit.Severity]int{}
	last := -1
	for _, f := range r.Findings {
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
		sev := Label(lang, string(f.Severity))
		if pad := 7 - displayWidth(sev); pad > 0 {
			sev += strings.Repeat(" ", pad)
		}
		switch f.Severity {
		case audit.Error:
			sev = st.paint("31", sev)
		case audit.Warning:
			sev = st.paint("33", sev)
		}
		ind := ""
		if f.Indicator != "" {
			ind = " " + OneLine(f.Indicator) + ":"
		}
		fmt.Fprintf(&b, "  %s %s%s %s (%s)\n", sev, f.Rule, ind, OneLine(f.Message), OneLine(f.Source.String()))
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, Label(lang, "check_counts"), OneLine(r.Path), counts[audit.Error], counts[audit.Warning], counts[audit.Info])
	b.WriteString("\n")
	_, err := io.WriteString(w, strings.TrimPrefix(b.String(), "\n"))
	return err
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
