package diff

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser"
)

type ind struct{ l1, l2, name, value string }

func proj(index int, code, name, total string, inds ...ind) model.Project {
	p := model.Project{Index: index, Code: code, Name: name, Budget: model.Budget{Total: &total, Fiscal: &total}, MoneyUnit: "万元"}
	for _, i := range inds {
		p.Indicators = append(p.Indicators, model.Indicator{Level1: i.l1, Level2: i.l2, Name: i.name, Value: model.Value{Raw: i.value}})
	}
	return p
}

func doc(year int, ps ...model.Project) *model.Document {
	d := &model.Document{Year: year, Projects: ps}
	normalize.Document(d)
	return d
}

var (
	count = ind{"产出指标", "数量指标", "补贴人数", "≥54人"}
	cost  = ind{"产出指标", "成本指标", "补助标准", "≤3万元"}
	satis = ind{"满意度指标", "服务对象满意度指标", "满意度", "≥90%"}
)

func statusOf(r *Result) map[Status]int {
	m := map[Status]int{}
	for _, p := range r.Projects {
		m[p.Status]++
	}
	return m
}

func findPair(r *Result, oldCode string) *Project {
	for i := range r.Projects {
		if p := &r.Projects[i]; p.Status == "matched" && p.Old.Code == oldCode {
			return p
		}
	}
	return nil
}

func assertPaired(t *testing.T, r *Result, oldCode, newCode string) {
	t.Helper()
	p := findPair(r, oldCode)
	if assert.NotNil(t, p, "%s not paired", oldCode) {
		assert.Equal(t, newCode, p.New.Code, "%s paired with another project", oldCode)
	}
}

func TestIdenticalDocuments(t *testing.T) {
	a := doc(2026, proj(1, "13060526P000001", "办公经费", "5.00", count, cost, satis), proj(2, "13060526P000002", "工作经费", "3.00", count))
	r := Compare(a, a, Options{})
	assert.Equal(t, Summary{Matched: 2}, projectCounts(r.Summary))
	for _, p := range r.Projects {
		assert.Empty(t, p.Changes, p.New.Name)
	}
}

func TestNothingInCommon(t *testing.T) {
	a := doc(2025, proj(1, "13060525P000001", "档案数字化加工经费", "5.00", count))
	b := doc(2026, proj(1, "13060526P999999", "英才卡B卡人员购房补贴资金", "80.00", satis))
	r := Compare(a, b, Options{})
	assert.Equal(t, Summary{Added: 1, Removed: 1}, projectCounts(r.Summary))
}

func TestYearMovedInName(t *testing.T) {
	a := doc(2025, proj(1, "13060524P004501101600", "2024年度下派选调生到村工作中央财政补助资金", "6.00", count),
		proj(2, "13060524P000138103100", "2024年下派选调生到村工作中央财政补助资金 保财社【2024】35号", "0.50", count))
	b := doc(2026, proj(1, "13060525P000138100013", "2025年下派选调生到村工作中央财政补助资金 保财社【2025】35号", "0.56", count),
		proj(2, "13060525P004501100061", "2025年度下派选调生到村工作中央财政补助资金", "6.16", count))
	r := Compare(a, b, Options{})
	require.Equal(t, 2, r.Summary.Matched)
	assertPaired(t, r, "13060524P004501101600", "13060525P004501100061")
	assertPaired(t, r, "13060524P000138103100", "13060525P000138100013")
}

