package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A grid header one cell short of its rows, or whose captions stand one
// column off the cells they name (issue 21, family 5), and a text
// export's two-row header that lost its spans: the header is moved or
// split so that each caption stands over its column. A text export's
// header whose captions span columns printed once is read in
// spanheader.go.

// shiftShortHeader handles a header row one cell short of its rows (issue
// 21, family 5): its first caption spans a block-label column that the
// rows below hold (绩效指标 over all of them), or the block label starts on
// the first row under the header, or a caption is missing at its start;
// each caption stands one column left of the cells it names. Without
// positions a blank cell is put before the header when the rows' first
// column is a block label or empty; in any format the header moves one
// column right when the captions name what the columns right of them
// hold and not what their own hold (captionsFitShifted); moved is then 1
// where the reader gives positions (the header's second row stands one
// column left of the columns it names, as the first did). A text header
// one cell longer than its rows whose one blank caption stands right of a
// caption loses that blank (spanBlank). It returns no
// row where the header is a text export's a few cells short of its rows
// and spanHeader finds no one reading of its spans best (the row is then
// no header, and the rows are read by content or not at all).
func (e *extractor) shiftShortHeader(row []layout.Cell, f *frame) (out []layout.Cell, sub bool, moved int) {
	if f.rows == 0 || len(row) == 0 {
		return row, false, 0
	}
	if f.positioned {
		last := row[len(row)-1]
		if f.width != last.Pos.Col+max(last.ColSpan, 1) || !e.captionsFitShifted(row, f) {
			return row, false, 0
		}
		k := e.firstCaption(row)
		out = make([]layout.Cell, 0, len(row)+1)
		out = append(out, row[:k]...)
		out = append(out, layout.Cell{Pos: row[k].Pos})
		for _, c := range row[k:] {
			c.Pos.Col++
			out = append(out, c)
		}
		return out, false, 1
	}
	if spread, ok := e.targetOverAreas(row, f); ok {
		return spread, false, 0
	}
	if f.width >= len(row)+2 {
		if spread, ok := e.spreadBySubRow(row, f); ok {
			return spread, true, 0
		}
		if len(e.rest) > 0 && e.captionsOnly(e.rest[0]) {
			// a two-row header two or more cells short of its rows whose
			// second row does not account for the missing cells (a
			// further span, printed once in both rows): no reading is
			// sure, so the row is no header
			return nil, false, 0
		}
	}
	if k := spanBlank(row); k > 0 && len(row) == f.width+1 {
		// a text header one cell longer than its rows, whose one blank
		// caption stands right of a caption: that caption's span, printed
		// as a cell of its own in the header and once in the rows
		out = make([]layout.Cell, 0, len(row)-1)
		out = append(out, row[:k]...)
		return append(out, row[k+1:]...), false, 0
	}
	if f.width == len(row)+1 {
		if split, ok := e.splitBySubRow(row, f); ok {
			return split, true, 0
		}
		if k := e.slotColumn(f); k > 0 && k <= len(row) && layout.Clean(row[k-1].Text) != "" {
			// the caption left of a column of slot labels spans it (评价指标
			// over 成本目标 | 目标1): a cell merged into it stands over the
			// slots, which no column takes
			out = make([]layout.Cell, 0, len(row)+1)
			out = append(out, row[:k]...)
			out = append(out, layout.Cell{Pos: row[k-1].Pos, Merged: true})
			return append(out, row[k:]...), false, 0
		}
	}
	spanned, ok, blankWorse := e.spanHeader(row, f)
	if ok {
		return spanned, false, 0
	}
	if blankWorse {
		return nil, false, 0 // spans read the rows better, but no one reading best: no header
	}
	if f.width != len(row)+1 {
		return row, false, 0
	}
	if c := f.content(0); c != ctBlock && c != ctEmpty && !e.captionsFitShifted(row, f) {
		return row, false, 0
	}
	return blankBeforeCaption(row, e.firstCaption(row)), false, 0
}

// spanBlank is the index of a header's one blank cell right of a caption
// (一级指标 | (blank) | 二级指标): blank cells before the first caption (the
// column of a block label) aside, it is the only blank one. 0 when there
// is none or more than one.
func spanBlank(row []layout.Cell) int {
	k, seen := 0, false
	for i := range row {
		if layout.Clean(row[i].Text) != "" && !row[i].Merged {
			seen = true
			continue
		}
		if !seen {
			continue
		}
		if k > 0 || row[i].Merged || layout.Clean(row[i-1].Text) == "" {
			return 0
		}
		k = i
	}
	return k
}

