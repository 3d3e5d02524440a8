package diff

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// projectCounts keeps the project counts of a summary, for tests about
// alignment.
func projectCounts(s Summary) Summary {
	return Summary{Matched: s.Matched, Added: s.Added, Removed: s.Removed, Changed: s.Changed}
}

// The summary carries what the text and HTML reports show on the seed
// pair: 20 tightened, 4 rolled forward, 1 added and 4 dropped targets,
// 572.26 → 733.64 万元 (+161.38, +28.2%); a budget change says its unit.
func TestSummaryCounts(t *testing.T) {
	for _, ext := range []string{".txt", ".docx", ".html"} {
		r := Compare(load(t, "budget-2025"+ext), load(t, "budget-2026"+ext), Options{})
		assert.Equal(t, IndicatorCounts{Tightened: 20, RolledForward: 4, Added: 1, Dropped: 4}, r.Summary.Indicators, ext)
		require.NotNil(t, r.Summary.Budget)
		s := func(v string) *string { return &v }
		assert.Equal(t, BudgetTotals{Unit: "万元", Old: s("572.26"), New: s("733.64"), Change: s("161.38"), ChangePercent: s("28.2")}, *r.Summary.Budget, ext)
		n := 0
		for _, p := range r.Projects {
			for _, c := range p.Changes {
				if c.Field == "budget.total" {
					assert.Equal(t, "万元", c.Unit, ext)
					assert.Empty(t, c.OldUnit, ext)
					n++
				}
			}
		}
		assert.Positive(t, n, ext)
	}
}

// A project whose unit changed says both; an empty side has no total.
func TestSummaryUnits(t *testing.T) {
	old := doc(2025, proj(1, "A", "培训经费", "5"))
	nw := doc(2026, proj(1, "A", "培训经费", "60000"))
	nw.Projects[0].MoneyUnit = "元"
	r := Compare(old, nw, Options{})
	require.Len(t, r.Projects[0].Changes, 2)
	c := r.Projects[0].Changes[0]
	assert.Equal(t, "budget.total", c.Field)
	assert.Equal(t, "元", c.Unit)
	assert.Equal(t, "万元", c.OldUnit)
	s := func(v string) *string { return &v }
	assert.Equal(t, BudgetTotals{Unit: "万元", Old: s("5.00"), New: s("6.00"), Change: s("1.00"), ChangePercent: s("20.0")}, *r.Summary.Budget)

	r = Compare(doc(2025), nw, Options{})
	assert.Equal(t, "元", r.Summary.Budget.Unit)
	assert.Nil(t, r.Summary.Budget.Old, "no project: no total")
	assert.Nil(t, r.Summary.Budget.Change)
}
