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
	cells := func(texts ...string) []layout.Cell {
		row := make([]layout.Cell, len(texts))
		for i, s := range texts {
			row[i] = layout.Cell{Text: s}
			row[i].Pos.Col = i + 1
		}
		return row
	}
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
