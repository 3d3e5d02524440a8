package model

import (
	"strconv"
	"unicode/utf8"
)

// jsonWriter appends JSON to a byte slice, compact or indented exactly as
// encoding/json's Indent with two spaces does, so that the output of
// AppendJSON is byte for byte that of json.Encoder with SetIndent("", "  ")
// and SetEscapeHTML(false) (a test holds it to that).
type jsonWriter struct {
	b      []byte
	indent bool
	depth  int
	first  bool // no member written yet at this level
}

func (w *jsonWriter) newline() {
	if !w.indent {
		return
	}
	w.b = append(w.b, '\n')
	for i := 0; i < w.depth; i++ {
		w.b = append(w.b, ' ', ' ')
	}
}

func (w *jsonWriter) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.first = true
}

func (w *jsonWriter) close(c byte) {
	w.depth--
	if !w.first {
		w.newline()
	}
	w.b = append(w.b, c)
	w.first = false
}

// sep starts a member or element.
func (w *jsonWriter) sep() {
	if !w.first {
		w.b = append(w.b, ',')
	}
	w.first = false
	w.newline()
}

func (w *jsonWriter) key(k string) {
	w.sep()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':')
	if w.indent {
		w.b = append(w.b, ' ')
	}
}

func (w *jsonWriter) str(k, v string) {
	w.key(k)
	w.b = appendString(w.b, v)
}

func (w *jsonWriter) int(k string, v int) {
	w.key(k)
	w.b = strconv.AppendInt(w.b, int64(v), 10)
}

func (w *jsonWriter) bool(k string, v bool) {
	w.key(k)
	w.b = strconv.AppendBool(w.b, v)
}

func (w *jsonWriter) strPtr(k string, v *string) {
	w.key(k)
	if v == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = appendString(w.b, *v)
}

func (w *jsonWriter) strings(k string, v []string) {
	w.list(k, len(v), v == nil, func(i int) { w.b = appendString(w.b, v[i]) })
}

// list writes key: an array of n elements (null when isNil), calling elem
// for each after its separator.
func (w *jsonWriter) list(k string, n int, isNil bool, elem func(i int)) {
	w.key(k)
	if isNil {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('[')
	for i := 0; i < n; i++ {
		w.sep()
		elem(i)
	}
	w.close(']')
}

// textAt writes {"<k>": text, "source": pos}, the shape of unrecognized
// text and of warnings.
func (w *jsonWriter) textAt(k, text string, pos Pos) {
	w.open('{')
	w.str(k, text)
	w.pos("source", pos)
	w.close('}')
}

func (w *jsonWriter) pos(k string, p Pos) {
	w.key(k)
	w.open('{')
	if p.Line != 0 {
		w.int("line", p.Line)
	}
	if p.Page != 0 {
		w.int("page", p.Page)
	}
	if p.Sheet != "" {
		w.str("sheet", p.Sheet)
	}
	if p.Cell != "" {
		w.str("cell", p.Cell)
	}
	if p.Table != 0 {
		w.int("table", p.Table)
	}
	if p.Row != 0 {
		w.int("row", p.Row)
	}
	if p.Col != 0 {
		w.int("col", p.Col)
	}
	if p.Paragraph != 0 {
		w.int("paragraph", p.Paragraph)
	}
	w.close('}')
}

func (w *jsonWriter) department(k string, d Department) {
	w.key(k)
	w.open('{')
	w.str("code", d.Code)
	w.str("name", d.Name)
	w.close('}')
}

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
	w.close('}')
}

