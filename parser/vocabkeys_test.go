package parser

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/vocab"
)

// TestUnknownVocabularyKeys: a key of a keyed word list that names nothing
// the extractor reads is reported (its words would be ignored); the
// built-in vocabulary has none, and every key it has is one VocabularyKeys
// lists.
func TestUnknownVocabularyKeys(t *testing.T) {
	assert.Empty(t, UnknownVocabularyKeys(vocab.Default()), "the built-in vocabulary")
	for _, tt := range []struct {
		name, json string
		want       []string
	}{
		{"known keys", `{"header_labels": {"code": ["工程序号"]}, "grid_labels": {"value": ["目标"]}, "qualifiers": {"half_year": ["上半年"]}}`, nil},
		{"a typo in a field", `{"header_labels": {"codez": ["工程序号"]}}`, []string{"header_labels.codez"}},
		{"a grid column that is a header field", `{"grid_labels": {"purpose": ["用途"]}, "grid_contains": {"bassis": ["依据"]}}`,
			[]string{"grid_contains.bassis", "grid_labels.purpose"}},
		{"a role and a suffix", `{"column_labels": {"budgets": ["预算"]}, "grid_suffixes": {"weight": ["权重"], "scores": ["得分"]}}`,
			[]string{"column_labels.budgets", "grid_suffixes.scores"}},
		{"directions take any key", `{"directions": {"upward": ["提升"]}}`, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v, err := vocab.Parse([]byte(tt.json))
			require.NoError(t, err)
			assert.Equal(t, tt.want, UnknownVocabularyKeys(v))
		})
	}
	def := vocab.Default()
	for list, m := range map[string]map[string][]string{"header_labels": def.HeaderLabels, "column_labels": def.ColumnLabels, "grid_labels": def.GridLabels} {
		for k := range m {
			assert.Contains(t, VocabularyKeys(list), k, list)
		}
	}
	assert.Nil(t, VocabularyKeys("units"), "a list that is not keyed")
}
