// Package model holds the types of a parsed performance-target filing: the
// document, its projects and indicators, typed values and source positions.
// Their JSON shape is the outside contract (schema.json, which perfdoc
// schema prints, and docs/output-and-values.md); the package does no I/O and no parsing.
package model

import (
	"strconv"
	"strings"
)

// SchemaVersion is the value of Document.SchemaVersion. It changes only when
// the meaning of a field changes.
const SchemaVersion = "1"

// Pos points back into the input. Numbering starts at 1; a zero field is
// absent. Text exports use Line; DOCX, DOC and HTML use Table, Row and Col,
// counted in document order (tables) and grid positions (rows and columns).
// Spreadsheets add Sheet (the sheet's name) and Cell (its A1 reference) to
// Table (the sheet's number), Row and Col; PDF adds Page.
type Pos struct {
	Line  int    `json:"line,omitempty"`
	Page  int    `json:"page,omitempty"`
	Sheet string `json:"sheet,omitempty"`
	Cell  string `json:"cell,omitempty"`
	Table int    `json:"table,omitempty"`
	Row   int    `json:"row,omitempty"`
	Col   int    `json:"col,omitempty"`
	// Paragraph numbers the paragraphs outside tables of a DOCX or HTML
	// input, from 1.
	Paragraph int `json:"paragraph,omitempty"`
	// Confidence is OCR's confidence in the text at this position, 1–100;
	// zero when the text was not read by OCR.
	Confidence int `json:"confidence,omitempty"`
}

// String renders p for people: "line 78", "table 2, row 5, col 5",
// "paragraph 3", or "-" when it points nowhere.
func (p Pos) String() string {
	prefix := ""
	if p.Page > 0 {
		prefix = "page " + strconv.Itoa(p.Page) + ", "
	}
	if p.Sheet != "" && p.Cell != "" {
		return prefix + "sheet " + strconv.Quote(p.Sheet) + ", cell " + p.Cell
	}
	switch {
	case p.Line > 0:
		return prefix + "line " + strconv.Itoa(p.Line)
	case p.Table > 0 && p.Col > 0:
		return prefix + "table " + strconv.Itoa(p.Table) + ", row " + strconv.Itoa(p.Row) + ", col " + strconv.Itoa(p.Col)
	case p.Table > 0 && p.Row > 0:
		return prefix + "table " + strconv.Itoa(p.Table) + ", row " + strconv.Itoa(p.Row)
	case p.Table > 0:
		return prefix + "table " + strconv.Itoa(p.Table)
	case p.Paragraph > 0:
		return prefix + "paragraph " + strconv.Itoa(p.Paragraph)
	case p.Page > 0:
		return "page " + strconv.Itoa(p.Page)
	}
	return "-"
}

// IsZero reports whether p points nowhere.
func (p Pos) IsZero() bool { return p == Pos{} }

// Source describes the input a document was read from.
type Source struct {
	Path     string `json:"path"`
	Format   string `json:"format"`
	SHA256   string `json:"sha256"`
	Encoding string `json:"encoding"`
	// OCR is set when the document was read from scanned pages by OCR.
	OCR *OCR `json:"ocr,omitempty"`
}

// OCR says that a document was read by OCR and how well: every position
// of an OCR'd field carries its Confidence, and each one below Threshold
// is also a warning.
type OCR struct {
	Engine        string `json:"engine"`
	Pages         int    `json:"pages"`
	Threshold     int    `json:"threshold"`
	MinConfidence int    `json:"min_confidence"`
	LowConfidence int    `json:"low_confidence"`
}

// Department is a budget unit: its code and name as the unit line gives them
// (`203001保定白沟新城党群工作部（本级）` → code 203001).
type Department struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Document is one parsed filing.
type Document struct {
	SchemaVersion string         `json:"schema_version"`
	Source        Source         `json:"source"`
	Year          int            `json:"year"` // the budget year; 0 when unknown, written as null
	Department    Department     `json:"department"`
	Overview      Overview       `json:"overview"`
	Projects      []Project      `json:"projects"`
	Unrecognized  []Unrecognized `json:"unrecognized"`
	Warnings      []Warning      `json:"warnings"`
}

// Overview is part 1 of a filing (部门整体绩效目标): headings with their
// paragraphs.
type Overview struct {
	Title    string    `json:"title"`
	Sections []Section `json:"sections"`
}

// Section is one heading of the overview with the paragraphs under it.
type Section struct {
	Heading    string   `json:"heading"`
	Paragraphs []string `json:"paragraphs"`
}

// Budget holds a project's amounts as decimal strings exactly as written, in
// the project's money unit. A blank cell is nil.
//
// Total is the year's budget (预算数, 年度资金总额, 全年预算数 of a
// self-evaluation, 下达中央预算内投资 …). A self-evaluation also gives Initial
// (年初预算数) and Executed (全年执行数). Items keeps every other money row
// the table gives (上年结转资金, 项目支出, 基本支出, a multi-year 项目资金总额,
// the execution score …) with its label, as written.
type Budget struct {
	Total    *string       `json:"total"`
	Fiscal   *string       `json:"fiscal"`
	Other    *string       `json:"other"`
	Initial  *string       `json:"initial,omitempty"`
	Executed *string       `json:"executed,omitempty"`
	Items    []LabeledText `json:"items,omitempty"`
}

// LabeledText is a cell's text with the label the table gives it, for
// fields that vary too much between templates to deserve a key of their own.
type LabeledText struct {
	Label  string `json:"label"`
	Text   string `json:"text"`
	Source Pos    `json:"source"`
}

// SpendingPoint is one column of the spending plan (资金支出计划).
type SpendingPoint struct {
	Period string  `json:"period"`
	Month  int     `json:"month"`
	Value  *string `json:"value"`
}

