package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestRowNumbersAreNoAmounts: a financial form's numbering — a 行次 (栏次)
// column between a money label and its amounts, a 列次 (栏次) row numbering
// the columns under the captions — is no amount: the budget is read from
// the money column (全年预算数(A), 金额), never the row's number, and no
// number becomes an item. Positioned (HTML) and text tables, a caption
// spanning two columns printed once in the text export (佐证材料 over 所需材料
// | 上传端口). An indicator grid with a 栏次 row or a 行次 column keeps its
// indicators and takes no number as a target. Without withoutNumbering the
// Sichuan and 决算 forms read the budget "1" (and fiscal "3", "2"), and
// the money headers keep 行次's and 栏次's numbers as items.
func TestRowNumbersAreNoAmounts(t *testing.T) {
	grid := [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "筛查人数", "≥1000人"},
	}
	sichuan := [][]string{
		{"资金投入情况(万元)", "行次", "全年预算数(A)", "统筹整合资金数(B)", "扣除统筹整合资金后预算金额(C)", "全年到位资金(D)", "预算到位(D/C×100%)", "全年执行资金(E)", "预算执行(E/C×100%)", "佐证材料"},
		{"列次", "0", "1", "2", "3", "4", "5", "6", "7", "所需材料", "上传端口"},
		{"年度资金总额(万元):", "1", "52.800000", "", "52.800000", "52.800000", "100.00%", "30.800000", "58.33%", "", ""},
		{"其中:中央财政资金(万元)", "2", "52.800000", "", "52.800000", "52.800000", "100.00%", "30.800000", "58.33%", "预算下达文件", ""},
		{"地方财政资金(万元)", "3", "", "", "", "", "", "", "", "", ""},
	}
	row := func(cells ...string) string {
		return "<tr><td>" + strings.Join(cells, "</td><td>") + "</td></tr>"
	}
	sichuanHTML := `<p>某项目2024年度资金绩效评价表</p><table>` +
		strings.Replace(row(sichuan[0]...), "<td>佐证材料", `<td colspan="2">佐证材料`, 1)
	for _, r := range sichuan[1:] {
		sichuanHTML += row(r...)
	}
	sichuanHTML += row(grid[0]...) + row(grid[1]...) + `</table>`
	blocks, err := html.Read([]byte(sichuanHTML), layout.DefaultLimits)
	require.NoError(t, err)

	top := [][]string{{"某项目支出绩效自评表"}, {"项目名称", "某经费"}}
	text := func(rows ...[][]string) []layout.Block {
		all := append([][]string{}, top...)
		for _, r := range rows {
			all = append(all, r...)
		}
		return []layout.Block{tableOf(1, all...)}
	}
	tests := []struct {
		name          string
		blocks        []layout.Block
		total, fiscal string
		indicators    int
	}{
		{"Sichuan evaluation, text", text(sichuan, grid), "52.800000", "52.800000", 1},
		{"Sichuan evaluation, positioned", blocks, "52.800000", "52.800000", 1},
		{"final accounts: 行次 column, 栏次 row", text([][]string{
			{"项目", "行次", "金额"},
			{"栏次", "", "1"},
			{"年度资金总额", "1", "35.5"},
			{"其中：财政拨款", "2", "30"},
			{"其他资金", "3", "5.5"},
		}, grid), "35.5", "30", 1},
		{"money header with 行次", text([][]string{
			{"项目资金（万元）", "行次", "年初预算数", "全年预算数", "全年执行数"},
			{"年度资金总额", "1", "35.5", "35.5", "30"},
			{"其中：财政拨款", "2", "30", "30", "30"},
		}, grid), "35.5", "30", 1},
		{"money header with a 栏次 row", text([][]string{
			{"项目资金（万元）", "年初预算数", "全年预算数", "全年执行数"},
			{"栏次", "1", "2", "3"},
			{"年度资金总额", "35.5", "35.5", "30"},
			{"其中：财政拨款", "30", "30", "30"},
		}, grid), "35.5", "30", 1},
		{"grid with a 栏次 row", text([][]string{{"年度资金总额(万元)", "120"}}, [][]string{
			grid[0], {"栏次", "1", "2", "3"}, grid[1],
		}), "120", "<nil>", 1},
		{"grid with a 行次 column", text([][]string{{"年度资金总额(万元)", "120"}}, [][]string{
			{"一级指标", "二级指标", "三级指标", "行次", "指标值"},
			{"产出指标", "数量指标", "筛查人数", "1", "≥1000人"},
			{"产出指标", "质量指标", "合格率", "2", "≥90%"},
		}), "120", "<nil>", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			assert.Equal(t, tt.total, deref(p.Budget.Total))
			assert.Equal(t, tt.fiscal, deref(p.Budget.Fiscal))
			for _, it := range p.Budget.Items {
				assert.NotContains(t, it.Label, "行次", "a row number kept as an item")
				assert.NotContains(t, it.Label, "栏次", "a column number kept as an item")
			}
			require.Len(t, p.Indicators, tt.indicators)
			for _, in := range p.Indicators {
				assert.NotRegexp(t, `^\d$`, in.Value.Raw, "a row number read as a target")
			}
			var numbers []string
			for _, u := range doc.Unrecognized {
				if _, ok := rowNumber(u.Text); ok {
					numbers = append(numbers, u.Text)
				}
			}
			assert.NotEmpty(t, numbers, "the numbers taken out are reported unrecognized")
		})
	}
}

