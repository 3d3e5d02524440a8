// Package audit holds the rule catalogue of perfdoc check: each rule has a
// stable id, a severity, a one-line rationale and a function over a parsed
// document that returns findings. Rules read the document; they never
// change it.
package audit

import (
	"fmt"
	"sort"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

// Severity says how serious a finding is.
type Severity string

// Severities, most severe first.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Rank orders severities: 3 for error, 2 warning, 1 info, 0 unknown.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Info:
		return 1
	}
	return 0
}

// Finding is one problem found in a document.
type Finding struct {
	Rule      string            `json:"rule"`
	Severity  Severity          `json:"severity"`
	Project   *model.ProjectRef `json:"project,omitempty"`
	Indicator string            `json:"indicator,omitempty"`
	Message   string            `json:"message"`
	Source    model.Pos         `json:"source"`
}

// Report is what Check returns.
type Report struct {
	Path     string    `json:"path,omitempty"`
	Findings []Finding `json:"findings"`
}

// Errors counts the findings of severity error.
func (r *Report) Errors() int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == Error {
			n++
		}
	}
	return n
}

// Config holds the rules' thresholds.
type Config struct {
	// SatisfactionFloor is the lowest acceptable satisfaction target, in
	// percent (default 80).
	SatisfactionFloor decimal.Decimal
	// Tolerance is the relative slack allowed in budget arithmetic before a
	// sum counts as wrong (default 0: amounts are exact decimals).
	Tolerance decimal.Decimal
	// Disabled lists rule ids not to run.
	Disabled map[string]bool
}

// DefaultConfig is the configuration perfdoc check uses unless told
// otherwise.
func DefaultConfig() Config {
	return Config{SatisfactionFloor: decimal.NewFromInt(80)}
}

// Rule is one entry of the catalogue.
type Rule struct {
	ID        string
	Severity  Severity
	Rationale string
	// Project checks one project; Document checks the whole document. One
	// of them is set.
	Project  func(c *ctx, p *model.Project) []Finding
	Document func(c *ctx, d *model.Document) []Finding
}

// ctx carries the document and configuration to the rules.
type ctx struct {
	cfg  Config
	doc  *model.Document
	rule *Rule
}

func (c *ctx) finding(p *model.Project, indicator string, pos model.Pos, format string, args ...any) Finding {
	f := Finding{Rule: c.rule.ID, Severity: c.rule.Severity, Indicator: indicator, Message: fmt.Sprintf(format, args...), Source: pos}
	if p != nil {
		ref := p.Ref()
		f.Project = &ref
	}
	return f
}

// Check runs every rule of the catalogue over doc. Classified projects are
// reported once (CLASSIFIED) and skipped by the other project rules.
func Check(doc *model.Document, cfg Config) *Report {
	r := &Report{Path: doc.Source.Path, Findings: []Finding{}}
	for i := range Rules {
		rule := &Rules[i]
		if cfg.Disabled[rule.ID] {
			continue
		}
		c := &ctx{cfg: cfg, doc: doc, rule: rule}
		if rule.Document != nil {
			r.Findings = append(r.Findings, rule.Document(c, doc)...)
			continue
		}
		for pi := range doc.Projects {
			p := &doc.Projects[pi]
			if p.Classified && rule.ID != "CLASSIFIED" {
				continue
			}
			r.Findings = append(r.Findings, rule.Project(c, p)...)
		}
	}
	sort.SliceStable(r.Findings, func(i, j int) bool {
		a, b := r.Findings[i], r.Findings[j]
		ai, bi := 0, 0
		if a.Project != nil {
			ai = a.Project.Index
		}
		if b.Project != nil {
			bi = b.Project.Index
		}
		if ai != bi {
			return ai < bi
		}
		if sa, sb := a.Severity.Rank(), b.Severity.Rank(); sa != sb {
			return sa > sb
		}
		return a.Rule < b.Rule
	})
	return r
}

// ---- helpers over the model ----

func dec(s *string) (decimal.Decimal, bool) {
	if s == nil {
		return decimal.Zero, false
	}
	d, err := decimal.NewFromString(*s)
	return d, err == nil
}

// budgetYuan is the project's total budget in 元.
func budgetYuan(p *model.Project) (decimal.Decimal, bool) {
	t, ok := dec(p.Budget.Total)
	if !ok {
		return t, false
	}
	f, ok := normalize.YuanFactor(p.MoneyUnit)
	if !ok {
		return t, false
	}
	return t.Mul(decimal.NewFromInt(f)), true
}

// baseNumber returns the value's base number and unit for a quantity.
func baseNumber(v *model.Value) (decimal.Decimal, string, bool) {
	if v.Kind != model.KindQuantity || v.Base == nil {
		return decimal.Zero, "", false
	}
	d, err := decimal.NewFromString(v.Base.Number)
	return d, v.Base.Unit, err == nil
}

// fmtIn writes an amount given in 元 in the project's money unit.
func fmtIn(yuan decimal.Decimal, unit string) string {
	if f, ok := normalize.YuanFactor(unit); ok && f != 1 {
		return yuan.Div(decimal.NewFromInt(f)).String() + unit
	}
	return yuan.String() + "元"
}
