package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

// moneyGroupForms writes a Hunan 部门整体 form's header whose money block
// puts the total beside two captions that group its parts (资金总额 |
// 按收入性质分 | 按支出性质分 over the parts' captions, one row of amounts
// under both), as an HTML page with its spans and as a text export that
// prints a spanned slot as an empty cell (one cell a line, a blank line
// after each row), and reads both. lead is the block's caption left of
// the total ("" for none), total the total's label (its amount in it or
// in the row of amounts, values[0]); extra, when not nil, is a second row of
// amounts.
func moneyGroupForms(t *testing.T, lead, total string, groups [2]string, parts, values, extra []string) map[string][]layout.Block {
	t.Helper()
	var page, export strings.Builder
	row := func(cells ...string) {
		for _, c := range cells {
			export.WriteString("\t" + c + "\n")
		}
		export.WriteString("\n")
	}
	td := func(s string, span string) string { return "<td" + span + ">" + s + "</td>" }
	down := 3
	if extra != nil {
		down = 4
	}
	page.WriteString("<table>\n<tr><td>部门名称</td><td colspan=\"7\">某局</td></tr>\n<tr>")
	row("部门名称", "某局")
	var r0, pad []string
	if lead != "" {
		page.WriteString(td(lead, ` rowspan="`+string(rune('0'+down))+`"`))
		r0, pad = append(r0, lead), []string{""}
	}
	page.WriteString(td(total, ` rowspan="2"`) + td(groups[0], ` colspan="4"`) + td(groups[1], ` colspan="2"`) + "</tr>\n<tr>")
	row(append(r0, total, groups[0], groups[1])...)
	for _, c := range parts {
		page.WriteString(td(c, ""))
	}
	page.WriteString("</tr>\n")
	row(append(append(append([]string{}, pad...), ""), parts...)...)
	for _, v := range [][]string{values, extra} {
		if v == nil {
			continue
		}
		page.WriteString("<tr>")
		for _, c := range v {
			page.WriteString(td(c, ""))
		}
		page.WriteString("</tr>\n")
		row(append(append([]string{}, pad...), v...)...)
	}
	for _, r := range [][]string{{"一级指标", "二级指标", "三级指标", "指标值"}, {"产出指标", "数量指标", "培训人数", "50人"}} {
		page.WriteString("<tr>" + td(r[0], "") + td(r[1], "") + td(r[2], "") + td(r[3], "") + "</tr>\n")
		row(r...)
	}
	page.WriteString("</table>")
	return map[string][]layout.Block{"html": readHTML(t, page.String()), "text": text.Read(export.String())}
}

// TestMoneyGroupsOverValues: the Hunan 部门整体支出绩效目标申报表 whose money
// block sets income and spending side by side (real filing 590,
// real-heldout45): 年度预算申请（万元） | 资金总额 | 按收入性质分 (over
// 公共财政拨款 … 其他资金) | 按支出性质分 (over 基本支出 | 项目支出), one row
// of amounts under them (or the total written in its label, 资金总额:211.62,
// as real filing 551 writes it). The amount under 资金总额 is the budget, the parts
// are read under their captions (the fiscal part, the spending items),
// never as the total; the block's caption gives the money unit. Over
// captions that are no money parts, or above a second row of amounts (a
// list), no budget is read.
func TestMoneyGroupsOverValues(t *testing.T) {
	money := []string{"公共财政拨款", "政府性基金拨款", "纳入专户的非税收入拨款", "其他资金", "基本支出", "项目支出"}
	amounts := []string{"211.62", "211.62", "", "", "", "161.62", "50.00"}
	sides := [2]string{"按收入性质分", "按支出性质分"}
	tests := []struct {
		name   string
		lead   string
		label  string
		groups [2]string
		parts  []string
		extra  []string
		total  string
		unit   string
	}{
		{"a caption, the total, income and spending", "年度预算申请（万元）", "资金总额", sides, money, nil, "211.62", "万元"},
		{"no caption before the total", "", "资金总额", sides, money, nil, "211.62", ""},
		{"the total in its label", "年度预算申请（万元）", "资金总额:211.62", sides, money, nil, "211.62", "万元"},
		{"groups over no money parts", "年度预算申请（万元）", "资金总额", sides, []string{"服务对象", "服务人数", "服务次数", "覆盖率", "满意度", "投诉数"}, nil, "<nil>", ""},
		{"a second row of amounts", "年度预算申请（万元）", "资金总额", sides, money, []string{"300", "300", "", "", "", "200", "100"}, "<nil>", ""},
	}
	for _, tt := range tests {
		values := amounts
		if strings.Contains(tt.label, ":") {
			values = append([]string{""}, amounts[1:]...)
		}
		for form, blocks := range moneyGroupForms(t, tt.lead, tt.label, tt.groups, tt.parts, values, tt.extra) {
			t.Run(tt.name+"/"+form, func(t *testing.T) {
				doc := Extract(blocks, layout.DefaultLimits)
				require.NotEmpty(t, doc.Projects)
				p := doc.Projects[0]
				assert.Equal(t, tt.total, deref(p.Budget.Total))
				if tt.total == "<nil>" {
					return
				}
				assert.Equal(t, "211.62", deref(p.Budget.Fiscal))
				var items []string
				for _, it := range p.Budget.Items {
					items = append(items, it.Label+"="+it.Text)
				}
				assert.Equal(t, []string{"基本支出=161.62", "项目支出=50.00"}, items)
				if tt.unit != "" {
					assert.Equal(t, tt.unit, p.MoneyUnit)
				}
				require.Len(t, p.Indicators, 1)
			})
		}
	}
}
