package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// indicatorsOf lists a document's indicators as level1/level2/name=target.
func indicatorsOf(t *testing.T, rows [][]string) []string {
	t.Helper()
	doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
	var got []string
	for _, p := range doc.Projects {
		for _, ind := range p.Indicators {
			got = append(got, ind.Level1+"/"+ind.Level2+"/"+ind.Name+"="+ind.Value.Raw)
		}
	}
	return got
}

// TestCategoryColumnIsLevel1: a small target table whose first column
// groups the indicators by category (指标分类, 指标类别 | 指标 | 目标值, the
// categories no words of the taxonomy: 应急救援, 应急救护) is a grid, the
// category its level 1 — also in a text export where the category's
// caption spans its column and an empty one (issue 21, a province body's
// evaluation report). Before, the table was no grid ("no
// performance-target table found"), and with the caption known the text
// export read the header one column right: the categories as names.
func TestCategoryColumnIsLevel1(t *testing.T) {
	want := []string{"应急救援//物资完好率=100%", "应急救护//师资培训合格人数=≥300人", "救助能力//捐赠款物执行率=≥80%"}
	for _, tc := range []struct {
		name string
		rows [][]string
	}{
		{"指标分类", [][]string{
			{"指标分类", "指标", "目标值"},
			{"应急救援", "物资完好率", "100%"},
			{"应急救护", "师资培训合格人数", "≥300人"},
			{"救助能力", "捐赠款物执行率", "≥80%"},
		}},
		{"指标类别", [][]string{
			{"指标类别", "指标", "目标值"},
			{"应急救援", "物资完好率", "100%"},
			{"应急救护", "师资培训合格人数", "≥300人"},
			{"救助能力", "捐赠款物执行率", "≥80%"},
		}},
		{"the category's caption over two columns", [][]string{
			{"指标分类", "指标", "目标值"},
			{"应急救援", "", "物资完好率", "100%"},
			{"应急救护", "", "师资培训合格人数", "≥300人"},
			{"救助能力", "", "捐赠款物执行率", "≥80%"},
		}},
	} {
		assert.Equal(t, want, indicatorsOf(t, tc.rows), tc.name)
	}
}

// TestGoalsCaptionOverTargets: a target caption (绩效标准) over a column
// empty in every row, and right of the names a caption of goals (绩效目标)
// over one text a row, distinct: those texts are the targets (issue 21,
// the 2016 target tables 指标类型 | 指标名称 | 绩效目标 | 绩效标准 whose targets
// are sentences). Where the standard's column holds the targets, or the
// goals repeat one text down the rows, nothing moves.
func TestGoalsCaptionOverTargets(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]string
		want []string
	}{
		{"standard empty", [][]string{
			{"项目名称", "档案征集编研"},
			{"指标类型", "指标名称", "绩效目标", "绩效标准"},
			{"产出指标", "编印公报", "每月编印公报3000本", ""},
			{"", "举办图片展", "向社会宣传建党成就", ""},
			{"成效指标", "公开政府信息", "向社会公开政府信息", ""},
		}, []string{"产出指标//编印公报=每月编印公报3000本", "产出指标//举办图片展=向社会宣传建党成就", "成效指标//公开政府信息=向社会公开政府信息"}},
		{"a blank row amid the rows, a signature row under them", [][]string{
			{"项目名称", "档案征集编研"},
			{"指标类型", "指标名称", "绩效目标", "绩效标准"},
			{"产出指标", "编印公报", "每月编印公报3000本", ""},
			{"", "", "", ""},
			{"", "举办图片展", "向社会宣传建党成就", ""},
			{"成效指标", "公开政府信息", "向社会公开政府信息", ""},
			{"项目负责人：", "", "财务负责人：", ""},
		}, []string{"产出指标//编印公报=每月编印公报3000本", "产出指标//举办图片展=向社会宣传建党成就", "成效指标//公开政府信息=向社会公开政府信息"}},
		{"standard filled", [][]string{
			{"项目名称", "档案征集编研"},
			{"指标类型", "指标名称", "绩效目标", "绩效标准"},
			{"产出指标", "编印公报", "每月编印公报3000本", "3000本"},
			{"", "举办图片展", "向社会宣传建党成就", "1次"},
			{"成效指标", "公开政府信息", "向社会公开政府信息", "100%"},
		}, []string{"产出指标//编印公报=3000本", "产出指标//举办图片展=1次", "成效指标//公开政府信息=100%"}},
		{"one goal down the rows", [][]string{
			{"项目名称", "档案征集编研"},
			{"指标类型", "指标名称", "绩效目标", "绩效标准"},
			{"产出指标", "编印公报", "做好档案工作", ""},
			{"", "举办图片展", "做好档案工作", ""},
			{"成效指标", "公开政府信息", "做好档案工作", ""},
		}, nil}, // (no target: the rows stay unrecognized)
	} {
		assert.Equal(t, tc.want, indicatorsOf(t, tc.rows), tc.name)
	}
}

