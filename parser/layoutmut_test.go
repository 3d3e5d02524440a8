package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/realscore"
	"github.com/perfdoc/perfdoc/model"
)

// Layout mutations (issue 21, round four): the indicator grids of the real
// filings rewritten into layouts no template here was written for — the
// columns in another order, a level column gone, the header gone or
// printed again at a page break, the grid torn into two tables, an empty
// column put in, the unit glued to the target or moved into the name — and
// scored, HTML and text export, against each filing's truth (the truth
// rewritten where the mutation changes what the filing says: a level no
// longer written is not asked for, a unit moved into the name is part of
// the name). They reuse the page model of structmut_test.go.

// layoutDirs are the corpora the layout mutations run on: the build half
// and the spent held-out sets, named one by one (the fresh held-out sets
// of the round are never read here).
var layoutDirs = []string{"real", "real-heldout", "real-heldout3", "real-heldout4", "real-heldout5",
	"real-heldout6", "real-heldout7", "real-heldout8", "real-heldout9", "real-heldout10", "real-heldout11",
	"real-heldout12", "real-heldout13", "real-heldout14", "real-heldout15", "real-heldout16", "real-heldout17",
	"real-heldout18", "real-heldout19", "real-heldout20", "real-heldout21", "real-heldout22", "real-heldout23",
	"real-heldout24", "real-heldout26"}

// lmTruth rewrites a filing's truth for a mutated page: what the
// mutation took out of the filing is no longer asked for.
type lmTruth func(t *realscore.Truth) *realscore.Truth

// layoutMutation rewrites one grid of a page; apply returns the mutated
// pages with a label and a truth rewrite each (nil: the filing's truth).
type layoutMutation struct {
	name  string
	apply func(p smPage, g smGrid) (pages []smPage, labels []string, truths []lmTruth)
}

// gridRow tells whether row r of table ti is a row of grid g: its header
// and data rows, or a row of a table it goes on in.
func (g smGrid) gridRow(ti, r int) bool {
	return (ti == g.table && r >= g.head && r < g.end) || slices.Contains(g.cont, ti)
}

// capOf returns the grid's captions of a role, in column order.
func (g smGrid) capsOf(role string) []smCap {
	var out []smCap
	for _, c := range g.caps {
		if c.role == role {
			out = append(out, c)
		}
	}
	return out
}

// moveCols returns the column order that puts columns [a0, a1) before
// column b (b < a0) or after column b-1 (b > a1), in a row of width w.
func moveCols(w, a0, a1, b int) []int {
	var rest []int
	for c := 0; c < w; c++ {
		if c < a0 || c >= a1 {
			rest = append(rest, c)
		}
	}
	at := slices.Index(rest, b)
	if at < 0 {
		at = len(rest)
	}
	var moved []int
	for c := a0; c < a1; c++ {
		moved = append(moved, c)
	}
	return slices.Concat(rest[:at], moved, rest[at:])
}

// permuteGrid reorders the columns of a grid's rows (header and data, and
// the tables it goes on in): new column k is old column order[k].
func permuteGrid(p smPage, g smGrid, order []int) smPage {
	q := p.clone()
	q.tables[g.table].permute(g.head, g.end, order)
	for _, ti := range g.cont {
		q.tables[ti].permute(0, len(q.tables[ti]), order)
	}
	return q
}

// moveMutation moves the columns of the caption of role to before the
// caption of role before (权重 before 三级指标), in a grid with one caption
// of each right of the other.
func moveMutation(role, before string) func(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
	return func(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
		bs, as := g.capsOf(before), g.capsOf(role)
		if len(bs) != 1 || len(as) != 1 {
			return nil, nil, nil // blocks side by side (中期 | 年度): one block's order changed alone is no template
		}
		b := bs[0]
		var pages []smPage
		var labels []string
		for _, a := range as {
			if a.c0 <= b.c0 {
				continue
			}
			order := moveCols(len(p.tables[g.table][g.head]), a.c0, a.c1, b.c0)
			pages = append(pages, permuteGrid(p, g, order))
			labels = append(labels, a.key+" before "+b.key)
		}
		return pages, labels, make([]lmTruth, len(pages))
	}
}

