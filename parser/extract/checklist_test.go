package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// checklistPage is a self-evaluation built as a checklist (issue 21, a
// Chongqing transfer's 项目绩效自评表): 指标名称 over its levels, 指标解释,
// 记录 over 自评内容 | 完成情况, and no target column. Its rows are checks
// with a recorded answer; the budget is the answer to the budget's check,
// under a caption naming the total in a money unit (caption). answer is
// the last row's answer.
func checklistPage(caption, answer string) string {
	return `<p>某县2024年度中央对地方转移支付学生营养改善项目绩效自评表</p><table>
<tr><td colspan="3">指标名称</td><td rowspan="2">指标解释</td><td colspan="2">记录</td><td rowspan="2">未完成原因及改进措施</td><td rowspan="2">需提供的支撑材料</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>自评内容</td><td>完成情况</td></tr>
<tr><td rowspan="5">项目预算管理</td><td rowspan="5">资金投入</td><td rowspan="2">预算编制科学性</td><td rowspan="2">预算编制符合政策要求，依据充分</td><td>项目资金测算标准(文字描述)</td><td>已按要求完成预算</td><td></td><td rowspan="5">预算测算相关材料</td></tr>
<tr><td>项目资金测算依据(文字描述)</td><td>按相关要求完成</td><td></td></tr>
<tr><td rowspan="3">预算资金安排</td><td rowspan="3">年度资金预算安排情况。</td><td>` + caption + `</td><td>年度预算资金总额: 520.50</td><td></td></tr>
<tr><td></td><td>其中:中央补助 400.00</td><td></td></tr>
<tr><td>膳食补助资金(万元)</td><td>` + answer + `</td><td></td></tr>
</table>`
}

// A checklist with no target column and no number, sign, unit or typed
// value in its rows is no indicator table: before, its checks were read
// as indicators with empty targets (名称 | 名称 | 名称 =, 预算编制科学性 =,
// a row with no name =, 预算资金安排 =) in HTML, and with the 自评内容
// captions as targets in a text export (预算资金安排 = …资金合计(万元)). Its
// rows are now unrecognized under NO-TARGET-COLUMN. The budget's check
// gives the budget when its caption names a total in a money unit
// (…资金合计(万元)) and its answer a budget total's label and amount
// (年度预算资金总额: 520.50); a caption with no total (营养改善资金(万元))
// gives none, and with no budget the table makes no project (parser:
// no performance-target table found). A grid whose answers hold a typed value (100%) is no
// checklist and keeps its reading.
func TestChecklistIsNoIndicatorTable(t *testing.T) {
	read := func(s string) []layout.Block {
		b, err := html.Read([]byte(s), layout.DefaultLimits)
		require.NoError(t, err)
		return b
	}
	text := func(caption, answer string) []layout.Block {
		return []layout.Block{para(1, "某县2024年度中央对地方转移支付学生营养改善项目绩效自评表"), tableOf(2,
			[]string{"指标名称", "指标解释", "记录", "未完成原因及改进措施", "需提供的支撑材料"},
			[]string{"一级指标", "二级指标", "三级指标", "", "自评内容", "完成情况", "", ""},
			[]string{"名称", "名称", "名称", "", "", "", "", ""},
			[]string{"项目预算管理", "资金投入", "预算编制科学性", "预算编制符合政策要求，依据充分", "项目资金测算标准(文字描述)", "已按要求完成预算", "", "预算测算相关材料"},
			[]string{"", "", "", "", "项目资金测算依据(文字描述)", "按相关要求完成", "", ""},
			[]string{"", "", "预算资金安排", "年度资金预算安排情况。", caption, "年度预算资金总额): 520.50", "", ""},
			[]string{"", "", "", "", "", "其中:中央补助 400.00", "", ""},
			[]string{"", "", "", "", "", "膳食补助资金(万元)", "", ""},
			[]string{"", "", "", "", "", answer, "", ""},
		)}
	}
	tests := []struct {
		name       string
		blocks     []layout.Block
		budget     string // "" for none
		dropped    bool   // no project: no budget, no indicator, nothing of a target table
		checklist  bool   // NO-TARGET-COLUMN given, no indicator read
		indicators int    // indicators read when no checklist
	}{
		{"html", read(checklistPage("营养改善资金合计(万元)", "年度预算资金总额: 300.00")), "520.50", false, true, 0},
		{"text export", text("营养改善资金合计(万元)", "年度预算资金总额: 300.00"), "520.50", false, true, 0},
		{"html, caption with no total", read(checklistPage("营养改善资金(万元)", "年度预算资金总额: 300.00")), "", true, true, 0},
		{"text, caption with no total", text("营养改善资金(万元)", "年度预算资金总额: 300.00"), "", true, true, 0},
		{"html, a typed answer", read(checklistPage("营养改善资金合计(万元)", "100%")), "", false, false, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.blocks, layout.DefaultLimits)
			assert.Equal(t, tt.checklist, hasWarning(doc, diag.NoTargetColumn))
			if tt.dropped {
				assert.Empty(t, doc.Projects)
				return
			}
			require.Len(t, doc.Projects, 1)
			p := doc.Projects[0]
			got := ""
			if p.Budget.Total != nil {
				got = *p.Budget.Total
			}
			assert.Equal(t, tt.budget, got)
			if tt.checklist {
				assert.Empty(t, p.Indicators)
				assert.Equal(t, "万元", p.MoneyUnit)
				assert.Contains(t, unrecognizedTexts(doc), "已按要求完成预算")
			} else {
				assert.Len(t, p.Indicators, tt.indicators)
			}
		})
	}
}

