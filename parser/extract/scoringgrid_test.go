package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// An evaluation report's scoring sheet (the 2011 national template's
// 绩效评价指标评分: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分,
// or 三级指标 | 分值 | 评分标准 | 得分) holds criteria with their points and
// scores and no target column: the column content would read as the
// target stands under a caption of points (the header's 分值 again) or of
// scoring rules (评分标准). It is no indicator table: SCORING-GRID, no
// indicator, its criteria unrecognized. Before, the points were read as
// each criterion's target (目标内容 = 4, a value in a field no header
// justifies), and the rules' words too (目标内容 = 目标明确). A
// self-evaluation whose target caption is blank beside 实际完成值 | 分值 |
// 得分, or that names its target (年度指标值), keeps its reading.
func TestScoringGridIsNoIndicatorTable(t *testing.T) {
	scoring := [][]string{
		{"一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"},
		{"项目决策", "20", "项目目标", "4", "目标内容", "4", "4"},
		{"", "", "决策过程", "8", "决策依据", "3", "3"},
		{"", "", "", "", "决策程序", "5", "5"},
		{"项目管理", "25", "资金到位", "5", "到位率", "3", "3"},
		{"", "", "", "", "到位时效", "2", "2"},
	}
	rules := [][]string{
		{"一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"},
		{"项目决策", "项目目标", "目标内容", "4", "目标明确", "4"},
		{"", "决策过程", "决策依据", "3", "依据充分", "3"},
		{"项目管理", "资金到位", "到位率", "3", "资金到位", "3"},
		{"", "", "到位时效", "2", "及时到位", "2"},
	}
	blankTarget := [][]string{
		{"一级指标", "二级指标", "三级指标", "", "实际完成值", "分值", "得分"},
		{"产出指标", "数量指标", "培训人数", "≥200人", "210人", "10", "10"},
		{"", "质量指标", "合格率", "≥95%", "98%", "10", "10"},
		{"效益指标", "社会效益指标", "教师能力提升", "明显提升", "明显提升", "20", "18"},
	}
	namedTarget := [][]string{
		{"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"},
		{"产出指标", "数量指标", "培训人数", "≥200人", "210人", "10", "10"},
		{"", "质量指标", "合格率", "≥95%", "98%", "10", "10"},
		{"效益指标", "社会效益指标", "教师能力提升", "明显提升", "明显提升", "20", "18"},
	}
	page := func(rows [][]string) string {
		s := `<p>项目名称：某培训专项经费</p><table>`
		for _, r := range rows {
			s += "<tr>"
			for _, c := range r {
				s += "<td>" + c + "</td>"
			}
			s += "</tr>"
		}
		return s + "</table>"
	}
	text := func(rows [][]string) []layout.Block {
		return []layout.Block{para(1, "项目名称：某培训专项经费"), tableOf(2, rows...)}
	}
	read := func(rows [][]string) []layout.Block {
		b, err := html.Read([]byte(page(rows)), layout.DefaultLimits)
		require.NoError(t, err)
		return b
	}
	tests := []struct {
		name    string
		blocks  []layout.Block
		scoring bool     // SCORING-GRID given, no indicator read
		want    []string // name=target of the indicators read
	}{
		{"points, text export", text(scoring), true, nil},
		{"points, html", read(scoring), true, nil},
		{"scoring rules, text export", text(rules), true, nil},
		{"scoring rules, html", read(rules), true, nil},
		{"self-evaluation, blank target caption", text(blankTarget), false, []string{"培训人数=≥200人", "合格率=≥95%", "教师能力提升=明显提升"}},
		{"self-evaluation, html", read(namedTarget), false, []string{"培训人数=≥200人", "合格率=≥95%", "教师能力提升=明显提升"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.blocks, layout.DefaultLimits)
			var got []string
			for _, p := range doc.Projects {
				for _, ind := range p.Indicators {
					got = append(got, ind.Name+"="+ind.Value.Raw)
				}
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.scoring, hasWarning(doc, diag.ScoringGrid))
			if tt.scoring {
				assert.Contains(t, unrecognizedTexts(doc), "目标内容")
				assert.False(t, hasWarning(doc, diag.HeaderGuessed), "no column is guessed in a scoring sheet")
			}
		})
	}
}
