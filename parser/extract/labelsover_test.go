package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A row of labels over two rows or more of values under them (项目名称 |
// 资金总额（万元） | … over a row a project, or the amounts of two rows with
// nothing to tell them apart) is a list, none of whose rows is this
// project's own: labelsOverValues reads none of them. Before (review of
// c8111e3), the first row was read as the project's name and budget
// (助餐点运营补贴, 260.00 | 200.00 | 60.00) and the others dropped, the
// grid below then given to the first project of the list.
func TestLabelsOverValuesList(t *testing.T) {
	for _, tt := range []struct {
		name string
		rows [][]string
	}{
		{"a list of projects", [][]string{
			{"项目名称", "资金总额（万元）", "财政拨款（万元）", "其他资金（万元）"},
			{"助餐点运营补贴", "260.00", "200.00", "60.00"},
			{"老年食堂建设", "100.00", "100.00", "0"},
		}},
		{"two rows of amounts", [][]string{
			{"项目名称", "老年人助餐服务项目", "", ""},
			{"资金总额（万元）", "财政拨款（万元）", "其他资金（万元）", ""},
			{"260.00", "200.00", "60.00", ""},
			{"300.00", "240.00", "60.00", ""},
		}},
	} {
		rows := append(tt.rows,
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "助餐服务人次", "≥12万人次"})
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		if assert.Len(t, doc.Projects, 1, tt.name) {
			assert.Equal(t, "|||", budgetOf(&doc.Projects[0]), tt.name)
			assert.NotEqual(t, "助餐点运营补贴", doc.Projects[0].Name, tt.name)
		}
	}
}
