package extract

import (
	"strings"
	"unicode"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

// An indicator row's target decided: the rows that are no indicator by
// what stands in their name and target cells (a checklist's row, a
// template's unfilled slot, a caption or a unit where the target should
// be), and a target the name writes (in its brackets, at its tail, or a
// name and target in one cell).

// target decides whether the row is an indicator with the target val and
// returns the target it keeps. A row with no target to read is none (its
// cells unplaced, with a warning, its levels still filling down); so is a
// row of level labels only, a template's row with no name, a template's
// empty slot. A unit alone or a level label in the target's place is no
// target.
func (r *gridRow) target(name string, namePos model.Pos, nameIdx int, val string, valPos model.Pos, desc string) (string, bool) {
	g, e := r.g, r.e
	if r.targetless(name, val, valPos, desc) {
		return "", false
	}
	if isEmptyMark(val) {
		val = "" // a dash for "none" (-, —, /, 一 as a text layer reads —) is no target
	}
	if val == "" && name != "" && isPlaceholderName(name) {
		r.used[nameIdx] = false // a template's empty slot (指标2, ……)
		return "", false
	}
	val = r.noTarget(val)
	if t, ok := r.targetInName(name, namePos, val, valPos); ok {
		return t, true
	}
	if t, ok := r.spannedTarget(name, namePos, val); ok {
		return t, true
	}
	if val == "" && (g.idx[cValue] >= 0 || len(g.regions) > 0) {
		// a row without a readable target is no indicator: its cells are
		// unplaced, its levels still fill down
		r.unuse()
		e.warn(namePos, diag.NoTarget, name)
		return "", false
	}
	r.spansDown(val)
	return val, true
}

// targetless reports whether the row is no indicator by what stands in
// its name and target cells (name, val at valPos, the description desc):
// a checklist's row, a row of level labels only, a template's row with no
// name or a number for one, a caption or a money-unit line in the
// target's or the name's place. It unplaces the cells and warns where the
// row held something to read.
func (r *gridRow) targetless(name, val string, valPos model.Pos, desc string) bool {
	g, e := r.g, r.e
	if g.checks {
		// a checklist's row (grid header warned NO-TARGET-COLUMN): no
		// indicator; its budget's check may give the project's budget
		r.unuse()
		r.checkBudget()
		return true
	}
	if name == "" && val == "" {
		if desc != "" {
			// a description alone (项目资金测算依据(文字描述) under a name
			// spanning the row above, no target): nothing to name or read
			r.unuse()
		}
		return true // a row with only level labels: they fill down to the rows below
	}
	if name == "" && val != "" && (g.idx[cName] >= 0 || g.byLevel) {
		// a grid with a name column whose cell is empty: an unfilled
		// template's row (数量指标 | | 88 | 100), whatever its numbers; with
		// no name column, a row whose level cells name nothing either
		r.unuse()
		e.warn(valPos, diag.NoIndicatorName, val)
		return true
	}
	if name != "" && val != "" && noneName(name) && (g.idx[cName] >= 0 || g.byLevel) {
		// a template's row the filer marked as having no indicator: its
		// name cell says none (社会效益指标 | 无 | 无, 成本指标 | / | /), and
		// its target, whatever it holds, belongs to no indicator
		r.unuse()
		e.warn(valPos, diag.NoIndicatorName, val)
		return true
	}
	if name != "" && val != "" && (numeralOnly(name) || pointsOnly(name)) && (g.idx[cName] >= 0 || g.byLevel) {
		// a template's unfilled row whose name cell holds a number
		// (成本指标 | 经济成本指标 | 0 | 0.00% | 0): no indicator is named 0;
		// nor one named by points (考核节点进度完成率 | 10分 | 项目采购节约率 |
		// 10分, a score block under the grid)
		r.unuse()
		e.warn(valPos, diag.NoIndicatorName, val)
		return true
	}
	if val != "" && captionValue(val) {
		// a caption where the target should be: a label ending in a
		// bracketed money unit or 文字描述 (计划生育转移支付资金合计(万元)),
		// or a question (是否按时完成？), the item a checklist asks about
		r.unuse()
		e.warn(valPos, diag.CaptionAsTarget, val, name)
		return true
	}
	if name != "" && e.lx.moneyUnitLabel(name) {
		// the next table's money-unit line (207101某法院 | 单位:万元) with
		// its label in the name's place: a unit, never an indicator's name
		r.unuse()
		return true
	}
	return false
}

// noTarget is val, or "" when it is no target: a unit alone, or a
// comparator and a unit, with no number; the next table's money-unit
// line; a level label of the taxonomy.
func (r *gridRow) noTarget(val string) string {
	e := r.e
	if val != "" && (e.lx.unitOnly(val) || e.lx.moneyUnitLabel(val)) {
		// an unfilled template's value slot holds its unit, or a comparator
		// and a unit, with no number (公里, ≧ %): no target; nor is the
		// money-unit line of the next table's first row (207101某法院 |
		// 单位:万元), which a text export may run on from the grid above
		val = ""
	}
	if val != "" && e.lx.levelLabel(val) {
		// a level label of the taxonomy where the target should be
		// (可持续影响指标 (必填)): a short row whose text spans the name and
		// the target, read against a header with the target first; no
		// target
		val = ""
	}
	return val
}

// targetInName reads a target the name cell holds beside a value cell
// that gives none of its own (康复救助人数（≥300人） over an empty cell)
// or only its number (救助儿童人数≥500人 | 500), with a warning; it
// reports false when the name gives none.
func (r *gridRow) targetInName(name string, namePos model.Pos, val string, valPos model.Pos) (string, bool) {
	g, e := r.g, r.e
	if val == "" && g.idx[cValue] >= 0 && len(g.regions) == 0 {
		if t := bracketTarget(name); t != "" {
			// 康复救助人数（≥300人） over an empty value cell: the filing
			// wrote the target in the name's brackets
			e.warn(namePos, diag.TargetInName, t, name)
			return t, true
		}
	}
	if val != "" && g.idx[cValue] >= 0 && len(g.regions) == 0 {
		if t := nameTailTarget(name, val); t != "" {
			// 救助儿童人数≥500人 | 500: the name ends with its bounded
			// target and the value cell repeats only its number; the
			// bound and the unit are the name's
			e.warn(valPos, diag.TargetSignInName, t, name, val)
			return t, true
		}
	}
	return "", false
}

// nameTailTarget reads a target that closes the indicator's name (救助儿童人数≥500人,
// 达标率≥90%) when the value cell holds that target's number alone, with no
// comparator and no other unit (500, 90): the cell repeats the name's number
// and the name gives the bound and the unit. It gives "" when the name has
// no bounded target at its end, when the name is that target alone, or when
// the cell says anything else (another number, a sign, another unit).
func nameTailTarget(name, val string) string {
	name, val = strings.TrimSpace(name), strings.TrimSpace(val)
	if startsWithComparator(val) || startsWithComparatorWord(val) {
		return ""
	}
	cell := normalize.Value(val, normalize.Context{Year: 2000})
	if cell.Kind != model.KindQuantity || (cell.Op != model.OpEq && cell.Op != "") || cell.Number == "" {
		return ""
	}
	for i := range name {
		if i == 0 || leadingSign(name[i:]) == 0 {
			continue
		}
		tail := name[i:]
		v := normalize.Value(tail, normalize.Context{Year: 2000})
		if v.Kind != model.KindQuantity || v.Op == model.OpEq || v.Op == "" || v.Number != cell.Number {
			return ""
		}
		if cell.Unit != "" && cell.Unit != v.Unit {
			return ""
		}
		return tail
	}
	return ""
}

// bracketTarget returns the target a name ends with in brackets when it is
// a whole bounded quantity — a comparator sign, a number and its unit, as
// 完成率（≥95%）, 受益人数(≥300人) — else "". A template's placeholder
// (≥**%) or a unit alone (（亩）) is no target.
func bracketTarget(name string) string {
	name = strings.TrimSpace(name)
	var inner string
	for _, pr := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if body, ok := strings.CutSuffix(name, pr[1]); ok {
			if i := strings.LastIndex(body, pr[0]); i > 0 {
				inner = strings.TrimSpace(body[i+len(pr[0]):])
			}
		}
	}
	if inner == "" || !startsWithComparator(inner) || strings.Contains(inner, "*") {
		return ""
	}
	v := normalize.Value(inner, normalize.Context{Year: 2000})
	if v.Kind != model.KindQuantity || v.Op == model.OpEq || v.Op == "" {
		return ""
	}
	return inner
}

