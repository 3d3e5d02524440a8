package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

// The families round nine's held-out sets lost (docs/real-corpus.md).

// A comparator column (指标性质 | 指标值 | 度量单位) whose signs are written
// in any form normalize reads as one — the small forms ﹤﹥﹦ of a CJK input
// method's symbol table, the full-width ＜＞＝, ≧≦, ⩾⩽, a sign with a
// variation selector — is a comparator column: each target is the sign,
// the number and the unit as written (﹦72890元; its op is normalize's,
// TestSignForms).
// Before, ﹦ was no sign: the target lost it (72890元, op =) and the cell
// was kept as the indicator's 指标性质 only; ⩾ was a sign to normalize but
// not to the grid.
func TestSignFormsInComparatorColumn(t *testing.T) {
	for _, tt := range []struct{ sign string }{
		{"﹦"}, {"＝"}, {"="}, {"﹥"}, {"＞"}, {"﹤"}, {"≧"}, {"⩾"}, {"≥\ufe0e"}, {"≦"}, {"⩽"}, {"＜＝"},
	} {
		page := `<table>
<tr><td>项目名称</td><td colspan="5">某补助经费</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>补助经费</td><td>` + tt.sign + `</td><td>72890</td><td>元</td></tr>
<tr><td>产出指标</td><td>质量指标</td><td>验收合格率</td><td>` + tt.sign + `</td><td>100</td><td>%</td></tr>
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
		want := []string{"补助经费=" + tt.sign + "72890元", "验收合格率=" + tt.sign + "100%"}
		assert.Equal(t, want, got, "sign %q", tt.sign)
	}
}

// A two-row header whose first row's captions span down over both rows
// (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
// over 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位: the
// 2020 national 项目支出绩效自评表 as Yunnan printed it) reads the results,
// weights and scores under the captions above: in HTML the header's cells
// there are the spans' merged parts, in a text export the blank cells the
// header ends with. Before, the second row alone was the header and no
// row's results, weight or score was read.
func TestCaptionsSpannedDownFromRowAbove(t *testing.T) {
	page := `<table>
<tr><td>项目名称</td><td colspan="9">某执法补助经费</td></tr>
<tr><td colspan="3">绩效指标</td><td colspan="3">年度指标值</td><td rowspan="2">实际完成值</td><td rowspan="2">分值</td><td rowspan="2">得分</td><td rowspan="2">偏差原因分析及改进措施</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>检查次数</td><td>≥</td><td>12</td><td>次</td><td>14</td><td>10.00</td><td>9.00</td><td></td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>责停率</td><td>≥</td><td>95</td><td>%</td><td>95</td><td>30</td><td>27</td><td></td></tr>
</table>`
	rows := [][]string{
		{"项目名称", "某执法补助经费"},
		{"绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
		{"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "", "", "", ""},
		{"产出指标", "数量指标", "检查次数", "≥", "12", "次", "14", "10.00", "9.00", ""},
		{"效益指标", "社会效益指标", "责停率", "≥", "95", "%", "95", "30", "27", ""},
	}
	var export strings.Builder
	for _, r := range rows {
		for _, c := range r {
			export.WriteString("\t" + c + "\n")
		}
		export.WriteString("\n")
	}
	htmlBlocks, err := html.Read([]byte(page), layout.DefaultLimits)
	require.NoError(t, err)
	for _, tt := range []struct {
		form   string
		blocks []layout.Block
	}{
		{"html", htmlBlocks},
		{"text", text.Read(export.String())},
	} {
		doc := Extract(tt.blocks, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				weight, score := "", ""
				if ind.Weight != nil {
					weight = *ind.Weight
				}
				if ind.Score != nil {
					score = *ind.Score
				}
				got = append(got, strings.Join([]string{ind.Name, ind.Value.Raw, ind.Actual.Raw, weight, score}, "|"))
			}
		}
		assert.Equal(t, []string{"检查次数|≥12次|14|10.00|9.00", "责停率|≥95%|95|30|27"}, got, tt.form)
	}
}

// A 计量单位 cell beside a target that carries a unit of its own (28.8万元
// | %, 95% | 个, 10万人次 | 人) or is words (应保尽保 | %, 达标 | %) is not
// glued on: the target as written, the cell kept among its parts, and
// UNIT-CELL-NOT-JOINED. A unit cell completes a bare number (95 | %), a
// target ending in one (≥95 | %, 28.8万 | 元, 三千 | 人) and says again a
// unit the target ends with (100% | %) as before, and a count word 个
// before a unit it counts (3个 | 月 → 3个月) is one unit over two cells. Before, 28.8万元% and
// 应保尽保% were read (a Yueyang 部门整体绩效目标表: 指标值类型 | 指标值 |
// 计量单位).
func TestUnitCellBesideTargetWithUnit(t *testing.T) {
	for _, tt := range []struct {
		value, unit, want string
		warned            bool
	}{
		{"28.8万元", "%", "28.8万元", true},
		{"应保尽保", "%", "应保尽保", true},
		{"达标", "%", "达标", true},
		{"95%", "个", "95%", true},
		{"10万人次", "人", "10万人次", true},
		{"95", "%", "95%", false},
		{"≥95", "%", "≥95%", false},
		{"100%", "%", "100%", false},
		{"28.8万", "元", "28.8万元", false},
		{"三千", "人", "三千人", false},
		{"95以上", "%", "95%以上", false},
		{"3个", "月", "3个月", false},
		{"2个", "工作日", "2个工作日", false},
		{"10个", "%", "10个", true},
	} {
		page := `<table>
<tr><td>项目名称</td><td colspan="4">某单位整体支出</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>计量单位</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>业务工作支出</td><td>` + tt.value + `</td><td>` + tt.unit + `</td></tr>
</table>`
		blocks, err := html.Read([]byte(page), layout.DefaultLimits)
		require.NoError(t, err)
		doc := Extract(blocks, layout.DefaultLimits)
		require.Len(t, doc.Projects, 1, tt.value)
		require.Len(t, doc.Projects[0].Indicators, 1, tt.value)
		ind := doc.Projects[0].Indicators[0]
		assert.Equal(t, tt.want, ind.Value.Raw, "%s | %s", tt.value, tt.unit)
		var parts []string
		for _, p := range ind.ValueParts {
			parts = append(parts, p.Text)
		}
		assert.Equal(t, []string{tt.value, tt.unit}, parts, "%s | %s", tt.value, tt.unit)
		warned := false
		for _, w := range doc.Warnings {
			warned = warned || w.Code == diag.UnitCellNotJoined
		}
		assert.Equal(t, tt.warned, warned, "%s | %s", tt.value, tt.unit)
	}
}
