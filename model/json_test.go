package model_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
)

func encodingJSON(t *testing.T, v any, indent bool) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestAppendJSONMatchesEncodingJSON: the hand-written writer gives what
// encoding/json gives from the struct tags, byte for byte.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	for _, name := range []string{"budget-2026.txt", "budget-2026.docx", "budget-2025.html"} {
		data, err := os.ReadFile("../testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parser.Parse(data, parser.Options{Path: name})
		if err != nil {
			t.Fatal(err)
		}
		for _, indent := range []bool{true, false} {
			want := encodingJSON(t, d, indent)
			got := d.AppendJSON(nil, indent)
			if !bytes.Equal(got, want) {
				i := 0
				for i < len(got) && i < len(want) && got[i] == want[i] {
					i++
				}
				t.Errorf("%s indent=%v: differs at byte %d: got %.60q want %.60q", name, indent, i, got[i:], want[i:])
			}
		}
	}
	// odd strings and empty lists
	weird := "a\"b\\c\n\t\r\b\f\x01<>&\u2028\xff"
	d := &model.Document{Overview: model.Overview{Title: weird, Sections: []model.Section{}}, Projects: []model.Project{{Goals: []string{}, Indicators: []model.Indicator{{Value: model.Value{Raw: weird, Kind: model.KindQuantity, Warnings: []string{weird}}}}}}}
	for _, indent := range []bool{true, false} {
		if got, want := d.AppendJSON(nil, indent), encodingJSON(t, d, indent); !bytes.Equal(got, want) {
			t.Errorf("indent=%v:\n got %q\nwant %q", indent, got, want)
		}
	}
}

func TestValueJSON(t *testing.T) {
	v := model.Value{Raw: "<1件", Kind: model.KindQuantity, Op: "<", Number: "1", Unit: "件", Base: &model.Quantity{Number: "1", Unit: "件"}}
	b, _ := v.MarshalJSON()
	if string(b) != `{"raw":"<1件","kind":"quantity","op":"<","number":"1","unit":"件","base":{"number":"1","unit":"件"}}` {
		t.Errorf("got %s", b)
	}
	var back model.Value
	if err := json.Unmarshal(b, &back); err != nil || back.Number != "1" || back.Base.Unit != "件" {
		t.Errorf("round trip: %+v %v", back, err)
	}
	for _, v := range []model.Value{{Raw: "x", Kind: model.KindText}, {Raw: "进一步提高", Kind: model.KindQualitative, Direction: "improve"}, {Raw: "2025年底", Kind: model.KindDeadline, Date: "2025-12-31"}} {
		b, _ := v.MarshalJSON()
		if !json.Valid(b) {
			t.Errorf("invalid JSON %s", b)
		}
	}
}
