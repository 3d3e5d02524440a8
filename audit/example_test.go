package audit_test

import (
	"fmt"
	"strings"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

// A rule of your own: indicator names that still hold the template's
// placeholder (≥**人), run beside the catalogue.
func Example_customRule() {
	placeholder := audit.Rule{
		ID:        "NAME-PLACEHOLDER",
		Severity:  audit.Warning,
		Rationale: "an indicator name that still holds the template's ** placeholder was never finished",
		Check: audit.EachProject(func(c *audit.Context, p *model.Project) []audit.Finding {
			var out []audit.Finding
			for i := range p.Indicators {
				if ind := &p.Indicators[i]; strings.Contains(ind.Name, "**") {
					out = append(out, c.Finding(p, ind, "name %q holds a placeholder", ind.Name))
				}
			}
			return out
		}),
	}

	doc := &model.Document{Year: 2019, Projects: []model.Project{{
		Index: 1, Name: "临时救助", MoneyUnit: "万元",
		Indicators: []model.Indicator{{
			Level1: "产出指标", Level2: "数量指标", Name: "特困人员救助供养人数(≥**人)",
			Value: model.Value{Raw: ">=4754人"}, Source: model.Pos{Table: 1, Row: 8, Col: 4},
		}},
	}}}
	normalize.Document(doc)

	cfg := audit.DefaultConfig()
	cfg.Rules = []audit.Rule{placeholder} // or append(audit.Catalogue(), placeholder)
	for _, f := range audit.Check(doc, cfg).Findings {
		fmt.Printf("%s %s: %s (%s)\n", f.Severity, f.Rule, f.Message, f.Source)
	}
	// Output:
	// warning NAME-PLACEHOLDER: name "特困人员救助供养人数(≥**人)" holds a placeholder (table 1, row 8, col 4)
}

// A rule of your own that speaks both languages: its texts in Texts, its
// findings made with Say, each message put into words by MessageIn (Check
// writes Message in Config.Lang, Chinese unless told).
func Example_bilingualRule() {
	placeholder := audit.Rule{
		ID:       "NAME-PLACEHOLDER",
		Severity: audit.Warning,
		Texts: &audit.RuleTexts{
			Rationale: audit.Text{ZH: "指标名称仍含模板占位符**，未填写完成", EN: "an indicator name that still holds the template's ** placeholder was never finished"},
			Messages:  map[string]audit.Text{"": {ZH: "指标名称“%s”含占位符", EN: "name %q holds a placeholder"}},
		},
		Check: audit.EachProject(func(c *audit.Context, p *model.Project) []audit.Finding {
			var out []audit.Finding
			for i := range p.Indicators {
				if ind := &p.Indicators[i]; strings.Contains(ind.Name, "**") {
					out = append(out, c.Say(p, ind, "", ind.Name))
				}
			}
			return out
		}),
	}

	doc := &model.Document{Year: 2019, Projects: []model.Project{{
		Index: 1, Name: "临时救助", MoneyUnit: "万元",
		Indicators: []model.Indicator{{
			Level1: "产出指标", Level2: "数量指标", Name: "特困人员救助供养人数(≥**人)",
			Value: model.Value{Raw: ">=4754人"}, Source: model.Pos{Table: 1, Row: 8, Col: 4},
		}},
	}}}
	normalize.Document(doc)

	cfg := audit.DefaultConfig()
	cfg.Rules = []audit.Rule{placeholder}
	for _, f := range audit.Check(doc, cfg).Findings {
		fmt.Println(f.Message)
		fmt.Println(f.MessageIn(audit.English))
	}
	fmt.Println(placeholder.RationaleIn(audit.Chinese))
	// Output:
	// 指标名称“特困人员救助供养人数(≥**人)”含占位符
	// name "特困人员救助供养人数(≥**人)" holds a placeholder
	// 指标名称仍含模板占位符**，未填写完成
}