// blankBeforeCaption is row with a blank cell put before its cell k (the
// first caption): the column of a block label the header lacks.
func blankBeforeCaption(row []layout.Cell, k int) []layout.Cell {
	out := make([]layout.Cell, 0, len(row)+1)
	out = append(out, row[:k]...)
	out = append(out, layout.Cell{Pos: row[k].Pos})
	return append(out, row[k:]...)
}

// slotColumn is the one column of the rows under a header (a format
// without positions) whose cells all number slots of the row above them
// (目标1, 目标2, 目标1: one short word, the same in all, and a number):
// the second part of a caption that spans two columns, which a text export
// prints once. 0 when there is none, or more than one.
func (e *extractor) slotColumn(f *frame) int {
	rows := e.gridRows()
	found := 0
	for k := 1; k < f.width; k++ {
		word, n := "", 0
		for _, r := range rows {
			if len(r) != f.width {
				continue
			}
			w, ok := slotLabel(layout.Clean(r[k].Text))
			if !ok || word != "" && w != word {
				n = 0
				break
			}
			word = w
			n++
		}
		if n >= 2 {
			if found > 0 {
				return 0
			}
			found = k
		}
	}
	return found
}

// slotLabel splits a slot's label (目标1, 任务12) into its word, one or two
// Han characters, and reports whether a number of one or two digits ends it.
func slotLabel(s string) (string, bool) {
	word := strings.TrimRight(s, "0123456789")
	digits := len(s) - len(word)
	if digits == 0 || digits > 2 || word == "" || utf8.RuneCountInString(word) > 2 {
		return "", false
	}
	for _, r := range word {
		if !unicode.Is(unicode.Han, r) {
			return "", false
		}
	}
	return word, true
}

// firstCaption is the index of a header's first caption: the cells before
// it (a block label merged down beside the header: 绩效指标) stay where
// they stand when the captions move right; 0 when there is none.
func (e *extractor) firstCaption(row []layout.Cell) int {
	for i := range row {
		if text := layout.Clean(row[i].Text); text != "" && !row[i].Merged && e.captionColumn(text) != cNone {
			return i
		}
	}
	return 0
}

// captionsFitShifted reports whether a header's captions name what the
// column right of each holds (一级指标 over a block label, 二级指标 over
// level-1 words, 指标值 over names, and the targets right of them) rather
// than what their own columns hold: each caption counts one where its
// column's content fits it and minus one where the content is decided and
// another; read one column right, the captions must fit twice or more and
// twice as often as where they stand, or count one or more, and three
// more than where they stand (two more where they count less than none).
func (e *extractor) captionsFitShifted(row []layout.Cell, f *frame) bool {
	here, hereWrong := e.captionFit(row, f, 0)
	shifted, shiftedWrong := e.captionFit(row, f, 1)
	now, then := here-hereWrong, shifted-shiftedWrong
	return shifted >= 2 && here*2 <= shifted || then >= 1 && (then-now >= 3 || now < 0 && then-now >= 2)
}

// captionFit counts the captions of a header that name what the column
// off columns right of each holds (fit), and those over a column whose
// content is decided and another (wrong). Captions over cells of any kind
// (备注, 依据, the other years' targets) and unknown ones do not count.
func (e *extractor) captionFit(row []layout.Cell, f *frame, off int) (fit, wrong int) {
	for i := range row {
		text := layout.Clean(row[i].Text)
		if text == "" || row[i].Merged {
			continue
		}
		c := e.captionColumn(text)
		switch c {
		case cNone, cNotes, cBasis, cReason, cHalfYear, cLongTerm, cLastYear:
			continue // no caption, or one over cells of any kind
		}
		col := i
		if f.positioned {
			col = row[i].Pos.Col - 1
		}
		if k := f.content(col + off); fits(c, k) {
			fit++
		} else if k != ctNone && k != ctEmpty && !(c == cActual && k == ctName) {
			// (results written as sentences, a monitoring table's
			// 按进度执行,已使用约40%: neither fit nor contradict)
			wrong++
		}
	}
	return fit, wrong
}

