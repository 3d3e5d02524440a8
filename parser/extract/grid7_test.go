package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestTotalRowWithPoints: the total row under a self-evaluation's grid
// whose label carries the points it totals (总分(100分) | 100 | 自评等级 |
// 优, the level-1 cells carrying theirs: 产出指标(80分)) is no indicator,
// however wide its cells; a name that only mentions points is still one.
func TestTotalRowWithPoints(t *testing.T) {
	head := []string{"一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "得分"}
	ind := []string{"产出指标(80分)", "数量指标", "慰问人数", "≥100人", "120人", "80"}
	tests := []struct {
		name  string
		total []string
		want  int
	}{
		{"points in parentheses", []string{"总分(100分)", "100", "自评等级", "优", "", ""}, 1},
		{"full-width parentheses", []string{"总分（100分）", "", "", "100", "自评等级", "优"}, 1},
		{"bare", []string{"总分", "100", "自评等级", "优", "", ""}, 1},
		{"an indicator's own words", []string{"效益指标(20分)", "社会效益指标", "考核得分(满分100分)", "≥90分", "95分", "20"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []layout.Block{para(1, "项目支出绩效自评表"), tableOf(2, []string{"项目名称", "某慰问经费"}, head, ind, tt.total)}
			doc := Extract(blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Len(t, doc.Projects[0].Indicators, tt.want)
		})
	}
}

// TestPlannedFundsBudget: an evaluation report's basic-facts table (the
// 预算支出项目绩效考评报告 of Anhui and Hebei counties) gives the budget as
// 计划安排资金(万元), the planned allocation, beside 实际到位资金 (what
// arrived) and 实际支出 (what was spent): the planned amount is the
// budget, what arrived or was spent never is.
func TestPlannedFundsBudget(t *testing.T) {
	grid := [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "补贴人数", "≥10人"},
	}
	tests := []struct {
		name string
		rows [][]string
		want string
	}{
		{"planned beside received", [][]string{{"计划安排资金(万元)", "21.7", "实际到位资金(万元)", "20"}}, "21.7"},
		{"planned, then by source", [][]string{{"计划安排资金(万元)", "30", "实际到位资金(万元)", "30"}, {"其中:中央财政", "", "其中:中央财政", ""}, {"市县财政", "30", "市县财政", "30"}}, "30"},
		{"received only", [][]string{{"实际到位资金(万元)", "20"}}, "<nil>"},
		{"spent only", [][]string{{"实际支出(万元)", "18"}}, "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某补贴"}}, tt.rows...)
			doc := Extract([]layout.Block{para(1, "预算支出项目绩效评价报告"), tableOf(2, append(rows, grid...)...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, deref(doc.Projects[0].Budget.Total))
		})
	}
}

