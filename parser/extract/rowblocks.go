package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
)

// The other indicators a row may hold beside the one it names: the left
// one of two set side by side under one set of levels, the mid-term
// block's when it names another indicator than the year's, and the
// indicators a name cell and a target cell list as numbered lines.

// addMid adds the mid-term block's indicator mid that otherBlock read
// from the cells midCells; nothing when midCells is nil.
func (r *gridRow) addMid(mid model.Indicator, midCells []int) {
	if midCells == nil {
		return
	}
	for _, i := range midCells {
		r.used[i] = true
	}
	r.add(mid)
}

// addLines adds ind to the project, or, when the name cell's text name
// and its target list indicators as numbered lines and it has nothing
// else beside its target, one indicator a line.
func (r *gridRow) addLines(ind model.Indicator, name string) {
	if names, vals := numberedLinePairs(name, ind.Value.Raw); names != nil && ind.Actual == nil && len(ind.OtherValues) == 0 &&
		ind.Weight == nil && ind.Score == nil && ind.Description == "" && len(ind.ValueParts) == 0 {
		// 1.改造危房户数 / 2.开工率 over 1.≥300户 / 2.100%: the cells
		// list an indicator a numbered line, the same numbers in both
		for k := range names {
			one := ind
			one.Name, one.Value = names[k], model.Value{Raw: vals[k], Kind: model.KindText}
			r.add(one)
		}
		return
	}
	r.add(ind)
}

// numberedLinePairs splits a name cell and a value cell that list two or
// more indicators as numbered lines, 1. to n. in both (1.改造危房户数 /
// 2.开工率 over 1.≥300户 / 2.100%; 1、 1． （1） (1) ① alike): the names as
// written and the targets without their numbers. It returns nil when the
// cells are not so numbered line for line.
func numberedLinePairs(name, val string) (names, vals []string) {
	nl, vl := cellLines(name), cellLines(val)
	if len(nl) < 2 || len(nl) != len(vl) {
		return nil, nil
	}
	for k := range nl {
		n, _ := lineSerial(nl[k])
		m, rest := lineSerial(vl[k])
		if n != k+1 || m != k+1 || rest == "" {
			return nil, nil
		}
		vals = append(vals, rest)
	}
	return nl, vals
}

// cellLines is a cell's non-blank lines, trimmed.
func cellLines(s string) []string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// lineSerial reads the number a line opens with — 1. 1、 1． (1) （1） 1)
// ① — and the rest of the line; 0 when it opens with none.
func lineSerial(l string) (int, string) {
	if r, size := utf8.DecodeRuneInString(l); r >= '①' && r <= '⑳' {
		return int(r-'①') + 1, strings.TrimSpace(l[size:])
	}
	open := ""
	for _, p := range []string{"（", "("} {
		if strings.HasPrefix(l, p) {
			open = p
		}
	}
	rest := l[len(open):]
	i := 0
	for i < len(rest) && i < 2 && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, ""
	}
	n := serialNumber(rest[:i])
	closers := []string{".", "、", "．", ")"}
	if open != "" {
		closers = []string{"）", ")"}
	}
	for _, c := range closers {
		if after, ok := strings.CutPrefix(rest[i:], c); ok {
			return n, strings.TrimSpace(after)
		}
	}
	return 0, ""
}

// sideBySide reads the left indicator of a row that sets two side by side
// under one set of levels (g.pairs): the earlier name and target, which
// the header reading kept as a mid-term block beside ind, become an
// indicator of ind's levels. An earlier pair without a name or a target
// is no indicator: its cells stay unrecognized.
func (r *gridRow) sideBySide(ind *model.Indicator) (model.Indicator, bool) {
	g := r.g
	k := slices.IndexFunc(ind.OtherValues, func(o model.OtherValue) bool { return o.Role == model.RoleLongTerm })
	name, namePos, ok := r.at(*g.long)
	if !ok || name == "" || k < 0 || ind.OtherValues[k].Value.Raw == "" {
		if ok {
			r.used[r.index(g.long.idx, g.long.col)] = false
		}
		if k >= 0 {
			for i := range r.row {
				if r.row[i].Pos == ind.OtherValues[k].Source {
					r.used[i] = false
				}
			}
			ind.OtherValues = slices.Delete(ind.OtherValues, k, k+1)
		}
		return model.Indicator{}, false
	}
	o := ind.OtherValues[k]
	ind.OtherValues = slices.Delete(ind.OtherValues, k, k+1)
	left := model.Indicator{Level1: ind.Level1, Level2: ind.Level2, Name: name,
		Value: model.Value{Raw: o.Value.Raw, Kind: model.KindText}, Source: o.Source}
	if left.Source.IsZero() {
		left.Source = namePos
	}
	return left, true
}

