package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Rules from the held-out half of the real corpus (testdata/real-heldout),
// after its one measurement.

// 指标值类型 is the type of the value (定量/定性, or the comparator), not a
// target column, and 指标值内容 explains the value: the target is 目标值
// with the 度量单位 after it and the sign before it.
func TestValueTypeAndContentColumns(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目支出绩效目标表"},
		[]string{"项目支出名称", "某专项", "^", "^", "^", "^", "^", "^"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容", "备注"},
		[]string{"成本指标", "经济成本指标", "某经费", "≤", "70", "万元", "反映某经费。", "反映某经费。"},
		[]string{"产出指标", "数量指标", "培训人数", "≥", "300", "人", "反映培训人数。", ""},
		[]string{"效益指标", "社会效益指标", "不利影响", "定性", "减少", "", "反映不利影响。", ""},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 3)
	assert.Equal(t, "≤70万元", inds[0].Value.Raw)
	assert.Equal(t, "≥300人", inds[1].Value.Raw)
	assert.Equal(t, "减少", inds[2].Value.Raw)
	assert.Equal(t, "反映不利影响。", inds[2].Description)
}

// A 度量单位 cell of "-" or "/" says the row has no unit of its own (the
// value carries it): it is not glued to the value.
func TestDashUnitIsNone(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目支出绩效目标表"},
		[]string{"项目名称", "某补助", "^", "^", "^"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值", "度量单位"},
		[]string{"产出指标", "数量指标", "补助标准", "17元/人.每天", "-"},
		[]string{"产出指标", "质量指标", "发放率", "90%以上", "／"},
		[]string{"产出指标", "数量指标", "补助人数", "168", "人"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 3)
	assert.Equal(t, "17元/人.每天", inds[0].Value.Raw)
	assert.Equal(t, "90%以上", inds[1].Value.Raw)
	assert.Equal(t, "168人", inds[2].Value.Raw)
}

// An unfilled template's value slots hold only a unit, or a comparator and
// a unit (公里, ≧ %): no target, so no indicator; a row with a number stays.
func TestUnitOnlyValueIsNoTarget(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"绩效目标表"},
		[]string{"项目名称", "某工程专项", "^", "^"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "指标1:新建堤防长度", "公里"},
		[]string{"产出指标", "数量指标", "指标2:灌区改造面积", "万亩"},
		[]string{"产出指标", "质量指标", "指标1:工程验收合格率", "≧ %"},
		[]string{"产出指标", "质量指标", "指标2:资金到位率", ">=95%"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 1)
	assert.Equal(t, ">=95%", inds[0].Value.Raw)
}

// A two-row header one cell short of its rows, in a format without
// positions: the block label (绩效指标) heads the rows' empty first column,
// and the target caption spans the two columns the second row names. The
// caption splits there: last year's result, then this year's target; the
// second row is no indicator.
func TestTargetCaptionSplitBySecondRow(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目支出绩效目标批复表"},
		[]string{"项目名称", "某培训班", "项目负责人", ""},
		[]string{"绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "指标标准或依据"},
		[]string{"", "", "", "", "2021年实际实现值", "预期2022年实现值", ""},
		[]string{"", "", "数量指标", "培训人次", "", "280人次", ""},
		[]string{"", "", "", "授课人次", "", "25人次", ""},
		[]string{"", "产出指标", "质量指标", "培训完成率", "", "100%", ""},
		[]string{"", "满意度指标", "服务对象满意度指标", "学员满意度", "", "≥95%", ""},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 4)
	assert.Equal(t, []string{"数量指标", "培训人次", "280人次"}, []string{inds[0].Level2, inds[0].Name, inds[0].Value.Raw})
	assert.Equal(t, []string{"产出指标", "质量指标", "培训完成率", "100%"}, []string{inds[2].Level1, inds[2].Level2, inds[2].Name, inds[2].Value.Raw})
	assert.Equal(t, "≥95%", inds[3].Value.Raw)
}

// The same header where the reader gives positions (HTML): the second
// row, whose texts stand only under the spanned target caption, is no
// indicator; nor is the stamps' row at the end (某科室（盖章） 年 月 日).
func TestCaptionHalvesAndStampRow(t *testing.T) {
	page := `<table>
<tr><td>项目名称</td><td colspan="6">某培训班</td></tr>
<tr><td rowspan="5">绩效指标</td><td rowspan="2">一级指标</td><td rowspan="2">二级指标</td><td rowspan="2">三级指标</td><td colspan="2">指标值</td><td rowspan="2">指标标准或依据</td></tr>
<tr><td>2021年实际实现值</td><td>预期2022年实现值</td></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>培训人次</td><td></td><td>280人次</td><td></td></tr>
<tr><td>质量指标</td><td>培训完成率</td><td></td><td>100%</td><td></td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>学员满意度</td><td></td><td>≥95%</td><td></td></tr>
<tr><td colspan="4">财政资金管理科室(盖章) 年 月 日</td><td colspan="3">财政绩效管理科室(盖章) 年 月 日</td></tr>
</table>`
	blocks, err := html.Read([]byte(page), layout.DefaultLimits)
	require.NoError(t, err)
	doc := Extract(blocks, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var names []string
	for _, ind := range doc.Projects[0].Indicators {
		names = append(names, ind.Name+"="+ind.Value.Raw)
	}
	assert.Equal(t, []string{"培训人次=280人次", "培训完成率=100%", "学员满意度=≥95%"}, names)
}

// This year's request beside the mid-term budget on the name row
// (项目名称 | X | 中期市财政预算(万元) | N | 本年度申请市财政预算资金(万元) | M):
// the year's request is the budget, the mid-term amount is kept beside it.
func TestYearRequestIsBudget(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"某市财政项目支出绩效目标表"},
		[]string{"项目名称", "某道路工程", "中期市财政预算(万元)", "2845.00", "本年度申请市财政预算资金(万元)", "919.00"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值", "^", "^"},
		[]string{"产出指标", "数量指标", "结算项目数", "3个", "^", "^"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	p := doc.Projects[0]
	require.NotNil(t, p.Budget.Total)
	assert.Equal(t, "919.00", *p.Budget.Total)
	assert.Equal(t, "万元", p.MoneyUnit)
}

// 部门名称 and 单位名称 naming the same unit under one project name are
// that project's two labels: one project, with its budget.
func TestRepeatedUnitNameIsOneProject(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目绩效目标表"},
		[]string{"项目名称", "某库房改造工程"},
		[]string{"部门名称", "某档案馆"},
		[]string{"单位名称", "某档案馆"},
		[]string{"年度资金总额", "24.998"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "改造库房数", "5个"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	assert.Equal(t, "某库房改造工程", doc.Projects[0].Name)
	require.NotNil(t, doc.Projects[0].Budget.Total)
	assert.Equal(t, "24.998", *doc.Projects[0].Budget.Total)
}