// captionColumn is the grid column a header caption names: by the
// vocabulary's captions, qualified ones (二级指标(长期), 指标值(年度)) and
// the target's shapes; cNone for another text.
func (e *extractor) captionColumn(text string) gridColumn {
	key := e.lx.key(text)
	c := e.lx.gridLabel(key)
	if c == cNone {
		c, _ = e.lx.qualifiedLabel(key)
	}
	if c == cNone && isTargetKey(key) {
		c = cValue
	}
	return c
}

// fits reports whether a column's content agrees with the grid column its
// caption names.
func fits(c gridColumn, k content) bool {
	switch c {
	case cValue, cActual:
		return k == ctValue || k == ctNumber
	case cWeight, cScore:
		return k == ctWeight || k == ctNumber
	case cNature, cDirection:
		return k == ctComparator || k == ctDirection || k == ctNature
	case cDesc:
		return k == ctName
	}
	return k != ctNone && contentColumn(k) == c
}

// subCaption tells a text that may caption a column in a header's second
// row: at most 20 characters, not a bare number or rate.
func subCaption(s string) bool {
	return utf8.RuneCountInString(s) <= 20 && strings.Trim(s, "0123456789.%") != ""
}

// splitBySubRow handles the other header one cell short of its rows in a
// format without positions: a two-row header whose target caption spans
// two columns that the second row names (指标值 over 2021年实际实现值 |
// 预期2022年实现值), the header's first caption the block label (绩效指标)
// that the rows' first, empty cell stands under. The caption is split in
// two: each half takes its second-row label where the vocabulary knows it
// (实际 → the result), else the caption's (指标值 → the target). The
// second row is then no indicator (gridState.subRow).
func (e *extractor) splitBySubRow(row []layout.Cell, f *frame) ([]layout.Cell, bool) {
	if len(e.rest) == 0 || len(e.rest[0]) != f.width || !e.lx.isBlockLabel(labelKey(layout.Clean(row[0].Text))) {
		return nil, false
	}
	sub := e.rest[0]
	var named []int
	for i := range sub {
		s := layout.Clean(sub[i].Text)
		if s == "" {
			continue
		}
		if !subCaption(s) {
			return nil, false
		}
		named = append(named, i)
	}
	if len(named) != 2 || named[1] != named[0]+1 || named[0] == 0 {
		return nil, false
	}
	j := named[0]
	if !isTargetKey(labelKey(layout.Clean(row[j].Text))) {
		return nil, false
	}
	half := func(k int) layout.Cell {
		c := row[j]
		if s := layout.Clean(sub[k].Text); e.lx.gridLabel(labelKey(s)) != cNone {
			c.Text = s
		}
		return c
	}
	out := make([]layout.Cell, 0, len(row)+1)
	out = append(out, row[:j]...)
	out = append(out, half(j), half(j+1))
	out = append(out, row[j+1:]...)
	return out, true
}

// targetOverAreas handles a text export's two-row header whose target
// caption spans the areas of a value per area named in the second row
// (指标值 over 甲县 | 乙县 | 合计), the span printed once: the header is
// short of its rows by the areas but one, no other caption names a
// target, and the second row is as wide as the rows, an area label (areaLabel)
// but a bound's (partCaption: 下限 | 上限) under the target's caption and
// every column of its span, blank under every other caption. The captions
// right of the target's (计量单位, 备注) span both rows and a column each,
// their cells in the second row blank. The caption's span is spelled out
// in merged cells, and the second row is then read as the areas
// (areaSubHeader). Before, the second row was read as the header, its
// first area as the target's column (HEADER-GUESSED); with a caption
// right of the target's, the rows' last cells were read as the target and
// its unit (the last area's value as the target).
func (e *extractor) targetOverAreas(row []layout.Cell, f *frame) ([]layout.Cell, bool) {
	gap := f.width - len(row)
	if gap < 1 || len(e.rest) == 0 || len(e.rest[0]) != f.width {
		return nil, false
	}
	j := -1
	for i, c := range row {
		if !isTargetKey(labelKey(layout.Clean(c.Text))) {
			continue
		}
		if j >= 0 {
			return nil, false // another target caption (全省目标值 | 分地区目标值): the areas' caption is no sole target
		}
		j = i
	}
	if j < 0 || row[j].Merged {
		return nil, false
	}
	for _, c := range row[j+1:] {
		if c.Merged || layout.Clean(c.Text) == "" {
			return nil, false // a blank or merged caption after the target's: its span is not told
		}
	}
	sub := e.rest[0]
	lo, hi, bounds := boundPair(sub)
	// the caption over the bounds of its range (指标值 over 下限 | 上限),
	// blank under the others: spelled out the same, the bounds read as
	// one target (boundsSubHeader)
	bounds = bounds && min(lo, hi) == j && gap == 1
	for i := range sub {
		s := layout.Clean(sub[i].Text)
		under := i >= j && i <= j+gap
		if bounds && under {
			continue
		}
		if under != (s != "") || s != "" && (!e.lx.areaLabel(s) || partCaption(s)) {
			// (a bound, 下限 | 上限 or 最低值 | 最高值, is no area: never
			// the target either, but as a pair under it, above)
			return nil, false
		}
	}
	out := make([]layout.Cell, 0, f.width)
	out = append(out, row[:j+1]...)
	for range gap {
		out = append(out, layout.Cell{Pos: row[j].Pos, Merged: true})
	}
	return append(out, row[j+1:]...), true
}

