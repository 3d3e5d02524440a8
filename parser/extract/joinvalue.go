package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A target split across cells by a conversion (≥ | 95 | %) is joined into
// one value cell before the row is read, with a warning.

// joinSplitValue repairs a value cell split into sign | number | unit
// cells by a conversion: when a grid row has one to three cells more than
// its header and the cells from the value column on are short signs,
// numbers and units, one other text at most (a typed target: ≥ | 95%),
// they are joined into one value cell, with a warning.
func (e *extractor) joinSplitValue(row []layout.Cell) []layout.Cell {
	g := e.ps.grid
	if len(row) > 0 && row[0].Pos.Col > 0 && g.cols[cValue] > 0 {
		return e.joinSpanned(row)
	}
	extra := len(row) - g.width
	vi := g.idx[cValue]
	if extra < 1 || extra > 3 || vi < 0 || vi+extra >= len(row) {
		return row
	}
	parts := row[vi : vi+extra+1]
	var texts []string
	others := 0
	for k, c := range parts {
		t := layout.Clean(c.Text)
		if utf8.RuneCountInString(t) > 12 || strings.ContainsRune(t, '\n') {
			return row
		}
		if k > 0 && startsWithComparator(t) {
			// a sign after the first part opens a target of its own (10 |
			// ≥1000人: a weight beside the target, a span printed once),
			// never a part of one: the comparator comes first
			return row
		}
		if key := labelKey(t); key != "" && !e.lx.isComparator(key) && !isUnitWord(e.lx.v, key) {
			if _, ok := smallDecimal(key); !ok {
				// a part that is no sign, number or unit: one typed
				// target at most (≥ | 95%), never a name beside it
				if others++; others > 1 || utf8.RuneCountInString(t) > 6 {
					return row
				}
			}
		}
		texts = append(texts, t)
	}
	if twoNumbers(texts) {
		return row // two numbers (120 | 150) are two values, never one written across cells
	}
	joined := parts[0]
	joined.Text = strings.Join(texts, "")
	joined.ColSpan = 0
	for _, c := range parts {
		joined.ColSpan += max(c.ColSpan, 1)
	}
	e.warn(parts[0].Pos, diag.ValueJoined, len(parts), strings.Join(texts, " | "), joined.Text)
	out := make([]layout.Cell, 0, g.width)
	out = append(out, row[:vi]...)
	out = append(out, joined)
	return append(out, row[vi+extra+1:]...)
}

// joinSpanned is joinSplitValue where cells have grid columns: the cells
// under the value header's span (指标值 over 性质 | 值 | 单位) are joined.
func (e *extractor) joinSpanned(row []layout.Cell) []layout.Cell {
	g := e.ps.grid
	from, to := g.cols[cValue], g.cols[cValue]+g.valueSpan-1
	if to <= from {
		return row
	}
	var idx []int
	for k := range row {
		if c := row[k].Pos.Col; c >= from && c <= to {
			idx = append(idx, k)
		}
	}
	if len(idx) < 2 {
		return row
	}
	var texts []string
	for _, k := range idx {
		t := layout.Clean(row[k].Text)
		if utf8.RuneCountInString(t) > 12 || strings.ContainsRune(t, '\n') {
			return row
		}
		texts = append(texts, t)
	}
	if twoNumbers(texts) {
		return row // two numbers under the caption (120 | 150): two values, never one
	}
	joined := row[idx[0]]
	joined.Text = strings.Join(texts, "")
	joined.ColSpan = to - from + 1
	e.warn(joined.Pos, diag.ValueJoined, len(idx), strings.Join(texts, " | "), joined.Text)
	out := make([]layout.Cell, 0, len(row))
	out = append(out, row[:idx[0]]...)
	out = append(out, joined)
	return append(out, row[idx[len(idx)-1]+1:]...)
}

// twoNumbers tells texts holding two different numbers alone (120 | 150,
// 3 | 3.5): a target split across cells writes its number in one of them
// (≥ | 95 | %), so such cells are two values, never joined into one
// (120150, 33.5). The same number printed again (44,561 | 44,561) is
// joined as before.
func twoNumbers(texts []string) bool {
	first := ""
	for _, t := range texts {
		t = normalize.DropThousands(t)
		if _, ok := smallDecimal(t); !ok {
			continue
		}
		if first != "" && t != first {
			return true
		}
		first = t
	}
	return false
}
