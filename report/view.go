package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

// view is what every diff report shows, computed once from a diff.Result:
// both sides with their budget totals, the counts, and the projects in the
// order an auditor reads them.
type view struct {
	r        *diff.Result
	old, new sideView
	counts   counts
	projects []projectView
}

// sideView is one filing: department, year, and the sum of its budgets.
type sideView struct {
	diff.Side
	total    money
	projects int
}

// counts are the summary's numbers.
type counts struct {
	matched, changed, added, removed                         int
	tightened, loosened, other, rolled, indAdded, indDropped int
}

// projectView is one project of the report with its budget change and its
// rendered changes, most important first.
type projectView struct {
	p          *diff.Project
	group      group
	ref        *diff.ProjectRef // NEW's, or OLD's when removed
	budget     budgetChange
	indicators int // for added and removed projects
	loosened   int // loosened and dropped targets
	changes    []diff.Change
}

// group orders the projects of a report.
type group int

// Groups of projects, in report order.
const (
	groupWatch   group = iota // loosened or dropped targets
	groupRemoved              // no longer filed
	groupAdded                // new this year
	groupOther                // other changes
	groupSame                 // no change (counted, not listed)
)

func newView(r *diff.Result) *view {
	v := &view{r: r, old: sideView{Side: r.Old}, new: sideView{Side: r.New}}
	var olds, news []*model.Project
	for i := range r.Projects {
		p := &r.Projects[i]
		if op := p.OldProject(); op != nil {
			olds = append(olds, op)
		}
		if np := p.NewProject(); np != nil {
			news = append(news, np)
		}
		pv := newProjectView(p)
		v.count(p, &pv)
		if pv.group != groupSame {
			v.projects = append(v.projects, pv)
		}
	}
	v.old.total, v.old.projects = sumBudgets(olds), len(olds)
	v.new.total, v.new.projects = sumBudgets(news), len(news)
	slices.SortStableFunc(v.projects, func(a, b projectView) int {
		if a.group != b.group {
			return cmp.Compare(a.group, b.group)
		}
		return cmp.Compare(b.loosened, a.loosened)
	})
	return v
}

func (v *view) count(p *diff.Project, pv *projectView) {
	c := &v.counts
	switch p.Status {
	case diff.Added:
		c.added++
	case diff.Removed:
		c.removed++
	default:
		c.matched++
		if len(p.Changes) > 0 {
			c.changed++
		}
	}
	for _, ch := range p.Changes {
		switch kindOf(ch) {
		case "tightened":
			c.tightened++
		case "loosened":
			c.loosened++
		case "changed":
			c.other++
		case "rolled_forward":
			c.rolled++
		case "added":
			c.indAdded++
		case "dropped":
			c.indDropped++
		}
	}
}

func newProjectView(p *diff.Project) projectView {
	pv := projectView{p: p, ref: p.New}
	op, np := p.OldProject(), p.NewProject()
	switch p.Status {
	case diff.Added:
		pv.group, pv.budget, pv.indicators = groupAdded, budgetOf(nil, np), len(np.Indicators)
		return pv
	case diff.Removed:
		pv.group, pv.ref, pv.budget, pv.indicators = groupRemoved, p.Old, budgetOf(op, nil), len(op.Indicators)
		return pv
	}
	pv.budget = budgetOf(op, np)
	mirror := fiscalMirrorsTotal(op) && fiscalMirrorsTotal(np)
	for _, ch := range p.Changes {
		if ch.Field == "budget.total" || (mirror && ch.Field == "budget.fiscal") {
			continue // in the project's header
		}
		if k := kindOf(ch); k == "loosened" || k == "dropped" {
			pv.loosened++
		}
		pv.changes = append(pv.changes, ch)
	}
	slices.SortStableFunc(pv.changes, func(a, b diff.Change) int { return cmp.Compare(rank(a), rank(b)) })
	switch {
	case pv.loosened > 0:
		pv.group = groupWatch
	case len(p.Changes) > 0:
		pv.group = groupOther
	default:
		pv.group = groupSame
	}
	return pv
}

