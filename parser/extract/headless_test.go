package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// headless reads a project whose grid header is blank: rows after
// 项目名称 and an empty header row.
func headless(rows ...[]string) *model.Document {
	all := append([][]string{{"项目名称", "某项目", "", "", "", "", ""}}, rows...)
	return Extract([]layout.Block{tableOf(1, all...)}, layout.DefaultLimits)
}

func texts(d *model.Document) []string {
	var out []string
	for _, u := range d.Unrecognized {
		out = append(out, u.Text)
	}
	return out
}

// A self-evaluation with its header blanked: target and result side by
// side, weight and score adding up to at most 100, no score above its
// weight.
func TestHeadlessSelfEvaluation(t *testing.T) {
	doc := headless(
		[]string{"", "", "", "", "", "", ""},
		[]string{"产出指标", "数量指标", "培训人数", "≥100人", "120人", "20", "20"},
		[]string{"产出指标", "质量指标", "合格率", "≥95%", "90%", "20", "15"},
		[]string{"效益指标", "社会效益指标", "就业率", "≥80%", "85%", "30", "30"},
	)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 3)
	assert.Equal(t, "质量指标", inds[1].Level2)
	assert.Equal(t, "合格率", inds[1].Name)
	assert.Equal(t, "≥95%", inds[1].Value.Raw)
	require.NotNil(t, inds[1].Actual)
	assert.Equal(t, "90%", inds[1].Actual.Raw)
	assert.Equal(t, "20", deref(inds[1].Weight))
	assert.Equal(t, "15", deref(inds[1].Score))
	assert.Contains(t, warnings(doc), "grid column 4 has no header; its cells are targets, read as value")
}

// Two columns of targets that differ in a row, and no score: content
// cannot tell which is the target, so no value is read into a field.
func TestHeadlessTwoTargetsAmbiguous(t *testing.T) {
	doc := headless(
		[]string{"", "", "", "", ""},
		[]string{"产出指标", "数量指标", "培训人数", "50人", "100人"},
		[]string{"产出指标", "质量指标", "合格率", "≥90%", "≥95%"},
	)
	for _, p := range doc.Projects {
		assert.Empty(t, p.Indicators, "no indicator guessed")
	}
	assert.Contains(t, texts(doc), "≥90%")
	assert.Contains(t, texts(doc), "≥95%")
}

// Two columns of targets that agree in every row (半年 | 全年 with the same
// words): the later is the target, the earlier left with a warning.
func TestHeadlessTwoTargetsAgree(t *testing.T) {
	doc := headless(
		[]string{"", "", "", "", ""},
		[]string{"产出指标", "数量指标", "培训人数", "50人", "50人"},
		[]string{"产出指标", "质量指标", "合格率", "≥95%", "≥95%"},
	)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 2)
	assert.Equal(t, "≥95%", inds[1].Value.Raw)
	assert.Equal(t, 23, inds[1].Source.Line, "the later column's cell") // a line per cell: 7, 5, 5, then this row's fifth
	assert.Contains(t, warnings(doc), "grid column 4 has no header; its cells are targets, read as nothing")
}

// Two columns of bare numbers that agree in every row, adding up to no
// more than 100 (8 | 8, 10 | 10): a weight and a full score, no pair of
// targets, whatever stands beside them — no value is read from them (the
// rows of a self-evaluation whose header made no grid: 分值 | 得分 over
// them, the target's and the names' captions blank).
func TestHeadlessEqualPointsNoTargets(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]string
	}{
		{"points alone", [][]string{
			{"", "", "", "", ""},
			{"产出指标", "数量指标", "培训人数", "8", "8"},
			{"产出指标", "质量指标", "合格率", "8", "8"},
			{"效益指标", "社会效益指标", "就业率", "10", "10"},
		}},
		{"beside a mixed target column", [][]string{
			{"", "", "", "", "", ""},
			{"产出指标", "数量指标", "≥50个", "项目数量", "8", "8"},
			{"产出指标", "质量指标", "严格执行相关规定", "经费合规性", "8", "8"},
			{"效益指标", "社会效益指标", "效果明显", "影响程度", "10", "10"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := headless(tc.rows...)
			for _, p := range doc.Projects {
				for _, ind := range p.Indicators {
					assert.Failf(t, "indicator read from points", "%s = %s", ind.Name, ind.Value.Raw)
				}
			}
			assert.Contains(t, texts(doc), "10")
		})
	}
}

// One value column per recipient area, the areas named in the row above
// the blanked captions.
func TestHeadlessAreas(t *testing.T) {
	doc := headless(
		[]string{"", "", "", "", "甲镇", "乙镇"},
		[]string{"产出指标", "数量指标", "修复工程", "≥", "2座", "3座"},
		[]string{"产出指标", "质量指标", "验收合格率", "≥", "100%", "100%"},
	)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 2)
	assert.Equal(t, "≥100%", inds[1].Value.Raw)
	require.Len(t, inds[0].OtherValues, 2)
	assert.Equal(t, "乙镇", inds[0].OtherValues[1].Label)
	assert.Equal(t, "3座", inds[0].OtherValues[1].Value.Raw)
}

// A header with some captions blank: the blank columns are placed by
// content and place — the results right of the target and the score after
// the weight in a self-evaluation, the level 2 right of the level 1 — each
// with a warning naming the column.
func TestBlankCaptionsByPlace(t *testing.T) {
	doc := headless(
		[]string{"一级指标", "", "三级指标", "年度指标值", "", "分值", ""},
		[]string{"实施效果指标", "产出指标", "培训人数", "≥100人", "120人", "20", "20"},
		[]string{"实施效果指标", "效益指标", "合格率", "≥95%", "90%", "20", "15"},
		[]string{"过程管理指标", "监督检查指标", "整改率", "≥80%", "85%", "30", "30"},
	)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 3)
	assert.Equal(t, "监督检查指标", inds[2].Level2)
	require.NotNil(t, inds[1].Actual)
	assert.Equal(t, "90%", inds[1].Actual.Raw)
	assert.Equal(t, "20", deref(inds[1].Weight))
	assert.Equal(t, "15", deref(inds[1].Score))
	w := warnings(doc)
	assert.Contains(t, w, "grid column 2 has no header; its cells are")
	assert.Contains(t, w, "read as level2")
	assert.Contains(t, w, "grid column 5 has no header; its cells are targets, read as actual")
	assert.Contains(t, w, "grid column 7 has no header; its cells are numbers, read as score")
}

