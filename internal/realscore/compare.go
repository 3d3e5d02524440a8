package realscore

// compare.go: how one parsed document is scored against its truth — the
// projects paired, each expected indicator found by name and raw value,
// then its levels, placement and cells checked, and what is left counted
// as extra.

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
)

// norm drops white space (and zero-width characters), as score.py does.
func norm(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u3000' || r == '\u00a0' {
			return -1
		}
		return r
	}, s)
}

func dec(s string) (decimal.Decimal, bool) {
	d, err := decimal.NewFromString(strings.TrimSpace(strings.ReplaceAll(s, ",", "")))
	return d, err == nil
}

type got struct {
	project int
	ind     *model.Indicator
	used    bool
}

type key struct{ name, raw string }

// pairProjects maps truth project index → parsed project index: by name
// (normalised equality), then the rest in order.
func pairProjects(tps []TruthProject, gps []model.Project) map[int]int {
	pairs := map[int]int{}
	used := map[int]bool{}
	for ti, tp := range tps {
		if tp.Name == nil {
			continue
		}
		for gi := range gps {
			if !used[gi] && norm(gps[gi].Name) == norm(*tp.Name) {
				pairs[ti] = gi
				used[gi] = true
				break
			}
		}
	}
	var free []int
	for gi := range gps {
		if !used[gi] {
			free = append(free, gi)
		}
	}
	for ti := range tps {
		if _, ok := pairs[ti]; !ok && len(free) > 0 {
			pairs[ti] = free[0]
			free = free[1:]
		}
	}
	return pairs
}

// cellsOf returns the scored extra cells of a truth indicator: actual,
// weight and score, when they are strings.
func cellsOf(t TruthIndicator) map[string]string {
	out := map[string]string{}
	for _, k := range []string{"actual", "weight", "score"} {
		if v, ok := t.ValueCells[k].(string); ok {
			out[k] = v
		}
	}
	return out
}

func parsedCell(ind *model.Indicator, k string) string {
	switch k {
	case "actual":
		if ind.Actual != nil {
			return ind.Actual.Raw
		}
	case "weight":
		if ind.Weight != nil {
			return *ind.Weight
		}
	case "score":
		if ind.Score != nil {
			return *ind.Score
		}
	}
	return ""
}

// otherCells are the cells of a truth row that are not the target: the
// alternatives score.py's "alt" diagnostic looks for.
func otherCells(t TruthIndicator) []string {
	var out []string
	for k, v := range t.ValueCells {
		switch k {
		case "op", "value", "unit", "direction", "nature":
			continue
		case "regions":
			if m, ok := v.(map[string]any); ok {
				for _, r := range m {
					if s, ok := r.(string); ok {
						out = append(out, s)
					}
				}
			}
		default:
			if s, ok := v.(string); ok {
				out = append(out, s)
			}
		}
	}
	sort.Strings(out)
	return out
}

// Compare scores a parsed document (nil after a parse error) against a
// truth. Filing, Form and Err are left for the caller.
func Compare(t *Truth, d *model.Document) Score {
	var s Score
	s.countExpected(t)
	if d == nil {
		s.missAll(t)
		return s
	}
	c := newComparer(t, d, &s)
	for ti, tp := range t.Projects {
		for _, want := range tp.Indicators {
			c.indicator(ti, want)
		}
	}
	for ti, tp := range t.Projects {
		c.project(ti, tp)
	}
	c.extras()
	return s
}

// countExpected counts what the truth expects: projects, indicators,
// project names, budgets, money units and indicator cells.
func (s *Score) countExpected(t *Truth) {
	s.ProjectsExp = len(t.Projects)
	for _, tp := range t.Projects {
		s.Indicators += len(tp.Indicators)
		if tp.Name != nil {
			s.NamesExp++
		}
		if tp.BudgetTotal != nil {
			s.BudgetsExp++
		}
		if tp.MoneyUnit != nil {
			s.UnitsExp++
		}
		for _, ti := range tp.Indicators {
			s.CellsExp += len(cellsOf(ti))
		}
	}
}

// missAll counts every indicator of the truth missed: the file did not
// parse.
func (s *Score) missAll(t *Truth) {
	for _, tp := range t.Projects {
		for _, ti := range tp.Indicators {
			s.Missed = append(s.Missed, Miss{Name: ti.Name, Want: ti.Value})
		}
	}
}

// comparer is Compare's work on a parsed document: the parsed indicators
// in order and by name and value, the pairing of truth projects with
// parsed ones, and the score so far.
type comparer struct {
	t     *Truth
	d     *model.Document
	s     *Score
	all   []*got         // the parsed indicators, in document order
	pool  map[key][]*got // the parsed indicators by normalised name and value
	pairs map[int]int    // truth project index → parsed project index
	multi bool           // the truth has more than one project
}

// newComparer gathers the parsed indicators of d and pairs the projects;
// it sets the projects and indicators output in s.
func newComparer(t *Truth, d *model.Document, s *Score) *comparer {
	c := &comparer{t: t, d: d, s: s, pool: map[key][]*got{}}
	s.ProjectsGot = len(d.Projects)
	for pi := range d.Projects {
		for ii := range d.Projects[pi].Indicators {
			ind := &d.Projects[pi].Indicators[ii]
			g := &got{project: pi, ind: ind}
			c.all = append(c.all, g)
			k := key{norm(ind.Name), norm(ind.Value.Raw)}
			c.pool[k] = append(c.pool[k], g)
		}
	}
	s.Output = len(c.all)
	c.pairs = pairProjects(t.Projects, d.Projects)
	c.multi = len(t.Projects) > 1
	return c
}

