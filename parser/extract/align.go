package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A text export prints a cell that spans columns once, so a grid row with
// a span has fewer cells than its header and no column positions to tell
// which cell spans. alignShort finds the most plausible reading: every way
// the row's cells can cover the header's columns in order is scored by how
// well each text fits the column it would land in (a level label in a level
// column, a typed value in the value column), and the best one wins.

// maxSpanGap bounds the cells a row may lack, and maxAlignWidth the
// header's columns, for alignShort to try: the readings it weighs grow as
// C(width, gap).
const (
	maxSpanGap    = 3
	maxAlignWidth = 16
)

// alignShort returns, for each header index, the index of the row's cell
// that covers it, or nil when the row needs no alignment.
func (g *gridState) alignShort(row []layout.Cell) []int {
	gap := g.width - len(row)
	if gap <= 0 || gap > maxSpanGap || g.width > maxAlignWidth || len(row) < 2 || row[0].Pos.Col > 0 {
		return nil
	}
	kinds, texts, fits := g.alignTable(row)
	a := aligner{kinds: kinds, texts: texts, fits: fits, spanned: g.spanned, hollow: g.hollow, cur: make([]int, g.width), bestScore: -1 << 30}
	a.place(0, 0, 0)
	return a.best
}

// alignTable is what both aligners weigh a row by: the grid column under
// each header index, the row's cells' texts, and how well each text fits
// each header index (cell → header index → lexicon.fit).
func (g *gridState) alignTable(row []layout.Cell) (kinds []gridColumn, texts []string, fits [][]int) {
	kinds = make([]gridColumn, g.width)
	for c, h := range g.idx {
		if h >= 0 && h < g.width {
			kinds[h] = gridColumn(c)
		}
	}
	texts = make([]string, len(row))
	fits = make([][]int, len(row))
	for i := range row {
		texts[i] = layout.Clean(row[i].Text)
		fits[i] = make([]int, g.width)
		for k := range fits[i] {
			fits[i][k] = g.lx.fit(kinds[k], texts[i])
		}
	}
	return kinds, texts, fits
}

type aligner struct {
	kinds     []gridColumn // header index → column
	texts     []string     // the row's cells
	fits      [][]int      // cell → header index → how well it fits there
	spanned   []bool       // header index → a merged part of the caption left of it (see gridState.spanned)
	hollow    []bool       // header index → a blank caption over a column empty in the rows as wide as the header (see gridState.hollow)
	cur       []int        // header index → cell, being built
	best      []int
	bestScore int
}

// place assigns cell i to start at header index h and tries every span it
// can take; score is what the cells before it scored.
func (a *aligner) place(i, h, score int) {
	n, w := len(a.fits), len(a.kinds)
	if i == n {
		if h == w && score > a.bestScore {
			a.bestScore = score
			a.best = append(a.best[:0], a.cur...)
		}
		return
	}
	for span := 1; h+span <= w-(n-i-1); span++ {
		// a span must earn its place; merged level cells are the usual
		// ones, and a cell over a caption and the merged parts of its
		// span in the header; a cell starting on such a part is not
		s := score - 2*(span-1)
		// a span over a caption and the hollow columns right of it is
		// what a text export prints once: its hollow parts cost nothing,
		// a span over none of them is less likely where they stand, and
		// a text does not start in a hollow column
		hollow := a.hollowIn(h+1, h+span)
		free := span > 1 && !a.isSpanned(h) && hollow == span-1
		if !a.isSpanned(h) {
			s += 2 * hollow
		}
		if span > 1 && hollow == 0 && a.hollow != nil {
			s -= 2
		}
		if a.texts[i] != "" && h < len(a.hollow) && a.hollow[h] {
			s -= 2
		}
		if a.isSpanned(h) {
			s -= 2
		} else if natural := h + span; natural > h+1 && a.isSpanned(natural-1) && (natural == w || !a.isSpanned(natural)) {
			if a.spansAll(h+1, natural) {
				s += 2 * (span - 1)
			}
		}
		for k := h; k < h+span; k++ {
			a.cur[k] = i
			s += a.fits[i][k]
			if span > 1 && !free && a.kinds[k] != cLevel1 && a.kinds[k] != cLevel2 && a.kinds[k] != cNone {
				s--
			}
		}
		a.place(i+1, h+span, s)
	}
}

// isSpanned reports whether header index h is a merged part of a caption.
func (a *aligner) isSpanned(h int) bool { return h < len(a.spanned) && a.spanned[h] }

// hollowIn counts the hollow header indexes in [from, to).
func (a *aligner) hollowIn(from, to int) int {
	n := 0
	for k := from; k < min(to, len(a.hollow)); k++ {
		if a.hollow[k] {
			n++
		}
	}
	return n
}

// spansAll reports whether header indexes [from, to) are all merged parts.
func (a *aligner) spansAll(from, to int) bool {
	for k := from; k < to; k++ {
		if !a.isSpanned(k) {
			return false
		}
	}
	return true
}