// Targets written in words beside a column of bare numbers that add up to
// no round total: which is the target content cannot tell, so the numbers
// are not read as targets.
func TestHeadlessWordTargetsBesideNumbers(t *testing.T) {
	doc := headless(
		[]string{"", "", "", "", ""},
		[]string{"产出指标", "数量指标", "制度建设", "规范", "15"},
		[]string{"产出指标", "质量指标", "程序合规", "合理", "12"},
		[]string{"效益指标", "社会效益指标", "群众反映", "良好", "9"},
	)
	for _, p := range doc.Projects {
		for _, ind := range p.Indicators {
			assert.NotContains(t, []string{"15", "12", "9"}, ind.Value.Raw, "a number read as the target of %s", ind.Name)
		}
	}
}

// A blank 指标值 caption over targets half typed, half sentences: the
// column right of the names with no other column of targets is the
// target.
func TestBlankValueCaptionBySentences(t *testing.T) {
	doc := headless(
		[]string{"一级指标", "二级指标", "三级指标", "", "", "", ""},
		[]string{"产出指标", "数量指标", "补贴园所数量", "20个", "", "", ""},
		[]string{"产出指标", "质量指标", "补贴覆盖率", "≥90%", "", "", ""},
		[]string{"产出指标", "时效指标", "补贴期限", "2020.1.1-2020.12.31", "", "", ""},
		[]string{"效益指标", "社会效益指标", "扶持力度", "显著提升了疫情期间对民办幼儿园的扶持力度，减轻了办园压力。", "", "", ""},
		[]string{"效益指标", "社会效益指标", "普及普惠", "显著促进了学前教育普及及优质发展，大力推进了普惠。", "", "", ""},
		[]string{"效益指标", "可持续影响指标", "受益期限", "保障疫情期间非营利性民办园房租需求，缓解了资金压力。", "", "", ""},
	)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 6)
	assert.Equal(t, "≥90%", inds[1].Value.Raw)
	assert.Equal(t, "保障疫情期间非营利性民办园房租需求，缓解了资金压力。", inds[5].Value.Raw)
	assert.Contains(t, warnings(doc), "grid column 4 has no header; its cells are targets, read as value")
}

// The same grid with its whole header blank: one column half typed
// targets among sentences, and no other, is the target of a headless
// grid; a header of unknown words over it is no indicator row.
func TestHeadlessSentenceTargets(t *testing.T) {
	body := [][]string{
		{"产出指标", "数量指标", "补贴园所数量", "20个"},
		{"产出指标", "质量指标", "补贴覆盖率", "≥90%"},
		{"产出指标", "时效指标", "补贴期限", "2020.1.1-2020.12.31"},
		{"效益指标", "社会效益指标", "扶持力度", "显著提升了疫情期间对民办幼儿园的扶持力度，减轻了办园压力。"},
		{"效益指标", "社会效益指标", "普及普惠", "显著促进了学前教育普及及优质发展，大力推进了普惠。"},
		{"效益指标", "可持续影响指标", "受益期限", "保障疫情期间非营利性民办园房租需求，缓解了资金压力。"},
	}
	for _, head := range [][]string{{"", "", "", ""}, {"专项年度绩效指标", "比较", "目标", "数值"}} {
		doc := headless(append([][]string{head}, body...)...)
		require.Len(t, doc.Projects, 1)
		inds := doc.Projects[0].Indicators
		require.Len(t, inds, 6, "header %q", head)
		assert.Equal(t, "补贴园所数量", inds[0].Name)
		assert.Equal(t, "≥90%", inds[1].Value.Raw)
		assert.Equal(t, "保障疫情期间非营利性民办园房租需求，缓解了资金压力。", inds[5].Value.Raw)
	}
}

// Two target columns, the first written with comparators and the second
// with none: the target and its result.
func TestHeadlessBoundedThenMeasured(t *testing.T) {
	doc := headless(
		[]string{"", "", "", "", ""},
		[]string{"产出指标", "数量指标", "药品抽验品种", "≥3", "4"},
		[]string{"产出指标", "数量指标", "化妆品抽验批次", "≥3", "7"},
		[]string{"产出指标", "质量指标", "抽检合格率", "≥95%", "98%"},
	)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 3)
	assert.Equal(t, "≥3", inds[1].Value.Raw)
	require.NotNil(t, inds[1].Actual)
	assert.Equal(t, "7", inds[1].Actual.Raw)
	assert.Contains(t, warnings(doc), "read as actual")
}

