package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// captionsSpannedDown completes a header that is the second row of a
// two-row header whose first row's captions span down over both rows:
// 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 over 一级指标 | 二级指标 |
// 三级指标 | 指标性质 | 指标值 | 度量单位, the results' captions written once,
// in the row above. The header's cells under them are merged parts of the
// caption above (HTML, DOCX: a cell of the row above at the same column
// that spans down) or, in a format without positions, the blank cells the
// header ends with, as many as the row above's last cells. Each such cell
// takes the caption above when it is a column's caption (实际完成值, 分值,
// 得分, 偏差原因分析及改进措施) that names no level or indicator (those the
// header row itself names). The header must then name the target (指标值),
// itself or by a caption it took (绩效指标 | 指标值 | 指标值确定依据 over
// 一级指标 | 二级指标 | 三级指标, the target's caption spanning down too): a
// checklist's second row (自评内容 | 完成情况, no target column) keeps its
// reading. row is not changed: a copy is returned, or row itself where
// nothing is taken.
func (e *extractor) captionsSpannedDown(row []layout.Cell, positioned bool) []layout.Cell {
	above := e.prevRow()
	if len(above) == 0 || len(above) > maxHeaderCells || !e.captionRow(above) {
		return row
	}
	caption := func(c layout.Cell) (string, bool) {
		s := layout.Clean(c.Text)
		if c.Merged || s == "" || len(s) > 90 {
			return "", false
		}
		switch e.lx.gridLabel(e.lx.key(s)) {
		case cNone, cLevel1, cLevel2, cName:
			return "", false
		}
		return s, true
	}
	var out []layout.Cell
	take := func(i int, s string) {
		if out == nil {
			out = append([]layout.Cell(nil), row...)
		}
		out[i].Text, out[i].Merged = s, false
	}
	if positioned {
		for i := range row {
			if !row[i].Merged && layout.Clean(row[i].Text) != "" {
				continue
			}
			for _, c := range above {
				if c.Pos.Col == row[i].Pos.Col && c.RowSpan > 1 && !c.Merged {
					if s, ok := caption(c); ok {
						take(i, s)
					}
					break
				}
			}
		}
	} else {
		n := 0 // the blank cells the header ends with
		for n < len(row) && layout.Clean(row[len(row)-1-n].Text) == "" {
			n++
		}
		if n == 0 || n >= len(above) || len(above) >= len(row) {
			return row
		}
		for j := range n {
			if _, ok := caption(above[len(above)-n+j]); !ok {
				return row
			}
		}
		for j := range n {
			s, _ := caption(above[len(above)-n+j])
			take(len(row)-n+j, s)
		}
	}
	if out == nil || !e.namesTarget(out) {
		return row
	}
	return out
}

// captionRow reports whether every text of row is a short caption, a
// column's (实际完成值, 分值) or a group's over several (绩效指标, 年度指标值):
// no digit, no target or value, twelve characters at most, and two
// column captions at least (a caption is no value, though 实际完成值 may
// read as one).
func (e *extractor) captionRow(row []layout.Cell) bool {
	n := 0
	for i := range row {
		s := layout.Clean(row[i].Text)
		if row[i].Merged || s == "" {
			continue
		}
		key := e.lx.key(s)
		if utf8.RuneCountInString(key) > 12 || strings.ContainsAny(key, "0123456789%") {
			return false
		}
		if e.lx.gridLabel(key) != cNone {
			n++
		} else if e.lx.looksLikeValue(s) {
			return false
		}
	}
	return n >= 2
}

// namesTarget reports whether a cell of row is the target's caption
// (指标值, 年度指标值).
func (e *extractor) namesTarget(row []layout.Cell) bool {
	for i := range row {
		if s := layout.Clean(row[i].Text); !row[i].Merged && s != "" && len(s) <= 90 && e.lx.gridLabel(e.lx.key(s)) == cValue {
			return true
		}
	}
	return false
}
