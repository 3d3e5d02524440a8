package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// A weight's caption again (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 |
// 指标值: each level's points) holds points to earn, never points earned:
// content does not place it as the score (placement.guessed), and it is
// left unrecognized. Before, the level 2's points were read as every
// indicator's score (HEADER-GUESSED 分值 → 得分), a field no header
// justifies. A 得分 column is still the score.
func TestWeightCaptionAgainIsNoScore(t *testing.T) {
	scoreOf := func(ind *model.Indicator) string {
		if ind.Score == nil {
			return ind.Name + "|"
		}
		return ind.Name + "|" + *ind.Score
	}
	for _, tt := range []struct {
		name   string
		header []string
		rows   [][]string
		want   []string
	}{
		{"分值 for each level", []string{"一级指标", "分值", "二级指标", "分值", "三级指标", "指标值"}, [][]string{
			{"产出指标", "40", "数量指标", "20", "改造农村户厕", "≥500户"},
			{"^", "^", "质量指标", "20", "改厕验收合格率", "≥95%"},
			{"满意度指标", "10", "服务对象满意度指标", "10", "农户满意度", "≥90%"},
		}, []string{"改造农村户厕|", "改厕验收合格率|", "农户满意度|"}},
		{"权重 for each level", []string{"一级指标", "权重", "二级指标", "权重", "三级指标", "指标值"}, [][]string{
			{"产出指标", "40", "数量指标", "20", "改造农村户厕", "≥500户"},
			{"^", "^", "质量指标", "20", "改厕验收合格率", "≥95%"},
			{"满意度指标", "10", "服务对象满意度指标", "10", "农户满意度", "≥90%"},
		}, []string{"改造农村户厕|", "改厕验收合格率|", "农户满意度|"}},
		{"a score column", []string{"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"}, [][]string{
			{"产出指标", "数量指标", "改造农村户厕", "≥500户", "520户", "20", "20"},
			{"满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "88%", "10", "9"},
		}, []string{"改造农村户厕|20", "农户满意度|9"}},
	} {
		rows := append([][]string{{"项目名称", "农村人居环境整治项目"}, tt.header}, tt.rows...)
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		assert.Equal(t, tt.want, indicatorStrings(doc, scoreOf), tt.name)
	}
}
