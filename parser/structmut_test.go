package parser

import (
	"fmt"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/vocab"
)

// The page model of the structural mutation tests (structural_test.go): a
// filing.html of the real corpora read into tables of cell slots (row and
// column spans expanded), rewritten slot by slot, and written back as HTML
// with spans and as the text export of testdata/real/_build.py.

// smCell is one table cell; the slots it covers point to it.
type smCell struct{ html string }

// smTable is a table as slots: rows × width, nil where a row is short.
type smTable [][]*smCell

// smPage is a page: the text around its tables and the tables.
type smPage struct {
	chunks []string // len(tables)+1: the text before each table, and after the last
	opens  []string // each table's opening tag
	tables []smTable
}

var (
	smTableRE = regexp.MustCompile(`(?s)(<table[^>]*>)(.*?)</table>`)
	smSpanRE  = regexp.MustCompile(`(?i)(rowspan|colspan)\s*=\s*"?(\d+)`)
	smParaRE  = regexp.MustCompile(`(?s)<p[^>]*>(.*?)</p>`)
	smBrRE    = regexp.MustCompile(`(?i)<br\s*/?>`)
)

func readSMPage(page string) smPage {
	var p smPage
	at := 0
	for _, m := range smTableRE.FindAllStringSubmatchIndex(page, -1) {
		p.chunks = append(p.chunks, page[at:m[0]])
		p.opens = append(p.opens, page[m[2]:m[3]])
		p.tables = append(p.tables, readSMTable(page[m[4]:m[5]]))
		at = m[1]
	}
	p.chunks = append(p.chunks, page[at:])
	return p
}

func readSMTable(inner string) smTable {
	type span struct{ rs, cs int }
	var rows [][]*smCell
	var spans [][]span
	for _, r := range rowRE.FindAllString(inner, -1) {
		var cells []*smCell
		var sp []span
		for _, c := range cellRE.FindAllStringSubmatch(r, -1) {
			s := span{1, 1}
			for _, a := range smSpanRE.FindAllStringSubmatch(c[1], -1) {
				n, _ := strconv.Atoi(a[2])
				if n < 1 {
					n = 1
				}
				if strings.EqualFold(a[1], "rowspan") {
					s.rs = n
				} else {
					s.cs = n
				}
			}
			cells = append(cells, &smCell{html: c[2]})
			sp = append(sp, s)
		}
		rows = append(rows, cells)
		spans = append(spans, sp)
	}
	slots := map[[2]int]*smCell{}
	width := 0
	for r, cells := range rows {
		c := 0
		for i, x := range cells {
			for slots[[2]int{r, c}] != nil {
				c++
			}
			for dr := 0; dr < spans[r][i].rs && r+dr < len(rows); dr++ {
				for dc := 0; dc < spans[r][i].cs; dc++ {
					slots[[2]int{r + dr, c + dc}] = x
				}
			}
			c += spans[r][i].cs
		}
		if c > width {
			width = c
		}
	}
	for k := range slots {
		if k[1]+1 > width {
			width = k[1] + 1
		}
	}
	t := make(smTable, len(rows))
	for r := range t {
		t[r] = make([]*smCell, width)
		for c := range t[r] {
			t[r][c] = slots[[2]int{r, c}]
		}
	}
	return t
}

// smPiece is a rectangle of slots of one cell, as written: a cell whose
// slots a mutation tore apart is written as several pieces, its text in
// the first.
type smPiece struct {
	r, c, h, w int
	cell       *smCell
	text       string
}