// A self-evaluation captured from inside its grid: no title, no header,
// each target in three cells (comparator | number | unit), the result and
// score columns empty, the weights in a column of their own; a 合计 row
// and the conclusion rows (评价结论 | …) close the table. The composed
// numbers are the target, the bare numbers after them the weight; the
// tail's labels (in the level column where the reader gives positions) do
// not make that column mixed.
func TestHeadlessComposedTargets(t *testing.T) {
	grid := [][]string{
		{"产出指标", "数量指标", "足额保障率", "=", "100", "%", "", "22.5", "", ""},
		{"^", "^", "科目调整次数", "≤", "10", "次", "", "22.5", "", ""},
		{"^", "时效指标", "按时发放率", "=", "100", "%", "", "22.5", "", ""},
		{"效益指标", "经济效益指标", "结余率", "≤", "5", "%", "", "22.5", "", ""},
	}
	page := `<table>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>足额保障率</td><td>=</td><td>100</td><td>%</td><td></td><td>22.5</td><td></td><td></td></tr>
<tr><td>科目调整次数</td><td>≤</td><td>10</td><td>次</td><td></td><td>22.5</td><td></td><td></td></tr>
<tr><td>时效指标</td><td>按时发放率</td><td>=</td><td>100</td><td>%</td><td></td><td>22.5</td><td></td><td></td></tr>
<tr><td>效益指标</td><td>经济效益指标</td><td>结余率</td><td>≤</td><td>5</td><td>%</td><td></td><td>22.5</td><td></td><td></td></tr>
<tr><td colspan="7">合计</td><td>100</td><td></td><td></td></tr>
<tr><td>评价结论</td><td colspan="9">及时、足额缴纳。</td></tr>
<tr><td>存在问题</td><td colspan="9">暂无</td></tr>
<tr><td>改进措施</td><td colspan="9">暂无</td></tr>
<tr><td colspan="5">项目负责人:</td><td colspan="5">财务负责人:</td></tr>
</table>`
	positioned := readHTML(t, page)
	want := []string{"足额保障率==100%/22.5", "科目调整次数=≤10次/22.5", "按时发放率==100%/22.5", "结余率=≤5%/22.5"}
	tests := []struct {
		name   string
		blocks []layout.Block
		want   []string // name=value/weight
		cells  []string // texts left unrecognized
	}{
		{"grid and tail, positioned", positioned, want, []string{"评价结论", "及时、足额缴纳。"}},
		{"grid alone", []layout.Block{tableOf(1, grid...)}, want, nil},
		// the result and the score filled: the typed values right after
		// the units are the result, the weight is before the score
		{"results and scores", []layout.Block{tableOf(1,
			[]string{"产出指标", "数量指标", "足额保障率", "=", "100", "%", "100%", "22.5", "22.5", ""},
			[]string{"^", "^", "科目调整次数", "≤", "10", "次", "8次", "22.5", "20", ""},
			[]string{"效益指标", "经济效益指标", "结余率", "≤", "5", "%", "3%", "22.5", "22.5", ""},
		)}, []string{"足额保障率==100%/22.5 100%/22.5", "科目调整次数=≤10次/22.5 8次/20", "结余率=≤5%/22.5 3%/22.5"}, nil},
		// one column of numbers beside the results: weight or score,
		// content cannot tell; it stays unplaced
		{"results and one column of numbers", []layout.Block{tableOf(1,
			[]string{"产出指标", "数量指标", "足额保障率", "=", "100", "%", "100%", "22.5", ""},
			[]string{"^", "^", "科目调整次数", "≤", "10", "次", "8次", "20", ""},
			[]string{"效益指标", "经济效益指标", "结余率", "≤", "5", "%", "3%", "22.5", ""},
		)}, []string{"足额保障率==100%/<nil> 100%/<nil>", "科目调整次数=≤10次/<nil> 8次/<nil>", "结余率=≤5%/<nil> 3%/<nil>"}, []string{"22.5"}},
		// one column of numbers beside the results that adds up to the
		// full points, 100: the weights, the scores left blank
		{"results and weights adding up to 100", []layout.Block{tableOf(1,
			[]string{"产出指标", "数量指标", "足额保障率", "=", "100", "%", "100%", "40", "", ""},
			[]string{"^", "^", "科目调整次数", "≤", "10", "次", "8次", "30", "", ""},
			[]string{"效益指标", "经济效益指标", "结余率", "≤", "5", "%", "3%", "30", "", ""},
		)}, []string{"足额保障率==100%/40 100%/<nil>", "科目调整次数=≤10次/30 8次/<nil>", "结余率=≤5%/30 3%/<nil>"}, nil},
		// captured from inside: the weights add up to 60 of the 100 the
		// total row writes under them (its label across the columns on
		// its left, the row shorter where the reader gives no positions)
		{"results and weights over a total of 100", []layout.Block{tableOf(1,
			[]string{"", "", "足额保障率", "=", "100", "%", "100%", "20", "", ""},
			[]string{"", "时效指标", "科目调整次数", "≤", "10", "次", "8次", "20", "", ""},
			[]string{"效益指标", "经济效益指标", "结余率", "≤", "5", "%", "3%", "20", "", ""},
			[]string{"合计", "100", "", ""},
			[]string{"评价结论", "良好。"},
		)}, []string{"足额保障率==100%/20 100%/<nil>", "科目调整次数=≤10次/20 8次/<nil>", "结余率=≤5%/20 3%/<nil>"}, nil},
		{"results and weights over a total of 100, positioned", readHTML(t, `<table>
<tr><td></td><td></td><td>足额保障率</td><td>=</td><td>100</td><td>%</td><td>100%</td><td>20</td><td></td><td></td></tr>
<tr><td></td><td>时效指标</td><td>科目调整次数</td><td>≤</td><td>10</td><td>次</td><td>8次</td><td>20</td><td></td><td></td></tr>
<tr><td>效益指标</td><td>经济效益指标</td><td>结余率</td><td>≤</td><td>5</td><td>%</td><td>3%</td><td>20</td><td></td><td></td></tr>
<tr><td colspan="7">合计</td><td>100</td><td></td><td></td></tr>
</table>`), []string{"足额保障率==100%/20 100%/<nil>", "科目调整次数=≤10次/20 8次/<nil>", "结余率=≤5%/20 3%/<nil>"}, nil},
		// the total under the column is no full score (95): scores or
		// weights, content cannot tell; nor where the numbers over a total
		// of 100 are not whole (a score of 7.5)
		{"results and one column over a total of 95", []layout.Block{tableOf(1,
			[]string{"", "", "足额保障率", "=", "100", "%", "100%", "20", "", ""},
			[]string{"", "时效指标", "科目调整次数", "≤", "10", "次", "8次", "15", "", ""},
			[]string{"效益指标", "经济效益指标", "结余率", "≤", "5", "%", "3%", "20", "", ""},
			[]string{"合计", "95", "", ""},
		)}, []string{"足额保障率==100%/<nil> 100%/<nil>", "科目调整次数=≤10次/<nil> 8次/<nil>", "结余率=≤5%/<nil> 3%/<nil>"}, []string{"15"}},
		{"results and numbers not whole over a total of 100", []layout.Block{tableOf(1,
			[]string{"", "", "足额保障率", "=", "100", "%", "100%", "20", "", ""},
			[]string{"", "时效指标", "科目调整次数", "≤", "10", "次", "8次", "7.5", "", ""},
			[]string{"效益指标", "经济效益指标", "结余率", "≤", "5", "%", "3%", "20", "", ""},
			[]string{"合计", "100", "", ""},
		)}, []string{"足额保障率==100%/<nil> 100%/<nil>", "科目调整次数=≤10次/<nil> 8次/<nil>", "结余率=≤5%/<nil> 3%/<nil>"}, []string{"7.5"}},
		// the capture starts one row further: the first row continues the
		// levels of a row cut away, the row under it writes its level 2
		{"starting inside the grid", []layout.Block{tableOf(1, append([][]string{
			{"", "", "科目调整次数", "≤", "10", "次", "", "22.5", "", ""}}, grid[2:]...)...)},
			[]string{"科目调整次数=≤10次/22.5", "按时发放率==100%/22.5", "结余率=≤5%/22.5"}, nil},
		// no column of units after the numbers: two columns of bare
		// numbers, content cannot tell the target
		{"no units", []layout.Block{tableOf(1,
			[]string{"产出指标", "数量指标", "足额保障率", "=", "100", "", "22.5"},
			[]string{"^", "^", "科目调整次数", "≤", "10", "", "22.5"},
			[]string{"效益指标", "经济效益指标", "结余率", "≤", "5", "", "22.5"},
		)}, nil, []string{"100", "22.5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.blocks, layout.DefaultLimits)
			var got []string
			for _, p := range doc.Projects {
				for _, in := range p.Indicators {
					s := in.Name + "=" + in.Value.Raw + "/" + deref(in.Weight)
					if in.Actual != nil || in.Score != nil {
						actual := "<nil>"
						if in.Actual != nil {
							actual = in.Actual.Raw
						}
						s += " " + actual + "/" + deref(in.Score)
					}
					got = append(got, s)
				}
			}
			assert.Equal(t, tt.want, got)
			for _, s := range tt.cells {
				assert.Contains(t, texts(doc), s)
			}
		})
	}
}

