package model

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"
)

// This file is the one JSON writer of the document's shape. Each model type
// has one method below that writes its fields in struct order, one line a
// field, with the key of the field's json tag. Adding a field to a type
// means a line here and a property in schema.json; json_test.go fills every
// field of every type and fails when the writer and encoding/json disagree,
// and schema_test.go fails when schema.json and the struct tags do.

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

// jsonWriter appends JSON to a byte slice, compact or indented exactly as
// encoding/json's Indent with two spaces does. With out set it hands the
// buffer over between list elements once it holds flushSize bytes. With
// count set it appends nothing and adds up in n the bytes it would append,
// stopping between list elements once n passes max (max > 0).
type jsonWriter struct {
	b      []byte
	indent bool
	depth  int
	first  bool // no member written yet at this level
	out    *Encoder
	count  bool
	n, max int64
}

// raw appends s as it is.
func (w *jsonWriter) raw(s string) {
	if w.count {
		w.n += int64(len(s))
		return
	}
	w.b = append(w.b, s...)
}

// byte1 appends c.
func (w *jsonWriter) byte1(c byte) {
	if w.count {
		w.n++
		return
	}
	w.b = append(w.b, c)
}

// quoted appends s as a JSON string.
func (w *jsonWriter) quoted(s string) {
	if w.count {
		w.n += quotedLen(s)
		return
	}
	w.b = appendString(w.b, s)
}

// integer appends v in decimal.
func (w *jsonWriter) integer(v int64) {
	if w.count {
		var d [20]byte
		w.n += int64(len(strconv.AppendInt(d[:0], v, 10)))
		return
	}
	w.b = strconv.AppendInt(w.b, v, 10)
}

// stopped reports whether the writer writes no more: its stream failed,
// or its count passed max.
func (w *jsonWriter) stopped() bool {
	if w.count {
		return w.max > 0 && w.n > w.max
	}
	return w.out != nil && w.out.err != nil
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

// list writes key k and the elements of s as a JSON array (null for a nil
// slice), each with elem, handing the buffer to the encoder's stream
// between elements once it is full.
func list[T any](w *jsonWriter, k string, s []T, elem func(*jsonWriter, *T)) {
	w.key(k)
	if s == nil {
		w.raw("null")
		return
	}
	w.open('[')
	for i := range s {
		if w.stopped() {
			break // the stream failed or the count is over: nothing more is written
		}
		w.sep()
		elem(w, &s[i])
		if w.out != nil && len(w.b) >= flushSize {
			w.out.flush()
		}
	}
	w.close(']')
}

// listOmit is list for an omitempty field: nothing when s is empty.
func listOmit[T any](w *jsonWriter, k string, s []T, elem func(*jsonWriter, *T)) {
	if len(s) > 0 {
		list(w, k, s, elem)
	}
}

// indentSpaces is the indentation of the levels newline writes at once:
// a document is nested a few levels deep.
const indentSpaces = "                                "

// newline starts a line at the current depth, two spaces a level, when
// indenting.
func (w *jsonWriter) newline() {
	if !w.indent {
		return
	}
	n := 2 * w.depth
	if w.count {
		w.n += int64(1 + n)
		return
	}
	w.b = append(w.b, '\n')
	for n > len(indentSpaces) {
		w.b = append(w.b, indentSpaces...)
		n -= len(indentSpaces)
	}
	w.b = append(w.b, indentSpaces[:n]...)
}

func (w *jsonWriter) open(c byte) {
	w.byte1(c)
	w.depth++
	w.first = true
}

func (w *jsonWriter) close(c byte) {
	w.depth--
	if !w.first {
		w.newline()
	}
	w.byte1(c)
	w.first = false
}

// sep starts a member or element.
func (w *jsonWriter) sep() {
	if !w.first {
		w.byte1(',')
	}
	w.first = false
	w.newline()
}

func (w *jsonWriter) key(k string) {
	w.sep()
	if w.count {
		w.n += int64(len(k)) + 3 // "k":
		if w.indent {
			w.n++
		}
		return
	}
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':')
	if w.indent {
		w.b = append(w.b, ' ')
	}
}

func (w *jsonWriter) str(k, v string) {
	w.key(k)
	w.quoted(v)
}

func (w *jsonWriter) strOmit(k, v string) {
	if v != "" {
		w.str(k, v)
	}
}

func (w *jsonWriter) int(k string, v int) {
	w.key(k)
	w.integer(int64(v))
}

func (w *jsonWriter) intOmit(k string, v int) {
	if v != 0 {
		w.int(k, v)
	}
}

func (w *jsonWriter) bool(k string, v bool) {
	w.key(k)
	if v {
		w.raw("true")
	} else {
		w.raw("false")
	}
}

func (w *jsonWriter) strPtr(k string, v *string) {
	w.key(k)
	if v == nil {
		w.raw("null")
		return
	}
	w.quoted(*v)
}

func (w *jsonWriter) strPtrOmit(k string, v *string) {
	if v != nil {
		w.strPtr(k, v)
	}
}

func (w *jsonWriter) strings(k string, v []string) {
	list(w, k, v, (*jsonWriter).stringElem)
}

func (w *jsonWriter) stringsOmit(k string, v []string) {
	listOmit(w, k, v, (*jsonWriter).stringElem)
}

func (w *jsonWriter) stringElem(s *string) { w.quoted(*s) }

// argsOmit writes a warning's arguments as an object, its keys sorted (as
// encoding/json writes a map): an int as a number, a string as a string,
// anything else (diag makes none) as its fmt form.
func (w *jsonWriter) argsOmit(k string, args map[string]any) {
	if len(args) == 0 {
		return
	}
	names := make([]string, 0, len(args))
	for n := range args {
		names = append(names, n)
	}
	slices.Sort(names)
	w.key(k)
	w.open('{')
	for _, n := range names {
		w.key(n)
		switch v := args[n].(type) {
		case int:
			w.integer(int64(v))
		case string:
			w.quoted(v)
		default:
			w.quoted(fmt.Sprint(v))
		}
	}
	w.close('}')
}

// appendString appends s as a JSON string, escaping as encoding/json does
// with HTML escaping off: <, > and & stay readable ("<1件").
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if threeByteRune(s, i) { // most of a filing's text: needs no decoding
			if c == 0xE2 && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8 { // U+2028, U+2029
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hex[s[i+2]&0xf])
				start = i + 3
			}
			i += 3
			continue
		}
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// quotedLen is the length of what appendString appends for s.
func quotedLen(s string) int64 {
	n := int64(len(s)) + 2
	for i := 0; i < len(s); {
		c := s[i]
		if threeByteRune(s, i) {
			if c == 0xE2 && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8 {
				n += 3 // U+2028 and U+2029 become \u202x
			}
			i += 3
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c >= 0x20 && c != '"' && c != '\\':
			case c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t':
				n++ // \x
			default:
				n += 5 // \u00xx
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			n += 5 // one byte becomes \ufffd
		case r == '\u2028' || r == '\u2029':
			n += 3 // three bytes become \u202x
		}
		i += size
	}
	return n
}

// threeByteRune reports whether s holds at i a well-formed three-byte
// UTF-8 sequence led by E1–EC, EE or EF (U+1000–U+CFFF and U+E000–U+FFFF,
// Chinese among them), whose continuation bytes may be any of 80–BF: it
// is valid without decoding. E0 and ED, whose second byte is narrower,
// are left to utf8.DecodeRuneInString.
func threeByteRune(s string, i int) bool {
	c := s[i]
	return c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}