func TestNearIdenticalNames(t *testing.T) {
	// two projects that differ only in their document number must not be
	// crossed, and a new third one with another number is added
	a := doc(2025, proj(1, "13060525P00008610U800", "2025年中央就业补助资金 保财社【2024】86号", "10.00", count),
		proj(2, "13060525P00008610L600", "2025年中央就业补助资金 保财社【2024】87号", "20.00", cost))
	b := doc(2026, proj(1, "13060526P004671100895", "2026年中央就业补助资金 保财社【2025】19号", "1.00", satis),
		proj(2, "13060526P00008610006L", "2026年中央就业补助资金 保财社【2025】87号", "20.00", cost),
		proj(3, "13060526P00008610008U", "2026年中央就业补助资金 保财社【2025】86号", "10.00", count))
	r := Compare(a, b, Options{})
	assertPaired(t, r, "13060525P00008610U800", "13060526P00008610008U")
	assertPaired(t, r, "13060525P00008610L600", "13060526P00008610006L")
	assert.Equal(t, map[Status]int{Matched: 2, Added: 1}, statusOf(r), "19号 added")
}

func TestSwappedOrder(t *testing.T) {
	a := doc(2025, proj(1, "13060525P1", "办公经费", "5.00", count), proj(2, "13060525P2", "妇联经费", "3.00", satis), proj(3, "13060525P3", "工作经费", "1.00", cost))
	b := doc(2026, proj(1, "13060526P3", "工作经费", "1.00", cost), proj(2, "13060526P1", "办公经费", "5.00", count), proj(3, "13060526P2", "妇联经费", "3.00", satis))
	r := Compare(a, b, Options{})
	require.Equal(t, Summary{Matched: 3}, projectCounts(r.Summary))
	for _, p := range r.Projects {
		assert.Equal(t, p.Old.Name, p.New.Name)
	}
}

func TestRenamedProject(t *testing.T) {
	a := doc(2025, proj(1, "13060525P00002810Q380", "金保专线服务费", "2.00", ind{"产出指标", "数量指标", "专线条数", "2条"}, satis))
	b := doc(2026, proj(1, "13060526P00002810083Q", "金保专线网络服务费", "2.00", ind{"产出指标", "数量指标", "专线条数", "2条"}, satis))
	r := Compare(a, b, Options{})
	assert.Equal(t, 1, r.Summary.Matched, "renamed project not matched")
}

func TestIndicatorMovedBetweenGroups(t *testing.T) {
	moved := ind{"效益指标", "社会效益指标", "补贴人数", "≥54人"}
	a := doc(2025, proj(1, "P1", "办公经费", "5.00", count, ind{"产出指标", "成本指标", "补助标准", "≤3万元"}))
	b := doc(2026, proj(1, "P1", "办公经费", "5.00", moved, ind{"成本指标", "经济成本指标", "补助标准", "≤3万元"}))
	r := Compare(a, b, Options{})
	ch := r.Projects[0].Changes
	// only the level 2 move of 补贴人数: the 成本 tree versions are one family
	require.Len(t, ch, 1)
	assert.Equal(t, "indicator.level2", ch[0].Field)
	assert.Equal(t, "补贴人数", ch[0].Indicator)
}

func TestBudgetsAndValues(t *testing.T) {
	a := doc(2025, proj(1, "P1", "办公经费", "29.60", count, cost, satis, ind{"产出指标", "时效指标", "完成时间", "2025年底"}, ind{"产出指标", "质量指标", "宣传覆盖人次", "≥500人次"}))
	b := doc(2026, proj(1, "P1", "办公经费", "37.00", ind{"产出指标", "数量指标", "补贴人数", "≥50人"}, ind{"产出指标", "成本指标", "补助标准", "≤2.5万元"},
		ind{"满意度指标", "服务对象满意度指标", "满意度", "≥95%"}, ind{"产出指标", "时效指标", "完成时间", "2026年6月底"}, ind{"产出指标", "数量指标", "孵化基地数量", "1个"}))
	r := Compare(a, b, Options{})
	got := map[string]Change{}
	for _, c := range r.Projects[0].Changes {
		got[c.Field+"/"+c.Indicator+"/"+string(c.Status)] = c
	}
	want := map[string]Assessment{
		"budget.total//":           "",
		"budget.fiscal//":          "",
		"indicator.value/补贴人数/":    Loosened,
		"indicator.value/补助标准/":    Tightened,
		"indicator.value/满意度/":     Tightened,
		"indicator.value/完成时间/":    Tightened, // mid-year in 2026 vs year end in 2025: earlier relative to the year
		"indicator/孵化基地数量/added":   "",
		"indicator/宣传覆盖人次/removed": "",
	}
	gotAs := map[string]Assessment{}
	for k, c := range got {
		gotAs[k] = c.Assessment
	}
	assert.Equal(t, want, gotAs)
	c := got["budget.total//"]
	assert.Equal(t, "29.60", *c.Old)
	assert.Equal(t, "37.00", *c.New)
}