// otherBlock reads the mid-term block's cells of a row when they name
// another indicator than the year's block beside them (the national form
// whose 中期 | 年度 blocks list different indicators, not the same rows
// twice): the mid-term name, its level 2 (filled down in its own column)
// and its target make an indicator of their own, its target also kept as
// its long-term value to say which block it came from, and the year's
// indicator keeps no long-term value. It returns that indicator and the
// cells it reads (to mark when it is added), nil when the row is one
// indicator: its blocks name the same one (or the mid-term block has no
// name or no target, or a number for a name, or a caption for a target,
// or a name sharing half its words with the year's and a target in the
// same unit: sameMeasure, or a dash or 无 for a name or a target: noneName),
// the year's target with the mid-term one beside it (midTerm).
func (r *gridRow) otherBlock(ind *model.Indicator, yearVal string) (model.Indicator, []int) {
	g := r.g
	if g.long == nil || g.pairs {
		return model.Indicator{}, nil
	}
	var cells []int
	l2 := ""
	if g.longL2 != nil {
		if i := r.index(g.longL2.idx, g.longL2.col); i >= 0 {
			if s := r.e.text(&r.row[i]); s != "" {
				g.longLevel = compactLabel(s)
				cells = append(cells, i)
			}
		}
		l2 = g.longLevel
	}
	i := r.index(g.long.idx, g.long.col)
	k := slices.IndexFunc(ind.OtherValues, func(o model.OtherValue) bool { return o.Role == model.RoleLongTerm })
	if i < 0 || k < 0 || ind.Name == "" {
		return model.Indicator{}, nil
	}
	name, val := r.e.text(&r.row[i]), ind.OtherValues[k].Value.Raw
	if name == "" || val == "" || noneName(name) || noneName(val) || oneIndicator(name, ind.Name) || sameMeasure(name, ind.Name, val, yearVal) || numeralOnly(name) || pointsOnly(name) || captionValue(val) {
		return model.Indicator{}, nil
	}
	if l2 == "" {
		l2 = ind.Level2
	}
	o := ind.OtherValues[k]
	ind.OtherValues = slices.Delete(ind.OtherValues, k, k+1)
	mid := model.Indicator{Level1: ind.Level1, Level2: l2, Name: name,
		Value: model.Value{Raw: o.Value.Raw, Kind: model.KindText}, Source: o.Source,
		OtherValues: []model.OtherValue{o}}
	if mid.Source.IsZero() {
		mid.Source = r.row[i].Pos
	}
	return mid, append(cells, i)
}

// oneIndicator tells the names of a row's mid-term and year's blocks that
// name one indicator: the same words, or one inside the other (建成面积 |
// 年度建成面积: the year's qualified by its period).
func oneIndicator(a, b string) bool {
	a, b = strings.Join(strings.Fields(a), ""), strings.Join(strings.Fields(b), "")
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// sameMeasure tells a row's mid-term and year's blocks that name one
// indicator in other words: the names share half the characters of the
// shorter at least (培训农民人数 | 农民培训人数, 三年累计改造户数 | 本年改造户数)
// and the targets end in the same unit (≥3000人 | ≥1000人: the term's
// total beside the year's part). Names that share a word but count other
// things (培训人次 ≥300人次 | 培训天数 ≥5天) stay two indicators.
func sameMeasure(a, b, va, vb string) bool {
	if valueUnit(va) != valueUnit(vb) {
		return false
	}
	ra, rb := []rune(strings.Join(strings.Fields(a), "")), []rune(strings.Join(strings.Fields(b), ""))
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	left := map[rune]int{}
	for _, c := range rb {
		left[c]++
	}
	shared := 0
	for _, c := range ra {
		if left[c] > 0 {
			left[c]--
			shared++
		}
	}
	return shared >= 2 && 2*shared >= len(ra)
}
