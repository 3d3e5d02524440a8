package audit

import (
	"strings"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/vocab"
)

// Rules about a project's indicator set, goals and identity, and about the
// document as a whole.

func checkClassified(c *Context) []Finding {
	var out []Finding
	for i := range c.Doc.Projects {
		if p := &c.Doc.Projects[i]; p.Classified {
			out = append(out, c.Say(p, nil, ""))
		}
	}
	return out
}

func checkFamilyMissing(c *Context, p *model.Project) []Finding {
	var out []Finding
	v := vocab.Default()
	for _, fam := range v.Required(1) {
		found := false
		for i := range p.Indicators {
			// some templates put the families one level down (一级 绩效指标,
			// 二级 产出指标): the family's stem at level 2 counts too
			if v.Level1Is(fam.Key, p.Indicators[i].Level1) || strings.Contains(p.Indicators[i].Level2, fam.Stem) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, c.Say(p, nil, "", fam.Stem))
		}
	}
	return out
}

func checkSubfamilyMissing(c *Context, p *model.Project) []Finding {
	v := vocab.Default()
	required := v.Required(2) // 数量, 质量, 时效 under the output family; cost at either level
	has := map[string]bool{}
	output := false
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		if ind.IsOutput() {
			output = true
			for _, f := range required {
				if f.Key != vocab.Cost && v.Level2Is(f.Key, ind.Level2) {
					has[f.Key] = true
				}
			}
		}
		if ind.IsCost() {
			has[vocab.Cost] = true
		}
	}
	if !output {
		return nil
	}
	var missing List
	for _, f := range required {
		if !has[f.Key] {
			missing = append(missing, f.Name)
		}
	}
	if len(missing) > 0 {
		return []Finding{c.Say(p, nil, "", missing)}
	}
	return nil
}

// checkQuantityOnlyRate: 数量指标 count what the money buys; a completion
// rate as the only one counts nothing.
func checkQuantityOnlyRate(c *Context, p *model.Project) []Finding {
	var first *model.Indicator
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		if !ind.IsQuantity() || ind.IsCost() {
			continue
		}
		if !isRate(&ind.Value) {
			return nil
		}
		if first == nil {
			first = ind
		}
	}
	if first == nil {
		return nil
	}
	return []Finding{c.Say(p, first, "", first.Value.Raw)}
}

func checkGoalDuplicate(c *Context, p *model.Project) []Finding {
	pos := p.GoalsSource
	if pos.IsZero() {
		pos = p.Source
	}
	seen := map[string][]int{}
	var order []string
	for i, g := range p.Goals {
		if _, ok := seen[g]; !ok {
			order = append(order, g)
		}
		seen[g] = append(seen[g], i+1)
	}
	var out []Finding
	for _, g := range order {
		if n := seen[g]; len(n) > 1 {
			out = append(out, c.SayAt(p, "", pos, "", listInts(n), g))
		}
	}
	return out
}

func checkIndicatorDuplicate(c *Context, p *model.Project) []Finding {
	groups := map[string][]*model.Indicator{}
	var order []string
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		key := ind.Level2 + "\x00" + ind.Name
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], ind)
	}
	var out []Finding
	for _, key := range order {
		g := groups[key]
		if len(g) < 2 {
			continue
		}
		values, same := List{}, true
		for _, ind := range g {
			values = append(values, ind.Value.Raw)
			same = same && ind.Value.Raw == g[0].Value.Raw
		}
		if same {
			out = append(out, c.Say(p, g[1], "same", g[0].Name, len(g), g[0].Level2, g[0].Value.Raw))
		} else {
			out = append(out, c.Say(p, g[1], "different", len(g), g[0].Level2, g[0].Name, values))
		}
	}
	return out
}

func checkCodeDuplicate(c *Context) []Finding {
	d := c.Doc
	first := map[string]int{}
	var out []Finding
	for i := range d.Projects {
		p := &d.Projects[i]
		if p.Code == "" {
			continue
		}
		if j, ok := first[p.Code]; ok {
			out = append(out, c.Say(p, nil, "", p.Code, d.Projects[j].Index))
			continue
		}
		first[p.Code] = i
	}
	return out
}

// checkTargetShared: an outcome (效益) counted in several projects is
// claimed several times — 城镇新增就业人数 2400人 in three projects is one
// department-wide target, not three results. Zero targets (0起 events)
// and percentages are shareable and not reported.
func checkTargetShared(c *Context) []Finding {
	type claim struct {
		p   *model.Project
		ind *model.Indicator
	}
	groups := map[string][]claim{}
	var order []string
	for i := range c.Doc.Projects {
		p := &c.Doc.Projects[i]
		for j := range p.Indicators {
			ind := &p.Indicators[j]
			n, u, ok := baseNumber(&ind.Value)
			if p.Classified || !ok || u == "%" || !n.IsPositive() || ind.Value.Op.IsCeiling() || !ind.IsBenefit() {
				continue
			}
			key := ind.Name + "\x00" + string(ind.Value.Op) + n.String() + u
			if g := groups[key]; len(g) > 0 && g[len(g)-1].p == p {
				continue // twice in one project: INDICATOR-DUPLICATE
			}
			if _, ok := groups[key]; !ok {
				order = append(order, key)
			}
			groups[key] = append(groups[key], claim{p, ind})
		}
	}
	var out []Finding
	for _, key := range order {
		g := groups[key]
		if len(g) < 2 {
			continue
		}
		others := make([]int, 0, len(g)-1)
		for _, cl := range g[1:] {
			others = append(others, cl.p.Index)
		}
		out = append(out, c.Say(g[0].p, g[0].ind, "",
			g[0].ind.Name, g[0].ind.Value.Raw, listInts(others), len(g)))
	}
	return out
}

// checkPriorYearProject: a project filed with last year's code, a name
// that says last year, or last year's work plan as the basis of its
// targets is carried over or copied.
func checkPriorYearProject(c *Context, p *model.Project) []Finding {
	year := c.Doc.Year
	if year == 0 {
		return nil
	}
	var why Clauses
	if y := model.CodeYear(p.Code); y != 0 && y < year {
		why = append(why, c.Msg("code", p.Code, y))
	}
	if y := model.YearIn(p.Name); y != 0 && y < year {
		why = append(why, c.Msg("name", y))
	}
	plans := map[string]int{}
	var planOrder []string
	for i := range p.Indicators {
		b := p.Indicators[i].Basis
		if y := model.YearIn(b); y != 0 && y < year && strings.Contains(b, "计划") {
			if plans[b] == 0 {
				planOrder = append(planOrder, b)
			}
			plans[b]++
		}
	}
	for _, b := range planOrder {
		why = append(why, c.Msg("plan", plans[b], b))
	}
	if len(why) == 0 {
		return nil
	}
	return []Finding{c.Say(p, nil, "", year, why)}
}

// listInts lists numbers: 1, 2 and 3 (1、2、3).
func listInts(n []int) List {
	l := make(List, len(n))
	for i, v := range n {
		l[i] = v
	}
	return l
}
