package warehouse

import (
	"strings"

	"github.com/perfdoc/perfdoc/model"
)

// DocumentRow is one row of documents: one filing, whatever number of files
// carry it. ID is the filing's content identity (see Identity); Path,
// Format, Encoding and SHA256 describe the source it was first imported
// from (the first in walk order).
type DocumentRow struct {
	ID             string `parquet:"id" json:"id"`
	Path           string `parquet:"path" json:"path"`
	Format         string `parquet:"format" json:"format" wh:"enum"`
	Encoding       string `parquet:"encoding,optional" json:"encoding" wh:"enum"`
	OCR            string `parquet:"ocr,optional" json:"ocr" wh:"enum"` // the OCR engine that read a scan (tesseract); NULL for born-digital files
	SHA256         string `parquet:"sha256" json:"sha256"`
	Year           int64  `parquet:"year,optional" json:"year"`
	DepartmentCode string `parquet:"department_code,optional" json:"department_code"`
	DepartmentName string `parquet:"department_name,optional" json:"department_name"`
	Projects       int64  `parquet:"projects" json:"projects"`
	Indicators     int64  `parquet:"indicators" json:"indicators"`
	Warnings       int64  `parquet:"warnings" json:"warnings"`
	Unrecognized   int64  `parquet:"unrecognized" json:"unrecognized"`
}

// SourceRow is one file that carries a document: every file imported,
// including the one the documents row names.
type SourceRow struct {
	DocumentID string `parquet:"document_id" json:"document_id"`
	Path       string `parquet:"path" json:"path"`
	SHA256     string `parquet:"sha256" json:"sha256"`
	Format     string `parquet:"format" json:"format" wh:"enum"`
	Encoding   string `parquet:"encoding,optional" json:"encoding" wh:"enum"`
	OCR        string `parquet:"ocr,optional" json:"ocr" wh:"enum"` // the OCR engine that read a scan; NULL for born-digital files
	Bytes      int64  `parquet:"bytes" json:"bytes"`
	Year       int64  `parquet:"year,optional" json:"year"`
}

// ProjectRow is one row of projects.
type ProjectRow struct {
	DocumentID        string  `parquet:"document_id" json:"document_id"`
	Project           int64   `parquet:"project" json:"project"`
	Year              int64   `parquet:"year,optional" json:"year"`
	TitleNumber       int64   `parquet:"title_number" json:"title_number"`
	Code              string  `parquet:"code,optional" json:"code"`
	Name              string  `parquet:"name,optional" json:"name"`
	Title             string  `parquet:"title,optional" json:"title"`
	DepartmentCode    string  `parquet:"department_code,optional" json:"department_code"`
	DepartmentName    string  `parquet:"department_name,optional" json:"department_name"`
	MoneyUnit         string  `parquet:"money_unit,optional" json:"money_unit"`
	BudgetTotal       *string `parquet:"budget_total,optional" json:"budget_total" wh:"decimal"`
	BudgetFiscal      *string `parquet:"budget_fiscal,optional" json:"budget_fiscal" wh:"decimal"`
	BudgetOther       *string `parquet:"budget_other,optional" json:"budget_other" wh:"decimal"`
	Purpose           string  `parquet:"purpose,optional" json:"purpose"`
	SpendingPlanLabel string  `parquet:"spending_plan_label,optional" json:"spending_plan_label"`
	SpendingPlanUnit  string  `parquet:"spending_plan_unit,optional" json:"spending_plan_unit"`
	Classified        bool    `parquet:"classified" json:"classified"`
	Kind              string  `parquet:"kind" json:"kind" wh:"enum"`
	ImplementerCode   string  `parquet:"implementer_code,optional" json:"implementer_code"`
	ImplementerName   string  `parquet:"implementer_name,optional" json:"implementer_name"`
	Category          string  `parquet:"category,optional" json:"category"`
	Period            string  `parquet:"period,optional" json:"period"`
	BudgetInitial     *string `parquet:"budget_initial,optional" json:"budget_initial" wh:"decimal"`
	BudgetExecuted    *string `parquet:"budget_executed,optional" json:"budget_executed" wh:"decimal"`
	Keywords          string  `parquet:"keywords,optional" json:"keywords"`
	SourceLine        *int64  `parquet:"source_line,optional" json:"source_line"`
	SourceTable       *int64  `parquet:"source_table,optional" json:"source_table"`
}

