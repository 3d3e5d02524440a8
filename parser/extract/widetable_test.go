package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// wideWant is what a test expects of one project of a wide table.
type wideWant struct {
	name, budget, dept string
	raws               []string
}

// TestWideTable reads wide tables (issue 21, family 4): a project per
// 项目名称, its budget and unit, a 合计 row no project, each a project's
// table (not a department-wide one).
func TestWideTable(t *testing.T) {
	tests := []struct {
		name   string
		blocks []layout.Block
		want   []wideWant
	}{
		{
			name: "unit, project, budget, goal; subtotal first; comparator and polarity columns; blanks below",
			blocks: []layout.Block{para(1, "某局2024年项目支出绩效目标表"), para(2, "金额单位:元"), tableOf(3,
				[]string{"单位名称", "项目名称", "预算数", "年度目标", "一级", "二级", "三级", "指标性质", "指标值", "度量单位", "权重", "指标方向性"},
				[]string{"某局", "合计", "1,830,000.00", "", "", "", "", "", "", "", "", ""},
				[]string{"某局", "病虫害统防统治", "1,250,000.00", "减少损失。", "产出指标", "数量指标", "统防面积", "≥", "5", "万亩", "30", "正向"},
				[]string{"", "", "", "", "满意度指标", "服务对象满意度指标", "农户满意度", "≥", "90", "%", "20", "正向"},
				[]string{"某局", "动物防疫补助", "580,000.00", "免疫密度达标。", "产出指标", "质量指标", "免疫密度", "≥", "90", "%", "50", "正向"},
				[]string{"", "", "", "", "效益指标", "社会效益指标", "疫情发生", "=", "0", "起", "50", "反向"},
			)},
			want: []wideWant{
				{"病虫害统防统治", "1250000.00", "某局", []string{"≥5万亩", "≥90%"}},
				{"动物防疫补助", "580000.00", "某局", []string{"≥90%", "=0起"}},
			},
		},
		{
			name: "project and levels only, project cells merged down",
			blocks: []layout.Block{tableOf(1,
				[]string{"项目名称", "一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"甲项目", "产出指标", "数量指标", "培训人次", "≥100人次"},
				[]string{"^", "^", "质量指标", "合格率", "100%"},
				[]string{"乙项目", "效益指标", "社会效益指标", "覆盖率", "≥95%"},
				[]string{"^", "满意度指标", "服务对象满意度指标", "满意度", "≥90%"},
			)},
			want: []wideWant{
				{"甲项目", "<nil>", "", []string{"≥100人次", "100%"}},
				{"乙项目", "<nil>", "", []string{"≥95%", "≥90%"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, len(tt.want), "%+v", doc.Projects)
			for k, w := range tt.want {
				p := doc.Projects[k]
				assert.Equal(t, w.name, p.Name)
				assert.Equal(t, w.budget, deref(p.Budget.Total))
				assert.Equal(t, w.dept, p.Department.Name)
				assert.Equal(t, model.KindProject, p.Kind)
				var raws []string
				for _, ind := range p.Indicators {
					raws = append(raws, ind.Value.Raw)
				}
				assert.Equal(t, w.raws, raws)
			}
		})
	}
}

// TestOrdinaryGridNotWide: an ordinary grid under its header block stays
// one project, its name from the 项目名称 label, every indicator in it.
func TestOrdinaryGridNotWide(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "培训项目", "项目编码", "P1"},
		[]string{"单位名称", "某局", "预算数", "10"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "人数", "5人"},
		[]string{"", "", "次数", "3次"},
		[]string{"", "质量指标", "合格率", "100%"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	p := doc.Projects[0]
	assert.Equal(t, "培训项目", p.Name)
	assert.Equal(t, "10", deref(p.Budget.Total))
	assert.Len(t, p.Indicators, 3)
}
