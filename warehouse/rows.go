// Package warehouse flattens parsed documents into keyed tables and writes
// them to a sink: an embedded SQLite database (the default), Parquet files
// partitioned by year, CSV or JSONL. It also runs bulk imports: walking
// folders, parsing in parallel and streaming rows to the sink.
//
// Tables and keys:
//
//	documents      id (sha256 of the file's bytes)
//	projects       document_id, project (1-based position in the document)
//	indicators     document_id, project, indicator (1-based position)
//	spending_plan  document_id, project, point
//	goals          document_id, project, goal
//	import_errors  path, sha256, error
//
// Amounts and numbers are exact decimal text, never floats; a blank cell is
// NULL.
package warehouse

import (
	"reflect"
	"strings"
	"sync"

	"github.com/perfdoc/perfdoc/model"
)

// DocumentRow is one row of documents.
type DocumentRow struct {
	ID             string `parquet:"id" json:"id"`
	Path           string `parquet:"path" json:"path"`
	Format         string `parquet:"format" json:"format"`
	Encoding       string `parquet:"encoding" json:"encoding"`
	Year           int64  `parquet:"year" json:"year"`
	DepartmentCode string `parquet:"department_code" json:"department_code"`
	DepartmentName string `parquet:"department_name" json:"department_name"`
	Projects       int64  `parquet:"projects" json:"projects"`
	Indicators     int64  `parquet:"indicators" json:"indicators"`
	Warnings       int64  `parquet:"warnings" json:"warnings"`
	Unrecognized   int64  `parquet:"unrecognized" json:"unrecognized"`
}

// ProjectRow is one row of projects.
type ProjectRow struct {
	DocumentID        string  `parquet:"document_id" json:"document_id"`
	Project           int64   `parquet:"project" json:"project"`
	Year              int64   `parquet:"year" json:"year"`
	TitleNumber       int64   `parquet:"title_number" json:"title_number"`
	Code              string  `parquet:"code" json:"code"`
	Name              string  `parquet:"name" json:"name"`
	Title             string  `parquet:"title" json:"title"`
	DepartmentCode    string  `parquet:"department_code" json:"department_code"`
	DepartmentName    string  `parquet:"department_name" json:"department_name"`
	MoneyUnit         string  `parquet:"money_unit" json:"money_unit"`
	BudgetTotal       *string `parquet:"budget_total,optional" json:"budget_total" wh:"decimal"`
	BudgetFiscal      *string `parquet:"budget_fiscal,optional" json:"budget_fiscal" wh:"decimal"`
	BudgetOther       *string `parquet:"budget_other,optional" json:"budget_other" wh:"decimal"`
	Purpose           string  `parquet:"purpose" json:"purpose"`
	SpendingPlanLabel string  `parquet:"spending_plan_label" json:"spending_plan_label"`
	SpendingPlanUnit  string  `parquet:"spending_plan_unit" json:"spending_plan_unit"`
	Classified        bool    `parquet:"classified" json:"classified"`
	SourceLine        int64   `parquet:"source_line" json:"source_line"`
	SourceTable       int64   `parquet:"source_table" json:"source_table"`
}

// IndicatorRow is one row of indicators: the grid row with every field of
// its typed value as a column.
type IndicatorRow struct {
	DocumentID    string  `parquet:"document_id" json:"document_id"`
	Project       int64   `parquet:"project" json:"project"`
	Indicator     int64   `parquet:"indicator" json:"indicator"`
	Year          int64   `parquet:"year" json:"year"`
	Level1        string  `parquet:"level1" json:"level1"`
	Level2        string  `parquet:"level2" json:"level2"`
	Name          string  `parquet:"name" json:"name"`
	Description   string  `parquet:"description" json:"description"`
	Basis         string  `parquet:"basis" json:"basis"`
	Raw           string  `parquet:"raw" json:"raw"`
	Kind          string  `parquet:"kind" json:"kind"`
	Op            *string `parquet:"op,optional" json:"op"`
	Number        *string `parquet:"number,optional" json:"number" wh:"decimal"`
	Unit          *string `parquet:"unit,optional" json:"unit"`
	BaseNumber    *string `parquet:"base_number,optional" json:"base_number" wh:"decimal"`
	BaseUnit      *string `parquet:"base_unit,optional" json:"base_unit"`
	Min           *string `parquet:"min,optional" json:"min" wh:"decimal"`
	Max           *string `parquet:"max,optional" json:"max" wh:"decimal"`
	BaseMaxNumber *string `parquet:"base_max_number,optional" json:"base_max_number" wh:"decimal"`
	Date          *string `parquet:"date,optional" json:"date"`
	Direction     *string `parquet:"direction,optional" json:"direction"`
	Warnings      string  `parquet:"warnings" json:"warnings"`
	SourceLine    int64   `parquet:"source_line" json:"source_line"`
	SourceTable   int64   `parquet:"source_table" json:"source_table"`
	SourceRow     int64   `parquet:"source_row" json:"source_row"`
	SourceCol     int64   `parquet:"source_col" json:"source_col"`
}

