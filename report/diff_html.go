package report

import (
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/perfdoc/perfdoc/diff"
)

// htmlStyle is the page's only style sheet; the page loads nothing (its
// Content-Security-Policy forbids it).
const htmlStyle = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:1.5em 2em;color:#222;font-size:15px}
h1{font-size:1.5em;margin:.2em 0 .6em}h2{font-size:1.2em;margin:1.6em 0 .4em;padding-bottom:.2em;border-bottom:2px solid #ccc}
h2.watch{color:#b71c1c;border-color:#e57373}
h3{font-size:1em;margin:1em 0 .3em;font-weight:600}
table{border-collapse:collapse;margin:.3em 0 .8em}td,th{border:1px solid #ddd;padding:.25em .6em;vertical-align:top;text-align:left}
th{background:#f5f5f5;font-weight:600;white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums}
table.changes{width:100%;table-layout:fixed}table.changes td{overflow-wrap:anywhere}
.counts{display:flex;flex-wrap:wrap;gap:.6em;margin:.6em 0}.count{border:1px solid #ddd;border-radius:4px;padding:.3em .8em;min-width:5.5em}
.count b{display:block;font-size:1.5em}.count-title{min-width:3em;white-space:nowrap;font-weight:600;align-self:center}
tr.loosened,.count.loosened{background:#fde0e0}tr.loosened td:first-child,tr.dropped td:first-child{color:#b71c1c;font-weight:700}
tr.dropped,.count.dropped{background:#fde0e0}tr.dropped td:first-child:before{content:"⚠ "}
tr.tightened,.count.tightened{background:#e3f4e3}tr.changed,.count.changed{background:#fff4d0}
tr.added,.count.added{background:#e3eefc}tr.rolled_forward,.count.rolled_forward{color:#888}
.tag{display:inline-block;font-size:.8em;padding:0 .45em;border-radius:3px;margin-right:.4em;border:1px solid #999;font-weight:400}
.tag.added{background:#e3eefc;border-color:#7aa7e0}.tag.removed{background:#eee;border-color:#999}.tag.changed{background:#fff;border-color:#bbb}
.budget{font-weight:400;margin-left:.8em}.up{color:#a04f00}.down{color:#1f5fa8}.up:before{content:"▲ "}.down:before{content:"▼ "}
del{color:#b71c1c;background:#fde0e0}ins{color:#1b5e20;background:#dff2df;text-decoration:none;font-weight:600}
td.loosened,td.dropped{background:#fde0e0;color:#b71c1c}td.num{white-space:nowrap}
.was{color:#666;font-size:.9em;margin:.1em 0 .3em}.path{color:#666;font-size:.85em}.quiet{color:#888}
.wide{overflow-x:auto}table.index td:first-child{min-width:11em}
`

// ContentSecurityPolicy is the policy of every HTML report: nothing is
// loaded from anywhere, no script runs, only the page's own inline style
// applies. perfdoc serve's page adds to it only what its script needs.
const ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'"

// htmlHead opens a report page: its language, a policy that loads nothing
// from anywhere, the title (escaped here) and the style sheet; the body
// follows.
func (o DiffOptions) htmlHead(b *strings.Builder, title string) {
	lang := "zh-CN"
	if o.Lang == English {
		lang = "en"
	}
	fmt.Fprintf(b, `<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">`, lang)
	b.WriteString(`<meta http-equiv="Content-Security-Policy" content="` + ContentSecurityPolicy + `">`)
	fmt.Fprintf(b, "<title>%s</title><style>%s</style></head><body>", html.EscapeString(OneLine(title)), htmlStyle)
}

// DiffHTML writes one self-contained page (nothing loaded from elsewhere):
// the summary first, then the projects in audit order under one-line
// headers, each change a row whose class is its assessment (tightened,
// loosened, changed, rolled_forward) or its kind (added, dropped, text).
func DiffHTML(w io.Writer, r *diff.Result, o DiffOptions) error {
	v := newView(r)
	var b strings.Builder
	o.htmlHead(&b, fmt.Sprintf("%s %s → %s", o.label("title"), o.year(v.old.Year), o.year(v.new.Year)))
	o.htmlSummary(&b, v)
	last := group(-1)
	for _, pv := range v.projects {
		if pv.group != last {
			last = pv.group
			class := ""
			if pv.group == groupWatch {
				class = ` class="watch"`
			}
			fmt.Fprintf(&b, "<h2%s>%s</h2>", class, html.EscapeString(o.groupTitle(pv.group)))
		}
		o.htmlProject(&b, pv)
	}
	if len(v.projects) == 0 {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(o.label("no_changes")))
	}
	b.WriteString("</body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func (o DiffOptions) htmlSummary(b *strings.Builder, v *view) {
	e := func(s string) string { return html.EscapeString(OneLine(s)) }
	fmt.Fprintf(b, `<h1>%s %s → %s</h1><section class="summary"><table class="sides"><tr><th></th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>`,
		e(o.label("title")), e(o.year(v.old.Year)), e(o.year(v.new.Year)), e(o.label("department")), e(o.label("year")), e(o.label("budget_sum")), e(o.label("file")))
	for _, s := range []struct {
		key  string
		side sideView
	}{{"old", v.old}, {"new", v.new}} {
		fmt.Fprintf(b, `<tr><th>%s</th><td>%s</td><td class="num">%s</td><td class="num">%s</td><td class="path">%s</td></tr>`,
			e(o.label(s.key)), e(deptLabel(s.side.Side)), e(o.year(s.side.Year)), e(fmtMoney(s.side.total)), e(s.side.Path))
		if oc := s.side.OCR; oc != nil {
			fmt.Fprintf(b, `<tr class="ocr"><th></th><td colspan="4">%s</td></tr>`, e(ocrLine(oc, o.Lang)))
		}
	}
	total := budgetChange{old: v.old.total, new: convert(v.new.total, v.old.total.unit)}
	if d := fmtChange(total, o.Lang); d != "" {
		fmt.Fprintf(b, `<tr class="total"><th>%s</th><td></td><td></td><td class="num %s">%s</td><td></td></tr>`, e(o.label("budget_change")), total.direction(), e(d))
	}
	b.WriteString("</table>")
	c := v.counts
	fmt.Fprintf(b, `<div class="counts"><div class="count-title">%s</div><div class="count"><b>%d</b>%s</div><div class="count"><b>%d</b>%s</div><div class="count"><b>%d</b>%s</div><div class="count"><b>%d</b>%s</div></div>`,
		e(o.label("projects")), c.matched, e(o.label("matched")), c.changed, e(o.label("count_changed")), c.added, e(o.label("projects_added")), c.removed, e(o.label("projects_gone")))
	fmt.Fprintf(b, `<div class="counts"><div class="count-title">%s</div>`, e(o.label("indicators")))
	for _, k := range []struct {
		class string
		n     int
	}{{"loosened", c.loosened}, {"dropped", c.indDropped}, {"tightened", c.tightened}, {"changed", c.other}, {"rolled_forward", c.rolled}, {"added", c.indAdded}} {
		fmt.Fprintf(b, `<div class="count %s"><b>%d</b>%s</div>`, k.class, k.n, e(o.label(k.class)))
	}
	b.WriteString("</div></section>")
}

func (o DiffOptions) htmlProject(b *strings.Builder, pv projectView) {
	e := func(s string) string { return html.EscapeString(OneLine(s)) }
	tag, class := o.label("changed"), "changed"
	switch pv.p.Status {
	case diff.Added:
		tag, class = o.label("added"), "added"
	case diff.Removed:
		tag, class = o.label("removed"), "removed"
	}
	fmt.Fprintf(b, `<section class="project %s"><h3><span class="tag %s">%s</span>%s<span class="budget %s">%s %s</span>`,
		class, class, e(tag), e(projectTitle(pv.ref)), pv.budget.direction(), e(o.label("budget.total")), e(fmtBudget(pv.budget, o.Lang)))
	if pv.p.Status != diff.Matched {
		fmt.Fprintf(b, `<span class="budget">%s %d</span>`, e(o.label("n_indicators")), pv.indicators)
	}
	b.WriteString("</h3>")
	if pv.p.Status == diff.Matched && pv.p.Old.Name != pv.p.New.Name {
		fmt.Fprintf(b, `<p class="was">%s %s</p>`, e(o.label("was")), htmlSpans(o.nameSpans(pv.p), '-'))
	}
	if rows := o.rows(pv, true); len(rows) > 0 {
		fmt.Fprintf(b, `<table class="changes"><colgroup><col style="width:11em"><col style="width:9em"><col style="width:30%%"><col><col></colgroup><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>`,
			e(o.label("assessment")), e(o.label("field")), e(o.label("indicator_name")), e(o.label("old_value")), e(o.label("new_value")))
		for _, rw := range rows {
			o.htmlRow(b, rw)
		}
		b.WriteString("</table>")
	}
	b.WriteString("</section>")
}

func (o DiffOptions) htmlRow(b *strings.Builder, rw row) {
	old, new := htmlText(o.blank(rw.old, rw.hasOld)), htmlText(o.blank(rw.new, rw.hasNew))
	switch {
	case rw.spans != nil:
		old, new = htmlSpans(rw.spans, '-'), htmlSpans(rw.spans, '+')
	case rw.kind == "added":
		old = ""
	case rw.kind == "dropped":
		new = ""
	}
	class := rw.kind
	if class == "" {
		class = "other"
	}
	ind := html.EscapeString(rw.indicator)
	if rw.level2 != "" && rw.indicator != "" {
		ind += ` <span class="quiet">` + html.EscapeString(rw.level2) + `</span>`
	}
	fmt.Fprintf(b, `<tr class="change %s"><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>`,
		class, html.EscapeString(o.kindLabel(rw.kind)), html.EscapeString(rw.field), ind, old, new)
}

// htmlText escapes text and keeps its line breaks.
func htmlText(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")
}

// htmlSpans writes one side of an inline diff: the old text with <del>, or
// the new one with <ins>.
func htmlSpans(ss []span, side byte) string {
	var b strings.Builder
	for _, s := range ss {
		switch s.op {
		case '=':
			b.WriteString(htmlText(s.text))
		case side:
			tag := "ins"
			if side == '-' {
				tag = "del"
			}
			b.WriteString("<" + tag + ">" + htmlText(s.text) + "</" + tag + ">")
		}
	}
	return b.String()
}
