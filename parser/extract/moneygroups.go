package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A money block whose total stands beside captions that group its parts,
// income and spending side by side over one row of amounts (the Hunan
// 部门整体支出绩效目标申报表, real filing 590):
//
//	年度预算申请（万元） | 资金总额 | 按收入性质分          | 按支出性质分
//	                     |          | 公共财政拨款 | 其他资金 | 基本支出 | 项目支出
//	                     | 211.62   | 211.62       |          | 161.62   | 50.00
//
// The amount under the total's label is the budget; the parts are read
// under their own captions, never as the total.

// moneyGroupsOverValues reads row (its filled cells from first on) as the
// captions of such a block: a caption of the block first (a funds label,
// or money words or a money unit: 年度预算申请（万元）), optional; then the
// money labels of the form, a total among them (资金总额); then captions
// no label of the form names that group parts (groupsParts). The row
// below holds the parts' captions (partCaptionsRow) and nothing under the
// labels; the row after it an amount under each label and, elsewhere,
// amounts under parts' captions only (amountsUnderGroups). A third row of
// amounts under the labels makes a list, not this block. It reports
// whether it read the rows; the two rows below are then passed over
// (readAhead).
func (e *extractor) moneyGroupsOverValues(row []layout.Cell, first int) bool {
	if len(e.rest) < 2 || first < 0 {
		return false
	}
	parts, values := e.rest[0], e.rest[1]
	lead := -1
	var labels []blockLabel
	var groups []int
	total := false
	for i := first; i < len(row); i++ {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		key := e.lx.key(s)
		f, unit, known := e.lx.lookupLabel(key)
		l := blockLabel{f: f, unit: unit, label: i, text: s, value: cellUnder(values, cellCol(row, i))}
		if !known && len(groups) == 0 && len(s) <= maxLabelBytes {
			// the amount written in the label's cell (资金总额:211.62)
			if lf, label, v, ok := e.lx.splitLabelValue(s); ok && isMoneyField(lf) {
				if _, _, amount := unitAmount(v); amount {
					l.f, l.text, l.amount, l.value, known = lf, label, v, -1, true
				}
			}
		}
		switch {
		case i == first && l.amount == "" && e.blockCaption(key, f, known):
			lead = i
		case known && isMoneyField(l.f) && len(groups) == 0:
			if slices.ContainsFunc(labels, func(b blockLabel) bool { return b.f == l.f }) {
				return false // two labels of one field: which amount is the year's, none tells
			}
			if l.amount == "" && l.value < 0 {
				return false
			}
			total = total || l.f == fTotal
			labels = append(labels, l)
		case !known && len(labels) > 0 && e.groupCaption(key) && e.groupsParts(row, i, parts):
			groups = append(groups, i)
		default:
			return false
		}
	}
	if !total || len(groups) == 0 {
		return false
	}
	captions := e.partCaptionsRow(row, labels, parts)
	if captions == nil || !e.amountsUnderGroups(row, lead, labels, parts, captions, values) {
		return false
	}
	if len(e.rest) > 2 {
		for _, l := range labels {
			if j := cellUnder(e.rest[2], cellCol(row, l.label)); j >= 0 && !e.rest[2][j].Merged {
				if _, _, ok := unitAmount(layout.Clean(e.rest[2][j].Text)); ok {
					return false // amounts under the labels again: a list, one unit a row
				}
			}
		}
	}
	if lead >= 0 {
		if u := moneyUnitIn(e.lx.key(layout.Clean(row[lead].Text))); u != "" {
			e.setMoneyUnit(u, row[lead].Pos)
		}
	}
	for _, l := range labels {
		if l.unit != "" {
			e.setMoneyUnit(l.unit, row[l.label].Pos)
		}
		e.ps.lastField = l.f
		if l.value < 0 {
			e.setField(l.f, l.text, l.amount, row[l.label].Pos, row[l.label].Pos)
			continue
		}
		e.setField(l.f, l.text, layout.Clean(values[l.value].Text), values[l.value].Pos, row[l.label].Pos)
	}
	e.readParts(parts, captions, values)
	e.readAhead = 2
	return true
}

// blockLabel is a money label of a block's captions row, and where its
// amount is.
type blockLabel struct {
	f      field
	unit   string
	label  int    // the label's cell
	text   string // the label as written, its amount aside
	value  int    // the amount's cell in the row of amounts, -1 when the label's cell holds it
	amount string // the amount written in the label's cell (资金总额:211.62)
}

// blockCaption tells the caption a money block opens with, left of its
// labels and spanning their rows: a funds label, or a caption no label of
// the form names that holds money words or a money unit (年度预算申请（万元）).
func (e *extractor) blockCaption(key string, f field, known bool) bool {
	if known {
		return f == fBudgetGroup
	}
	return moneyUnitIn(key) != "" || moneyWords(stripParens(key))
}

