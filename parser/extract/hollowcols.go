package extract

import (
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A text export's header cells that are parts of a caption's span: the
// cells a header spread over its rows merges into the caption left of
// them (spanned), and the blank captions over columns no row as wide as
// the header fills (hollow), which a short row's span may cover
// (alignShort, align.go).

// markSpanned records the header cells of a format without positions
// that are merged parts of the caption left of them (a text export's
// header spread over its rows: spanHeader).
func (g *gridState) markSpanned(row []layout.Cell) {
	for i := range row {
		if row[i].Merged && i > 0 {
			if g.spanned == nil {
				g.spanned = make([]bool, len(row))
			}
			g.spanned[i] = true
		}
	}
}

// markHollow records the header cells of a format without positions over
// a blank caption whose column holds no text in any row as wide as the
// header (one at least): where a text export prints a spanning cell once,
// the column its span covers beside the caption left of it (三级指标 | (blank)
// over a name written once across both, empty in every other row).
// alignShort lets a short row's span cover such a column and keeps its
// texts out of it.
func (g *gridState) markHollow(row []layout.Cell, f *frame) {
	g.blankCap = soleBlankCaption(row)
	if f.width != len(row) || f.rows < 1 {
		return
	}
	for i := 1; i < len(row); i++ {
		if layout.Clean(row[i].Text) == "" && f.content(i) == ctEmpty {
			if g.hollow == nil {
				g.hollow = make([]bool, len(row))
			}
			g.hollow[i] = true
		}
	}
}

// soleBlankCaption returns the one blank caption of a header row past its
// first cell (一级指标 | (blank) | 二级指标), 0 where there is none or more.
func soleBlankCaption(row []layout.Cell) int {
	at := 0
	for i := 1; i < len(row); i++ {
		if layout.Clean(row[i].Text) == "" && !row[i].Merged {
			if at > 0 {
				return 0
			}
			at = i
		}
	}
	return at
}

// hollowUnderAreas marks the header's one blank caption hollow when the
// header, its areas' row read, is one cell wider than every row under it
// with a text: no row is as wide as the header to show the column empty
// (markHollow), each prints the span over it once (产出指标 over 一级指标
// and the blank beside it).
func (g *gridState) hollowUnderAreas(rows [][]layout.Cell) {
	if g.hollow != nil || g.blankCap <= 0 || g.blankCap >= g.width {
		return
	}
	n := 0
	for _, r := range rows {
		if !hasText(r) {
			continue
		}
		if len(r) != g.width-1 {
			return
		}
		n++
	}
	if n > 0 {
		g.hollow = make([]bool, g.width)
		g.hollow[g.blankCap] = true
	}
}