func (w *jsonWriter) project(p *Project) {
	w.open('{')
	w.int("index", p.Index)
	w.str("title", p.Title)
	w.str("code", p.Code)
	w.str("name", p.Name)
	w.department("department", p.Department)
	w.str("money_unit", p.MoneyUnit)
	w.key("budget")
	w.open('{')
	w.strPtr("total", p.Budget.Total)
	w.strPtr("fiscal", p.Budget.Fiscal)
	w.strPtr("other", p.Budget.Other)
	w.optStrPtr("initial", p.Budget.Initial)
	w.optStrPtr("executed", p.Budget.Executed)
	w.labeled("items", p.Budget.Items)
	w.close('}')
	w.str("purpose", p.Purpose)
	w.key("spending_plan")
	w.open('{')
	w.str("label", p.SpendingPlan.Label)
	w.str("unit", p.SpendingPlan.Unit)
	pts := p.SpendingPlan.Points
	w.list("points", len(pts), pts == nil, func(i int) {
		w.open('{')
		w.str("period", pts[i].Period)
		w.int("month", pts[i].Month)
		w.strPtr("value", pts[i].Value)
		w.close('}')
	})
	w.close('}')
	w.strings("goals", p.Goals)
	w.bool("classified", p.Classified)
	w.list("indicators", len(p.Indicators), p.Indicators == nil, func(i int) {
		ind := &p.Indicators[i]
		w.open('{')
		w.str("level1", ind.Level1)
		w.str("level2", ind.Level2)
		w.str("name", ind.Name)
		w.str("description", ind.Description)
		w.key("value")
		w.value(&ind.Value)
		w.str("basis", ind.Basis)
		w.pos("source", ind.Source)
		w.optStr("nature", ind.Nature)
		w.labeled("value_parts", ind.ValueParts)
		if len(ind.OtherValues) > 0 {
			ov := ind.OtherValues
			w.list("other_values", len(ov), false, func(i int) {
				w.open('{')
				w.str("role", string(ov[i].Role))
				w.str("label", ov[i].Label)
				w.key("value")
				w.value(&ov[i].Value)
				w.pos("source", ov[i].Source)
				w.close('}')
			})
		}
		if ind.Actual != nil {
			w.key("actual")
			w.value(ind.Actual)
		}
		w.optStrPtr("weight", ind.Weight)
		w.optStrPtr("score", ind.Score)
		w.optStr("reason", ind.Reason)
		w.optStr("notes", ind.Notes)
		w.close('}')
	})
	w.pos("source", p.Source)
	w.optStr("kind", string(p.Kind))
	if p.Implementer != nil {
		w.department("implementer", *p.Implementer)
	}
	w.optStr("category", p.Category)
	w.optStr("period", p.Period)
	if len(p.LongTermGoals) > 0 {
		w.strings("long_term_goals", p.LongTermGoals)
	}
	if len(p.GoalResults) > 0 {
		w.strings("goal_results", p.GoalResults)
	}
	w.labeled("attributes", p.Attributes)
	w.close('}')
}

// optStr writes key: v unless v is empty (an omitempty string).
func (w *jsonWriter) optStr(k, v string) {
	if v != "" {
		w.str(k, v)
	}
}

// optStrPtr writes key: *v unless v is nil (an omitempty pointer).
func (w *jsonWriter) optStrPtr(k string, v *string) {
	if v != nil {
		w.str(k, *v)
	}
}

// labeled writes key: [{"label", "text", "source"}…] unless v is empty.
func (w *jsonWriter) labeled(k string, v []LabeledText) {
	if len(v) == 0 {
		return
	}
	w.list(k, len(v), false, func(i int) {
		w.open('{')
		w.str("label", v[i].Label)
		w.str("text", v[i].Text)
		w.pos("source", v[i].Source)
		w.close('}')
	})
}

// AppendJSON appends the document's JSON to dst, indented with two spaces
// or compact, followed by a newline. It writes what encoding/json would,
// faster: no reflection, one pass, no re-validation of nested values.
func (d *Document) AppendJSON(dst []byte, indent bool) []byte {
	w := &jsonWriter{b: dst, indent: indent}
	w.open('{')
	w.str("schema_version", d.SchemaVersion)
	w.key("source")
	w.open('{')
	w.str("path", d.Source.Path)
	w.str("format", d.Source.Format)
	w.str("sha256", d.Source.SHA256)
	w.str("encoding", d.Source.Encoding)
	w.close('}')
	w.int("year", d.Year)
	w.department("department", d.Department)
	w.key("overview")
	w.open('{')
	w.str("title", d.Overview.Title)
	secs := d.Overview.Sections
	w.list("sections", len(secs), secs == nil, func(i int) {
		w.open('{')
		w.str("heading", secs[i].Heading)
		w.strings("paragraphs", secs[i].Paragraphs)
		w.close('}')
	})
	w.close('}')
	w.list("projects", len(d.Projects), d.Projects == nil, func(i int) { w.project(&d.Projects[i]) })
	w.list("unrecognized", len(d.Unrecognized), d.Unrecognized == nil, func(i int) {
		w.textAt("text", d.Unrecognized[i].Text, d.Unrecognized[i].Source)
	})
	w.list("warnings", len(d.Warnings), d.Warnings == nil, func(i int) {
		w.textAt("message", d.Warnings[i].Message, d.Warnings[i].Source)
	})
	w.close('}')
	return append(w.b, '\n')
}

// appendString appends s as a JSON string, escaping as encoding/json does
// with HTML escaping off: <, > and & stay readable ("<1件").
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
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
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
