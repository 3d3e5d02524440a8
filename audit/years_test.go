package audit

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser"
)

// truth is the hand transcription of a real filing (shared/fixtures/real:
// truth.json), copied to testdata/selfeval-NN.truth.json.
type truth struct {
	Projects []struct {
		Name        *string `json:"name"`
		BudgetTotal *string `json:"budget_total"`
		MoneyUnit   *string `json:"money_unit"`
		Indicators  []struct {
			Level1, Level2, Name, Value string
			Cells                       struct {
				Actual *string `json:"actual"`
				Weight *string `json:"weight"`
				Score  *string `json:"score"`
			} `json:"value_cells"`
		} `json:"indicators"`
	} `json:"projects"`
}

// selfEvaluation builds the model of a real self-evaluation (自评表) from
// its transcription, values and actual results typed by normalize: the
// document the extractor gives once it reads 实际完成值 (issue 18).
func selfEvaluation(t *testing.T, nn string, year int) *model.Document {
	data, err := os.ReadFile(filepath.Join("testdata", "selfeval-"+nn+".truth.json"))
	require.NoError(t, err)
	var tr truth
	require.NoError(t, json.Unmarshal(data, &tr))
	d := &model.Document{Year: year, Source: model.Source{Path: "selfeval-" + nn}}
	for i, tp := range tr.Projects {
		p := model.Project{Index: i + 1, Kind: model.KindSelfEvaluation, Budget: model.Budget{Total: tp.BudgetTotal}, Goals: []string{}}
		p.Name = "吕梁山护工培训" // 07 names no project; its page title does
		if tp.Name != nil {
			p.Name = *tp.Name
		}
		if tp.MoneyUnit != nil {
			p.MoneyUnit = *tp.MoneyUnit
		}
		for j, ti := range tp.Indicators {
			ctx := normalize.Context{Year: year, Level2: ti.Level2, Name: ti.Name}
			ind := model.Indicator{Level1: ti.Level1, Level2: ti.Level2, Name: ti.Name, Value: normalize.Value(ti.Value, ctx),
				Weight: ti.Cells.Weight, Score: ti.Cells.Score, Source: model.Pos{Table: 1, Row: j + 1}}
			if ti.Cells.Actual != nil {
				v := normalize.Value(*ti.Cells.Actual, ctx)
				ind.Actual = &v
			}
			p.Indicators = append(p.Indicators, ind)
		}
		d.Projects = append(d.Projects, p)
	}
	return d
}

// nextYear is the following year's target filing that copies last year's
// targets unchanged, as filings often do.
func nextYear(prev *model.Document) *model.Document {
	d := &model.Document{Year: prev.Year + 1, Source: model.Source{Path: "next"}}
	for _, p := range prev.Projects {
		q := p
		q.Kind = model.KindProject
		q.Indicators = nil
		for _, ind := range p.Indicators {
			ind.Actual, ind.Weight, ind.Score = nil, nil, nil
			q.Indicators = append(q.Indicators, ind)
		}
		d.Projects = append(d.Projects, q)
	}
	return d
}

var crossYearRules = []string{"TARGET-LOOSENED", "TARGET-BELOW-ACTUAL", "TARGET-MISSED"}

// crossYearFindings runs the cross-year rules only and lists "RULE name".
func crossYearFindings(doc, prev *model.Document) []string {
	cfg := DefaultConfig()
	cfg.Previous = prev
	cfg.Rules = nil
	for _, r := range Catalogue() {
		for _, id := range crossYearRules {
			if r.ID == id {
				cfg.Rules = append(cfg.Rules, r)
			}
		}
	}
	var got []string
	for _, f := range Check(doc, cfg).Findings {
		got = append(got, f.Rule+" "+f.Indicator)
	}
	sort.Strings(got)
	return got
}

