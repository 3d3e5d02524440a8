package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestFlatListNames: a flat list with no level columns (绩效指标 | 指标 |
// 指标权重 | 计量单位 | 指标性质 | 指标值) whose names hold level words now and
// then ("促进社会和谐") profiles as mixed texts; the column of distinct texts
// left of the target, under a blank caption or the bare 指标, still names
// the indicators. Texts right of the target name none.
func TestFlatListNames(t *testing.T) {
	rows := func(caption string, right bool) [][]string {
		head := []string{"绩效指标", caption, "指标权重", "计量单位", "指标性质", "指标值"}
		body := [][]string{
			{"", "发放人数", "20", "人", "≥", "80"},
			{"", "按时足额发放率", "10", "%", "≥", "95"},
			{"", "促进社会和谐", "20", "", "定性", ""},
		}
		if right { // the texts moved right of the target
			head = []string{"绩效指标", "指标权重", "计量单位", "指标性质", "指标值", caption}
			for k, r := range body {
				body[k] = []string{r[0], r[2], r[3], r[4], r[5], r[1]}
			}
		}
		return append([][]string{{"专项资金名称", "某项目库"}, {"当年预算", "229.66"}, head}, body...)
	}
	tests := []struct {
		name string
		rows [][]string
		want []string
	}{
		{"under 指标", rows("指标", false), []string{"发放人数=≥80人/20", "按时足额发放率=≥95%/10"}},
		{"under a blank caption", rows("", false), []string{"发放人数=≥80人/20", "按时足额发放率=≥95%/10"}},
		{"right of the target", rows("指标", true), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1, tt.rows...)}, layout.DefaultLimits)
			var got []string
			for _, p := range doc.Projects {
				for _, in := range p.Indicators {
					got = append(got, in.Name+"="+in.Value.Raw+"/"+deref(in.Weight))
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
