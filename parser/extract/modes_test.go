package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestModeTransitions follows one table through the modes: each row is
// listed with the modes that read it, in order ("" when a transition of
// every mode read it first: a grid header).
func TestModeTransitions(t *testing.T) {
	e := newExtractor(layout.DefaultLimits, nil)
	var seen []string
	e.trace = func(m mode) { seen = append(seen, m.String()) }
	tbl := tableOf(1,
		[]string{"项目名称", "甲项目", "项目编码", "P1"},
		[]string{"项目资金（万元）", "年初预算数", "全年预算数", "全年执行数"},
		[]string{"年度资金总额", "10", "12", "11"},
		[]string{"年度总体目标", "预期目标", "实际完成情况", ""},
		[]string{"", "完成培训", "已完成", ""},
		[]string{"资金支出计划", "3月", "6月", "12月"},
		[]string{"", "10%", "50%", "100%"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "培训人数", "50人"},
		[]string{"项目负责人：", "", "财务负责人：", ""},
		[]string{"项目名称", "乙项目", "项目编码", "P2"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "质量指标", "合格率", "≥95%"},
		[]string{"项目名称", "丙项目", "", ""},
	).Table
	var got []string
	for ri, row := range tbl.Rows {
		seen = nil
		e.rest = tbl.Rows[ri+1:]
		e.row(row, ri == 0)
		got = append(got, strings.Join(seen, ">"))
	}
	e.finishProject()
	assert.Equal(t, []string{
		"outside>header",       // opens 甲项目
		"block>header",         // column labels: a money sub-table opens
		"block>money",          // its total
		"block>money",          // goal columns replace it
		"block>goals",          // the goals under them
		"block>goals",          // a label closes the sub-table: the plan's periods
		"block>spending",       // their values
		"",                     // a grid header
		"grid",                 // an indicator
		"grid>header",          // the sign-off row leaves the grid
		"block>outside>header", // another project
		"",
		"grid",
		"grid>outside>header", // a third project leaves the grid
	}, got)
	doc := e.doc
	require.Len(t, doc.Projects, 3)
	assert.Equal(t, "12", deref(doc.Projects[0].Budget.Total))
	assert.Equal(t, []string{"完成培训"}, doc.Projects[0].Goals)
	assert.Len(t, doc.Projects[0].SpendingPlan.Points, 3)
	assert.Len(t, doc.Projects[0].Indicators, 1)
	assert.Len(t, doc.Projects[1].Indicators, 1)
	assert.Equal(t, "丙项目", doc.Projects[2].Name)
}
