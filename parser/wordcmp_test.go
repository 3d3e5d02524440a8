package parser

import (
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
)

// wordsTable writes a one-project target table: head over the rows, each
// a row of cells, as HTML.
func wordsTable(head []string, rows ...[]string) string {
	var b strings.Builder
	b.WriteString(`<p>项目绩效目标表</p><table border="1"><tr><td>项目名称</td><td colspan="` +
		itoa(len(head)-1) + `">某执法装备项目</td></tr>`)
	for _, r := range append([][]string{head}, rows...) {
		b.WriteString("<tr>")
		for _, c := range r {
			b.WriteString("<td>" + html.EscapeString(c) + "</td>")
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</table>")
	return b.String()
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestComparatorWordsColumn: a column of comparator words (大于等于 |
// 小于等于 | 等于, issue 21: Inner Mongolia's 指标性质 | 指标方向 | 目标值 |
// 计量单位) is the comparator column wherever a column of signs would be,
// under any caption or none, before the number or after the unit: the
// target is the word, the number and the unit as written (大于等于98%),
// typed with the word's op. A 定性 row's empty comparator leaves its word
// target alone; 正向/反向 and verbs (提高, 降低) are never a comparator.
func TestComparatorWordsColumn(t *testing.T) {
	type ind struct {
		name, raw string
		op        model.Op
		num, unit string
	}
	words := []ind{
		{"使用人员满意度", "大于等于98%", ">=", "98", "%"},
		{"车辆购置成本", "小于等于12万元", "<=", "12", "万元"},
		{"设备验收合格率", "等于100%", "=", "100", "%"},
		{"办结案件数量", "大于或等于70", ">=", "70", ""},
		{"结案率", "不低于90%", ">=", "90", "%"},
		{"推动标准化配置", "长期", "", "", ""},
	}
	cells := map[string][3]string{ // comparator, number, unit as the table writes them
		"使用人员满意度": {"大于等于", "98", "%"}, "车辆购置成本": {"小于等于", "12", "万元"},
		"设备验收合格率": {"等于", "100", "%"}, "办结案件数量": {"大于或等于", "70", ""},
		"结案率": {"不低于", "90", "%"}, "推动标准化配置": {"", "长期", ""},
	}
	nature := map[string]string{"车辆购置成本": "反向", "推动标准化配置": "定性"}
	bare := func(in []ind) []ind { // the same rows read without a comparator
		out := make([]ind, len(in))
		for i, x := range in {
			out[i] = x
			if c := cells[x.name]; c[0] != "" {
				out[i].raw = c[1] + c[2]
			}
		}
		return out
	}
	tests := []struct {
		name      string
		caption   string // over the comparator column
		after     bool   // the comparator after the unit (目标值 | 计量单位 | 指标方向)
		withNat   bool   // a 指标性质 column of 正向/反向/定性 before it
		replace   map[string]string
		want      []ind
		typedWant bool
	}{
		{name: "指标方向 beside 指标性质", caption: "指标方向", withNat: true, want: words, typedWant: true},
		{name: "指标方向", caption: "指标方向", want: words, typedWant: true},
		{name: "指标性质", caption: "指标性质", want: words, typedWant: true},
		{name: "计算符号", caption: "计算符号", want: words, typedWant: true},
		{name: "unknown caption", caption: "比较", want: words, typedWant: true},
		{name: "blank caption", caption: "", want: words, typedWant: true},
		{name: "after the unit", caption: "指标方向", after: true, want: words, typedWant: true},
		{name: "after the unit, blank", caption: "", after: true, withNat: true, want: words, typedWant: true},
		{name: "verbs are no comparator", caption: "指标方向", withNat: true,
			replace: map[string]string{"大于等于": "提高", "小于等于": "降低", "等于": "保持", "大于或等于": "提高", "不低于": "提高"}},
		{name: "directions are no comparator", caption: "指标方向",
			replace: map[string]string{"大于等于": "正向", "小于等于": "反向", "等于": "正向", "大于或等于": "正向", "不低于": "正向"}},
	}
	for _, tt := range tests {
		head := []string{"一级指标", "二级指标", "三级指标"}
		if tt.withNat {
			head = append(head, "指标性质")
		}
		if tt.after {
			head = append(head, "目标值", "计量单位", tt.caption, "分值")
		} else {
			head = append(head, tt.caption, "目标值", "计量单位", "分值")
		}
		var rows [][]string
		for i, x := range words {
			c := cells[x.name]
			if r, ok := tt.replace[c[0]]; ok {
				c[0] = r
			}
			row := []string{"产出指标", "质量指标", x.name}
			if i == 0 {
				row[0], row[1] = "满意度指标", "服务对象满意度"
			}
			if tt.withNat {
				n := nature[x.name]
				if n == "" {
					n = "正向"
				}
				row = append(row, n)
			}
			if tt.after {
				row = append(row, c[1], c[2], c[0], "10")
			} else {
				row = append(row, c[0], c[1], c[2], "10")
			}
			rows = append(rows, row)
		}
		want := tt.want
		if want == nil {
			want = bare(words)
		}
		page := wordsTable(head, rows...)
		for _, form := range []string{"html", "txt"} {
			t.Run(tt.name+"/"+form, func(t *testing.T) {
				src := page
				if form == "txt" {
					src = readSMPage(page).text()
				}
				doc, err := Parse([]byte(src), Options{Path: "filing." + form})
				require.NoError(t, err)
				require.Len(t, doc.Projects, 1)
				got := doc.Projects[0].Indicators
				require.Len(t, got, len(want))
				for i, w := range want {
					assert.Equal(t, w.name, got[i].Name)
					assert.Equal(t, w.raw, got[i].Value.Raw, w.name)
					if tt.typedWant && w.op != "" {
						assert.Equal(t, w.op, got[i].Value.Op, w.name)
						assert.Equal(t, w.num, got[i].Value.Number, w.name)
						assert.Equal(t, w.unit, got[i].Value.Unit, w.name)
					}
				}
			})
		}
	}
}

// TestPostfixComparatorColumn: a column of comparator words that follow
// the number (以上 | 以下 | 及以上 | 以内, issue 21: 指标值 | 计量单位 |
// 目标方向) is the comparator column under any caption or none: the target
// is the number, the unit and the word as written (120公里以上), typed
// with the word's op, the word never in the description. A blank cell
// leaves its row's number and unit alone (100%).
func TestPostfixComparatorColumn(t *testing.T) {
	type ind struct {
		name, raw string
		op        model.Op
		num, unit string
	}
	want := []ind{
		{"养护里程", "120公里以上", ">=", "120", "公里"},
		{"每公里养护成本", "1万元以下", "<=", "1", "万元"},
		{"群众满意度", "95%及以上", ">=", "95", "%"},
		{"问题整改时限", "30天以内", "<=", "30", "天"},
		{"设备验收合格率", "100%", "=", "100", "%"},
		{"推动标准化养护", "长期", "", "", ""},
	}
	cells := map[string][3]string{ // number, unit, comparator as the table writes them
		"养护里程": {"120", "公里", "以上"}, "每公里养护成本": {"1", "万元", "以下"},
		"群众满意度": {"95", "%", "及以上"}, "问题整改时限": {"30", "天", "以内"},
		"设备验收合格率": {"100", "%", ""}, "推动标准化养护": {"长期", "", ""},
	}
	for _, caption := range []string{"目标方向", "指标方向", "方向", "比较", "其他", ""} {
		head := []string{"一级指标", "二级指标", "三级指标", "指标值", "计量单位", caption, "分值"}
		var rows [][]string
		for i, x := range want {
			c := cells[x.name]
			row := []string{"产出指标", "数量指标", x.name, c[0], c[1], c[2], "10"}
			if i == 2 {
				row[0], row[1] = "满意度指标", "服务对象满意度"
			}
			rows = append(rows, row)
		}
		page := wordsTable(head, rows...)
		for _, form := range []string{"html", "txt"} {
			t.Run(caption+"/"+form, func(t *testing.T) {
				src := page
				if form == "txt" {
					src = readSMPage(page).text()
				}
				doc, err := Parse([]byte(src), Options{Path: "filing." + form})
				require.NoError(t, err)
				require.Len(t, doc.Projects, 1)
				got := doc.Projects[0].Indicators
				require.Len(t, got, len(want))
				for i, w := range want {
					assert.Equal(t, w.name, got[i].Name)
					assert.Equal(t, w.raw, got[i].Value.Raw, w.name)
					assert.Empty(t, got[i].Description, w.name)
					if w.op != "" {
						assert.Equal(t, w.op, got[i].Value.Op, w.name)
						assert.Equal(t, w.num, got[i].Value.Number, w.name)
						assert.Equal(t, w.unit, got[i].Value.Unit, w.name)
					}
				}
			})
		}
	}
}

// TestMixedComparatorColumnNoDescription: a column right of the target
// that holds comparator words among other texts (以上 | 稳步提升 | 按时完成
// | 以下) is not clearly the comparator: its cells are left unrecognized,
// never read as the indicators' description, whatever its caption.
func TestMixedComparatorColumnNoDescription(t *testing.T) {
	rows := [][]string{
		{"产出指标", "数量指标", "养护里程", "120", "公里", "以上"},
		{"产出指标", "质量指标", "路况优良率", "90", "%", "稳步提升"},
		{"产出指标", "时效指标", "完成时间", "12", "月", "按时完成"},
		{"成本指标", "经济成本指标", "每公里养护成本", "1", "万元", "以下"},
	}
	for _, caption := range []string{"目标方向", "比较", ""} {
		page := wordsTable([]string{"一级指标", "二级指标", "三级指标", "指标值", "计量单位", caption}, rows...)
		for _, form := range []string{"html", "txt"} {
			t.Run(caption+"/"+form, func(t *testing.T) {
				src := page
				if form == "txt" {
					src = readSMPage(page).text()
				}
				doc, err := Parse([]byte(src), Options{Path: "filing." + form})
				require.NoError(t, err)
				require.Len(t, doc.Projects, 1)
				got := doc.Projects[0].Indicators
				require.Len(t, got, len(rows))
				var left []string
				for _, u := range doc.Unrecognized {
					left = append(left, u.Text)
				}
				for i, r := range rows {
					assert.Equal(t, r[2], got[i].Name)
					assert.Empty(t, got[i].Description, r[2])
					assert.Equal(t, r[3]+r[4], got[i].Value.Raw, r[2])
					assert.Contains(t, left, r[5])
				}
			})
		}
	}
}

// TestComparatorNotWrittenTwice: a value cell that writes its own
// comparator (大于等于120, ≥120, 120以上) beside a comparator column keeps
// it as written: the column's word or sign is not written a second time
// (大于等于大于等于120公里 read as text).
func TestComparatorNotWrittenTwice(t *testing.T) {
	for _, tt := range []struct {
		dir, val, raw string
		op            model.Op
	}{
		{"大于等于", "大于等于120", "大于等于120公里", ">="},
		{"≥", "大于等于120", "大于等于120公里", ">="},
		{"大于等于", "≥120", "≥120公里", ">="},
		{"以上", "大于等于120", "大于等于120公里", ">="},
		{"以上", "不低于120", "不低于120公里", ">="},
		{"大于等于", "120", "大于等于120公里", ">="},
	} {
		page := wordsTable([]string{"一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"},
			[]string{"产出指标", "数量指标", "养护里程", tt.dir, tt.val, "公里"},
			[]string{"产出指标", "质量指标", "路况优良率", tt.dir, "90", "%"},
			[]string{"成本指标", "经济成本指标", "每公里养护成本", "", "1", "万元"})
		for _, form := range []string{"html", "txt"} {
			t.Run(tt.dir+tt.val+"/"+form, func(t *testing.T) {
				src := page
				if form == "txt" {
					src = readSMPage(page).text()
				}
				doc, err := Parse([]byte(src), Options{Path: "filing." + form})
				require.NoError(t, err)
				require.Len(t, doc.Projects, 1)
				got := doc.Projects[0].Indicators
				require.Len(t, got, 3)
				assert.Equal(t, tt.raw, got[0].Value.Raw)
				assert.Equal(t, tt.op, got[0].Value.Op)
				assert.Equal(t, "120", got[0].Value.Number)
			})
		}
	}
}

// TestPostfixWordInValueCell: a value cell that writes its number with the
// comparator word after it (95以上, 1以内) beside a 计量单位 column takes
// the unit before the word (95%以上, typed ≥ 95 %), never after it (95以上%
// read as text); a value that writes the unit too (1万元以内) is not given
// it twice; a sentence ending with the word is left as it was, the unit
// cell not glued on (words: UNIT-CELL-NOT-JOINED).
func TestPostfixWordInValueCell(t *testing.T) {
	for _, tt := range []struct {
		val, unit, raw string
		op             model.Op
	}{
		{"120以上", "公里", "120公里以上", ">="},
		{"95及以上", "%", "95%及以上", ">="},
		{"1以内", "万元", "1万元以内", "<="},
		{"1万元以内", "万元", "1万元以内", "<="},
		{"30之内", "天", "30天之内", "<="},
		{"120", "公里", "120公里", "="},
		{"达到国家标准以上", "%", "达到国家标准以上", ""},
	} {
		page := wordsTable([]string{"一级指标", "二级指标", "三级指标", "指标值", "计量单位"},
			[]string{"产出指标", "数量指标", "养护里程", tt.val, tt.unit},
			[]string{"产出指标", "质量指标", "路况优良率", "90", "%"},
			[]string{"成本指标", "经济成本指标", "每公里养护成本", "1", "万元"})
		for _, form := range []string{"html", "txt"} {
			t.Run(tt.val+tt.unit+"/"+form, func(t *testing.T) {
				src := page
				if form == "txt" {
					src = readSMPage(page).text()
				}
				doc, err := Parse([]byte(src), Options{Path: "filing." + form})
				require.NoError(t, err)
				require.Len(t, doc.Projects, 1)
				got := doc.Projects[0].Indicators
				require.Len(t, got, 3)
				assert.Equal(t, tt.raw, got[0].Value.Raw)
				if tt.op != "" {
					assert.Equal(t, tt.op, got[0].Value.Op)
				}
				assert.Equal(t, "90%", got[1].Value.Raw)
			})
		}
	}
}
