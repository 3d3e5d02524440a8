package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestWideTableMoneyGroups: the Hunan 整体支出绩效目标表 printed as one wide
// grid with a two-row header (real filing 470): 单位编码 | 单位名称 | 资金总额
// | 按收入性质分 (over 一般公共预算 | 其他资金) | 按支出性质分 (over 基本支出 |
// 项目支出) | 整体绩效目标 beside the grid's captions in the second row. The
// captions that group money columns are no label, the second row is the
// grid's header, its money captions the unit's amounts on the first row
// (no weights): the budget is read, and the first row's indicator with it,
// a target of 0 % too. Over words that are no money labels a caption
// groups nothing: no budget is read from the row under it.
func TestWideTableMoneyGroups(t *testing.T) {
	tests := []struct {
		name      string
		group     string
		under     []string
		budget    string
		firstName string
		n         int
	}{
		{"income and spending groups", "按收入性质分", []string{"一般公共预算", "其他资金"}, "1752.48", "成本节约率", 3},
		{"one group caption", "资金构成", []string{"财政拨款", "其他资金"}, "1752.48", "成本节约率", 3},
		{"a group over no money", "按收入性质分", []string{"服务对象", "服务人数"}, "<nil>", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := [][]string{
				{"单位编码", "单位名称", "资金总额", tt.group, "^", "按支出性质分", "^", "整体绩效目标", "部门整体支出年度绩效目标", "^", "^", "^", "^", "^"},
				{"", "", "", tt.under[0], tt.under[1], "基本支出", "项目支出", "", "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"},
				{"058003", "某福利院", "1,752.48", "1,662.48", "90", "700.38", "1,052.1", "保障服务对象权益", "成本指标", "经济成本指标", "成本节约率", "0", "%", "20"},
				{"^", "^", "^", "^", "^", "^", "^", "^", "产出指标", "数量指标", "开展安全排查次数", "6", "次", "3"},
				{"^", "^", "^", "^", "^", "^", "^", "^", "^", "质量指标", "设施设备有效使用率", "90", "%", "3"},
			}
			doc := Extract([]layout.Block{para(1, "整体支出绩效目标表"), para(2, "金额单位:万元"), tableOf(3, rows...)}, layout.DefaultLimits)
			if tt.n == 0 {
				for _, p := range doc.Projects {
					assert.Nil(t, p.Budget.Total)
				}
				return
			}
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.budget, deref(p.Budget.Total))
			require.Len(t, p.Indicators, tt.n)
			assert.Equal(t, tt.firstName, p.Indicators[0].Name)
			assert.Equal(t, "0%", p.Indicators[0].Value.Raw)
			assert.Equal(t, "某福利院", p.Department.Name)
			for _, ind := range p.Indicators {
				assert.Nil(t, ind.Weight, ind.Name)
			}
		})
	}
}
