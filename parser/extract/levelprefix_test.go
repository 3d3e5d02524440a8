package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A grid of exactly 绩效指标 | 指标值 whose every row names its level before
// its name (数量指标：培训农民工人数 | ≥2000人, probe 122) is not read, and
// LEVEL-PREFIXED-NAMES says why (before, nothing did: its cells were
// unrecognized in silence). A row without the prefix, a prefix that is no
// level (备注：…), a name that is a number, one such row alone, or a grid
// with more captions gives no such warning.
func TestLevelPrefixedNamesWarned(t *testing.T) {
	head := []string{"项目名称", "某项目"}
	for _, tt := range []struct {
		name string
		rows [][]string
		want bool
	}{
		{"every row prefixed", [][]string{{"绩效指标", "指标值"}, {"数量指标：培训农民工人数", "≥2000人"}, {"质量指标：取证率", "≥80%"}, {"满意度指标：学员满意度", "≥90%"}}, true},
		{"a row without", [][]string{{"绩效指标", "指标值"}, {"数量指标：培训农民工人数", "≥2000人"}, {"取证率", "≥80%"}}, false},
		{"no level before the colon", [][]string{{"绩效指标", "指标值"}, {"备注：培训农民工人数", "≥2000人"}, {"说明：取证率", "≥80%"}}, false},
		{"a number after the colon", [][]string{{"绩效指标", "指标值"}, {"数量指标：2000人", "≥2000人"}, {"质量指标：80%", "≥80%"}}, false},
		{"one row alone", [][]string{{"绩效指标", "指标值"}, {"数量指标：培训农民工人数", "≥2000人"}}, false},
		{"three captions", [][]string{{"绩效指标", "三级指标", "指标值"}, {"数量指标：培训", "培训人数", "≥2000人"}, {"质量指标：取证", "取证率", "≥80%"}}, false},
	} {
		rows := append([][]string{head}, tt.rows...)
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		warned := false
		for _, w := range doc.Warnings {
			warned = warned || w.Code == diag.LevelPrefixedNames
		}
		assert.Equal(t, tt.want, warned, tt.name)
	}
}

// A grid whose first column names, row by row, the area the indicators
// beside it belong to (地区 | 一级指标 | … over 甲县 | 产出指标 | …, probe 95)
// still reads each row as an indicator without its area, and says so with
// AREA-ROWS-UNREAD instead of the bare HEADER-UNKNOWN. One area only, a
// caption that names no area (分组), or a column holding a number keep
// HEADER-UNKNOWN.
func TestAreaRowsWarned(t *testing.T) {
	grid := func(caption, a, b string) [][]string {
		return [][]string{{"专项名称", "某转移支付"},
			{caption, "一级指标", "二级指标", "三级指标", "指标值"},
			{a, "产出指标", "数量指标", "美丽乡村建设村数", "≥6个"},
			{"", "效益指标", "社会效益指标", "受益农户数", "≥1200户"},
			{b, "产出指标", "数量指标", "美丽乡村建设村数", "≥4个"},
			{"", "效益指标", "社会效益指标", "受益农户数", "≥900户"}}
	}
	for _, tt := range []struct {
		caption, a, b string
		want          string
	}{
		{"地区", "甲县", "乙县", diag.AreaRowsUnread},
		{"县（市、区）", "甲县", "乙县", diag.AreaRowsUnread},
		{"地区", "甲县", "甲县", diag.HeaderUnknown},
		{"分组", "甲县", "乙县", diag.HeaderUnknown},
		{"地区", "甲县", "2024", diag.HeaderUnknown},
	} {
		doc := Extract([]layout.Block{tableOf(1, grid(tt.caption, tt.a, tt.b)...)}, layout.DefaultLimits)
		var codes []string
		for _, w := range doc.Warnings {
			if w.Code == diag.AreaRowsUnread || w.Code == diag.HeaderUnknown {
				codes = append(codes, w.Code)
			}
		}
		assert.Equal(t, []string{tt.want}, codes, "%s over %s, %s", tt.caption, tt.a, tt.b)
		require.Len(t, doc.Projects, 1)
		assert.Len(t, doc.Projects[0].Indicators, 4, "%s over %s, %s", tt.caption, tt.a, tt.b)
	}
}

// A monitoring table's caption asking whether the year's target can be
// met (是否能完成年度目标, right of the target; probe 119) keeps its cells
// beside the target as another value under its caption; before, they were
// unrecognized with HEADER-UNKNOWN. A self-evaluation's 是否完成 (no 能)
// and such a caption left of the target are not kept so.
func TestCompletionForecastKept(t *testing.T) {
	for _, tt := range []struct {
		head []string
		row  []string
		want []string // the other values, label=raw
	}{
		{[]string{"一级指标", "二级指标", "三级指标", "年度指标值", "截至6月底完成情况", "是否能完成年度目标"},
			[]string{"产出指标", "数量指标", "改造客运线路", "≥10条", "4条", "是"}, []string{"是否能完成年度目标=是"}},
		{[]string{"一级指标", "二级指标", "三级指标", "年度指标值", "能否完成年度指标"},
			[]string{"产出指标", "数量指标", "改造客运线路", "≥10条", "否"}, []string{"能否完成年度指标=否"}},
		{[]string{"一级指标", "二级指标", "三级指标", "年度指标值", "截至6月底完成情况", "是否完成"},
			[]string{"产出指标", "数量指标", "改造客运线路", "≥10条", "4条", "是"}, nil},
		{[]string{"一级指标", "二级指标", "三级指标", "是否能完成年度目标", "年度指标值"},
			[]string{"产出指标", "数量指标", "改造客运线路", "是", "≥10条"}, nil},
	} {
		doc := Extract([]layout.Block{tableOf(1, []string{"项目名称", "某项目"}, tt.head, tt.row)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		require.Len(t, doc.Projects[0].Indicators, 1, tt.head)
		ind := doc.Projects[0].Indicators[0]
		assert.Equal(t, "≥10条", ind.Value.Raw, tt.head)
		var got []string
		for _, o := range ind.OtherValues {
			if strings.Contains(o.Label, "完成") && !strings.Contains(o.Label, "情况") {
				got = append(got, o.Label+"="+o.Value.Raw)
			}
		}
		assert.Equal(t, tt.want, got, tt.head)
	}
}
