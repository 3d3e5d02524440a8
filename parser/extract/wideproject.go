package extract

import (
	"github.com/perfdoc/perfdoc/diag"
)

// A wide table's project columns: each row may name its project (and its
// unit, budget, goals) beside its indicator; a row naming a subtotal is
// none.

// projectCells reads the project columns of a wide table: a project name
// other than the current one's starts a project (the grid goes on), and
// the row's project fields (unit, budget, goals) are set. A row named by a
// subtotal (合计) is the table's total, no project: it reports false.
func (r *gridRow) projectCells() bool {
	g, e := r.g, r.e
	if len(g.projCols) == 0 {
		return true
	}
	repeat := false // the row names the open project again (a spreadsheet's unmerged cells)
	for _, pc := range g.projCols {
		i := r.index(pc.idx, pc.col)
		if pc.f != fName || i < 0 {
			continue
		}
		name := e.text(&r.row[i])
		repeat = name != "" && !r.row[i].Merged && name == e.cur.Name
		switch {
		case name == "" || r.row[i].Merged || name == e.cur.Name:
		case e.lx.isSubtotal(name):
			return false
		case g.dropSubtotal(e):
		case e.cur.Name != "" || len(e.cur.Indicators) > 0:
			unit := e.cur.MoneyUnit
			e.startProject(0, "", r.row[i].Pos, false)
			e.cur.Source = tableSource(r.row)
			e.cur.MoneyUnit = unit // the table's 金额单位 holds for all its projects
			g.pending = nil
			e.ps.grid, e.ps.rows = g, 1
		}
		if name != "" && !r.row[i].Merged && name != e.cur.Name {
			base := *e.cur
			g.wideBase = &base
		}
	}
	for _, pc := range g.projCols {
		i := r.index(pc.idx, pc.col)
		if i < 0 || r.row[i].Merged {
			continue
		}
		s := e.text(&r.row[i])
		if s == "" {
			continue
		}
		r.used[i] = true
		if repeat && g.projSeen[pc.idx] == s {
			continue // the project's cell written again on its next row: read once
		}
		if g.projSeen == nil {
			g.projSeen = map[int]string{}
		}
		g.projSeen[pc.idx] = s
		if u := moneyUnitIn(labelKey(pc.label)); u != "" && moneyField(pc.f) {
			e.setMoneyUnit(u, r.row[i].Pos) // 预算数（万元）: the caption names the amounts' unit
		}
		e.setField(g.wideField(pc.f), pc.label, s, r.row[i].Pos, r.row[i].Pos)
	}
	return true
}

// dropSubtotal undoes the last row that named a project in a wide table
// when nothing came under it, no indicator and no goal: a subtotal row of
// the unit or department (820-某部门 | 8,827,620.53), whatever its label,
// is no project. It reports whether it undid one.
func (g *gridState) dropSubtotal(e *extractor) bool {
	b := g.wideBase
	g.wideBase = nil
	if b == nil || e.cur == nil || len(e.cur.Indicators) > 0 || len(e.cur.Goals) > 0 {
		return false
	}
	e.warn(e.cur.Source, diag.SubtotalRow, e.cur.Name)
	*e.cur = *b
	return true
}

// wideField is the field a wide table's project column fills: beside a
// 项目名称 column the 单位名称 is the department of the row's project (a
// project's table, not a department-wide one).
func (g *gridState) wideField(f field) field {
	if f != fUnitName {
		return f
	}
	for _, pc := range g.projCols {
		if pc.f == fName {
			return fDepartment
		}
	}
	return f
}
