package audit

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
)

var hundred = decimal.NewFromInt(100)

// Rules is the catalogue, in the order the README lists it. Ids are stable.
var Rules = []Rule{
	{ID: "CLASSIFIED", Severity: Info, Rationale: "a 涉密 project's targets are withheld; it is reported once and skipped by the other rules",
		Project: func(c *ctx, p *model.Project) []Finding {
			if !p.Classified {
				return nil
			}
			return []Finding{c.finding(p, "", p.Source, "indicators withheld as 涉密; not audited")}
		}},
	{ID: "BUDGET-SUM", Severity: Error, Rationale: "the total budget must equal fiscal plus other funds (预算数 = 财政资金 + 其他资金)",
		Project: func(c *ctx, p *model.Project) []Finding {
			total, ok := dec(p.Budget.Total)
			fiscal, okF := dec(p.Budget.Fiscal)
			other, okO := dec(p.Budget.Other)
			if !ok || (!okF && !okO) {
				return nil
			}
			sum := fiscal.Add(other)
			if diffOver(sum, total, c.cfg.Tolerance) {
				return []Finding{c.finding(p, "", p.Source, "budget total %s%s is not fiscal %s + other %s = %s", total, p.MoneyUnit, show(p.Budget.Fiscal), show(p.Budget.Other), sum)}
			}
			return nil
		}},
	{ID: "BUDGET-MISSING", Severity: Error, Rationale: "a project without a total budget cannot be checked or funded",
		Project: func(c *ctx, p *model.Project) []Finding {
			if p.Budget.Total == nil {
				return []Finding{c.finding(p, "", p.Source, "no budget total (预算数)")}
			}
			return nil
		}},
	{ID: "PLAN-DECREASING", Severity: Error, Rationale: "the spending plan is cumulative: a later point cannot be below an earlier one",
		Project: func(c *ctx, p *model.Project) []Finding {
			var out []Finding
			var prev decimal.Decimal
			prevPeriod := ""
			for _, pt := range p.SpendingPlan.Points {
				v, ok := dec(pt.Value)
				if !ok {
					continue
				}
				if prevPeriod != "" && v.LessThan(prev) {
					out = append(out, c.finding(p, "", p.Source, "spending plan falls from %s (%s) to %s (%s)", prev, prevPeriod, v, pt.Period))
				}
				prev, prevPeriod = v, pt.Period
			}
			return out
		}},
	{ID: "PLAN-END", Severity: Error, Rationale: "by the year's last point the plan must spend the whole budget (or 100%)",
		Project: func(c *ctx, p *model.Project) []Finding {
			pts := p.SpendingPlan.Points
			if len(pts) == 0 {
				return nil
			}
			last := pts[len(pts)-1]
			v, ok := dec(last.Value)
			if !ok {
				return []Finding{c.finding(p, "", p.Source, "spending plan has no value for its last period %s", last.Period)}
			}
			want, okW := dec(p.Budget.Total)
			unit := p.MoneyUnit
			if p.SpendingPlan.Unit == "%" {
				want, okW, unit = hundred, true, "%"
			}
			if okW && diffOver(v, want, c.cfg.Tolerance) {
				return []Finding{c.finding(p, "", p.Source, "spending plan ends at %s%s (%s), not at %s%s", v, unit, last.Period, want, unit)}
			}
			return nil
		}},
	{ID: "PLAN-LABEL", Severity: Info, Rationale: "a spending-plan label that says % over values that are amounts misleads readers",
		Project: func(c *ctx, p *model.Project) []Finding {
			sp := p.SpendingPlan
			if sp.LabelSaysPercent() && sp.Unit != "%" && sp.Unit != "" {
				return []Finding{c.finding(p, "", p.Source, "label %q says %% but the values are cumulative amounts in %s", sp.Label, sp.Unit)}
			}
			return nil
		}},
	{ID: "COST-OVER-BUDGET", Severity: Error, Rationale: "a cost indicator's amount (a ceiling or an exact figure) cannot exceed the project's whole budget",
		Project: func(c *ctx, p *model.Project) []Finding {
			budget, ok := budgetYuan(p)
			if !ok {
				return nil
			}
			var out []Finding
			for i := range p.Indicators {
				ind := &p.Indicators[i]
				v := &ind.Value
				n, unit, ok := baseNumber(v)
				if !ok || unit != "元" || !ind.IsCost() || (v.Op != model.OpLE && v.Op != model.OpEq && v.Op != model.OpLT) {
					continue
				}
				if n.GreaterThan(budget) {
					out = append(out, c.finding(p, ind.Name, ind.Source, "cost %s is above the project budget %s", v.Raw, fmtIn(budget, p.MoneyUnit)))
				}
			}
			return out
		}},
	{ID: "UNIT-COST-OVER-BUDGET", Severity: Warning, Rationale: "a unit cost (元/人 …) times the planned quantity of the same project should fit in the budget",
		Project: func(c *ctx, p *model.Project) []Finding {
			budget, ok := budgetYuan(p)
			if !ok {
				return nil
			}
			var out []Finding
			for i := range p.Indicators {
				rate := &p.Indicators[i]
				rn, ru, ok := baseNumber(&rate.Value)
				if !ok || !strings.HasPrefix(ru, "元/") || strings.Count(ru, "/") != 1 || rate.Value.Op == model.OpGE || rate.Value.Op == model.OpGT {
					continue
				}
				if rn.GreaterThanOrEqual(budget) {
					continue // the rate alone exceeds the budget: PER-HEAD-IS-BUDGET or COST-OVER-BUDGET says so
				}
				per := strings.TrimPrefix(ru, "元/")
				for j := range p.Indicators {
					q := &p.Indicators[j]
					qn, qu, ok := baseNumber(&q.Value)
					if !ok || i == j || qu != per || q.IsCost() || (q.Value.Op != model.OpEq && q.Value.Op != model.OpGE) {
						continue
					}
					total := rn.Mul(qn)
					if total.GreaterThan(budget) {
						out = append(out, c.finding(p, rate.Name, rate.Source, "%s × %s (%s) = %s, above the budget %s",
							rate.Value.Raw, q.Value.Raw, q.Name, fmtIn(total, p.MoneyUnit), fmtIn(budget, p.MoneyUnit)))
					}
					break
				}
			}
			return out
		}},
	{ID: "PER-HEAD-IS-BUDGET", Severity: Warning, Rationale: "a per-head cost equal to or above the whole budget while more than one head is planned is usually the total written as a rate",
		Project: func(c *ctx, p *model.Project) []Finding {
			budget, ok := budgetYuan(p)
			if !ok {
				return nil
			}
			heads := decimal.Zero
			for i := range p.Indicators {
				if n, u, ok := baseNumber(&p.Indicators[i].Value); ok && (u == "人" || u == "名") && n.GreaterThan(heads) {
					heads = n
				}
			}
			if heads.LessThanOrEqual(decimal.NewFromInt(1)) {
				return nil
			}
			var out []Finding
			for i := range p.Indicators {
				ind := &p.Indicators[i]
				n, u, ok := baseNumber(&ind.Value)
				if ok && (u == "元/人" || u == "元/名") && n.GreaterThanOrEqual(budget) {
					out = append(out, c.finding(p, ind.Name, ind.Source, "per-head cost %s is at least the whole budget %s, with %s heads planned", ind.Value.Raw, fmtIn(budget, p.MoneyUnit), heads))
				}
			}
			return out
		}},
	{ID: "VALUE-REPAIRED", Severity: Warning, Rationale: "a value perfdoc had to repair (doubled text, stray spaces) should be corrected at the source",
		Project: func(c *ctx, p *model.Project) []Finding {
			var out []Finding
			for i := range p.Indicators {
				ind := &p.Indicators[i]
				if len(ind.Value.Warnings) > 0 && ind.Value.Kind != model.KindText {
					out = append(out, c.finding(p, ind.Name, ind.Source, "value %q: %s", ind.Value.Raw, strings.Join(ind.Value.Warnings, "; ")))
				}
			}
			return out
		}},
	{ID: "VALUE-UNTYPED", Severity: Warning, Rationale: "output and cost targets should be measurable: a value that is no number, range, deadline or known target word cannot be assessed",
		Project: func(c *ctx, p *model.Project) []Finding {
			var out []Finding
			for i := range p.Indicators {
				ind := &p.Indicators[i]
				if ind.Value.Kind == model.KindText && (ind.IsOutput() || ind.IsCost()) {
					msg := fmt.Sprintf("value %q is not measurable", ind.Value.Raw)
					if ind.Value.Raw == "" {
						msg = "no value"
					}
					out = append(out, c.finding(p, ind.Name, ind.Source, "%s", msg))
				}
			}
			return out
		}},
	{ID: "RATE-OVER-100", Severity: Error, Rationale: "a rate (…率) above 100% is impossible and usually a lost sign (292% for ≥92%)",
		Project: func(c *ctx, p *model.Project) []Finding {
			var out []Finding
			for i := range p.Indicators {
				ind := &p.Indicators[i]
				n, u, ok := baseNumber(&ind.Value)
				if ok && u == "%" && n.GreaterThan(hundred) && (strings.Contains(ind.Name, "率") || strings.Contains(ind.Name, "满意度") || ind.IsSatisfaction()) {
					out = append(out, c.finding(p, ind.Name, ind.Source, "rate %s is above 100%%", ind.Value.Raw))
				}
			}
			return out
		}},
	{ID: "FAMILY-MISSING", Severity: Warning, Rationale: "every project needs output (产出), effect (效益) and satisfaction (满意度) indicators",
		Project: func(c *ctx, p *model.Project) []Finding {
			var out []Finding
			for _, fam := range []string{"产出", "效益", "满意度"} {
				found := false
				for i := range p.Indicators {
					if strings.Contains(p.Indicators[i].Level1, fam) {
						found = true
						break
					}
				}
				if !found {
					out = append(out, c.finding(p, "", p.Source, "no %s指标", fam))
				}
			}
			return out
		}},
	{ID: "SUBFAMILY-MISSING", Severity: Info, Rationale: "output indicators should cover quantity, quality, timeliness and cost (cost may be its own level 1 since 2021)",
		Project: func(c *ctx, p *model.Project) []Finding {
			has := map[string]bool{}
			any := false
			for i := range p.Indicators {
				ind := &p.Indicators[i]
				if ind.IsOutput() {
					any = true
				}
				for _, k := range []string{"数量", "质量", "时效"} {
					if ind.IsOutput() && strings.Contains(ind.Level2, k) {
						has[k] = true
					}
				}
				if ind.IsCost() {
					has["成本"] = true
				}
			}
			if !any {
				return nil
			}
			var missing []string
			for _, k := range []string{"数量", "质量", "时效", "成本"} {
				if !has[k] {
					missing = append(missing, k+"指标")
				}
			}
			if len(missing) > 0 {
				return []Finding{c.finding(p, "", p.Source, "no %s", strings.Join(missing, ", "))}
			}
			return nil
		}},
	{ID: "GOAL-DUPLICATE", Severity: Warning, Rationale: "a goal repeated word for word adds nothing and usually hides a copy-paste slip",
		Project: func(c *ctx, p *model.Project) []Finding {
			seen := map[string]int{}
			var out []Finding
			for i, g := range p.Goals {
				if j, ok := seen[g]; ok {
					out = append(out, c.finding(p, "", p.Source, "goal %d repeats goal %d: %q", i+1, j+1, g))
					continue
				}
				seen[g] = i
			}
			return out
		}},
	{ID: "INDICATOR-DUPLICATE", Severity: Warning, Rationale: "the same indicator twice in one project double-counts a target",
		Project: func(c *ctx, p *model.Project) []Finding {
			seen := map[string]bool{}
			var out []Finding
			for i := range p.Indicators {
				ind := &p.Indicators[i]
				key := ind.Level2 + "\x00" + ind.Name
				if seen[key] {
					out = append(out, c.finding(p, ind.Name, ind.Source, "indicator %q appears twice under %s", ind.Name, ind.Level2))
				}
				seen[key] = true
			}
			return out
		}},
	{ID: "CODE-DUPLICATE", Severity: Error, Rationale: "a project code identifies one project; two projects with one code break every later lookup",
		Document: func(c *ctx, d *model.Document) []Finding {
			first := map[string]int{}
			var out []Finding
			for i := range d.Projects {
				p := &d.Projects[i]
				if p.Code == "" {
					continue
				}
				if j, ok := first[p.Code]; ok {
					out = append(out, c.finding(p, "", p.Source, "project code %s is also the code of project %d", p.Code, d.Projects[j].Index))
					continue
				}
				first[p.Code] = i
			}
			return out
		}},
	{ID: "DEADLINE-OUTSIDE-YEAR", Severity: Warning, Rationale: "a deadline outside the budget year is either already past or beyond the money's life",
		Project: func(c *ctx, p *model.Project) []Finding {
			if c.doc.Year == 0 {
				return nil
			}
			var out []Finding
			for i := range p.Indicators {
				ind := &p.Indicators[i]
				if ind.Value.Kind != model.KindDeadline || len(ind.Value.Date) < 4 {
					continue
				}
				if y := ind.Value.Date[:4]; y != fmt.Sprint(c.doc.Year) {
					out = append(out, c.finding(p, ind.Name, ind.Source, "deadline %s (%s) is outside the budget year %d", ind.Value.Raw, ind.Value.Date, c.doc.Year))
				}
			}
			return out
		}},
	{ID: "SATISFACTION-LOW", Severity: Warning, Rationale: "satisfaction targets below the floor (default 80%) are too weak to mean anything",
		Project: func(c *ctx, p *model.Project) []Finding {
			var out []Finding
			for i := range p.Indicators {
				ind := &p.Indicators[i]
				n, u, ok := baseNumber(&ind.Value)
				if ok && u == "%" && ind.IsSatisfaction() && ind.Value.Op != model.OpLE && ind.Value.Op != model.OpLT && n.LessThan(c.cfg.SatisfactionFloor) {
					out = append(out, c.finding(p, ind.Name, ind.Source, "satisfaction target %s is below %s%%", ind.Value.Raw, c.cfg.SatisfactionFloor))
				}
			}
			return out
		}},
}

func show(s *string) string {
	if s == nil {
		return "(blank)"
	}
	return *s
}

// diffOver reports whether a and b differ by more than tol relative to b.
func diffOver(a, b, tol decimal.Decimal) bool {
	d := a.Sub(b).Abs()
	if tol.IsZero() {
		return !d.IsZero()
	}
	return d.GreaterThan(b.Abs().Mul(tol))
}
