package vocab

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultParses(t *testing.T) {
	v := Default()
	require.NotNil(t, v)
	assert.Equal(t, []string{"产出", "效益", "满意度"}, stems(v.Required(1)))
	assert.Equal(t, []string{"数量", "质量", "时效", "成本"}, stems(v.Required(2)))
	for field, labels := range v.HeaderLabels {
		assert.NotEmpty(t, labels, field)
	}
	for _, k := range []string{"level1", "level2", "name", "unit", "weight", "direction", "nature"} {
		assert.NotEmpty(t, v.GridLabels[k], k)
	}
	for k, l := range map[string][]string{"funds_labels": v.FundsLabels, "spending_labels": v.SpendingLabels,
		"parts_suffixes": v.PartsSuffixes, "money_row_suffixes": v.MoneyRowSuffixes, "year_amount_words": v.YearAmountWords,
		"change_words": v.ChangeWords, "title_suffixes": v.TitleSuffixes, "form_words": v.FormWords,
		"government_levels": v.GovernmentLevels, "unit_line_labels": v.UnitLineLabels, "total_prefixes": v.TotalPrefixes, "grid_suffixes score": v.GridSuffixes["score"], "grid_suffixes weight": v.GridSuffixes["weight"]} {
		assert.NotEmpty(t, l, k)
	}
}

func stems(fs []Family) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Stem)
	}
	return out
}

// No label is listed twice, within a table or across its fields: a label
// with two meanings would read by map order.
func TestNoDuplicateLabels(t *testing.T) {
	v := Default()
	for name, m := range map[string]map[string][]string{"header_labels": v.HeaderLabels, "column_labels": v.ColumnLabels, "grid_labels": v.GridLabels} {
		seen := map[string]string{}
		for field, labels := range m {
			for _, l := range labels {
				if prev, ok := seen[l]; ok {
					t.Errorf("%s: %q under %s and %s", name, l, prev, field)
				}
				seen[l] = field
			}
		}
	}
}

func TestFamilies(t *testing.T) {
	v := Default()
	cases := []struct {
		level int
		key   string
		text  string
		want  bool
	}{
		{1, Output, "产出指标", true},
		{1, Output, "产 出指标(50分)", false}, // the caller compacts white space first
		{1, Satisfaction, "满意度指标", true},
		{1, Cost, "成本指标", true},
		{2, Cost, "经济成本指标", true},
		{2, Timeliness, "时效指标", true},
		{2, Quantity, "质量指标", false},
		{1, Benefit, "效益指标", true},
		{1, "nonesuch", "效益指标", false},
	}
	for _, c := range cases {
		got := v.Level1Is(c.key, c.text)
		if c.level == 2 {
			got = v.Level2Is(c.key, c.text)
		}
		assert.Equal(t, c.want, got, "%d %s %s", c.level, c.key, c.text)
	}
	assert.Equal(t, "满意度", v.Stem(Satisfaction))
	assert.Equal(t, "数量", v.Stem(Quantity))
	assert.Equal(t, "", v.Stem("nonesuch"))
	assert.Equal(t, "满意度指标", v.Name(Satisfaction))
	assert.Equal(t, "时效指标", v.Name(Timeliness), "a level-2 family")
	assert.Equal(t, "", v.Name("nonesuch"))
	assert.True(t, v.IsComparator("═"))
	assert.False(t, v.IsComparator("正向"))
}

func TestMerge(t *testing.T) {
	extra, err := Parse([]byte(`{"grid_labels": {"level1": ["指标大类"]}, "header_labels": {"name": ["项目名称", "建设项目名称"]},
		"taxonomy": {"level1": [{"key": "output", "name": "x", "stem": "x"}, {"key": "fairness", "name": "公平性指标", "stem": "公平"}]}}`))
	require.NoError(t, err)
	base := Default()
	n := len(base.GridLabels["level1"])
	m := base.Merge(extra)
	assert.Contains(t, m.GridLabels["level1"], "指标大类")
	assert.Len(t, base.GridLabels["level1"], n, "Merge leaves the default alone")
	assert.Equal(t, 1, countOf(m.HeaderLabels["name"], "项目名称"), "a known label is not added twice")
	assert.Contains(t, m.HeaderLabels["name"], "建设项目名称")
	assert.Equal(t, "产出", m.Stem(Output), "a known family keeps its stem")
	assert.True(t, m.Level1Is("fairness", "公平性指标"))
}

func countOf(l []string, s string) int {
	n := 0
	for _, x := range l {
		if x == s {
			n++
		}
	}
	return n
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{`{"grid_label": {}}`, `{"taxonomy": {"level1": [{"key": "x"}]}}`, `[`, `{"comparators": "≥"}`} {
		_, err := Parse([]byte(bad))
		assert.Error(t, err, bad)
	}
}

// TestParseErrorsSayWhere: a vocabulary file that is no vocabulary is
// refused with the line and column of a syntax or type error, the keys a
// vocabulary has for an unknown one, and "ends early" for a cut file.
func TestParseErrorsSayWhere(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"syntax", "{\n  \"header_labels\": {\"code\": [\"工程序号\",]}\n}", "vocabulary: line 2, column 37: invalid character ']' looking for beginning of value"},
		{"not JSON", "not json", "vocabulary: line 1, column 2: invalid character 'o' in literal null (expecting 'u')"},
		{"type", "{\"units\": \"元\"}", "vocabulary: line 1, column 14: units: want []string, not a JSON string"},
		{"unknown key", `{"header_label": {}}`, `vocabulary: json: unknown field "header_label" (a vocabulary's keys: comment, taxonomy, header_labels,`},
		{"cut", "{\"units\": [\n\"元\"", "vocabulary: the JSON ends early, at line 2"},
		{"empty", "", "vocabulary: the JSON ends early, at line 1"},
	} {
		_, err := Parse([]byte(tt.data))
		if assert.Error(t, err, tt.name) {
			assert.Contains(t, err.Error(), tt.want, tt.name)
		}
	}
}
