package diff_test

import (
	"fmt"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

// filing makes a one-project filing of the year with a budget and two
// targets; real code gets its documents from parser.Parse.
func filing(year int, name, budget, count, deadline string) *model.Document {
	d := &model.Document{Year: year, Department: model.Department{Code: "203001", Name: "党群工作部"},
		Projects: []model.Project{{Index: 1, Code: fmt.Sprintf("130605%02dP004501", year%100), Name: name, MoneyUnit: "万元",
			Budget: model.Budget{Total: &budget},
			Indicators: []model.Indicator{
				{Level1: "产出指标", Level2: "数量指标", Name: "实际发放补助人数", Value: model.Value{Raw: count}},
				{Level1: "产出指标", Level2: "时效指标", Name: "补助发放完成时间", Value: model.Value{Raw: deadline}},
			}}}}
	normalize.Document(d) // types the values
	return d
}

func ExampleCompare() {
	old := filing(2025, "2024年度下派选调生补助资金", "6.00", "10人", "2024年底")
	new := filing(2026, "2025年度下派选调生补助资金", "6.16", "11人", "2025年底")
	if problems := diff.CheckPair(old, new); len(problems) > 0 {
		fmt.Println("should not be compared:", problems[0].Message)
		return
	}
	r := diff.Compare(old, new, diff.Options{})
	fmt.Printf("matched %d, added %d, removed %d\n", r.Summary.Matched, r.Summary.Added, r.Summary.Removed)
	for _, c := range r.Projects[0].Changes {
		fmt.Printf("%s %s: %s → %s", c.Field, c.Indicator, *c.Old, *c.New)
		if c.Assessment != "" {
			fmt.Printf(" (%s)", c.Assessment)
		}
		fmt.Println()
	}
	// Output:
	// matched 1, added 0, removed 0
	// budget.total : 6.00 → 6.16
	// indicator.value 实际发放补助人数: 10人 → 11人 (tightened)
	// indicator.value 补助发放完成时间: 2024年底 → 2025年底 (rolled_forward)
}
