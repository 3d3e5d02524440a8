package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/model"
)

// DiffText writes a terminal report: the summary an auditor reads first
// (both filings with department, year and budget total; counts of projects
// and of targets tightened, loosened, changed, rolled forward, added and
// dropped), then the projects, those with loosened or dropped targets
// first, each under a one-line header with its budget change.
func DiffText(w io.Writer, r *diff.Result, o DiffOptions) error {
	v := newView(r)
	st := Style{Color: o.Color}
	var b strings.Builder
	o.textSummary(&b, v, st)
	last := group(-1)
	for _, pv := range v.projects {
		if pv.group != last {
			last = pv.group
			fmt.Fprintf(&b, "\n== %s ==\n", o.groupTitle(pv.group))
		}
		o.textProject(&b, pv, st)
	}
	if len(v.projects) == 0 {
		b.WriteString("\n" + o.label("no_changes") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (o DiffOptions) groupTitle(g group) string {
	switch g {
	case groupWatch:
		return o.label("watch")
	case groupRemoved:
		return o.label("projects_gone")
	case groupAdded:
		return o.label("projects_added")
	}
	return o.label("other_changes")
}

func (o DiffOptions) textSummary(b *strings.Builder, v *view, st Style) {
	fmt.Fprintf(b, "%s  %s → %s\n", o.label("title"), o.year(v.old.Year), o.year(v.new.Year))
	for _, s := range []struct {
		key  string
		side sideView
	}{{"old", v.old}, {"new", v.new}} {
		fmt.Fprintf(b, "  %s  %s  %s  %s %s  (%s)\n", o.label(s.key), deptLabel(s.side.Side), o.year(s.side.Year),
			o.label("budget_sum"), fmtMoney(s.side.total), OneLine(s.side.Path))
		if oc := s.side.OCR; oc != nil {
			fmt.Fprintf(b, "    %s\n", ocrLine(oc, o.Lang))
		}
	}
	total := budgetChange{old: v.old.total, new: convert(v.new.total, v.old.total.unit)}
	if d := fmtChange(total, o.Lang); d != "" {
		fmt.Fprintf(b, "  %s %s\n", o.label("budget_change"), st.paint(ansi[total.direction()], d))
	}
	c := v.counts
	fmt.Fprintf(b, "%s: %s %d (%s %d), %s %d, %s %d\n", o.label("projects"), o.label("matched"), c.matched,
		o.label("count_changed"), c.changed, o.label("added"), c.added, o.label("removed"), c.removed)
	fmt.Fprintf(b, "%s: %s %d, %s %d, %s %d, %s %d, %s %d, %s %d\n", o.label("indicators"),
		st.paint(ansi["tightened"], o.label("tightened")), c.tightened, st.paint(ansi["loosened"], o.label("loosened")), c.loosened,
		o.label("changed"), c.other, o.label("rolled_forward"), c.rolled, o.label("added"), c.indAdded,
		st.paint(ansi["dropped"], o.label("dropped")), c.indDropped)
}

func (o DiffOptions) textProject(b *strings.Builder, pv projectView, st Style) {
	tag := o.label("changed")
	switch pv.p.Status {
	case diff.Added:
		tag = o.label("added")
	case diff.Removed:
		tag = o.label("removed")
	}
	fmt.Fprintf(b, "\n[%s] %s  %s %s", tag, projectTitle(pv.ref), o.label("budget.total"),
		st.paint(ansi[pv.budget.direction()], fmtBudget(pv.budget, o.Lang)))
	if pv.p.Status != diff.Matched {
		fmt.Fprintf(b, "  %s %d", o.label("n_indicators"), pv.indicators)
	}
	b.WriteByte('\n')
	if pv.p.Status == diff.Matched && pv.p.Old.Name != pv.p.New.Name {
		fmt.Fprintf(b, "    %s %s\n", o.label("was"), OneLine(plainSpans(o.nameSpans(pv.p))))
	}
	for _, rw := range o.rows(pv, true) {
		b.WriteString("    " + st.paint(ansi[rw.kind], o.textRow(rw)) + "\n")
	}
}

func (o DiffOptions) textRow(rw row) string {
	head := rw.field
	switch {
	case rw.kind == "added" || rw.kind == "dropped":
		head = rw.indicator
	case rw.indicator != "":
		head += " " + rw.indicator
	}
	if k := o.kindLabel(rw.kind); k != "" && rw.kind != "text" {
		head = "[" + k + "] " + head
	}
	switch {
	case rw.spans != nil:
		return head + ": " + OneLine(plainSpans(rw.spans))
	case rw.kind == "added":
		return head + ": " + OneLine(rw.new)
	case rw.kind == "dropped":
		return head + ": " + OneLine(rw.old)
	}
	return head + ": " + OneLine(o.blank(rw.old, rw.hasOld)) + " → " + OneLine(o.blank(rw.new, rw.hasNew))
}

// ocrLine says that a side was read by OCR, and how well.
func ocrLine(oc *model.OCR, lang Lang) string {
	if lang == English {
		return fmt.Sprintf("read by OCR (%s): %d pages, lowest confidence %d, %d fields below %d", oc.Engine, oc.Pages, oc.MinConfidence, oc.LowConfidence, oc.Threshold)
	}
	return fmt.Sprintf("经 OCR 识别（%s）：%d 页，最低置信度 %d，%d 处低于 %d", oc.Engine, oc.Pages, oc.MinConfidence, oc.LowConfidence, oc.Threshold)
}
