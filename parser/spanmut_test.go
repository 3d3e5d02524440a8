package parser

import (
	"slices"
	"strings"

	"github.com/perfdoc/perfdoc/vocab"
)

// Column spans a text export loses (issue 21): a text export prints a cell
// that spans columns once, so a caption, a label or a name that spans two
// columns in some rows and not in others shifts every later cell of those
// rows. The mutations below add such spans where real filings have them;
// the HTML keeps the spans (colspan), the text export loses them, and the
// difference between the two forms is what the text reader must recover
// by content.

// insertColumn returns a copy of table t with a column inserted after
// column c: slot c+1 of row r takes fill(r, row). A cell that spans the
// place already goes on over the new column.
func (t smTable) insertColumn(c int, fill func(r int, row []*smCell) *smCell) smTable {
	out := make(smTable, len(t))
	for r, row := range t {
		x := fill(r, row)
		if c+1 < len(row) && row[c] != nil && row[c+1] == row[c] {
			x = row[c]
		}
		nr := append([]*smCell(nil), row[:c+1]...)
		nr = append(nr, x)
		out[r] = append(nr, row[c+1:]...)
	}
	return out
}

// spanMutation inserts a column right of a grid column with a caption of
// its own and spans cells over it:
//
//   - "caption": the caption spans the new column, each row below has an
//     empty cell there (指标值 over two cells, the second one empty);
//   - "once": the caption spans it, and so does the first cell with text
//     under the caption (a name with colspan=2 in one row only; a level-1
//     or level-2 label, merged down, spanning two columns), the other rows
//     have an empty cell there;
//   - "once-bare": as once, with an empty caption of its own over the new
//     column.
//
// Rows above and below the grid have their cell span the new column.
func spanMutation(mode string) func(p smPage, g smGrid) ([]smPage, []string) {
	return func(p smPage, g smGrid) ([]smPage, []string) {
		var pages []smPage
		var labels []string
		t := p.tables[g.table]
		for _, cp := range g.caps {
			if cp.c1-cp.c0 != 1 || cp.role == "" {
				continue
			}
			c := cp.c0
			var target *smCell
			if mode != "caption" {
				for _, sp := range g.spans(p) {
					rows := p.tables[sp.t]
					for r := sp.r0; r < sp.r1 && target == nil; r++ {
						x := rows[r][c]
						if x == nil || strings.TrimSpace(smText(x.html)) == "" || (r > 0 && rows[r-1][c] == x) ||
							(c > 0 && rows[r][c-1] == x) || (c+1 < len(rows[r]) && rows[r][c+1] == x) {
							continue
						}
						target = x
					}
				}
				if target == nil {
					continue
				}
			}
			body := func(row []*smCell) *smCell {
				if row[c] == target && target != nil {
					return target
				}
				return &smCell{}
			}
			q := p.clone()
			caption := t[g.head][c]
			q.tables[g.table] = t.insertColumn(c, func(r int, row []*smCell) *smCell {
				switch {
				case r < g.head || r >= g.end:
					return row[c]
				case r < g.body:
					if row[c] == caption && mode != "once-bare" {
						return caption
					}
					return &smCell{}
				}
				return body(row)
			})
			for _, ti := range g.cont {
				q.tables[ti] = p.tables[ti].insertColumn(c, func(_ int, row []*smCell) *smCell { return body(row) })
			}
			pages = append(pages, q)
			labels = append(labels, cp.key)
		}
		return pages, labels
	}
}

// spanOver writes a caption over its own column and the next one, whose
// caption is lost: the names' caption over the names and their
// descriptions (三级指标 over 指标名称 | 指标解释), the target's over the
// target and its unit or notes.
func spanOver(p smPage, g smGrid) ([]smPage, []string) {
	var pages []smPage
	var labels []string
	over := map[string][]string{"name": {"description"}, "value": {"unit", "notes"}}
	for i := 0; i+1 < len(g.caps); i++ {
		a, b := g.caps[i], g.caps[i+1]
		if a.c1 != b.c0 || a.c1-a.c0 != 1 || b.c1-b.c0 != 1 || a.h != b.h || !slices.Contains(over[a.role], b.role) {
			continue
		}
		q := p.clone()
		t := q.tables[g.table]
		x := t[g.head][a.c0]
		for r := g.head; r < g.head+a.h; r++ {
			t[r][b.c0] = x
		}
		pages = append(pages, q)
		labels = append(labels, a.key+"+"+b.key)
	}
	return pages, labels
}

// titleRow inserts a row spanning the grid above its header (年度绩效指标).
func titleRow(p smPage, g smGrid) ([]smPage, []string) {
	q := p.clone()
	title := &smCell{"年度绩效指标"}
	q.tables[g.table] = p.tables[g.table].insertRow(g.head, func(int) *smCell { return title })
	return []smPage{q}, []string{"title"}
}

// moneySpan writes the first money row's label over its column and an
// empty one beside it (年度资金总额 with colspan 2 in its row only), in a
// table with a money header (年初预算数 | 全年预算数 | 全年执行数): the
// money header and the other money rows hold an empty cell there. It
// applies once per table, whatever grid it is called for.
func moneySpan(p smPage, g smGrid) ([]smPage, []string) {
	v := vocab.Default()
	isMoneyCaption := func(k string) bool {
		for _, key := range []string{"budget", "initial", "executed"} {
			if slices.Contains(v.ColumnLabels[key], k) {
				return true
			}
		}
		return false
	}
	isMoneyLabel := func(k string) bool {
		k = strings.ReplaceAll(k, ":", "：")
		for _, key := range []string{"total", "fiscal", "other", "budget_item"} {
			if slices.Contains(v.HeaderLabels[key], k) {
				return true
			}
		}
		return false
	}
	if slices.ContainsFunc(p.grids()[:slices.IndexFunc(p.grids(), func(h smGrid) bool { return h.table == g.table && h.head == g.head })], func(h smGrid) bool { return h.table == g.table }) {
		return nil, nil // the table's first grid only
	}
	t := p.tables[g.table]
	for r := 0; r+1 < len(t); r++ {
		if !slices.ContainsFunc(t[r], func(x *smCell) bool { return x != nil && isMoneyCaption(captionKey(smText(x.html))) }) {
			continue
		}
		first := r + 1
		c := slices.IndexFunc(t[first], func(x *smCell) bool { return x != nil && isMoneyLabel(captionKey(smText(x.html))) })
		if c < 0 {
			return nil, nil
		}
		label := t[first][c]
		for c+1 < len(t[first]) && t[first][c+1] == label {
			c++
		}
		if t[r][c] == label || (first > 0 && t[first-1][c] == label) || (first+1 < len(t) && t[first+1][c] == label) {
			return nil, nil // a label merged down or up: its span is no row's own
		}
		end := first
		for end < len(t) && slices.ContainsFunc(t[end], func(x *smCell) bool { return x != nil && isMoneyLabel(captionKey(smText(x.html))) }) {
			end++
		}
		q := p.clone()
		q.tables[g.table] = t.insertColumn(c, func(i int, row []*smCell) *smCell {
			switch {
			case i < r || i >= end:
				return row[c]
			case row[c] == label:
				return label
			}
			return &smCell{}
		})
		return []smPage{q}, []string{captionKey(smText(label.html))}
	}
	return nil, nil
}
