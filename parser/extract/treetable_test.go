package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestTreeTable reads trees held in one column, with the indentation a text
// export keeps and without it (an HTML page), with 成本指标 as a level-2
// label and as a level-1 family.
func TestTreeTable(t *testing.T) {
	type ind struct{ l1, l2, name, raw string }
	tests := []struct {
		name       string
		rows       [][]string
		unit, proj string
		budget     string
		want       []ind
	}{
		{
			name: "indented, the unit above its project, annotated level-2 labels",
			rows: [][]string{
				{"单位:元"},
				{"项目", "指标值", "绩效金额"},
				{" 某疾控中心", "", ""},
				{"  疫苗及药物", "", "3,000,000"},
				{"   产出指标", "", ""},
				{"    成本指标(必填硬性指标)", "", ""},
				{"     按标准采购", "100%", ""},
				{"    时效指标(必填)", "", ""},
				{"     提供及时率", "100%", ""},
				{"   满意度指标", "", ""},
				{"    服务对象满意度指标", "", ""},
				{"     服务对象满意度", "≥90%", ""},
			},
			unit: "某疾控中心", proj: "疫苗及药物", budget: "3000000",
			want: []ind{
				{"产出指标", "成本指标(必填硬性指标)", "按标准采购", "100%"},
				{"产出指标", "时效指标(必填)", "提供及时率", "100%"},
				{"满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"},
			},
		},
		{
			name: "no indentation: the rows told by their words",
			rows: [][]string{
				{"项目", "指标值", "绩效金额"},
				{"某疾控中心", "", ""},
				{"疫苗及药物", "", "3000000"},
				{"产出指标", "", ""},
				{"成本指标(必填硬性指标)", "", ""},
				{"按标准采购", "100%", ""},
				{"数量指标", "", ""},
				{"疫苗使用率", "100%", ""},
				{"满意度指标", "", ""},
				{"服务对象满意度指标", "", ""},
				{"服务对象满意度", "100%", ""},
			},
			unit: "某疾控中心", proj: "疫苗及药物", budget: "3000000",
			want: []ind{
				{"产出指标", "成本指标(必填硬性指标)", "按标准采购", "100%"},
				{"产出指标", "数量指标", "疫苗使用率", "100%"},
				{"满意度指标", "服务对象满意度指标", "服务对象满意度", "100%"},
			},
		},
		{
			name: "成本指标 a level-1 family after the indicators of another",
			rows: [][]string{
				{"项目", "指标值", "绩效金额"},
				{"疫苗及药物", "", "80"},
				{"产出指标", "", ""},
				{"数量指标", "", ""},
				{"疫苗使用率", "100%", ""},
				{"成本指标", "", ""},
				{"经济成本指标", "", ""},
				{"采购成本", "≤80万元", ""},
			},
			proj: "疫苗及药物", budget: "80",
			want: []ind{
				{"产出指标", "数量指标", "疫苗使用率", "100%"},
				{"成本指标", "经济成本指标", "采购成本", "≤80万元"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1, tt.rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.proj, p.Name)
			assert.Equal(t, tt.unit, p.Department.Name)
			assert.Equal(t, tt.budget, deref(p.Budget.Total))
			var got []ind
			for _, x := range p.Indicators {
				got = append(got, ind{x.Level1, x.Level2, x.Name, x.Value.Raw})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestNotTreeTable: tables that hold no tree are not read as one.
func TestNotTreeTable(t *testing.T) {
	tests := []struct {
		name string
		rows [][]string
	}{
		{"an ordinary grid", [][]string{
			{"一级指标", "二级指标", "三级指标", "指标值"},
			{"产出指标", "数量指标", "人数", "5人"},
			{"", "质量指标", "合格率", "100%"},
		}},
		{"a two-column grid with level columns", [][]string{
			{"三级指标", "指标值"},
			{"人数", "5人"},
			{"合格率", "100%"},
		}},
		{"names and targets without level labels", [][]string{
			{"指标名称", "指标值"},
			{"人数", "5人"},
			{"合格率", "100%"},
		}},
		{"level labels but no row with a target", [][]string{
			{"项目", "指标值", "金额"},
			{"产出指标", "", ""},
			{"数量指标", "", ""},
		}},
	}
	e := &extractor{lx: defaultLexicon()}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Nil(t, e.findTreeTable(tableOf(1, tt.rows...).Table))
		})
	}
	// the positive control: the same check finds a tree
	tree := tableOf(1, []string{"项目", "指标值"}, []string{"产出指标", ""}, []string{"数量指标", ""},
		[]string{"人数", "5人"}, []string{"次数", "3次"})
	assert.NotNil(t, e.findTreeTable(tree.Table))
}
