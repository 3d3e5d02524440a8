package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// cellInd is what a test expects of one indicator.
type cellInd struct{ l1, l2, name, raw string }

const cellTargets = "【总体目标】\n保障机房运转\n【产出指标-数量指标】\n指标1:机柜数量(≥77台)\n【产出指标-时效指标】\n指标1:维护及时性(<24小时)\n" +
	"【效益指标-社会效益指标】\n指标1:服务保障民生(有力保障)\n【满意度指标-服务对象满意度指标】\n指标1:提升群众安全感(≥90%)"

var cellWant = []cellInd{
	{"产出指标", "数量指标", "指标1:机柜数量", "≥77台"},
	{"产出指标", "时效指标", "指标1:维护及时性", "<24小时"},
	{"效益指标", "社会效益指标", "指标1:服务保障民生", "有力保障"},
	{"满意度指标", "服务对象满意度指标", "指标1:提升群众安全感", "≥90%"},
}

func indsOf(t *testing.T, blocks []layout.Block) ([]string, [][]cellInd) {
	t.Helper()
	doc := Extract(blocks, layout.DefaultLimits)
	var names []string
	var inds [][]cellInd
	for _, p := range doc.Projects {
		names = append(names, p.Name)
		var got []cellInd
		for _, x := range p.Indicators {
			got = append(got, cellInd{x.Level1, x.Level2, x.Name, x.Value.Raw})
		}
		inds = append(inds, got)
	}
	return names, inds
}

// TestCellIndicators: a 绩效目标 cell that writes out the target set, the
// levels in bracketed captions (one caption with both levels, or one per
// level, 【】 or []), an indicator a line with its target in parentheses
// or after a comparator, gives the indicators; the text before the first
// level caption is the goals.
func TestCellIndicators(t *testing.T) {
	tests := []struct {
		name, cell string
		want       []cellInd
	}{
		{"both levels in one caption, targets in parentheses", cellTargets, cellWant},
		{"a caption per level, full-width parentheses",
			"【产出指标】【数量指标】\n机柜数量（≥77台）\n【时效指标】\n维护及时性（<24小时）",
			[]cellInd{{"产出指标", "数量指标", "机柜数量", "≥77台"}, {"产出指标", "时效指标", "维护及时性", "<24小时"}}},
		{"square brackets, targets after a comparator or a colon",
			"[产出指标-数量指标]\n机柜数量≥77台\n[满意度指标-服务对象满意度指标]\n群众满意度：90%",
			[]cellInd{{"产出指标", "数量指标", "机柜数量", "≥77台"}, {"满意度指标", "服务对象满意度指标", "群众满意度", "90%"}}},
		{"a target after ═ (typed for =), as after the other signs",
			"[产出指标-质量指标]\n验收合格率═100%",
			[]cellInd{{"产出指标", "质量指标", "验收合格率", "═100%"}}},
		{"no level caption: goals only", "【总体目标】\n保障机房运转(全年)", nil},
		{"lines joined where they filled the cell (a PDF's text layer): each caption still opens its part",
			"【总体目标】\n保障机房运转【产出指标-数量指标】指标1:机柜数量(≥77台)【产出指标-时效指标】指标1:维护及时性(<24小时)\n" +
				"【效益指标-社会效益指标】\n指标1:服务保障民生(有力保障)【满意度指标-服务对象满意度指标】\n指标1:提升群众安全感(≥90%)",
			cellWant},
		{"a bracket with no level word inside a line cuts nothing",
			"【产出指标-数量指标】\n指标1:机柜数量【2024年】(≥77台)",
			[]cellInd{{"产出指标", "数量指标", "指标1:机柜数量【2024年】", "≥77台"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, inds := indsOf(t, []layout.Block{tableOf(1,
				[]string{"项目名称", "机房租赁"},
				[]string{"绩效目标", tt.cell},
			)})
			require.Len(t, inds, 1)
			assert.Equal(t, tt.want, inds[0])
		})
	}
}

// TestProjectList: a caption row of header-block labels over one row per
// project, its goals and indicators in one cell, gives one project a row
// with its name, budget and indicators; the rows with an empty goals cell
// (the department's, a unit's, a category's totals) are no projects,
// whatever the columns' order or the name column's caption.
func TestProjectList(t *testing.T) {
	tests := []struct {
		name string
		rows [][]string
	}{
		{"单位编码 | 单位名称(项目类别/支出项目) | 年度预算安排 | 项目内容 | 绩效目标", [][]string{
			{"单位编码", "单位名称(项目类别\n/支出项目)", "年度预算安排", "项目内容", "绩效目标"},
			{"", "某局", "92156434", "", ""},
			{"037001", "某局", "27955180", "", ""},
			{"", "其他运转类", "1681680", "", ""},
			{"037001", "机房租赁项目", "1681680", "【项目概况】:机房租赁服务", cellTargets},
			{"", "本级项目", "26273500", "", ""},
			{"037001", "执法办案费", "100000", "", "【产出指标-数量指标】\n案件数(≥100件)"},
		}},
		{"项目名称 column, goals before the budget", [][]string{
			{"项目名称", "绩效目标", "预算数"},
			{"合计", "", "27955180"},
			{"机房租赁项目", cellTargets, "1681680"},
			{"执法办案费", "【产出指标-数量指标】\n案件数(≥100件)", "100000"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			names, inds := indsOf(t, []layout.Block{para(1, "某局2025年项目绩效目标和指标"), tableOf(2, tt.rows...)})
			assert.Equal(t, []string{"机房租赁项目", "执法办案费"}, names)
			require.Len(t, inds, 2)
			assert.Equal(t, cellWant, inds[0])
			assert.Equal(t, []cellInd{{"产出指标", "数量指标", "案件数", "≥100件"}}, inds[1])
		})
	}
}
