package audit

import (
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/parser"
)

// seedFindings are the findings on the seed filing (PLAN-LABEL, which
// fires on every project of its template, aside); each was judged by hand
// (see docs/check-rules.md).
var seedFindings = []string{
	"COST-OVER-BUDGET 1 工作经费补助标准",       // 9.19万元 on a 6.16万元 budget
	"DEADLINE-OUTSIDE-YEAR 1 补助发放完成时间",  // 2025年底 in the 2026 filing
	"PRIOR-YEAR-PROJECT 1 ",             // code …25P…, 2025年度, 2025年工作计划
	"COST-NO-AMOUNT 2 补贴发放标准",           // 按标准发放
	"PRIOR-YEAR-PROJECT 2 ",             //
	"COST-NO-AMOUNT 3 补贴发放标准",           // 按标准发放
	"PRIOR-YEAR-PROJECT 3 ",             //
	"PRIOR-YEAR-PROJECT 4 ",             //
	"GOAL-DUPLICATE 5 ",                 // goals 1, 2 and 3 word for word
	"INDICATOR-DUPLICATE 5 发放孵化基地成本",    // 0.1 and 1.35元/平方米/天 under one name
	"PRIOR-YEAR-PROJECT 5 ",             //
	"TARGET-SHARED 7 城镇新增就业人数",          // 2400人 in projects 7, 8 and 9
	"UNIT-COST-UNDER-BUDGET 9 ",         // 16.16万元 of 217万元 explained
	"CLASSIFIED 10 ",                    //
	"VALUE-REPAIRED 11 办公用品采购成本",        // ≤8万
	"PER-HEAD-IS-BUDGET 12 临时工人均成本",     // ≤19.58万元 per head = the budget, 4人
	"VALUE-REPAIRED 15 办公用品采购成本",        // ≤1.25万
	"VALUE-REPAIRED 17 青年对团委工作满意度",      // ≥88%88%
	"PER-HEAD-IS-BUDGET 19 原市管会人员人均成本",  // ≤155.76万元 = the budget, 11人
	"PER-HEAD-IS-BUDGET 20 劳务派遣人均成本",    // ≤105.07万元 = the budget, 22人
	"UNIT-COST-UNDER-BUDGET 21 ",        // ≤0.35万元 × ≥3人 of 15.4万元
	"DEADLINE-OUTSIDE-YEAR 24 发放及时性",    // 2025年12月底
	"PER-HEAD-IS-BUDGET 24 人均补贴标准",      // ≤3.07万元/人 on 1.89万元
	"PRIOR-YEAR-PROJECT 24 ",            //
	"VALUE-REPAIRED 25 运维成本",            // ≤0.15万
	"UNIT-COST-OVER-BUDGET 27 人均调查费用",   // ≤250元/人次 × ≥350人次 > 8万元
	"COST-OVER-BUDGET 29 稳就业扩大社会保险补贴成本", // 60万元 on 59.3万元
	"PRIOR-YEAR-PROJECT 29 ",            //
	"QUANTITY-ONLY-RATE 29 补贴发放完成率",     // ≥95% as the only 数量指标
}

// TestSeed pins the findings on the seed filing, the same in its three
// formats.
func TestSeed(t *testing.T) {
	for _, name := range []string{"budget-2026.txt", "budget-2026.docx", "budget-2026.html"} {
		r := Check(parseFile(t, "../testdata/"+name), DefaultConfig())
		var got []string
		labels := 0
		for _, f := range r.Findings {
			if f.Rule == "PLAN-LABEL" {
				labels++
				continue
			}
			got = append(got, f.Rule+" "+strconv.Itoa(f.Project.Index)+" "+f.Indicator)
		}
		assert.Equal(t, seedFindings, got, name)
		assert.Equal(t, 30, labels, "%s: PLAN-LABEL on every project but the classified one", name)
		assert.Equal(t, 2, r.Errors(), name)
	}
}

func BenchmarkCheckSeed(b *testing.B) {
	data, err := os.ReadFile("../testdata/budget-2026.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := parser.Parse(data, parser.Options{})
	if err != nil {
		b.Fatal(err)
	}
	prev := *doc
	prev.Year = 2025
	for _, tt := range []struct {
		name string
		cfg  Config
	}{{"alone", DefaultConfig()}, {"previous", Config{Previous: &prev}}} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Check(doc, tt.cfg)
			}
		})
	}
}