// swapRoles swaps the first captions of two roles with their columns,
// wherever they stand (指标值 and 计量单位 apart).
func swapRoles(a, b string) func(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
	return func(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
		as, bs := g.capsOf(a), g.capsOf(b)
		if len(as) != 1 || len(bs) != 1 {
			return nil, nil, nil
		}
		x, y := as[0], bs[0]
		if x.c0 > y.c0 {
			x, y = y, x
		}
		w := len(p.tables[g.table][g.head])
		var order []int
		for c := 0; c < x.c0; c++ {
			order = append(order, c)
		}
		for c := y.c0; c < y.c1; c++ {
			order = append(order, c)
		}
		for c := x.c1; c < y.c0; c++ {
			order = append(order, c)
		}
		for c := x.c0; c < x.c1; c++ {
			order = append(order, c)
		}
		for c := y.c1; c < w; c++ {
			order = append(order, c)
		}
		return []smPage{permuteGrid(p, g, order)}, []string{y.key + "|" + x.key}, []lmTruth{nil}
	}
}

// reverseCaptions writes the grid's captioned columns in reverse order
// (指标值 | 三级指标 | 二级指标 | 一级指标), each caption with its columns.
func reverseCaptions(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
	if len(g.caps) < 2 {
		return nil, nil, nil
	}
	c0, c1 := g.caps[0].c0, g.caps[len(g.caps)-1].c1
	for i := 1; i < len(g.caps); i++ {
		if g.caps[i].c0 != g.caps[i-1].c1 {
			return nil, nil, nil // an uncaptioned column between: no order to reverse
		}
	}
	w := len(p.tables[g.table][g.head])
	var order []int
	for c := 0; c < c0; c++ {
		order = append(order, c)
	}
	for i := len(g.caps) - 1; i >= 0; i-- {
		for c := g.caps[i].c0; c < g.caps[i].c1; c++ {
			order = append(order, c)
		}
	}
	for c := c1; c < w; c++ {
		order = append(order, c)
	}
	return []smPage{permuteGrid(p, g, order)}, []string{"reversed"}, []lmTruth{nil}
}

// dropCols returns a copy of the page with columns cols (ascending) of the
// grid's rows taken out; a row of the grid's table outside the grid loses
// the column where a cell spans it with its neighbour, and keeps its width
// otherwise. Rows keep their slots' count: the slots freed at the end are
// holes.
func dropCols(p smPage, g smGrid, cols []int) smPage {
	q := p.clone()
	drop := func(row []*smCell, c int) {
		copy(row[c:], row[c+1:])
		row[len(row)-1] = nil
	}
	for ti, t := range q.tables {
		if ti != g.table && !slices.Contains(g.cont, ti) {
			continue
		}
		for r, row := range t {
			for i := len(cols) - 1; i >= 0; i-- {
				c := cols[i]
				if c >= len(row) {
					continue
				}
				if g.gridRow(ti, r) || (row[c] != nil && ((c > 0 && row[c-1] == row[c]) || (c+1 < len(row) && row[c+1] == row[c]))) {
					drop(row, c)
				}
			}
		}
	}
	return q
}

// dropLevels takes the columns of the level captions of roles out of the
// grid (一级指标 and its cells), and their levels out of the truth.
func dropLevels(roles ...string) func(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
	return func(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
		var cols []int
		var keys []string
		for _, role := range roles {
			cs := g.capsOf(role)
			if len(cs) != 1 {
				return nil, nil, nil
			}
			for c := cs[0].c0; c < cs[0].c1; c++ {
				cols = append(cols, c)
			}
			keys = append(keys, cs[0].key)
		}
		slices.Sort(cols)
		truth := func(t *realscore.Truth) *realscore.Truth {
			out := *t
			out.Projects = slices.Clone(t.Projects)
			for i := range out.Projects {
				inds := slices.Clone(out.Projects[i].Indicators)
				for j := range inds {
					for _, role := range roles {
						switch role {
						case "level1":
							inds[j].Level1 = nil
						case "level2":
							inds[j].Level2 = nil
						}
					}
				}
				out.Projects[i].Indicators = inds
			}
			return &out
		}
		return []smPage{dropCols(p, g, cols)}, []string{strings.Join(keys, "+")}, []lmTruth{truth}
	}
}

