package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// levelsNameTarget writes an indicator as level1/level2/name=target.
func levelsNameTarget(ind *model.Indicator) string {
	return ind.Level1 + "/" + ind.Level2 + "/" + ind.Name + "=" + ind.Value.Raw
}

// A grid whose target column stands left of its levels (指标值 | 一级指标 |
// 二级指标 | 三级指标内容, issue 21's family 3, orders nobody here has seen)
// reads the names from the column of names right after the levels under
// an unknown caption, as it does where the target stands after them; the
// rule that an unknown caption right of the target heads no names
// (评分细则 over sentences past the target) holds only where the target
// stands between the levels and that column. Before, the names' column was
// left unread and the level-2 labels named one indicator per group
// (数量指标=≥80次: 3 extra, 7 lost, in the layout mutations' 352 and 13).
func TestTargetLeftOfLevels(t *testing.T) {
	checkLevelsOrder(t, []levelsOrderCase{
		{
			"target first, names under an unknown caption",
			[]string{"指标值", "一级指标", "二级指标", "三级指标内容"},
			[][]string{
				{"≥80次", "产出指标", "数量指标", "开放功能室"},
				{"≥14人", "产出指标", "数量指标", "培训班教师人数"},
				{"≥95%", "产出指标", "质量指标", "全区覆盖率"},
				{"≥100%", "产出指标", "时效指标", "工作完成及时率"},
			},
			[]string{"产出指标/数量指标/开放功能室=≥80次", "产出指标/数量指标/培训班教师人数=≥14人",
				"产出指标/质量指标/全区覆盖率=≥95%", "产出指标/时效指标/工作完成及时率=≥100%"},
		},
		{
			"target first, names under a known caption",
			[]string{"指标值", "一级指标", "二级指标", "三级指标"},
			[][]string{
				{"≥80次", "产出指标", "数量指标", "开放功能室"},
				{"≥95%", "产出指标", "质量指标", "全区覆盖率"},
			},
			[]string{"产出指标/数量指标/开放功能室=≥80次", "产出指标/质量指标/全区覆盖率=≥95%"},
		},
		{
			// the rule kept: past the target, an unknown caption over
			// sentences is no names' column (the grid is named by its
			// levels, as before)
			"target after the levels, sentences past it",
			[]string{"一级指标", "二级指标", "指标值", "评分细则"},
			[][]string{
				{"产出指标", "数量指标", "≥80次", "完成得满分，每少一次扣1分"},
				{"产出指标", "质量指标", "≥95%", "达到得满分，否则不得分"},
			},
			[]string{"产出指标/数量指标/数量指标=≥80次", "产出指标/质量指标/质量指标=≥95%"},
		},
	})
}

// With the target first, an unknown caption right after the levels that
// names no names (评分细则, 考核方式, 评分方法) heads rules or notes, as
// right of a target after the levels (namesPastTarget); the table's word
// over the names (指标) heads them there. Before (review of 524ea7c), the
// rules and methods were read as the names.
func TestNotesPastLevelsTargetFirst(t *testing.T) {
	checkLevelsOrder(t, []levelsOrderCase{
		{
			"target first, sentences past the levels",
			[]string{"指标值", "一级指标", "二级指标", "评分细则"},
			[][]string{
				{"≥80次", "产出指标", "数量指标", "完成得满分，每少一次扣1分"},
				{"≥95%", "产出指标", "质量指标", "达到得满分，否则不得分"},
			},
			[]string{"产出指标/数量指标/数量指标=≥80次", "产出指标/质量指标/质量指标=≥95%"},
		},
		{
			"target first, methods past the levels",
			[]string{"指标值", "一级指标", "二级指标", "考核方式"},
			[][]string{
				{"≥80次", "产出指标", "数量指标", "查阅资料"},
				{"≥95%", "产出指标", "质量指标", "现场检查"},
				{"≥90%", "满意度指标", "服务对象满意度指标", "问卷调查"},
			},
			[]string{"产出指标/数量指标/数量指标=≥80次", "产出指标/质量指标/质量指标=≥95%",
				"满意度指标/服务对象满意度指标/服务对象满意度指标=≥90%"},
		},
		{
			// mixed content (points, a level word) placed by its
			// neighbours, not by its content: before, the first row was
			// lost and the others named by their rules
			"target first, mixed rules past the levels",
			[]string{"指标值", "一级指标", "二级指标", "评分方法"},
			[][]string{
				{"≥80次", "产出指标", "数量指标", "10分"},
				{"≥95%", "产出指标", "质量指标", "达到得满分"},
				{"≥90%", "满意度指标", "服务对象满意度指标", "按比例扣分"},
				{"≥2次", "效益指标", "社会效益指标", "产出指标"},
			},
			[]string{"产出指标/数量指标/数量指标=≥80次", "产出指标/质量指标/质量指标=≥95%",
				"满意度指标/服务对象满意度指标/服务对象满意度指标=≥90%", "效益指标/社会效益指标/社会效益指标=≥2次"},
		},
		{
			// the table's word over the names (指标, as a flat list's)
			// heads them there
			"target first, names under the table's word",
			[]string{"目标值", "指标分类", "指标"},
			[][]string{
				{"100%", "应急救援", "备灾仓库物资完好率"},
				{"≥300人", "应急救护", "救护师资培训合格人数"},
				{"≥80%", "救助能力", "捐赠款物执行率"},
			},
			[]string{"应急救援//备灾仓库物资完好率=100%", "应急救护//救护师资培训合格人数=≥300人", "救助能力//捐赠款物执行率=≥80%"},
		},
	})
}