// splitNameTarget splits a cell that holds an indicator's name and its
// target under a caption naming both (三级指标及指标值): at the first colon
// (救助困难群众人数：≥3000人), else where a comparator opens a bounded target
// that closes the cell (救助困难群众人数≥3000人); words introducing a part
// before the colon (其中：特困人员≥500人) name nothing, the part is split.
// It returns "" for the name when the cell splits neither way or either
// part is empty.
func splitNameTarget(cell string) (name, target string) {
	cell = strings.TrimSpace(cell)
	for _, c := range []string{"：", ":"} {
		if n, t, ok := strings.Cut(cell, c); ok {
			n, t = strings.TrimSpace(n), strings.TrimSpace(t)
			if n == "" || t == "" {
				return "", ""
			}
			if subItemWord(n) {
				// 其中：特困人员≥500人: the words before the colon introduce
				// a part, no name; the part splits by itself
				return splitNameTarget(t)
			}
			return n, t
		}
	}
	for i := range cell {
		if i == 0 || leadingSign(cell[i:]) == 0 {
			continue
		}
		v := normalize.Value(cell[i:], normalize.Context{Year: 2000})
		if v.Kind != model.KindQuantity || v.Op == "" || v.Op == model.OpEq {
			return "", ""
		}
		return strings.TrimSpace(cell[:i]), cell[i:]
	}
	return "", ""
}

// subItemWord tells the words that introduce a part of what comes before
// (其中, 包括, 含): before a colon they name no indicator.
func subItemWord(s string) bool {
	switch strings.Join(strings.Fields(s), "") {
	case "其中", "包括", "其中包括", "含", "包含", "另":
		return true
	}
	return false
}

// captionValue tells a value cell that is a caption, no target: a label
// with no digit that ends in a bracketed money unit or a word for a
// written answer (文字描述: 计划生育转移支付资金合计(万元), 项目资金测算标准(文字描述)),
// or a question (是否按时完成？). A target with a number (100（万元）) is
// none of these.
func captionValue(s string) bool {
	s = strings.TrimSpace(s)
	if strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	if strings.HasSuffix(s, "？") || strings.HasSuffix(s, "?") {
		return true
	}
	label, inner := bracketTail(s)
	if label == "" || inner == "" {
		return false
	}
	return moneyUnits[inner] || strings.Contains(inner, "描述") || strings.HasPrefix(inner, "文字")
}
