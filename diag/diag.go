package diag

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/perfdoc/perfdoc/model"
)

// Lang is a language of the messages.
type Lang string

// The languages of the catalogue. Chinese is the default: a Lang that is
// not English is Chinese.
const (
	Chinese Lang = "zh"
	English Lang = "en"
)

// Words are one text in Chinese and in English.
type Words struct {
	ZH, EN string
}

// In returns the words in lang.
func (w Words) In(lang Lang) string {
	if lang == English {
		return w.EN
	}
	return w.ZH
}

// Entry is one warning of the catalogue: its code, its arguments by name
// (in the order New takes them; "name:term" is a key of the term table,
// "name:op" a comparator), and its texts, which name the arguments in
// braces ({name}, or {name:q} for the argument quoted).
type Entry struct {
	Code string
	Args []string
	ZH   string
	EN   string
	// Value is set for a value's warning (model.Value.Diagnostics) rather
	// than a document's (model.Document.Warnings).
	Value bool
}

// Text returns the entry's text in lang.
func (e *Entry) Text(lang Lang) string {
	return Words{ZH: e.ZH, EN: e.EN}.In(lang)
}

// ArgNames returns the names of the entry's arguments, without their kind.
func (e *Entry) ArgNames() []string {
	names := make([]string, len(e.Args))
	for i, a := range e.Args {
		names[i], _, _ = strings.Cut(a, ":")
	}
	return names
}

// kind returns the kind an argument is declared with ("", "term", "op").
func (e *Entry) kind(name string) string {
	for _, a := range e.Args {
		if n, k, _ := strings.Cut(a, ":"); n == name {
			return k
		}
	}
	return ""
}

// Catalogue returns every entry, in the order the docs list them. The
// entries are shared: a caller must not change them.
func Catalogue() []Entry { return catalogue }

// byCode indexes the catalogue, built on first use so that linking the
// package costs a program nothing before main.
var byCode = sync.OnceValue(func() map[string]*Entry {
	m := make(map[string]*Entry, len(catalogue))
	for i := range catalogue {
		m[catalogue[i].Code] = &catalogue[i]
	}
	return m
})

// Lookup returns the entry of code.
func Lookup(code string) (*Entry, bool) {
	e, ok := byCode()[code]
	return e, ok
}

// Term returns the words of a term key, and whether the table has it.
func Term(key string) (Words, bool) {
	w, ok := terms[key]
	return w, ok
}

// Terms returns the keys of the term table.
func Terms() []string {
	keys := make([]string, 0, len(terms))
	for k := range terms {
		keys = append(keys, k)
	}
	return keys
}

// args names the positional arguments of a code as its entry declares
// them. An int or a string is kept as it is; any other argument is stored
// as its text (a model.Op as ">=", a fmt.Stringer by its String).
// Arguments past the declared ones are kept as arg4, arg5 … (TestCallSites
// holds the call sites to the catalogue, so none are).
func args(code string, list []any) map[string]any {
	if len(list) == 0 {
		return nil
	}
	var declared []string
	if e, ok := Lookup(code); ok {
		declared = e.Args
	}
	m := make(map[string]any, len(list))
	for i, a := range list {
		var name string
		if i < len(declared) {
			name, _, _ = strings.Cut(declared[i], ":")
		} else {
			name = "arg" + strconv.Itoa(i+1)
		}
		switch v := a.(type) {
		case int, string:
			m[name] = a // already boxed by the call
		case int64:
			m[name] = int(v)
		case model.Op:
			m[name] = string(v)
		case fmt.Stringer:
			m[name] = v.String()
		default:
			m[name] = fmt.Sprint(v)
		}
	}
	return m
}

// New makes a document's warning of code at pos, its arguments given in
// the order the catalogue declares them, its message in Chinese.
func New(pos model.Pos, code string, list ...any) model.Warning {
	a := args(code, list)
	return model.Warning{Code: code, Args: a, Message: Render(Chinese, code, a), Source: pos}
}

