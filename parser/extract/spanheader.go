package extract

import (
	"slices"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A text export's header one to three cells short of its rows because
// captions span columns the export printed once: every way the captions
// can cover the rows' columns is weighed by how well each names what its
// column holds, and the best reading is kept where no other scores as
// much.

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
// the header as it stands, is best: shiftShortHeader decides those. A
// span reading must score above 0, or above the blank reading where that
// one stands over nothing: its blank over a first column empty in every
// row as wide as the frame (the level-1 labels printed in the short rows
// only), or its first caption over an empty column (一级指标 over the
// level-2 labels and the empty column beside them). Where
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
	rows := e.gridRows()
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
	s.run(blankBeforeCaption(row, k), gap-1, k)
	blankBest := s.best
	s.run(row, gap, -1)
	if s.tied || s.out == nil || s.best <= 0 && !(s.best > blankBest && (f.content(0) == ctEmpty || f.content(k+1) == ctEmpty)) || s.blank >= 0 && s.spans == 0 {
		return nil, false, s.tied && s.best > 0 && s.best > blankBest
	}
	return s.out, true, false
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
	fit          [][2]int     // header cell × frame column → spanFit over it, and as a merged part
	col          []gridColumn // header cell → the grid column its caption names
	sig          []int        // scratch for done's signature
}

// run searches the readings of head with gap columns to cover by spans;
// blank is the index of a blank cell put before the first caption, -1
// for none.
func (s *spanSearch) run(head []layout.Cell, gap, blank int) {
	s.head, s.curBlank = head, blank
	s.cur = make([]int, s.f.width)
	// each cell's caption and fit over each column, scored once for all
	// the readings that place it there
	s.col = make([]gridColumn, len(head))
	s.fit = make([][2]int, len(head)*s.f.width)
	for i := range head {
		s.col[i] = cNone
		if text := layout.Clean(head[i].Text); text != "" {
			s.col[i] = s.e.captionColumn(text)
		}
		for j := 0; j < s.f.width; j++ {
			s.fit[i*s.f.width+j] = [2]int{s.e.spanFit(head[i], s.f, j, false), s.e.spanFit(head[i], s.f, j, true)}
		}
	}
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
					sc += s.fit[i*w+j][0]
				} else {
					s.cur[j] = -1 - i
					sc += s.fit[i*w+j][1]
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
	if col := s.col[i]; col != cNone {
		for j := k; j < k+span; j++ {
			if fits(col, s.f.content(j)) {
				return j - k
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
	sig := s.sig[:0]
	spans := 0
	for j, i := range s.cur {
		at := -1
		if i >= 0 && layout.Clean(s.head[i].Text) != "" && s.f.profile(j).cells > 0 {
			at = i
			if s.curBlank >= 0 && i > s.curBlank {
				at = i - 1 // the caption's index in the header as written
			}
		}
		sig = append(sig, at)
		if i < 0 {
			spans++
		}
	}
	s.sig = sig
	if score == s.best {
		if !slices.Equal(sig, s.bestSig) {
			s.tied = true
		}
		return
	}
	s.best, s.bestSig, s.tied, s.blank, s.spans = score, slices.Clone(sig), false, s.curBlank, spans
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
