package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
)

// withWords returns the default vocabulary with a user file's words added,
// as --vocabulary gives it.
func withWords(t *testing.T, extra string) *vocab.Vocabulary {
	t.Helper()
	x, err := vocab.Parse([]byte(extra))
	require.NoError(t, err)
	return vocab.Default().Merge(x)
}

// TestVocabularyExtendsLabelWords: the word lists the label, title and
// amount rules read (funds_labels, change_words, year_amount_words,
// unit_line_labels, total_prefixes, grid_suffixes, title_suffixes,
// form_words) come from the vocabulary, so
// a user's file extends them; the default reading stays as it was.
func TestVocabularyExtendsLabelWords(t *testing.T) {
	budget := func(v *vocab.Vocabulary, label, cell string) string {
		doc := ExtractWith([]layout.Block{tableOf(1,
			[]string{"项目名称", "某经费"},
			[]string{label, cell},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "人数", "≥10人"},
		)}, layout.DefaultLimits, v)
		require.Len(t, doc.Projects, 1)
		return deref(doc.Projects[0].Budget.Total)
	}
	for _, tt := range []struct {
		name, extra, label, cell string
		before, after            string
	}{
		{"funds_labels", `{"funds_labels": ["资金概况"]}`, "资金概况(万元)", "一般公共预算安排50万元", "<nil>", "50"},
		{"change_words", `{"change_words": ["结转"]}`, "资金情况(万元)", "上年结转50万元", "50", "<nil>"},
		{"year_amount_words", `{"year_amount_words": ["下达数"]}`, "2024年下达数", "30", "<nil>", "30"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.before, budget(vocab.Default(), tt.label, tt.cell), "default vocabulary")
			assert.Equal(t, tt.after, budget(withWords(t, tt.extra), tt.label, tt.cell), "extended")
		})
	}

	t.Run("unit_line_labels", func(t *testing.T) {
		dept := func(v *vocab.Vocabulary) string {
			doc := ExtractWith([]layout.Block{
				para(1, "某某项目绩效目标表"),
				para(2, "主管单位：某某局"),
				tableOf(3,
					[]string{"项目名称", "某经费"},
					[]string{"一级指标", "二级指标", "三级指标", "指标值"},
					[]string{"产出指标", "数量指标", "人数", "≥10人"},
				)}, layout.DefaultLimits, v)
			require.Len(t, doc.Projects, 1)
			return doc.Projects[0].Department.Name
		}
		assert.Equal(t, "", dept(vocab.Default()), "a label no unit line's: no unit named (the whole line was no name)")
		assert.Equal(t, "某某局", dept(withWords(t, `{"unit_line_labels": ["主管单位："]}`)))
	})
	t.Run("total_prefixes", func(t *testing.T) {
		const cell = "共计500万元\n财政拨款:500万元"
		assert.Equal(t, "<nil>", budget(vocab.Default(), "资金情况(万元)", cell))
		assert.Equal(t, "500", budget(withWords(t, `{"total_prefixes": ["共计"]}`), "资金情况(万元)", cell))
	})
	t.Run("grid_suffixes", func(t *testing.T) {
		assert.Equal(t, cNone, defaultLexicon().gridLabel("指标赋分"))
		assert.Equal(t, cWeight, lexiconFor(withWords(t, `{"grid_suffixes": {"weight": ["赋分"]}}`)).gridLabel("指标赋分"))
	})
	t.Run("title_suffixes", func(t *testing.T) {
		const title = "某某项目绩效目标情况表"
		_, _, ok := defaultLexicon().projectTitle(title)
		assert.False(t, ok)
		_, _, ok = lexiconFor(withWords(t, `{"title_suffixes": ["绩效目标情况表"]}`)).projectTitle(title)
		assert.True(t, ok)
	})
	t.Run("form_words", func(t *testing.T) {
		const title = "2024年县级部门预算支出绩效目标表"
		assert.NotEmpty(t, defaultLexicon().nameFromTitle(title))
		assert.Empty(t, lexiconFor(withWords(t, `{"form_words": ["部门预算支出"]}`)).nameFromTitle(title))
	})
}