// dropHeader takes the grid's header rows out: its rows start under the
// block above with no caption (a page whose captions were lost).
func dropHeader(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
	q := p.clone()
	t := q.tables[g.table]
	q.tables[g.table] = slices.Concat(t[:g.head], t[g.body:])
	return []smPage{q}, []string{"no header"}, []lmTruth{nil}
}

// copyRows returns fresh cells for rows [r0, r1) of t: a cell spanning
// slots of those rows spans the same slots of the copy.
func copyRows(t smTable, r0, r1 int) smTable {
	fresh := map[*smCell]*smCell{}
	out := make(smTable, 0, r1-r0)
	for r := r0; r < r1; r++ {
		row := make([]*smCell, len(t[r]))
		for c, x := range t[r] {
			if x == nil {
				continue
			}
			if fresh[x] == nil {
				fresh[x] = &smCell{html: x.html}
			}
			row[c] = fresh[x]
		}
		out = append(out, row)
	}
	return out
}

// midBody is the data row a page break falls before: the middle of the
// grid's rows of its own table, 0 when it has fewer than two.
func midBody(g smGrid) int {
	if g.end-g.body < 2 {
		return 0
	}
	return g.body + (g.end-g.body)/2
}

// repeatHeader prints the grid's header again amid its rows (a page break
// a converter kept in one table): a cell merged down over the break goes
// on below the header as an empty cell.
func repeatHeader(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
	at := midBody(g)
	if at == 0 {
		return nil, nil, nil
	}
	q := p.clone()
	t := q.tables[g.table]
	q.tables[g.table] = slices.Concat(t[:at], copyRows(p.tables[g.table], g.head, g.body), t[at:])
	return []smPage{q}, []string{fmt.Sprintf("at row %d", at)}, []lmTruth{nil}
}

// splitTable tears the grid's table in two amid the grid's rows (a page
// break), the second table opening with the grid's header printed again
// (header) or straight with the rows; a cell merged down over the break is
// written again at the top of the second table, as a converter prints it
// on each page.
func splitTable(header bool) func(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
	return func(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
		at := midBody(g)
		if at == 0 {
			return nil, nil, nil
		}
		q := p.clone()
		t := q.tables[g.table]
		second := t[at:]
		if header {
			second = slices.Concat(copyRows(p.tables[g.table], g.head, g.body), second)
		}
		ti := g.table
		q.chunks = slices.Concat(q.chunks[:ti+1], []string{"\n"}, q.chunks[ti+1:])
		q.opens = slices.Concat(q.opens[:ti+1], []string{q.opens[ti]}, q.opens[ti+1:])
		q.tables = slices.Concat(q.tables[:ti], []smTable{t[:at], second}, q.tables[ti+1:])
		return []smPage{q}, []string{fmt.Sprintf("at row %d", at)}, []lmTruth{nil}
	}
}

// blankColumn puts an empty column with no caption into the grid before
// each of its captions and after the last (one parse each); rows of the
// table outside the grid span it with the cell before it.
func blankColumn(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
	var pages []smPage
	var labels []string
	t := p.tables[g.table]
	for i := 0; i <= len(g.caps); i++ {
		var c int // the new column goes after column c
		label := "after the last"
		if i < len(g.caps) {
			c, label = g.caps[i].c0-1, "before "+g.caps[i].key
		} else {
			c = g.caps[len(g.caps)-1].c1 - 1
		}
		if c < 0 {
			continue // no column left of the grid to span it in the other rows
		}
		q := p.clone()
		caption := &smCell{}
		q.tables[g.table] = t.insertColumn(c, func(r int, row []*smCell) *smCell {
			switch {
			case r < g.head || r >= g.end:
				return row[c]
			case r < g.body:
				return caption
			}
			return &smCell{}
		})
		for _, ti := range g.cont {
			q.tables[ti] = p.tables[ti].insertColumn(c, func(int, []*smCell) *smCell { return &smCell{} })
		}
		pages = append(pages, q)
		labels = append(labels, label)
	}
	return pages, labels, make([]lmTruth, len(pages))
}

