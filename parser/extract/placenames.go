package extract

import (
	"slices"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Placement's rules for the levels and the names: captions one level too
// high read one level down, a level-2 caption over names, the groups left
// of the level 2, and the names' column found under a blank caption
// (beside the descriptions, in an unfilled template, repeating no
// target).

// namesBesideDescriptions: with no name column placed and a description
// column of sentences (资金到位率=…×100%。), the one blank caption left of
// it, right of the level 1, over short distinct texts (资金到位率, 预算支出
// 进度: namesUnderLevel) names the indicators, where the descriptions
// would.
func (pl *placement) namesBesideDescriptions() {
	g, row, f := pl.g, pl.row, pl.f
	l1, d := g.idx[cLevel1], g.idx[cDesc]
	if g.idx[cName] >= 0 || l1 < 0 || d < 0 {
		return
	}
	c1, cd := g.columnOf(row, l1, f), g.columnOf(row, d, f)
	at := pl.soleOpen(func(_ int, text string, col int) bool {
		return text == "" && col > c1 && col < cd && namesUnderLevel(f.profile(col), f.profile(cd), pl.e.lx.v)
	})
	if at >= 0 {
		pl.guessed(cName, at, "", ctName)
	}
}

// labelsRightOfTarget: with a level-1 column, a target and a description
// column placed, and no name column, the one blank caption between the
// target and the descriptions over distinct level labels (数量指标 | 质量指标
// | 社会效益指标, three in four at least; or the level 2 content placed
// there) names the indicators: a level 2 stands beside the level 1, never
// right of the target, and the descriptions keep their caption (指标类型 | | | 指标描述
// over 产出指标 | 375万平方米 | 数量指标 | 完成全市…).
func (pl *placement) labelsRightOfTarget() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	l1, l2, v, d := g.idx[cLevel1], g.idx[cLevel2], g.idx[cValue], g.idx[cDesc]
	if g.idx[cName] >= 0 || l1 < 0 || v < 0 || d < 0 {
		return
	}
	c1, cv, cd := g.columnOf(row, l1, f), g.columnOf(row, v, f), g.columnOf(row, d, f)
	if c1 < 0 || cv <= c1 || cd <= cv {
		return
	}
	if l2 >= 0 {
		// (a level 2 content placed there, its caption blank: the same
		// column, read as the names)
		if c2 := g.columnOf(row, l2, f); layout.Clean(row[l2].Text) == "" && c2 > cv && c2 < cd {
			g.move(cLevel2, cName)
			e.doc.Warnings = slices.DeleteFunc(e.doc.Warnings, func(w model.Warning) bool {
				return w.Code == diag.ColumnNoHeader && w.Source == row[l2].Pos // (its reading as the level 2)
			})
			e.warn(row[l2].Pos, diag.ColumnNoHeader, c2+1, ctLevel2.key(), columnName(cName))
		}
		return
	}
	at := pl.soleOpen(func(_ int, text string, col int) bool {
		if text != "" || col <= cv || col >= cd {
			return false
		}
		p := f.profile(col)
		return p.cells >= 2 && p.labels*4 >= p.cells*3 && p.distinct.len()*4 >= p.cells*3
	})
	if at >= 0 {
		pl.guessed(cName, at, "", ctName)
	}
}

