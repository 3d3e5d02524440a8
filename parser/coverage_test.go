package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/perfdoc/perfdoc/model"
)

// docStrings collects every string a document holds in a field.
func docStrings(d *model.Document) map[string]bool {
	set := map[string]bool{}
	add := func(s string) { set[s] = true }
	add(d.Overview.Title)
	for _, s := range d.Overview.Sections {
		add(s.Heading)
		for _, p := range s.Paragraphs {
			add(p)
		}
	}
	for _, p := range d.Projects {
		for _, s := range []string{p.Title, p.Code, p.Name, p.Purpose, p.SpendingPlan.Label, p.Department.Code + p.Department.Name} {
			add(s)
		}
		for _, s := range []*string{p.Budget.Total, p.Budget.Fiscal, p.Budget.Other} {
			if s != nil {
				add(*s)
			}
		}
		for _, pt := range p.SpendingPlan.Points {
			add(pt.Period)
			if pt.Value != nil {
				add(*pt.Value)
			}
		}
		for _, g := range p.Goals {
			add(g)
		}
		for _, i := range p.Indicators {
			for _, s := range []string{i.Level1, i.Level2, i.Name, i.Description, i.Value.Raw, i.Basis} {
				add(s)
			}
		}
	}
	return set
}

// TestNothingDropped walks every non-empty cell and paragraph of the seed
// text export and finds each one in a field of the document, as a label the
// extractor consumed, or in Unrecognized.
func TestNothingDropped(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "budget-2026.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fields := docStrings(doc)
	unrec := map[int]string{}
	for _, u := range doc.Unrecognized {
		unrec[u.Source.Line] = u.Text
	}
	titles := map[string]bool{}
	for _, p := range doc.Projects {
		titles[p.Title] = true
	}
	found := func(text string, line int) bool {
		if fields[text] || unrec[line] == text {
			return true
		}
		key := labelKey(text)
		if _, ok := headerLabels[key]; ok {
			return true
		}
		if gridLabel(key) != cNone || isSpendingLabel(key) || strings.HasPrefix(key, "单位：") {
			return true
		}
		if _, title, ok := projectTitle(text); ok && titles[title] {
			return true
		}
		// a goals cell: every goal of it is a goal of the document
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
				if !found(s, b.Para.Pos.Line) {
					t.Errorf("line %d: paragraph %q is in no field and not in unrecognized", b.Para.Pos.Line, s)
				}
			}
			continue
		}
		for _, row := range b.Table.Rows {
			for _, c := range row {
				if s := clean(c.Text); s != "" {
					n++
					if !found(s, c.Pos.Line) {
						t.Errorf("line %d: cell %q is in no field and not in unrecognized", c.Pos.Line, s)
					}
				}
			}
		}
	}
	if n < 2000 {
		t.Errorf("walked only %d non-empty cells and paragraphs; the seed has more", n)
	}
}
