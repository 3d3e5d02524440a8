package extract

import (
	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
)

// A target whose cell spans the rows below it (HTML rowspan, DOCX vMerge:
// 培训计划完成率 | 100% over 培训经费拨付率 | (merged)): the indicators of
// those rows share it, as the filing's merged cell says. A text export
// prints no span, only a blank cell, and a blank is no target there.

// spannedTarget is the last target read from a cell spanning rows, and
// the rows of the span still to come.
type spannedTarget struct {
	raw  string
	left int  // rows of the span after the current one
	now  bool // the current row lies within the span
}

// next moves the span on by one row of the grid.
func (s *spannedTarget) next() {
	s.now = s.left > 0
	if s.left > 0 {
		s.left--
	}
}

// spansDown notes the target val read in this row when its cell spans
// rows below.
func (r *gridRow) spansDown(val string) {
	i := r.index(r.g.idx[cValue], r.g.cols[cValue])
	if i < 0 || val == "" {
		r.g.spanTgt = spannedTarget{}
		return
	}
	r.g.spanTgt = spannedTarget{raw: val, left: r.row[i].RowSpan - 1}
}

// spannedTarget gives a row with no target the one of the cell above
// spanning it, when its own value cell is that span's merged part, with
// TARGET-SPANS-ROWS.
func (r *gridRow) spannedTarget(name string, namePos model.Pos, val string) (string, bool) {
	g := r.g
	if val != "" || name == "" || !g.spanTgt.now || g.spanTgt.raw == "" {
		return "", false
	}
	i := r.index(g.idx[cValue], g.cols[cValue])
	if i < 0 || !r.row[i].Merged {
		return "", false
	}
	r.e.warn(namePos, diag.TargetSpansRows, g.spanTgt.raw, name)
	return g.spanTgt.raw, true
}
