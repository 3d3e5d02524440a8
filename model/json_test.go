package model_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/alloctest"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
)

// encodingJSON is what encoding/json makes of v from the struct tags, the
// reference the hand-written writer is held to.
func encodingJSON(t *testing.T, v any, indent bool) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	require.NoError(t, enc.Encode(v))
	// the one place the writer departs from the struct: an unknown year
	// (0) is null, as every blank (the contract's "Additions")
	out := strings.ReplaceAll(b.String(), `"year": 0,`, `"year": null,`)
	return strings.ReplaceAll(out, `"year":0,`, `"year":null,`)
}

// tricky strings: escapes, HTML characters, line separators, invalid UTF-8.
var tricky = []string{"a\"b\\c\n\t\r\b\f\x01\x1f", "<1件>&", "\u2028\u2029", "\xff\xfe半", "≥90%", "x"}

// filler sets the fields of model values: every field when p is 1, none
// when p is 0, each with probability p otherwise.
type filler struct {
	r *rand.Rand
	p float64
}

func (f *filler) set() bool { return f.p >= 1 || (f.p > 0 && f.r.Float64() < f.p) }

func (f *filler) fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				f.fill(v.Field(i))
			}
		}
	case reflect.Pointer:
		if f.set() {
			v.Set(reflect.New(v.Type().Elem()))
			f.fill(v.Elem())
		}
	case reflect.Slice:
		if !f.set() {
			return // nil: null in JSON
		}
		n := 1 + f.r.Intn(2)
		if f.p < 1 && f.r.Intn(4) == 0 {
			n = 0 // empty, not nil: []
		}
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := 0; i < n; i++ {
			f.fill(v.Index(i))
		}
	case reflect.String:
		if f.set() {
			v.SetString(tricky[f.r.Intn(len(tricky))])
		}
	case reflect.Int:
		if f.set() {
			v.SetInt(int64(1 + f.r.Intn(3000)))
		}
	case reflect.Bool:
		if f.set() {
			v.SetBool(true)
		}
	case reflect.Map: // a warning's arguments: strings and ints, by name
		if !f.set() {
			return
		}
		m := reflect.MakeMap(v.Type())
		for i := 0; i < 1+f.r.Intn(3); i++ {
			name := []string{"project", "label", "unit"}[i]
			var arg any = tricky[f.r.Intn(len(tricky))]
			if i == 0 {
				arg = 1 + f.r.Intn(3000)
			}
			m.SetMapIndex(reflect.ValueOf(name), reflect.ValueOf(&arg).Elem())
		}
		v.Set(m)
	default:
		panic(fmt.Sprintf("filler: add a case for %s", v.Type()))
	}
}

var kinds = []model.Kind{model.KindQuantity, model.KindRange, model.KindDeadline, model.KindQualitative, model.KindClassified, model.KindText}

// filled makes a document with fields set as f says; its values are of
// the known kinds in turn.
func filled(f *filler) *model.Document {
	d := &model.Document{}
	f.fill(reflect.ValueOf(d).Elem())
	k := 0
	for i := range d.Projects {
		for j := range d.Projects[i].Indicators {
			d.Projects[i].Indicators[j].Value.Kind = kinds[k%len(kinds)]
			k++
		}
	}
	return d
}

// TestWriterMatchesEncodingJSON: for documents with every field set, none,
// and random ones in between, the hand-written writer gives what
// encoding/json gives from the struct tags, byte for byte. A field added to
// a struct but not to the writer fails here.
func TestWriterMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	docs := []*model.Document{filled(&filler{r: r, p: 1}), filled(&filler{r: r, p: 0})}
	for i := 0; i < 200; i++ {
		docs = append(docs, filled(&filler{r: r, p: 0.6}))
	}
	for i, d := range docs {
		for _, indent := range []bool{true, false} {
			require.Equal(t, encodingJSON(t, d, indent), string(d.AppendJSON(nil, indent)), "document %d, indent %v", i, indent)
		}
	}
}

