package ingest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/warehouse"
)

// counting is a segmenter that counts the bytes it is given.
type counting struct{ words, keywords, longest int }

func (c *counting) Name() string { return "counting" }

func (c *counting) Words(text string) []string {
	c.words += len(text)
	return strings.Fields(text)
}

func (c *counting) Keywords(text string, k int) []string {
	c.keywords += len(text)
	c.longest = max(c.longest, len(text))
	return nil
}

// TestIndexBounded: a document of twelve indicators whose names are 1 MB
// each (what 14 s and 460 MB of an import went to cutting into words)
// gives the segmenter at most maxIndexed bytes to cut and each project's
// keywords at most maxKeywordText; every text keeps its search row. A
// small document is cut whole, keywords from all its texts as before.
func TestIndexBounded(t *testing.T) {
	name := strings.Repeat("产出", 1<<20/6)
	r := &warehouse.Rows{Projects: []warehouse.ProjectRow{{Project: 1, Name: "某项目"}}}
	for i := 0; i < 12; i++ {
		r.Indicators = append(r.Indicators, warehouse.IndicatorRow{Project: 1, Indicator: int64(i + 1), Name: name})
	}
	c := &counting{}
	index(r, c)
	assert.LessOrEqual(t, c.words, maxIndexed)
	assert.LessOrEqual(t, c.longest, maxKeywordText+1)
	require.Len(t, r.Search, 13)
	assert.Equal(t, name, r.Search[12].Text)
	assert.Empty(t, r.Search[12].Tokens)

	small := &warehouse.Rows{Projects: []warehouse.ProjectRow{{Project: 1, Name: "某项目", Purpose: "目的"}},
		Goals:      []warehouse.GoalRow{{Project: 1, Text: "目标"}},
		Indicators: []warehouse.IndicatorRow{{Project: 1, Indicator: 1, Name: "指标 一", Description: "说明"}}}
	c = &counting{}
	index(small, c)
	assert.Equal(t, len("某项目目的目标指标 一说明"), c.words)
	assert.Equal(t, len("某项目\n目的\n目标\n指标 一\n说明\n"), c.keywords)
	assert.Equal(t, "指标 一", small.Search[3].Text)
	assert.Equal(t, "指标 一", small.Search[3].Tokens)
	assert.Equal(t, "目的\n", prefix("目的\n", 7))
	assert.Equal(t, "目", prefix("目的", 5))
	assert.Equal(t, "", prefix("目的", 2))
}
