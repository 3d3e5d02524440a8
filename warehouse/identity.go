package warehouse

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"reflect"
	"strings"

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
	h := sha256.New()
	v := reflect.ValueOf(d).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		switch t.Field(i).Name {
		case "SchemaVersion", "Warnings":
			continue
		}
		hashField(h, t.Field(i), v.Field(i))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func hashField(h hash.Hash, f reflect.StructField, v reflect.Value) {
	if f.Type == posType || f.Type == sourceType || !f.IsExported() || v.IsZero() {
		return
	}
	name := strings.Split(f.Tag.Get("json"), ",")[0]
	if name == "" {
		name = f.Name
	}
	hashString(h, 'F', name)
	hashValue(h, v)
}

func hashString(h hash.Hash, tag byte, s string) {
	var b [9]byte
	b[0] = tag
	binary.BigEndian.PutUint64(b[1:], uint64(len(s)))
	h.Write(b[:])
	h.Write([]byte(s))
}

func hashValue(h hash.Hash, v reflect.Value) {
	var b [9]byte
	switch v.Kind() {
	case reflect.String:
		hashString(h, 'S', v.String())
	case reflect.Bool, reflect.Int, reflect.Int64, reflect.Int32:
		n := int64(0)
		if v.Kind() == reflect.Bool {
			if v.Bool() {
				n = 1
			}
		} else {
			n = v.Int()
		}
		b[0] = 'I'
		binary.BigEndian.PutUint64(b[1:], uint64(n))
		h.Write(b[:])
	case reflect.Pointer:
		if v.IsNil() {
			h.Write([]byte{'N'})
			return
		}
		hashValue(h, v.Elem())
	case reflect.Slice:
		b[0] = 'L'
		binary.BigEndian.PutUint64(b[1:], uint64(v.Len()))
		h.Write(b[:])
		for k := 0; k < v.Len(); k++ {
			hashValue(h, v.Index(k))
		}
	case reflect.Struct:
		h.Write([]byte{'{'})
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if t == valueType && (t.Field(i).Name == "Warnings" || t.Field(i).Name == "Diagnostics") {
				continue
			}
			hashField(h, t.Field(i), v.Field(i))
		}
		h.Write([]byte{'}'})
	case reflect.Map:
		panic("BUG: warehouse: Identity cannot hash a map (" + v.Type().String() + "); give it an order")
	default:
		hashString(h, 'X', v.String())
	}
}