func TestAssess(t *testing.T) {
	tests := []struct {
		l2, old, new string
		want         Assessment
	}{
		{"数量指标", "≥54人", "≥60人", Tightened},
		{"数量指标", "≥60人", "≥54人", Loosened},
		{"成本指标", "≤4万元", "≤3万元", Tightened},
		{"成本指标", "≤3万元", "≤40000元", Loosened}, // compared in base units
		{"数量指标", "2025年底", "2025年6月底", Tightened},
		{"数量指标", "10人", "11人", Tightened},
		{"成本指标", "9.19万元", "8万元", Tightened},
		{"时效指标", "≤7工作日", "≤5工作日", Tightened},
		{"数量指标", "≥90%", "≥90人", Changed},
		{"数量指标", "≥90%", "进一步提高", Changed},
		{"数量指标", "≥90%", ">90%", Tightened},
		{"数量指标", "=90%", "≥90%", Changed},
		// a change in percentage points: a larger change is the harder target, either way; a change of direction is no comparison
		{"社会效益指标", "提高1个百分点", "提高2个百分点", Tightened},
		{"生态效益指标", "下降2个百分点", "较上年下降1个百分点", Loosened},
		{"社会效益指标", "提高1个百分点", "下降2个百分点", Changed},
		{"社会效益指标", "提高1个百分点", "下降1个百分点", Changed},
	}
	for _, tt := range tests {
		o := model.Indicator{Level2: tt.l2, Value: normalize.Value(tt.old, normalize.Context{Level2: tt.l2})}
		n := model.Indicator{Level2: tt.l2, Value: normalize.Value(tt.new, normalize.Context{Level2: tt.l2})}
		assert.Equal(t, tt.want, Assess(&o, &n, 2025, 2026), "%s → %s", tt.old, tt.new)
	}
	// deadlines are compared relative to each filing's year
	d := func(raw string, year int) model.Indicator {
		return model.Indicator{Value: normalize.Value(raw, normalize.Context{Year: year})}
	}
	o, n := d("2024年底", 2025), d("2025年底", 2026)
	assert.Equal(t, RolledForward, Assess(&o, &n, 2025, 2026), "a deadline that moved with the year")
	o, n = d("2025年底", 2025), d("2027年底", 2026)
	assert.Equal(t, Loosened, Assess(&o, &n, 2025, 2026), "a later deadline")
	o, n = d("2025年底", 2025), d("2025年12月31日", 2025)
	assert.Equal(t, Changed, Assess(&o, &n, 2025, 2025), "the same date in other words")
}

