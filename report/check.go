package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/perfdoc/perfdoc/audit"
)

// CheckText writes findings grouped by project, most severe first, with a
// count line at the end.
func CheckText(w io.Writer, r *audit.Report, st Style) error {
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
			if f.Project != nil {
				fmt.Fprintf(&b, "\n%d. %s [%s]\n", f.Project.Index, OneLine(f.Project.Name), OneLine(f.Project.Code))
			} else {
				b.WriteString("\ndocument\n")
			}
			last = idx
		}
		sev := string(f.Severity)
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
		fmt.Fprintf(&b, "  %-7s %s%s %s (%s)\n", sev, f.Rule, ind, OneLine(f.Message), OneLine(f.Source.String()))
	}
	fmt.Fprintf(&b, "\n%s: %d errors, %d warnings, %d notes\n", OneLine(r.Path), counts[audit.Error], counts[audit.Warning], counts[audit.Info])
	_, err := io.WriteString(w, strings.TrimPrefix(b.String(), "\n"))
	return err
}
