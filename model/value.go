package model

// Kind classifies an indicator value.
type Kind string

// The value kinds (docs/output-and-values.md, "Values").
const (
	KindQuantity    Kind = "quantity"
	KindRange       Kind = "range"
	KindDeadline    Kind = "deadline"
	KindQualitative Kind = "qualitative"
	KindClassified  Kind = "classified"
	KindText        Kind = "text"
)

// Op is the comparator of a quantity.
type Op string

// Comparators of a quantity.
const (
	OpEq Op = "="
	OpGE Op = ">="
	OpLE Op = "<="
	OpGT Op = ">"
	OpLT Op = "<"
)

// IsFloor reports whether op sets a lower bound (≥ or >).
func (op Op) IsFloor() bool { return op == OpGE || op == OpGT }

// IsCeiling reports whether op sets an upper bound (≤ or <).
func (op Op) IsCeiling() bool { return op == OpLE || op == OpLT }

// Direction is the direction of a qualitative target, or of a change a
// quantity states (提高2个百分点).
type Direction string

// Directions of a qualitative target.
const (
	DirImprove  Direction = "improve"
	DirReduce   Direction = "reduce"
	DirMaintain Direction = "maintain"
	DirMeet     Direction = "meet"
)

// Quantity is a number with its unit; numbers are decimal strings.
type Quantity struct {
	Number string `json:"number"`
	Unit   string `json:"unit"`
}

// Value is a typed indicator value. Raw is always the trimmed cell text.
// Which other fields are set depends on Kind:
//
//	quantity:    Op, Number, Unit, Base; Direction for a change stated
//	             in percentage points (提高2个百分点: improve, = 2 个百分点)
//	range:       Min, Max, Unit, Base (Base holds the minimum; BaseMax the maximum)
//	deadline:    Date (ISO 8601, the last day of the period named)
//	qualitative: Direction (may be empty)
//
// Warnings says what was repaired or guessed, in words; Diagnostics says
// the same by code and arguments, one for each warning, in the same order
// (package diag makes both).
type Value struct {
	Raw       string    `json:"raw"`
	Kind      Kind      `json:"kind"`
	Op        Op        `json:"op,omitempty"`
	Number    string    `json:"number,omitempty"`
	Min       string    `json:"min,omitempty"`
	Max       string    `json:"max,omitempty"`
	Unit      string    `json:"unit,omitempty"`
	Base      *Quantity `json:"base,omitempty"`
	BaseMax   *Quantity `json:"base_max,omitempty"`
	Date      string    `json:"date,omitempty"`
	Direction Direction `json:"direction,omitempty"`
	Warnings  []string  `json:"warnings,omitempty"`
	// Diagnostics are the Warnings by code (diag's catalogue).
	Diagnostics []Diagnostic `json:"diagnostics,omitempty"`
}

// MarshalJSON writes exactly the fields of the value's kind, in a fixed
// order, so that a quantity without a unit still carries "unit": "".
func (v Value) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{b: make([]byte, 0, 96+len(v.Raw))}
	w.value(&v)
	return w.b, nil
}
