package report

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/model"
)

// Index lists the comparisons of a folder-to-folder diff (one per
// department) and the filings that found no partner.
type Index struct {
	OldDir, NewDir string
	Entries        []IndexEntry
	Unpaired       []Unpaired
}

// IndexEntry is one department's comparison and the file its report was
// written to (relative to the index).
type IndexEntry struct {
	Result *diff.Result
	File   string
}

// Unpaired is a filing of one folder without a partner in the other, or
// one that could not be read (Reason says why).
type Unpaired struct {
	Side       string           `json:"side"` // "old" or "new"
	Path       string           `json:"path"`
	Department model.Department `json:"department"`
	Year       int              `json:"year"`
	Reason     string           `json:"reason"`
}

// yearText is a year as the index shows it: blank when unknown (0), never
// "0".
func yearText(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// yearCell is a year for a workbook's cell: blank when unknown.
func yearCell(y int) any {
	if y == 0 {
		return nil
	}
	return y
}

// yearOrNil is a year for the index's JSON: null when unknown.
func yearOrNil(y int) *int {
	if y == 0 {
		return nil
	}
	return &y
}

// indexRow is what the index shows of one entry.
type indexRow struct {
	file     string
	old, new sideView
	budget   budgetChange
	c        counts
}

func (idx *Index) rows() []indexRow {
	out := make([]indexRow, 0, len(idx.Entries))
	for _, e := range idx.Entries {
		v := newView(e.Result)
		out = append(out, indexRow{file: e.File, old: v.old, new: v.new, c: v.counts,
			budget: budgetChange{old: v.old.total, new: convert(v.new.total, v.old.total.unit)}})
	}
	return out
}

// MarshalJSON writes the index for scripts: per department its two
// filings, budget totals, counts and report file; then the unpaired.
func (idx *Index) MarshalJSON() ([]byte, error) {
	type side struct {
		Path       string           `json:"path"`
		Year       *int             `json:"year"`
		Department model.Department `json:"department"`
		Budget     *string          `json:"budget"`
		Unit       string           `json:"unit"`
	}
	type entry struct {
		OldJ       side         `json:"old"`
		NewJ       side         `json:"new"`
		Summary    diff.Summary `json:"summary"`
		Tightened  int          `json:"tightened"`
		Loosened   int          `json:"loosened"`
		Dropped    int          `json:"dropped"`
		ReportFile string       `json:"report"`
	}
	mk := func(s sideView) side {
		out := side{Path: s.Path, Year: yearOrNil(s.Year), Department: s.Department, Unit: s.total.unit}
		if s.total.ok {
			a := s.total.amount.StringFixed(2)
			out.Budget = &a
		}
		return out
	}
	type unpaired struct {
		Side       string           `json:"side"`
		Path       string           `json:"path"`
		Department model.Department `json:"department"`
		Year       *int             `json:"year"` // null when unknown, as every blank
		Reason     string           `json:"reason"`
	}
	var doc struct {
		OldDir   string     `json:"old_dir"`
		NewDir   string     `json:"new_dir"`
		Entries  []entry    `json:"departments"`
		Unpaired []unpaired `json:"unpaired"`
	}
	doc.OldDir, doc.NewDir, doc.Entries, doc.Unpaired = idx.OldDir, idx.NewDir, []entry{}, []unpaired{}
	for _, u := range idx.Unpaired {
		doc.Unpaired = append(doc.Unpaired, unpaired{u.Side, u.Path, u.Department, yearOrNil(u.Year), u.Reason})
	}
	for i, r := range idx.rows() {
		doc.Entries = append(doc.Entries, entry{OldJ: mk(r.old), NewJ: mk(r.new), Summary: idx.Entries[i].Result.Summary,
			Tightened: r.c.tightened, Loosened: r.c.loosened, Dropped: r.c.indDropped, ReportFile: r.file})
	}
	return json.Marshal(doc)
}

func (o DiffOptions) indexColumns() []string {
	return []string{o.label("department"), o.label("year"), o.label("old") + o.label("budget_sum"), o.label("new") + o.label("budget_sum"),
		o.label("delta"), o.label("loosened"), o.label("dropped"), o.label("tightened"), o.label("projects_added"), o.label("projects_gone"), o.label("report")}
}

// IndexHTML writes the index as one self-contained page with links to the
// departments' reports.
func IndexHTML(w io.Writer, idx *Index, o DiffOptions) error {
	e := func(s string) string { return html.EscapeString(OneLine(s)) }
	var b strings.Builder
	o.htmlHead(&b, o.label("index_title"))
	fmt.Fprintf(&b, "<h1>%s</h1><p class=\"path\">%s → %s</p>", e(o.label("index_title")), e(idx.OldDir), e(idx.NewDir))
	// a narrow window scrolls the tables, not the page, and the
	// department keeps a readable width (it was squeezed to three
	// characters a line at 760 px)
	b.WriteString(`<div class="wide"><table class="index"><tr>`)
	for _, c := range o.indexColumns() {
		fmt.Fprintf(&b, "<th>%s</th>", e(c))
	}
	b.WriteString("</tr>")
	for _, r := range idx.rows() {
		hot := func(n int, class string) string {
			if n > 0 {
				return fmt.Sprintf(`<td class="num %s"><b>%d</b></td>`, class, n)
			}
			return fmt.Sprintf(`<td class="num">%d</td>`, n)
		}
		fmt.Fprintf(&b, `<tr class="department"><td>%s</td><td class="num">%s → %s</td><td class="num">%s</td><td class="num">%s</td><td class="num %s">%s</td>%s%s<td class="num">%d</td><td class="num">%d</td><td class="num">%d</td><td><a href="%s">%s</a></td></tr>`,
			e(deptLabel(r.new.Side)), yearText(r.old.Year), yearText(r.new.Year), e(fmtMoney(r.old.total)), e(fmtMoney(r.new.total)), r.budget.direction(), e(fmtChange(r.budget, o.Lang)),
			hot(r.c.loosened, "loosened"), hot(r.c.indDropped, "dropped"), r.c.tightened, r.c.added, r.c.removed,
			html.EscapeString((&url.URL{Path: r.file}).String()), e(r.file))
	}
	b.WriteString("</table></div>")
	if len(idx.Unpaired) > 0 {
		fmt.Fprintf(&b, "<h2>%s</h2><div class=\"wide\"><table class=\"unpaired\"><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>", e(o.label("unpaired")),
			e(o.label("status")), e(o.label("file")), e(o.label("department")), e(o.label("year")), e(o.label("message")))
		for _, u := range idx.Unpaired {
			fmt.Fprintf(&b, "<tr><td>%s</td><td class=\"path\">%s</td><td>%s</td><td class=\"num\">%s</td><td>%s</td></tr>",
				e(o.label(u.Side)), e(u.Path), e(deptLabel(diff.Side{Department: u.Department})), yearText(u.Year), e(o.label(u.Reason)))
		}
		b.WriteString("</table></div>")
	}
	b.WriteString("</body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// IndexMarkdown writes the index as Markdown tables with links.
func IndexMarkdown(w io.Writer, idx *Index, o DiffOptions) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n`%s` → `%s`\n\n|", o.label("index_title"), Markdown(idx.OldDir), Markdown(idx.NewDir))
	cols := o.indexColumns()
	for _, c := range cols {
		b.WriteString(" " + c + " |")
	}
	b.WriteString("\n|" + strings.Repeat("---|", len(cols)) + "\n")
	for _, r := range idx.rows() {
		fmt.Fprintf(&b, "| %s | %s → %s | %s | %s | %s | %d | %d | %d | %d | %d | [%s](%s) |\n", Markdown(deptLabel(r.new.Side)), yearText(r.old.Year), yearText(r.new.Year),
			fmtMoney(r.old.total), fmtMoney(r.new.total), fmtChange(r.budget, o.Lang), r.c.loosened, r.c.indDropped, r.c.tightened, r.c.added, r.c.removed,
			Markdown(r.file), (&url.URL{Path: r.file}).String())
	}
	if len(idx.Unpaired) > 0 {
		fmt.Fprintf(&b, "\n## %s\n\n| %s | %s | %s | %s | %s |\n|---|---|---|---|---|\n", o.label("unpaired"), o.label("status"), o.label("file"), o.label("department"), o.label("year"), o.label("message"))
		for _, u := range idx.Unpaired {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", o.label(u.Side), Markdown(u.Path), Markdown(deptLabel(diff.Side{Department: u.Department})), yearText(u.Year), Markdown(o.label(u.Reason)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// IndexText writes the index for a terminal.
func IndexText(w io.Writer, idx *Index, o DiffOptions) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s → %s\n", o.label("index_title"), OneLine(idx.OldDir), OneLine(idx.NewDir))
	for _, r := range idx.rows() {
		fmt.Fprintf(&b, "  %s  %s → %s  %s %s → %s %s  %s %d, %s %d  %s\n", deptLabel(r.new.Side), yearText(r.old.Year), yearText(r.new.Year), o.label("budget_sum"),
			fmtMoney(r.old.total), fmtMoney(r.new.total), fmtChange(r.budget, o.Lang), o.label("loosened"), r.c.loosened, o.label("dropped"), r.c.indDropped, OneLine(r.file))
	}
	if len(idx.Unpaired) > 0 {
		fmt.Fprintf(&b, "%s:\n", o.label("unpaired"))
		for _, u := range idx.Unpaired {
			fmt.Fprintf(&b, "  %s  %s  %s  %s\n", o.label(u.Side), OneLine(u.Path), deptLabel(diff.Side{Department: u.Department}), OneLine(o.label(u.Reason)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// IndexXLSX writes the index as a workbook: one sheet of departments (the
// report file names as text, no links) and one of unpaired filings.
func IndexXLSX(w io.Writer, idx *Index, o DiffOptions) error {
	wb, err := newWorkbook()
	if err != nil {
		return err
	}
	var cols []column
	for _, c := range o.indexColumns() {
		cols = append(cols, column{c, 14})
	}
	cols[0].width, cols[len(cols)-1].width = 40, 36
	var rows [][]any
	for _, r := range idx.rows() {
		d, _, ok, _ := r.budget.delta()
		var dv any
		if ok {
			dv = delta{d, r.budget.old.unit}
		}
		rows = append(rows, []any{deptLabel(r.new.Side), yearText(r.old.Year) + " → " + yearText(r.new.Year), moneyCell(r.old.total), moneyCell(r.new.total), dv,
			r.c.loosened, r.c.indDropped, r.c.tightened, r.c.added, r.c.removed, r.file})
	}
	if err := wb.table(o.label("department"), cols, rows); err != nil {
		return err
	}
	var un [][]any
	for _, u := range idx.Unpaired {
		var year any // an empty cell when unknown
		if u.Year != 0 {
			year = u.Year
		}
		un = append(un, []any{o.label(u.Side), u.Path, deptLabel(diff.Side{Department: u.Department}), year, o.label(u.Reason)})
	}
	if err := wb.table(o.label("unpaired"), []column{{o.label("status"), 8}, {o.label("file"), 50}, {o.label("department"), 40}, {o.label("year"), 8}, {o.label("message"), 40}}, un); err != nil {
		return err
	}
	return wb.write(w)
}
