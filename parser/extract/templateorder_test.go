package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestHeadlessTemplateOrder: a self-evaluation report whose table is
// captured from inside its rows (no header, no name, no money) writes each
// indicator's target and result in two columns of typed values side by
// side, no comparator to tell them apart (接待人次 | 3500万人次 |
// 3577万人次). Under a heading that names a self-evaluation the template's
// order decides: the earlier is the target, the later the result, with a
// COLUMNS-BY-TEMPLATE-ORDER warning. Anywhere else, or where the columns
// could be something else (bare numbers, a column of weights beside them,
// comparators in the later), or where a text left of the levels could be
// the names, nothing is read.
func TestHeadlessTemplateOrder(t *testing.T) {
	tail := func(a1, b1, a2, b2 string) [][]string {
		return [][]string{
			{"", "时效指标", "宣传完成时限", "2021年12月", "2021年12月"},
			{"效益指标", "经济效益指标", "全年接待游客", a1, b1},
			{"", "", "全年旅游收入", a2, b2},
		}
	}
	clean := tail("3500万人次", "3577万人次", "385亿元", "392亿元")
	withWeights := [][]string{
		append(clean[0], "10"), append(clean[1], "20"), append(clean[2], "20"),
	}
	type ind struct{ name, value, actual string }
	tests := []struct {
		name    string
		heading string
		rows    [][]string
		want    []ind
		warned  bool
	}{
		{"a self-evaluation report", "2021年项目支出绩效自评报告", clean, []ind{
			{"宣传完成时限", "2021年12月", "2021年12月"}, {"全年接待游客", "3500万人次", "3577万人次"},
			{"全年旅游收入", "385亿元", "392亿元"}}, true},
		{"a self-evaluation form's title", "项目支出绩效自评表", clean, []ind{
			{"宣传完成时限", "2021年12月", "2021年12月"}, {"全年接待游客", "3500万人次", "3577万人次"},
			{"全年旅游收入", "385亿元", "392亿元"}}, true},
		{"a target table", "项目支出绩效目标表", clean, nil, false},
		{"no heading", "", clean, nil, false},
		{"bare numbers", "2021年项目支出绩效自评报告", tail("3500", "3577", "385", "392"), nil, false},
		{"comparators in the later", "2021年项目支出绩效自评报告", tail("≥3500万人次", "≥3577万人次", "385亿元", "≤392亿元"), nil, false},
		{"a column of weights beside", "2021年项目支出绩效自评报告", withWeights, nil, false},
		{"texts left of the levels", "2021年项目支出绩效自评报告", [][]string{
			clean[0], {"项目成效", "经济效益指标", "全年接待游客", "3500万人次", "3577万人次"}, clean[2]}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var blocks []layout.Block
			if tt.heading != "" {
				blocks = append(blocks, para(1, tt.heading))
			}
			blocks = append(blocks, tableOf(10, tt.rows...))
			doc := Extract(blocks, layout.DefaultLimits)
			var got []ind
			for _, p := range doc.Projects {
				for _, i := range p.Indicators {
					actual := ""
					if i.Actual != nil {
						actual = i.Actual.Raw
					}
					got = append(got, ind{i.Name, i.Value.Raw, actual})
				}
			}
			assert.Equal(t, tt.want, got)
			if tt.warned {
				assert.Contains(t, warnings(doc), "grid columns 4 and 5 have no header and both hold targets that nothing tells apart; read as the target and the result, the self-evaluation template's order")
			} else {
				assert.NotContains(t, warnings(doc), "template's order")
			}
		})
	}
}

