package diff

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
)

func TestEquivalentValuesAreNoChange(t *testing.T) {
	a := doc(2025, proj(1, "P1", "办公经费", "5.00", ind{"产出指标", "成本指标", "补助标准", "≤3万元"}, ind{"产出指标", "数量指标", "年龄", "18-54周岁"}))
	b := doc(2026, proj(1, "P1", "办公经费", "5.00", ind{"产出指标", "成本指标", "补助标准", "≤30000元"}, ind{"产出指标", "数量指标", "年龄", "18—54周岁"}))
	r := Compare(a, b, Options{})
	require.Len(t, r.Projects, 1)
	assert.Empty(t, r.Projects[0].Changes, "≤3万元 and ≤30000元 are one target")

	for _, tt := range []struct {
		old, new string
		same     bool
	}{
		{"≤3万元", "≤30000元", true},
		{"≤3万元", "<30000元", false},
		{"≤3万元", "≤3万人", false},
		{"≥90%", "不低于90%", true},
		{"进一步提高", "稳步提高", false},
		{"提高1个百分点", "较上年提高1个百分点", true},
		{"提高1个百分点", "下降1个百分点", false},
	} {
		o := ind{"产出指标", "成本指标", "x", tt.old}
		n := ind{"产出指标", "成本指标", "x", tt.new}
		da, db := doc(2025, proj(1, "P", "x", "1", o)), doc(2026, proj(1, "P", "x", "1", n))
		assert.Equal(t, tt.same, Equivalent(da.Projects[0].Indicators[0].Value, db.Projects[0].Indicators[0].Value), "%s vs %s", tt.old, tt.new)
	}
}

func TestRolledForwardDeadline(t *testing.T) {
	a := doc(2025, proj(1, "P1", "办公经费", "5.00", ind{"产出指标", "时效指标", "完成时间", "2025年底"}))
	b := doc(2026, proj(1, "P1", "办公经费", "5.00", ind{"产出指标", "时效指标", "完成时间", "2026年底"}))
	ch := Compare(a, b, Options{}).Projects[0].Changes
	require.Len(t, ch, 1)
	assert.Equal(t, RolledForward, ch[0].Assessment)
}

// many returns a filing of n projects with distinct names, in an order
// shuffled by seed.
func many(year, n int, seed uint64) *model.Document {
	ps := make([]model.Project, n)
	for k := range n {
		ps[k] = proj(k+1, fmt.Sprintf("130605%02dP%06dA", year%100, k*7919%1000003), fmt.Sprintf("%d年度第%05d号专项资金", year, k), "1.00", count)
	}
	rand.New(rand.NewPCG(seed, 1)).Shuffle(n, func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
	return doc(year, ps...)
}

func TestAlignManyProjects(t *testing.T) {
	a, b := many(2025, 400, 1), many(2026, 400, 2)
	r := Compare(a, b, Options{})
	require.Equal(t, Summary{Matched: 400}, projectCounts(r.Summary))
	for _, p := range r.Projects {
		assert.Equal(t, normName(p.Old.Name), normName(p.New.Name))
	}
}

func TestAlignRestWithMoreOldThanNew(t *testing.T) {
	// repeated names leave everything to the assignment, with more rows
	// than columns (the cost matrix is transposed)
	a := doc(2025, proj(1, "A1", "办公经费", "5.00", count), proj(2, "A2", "办公经费", "3.00", satis), proj(3, "A3", "办公经费", "1.00", cost))
	b := doc(2026, proj(1, "B1", "办公经费", "1.00", cost), proj(2, "B2", "办公经费", "3.00", satis))
	r := Compare(a, b, Options{})
	assert.Equal(t, Summary{Matched: 2, Removed: 1}, projectCounts(r.Summary))
	assertPaired(t, r, "A3", "B1")
	assertPaired(t, r, "A2", "B2")
}

func TestMinAssignmentIsOptimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for trial := range 200 {
		n := 1 + rng.IntN(5)
		m := n + rng.IntN(3)
		cost := make([]float32, n*m)
		for k := range cost {
			cost[k] = float32(rng.IntN(10)) / 10
		}
		got := minAssignment(cost, n, m)
		total := float32(0)
		seen := map[int]bool{}
		for i, j := range got {
			require.False(t, seen[j], "column %d twice", j)
			seen[j] = true
			total += cost[i*m+j]
		}
		assert.InDelta(t, bruteMin(cost, n, m, 0, map[int]bool{}), total, 1e-5, "trial %d", trial)
	}
}

// bruteMin is the least total cost of rows i.. over the unused columns.
func bruteMin(cost []float32, n, m, i int, used map[int]bool) float32 {
	if i == n {
		return 0
	}
	best := float32(1e9)
	for j := range m {
		if !used[j] {
			used[j] = true
			best = min(best, cost[i*m+j]+bruteMin(cost, n, m, i+1, used))
			used[j] = false
		}
	}
	return best
}

func BenchmarkCompareMany(b *testing.B) {
	for _, n := range []int{500, 5000} {
		old, new := many(2025, n, 1), many(2026, n, 2)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Compare(old, new, Options{})
			}
		})
	}
}

func TestCheckPair(t *testing.T) {
	d := func(code string, year int, n int) *model.Document {
		doc := &model.Document{Year: year, Department: model.Department{Code: code}}
		if code != "" {
			doc.Department.Name = "单位" + code
		}
		for k := range n {
			doc.Projects = append(doc.Projects, proj(k+1, "P", "x", "1", count))
		}
		return doc
	}
	kinds := func(ps []Problem) []ProblemKind {
		var out []ProblemKind
		for _, p := range ps {
			out = append(out, p.Kind)
		}
		return out
	}
	assert.Empty(t, CheckPair(d("203001", 2025, 1), d("203001", 2026, 1)))
	assert.Equal(t, []ProblemKind{OtherDepartment}, kinds(CheckPair(d("305001", 2025, 1), d("203001", 2026, 1))))
	assert.Equal(t, []ProblemKind{YearsReversed}, kinds(CheckPair(d("203001", 2026, 1), d("203001", 2025, 1))))
	assert.Equal(t, []ProblemKind{SameYear, NoProjects}, kinds(CheckPair(d("203001", 2026, 1), d("203001", 2026, 0))))
	assert.Empty(t, CheckPair(d("", 0, 1), d("203001", 2026, 1)), "what is unknown is no problem")
	assert.Contains(t, CheckPair(d("305001", 2025, 1), d("203001", 2026, 1))[0].Message, "305001 单位305001")
}

// BenchmarkCompareGenerated compares the filings bench/gendiff writes
// (PERFDOC_GENDIFF=DIR holding old.txt and new.txt); parsing is not timed.
func BenchmarkCompareGenerated(b *testing.B) {
	dir := os.Getenv("PERFDOC_GENDIFF")
	if dir == "" {
		b.Skip("PERFDOC_GENDIFF not set (see bench/diff.sh)")
	}
	var docs [2]*model.Document
	for k, name := range []string{"old.txt", "new.txt"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(b, err)
		docs[k], err = parser.Parse(data, parser.Options{})
		require.NoError(b, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Compare(docs[0], docs[1], Options{})
	}
}