// IndicatorRow is one row of indicators: the grid row with every field of
// its typed value as a column.
type IndicatorRow struct {
	DocumentID    string  `parquet:"document_id" json:"document_id"`
	Project       int64   `parquet:"project" json:"project"`
	Indicator     int64   `parquet:"indicator" json:"indicator"`
	Year          int64   `parquet:"year,optional" json:"year"`
	Level1        string  `parquet:"level1,optional" json:"level1"`
	Level2        string  `parquet:"level2,optional" json:"level2"`
	Name          string  `parquet:"name,optional" json:"name"`
	Description   string  `parquet:"description,optional" json:"description"`
	Basis         string  `parquet:"basis,optional" json:"basis"`
	Raw           string  `parquet:"raw,optional" json:"raw"`
	Kind          string  `parquet:"kind" json:"kind" wh:"enum"`
	Op            *string `parquet:"op,optional" json:"op" wh:"enum"`
	Number        *string `parquet:"number,optional" json:"number" wh:"decimal"`
	Unit          *string `parquet:"unit,optional" json:"unit"`
	BaseNumber    *string `parquet:"base_number,optional" json:"base_number" wh:"decimal"`
	BaseUnit      *string `parquet:"base_unit,optional" json:"base_unit"`
	Min           *string `parquet:"min,optional" json:"min" wh:"decimal"`
	Max           *string `parquet:"max,optional" json:"max" wh:"decimal"`
	BaseMaxNumber *string `parquet:"base_max_number,optional" json:"base_max_number" wh:"decimal"`
	Date          *string `parquet:"date,optional" json:"date" wh:"enum"`
	Direction     *string `parquet:"direction,optional" json:"direction" wh:"enum"`
	Warnings      string  `parquet:"warnings,optional" json:"warnings"`
	Nature        string  `parquet:"nature,optional" json:"nature"`
	Weight        *string `parquet:"weight,optional" json:"weight" wh:"decimal"`
	Score         *string `parquet:"score,optional" json:"score" wh:"decimal"`
	ActualRaw     *string `parquet:"actual_raw,optional" json:"actual_raw"`
	ActualKind    *string `parquet:"actual_kind,optional" json:"actual_kind" wh:"enum"`
	ActualOp      *string `parquet:"actual_op,optional" json:"actual_op" wh:"enum"`
	ActualNumber  *string `parquet:"actual_number,optional" json:"actual_number" wh:"decimal"`
	ActualUnit    *string `parquet:"actual_unit,optional" json:"actual_unit"`
	ActualBase    *string `parquet:"actual_base_number,optional" json:"actual_base_number" wh:"decimal"`
	ActualBaseU   *string `parquet:"actual_base_unit,optional" json:"actual_base_unit"`
	Reason        string  `parquet:"reason,optional" json:"reason"`
	Notes         string  `parquet:"notes,optional" json:"notes"`
	SourceLine    *int64  `parquet:"source_line,optional" json:"source_line"`
	SourceTable   *int64  `parquet:"source_table,optional" json:"source_table"`
	SourceRow     *int64  `parquet:"source_row,optional" json:"source_row"`
	SourceCol     *int64  `parquet:"source_col,optional" json:"source_col"`
}