// TestGroupsLeftOfLevel2AreLevel1: a self-evaluation whose header names
// level 2 and the names but captions its first column otherwise (分解目标),
// a column of the blocks' points beside it (自评权重): the few label-shaped
// texts that each stand over several rows are the level 1, read as
// written (issue 21, the Jiangxi department-wide self-evaluation). A
// column of sentences there, or of one text a row, is no level 1.
func TestGroupsLeftOfLevel2AreLevel1(t *testing.T) {
	head := []string{"分解目标", "自评权重", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分"}
	for _, tc := range []struct {
		name  string
		first [4]string
		want  [4]string
	}{
		{"groups", [4]string{"管理指标", "", "产出指标", ""}, [4]string{"管理指标", "管理指标", "产出指标", "产出指标"}},
		{"a group's label scrambled", [4]string{"管理指标", "", "出标产指", ""}, [4]string{"管理指标", "管理指标", "出标产指", "出标产指"}},
		{"sentences", [4]string{"加强预算管理，提高资金使用效益。", "", "完成全年各项任务。", ""}, [4]string{}},
		{"one a row", [4]string{"管理指标", "执行指标", "产出指标", "服务指标"}, [4]string{}},
	} {
		rows := [][]string{
			{"单位名称", "某卫生院"},
			head,
			{tc.first[0], "30", "预算管理", "预算完整率", "100%", "100%", "15", "15"},
			{tc.first[1], "", "资产管理", "资产安全性", "无损失", "无损失", "15", "15"},
			{tc.first[2], "70", "数量指标", "门诊人次", "增加", "增372人次", "35", "35"},
			{tc.first[3], "", "质量指标", "诊断准确率", "95%以上", "97%", "35", "35"},
		}
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tc.name)
		inds := doc.Projects[0].Indicators
		require.Len(t, inds, 4, tc.name)
		for i, ind := range inds {
			assert.Equal(t, tc.want[i], ind.Level1, "%s: %s", tc.name, ind.Name)
		}
	}
}

// TestSelfEvaluationCellsPastAdjustedTarget: a department-wide
// self-evaluation's flat list (issue 21, the Chongqing 部门整体绩效自评表:
// 指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 |
// 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标) reads its weight and
// score under captions that carry the unit of their points (指标权重(分),
// 指标得分(分)), and its results under a caption no vocabulary knows (an OCR
// slip, or none) from the first column past the targets — the adjusted
// target is one — whose cells are half or more typed among words (92% | 0 |
// 高). The column of coefficients after it is no result.
func TestSelfEvaluationCellsPastAdjustedTarget(t *testing.T) {
	for _, caption := range []string{"年成值全完值", ""} {
		rows := [][]string{
			{"部门名称", "某融媒体中心"},
			{"指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", caption, "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标"},
			{"财政供养人员控制率", "%", "定量指标", "100%", "", "92%", "100%", "2", "2", "否"},
			{"预算调整率", "%", "", "3%", "", "0", "100%", "2", "2", "否"},
			{"管理制度健全性", "", "定性指标", "高", "", "高", "100%", "3", "3", "否"},
			{"资金使用合规性", "", "", "好", "", "好", "100%", "5", "5", "否"},
			{"党性教育培训次数", "次", "", "6次", "", "12次", "100%", "5", "5", "是"},
			{"制作宣传品数量", "份", "", "10份", "", "20份", "100%", "5", "5", "否"},
		}
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, caption)
		inds := doc.Projects[0].Indicators
		require.Len(t, inds, 6, caption)
		var got []string
		for _, ind := range inds {
			s := ind.Name + "=" + ind.Value.Raw
			if ind.Actual != nil {
				s += " actual " + ind.Actual.Raw
			}
			if ind.Weight != nil {
				s += " weight " + *ind.Weight
			}
			if ind.Score != nil {
				s += " score " + *ind.Score
			}
			got = append(got, s)
		}
		assert.Equal(t, []string{
			"财政供养人员控制率=100% actual 92% weight 2 score 2",
			"预算调整率=3% actual 0 weight 2 score 2",
			"管理制度健全性=高 actual 高 weight 3 score 3",
			"资金使用合规性=好 actual 好 weight 5 score 5",
			"党性教育培训次数=6次 actual 12次 weight 5 score 5",
			"制作宣传品数量=10份 actual 20份 weight 5 score 5",
		}, got, caption)
	}
}

