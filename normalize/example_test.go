package normalize_test

import (
	"fmt"

	"github.com/perfdoc/perfdoc/normalize"
)

func ExampleValue() {
	for _, raw := range []string{"≤3.07万元/人", "≥88%88%", "12月底前", "进一步提高", "18—54周岁"} {
		v := normalize.Value(raw, normalize.Context{Year: 2026, Level2: "成本指标"})
		b, _ := v.MarshalJSON()
		fmt.Println(string(b))
	}
	// Output:
	// {"raw":"≤3.07万元/人","kind":"quantity","op":"<=","number":"3.07","unit":"万元/人","base":{"number":"30700","unit":"元/人"}}
	// {"raw":"≥88%88%","kind":"quantity","op":">=","number":"88","unit":"%","base":{"number":"88","unit":"%"},"warnings":["删去了重复的“88%”"],"diagnostics":[{"code":"DOUBLED-TEXT-DROPPED","args":{"text":"88%"}}]}
	// {"raw":"12月底前","kind":"deadline","date":"2026-12-31"}
	// {"raw":"进一步提高","kind":"qualitative","direction":"improve"}
	// {"raw":"18—54周岁","kind":"range","min":"18","max":"54","unit":"周岁","base":{"number":"18","unit":"周岁"},"base_max":{"number":"54","unit":"周岁"}}
}
