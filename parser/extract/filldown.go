package extract

import (
	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Level labels filled down: a level written once over merged or empty
// cells holds for the rows below, a level row with no indicator is held
// for the next indicator.

func hasText(row []layout.Cell) bool {
	for i := range row {
		if layout.Clean(row[i].Text) != "" {
			return true
		}
	}
	return false
}

// pendingLevel is a level label read from a row without an indicator: it
// fills down to the rows below, and lands in Unrecognized if none uses it.
type pendingLevel struct {
	depth int
	text  string
	pos   model.Pos
}

// flushLevels unplaces the pending level labels a row's levels replace.
func (g *gridState) flushLevels(e *extractor, l1, l2 string) {
	depth := 0
	switch {
	case l1 != "":
		depth = 1
	case l2 != "":
		depth = 2
	default:
		return
	}
	keep := g.pending[:0]
	for _, p := range g.pending {
		if p.depth >= depth {
			e.unrecognized(p.text, p.pos)
		} else {
			keep = append(keep, p)
		}
	}
	g.pending = keep
}

// holdLevels remembers the level labels of a row until an indicator uses
// them (indicatorRow clears the list when it appends one).
func (g *gridState) holdLevels(l1, l2 string, l1pos, l2pos model.Pos) {
	if l1 != "" {
		g.pending = append(g.pending, pendingLevel{1, l1, l1pos})
	}
	if l2 != "" {
		g.pending = append(g.pending, pendingLevel{2, l2, l2pos})
	}
}

// fillLevels updates the levels filled down: a new level 1 clears level 2.
func (e *extractor) fillLevels(l1, l2 string, l1pos, l2pos model.Pos, name string) {
	if l1 != "" {
		if l1 != e.ps.level1 && e.ps.level1 != "" {
			// a new level 1 starts its own level 2s; a first level 1
			// written in the middle of its block (its rows above left it
			// blank) continues the level 2 above it
			e.ps.level2 = ""
		}
		e.ps.level1 = l1
	} else if e.ps.level1 == "" && e.ps.grid.idx[cLevel1] >= 0 && name != "" {
		e.warn(l1pos, diag.NoLevel1, name)
	}
	if l2 != "" {
		e.ps.level2 = l2
	} else if e.ps.level2 == "" && e.ps.grid.idx[cLevel2] >= 0 && name != "" {
		e.warn(l2pos, diag.NoLevel2, name)
	}
}
