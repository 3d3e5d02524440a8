package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A grid header one cell short of its rows, or whose captions stand one
// column off the cells they name (issue 21, family 5), and a text
// export's two-row header that lost its spans: the header is moved or
// split so that each caption stands over its column.

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
// column left of the columns it names, as the first did). It returns no
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
	k := e.firstCaption(row)
	out = make([]layout.Cell, 0, len(row)+1)
	out = append(out, row[:k]...)
	out = append(out, layout.Cell{Pos: row[k].Pos})
	return append(out, row[k:]...), false, 0
}

// slotColumn is the one column of the rows under a header (a format
// without positions) whose cells all number slots of the row above them
// (目标1, 目标2, 目标1: one short word, the same in all, and a number):
// the second part of a caption that spans two columns, which a text export
// prints once. 0 when there is none, or more than one.
func (e *extractor) slotColumn(f *frame) int {
	rows := e.beforeTail(e.gridBody(), 1)
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
		} else if k != ctNone && k != ctEmpty {
			wrong++
		}
	}
	return fit, wrong
}

// captionColumn is the grid column a header caption names: by the
// vocabulary's captions, qualified ones (二级指标(长期), 指标值(年度)) and
// the target's shapes; cNone for another text.
func (e *extractor) captionColumn(text string) gridColumn {
	key := labelKey(text)
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

// spanHeader handles a header of a text export one to three cells short
// of its rows because captions span columns that the export printed once
// (二级指标 over the level-2 labels and an empty column; 三级指标 over the
// names and a column a few rows write into): every way the header's cells
// can cover the rows' columns in order — each caption over the first
// column of its span that holds text, the rest of the span merged — is
// weighed by how well each
// caption names what its column holds (spanFit), and the best reading wins
// where no other reading scores as much. A column with text under the
// merged part of a span (三级指标 over the names and their descriptions)
// is left without a caption, for its content to place. It also weighs the reading with a blank column before the first caption
// (a block label beside the header) and reports false when that one, or
// the header as it stands, is best: shiftShortHeader decides those. Where
// two span readings tie above that one, it reports blankWorse: the row is
// no header (its rows are read by content or not at all) rather than one
// moved by a reading known to fit worse.
func (e *extractor) spanHeader(row []layout.Cell, f *frame) (out []layout.Cell, ok, blankWorse bool) {
	gap := f.width - len(row)
	if gap < 1 || gap > maxSpanGap || f.width > maxAlignWidth || len(row) < 2 {
		return nil, false, false
	}
	if len(e.rest) == 0 || len(e.rest[0]) < f.width-1 || e.captionsOnly(e.rest[0]) {
		// the rows under the header start later (another table's rows
		// between), or its second row names the parts of its captions
		return nil, false, false
	}
	rows := e.beforeTail(e.gridBody(), 1)
	near := 0 // rows as wide as the frame, or a cell short (a cell spanning two of its columns)
	for _, r := range rows {
		switch len(r) {
		case f.width + 1:
			return nil, false, false // a target split over cells (≥ | 280 | 人次), which no caption spans
		case f.width, f.width - 1:
			near++
		}
	}
	if near*2 <= len(rows) {
		return nil, false, false
	}
	s := spanSearch{e: e, f: f, best: -1 << 30}
	// first a blank column before the first caption: the reading
	// shiftShortHeader gives a block label beside the header, which
	// stands where a span reads the same
	k := e.firstCaption(row)
	head := make([]layout.Cell, 0, len(row)+1)
	head = append(head, row[:k]...)
	head = append(head, layout.Cell{Pos: row[k].Pos})
	s.run(append(head, row[k:]...), gap-1, k)
	blankBest := s.best
	s.run(row, gap, -1)
	if s.tied || s.out == nil || s.best <= 0 || s.blank >= 0 && s.spans == 0 {
		return nil, false, s.tied && s.best > 0 && s.best > blankBest
	}
	return s.out, true, false
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

// spanSearch is spanHeader's search: the best reading so far, its score,
// and whether another reading scores as much.
type spanSearch struct {
	e            *extractor
	f            *frame
	head         []layout.Cell
	cur          []int // frame column → header cell, -1 - cell for a merged part of its span
	best         int
	bestSig      []int
	out          []layout.Cell
	tied         bool
	blank, spans int // the best reading's blank column (-1 when none) and its spans
	curBlank     int
}

func (s *spanSearch) run(head []layout.Cell, gap, blank int) {
	s.head, s.curBlank = head, blank
	s.cur = make([]int, s.f.width)
	s.place(0, 0, 0, gap)
}

// place lets header cell i start at frame column k; score is what the
// cells before it scored, gap the columns still to cover by spans.
func (s *spanSearch) place(i, k, score, gap int) {
	n, w := len(s.head), s.f.width
	if i == n {
		if k == w && gap == 0 {
			s.done(score)
		}
		return
	}
	for span := 1; span <= gap+1 && k+span <= w-(n-i-1); span++ {
		// a caption names the column of its span whose content it names,
		// else the first that holds text (as spanByContent reads a span
		// where the reader gives positions)
		at := s.captionAt(i, k, span)
		{
			sc := score
			for j := k; j < k+span; j++ {
				if j == k+at {
					s.cur[j] = i
					sc += s.e.spanFit(s.head[i], s.f, j, false)
				} else {
					s.cur[j] = -1 - i
					sc += s.e.spanFit(s.head[i], s.f, j, true)
				}
			}
			s.place(i+1, k+span, sc, gap-(span-1))
		}
	}
}

// spansOwnKind reports whether a caption of column col may span a second
// column holding ct: the names' caption over their descriptions (三级指标
// over 指标名称 | 指标解释), the target's over the parts of a target split
// into cells (指标值 over ≥ | 95 | %).
func spansOwnKind(col gridColumn, ct content) bool {
	switch col {
	case cName, cDesc:
		return ct == ctName
	case cValue:
		return ct == ctComparator || ct == ctNumber || ct == ctUnit || ct == ctValue
	}
	return false
}

// captionAt is the column, counted from k, of the span [k, k+span) that
// header cell i names: the first whose content its caption names, else
// the first with text, else the first.
func (s *spanSearch) captionAt(i, k, span int) int {
	if span == 1 {
		return 0
	}
	if text := layout.Clean(s.head[i].Text); text != "" {
		if col := s.e.captionColumn(text); col != cNone {
			for j := k; j < k+span; j++ {
				if fits(col, s.f.content(j)) {
					return j - k
				}
			}
		}
	}
	for j := k; j < k+span; j++ {
		if s.f.profile(j).cells > 0 && s.f.content(j) != ctBlock {
			return j - k
		}
	}
	return 0
}

// done records a complete reading: its signature is the caption over
// each column with text, so that readings that differ only over empty
// columns (which span an empty column belongs to, which of two empty
// columns a caption stands over) are one.
func (s *spanSearch) done(score int) {
	if score < s.best {
		return
	}
	sig := make([]int, len(s.cur))
	spans := 0
	for j, i := range s.cur {
		sig[j] = -1
		if i >= 0 && layout.Clean(s.head[i].Text) != "" && s.f.profile(j).cells > 0 {
			sig[j] = i
			if s.curBlank >= 0 && i > s.curBlank {
				sig[j] = i - 1 // the caption's index in the header as written
			}
		}
		if i < 0 {
			spans++
		}
	}
	if score == s.best {
		if !slices.Equal(sig, s.bestSig) {
			s.tied = true
		}
		return
	}
	s.best, s.bestSig, s.tied, s.blank, s.spans = score, sig, false, s.curBlank, spans
	s.out = make([]layout.Cell, len(s.cur))
	for j, i := range s.cur {
		switch {
		case i >= 0:
			s.out[j] = s.head[i]
		case s.f.profile(j).cells > 0 && s.f.content(j) != ctBlock:
			s.out[j] = layout.Cell{Pos: s.head[-1-i].Pos} // text under a span: no caption
		default:
			s.out[j] = layout.Cell{Pos: s.head[-1-i].Pos, Merged: true}
		}
	}
}

// spanFit scores header cell c standing over frame column k, or over it
// as a merged part of c's span: a caption that names what the column
// holds earns 2, one over an empty column costs 1 and one over another
// content 2; a caption over cells of any kind (备注, 依据) earns 1 where
// they hold text; a blank caption over text costs 2, as a caption over
// what it does not name (a column of text left with no caption); a
// merged part over text costs 3, except where the caption may span such
// a column (spansOwnKind).
func (e *extractor) spanFit(c layout.Cell, f *frame, k int, merged bool) int {
	p, ct := f.profile(k), f.content(k)
	text := layout.Clean(c.Text)
	col := cNone
	if text != "" {
		col = e.captionColumn(text)
	}
	if merged {
		if p.cells == 0 || ct == ctBlock || spansOwnKind(col, ct) {
			return 0
		}
		return -3 // text under no caption: its column is read by content
	}
	switch col {
	case cNone:
		if p.cells == 0 || ct == ctBlock || text != "" {
			return 0 // (an unknown caption: the areas of a transfer table, a block label)
		}
		return -2
	case cNotes, cBasis, cReason, cHalfYear, cLongTerm, cLastYear:
		if p.cells > 0 {
			return 1
		}
		return 0
	}
	switch {
	case fits(col, ct):
		return 2
	case ct == ctEmpty:
		return -1
	case ct == ctNone, col == cLevel1 && ct == ctName, (col == cValue || col == cActual) && ct == ctName && p.cells*2 > f.rows:
		// (a level 1 of categories no taxonomy knows, one to a row:
		// 应急救援 | 应急救护 under 指标分类, reads as names; so do targets
		// and results written as sentences in most rows: 严格执行相关制度规定)
		return 0
	}
	return -2
}