// spreadBySubRow handles a two-row header two or more cells short of its
// rows in a format without positions (a text export that lost the spans):
// its second row is as wide as the rows and names the parts of the
// captions that span columns (预期指标值 over 符号 | (number) | 单位, 自评得分
// over 单项指标得分 | 权重占比 | 折算得分), the cells under the captions that
// span both rows blank. The second row's captions, with at most one blank
// between two of them, make the groups; each group stands under one
// caption of the first row, taken in order, and the others cover one
// column each: the groups must account for every missing cell. Each column
// of a group takes its second-row caption (without a gloss in parentheses
// where the vocabulary knows it only so: 单位(文字描述) → 单位), a blank one
// the first row's caption (the number under 预期指标值). The second row is
// then no indicator.
func (e *extractor) spreadBySubRow(row []layout.Cell, f *frame) ([]layout.Cell, bool) {
	if len(e.rest) == 0 || len(e.rest[0]) != f.width {
		return nil, false
	}
	sub := e.rest[0]
	label := func(i int) string { return layout.Clean(sub[i].Text) }
	// groups of second-row captions: start → length
	span := make([]int, len(sub))
	missing := f.width - len(row)
	for i := 0; i < len(sub); {
		s := label(i)
		if s == "" {
			i++
			continue
		}
		if !subCaption(s) {
			return nil, false
		}
		j := i + 1
		for j < len(sub) {
			if label(j) != "" {
				j++
			} else if j+1 < len(sub) && label(j+1) != "" {
				j += 2
			} else {
				break
			}
		}
		if j-i < 2 {
			return nil, false // a lone caption spans nothing
		}
		span[i] = j - i
		missing -= j - i - 1
		i = j
	}
	if missing != 0 {
		return nil, false
	}
	out := make([]layout.Cell, 0, f.width)
	i := 0
	for col := 0; col < len(sub); i++ {
		if i >= len(row) {
			return nil, false
		}
		n := max(span[col], 1)
		if n == 1 {
			out = append(out, row[i])
			col++
			continue
		}
		caption := layout.Clean(row[i].Text)
		if caption == "" || e.captionColumn(caption) == cNone {
			return nil, false
		}
		for k := col; k < col+n; k++ {
			c := row[i]
			if s := label(k); s != "" {
				c.Text = s
				if e.captionColumn(s) == cNone {
					if bare := stripParens(labelKey(s)); bare != "" && e.captionColumn(bare) != cNone {
						c.Text = bare // 单位(文字描述): a caption with its gloss
					}
				}
			}
			out = append(out, c)
		}
		col += n
	}
	if i != len(row) {
		return nil, false
	}
	return out, true
}

// captionsOnly reports whether row reads as the second row of a two-row
// header: short texts, no target, no level label, one or more of them a
// grid column's caption (2021年实际实现值 | 预期2022年实现值).
func (e *extractor) captionsOnly(row []layout.Cell) bool {
	n := 0
	for i := range row {
		s := layout.Clean(row[i].Text)
		if s == "" {
			continue
		}
		if !subCaption(s) || e.lx.looksLikeValue(s) || e.lx.levelLabel(s) {
			return false
		}
		if e.captionColumn(s) != cNone {
			n++
		}
	}
	return n > 0
}