// lmRows calls f for every data row of the grid with the row's slots.
func lmRows(q smPage, g smGrid, f func(row []*smCell)) {
	for _, sp := range g.spans(q) {
		for r := sp.r0; r < sp.r1 && r < len(q.tables[sp.t]); r++ {
			f(q.tables[sp.t][r])
		}
	}
}

// cellText is a slot's text, trimmed; "" for a hole.
func cellText(x *smCell) string {
	if x == nil {
		return ""
	}
	return strings.TrimSpace(smText(x.html))
}

// unitMove writes the unit column's cells into the target (glue: 95 | %
// → 95%) or into the name's parentheses (name: 合格率 | % → 合格率（%）) and
// takes the unit column out. Only a grid with one target, one unit and
// one name column, each one column wide, is rewritten; a placeholder (/,
// -) goes with its column; a grid with a unit beside a target that does
// not end with its number (28.8万元 | %, 44,561 | 44,561) is left alone.
func unitMove(into string) func(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
	return func(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
		vs, us, ns := g.capsOf("value"), g.capsOf("unit"), g.capsOf("name")
		if len(vs) != 1 || len(us) != 1 || len(ns) != 1 || vs[0].c1-vs[0].c0 != 1 || us[0].c1-us[0].c0 != 1 || ns[0].c1-ns[0].c0 != 1 {
			return nil, nil, nil
		}
		v, u, n := vs[0].c0, us[0].c0, ns[0].c0
		q := p.clone()
		type moved struct{ name, unit string }
		var renames []moved
		seen := map[*smCell]bool{}
		stuck := false
		lmRows(q, g, func(row []*smCell) {
			x, y, z := row[v], row[u], row[n]
			if x == nil || y == nil || z == nil || seen[x] || seen[y] || seen[z] || x == y || y == z {
				return
			}
			seen[x], seen[y], seen[z] = true, true, true
			unit, value, name := cellText(y), cellText(x), cellText(z)
			if lmPlaceholder(unit) {
				return // the unit cell goes
			}
			if value == "" || name == "" || !lmEndsWithDigit(value) || strings.ContainsAny(unit, "\n0123456789") {
				stuck = true // no bare number to take the unit
				return
			}
			switch into {
			case "glue":
				row[v] = &smCell{html: x.html + y.html}
			case "name":
				row[n] = &smCell{html: z.html + "（" + y.html + "）"}
				renames = append(renames, moved{name, unit})
			}
		})
		if stuck {
			return nil, nil, nil
		}
		q = dropCols(q, g, []int{u})
		var truth lmTruth
		if into == "name" {
			truth = func(t *realscore.Truth) *realscore.Truth {
				out := *t
				out.Projects = slices.Clone(t.Projects)
				for i := range out.Projects {
					inds := slices.Clone(out.Projects[i].Indicators)
					for j := range inds {
						for _, m := range renames {
							if captionKey(inds[j].Name) == captionKey(m.name) && strings.HasSuffix(inds[j].Value, m.unit) {
								inds[j].Name += "（" + m.unit + "）"
								inds[j].Value = strings.TrimSuffix(inds[j].Value, m.unit)
								break
							}
						}
					}
					out.Projects[i].Indicators = inds
				}
				return &out
			}
		}
		return []smPage{q}, []string{us[0].key}, []lmTruth{truth}
	}
}

// lmPlaceholder tells a unit cell that holds no unit: empty, or a
// placeholder (/, -, —, 无).
func lmPlaceholder(s string) bool {
	switch s {
	case "", "/", "／", "-", "—", "——", "无", "\\":
		return true
	}
	return false
}