// rawsOf lists the raw values of the parsed indicators named name.
func (c *comparer) rawsOf(name string) []string {
	var out []string
	for _, g := range c.all {
		if norm(g.ind.Name) == norm(name) {
			out = append(out, g.ind.Value.Raw)
		}
	}
	return out
}

// has reports whether a parsed indicator is named name with value raw.
func (c *comparer) has(name, raw string) bool {
	for _, g := range c.all {
		if norm(g.ind.Name) == norm(name) && norm(g.ind.Value.Raw) == norm(raw) {
			return true
		}
	}
	return false
}

// indicator scores the truth indicator want of truth project ti: matched
// to an unused parsed indicator of the same name and value, or missed.
func (c *comparer) indicator(ti int, want TruthIndicator) {
	gi, paired := c.pairs[ti]
	hit := c.find(key{norm(want.Name), norm(want.Value)}, gi, paired)
	if hit == nil {
		c.miss(want)
		return
	}
	hit.used = true
	c.s.Matched++
	c.levels(want, hit)
	c.placement(ti, want, hit, gi, paired)
	c.cells(want, hit)
}

// find returns the first unused parsed indicator under k, one of the
// paired project gi first; nil when there is none.
func (c *comparer) find(k key, gi int, paired bool) *got {
	for _, g := range c.pool[k] { // prefer the paired project
		if !g.used && paired && g.project == gi {
			return g
		}
	}
	for _, g := range c.pool[k] {
		if !g.used {
			return g
		}
	}
	return nil
}

// miss records want as missed, with what was parsed under its name, and
// counts whether its bare value or another of its cells was read instead.
func (c *comparer) miss(want TruthIndicator) {
	s := c.s
	if b, ok := want.ValueCells["value"].(string); ok && norm(b) != norm(want.Value) && c.has(want.Name, b) {
		s.Bare++
	}
	for _, o := range otherCells(want) {
		if norm(o) != "" && norm(o) != norm(want.Value) && c.has(want.Name, o) {
			s.Alt++
			break
		}
	}
	s.Missed = append(s.Missed, Miss{Name: want.Name, Want: want.Value, Got: c.rawsOf(want.Name)})
}

// levels scores the first- and second-level names of a matched
// indicator, when the truth gives either.
func (c *comparer) levels(want TruthIndicator, hit *got) {
	s := c.s
	if want.Level1 == nil && want.Level2 == nil {
		return
	}
	s.LevelsExp++
	ok1 := want.Level1 == nil || norm(hit.ind.Level1) == norm(*want.Level1)
	ok2 := want.Level2 == nil || norm(hit.ind.Level2) == norm(*want.Level2)
	if ok1 && ok2 {
		s.Levels++
	} else {
		s.Details = append(s.Details, fmt.Sprintf("levels of %s: want %s / %s, got %s / %s",
			want.Name, strOr(want.Level1), strOr(want.Level2), hit.ind.Level1, hit.ind.Level2))
	}
}

// placement scores whether a matched indicator of truth project ti stands
// in the paired project gi, when the truth has more than one project.
func (c *comparer) placement(ti int, want TruthIndicator, hit *got, gi int, paired bool) {
	s := c.s
	if !c.multi {
		return
	}
	s.PlacedExp++
	if paired && hit.project == gi {
		s.Placed++
	} else {
		s.Details = append(s.Details, fmt.Sprintf("project of %s: want project %d, got %d", want.Name, ti+1, hit.project+1))
	}
}

// cells scores the actual, weight and score cells of a matched
// indicator, in the order of their names.
func (c *comparer) cells(want TruthIndicator, hit *got) {
	s := c.s
	cells := cellsOf(want)
	names := make([]string, 0, len(cells))
	for n := range cells {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if g := parsedCell(hit.ind, n); norm(g) == norm(cells[n]) {
			s.Cells++
		} else {
			s.Details = append(s.Details, fmt.Sprintf("%s of %s: want %q, got %q", n, want.Name, cells[n], g))
		}
	}
}

// project scores truth project ti's name, budget total and money unit
// against its paired parsed project; an unpaired one gets none right.
func (c *comparer) project(ti int, tp TruthProject) {
	s := c.s
	gi, paired := c.pairs[ti]
	var gp *model.Project
	if paired {
		gp = &c.d.Projects[gi]
	}
	if tp.Name != nil && gp != nil && norm(gp.Name) == norm(*tp.Name) {
		s.Names++
	}
	if tp.BudgetTotal != nil {
		want, _ := dec(*tp.BudgetTotal)
		gotTotal := ""
		if gp != nil && gp.Budget.Total != nil {
			gotTotal = *gp.Budget.Total
		}
		if g, ok := dec(gotTotal); ok && gp != nil && g.Equal(want) {
			s.Budgets++
		} else {
			s.Details = append(s.Details, fmt.Sprintf("budget of project %d: want %s, got %q", ti+1, *tp.BudgetTotal, gotTotal))
		}
	}
	if tp.MoneyUnit != nil {
		gotUnit := ""
		if gp != nil {
			gotUnit = gp.MoneyUnit
		}
		if gp != nil && norm(gotUnit) == norm(*tp.MoneyUnit) {
			s.Units++
		} else {
			s.Details = append(s.Details, fmt.Sprintf("money unit of project %d: want %s, got %q", ti+1, *tp.MoneyUnit, gotUnit))
		}
	}
}

// extras records the parsed indicators no truth indicator matched.
func (c *comparer) extras() {
	for _, g := range c.all {
		if !g.used {
			c.s.Extras = append(c.s.Extras, Extra{Project: g.project, Name: g.ind.Name, Raw: g.ind.Value.Raw})
		}
	}
}

func strOr(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}