// TestUnitCellNoUnitBesideValueWithUnit: a unit column's cell that is no
// unit word (an OCR slip: tot扁) beside a value that carries its own unit
// (2200篇) is not appended to it; the cell stays among the value's parts.
// A unit word is appended as before (2200 | 篇 → 2200篇).
func TestUnitCellNoUnitBesideValueWithUnit(t *testing.T) {
	for _, tc := range []struct{ value, unit, want string }{
		{"2200篇", "tot扁", "2200篇"},
		{"2200", "篇", "2200篇"},
		{"2200篇", "篇", "2200篇"},
		{"2200", "tot扁", "2200tot扁"},
	} {
		rows := [][]string{
			{"项目名称", "某项目"},
			{"一级指标", "二级指标", "三级指标", "计量单位", "指标值"},
			{"产出指标", "数量指标", "播发稿件数量", tc.unit, tc.value},
			{"", "质量指标", "稿件合格率", "%", "100"},
		}
		got := indicatorsOf(t, rows)
		require.Len(t, got, 2, tc.value+"|"+tc.unit)
		assert.Equal(t, "产出指标/数量指标/播发稿件数量="+tc.want, got[0], tc.value+"|"+tc.unit)
	}
}

// TestHeadlessTargetThenResult: a capture that starts inside a completion
// table (no header: level 1 | level 2 | name | target | result, the Sichuan
// 项目绩效目标完成情况表) has two columns of targets side by side, the later
// echoing the earlier in some rows (2020年 | 2020年) and, where the earlier
// bounds its target (≥90%), holding a bare number that meets it (98%):
// the earlier is the target, the later the result; a column of targets
// right after the levels holds the names, some of which are values (issue
// 21). Where the later column writes a comparator, or meets no bound, the
// rows stay unread.
func TestHeadlessTargetThenResult(t *testing.T) {
	rows := func(result string) [][]string {
		return [][]string{
			{"", "项目完成指标", "质量指标", "改善养老服务基础条件", "改善条件", "明显改善"},
			{"", "项目完成指标", "时效指标", "2020年", "2020年", "2020年"},
			{"", "项目完成指标", "成本指标", "100万", "100万", "100万"},
			{"", "效益指标", "社会效益指标", "养老服务需求", "有所提升", "养老服务提升"},
			{"", "满意度指标", "服务对象满意度指标", "养老机构服务满意度", "≥90%", result},
		}
	}
	for _, tc := range []struct {
		result string
		want   []string
	}{
		{"98%", []string{"改善养老服务基础条件=改善条件 (明显改善)", "2020年=2020年 (2020年)", "100万=100万 (100万)",
			"养老服务需求=有所提升 (养老服务提升)", "养老机构服务满意度=≥90% (98%)"}},
		{"≥95%", nil},
		{"85%", nil},
	} {
		doc := Extract([]layout.Block{tableOf(1, rows(tc.result)...)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				s := ind.Name + "=" + ind.Value.Raw
				if ind.Actual != nil {
					s += " (" + ind.Actual.Raw + ")"
				}
				got = append(got, s)
			}
		}
		assert.Equal(t, tc.want, got, tc.result)
	}
}

