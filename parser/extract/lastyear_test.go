package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

// A money label of a year before the filing's by words (上年资金总额,
// 上年预算数, 去年预算数: lastYears) is never this year's total: beside
// the year's own label its amount no longer replaces the total. Before,
// labelByShape read it as the total and the later label's amount won
// (资金总额 260 | 上年资金总额 180 → 180). Found reviewing c8111e3, whose
// caption rows read such labels too; the label reading is older than
// this session. A year's number (2023年资金总额) may name the filing's own
// year and is read as before.
func TestLastYearsLabelIsNoTotal(t *testing.T) {
	for _, tt := range []struct {
		row  []string
		want string
	}{
		{[]string{"资金总额（万元）", "260.00", "上年资金总额", "180"}, "260.00|||"},
		{[]string{"上年资金总额", "180", "资金总额（万元）", "260.00"}, "260.00|||"},
		{[]string{"年度预算数", "500", "上年预算数", "450"}, "500|||"},
		{[]string{"本年预算数", "500", "去年预算数", "450"}, "500|||"},
		{[]string{"年度预算数", "500", "上年度预算数", "450"}, "500|||"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "老年人助餐服务项目", "", ""},
			tt.row,
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "助餐服务人次", "≥12万人次"},
		)}, layout.DefaultLimits)
		if assert.Len(t, doc.Projects, 1, tt.row[2]) {
			assert.Equal(t, tt.want, budgetOf(&doc.Projects[0]), tt.row[2])
		}
	}
}

// A money block holding two years' totals named by their numbers
// (2023年资金总额 | 100, 2024年资金总额 | 120, in either order, a row each
// or side by side in one row, as an HTML page or a text export): the
// budget is the filing's year's (its title's or its year line's) and the
// other year's amount is kept as an item under its label, never the
// budget; with no year known, the later year's is the budget; in a filing
// of a third year neither is. Before, the label read last won, whatever
// its year (2024年资金总额 | 120 then 2023年资金总额 | 100 gave 100 in a
// filing of 2024).
func TestYearNumberedTotals(t *testing.T) {
	asc := [][2]string{{"2023年资金总额（万元）", "100"}, {"2024年资金总额（万元）", "120"}}
	desc := [][2]string{asc[1], asc[0]}
	words := [][2]string{{"本年（2024年）资金总额（万元）", "120"}, {"上年（2023年）资金总额（万元）", "100"}}
	for _, tt := range []struct {
		name, title string
		money       [][2]string
		want, items string
	}{
		{"2024 asc", "2024年项目支出绩效目标表", asc, "120", "2023年资金总额（万元）=100"},
		{"2024 desc", "2024年项目支出绩效目标表", desc, "120", "2023年资金总额（万元）=100"},
		{"2023 asc", "2023年项目支出绩效目标表", asc, "100", "2024年资金总额（万元）=120"},
		{"2023 desc", "2023年项目支出绩效目标表", desc, "100", "2024年资金总额（万元）=120"},
		{"year line", "项目支出绩效目标表（2023年度）", desc, "100", "2024年资金总额（万元）=120"},
		{"no year asc", "项目支出绩效目标表", asc, "120", "2023年资金总额（万元）=100"},
		{"no year desc", "项目支出绩效目标表", desc, "120", "2023年资金总额（万元）=100"},
		{"third year", "2025年项目支出绩效目标表", asc, "", "2023年资金总额（万元）=100;2024年资金总额（万元）=120"},
		{"上年 | 本年", "2024年项目支出绩效目标表", words, "120", ""},
	} {
		rows := [][]string{{"项目名称", "城区道路保洁项目"}}
		var one []string
		for _, m := range tt.money {
			rows = append(rows, []string{m[0], m[1]})
			one = append(one, m[0], m[1])
		}
		grid := [][]string{{"一级指标", "二级指标", "三级指标", "指标值"}, {"产出指标", "数量指标", "保洁面积", "≥120万平方米"}}
		for layoutName, money := range map[string][][]string{"rows": rows, "one row": {rows[0], one}} {
			var page strings.Builder
			page.WriteString("<p>" + tt.title + "</p><table>")
			for _, r := range append(append([][]string{}, money...), grid...) {
				page.WriteString("<tr><td>" + strings.Join(r, "</td><td>") + "</td></tr>")
			}
			page.WriteString("</table>")
			forms := map[string][]layout.Block{
				"html": readHTML(t, page.String()),
				"text": text.Read(tt.title + "\n" + tikaExport(append(append([][]string{}, money...), grid...)...)),
			}
			for form, blocks := range forms {
				doc := Extract(blocks, layout.DefaultLimits)
				msg := tt.name + " " + layoutName + " " + form
				if !assert.Len(t, doc.Projects, 1, msg) {
					continue
				}
				b := doc.Projects[0].Budget
				var items []string
				for _, it := range b.Items {
					items = append(items, it.Label+"="+it.Text)
				}
				assert.Equal(t, tt.want, orEmpty(b.Total), msg)
				assert.Equal(t, tt.items, strings.Join(items, ";"), msg)
			}
		}
	}
}
