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

// A page's introductory sentence in the first row of the table under the
// page's title (…纳入预算绩效管理的项目1个，项目名称为某补贴，项目绩效目标
// 详见附件。 over the form's own title row, the Guangxi 年度预算项目绩效目标
// 公开表 of real filing 561) is no row of the form: prose (longer than a
// label, in clauses, ended by a full stop) and no label, it opens no
// project and the form's title row under it opens no second one. Before,
// the sentence counted as a row of the project the page's title opened, so
// the title row opened a second; where a unit line stood under the page's
// title the first kept its department and stood as a project of its own,
// named from the title (561 did so while its byline was read as a unit
// line).
func TestIntroSentenceRowOpensNoProject(t *testing.T) {
	form := [][]string{
		{"2023年度预算项目绩效目标公开表"},
		{"项目名称", "某学校办学补贴"},
		{"项目主管部门", "某市教育局", "项目实施单位", "某市教育局"},
		{"项目资金 (万元)", "合计", "1800"},
		{"一级指标", "二级指标", "指标内容", "指标值"},
		{"产出指标", "产出数量指标", "新增学位", "2300个"},
	}
	tests := []struct {
		name     string
		above    []layout.Block
		sentence string
		want     int // projects
	}{
		{"naming the project, under the page's title and a unit line", []layout.Block{para(1, "2023年度预算项目绩效目标公开表(某学校办学补贴)"), para(2, "编制单位：某市教育局")},
			"某市教育局(含所属二层)2023年6月年中综合财政支出预算纳入预算绩效管理的项目1个,项目名称为某学校办学补贴,项目绩效目标详见附件。", 1},
		{"naming none, under the page's title and a unit line", []layout.Block{para(1, "2023年度预算项目绩效目标公开表(某学校办学补贴)"), para(2, "编制单位：某市教育局")},
			"某市教育局2023年纳入预算绩效管理的项目共1个，现将项目绩效目标公开如下，详见附表。", 1},
		{"naming the project, under the page's title", []layout.Block{para(1, "2023年度预算项目绩效目标公开表(某学校办学补贴)")},
			"某市教育局(含所属二层)2023年6月年中综合财政支出预算纳入预算绩效管理的项目1个,项目名称为某学校办学补贴,项目绩效目标详见附件。", 1},
		{"naming none, under the page's title", []layout.Block{para(1, "2023年度预算项目绩效目标公开表(某学校办学补贴)")},
			"某市教育局2023年纳入预算绩效管理的项目共1个，现将项目绩效目标公开如下，详见附表。", 1},
		{"no page title", nil,
			"某市教育局(含所属二层)2023年6月年中综合财政支出预算纳入预算绩效管理的项目1个,项目名称为某学校办学补贴,项目绩效目标详见附件。", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{tt.sentence}}, form...)
			doc := Extract(append(tt.above, tableOf(10, rows...)), layout.DefaultLimits)
			require.Len(t, doc.Projects, tt.want)
			p := doc.Projects[0]
			assert.Equal(t, "某学校办学补贴", p.Name)
			assert.Equal(t, "1800", deref(p.Budget.Total))
			assert.Len(t, p.Indicators, 1)
			assert.Contains(t, unrecognizedTexts(doc), tt.sentence)
		})
	}
}
