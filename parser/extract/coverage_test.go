package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
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
		m, _ := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*.txt"))
		// The sixteen shared real filings only: the second corpus (17 and
		// up) is scored by internal/realscore, its source.txt pages are
		// captures, not filings.
		m = slices.DeleteFunc(m, func(p string) bool {
			d := filepath.Base(filepath.Dir(p))
			return filepath.Base(p) == "notes.txt" || (dir == "real/*" && d[:2] > "16")
		})
		for _, p := range m {
			rel, _ := filepath.Rel(filepath.Join("..", "..", "testdata"), p)
			names = append(names, filepath.ToSlash(rel))
		}
	}
	require.Greater(t, len(names), 20)
	for _, name := range names {
		t.Run(name, func(t *testing.T) { checkNothingDropped(t, name) })
	}
}

func checkNothingDropped(t *testing.T, name string) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	require.NoError(t, err)
	dec, _, err := layout.Decode(data)
	require.NoError(t, err)
	doc := Extract(text.Read(string(dec)), layout.Limits{}) // as parser.Parse reads a text export
	normalize.Document(doc)
	require.NotEmpty(t, doc.Projects)
	c := newCoverage(doc)
	n := 0
	for _, b := range text.Read(string(data)) {
		if b.Para != nil {
			if s := layout.Clean(b.Para.Text); s != "" {
				n++
				assert.True(t, c.found(s, b.Para.Pos.Line), "line %d: paragraph %q is in no field and not in unrecognized", b.Para.Pos.Line, s)
			}
			continue
		}
		for _, row := range b.Table.Rows {
			for _, cell := range row {
				if s := layout.Clean(cell.Text); s != "" {
					n++
					assert.True(t, c.found(s, cell.Pos.Line), "line %d: cell %q is in no field and not in unrecognized", cell.Pos.Line, s)
				}
			}
		}
	}
	if name == "budget-2026.txt" {
		assert.Greater(t, n, 2000, "walked only %d non-empty cells and paragraphs; the seed has more", n)
	}
}

// coverage tells where a text of the input went.
type coverage struct {
	fields           map[string]bool
	unrec            map[int][]string
	titles, warnings string
}

func newCoverage(doc *model.Document) *coverage {
	c := &coverage{fields: docStrings(doc), unrec: map[int][]string{}}
	for _, u := range doc.Unrecognized {
		c.unrec[u.Source.Line] = append(c.unrec[u.Source.Line], u.Text)
	}
	for _, p := range doc.Projects {
		c.titles += p.Title + "\n"
	}
	for _, w := range doc.Warnings {
		c.warnings += w.Message + "\n"
	}
	return c
}

// found reports whether text, read at line, is in a field, in
// Unrecognized, or a label the extractor consumed.
func (c *coverage) found(text string, line int) bool {
	if c.fields[text] || slices.Contains(c.unrec[line], text) || slices.Contains(c.unrec[line], compactLabel(text)) ||
		strings.Contains(c.titles, stripAttachment(text)) {
		return true
	}
	if _, v, ok := strings.Cut(text, "："); ok && c.fields[v] {
		return true // "编制单位：某区城市管理局"
	}
	// a cell read in part (an amount with words after it) is named in full in a warning
	if strings.Contains(c.warnings, strings.ReplaceAll(text, ",", "")) || defaultLexicon().isSubtotal(text) || defaultLexicon().isBlockLabel(labelKey(text)) {
		return true
	}
	if d, ok := splitCodeName(text); ok && c.fields[d.Name] {
		return true
	}
	if c.isLabel(text) || c.allParts(strings.FieldsFunc(text, isSpace), line) {
		return true
	}
	// a cell of goals: every goal of it is a goal of the document
	goals := splitGoals(text)
	return len(goals) > 0 && !slices.ContainsFunc(goals, func(g string) bool { return !c.fields[g] })
}

// isLabel reports whether text is a label of the synonym tables.
func (c *coverage) isLabel(text string) bool {
	key := labelKey(text)
	if _, _, ok := defaultLexicon().lookupLabel(key); ok {
		return true
	}
	if _, ok := defaultLexicon().columnRole(key); ok || defaultLexicon().gridLabel(key) != cNone || strings.Contains(key, "单位：") {
		return true
	}
	_, year := yearLine(text)
	return year || defaultLexicon().qualifierColumn(key) != cNone || c.fields[compactLabel(text)]
}

// allParts reports whether each white-space separated part of a unit line
// was found.
func (c *coverage) allParts(parts []string, line int) bool {
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !c.found(p, line) {
			return false
		}
	}
	return true
}