// TestHeadlessWordedComposedTarget: a capture that starts inside a
// self-evaluation's grid (no header, no name, no money: the Sichuan
// 部门预算项目支出绩效自评表 resumed mid-table) writes its targets in three
// cells (= | 100 | %), the result, weight and score after them, and a
// qualitative row writes 定性 in the sign column and its target in words
// where the numbers go (定性 | 好坏 | | 好坏). Content reads the grid: the
// worded column is the target and the one after the units the result. A
// word beside a comparator (≥ | 好坏) is no such row, and nothing is read.
func TestHeadlessWordedComposedTarget(t *testing.T) {
	r := func(l1, l2, name, sign, num, unit, actual string) []string {
		return []string{"", l1, l2, name, sign, num, unit, actual, "5", "5"}
	}
	tail := [][]string{
		r("", "", "讲座知晓率", "=", "100", "%", "100"),
		r("", "可持续影响指标", "管理机制健全性", "定性", "好坏", "", "好坏"),
		r("满意度指标", "服务对象满意度指标", "活动参与人员满意度", "≥", "95", "%", "95"),
		r("", "", "聘用人员满意度", "≥", "95", "%", "95"),
		{"合计", "100", "100"},
	}
	type ind struct{ name, value, actual, weight string }
	tests := []struct {
		name string
		rows [][]string
		want []ind
	}{
		{"a 定性 row among composed targets", tail, []ind{
			{"讲座知晓率", "=100%", "100", "5"}, {"管理机制健全性", "好坏", "好坏", "5"},
			{"活动参与人员满意度", "≥95%", "95", "5"}, {"聘用人员满意度", "≥95%", "95", "5"}}},
		{"a word beside a comparator", [][]string{tail[0],
			r("", "可持续影响指标", "管理机制健全性", "≥", "好坏", "", "好坏"), tail[2], tail[3], tail[4]}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1, tt.rows...)}, layout.DefaultLimits)
			var got []ind
			for _, p := range doc.Projects {
				for _, i := range p.Indicators {
					actual := ""
					if i.Actual != nil {
						actual = i.Actual.Raw
					}
					got = append(got, ind{i.Name, i.Value.Raw, actual, deref(i.Weight)})
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestHeadlessQualitativeComposedTarget: the same capture from inside a
// self-evaluation's grid, its qualitative row's target a word that reads
// as a target itself (良好, 达标: a grade, not a phrase), so the column of
// numbers between the signs and the units is a column of targets, not of
// numbers; the self-evaluation may be left unfilled (result and score
// blank, the weight alone after the units). Content reads it as before:
// the column is the target, the one after the units the result when
// filled, the bare numbers the weight. A grade beside a comparator (≥ |
// 良好) is no such row, and nothing is read.
func TestHeadlessQualitativeComposedTarget(t *testing.T) {
	r := func(l1, l2, name, sign, num, unit, actual, score string) []string {
		return []string{"", l1, l2, name, sign, num, unit, actual, "10", score}
	}
	unfilled := [][]string{
		r("", "", "宣传覆盖率", "=", "100", "%", "", ""),
		r("", "成本指标", "人均宣传成本", "≤", "20", "元/人", "", ""),
		r("效益指标", "可持续影响指标", "工作机制健全性", "定性", "良好", "", "", ""),
		r("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", "90", "%", "", ""),
		{"合计", "40", ""},
	}
	filled := [][]string{
		r("", "", "宣传覆盖率", "=", "100", "%", "100", "10"),
		r("", "成本指标", "人均宣传成本", "≤", "20", "元/人", "18", "10"),
		r("效益指标", "可持续影响指标", "工作机制健全性", "定性", "达标", "", "达标", "10"),
		r("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", "90", "%", "95", "10"),
		{"合计", "40", "40"},
	}
	type ind struct{ name, value, actual, weight string }
	tests := []struct {
		name string
		rows [][]string
		want []ind
	}{
		{"unfilled: weight alone", unfilled, []ind{
			{"宣传覆盖率", "=100%", "", "10"}, {"人均宣传成本", "≤20元/人", "", "10"},
			{"工作机制健全性", "良好", "", "10"}, {"参保群众满意度", "≥90%", "", "10"}}},
		{"filled: result after the units", filled, []ind{
			{"宣传覆盖率", "=100%", "100", "10"}, {"人均宣传成本", "≤20元/人", "18", "10"},
			{"工作机制健全性", "达标", "达标", "10"}, {"参保群众满意度", "≥90%", "95", "10"}}},
		{"a grade beside a comparator", [][]string{unfilled[0], unfilled[1],
			r("效益指标", "可持续影响指标", "工作机制健全性", "≥", "良好", "", "", ""), unfilled[3], unfilled[4]}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1, tt.rows...)}, layout.DefaultLimits)
			var got []ind
			for _, p := range doc.Projects {
				for _, i := range p.Indicators {
					actual := ""
					if i.Actual != nil {
						actual = i.Actual.Raw
					}
					got = append(got, ind{i.Name, i.Value.Raw, actual, deref(i.Weight)})
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestSpendingItemNoUnit: a spending table's row (支出内容(经济科目) |
// 计划支出数 | 实际支出数 in an evaluation report: 30399 村专职委员工作补贴
// | 21.7 | 21.7) writes an economic classification code and its item with
// amounts after them: no unit's code and name. A unit line in a cell of
// its own, or beside the money unit, still names the unit.
func TestSpendingItemNoUnit(t *testing.T) {
	grid := [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "补贴人数", "≥10人"},
	}
	tests := []struct {
		name           string
		row            []string
		wantCode, want string
	}{
		{"an item with its amounts", []string{"30399 村专职委员工作补贴", "21.7", "21.7"}, "", ""},
		{"an item with one amount", []string{"30201办公费", "1,200.00", ""}, "", ""},
		{"a unit line alone", []string{"203001某某局", "", ""}, "203001", "某某局"},
		{"a unit line beside the money unit", []string{"203001某某局", "单位：万元", ""}, "203001", "某某局"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某补贴", ""}, tt.row, {"资金总额", "21.7", ""}}, grid...)
			doc := Extract([]layout.Block{para(1, "项目绩效目标表"), tableOf(2, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			d := doc.Projects[0].Department
			assert.Equal(t, tt.wantCode, d.Code)
			assert.Equal(t, tt.want, d.Name)
		})
	}
}

// TestCoverName: an evaluation report whose project name stands only on
// its cover, a label line before any table (项目名称 村专职委员工作补贴,
// 项目名称：某补贴), names its first project when the tables name none; a
// table's own 项目名称 wins, and a line that is no label line (a sentence,
// another label) names nothing.
func TestCoverName(t *testing.T) {
	money := []string{"计划安排资金(万元)", "21.7"}
	grid := [][]string{{"一级指标", "二级指标", "三级指标", "指标值"}, {"产出指标", "数量指标", "补贴人数", "≥10人"}}
	tests := []struct {
		name  string
		cover []string
		rows  [][]string
		want  string
	}{
		{"label and value apart by a space", []string{"某市预算支出项目绩效评价报告", "项目名称 村专职委员工作补贴", "项目单位 某联合会"}, nil, "村专职委员工作补贴"},
		{"by a colon", []string{"项目名称：某补贴"}, nil, "某补贴"},
		{"the table's own name wins", []string{"项目名称 某补贴"}, [][]string{{"项目名称", "另一补贴"}}, "另一补贴"},
		{"another label", []string{"项目单位 某联合会"}, nil, ""},
		{"a sentence", []string{"项目名称：某补贴。资金已全部到位；"}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var blocks []layout.Block
			for i, l := range tt.cover {
				blocks = append(blocks, para(1+i, l))
			}
			rows := append(append(append([][]string{}, tt.rows...), money), grid...)
			blocks = append(blocks, tableOf(10, rows...))
			doc := Extract(blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, doc.Projects[0].Name)
		})
	}
}

// TestHeadlessLoneLevel1: a capture that starts inside a grid keeps the
// last block's level 1 alone (满意度指标 written once, in the column left
// of the level 2): that one text, a level-1 word of the taxonomy, is the
// level 1 of its row and the rows under it; one that is no level-1 word
// is none.
func TestHeadlessLoneLevel1(t *testing.T) {
	r := func(l1, l2, name, sign, num, unit, actual string) []string {
		return []string{"", l1, l2, name, sign, num, unit, actual, "5", "5"}
	}
	rows := func(l1 string) [][]string {
		return [][]string{
			r("", "", "讲座知晓率", "=", "100", "%", "100"),
			r("", "可持续影响指标", "管理机制健全性", "定性", "好坏", "", "好坏"),
			r(l1, "服务对象满意度指标", "活动参与人员满意度", "≥", "95", "%", "95"),
			r("", "", "聘用人员满意度", "≥", "95", "%", "95"),
			{"合计", "100", "100"},
		}
	}
	tests := []struct {
		name, l1 string
		want     []string
	}{
		{"a level-1 word", "满意度指标", []string{"", "", "满意度指标", "满意度指标"}},
		{"no level-1 word", "其他说明", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1, rows(tt.l1)...)}, layout.DefaultLimits)
			var got []string
			for _, p := range doc.Projects {
				for _, i := range p.Indicators {
					got = append(got, i.Level1)
				}
			}
			if tt.want == nil {
				assert.NotContains(t, got, tt.l1) // whatever is read, the text is no level 1
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