// readHTML reads an HTML page's blocks.
func readHTML(t *testing.T, page string) []layout.Block {
	t.Helper()
	blocks, err := html.Read([]byte(page), layout.DefaultLimits)
	require.NoError(t, err)
	return blocks
}

// A self-evaluation's header that names its levels and results (实际完成值 |
// 得分) but leaves the target's and the names' captions blank, the
// target column left of the names and holding words and numbers mixed
// (≥50个 | 严格执行相关规定): the column the results echo (50 beside ≥50个,
// 90 beside ≤90万元) is the target. Where the results echo no column, no
// reading by content puts the target under 得分: the caption still says
// what the column is not, and the rows stay unrecognized.
func TestTargetEchoedByResults(t *testing.T) {
	rows := func(r1, r4 string) [][]string {
		return [][]string{
			{"项目名称", "某项目", "", "", "", "", ""},
			{"一级指标", "二级指标", "", "", "实际完成值", "得分", "偏差原因分析"},
			{"产出指标", "数量指标", "≥50个", "委托业务项目", r1, "10", ""},
			{"产出指标", "质量指标", "严格执行相关规定", "审批流程", "达成预期指标", "10", ""},
			{"产出指标", "时效指标", "在计划时间内完成", "报告提交时间", "达成预期指标", "10", ""},
			{"产出指标", "成本指标", "≤90万元", "支出控制", r4, "10", ""},
			{"效益指标", "社会效益指标", "效果明显", "群众受益程度", "达成预期指标", "20", ""},
		}
	}
	html := func(rs [][]string) []layout.Block {
		var b strings.Builder
		b.WriteString("<table>")
		for _, r := range rs {
			b.WriteString("<tr><td>" + strings.Join(r, "</td><td>") + "</td></tr>")
		}
		b.WriteString("</table>")
		blocks, err := html.Read([]byte(b.String()), layout.DefaultLimits)
		require.NoError(t, err)
		return blocks
	}
	for _, tc := range []struct {
		name   string
		blocks []layout.Block
		echo   bool
	}{
		{"echoed, positioned", html(rows("50", "90")), true},
		{"echoed, text export", []layout.Block{tableOf(1, rows("50", "90")...)}, true},
		{"not echoed, positioned", html(rows("完成", "节约")), false},
		{"not echoed, text export", []layout.Block{tableOf(1, rows("完成", "节约")...)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Extract(tc.blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			inds := doc.Projects[0].Indicators
			if !tc.echo {
				for _, ind := range inds {
					assert.Failf(t, "indicator read from a column whose caption names another", "%s = %s", ind.Name, ind.Value.Raw)
				}
				return
			}
			require.Len(t, inds, 5)
			assert.Equal(t, "委托业务项目", inds[0].Name)
			assert.Equal(t, "≥50个", inds[0].Value.Raw)
			require.NotNil(t, inds[0].Actual)
			assert.Equal(t, "50", inds[0].Actual.Raw)
			assert.Equal(t, "严格执行相关规定", inds[1].Value.Raw)
			assert.Equal(t, "10", deref(inds[1].Score))
			assert.Equal(t, "效果明显", inds[4].Value.Raw)
			assert.Contains(t, warnings(doc), "grid column 3 has no header; its cells are mixed, read as value")
		})
	}
}

// A reading by content that the captions above contradict (the level-1
// column 项目完成, under 一级指标, read as the target, where the header
// names no level 2 and makes no grid) is not tried again at a later row
// of the same grid: read alone, under the level cell merged
// down from the first rows, the later rows' columns profile otherwise (the
// names read as targets, the targets as names).
func TestContradictedCaptionsNoLaterReading(t *testing.T) {
	page := `<table>
<tr><td>项目名称</td><td colspan="5">某补助资金</td></tr>
<tr><td rowspan="7">绩效指标</td><td>一级指标</td><td></td><td></td><td></td><td>备注</td></tr>
<tr><td rowspan="6">项目完成</td><td rowspan="3">数量指标</td><td>43230人</td><td>基本医疗保险参保人数</td><td></td></tr>
<tr><td>≥95%</td><td>城乡居民参保率</td><td></td></tr>
<tr><td>100%</td><td>贫困人员参保率</td><td></td></tr>
<tr><td rowspan="2">质量指标</td><td>补助资金及时到位100%</td><td>补助资金按时到期</td><td></td></tr>
<tr><td>专项补助使用符合政策规定</td><td>符合政策规定</td><td></td></tr>
<tr><td>时效指标</td><td>2019年1月-2019年12月</td><td>专项补助使用落实期限</td><td></td></tr>
</table>`
	blocks, err := html.Read([]byte(page), layout.DefaultLimits)
	require.NoError(t, err)
	doc := Extract(blocks, layout.DefaultLimits)
	for _, p := range doc.Projects {
		for _, ind := range p.Indicators {
			assert.Failf(t, "indicator read by content under contradicting captions", "%s = %s", ind.Name, ind.Value.Raw)
		}
	}
	assert.Contains(t, texts(doc), "补助资金按时到期")
}

// A blank caption over direction words (正向, 反向) between the levels and
// a blank-captioned column of names whose words are mixed (出差单位成本
// holds a level word, 工作任务完成率 reads as qualitative): the direction
// column is passed over, the names stand after the levels. Before, no
// name column was found and the level-2 words named the indicators.
func TestNamesAfterDirectionColumn(t *testing.T) {
	rows := [][]string{
		{"项目名称", "某项目", "", "", "", "", ""},
		{"一级指标", "二级指标", "", "", "指标方向", "目标值", "计量单位"},
		{"产出指标", "数量指标", "正向", "出差人数", "=", "8", "人"},
		{"产出指标", "数量指标", "正向", "出差人次", "=", "24", "人/次"},
		{"产出指标", "质量指标", "正向", "工作任务完成率", "=", "100", "%"},
		{"产出指标", "时效指标", "正向", "财政资金到位及时支付率", "=", "100", "%"},
		{"产出指标", "成本指标", "反向", "出差单位成本", "=", "0", "万元/人"},
		{"产出指标", "成本指标", "反向", "出差总成本", "=", "1", "万元"},
		{"产出指标", "成本指标", "反向", "办公费总成本", "=", "2", "万元"},
	}
	var b strings.Builder
	b.WriteString("<table>")
	for _, r := range rows {
		b.WriteString("<tr><td>" + strings.Join(r, "</td><td>") + "</td></tr>")
	}
	b.WriteString("</table>")
	positioned, err := html.Read([]byte(b.String()), layout.DefaultLimits)
	require.NoError(t, err)
	for _, tc := range []struct {
		name   string
		blocks []layout.Block
	}{
		{"positioned", positioned},
		{"text export", []layout.Block{tableOf(1, rows...)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Extract(tc.blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			inds := doc.Projects[0].Indicators
			require.Len(t, inds, 7)
			assert.Equal(t, "出差人次", inds[1].Name)
			assert.Equal(t, "=24人/次", inds[1].Value.Raw)
			assert.Equal(t, "出差单位成本", inds[4].Name)
			assert.Equal(t, "成本指标", inds[4].Level2)
		})
	}
}

// A column three quarters units and the rest numbers (a spreadsheet's date
// serial 44,561 where the unit cell held a date) is the unit column, under
// a blank caption: the targets beside it keep their units.
func TestUnitColumnWithDamagedCells(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某项目", "", "", "", ""},
		[]string{"一级指标", "二级指标", "三级指标", "指标方向", "目标值", ""},
		[]string{"产出指标", "数量指标", "出差人次", "=", "24", "人/次"},
		[]string{"产出指标", "质量指标", "工作任务完成率", "=", "100", "%"},
		[]string{"产出指标", "时效指标", "资金到位时间", "=", "44,561", "44,561"},
		[]string{"产出指标", "时效指标", "资金支付率", "=", "100", "%"},
		[]string{"产出指标", "成本指标", "出差单位成本", "=", "0", "万元/人"},
		[]string{"产出指标", "成本指标", "出差总成本", "=", "1", "万元"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 6)
	assert.Equal(t, "=24人/次", inds[0].Value.Raw)
	assert.Equal(t, "=1万元", inds[5].Value.Raw)
	assert.Contains(t, warnings(doc), "grid column 6 has no header; its cells are units, read as unit")
}

// A unit column filled with no unit (- in every row) stands beside no
// target: the column left of it (a scoring rule, 按标准发放得10分,每少1元扣1分,
// under an unknown caption) is not read as the target for being beside
// it; the column of targets under a blank caption is.
func TestUnitColumnOfDashesPlacesNoTarget(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某项目", "", "", "", "", "", ""},
		[]string{"一级指标", "二级指标", "三级指标", "", "", "评(扣分标准)", "度量单位", "备注"},
		[]string{"成本指标", "经济成本指标", "学生补助标准", "反映学生每天用餐标准", "17元/人", "按标准发放得10分,每少1元扣1分", "-", ""},
		[]string{"满意度指标", "服务对象满意度指标", "学生满意度", "反映学生对伙食满意程度", "95%以上", "95%以上得10分,每降低1%扣1分", "-", ""},
		[]string{"产出指标", "数量指标", "补助学生数量", "反映补助学生人数", "168人", "发放到位得10分,每减少1%扣1分", "-", ""},
		[]string{"产出指标", "质量指标", "伙食补助发放率", "反映补助发放情况", "100%", "90%得10分,每减少1%扣1分", "-", ""},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 4)
	assert.Equal(t, "17元/人", inds[0].Value.Raw)
	assert.Equal(t, "168人", inds[2].Value.Raw)
	assert.Contains(t, texts(doc), "按标准发放得10分,每少1元扣1分")
}

// A column of nature words (定量, 定性), or of them among the signs of the
// quantitative rows (≤ | 定性), under a blank caption is the nature column:
// never the names (≤ and 定性 read as indicators' names) nor, beside the
// unit column, the target (定性 read as the target, the numbers left
// unread).
func TestNatureWordsColumn(t *testing.T) {
	t.Run("signs and nature words left of the names", func(t *testing.T) {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某项目", "", "", "", "", ""},
			[]string{"一级指标", "二级指标", "", "", "目标值", "度量单位", "指标值内容"},
			[]string{"成本指标", "经济成本指标", "≤", "疾控中心经费", "70", "万元", "反映疾控中心经费。"},
			[]string{"^", "社会成本指标", "定性", "对社会产生的不利影响", "减少", "", "反映不利影响。"},
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		inds := doc.Projects[0].Indicators
		require.Len(t, inds, 2)
		assert.Equal(t, "疾控中心经费", inds[0].Name)
		assert.Equal(t, "≤70万元", inds[0].Value.Raw)
		assert.Equal(t, "对社会产生的不利影响", inds[1].Name)
		assert.Equal(t, "减少", inds[1].Value.Raw)
	})
	t.Run("nature words beside the units", func(t *testing.T) {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某项目", "", "", "", "", ""},
			[]string{"一级指标", "二级指标", "三级指标", "", "", "度量单位", "权重(%)"},
			[]string{"产出指标", "成本指标", "检查差旅费", "470", "定量", "人/天", "2"},
			[]string{"产出指标", "数量指标", "召开全体会议", "2", "定量", "次", "15"},
			[]string{"产出指标", "质量指标", "齐抓共管", "100", "定量", "%", "10"},
			[]string{"效益指标", "社会效益指标", "食品安全整体状况", "持续向好", "定性", "", "20"},
		)}, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1)
		inds := doc.Projects[0].Indicators
		require.Len(t, inds, 4)
		assert.Equal(t, "470人/天", inds[0].Value.Raw)
		assert.Equal(t, "持续向好", inds[3].Value.Raw)
		assert.Equal(t, "定性", inds[3].Nature)
	})
}

