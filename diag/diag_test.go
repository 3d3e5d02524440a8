package diag

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
)

var codeRe = regexp.MustCompile(`^[A-Z0-9]+(-[A-Z0-9]+)*$`)

// placeholders returns the argument names a text refers to, sorted and
// without repeats, and the braces that are no placeholder.
func placeholders(text string) (names []string, stray int) {
	for _, m := range regexp.MustCompile(`\{([^{}]*)\}`).FindAllStringSubmatch(text, -1) {
		name, _ := strings.CutSuffix(m[1], ":q")
		if !regexp.MustCompile(`^[a-z][a-z0-9_]*$`).MatchString(name) {
			stray++
			continue
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	stray += strings.Count(regexp.MustCompile(`\{[^{}]*\}`).ReplaceAllString(text, ""), "{")
	stray += strings.Count(regexp.MustCompile(`\{[^{}]*\}`).ReplaceAllString(text, ""), "}")
	return names, stray
}

// latin returns the Latin letters of s, but for the ones a Chinese text may
// keep (none today).
func latin(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < unicode.MaxASCII && unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestCatalogue: every code is well formed and unique, has a Chinese and an
// English text, and both texts name exactly the arguments it declares.
func TestCatalogue(t *testing.T) {
	seen := map[string]bool{}
	require.NotEmpty(t, Catalogue())
	for _, e := range Catalogue() {
		assert.Regexp(t, codeRe, e.Code)
		assert.False(t, seen[e.Code], "%s twice", e.Code)
		seen[e.Code] = true
		assert.NotEmpty(t, e.ZH, "%s has no Chinese", e.Code)
		assert.NotEmpty(t, e.EN, "%s has no English", e.Code)
		assert.Empty(t, latin(regexp.MustCompile(`\{[^{}]*\}`).ReplaceAllString(e.ZH, "")), "%s: English in the Chinese %q", e.Code, e.ZH)
		declared := e.ArgNames()
		for i, a := range e.Args {
			_, kind, _ := strings.Cut(a, ":")
			assert.Contains(t, []string{"", "term", "op"}, kind, "%s: argument %q", e.Code, a)
			assert.NotContains(t, declared[i+1:], declared[i], "%s: argument %q twice", e.Code, declared[i])
		}
		slices.Sort(declared)
		for lang, text := range map[Lang]string{Chinese: e.ZH, English: e.EN} {
			names, stray := placeholders(text)
			assert.Zero(t, stray, "%s (%s): a brace that is no argument in %q", e.Code, lang, text)
			assert.ElementsMatch(t, declared, names, "%s (%s): the text's arguments are not the declared ones", e.Code, lang)
		}
		found, ok := Lookup(e.Code)
		assert.True(t, ok, e.Code)
		assert.Equal(t, e.Code, found.Code)
	}
	for _, k := range Terms() {
		w, ok := Term(k)
		assert.True(t, ok)
		assert.NotEmpty(t, w.ZH, "term %s has no Chinese", k)
		assert.NotEmpty(t, w.EN, "term %s has no English", k)
		assert.Empty(t, latin(w.ZH), "term %s: English in %q", k, w.ZH)
	}
}

// TestRender: a warning's message in each language, its arguments by
// name, a term and a comparator in the language, quoting as the text asks.
func TestRender(t *testing.T) {
	pos := model.Pos{Table: 5, Row: 2, Col: 4}
	w := New(pos, NoProjectCode, 1)
	assert.Equal(t, model.Warning{Code: "NO-PROJECT-CODE", Args: map[string]any{"project": 1},
		Message: "项目1：未填项目编码", Source: pos}, w)
	assert.Equal(t, "project 1: no 项目编码", Message(&w, English))
	assert.Equal(t, "项目1：未填项目编码", Message(&w, Chinese))

	w = New(pos, PlanLabelPercent, 3, `资金支出计划（"%"）`, "万元")
	assert.Equal(t, `project 3: spending plan label "资金支出计划（\"%\"）" says % but the values are cumulative amounts in 万元`, Message(&w, English))
	assert.Equal(t, `项目3：资金支出计划栏目“资金支出计划（"%"）”标明为百分比，所填却是以万元计的累计金额`, w.Message)

	w = New(pos, ColumnNoHeader, 4, "units", "unit")
	assert.Equal(t, "grid column 4 has no header; its cells are units, read as unit", Message(&w, English))
	assert.Equal(t, "第4栏没有栏目名称，所填是计量单位，按度量单位读取", w.Message)
	assert.Equal(t, map[string]any{"column": 4, "content": "units", "read_as": "unit"}, w.Args)

	d := Value(ComparatorUnitFromName, model.OpGE, "%", "成活率(≥**%)")
	assert.Equal(t, map[string]any{"op": ">=", "unit": "%", "name": "成活率(≥**%)"}, d.Args)
	assert.Equal(t, "比较符≥和单位%取自指标名称“成活率(≥**%)”", Render(Chinese, d.Code, d.Args))
	assert.Equal(t, `comparator >= and unit % taken from the indicator name "成活率(≥**%)"`, Render(English, d.Code, d.Args))

	// what the catalogue does not know is said, not lost
	assert.Equal(t, "NOT-A-CODE project=1", Render(Chinese, "NOT-A-CODE", map[string]any{"project": 1}))
	assert.Equal(t, "项目{project}：未填项目编码", Render(Chinese, NoProjectCode, nil), "a missing argument shows its name")
	old := model.Warning{Message: "an old warning"}
	assert.Equal(t, "an old warning", Message(&old, Chinese), "a warning without a code keeps its message")
}

// TestLocalize: a document's warnings and its values' warnings follow the
// language asked for, and come back.
func TestLocalize(t *testing.T) {
	v := model.Value{Raw: "≥88%88%"}
	AddValue(&v, DoubledTextDropped, "88%")
	doc := &model.Document{
		Warnings: []model.Warning{New(model.Pos{Line: 3}, MoneyUnitAssumed, 2), {Message: "uncoded"}},
		Projects: []model.Project{{Indicators: []model.Indicator{{Value: v, Actual: &model.Value{},
			OtherValues: []model.OtherValue{{Value: v}}}}}},
	}
	doc.Projects[0].Indicators[0].Actual = &model.Value{}
	AddValue(doc.Projects[0].Indicators[0].Actual, DeadlineNoYear)
	Localize(doc, English)
	ind := doc.Projects[0].Indicators[0]
	assert.Equal(t, "project 2: no money unit (单位); 万元 assumed", doc.Warnings[0].Message)
	assert.Equal(t, "uncoded", doc.Warnings[1].Message)
	assert.Equal(t, []string{`doubled text "88%" dropped`}, ind.Value.Warnings)
	assert.Equal(t, []string{`doubled text "88%" dropped`}, ind.OtherValues[0].Value.Warnings)
	assert.Equal(t, []string{"deadline names no year and the document year is unknown"}, ind.Actual.Warnings)
	Localize(doc, Chinese)
	assert.Equal(t, "项目2：未写金额单位，按万元读取", doc.Warnings[0].Message)
	assert.Equal(t, []string{"删去了重复的“88%”"}, doc.Projects[0].Indicators[0].Value.Warnings)

	odd := model.Value{Warnings: []string{"outside words"}}
	LocalizeValue(&odd, English)
	assert.Equal(t, []string{"outside words"}, odd.Warnings, "warnings without diagnostics are left as they are")
}

// TestAllocs: making a warning costs its arguments' map and its message —
// a parse of a hostile file makes tens of thousands (parser's
// TestHostileInputs bounds the objects a parse allocates).
func TestAllocs(t *testing.T) {
	pos := model.Pos{Table: 1}
	assert.LessOrEqual(t, testing.AllocsPerRun(100, func() { _ = New(pos, TextSpansColumns) }), 0.0)
	assert.LessOrEqual(t, testing.AllocsPerRun(100, func() { _ = New(pos, PlanLabelPercent, 3, "资金支出计划（%）", "万元") }), 3.0)
}
