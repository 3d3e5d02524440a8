package diff

import (
	"encoding/json"

	"github.com/perfdoc/perfdoc/model"
)

// Side names one of the two documents: its path, budget year (0 when
// the document names none, written as null) and department.
type Side struct {
	Path       string           `json:"path"`
	Year       int              `json:"year"`
	Department model.Department `json:"department"`
	// OCR is set when the side was read from scanned pages by OCR.
	OCR *model.OCR `json:"ocr,omitempty"`
}

// MarshalJSON writes the side with an unknown year as null, as the
// parsed document has it: blank is null in every output, never 0.
func (s Side) MarshalJSON() ([]byte, error) {
	var year *int
	if s.Year != 0 {
		year = &s.Year
	}
	return json.Marshal(struct {
		Path       string           `json:"path"`
		Year       *int             `json:"year"`
		Department model.Department `json:"department"`
		OCR        *model.OCR       `json:"ocr,omitempty"`
	}{s.Path, year, s.Department, s.OCR})
}

// Summary counts the projects: matched pairs, added (only in NEW), removed
// (only in OLD), and changed (matched pairs with at least one change); the
// indicator changes by kind (tightened, loosened, dropped …) and the
// budget totals of both sides — the numbers the text and HTML reports'
// summary shows.
type Summary struct {
	Matched    int             `json:"matched"`
	Added      int             `json:"added"`
	Removed    int             `json:"removed"`
	Changed    int             `json:"changed"`
	Indicators IndicatorCounts `json:"indicators"`
	Budget     *BudgetTotals   `json:"budget"`
}

// ProjectRef identifies a project in one document.
type ProjectRef = model.ProjectRef

// Status says whether a project or an indicator is in both documents
// (matched) or in one only.
type Status string

// Statuses of projects and indicators.
const (
	Matched Status = "matched"
	Added   Status = "added"   // only in NEW
	Removed Status = "removed" // only in OLD
)

// Assessment classifies a value change. Consumers must tolerate values they
// do not know: new ones may be added, none is renamed.
type Assessment string

// Assessments of a value change: a harder target, an easier one, one that
// cannot be compared (other unit, other kind, qualitative), or a deadline
// that only moved with the budget year (2024年底 in the 2025 filing →
// 2025年底 in the 2026 one).
const (
	Tightened     Assessment = "tightened"
	Loosened      Assessment = "loosened"
	Changed       Assessment = "changed"
	RolledForward Assessment = "rolled_forward"
)

// Change is one difference within a matched pair of projects. Field is
// "budget.total", "budget.fiscal", "budget.other", "purpose", "goals",
// "spending_plan.3月底", "indicator.value", "indicator.name",
// "indicator.level2", "indicator.description", "indicator.basis" or
// "indicator" (with Status "added" or "removed").
type Change struct {
	Field      string     `json:"field"`
	Indicator  string     `json:"indicator,omitempty"`
	Status     Status     `json:"status,omitempty"`
	Old        *string    `json:"old,omitempty"`
	New        *string    `json:"new,omitempty"`
	Assessment Assessment `json:"assessment,omitempty"`
	// Level2 is the indicator's level 2 (in NEW, or OLD when removed).
	Level2 string `json:"level2,omitempty"`
	// Unit is what the numbers of a budget or spending-plan change are in
	// (NEW's money unit, or "%" for a plan in percent); OldUnit is OLD's
	// when it differs.
	Unit    string `json:"unit,omitempty"`
	OldUnit string `json:"old_unit,omitempty"`
}

// MarshalJSON writes old and new always (null for a blank), except that an
// added indicator has no old and a removed one no new.
func (c Change) MarshalJSON() ([]byte, error) {
	type plain Change
	type withBoth struct {
		plain
		Old *string `json:"old"`
		New *string `json:"new"`
	}
	switch c.Status {
	case Added:
		c.Old = nil
		return json.Marshal(plain(c))
	case Removed:
		c.New = nil
		return json.Marshal(plain(c))
	}
	return json.Marshal(withBoth{plain: plain(c), Old: c.Old, New: c.New})
}

// Project is one entry of the comparison: a matched pair, or a project
// only one side has.
type Project struct {
	Status  Status      `json:"status"`
	Old     *ProjectRef `json:"old"`
	New     *ProjectRef `json:"new"`
	Score   float64     `json:"score,omitempty"`
	Changes []Change    `json:"changes"`

	oldP, newP *model.Project
}

// OldProject returns the project of OLD, nil when the project was added.
// Reports use it for what the reference does not carry (budget, indicators).
func (p *Project) OldProject() *model.Project { return p.oldP }

// NewProject returns the project of NEW, nil when the project was removed.
func (p *Project) NewProject() *model.Project { return p.newP }

// Result is the comparison of two documents.
type Result struct {
	Old      Side      `json:"old"`
	New      Side      `json:"new"`
	Summary  Summary   `json:"summary"`
	Projects []Project `json:"projects"`
}

// Options tune the comparison.
type Options struct {
	// Threshold is the lowest pair score (0–1) that still matches two
	// projects; below it they are removed and added. Zero means 0.45.
	Threshold float64
}