// TestSeedPair scores the diff of the bundled 2025 and 2026 filings against
// the list of known changes, as ../shared/tools/check_yoy.py does.
func TestSeedPair(t *testing.T) {
	var truth struct {
		Pairs []struct {
			OldCode string `json:"old_code"`
			NewCode string `json:"new_code"`
			Changes []struct {
				Kind, Indicator string
				Assessment      Assessment
				Old, New        any
			} `json:"changes"`
		} `json:"pairs"`
		Added   []struct{ Code string } `json:"added"`
		Removed []struct{ Code string } `json:"removed"`
	}
	data, err := os.ReadFile("../testdata/changes-2025-to-2026.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &truth))
	// the truth's kinds, as the diff's fields name them
	kindOf := func(c Change) string {
		switch {
		case c.Field == "budget.total":
			return "budget_total"
		case c.Field == "indicator.value":
			return "indicator_value"
		case c.Field == "indicator" && c.Status == "added":
			return "indicator_added"
		case c.Field == "indicator" && c.Status == "removed":
			return "indicator_removed"
		}
		return "" // a change the truth does not list (a description, a weight …)
	}
	for _, ext := range []string{".txt", ".docx", ".html"} {
		r := Compare(load(t, "budget-2025"+ext), load(t, "budget-2026"+ext), Options{})
		withChanges := 0 // counted here from the pairs, not taken from the summary
		for _, p := range r.Projects {
			if p.Status == Matched && len(p.Changes) > 0 {
				withChanges++
			}
		}
		assert.Equal(t, Summary{Matched: len(truth.Pairs), Added: len(truth.Added), Removed: len(truth.Removed), Changed: withChanges}, projectCounts(r.Summary), ext)
		truthChanged := 0
		for _, tp := range truth.Pairs {
			if len(tp.Changes) > 0 {
				truthChanged++
			}
		}
		assert.GreaterOrEqual(t, withChanges, truthChanged, "%s: pairs with a change", ext)
		for _, tp := range truth.Pairs {
			p := findPair(r, tp.OldCode)
			if !assert.NotNil(t, p, "%s: %s not paired", ext, tp.OldCode) || !assert.Equal(t, tp.NewCode, p.New.Code, ext) {
				continue
			}
			// each pair's scored changes, kind and indicator, as a sorted
			// list: a change missed on one indicator is not made up by an
			// extra one on another
			var got, want []string
			for _, c := range p.Changes {
				if k := kindOf(c); k != "" {
					got = append(got, k+" "+c.Indicator)
				}
			}
			for _, c := range tp.Changes {
				want = append(want, c.Kind+" "+c.Indicator)
				if c.Assessment != "" {
					found := false
					for _, g := range p.Changes {
						if g.Indicator == c.Indicator && g.Field == "indicator.value" && g.Assessment == c.Assessment {
							found = true
						}
					}
					assert.True(t, found, "%s: %s: assessment %s not found", ext, c.Indicator, c.Assessment)
				}
			}
			sort.Strings(got)
			sort.Strings(want)
			assert.Equal(t, want, got, "%s: %s: changes", ext, tp.OldCode)
		}
	}
}

func load(t testing.TB, name string) *model.Document {
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	d, err := parser.Parse(data, parser.Options{Path: name})
	require.NoError(t, err)
	return d
}

func BenchmarkCompareSeedWithItself(b *testing.B) {
	d := load(b, "budget-2026.docx")
	b.ReportAllocs()
	for b.Loop() {
		Compare(d, d, Options{})
	}
}

func BenchmarkParseSeedPair(b *testing.B) {
	data, err := os.ReadFile("../testdata/budget-2026.docx")
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		for range 2 {
			_, err := parser.Parse(data, parser.Options{})
			require.NoError(b, err)
		}
	}
}

func TestChangeJSON(t *testing.T) {
	one := "1.00"
	tests := []struct {
		c    Change
		want string
	}{
		{Change{Field: "budget.other", New: &one}, `{"field":"budget.other","old":null,"new":"1.00"}`},
		{Change{Field: "indicator", Indicator: "x", Status: "added", New: &one}, `{"field":"indicator","indicator":"x","status":"added","new":"1.00"}`},
		{Change{Field: "indicator", Indicator: "x", Status: "removed", Old: &one}, `{"field":"indicator","indicator":"x","status":"removed","old":"1.00"}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.c)
		require.NoError(t, err)
		assert.JSONEq(t, tt.want, string(b))
		assert.Equal(t, tt.want, string(b))
	}
}
