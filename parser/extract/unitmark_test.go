package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A 度量单位 cell that says its row has no unit (无, 暂无, 不适用, 无单位,
// 空, 不涉及) is never joined to the target, in words or a number: the
// target as written, the cell kept among its parts. A unit cell of a
// unit completes the number as before. Before, a 定性 row of the Hunan
// budget-system project sheet (指标值类型 | 目标值 | 度量单位: 定性 | 保障 |
// 无, real filing 461) read 保障无, and a number beside 不适用 read 5不适用.
func TestNoUnitMarkIsNotJoined(t *testing.T) {
	for _, tt := range []struct {
		kind, value, unit, want string
	}{
		{"定性", "保障", "无", "保障"},
		{"定性", "保障", "暂无", "保障"},
		{"定性", "达标", "不适用", "达标"},
		{"定性", "逐步提升", "无单位", "逐步提升"},
		{"定性", "有效", "空", "有效"},
		{"定性", "有效", "不涉及", "有效"},
		{"≥", "5", "无", "≥5"},
		{"=", "100", "不适用", "=100"},
		{"≥", "95", "%", "≥95%"},
		{"=", "9", "间", "=9间"},
	} {
		page := `<table>
<tr><td>二级项目名称</td><td colspan="4">某项目</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值类型</td><td>目标值</td><td>度量单位</td><td>指标值内容</td></tr>
<tr><td>产出指标</td><td>质量指标</td><td>某指标</td><td>` + tt.kind + `</td><td>` + tt.value + `</td><td>` + tt.unit + `</td><td>考察某事</td></tr>
</table>`
		doc := Extract(readHTML(t, page), layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tt.unit)
		require.Len(t, doc.Projects[0].Indicators, 1, tt.unit)
		ind := doc.Projects[0].Indicators[0]
		assert.Equal(t, tt.want, ind.Value.Raw, "%s | %s | %s", tt.kind, tt.value, tt.unit)
		var parts []string
		for _, p := range ind.ValueParts {
			parts = append(parts, p.Text)
		}
		assert.Equal(t, []string{tt.kind, tt.value, tt.unit}, parts, "%s | %s | %s", tt.kind, tt.value, tt.unit)
	}
}
