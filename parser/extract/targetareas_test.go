package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

// In a text export, a target caption spanning the areas named in the
// header's second row (指标值 over 甲县 | 乙县), the span printed once, is
// spelled out over them and the areas read beside the target
// (targetOverAreas). The bounds of a range there (下限 | 上限, 最低值 |
// 最高值: partCaption) are no areas: no indicator takes the lower bound as
// its target, nor keeps a bound as an area's value; the pair is one
// target, the range it bounds (boundsSubHeader; TestBoundsUnderTargetCaption).
// Before (review of 17a057d), 培训人数's target was read as 100 of
// 100–150, the bounds kept as areas 下限 and 上限 with AREA-TARGETS-DIFFER.
func TestTargetOverAreasNoBounds(t *testing.T) {
	for _, tt := range []struct {
		sub   [2]string
		areas bool
	}{
		{[2]string{"甲县", "乙县"}, true},
		{[2]string{"下限", "上限"}, false},
		{[2]string{"最低值", "最高值"}, false},
	} {
		doc := Extract(text.Read(tikaExport(
			[]string{"项目名称", "城区道路保洁项目"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"", "", "", tt.sub[0], tt.sub[1]},
			[]string{"产出指标", "数量指标", "培训人数", "100", "150"},
			[]string{"", "质量指标", "合格率", "90%", "100%"},
		)), layout.DefaultLimits)
		got := indicatorStrings(doc, func(ind *model.Indicator) string {
			s := ind.Name + "=" + ind.Value.Raw
			for _, o := range ind.OtherValues {
				s += "|" + string(o.Role) + ":" + o.Label + "=" + o.Value.Raw
			}
			return s
		})
		if tt.areas {
			assert.Equal(t, []string{"培训人数=100|region:甲县=100|region:乙县=150", "合格率=90%|region:甲县=90%|region:乙县=100%"}, got, tt.sub[0])
			continue
		}
		assert.Equal(t, []string{"培训人数=100-150", "合格率=90%-100%"}, got, tt.sub[0])
	}
}
