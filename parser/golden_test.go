package parser

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
)

var update = flag.Bool("update", false, "update golden files")

// parseFile parses a file of ../testdata with its base name as path.
func parseFile(t testing.TB, name string) *model.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	doc, err := Parse(data, Options{Path: name})
	require.NoError(t, err, "Parse(%s)", name)
	return doc
}

func marshal(t testing.TB, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(v))
	return b.Bytes()
}

// TestGolden parses every filing in ../testdata and compares the JSON with
// NAME.golden.json; -update rewrites the golden files.
func TestGolden(t *testing.T) {
	var names []string
	for _, dir := range []string{"", "variants", "families"} {
		for _, pat := range []string{"*.txt", "*.docx", "*.html"} {
			m, _ := filepath.Glob(filepath.Join("..", "testdata", dir, pat))
			for _, p := range m {
				names = append(names, filepath.ToSlash(filepath.Join(dir, filepath.Base(p))))
			}
		}
	}
	require.GreaterOrEqual(t, len(names), 9, "the 6 fixtures and 3 variants at least")
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			got := marshal(t, parseFile(t, name))
			golden := filepath.Join("..", "testdata", name+".golden.json")
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./parser -update")
			assert.True(t, bytes.Equal(got, want), "%s differs from %s; run go test ./parser -update and review the diff\n%s", name, golden, firstDiff(got, want))
		})
	}
}

func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, al[i], bl[i])
		}
	}
	return "lengths differ"
}

// stripSources zeroes what differs between formats of one filing: the
// source block and every position.
func stripSources(d *model.Document) *model.Document {
	c := *d
	c.Source = model.Source{}
	c.Projects = append([]model.Project(nil), d.Projects...)
	for i := range c.Projects {
		p := &c.Projects[i]
		p.Source, p.GoalsSource = model.Pos{}, model.Pos{}
		p.Indicators = append([]model.Indicator(nil), p.Indicators...)
		for j := range p.Indicators {
			p.Indicators[j].Source = model.Pos{}
		}
	}
	c.Unrecognized = nil
	for _, u := range d.Unrecognized {
		c.Unrecognized = append(c.Unrecognized, model.Unrecognized{Text: u.Text})
	}
	c.Warnings = nil
	for _, w := range d.Warnings {
		c.Warnings = append(c.Warnings, model.Warning{Message: w.Message})
	}
	return &c
}

// TestFormatsAgree: the text export, DOCX and HTML of one filing give the
// same document, sources aside.
func TestFormatsAgree(t *testing.T) {
	for _, base := range []string{"budget-2026", "budget-2025"} {
		txt := stripSources(parseFile(t, base+".txt"))
		for _, ext := range []string{".docx", ".html"} {
			other := stripSources(parseFile(t, base+ext))
			if !reflect.DeepEqual(txt, other) {
				a, b := marshal(t, txt), marshal(t, other)
				assert.Fail(t, "formats differ", "%s.txt and %s%s differ:\n%s", base, base, ext, firstDiff(a, b))
			}
		}
	}
}

// TestReference compares the seed's parse with the hand-made reference
// reading, every field the reference has.
func TestReference(t *testing.T) {
	for _, c := range []struct{ file, ref string }{
		{"budget-2026.txt", "reference-2026.json"}, {"budget-2026.docx", "reference-2026.json"}, {"budget-2026.html", "reference-2026.json"},
		{"budget-2025.txt", "reference-2025.json"}, {"budget-2025.docx", "reference-2025.json"}, {"budget-2025.html", "reference-2025.json"},
	} {
		var got, want any
		require.NoError(t, json.Unmarshal(marshal(t, parseFile(t, c.file)), &got))
		data, err := os.ReadFile(filepath.Join("..", "testdata", c.ref))
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(data, &want))
		var bad []string
		n := compareRef(got, want, "$", &bad)
		assert.Empty(t, bad, "%s vs %s: %d of %d fields differ", c.file, c.ref, len(bad), n)
	}
}

// compareRef checks that every key of want is in got with an equal value.
func compareRef(got, want any, path string, bad *[]string) int {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			*bad = append(*bad, path+": not an object")
			return 1
		}
		n := 0
		for k, v := range w {
			n += compareRef(g[k], v, path+"."+k, bad)
		}
		return n
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			*bad = append(*bad, path+": list length differs")
			return 1
		}
		n := 1
		for i := range w {
			n += compareRef(g[i], w[i], path, bad)
		}
		return n
	}
	if !reflect.DeepEqual(got, want) {
		*bad = append(*bad, path+": got "+toString(got)+", want "+toString(want))
	}
	return 1
}

func toString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