// TestHeadlessLabelAsName: a capture from inside a grid whose first row
// names an indicator with a word that is also a header-block label (时效指标
// | 完成时间 | 2021年12月: a project's 完成时间 attribute elsewhere) is
// the grid's first indicator row when the word stands right after the
// row's level label; a label away from the level label keeps the row a
// header block's, and content reads no grid under it.
func TestHeadlessLabelAsName(t *testing.T) {
	rest := [][]string{
		{"效益指标", "社会效益指标", "群众知晓率", "≥90%"},
		{"", "", "宣传覆盖率", "≥95%"},
	}
	tests := []struct {
		name  string
		first []string
		want  []string
	}{
		{"right after the level", []string{"", "时效指标", "完成时间", "2021年12月"}, []string{"完成时间", "群众知晓率", "宣传覆盖率"}},
		{"away from the level", []string{"时效指标", "", "完成时间", "2021年12月"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1, append([][]string{tt.first}, rest...)...)}, layout.DefaultLimits)
			var got []string
			for _, p := range doc.Projects {
				for _, i := range p.Indicators {
					got = append(got, i.Name)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestTemplateOrderHeadingSuperseded: the self-evaluation heading that
// lets the template's order place a headless tail's two columns holds
// only until a later heading says otherwise: a table's own title naming
// a target form (2022年项目支出绩效目标表, in its first row) or a section
// heading of the targets (二、2022年绩效目标) ends it, and two columns of
// targets there (the year's and the next's) are no target and result. A
// heading of the targets' completion (三、绩效目标完成情况) does not, nor
// does a form's field whose short label holds 表 or 报告 (填表人：张三,
// 报告日期：…): it names no form.
func TestTemplateOrderHeadingSuperseded(t *testing.T) {
	tail := [][]string{
		{"", "时效指标", "宣传完成时限", "2021年12月", "2022年12月"},
		{"效益指标", "经济效益指标", "全年接待游客", "3500万人次", "10000万人次"},
		{"", "", "全年旅游收入", "385亿元", "1200亿元"},
	}
	report := para(1, "2021年项目支出绩效自评报告")
	tests := []struct {
		name   string
		blocks []layout.Block
		want   int // indicators read with a result
	}{
		{"a target form's title in the table", []layout.Block{report,
			tableOf(10, append([][]string{{"2022年项目支出绩效目标表"}, {"项目名称", "旅游宣传"}}, tail...)...)}, 0},
		{"a section of the targets", []layout.Block{report, para(2, "二、2022年绩效目标"), tableOf(10, tail...)}, 0},
		{"a section of the targets' completion", []layout.Block{report, para(2, "三、绩效目标完成情况"), tableOf(10, tail...)}, 3},
		{"a field's label holding 表 (填表人)", []layout.Block{report, para(2, "填表人：张三"), tableOf(10, tail...)}, 3},
		{"a field's label holding 报告 (报告日期)", []layout.Block{report, para(2, "报告日期:2022年5月18日"), tableOf(10, tail...)}, 3},
		{"fields after a page's other labels", []layout.Block{report, para(2, "浏览次数: 发表时间:2022-03-20 08:44 信息来源:某局"), tableOf(10, tail...)}, 3},
		{"a self-evaluation form's title in the table", []layout.Block{report,
			tableOf(10, append([][]string{{"项目支出绩效自评表"}, {"项目名称", "旅游宣传"}}, tail...)...)}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.blocks, layout.DefaultLimits)
			got := 0
			for _, p := range doc.Projects {
				for _, i := range p.Indicators {
					if i.Actual != nil {
						got++
					}
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestNamesForm: a line names a form where 表 or 报告 stands outside the
// short labels of its fields; a table's or an attachment's number before
// a colon is no such label.
func TestNamesForm(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"2021年项目支出绩效自评表", true},
		{"2021年度部门整体支出绩效自评报告", true},
		{"附件1：某项目绩效目标表", true},
		{"表1：湖北省某经费项目绩效目标表", true},
		{"附件:某经费项目绩效目标自评表........22", true},
		{"填表人：张三", false},
		{"填表单位：某局", false},
		{"报告日期:2022年5月18日", false},
		{"填表人: 张三 联系电话:123 填报日期: 单位负责人签字:", false},
		{"浏览次数: 发表时间:2022-03-20 08:44 信息来源:某局", false},
	} {
		assert.Equal(t, tt.want, namesForm(tt.text), tt.text)
	}
}
