package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A money label of a year before the filing's by words (上年资金总额,
// 上年预算数, 去年预算数: lastYears) is never this year's total: beside
// the year's own label its amount no longer replaces the total. Before,
// labelByShape read it as the total and the later label's amount won
// (资金总额 260 | 上年资金总额 180 → 180). Found reviewing c8111e3, whose
// caption rows read such labels too; the label reading is older than
// this session. A year's number (2023年资金总额) may name the filing's own
// year and is read as before.
func TestLastYearsLabelIsNoTotal(t *testing.T) {
	for _, tt := range []struct {
		row  []string
		want string
	}{
		{[]string{"资金总额（万元）", "260.00", "上年资金总额", "180"}, "260.00|||"},
		{[]string{"上年资金总额", "180", "资金总额（万元）", "260.00"}, "260.00|||"},
		{[]string{"年度预算数", "500", "上年预算数", "450"}, "500|||"},
		{[]string{"本年预算数", "500", "去年预算数", "450"}, "500|||"},
		{[]string{"年度预算数", "500", "上年度预算数", "450"}, "500|||"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "老年人助餐服务项目", "", ""},
			tt.row,
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "助餐服务人次", "≥12万人次"},
		)}, layout.DefaultLimits)
		if assert.Len(t, doc.Projects, 1, tt.row[2]) {
			assert.Equal(t, tt.want, budgetOf(&doc.Projects[0]), tt.row[2])
		}
	}
}
