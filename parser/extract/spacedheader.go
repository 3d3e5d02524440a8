package extract

import (
	"strings"

	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
)

// minSpacedCaptions is how many grid captions a line separated by runs
// of spaces must hold to be taken for a grid's header.
const minSpacedCaptions = 3

// SpacedGridHeader returns the line of a paragraph that is an indicator
// grid's header with its captions separated by runs of two or more spaces
// (一级指标    二级指标    三级指标    指标值: a PDF's layout text, where no
// line opens a cell), and 0 where there is none. Such a text reads no
// table: the parser says why instead of guessing the columns (v nil: the
// built-in vocabulary).
func SpacedGridHeader(blocks []layout.Block, v *vocab.Vocabulary) int {
	lx := lexiconFor(v)
	for _, b := range blocks {
		if b.Para == nil {
			continue
		}
		for k, line := range strings.Split(b.Para.Text, "\n") {
			if lx.spacedCaptions(line) >= minSpacedCaptions {
				return b.Para.Pos.Line + k
			}
		}
	}
	return 0
}

// spacedCaptions counts the grid captions of a line split at runs of two
// or more spaces; 0 where a part is none.
func (lx *lexicon) spacedCaptions(line string) int {
	line = strings.ReplaceAll(line, "\u3000", "  ")
	n := 0
	for part := range strings.SplitSeq(line, "  ") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if lx.gridLabel(labelKey(part)) == cNone {
			return 0
		}
		n++
	}
	return n
}