// fit scores text in a column of kind c: positive where it belongs.
func (lx *lexicon) fit(c gridColumn, text string) int {
	switch c {
	case cLevel1:
		return levelFit(text, lx.level1Words)
	case cLevel2:
		return levelFit(text, lx.level2Words)
	case cName:
		switch {
		case text == "":
			return -2
		case lx.looksLikeLevel(text) || looksLikeNumber(text):
			return -1
		}
		return 2
	case cValue:
		switch {
		case text == "":
			return -1
		case lx.looksLikeValue(text):
			return 4
		case utf8.RuneCountInString(text) <= 12:
			return 1
		}
		return -2
	case cDesc:
		if looksLikeNumber(text) {
			// a target (≥30万人次) is no description: a short row's
			// cell spanning the description's column is the name's
			// printed once, not the target's
			return -1
		}
	case cWeight, cScore:
		if text == "" || decimalPrefix(text) == len(text) {
			return 1
		}
		return -1
	}
	return 0
}

// levelFit scores a level cell: a label with the level's words fits, a long
// text does not.
func levelFit(text string, words []string) int {
	if text == "" {
		return 0
	}
	text = compactLabel(text) // (产 出 指 标 (50分), typeset with spaces)
	if utf8.RuneCountInString(text) > 16 {
		return -3
	}
	for _, w := range words {
		if strings.Contains(text, w) {
			return 3
		}
	}
	if strings.Contains(text, "指标") {
		return 1
	}
	return -2
}

// looksLikeNumber reports whether text reads as a target with a number (a
// name may well hold a qualitative word: 满意度, 完成率).
func looksLikeNumber(text string) bool {
	if utf8.RuneCountInString(text) > 24 {
		return false
	}
	switch normalize.Kind(text, normalize.Context{Year: 2000}) {
	case model.KindQuantity, model.KindRange, model.KindDeadline:
		return true
	}
	return false
}

// looksLikeLevel reports whether text is shaped as a level label: ten
// characters at most ending in 指标, its points and parentheses aside.
func (lx *lexicon) looksLikeLevel(text string) bool {
	key := stripPoints(stripParens(lx.key(text))) // "经济效益 指标 (选填)", "产出 指标 40 分"
	return strings.HasSuffix(key, "指标") && utf8.RuneCountInString(key) <= 10
}

// looksLikeValue reports whether text reads as a target: a typed value.
func (lx *lexicon) looksLikeValue(text string) bool {
	k := lx.valueKind(text)
	return k != model.KindText && k != ""
}

// valueKind is the kind of target text reads as, "" for a text too long
// to be one. A document's extractor types each text once (lexiconMemo).
func (lx *lexicon) valueKind(text string) model.Kind {
	if utf8.RuneCountInString(text) > 24 {
		return ""
	}
	if lx.memo == nil {
		return kindOf(text)
	}
	return remembered(lx.memo.kinds, text, kindOf)
}

// kindOf is valueKind's typing of text.
func kindOf(text string) model.Kind {
	return normalize.Kind(text, normalize.Context{Year: 2000})
}

// alignLong is alignShort for a text-export row one cell longer than its
// header: a header caption spans two columns that this row writes apart,
// the second one empty (a level label spanning its column and an empty one
// in some rows, while the others hold an empty cell there, and the header
// is as wide as the first). Every way the header's columns can cover the
// row's cells in order, each column one cell or two of which one is
// empty, is scored as alignShort scores, the text of the pair read in the
// column; the best reading wins where no reading that reads other cells
// scores as much. It returns nil (the row is read by position) where none
// fits: a pair would hide a text. A row longer by more cells stands under
// a header that accounts for none of its columns (a two-row header not
// read as one): it is not aligned.
func (g *gridState) alignLong(row []layout.Cell) []int {
	gap := len(row) - g.width
	if gap != 1 || g.width > maxAlignWidth || g.width < 2 || row[0].Pos.Col > 0 || len(g.regions) > 0 {
		return nil
	}
	kinds, texts, fits := g.alignTable(row)
	a := longAligner{kinds: kinds, texts: texts, fits: fits, cur: make([]int, g.width), bestScore: -1 << 30}
	a.place(0, 0, 0)
	if a.tied {
		return nil
	}
	return a.best
}

type longAligner struct {
	kinds     []gridColumn // header index → column
	texts     []string     // the row's cells
	fits      [][]int      // cell → header index → how well it fits there
	cur       []int        // header index → cell read there, being built
	best      []int
	bestScore int
	tied      bool
}

// place lets header index h start at cell i; score is what the columns
// before it scored.
func (a *longAligner) place(h, i, score int) {
	n, w := len(a.texts), len(a.kinds)
	if h == w {
		if i == n {
			a.done(score)
		}
		return
	}
	for run := 1; i+run <= n-(w-h-1); run++ {
		read, filled := i, 0
		for k := i; k < i+run; k++ {
			if a.texts[k] != "" {
				read, filled = k, filled+1
			}
		}
		if filled > 1 {
			break // a pair may not hide a text
		}
		s := score + a.fits[read][h]
		if run > 1 && a.kinds[h] != cLevel1 && a.kinds[h] != cLevel2 && a.kinds[h] != cNone {
			s-- // a span must earn its place; merged level cells are the usual ones
		}
		a.cur[h] = read
		a.place(h+1, i+run, s)
	}
}

// done records a complete reading; readings that differ only in which
// empty cell a column reads are one.
func (a *longAligner) done(score int) {
	same := func() bool {
		for h := range a.cur {
			if a.cur[h] != a.best[h] && (a.texts[a.cur[h]] != "" || a.texts[a.best[h]] != "") {
				return false
			}
		}
		return true
	}
	switch {
	case score > a.bestScore:
		a.bestScore, a.tied = score, false
		a.best = append(a.best[:0], a.cur...)
	case score == a.bestScore && !same():
		a.tied = true
	}
}