// TestLevelLabelsLeftOfLevel2: under a blank caption left of the level 2, a
// level label in every row, each shaped as one and some the taxonomy's
// (项目完成指标 | 效益指标 | 满意度指标), is the level 1, read as written
// (issue 21, the Sichuan completion tables' 项目完成指标).
func TestLevelLabelsLeftOfLevel2(t *testing.T) {
	rows := [][]string{
		{"项目名称", "养老服务体系建设"},
		{"", "二级指标", "三级指标", "指标值"},
		{"项目完成指标", "质量指标", "改善养老服务基础条件", "改善条件"},
		{"项目完成指标", "时效指标", "完成时间", "2020年"},
		{"效益指标", "社会效益指标", "养老服务需求", "有所提升"},
		{"满意度指标", "服务对象满意度指标", "养老机构服务满意度", "≥90%"},
	}
	assert.Equal(t, []string{
		"项目完成指标/质量指标/改善养老服务基础条件=改善条件",
		"项目完成指标/时效指标/完成时间=2020年",
		"效益指标/社会效益指标/养老服务需求=有所提升",
		"满意度指标/服务对象满意度指标/养老机构服务满意度=≥90%",
	}, indicatorsOf(t, rows))
}

// TestResultsPastSpannedTarget: the results past the targets are found
// also where a target's caption spans its column and an empty one (年初指标值
// over two columns, the second empty in every row).
func TestResultsPastSpannedTarget(t *testing.T) {
	page := `<table>
<tr><td>部门名称</td><td colspan="9">某融媒体中心</td></tr>
<tr><td>指标名称</td><td>计量单位</td><td colspan="2">年初指标值</td><td>调整指标值</td><td>年成值全完值</td><td>得分系数(%)</td><td>指标权重(分)</td><td>指标得分(分)</td><td>是否核心指标</td></tr>
<tr><td>财政供养人员控制率</td><td>%</td><td>100%</td><td></td><td></td><td>92%</td><td>100%</td><td>2</td><td>2</td><td>否</td></tr>
<tr><td>预算调整率</td><td>%</td><td>3%</td><td></td><td></td><td>0</td><td>100%</td><td>2</td><td>2</td><td>否</td></tr>
<tr><td>管理制度健全性</td><td></td><td>高</td><td></td><td></td><td>高</td><td>100%</td><td>3</td><td>3</td><td>否</td></tr>
<tr><td>党性教育培训次数</td><td>次</td><td>6次</td><td></td><td></td><td>12次</td><td>100%</td><td>5</td><td>5</td><td>是</td></tr>
</table>`
	blocks, err := html.Read([]byte(page), layout.DefaultLimits)
	require.NoError(t, err)
	doc := Extract(blocks, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		s := ind.Name + "=" + ind.Value.Raw
		if ind.Actual != nil {
			s += " actual " + ind.Actual.Raw
		}
		got = append(got, s)
	}
	assert.Equal(t, []string{"财政供养人员控制率=100% actual 92%", "预算调整率=3% actual 0", "管理制度健全性=高 actual 高", "党性教育培训次数=6次 actual 12次"}, got)
}

// TestResultsPastTargetParts: the results past the targets are found also
// where a part of the target (指标性质) stands between the target and the
// adjusted target.
func TestResultsPastTargetParts(t *testing.T) {
	rows := [][]string{
		{"部门名称", "某融媒体中心"},
		{"指标名称", "计量单位", "年初指标值", "指标性质", "调整指标值", "年成值全完值", "得分系数(%)", "指标权重(分)", "指标得分(分)"},
		{"财政供养人员控制率", "%", "100%", "定量指标", "", "92%", "100%", "2", "2"},
		{"预算调整率", "%", "3%", "", "", "0", "100%", "2", "2"},
		{"管理制度健全性", "", "高", "定性指标", "", "高", "100%", "3", "3"},
		{"党性教育培训次数", "次", "6次", "", "", "12次", "100%", "5", "5"},
	}
	doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		s := ind.Name + "=" + ind.Value.Raw
		if ind.Actual != nil {
			s += " actual " + ind.Actual.Raw
		}
		got = append(got, s)
	}
	assert.Equal(t, []string{"财政供养人员控制率=100% actual 92%", "预算调整率=3% actual 0", "管理制度健全性=高 actual 高", "党性教育培训次数=6次 actual 12次"}, got)
}