// AddValue adds a warning of code to v: a Diagnostic and its message in
// Chinese.
func AddValue(v *model.Value, code string, list ...any) {
	d := Value(code, list...)
	v.Diagnostics = append(v.Diagnostics, d)
	v.Warnings = append(v.Warnings, Render(Chinese, d.Code, d.Args))
}

// Value makes a value's diagnostic of code (AddValue adds it to a value
// with its message).
func Value(code string, list ...any) model.Diagnostic {
	return model.Diagnostic{Code: code, Args: args(code, list)}
}

// Render puts a warning into words in lang. A code the catalogue does not
// know renders as the code and its arguments, so that nothing is lost.
func Render(lang Lang, code string, args map[string]any) string {
	e, ok := Lookup(code)
	if !ok {
		var b strings.Builder
		b.WriteString(code)
		for _, k := range sortedKeys(args) {
			fmt.Fprintf(&b, " %s=%v", k, args[k])
		}
		return b.String()
	}
	return e.render(lang, args)
}

// render fills the entry's text in lang with args: one allocation for the
// message, as fmt.Sprintf makes.
func (e *Entry) render(lang Lang, args map[string]any) string {
	text := e.Text(lang)
	if strings.IndexByte(text, '{') < 0 {
		return text
	}
	var stack [256]byte
	b := stack[:0]
	for {
		open := strings.IndexByte(text, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(text[open:], '}')
		if end < 0 {
			break
		}
		b = append(b, text[:open]...)
		name, quote := strings.CutSuffix(text[open+1:open+end], ":q")
		if v, ok := args[name]; ok {
			b = e.appendWord(b, lang, name, v, quote)
		} else {
			b = append(b, text[open:open+end+1]...)
		}
		text = text[open+end+1:]
	}
	b = append(b, text...)
	return string(b)
}

// opsZH writes comparators as the filings do.
var opsZH = strings.NewReplacer(">=", "≥", "<=", "≤")

// appendWord appends one argument, quoted when asked: a term in lang, a
// comparator as Chinese writes it, an int in decimal, anything else as it
// is.
func (e *Entry) appendWord(b []byte, lang Lang, name string, v any, quote bool) []byte {
	var s string
	switch v := v.(type) {
	case int:
		return strconv.AppendInt(b, int64(v), 10)
	case string:
		s = v
	default:
		s = fmt.Sprint(v)
	}
	switch e.kind(name) {
	case "term":
		if w, ok := terms[s]; ok {
			s = w.In(lang)
		}
	case "op":
		if lang != English {
			s = opsZH.Replace(s)
		}
	}
	if quote {
		return strconv.AppendQuote(b, s)
	}
	return append(b, s...)
}

// Message renders a document's warning in lang; a warning without a code
// (made before the catalogue) keeps its message.
func Message(w *model.Warning, lang Lang) string {
	if w.Code == "" {
		return w.Message
	}
	return Render(lang, w.Code, w.Args)
}

// Localize renders every warning of doc, and of each of its values, in
// lang.
func Localize(doc *model.Document, lang Lang) {
	for i := range doc.Warnings {
		doc.Warnings[i].Message = Message(&doc.Warnings[i], lang)
	}
	for i := range doc.Projects {
		p := &doc.Projects[i]
		for j := range p.Indicators {
			ind := &p.Indicators[j]
			LocalizeValue(&ind.Value, lang)
			if ind.Actual != nil {
				LocalizeValue(ind.Actual, lang)
			}
			for k := range ind.OtherValues {
				LocalizeValue(&ind.OtherValues[k].Value, lang)
			}
		}
	}
}

// LocalizeValue renders v's warnings in lang from its diagnostics. A value
// whose warnings are not one for each diagnostic is left as it is.
func LocalizeValue(v *model.Value, lang Lang) {
	if len(v.Diagnostics) != len(v.Warnings) {
		return
	}
	for i := range v.Diagnostics {
		v.Warnings[i] = Render(lang, v.Diagnostics[i].Code, v.Diagnostics[i].Args)
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
