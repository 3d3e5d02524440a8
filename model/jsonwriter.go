package model

import (
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"
)

// The JSON writer's primitives: a key, a string, a number, a list, the
// indentation encoding/json's Indent writes, and the quoting of strings as
// encoding/json quotes them with HTML escaping off. json.go writes the
// model's types with them.

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
