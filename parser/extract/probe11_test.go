package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

// Tests of the eleventh probe round (testdata/probe 173 on): layouts the
// new probe filings found misread, one family each.

// A template's level-2 row the filer marked as having no indicator, its
// name cell saying none (社会效益指标 | 无 | 无, 成本指标 | 不涉及 | 不涉及,
// a dash or a slash: noneName), is no indicator whatever its target cell
// holds: its cells are unrecognized with NO-INDICATOR-NAME. Before, 无 |
// 无 was read as an indicator named 无 with the qualitative target 无. A
// name that only starts with such a word (无障碍设施改造) is a name.
func TestNoneNameIsNoIndicator(t *testing.T) {
	for _, tt := range []struct {
		name, value string
		want        []string
		warned      bool
	}{
		{"无", "无", nil, true},
		{"暂无", "0", nil, true},
		{"不涉及", "不涉及", nil, true},
		{"——", "——", nil, true},
		{"无障碍设施改造", "≥5处", []string{"无障碍设施改造=≥5处"}, false},
		{"安全事故", "无", []string{"安全事故=无"}, false},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "乡村振兴衔接资金项目"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "建设产业基地", "≥3个"},
			[]string{"效益指标", "社会效益指标", tt.name, tt.value},
		)}, layout.DefaultLimits)
		want := append([]string{"建设产业基地=≥3个"}, tt.want...)
		assert.Equal(t, want, indicatorStrings(doc, nameTarget), tt.name)
		assert.Equal(t, tt.warned, hasWarning(doc, diag.NoIndicatorName), tt.name)
	}
}

// A text export's two-row header whose target caption spans the areas
// named in its second row (指标值 over 全市 | 甲县 | 乙县, printed once),
// with a caption right of it spanning both rows (计量单位, 备注), is read as
// the HTML form of the same table reads it: the first area's value the
// target with the unit beside it, each area a value of its own
// (targetOverAreas). Before, only a target caption standing last was so
// read: with a unit column after it, the rows' last cells were read as the
// target and its unit (25个, the last area's, for 60个) and the other
// areas left unrecognized.
func TestTargetOverAreasCaptionAfter(t *testing.T) {
	for _, after := range []string{"计量单位", "单位"} {
		doc := Extract(text.Read(tikaExport(
			[]string{"转移支付名称", "农村综合改革转移支付"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值", after},
			[]string{"", "", "", "全市", "甲县", "乙县", ""},
			[]string{"产出指标", "数量指标", "一事一议项目数", "60", "35", "25", "个"},
			[]string{"", "质量指标", "项目验收合格率", "100", "100", "100", "%"},
		)), layout.DefaultLimits)
		got := indicatorStrings(doc, func(ind *model.Indicator) string {
			var areas []string
			for _, o := range ind.OtherValues {
				areas = append(areas, o.Label+"="+o.Value.Raw)
			}
			return ind.Name + "=" + ind.Value.Raw + "|" + strings.Join(areas, ",")
		})
		assert.Equal(t, []string{"一事一议项目数=60个|全市=60,甲县=35,乙县=25", "项目验收合格率=100%|全市=100,甲县=100,乙县=100"}, got, after)
	}
}

// A header whose captions' words were cut over two rows (一级 | 二级 | 三级
// | 指标 over 指标 | 指标 | 指标 | 值, a PDF's converter splitting each
// two-line caption cell; 一级指标 | 二级指标 | 三级指标 over 名称 | 名称 |
// 名称) is read glued (一级指标, 指标值), its second row no indicator
// (captionsSplitOverRows). Before, the second row was read as an indicator
// named 指标 with the target 值. A row under the header that completes one
// caption only, or holds a digit, is read as before.
func TestCaptionsSplitOverRows(t *testing.T) {
	for _, tt := range []struct {
		head, second []string
		want         []string
	}{
		{[]string{"一级", "二级", "三级", "指标"}, []string{"指标", "指标", "指标", "值"},
			[]string{"产出指标|数量指标|保洁河道长度=≥80公里", "产出指标|质量指标|河面保洁达标率=≥95%"}},
		{[]string{"一级指标", "二级指标", "三级指标", "指标"}, []string{"名称", "名称", "名称", "值"},
			[]string{"产出指标|数量指标|保洁河道长度=≥80公里", "产出指标|质量指标|河面保洁达标率=≥95%"}},
		{[]string{"一级指标", "二级指标", "三级指标", "指标值"}, []string{"产出指标", "时效指标", "保洁及时率", "100%"},
			[]string{"产出指标|时效指标|保洁及时率=100%", "产出指标|数量指标|保洁河道长度=≥80公里", "产出指标|质量指标|河面保洁达标率=≥95%"}},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "河道保洁项目"},
			tt.head, tt.second,
			[]string{"产出指标", "数量指标", "保洁河道长度", "≥80公里"},
			[]string{"产出指标", "质量指标", "河面保洁达标率", "≥95%"},
		)}, layout.DefaultLimits)
		got := indicatorStrings(doc, func(ind *model.Indicator) string {
			return ind.Level1 + "|" + ind.Level2 + "|" + ind.Name + "=" + ind.Value.Raw
		})
		assert.Equal(t, tt.want, got, strings.Join(tt.second, "|"))
	}
}

