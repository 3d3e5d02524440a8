package audit

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser"
)

type ind struct{ l1, l2, name, value string }

func sp(s string) *string { return &s }

// project builds a clean project: budget 10 = 10 + blank, a plan that ends
// at the budget, one goal, all indicator families.
func project(mod func(p *model.Project)) *model.Document {
	p := model.Project{Index: 1, Code: "13060526P000001", Name: "工作经费", MoneyUnit: "万元",
		Budget:       model.Budget{Total: sp("10.00"), Fiscal: sp("10.00")},
		SpendingPlan: model.SpendingPlan{Label: "资金支出计划（万元）", Unit: "万元", Points: []model.SpendingPoint{{Period: "6月底", Month: 6, Value: sp("5.00")}, {Period: "12月底", Month: 12, Value: sp("10.00")}}},
		Goals:        []string{"保障工作正常开展"},
	}
	for _, i := range []ind{
		{"产出指标", "数量指标", "培训人数", "≥50人"},
		{"产出指标", "质量指标", "合格率", "≥95%"},
		{"产出指标", "时效指标", "完成时间", "2026年底"},
		{"产出指标", "成本指标", "人均培训成本", "≤1000元/人"},
		{"效益指标", "社会效益指标", "工作水平", "进一步提高"},
		{"满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"},
	} {
		p.Indicators = append(p.Indicators, model.Indicator{Level1: i.l1, Level2: i.l2, Name: i.name, Value: model.Value{Raw: i.value}})
	}
	d := &model.Document{Year: 2026, Projects: []model.Project{p}}
	if mod != nil {
		mod(&d.Projects[0])
	}
	normalize.Document(d)
	return d
}

func setValue(name, raw string) func(p *model.Project) {
	return func(p *model.Project) {
		for i := range p.Indicators {
			if p.Indicators[i].Name == name {
				p.Indicators[i].Value.Raw = raw
			}
		}
	}
}

func add(i ind) func(p *model.Project) {
	return func(p *model.Project) {
		p.Indicators = append(p.Indicators, model.Indicator{Level1: i.l1, Level2: i.l2, Name: i.name, Value: model.Value{Raw: i.value}})
	}
}

func rulesFired(d *model.Document) map[string]int {
	m := map[string]int{}
	for _, f := range Check(d, DefaultConfig()).Findings {
		m[f.Rule]++
	}
	return m
}

func TestCleanProjectHasNoFindings(t *testing.T) {
	if got := rulesFired(project(nil)); len(got) != 0 {
		t.Errorf("clean project: %v", got)
	}
}

// TestEachRule: every rule fires on a document made to break it, and only
// that rule (or the ones named) fires.
func TestEachRule(t *testing.T) {
	tests := []struct {
		rule string
		mod  func(p *model.Project)
		doc  func() *model.Document
	}{
		{rule: "CLASSIFIED", mod: func(p *model.Project) {
			p.Classified = true
			for i := range p.Indicators {
				p.Indicators[i].Value.Raw = "涉密"
			}
		}},
		{rule: "BUDGET-SUM", mod: func(p *model.Project) { p.Budget.Other = sp("1.00") }},
		{rule: "BUDGET-MISSING", mod: func(p *model.Project) { p.Budget.Total = nil }},
		{rule: "PLAN-DECREASING", mod: func(p *model.Project) {
			p.SpendingPlan.Points = append([]model.SpendingPoint{{Period: "3月底", Value: sp("6.00")}}, p.SpendingPlan.Points...)
		}},
		{rule: "PLAN-END", mod: func(p *model.Project) { p.SpendingPlan.Points[1].Value = sp("9.00") }},
		{rule: "PLAN-LABEL", mod: func(p *model.Project) { p.SpendingPlan.Label = "资金支出计划（%）" }},
		{rule: "COST-OVER-BUDGET", mod: add(ind{"产出指标", "成本指标", "设备采购成本", "≤12万元"})},
		{rule: "UNIT-COST-OVER-BUDGET", mod: setValue("人均培训成本", "≤3000元/人")},
		{rule: "PER-HEAD-IS-BUDGET", mod: setValue("人均培训成本", "≤10万元/人")},
		{rule: "VALUE-REPAIRED", mod: setValue("合格率", "≥95%95%")},
		{rule: "VALUE-UNTYPED", mod: setValue("培训人数", "详见附件")},
		{rule: "RATE-OVER-100", mod: setValue("合格率", "292%")},
		{rule: "FAMILY-MISSING", mod: func(p *model.Project) { p.Indicators = p.Indicators[:5] }},
		{rule: "SUBFAMILY-MISSING", mod: func(p *model.Project) { p.Indicators = append(p.Indicators[:2], p.Indicators[3:]...) }},
		{rule: "GOAL-DUPLICATE", mod: func(p *model.Project) { p.Goals = append(p.Goals, p.Goals[0]) }},
		{rule: "INDICATOR-DUPLICATE", mod: add(ind{"产出指标", "数量指标", "培训人数", "≥60人"})},
		{rule: "CODE-DUPLICATE", doc: func() *model.Document {
			d := project(nil)
			q := d.Projects[0]
			q.Index = 2
			d.Projects = append(d.Projects, q)
			return d
		}},
		{rule: "DEADLINE-OUTSIDE-YEAR", mod: setValue("完成时间", "2025年底")},
		{rule: "SATISFACTION-LOW", mod: setValue("服务对象满意度", "≥70%")},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.rule] = true
		d := tt.doc
		if d == nil {
			d = func() *model.Document { return project(tt.mod) }
		}
		got := rulesFired(d())
		if got[tt.rule] == 0 {
			t.Errorf("%s did not fire: %v", tt.rule, got)
		}
		for r := range got {
			if r != tt.rule {
				t.Errorf("%s: %s fired too", tt.rule, r)
			}
		}
	}
	for _, r := range Rules {
		if !covered[r.ID] {
			t.Errorf("rule %s has no test", r.ID)
		}
		if r.Rationale == "" || (r.Project == nil) == (r.Document == nil) {
			t.Errorf("rule %s: a rationale and exactly one check function are required", r.ID)
		}
	}
}

