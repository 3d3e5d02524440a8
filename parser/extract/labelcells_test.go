package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
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

// A label cell is never a value, known to the vocabulary or not: in a
// header block of label | value pairs laid out in columns (1 | 3 | 1 | 3),
// a label whose value is left blank takes no words standing where the row
// above holds a label beside its value (项目分类 | (blank) | 申报属性 |
// (blank) under 一级项目名称 | (blank) | 二级项目名称 | 某项目): those words
// are the next label, unrecognized when the vocabulary does not know it. A
// text under a value of the row above (项目名称 | (blank) | 某项目 over
// 项目分类 | (blank) | 经常性项目) is the value as before, and a number is
// never taken for a label. Before, real filing 461 (the Hunan
// budget-system project sheet) read its category as 申报属性, a label.
func TestLabelUnderLabelIsNoValue(t *testing.T) {
	grid := [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "门面数量", "9间"},
	}
	for _, tt := range []struct {
		rows           [][]string // label | value | label | value
		name, category string
		unrecognized   string
	}{
		{[][]string{{"一级项目名称", "", "二级项目名称", "某某专项"}, {"项目分类", "", "申报属性", ""}}, "某某专项", "", "申报属性"},
		{[][]string{{"项目名称", "某某专项", "项目编码", "430921001"}, {"项目类型", "", "资金性质", "一般公共预算"}}, "某某专项", "", ""},
		{[][]string{{"项目名称", "", "某某专项", ""}, {"项目分类", "", "经常性项目", ""}}, "某某专项", "经常性项目", ""},
		{[][]string{{"项目名称", "某某专项", "项目编码", "430921001"}, {"项目分类", "", "经常性项目", ""}}, "某某专项", "", "经常性项目"},
		{[][]string{{"项目名称", "某某专项", "项目编码", "430921001"}, {"项目分类", "经常性项目", "申报属性", ""}}, "某某专项", "经常性项目", "申报属性"},
	} {
		var page, export strings.Builder
		page.WriteString("<table>\n")
		for _, r := range tt.rows {
			page.WriteString(`<tr><td>` + r[0] + `</td><td colspan="3">` + r[1] + `</td><td>` + r[2] + `</td><td colspan="3">` + r[3] + "</td></tr>\n")
		}
		for _, r := range grid {
			page.WriteString("<tr><td>" + r[0] + "</td><td>" + r[1] + "</td><td>" + r[2] + `</td><td colspan="5">` + r[3] + "</td></tr>\n")
		}
		page.WriteString("</table>")
		for _, r := range append(tt.rows, grid...) {
			for _, c := range r {
				export.WriteString("\t" + c + "\n")
			}
			export.WriteString("\n")
		}
		for _, form := range []struct {
			name   string
			blocks []layout.Block
		}{
			{"html", readHTML(t, page.String())},
			{"text", text.Read(export.String())},
		} {
			doc := Extract(form.blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1, "%s %v", form.name, tt.rows)
			p := doc.Projects[0]
			assert.Equal(t, tt.name, p.Name, "%s %v", form.name, tt.rows)
			assert.Equal(t, tt.category, p.Category, "%s %v", form.name, tt.rows)
			require.Len(t, p.Indicators, 1, "%s %v", form.name, tt.rows)
			if tt.unrecognized != "" {
				var texts []string
				for _, u := range doc.Unrecognized {
					texts = append(texts, u.Text)
				}
				assert.Contains(t, texts, tt.unrecognized, "%s %v", form.name, tt.rows)
			}
		}
	}
}
