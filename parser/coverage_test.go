package parser

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
)

// docStrings collects every string a document holds in a field.
func docStrings(d *model.Document) map[string]bool {
	set := map[string]bool{}
	add := func(ss ...string) {
		for _, s := range ss {
			set[s] = true
		}
	}
	labeled := func(l []model.LabeledText) {
		for _, x := range l {
			add(x.Text, x.Label)
			add(strings.Split(x.Label, "/")...)
		}
	}
	add(d.Overview.Title)
	for _, s := range d.Overview.Sections {
		add(s.Heading)
		add(s.Paragraphs...)
	}
	for _, p := range d.Projects {
		add(p.Title, p.Code, p.Name, p.Purpose, p.SpendingPlan.Label, p.Department.Code+p.Department.Name, p.Department.Name,
			p.Department.Code, p.Category, p.Period)
		if p.Implementer != nil {
			add(p.Implementer.Name, p.Implementer.Code+p.Implementer.Name)
		}
		for _, s := range []*string{p.Budget.Total, p.Budget.Fiscal, p.Budget.Other, p.Budget.Initial, p.Budget.Executed} {
			if s != nil {
				add(*s)
			}
		}
		labeled(p.Budget.Items)
		labeled(p.Attributes)
		for _, pt := range p.SpendingPlan.Points {
			add(pt.Period)
			if pt.Value != nil {
				add(*pt.Value)
			}
		}
		add(p.Goals...)
		add(p.LongTermGoals...)
		add(p.GoalResults...)
		for _, i := range p.Indicators {
			add(i.Level1, i.Level2, i.Name, i.Description, i.Value.Raw, i.Basis, i.Nature, i.Reason, i.Notes)
			labeled(i.ValueParts)
			if i.Actual != nil {
				add(i.Actual.Raw)
			}
			if i.Weight != nil {
				add(*i.Weight)
			}
			if i.Score != nil {
				add(*i.Score)
			}
			for _, o := range i.OtherValues {
				add(o.Value.Raw, o.Label)
			}
		}
	}
	return set
}

// TestNothingDropped walks every non-empty cell and paragraph of text
// exports — the seed, the template families, the real filings — and finds
// each one in a field of the document, as a label the extractor consumed,
// or in Unrecognized.
func TestNothingDropped(t *testing.T) {
	names := []string{"budget-2026.txt", "budget-2025.txt"}
	for _, dir := range []string{"families", "real/*"} {
		m, _ := filepath.Glob(filepath.Join("..", "testdata", dir, "*.txt"))
		m = slices.DeleteFunc(m, func(p string) bool { return filepath.Base(p) == "notes.txt" })
		for _, p := range m {
			rel, _ := filepath.Rel(filepath.Join("..", "testdata"), p)
			names = append(names, filepath.ToSlash(rel))
		}
	}
	require.Greater(t, len(names), 20)
	for _, name := range names {
		t.Run(name, func(t *testing.T) { checkNothingDropped(t, name) })
	}
}

func checkNothingDropped(t *testing.T, name string) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	doc, err := Parse(data, Options{})
	require.NoError(t, err)
	fields := docStrings(doc)
	unrec := map[int][]string{}
	for _, u := range doc.Unrecognized {
		unrec[u.Source.Line] = append(unrec[u.Source.Line], u.Text)
	}
	titles, warnings := "", ""
	for _, p := range doc.Projects {
		titles += p.Title + "\n"
	}
	for _, w := range doc.Warnings {
		warnings += w.Message + "\n"
	}
	var found func(text string, line int) bool
	found = func(text string, line int) bool {
		if fields[text] || slices.Contains(unrec[line], text) || slices.Contains(unrec[line], compactLabel(text)) ||
			strings.Contains(titles, stripAttachment(text)) {
			return true
		}
		if _, v, ok := strings.Cut(text, "："); ok && fields[v] {
			return true // "编制单位：某区城市管理局"
		}
		// a cell read in part (an amount with words after it) is named in full in a warning
		if strings.Contains(warnings, strings.ReplaceAll(text, ",", "")) || isSubtotal(text) || isBlockLabel(labelKey(text)) {
			return true
		}
		if d, ok := splitCodeName(text); ok && fields[d.Name] {
			return true
		}
		// a unit line: each of its parts
		if parts := strings.FieldsFunc(text, isSpace); len(parts) > 1 {
			all := true
			for _, p := range parts {
				all = all && found(p, line)
			}
			if all {
				return true
			}
		}
		key := labelKey(text)
		if _, _, ok := lookupLabel(key); ok {
			return true
		}
		if _, ok := columnRole(key); ok || gridLabel(key) != cNone || strings.Contains(key, "单位：") {
			return true
		}
		if _, ok := yearLine(text); ok {
			return true
		}
		if qualifierColumn(key) != cNone {
			return true
		}
		// a cell of label: value pairs, a goals cell: every part is in a field
		if fields[compactLabel(text)] {
			return true
		}
		goals := splitGoals(text)
		if len(goals) == 0 {
			return false
		}
		for _, g := range goals {
			if !fields[g] {
				return false
			}
		}
		return true
	}
	n := 0
	for _, b := range readText(string(data)) {
		if b.Para != nil {
			if s := clean(b.Para.Text); s != "" {
				n++
				assert.True(t, found(s, b.Para.Pos.Line), "line %d: paragraph %q is in no field and not in unrecognized", b.Para.Pos.Line, s)
			}
			continue
		}
		for _, row := range b.Table.Rows {
			for _, c := range row {
				if s := clean(c.Text); s != "" {
					n++
					assert.True(t, found(s, c.Pos.Line), "line %d: cell %q is in no field and not in unrecognized", c.Pos.Line, s)
				}
			}
		}
	}
	if name == "budget-2026.txt" {
		assert.Greater(t, n, 2000, "walked only %d non-empty cells and paragraphs; the seed has more", n)
	}
}