// namesEchoingTarget: names placed by content under a blank caption that
// repeat the target in every row (规范 | … | 规范) are no names but a
// target written twice (半年 | 全年 with the same words); the column of
// texts placed as the description beside them, also under a blank
// caption, names the indicators, and the repeating column stays unplaced.
func (pl *placement) namesEchoingTarget() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	n, d, v := g.idx[cName], g.idx[cDesc], g.idx[cValue]
	if n < 0 || d < 0 || v < 0 || !slices.Contains(pl.placed, n) || !slices.Contains(pl.placed, d) ||
		layout.Clean(row[n].Text) != "" || layout.Clean(row[d].Text) != "" {
		return
	}
	nc, vc := g.columnOf(row, n, f), g.columnOf(row, v, f)
	if nc < 0 || vc < 0 || !sameInEveryRow(nc, vc, e.gridRows(), f) {
		return
	}
	g.move(cDesc, cName)
	pl.placed = slices.DeleteFunc(pl.placed, func(i int) bool { return i == n })
	for _, i := range []int{n, d} { // the readings as names and description no longer hold
		e.doc.Warnings = slices.DeleteFunc(e.doc.Warnings, func(w model.Warning) bool {
			return w.Code == diag.ColumnNoHeader && w.Source == row[i].Pos
		})
	}
	e.warn(row[n].Pos, diag.ColumnNoHeader, nc+1, f.content(nc).key(), columnName(cNone))
	e.warn(row[d].Pos, diag.ColumnNoHeader, g.columnOf(row, d, f)+1, ctName.key(), columnName(cName))
}

// levelsOneTooHigh reads captions one level too high (一级指标 over
// level-2 words such as 数量指标, 二级指标 over the names, no name column)
// one level down: the grid then has no level 1.
func (pl *placement) levelsOneTooHigh() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	if l1, l2 := g.idx[cLevel1], g.idx[cLevel2]; l1 >= 0 && l2 >= 0 && g.idx[cName] < 0 &&
		f.content(g.columnOf(row, l1, f)) == ctLevel2 && f.content(g.columnOf(row, l2, f)) == ctName {
		g.move(cLevel2, cName)
		g.move(cLevel1, cLevel2)
		e.warn(row[l1].Pos, diag.HeaderGuessed, layout.Clean(row[l1].Text), ctLevel2.key(), columnName(cLevel2))
		e.warn(row[l2].Pos, diag.HeaderGuessed, layout.Clean(row[l2].Text), ctName.key(), columnName(cName))
	}
}

// namesUnderLevel2 reads a 二级指标 caption over the indicators' short
// names (资金到位率, 预算支出进度: few level labels), with no 三级指标 and a
// description column of
// sentences beside (资金到位率=…×100%。, 预算支出进度是否达到90%以上。):
// the level-2 column names the indicators, the grid has no level 2, and
// the descriptions stay descriptions (with no description column, see
// level2Names).
func (pl *placement) namesUnderLevel2() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	if l2, d := g.idx[cLevel2], g.idx[cDesc]; l2 >= 0 && d >= 0 && g.idx[cName] < 0 &&
		namesUnderLevel(f.profile(g.columnOf(row, l2, f)), f.profile(g.columnOf(row, d, f)), e.lx.v) {
		g.move(cLevel2, cName)
		e.warn(row[l2].Pos, diag.HeaderGuessed, layout.Clean(row[l2].Text), ctName.key(), columnName(cName))
	}
}

// groupsLeftOfLevel2 reads the level 1 of a grid whose header names its
// level 2 and names but no level 1: the open column left of the level 2
// (past columns of bare numbers, a block's points) whose few texts group
// the rows — each stands over two rows or more, merged down or followed
// by blank cells — short, distinct, no target or number among them, half
// or more shaped as level labels (管理指标 | 产出指标 | 效果指标 under 分解目标,
// 自评权重 beside it: issue 21, the Jiangxi department-wide self-evaluation).
// The texts are read as written; none is a level-2 word alone. One text
// alone is read only when it is a level-1 word of the taxonomy (a capture
// that starts inside the grid keeps its last block: 满意度指标).
func (pl *placement) groupsLeftOfLevel2() {
	g, row, f := pl.g, pl.row, pl.f
	l2 := g.idx[cLevel2]
	if g.idx[cLevel1] >= 0 || l2 < 0 || g.idx[cName] < 0 || f.rows < 4 {
		return
	}
	at := g.columnOf(row, l2, f)
	for i := range row {
		text, ok := pl.open(i)
		col := g.columnOf(row, i, f)
		if !ok || col < 0 || col >= at {
			continue
		}
		p := f.profile(col)
		// (groups: each text over several rows; or, right beside the
		// level 2, a level label in every row, some of the taxonomy)
		grouped := p.cells*2 <= f.rows && p.distinct.len() == p.cells
		labelled := col == at-1 && p.cells == f.rows && p.labels == p.cells && p.level1 > 0
		// (a label that reads as a word of a target, 项目完成指标, is no
		// target when every text is shaped as a level label)
		// (one text only where it is a level-1 word of the taxonomy: a
		// capture that starts inside the grid keeps the last block alone)
		if p.cells < 2 && (p.cells == 0 || p.level1 != 1) || !grouped && !labelled || p.typed+p.numbers > 0 || p.values > 0 && p.labels < p.cells ||
			p.labels*2 < p.cells || p.level2 > p.level1 || !shortTexts(p, 10) {
			continue
		}
		between := true
		for c := col + 1; c < at; c++ {
			j := headIndexOf(row, c, g, f)
			if j < 0 {
				between = false
				break
			}
			if _, open := pl.open(j); !open || !slices.Contains([]content{ctNumber, ctWeight, ctEmpty}, f.content(c)) {
				between = false
			}
		}
		if between {
			pl.guessed(cLevel1, i, text, ctLevel1)
			return
		}
	}
}

