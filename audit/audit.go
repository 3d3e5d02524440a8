package audit

import (
	"fmt"
	"sort"

	"github.com/shopspring/decimal"

	"github.com/perfdoc/perfdoc/model"
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

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, bool) {
	sev := Severity(s)
	return sev, sev.Rank() > 0
}

// Finding is one problem found in a document.
type Finding struct {
	Rule      string            `json:"rule"`
	Severity  Severity          `json:"severity"`
	Project   *model.ProjectRef `json:"project,omitempty"`
	Indicator string            `json:"indicator,omitempty"`
	// Message says what is wrong, in Config.Lang for the catalogue's rules.
	Message string    `json:"message"`
	Source  model.Pos `json:"source"`
	// Msg is the message before it was put into words, so that
	// MessageIn can say it in either language; nil for a plain message.
	Msg *Msg `json:"-"`
}

// Report is what Check returns.
type Report struct {
	Path     string    `json:"path,omitempty"`
	Findings []Finding `json:"findings"`
	// OCR is the document's source.ocr: set when the filing was a scan
	// read by OCR, so that a reader of the findings knows its texts are
	// OCR's.
	OCR *model.OCR `json:"ocr,omitempty"`
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

// Config holds the rules' thresholds and inputs beyond the document.
type Config struct {
	// SatisfactionFloor is the lowest acceptable satisfaction target, in
	// percent. Zero means the default, 80 (as the zero Config means
	// DefaultConfig); a floor of 0 could never fire, so to turn the rule off
	// put SATISFACTION-LOW in Disabled.
	SatisfactionFloor decimal.Decimal
	// Tolerance is the relative slack allowed in budget arithmetic before a
	// sum counts as wrong (default 0: amounts are exact decimals).
	Tolerance decimal.Decimal
	// Disabled lists rule ids not to run.
	Disabled map[string]bool
	// MinSeverity skips the rules below it (default: run all).
	MinSeverity Severity
	// Previous is last year's filing — its targets, or its self-evaluation
	// (自评表) with actual results — for the cross-year rules; nil skips
	// them.
	Previous *model.Document
	// Rules are the rules to run; nil means Catalogue(). Append to
	// Catalogue() to add rules of your own.
	Rules []Rule
	// Lang is the language of the findings' messages: Chinese (the zero
	// value) or English.
	Lang Lang
}

// DefaultSatisfactionFloor is the satisfaction floor a zero
// Config.SatisfactionFloor stands for, in percent.
var DefaultSatisfactionFloor = decimal.NewFromInt(80)

// DefaultConfig is the configuration perfdoc check uses unless told
// otherwise. The zero Config means the same: Check fills in what is zero.
func DefaultConfig() Config {
	return Config{SatisfactionFloor: DefaultSatisfactionFloor}
}

// withDefaults returns cfg with its zero fields replaced by the defaults.
func (cfg Config) withDefaults() Config {
	if cfg.SatisfactionFloor.IsZero() {
		cfg.SatisfactionFloor = DefaultSatisfactionFloor
	}
	return cfg
}

// Rule is one entry of the catalogue: a stable id, a severity, a one-line
// rationale and the function that checks a document.
type Rule struct {
	ID       string
	Severity Severity
	// Rationale says in one line why the rule exists (in English for the
	// catalogue's rules; RationaleIn gives it in either language).
	Rationale string
	// Check returns the rule's findings on c.Doc. EachProject turns a
	// check of one project into one.
	Check func(c *Context) []Finding
	// Texts, when set, hold the rule's rationale and messages in Chinese
	// and English, for Context.Say; a rule without them makes plain
	// findings with Context.Finding.
	Texts *RuleTexts
}

// Context is what a rule sees: the document, the configuration, and the
// rule itself (its findings carry its id and severity).
type Context struct {
	Doc    *model.Document
	Config Config
	Rule   *Rule

	years *crossYear // the comparison with Config.Previous, made once
}

// Finding makes a finding of the rule about project p (nil for the whole
// document) and, when ind is not nil, its indicator, with a plain message
// (the same in every language; Say makes one in both); it points at the
// indicator, else at the project.
func (c *Context) Finding(p *model.Project, ind *model.Indicator, format string, args ...any) Finding {
	pos, name := model.Pos{}, ""
	if p != nil {
		pos = p.Source
	}
	if ind != nil {
		pos, name = ind.Source, ind.Name
	}
	return c.FindingAt(p, name, pos, format, args...)
}

// FindingAt makes a finding with an explicit indicator name and position.
func (c *Context) FindingAt(p *model.Project, indicator string, pos model.Pos, format string, args ...any) Finding {
	f := Finding{Rule: c.Rule.ID, Severity: c.Rule.Severity, Indicator: indicator, Message: fmt.Sprintf(format, args...), Source: pos}
	if p != nil {
		ref := p.Ref()
		f.Project = &ref
	}
	return f
}

// EachProject makes a Rule.Check that runs check on every project of the
// document except the classified (涉密) ones, whose indicators are withheld.
func EachProject(check func(c *Context, p *model.Project) []Finding) func(c *Context) []Finding {
	return func(c *Context) []Finding {
		var out []Finding
		for i := range c.Doc.Projects {
			if p := &c.Doc.Projects[i]; !p.Classified {
				out = append(out, check(c, p)...)
			}
		}
		return out
	}
}

// Check runs the rules of cfg (the catalogue by default) over doc and
// returns the findings sorted by project, most severe first. It reads the
// documents only: no I/O, no change to doc.
func Check(doc *model.Document, cfg Config) *Report {
	cfg = cfg.withDefaults()
	rules := cfg.Rules
	if rules == nil {
		rules = Catalogue()
	}
	r := &Report{Path: doc.Source.Path, Findings: []Finding{}, OCR: doc.Source.OCR}
	var years *crossYear
	for i := range rules {
		rule := &rules[i]
		if cfg.Disabled[rule.ID] || rule.Severity.Rank() < cfg.MinSeverity.Rank() || rule.Check == nil {
			continue
		}
		c := &Context{Doc: doc, Config: cfg, Rule: rule, years: years}
		r.Findings = append(r.Findings, rule.Check(c)...)
		years = c.years
	}
	sortFindings(r.Findings)
	return r
}

func sortFindings(fs []Finding) {
	index := func(f *Finding) int {
		if f.Project == nil {
			return 0
		}
		return f.Project.Index
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if ai, bi := index(a), index(b); ai != bi {
			return ai < bi
		}
		if sa, sb := a.Severity.Rank(), b.Severity.Rank(); sa != sb {
			return sa > sb
		}
		return a.Rule < b.Rule
	})
}