// TestWithoutNumbering: what withoutNumbering takes out of a table — a
// numbering row dropped, a column of row numbers blanked with its caption
// — and what it leaves: a caption over amounts or words, numbers that do
// not count up, a 序号 column first in its rows (a list's numbering, read
// by the list's rules), a 栏次 label over amounts, a lone number over 1, a
// text row narrower than the caption's, a wider one where two places could
// hold the number. A text row wider than the caption's (a span printed
// once left of it) has its numbers found further right, and a second row
// of captions may stand between the caption and the numbers.
func TestWithoutNumbering(t *testing.T) {
	tests := []struct {
		name string
		rows [][]string
		want [][]string // nil: the table unchanged
	}{
		{"行次 column and 列次 row",
			[][]string{{"资金", "行次", "金额"}, {"列次", "0", "1"}, {"总额", "1", "5"}, {"其中", "2", "3"}},
			[][]string{{"资金", "", "金额"}, {"总额", "", "5"}, {"其中", "", "3"}}},
		{"blank cells between the numbers",
			[][]string{{"资金", "栏次", "金额"}, {"总额", "1", "5"}, {"", "", ""}, {"其中", "2", "3"}},
			[][]string{{"资金", "", "金额"}, {"总额", "", "5"}, {"", "", ""}, {"其中", "", "3"}}},
		{"numbers from 5 on", [][]string{{"资金", "行次", "金额"}, {"总额", "5", "5"}, {"其中", "6", "3"}},
			[][]string{{"资金", "", "金额"}, {"总额", "", "5"}, {"其中", "", "3"}}},
		{"a column of 序号 right of a label", [][]string{{"指标", "序号", "指标值"}, {"人数", "1", "≥5人"}, {"比率", "2", "≥90%"}},
			[][]string{{"指标", "", "指标值"}, {"人数", "", "≥5人"}, {"比率", "", "≥90%"}}},
		{"a 栏次 row with words beside", [][]string{{"资金", "金额", "佐证材料"}, {"栏次", "1", "所需材料"}, {"总额", "5", ""}},
			[][]string{{"资金", "金额", "佐证材料"}, {"总额", "5", ""}}},
		{"a text row wider than the caption's: a span printed once left of 行次",
			[][]string{{"资金情况", "行次", "金额"}, {"收入", "财政拨款", "1", "5"}, {"", "其他资金", "2", "3"}},
			[][]string{{"资金情况", "", "金额"}, {"收入", "财政拨款", "", "5"}, {"", "其他资金", "", "3"}}},
		{"a second row of captions before the numbers",
			[][]string{{"名称", "行次", "资金总额", "绩效指标"}, {"", "", "", "一级指标", "二级指标", "三级指标"}, {"甲", "1", "30.00", "产出指标", "数量指标", "人数"}, {"乙", "2", "20.00", "产出指标", "数量指标", "次数"}},
			[][]string{{"名称", "", "资金总额", "绩效指标"}, {"", "", "", "一级指标", "二级指标", "三级指标"}, {"甲", "", "30.00", "产出指标", "数量指标", "人数"}, {"乙", "", "20.00", "产出指标", "数量指标", "次数"}}},
		{"two places that could hold the first number", [][]string{{"资金", "行次", "金额"}, {"总额", "1", "1", "5"}}, nil},
		{"行次 over amounts", [][]string{{"资金", "行次", "金额"}, {"总额", "35.5", "5"}}, nil},
		{"行次 over numbers that do not count up", [][]string{{"资金", "行次", "金额"}, {"总额", "12", "5"}, {"其中", "30", "3"}}, nil},
		{"a lone number over 1", [][]string{{"资金", "行次", "金额"}, {"总额", "35", "5"}}, nil},
		{"序号 first: a list's numbering", [][]string{{"序号", "名称", "金额"}, {"1", "甲", "5"}, {"2", "乙", "3"}}, nil},
		{"栏次 label over amounts", [][]string{{"资金", "年初", "全年"}, {"栏次", "12.5", "30"}}, nil},
		{"栏次 label over numbers that do not count up", [][]string{{"资金", "年初", "全年"}, {"栏次", "120", "30"}}, nil},
		{"a narrower text row", [][]string{{"资金", "行次", "金额"}, {"总额", "1"}, {"其中", "2"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tableOf(1, tt.rows...).Table
			e := newExtractor(layout.DefaultLimits, nil)
			out, taken := e.withoutNumbering(in)
			if tt.want == nil {
				assert.Same(t, in, out)
				assert.Empty(t, taken)
				return
			}
			var got [][]string
			for _, r := range out.Rows {
				var cells []string
				for _, c := range r {
					cells = append(cells, c.Text)
				}
				got = append(got, cells)
			}
			assert.Equal(t, tt.want, got)
			assert.NotEmpty(t, taken)
			assert.Equal(t, tt.rows[0][0], in.Rows[0][0].Text, "the table read is not changed")
			var texts []model.Unrecognized
			for _, u := range taken {
				texts = append(texts, u...)
			}
			for _, u := range texts {
				assert.NotEmpty(t, u.Text)
			}
		})
	}
}