// TestEncoder: one document, JSON Lines and an array come out as
// encoding/json writes them.
func TestEncoder(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	docs := []*model.Document{filled(&filler{r: r, p: 0.7}), filled(&filler{r: r, p: 0.7}), filled(&filler{r: r, p: 1})}
	encode := func(indent, array bool, docs []*model.Document) string {
		var b bytes.Buffer
		enc := model.NewEncoder(&b, indent, array)
		for _, d := range docs {
			require.NoError(t, enc.Encode(d))
		}
		require.NoError(t, enc.Close())
		return b.String()
	}
	assert.Equal(t, encodingJSON(t, docs[0], true), encode(true, false, docs[:1]))
	assert.Equal(t, encodingJSON(t, docs, true), encode(true, true, docs))
	assert.Equal(t, encodingJSON(t, docs, false), encode(false, true, docs))
	assert.Equal(t, "[]\n", encode(true, true, nil))
	var lines string
	for _, d := range docs {
		lines += encodingJSON(t, d, false)
	}
	assert.Equal(t, lines, encode(false, false, docs))
}

// chunks records the size of each write.
type chunks struct{ sizes []int }

func (c *chunks) Write(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	return len(p), nil
}

// TestEncoderStreams: a document of 3000 projects is handed to the stream
// in pieces whose size does not grow with the number of projects.
func TestEncoderStreams(t *testing.T) {
	doc := &model.Document{}
	f := &filler{r: rand.New(rand.NewSource(3)), p: 1}
	for i := 0; i < 3000; i++ {
		var p model.Project
		f.fill(reflect.ValueOf(&p).Elem())
		doc.Projects = append(doc.Projects, p)
	}
	var c chunks
	enc := model.NewEncoder(&c, true, false)
	require.NoError(t, enc.Encode(doc))
	total, largest := 0, 0
	for _, n := range c.sizes {
		total += n
		largest = max(largest, n)
	}
	assert.Equal(t, len(doc.AppendJSON(nil, true)), total)
	assert.Greater(t, len(c.sizes), 100, "written in one piece")
	assert.Less(t, largest, 64<<10, "a piece of %d bytes", largest)
}

// TestWriterWritesEveryField: with every field set and each value kind in
// turn, each json-tagged field of each model type appears in the output.
// This holds Value to its writer too (Value's MarshalJSON is the writer, so
// the comparison with encoding/json cannot).
func TestWriterWritesEveryField(t *testing.T) {
	d := filled(&filler{r: rand.New(rand.NewSource(4)), p: 1})
	for len(d.Projects[0].Indicators) < len(kinds) {
		d.Projects[0].Indicators = append(d.Projects[0].Indicators, d.Projects[0].Indicators[0])
	}
	for i, k := range kinds {
		d.Projects[0].Indicators[i].Value.Kind = k
	}
	var out any
	require.NoError(t, json.Unmarshal(d.AppendJSON(nil, false), &out))
	seen := map[reflect.Type]map[string]bool{}
	markKeys(reflect.TypeOf(*d), out, seen)
	for tp, keys := range seen {
		for _, name := range jsonFields(tp) {
			assert.True(t, keys[name], "%s field %q is never written", tp.Name(), name)
		}
	}
	assert.Contains(t, seen, reflect.TypeOf(model.Value{}))
}

// markKeys records, per Go struct type, the keys its JSON objects carry.
func markKeys(tp reflect.Type, j any, seen map[reflect.Type]map[string]bool) {
	for tp.Kind() == reflect.Pointer {
		tp = tp.Elem()
	}
	switch tp.Kind() {
	case reflect.Slice:
		for _, e := range asList(j) {
			markKeys(tp.Elem(), e, seen)
		}
	case reflect.Struct:
		m, _ := j.(map[string]any)
		if seen[tp] == nil {
			seen[tp] = map[string]bool{}
		}
		for i := 0; i < tp.NumField(); i++ {
			name := jsonName(tp.Field(i))
			if v, ok := m[name]; ok && name != "" {
				seen[tp][name] = true
				markKeys(tp.Field(i).Type, v, seen)
			}
		}
	}
}

func asList(j any) []any { l, _ := j.([]any); return l }

// jsonName is the key of a struct field in JSON, "" when it has none.
func jsonName(f reflect.StructField) string {
	name := strings.Split(f.Tag.Get("json"), ",")[0]
	if !f.IsExported() || name == "-" {
		return ""
	}
	if name == "" {
		return f.Name
	}
	return name
}

