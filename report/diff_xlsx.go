package report

import (
	"io"

	"github.com/perfdoc/perfdoc/diff"
)

// DiffXLSX writes the comparison as a workbook of three sheets: 概要 (both
// filings and the counts), 项目 (one row per listed project, audit order,
// budgets as amounts with their unit) and 指标 (one row per change).
func DiffXLSX(w io.Writer, r *diff.Result, o DiffOptions) error {
	v := newView(r)
	wb, err := newWorkbook()
	if err != nil {
		return err
	}
	if err := wb.table(o.label("summary"), o.summaryColumns(), o.summaryRows(v)); err != nil {
		return err
	}
	if err := wb.table(o.label("projects"), o.projectColumns(), o.projectRows(v)); err != nil {
		return err
	}
	if err := wb.table(o.label("indicators"), o.changeColumns(), o.changeRows(v)); err != nil {
		return err
	}
	return wb.write(w)
}

func (o DiffOptions) summaryColumns() []column {
	return []column{{"", 16}, {o.label("old"), 44}, {o.label("new"), 44}, {o.label("delta"), 16}, {o.label("delta_pct"), 12}}
}

func (o DiffOptions) summaryRows(v *view) [][]any {
	total := budgetChange{old: v.old.total, new: convert(v.new.total, v.old.total.unit)}
	d, pct, ok, pctOK := total.delta()
	var dv, pv any
	if ok {
		dv = delta{d, total.old.unit}
	}
	if pctOK {
		pv = percent(pct)
	}
	c := v.counts
	rows := [][]any{
		{o.label("department"), deptLabel(v.old.Side), deptLabel(v.new.Side), nil, nil},
		{o.label("year"), yearCell(v.old.Year), yearCell(v.new.Year), nil, nil},
		{o.label("file"), v.old.Path, v.new.Path, nil, nil},
		{o.label("budget_sum"), moneyCell(v.old.total), moneyCell(v.new.total), dv, pv},
		{o.label("projects"), v.old.projects, v.new.projects, nil, nil},
	}
	for _, k := range []struct {
		key string
		n   int
	}{{"matched", c.matched}, {"count_changed", c.changed}, {"projects_added", c.added}, {"projects_gone", c.removed},
		{"loosened", c.loosened}, {"dropped", c.indDropped}, {"tightened", c.tightened}, {"changed", c.other},
		{"rolled_forward", c.rolled}, {"added", c.indAdded}} {
		label := o.label(k.key)
		if k.key != "projects_added" && k.key != "projects_gone" && k.key != "matched" && k.key != "count_changed" {
			label = o.label("indicators") + " " + label
		} else if k.key == "matched" || k.key == "count_changed" {
			label = o.label("projects") + " " + label
		}
		rows = append(rows, []any{label, nil, k.n, nil, nil})
	}
	return rows
}

func moneyCell(m money) any {
	if !m.ok {
		return nil
	}
	return amount{m.amount, m.unit}
}

func (o DiffOptions) projectColumns() []column {
	return []column{{o.label("status"), 8}, {o.label("code"), 24}, {o.label("name"), 44}, {o.label("was"), 44},
		{o.label("old") + o.label("budget.total"), 14}, {o.label("new") + o.label("budget.total"), 14}, {o.label("delta"), 14}, {o.label("delta_pct"), 10},
		{o.label("loosened") + "/" + o.label("removed"), 10}, {o.label("tightened"), 8}, {o.label("n_indicators"), 8}}
}

func (o DiffOptions) projectRows(v *view) [][]any {
	rows := make([][]any, 0, len(v.projects))
	for _, pv := range v.projects {
		status := o.label("changed")
		switch pv.p.Status {
		case diff.Added:
			status = o.label("added")
		case diff.Removed:
			status = o.label("removed")
		}
		var was any
		if pv.p.Status == diff.Matched && pv.p.Old.Name != pv.p.New.Name {
			was = pv.p.Old.Name
		}
		d, pct, ok, pctOK := pv.budget.delta()
		var dv, pcv, nind any
		if ok {
			dv = delta{d, pv.budget.old.unit}
		}
		if pctOK {
			pcv = percent(pct)
		}
		tight := 0
		for _, c := range pv.changes {
			if c.Assessment == diff.Tightened {
				tight++
			}
		}
		if pv.p.Status != diff.Matched {
			nind = pv.indicators
		}
		rows = append(rows, []any{status, pv.ref.Code, pv.ref.Name, was, moneyCell(pv.budget.old), moneyCell(pv.budget.new), dv, pcv, pv.loosened, tight, nind})
	}
	return rows
}

func (o DiffOptions) changeColumns() []column {
	return []column{{o.label("code"), 24}, {o.label("name"), 36}, {o.label("assessment"), 12}, {o.label("field"), 14},
		{o.label("indicator_name"), 24}, {o.label("level2"), 14}, {o.label("old_value"), 36}, {o.label("new_value"), 36}}
}

func (o DiffOptions) changeRows(v *view) [][]any {
	var rows [][]any
	for _, pv := range v.projects {
		for _, rw := range o.rows(pv, false) { // old and new whole: no segmentation

			var old, new any
			if rw.hasOld {
				old = rw.old
			}
			if rw.hasNew {
				new = rw.new
			}
			rows = append(rows, []any{pv.ref.Code, pv.ref.Name, o.kindLabel(rw.kind), rw.field, rw.indicator, rw.level2, old, new})
		}
	}
	return rows
}
