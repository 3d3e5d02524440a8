package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// A label cell is never a value. An identity label left blank (一级项目名称
// | (blank)) takes no label of a name or a code after it, known to the
// vocabulary or by its shape (二级项目名称, 项目支出名称, 预算项目编码,
// 挂接一级项目名称: words ending in 名称, 编码, 代码): that cell is the next
// label, with its own value. A name that reads like a money row (宗教管理经
// 费补助) is still the name. Before, the Hunan budget-system project sheet
// (一级项目名称 | (blank) | 二级项目名称 | 国有资产出租收入应交税费, real filing
// 461) was named 二级项目名称 and its name was unrecognized.
func TestNamingLabelIsNoValue(t *testing.T) {
	for _, tt := range []struct {
		row        []string
		name, code string
	}{
		{[]string{"一级项目名称", "", "二级项目名称", "某某专项"}, "某某专项", ""},
		{[]string{"一级项目名称", "", "项目支出名称", "某某专项"}, "某某专项", ""},
		{[]string{"项目名称", "", "预算项目编码", "430921001"}, "", "430921001"},
		{[]string{"项目名称", "", "挂接一级项目名称", "某某一级项目"}, "", ""},
		{[]string{"项目名称", "宗教管理经费补助", "项目编码", "430921001"}, "宗教管理经费补助", "430921001"},
		{[]string{"项目名称", "", "宗教管理经费补助", ""}, "宗教管理经费补助", ""},
		{[]string{"一级项目名称", "某某一级项目", "二级项目名称", "某某专项"}, "某某专项", ""},
	} {
		page := "<table><tr>"
		for _, c := range tt.row {
			page += "<td>" + c + "</td>"
		}
		page += `</tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>门面数量</td><td>9间</td></tr>
</table>`
		doc := Extract(readHTML(t, page), layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, "%v", tt.row)
		p := doc.Projects[0]
		assert.Equal(t, tt.name, p.Name, "%v", tt.row)
		assert.Equal(t, tt.code, p.Code, "%v", tt.row)
		require.Len(t, p.Indicators, 1, "%v", tt.row)
	}
}
