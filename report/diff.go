// Package report renders the results of diff and audit for people: a
// terminal report, Markdown, and a self-contained HTML page. JSON output is
// the results' own encoding.
package report

import (
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/perfdoc/perfdoc/diff"
)

// Style says whether terminal output may use ANSI colour.
type Style struct {
	Color bool
}

func (s Style) paint(code, text string) string {
	if !s.Color {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

func deref(p *string) string {
	if p == nil {
		return "(blank)"
	}
	return *p
}

func projectLabel(p *diff.ProjectRef) string {
	if p == nil {
		return "—"
	}
	return fmt.Sprintf("%d. %s [%s]", p.Index, p.Name, p.Code)
}

// changeLine renders one change as a sentence.
func changeLine(c diff.Change) string {
	switch c.Field {
	case "indicator":
		if c.Status == diff.Added {
			return fmt.Sprintf("indicator added: %s = %s", c.Indicator, deref(c.New))
		}
		return fmt.Sprintf("indicator removed: %s (was %s)", c.Indicator, deref(c.Old))
	case "indicator.value":
		return fmt.Sprintf("%s: %s → %s (%s)", c.Indicator, deref(c.Old), deref(c.New), c.Assessment)
	}
	if strings.HasPrefix(c.Field, "indicator.") {
		return fmt.Sprintf("%s %s: %s → %s", c.Indicator, strings.TrimPrefix(c.Field, "indicator."), deref(c.Old), deref(c.New))
	}
	return fmt.Sprintf("%s: %s → %s", c.Field, deref(c.Old), deref(c.New))
}

// DiffText writes a readable terminal report: the summary first, then each
// project with its changes.
func DiffText(w io.Writer, r *diff.Result, st Style) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%d) → %s (%d)\n", r.Old.Path, r.Old.Year, r.New.Path, r.New.Year)
	fmt.Fprintf(&b, "matched %d, changed %d, added %d, removed %d\n", r.Summary.Matched, r.Summary.Changed, r.Summary.Added, r.Summary.Removed)
	for _, p := range r.Projects {
		switch p.Status {
		case diff.Added:
			fmt.Fprintf(&b, "\n%s %s\n", st.paint("32", "+ added"), projectLabel(p.New))
		case diff.Removed:
			fmt.Fprintf(&b, "\n%s %s\n", st.paint("31", "- removed"), projectLabel(p.Old))
		default:
			if len(p.Changes) == 0 {
				continue
			}
			fmt.Fprintf(&b, "\n%s %s\n", st.paint("1", "~"), projectLabel(p.New))
			if p.Old.Name != p.New.Name {
				fmt.Fprintf(&b, "    was %s\n", projectLabel(p.Old))
			}
			for _, c := range p.Changes {
				line := changeLine(c)
				switch c.Assessment {
				case diff.Tightened:
					line = st.paint("32", line)
				case diff.Loosened:
					line = st.paint("31", line)
				}
				fmt.Fprintf(&b, "    %s\n", line)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func mdEscape(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	return strings.ReplaceAll(s, "\n", "<br>")
}

// DiffMarkdown writes the comparison as Markdown: a summary table, then a
// table of changes per project.
func DiffMarkdown(w io.Writer, r *diff.Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %d → %d\n\n`%s` → `%s`\n\n", r.Old.Year, r.New.Year, r.Old.Path, r.New.Path)
	b.WriteString("| matched | changed | added | removed |\n|---:|---:|---:|---:|\n")
	fmt.Fprintf(&b, "| %d | %d | %d | %d |\n", r.Summary.Matched, r.Summary.Changed, r.Summary.Added, r.Summary.Removed)
	for _, p := range r.Projects {
		switch p.Status {
		case diff.Added:
			fmt.Fprintf(&b, "\n## ➕ %s\n\nNew this year.\n", mdEscape(projectLabel(p.New)))
		case diff.Removed:
			fmt.Fprintf(&b, "\n## ➖ %s\n\nNo longer filed.\n", mdEscape(projectLabel(p.Old)))
		default:
			if len(p.Changes) == 0 {
				continue
			}
			fmt.Fprintf(&b, "\n## %s\n\n", mdEscape(projectLabel(p.New)))
			if p.Old.Name != p.New.Name || p.Old.Code != p.New.Code {
				fmt.Fprintf(&b, "%d: %s\n\n", r.Old.Year, mdEscape(projectLabel(p.Old)))
			}
			b.WriteString("| field | indicator | old | new | assessment |\n|---|---|---|---|---|\n")
			for _, c := range p.Changes {
				field := c.Field
				if c.Status != "" {
					field += " (" + string(c.Status) + ")"
				}
				fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", mdEscape(field), mdEscape(c.Indicator), mdEscape(optional(c.Old)), mdEscape(optional(c.New)), c.Assessment)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func optional(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// DiffHTML writes one self-contained page (no external assets): the
// summary, then each project side by side, changes highlighted, tightened
// targets in green and loosened ones in red.
func DiffHTML(w io.Writer, r *diff.Result) error {
	e := html.EscapeString
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>perfdoc diff</title><style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f3f3f3}.summary td{font-size:1.3em;text-align:center}
.tightened{background:#e3f6e3}.loosened{background:#fde2e2}.changed{background:#fff6d6}
.added{background:#e3f0fd}.removed{background:#eee;color:#777;text-decoration:line-through}
.tag{font-size:.8em;padding:0 .4em;border-radius:3px;border:1px solid #999}
section{border-top:2px solid #ddd;padding-top:.5em}.legend span{margin-right:1em;padding:0 .4em}
</style></head><body>`)
	fmt.Fprintf(&b, "<h1>%d → %d</h1><p>%s → %s</p>", r.Old.Year, r.New.Year, e(r.Old.Path), e(r.New.Path))
	fmt.Fprintf(&b, `<table class="summary"><tr><th>matched</th><th>changed</th><th>added</th><th>removed</th></tr><tr><td>%d</td><td>%d</td><td>%d</td><td>%d</td></tr></table>`,
		r.Summary.Matched, r.Summary.Changed, r.Summary.Added, r.Summary.Removed)
	b.WriteString(`<p class="legend"><span class="tightened">tightened</span><span class="loosened">loosened</span><span class="changed">changed</span><span class="added">added</span><span class="removed">removed</span></p>`)
	for _, p := range r.Projects {
		switch p.Status {
		case diff.Added:
			fmt.Fprintf(&b, `<section><h2 class="added">+ %s</h2><p>New this year.</p></section>`, e(projectLabel(p.New)))
			continue
		case diff.Removed:
			fmt.Fprintf(&b, `<section><h2 class="removed">− %s</h2><p>No longer filed.</p></section>`, e(projectLabel(p.Old)))
			continue
		}
		if len(p.Changes) == 0 {
			continue
		}
		fmt.Fprintf(&b, "<section><h2>%s</h2>", e(projectLabel(p.New)))
		fmt.Fprintf(&b, `<table class="pair"><tr><th>%d</th><th>%d</th></tr><tr><td>%s</td><td>%s</td></tr></table>`,
			r.Old.Year, r.New.Year, e(projectLabel(p.Old)), e(projectLabel(p.New)))
		fmt.Fprintf(&b, "<table><tr><th>field</th><th>indicator</th><th>%d</th><th>%d</th><th>assessment</th></tr>", r.Old.Year, r.New.Year)
		for _, c := range p.Changes {
			class := string(c.Assessment)
			if c.Status != "" {
				class = string(c.Status)
			}
			field := c.Field
			if c.Status != "" {
				field += " (" + string(c.Status) + ")"
			}
			fmt.Fprintf(&b, `<tr class="%s"><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>`,
				class, e(field), e(c.Indicator), e(optional(c.Old)), e(optional(c.New)), e(string(c.Assessment)))
		}
		b.WriteString("</table></section>")
	}
	b.WriteString("</body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
