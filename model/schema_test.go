package model_test

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(model.Schema))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("schema.json")
	if err != nil {
		t.Fatalf("schema does not compile: %v", err)
	}
	return s
}

func seedJSON(t *testing.T, name string) any {
	t.Helper()
	data, err := os.ReadFile("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	d, err := parser.Parse(data, parser.Options{Path: name})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(d)
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestSeedValidates(t *testing.T) {
	s := compileSchema(t)
	for _, name := range []string{"budget-2026.txt", "budget-2026.docx", "budget-2026.html", "budget-2025.docx"} {
		if err := s.Validate(seedJSON(t, name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
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
		if err := s.Validate(m); err == nil {
			t.Errorf("breaker %d: a wrong document validated", i)
		}
	}
}

func proj(m map[string]any) map[string]any { return m["projects"].([]any)[0].(map[string]any) }
func ind(m map[string]any) map[string]any {
	return proj(m)["indicators"].([]any)[0].(map[string]any)
}

// TestSchemaCoversTypes: every JSON field of the model types is a property
// somewhere in the schema, so the two cannot drift apart silently.
func TestSchemaCoversTypes(t *testing.T) {
	schema := string(model.Schema)
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(tp reflect.Type) {
		for tp.Kind() == reflect.Pointer || tp.Kind() == reflect.Slice {
			tp = tp.Elem()
		}
		if tp.Kind() != reflect.Struct || seen[tp] {
			return
		}
		seen[tp] = true
		for i := 0; i < tp.NumField(); i++ {
			f := tp.Field(i)
			name := strings.Split(f.Tag.Get("json"), ",")[0]
			if name == "" || name == "-" {
				continue
			}
			if !strings.Contains(schema, `"`+name+`"`) {
				t.Errorf("%s.%s (%q) is not in schema.json", tp.Name(), f.Name, name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(model.Document{}))
}