// levelsOrderCase is a grid under a project's name: its header, its rows
// and the indicators it reads (levelsNameTarget).
type levelsOrderCase struct {
	name   string
	header []string
	rows   [][]string
	want   []string
}

// checkLevelsOrder reads each case's grid and checks its indicators.
func checkLevelsOrder(t *testing.T, tests []levelsOrderCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某活动中心运行补助", "", ""}, tt.header}, tt.rows...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			assert.Equal(t, tt.want, indicatorStrings(doc, levelsNameTarget))
		})
	}
}

// A grid with no header whose one column of targets holds bare numbers
// only (2 | 3 | 15 | 10: the points) beside a column where most cells are
// numbers among words (470 | 320 | 高中低: the targets, too mixed for
// content to call them one) is no grid content can read: the bare
// numbers may be the weights, and no value is read into a field (issue
// 21: precision first; the layout mutations' drop-header, 66's, 200's and
// 240's, 380's grids whose header was lost). Before, the points were read
// as every indicator's target (检查差旅费=2人/天), and where the first rows
// were refused, the later rows read alone did the same: drop-header
// extras 48 -> 20.
// Bare numbers beside words alone (名称 | 说明 | 10) are still the target.
func TestHeadlessBareNumbersBesideMixedTargets(t *testing.T) {
	tests := []struct {
		name string
		rows [][]string
		want []string
	}{
		{
			"points beside mixed targets",
			[][]string{
				{"产出指标", "成本指标", "检查差旅费", "", "470", "人/天", "2"},
				{"产出指标", "成本指标", "培训费", "", "320", "人/天", "3"},
				{"产出指标", "时效指标", "完成时限", "", "1", "", "5"},
				{"产出指标", "数量指标", "召开全体会议", "", "2", "", "15"},
				{"产出指标", "质量指标", "成员单位工作齐抓共管", "", "100", "%", "10"},
				{"效益指标", "社会效益指标", "食品安全整体状况", "定性", "高中低", "", "10"},
				{"效益指标", "可持续影响指标", "工作科学化水平", "定性", "高中低", "", "5"},
			},
			nil,
		},
		{
			"bare numbers beside descriptions",
			[][]string{
				{"产出指标", "数量指标", "培训人数", "反映培训的人数", "120"},
				{"产出指标", "数量指标", "检查次数", "反映检查的次数", "12"},
				{"产出指标", "质量指标", "检查覆盖面", "反映检查的范围", "30"},
			},
			[]string{"产出指标/数量指标/培训人数=120", "产出指标/数量指标/检查次数=12", "产出指标/质量指标/检查覆盖面=30"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blank := make([]string, len(tt.rows[0]))
			doc := headless(append([][]string{blank}, tt.rows...)...)
			assert.Equal(t, tt.want, indicatorStrings(doc, levelsNameTarget))
		})
	}
}

// A grid whose caption row was lost (a capture or a page that starts
// under it) opening with the block label down its side (绩效指标 |
// 产出指标 | 数量指标 | 名称 | 目标) is read by content from its first row,
// the block label's column holding no indicator's cells: 绩效指标 is a
// level-1 word of the taxonomy too, and was taken for the row's level
// label, the row refused and the grid read from its second row without its
// level 1 (issue 21: layouts nobody here has seen; drop-header fields
// 836 -> 927 html, 848 -> 957 txt). Read so, a target found left of the
// row's level label (项目完成 | 数量指标 | 名称 | 43230人) is none, and bare
// numbers right of a column of numbers whose unit the next column writes
// (= | 100 | % | 60) are not the target: the grid is not read.
func TestHeadlessBlockLabelFirst(t *testing.T) {
	tests := []struct {
		name string
		rows [][]string
		want []string
	}{
		{
			"block label, then the levels",
			[][]string{
				{"绩效指标", "产出指标", "数量指标", "学校改造覆盖率", "100%"},
				{"^", "^", "质量指标", "校舍维修改造质量合格率", "100%"},
				{"^", "^", "时效指标", "预算资金当年下达率", "100%"},
				{"^", "效益指标", "社会效益指标", "入学率", "≥95%"},
			},
			[]string{"产出指标/数量指标/学校改造覆盖率=100%", "产出指标/质量指标/校舍维修改造质量合格率=100%",
				"产出指标/时效指标/预算资金当年下达率=100%", "效益指标/社会效益指标/入学率=≥95%"},
		},
		{
			"a text left of the level 2 is no target",
			[][]string{
				{"绩效指标", "项目完成", "数量指标", "基本医疗保险参保人数", "43230人"},
				{"^", "^", "^", "城乡居民基本医疗参保率", "≥95%"},
				{"^", "^", "^", "贫困人员参保率", "100%"},
				{"^", "^", "质量指标", "补助资金按时到期", "补助资金及时到位100%"},
			},
			nil,
		},
		{
			"points right of a target in parts",
			[][]string{
				{"绩效指标", "产出指标", "数量指标", "发放覆盖率", "=", "100", "%", "60"},
				{"^", "效益指标", "社会效益指标", "足额保障率", "=", "100", "%", "30"},
			},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某补助资金"}}, tt.rows...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			assert.Equal(t, tt.want, indicatorStrings(doc, levelsNameTarget))
		})
	}
}