// An amount whose money unit is written in traditional characters (150萬元,
// 2.5億元, 30萬), as numbers and units of a filing typed or converted so
// keep them, is read as its simplified form is: the number the budget,
// the unit the project's money unit (simplifiedMoney). Before, 150萬元 was
// no amount (AMOUNT-NOT-NUMBER): the budget was lost and the cell
// unrecognized, though targets in 萬 were already read.
func TestTraditionalMoneyUnit(t *testing.T) {
	for _, tt := range []struct {
		cell, total, unit string
	}{
		{"150萬元", "150", "万元"},
		{"2.5億元", "2.5", "亿元"},
		{"30萬", "30", "万元"},
		{"150万元", "150", "万元"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "城乡居民基本医疗保险补助"},
			[]string{"年度资金总额", tt.cell},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "参保人数", "≥2萬人"},
		)}, layout.DefaultLimits)
		if assert.Len(t, doc.Projects, 1, tt.cell) {
			p := doc.Projects[0]
			total := ""
			if p.Budget.Total != nil {
				total = *p.Budget.Total
			}
			assert.Equal(t, tt.total+"|"+tt.unit, total+"|"+p.MoneyUnit, tt.cell)
		}
	}
}

// The national 部门整体支出绩效目标申报表's task table, whose amount's
// caption (预算金额（万元）, a column of the task table) spans 总额 | 财政拨款
// | 其他资金 in the row under it, reads its 金额合计 row as the budget: the
// total, the fiscal and the other part, in the caption's unit
// (taskAmountParts). Before, the caption stayed a task-table column and
// every amount was kept as a task's text: no budget. A task table whose
// amount's caption is not split keeps its amounts as the tasks' (no
// budget from one task), and so does a text export's, whose spans are
// lost (its 金额合计 printed once stands a column left of its amounts).
func TestTaskAmountParts(t *testing.T) {
	page := func(sub, total string) string {
		return `<p>2024年部门整体支出绩效目标表</p><table>
<tr><td>部门（单位）名称</td><td colspan="5">某县退役军人事务局</td></tr>
<tr><td rowspan="5">年度主要任务</td><td rowspan="2">任务名称</td><td rowspan="2">主要内容</td><td colspan="3">预算金额（万元）</td></tr>
<tr>` + sub + `</tr>
<tr><td>优抚对象抚恤补助</td><td>按标准发放抚恤补助</td><td>620.00</td><td>620.00</td><td>0</td></tr>
<tr><td>退役军人就业创业</td><td>开展技能培训</td><td>80.00</td><td>60.00</td><td>20.00</td></tr>
<tr><td colspan="2">` + total + `</td><td>700.00</td><td>680.00</td><td>20.00</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td colspan="2">三级指标</td><td colspan="2">指标值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td colspan="2">优抚对象人数</td><td colspan="2">≥1800人</td></tr>
</table>`
	}
	for _, tt := range []struct {
		name, sub, total, want string
	}{
		{"总额", "<td>总额</td><td>财政拨款</td><td>其他资金</td>", "金额合计", "700.00|680.00|20.00|万元"},
		{"小计", "<td>小计</td><td>财政拨款</td><td>其他资金</td>", "金额合计", "700.00|680.00|20.00|万元"},
		{"not split", "<td>甲</td><td>乙</td><td>丙</td>", "金额合计", "|||"},
	} {
		b, err := html.Read([]byte(page(tt.sub, tt.total)), layout.DefaultLimits)
		require.NoError(t, err)
		doc := Extract(b, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tt.name)
		bu := doc.Projects[0].Budget
		got := strings.Join([]string{orNil(bu.Total), orNil(bu.Fiscal), orNil(bu.Other), doc.Projects[0].MoneyUnit}, "|")
		assert.Equal(t, tt.want, got, tt.name)
	}
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"部门（单位）名称", "某县退役军人事务局"},
		[]string{"年度主要任务", "任务名称", "主要内容", "预算金额（万元）"},
		[]string{"", "", "", "总额", "财政拨款", "其他资金"},
		[]string{"", "优抚对象抚恤补助", "按标准发放抚恤补助", "620.00", "620.00", "0"},
		[]string{"", "金额合计", "700.00", "680.00", "20.00"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "优抚对象人数", "≥1800人"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	assert.Nil(t, doc.Projects[0].Budget.Total, "text export")
}