// kindOf names how a change reads to an auditor: an assessment, "added" or
// "dropped" for an indicator, "text" for an edited text, "" otherwise.
func kindOf(c diff.Change) string {
	switch {
	case c.Field == "indicator" && c.Status == diff.Added:
		return "added"
	case c.Field == "indicator" && c.Status == diff.Removed:
		return "dropped"
	case c.Assessment != "":
		return string(c.Assessment)
	case isText(c.Field):
		return "text"
	}
	return ""
}

// isText tells the fields whose change is an edited text.
func isText(field string) bool {
	switch field {
	case "purpose", "goals", "indicator.name", "indicator.description", "indicator.basis", "indicator.level2":
		return true
	}
	return false
}

// rank orders changes within a project: what loosens first, quiet ones last.
func rank(c diff.Change) int {
	switch kindOf(c) {
	case "loosened":
		return 0
	case "dropped":
		return 1
	case "tightened":
		return 2
	case "changed":
		return 3
	case "added":
		return 4
	case "":
		return 5 // budget and spending plan
	case "text":
		return 6
	}
	return 7 // rolled forward and what this version does not know
}

func fiscalMirrorsTotal(p *model.Project) bool {
	return p != nil && p.Budget.Total != nil && p.Budget.Fiscal != nil && *p.Budget.Total == *p.Budget.Fiscal
}

// money is an amount with its unit; ok is false when it is unknown.
type money struct {
	amount decimal.Decimal
	unit   string
	ok     bool
}

// budgetChange is a project's budget in OLD and NEW, in one unit.
type budgetChange struct{ old, new money }

// budgetOf reads the budget totals of a pair (either may be nil), the new
// one restated in the old one's unit when they differ.
func budgetOf(op, np *model.Project) budgetChange {
	var b budgetChange
	if op != nil {
		b.old = projectTotal(op)
	}
	if np != nil {
		b.new = projectTotal(np)
		if b.old.ok && b.new.ok && b.new.unit != b.old.unit {
			b.new = convert(b.new, b.old.unit)
		}
	}
	return b
}

func projectTotal(p *model.Project) money {
	unit := p.MoneyUnit
	if unit == "" {
		unit = "万元"
	}
	if p.Budget.Total == nil {
		return money{unit: unit}
	}
	d, err := decimal.NewFromString(strings.TrimSpace(*p.Budget.Total))
	return money{amount: d, unit: unit, ok: err == nil}
}

// convert restates m in unit when both are money units perfdoc knows.
func convert(m money, unit string) money {
	from, ok1 := normalize.YuanFactor(m.unit)
	to, ok2 := normalize.YuanFactor(unit)
	if !ok1 || !ok2 || !m.ok {
		return m
	}
	return money{amount: m.amount.Mul(decimal.NewFromInt(from)).Div(decimal.NewFromInt(to)), unit: unit, ok: true}
}

// sumBudgets adds the projects' totals in the unit most of them use.
func sumBudgets(ps []*model.Project) money {
	units := map[string]int{}
	for _, p := range ps {
		units[projectTotal(p).unit]++
	}
	unit, best := "万元", 0
	for u, n := range units {
		if n > best || (n == best && u < unit) {
			unit, best = u, n
		}
	}
	sum := money{unit: unit}
	for _, p := range ps {
		if m := convert(projectTotal(p), unit); m.ok && m.unit == unit {
			sum.amount, sum.ok = sum.amount.Add(m.amount), true
		}
	}
	return sum
}

// delta returns new − old and the change in percent of old (ok false
// when either is unknown, pctOK false when old is zero).
func (b budgetChange) delta() (d, pct decimal.Decimal, ok, pctOK bool) {
	if !b.old.ok || !b.new.ok {
		return d, pct, false, false
	}
	d = b.new.amount.Sub(b.old.amount)
	if b.old.amount.IsZero() {
		return d, pct, true, false
	}
	return d, d.Mul(decimal.NewFromInt(100)).Div(b.old.amount).Round(1), true, true
}