// A self-evaluation whose target caption is blank and whose block points
// stand under a caption no vocabulary holds (自评权重: 30 beside the
// block's rows): the results' echo finds the target before content reads
// the unknown caption's numbers as one.
func TestTargetEchoedBesideUnknownPoints(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某项目", "", "", "", "", "", ""},
		[]string{"分解目标", "自评权重", "二级指标", "", "", "全年完成值", "分值", "得分"},
		[]string{"管理指标", "30", "预算编审管理", "100%", "完整、准确率", "100%", "4", "4"},
		[]string{"^", "^", "预算执行管理", "100%", "完成率、控制率", "按规定执行", "4", "4"},
		[]string{"^", "^", "结余资金管理", "小于5%", "结余率", "达成目标值", "4", "4"},
		[]string{"^", "^", "政府采购管理", "100%", "执行率", "100%", "5", "5"},
		[]string{"履职效能", "25", "数量指标", "≥2000人次", "门诊住院人次", "增372人次", "5", "5"},
		[]string{"^", "^", "质量指标", "≥95%", "诊断准确率", "96%", "5", "5"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 6)
	assert.Equal(t, "完整、准确率", inds[0].Name)
	assert.Equal(t, "100%", inds[0].Value.Raw)
	assert.Equal(t, "小于5%", inds[2].Value.Raw)
	assert.Equal(t, "≥2000人次", inds[4].Value.Raw)
	assert.Contains(t, texts(doc), "30")
}