// ValueRow is one more value column of an indicator row (a half-year or
// long-term target, one recipient area of a transfer table, last year's
// result), typed like the target.
type ValueRow struct {
	DocumentID string  `parquet:"document_id" json:"document_id"`
	Project    int64   `parquet:"project" json:"project"`
	Indicator  int64   `parquet:"indicator" json:"indicator"`
	Value      int64   `parquet:"value" json:"value"`
	Year       int64   `parquet:"year,optional" json:"year"`
	Role       string  `parquet:"role" json:"role" wh:"enum"`
	Label      string  `parquet:"label,optional" json:"label"`
	Raw        string  `parquet:"raw,optional" json:"raw"`
	Kind       string  `parquet:"kind" json:"kind" wh:"enum"`
	Op         *string `parquet:"op,optional" json:"op" wh:"enum"`
	Number     *string `parquet:"number,optional" json:"number" wh:"decimal"`
	Unit       *string `parquet:"unit,optional" json:"unit"`
	BaseNumber *string `parquet:"base_number,optional" json:"base_number" wh:"decimal"`
	BaseUnit   *string `parquet:"base_unit,optional" json:"base_unit"`
	Date       *string `parquet:"date,optional" json:"date" wh:"enum"`
}

// ItemRow is one more labelled text of a project: a budget row beyond the
// total (kind "budget"), a header attribute ("attribute"), a long-term
// goal ("long_term_goal") or a self-evaluation's result ("goal_result").
type ItemRow struct {
	DocumentID string `parquet:"document_id" json:"document_id"`
	Project    int64  `parquet:"project" json:"project"`
	Item       int64  `parquet:"item" json:"item"`
	Year       int64  `parquet:"year,optional" json:"year"`
	Kind       string `parquet:"kind" json:"kind" wh:"enum"`
	Label      string `parquet:"label,optional" json:"label"`
	Text       string `parquet:"text,optional" json:"text"`
}

// SpendingRow is one point of a project's spending plan.
type SpendingRow struct {
	DocumentID string  `parquet:"document_id" json:"document_id"`
	Project    int64   `parquet:"project" json:"project"`
	Point      int64   `parquet:"point" json:"point"`
	Year       int64   `parquet:"year,optional" json:"year"`
	Period     string  `parquet:"period,optional" json:"period"`
	Month      int64   `parquet:"month,optional" json:"month"`
	Value      *string `parquet:"value,optional" json:"value" wh:"decimal"`
	Unit       string  `parquet:"unit,optional" json:"unit"`
}

// GoalRow is one goal of a project.
type GoalRow struct {
	DocumentID string `parquet:"document_id" json:"document_id"`
	Project    int64  `parquet:"project" json:"project"`
	Goal       int64  `parquet:"goal" json:"goal"`
	Year       int64  `parquet:"year,optional" json:"year"`
	Text       string `parquet:"text" json:"text"`
}

// FindingRow is one audit finding of a document (import --check).
type FindingRow struct {
	DocumentID  string `parquet:"document_id" json:"document_id"`
	Finding     int64  `parquet:"finding" json:"finding"`
	Year        int64  `parquet:"year,optional" json:"year"`
	Rule        string `parquet:"rule" json:"rule" wh:"enum"`
	Severity    string `parquet:"severity" json:"severity" wh:"enum"`
	Project     *int64 `parquet:"project,optional" json:"project"`
	ProjectCode string `parquet:"project_code,optional" json:"project_code"`
	Indicator   string `parquet:"indicator,optional" json:"indicator"`
	Message     string `parquet:"message" json:"message"`
	Source      string `parquet:"source,optional" json:"source"`
}

// SearchRow is one searchable text of a document: an indicator's name or
// description, a project's name, purpose or goal. Tokens are its words,
// separated by spaces, as the segmenter cut them; the SQL sinks index them
// (FTS5, tsvector), the file sinks do not store search rows.
type SearchRow struct {
	DocumentID string `parquet:"document_id" json:"document_id"`
	Project    int64  `parquet:"project" json:"project"`
	Indicator  int64  `parquet:"indicator" json:"indicator"` // 0: the text is the project's
	Field      string `parquet:"field" json:"field"`
	Text       string `parquet:"text" json:"text"`
	Tokens     string `parquet:"tokens" json:"tokens"`
}