// pieces returns the table's pieces in row, then column order, and for
// each slot the piece covering it (-1 for a hole).
func (t smTable) pieces() ([]smPiece, [][]int) {
	at := make([][]int, len(t))
	for r := range t {
		at[r] = make([]int, len(t[r]))
		for c := range at[r] {
			at[r][c] = -1
		}
	}
	var out []smPiece
	printed := map[*smCell]bool{}
	for r := range t {
		for c := range t[r] {
			x := t[r][c]
			if x == nil || at[r][c] >= 0 {
				continue
			}
			w := 1
			for c+w < len(t[r]) && t[r][c+w] == x && at[r][c+w] < 0 {
				w++
			}
			h := 1
		down:
			for r+h < len(t) {
				for k := c; k < c+w; k++ {
					if t[r+h][k] != x || at[r+h][k] >= 0 {
						break down
					}
				}
				h++
			}
			p := smPiece{r: r, c: c, h: h, w: w, cell: x}
			if !printed[x] {
				p.text, printed[x] = x.html, true
			}
			for i := r; i < r+h; i++ {
				for k := c; k < c+w; k++ {
					at[i][k] = len(out)
				}
			}
			out = append(out, p)
		}
	}
	return out, at
}

// holeBefore tells whether a hole at (r, c) must be written as an empty
// cell: a piece starts later in the row.
func holeBefore(ps []smPiece, at [][]int, r, c int) bool {
	for k := c + 1; k < len(at[r]); k++ {
		if i := at[r][k]; i >= 0 && ps[i].r == r && ps[i].c == k {
			return true
		}
	}
	return false
}

func (t smTable) html() string {
	ps, at := t.pieces()
	var b strings.Builder
	for r := range t {
		b.WriteString("<tr>")
		for c := range t[r] {
			i := at[r][c]
			switch {
			case i < 0:
				if holeBefore(ps, at, r, c) {
					b.WriteString("<td></td>")
				}
			case ps[i].r == r && ps[i].c == c:
				b.WriteString("<td")
				if ps[i].h > 1 {
					fmt.Fprintf(&b, ` rowspan="%d"`, ps[i].h)
				}
				if ps[i].w > 1 {
					fmt.Fprintf(&b, ` colspan="%d"`, ps[i].w)
				}
				b.WriteString(">" + ps[i].text + "</td>")
			}
		}
		b.WriteString("</tr>\n")
	}
	return b.String()
}

// smText is a cell's text: line breaks kept, tags dropped, entities read.
func smText(h string) string {
	return html.UnescapeString(tagRE.ReplaceAllString(smBrRE.ReplaceAllString(h, "\n"), ""))
}