// A value cell holding a caption is no target (issue 21, checklists and
// self-evaluation templates whose value column asks rather than answers):
// a label with no digit ending in a bracketed money unit or a written
// answer's word (资金合计(万元), 测算标准(文字描述)), or a question. Before,
// it was read as the target. A target with a number before its bracket
// (100（万元）), or another bracket (满意度(%), 达标(优)), is kept.
func TestCaptionIsNoTarget(t *testing.T) {
	for _, tt := range []struct {
		val  string
		want bool
	}{
		{"计划生育转移支付资金合计(万元)", true},
		{"项目资金测算标准(文字描述)", true},
		{"资金总额（元）", true},
		{"是否按期完成？", true},
		{"100（万元）", false},
		{"≥95%", false},
		{"达标(优)", false},
		{"满意度(%)", false},
		{"(万元)", false},
		{"有效提升", false},
	} {
		assert.Equal(t, tt.want, captionValue(tt.val), tt.val)
	}
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某培训项目"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "培训人数", "≥300人"},
		[]string{"产出指标", "质量指标", "测算标准", "项目资金测算标准(文字描述)"},
		[]string{"效益指标", "社会效益指标", "按期完成", "是否按期完成？"},
		[]string{"满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Name+"="+ind.Value.Raw)
	}
	assert.Equal(t, []string{"培训人数=≥300人", "学员满意度=≥90%"}, got)
	assert.True(t, hasWarning(doc, diag.CaptionAsTarget))
}

// A budget line whose label closes a bracket it never opened (年度预算
// 资金总额): 1084.25, as a checklist printed it) reads as its label; a
// label that names no total stays none.
func TestAmountLineStrayBracket(t *testing.T) {
	lx := defaultLexicon()
	for _, tt := range []struct {
		text, label, val string
	}{
		{"年度预算资金总额): 1084.25", "年度预算资金总额", "1084.25"},
		{"年度预算资金总额）：35万元", "年度预算资金总额", "35万元"},
		{"年度预算资金总额: 763.00", "年度预算资金总额", "763.00"},
		{"资金来源): 10", "", ""},
	} {
		a := lx.readAmountLine(tt.text, model.Pos{})
		if tt.label == "" {
			assert.Nil(t, a, tt.text)
			continue
		}
		require.NotNil(t, a, tt.text)
		assert.Equal(t, tt.label, a.label, tt.text)
		assert.Equal(t, tt.val, a.val, tt.text)
	}
}

func hasWarning(d *model.Document, code string) bool {
	for _, w := range d.Warnings {
		if w.Code == code {
			return true
		}
	}
	return false
}

func unrecognizedTexts(d *model.Document) []string {
	var s []string
	for _, u := range d.Unrecognized {
		s = append(s, u.Text)
	}
	return s
}

// A self-evaluation of the checklist's shape (指标名称 over its levels,
// 指标解释, 记录 over 自评内容 | 完成情况, no target column and words only)
// whose level 1 names the taxonomy's required families (产出指标, 效益指标,
// 满意度指标) evaluates performance targets: no checklist. Its indicators
// are read with their levels, names and results (完成情况), and content
// reads the targets under the unknown 自评内容 (HEADER-GUESSED), as it does
// in any self-evaluation; before, all were refused as a checklist's (NO-TARGET-COLUMN, no
// indicator). A level 1 of a fund's management (项目预算管理) keeps the
// checklist's reading.
func TestSelfEvaluationOfTargetsIsNoChecklist(t *testing.T) {
	page := func(l1a, l1b string) string {
		return `<p>某县2024年度项目绩效自评表</p><table>
<tr><td>项目名称</td><td colspan="6">某项目</td></tr>
<tr><td colspan="3">指标名称</td><td rowspan="2">指标解释</td><td colspan="2">记录</td><td rowspan="2">未完成原因及改进措施</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>自评内容</td><td>完成情况</td></tr>
<tr><td rowspan="2">` + l1a + `</td><td>质量指标</td><td>资金使用合规性</td><td>反映资金使用是否合规</td><td>资金使用合规</td><td>已按要求完成</td><td></td></tr>
<tr><td>时效指标</td><td>资金拨付及时性</td><td>反映资金拨付是否及时</td><td>及时拨付</td><td>按时拨付到位</td><td></td></tr>
<tr><td>` + l1b + `</td><td>服务对象满意度指标</td><td>群众满意度</td><td>反映满意情况</td><td>普遍满意</td><td>基本满意</td><td></td></tr>
</table>`
	}
	for _, tt := range []struct {
		l1a, l1b  string
		checklist bool
		want      []string
	}{
		{"产出指标", "满意度指标", false, []string{"产出指标|质量指标|资金使用合规性|资金使用合规|已按要求完成", "产出指标|时效指标|资金拨付及时性|及时拨付|按时拨付到位", "满意度指标|服务对象满意度指标|群众满意度|普遍满意|基本满意"}},
		{"产出指标（30分）", "满意度指标", false, []string{"产出指标（30分）|质量指标|资金使用合规性|资金使用合规|已按要求完成", "产出指标（30分）|时效指标|资金拨付及时性|及时拨付|按时拨付到位", "满意度指标|服务对象满意度指标|群众满意度|普遍满意|基本满意"}},
		{"项目预算管理", "项目实施管理", true, nil},
	} {
		b, err := html.Read([]byte(page(tt.l1a, tt.l1b)), layout.DefaultLimits)
		require.NoError(t, err)
		doc := Extract(b, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				require.NotNil(t, ind.Actual, ind.Name)
				got = append(got, ind.Level1+"|"+ind.Level2+"|"+ind.Name+"|"+ind.Value.Raw+"|"+ind.Actual.Raw)
			}
		}
		assert.Equal(t, tt.want, got, tt.l1a)
		assert.Equal(t, tt.checklist, hasWarning(doc, diag.NoTargetColumn), tt.l1a)
	}
}