func jsonFields(tp reflect.Type) []string {
	var out []string
	for i := 0; i < tp.NumField(); i++ {
		if name := jsonName(tp.Field(i)); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// TestSeedMatchesEncodingJSON: the real filings too.
func TestSeedMatchesEncodingJSON(t *testing.T) {
	for _, name := range []string{"budget-2026.txt", "budget-2026.docx", "budget-2025.html"} {
		data, err := os.ReadFile("../testdata/" + name)
		require.NoError(t, err)
		d, err := parser.Parse(data, parser.Options{Path: name})
		require.NoError(t, err)
		for _, indent := range []bool{true, false} {
			assert.Equal(t, encodingJSON(t, d, indent), string(d.AppendJSON(nil, indent)), "%s indent=%v", name, indent)
		}
	}
}

func TestValueJSON(t *testing.T) {
	v := model.Value{Raw: "<1件", Kind: model.KindQuantity, Op: "<", Number: "1", Unit: "件", Base: &model.Quantity{Number: "1", Unit: "件"}}
	b, err := v.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, `{"raw":"<1件","kind":"quantity","op":"<","number":"1","unit":"件","base":{"number":"1","unit":"件"}}`, string(b))
	var back model.Value
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, v, back)
	// a change in percentage points: a quantity with its direction
	c := model.Value{Raw: "下降1个百分点", Kind: model.KindQuantity, Op: "=", Number: "1", Unit: "个百分点", Base: &model.Quantity{Number: "1", Unit: "个百分点"}, Direction: model.DirReduce}
	b, err = c.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, `{"raw":"下降1个百分点","kind":"quantity","op":"=","number":"1","unit":"个百分点","base":{"number":"1","unit":"个百分点"},"direction":"reduce"}`, string(b))
	for _, v := range []model.Value{{Raw: "x", Kind: model.KindText}, {Raw: "进一步提高", Kind: model.KindQualitative, Direction: "improve"}, {Raw: "2025年底", Kind: model.KindDeadline, Date: "2025-12-31"}, c} {
		b, err := v.MarshalJSON()
		require.NoError(t, err)
		var back model.Value
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, v, back)
	}
}

// TestUnknownYearIsNull: a document whose year is unknown (0) says null,
// never 0; a known year is a number.
func TestUnknownYearIsNull(t *testing.T) {
	d := &model.Document{SchemaVersion: "1"}
	assert.Contains(t, string(d.AppendJSON(nil, false)), `"year":null,`)
	d.Year = 2026
	assert.Contains(t, string(d.AppendJSON(nil, false)), `"year":2026,`)
}

// TestJSONSize: the size counted is the indented JSON's, byte for byte,
// for documents with every field set, none and random ones; a bound below
// it gives a number above the bound.
func TestJSONSize(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	docs := []*model.Document{filled(&filler{r: r, p: 1}), filled(&filler{r: r, p: 0})}
	for i := 0; i < 50; i++ {
		docs = append(docs, filled(&filler{r: r, p: 0.6}))
	}
	for i, d := range docs {
		n := int64(len(d.AppendJSON(nil, true)))
		assert.Equal(t, n, d.JSONSize(0), "document %d", i)
		assert.Equal(t, n, d.JSONSize(n), "document %d, bound %d", i, n)
		assert.Greater(t, d.JSONSize(n-1), n-1, "document %d, bound %d", i, n-1)
	}
}

// TestJSONSizeHoldsNothing: a document whose 20 000 indicators share one
// 100 KB label (2 GB of JSON) is counted past a 1 MiB bound without
// holding its JSON.
func TestJSONSizeHoldsNothing(t *testing.T) {
	label := strings.Repeat("产", 100<<10/3)
	p := model.Project{Indicators: make([]model.Indicator, 20000)}
	for i := range p.Indicators {
		p.Indicators[i].Level1 = label
	}
	d := &model.Document{Projects: []model.Project{p}}
	var n int64
	allocated := alloctest.Bytes(func() { n = d.JSONSize(1 << 20) })
	assert.Greater(t, n, int64(1<<20))
	assert.Less(t, allocated, uint64(4<<20), "bytes allocated")
}

// TestJSONSizeAllocatesNothing: counting a document allocates the
// writer and nothing else (the arguments of warnings aside, whose keys are
// sorted), however large the document: ChargeDocument counts every
// document parsed.
func TestJSONSizeAllocatesNothing(t *testing.T) {
	p := model.Project{Name: "农村饮水安全工程", Indicators: make([]model.Indicator, 200)}
	for i := range p.Indicators {
		p.Indicators[i].Level1, p.Indicators[i].Name = "产出指标", "受益群众满意度"
		p.Indicators[i].Value = model.Value{Raw: "≥95%", Kind: model.KindQuantity, Op: ">=", Number: "95", Unit: "%", Base: &model.Quantity{Number: "95", Unit: "%"}}
	}
	d := &model.Document{Year: 2026, Projects: []model.Project{p}}
	assert.LessOrEqual(t, testing.AllocsPerRun(5, func() { d.JSONSize(0) }), 1.0)
}
