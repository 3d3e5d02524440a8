package audit

import (
	"fmt"
	"strings"

	"github.com/perfdoc/perfdoc/model"
)

// Rules about single indicator values.

func checkValueRepaired(c *Context, p *model.Project) []Finding {
	var out []Finding
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		if len(ind.Value.Warnings) > 0 && ind.Value.Kind != model.KindText {
			out = append(out, c.Finding(p, ind, "value %q: %s", ind.Value.Raw, strings.Join(ind.Value.Warnings, "; ")))
		}
	}
	return out
}

// checkValueUntyped: output targets are measurable. Cost indicators are
// COST-NO-AMOUNT's.
func checkValueUntyped(c *Context, p *model.Project) []Finding {
	var out []Finding
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		if ind.Value.Kind != model.KindText || !ind.IsOutput() || ind.IsCost() {
			continue
		}
		if ind.Value.Raw == "" {
			out = append(out, c.Finding(p, ind, "no value"))
		} else {
			out = append(out, c.Finding(p, ind, "value %q is not measurable", ind.Value.Raw))
		}
	}
	return out
}

func checkRateOver100(c *Context, p *model.Project) []Finding {
	var out []Finding
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		n, u, ok := baseNumber(&ind.Value)
		if ok && u == "%" && n.GreaterThan(hundred) && (strings.Contains(ind.Name, "率") || strings.Contains(ind.Name, "满意度") || ind.IsSatisfaction()) {
			out = append(out, c.Finding(p, ind, "rate %s is above 100%%", ind.Value.Raw))
		}
	}
	return out
}

func checkDeadlineOutsideYear(c *Context, p *model.Project) []Finding {
	year := c.Doc.Year
	if year == 0 {
		return nil
	}
	var out []Finding
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		if ind.Value.Kind != model.KindDeadline || len(ind.Value.Date) < 4 {
			continue
		}
		if y := ind.Value.Date[:4]; y != fmt.Sprint(year) {
			out = append(out, c.Finding(p, ind, "deadline %s (%s) is outside the budget year %d", ind.Value.Raw, ind.Value.Date, year))
		}
	}
	return out
}

func checkSatisfactionLow(c *Context, p *model.Project) []Finding {
	var out []Finding
	floor := c.Config.SatisfactionFloor
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		n, u, ok := baseNumber(&ind.Value)
		if ok && u == "%" && ind.IsSatisfaction() && !ind.Value.Op.IsCeiling() && n.LessThan(floor) {
			out = append(out, c.Finding(p, ind, "satisfaction target %s is below %s%%", ind.Value.Raw, floor))
		}
	}
	return out
}