// Two blank captions left of the target, the first over words that repeat
// the target in every row (规范 | 立项程序规范性 | 规范: a half-year target
// written as the full year's), the second over the names: content reads
// the first as names and the second as descriptions; the repetition says
// the second names the indicators, the first stays unread.
func TestNamesEchoingTargetAreNoNames(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某项目", "", "", ""},
		[]string{"一级指标", "二级指标", "", "", "全年指标值"},
		[]string{"决策", "项目立项", "规范", "立项程序规范性", "规范"},
		[]string{"^", "^", "充分", "立项依据充分性", "充分"},
		[]string{"^", "绩效目标", "明确", "绩效指标明确性", "明确"},
		[]string{"^", "^", "合理", "绩效目标合理性", "合理"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var names []string
	for _, ind := range doc.Projects[0].Indicators {
		names = append(names, ind.Name+"="+ind.Value.Raw)
	}
	assert.Equal(t, []string{"立项程序规范性=规范", "立项依据充分性=充分", "绩效指标明确性=明确", "绩效目标合理性=合理"}, names)
	assert.Contains(t, warnings(doc), "grid column 3 has no header; its cells are targets, read as nothing")
}

// A unit column under a blank caption between the levels and the names,
// also under a blank caption (数量指标 | % | 猪肉产量稳定率 | ≥95%): the
// units are passed over, the names stand after the levels. Before, no
// name column was found and the level-2 word named the first indicator.
func TestNamesAfterUnitColumn(t *testing.T) {
	page := `<table>
<tr><td>项目名称</td><td colspan="4">某奖励资金</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td></td><td></td><td>指标值</td></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="3">数量指标</td><td>%</td><td>猪肉产量稳定率</td><td>≥95%</td></tr>
<tr><td>%</td><td>能繁母猪稳定率</td><td>90%</td></tr>
<tr><td>头</td><td>调出生猪数量</td><td>≥1000</td></tr>
</table>`
	blocks, err := html.Read([]byte(page), layout.DefaultLimits)
	require.NoError(t, err)
	doc := Extract(blocks, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Name+"="+ind.Value.Raw)
	}
	assert.Equal(t, []string{"猪肉产量稳定率=≥95%", "能繁母猪稳定率=90%", "调出生猪数量=≥1000头"}, got)
}

// A header that names both levels and leaves the target's and the names'
// captions blank makes a grid where content finds both: the names, and
// left of them, right after the levels, a column half or more typed
// targets (43230人 | ≥95% | 补助资金及时到位100%), a level word among them
// or not. Before, such a header made no grid and its rows were unread.
func TestLevelsHeaderBlankTargetAndNames(t *testing.T) {
	rows := [][]string{
		{"项目名称", "某补助资金", "", "", ""},
		{"一级指标", "二级指标", "", ""},
		{"产出指标", "数量指标", "43230人", "基本医疗保险参保人数"},
		{"^", "^", "≥95%", "城乡居民参保率"},
		{"^", "^", "100%", "贫困人员参保率"},
		{"^", "质量指标", "补助资金及时到位100%", "补助资金按时到期"},
		{"^", "^", "专项补助使用符合政策规定", "符合政策规定"},
		{"^", "时效指标", "2019年1月-2019年12月", "专项补助使用落实期限"},
		{"效益指标", "社会效益指标", "社会效益显著", "群众看病负担"},
	}
	doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Name+"="+ind.Value.Raw)
	}
	assert.Equal(t, []string{"基本医疗保险参保人数=43230人", "城乡居民参保率=≥95%", "贫困人员参保率=100%",
		"补助资金按时到期=补助资金及时到位100%", "符合政策规定=专项补助使用符合政策规定",
		"专项补助使用落实期限=2019年1月-2019年12月", "群众看病负担=社会效益显著"}, got)
}

// A self-evaluation's header that made no grid (the target's and the
// names' captions blank) still says what its columns are not where a
// caption spans its column as the cells under it do (得分 with colspan 4
// over points with colspan 4): no target is read from under 得分 or 分值
// (before: each row's points were its target, the targets its name).
func TestSpanningCaptionAboveContradicts(t *testing.T) {
	for _, caption := range []string{"得分", "分值"} {
		page := `<table>
<tr><td>项目名称</td><td colspan="9">某宣传经费</td></tr>
<tr><td rowspan="5">年度绩效目标</td><td>一级指标</td><td>二级指标</td><td></td><td></td><td>实际完成值</td><td colspan="4">` + caption + `</td></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>完成1部宣传片</td><td>完成宣传片制作</td><td>完成1部宣传片</td><td colspan="4">10</td></tr>
<tr><td>质量指标</td><td>通过</td><td>通过专家评审</td><td>通过</td><td colspan="4">10</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>指导城市建设</td><td>指导城市建设</td><td>指导城市建设</td><td colspan="4">10</td></tr>
<tr><td>满意度指标</td><td>满意度指标</td><td>满意</td><td>群众满意度</td><td>满意</td><td colspan="4">10</td></tr>
</table>`
		blocks, err := html.Read([]byte(page), layout.DefaultLimits)
		require.NoError(t, err)
		doc := Extract(blocks, layout.DefaultLimits)
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				assert.NotEqual(t, "10", ind.Value.Raw, "%s: %s read from under %s", caption, ind.Name, caption)
			}
		}
	}
}

// A self-evaluation whose header names the results but leaves the
// target's caption blank, its targets words and counts the lexicon does not
// type (550万粒, 是: read as names by content): the results echo them, so
// they are the target; the blank-captioned points beside them are no
// target (before: the points were every row's target, the targets a
// description).
func TestResultsEchoWordTargets(t *testing.T) {
	for _, tc := range []struct {
		name string
		head []string
		rows [][]string
	}{
		{"points after the targets",
			[]string{"一级指标", "二级指标", "三级指标", "", "", "全年实际值", "得分"},
			[][]string{
				{"产出指标", "数量指标", "免费发放原原种", "550万粒", "8", "550万粒", "8"},
				{"产出指标", "数量指标", "企业自行采购", "200万粒", "8", "200万粒", "8"},
				{"产出指标", "成本指标", "采购价格不高于市场价", "是", "8", "是", "8"},
				{"效益指标", "可持续影响指标", "完善种薯繁育体系", "是", "8", "基本达到", "7"},
			}},
		{"points before the targets",
			[]string{"一级指标", "二级指标", "三级指标", "", "", "全年实际值", "得分"},
			[][]string{
				{"产出指标", "数量指标", "免费发放原原种", "8", "550万粒", "550万粒", "8"},
				{"产出指标", "数量指标", "企业自行采购", "8", "200万粒", "200万粒", "8"},
				{"产出指标", "成本指标", "采购价格不高于市场价", "8", "是", "是", "8"},
				{"效益指标", "可持续影响指标", "完善种薯繁育体系", "8", "是", "基本达到", "7"},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			all := append([][]string{{"项目名称", "某种薯项目"}, tc.head}, tc.rows...)
			doc := Extract([]layout.Block{tableOf(1, all...)}, layout.DefaultLimits)
			var got []string
			for _, p := range doc.Projects {
				for _, ind := range p.Indicators {
					got = append(got, ind.Name+"="+ind.Value.Raw)
				}
			}
			assert.Equal(t, []string{"免费发放原原种=550万粒", "企业自行采购=200万粒", "采购价格不高于市场价=是", "完善种薯繁育体系=是"}, got)
		})
	}
}

