package model

import "io"

// This file is the one JSON writer of the document's shape. Each model type
// has one method below that writes its fields in struct order, one line a
// field, with the key of the field's json tag. Adding a field to a type
// means a line here and a property in schema.json; json_test.go fills every
// field of every type and fails when the writer and encoding/json disagree,
// and schema_test.go fails when schema.json and the struct tags do. The
// writer's primitives (keys, strings, lists, indentation) are in
// jsonwriter.go.

// Encoder writes documents as JSON to a stream: one object a document
// (followed by a newline), or a JSON array of them. Output is byte for byte
// what encoding/json writes from the struct tags with SetEscapeHTML(false)
// (and SetIndent("", "  ") when indented). The encoder keeps one buffer
// that it hands to the stream after each project or list element once it
// holds flushSize bytes, so memory does not grow with a document's size.
type Encoder struct {
	w     io.Writer
	jw    jsonWriter
	array bool
	n     int // documents written
	err   error
}

// flushSize is the buffered output at which the encoder writes to its
// stream between list elements.
const flushSize = 32 << 10

// NewEncoder returns an encoder that writes to w, indented with two spaces
// or compact. With array set, the documents are the elements of one JSON
// array that Close ends; otherwise each is one top-level value followed by
// a newline (one object per line when compact: JSON Lines).
func NewEncoder(w io.Writer, indent, array bool) *Encoder {
	e := &Encoder{w: w, array: array}
	e.jw = jsonWriter{indent: indent, out: e}
	return e
}

// Encode writes one document.
func (e *Encoder) Encode(d *Document) error {
	if e.err != nil {
		return e.err
	}
	jw := &e.jw
	if e.array {
		if e.n == 0 {
			jw.open('[')
		}
		jw.sep()
	}
	jw.document(d)
	if !e.array {
		jw.b = append(jw.b, '\n')
	}
	e.n++
	e.flush()
	return e.err
}

// Close ends the array ("[]" when no document was written) and writes
// what is still buffered. It does not close the underlying writer.
func (e *Encoder) Close() error {
	if e.err != nil || !e.array {
		return e.err
	}
	if e.n == 0 {
		e.jw.open('[')
	}
	e.jw.close(']')
	e.jw.b = append(e.jw.b, '\n')
	e.flush()
	return e.err
}

// flush hands the buffer to the stream.
func (e *Encoder) flush() {
	if e.err == nil && len(e.jw.b) > 0 {
		_, e.err = e.w.Write(e.jw.b)
	}
	e.jw.b = e.jw.b[:0]
}

// AppendJSON appends the document's JSON to dst, indented with two spaces
// or compact, followed by a newline: what an Encoder writes for one
// document.
func (d *Document) AppendJSON(dst []byte, indent bool) []byte {
	w := &jsonWriter{b: dst, indent: indent}
	w.document(d)
	return append(w.b, '\n')
}

// JSONSize is the size in bytes of the document's indented JSON (what
// AppendJSON(nil, true) appends), counted without writing it: the writer
// walks the document as it does to write, adding up the lengths of what
// it would append. Once the count passes max (when max > 0) it stops
// early and returns a number above max: the size of a document whose
// texts repeat (a merged cell's label in each row it spans) is bounded
// before anything is written.
func (d *Document) JSONSize(max int64) int64 {
	w := &jsonWriter{indent: true, count: true, max: max}
	w.document(d)
	return w.n + 1 // the newline after the document
}

func (w *jsonWriter) document(d *Document) {
	w.open('{')
	w.str("schema_version", d.SchemaVersion)
	w.source("source", &d.Source)
	if d.Year == 0 { // unknown: null, as every blank
		w.key("year")
		w.raw("null")
	} else {
		w.int("year", d.Year)
	}
	w.department("department", &d.Department)
	w.overview("overview", &d.Overview)
	list(w, "projects", d.Projects, (*jsonWriter).project)
	list(w, "unrecognized", d.Unrecognized, (*jsonWriter).unrecognized)
	list(w, "warnings", d.Warnings, (*jsonWriter).warning)
	w.close('}')
}

func (w *jsonWriter) source(k string, s *Source) {
	w.key(k)
	w.open('{')
	w.str("path", s.Path)
	w.str("format", s.Format)
	w.str("sha256", s.SHA256)
	w.str("encoding", s.Encoding)
	if o := s.OCR; o != nil {
		w.key("ocr")
		w.open('{')
		w.str("engine", o.Engine)
		w.int("pages", o.Pages)
		w.int("threshold", o.Threshold)
		w.int("min_confidence", o.MinConfidence)
		w.int("low_confidence", o.LowConfidence)
		w.close('}')
	}
	w.close('}')
}

func (w *jsonWriter) department(k string, d *Department) {
	w.key(k)
	w.open('{')
	w.str("code", d.Code)
	w.str("name", d.Name)
	w.close('}')
}

func (w *jsonWriter) overview(k string, o *Overview) {
	w.key(k)
	w.open('{')
	w.str("title", o.Title)
	list(w, "sections", o.Sections, (*jsonWriter).section)
	w.close('}')
}

func (w *jsonWriter) section(s *Section) {
	w.open('{')
	w.str("heading", s.Heading)
	w.strings("paragraphs", s.Paragraphs)
	w.close('}')
}