// groupCaption tells a short caption that may group parts: no amount, no
// label of the form, the block or the grid (按收入性质分, 按支出性质分).
func (e *extractor) groupCaption(key string) bool {
	n := utf8.RuneCountInString(key)
	return n >= 2 && n <= 10 && !strings.ContainsFunc(key, unicode.IsDigit) && !e.lx.isBlockLabel(key) && e.lx.gridLabel(key) == cNone
}

// groupsParts tells a caption row[i] over a money label of the form in
// the row below, under its span (by grid column where the reader knows
// it, else the cell below by index).
func (e *extractor) groupsParts(row []layout.Cell, i int, below []layout.Cell) bool {
	from := cellCol(row, i)
	to := from + cellSpan(row, i) - 1
	for j := range below {
		if c := cellCol(below, j); c < from || c > to || below[j].Merged {
			continue
		}
		if e.lx.moneyCaption(e.lx.key(layout.Clean(below[j].Text))) {
			return true
		}
	}
	return false
}

// partCaptionsRow reads the row of the parts' captions under a block's
// groups: blank under the block's caption and labels; right of the
// labels, captions of parts only — money labels of the form but totals,
// or captions no label names, with no digit — two money labels at least.
// It returns the indexes of the captions, nil when the row is no such row.
func (e *extractor) partCaptionsRow(row []layout.Cell, labels []blockLabel, parts []layout.Cell) []int {
	last := cellCol(row, labels[len(labels)-1].label)
	var captions []int
	known := 0
	for j := range parts {
		s := layout.Clean(parts[j].Text)
		if parts[j].Merged || s == "" {
			continue
		}
		if cellCol(parts, j) <= last || len(s) > maxLabelBytes || strings.ContainsFunc(s, unicode.IsDigit) {
			return nil
		}
		key := e.lx.key(s)
		if f, _, ok := e.lx.lookupLabel(key); ok {
			if !isMoneyField(f) || f == fTotal || f == fProjectTotal {
				return nil
			}
			known++
		}
		captions = append(captions, j)
	}
	if known < 2 {
		return nil
	}
	return captions
}

// amountsUnderGroups tells a row of amounts under a block's captions: an
// amount under each label, blank under the block's caption, and any other
// filled cell an amount under a part's caption.
func (e *extractor) amountsUnderGroups(row []layout.Cell, lead int, labels []blockLabel, parts []layout.Cell, captions []int, values []layout.Cell) bool {
	under := map[int]bool{}
	for _, l := range labels {
		if l.value < 0 {
			// the amount in the label: nothing under it
			if j := cellUnder(values, cellCol(row, l.label)); j >= 0 && !values[j].Merged && layout.Clean(values[j].Text) != "" {
				return false
			}
			continue
		}
		v := layout.Clean(values[l.value].Text)
		if _, _, ok := unitAmount(v); values[l.value].Merged || !ok {
			return false
		}
		under[l.value] = true
	}
	if lead >= 0 {
		if j := cellUnder(values, cellCol(row, lead)); j >= 0 && !values[j].Merged && layout.Clean(values[j].Text) != "" {
			return false
		}
	}
	for j := range values {
		s := layout.Clean(values[j].Text)
		if under[j] || values[j].Merged || s == "" {
			continue
		}
		if _, _, ok := unitAmount(s); !ok || !captionOver(parts, captions, cellCol(values, j)) {
			return false
		}
	}
	return true
}

// captionOver tells a caption among parts[captions] in grid column col.
func captionOver(parts []layout.Cell, captions []int, col int) bool {
	for _, j := range captions {
		if cellCol(parts, j) == col {
			return true
		}
	}
	return false
}

// readParts reads the amounts under the parts' captions: the fiscal and
// other parts once each, any other part a budget item under its caption.
func (e *extractor) readParts(parts []layout.Cell, captions []int, values []layout.Cell) {
	seen := map[field]bool{}
	for _, j := range captions {
		k := cellUnder(values, cellCol(parts, j))
		if k < 0 || values[k].Merged {
			continue
		}
		v := layout.Clean(values[k].Text)
		if v == "" {
			continue
		}
		label := layout.Clean(parts[j].Text)
		f, _, _ := e.lx.lookupLabel(e.lx.key(label))
		if (f == fFiscal || f == fOther) && !seen[f] {
			seen[f] = true
			e.setField(f, label, v, values[k].Pos, parts[j].Pos)
			continue
		}
		e.budgetItem(label, v, values[k].Pos)
	}
}