// A blank caption right of the names over targets typed in most rows, one
// of them a level word as targets write it (持续影响, 社会效益显著): the
// one column of targets is the target (before: a level word among them
// left the column unread, every indicator without its target).
func TestBlankTargetsWithLevelWord(t *testing.T) {
	for _, word := range []string{"持续影响", "社会效益显著"} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某维修项目"},
			[]string{"一级指标", "二级指标", "三级指标", "", ""},
			[]string{"产出指标", "数量指标", "维修面积", "≥400平方米", "维修面积"},
			[]string{"", "质量指标", "验收合格率", "≥98%", "验收合格率"},
			[]string{"", "时效指标", "资金支付及时率", "100%", "资金支付及时率"},
			[]string{"", "成本指标", "项目成本", "20万元", "项目成本"},
			[]string{"效益指标", "可持续影响指标", "消除安全隐患", word, "消除安全隐患"},
			[]string{"满意度指标", "服务对象满意度指标", "干警满意度", "≥95%", "干警满意度"},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"维修面积=≥400平方米", "验收合格率=≥98%", "资金支付及时率=100%", "项目成本=20万元",
			"消除安全隐患=" + word, "干警满意度=≥95%"}, got, word)
	}
}

// A row as wide as the header whose cells span other columns than the
// header's (一级指标 over two columns; under it a level label, a blank, a
// level-2 label and a sentence over the name and the target): the sentence
// spans the name and the target by its position, no indicator (before:
// read by index, the level-2 label was the name and the sentence the
// target).
func TestTextSpansColumnsByPosition(t *testing.T) {
	for _, sentence := range []string{"增加就业机会,提高农民收入。", "提高森林覆盖率,促进生物多样性保护。"} {
		page := `<table>
<tr><td>项目名称</td><td colspan="5">某造林项目</td></tr>
<tr><td rowspan="4">绩效指标</td><td colspan="2">一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td rowspan="2">产出指标</td><td></td><td>数量指标</td><td>营造林面积(亩)</td><td>80000</td></tr>
<tr><td></td><td>质量指标</td><td>苗木成活率</td><td>85%</td></tr>
<tr><td>效益指标</td><td></td><td>经济效益指标</td><td colspan="2">` + sentence + `</td></tr>
</table>`
		blocks, err := html.Read([]byte(page), layout.DefaultLimits)
		require.NoError(t, err)
		doc := Extract(blocks, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"营造林面积(亩)=80000", "苗木成活率=85%"}, got, sentence)
	}
}

// TestHeadlessBoundedByWords: a headerless grid's targets bounded by a
// comparator word (大于等于3, 不低于95%, 不超过90万元, or after the number:
// 3以上, 90万元以内) are bounded as those written with a sign (≥3): beside a column of measured results they
// are the target and the result (boundedThenMeasured), and results that
// echo them and meet their bounds tell their column from the names'
// (echoedAndMet); two columns both bounded in a row are no target and
// result. In a positioned table and a text export alike.
func TestHeadlessBoundedByWords(t *testing.T) {
	positioned := func(rs [][]string) []layout.Block {
		var b strings.Builder
		b.WriteString("<table>")
		for _, r := range rs {
			b.WriteString("<tr><td>" + strings.Join(r, "</td><td>") + "</td></tr>")
		}
		b.WriteString("</table>")
		blocks, err := html.Read([]byte(b.String()), layout.DefaultLimits)
		require.NoError(t, err)
		return blocks
	}
	text := func(rs [][]string) []layout.Block { return []layout.Block{tableOf(1, rs...)} }
	for _, w := range [][2]string{{"≥", "≤"}, {"大于等于", "小于等于"}, {"不低于", "不超过"}, {"大于或等于", "小于或等于"}, {"以上", "以内"}, {"及以上", "以下"}} {
		name := w[0]
		ge, le := func(n string) string { return w[0] + n }, func(n string) string { return w[1] + n }
		if _, ok := normalize.PostfixComparatorWord(w[0]); ok {
			ge, le = func(n string) string { return n + w[0] }, func(n string) string { return n + w[1] }
		}
		measured := [][]string{
			{"项目名称", "某项目", "", "", ""},
			{"", "", "", "", ""},
			{"产出指标", "数量指标", "药品抽验品种", ge("3"), "4"},
			{"产出指标", "数量指标", "化妆品抽验批次", ge("3"), "7"},
			{"产出指标", "质量指标", "抽检合格率", ge("95%"), "98%"},
		}
		echoed := [][]string{
			{"项目名称", "某项目", "", "", "", "", ""},
			{"一级指标", "二级指标", "", "", "实际完成值", "得分", "偏差原因分析"},
			{"产出指标", "数量指标", ge("50个"), "委托业务项目", "50", "10", ""},
			{"产出指标", "质量指标", "严格执行相关规定", "审批流程", "达成预期指标", "10", ""},
			{"产出指标", "时效指标", "在计划时间内完成", "报告提交时间", "达成预期指标", "10", ""},
			{"产出指标", "成本指标", le("90万元"), "支出控制", "90", "10", ""},
			{"效益指标", "社会效益指标", "效果明显", "群众受益程度", "达成预期指标", "20", ""},
		}
		for _, form := range []struct {
			name string
			read func([][]string) []layout.Block
		}{{"positioned", positioned}, {"text export", text}} {
			t.Run(name+"/measured/"+form.name, func(t *testing.T) {
				doc := Extract(form.read(measured), layout.DefaultLimits)
				require.Len(t, doc.Projects, 1)
				inds := doc.Projects[0].Indicators
				require.Len(t, inds, 3)
				assert.Equal(t, "化妆品抽验批次", inds[1].Name)
				assert.Equal(t, ge("3"), inds[1].Value.Raw)
				require.NotNil(t, inds[1].Actual)
				assert.Equal(t, "7", inds[1].Actual.Raw)
			})
			t.Run(name+"/both bounded/"+form.name, func(t *testing.T) {
				// two columns bounded in a row: no target and result told
				rs := [][]string{measured[0], measured[1], measured[2], {"产出指标", "质量指标", "合格率", ge("90%"), ge("95%")}}
				doc := Extract(form.read(rs), layout.DefaultLimits)
				for _, p := range doc.Projects {
					assert.Empty(t, p.Indicators, "no indicator guessed")
				}
			})
			t.Run(name+"/echoed/"+form.name, func(t *testing.T) {
				doc := Extract(form.read(echoed), layout.DefaultLimits)
				require.Len(t, doc.Projects, 1)
				inds := doc.Projects[0].Indicators
				require.Len(t, inds, 5)
				assert.Equal(t, "委托业务项目", inds[0].Name)
				assert.Equal(t, ge("50个"), inds[0].Value.Raw)
				assert.Equal(t, le("90万元"), inds[3].Value.Raw)
				require.NotNil(t, inds[3].Actual)
				assert.Equal(t, "90", inds[3].Actual.Raw)
			})
		}
	}
}

