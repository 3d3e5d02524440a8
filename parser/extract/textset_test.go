package extract

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTextSet: a textSet holds what a map of the texts holds — in place
// up to textSetFew texts and in a map past them, repeats and the empty
// text included — and a column of few distinct texts allocates nothing.
func TestTextSet(t *testing.T) {
	for n := range 3 * textSetFew {
		var s textSet
		want := map[string]bool{}
		for i := range 3 * n {
			text := fmt.Sprint(i % (n + 1))
			if i%5 == 0 {
				text = ""
			}
			s.add(text)
			want[text] = true
			assert.Equal(t, len(want), s.len(), "%d texts, after %d", n, i)
		}
		got := slices.Collect(s.all())
		assert.ElementsMatch(t, slices.Collect(maps.Keys(want)), got, "%d texts", n)
		for range s.all() {
			break // all stops when asked
		}
	}
	var p profile
	texts := []string{"数量指标", "质量指标", "时效指标", "成本指标", "", "数量指标", "质量指标"}
	c := cellClass{}
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		for _, s := range texts {
			p.add(s, &c)
		}
	}))
	assert.Equal(t, 5, p.distinct.len())
}
