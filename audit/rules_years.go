package audit

import (
	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/model"
)

// Cross-year rules: this year's targets against last year's filing
// (Config.Previous) — its targets, or the actual results of its
// self-evaluation. Which targets are harder is diff's judgement
// (diff.Assess), so that check and diff never disagree.

// crossYear is the comparison with the previous filing, made once per
// Check and shared by the rules.
type crossYear struct {
	res *diff.Result
}

// Comparison returns the comparison of Config.Previous (OLD) with the
// document (NEW), made once per Check; nil without a previous filing.
func (c *Context) Comparison() *diff.Result {
	if c.Config.Previous == nil {
		return nil
	}
	if c.years == nil {
		c.years = &crossYear{res: diff.Compare(c.Config.Previous, c.Doc, diff.Options{})}
	}
	return c.years.res
}

// pairs calls fn for every indicator of this year with its counterpart of
// last year, in matched projects.
func (c *Context) pairs(fn func(np *model.Project, n, o *model.Indicator)) {
	res := c.Comparison()
	if res == nil {
		return
	}
	for i := range res.Projects {
		op, np := res.Projects[i].OldProject(), res.Projects[i].NewProject()
		if op == nil || np == nil || np.Classified {
			continue
		}
		for j, k := range diff.AlignIndicators(op, np) {
			if k >= 0 {
				fn(np, &np.Indicators[j], &op.Indicators[k])
			}
		}
	}
}

// checkTargetLoosened reports the value changes that perfdoc diff assesses
// as loosened — diff's own list of changes, placed on this year's
// indicators through diff's alignment.
func checkTargetLoosened(c *Context) []Finding {
	res := c.Comparison()
	if res == nil {
		return nil
	}
	type key struct {
		np             *model.Project
		name, old, new string
	}
	loosened := map[key]bool{}
	for i := range res.Projects {
		for _, ch := range res.Projects[i].Changes {
			if ch.Field == "indicator.value" && ch.Assessment == diff.Loosened && ch.Old != nil && ch.New != nil {
				loosened[key{res.Projects[i].NewProject(), ch.Indicator, *ch.Old, *ch.New}] = true
			}
		}
	}
	var out []Finding
	c.pairs(func(np *model.Project, n, o *model.Indicator) {
		if loosened[key{np, n.Name, o.Value.Raw, n.Value.Raw}] {
			out = append(out, c.Say(np, n, "", yearOf(c.Config.Previous), o.Value.Raw, n.Value.Raw))
		}
	})
	return out
}

// checkTargetDropped reports the targets of last year's filing that this
// year's drops from a project it keeps — what perfdoc diff lists as
// 删除（放松风险）, a loosening risk: diff's own changes, placed on this
// year's project (the target has no position in this filing).
func checkTargetDropped(c *Context) []Finding {
	res := c.Comparison()
	if res == nil {
		return nil
	}
	var out []Finding
	for i := range res.Projects {
		op, np := res.Projects[i].OldProject(), res.Projects[i].NewProject()
		if op == nil || np == nil || np.Classified {
			continue
		}
		for _, ch := range res.Projects[i].Changes {
			if ch.Field == "indicator" && ch.Status == diff.Removed && ch.Old != nil {
				out = append(out, c.SayAt(np, ch.Indicator, np.Source, "", yearOf(c.Config.Previous), *ch.Old))
			}
		}
	}
	return out
}

// checkTargetBelowActual: a new target easier than what was achieved last
// year (a floor below the actual, a ceiling above it).
func checkTargetBelowActual(c *Context) []Finding {
	var out []Finding
	prev := c.Config.Previous
	c.pairs(func(np *model.Project, n, o *model.Indicator) {
		if o.Actual == nil {
			return
		}
		achieved := asTarget(o, *o.Actual, n.Value.Op)
		if diff.Assess(achieved, n, prev.Year, c.Doc.Year) == diff.Loosened {
			out = append(out, c.Say(np, n, "", n.Value.Raw, o.Actual.Raw, yearOf(prev)))
		}
	})
	return out
}

// checkTargetMissed reports targets whose actual result (a self-evaluation's
// 实际完成值) falls short: in this filing, and in the previous one.
func checkTargetMissed(c *Context) []Finding {
	var out []Finding
	for i := range c.Doc.Projects {
		p := &c.Doc.Projects[i]
		for j := range p.Indicators {
			ind := &p.Indicators[j]
			if missed(ind) {
				out = append(out, c.Say(p, ind, "", ind.Actual.Raw, ind.Value.Raw))
			}
		}
	}
	res := c.Comparison()
	if res == nil {
		return out
	}
	for i := range res.Projects {
		op, np := res.Projects[i].OldProject(), res.Projects[i].NewProject()
		if op == nil {
			continue
		}
		var align []int
		if np != nil {
			align = diff.AlignIndicators(op, np)
		}
		for k := range op.Indicators {
			if o := &op.Indicators[k]; missed(o) {
				out = append(out, c.missedLastYear(np, o, k, align))
			}
		}
	}
	return out
}

// missedLastYear reports a missed target of the previous filing on this
// year's counterpart indicator, else on the project, else on the document.
func (c *Context) missedLastYear(np *model.Project, o *model.Indicator, k int, align []int) Finding {
	args := []any{o.Value.Raw, yearOf(c.Config.Previous), o.Actual.Raw}
	if np == nil {
		return c.SayAt(nil, o.Name, model.Pos{}, "last-year", args...)
	}
	for j, kk := range align {
		if kk == k {
			return c.Say(np, &np.Indicators[j], "last-year", args...)
		}
	}
	return c.SayAt(np, o.Name, np.Source, "last-year", args...)
}

// missed reports whether an indicator's actual result falls short of its
// target: the actual, read as a target of the same comparator, would be an
// easier one.
func missed(ind *model.Indicator) bool {
	if ind.Actual == nil {
		return false
	}
	achieved := asTarget(ind, *ind.Actual, ind.Value.Op)
	return diff.Assess(ind, achieved, 0, 0) == diff.Loosened
}

// asTarget restates an actual result as a target of indicator ind with
// comparator op, so that diff.Assess can compare it with a target: 12166名
// achieved against ≥12500名 is ≥12166名.
func asTarget(ind *model.Indicator, actual model.Value, op model.Op) *model.Indicator {
	a := *ind
	if actual.Kind == model.KindQuantity && op != "" {
		actual.Op = op
	}
	a.Value = actual
	a.Actual = nil
	return &a
}

// yearOf is the year of a filing of 2025 as an aside, " (2025)" in
// English and "（2025年）" in Chinese, or nothing when its year is unknown.
func yearOf(d *model.Document) any {
	if d.Year == 0 {
		return ""
	}
	return phrase("year", d.Year)
}