// orNil is *s, or "" for nil.
func orNil(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// A grid read by content (its header dropped: 三级指标（指标内容） printed
// once over the names and their descriptions in a text export) whose
// names include one with a level word (群众满意度) reads the first column
// of texts after the levels as the names and the next as their
// descriptions (namesLeftOf), as templates write them. Before, the names'
// column, a level word in a third of its cells, profiled as no kind, and
// the descriptions' column took the names (问卷调查 read as an
// indicator's name, a value in a field no content justifies).
func TestNamesBeforeDescriptionByContent(t *testing.T) {
	for _, last := range []string{"群众满意度", "投诉处理率"} {
		doc := Extract(text.Read(tikaExport(
			[]string{"项目名称", "农产品质量安全监管项目"},
			[]string{"一级指标", "二级指标", "三级指标（指标内容）", "指标值"},
			[]string{"产出指标", "数量指标", "抽检样品数", "全年抽检蔬菜、水果样品", "≥1200批次"},
			[]string{"", "质量指标", "抽检合格率", "按农业农村部标准判定", "≥98%"},
			[]string{"满意度指标", "服务对象满意度指标", last, "问卷调查", "≥90%"},
		)), layout.DefaultLimits)
		got := indicatorStrings(doc, func(ind *model.Indicator) string {
			return ind.Name + "|" + ind.Description + "|" + ind.Value.Raw
		})
		assert.Equal(t, []string{"抽检样品数|全年抽检蔬菜、水果样品|≥1200批次", "抽检合格率|按农业农村部标准判定|≥98%", last + "|问卷调查|≥90%"}, got, last)
	}
}

// A project's long-term grid under a section row across the table
// (中长期绩效指标, 实施期绩效指标) before its year's grid under its own
// (年度绩效指标) gives the year's indicators only: the long-term rows are
// unrecognized with LONG-TERM-GRID (sectionOver). Before, both grids were
// read as the year's indicators, the long-term targets (≥10万亩) as this
// year's. A label beside an empty cell (中长期目标 | , a goal not written)
// is no section, and a grid under a year's section row reads as before.
func TestLongTermGridUnread(t *testing.T) {
	for _, tt := range []struct {
		section []string
		want    []string
		warned  bool
	}{
		{[]string{"中长期绩效指标"}, []string{"建成高标准农田=≥2万亩"}, true},
		{[]string{"实施期绩效指标"}, []string{"建成高标准农田=≥2万亩"}, true},
		{[]string{"中长期目标", ""}, []string{"建成高标准农田=≥10万亩", "建成高标准农田=≥2万亩"}, false},
		{[]string{"本年度绩效指标"}, []string{"建成高标准农田=≥10万亩", "建成高标准农田=≥2万亩"}, false},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "高标准农田建设项目"},
			tt.section,
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "建成高标准农田", "≥10万亩"},
			[]string{"年度绩效指标"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "建成高标准农田", "≥2万亩"},
		)}, layout.DefaultLimits)
		assert.Equal(t, tt.want, indicatorStrings(doc, nameTarget), tt.section[0])
		assert.Equal(t, tt.warned, hasWarning(doc, diag.LongTermGrid), tt.section[0])
	}
}