// TestRealSelfEvaluations: last year's real self-evaluations against a
// filing that keeps their targets. Where the actual beat the target the
// kept target asks less than what was achieved; where it fell short the
// target was missed; nowhere else does a cross-year rule fire.
func TestRealSelfEvaluations(t *testing.T) {
	tests := []struct {
		nn   string
		year int
		want []string
	}{
		{"16", 2019, []string{
			"TARGET-BELOW-ACTUAL ★★★农村低保发放人数(按月平均)(≥**人)",             // >=21933人, 21980人
			"TARGET-BELOW-ACTUAL ★★★其中:农村低保对象中建档立卡贫困人口数量(按月平均)(≥**人)", // >=9431人, 9453人
			"TARGET-BELOW-ACTUAL ★★★建档立卡贫困人口中接受临时救助的人次数(≥**人次)",       // >=59人次, 87人次
			"TARGET-BELOW-ACTUAL ★★★受益建档立卡贫困人口数≥**人",                  // >=80人, 87人
			"TARGET-BELOW-ACTUAL ★农村低保标准(≥**元/人·月)",                   // >=530元/人*月, 583元/人*月
			"TARGET-BELOW-ACTUAL 农村特困人员救助供养基本生活标准(≥**元/人·月)",          // >=570元/人*月, 758元/人*月
			"TARGET-MISSED ★★★特困人员救助供养人数(按月平均)(≥**人)",                 // >=4754人, 4604人
			"TARGET-MISSED 扶贫临时救助标准(<**元/户·年)——一户年最高5300元",            // <=5300元/户, 5830元/户
		}},
		{"07", 2021, []string{
			"TARGET-BELOW-ACTUAL 吕梁山护工培训补贴标准达标", // 3000元/人 against 2600元/人 paid: a cost, lower is the harder target
			"TARGET-MISSED 参培学员满意度",             // 95%及以上, 88.32%及以上
			"TARGET-MISSED 参训学员就业率",             // 60%及以上, 53.53%
			"TARGET-MISSED 参训学员结业考核通过率",         // 100%, 98.79%
			"TARGET-MISSED 完成2021年吕梁山护工培训任务",    // 12500名, 12166名
		}},
		{"09", 2019, []string{
			"TARGET-MISSED 指标1工程资金金额", // 43.2, 37.24
		}},
		{"11", 2021, []string{
			"TARGET-MISSED 配套烘干杀菌设备及包装设备购置及安装", // 550, 20
		}},
		{"15", 2023, []string{
			"TARGET-BELOW-ACTUAL 养殖家畜家禽成活率",           // 95%, 100%
			"TARGET-BELOW-ACTUAL 特色产业带动增加受益农户收入(总收入)", // ≥11.376万元, 12万元
		}},
	}
	for _, tt := range tests {
		t.Run(tt.nn, func(t *testing.T) {
			prev := selfEvaluation(t, tt.nn, tt.year)
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			assert.Equal(t, want, crossYearFindings(nextYear(prev), prev))
		})
	}
}

// TestSelfEvaluationAlone: checked on its own, a self-evaluation reports
// its missed targets (and no cross-year finding needs a previous filing).
func TestSelfEvaluationAlone(t *testing.T) {
	d := selfEvaluation(t, "16", 2019)
	var got []string
	for _, f := range crossYearFindings(d, nil) {
		got = append(got, f)
	}
	assert.Equal(t, []string{
		"TARGET-MISSED ★★★特困人员救助供养人数(按月平均)(≥**人)",
		"TARGET-MISSED 扶贫临时救助标准(<**元/户·年)——一户年最高5300元",
	}, got)
}

// TestLoosenedAgreesWithDiff: TARGET-LOOSENED reports exactly the value
// changes perfdoc diff assesses as loosened: none from 2025 to 2026 (every
// value change was tightened), and all twenty when the pair is read the
// other way round.
func TestLoosenedAgreesWithDiff(t *testing.T) {
	d2025, d2026 := parseFile(t, "../testdata/budget-2025.docx"), parseFile(t, "../testdata/budget-2026.docx")
	reversedOld := *d2026
	reversedOld.Year = 2024 // last year's filing with this year's targets
	for _, tt := range []struct {
		name      string
		prev, doc *model.Document
		n         int
	}{{"2025 to 2026", d2025, d2026, 0}, {"2026 as the year before 2025", &reversedOld, d2025, 20}} {
		var want []string
		for _, ch := range loosenedInDiff(tt.prev, tt.doc) {
			want = append(want, "TARGET-LOOSENED "+ch)
		}
		sort.Strings(want)
		got := crossYearFindings(tt.doc, tt.prev)
		assert.Len(t, got, tt.n, tt.name)
		assert.Equal(t, want, got, tt.name)
	}
}

func parseFile(t *testing.T, path string) *model.Document {
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	d, err := parser.Parse(data, parser.Options{Path: path})
	require.NoError(t, err)
	return d
}

// loosenedInDiff lists the indicators of the value changes perfdoc diff
// assesses as loosened.
func loosenedInDiff(old, new *model.Document) []string {
	var out []string
	for _, p := range diff.Compare(old, new, diff.Options{}).Projects {
		for _, ch := range p.Changes {
			if ch.Field == "indicator.value" && ch.Assessment == diff.Loosened {
				out = append(out, ch.Indicator)
			}
		}
	}
	return out
}

// TestDroppedAgreesWithDiff: TARGET-DROPPED reports the targets perfdoc
// diff lists as dropped (删除（放松风险）) from 2025 to 2026: 宣传覆盖人次
// ≥500人次 in projects 14, 22, 24 and 27, on this year's projects.
func TestDroppedAgreesWithDiff(t *testing.T) {
	d2025, d2026 := parseFile(t, "../testdata/budget-2025.docx"), parseFile(t, "../testdata/budget-2026.docx")
	cfg := DefaultConfig()
	cfg.Previous = d2025
	cfg.Rules = nil
	for _, r := range Catalogue() {
		if r.ID == "TARGET-DROPPED" {
			cfg.Rules = append(cfg.Rules, r)
		}
	}
	var got []string
	for _, f := range Check(d2026, cfg).Findings {
		require.NotNil(t, f.Project)
		got = append(got, fmt.Sprintf("%d %s %s", f.Project.Index, f.Indicator, f.MessageIn(Chinese)))
	}
	want := []string{}
	for _, n := range []int{14, 22, 24, 27} {
		want = append(want, fmt.Sprintf("%d 宣传覆盖人次 上年（2025年）的指标值≥500人次本年已删除（放松风险）", n))
	}
	assert.Equal(t, want, got)
}
