package warehouse

import (
	"fmt"
	"reflect"
	"strings"
)

// Table names.
const (
	TDocuments  = "documents"
	TSources    = "sources"
	TProjects   = "projects"
	TIndicators = "indicators"
	TSpending   = "spending_plan"
	TGoals      = "goals"
	TValues     = "indicator_values"
	TItems      = "project_items"
	TFindings   = "findings"
	TSearch     = "search"
	TErrors     = "import_errors"
)

// column describes one column of a table, read from the row struct's tags:
// the name is the parquet tag's, `wh:"decimal"` marks exact decimal text,
// `wh:"enum"` a closed vocabulary perfdoc writes itself (op, kind, role …),
// which no spreadsheet guard may alter. A column is nullable when its
// field is a pointer or its parquet tag says "optional": a blank (nil, or
// the zero value "" or 0 of an optional field) is then NULL in every sink
// — an unknown year, a missing code, an empty reason — as Parquet writes
// the zero of an optional field as null.
type column struct {
	name     string
	field    int
	kind     reflect.Kind // String, Int64, Bool, or Pointer (nullable text or integer)
	elem     reflect.Kind // for a Pointer: String or Int64
	decimal  bool
	enum     bool
	nullable bool
}

// Table describes one flat table: its name, key and columns. Columns come
// from the row struct, so a new field there is a new column in every sink
// (SQL sinks add it to an existing warehouse with ALTER TABLE).
type Table struct {
	Name string
	Key  []string
	typ  reflect.Type
	cols []column
	// of returns the table's rows of one document (nil for tables that are
	// not per document).
	of func(r *Rows) any
}

var tables = []*Table{
	def(TDocuments, DocumentRow{}, func(r *Rows) any { return []DocumentRow{r.Document} }, "id"),
	def(TSources, SourceRow{}, func(r *Rows) any { return []SourceRow{r.Source} }, "sha256", "path"),
	def(TProjects, ProjectRow{}, func(r *Rows) any { return r.Projects }, "document_id", "project"),
	def(TIndicators, IndicatorRow{}, func(r *Rows) any { return r.Indicators }, "document_id", "project", "indicator"),
	def(TSpending, SpendingRow{}, func(r *Rows) any { return r.Spending }, "document_id", "project", "point"),
	def(TGoals, GoalRow{}, func(r *Rows) any { return r.Goals }, "document_id", "project", "goal"),
	def(TValues, ValueRow{}, func(r *Rows) any { return r.Values }, "document_id", "project", "indicator", "value"),
	def(TItems, ItemRow{}, func(r *Rows) any { return r.Items }, "document_id", "project", "item"),
	def(TFindings, FindingRow{}, func(r *Rows) any { return r.Findings }, "document_id", "finding"),
	def(TSearch, SearchRow{}, func(r *Rows) any { return r.Search }),
	def(TErrors, ErrorRow{}, nil, "path", "sha256", "error"),
}

func def(name string, v any, of func(*Rows) any, key ...string) *Table {
	t := &Table{Name: name, Key: key, typ: reflect.TypeOf(v), of: of}
	for i := 0; i < t.typ.NumField(); i++ {
		f := t.typ.Field(i)
		tag := strings.Split(f.Tag.Get("parquet"), ",")
		c := column{name: tag[0], field: i, kind: f.Type.Kind(), decimal: f.Tag.Get("wh") == "decimal", enum: f.Tag.Get("wh") == "enum"}
		for _, o := range tag[1:] {
			c.nullable = c.nullable || o == "optional"
		}
		if c.kind == reflect.Pointer {
			c.elem = f.Type.Elem().Kind()
			c.nullable = true
		}
		for _, k := range key {
			if k == c.name && c.nullable {
				panic(fmt.Sprintf("BUG: warehouse: key column %s.%s is nullable", name, c.name))
			}
		}
		t.cols = append(t.cols, c)
	}
	return t
}

// Tables lists every table, documents first; a document's other tables
// follow in the order sinks write them.
func Tables() []*Table { return tables }

// TableNamed returns the table called name; it panics on a name that is
// not a table, which is a bug in the caller.
func TableNamed(name string) *Table {
	for _, t := range tables {
		if t.Name == name {
			return t
		}
	}
	panic(fmt.Sprintf("BUG: warehouse: no table %q", name))
}

// childTables are the tables of a document's rows other than documents and
// sources, in write order.
func childTables() []*Table {
	return []*Table{TableNamed(TProjects), TableNamed(TIndicators), TableNamed(TSpending), TableNamed(TGoals),
		TableNamed(TValues), TableNamed(TItems), TableNamed(TFindings)}
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
// to dst: strings, int64, bool, or nil for a NULL (a nil pointer, or the
// zero value of an optional column).
func (t *Table) values(dst []any, row reflect.Value) []any {
	for _, c := range t.cols {
		f := row.Field(c.field)
		if c.nullable && f.IsZero() {
			dst = append(dst, nil)
			continue
		}
		switch c.kind {
		case reflect.String:
			dst = append(dst, f.String())
		case reflect.Int64:
			dst = append(dst, f.Int())
		case reflect.Bool:
			dst = append(dst, f.Bool())
		case reflect.Pointer:
			switch {
			case f.IsNil(), c.elem == reflect.String && f.Elem().String() == "":
				dst = append(dst, nil)
			case c.elem == reflect.Int64:
				dst = append(dst, f.Elem().Int())
			default:
				dst = append(dst, f.Elem().String())
			}
		}
	}
	return dst
}

// eachRow calls fn for each row of the slice rows (a []T of the table's
// row type).
func eachRow(rows any, fn func(row reflect.Value) error) error {
	v := reflect.ValueOf(rows)
	for k := 0; k < v.Len(); k++ {
		if err := fn(v.Index(k)); err != nil {
			return err
		}
	}
	return nil
}
