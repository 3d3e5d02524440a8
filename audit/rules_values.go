package audit

import (
	"fmt"
	"strings"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/vocab"
)

// Rules about single indicator values.

func checkValueRepaired(c *Context, p *model.Project) []Finding {
	return eachIndicator(p, func(ind *model.Indicator) []Finding {
		if len(ind.Value.Warnings) == 0 || ind.Value.Kind == model.KindText {
			return nil
		}
		return []Finding{c.Say(p, ind, "", ind.Value.Raw, repairs(&ind.Value))}
	})
}

// checkValueUntyped: output targets are measurable. Cost indicators are
// COST-NO-AMOUNT's.
func checkValueUntyped(c *Context, p *model.Project) []Finding {
	return eachIndicator(p, func(ind *model.Indicator) []Finding {
		switch {
		case ind.Value.Kind != model.KindText || !ind.IsOutput() || ind.IsCost():
			return nil
		case ind.Value.Raw == "":
			return []Finding{c.Say(p, ind, "blank")}
		}
		return []Finding{c.Say(p, ind, "", ind.Value.Raw)}
	})
}

func checkRateOver100(c *Context, p *model.Project) []Finding {
	return eachIndicator(p, func(ind *model.Indicator) []Finding {
		n, u, ok := baseNumber(&ind.Value)
		if !ok || u != "%" || !n.GreaterThan(hundred) || !(strings.Contains(ind.Name, "率") || strings.Contains(ind.Name, vocab.Default().Stem(vocab.Satisfaction)) || ind.IsSatisfaction()) {
			return nil
		}
		return []Finding{c.Say(p, ind, "", ind.Value.Raw)}
	})
}

func checkDeadlineOutsideYear(c *Context, p *model.Project) []Finding {
	year := c.Doc.Year
	if year == 0 {
		return nil
	}
	return eachIndicator(p, func(ind *model.Indicator) []Finding {
		if ind.Value.Kind != model.KindDeadline || len(ind.Value.Date) < 4 || ind.Value.Date[:4] == fmt.Sprint(year) {
			return nil
		}
		return []Finding{c.Say(p, ind, "", ind.Value.Raw, ind.Value.Date, year)}
	})
}

func checkSatisfactionLow(c *Context, p *model.Project) []Finding {
	floor := c.Config.SatisfactionFloor
	return eachIndicator(p, func(ind *model.Indicator) []Finding {
		n, u, ok := baseNumber(&ind.Value)
		if !ok || u != "%" || !ind.IsSatisfaction() || ind.Value.Op.IsCeiling() || !n.LessThan(floor) {
			return nil
		}
		return []Finding{c.Say(p, ind, "", ind.Value.Raw, floor)}
	})
}
