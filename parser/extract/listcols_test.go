package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestProjectListCaptionsRoom: projectListCaptions reads a row's columns
// into the extractor's room and hands out a copy only for a caption row
// of a list of projects: the columns returned stay as they were while
// other rows are read, and a row of labels that is no such caption row
// allocates nothing.
func TestProjectListCaptionsRoom(t *testing.T) {
	e := newExtractor(layout.DefaultLimits, nil)
	caption := cells("单位编码", "单位名称", "年度预算安排", "项目内容", "绩效目标")
	cols, ok := e.projectListCaptions(caption)
	assert.True(t, ok)
	want := []projCol{{idx: 0, col: 1, f: cols[0].f, label: "单位编码"}, {idx: 1, col: 2, f: fName, label: "单位名称"},
		{idx: 2, col: 3, f: fTotal, label: "年度预算安排"}, {idx: 3, col: 4, f: cols[3].f, label: "项目内容"}, {idx: 4, col: 5, f: fGoals, label: "绩效目标"}}
	assert.Equal(t, want, cols)
	labels := cells("项目名称", "主管部门", "实施单位")
	_, ok = e.projectListCaptions(labels)
	assert.False(t, ok)
	assert.Equal(t, want, cols, "the columns handed out, after another row")
	assert.Zero(t, testing.AllocsPerRun(20, func() { e.projectListCaptions(labels) }))
	again, ok := e.projectListCaptions(caption)
	assert.True(t, ok)
	assert.Equal(t, want, again)
}

// TestColumnHeaderRoom: columnHeader reads a row's caption cells and keys
// into the extractor's room: the same answers as a fresh extractor's, row
// after row, and a row of captions that is no column header allocates
// neither.
func TestColumnHeaderRoom(t *testing.T) {
	rows := [][]layout.Cell{
		cells("项目", "年初预算数", "全年预算数", "全年执行数"),
		cells("一级指标", "二级指标", "三级指标", "指标值"),
		cells("资金来源", "金额"),
		cells("项目 名称", "预算 数", "执行 数", "分值", "得分"),
		cells("x"),
	}
	kept := newExtractor(layout.DefaultLimits, nil)
	for range 2 {
		for _, row := range rows {
			fresh := newExtractor(layout.DefaultLimits, nil)
			assert.Equal(t, fresh.columnHeader(row, 0), kept.columnHeader(row, 0), "%v", row)
		}
	}
	row := rows[1] // no column header: its captions are a grid's
	kept.columnHeader(row, 0)
	assert.LessOrEqual(t, testing.AllocsPerRun(20, func() { kept.columnHeader(row, 0) }), 4.0) // 6 when each call made the two
}

// cells is a row of texts, in columns 1, 2 …
func cells(texts ...string) []layout.Cell {
	row := make([]layout.Cell, len(texts))
	for i, s := range texts {
		row[i] = layout.Cell{Text: s}
		row[i].Pos.Col = i + 1
	}
	return row
}

// TestRowHoldsTargets: a row with a target opening with a comparator sign
// holds targets, whichever of the signs a target may open with
// (normalize.LeadingSign) it is written with: ═ too, the box-drawing line
// a form types for = (as normalize folds it); a row of list items does not.
func TestRowHoldsTargets(t *testing.T) {
	e := newExtractor(layout.DefaultLimits, nil)
	for _, tc := range []struct {
		row  []string
		want bool
	}{
		{[]string{"1", "培训人次", "≥95%"}, true},
		{[]string{"1", "培训人次", "＝100%"}, true},
		{[]string{"1", "培训人次", "═100%"}, true},
		{[]string{"1", "城区道路改造", "120"}, false},
	} {
		assert.Equal(t, tc.want, e.rowHoldsTargets(cells(tc.row...)), "%v", tc.row)
	}
}

// TestSignatureRow: the sign-off row under a grid is a stamp's place
// with any of the seal marks withoutSeal reads (（盖章）, （公章）,
// （印章）, ASCII parentheses too) or a blank date, or signature labels; a
// row with an indicator's cells is none.
func TestSignatureRow(t *testing.T) {
	e := newExtractor(layout.DefaultLimits, nil)
	for _, tc := range []struct {
		row  []string
		want bool
	}{
		{[]string{"财政绩效管理科室（盖章） 年 月 日"}, true},
		{[]string{"财政资金管理科室(公章)", "年 月 日"}, true},
		{[]string{"主管部门（印章）"}, true},
		{[]string{"项目负责人：", "财务负责人："}, true},
		{[]string{"1", "培训人次", "≥95%"}, false},
		{[]string{"主管部门（印章）", "培训人次"}, false},
	} {
		assert.Equal(t, tc.want, e.signatureRow(cells(tc.row...)), "%v", tc.row)
	}
}
