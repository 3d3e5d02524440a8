package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A web page's byline above the form (发布时间：2023-05-22 16:35
// 信息来源：某局, 2023-07-18 09:54 来源：某局) is no unit line: a line
// holding a label no unit line's names no department, and the table's
// 主管部门 does (real filings 91, 223, 561). Before, a byline ending in 局
// was taken for the unit's name.
func TestBylineIsNoUnitLine(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"publication time and source", "发布时间:2023-05-22 16:35 信息来源:某区文旅局", "某区文化和旅游局"},
		{"a date and a source", "2023-07-18 09:54     来源:某市教育局", "某区文化和旅游局"},
		{"views, time and source", "浏览次数: 发表时间:2025-03-20 08:44 信息来源:某县教育局", "某区文化和旅游局"},
		{"a bare unit name is one", "某县教育局", "某县教育局"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{
				para(1, "2023年度项目支出绩效目标表"),
				para(2, tt.line),
				tableOf(3,
					[]string{"项目名称", "文物保护经费"},
					[]string{"主管部门", "某区文化和旅游局"},
					[]string{"一级指标", "二级指标", "三级指标", "指标值"},
					[]string{"产出指标", "数量指标", "修缮文物点", "3处"},
				),
			}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, doc.Projects[0].Department.Name)
		})
	}
}