// ErrorRow is a file that was not imported: one that could not be (Kind
// ErrorFailed) or one that holds no filing (ErrorNotFiling).
type ErrorRow struct {
	Path   string `parquet:"path" json:"path"`
	SHA256 string `parquet:"sha256" json:"sha256"`
	Error  string `parquet:"error" json:"error"`
	Time   string `parquet:"time" json:"time"`
	Kind   string `parquet:"kind,optional" json:"kind" wh:"enum"`
}

// Kinds of ErrorRow. A warehouse made before kinds has NULL there: read
// it as ErrorFailed.
const (
	// ErrorFailed is a file that could not be imported: unreadable, corrupt,
	// over a limit.
	ErrorFailed = "failed"
	// ErrorNotFiling is a file that was read but holds no filing (no
	// performance-target table, or nothing): skipped, not failed.
	ErrorNotFiling = "not_a_filing"
)

// Rows are the flat rows of one document.
type Rows struct {
	Document   DocumentRow
	Source     SourceRow
	Projects   []ProjectRow
	Indicators []IndicatorRow
	Spending   []SpendingRow
	Goals      []GoalRow
	Values     []ValueRow
	Items      []ItemRow
	Findings   []FindingRow
	Search     []SearchRow
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// optInt is nil for 0: a position that does not exist (a text export has
// no table, DOCX no line).
func optInt(n int) *int64 {
	if n == 0 {
		return nil
	}
	v := int64(n)
	return &v
}

// Flatten turns a parsed document into its rows under the document id id
// (Identity(d), or anything else the caller keys documents by). The
// document's Source becomes its first SourceRow; size is its length in
// bytes.
func Flatten(d *model.Document, id string, size int64) *Rows {
	y := int64(d.Year)
	ocr := ""
	if d.Source.OCR != nil {
		ocr = d.Source.OCR.Engine
	}
	r := &Rows{Document: DocumentRow{ID: id, Path: d.Source.Path, Format: d.Source.Format, Encoding: d.Source.Encoding, OCR: ocr,
		SHA256: d.Source.SHA256, Year: y, DepartmentCode: d.Department.Code, DepartmentName: d.Department.Name,
		Projects: int64(len(d.Projects)), Warnings: int64(len(d.Warnings)), Unrecognized: int64(len(d.Unrecognized))},
		Source: SourceRow{DocumentID: id, Path: d.Source.Path, SHA256: d.Source.SHA256, Format: d.Source.Format,
			Encoding: d.Source.Encoding, OCR: ocr, Bytes: size, Year: y}}
	for pi := range d.Projects {
		p := &d.Projects[pi]
		pn := int64(pi + 1)
		r.Projects = append(r.Projects, ProjectRow{DocumentID: id, Project: pn, Year: y, TitleNumber: int64(p.Index), Code: p.Code, Name: p.Name, Title: p.Title,
			DepartmentCode: p.Department.Code, DepartmentName: p.Department.Name, MoneyUnit: p.MoneyUnit,
			BudgetTotal: p.Budget.Total, BudgetFiscal: p.Budget.Fiscal, BudgetOther: p.Budget.Other, Purpose: p.Purpose,
			SpendingPlanLabel: p.SpendingPlan.Label, SpendingPlanUnit: p.SpendingPlan.Unit, Classified: p.Classified,
			SourceLine: optInt(p.Source.Line), SourceTable: optInt(p.Source.Table), Kind: string(p.Kind),
			Category: p.Category, Period: p.Period, BudgetInitial: p.Budget.Initial, BudgetExecuted: p.Budget.Executed})
		if p.Implementer != nil {
			r.Projects[pi].ImplementerCode, r.Projects[pi].ImplementerName = p.Implementer.Code, p.Implementer.Name
		}
		r.Items = append(r.Items, items(id, pn, y, p)...)
		for k, pt := range p.SpendingPlan.Points {
			r.Spending = append(r.Spending, SpendingRow{DocumentID: id, Project: pn, Point: int64(k + 1), Year: y, Period: pt.Period, Month: int64(pt.Month), Value: pt.Value, Unit: p.SpendingPlan.Unit})
		}
		for k, g := range p.Goals {
			r.Goals = append(r.Goals, GoalRow{DocumentID: id, Project: pn, Goal: int64(k + 1), Year: y, Text: g})
		}
		for k := range p.Indicators {
			ind := &p.Indicators[k]
			r.Indicators = append(r.Indicators, indicatorRow(id, pn, int64(k+1), y, ind))
			for v := range ind.OtherValues {
				r.Values = append(r.Values, valueRow(id, pn, int64(k+1), int64(v+1), y, &ind.OtherValues[v]))
			}
		}
	}
	r.Document.Indicators = int64(len(r.Indicators))
	return r
}

func indicatorRow(id string, project, k, year int64, ind *model.Indicator) IndicatorRow {
	v := &ind.Value
	row := IndicatorRow{DocumentID: id, Project: project, Indicator: k, Year: year, Level1: ind.Level1, Level2: ind.Level2,
		Name: ind.Name, Description: ind.Description, Basis: ind.Basis, Raw: v.Raw, Kind: string(v.Kind),
		Op: opt(string(v.Op)), Number: opt(v.Number), Min: opt(v.Min), Max: opt(v.Max), Date: opt(v.Date), Direction: opt(string(v.Direction)),
		Warnings: strings.Join(v.Warnings, "; "), SourceLine: optInt(ind.Source.Line), SourceTable: optInt(ind.Source.Table),
		SourceRow: optInt(ind.Source.Row), SourceCol: optInt(ind.Source.Col)}
	if v.Kind == model.KindQuantity || v.Kind == model.KindRange {
		row.Unit = opt(v.Unit) // a count without a unit: NULL, as every blank
	}
	if v.Base != nil {
		row.BaseNumber, row.BaseUnit = opt(v.Base.Number), opt(v.Base.Unit)
	}
	if v.BaseMax != nil {
		row.BaseMaxNumber = &v.BaseMax.Number
	}
	row.Nature, row.Weight, row.Score, row.Reason, row.Notes = ind.Nature, ind.Weight, ind.Score, ind.Reason, ind.Notes
	if a := ind.Actual; a != nil {
		row.ActualRaw, row.ActualKind, row.ActualOp, row.ActualNumber = opt(a.Raw), opt(string(a.Kind)), opt(string(a.Op)), opt(a.Number)
		if a.Kind == model.KindQuantity || a.Kind == model.KindRange {
			row.ActualUnit = opt(a.Unit)
		}
		if a.Base != nil {
			row.ActualBase, row.ActualBaseU = opt(a.Base.Number), opt(a.Base.Unit)
		}
	}
	return row
}

func valueRow(id string, project, ind, k, year int64, o *model.OtherValue) ValueRow {
	v := &o.Value
	row := ValueRow{DocumentID: id, Project: project, Indicator: ind, Value: k, Year: year, Role: string(o.Role), Label: o.Label,
		Raw: v.Raw, Kind: string(v.Kind), Op: opt(string(v.Op)), Number: opt(v.Number), Date: opt(v.Date)}
	if v.Kind == model.KindQuantity || v.Kind == model.KindRange {
		row.Unit = opt(v.Unit)
	}
	if v.Base != nil {
		row.BaseNumber, row.BaseUnit = opt(v.Base.Number), opt(v.Base.Unit)
	}
	return row
}

// items flattens a project's labelled extras.
func items(id string, project, year int64, p *model.Project) []ItemRow {
	var out []ItemRow
	add := func(kind, label, text string) {
		out = append(out, ItemRow{DocumentID: id, Project: project, Item: int64(len(out) + 1), Year: year, Kind: kind, Label: label, Text: text})
	}
	for _, it := range p.Budget.Items {
		add("budget", it.Label, it.Text)
	}
	for _, it := range p.Attributes {
		add("attribute", it.Label, it.Text)
	}
	for _, g := range p.LongTermGoals {
		add("long_term_goal", "", g)
	}
	for _, g := range p.GoalResults {
		add("goal_result", "", g)
	}
	return out
}
