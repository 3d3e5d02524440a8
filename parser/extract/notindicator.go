package extract

import (
	"strings"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// The rows of an indicator grid that are no indicator by their cells: a
// total, a note across the grid, a row of column numbers, a row far
// narrower than the grid, a score block's rows under or beside it.

// notIndicator tells the rows of a grid that are none: a 总分 row, and in
// a format without columns a row far narrower than the grid (an approval
// or a note). Their cells are unplaced.
func (r *gridRow) notIndicator(l1, l2, name string) bool {
	g := r.g
	if !r.e.lx.isTotalRow(l1, l2, name) && !r.totalCell() && !(len(r.row) != g.width && g.cols[cValue] == 0 && g.cols[cName] == 0 && len(r.row) < g.width/2) &&
		!r.note() && !columnNumbers(r.row) && !r.scorePairs() && !r.scoreRow(l1) {
		return false
	}
	r.unuse()
	return true
}

// scorePairs reports whether the row is one of a score block under the
// grid: label | points pairs (考核节点进度完成率 | 10分 | 项目采购节约率 |
// 10分), two or more, where a label has no digit and the points are a bare
// number of 分 outside the grid's weight and score columns. An
// indicator's target or result in points (考核得分 | ≥90分 | 92分, 满意度 |
// 90分 | 95分) makes one such pair at most: the result stands after the
// target, not after a label. Where the block's labels stand under the
// names (考核节点进度完成率 | 10分 | 项目采购节约率 | 10分 from the name's
// column on), no name is points (pointsOnly) and only the pairs tell. A
// pair may be glued in one cell (项目采购节约率：10分), outside the target's
// and the results' columns (目标：90分 | 实际：95分 is a target and a result
// written with their captions). A row that also
// holds a number in another form (≥100人, 95%) is an indicator's whose
// levels carry their points (产出指标 | 50分 | 数量指标 | 20分 | 培训人数 |
// 10分 | ≥100人, an evaluation framework's 分值 beside each level): a
// score block holds labels and points only.
func (r *gridRow) scorePairs() bool {
	g := r.g
	weight, score := r.index(g.idx[cWeight], g.cols[cWeight]), r.index(g.idx[cScore], g.cols[cScore])
	value, actual := r.index(g.idx[cValue], g.cols[cValue]), r.index(g.idx[cActual], g.cols[cActual])
	pairs, label := 0, false
	digits := "0123456789０１２３４５６７８９"
	for i := range r.row {
		if r.row[i].Merged {
			continue
		}
		s := strings.ReplaceAll(layout.Clean(r.row[i].Text), " ", "")
		switch {
		case s == "":
			continue
		case pointsOnly(s):
			if label && i != weight && i != score {
				pairs++
			}
			label = false
		case gluedPoints(s):
			if i != value && i != actual {
				pairs++ // 项目采购节约率：10分, the pair in one cell
			}
			label = false
		case strings.ContainsAny(s, digits) && i != weight && i != score:
			return false // a target or a result beside the points
		case strings.ContainsAny(s, digits):
			label = false
		default:
			label = true
		}
	}
	return pairs >= 2
}

// scoreRow reports whether the row is one of a score block whose level
// label names a score or a result (评价得分 | 项目决策 | 20分, 绩效评价结果 |
// 92分): its target is bare points and nothing else is a target. The rows
// under such a label without a level label of their own (项目管理 | 18分,
// a text export printing the label once) are the block's too; a row with
// another level label ends it. A grid's own level labels (产出指标,
// 产出指标（50分）) name no score.
func (r *gridRow) scoreRow(l1 string) bool {
	g := r.g
	if l1 != "" {
		g.inScores = namesScore(labelKey(compactLabel(l1)))
	}
	if !g.inScores {
		return false
	}
	v := r.index(g.idx[cValue], g.cols[cValue])
	return v >= 0 && pointsOnly(strings.ReplaceAll(layout.Clean(r.row[v].Text), " ", ""))
}

// namesScore tells a label that names a score or an evaluation's result:
// 评价得分, 自评得分, 评分, 绩效评价结果, 预算绩效评价结果.
func namesScore(key string) bool {
	for _, w := range []string{"得分", "评分", "评价结果"} {
		if strings.HasSuffix(key, w) {
			return true
		}
	}
	return false
}

// gluedPoints tells a label and its points in one cell, a colon between
// (项目采购节约率：10分, 合计:29分): the label has no digit.
func gluedPoints(s string) bool {
	for _, colon := range []string{"：", ":"} {
		if label, points, ok := strings.Cut(s, colon); ok && label != "" && pointsOnly(points) {
			return !strings.ContainsAny(label, "0123456789０１２３４５６７８９")
		}
	}
	return false
}

// totalCell reports whether a cell of the row, in whatever column a text
// export put it, is a total row's label (总分 | 100 | | 100).
func (r *gridRow) totalCell() bool {
	for i := range r.row {
		if s := r.row[i].Text; len(s) <= 30 && r.e.lx.isTotalLabel(r.e.lx.key(layout.Clean(s))) {
			return true
		}
	}
	return false
}

// note reports whether the row is one text spanning the name and value
// columns (a note across the grid: "注：…").
func (r *gridRow) note() bool {
	only := -1
	for i := range r.row {
		if layout.Clean(r.row[i].Text) != "" {
			if only >= 0 {
				return false
			}
			only = i
		}
	}
	g := r.g
	return only >= 0 && g.idx[cName] >= 0 && g.idx[cValue] >= 0 &&
		r.index(g.idx[cName], g.cols[cName]) == only && r.index(g.idx[cValue], g.cols[cValue]) == only
}