// A grid's header printed again amid its rows (a page break a converter
// kept in one table) is no row of the grid and opens no other grid: the
// columns are read once, from every row under the first header, and the
// rows after the repeat go on under them, their levels filled down over
// it (issue 21: layouts nobody here has seen). Before, the repeat was
// profiled as a row of the grid where a caption of it is no grid word
// (累计完成率), the level columns under 评价内容 (a level 2's caption over
// both levels) then read as one level over the whole grid, and the rows
// after the repeat were read as a grid of their own (291's levels lost:
// TestLayoutMutations repeat-header levels 1174 -> 1206 of 1216 in HTML,
// fields 1515 -> 1521).
func TestRepeatedHeaderGoesOn(t *testing.T) {
	header := `<tr><td colspan="2">评价内容</td><td>绩效内容</td><td>绩效目标值</td><td>实际完成值</td><td>累计完成率</td></tr>`
	page := `<table>
<tr><td>项目名称</td><td colspan="5">人才驿站补助</td></tr>
<tr><td colspan="6">项目年度绩效目标(定量目标)</td></tr>
` + header + `
<tr><td rowspan="2">产出目标</td><td rowspan="2">数量目标</td><td>人才驿站数量</td><td>&gt;=2个</td><td>0个</td><td>0%</td></tr>
<tr><td>组织活动数量</td><td>&gt;=28次</td><td>40次</td><td>143%</td></tr>
` + header + `
<tr><td rowspan="3"></td><td></td><td>服务人次</td><td>&gt;=500人</td><td>1700人</td><td>340%</td></tr>
<tr><td rowspan="2">质量目标</td><td>人才政策知晓率</td><td>&gt;=95%</td><td>98%</td><td>103%</td></tr>
<tr><td>补助资金到位率</td><td>&gt;=100%</td><td>100%</td><td>100%</td></tr>
</table>`
	doc := Extract(readHTML(t, page), layout.DefaultLimits)
	assert.Equal(t, []string{"产出目标/数量目标/人才驿站数量=>=2个", "产出目标/数量目标/组织活动数量=>=28次",
		"产出目标/数量目标/服务人次=>=500人", "产出目标/质量目标/人才政策知晓率=>=95%", "产出目标/质量目标/补助资金到位率=>=100%"},
		indicatorStrings(doc, levelsNameTarget))
}

// A flat list whose header names the indicators' names and not their
// target (三级 | 年度数值 | 备注: a department's list with no level columns,
// issue 21 family 6) is a grid where content finds the targets: a column
// half or more of typed targets under the unknown caption. Where the
// column holds sentences, no target is read. Before, such a header made no
// grid (TestLayoutMutations drop-levels fields 1016 -> 1024, 64's list).
func TestFlatListTargetByContent(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		rows   [][]string
		want   []string
	}{
		{
			"typed targets under an unknown caption",
			[]string{"三级", "年度数值", "备注"},
			[][]string{
				{"小学就读人数", "<=6962人", ""},
				{"教学条件改善、办学水平提高", "=100%", ""},
				{"教育均衡化发展", "有效", ""},
				{"义务教育小学生均公用经费", "780元/生/年", ""},
			},
			[]string{"小学就读人数=<=6962人", "教学条件改善、办学水平提高==100%", "教育均衡化发展=有效", "义务教育小学生均公用经费=780元/生/年"},
		},
		{
			"sentences under an unknown caption",
			[]string{"三级", "工作内容", "备注"},
			[][]string{
				{"小学就读人数", "做好招生入学工作", ""},
				{"教学条件改善", "改善教学条件，提高办学水平", ""},
				{"教育均衡化发展", "推进教育均衡发展", ""},
			},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "小学教育公用经费", ""}, tt.header}, tt.rows...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			assert.Equal(t, tt.want, indicatorStrings(doc, nameTarget))
		})
	}
}