// TestHeadlessComposedAfterUnit: a headerless grid whose targets are
// written in three cells with the comparator after the unit (120 | 公里 |
// 以上, or ≥ there) is read as the comparator first is (≥ | 120 | 公里):
// the numbers are the target, composed as written (120公里以上, ≥120公里),
// typed values right after the comparators the result, bare numbers the
// weight then the score. In a positioned table and a text export alike.
func TestHeadlessComposedAfterUnit(t *testing.T) {
	positioned := func(rs [][]string) []layout.Block {
		var b strings.Builder
		b.WriteString("<table>")
		for _, r := range rs {
			b.WriteString("<tr><td>" + strings.Join(r, "</td><td>") + "</td></tr>")
		}
		b.WriteString("</table>")
		blocks, err := html.Read([]byte(b.String()), layout.DefaultLimits)
		require.NoError(t, err)
		return blocks
	}
	text := func(rs [][]string) []layout.Block { return []layout.Block{tableOf(1, rs...)} }
	for _, tc := range []struct {
		ge, le string
		want   []string
	}{
		{"以上", "以下", []string{"120公里以上", "90%以上", "1万元以下", "95%"}},
		{"及以上", "以内", []string{"120公里及以上", "90%及以上", "1万元以内", "95%"}},
		{"≥", "≤", []string{"≥120公里", "≥90%", "≤1万元", "95%"}},
	} {
		rows := [][]string{
			{"项目名称", "某项目", "", "", "", "", "", "", ""},
			{"", "", "", "", "", "", "", "", ""},
			{"产出指标", "数量指标", "养护里程", "120", "公里", tc.ge, "125公里", "30", "30"},
			{"产出指标", "质量指标", "路况优良率", "90", "%", tc.ge, "92%", "30", "30"},
			{"成本指标", "经济成本指标", "每公里养护成本", "1", "万元", tc.le, "0.9万元", "20", "20"},
			{"效益指标", "社会效益指标", "群众满意度", "95", "%", "", "96%", "20", "18"},
		}
		for _, form := range []struct {
			name string
			read func([][]string) []layout.Block
		}{{"positioned", positioned}, {"text export", text}} {
			t.Run(tc.ge+"/"+form.name, func(t *testing.T) {
				doc := Extract(form.read(rows), layout.DefaultLimits)
				require.Len(t, doc.Projects, 1)
				inds := doc.Projects[0].Indicators
				require.Len(t, inds, 4)
				for i, w := range tc.want {
					assert.Equal(t, rows[i+2][2], inds[i].Name)
					assert.Equal(t, w, inds[i].Value.Raw)
					if assert.NotNil(t, inds[i].Actual, inds[i].Name) {
						assert.Equal(t, rows[i+2][6], inds[i].Actual.Raw)
					}
					assert.Equal(t, rows[i+2][7], deref(inds[i].Weight))
					assert.Equal(t, rows[i+2][8], deref(inds[i].Score))
				}
			})
		}
	}
}

// TestMeetsBound: a measured value meets a target's bound written with a
// sign, a comparator word before the number or a word after it, on the
// bound's side and in the same unit; = and 等于 bound nothing. Every sign
// normalize reads opens a bound (=> and ⩾ as ≥, ＜ as <).
func TestMeetsBound(t *testing.T) {
	for _, tt := range []struct {
		x, y string
		want bool
	}{
		{"≥90%", "98%", true}, {"≥90%", "80%", false}, {">=3", "3", true}, {">3", "3", false}, {"＞3", "4", true},
		{"≤5天", "3天", true}, {"<5天", "5天", false}, {"≥90%", "98", false}, {"=3", "3", false},
		{"大于等于90%", "98%", true}, {"不低于90%", "80%", false}, {"大于3", "3", false}, {"大于3", "4", true},
		{"小于等于5天", "3天", true}, {"不超过5天", "6天", false}, {"等于3", "3", false},
		{"90%以上", "98%", true}, {"90%以上", "80%", false}, {"5天以内", "3天", true}, {"5天以内", "6天", false},
		{"90%以上", "98%以上", false}, {"大于等于90%", "大于等于98%", false},
		{"=>90%", "98%", true}, {"=<5天", "6天", false}, {"⩾90%", "80%", false}, {"⩾90%", "98%", true}, {"＜5天", "3天", true},
	} {
		assert.Equal(t, tt.want, meets(tt.x, tt.y), "meets(%q, %q)", tt.x, tt.y)
	}
}

// A grid named by its levels (一级指标 | 二级指标 | 指标值, no name column)
// with a row under it whose one text spans the level columns and the
// target (评价结论 | a sentence over the rest): the level-2 cell that names
// the row is the target's, no indicator (before: the sentence was the
// level, the name and the target).
func TestLevelNameSpansValue(t *testing.T) {
	for _, tail := range []string{"评价结论", "存在问题"} {
		page := `<table>
<tr><td>项目名称</td><td colspan="4">某补助项目</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>指标值</td><td>度量单位</td><td>权重</td></tr>
<tr><td>产出指标</td><td>经济成本指标</td><td>≤30</td><td>万元</td><td>90</td></tr>
<tr><td>` + tail + `</td><td colspan="4">根据资金管理办法,将资金支付给项目施工方。</td></tr>
</table>`
		blocks, err := html.Read([]byte(page), layout.DefaultLimits)
		require.NoError(t, err)
		doc := Extract(blocks, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"经济成本指标=≤30万元"}, got, tail)
	}
}
