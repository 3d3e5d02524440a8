package audit

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

type ind struct{ l1, l2, name, value string }

func sp(s string) *string { return &s }

// project builds a clean 2026 project: budget 10万元 = 10 + blank, a plan
// that ends at the budget, one goal, all indicator families, a unit cost
// whose volume explains three quarters of the budget.
func project(mod func(p *model.Project)) *model.Document {
	p := model.Project{Index: 1, Code: "13060526P000001", Name: "工作经费", MoneyUnit: "万元",
		Budget:       model.Budget{Total: sp("10.00"), Fiscal: sp("10.00")},
		SpendingPlan: model.SpendingPlan{Label: "资金支出计划（万元）", Unit: "万元", Points: []model.SpendingPoint{{Period: "6月底", Month: 6, Value: sp("5.00")}, {Period: "12月底", Month: 12, Value: sp("10.00")}}},
		Goals:        []string{"保障工作正常开展"},
		Source:       model.Pos{Line: 1},
		GoalsSource:  model.Pos{Line: 9},
	}
	for i, x := range []ind{
		{"产出指标", "数量指标", "培训人数", "≥50人"},
		{"产出指标", "质量指标", "合格率", "≥95%"},
		{"产出指标", "时效指标", "完成时间", "2026年底"},
		{"产出指标", "成本指标", "人均培训成本", "≤1500元/人"},
		{"效益指标", "社会效益指标", "工作水平", "进一步提高"},
		{"满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"},
	} {
		p.Indicators = append(p.Indicators, model.Indicator{Level1: x.l1, Level2: x.l2, Name: x.name, Value: model.Value{Raw: x.value}, Source: model.Pos{Line: 20 + i}})
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

func all(mods ...func(p *model.Project)) func(p *model.Project) {
	return func(p *model.Project) {
		for _, m := range mods {
			m(p)
		}
	}
}

// twoProjects is a filing whose second project (code …002) is the first
// changed by mod.
func twoProjects(mod func(p *model.Project)) *model.Document {
	d := project(nil)
	q := project(func(p *model.Project) { p.Index, p.Code, p.Name = 2, "13060526P000002", "培训经费"; mod(p) }).Projects[0]
	d.Projects = append(d.Projects, q)
	return d
}

// lastYear is the 2025 filing of the clean project changed by mod; actual
// sets a self-evaluation's result on an indicator.
func lastYear(mod func(p *model.Project)) *model.Document {
	d := project(func(p *model.Project) {
		p.Code = "13060525P000001"
		p.Indicators[2].Value.Raw = "2025年底"
		if mod != nil {
			mod(p)
		}
	})
	d.Year = 2025
	return d
}

func actual(name, raw string) func(p *model.Project) {
	return func(p *model.Project) {
		p.Kind = model.KindSelfEvaluation
		for i := range p.Indicators {
			if p.Indicators[i].Name == name {
				v := normalize.Value(raw, normalize.Context{Year: 2025, Level2: p.Indicators[i].Level2, Name: name})
				p.Indicators[i].Actual = &v
			}
		}
	}
}

func fired(d *model.Document, cfg Config) map[string]int {
	m := map[string]int{}
	for _, f := range Check(d, cfg).Findings {
		m[f.Rule]++
	}
	return m
}

func rulesFired(d *model.Document) map[string]int { return fired(d, DefaultConfig()) }

func TestCleanProjectHasNoFindings(t *testing.T) {
	assert.Empty(t, rulesFired(project(nil)))
	cfg := DefaultConfig()
	cfg.Previous = lastYear(nil)
	assert.Empty(t, fired(project(nil), cfg), "with last year's identical filing")
}

type ruleCase struct {
	rule string
	mod  func(p *model.Project) // breaks the clean project, or
	doc  func() *model.Document // builds the document
	prev func() *model.Document // last year's filing, for cross-year rules
	want int                    // findings expected (default 1)
	text string                 // a part of the English message
	pos  model.Pos              // where the first finding points, if set
	cfg  func(c *Config)        // configuration changes
}

// firingCases break exactly one rule each.
var firingCases = []ruleCase{
	{rule: "CLASSIFIED", mod: func(p *model.Project) {
		p.Classified = true
		for i := range p.Indicators {
			p.Indicators[i].Value.Raw = "涉密"
		}
	}},
	{rule: "BUDGET-SUM", mod: func(p *model.Project) { p.Budget.Other = sp("1.00") }},
	{rule: "BUDGET-SUM", mod: func(p *model.Project) { p.Budget.Fiscal, p.Budget.Other = nil, sp("9.00") },
		text: "budget total 10.00万元 is not fiscal (blank) + other 9.00万元 = 9.00万元"},
	{rule: "BUDGET-MISSING", mod: func(p *model.Project) { p.Budget.Total = nil }},
	{rule: "PLAN-DECREASING", mod: func(p *model.Project) {
		p.SpendingPlan.Points = append([]model.SpendingPoint{{Period: "3月底", Value: sp("6.00")}}, p.SpendingPlan.Points...)
	}, text: "falls from 6.00万元 (3月底) to 5.00万元 (6月底)"},
	{rule: "PLAN-END", mod: func(p *model.Project) { p.SpendingPlan.Points[1].Value = sp("9.00") }, text: "ends at 9.00万元 (12月底), budget 10.00万元"},
	{rule: "PLAN-END", mod: func(p *model.Project) { p.SpendingPlan.Points[1].Value = nil }, text: "no value for its last period 12月底"},
	{rule: "PLAN-END", mod: func(p *model.Project) {
		p.SpendingPlan = model.SpendingPlan{Label: "资金支出计划（%）", Unit: "%", Points: []model.SpendingPoint{{Period: "6月底", Value: sp("50")}, {Period: "12月底", Value: sp("90")}}}
	}, text: "ends at 90% (12月底), not at 100%"},
	{rule: "PLAN-LABEL", mod: func(p *model.Project) { p.SpendingPlan.Label = "资金支出计划（%）" }},
	{rule: "COST-OVER-BUDGET", mod: add(ind{"产出指标", "成本指标", "设备采购成本", "≤12万元"})},
	{rule: "COST-NO-AMOUNT", mod: setValue("人均培训成本", "按标准发放"), text: `"按标准发放"`},
	{rule: "UNIT-COST-OVER-BUDGET", mod: setValue("人均培训成本", "≤3000元/人")},
	{rule: "UNIT-COST-UNDER-BUDGET", mod: setValue("人均培训成本", "≤500元/人"), text: "2.5万元 (≤500元/人 × ≥50人), 25% of the budget 10万元"},
	{rule: "PER-HEAD-IS-BUDGET", mod: setValue("人均培训成本", "≤10万元/人")},
	{rule: "PER-HEAD-IS-BUDGET", mod: all(setValue("人均培训成本", "≤10万元/户"), setValue("培训人数", "≥50户")), text: "per-household cost ≤10万元/户"},
	{rule: "PER-HEAD-IS-BUDGET", mod: setValue("人均培训成本", "≤10万元"), text: "≤10万元 is at least the whole budget 10万元, with 50人"},
	{rule: "VALUE-REPAIRED", mod: setValue("合格率", "≥95%95%")},
	{rule: "VALUE-UNTYPED", mod: setValue("培训人数", "详见附件")},
	{rule: "VALUE-UNTYPED", mod: setValue("培训人数", ""), text: "no value"},
	{rule: "RATE-OVER-100", mod: setValue("合格率", "292%")},
	{rule: "FAMILY-MISSING", mod: func(p *model.Project) { p.Indicators = p.Indicators[:5] }},
	{rule: "SUBFAMILY-MISSING", mod: func(p *model.Project) { p.Indicators = append(p.Indicators[:2], p.Indicators[3:]...) }},
	{rule: "QUANTITY-ONLY-RATE", mod: func(p *model.Project) { p.Indicators[0].Name, p.Indicators[0].Value.Raw = "培训完成率", "≥95%" }},
	{rule: "GOAL-DUPLICATE", mod: func(p *model.Project) { p.Goals = append(p.Goals, "其他", p.Goals[0], p.Goals[0]) },
		text: `goals 1, 3 and 4 are the same text: "保障工作正常开展"`, pos: model.Pos{Line: 9}},
	{rule: "INDICATOR-DUPLICATE", mod: add(ind{"产出指标", "数量指标", "培训人数", "≥50人"}), text: "same target ≥50人: counted twice"},
	{rule: "INDICATOR-DUPLICATE", mod: add(ind{"产出指标", "数量指标", "培训人数", "≥60人"}), text: "targets ≥50人 and ≥60人: give each item its own name"},
	{rule: "CODE-DUPLICATE", doc: func() *model.Document {
		return twoProjects(func(p *model.Project) { p.Code = "13060526P000001" })
	}},
	{rule: "TARGET-SHARED", doc: func() *model.Document {
		d := twoProjects(add(ind{"效益指标", "经济效益指标", "城镇新增就业人数", "2400人"}))
		add(ind{"效益指标", "社会效益指标", "城镇新增就业人数", "2400人"})(&d.Projects[0])
		normalize.Document(d)
		return d
	}, text: "城镇新增就业人数 2400人 is also claimed by projects 2: one outcome counted 2 times"},
	{rule: "PRIOR-YEAR-PROJECT", mod: func(p *model.Project) {
		p.Code, p.Name = "13060525P000001", "2025年工作经费"
		p.Indicators[0].Basis = "2025年工作计划"
	}, text: `code 13060525P000001 is of 2025; the name says 2025年; 1 indicators rest on "2025年工作计划"`},
	{rule: "DEADLINE-OUTSIDE-YEAR", mod: setValue("完成时间", "2025年底")},
	{rule: "SATISFACTION-LOW", mod: setValue("服务对象满意度", "≥70%")},
	{rule: "TARGET-LOOSENED", prev: func() *model.Document { return lastYear(setValue("培训人数", "≥60人")) },
		text: "target loosened since last year's filing (2025): ≥60人 → ≥50人", pos: model.Pos{Line: 20}},
	{rule: "TARGET-DROPPED", prev: func() *model.Document {
		return lastYear(add(ind{"效益指标", "社会效益指标", "宣传覆盖人次", "≥500人次"}))
	}, text: "target ≥500人次 of last year's filing (2025) dropped (a loosening risk)"},
	{rule: "TARGET-BELOW-ACTUAL", prev: func() *model.Document { return lastYear(actual("培训人数", "62人")) },
		text: "target ≥50人 asks less than last year's actual result 62人 (2025)"},
	{rule: "TARGET-MISSED", prev: func() *model.Document { return lastYear(actual("培训人数", "40人")) },
		text: "last year's target ≥50人 (2025) was missed: actual 40人", pos: model.Pos{Line: 20}},
	{rule: "TARGET-MISSED", mod: actual("合格率", "93%"), text: "actual 93% misses the target ≥95%"},
}

// TestEachRule: every rule fires on a document made to break it, and only
// that rule fires; every rule of the catalogue has such a case.
func TestEachRule(t *testing.T) {
	covered := map[string]bool{}
	for _, tt := range firingCases {
		covered[tt.rule] = true
		t.Run(tt.rule, func(t *testing.T) {
			r := runCase(tt)
			require.NotEmpty(t, r.Findings, "%s did not fire", tt.rule)
			want := tt.want
			if want == 0 {
				want = 1
			}
			got := map[string]int{}
			for _, f := range r.Findings {
				got[f.Rule]++
			}
			assert.Equal(t, map[string]int{tt.rule: want}, got)
			if tt.text != "" {
				assert.Contains(t, r.Findings[0].MessageIn(English), tt.text)
			}
			if !tt.pos.IsZero() {
				assert.Equal(t, tt.pos, r.Findings[0].Source)
			}
		})
	}
	for _, r := range Catalogue() {
		assert.True(t, covered[r.ID], "rule %s has no firing test", r.ID)
		assert.NotEmpty(t, r.Rationale, r.ID)
		assert.NotNil(t, r.Check, r.ID)
	}
}

func runCase(tt ruleCase) *Report {
	var d *model.Document
	switch {
	case tt.doc != nil:
		d = tt.doc()
	default:
		d = project(tt.mod)
	}
	cfg := DefaultConfig()
	if tt.prev != nil {
		cfg.Previous = tt.prev()
	}
	if tt.cfg != nil {
		tt.cfg(&cfg)
	}
	return Check(d, cfg)
}

// cleanCases come close to a rule without breaking it.
var cleanCases = []ruleCase{
	{rule: "PLAN-END percentages", mod: func(p *model.Project) {
		p.SpendingPlan = model.SpendingPlan{Label: "资金支出计划（%）", Unit: "%", Points: []model.SpendingPoint{{Period: "6月底", Value: sp("50")}, {Period: "12月底", Value: sp("100")}}}
	}},
	{rule: "COST-NO-AMOUNT: an amount", mod: add(ind{"成本指标", "经济成本指标", "设备采购成本", "≤2万元"})},
	{rule: "UNIT-COST-UNDER-BUDGET: half the budget", mod: setValue("人均培训成本", "≤1000元/人")},
	{rule: "UNIT-COST-UNDER-BUDGET: a unit cost without volume", mod: setValue("培训人数", "≥5期")},
	{rule: "PER-HEAD-IS-BUDGET: one head", mod: all(setValue("人均培训成本", "≤10万元"), setValue("培训人数", "1人"))},
	{rule: "PER-HEAD-IS-BUDGET: a per-head amount below the budget", mod: setValue("人均培训成本", "≤0.15万元")},
	{rule: "QUANTITY-ONLY-RATE: a rate beside a count", mod: add(ind{"产出指标", "数量指标", "培训覆盖率", "≥95%"})},
	{rule: "TARGET-SHARED: a zero target, a percentage", doc: func() *model.Document {
		d := twoProjects(all(add(ind{"效益指标", "社会效益指标", "重大事故数", "0起"}), add(ind{"效益指标", "社会效益指标", "就业率", "≥90%"})))
		add(ind{"效益指标", "社会效益指标", "重大事故数", "0起"})(&d.Projects[0])
		add(ind{"效益指标", "社会效益指标", "就业率", "≥90%"})(&d.Projects[0])
		normalize.Document(d)
		return d
	}},
	{rule: "PRIOR-YEAR-PROJECT: a document number and a history", mod: func(p *model.Project) {
		p.Name = "2026年就业补助资金 保财社【2025】86号"
		p.Indicators[0].Basis = "2019-2024年均值"
	}},
	{rule: "FAMILY-MISSING: the families at level 2", mod: func(p *model.Project) {
		// 天津宝坻's template: 一级 实施效果指标, 二级 产出指标 / 效益指标 / 满意度指标
		for i := range p.Indicators {
			ind := &p.Indicators[i]
			ind.Level1, ind.Level2 = "实施效果指标", ind.Level1
		}
	}},
	{rule: "TARGET-LOOSENED: tightened", prev: func() *model.Document { return lastYear(setValue("培训人数", "≥40人")) }},
	{rule: "TARGET-BELOW-ACTUAL: at the actual", prev: func() *model.Document { return lastYear(actual("培训人数", "50人")) }},
	{rule: "TARGET-MISSED: a cost under its target", mod: actual("人均培训成本", "1400元/人")},
	{rule: "TARGET-MISSED: met exactly", mod: actual("培训人数", "50人")},
}

func TestNearMissesAreClean(t *testing.T) {
	for _, tt := range cleanCases {
		t.Run(tt.rule, func(t *testing.T) {
			assert.Empty(t, runCase(tt).Findings)
		})
	}
}

func TestClassifiedSkipsOtherRules(t *testing.T) {
	d := project(func(p *model.Project) {
		p.Classified = true
		p.Goals = []string{"涉密", "涉密"}
	})
	assert.Equal(t, map[string]int{"CLASSIFIED": 1}, rulesFired(d))
}

func TestConfig(t *testing.T) {
	d := project(setValue("服务对象满意度", "≥85%"))
	cfg := DefaultConfig()
	assert.Empty(t, Check(d, cfg).Findings, "85% with the default floor")
	cfg.SatisfactionFloor = decimal.NewFromInt(90)
	assert.Equal(t, map[string]int{"SATISFACTION-LOW": 1}, fired(d, cfg), "85% with a floor of 90")

	low := project(setValue("服务对象满意度", "≥50%"))
	assert.Equal(t, map[string]int{"SATISFACTION-LOW": 1}, rulesFired(low))
	cfg = DefaultConfig()
	cfg.Disabled = map[string]bool{"SATISFACTION-LOW": true}
	assert.Empty(t, Check(low, cfg).Findings, "a disabled rule does not run")

	// The zero Config is the default one, as parser.Limits{} is: a floor
	// left at zero is 80, not a rule that can never fire.
	assert.Equal(t, map[string]int{"SATISFACTION-LOW": 1}, fired(low, Config{}), "50% with the zero Config")
	assert.Equal(t, fired(d, DefaultConfig()), fired(d, Config{}), "85%: zero Config as DefaultConfig")
}

func TestMinSeverity(t *testing.T) {
	d := project(all(func(p *model.Project) { p.SpendingPlan.Label = "资金支出计划（%）" }, setValue("服务对象满意度", "≥50%"),
		add(ind{"产出指标", "成本指标", "设备采购成本", "≤12万元"})))
	for sev, want := range map[Severity]map[string]int{
		"":      {"PLAN-LABEL": 1, "SATISFACTION-LOW": 1, "COST-OVER-BUDGET": 1},
		Info:    {"PLAN-LABEL": 1, "SATISFACTION-LOW": 1, "COST-OVER-BUDGET": 1},
		Warning: {"SATISFACTION-LOW": 1, "COST-OVER-BUDGET": 1},
		Error:   {"COST-OVER-BUDGET": 1},
	} {
		cfg := DefaultConfig()
		cfg.MinSeverity = sev
		assert.Equal(t, want, fired(d, cfg), "min severity %q", sev)
	}
}

func TestTolerance(t *testing.T) {
	d := project(func(p *model.Project) { p.Budget.Fiscal = sp("9.99") })
	assert.Equal(t, map[string]int{"BUDGET-SUM": 1}, rulesFired(d), "10.00 ≠ 9.99 exactly")
	cfg := DefaultConfig()
	cfg.Tolerance = decimal.RequireFromString("0.002")
	assert.Empty(t, Check(d, cfg).Findings, "within 0.2%")
}

// TestPlanEndUnit: a plan that ends at neither the budget nor 100 is
// reported in the unit its values are nearer to, whatever the label says.
func TestPlanEndUnit(t *testing.T) {
	plan := func(label, unit, last string) *model.Document {
		return project(func(p *model.Project) {
			p.Budget = model.Budget{Total: sp("7.02"), Fiscal: sp("7.02")}
			p.SpendingPlan = model.SpendingPlan{Label: label, Unit: unit, Points: []model.SpendingPoint{{Period: "6月底", Value: sp("1.76")}, {Period: "12月底", Value: sp(last)}}}
			p.Indicators[3].Value.Raw = "≤1000元/人"
		})
	}
	for _, tt := range []struct{ label, unit, last, want string }{
		{"资金支出计划（%）", "%", "8.78", "ends at 8.78万元 (12月底), budget 7.02万元"}, // the label alone says %
		{"资金支出计划（%）", "万元", "8.78", "ends at 8.78万元 (12月底), budget 7.02万元"},
		{"资金支出计划", "%", "90", "ends at 90% (12月底), not at 100%"}, // % signs in the cells
		{"资金支出计划（%）", "%", "90", "ends at 90% (12月底), not at 100%"},
	} {
		var msgs []string
		for _, f := range Check(plan(tt.label, tt.unit, tt.last), DefaultConfig()).Findings {
			if f.Rule == "PLAN-END" {
				msgs = append(msgs, f.MessageIn(English))
			}
		}
		require.Len(t, msgs, 1, "%+v", tt)
		assert.Contains(t, msgs[0], tt.want, "%+v", tt)
	}
}

func TestCheckDoesNotChangeTheDocument(t *testing.T) {
	d := project(setValue("人均培训成本", "≤500元/人"))
	cfg := DefaultConfig()
	cfg.Previous = lastYear(actual("培训人数", "62人"))
	before, prevBefore := d.AppendJSON(nil, false), cfg.Previous.AppendJSON(nil, false)
	Check(d, cfg)
	assert.Equal(t, string(before), string(d.AppendJSON(nil, false)))
	assert.Equal(t, string(prevBefore), string(cfg.Previous.AppendJSON(nil, false)))
}
