package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

// boundsForms writes a project's grid whose target caption spans two
// sub-columns named in the header's second row (指标值 over 下限 | 上限),
// a unit column after it when unit is set, in three forms: an HTML page
// with its spans, a text export that prints the span as a blank cell
// ("wide"), and one that prints the span once ("short": the header a cell
// short of its rows). rows are the
// indicators' cells: level 1, level 2, name, the two sub-columns' cells
// (and the unit's).
func boundsForms(t *testing.T, caption string, sub [2]string, unit bool, rows [][]string) map[string][]layout.Block {
	t.Helper()
	var page strings.Builder
	td := func(s, span string) string { return "<td" + span + ">" + s + "</td>" }
	page.WriteString("<table>\n<tr><td>项目名称</td><td colspan=\"5\">城区道路保洁项目</td></tr>\n")
	page.WriteString("<tr>" + td("一级指标", ` rowspan="2"`) + td("二级指标", ` rowspan="2"`) + td("三级指标", ` rowspan="2"`) + td(caption, ` colspan="2"`))
	wide := [][]string{{"项目名称", "城区道路保洁项目"}, {"一级指标", "二级指标", "三级指标", caption, ""}, {"", "", "", sub[0], sub[1]}}
	short := [][]string{{"项目名称", "城区道路保洁项目"}, {"一级指标", "二级指标", "三级指标", caption}, {"", "", "", sub[0], sub[1]}}
	if unit {
		page.WriteString(td("计量单位", ` rowspan="2"`))
		wide[1], wide[2] = append(wide[1], "计量单位"), append(wide[2], "")
		short[1], short[2] = append(short[1], "计量单位"), append(short[2], "")
	}
	page.WriteString("</tr>\n<tr>" + td(sub[0], "") + td(sub[1], "") + "</tr>\n")
	for _, r := range rows {
		page.WriteString("<tr>")
		for _, c := range r {
			page.WriteString(td(c, ""))
		}
		page.WriteString("</tr>\n")
	}
	page.WriteString("</table>")
	return map[string][]layout.Block{
		"html":  readHTML(t, page.String()),
		"wide":  text.Read(tikaExport(append(wide, rows...)...)),
		"short": text.Read(tikaExport(append(short, rows...)...)),
	}
}

// boundsRead writes an indicator as name=target, its kind, the value's
// parts and the values beside it (role:label=value).
func boundsRead(ind *model.Indicator) string {
	s := ind.Name + "=" + ind.Value.Raw + " " + string(ind.Value.Kind)
	for _, p := range ind.ValueParts {
		s += "|" + p.Label + ":" + p.Text
	}
	for _, o := range ind.OtherValues {
		s += "|" + string(o.Role) + ":" + o.Label + "=" + o.Value.Raw
	}
	return s
}