func (t smTable) text(b *strings.Builder) {
	ps, at := t.pieces()
	for r := range t {
		for c := range t[r] {
			i := at[r][c]
			switch {
			case i < 0:
				if holeBefore(ps, at, r, c) {
					b.WriteString("\t\n")
				}
			case ps[i].r == r && ps[i].c == c:
				b.WriteString("\t" + smText(ps[i].text) + "\n")
			case ps[i].r < r && ps[i].c == c:
				b.WriteString("\t\n")
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

func (p smPage) html() string {
	var b strings.Builder
	for i, t := range p.tables {
		b.WriteString(p.chunks[i] + p.opens[i] + "\n" + t.html() + "</table>")
	}
	b.WriteString(p.chunks[len(p.chunks)-1])
	return b.String()
}

// text is the page as a text export: paragraphs as lines, tables cell by
// cell.
func (p smPage) text() string {
	var b strings.Builder
	para := func(chunk string) {
		if i := strings.Index(chunk, "<body"); i >= 0 {
			chunk = chunk[i:]
		}
		for _, m := range smParaRE.FindAllStringSubmatch(chunk, -1) {
			b.WriteString(smText(m[1]) + "\n")
		}
	}
	for i, t := range p.tables {
		para(p.chunks[i])
		t.text(&b)
	}
	para(p.chunks[len(p.chunks)-1])
	return b.String()
}

func (p smPage) clone() smPage {
	q := smPage{chunks: p.chunks, opens: p.opens, tables: make([]smTable, len(p.tables))}
	for i, t := range p.tables {
		q.tables[i] = make(smTable, len(t))
		for r := range t {
			q.tables[i][r] = append([]*smCell(nil), t[r]...)
		}
	}
	return q
}

// smGrid is an indicator grid of a table: its header rows [head, body),
// its data rows [body, end), and per column the role of its caption.
type smGrid struct {
	table, head, body, end int
	caps                   []smCap // the captions of the header's first row, by column
	roles                  []string
	cont                   []int // tables that go on with the grid's rows (a page break): no header, the same width
}

// spans returns the row ranges the grid's rows stand in: [body, end) of
// its table, then every row of the tables that go on with it.
func (g smGrid) spans(p smPage) []smSpan {
	out := []smSpan{{g.table, g.body, g.end}}
	for _, ti := range g.cont {
		out = append(out, smSpan{ti, 0, len(p.tables[ti])})
	}
	return out
}

// smSpan is rows [r0, r1) of table t.
type smSpan struct{ t, r0, r1 int }

// smCap is a caption cell of a header row: columns [c0, c1).
type smCap struct {
	c0, c1, h int
	key, role string
}

// captionRole names the grid column a caption heads: a key of the
// vocabulary's grid labels, value, actual, or "" for another caption.
func captionRole(key string) string {
	for role, words := range vocab.Default().GridLabels {
		for _, w := range words {
			if key == w {
				return role
			}
		}
	}
	switch {
	case strings.Contains(key, "实际") || strings.HasSuffix(key, "完成值"):
		return "actual"
	case strings.Contains(key, "指标值") || strings.Contains(key, "目标值"):
		return "value"
	}
	return ""
}

// grids finds the indicator grids of a page: a row with two or more grid
// captions starts one; it ends at the next such row or the table's end.
func (p smPage) grids() []smGrid {
	var out []smGrid
	for ti, t := range p.tables {
		ps, _ := t.pieces()
		var g *smGrid
		for r := range t {
			var caps []smCap
			for _, pc := range ps {
				if pc.r == r {
					if k := captionKey(smText(pc.text)); isGridCaption(k) {
						caps = append(caps, smCap{c0: pc.c, c1: pc.c + pc.w, h: pc.h, key: k, role: captionRole(k)})
					}
				}
			}
			if len(caps) < 2 {
				continue
			}
			if g != nil && r < g.body { // a second header row: its captions name the columns below
				for _, c := range caps {
					for k := c.c0; k < c.c1; k++ {
						g.roles[k] = c.role
					}
					g.body = max(g.body, r+c.h)
				}
				continue
			}
			if g != nil {
				g.end = r
				out = append(out, *g)
			}
			g = &smGrid{table: ti, head: r, body: r + 1, caps: caps, roles: make([]string, len(t[r]))}
			for _, c := range caps {
				for k := c.c0; k < c.c1; k++ {
					g.roles[k] = c.role
				}
				g.body = max(g.body, r+c.h)
			}
		}
		if g != nil {
			g.end = len(t)
			if g.body < g.end {
				out = append(out, *g)
			}
		}
	}
	for i := range out {
		g := &out[i]
		if g.end != len(p.tables[g.table]) {
			continue
		}
		for ti := g.table + 1; ti < len(p.tables); ti++ {
			if t := p.tables[ti]; len(t) == 0 || len(t[0]) != len(g.roles) || slices.ContainsFunc(out, func(h smGrid) bool { return h.table == ti }) {
				break
			}
			g.cont = append(g.cont, ti)
		}
	}
	return out
}

// column returns the first column of role in g, -1 when it has none.
func (g smGrid) column(role string) int {
	for c, r := range g.roles {
		if r == role {
			return c
		}
	}
	return -1
}

// permute reorders the columns of rows [r0, r1) of a table: new column k
// is old column order[k].
func (t smTable) permute(r0, r1 int, order []int) {
	for r := r0; r < r1 && r < len(t); r++ {
		row := append([]*smCell(nil), t[r]...)
		for k, c := range order {
			t[r][k] = row[c]
		}
	}
}

// insertRow inserts a row before row at: a cell crossing the place goes on
// over it; the other slots take fill's cells (the same cell for
// neighbouring slots is one cell spanning them).
func (t smTable) insertRow(at int, fill func(c int) *smCell) smTable {
	w := len(t[0])
	row := make([]*smCell, w)
	for c := range row {
		if at > 0 && at < len(t) && t[at-1][c] != nil && t[at-1][c] == t[at][c] {
			row[c] = t[at][c]
		} else {
			row[c] = fill(c)
		}
	}
	out := make(smTable, 0, len(t)+1)
	out = append(out, t[:at]...)
	out = append(out, row)
	return append(out, t[at:]...)
}

// smValueRE splits a target cell into comparator, number and the rest.
var smValueRE = regexp.MustCompile(`^\s*(>=|<=|＞＝|＜＝|[≥≤=<>＞＜＝≧≦])?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*?)\s*$`)

// splitValue splits a target cell's text as a table with split value
// columns writes it: comparator | number | unit; a text target, or one
// whose rest is no unit, stays whole in the number column.
func splitValue(s string) (op, num, unit string) {
	m := smValueRE.FindStringSubmatch(s)
	if m == nil || utf8.RuneCountInString(m[3]) > 4 || strings.ContainsAny(m[3], "0123456789\n") {
		return "", s, ""
	}
	return m[1], m[2], m[3]
}

// structMutation rewrites one grid of a page; apply returns the mutated
// pages, with a label each (none when the mutation does not apply).
type structMutation struct {
	name  string
	apply func(p smPage, g smGrid) (pages []smPage, labels []string)
}

var levelRoles = map[string]bool{"level1": true, "level2": true, "name": true}

// swapMutation swaps two neighbouring captions of a grid's header, with
// their columns from the header down to the grid's end: levels swaps
// level and name columns, otherwise pairs with another column.
func swapMutation(levels, blank bool) func(p smPage, g smGrid) ([]smPage, []string) {
	return func(p smPage, g smGrid) ([]smPage, []string) {
		var pages []smPage
		var labels []string
		for i := 0; i+1 < len(g.caps); i++ {
			a, b := g.caps[i], g.caps[i+1]
			if a.c1 != b.c0 || (levelRoles[a.role] && levelRoles[b.role]) != levels {
				continue
			}
			if blank && !contentTells(a.role, b.role) {
				continue
			}
			q := p.clone()
			t := q.tables[g.table]
			var order []int
			for c := 0; c < a.c0; c++ {
				order = append(order, c)
			}
			for c := b.c0; c < b.c1; c++ {
				order = append(order, c)
			}
			for c := a.c0; c < a.c1; c++ {
				order = append(order, c)
			}
			for c := b.c1; c < len(t[g.head]); c++ {
				order = append(order, c)
			}
			t.permute(g.head, g.end, order)
			for _, ti := range g.cont {
				q.tables[ti].permute(0, len(q.tables[ti]), order)
			}
			if blank { // both captions blank: content alone tells the columns
				fresh := map[*smCell]*smCell{}
				for r := g.head; r < g.body; r++ {
					for c := range t[r] {
						x := p.tables[g.table][r][order[c]]
						if x == nil || order[c] < a.c0 || order[c] >= b.c1 || x != p.tables[g.table][g.head][order[c]] {
							continue
						}
						if fresh[x] == nil {
							fresh[x] = &smCell{}
						}
						t[r][c] = fresh[x]
					}
				}
			}
			pages = append(pages, q)
			labels = append(labels, b.key+"|"+a.key)
		}
		return pages, labels
	}
}

// roleKinds groups the roles of grid columns by what their cells hold; two
// columns of one kind (the target and the result, the weight and the
// score), or one holding anything (备注), cannot be told apart by content.
var roleKinds = map[string]string{
	"level1": "level", "level2": "level", "name": "text", "description": "text",
	"value": "target", "actual": "target", "weight": "number", "score": "number",
	"unit": "unit", "nature": "sign", "direction": "sign",
}

// contentTells reports whether content alone tells two columns apart.
func contentTells(a, b string) bool {
	ka, kb := roleKinds[a], roleKinds[b]
	return ka != "" && kb != "" && ka != kb
}

// smSignWords are the comparator words a split-words mutation writes for
// each sign (≥ → 大于等于), one word a sign so that the scoring can read
// each back (smSignsBack); ＝ has no word of its own (等于 is ='s) and
// stays a sign.
var smSignWords = map[string]string{
	"≥": "大于等于", "≤": "小于等于", ">=": "大于或等于", "<=": "小于或等于", "=": "等于",
	">": "大于", "<": "小于", "＞": "高于", "＜": "低于", "≧": "不低于", "≦": "不高于",
	"＞＝": "不小于", "＜＝": "不大于",
}

// smPostfixWords are the comparator words that follow the number a
// split-postfix mutation writes for each sign that has one (≥ → 以上,
// written after the number and unit: 98 | % | 以上), one word a sign so
// that the scoring can read each back (smPostfixBack); the others (=, >,
// <) stay signs.
var smPostfixWords = map[string]string{
	"≥": "以上", "≤": "以下", ">=": "及以上", "<=": "及以下", "≧": "或以上", "≦": "或以下", "＜＝": "以内",
}

// smPostfixBack writes back as its sign before the number the comparator
// word a split-postfix mutation wrote after it, where a target ends with
// the word of a value cell of its own (98%以上 → ≥98%): the truth holds
// the sign.
func smPostfixBack(doc *model.Document) {
	if doc == nil {
		return
	}
	back := map[string]string{}
	for sign, w := range smPostfixWords {
		back[w] = sign
	}
	for i := range doc.Projects {
		for j := range doc.Projects[i].Indicators {
			ind := &doc.Projects[i].Indicators[j]
			for _, part := range ind.ValueParts {
				if sign, ok := back[part.Text]; ok && strings.HasSuffix(ind.Value.Raw, part.Text) {
					ind.Value.Raw = sign + strings.TrimSuffix(ind.Value.Raw, part.Text)
					break
				}
			}
		}
	}
}

// smSignsBack writes back as its sign the comparator word a split-words
// mutation wrote for it, where a target opens with the word of a value
// cell of its own (the comparator column's): the truth holds the sign.
func smSignsBack(doc *model.Document) {
	if doc == nil {
		return
	}
	back := map[string]string{}
	for sign, w := range smSignWords {
		back[w] = sign
	}
	for i := range doc.Projects {
		for j := range doc.Projects[i].Indicators {
			ind := &doc.Projects[i].Indicators[j]
			for _, part := range ind.ValueParts {
				if sign, ok := back[part.Text]; ok && strings.HasPrefix(ind.Value.Raw, part.Text) {
					ind.Value.Raw = sign + strings.TrimPrefix(ind.Value.Raw, part.Text)
					break
				}
			}
		}
	}
}

// splitMutation splits a grid's single target column into comparator |
// number | unit columns under the given captions (a grid that has a unit,
// nature or direction column already, or no target with a number, is left
// alone), written in the given order (0 the comparator, 1 the number, 2
// the unit: {2, 0, 1} writes 计量单位 | 指标性质 | 指标值); with words, each
// comparator the words have is written as its word (smSignWords: ≥ → 大于等于;
// smPostfixWords: ≥ → 以上).
func splitMutation(captions [3]string, order [3]int, words map[string]string) func(p smPage, g smGrid) ([]smPage, []string) {
	return func(p smPage, g smGrid) ([]smPage, []string) {
		c := g.column("value")
		values := 0
		for _, cp := range g.caps {
			if cp.role == "value" {
				values++
			}
		}
		if c < 0 || values != 1 || g.column("unit") >= 0 || g.column("nature") >= 0 || g.column("direction") >= 0 {
			return nil, nil
		}
		t := p.tables[g.table]
		if x := t[g.head][c]; (c > 0 && t[g.head][c-1] == x) || (c+1 < len(t[g.head]) && t[g.head][c+1] == x) {
			return nil, nil // a caption over several target columns (per area, half and full year)
		}
		alone := func(row []*smCell) bool { // the cell at c covers no other column
			x := row[c]
			return x != nil && (c == 0 || row[c-1] != x) && (c+1 == len(row) || row[c+1] != x)
		}
		numbers := 0
		for _, sp := range g.spans(p) {
			for r := sp.r0; r < sp.r1; r++ {
				if row := p.tables[sp.t][r]; alone(row) {
					if _, n, _ := splitValue(smText(row[c].html)); n != "" && n[0] >= '0' && n[0] <= '9' {
						numbers++
					}
				}
			}
		}
		if numbers == 0 {
			return nil, nil
		}
		q := p.clone()
		parts := map[*smCell][3]*smCell{}
		for _, sp := range append([]smSpan{{g.table, 0, len(t)}}, g.spans(p)[1:]...) {
			for r, row := range p.tables[sp.t] {
				x := row[c]
				wide := [3]*smCell{x, x, x}
				if (sp.t != g.table || r >= g.head && r < g.end) && alone(row) {
					if _, ok := parts[x]; !ok {
						if sp.t == g.table && r < g.body {
							parts[x] = [3]*smCell{{html.EscapeString(captions[0])}, {html.EscapeString(captions[1])}, {html.EscapeString(captions[2])}}
						} else {
							op, n, u := splitValue(smText(x.html))
							if w, ok := words[op]; ok {
								op = w
							}
							parts[x] = [3]*smCell{{html.EscapeString(op)}, {html.EscapeString(n)}, {html.EscapeString(u)}}
						}
					}
					w := parts[x]
					wide = [3]*smCell{w[order[0]], w[order[1]], w[order[2]]}
				}
				nr := append([]*smCell(nil), row[:c]...)
				nr = append(nr, wide[:]...)
				q.tables[sp.t][r] = append(nr, row[c+1:]...)
			}
		}
		return []smPage{q}, []string{captionKey(smText(t[g.head][c].html))}
	}
}

// shortHeader writes a grid's header one cell short (issue 21 family 5):
// a label spanning down beside the header starts on the first data row, or
// else the first caption is gone; every caption moves one column left.
func shortHeader(p smPage, g smGrid) ([]smPage, []string) {
	t := p.tables[g.table]
	c0 := g.caps[0].c0
	label := "no first caption"
	if c0 > 0 {
		if x := t[g.head][c0-1]; x != nil && (g.head == 0 || t[g.head-1][c0-1] != x) && g.body < len(t) && t[g.body][c0-1] == x {
			c0--
			label = "label down"
		}
	}
	q := p.clone()
	for r := g.head; r < g.body; r++ {
		row := q.tables[g.table][r]
		copy(row[c0:], row[c0+1:])
		row[len(row)-1] = nil
	}
	return []smPage{q}, []string{label}
}

// unmerge writes each level cell merged down over several rows once per
// row: its text repeated, or the first row's only and empty cells below.
func unmerge(repeat bool) func(p smPage, g smGrid) ([]smPage, []string) {
	return func(p smPage, g smGrid) ([]smPage, []string) {
		q := p.clone()
		n := 0
		for _, sp := range g.spans(p) {
			ps, _ := p.tables[sp.t].pieces()
			for _, pc := range ps {
				if pc.r < sp.r0 || pc.r >= sp.r1 || pc.h < 2 || pc.w != 1 || (g.roles[pc.c] != "level1" && g.roles[pc.c] != "level2") {
					continue
				}
				for r := pc.r + 1; r < pc.r+pc.h; r++ {
					x := &smCell{}
					if repeat {
						x.html = pc.cell.html
					}
					q.tables[sp.t][r][pc.c] = x
				}
				n++
			}
		}
		if n == 0 {
			return nil, nil
		}
		return []smPage{q}, []string{fmt.Sprintf("%d cells", n)}
	}
}

// noiseRow inserts a row that is no indicator: a signature row or a total
// row after the grid's last row, or an empty row amid its rows.
func noiseRow(kind string) func(p smPage, g smGrid) ([]smPage, []string) {
	return func(p smPage, g smGrid) ([]smPage, []string) {
		t := p.tables[g.table]
		w := len(t[g.head])
		q := p.clone()
		var fill func(c int) *smCell
		at := g.end
		switch kind {
		case "sign":
			a, b := &smCell{"项目负责人:"}, &smCell{"财务负责人:"}
			fill = func(c int) *smCell {
				if c < w/2 {
					return a
				}
				return b
			}
		case "subtotal":
			name := g.column("name")
			if name < 0 {
				name = g.column("value") - 1
			}
			if name < 0 {
				return nil, nil
			}
			weight := g.column("weight")
			total := &smCell{"合计"}
			fill = func(c int) *smCell {
				switch {
				case c <= name:
					return total
				case c == weight:
					return &smCell{"100"}
				}
				return &smCell{}
			}
		case "blank":
			if g.end-g.body < 2 {
				return nil, nil
			}
			at = g.body + (g.end-g.body)/2
			fill = func(int) *smCell { return &smCell{} }
		}
		ti := g.table
		if kind != "blank" && len(g.cont) > 0 { // after the grid's last row, in the table it goes on in
			ti = g.cont[len(g.cont)-1]
			t, at = p.tables[ti], len(p.tables[ti])
		}
		q.tables[ti] = t.insertRow(at, fill)
		return []smPage{q}, []string{kind}
	}
}

// wordsMutation tells a mutation that writes comparators as words (the
// split-*words mutations), whose parses are scored with the words read back
// as signs (smSignsBack).
func wordsMutation(name string) bool {
	return strings.HasSuffix(name, "-words") || strings.Contains(name, "-words-")
}

// postfixMutation tells a mutation that writes comparators as words after
// the number (split-postfix, split-unknown-postfix), whose parses are
// scored with the words read back as signs (smPostfixBack).
func postfixMutation(name string) bool {
	return strings.HasSuffix(name, "-postfix")
}

// structMutations are the structural mutations, in report order.
var structMutations = []structMutation{
	{"swap-levels", swapMutation(true, false)},
	{"swap-values", swapMutation(false, false)},
	{"swap-values-blank", swapMutation(false, true)},
	{"split", splitMutation([3]string{"指标性质", "指标值", "计量单位"}, [3]int{0, 1, 2}, nil)},
	{"split-unknown", splitMutation([3]string{"比较", "数值", "单位"}, [3]int{0, 1, 2}, nil)},
	{"split-unit-first", splitMutation([3]string{"指标性质", "指标值", "计量单位"}, [3]int{2, 0, 1}, nil)},
	{"split-unknown-unit-first", splitMutation([3]string{"比较", "数值", "单位"}, [3]int{2, 0, 1}, nil)},
	{"split-words", splitMutation([3]string{"指标方向", "目标值", "计量单位"}, [3]int{0, 1, 2}, smSignWords)},
	{"split-unknown-words", splitMutation([3]string{"比较", "数值", "单位"}, [3]int{0, 1, 2}, smSignWords)},
	{"split-words-unit-first", splitMutation([3]string{"指标方向", "目标值", "计量单位"}, [3]int{1, 2, 0}, smSignWords)},
	{"split-unknown-words-unit-first", splitMutation([3]string{"比较", "数值", "单位"}, [3]int{1, 2, 0}, smSignWords)},
	{"split-postfix", splitMutation([3]string{"目标方向", "指标值", "计量单位"}, [3]int{1, 2, 0}, smPostfixWords)},
	{"split-unknown-postfix", splitMutation([3]string{"比较", "数值", "单位"}, [3]int{1, 2, 0}, smPostfixWords)},
	{"short-header", shortHeader},
	{"unmerge-repeat", unmerge(true)},
	{"unmerge-empty", unmerge(false)},
	{"sign-row", noiseRow("sign")},
	{"subtotal-row", noiseRow("subtotal")},
	{"blank-row", noiseRow("blank")},
	{"span-caption", spanMutation("caption")},
	{"span-once", spanMutation("once")},
	{"span-once-bare", spanMutation("once-bare")},
	{"span-over", spanOver},
	{"title-row", titleRow},
	{"money-span", moneySpan},
}