func (w *jsonWriter) project(p *Project) {
	w.open('{')
	w.int("index", p.Index)
	w.str("title", p.Title)
	w.str("code", p.Code)
	w.str("name", p.Name)
	w.department("department", &p.Department)
	w.str("money_unit", p.MoneyUnit)
	w.budget("budget", &p.Budget)
	w.str("purpose", p.Purpose)
	w.spendingPlan("spending_plan", &p.SpendingPlan)
	w.strings("goals", p.Goals)
	w.bool("classified", p.Classified)
	list(w, "indicators", p.Indicators, (*jsonWriter).indicator)
	w.pos("source", &p.Source)
	w.strOmit("kind", string(p.Kind))
	if p.Implementer != nil {
		w.department("implementer", p.Implementer)
	}
	w.strOmit("category", p.Category)
	w.strOmit("period", p.Period)
	w.stringsOmit("long_term_goals", p.LongTermGoals)
	w.stringsOmit("goal_results", p.GoalResults)
	listOmit(w, "attributes", p.Attributes, (*jsonWriter).labeledText)
	if !p.GoalsSource.IsZero() {
		w.pos("goals_source", &p.GoalsSource)
	}
	w.close('}')
}

func (w *jsonWriter) budget(k string, b *Budget) {
	w.key(k)
	w.open('{')
	w.strPtr("total", b.Total)
	w.strPtr("fiscal", b.Fiscal)
	w.strPtr("other", b.Other)
	w.strPtrOmit("initial", b.Initial)
	w.strPtrOmit("executed", b.Executed)
	listOmit(w, "items", b.Items, (*jsonWriter).labeledText)
	w.close('}')
}

func (w *jsonWriter) spendingPlan(k string, sp *SpendingPlan) {
	w.key(k)
	w.open('{')
	w.str("label", sp.Label)
	w.str("unit", sp.Unit)
	list(w, "points", sp.Points, (*jsonWriter).spendingPoint)
	w.close('}')
}

func (w *jsonWriter) spendingPoint(p *SpendingPoint) {
	w.open('{')
	w.str("period", p.Period)
	w.int("month", p.Month)
	w.strPtr("value", p.Value)
	w.close('}')
}

func (w *jsonWriter) indicator(ind *Indicator) {
	w.open('{')
	w.str("level1", ind.Level1)
	w.str("level2", ind.Level2)
	w.str("name", ind.Name)
	w.str("description", ind.Description)
	w.key("value")
	w.value(&ind.Value)
	w.str("basis", ind.Basis)
	w.pos("source", &ind.Source)
	w.strOmit("nature", ind.Nature)
	listOmit(w, "value_parts", ind.ValueParts, (*jsonWriter).labeledText)
	listOmit(w, "other_values", ind.OtherValues, (*jsonWriter).otherValue)
	if ind.Actual != nil {
		w.key("actual")
		w.value(ind.Actual)
	}
	w.strPtrOmit("weight", ind.Weight)
	w.strPtrOmit("score", ind.Score)
	w.strOmit("reason", ind.Reason)
	w.strOmit("notes", ind.Notes)
	w.close('}')
}

func (w *jsonWriter) otherValue(v *OtherValue) {
	w.open('{')
	w.str("role", string(v.Role))
	w.str("label", v.Label)
	w.key("value")
	w.value(&v.Value)
	w.pos("source", &v.Source)
	w.close('}')
}

func (w *jsonWriter) labeledText(t *LabeledText) {
	w.open('{')
	w.str("label", t.Label)
	w.str("text", t.Text)
	w.pos("source", &t.Source)
	w.close('}')
}

// value writes exactly the fields of the value's kind (see Value).
func (w *jsonWriter) value(v *Value) {
	w.open('{')
	w.str("raw", v.Raw)
	w.str("kind", string(v.Kind))
	switch v.Kind {
	case KindQuantity:
		w.str("op", string(v.Op))
		w.str("number", v.Number)
		w.str("unit", v.Unit)
		w.quantity("base", v.Base)
		if v.Direction != "" {
			w.str("direction", string(v.Direction)) // a change's: 提高2个百分点
		}
	case KindRange:
		w.str("min", v.Min)
		w.str("max", v.Max)
		w.str("unit", v.Unit)
		w.quantity("base", v.Base)
		w.quantity("base_max", v.BaseMax)
	case KindDeadline:
		w.str("date", v.Date)
	case KindQualitative:
		if v.Direction != "" {
			w.str("direction", string(v.Direction))
		}
	}
	if len(v.Warnings) > 0 {
		w.strings("warnings", v.Warnings)
	}
	listOmit(w, "diagnostics", v.Diagnostics, (*jsonWriter).diagnostic)
	w.close('}')
}

func (w *jsonWriter) diagnostic(d *Diagnostic) {
	w.open('{')
	w.str("code", d.Code)
	w.argsOmit("args", d.Args)
	w.close('}')
}

// quantity writes nothing for nil (the fields are omitempty).
func (w *jsonWriter) quantity(k string, q *Quantity) {
	if q == nil {
		return
	}
	w.key(k)
	w.open('{')
	w.str("number", q.Number)
	w.str("unit", q.Unit)
	w.close('}')
}

func (w *jsonWriter) unrecognized(u *Unrecognized) {
	w.open('{')
	w.str("text", u.Text)
	w.pos("source", &u.Source)
	w.close('}')
}

func (w *jsonWriter) warning(x *Warning) {
	w.open('{')
	w.str("code", x.Code)
	w.argsOmit("args", x.Args)
	w.str("message", x.Message)
	w.pos("source", &x.Source)
	w.close('}')
}

// pos writes the non-zero fields of p (all are omitempty).
func (w *jsonWriter) pos(k string, p *Pos) {
	w.key(k)
	w.open('{')
	w.intOmit("line", p.Line)
	w.intOmit("page", p.Page)
	w.strOmit("sheet", p.Sheet)
	w.strOmit("cell", p.Cell)
	w.intOmit("table", p.Table)
	w.intOmit("row", p.Row)
	w.intOmit("col", p.Col)
	w.intOmit("paragraph", p.Paragraph)
	w.intOmit("confidence", p.Confidence)
	w.close('}')
}