// TestBoundsUnderTargetCaption: a grid whose target caption spans the two
// bounds of a range (指标值 over 下限 | 上限, 最小值 | 最大值, 目标值 over
// 目标下限 | 目标上限) reads one target per row, the range the two cells
// bound (120 | 150 → 120-150, a unit column's unit after it), the lower
// alone as at least it, the upper alone as at most it, both cells kept as
// the value's parts; in the HTML form with its spans and in text exports
// that print the span as a blank or once. Cells that bound no one range
// (words, a comparator of their own, two units) give no target and stay
// unread (the rows, with no target, no indicators). Two areas' names under the caption (甲县 | 乙县) are read as
// areas, as before. Before, the bounds were read as two recipient areas
// (the lower's cell the target, AREA-TARGETS-DIFFER, kind transfer) in
// the HTML form and the wide export, and the short export read no grid.
func TestBoundsUnderTargetCaption(t *testing.T) {
	for _, tt := range []struct {
		name    string
		caption string
		sub     [2]string
		unit    bool
		rows    [][]string
		want    []string
	}{
		{"下限 | 上限", "指标值", [2]string{"下限", "上限"}, false, [][]string{
			{"产出指标", "数量指标", "保洁面积", "120", "150"},
			{"效益指标", "社会效益指标", "市民满意度", "90%", "95%"},
		}, []string{"保洁面积=120-150 range|下限:120|上限:150", "市民满意度=90%-95% range|下限:90%|上限:95%"}},
		{"最小值 | 最大值", "指标值", [2]string{"最小值", "最大值"}, false, [][]string{
			{"产出指标", "成本指标", "保洁单价", "3元/平方米", "3.5元/平方米"},
		}, []string{"保洁单价=3元/平方米-3.5元/平方米 range|最小值:3元/平方米|最大值:3.5元/平方米"}},
		{"目标下限 | 目标上限", "目标值", [2]string{"目标下限", "目标上限"}, false, [][]string{
			{"产出指标", "数量指标", "保洁面积", "120", "150"},
		}, []string{"保洁面积=120-150 range|目标下限:120|目标上限:150"}},
		{"上限 | 下限", "指标值", [2]string{"上限", "下限"}, false, [][]string{
			{"产出指标", "数量指标", "保洁面积", "150", "120"},
		}, []string{"保洁面积=120-150 range|下限:120|上限:150"}},
		{"one bound", "指标值", [2]string{"下限", "上限"}, false, [][]string{
			{"效益指标", "社会效益指标", "市民满意度", "90%", ""},
			{"产出指标", "成本指标", "保洁单价", "—", "3.5"},
			{"产出指标", "数量指标", "保洁面积", "150", "150"},
		}, []string{"市民满意度=≥90% quantity|下限:90%", "保洁单价=≤3.5 quantity|上限:3.5", "保洁面积=150 quantity|下限:150|上限:150"}},
		{"unit column", "指标值", [2]string{"下限", "上限"}, true, [][]string{
			{"产出指标", "数量指标", "保洁面积", "120", "150", "万平方米"},
		}, []string{"保洁面积=120-150万平方米 range|下限:120|上限:150|计量单位:万平方米"}},
		{"no one range", "指标值", [2]string{"下限", "上限"}, false, [][]string{
			{"产出指标", "质量指标", "保洁质量", "合格", "优良"},
			{"产出指标", "数量指标", "保洁面积", "≥120", "150"},
			{"效益指标", "社会效益指标", "市民满意度", "90%", "100人"},
		}, nil},
		{"areas", "指标值", [2]string{"甲县", "乙县"}, false, [][]string{
			{"产出指标", "数量指标", "保洁面积", "120", "150"},
		}, []string{"保洁面积=120 quantity|region:甲县=120|region:乙县=150"}},
	} {
		for form, blocks := range boundsForms(t, tt.caption, tt.sub, tt.unit, tt.rows) {
			doc := Extract(blocks, layout.DefaultLimits)
			normalize.Document(doc)
			assert.Equal(t, tt.want, indicatorStrings(doc, boundsRead), tt.name+" "+form)
			if tt.name == "no one range" {
				var left []string
				for _, u := range doc.Unrecognized {
					left = append(left, u.Text)
				}
				assert.Subset(t, left, []string{"合格", "优良", "≥120", "150", "90%", "100人"}, tt.name+" "+form)
			}
		}
	}
}

