package audit

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/model"
)

// The names filings give a cost per unit of a quantity, and names that
// only look like one.
func TestPerOfName(t *testing.T) {
	for _, tt := range []struct {
		name string
		per  string
		ok   bool
	}{
		// per head, as before
		{"人均培训成本", "人", true}, {"生均公用经费", "人", true}, {"户均补助", "户", true}, {"每人次补助", "人次", true},
		{"每名学生资助标准", "人", true},
		// per other quantities
		{"每亩补贴标准", "亩", true}, {"亩均投入", "亩", true}, {"每件印刷成本", "件", true}, {"单次检测费用", "次", true},
		{"每公里养护成本", "公里", true}, {"每千米维护费", "公里", true}, {"每批次抽检费用", "批", true}, {"每类课题经费", "类", true},
		{"单台设备采购成本", "台", true}, {"每个村补助资金", "个", true}, {"每所学校奖补", "所", true}, {"校均经费", "所", true},
		{"每平方米改造成本", "平方米", true}, {"单件产品成本", "件", true},
		// a unit cost or price whose unit the volume names
		{"设备采购单价", "", true}, {"单位成本", "", true}, {"道路建设单位造价", "", true},
		// no unit cost
		{"工作经费补助标准", "", false}, {"项目总成本", "", false}, {"单位运行经费", "", false}, {"每月租金", "", false},
		{"每年维护费", "", false}, {"平均成本", "", false}, {"清单项目编制费", "", false}, {"名单公示费用", "", false},
		{"培训人数", "", false},
	} {
		per, ok := perOfName(tt.name)
		assert.Equal(t, tt.ok, ok, tt.name)
		assert.Equal(t, tt.per, per, tt.name)
	}
}

// UNIT-COST-OVER-BUDGET now reads costs per mu, per item, per kilometre
// and unit prices, each times its volume, and stays quiet when the
// product fits the budget or no volume of that unit is planned.
func TestUnitCostGeneralised(t *testing.T) {
	cost := func(name, value string) func(p *model.Project) {
		return func(p *model.Project) {
			p.Indicators[3].Name, p.Indicators[3].Value.Raw = name, value
		}
	}
	vol := func(name, value string) func(p *model.Project) {
		return func(p *model.Project) {
			p.Indicators[0].Name, p.Indicators[0].Value.Raw = name, value
		}
	}
	for _, tt := range []struct {
		what string
		mod  func(p *model.Project)
		want int
	}{
		{"per mu by name: 3000元 × 50亩 = 15万元 > 10万元", all(cost("每亩补贴标准", "≤3000元"), vol("补贴面积", "≥50亩")), 1},
		{"per mu by unit", all(cost("补贴标准", "≤3000元/亩"), vol("补贴面积", "≥50亩")), 1},
		{"per mu that fits: 1000元 × 50亩", all(cost("每亩补贴标准", "≤1000元"), vol("补贴面积", "≥50亩")), 0},
		{"per kilometre: 0.5万元 × 30公里", all(cost("每公里养护成本", "≤0.5万元"), vol("养护里程", "30公里")), 1},
		{"per item: 单件 2000元 × 100件", all(cost("单件印刷成本", "≤2000元"), vol("印刷数量", "100件")), 1},
		{"a unit price and the volume of the same thing", all(cost("设备采购单价", "≤5000元"), vol("采购设备数量", "40台")), 1},
		{"a unit price that fits", all(cost("设备采购单价", "≤2000元"), vol("采购设备数量", "40台")), 0},
		{"a unit price and a volume of something else", all(cost("设备采购单价", "≤5000元"), vol("培训人数", "≥50人")), 0},
		{"per mu with no volume in mu", all(cost("每亩补贴标准", "≤3000元"), vol("培训人数", "≥50人")), 0},
		{"a total, not per unit", all(cost("项目总成本", "≤9万元"), vol("补贴面积", "≥50亩")), 0},
		{"per month is a period, not a quantity", all(cost("每月租金", "≤5000元"), vol("租赁面积", "30个")), 0},
	} {
		assert.Equal(t, tt.want, rulesFired(project(tt.mod))["UNIT-COST-OVER-BUDGET"], tt.what)
	}
}
