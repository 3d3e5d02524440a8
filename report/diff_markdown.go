package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/perfdoc/perfdoc/diff"
)

// DiffMarkdown writes the comparison as Markdown: the summary first (the
// filings, then the counts), then the projects in audit order, each with a
// one-line header and a table of its changes. Text from the filings is
// escaped: raw HTML shows as text and a line break stays in its cell.
func DiffMarkdown(w io.Writer, r *diff.Result, o DiffOptions) error {
	v := newView(r)
	e := Markdown
	var b strings.Builder
	fmt.Fprintf(&b, "# %s %s → %s\n\n", o.label("title"), o.year(v.old.Year), o.year(v.new.Year))
	fmt.Fprintf(&b, "| | %s | %s | %s | %s |\n|---|---|---:|---:|---|\n", o.label("department"), o.label("year"), o.label("budget_sum"), o.label("file"))
	for _, s := range []struct {
		key  string
		side sideView
	}{{"old", v.old}, {"new", v.new}} {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", o.label(s.key), e(deptLabel(s.side.Side)), o.year(s.side.Year), fmtMoney(s.side.total), e(s.side.Path))
		if oc := s.side.OCR; oc != nil {
			fmt.Fprintf(&b, "| | %s | | | |\n", e(ocrLine(oc, o.Lang)))
		}
	}
	total := budgetChange{old: v.old.total, new: convert(v.new.total, v.old.total.unit)}
	if d := fmtChange(total, o.Lang); d != "" {
		fmt.Fprintf(&b, "| %s | | | %s | |\n", o.label("budget_change"), d)
	}
	c := v.counts
	fmt.Fprintf(&b, "\n| %s | %s | %s | %s | %s |\n|---|---:|---:|---:|---:|\n", o.label("projects"), o.label("matched"), o.label("count_changed"), o.label("added"), o.label("removed"))
	fmt.Fprintf(&b, "| | %d | %d | %d | %d |\n", c.matched, c.changed, c.added, c.removed)
	fmt.Fprintf(&b, "\n| %s | %s | %s | %s | %s | %s | %s |\n|---|---:|---:|---:|---:|---:|---:|\n", o.label("indicators"),
		o.label("loosened"), o.label("dropped"), o.label("tightened"), o.label("changed"), o.label("rolled_forward"), o.label("added"))
	fmt.Fprintf(&b, "| | **%d** | **%d** | %d | %d | %d | %d |\n", c.loosened, c.indDropped, c.tightened, c.other, c.rolled, c.indAdded)
	last := group(-1)
	for _, pv := range v.projects {
		if pv.group != last {
			last = pv.group
			fmt.Fprintf(&b, "\n## %s\n", o.groupTitle(pv.group))
		}
		o.markdownProject(&b, pv)
	}
	if len(v.projects) == 0 {
		b.WriteString("\n" + o.label("no_changes") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (o DiffOptions) markdownProject(b *strings.Builder, pv projectView) {
	tag := o.label("changed")
	switch pv.p.Status {
	case diff.Added:
		tag = o.label("added")
	case diff.Removed:
		tag = o.label("removed")
	}
	fmt.Fprintf(b, "\n### [%s] %s\n\n%s：%s", tag, Markdown(projectTitle(pv.ref)), o.label("budget.total"), fmtBudget(pv.budget, o.Lang))
	if pv.p.Status != diff.Matched {
		fmt.Fprintf(b, "；%s：%d", o.label("n_indicators"), pv.indicators)
	}
	if pv.p.Status == diff.Matched && pv.p.Old.Name != pv.p.New.Name {
		fmt.Fprintf(b, "；%s：%s", o.label("was"), Markdown(projectTitle(pv.p.Old)))
	}
	b.WriteString("\n")
	rows := o.rows(pv, true)
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(b, "\n| %s | %s | %s | %s | %s |\n|---|---|---|---|---|\n", o.label("assessment"), o.label("field"), o.label("indicator_name"), o.label("old_value"), o.label("new_value"))
	for _, rw := range rows {
		kind := Markdown(o.kindLabel(rw.kind))
		if rw.kind == "loosened" || rw.kind == "dropped" {
			kind = "**" + kind + "**"
		}
		old, new := Markdown(o.blank(rw.old, rw.hasOld)), Markdown(o.blank(rw.new, rw.hasNew))
		switch {
		case rw.spans != nil:
			old, new = markdownSpans(rw.spans, '-'), markdownSpans(rw.spans, '+')
		case rw.kind == "added":
			old = ""
		case rw.kind == "dropped":
			new = ""
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", kind, Markdown(rw.field), Markdown(rw.indicator), old, new)
	}
}

// markdownSpans writes one side of an inline diff: the old text with its
// deletions struck through, or the new one with its insertions in bold.
func markdownSpans(ss []span, side byte) string {
	var b strings.Builder
	for _, s := range ss {
		switch s.op {
		case '=':
			b.WriteString(Markdown(s.text))
		case side:
			mark := "**"
			if side == '-' {
				mark = "~~"
			}
			b.WriteString(mark + Markdown(s.text) + mark)
		}
	}
	return b.String()
}