// shortTexts tells whether every text a profile counted is at most n
// characters long.
func shortTexts(p *profile, n int) bool {
	for t := range p.distinct.all() {
		if utf8.RuneCountInString(t) > n {
			return false
		}
	}
	return true
}

// level2Names: with no name column placed, by header or content, and no
// description column, a 二级指标 caption over names and nothing else (no level label or
// level word among them) names the indicators, the grid has no level 2
func (pl *placement) level2Names() {
	e, g, row, f := pl.e, pl.g, pl.row, pl.f
	if l2 := g.idx[cLevel2]; l2 >= 0 && g.idx[cName] < 0 && g.idx[cDesc] < 0 && e.lx.onlyNames(f.profile(g.columnOf(row, l2, f))) {
		g.move(cLevel2, cName)
		e.warn(row[l2].Pos, diag.HeaderGuessed, layout.Clean(row[l2].Text), ctName.key(), columnName(cName))
	}
}

// emptyNames: with no name or description column placed and the levels
// holding the taxonomy's words, a blank caption over a column empty in
// every row, between the level 1 and the target, is the names' column of
// an unfilled template (一级指标 | | 二级指标 | 指标值 over 数量指标 | | 88):
// its rows name no indicator, where reading the level words as names
// would make one of each level. Failing that, the one blank caption there
// over distinct texts, no level word and few targets among them (针对…
// 对象, 确定于12月底前发放完毕, 38.75万元), is the names' column.
func (pl *placement) emptyNames() {
	g, row, f := pl.g, pl.row, pl.f
	l1, v := g.idx[cLevel1], g.idx[cValue]
	if g.idx[cName] >= 0 || g.idx[cDesc] >= 0 || l1 < 0 || v < 0 {
		return
	}
	deepest := g.idx[cLevel2]
	if deepest < 0 {
		deepest = l1
	}
	if k := f.content(g.columnOf(row, deepest, f)); k != ctLevel1 && k != ctLevel2 {
		return
	}
	c1, cv := g.columnOf(row, l1, f), g.columnOf(row, v, f)
	texts := -1
	for i := range row {
		col := g.columnOf(row, i, f)
		text, ok := pl.open(i)
		if !ok || text != "" || col <= c1 || col >= cv {
			continue
		}
		p, k := f.profile(col), f.content(col)
		switch {
		case k == ctEmpty:
			pl.guessed(cName, i, text, ctEmpty)
			return
		case (k == ctName || k == ctNone) && p.cells >= 2 && p.levels == 0 && (p.typed+p.numbers)*2 < p.cells &&
			p.distinct.len()*4 >= p.cells*3:
			if texts >= 0 {
				texts = -2 // two such columns: neither is sure
			} else if texts == -1 {
				texts = i
			}
		}
	}
	if texts >= 0 {
		pl.guessed(cName, texts, "", ctName)
	}
}