// SpendingPlan is the cumulative spending schedule of a project. Unit says
// what the values are ("%" or the money unit), whatever Label claims.
type SpendingPlan struct {
	Label  string          `json:"label"`
	Unit   string          `json:"unit"`
	Points []SpendingPoint `json:"points"`
}

// LabelSaysPercent reports whether the plan's label claims percentages
// ("资金支出计划（%）"), whatever its values are.
func (sp SpendingPlan) LabelSaysPercent() bool {
	return strings.Contains(sp.Label, "%") || strings.Contains(sp.Label, "％") || strings.Contains(sp.Label, "百分比")
}

// Indicator is one row of a project's indicator grid.
//
// Value is the year's target (年度指标值, 全年指标值, 目标值 …). When the grid
// splits it over several columns (指标方向 | 指标值 | 度量单位), Value.Raw is
// the cells joined as comparator + number + unit and ValueParts keeps the
// cells. The other value-like columns of a row are kept: OtherValues (a
// half-year or long-term target, one value per recipient area of a transfer
// table, last year's result), and for a self-evaluation Actual (实际完成值),
// Weight (分值), Score (得分) and Reason (偏差原因分析).
type Indicator struct {
	Level1      string        `json:"level1"`
	Level2      string        `json:"level2"`
	Name        string        `json:"name"`
	Description string        `json:"description"`
	Value       Value         `json:"value"`
	Basis       string        `json:"basis"`
	Source      Pos           `json:"source"`
	Nature      string        `json:"nature,omitempty"`
	ValueParts  []LabeledText `json:"value_parts,omitempty"`
	OtherValues []OtherValue  `json:"other_values,omitempty"`
	Actual      *Value        `json:"actual,omitempty"`
	Weight      *string       `json:"weight,omitempty"`
	Score       *string       `json:"score,omitempty"`
	Reason      string        `json:"reason,omitempty"`
	Notes       string        `json:"notes,omitempty"`
}

// Role names what an OtherValue is.
type Role string

// Roles of the value columns beside the target.
const (
	RoleHalfYear       Role = "half_year"        // 半年(程)指标值
	RoleLongTerm       Role = "long_term"        // 中长期 / 项目期 指标值
	RoleRegion         Role = "region"           // one recipient area of a transfer table
	RoleLastYearActual Role = "last_year_actual" // 上年实际完成值
	RoleOther          Role = "other"
)

// OtherValue is a value column of an indicator row beside its target.
type OtherValue struct {
	Role   Role   `json:"role"`
	Label  string `json:"label"`
	Value  Value  `json:"value"`
	Source Pos    `json:"source"`
}

// ProjectKind says what a table describes.
type ProjectKind string

// Kinds of tables. Consumers must tolerate kinds they do not know.
const (
	KindProject        ProjectKind = "project"         // 项目支出绩效目标表, 申报表, 批复表
	KindDepartment     ProjectKind = "department"      // 部门整体支出绩效目标表
	KindTransfer       ProjectKind = "transfer"        // 转移支付 / 区域 / 中央预算内投资 targets
	KindSelfEvaluation ProjectKind = "self_evaluation" // 绩效自评表: targets beside results
)

// Project is one 绩效目标表: a project's, or for Kind "department" the
// whole unit's (Name is then the unit's name).
//
// Implementer is the 实施单位 when the table names one beside the 主管部门;
// LongTermGoals the 长期目标 / 项目总目标; GoalResults the 实际完成情况 of a
// self-evaluation; Attributes the other labelled cells of the header block
// (项目属性, 项目负责人, 项目级次 …) as written.
type Project struct {
	Index         int           `json:"index"`
	Title         string        `json:"title"`
	Code          string        `json:"code"`
	Name          string        `json:"name"`
	Department    Department    `json:"department"`
	MoneyUnit     string        `json:"money_unit"`
	Budget        Budget        `json:"budget"`
	Purpose       string        `json:"purpose"`
	SpendingPlan  SpendingPlan  `json:"spending_plan"`
	Goals         []string      `json:"goals"`
	Classified    bool          `json:"classified"`
	Indicators    []Indicator   `json:"indicators"`
	Source        Pos           `json:"source"`
	Kind          ProjectKind   `json:"kind,omitempty"`
	Implementer   *Department   `json:"implementer,omitempty"`
	Category      string        `json:"category,omitempty"`
	Period        string        `json:"period,omitempty"`
	LongTermGoals []string      `json:"long_term_goals,omitempty"`
	GoalResults   []string      `json:"goal_results,omitempty"`
	Attributes    []LabeledText `json:"attributes,omitempty"`
	// GoalsSource points at the goals (the 绩效目标 cell or its first line);
	// zero when unknown.
	GoalsSource Pos `json:"goals_source,omitzero"`
}

// Unrecognized is non-empty input text that landed in no field.
type Unrecognized struct {
	Text   string `json:"text"`
	Source Pos    `json:"source"`
}

// Warning is a repair or a guess the extractor made. Code names it
// (NO-PROJECT-CODE) and is stable; Args are its arguments by name (a
// string or an int each); Message puts it into words in one language. The
// codes, their arguments and their texts are the catalogue of package
// diag, which makes every warning and renders its message.
type Warning struct {
	Code    string         `json:"code"`
	Args    map[string]any `json:"args,omitempty"`
	Message string         `json:"message"`
	Source  Pos            `json:"source"`
}

// Diagnostic is a warning about a value, without position or message: the
// value's Warnings holds the messages, one for each of its Diagnostics.
type Diagnostic struct {
	Code string         `json:"code"`
	Args map[string]any `json:"args,omitempty"`
}