// lmEndsWithDigit tells a target that ends with its number.
func lmEndsWithDigit(s string) bool {
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// reverseRows writes the grid's data rows of its own table bottom up, each
// level cell merged down written once per row (indicators not in level
// order, as a wide table of a unit's projects lists them), a level cell
// left blank under its group's first row written too. Only a grid with
// levels, names and targets is rewritten, its rows down to the first one
// whose one cell spans the captions (保障措施, a section's title) or the
// names' column and another (a signature row).
func reverseRows(p smPage, g smGrid) ([]smPage, []string, []lmTruth) {
	if g.column("name") < 0 || g.column("value") < 0 || g.column("level1") < 0 && g.column("level2") < 0 {
		return nil, nil, nil
	}
	t0 := p.tables[g.table]
	c0, c1 := g.caps[0].c0, g.caps[len(g.caps)-1].c1
	end := g.body
	oneCell := func(row []*smCell) bool {
		return !slices.ContainsFunc(row[c0:c1], func(x *smCell) bool { return x != row[c0] })
	}
	name := g.column("name")
	for end < g.end && !oneCell(t0[end]) && t0[end][name] != nil && (name == 0 || t0[end][name-1] != t0[end][name]) &&
		(name+1 == len(t0[end]) || t0[end][name+1] != t0[end][name]) {
		end++ // (a signature row's cells span the names' column)
	}
	if end-g.body < 2 {
		return nil, nil, nil
	}
	q := p.clone()
	t := q.tables[g.table]
	for r := g.body; r < end; r++ {
		for c, x := range t[r] {
			switch {
			case x != nil && r > g.body && t0[r-1][c] == x:
				t[r][c] = &smCell{html: x.html} // a merged cell written in each row
			case r > g.body && (g.roles[c] == "level1" || g.roles[c] == "level2") && cellText(x) == "" && cellText(t[r-1][c]) != "":
				t[r][c] = &smCell{html: t[r-1][c].html} // a level left blank under its group's first row, too
			}
		}
	}
	slices.Reverse(t[g.body:end])
	return []smPage{q}, []string{fmt.Sprintf("%d rows", end-g.body)}, []lmTruth{nil}
}

// layoutMutations are the layout mutations, in report order.
var layoutMutations = []layoutMutation{
	{"move-weight-before-name", moveMutation("weight", "name")},
	{"move-score-before-name", moveMutation("score", "name")},
	{"move-value-before-name", moveMutation("value", "name")},
	{"move-value-before-level1", moveMutation("value", "level1")},
	{"move-unit-before-name", moveMutation("unit", "name")},
	{"swap-value-unit", swapRoles("value", "unit")},
	{"swap-level1-name", swapRoles("level1", "name")},
	{"reverse-columns", reverseCaptions},
	{"drop-level1", dropLevels("level1")},
	{"drop-level2", dropLevels("level2")},
	{"drop-levels", dropLevels("level1", "level2")},
	{"drop-header", dropHeader},
	{"repeat-header", repeatHeader},
	{"split-table-header", splitTable(true)},
	{"split-table-bare", splitTable(false)},
	{"blank-column", blankColumn},
	{"glue-unit", unitMove("glue")},
	{"unit-in-name", unitMove("name")},
	{"reverse-rows", reverseRows},
}

// layoutFloors hold each layout mutation, by form, at what this version
// reaches over all its parses: fields matched, the most extra indicators,
// levels right and actual/weight/score cells right. Raise the first,
// third and fourth and lower the second as the extractor improves; move
// them to the measured numbers when filings are added to the corpora.
// Measured when the test was written (unit-in-name's truth holds the
// units in the names, so its unmutated parses read fewer); moved to the
// measured numbers when the build half's 411 and the eleventh round's
// filings landed (new filings, not a regression: fields, levels and cells
// up in every mutation, drop-header extras 42 -> 43).
// move-value-before-level1 extras 11 -> 1 (html) and 14 -> 4 (txt),
// fields 990 -> 1004 and 989 -> 1003, when a column of names under an
// unknown caption right after the levels was read as the names though the
// target stood left of the levels (352's 三级指标内容, 13's, 157's: their
// level-2 labels had named one indicator per group).
//
// What is left, and why (the log names each parse):
//   - drop-header: a grid whose header rows are gone is read by content
//     only where its first row writes a level-1 label of the taxonomy
//     (headerlessGrid); the rest of such grids are not read, no value in a
//     wrong field, but the extras (a money table's rows under the block
//     above, level labels as names) are to remove.
//   - drop-level2, drop-levels: a grid whose only level column holds the
//     level 2's words reads them as names (83's 数量指标=2280次), and a flat
//     list whose only known caption is its target's (三级指标内容 | 指标值:
//     one grid word) is no grid.
//   - repeat-header: every field read; 10 levels of 1216 lost where a
//     level cell merged over the break goes on empty under the repeat
//     (no extra); split-table-bare and
//     split-table-header lose a few fields where the second table is read
//     as no grid of its own (105's sentences).
//   - reverse-rows: every field kept; 25 levels lost (165's 16, whose
//     groups left of the level 2 no longer read as level 1 once written in
//     every row; 154, 05, 273), not looked into.
//
// Moved to the measured numbers again when g11f's 461 landed (new filing,
// not a regression): its two 定性 rows, whose 度量单位 cell "无" says there
// is no unit, read "保障无" for 保障: 2 extra in every parse of its grid.
// drop-header extras 48 -> 20 (html and txt), fields unchanged, when a
// headerless grid's sole column of bare numbers beside a column of
// numbers and typed targets among words stopped being read as the target,
// in its first rows or any later ones read alone (66's, 200's, 240's,
// 380's points read as every indicator's target).
// Moved to the measured numbers when g11j's 501 landed (new filing, not a
// regression): a 2011-template scoring grid (一级指标 | 分值 | 二级指标 | 分值 |
// 三级指标 | 分值 | 得分, no target column) whose eleven scored rows are read
// as indicators with their points as targets: 11 extra in every parse of
// its grid (the fields floors also catch up with filings landed since
// they were set, 511's budget among them).
// Moved to the measured numbers when a 度量单位 cell saying there is no unit
// (无: noUnitMark) was no longer joined to the target: 461's two 定性 rows
// read 保障, 2 fields more and 2 extras fewer in every parse of its grid.
// drop-header fields 848 -> 939 (html) and 860 -> 969 (txt), levels 409 ->
// 627 and 495 -> 671, cells 913 -> 975 and 958 -> 1074, extras 20 -> 19
// and 20 -> 20, when a headerless grid opening with the block label down
// its side (绩效指标 | 产出指标 | …, a level-1 word too) was read from its
// first row, the label's column holding no indicator's cells (13's 17
// fields, 21's, 27's …), a target left of the row's level label (97's
// 项目完成) and bare points right of a target in parts (37's = | 100 | % |
// 60) not read.
// Extras moved back down to the measured numbers when a scoring sheet's
// target column under a caption of points (501's 分值 again: targetUnderPoints,
// SCORING-GRID) stopped being read: 501's eleven extras gone in every
// parse of its grid; fields, levels and cells unchanged.
// repeat-header fields 1515 -> 1521 (both forms, all the unmutated
// filings read), levels 1174 -> 1206 (html) and 1178 -> 1205 (txt), and
// split-table-header/txt the same, when a grid's header printed again in
// its table was passed over, the grid going on under its first reading
// (291's levels, read wrong over the whole grid where the repeat had been
// profiled as one of its rows).
// drop-levels fields 1016 -> 1024 (both forms), extras unchanged, when a
// flat list's header naming its names and not its target (三级 | 年度数值 |
// 备注) made a grid where content found a column of typed targets (64's).
var layoutFloors = map[string][4]int{
	"move-weight-before-name/html":  {350, 0, 277, 752},
	"move-weight-before-name/txt":   {350, 0, 277, 752},
	"move-score-before-name/html":   {407, 0, 335, 893},
	"move-score-before-name/txt":    {407, 0, 335, 893},
	"move-value-before-name/html":   {1049, 1, 875, 1090},
	"move-value-before-name/txt":    {1048, 2, 874, 1090},
	"move-value-before-level1/html": {1022, 1, 879, 1018},
	"move-value-before-level1/txt":  {1021, 4, 878, 1018},
	"move-unit-before-name/html":    {153, 0, 103, 141},
	"move-unit-before-name/txt":     {153, 0, 103, 141},
	"swap-value-unit/html":          {152, 0, 103, 102},
	"swap-value-unit/txt":           {152, 0, 103, 102},
	"swap-level1-name/html":         {1014, 1, 875, 1022},
	"swap-level1-name/txt":          {1014, 1, 875, 1022},
	"reverse-columns/html":          {1139, 1, 915, 1087},
	"reverse-columns/txt":           {1138, 2, 914, 1075},
	"drop-level1/html":              {1105, 1, 930, 1018},
	"drop-level1/txt":               {1105, 1, 930, 1027},
	"drop-level2/html":              {1085, 7, 859, 1096},
	"drop-level2/txt":               {1085, 7, 859, 1096},
	"drop-levels/html":              {1024, 4, 0, 1014},
	"drop-levels/txt":               {1024, 11, 0, 1023},
	"drop-header/html":              {939, 19, 627, 975},
	"drop-header/txt":               {969, 20, 671, 1074},
	"repeat-header/html":            {1521, 1, 1206, 1811},
	"repeat-header/txt":             {1521, 2, 1205, 1811},
	"split-table-header/html":       {1520, 2, 1208, 1805},
	"split-table-header/txt":        {1521, 2, 1185, 1811},
	"split-table-bare/html":         {1517, 4, 1209, 1808},
	"split-table-bare/txt":          {1515, 2, 1185, 1811},
	"blank-column/html":             {8673, 6, 6999, 10674},
	"blank-column/txt":              {8673, 6, 6999, 10626},
	"glue-unit/html":                {116, 0, 85, 79},
	"glue-unit/txt":                 {116, 0, 85, 79},
	"unit-in-name/html":             {116, 0, 85, 79},
	"unit-in-name/txt":              {116, 0, 85, 79},
	"reverse-rows/html":             {980, 1, 822, 953},
	"reverse-rows/txt":              {980, 1, 822, 953},
}

// TestLayoutMutations rewrites the indicator grids of the real filings of
// testdata/real and the spent held-out sets (every filing, every grid, one
// mutation at a time) and scores each parse, HTML and text export, against
// the filing's truth (rewritten as the mutation says). Each mutation is
// held at its floor (layoutFloors); the log names every parse that reads
// less than the unmutated filing, or more extra indicators.
func TestLayoutMutations(t *testing.T) {
	if testing.Short() {
		t.Skip("layout mutations: every grid of the real corpora")
	}
	scores := map[string]*smScore{}
	for _, d := range layoutDirs {
		dirs, err := realscore.Filings(filepath.Join("..", "testdata", d))
		require.NoError(t, err)
		for _, dir := range dirs {
			layoutFiling(t, dir, scores)
		}
	}
	var names []string
	for _, m := range layoutMutations {
		names = append(names, m.name)
	}
	checkMutationFloors(t, names, scores, layoutFloors, 30)
}

// layoutFiling scores every layout mutation of every grid of one filing
// into scores.
func layoutFiling(t *testing.T, dir string, scores map[string]*smScore) {
	truth, err := realscore.ReadTruth(filepath.Join(dir, "truth.json"))
	require.NoError(t, err)
	h, err := os.ReadFile(filepath.Join(dir, "filing.html"))
	require.NoError(t, err)
	p := readSMPage(string(h))
	parse := func(q smPage, form string) *model.Document {
		page := q.html()
		if form == "txt" {
			page = q.text()
		}
		doc, err := Parse([]byte(page), Options{Path: filepath.Join(dir, "filing."+form)})
		if err != nil {
			return nil
		}
		return doc
	}
	base := map[string]*model.Document{}
	for _, form := range realscore.Forms {
		base[form] = parse(p, form)
	}
	for _, g := range p.grids() {
		for _, m := range layoutMutations {
			pages, labels, truths := m.apply(p, g)
			for i, q := range pages {
				tr := truth
				if truths[i] != nil {
					tr = truths[i](truth)
				}
				for _, form := range realscore.Forms {
					b := realscore.Compare(tr, base[form])
					sc := realscore.Compare(tr, parse(q, form))
					k := m.name + "/" + form
					s := scores[k]
					if s == nil {
						s = &smScore{}
						scores[k] = s
					}
					bm, _ := b.Fields()
					mm, n := sc.Fields()
					if mm < bm || sc.ExtraCount() > b.ExtraCount() || sc.Levels < b.Levels {
						t.Logf("%s %s %s: %d/%d fields (base %d), %d extra (base %d), levels %d/%d, cells %d/%d %v",
							filepath.Base(dir), k, labels[i], mm, n, bm, sc.ExtraCount(), b.ExtraCount(), sc.Levels, sc.LevelsExp, sc.Cells, sc.CellsExp, extrasOf(sc))
						if os.Getenv("LM_DUMP") != "" {
							page := q.html()
							if form == "txt" {
								page = q.text()
							}
							os.WriteFile(fmt.Sprintf("/tmp/lmdump-%s-%s-t%dr%d.%s", filepath.Base(dir), m.name, g.table, g.head, form), []byte(page), 0o644)
						}
					}
					s.add(sc, b)
				}
			}
		}
	}
}

// TestLayoutMutationHelpers checks the layout mutations on a small grid:
// each rewrites the grid as its comment says and leaves the rest alone.
func TestLayoutMutationHelpers(t *testing.T) {
	page := `<p>表</p><table border="1"><tr><td>项目名称</td><td colspan="5">某项目</td></tr>` +
		`<tr><td rowspan="3">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>计量单位</td></tr>` +
		`<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>户数</td><td>≥10</td><td>户</td></tr>` +
		`<tr><td>质量指标</td><td>合格率</td><td>100</td><td>%</td></tr></table>`
	p := readSMPage(page)
	gs := p.grids()
	require.Len(t, gs, 1)
	body := func(q smPage) string {
		h := q.html()
		return h[strings.Index(h, "\n")+1:]
	}
	want := map[string][]string{
		"move-value-before-level1": {"<tr><td>项目名称</td><td colspan=\"5\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>指标值</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>计量单位</td></tr>\n<tr><td>≥10</td><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td>户</td></tr>\n<tr><td>100</td><td>质量指标</td><td>合格率</td><td>%</td></tr>\n</table>"},
		"drop-level1":              {"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>计量单位</td></tr>\n<tr><td>数量指标</td><td>户数</td><td>≥10</td><td>户</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100</td><td>%</td></tr>\n</table>"},
		"split-table-bare":         {"<tr><td>项目名称</td><td colspan=\"5\">某项目</td></tr>\n<tr><td rowspan=\"2\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>计量单位</td></tr>\n<tr><td>产出指标</td><td>数量指标</td><td>户数</td><td>≥10</td><td>户</td></tr>\n</table>\n<table border=\"1\">\n<tr><td>绩效指标</td><td>产出指标</td><td>质量指标</td><td>合格率</td><td>100</td><td>%</td></tr>\n</table>"},
		"glue-unit":                {"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数</td><td>≥10户</td></tr>\n<tr><td>质量指标</td><td>合格率</td><td>100%</td></tr>\n</table>"},
		"unit-in-name":             {"<tr><td>项目名称</td><td colspan=\"4\">某项目</td></tr>\n<tr><td rowspan=\"3\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\n<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>户数（户）</td><td>≥10</td></tr>\n<tr><td>质量指标</td><td>合格率（%）</td><td>100</td></tr>\n</table>"},
	}
	for _, m := range layoutMutations {
		pages, _, truths := m.apply(p, gs[0])
		require.Len(t, truths, len(pages), m.name)
		if w, ok := want[m.name]; ok {
			var got []string
			for _, q := range pages {
				got = append(got, body(q))
			}
			assert.Equal(t, w, got, m.name)
		}
	}
	// the truth of unit-in-name writes the unit in the name, not the target
	_, _, truths := unitMove("name")(p, gs[0])
	name := "户数"
	tr := truths[0](&realscore.Truth{Projects: []realscore.TruthProject{{Name: &name, Indicators: []realscore.TruthIndicator{{Name: "户数", Value: "≥10户"}, {Name: "合格率", Value: "100%"}}}}})
	assert.Equal(t, []realscore.TruthIndicator{{Name: "户数（户）", Value: "≥10"}, {Name: "合格率（%）", Value: "100"}}, tr.Projects[0].Indicators)
}
