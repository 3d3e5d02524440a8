package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

// The national form's 中期 | 年度 blocks (二级指标 | 三级指标 | 指标值 twice,
// a 绩效标准 after each 指标值 or not) read by what their rows hold: a row
// whose blocks name the same indicator (or the year's name qualified by
// its period, 建成面积 | 年度建成面积) is one indicator, the year's target
// with the mid-term one beside it; a row whose blocks name different
// indicators (real filing 383) gives both, each with its own target and
// level 2 (filled down in its block's own column), the mid-term one's
// target kept as its long-term value too. Before, the mid-term block's
// 绩效标准 was taken for the year's 指标值 (the year's names read as
// descriptions, its targets as other values) and only the mid-term
// indicators were read.
func TestMidTermBlockOfOtherIndicators(t *testing.T) {
	withStd := []string{"一级指标", "二级指标", "三级指标", "指标值", "绩效标准", "二级指标", "三级指标", "指标值", "绩效标准"}
	bare := []string{"一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"}
	tests := []struct {
		name   string
		header []string
		rows   [][]string
		want   []string // level2 | name | target | long-term value
	}{
		{"different indicators, standards after the targets", withStd, [][]string{
			{"产出指标", "数量指标", "报送招商信息线索", "≥60条", "", "数量指标", "开展招商活动", "≥5次", ""},
			{"^", "^", "牵头外出招商", "≥15次", "", "^", "报送招商信息线索", "≥20条", ""},
		}, []string{
			"数量指标|报送招商信息线索|≥60条|≥60条", "数量指标|开展招商活动|≥5次|",
			"数量指标|牵头外出招商|≥15次|≥15次", "数量指标|报送招商信息线索|≥20条|",
		}},
		{"different indicators, each block its level 2", bare, [][]string{
			{"产出指标", "数量指标", "培训人次", "≥300人次", "数量指标", "举办讲座", "≥4场"},
			{"^", "质量指标", "培训合格率", "≥90%", "^", "讲座覆盖村数", "≥10个"},
		}, []string{
			"数量指标|培训人次|≥300人次|≥300人次", "数量指标|举办讲座|≥4场|",
			"质量指标|培训合格率|≥90%|≥90%", "数量指标|讲座覆盖村数|≥10个|",
		}},
		{"the same rows twice", withStd, [][]string{
			{"产出指标", "数量指标", "建成面积", "3万亩", "", "数量指标", "建成面积", "1.2万亩", ""},
			{"^", "质量指标", "验收合格率", "100%", "", "质量指标", "验收合格率", "100%", ""},
		}, []string{"数量指标|建成面积|1.2万亩|3万亩", "质量指标|验收合格率|100%|100%"}},
		{"a numbering row under the header", bare, [][]string{
			{"栏次", "1", "2", "3", "4", "5", "6"},
			{"产出指标", "数量指标", "培训人次", "≥300人次", "数量指标", "举办讲座", "≥4场"},
		}, []string{"数量指标|培训人次|≥300人次|≥300人次", "数量指标|举办讲座|≥4场|"}},
		{"one indicator in other words, the same unit", bare, [][]string{
			{"产出指标", "数量指标", "农民培训人数", "≥3000人", "数量指标", "培训农民人数", "≥1000人"},
			{"^", "^", "三年累计改造户数", "≥900户", "^", "本年改造户数", "≥300户"},
		}, []string{"数量指标|培训农民人数|≥1000人|≥3000人", "数量指标|本年改造户数|≥300户|≥900户"}},
		{"names sharing a word, other units", bare, [][]string{
			{"产出指标", "数量指标", "培训人次", "≥300人次", "数量指标", "培训天数", "≥5天"},
		}, []string{"数量指标|培训人次|≥300人次|≥300人次", "数量指标|培训天数|≥5天|"}},
		{"a mid-term block with nothing on the row", bare, [][]string{
			{"产出指标", "数量指标", "/", "/", "数量指标", "培训人次", "≥300人次"},
			{"^", "质量指标", "—", "—", "质量指标", "合格率", "≥90%"},
			{"^", "时效指标", "无", "无", "时效指标", "完成时间", "2024年底"},
		}, []string{"数量指标|培训人次|≥300人次|/", "质量指标|合格率|≥90%|—", "时效指标|完成时间|2024年底|无"}},
		{"the year's name qualified by its period", bare, [][]string{
			{"产出指标", "数量指标", "建成面积", "3万亩", "数量指标", "年度建成面积", "1.2万亩"},
		}, []string{"数量指标|年度建成面积|1.2万亩|3万亩"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := [][]string{{"项目支出绩效目标表"}, {"项目名称", "文明创建等项目支出"}, {"年度资金总额", "5.00"}, tt.header}
			doc := Extract([]layout.Block{tableOf(1, append(rows, tt.rows...)...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			var got []string
			for _, ind := range doc.Projects[0].Indicators {
				long := ""
				for _, o := range ind.OtherValues {
					if o.Role == model.RoleLongTerm {
						long = o.Value.Raw
					}
				}
				got = append(got, strings.Join([]string{ind.Level2, ind.Name, ind.Value.Raw, long}, "|"))
			}
			assert.Equal(t, tt.want, got)
			for _, u := range doc.Unrecognized {
				assert.NotContains(t, []string{"开展招商活动", "举办讲座", "数量指标", "质量指标"}, u.Text)
			}
		})
	}
}

// sheetForms writes rows of a sheet as an HTML table and as a text export
// that prints one cell a line (a blank line after each row), and reads
// both.
func sheetForms(t *testing.T, rows [][]string) map[string][]layout.Block {
	var page, export strings.Builder
	page.WriteString("<table>\n")
	for _, r := range rows {
		page.WriteString("<tr>")
		for _, c := range r {
			page.WriteString("<td>" + c + "</td>")
			export.WriteString("\t" + c + "\n")
		}
		page.WriteString("</tr>\n")
		export.WriteString("\n")
	}
	page.WriteString("</table>")
	blocks, err := html.Read([]byte(page.String()), layout.DefaultLimits)
	require.NoError(t, err)
	return map[string][]layout.Block{"html": blocks, "text": text.Read(export.String())}
}

// A label that names another project — the one this project hangs under or
// comes from: a relation word (挂接, 所属, 上级, 关联, 对应, 归属) before a
// project's name or code label (挂接一级项目名称, 所属项目编码, 上级转移支付
// 项目代码) — is kept with its value as an attribute: it neither names this
// project nor opens another one. Before (real filing 382, Guangdong's
// 二级项目 sheet), 挂接一级项目名称 under the 二级项目名称 opened a second,
// empty project (its blank value taking the next label as its name) that
// took the sheet's 项目金额 and units from the first.
func TestLabelOfAnotherProject(t *testing.T) {
	for _, tt := range []struct {
		label string
		want  field
	}{
		{"挂接一级项目名称", fAttribute}, {"挂接一级项目编码", fAttribute}, {"上级转移支付项目代码", fAttribute},
		{"所属项目名称", fAttribute}, {"关联项目编码", fAttribute}, {"对应一级项目名称（全称）", fAttribute},
		{"二级项目名称", fName}, {"二级项目编码", fCode}, {"项目名称", fName},
		{"上级补助资金", fBudgetItem}, {"所属单位", fNone},
	} {
		f, _, _ := defaultLexicon().lookupLabel(labelKey(tt.label))
		assert.Equal(t, tt.want, f, tt.label)
	}
	for _, tt := range []struct {
		name, label, value string
	}{
		{"parent's name blank", "挂接一级项目名称", ""},
		{"parent's name filled", "挂接一级项目名称", "某一级项目"},
		{"parent's code", "所属一级项目编码", "135128807798472705"},
		{"transfer's code blank", "上级转移支付项目代码", ""},
	} {
		rows := [][]string{
			{"项目类别", "其它事业发展性支出", "项目级别", "二级项目"},
			{"二级项目名称", "某专项资金", "二级项目编码", "440000210000000091236"},
			{tt.label, tt.value, "存续状态", "阶段性"},
			{"项目金额(单位:元)", "10,875,000.00", "资金主管部门", "某厅"},
		}
		for form, blocks := range sheetForms(t, rows) {
			t.Run(tt.name+"/"+form, func(t *testing.T) {
				doc := Extract(blocks, layout.DefaultLimits)
				require.Len(t, doc.Projects, 1, "%s, %s", tt.name, form)
				p := doc.Projects[0]
				assert.Equal(t, "某专项资金", p.Name, "%s, %s", tt.name, form)
				assert.Equal(t, "440000210000000091236", p.Code, "%s, %s", tt.name, form)
				assert.Equal(t, "10875000.00", deref(p.Budget.Total), "%s, %s", tt.name, form)
				assert.Equal(t, "元", p.MoneyUnit, "%s, %s", tt.name, form)
				var kept []string
				for _, a := range p.Attributes {
					kept = append(kept, a.Label+"="+a.Text)
				}
				if tt.value != "" {
					assert.Contains(t, kept, tt.label+"="+tt.value, "%s, %s", tt.name, form)
				}
			})
		}
	}
}

// A money-unit line in a row of its own (金额单位:元, 单位：千元) at the top of
// a sheet, before any project, over a form whose money labels name no unit
// (项目金额 | 10,875,000.00), is the unit of the project the sheet opens, as
// the same line written as a paragraph above the table is. Before, the row
// was left unrecognized and the project's amounts read in 万元 assumed
// (MONEY-UNIT-ASSUMED): ten thousand times the money (real filing 382 writes
// the unit in its labels too, 项目金额(单位:元), which saved it).
func TestUnitRowAboveForm(t *testing.T) {
	for _, tt := range []struct {
		name, unitRow, want string
		assumed             bool
	}{
		{"yuan", "金额单位:元", "元", false},
		{"yuan, full-width colon", "金额单位：元", "元", false},
		{"thousands", "单位：千元", "千元", false},
		{"no unit row", "", "", false}, // 10875000.00 in 万元 would be over ten billion yuan: MONEY-UNIT-UNKNOWN
	} {
		rows := [][]string{{"附件3-10"}, {"其他事业发展性支出二级项目"}}
		if tt.unitRow != "" {
			rows = append(rows, []string{tt.unitRow})
		}
		rows = append(rows,
			[]string{"项目基本信息"},
			[]string{"二级项目名称", "某专项资金", "二级项目编码", "440000210000000091236"},
			[]string{"项目金额", "10,875,000.00", "当年金额", "10,875,000.00"},
		)
		for form, blocks := range sheetForms(t, rows) {
			t.Run(tt.name+"/"+form, func(t *testing.T) {
				doc := Extract(blocks, layout.DefaultLimits)
				require.Len(t, doc.Projects, 1, "%s, %s", tt.name, form)
				p := doc.Projects[0]
				assert.Equal(t, "10875000.00", deref(p.Budget.Total), "%s, %s", tt.name, form)
				assert.Equal(t, tt.want, p.MoneyUnit, "%s, %s", tt.name, form)
				assumed := false
				for _, w := range doc.Warnings {
					assumed = assumed || w.Code == diag.MoneyUnitAssumed
				}
				assert.Equal(t, tt.assumed, assumed, "%s, %s", tt.name, form)
			})
		}
	}
}

// A money label whose parentheses name the unit after a unit label
// (项目金额(单位:元), 资金总额（金额单位：万元）) names the money unit, as
// 项目金额（元） does. Before, the parentheses were dropped with the unit in
// them: the total read, its unit 万元 assumed (real filing 382's sheet).
func TestUnitLabelInLabelParentheses(t *testing.T) {
	for _, tt := range []struct {
		label string
		want  field
		unit  string
	}{
		{"项目金额(单位:元)", fTotal, "元"},
		{"项目金额（元）", fTotal, "元"},
		{"资金总额（金额单位：万元）", fTotal, "万元"},
		{"预算数(单位:千元)", fTotal, "千元"},
		{"项目金额(单位:元/人)", fTotal, ""},
		{"项目金额(单位)", fTotal, ""},
	} {
		f, unit, _ := defaultLexicon().lookupLabel(labelKey(tt.label))
		assert.Equal(t, tt.want, f, tt.label)
		assert.Equal(t, tt.unit, unit, tt.label)
	}
	for form, blocks := range sheetForms(t, [][]string{
		{"二级项目名称", "某专项资金", "二级项目编码", "440000210000000091236"},
		{"项目金额(单位:元)", "10,875,000.00"},
	}) {
		doc := Extract(blocks, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, form)
		assert.Equal(t, "10875000.00", deref(doc.Projects[0].Budget.Total), form)
		assert.Equal(t, "元", doc.Projects[0].MoneyUnit, form)
	}
}

// A unit label left blank before the label of a contact (实施单位 | (blank) |
// 申报联系人 | (blank)) has no value: a label that ends with a signature
// word (联系人, 负责人, 联系电话, 填报人) is never a unit's name. A filled
// unit is read as before. Before, 申报联系人 was read as the implementing
// unit (real filing 382's 二级项目 sheet).
func TestContactLabelIsNoUnit(t *testing.T) {
	for _, tt := range []struct {
		name, unit, next, want string
	}{
		{"blank before 申报联系人", "", "申报联系人", ""},
		{"blank before 项目负责人", "", "项目负责人", ""},
		{"blank before 单位联系人", "", "单位联系人", ""},
		{"blank before 业务负责人", "", "业务负责人", ""},
		{"blank before 联系电话：", "", "联系电话：", ""},
		{"filled", "某局", "申报联系人", "某局"},
	} {
		rows := [][]string{
			{"二级项目名称", "某专项资金", "二级项目编码", "440000210000000091236"},
			{"实施单位", tt.unit, tt.next, ""},
			{"项目金额(单位:元)", "10,875,000.00"},
		}
		for form, blocks := range sheetForms(t, rows) {
			t.Run(tt.name+"/"+form, func(t *testing.T) {
				doc := Extract(blocks, layout.DefaultLimits)
				require.Len(t, doc.Projects, 1)
				got := ""
				if im := doc.Projects[0].Implementer; im != nil {
					got = im.Name
				}
				assert.Equal(t, tt.want, got)
				assert.Equal(t, "10875000.00", deref(doc.Projects[0].Budget.Total))
			})
		}
	}
}