// A money row labelled 其中： and a label of a part the vocabulary knows
// alone (其中：一般公共预算, 其中：基本支出, 其中:其它资金) is read as that
// label is: a budget item kept under its label, or the fiscal or other
// part. Before, only the 其中： labels the vocabulary lists whole were
// read: 其中：一般公共预算 | 200.00 was unrecognized while 政府性基金预算 |
// 80.00 beside it was an item, and 其中:其它资金 | 0 an item, not the
// other part.
func TestPartLabelAfterQizhong(t *testing.T) {
	for _, tt := range []struct {
		label, want string
	}{
		{"其中：一般公共预算", "300.00||20.00|其中：一般公共预算=200.00,政府性基金预算=80.00"},
		{"其中：其它资金", "300.00||200.00|政府性基金预算=80.00"},
	} {
		rows := [][]string{
			{"项目名称", "城乡环卫一体化项目"},
			{"年度资金总额（万元）", "300.00"},
			{tt.label, "200.00"},
			{"政府性基金预算", "80.00"},
		}
		if tt.label != "其中：其它资金" {
			rows = append(rows, []string{"其他资金", "20.00"})
		}
		rows = append(rows, []string{"一级指标", "二级指标", "三级指标", "指标值"}, []string{"产出指标", "数量指标", "垃圾清运量", "≥3万吨"})
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tt.label)
		bu := doc.Projects[0].Budget
		var items []string
		for _, it := range bu.Items {
			items = append(items, it.Label+"="+it.Text)
		}
		got := strings.Join([]string{orNil(bu.Total), orNil(bu.Fiscal), orNil(bu.Other), strings.Join(items, ",")}, "|")
		assert.Equal(t, tt.want, got, tt.label)
	}
}

// A wide table of a unit's projects whose project cells are written again
// on every row (a spreadsheet's unmerged cells: 农村公路养护 | 500.00 on
// each of its indicators' rows) reads each project's cells once: the
// budget, and no item repeating it; the money unit its caption names
// (预算数（万元）) is the projects', not assumed. Before, the repeated
// amount was kept again as a budget item (预算数（万元） = 500.00 beside the
// total 500.00) and 万元 was assumed with MONEY-UNIT-ASSUMED.
func TestWideTableRepeatedCellsOnce(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "预算数（万元）", "一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"农村公路养护", "500.00", "产出指标", "数量指标", "养护里程", "≥800公里"},
		[]string{"农村公路养护", "500.00", "效益指标", "社会效益指标", "群众出行满意度", "≥90%"},
		[]string{"客运站运营补贴", "120.00", "产出指标", "数量指标", "补贴客运站", "3个"},
		[]string{"客运站运营补贴", "120.00", "满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%"},
	)}, layout.DefaultLimits)
	var got []string
	for _, p := range doc.Projects {
		got = append(got, fmt.Sprintf("%s|%s|%s|%d|%d", p.Name, orNil(p.Budget.Total), p.MoneyUnit, len(p.Budget.Items), len(p.Indicators)))
	}
	assert.Equal(t, []string{"农村公路养护|500.00|万元|0|2", "客运站运营补贴|120.00|万元|0|2"}, got)
	assert.False(t, hasWarning(doc, diag.MoneyUnitAssumed))
}
