package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Tests of the eleventh probe round (testdata/probe 173 on): layouts the
// new probe filings found misread, one family each.

// A template's level-2 row the filer marked as having no indicator, its
// name cell saying none (社会效益指标 | 无 | 无, 成本指标 | 不涉及 | 不涉及,
// a dash or a slash: noneName), is no indicator whatever its target cell
// holds: its cells are unrecognized with NO-INDICATOR-NAME. Before, 无 |
// 无 was read as an indicator named 无 with the qualitative target 无. A
// name that only starts with such a word (无障碍设施改造) is a name.
func TestNoneNameIsNoIndicator(t *testing.T) {
	for _, tt := range []struct {
		name, value string
		want        []string
		warned      bool
	}{
		{"无", "无", nil, true},
		{"暂无", "0", nil, true},
		{"不涉及", "不涉及", nil, true},
		{"——", "——", nil, true},
		{"无障碍设施改造", "≥5处", []string{"无障碍设施改造=≥5处"}, false},
		{"安全事故", "无", []string{"安全事故=无"}, false},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "乡村振兴衔接资金项目"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "建设产业基地", "≥3个"},
			[]string{"效益指标", "社会效益指标", tt.name, tt.value},
		)}, layout.DefaultLimits)
		want := append([]string{"建设产业基地=≥3个"}, tt.want...)
		assert.Equal(t, want, indicatorStrings(doc, nameTarget), tt.name)
		assert.Equal(t, tt.warned, hasWarning(doc, diag.NoIndicatorName), tt.name)
	}
}