// SpendingRow is one point of a project's spending plan.
type SpendingRow struct {
	DocumentID string  `parquet:"document_id" json:"document_id"`
	Project    int64   `parquet:"project" json:"project"`
	Point      int64   `parquet:"point" json:"point"`
	Year       int64   `parquet:"year" json:"year"`
	Period     string  `parquet:"period" json:"period"`
	Month      int64   `parquet:"month" json:"month"`
	Value      *string `parquet:"value,optional" json:"value" wh:"decimal"`
	Unit       string  `parquet:"unit" json:"unit"`
}

// GoalRow is one goal of a project.
type GoalRow struct {
	DocumentID string `parquet:"document_id" json:"document_id"`
	Project    int64  `parquet:"project" json:"project"`
	Goal       int64  `parquet:"goal" json:"goal"`
	Year       int64  `parquet:"year" json:"year"`
	Text       string `parquet:"text" json:"text"`
}

// ErrorRow is a file that could not be imported.
type ErrorRow struct {
	Path   string `parquet:"path" json:"path"`
	SHA256 string `parquet:"sha256" json:"sha256"`
	Error  string `parquet:"error" json:"error"`
	Time   string `parquet:"time" json:"time"`
}

// Rows are the flat rows of one document.
type Rows struct {
	Document   DocumentRow
	Projects   []ProjectRow
	Indicators []IndicatorRow
	Spending   []SpendingRow
	Goals      []GoalRow
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Flatten turns a parsed document into its rows.
func Flatten(d *model.Document) *Rows {
	id := d.Source.SHA256
	y := int64(d.Year)
	r := &Rows{Document: DocumentRow{ID: id, Path: d.Source.Path, Format: d.Source.Format, Encoding: d.Source.Encoding, Year: y,
		DepartmentCode: d.Department.Code, DepartmentName: d.Department.Name, Projects: int64(len(d.Projects)),
		Warnings: int64(len(d.Warnings)), Unrecognized: int64(len(d.Unrecognized))}}
	for pi := range d.Projects {
		p := &d.Projects[pi]
		pn := int64(pi + 1)
		r.Projects = append(r.Projects, ProjectRow{DocumentID: id, Project: pn, Year: y, TitleNumber: int64(p.Index), Code: p.Code, Name: p.Name, Title: p.Title,
			DepartmentCode: p.Department.Code, DepartmentName: p.Department.Name, MoneyUnit: p.MoneyUnit,
			BudgetTotal: p.Budget.Total, BudgetFiscal: p.Budget.Fiscal, BudgetOther: p.Budget.Other, Purpose: p.Purpose,
			SpendingPlanLabel: p.SpendingPlan.Label, SpendingPlanUnit: p.SpendingPlan.Unit, Classified: p.Classified,
			SourceLine: int64(p.Source.Line), SourceTable: int64(p.Source.Table)})
		for k, pt := range p.SpendingPlan.Points {
			r.Spending = append(r.Spending, SpendingRow{DocumentID: id, Project: pn, Point: int64(k + 1), Year: y, Period: pt.Period, Month: int64(pt.Month), Value: pt.Value, Unit: p.SpendingPlan.Unit})
		}
		for k, g := range p.Goals {
			r.Goals = append(r.Goals, GoalRow{DocumentID: id, Project: pn, Goal: int64(k + 1), Year: y, Text: g})
		}
		for k := range p.Indicators {
			ind := &p.Indicators[k]
			v := &ind.Value
			row := IndicatorRow{DocumentID: id, Project: pn, Indicator: int64(k + 1), Year: y, Level1: ind.Level1, Level2: ind.Level2,
				Name: ind.Name, Description: ind.Description, Basis: ind.Basis, Raw: v.Raw, Kind: string(v.Kind),
				Op: opt(string(v.Op)), Number: opt(v.Number), Min: opt(v.Min), Max: opt(v.Max), Date: opt(v.Date), Direction: opt(string(v.Direction)),
				Warnings: strings.Join(v.Warnings, "; "), SourceLine: int64(ind.Source.Line), SourceTable: int64(ind.Source.Table),
				SourceRow: int64(ind.Source.Row), SourceCol: int64(ind.Source.Col)}
			if v.Kind == model.KindQuantity || v.Kind == model.KindRange {
				u := v.Unit
				row.Unit = &u
			}
			if v.Base != nil {
				row.BaseNumber, row.BaseUnit = &v.Base.Number, &v.Base.Unit
			}
			if v.BaseMax != nil {
				row.BaseMaxNumber = &v.BaseMax.Number
			}
			r.Indicators = append(r.Indicators, row)
		}
	}
	r.Document.Indicators = int64(len(r.Indicators))
	return r
}

// column describes one column of a table for the SQL and CSV sinks.
type column struct {
	name    string
	field   int
	kind    reflect.Kind // String, Int64, Bool, or Pointer (nullable text)
	decimal bool
}

// Table describes one flat table.
type Table struct {
	Name string
	Key  []string
	typ  reflect.Type
	cols []column
}

var (
	tablesOnce sync.Once
	tables     []*Table
)

// Tables lists the tables in the order rows are written.
func Tables() []*Table {
	tablesOnce.Do(func() {
		def := func(name string, v any, key ...string) *Table {
			t := &Table{Name: name, Key: key, typ: reflect.TypeOf(v)}
			for i := 0; i < t.typ.NumField(); i++ {
				f := t.typ.Field(i)
				n := strings.Split(f.Tag.Get("parquet"), ",")[0]
				t.cols = append(t.cols, column{name: n, field: i, kind: f.Type.Kind(), decimal: f.Tag.Get("wh") == "decimal"})
			}
			return t
		}
		tables = []*Table{
			def("documents", DocumentRow{}, "id"),
			def("projects", ProjectRow{}, "document_id", "project"),
			def("indicators", IndicatorRow{}, "document_id", "project", "indicator"),
			def("spending_plan", SpendingRow{}, "document_id", "project", "point"),
			def("goals", GoalRow{}, "document_id", "project", "goal"),
			def("import_errors", ErrorRow{}, "path", "sha256", "error"),
		}
	})
	return tables
}

// Columns returns the table's column names.
func (t *Table) Columns() []string {
	out := make([]string, len(t.cols))
	for i, c := range t.cols {
		out[i] = c.name
	}
	return out
}

// values appends the column values of row (a struct of the table's type)
// to dst: strings, int64, bool, or nil for a NULL.
func (t *Table) values(dst []any, row reflect.Value) []any {
	for _, c := range t.cols {
		f := row.Field(c.field)
		switch c.kind {
		case reflect.String:
			dst = append(dst, f.String())
		case reflect.Int64:
			dst = append(dst, f.Int())
		case reflect.Bool:
			dst = append(dst, f.Bool())
		case reflect.Pointer:
			if f.IsNil() {
				dst = append(dst, nil)
			} else {
				dst = append(dst, f.Elem().String())
			}
		}
	}
	return dst
}

// each calls fn for every row of r, table by table in Tables order
// (import_errors excluded).
func (r *Rows) each(fn func(t *Table, row reflect.Value) error) error {
	ts := Tables()
	if err := fn(ts[0], reflect.ValueOf(r.Document)); err != nil {
		return err
	}
	lists := []any{r.Projects, r.Indicators, r.Spending, r.Goals}
	for i, l := range lists {
		v := reflect.ValueOf(l)
		for k := 0; k < v.Len(); k++ {
			if err := fn(ts[i+1], v.Index(k)); err != nil {
				return err
			}
		}
	}
	return nil
}