// A target caption over two cells that hold two different numbers is
// never read as one target written across them: no 120 | 150 joined into
// 120150, no 3 | 3.5 into 33.5, whatever the second header row names
// (2023年 | 2024年, 甲县 | 上限: sub-captions that are no areas and no
// bound pair), and a bound is never an area (areaLabel: partCaption).
// Other texts, and the same number printed twice (24 | 24: a repeat
// this rule does not read), are joined as before. Before, the HTML form joined the two cells under the
// caption's span (joinSpanned: VALUE-JOINED, 120150), and 甲县 | 上限 were
// read as two areas.
func TestSpanOverTwoNumbersNotJoined(t *testing.T) {
	for _, tt := range []struct {
		sub  [2]string
		rows [][]string
	}{
		{[2]string{"2023年", "2024年"}, [][]string{{"产出指标", "数量指标", "保洁面积", "120", "150"}, {"产出指标", "成本指标", "保洁单价", "3", "3.5"}}},
		{[2]string{"甲县", "上限"}, [][]string{{"产出指标", "数量指标", "保洁面积", "120", "150"}, {"产出指标", "成本指标", "保洁单价", "3", "3.5"}}},
	} {
		for form, blocks := range boundsForms(t, "指标值", tt.sub, false, tt.rows) {
			doc := Extract(blocks, layout.DefaultLimits)
			for _, s := range indicatorStrings(doc, boundsRead) {
				for _, bad := range []string{"120150", "33.5", "上限", "=150", "=3.5"} {
					assert.NotContains(t, s, bad, tt.sub[0]+" "+form)
				}
			}
		}
	}
	doc := Extract([]layout.Block{readHTML(t, `<table><tr><td>项目名称</td><td colspan="4">某项目</td></tr>`+
		`<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td colspan="2">目标值</td></tr>`+
		`<tr><td>产出指标</td><td>时效指标</td><td>资金到位时间</td><td>2021年12月底</td><td>2021年12月底</td></tr>`+
		`<tr><td>产出指标</td><td>数量指标</td><td>出差人次</td><td>24</td><td>24</td></tr></table>`)[0]}, layout.DefaultLimits)
	assert.Equal(t, []string{"资金到位时间=2021年12月底2021年12月底", "出差人次=2424"}, indicatorStrings(doc, nameTarget))
}

// A one-row header with no target caption whose only unknown captions
// after the names are a bound pair side by side (三级指标 | 下限 | 上限 |
// 计量单位, either order) reads the pair as the target's range, as under a
// target caption (boundColumns). A pair beside a target caption stays
// unread (the target is the target's column), and one bound alone makes
// no target. Before, the pair's columns were unknown (HEADER-UNKNOWN) and
// the indicators had no target (probe 03).
func TestBoundColumnsWithoutTargetCaption(t *testing.T) {
	for _, tt := range []struct {
		head []string
		row  []string
		want string
	}{
		{[]string{"一级指标", "二级指标", "三级指标", "下限", "上限", "计量单位"}, []string{"产出指标", "数量指标", "保洁面积", "120", "150", "万平方米"}, "保洁面积=120-150万平方米"},
		{[]string{"一级指标", "二级指标", "三级指标", "最高值", "最低值"}, []string{"产出指标", "数量指标", "保洁面积", "150", "120"}, "保洁面积=120-150"},
		{[]string{"一级指标", "二级指标", "三级指标", "目标值", "最低值", "最高值"}, []string{"产出指标", "数量指标", "保洁面积", "≥120", "120", "150"}, "保洁面积=≥120"},
		{[]string{"一级指标", "二级指标", "三级指标", "上限", "计量单位"}, []string{"产出指标", "数量指标", "保洁面积", "150", "万平方米"}, ""},
	} {
		page := "<table><tr><td>项目名称</td><td>城区道路保洁项目</td></tr><tr><td>" + strings.Join(tt.head, "</td><td>") +
			"</td></tr><tr><td>" + strings.Join(tt.row, "</td><td>") + "</td></tr></table>"
		forms := map[string][]layout.Block{
			"html": readHTML(t, page),
			"text": text.Read(tikaExport([]string{"项目名称", "城区道路保洁项目"}, tt.head, tt.row)),
		}
		for form, blocks := range forms {
			doc := Extract(blocks, layout.DefaultLimits)
			got := strings.Join(indicatorStrings(doc, nameTarget), ";")
			if tt.want == "" {
				assert.NotContains(t, got, "150", strings.Join(tt.head, "|")+" "+form)
				continue
			}
			assert.Equal(t, tt.want, got, strings.Join(tt.head, "|")+" "+form)
		}
	}
}
