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
	kinds := make([]gridColumn, g.width)
	for c, h := range g.idx {
		if h >= 0 && h < g.width {
			kinds[h] = gridColumn(c)
		}
	}
	fits := make([][]int, len(row))
	for i := range row {
		text := layout.Clean(row[i].Text)
		fits[i] = make([]int, g.width)
		for k := range fits[i] {
			fits[i][k] = g.lx.fit(kinds[k], text)
		}
	}
	a := aligner{kinds: kinds, fits: fits, cur: make([]int, g.width), bestScore: -1 << 30}
	a.place(0, 0, 0)
	return a.best
}

type aligner struct {
	kinds     []gridColumn // header index → column
	fits      [][]int      // cell → header index → how well it fits there
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
		// a span must earn its place; merged level cells are the usual ones
		s := score - 2*(span-1)
		for k := h; k < h+span; k++ {
			a.cur[k] = i
			s += a.fits[i][k]
			if span > 1 && a.kinds[k] != cLevel1 && a.kinds[k] != cLevel2 && a.kinds[k] != cNone {
				s--
			}
		}
		a.place(i+1, h+span, s)
	}
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
		case looksLikeLevel(text) || looksLikeNumber(text):
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
	switch normalize.Value(text, normalize.Context{Year: 2000}).Kind {
	case model.KindQuantity, model.KindRange, model.KindDeadline:
		return true
	}
	return false
}

func looksLikeLevel(text string) bool {
	key := stripParens(labelKey(text)) // "经济效益 指标 (选填)"
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
		return normalize.Value(text, normalize.Context{Year: 2000}).Kind
	}
	if k, seen := lx.memo.kinds[text]; seen {
		return k
	}
	k := normalize.Value(text, normalize.Context{Year: 2000}).Kind
	if len(lx.memo.kinds) < maxClasses {
		lx.memo.kinds[text] = k
	}
	return k
}
