package model_test

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(model.Schema))
	require.NoError(t, err, "schema is not JSON")
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("schema.json", doc))
	s, err := c.Compile("schema.json")
	require.NoError(t, err, "schema does not compile")
	return s
}

func seedJSON(t *testing.T, name string) any {
	t.Helper()
	data, err := os.ReadFile("../testdata/" + name)
	require.NoError(t, err)
	d, err := parser.Parse(data, parser.Options{Path: name})
	require.NoError(t, err)
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(d.AppendJSON(nil, false)))
	require.NoError(t, err)
	return v
}

func TestSeedValidates(t *testing.T) {
	s := compileSchema(t)
	for _, name := range []string{"budget-2026.txt", "budget-2026.docx", "budget-2026.html", "budget-2025.docx"} {
		assert.NoError(t, s.Validate(seedJSON(t, name)), name)
	}
}

func TestWrongTypesFail(t *testing.T) {
	s := compileSchema(t)
	breakers := []func(m map[string]any){
		func(m map[string]any) { m["year"] = "2026" },
		func(m map[string]any) { proj(m)["budget"].(map[string]any)["total"] = 6.16 },
		func(m map[string]any) { proj(m)["classified"] = "no" },
		func(m map[string]any) { ind(m)["value"].(map[string]any)["kind"] = "number" },
		func(m map[string]any) { delete(ind(m)["value"].(map[string]any), "base") },
		func(m map[string]any) { ind(m)["value"].(map[string]any)["number"] = "十一" },
		func(m map[string]any) { m["extra"] = true },
	}
	for i, br := range breakers {
		m := seedJSON(t, "budget-2026.txt").(map[string]any)
		br(m)
		assert.Error(t, s.Validate(m), "breaker %d: a wrong document validated", i)
	}
}

func proj(m map[string]any) map[string]any { return m["projects"].([]any)[0].(map[string]any) }
func ind(m map[string]any) map[string]any {
	return proj(m)["indicators"].([]any)[0].(map[string]any)
}

// TestSchemaMatchesTypes walks the model types and schema.json side by
// side: each struct's object lists exactly its json fields as properties,
// requires exactly those that are not omitempty, and allows no others. A
// field added to a type but not to the schema (or the reverse) fails here.
func TestSchemaMatchesTypes(t *testing.T) {
	var root map[string]any
	require.NoError(t, json.Unmarshal(model.Schema, &root))
	defs, _ := root["$defs"].(map[string]any)
	resolve := func(s map[string]any) map[string]any {
		if ref, ok := s["$ref"].(string); ok {
			d, _ := defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
			require.NotNil(t, d, "unresolved %s", ref)
			return d
		}
		return s
	}
	var walk func(tp reflect.Type, s map[string]any, path string)
	walk = func(tp reflect.Type, s map[string]any, path string) {
		s = resolve(s)
		for tp.Kind() == reflect.Pointer {
			tp = tp.Elem()
		}
		switch tp.Kind() {
		case reflect.Slice:
			items, ok := s["items"].(map[string]any)
			require.True(t, ok, "%s: the schema has no items for a list", path)
			walk(tp.Elem(), items, path+"[]")
		case reflect.Struct:
			props, ok := s["properties"].(map[string]any)
			require.True(t, ok, "%s: the schema has no properties for %s", path, tp.Name())
			var names, required []string
			for i := 0; i < tp.NumField(); i++ {
				f := tp.Field(i)
				name := jsonName(f)
				if name == "" {
					continue
				}
				names = append(names, name)
				if tag := f.Tag.Get("json"); !strings.Contains(tag, ",omitempty") && !strings.Contains(tag, ",omitzero") {
					required = append(required, name)
				}
				if p, ok := props[name].(map[string]any); ok {
					walk(f.Type, p, path+"."+name)
				}
			}
			assert.ElementsMatch(t, names, keys(props), "%s (%s): properties", path, tp.Name())
			req, _ := s["required"].([]any)
			assert.ElementsMatch(t, required, strs(req), "%s (%s): required", path, tp.Name())
			assert.Equal(t, false, s["additionalProperties"], "%s (%s): additionalProperties", path, tp.Name())
		}
	}
	walk(reflect.TypeOf(model.Document{}), root, "$")
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func strs(l []any) []string {
	var out []string
	for _, v := range l {
		s, _ := v.(string)
		out = append(out, s)
	}
	return out
}