func TestClassifiedSkipsOtherRules(t *testing.T) {
	d := project(func(p *model.Project) {
		p.Classified = true
		p.Goals = []string{"涉密", "涉密"}
	})
	if got := rulesFired(d); len(got) != 1 || got["CLASSIFIED"] != 1 {
		t.Errorf("classified project: %v, want CLASSIFIED once", got)
	}
}

func TestConfig(t *testing.T) {
	d := project(setValue("服务对象满意度", "≥85%"))
	cfg := DefaultConfig()
	if n := len(Check(d, cfg).Findings); n != 0 {
		t.Errorf("85%% with the default floor: %d findings", n)
	}
	cfg.SatisfactionFloor = decimal.NewFromInt(90)
	if got := Check(d, cfg).Findings; len(got) != 1 || got[0].Rule != "SATISFACTION-LOW" {
		t.Errorf("85%% with a floor of 90: %+v", got)
	}
	cfg = DefaultConfig()
	cfg.Disabled = map[string]bool{"SATISFACTION-LOW": true}
	if got := rulesFired(project(setValue("服务对象满意度", "≥50%"))); got["SATISFACTION-LOW"] != 1 {
		t.Errorf("enabled rule did not fire: %v", got)
	}
	if got := Check(project(setValue("服务对象满意度", "≥50%")), cfg).Findings; len(got) != 0 {
		t.Errorf("disabled rule fired: %+v", got)
	}
}

// TestSeed pins the findings on the seed filing; each was reviewed by hand
// (see the README's audit section).
func TestSeed(t *testing.T) {
	data, err := os.ReadFile("../testdata/budget-2026.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parser.Parse(data, parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	r := Check(d, DefaultConfig())
	if el := time.Since(start); el > 200*time.Millisecond {
		t.Errorf("check of the seed took %v", el)
	}
	var got []string
	for _, f := range r.Findings {
		if f.Rule == "PLAN-LABEL" {
			continue
		}
		got = append(got, f.Rule+" "+strconv.Itoa(f.Project.Index)+" "+f.Indicator)
	}
	want := []string{
		"COST-OVER-BUDGET 1 工作经费补助标准",
		"DEADLINE-OUTSIDE-YEAR 1 补助发放完成时间",
		"GOAL-DUPLICATE 5 ", "GOAL-DUPLICATE 5 ",
		"INDICATOR-DUPLICATE 5 发放孵化基地成本",
		"CLASSIFIED 10 ",
		"VALUE-REPAIRED 11 办公用品采购成本",
		"VALUE-REPAIRED 15 办公用品采购成本",
		"VALUE-REPAIRED 17 青年对团委工作满意度",
		"DEADLINE-OUTSIDE-YEAR 24 发放及时性",
		"PER-HEAD-IS-BUDGET 24 人均补贴标准",
		"VALUE-REPAIRED 25 运维成本",
		"UNIT-COST-OVER-BUDGET 27 人均调查费用",
		"COST-OVER-BUDGET 29 稳就业扩大社会保险补贴成本",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("seed findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if r.Errors() != 2 {
		t.Errorf("%d errors, want 2", r.Errors())
	}
}

func TestTolerance(t *testing.T) {
	d := project(func(p *model.Project) { p.Budget.Fiscal = sp("9.99") })
	if got := rulesFired(d); got["BUDGET-SUM"] != 1 {
		t.Errorf("10.00 ≠ 9.99 exactly: %v", got)
	}
	cfg := DefaultConfig()
	cfg.Tolerance = decimal.RequireFromString("0.002")
	if got := Check(d, cfg).Findings; len(got) != 0 {
		t.Errorf("within 0.2%%: %+v", got)
	}
}
