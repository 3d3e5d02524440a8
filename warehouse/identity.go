package warehouse

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"reflect"
	"strings"
	"sync"

	"github.com/perfdoc/perfdoc/model"
)

var (
	posType    = reflect.TypeOf(model.Pos{})
	sourceType = reflect.TypeOf(model.Source{})
	valueType  = reflect.TypeOf(model.Value{})
)

// Identity is the content identity of a parsed filing: a sha256 over
// everything the filing says — year, department, overview, projects with
// their indicators, unrecognized text — and nothing about where it was read
// from: no Source, no position (every model.Pos is left out), no parser
// warnings and no value's warnings (their words follow a language, their
// codes how perfdoc reads, not what the filing says). So the same filing exported as text, DOCX and HTML has one
// identity, while two filings that differ by one paragraph have two.
//
// Fields are hashed by their JSON names and zero values are left out, so a
// field added to the model later does not change the identity of filings
// that do not use it.
func Identity(d *model.Document) string {
	w := identityHasher{h: sha256.New(), buf: make([]byte, 0, identityChunk)}
	v := reflect.ValueOf(d).Elem()
	for _, f := range fieldsOf(v.Type()) {
		switch f.goName {
		case "SchemaVersion", "Warnings":
			continue
		}
		w.field(f, v.Field(f.index))
	}
	w.flush()
	return hex.EncodeToString(w.h.Sum(nil))
}

// identityChunk is how many bytes identityHasher gathers before handing
// them to the hash: one call per chunk instead of one per field.
const identityChunk = 4 << 10

// identityHasher feeds the hash the bytes Identity hashes, gathered in
// buf.
type identityHasher struct {
	h   hash.Hash
	buf []byte
}

func (w *identityHasher) flush() {
	w.h.Write(w.buf)
	w.buf = w.buf[:0]
}

func (w *identityHasher) grown() {
	if len(w.buf) >= identityChunk {
		w.flush()
	}
}

// identityField is what Identity needs of one struct field, found once
// per type (fieldsOf).
type identityField struct {
	index  int
	goName string
	name   string // the JSON name, or the Go name without one
	skip   bool   // never hashed: a position, a source, unexported, or a value's warnings
}

// identityFields holds fieldsOf's answers by struct type.
var identityFields sync.Map

// fieldsOf returns the fields of struct type t as Identity reads them.
func fieldsOf(t reflect.Type) []identityField {
	if fs, ok := identityFields.Load(t); ok {
		return fs.([]identityField)
	}
	fs := make([]identityField, t.NumField())
	for i := range fs {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" {
			name = f.Name
		}
		fs[i] = identityField{index: i, goName: f.Name, name: name,
			skip: f.Type == posType || f.Type == sourceType || !f.IsExported() || t == valueType && (f.Name == "Warnings" || f.Name == "Diagnostics")}
	}
	identityFields.Store(t, fs)
	return fs
}

func (w *identityHasher) field(f identityField, v reflect.Value) {
	if f.skip || v.IsZero() {
		return
	}
	w.string('F', f.name)
	w.value(v)
}

func (w *identityHasher) string(tag byte, s string) {
	w.buf = append(w.buf, tag)
	w.buf = binary.BigEndian.AppendUint64(w.buf, uint64(len(s)))
	w.buf = append(w.buf, s...)
	w.grown()
}

func (w *identityHasher) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		w.string('S', v.String())
	case reflect.Bool, reflect.Int, reflect.Int64, reflect.Int32:
		n := int64(0)
		if v.Kind() == reflect.Bool {
			if v.Bool() {
				n = 1
			}
		} else {
			n = v.Int()
		}
		w.buf = append(w.buf, 'I')
		w.buf = binary.BigEndian.AppendUint64(w.buf, uint64(n))
		w.grown()
	case reflect.Pointer:
		if v.IsNil() {
			w.buf = append(w.buf, 'N')
			return
		}
		w.value(v.Elem())
	case reflect.Slice:
		w.buf = append(w.buf, 'L')
		w.buf = binary.BigEndian.AppendUint64(w.buf, uint64(v.Len()))
		for k := 0; k < v.Len(); k++ {
			w.value(v.Index(k))
		}
	case reflect.Struct:
		w.buf = append(w.buf, '{')
		for _, f := range fieldsOf(v.Type()) {
			w.field(f, v.Field(f.index))
		}
		w.buf = append(w.buf, '}')
		w.grown()
	case reflect.Map:
		panic("BUG: warehouse: Identity cannot hash a map (" + v.Type().String() + "); give it an order")
	default:
		w.string('X', v.String())
	}
}
