package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

// projWant is what a precision test expects of one project.
type projWant struct {
	name, budget, unit string
	n                  int // indicators
}

func checkProjects(t *testing.T, blocks []layout.Block, want []projWant) {
	t.Helper()
	doc := Extract(blocks, layout.DefaultLimits)
	var got []projWant
	for _, p := range doc.Projects {
		got = append(got, projWant{p.Name, deref(p.Budget.Total), p.MoneyUnit, len(p.Indicators)})
	}
	assert.Equal(t, want, got)
}

var wideCaptions = []string{"单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"}

// TestWideSubtotalRow: a row of a wide table that names a unit or
// department with its amount and nothing under it (no indicator, no goal)
// is a subtotal, not a project, whatever its label; the table's money unit
// holds for every project of the table.
func TestWideSubtotalRow(t *testing.T) {
	p1 := []string{"820001-某镇政府", "村干部报酬", "3,309,840.00", "按时发放", "产出指标", "数量指标", "发放人数", "≥", "95", "人", "50", "正向指标"}
	p1b := []string{"^", "^", "^", "^", "效益指标", "社会效益指标", "社会稳定", "≥", "95", "%", "50", "正向指标"}
	p2 := []string{"^", "组织活动经费", "660,000.00", "保障活动", "产出指标", "质量指标", "活动次数", "≥", "4", "次", "100", "正向指标"}
	want := []projWant{{"村干部报酬", "3309840.00", "元", 2}, {"组织活动经费", "660000.00", "元", 1}}
	blank := func(lead ...string) []string {
		r := make([]string, len(wideCaptions))
		copy(r, lead)
		return r
	}
	tests := []struct {
		name string
		rows [][]string
		want []projWant
	}{
		{"unit code and name under 单位名称, amount under 预算数",
			[][]string{wideCaptions, blank("820-某镇部门", "", "8,827,620.53"), p1, p1b, p2}, want},
		{"the subtotal label under 项目名称",
			[][]string{wideCaptions, blank("", "820-某镇部门", "8,827,620.53"), p1, p1b, p2}, want},
		{"the label over both columns",
			[][]string{wideCaptions, blank("820-某镇部门", "820-某镇部门", "8,827,620.53"), p1, p1b, p2}, want},
		{"a subtotal between two units' projects",
			[][]string{wideCaptions, p1, p1b, blank("821-另一部门", "821-另一部门", "660,000.00"), p2}, want},
		{"a subtotal last",
			[][]string{wideCaptions, p1, p1b, p2, blank("总计", "全部门", "3,969,840.00")}, want},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProjects(t, []layout.Block{para(1, "部门预算项目绩效目标申报表(2023年度)"), para(2, "金额单位:元"), tableOf(3, tt.rows...)}, tt.want)
		})
	}
}

// TestListTableNoProject: a list table before the target table (序号 |
// 单位 | 项目名称 | 金额, rows numbered 1, 2, 3, a 合计 row: an allocation
// of the funds) names no project and holds no indicator, whatever its
// captions, their order or its numbering; a title and a unit line that
// name nothing read under them (a notice's attachment list, its
// signature) are no project either. The captions may stand on several
// rows (a fund's caption spanning its columns over 小计 and the kinds of
// spending): one item is then a list too when a total's word is among them.
func TestListTableNoProject(t *testing.T) {
	target := tableOf(100,
		[]string{"项目名称", "某专项资金"},
		[]string{"主管部门", "某局"},
		[]string{"资金总额", "100", "其中:财政拨款", "100"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "建设工程数", "≥7个"},
	)
	want := []projWant{{"某专项资金", "100", "万元", 1}}
	tests := []struct {
		name string
		list [][]string
	}{
		{"序号 | 乡镇 | 项目名称 | 金额 | 备注, a 合计 row", [][]string{
			{"序号", "乡镇名称", "项 目 名 称", "金额", "备注"},
			{"1", "甲镇", "甲村排洪工程", "20", ""},
			{"2", "乙乡", "乙村水圳修复", "15", ""},
			{"3", "丙镇", "丙村河道治理", "65", ""},
			{"合计", "", "", "100", ""}}},
		{"units merged over their items, 单位名称 caption", [][]string{
			{"序号", "单位名称", "会展项目名称", "分配金额(万元)"},
			{"1", "甲委", "第五届博览会", "50"},
			{"2", "乙会", "设计推广周", "20"},
			{"3", "^", "海洋产业博览会", "30"},
			{"合 计", "100"}}},
		{"amount before the name, numbers with a dot, no total", [][]string{
			{"编号", "金额", "项目", "实施单位"},
			{"1.", "20", "甲村排洪工程", "甲镇"},
			{"2.", "80", "乙村水圳修复", "乙乡"}}},
		{"blank first caption", [][]string{
			{"", "单位", "项目名称", "金额"},
			{"1", "甲镇", "甲村排洪工程", "20"},
			{"2", "乙乡", "乙村水圳修复", "80"},
			{"合计", "", "", "100"}}},
		{"one item, a total under it", [][]string{
			{"序号", "项目单位", "补助项目", "补助金额", "备注"},
			{"1", "某图书馆", "智慧图书馆建设", "100", "标签标引1万条"},
			{"", "合计", "", "100", ""}}},
		{"captions on three rows (a fund over its 支出科目 over 小计), one item", [][]string{
			{"序号", "预算单位", "某福利", "^", "^"},
			{"^", "^", "(支出科目:2296002)", "^", "^"},
			{"^", "^", "小计", "甲经费", "乙服务费"},
			{"1", "某局", "11.7", "11.7", ""}}},
		{"captions on two rows, blank under the spanning one, two items", [][]string{
			{"序号", "单位名称", "医疗救助"},
			{"", "", "合计", "甲经费", "乙经费"},
			{"1", "甲局", "30", "30", ""},
			{"2", "乙局", "70", "", "70"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []layout.Block{
				para(1, "附件:1.某专项资金安排表 2.某专项资金绩效目标表"),
				para(2, "某局"),
				para(3, "某专项资金安排表"),
				tableOf(10, tt.list...),
				para(99, "某专项资金绩效目标表"),
				target,
			}
			checkProjects(t, blocks, want)
			// a text export runs the two tables together
			joined := tableOf(10, append(append([][]string{}, tt.list...), rowsOf(target)...)...)
			checkProjects(t, []layout.Block{para(3, "某专项资金绩效目标表"), joined}, want)
		})
	}
}

// TestNumberedGridNotList: numbered rows that hold targets are a grid's,
// not a list table's.
func TestNumberedGridNotList(t *testing.T) {
	checkProjects(t, []layout.Block{para(1, "某项目绩效目标表"), tableOf(2,
		[]string{"项目名称", "某项目"},
		[]string{"序号", "一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"1", "产出指标", "数量指标", "培训人次", "≥100人次"},
		[]string{"2", "产出指标", "质量指标", "合格率", "≥95%"},
		[]string{"3", "效益指标", "社会效益指标", "知晓率", "≥90%"},
	)}, []projWant{{"某项目", "<nil>", "", 3}}) // no amount: no money unit assumed
}

// rowsOf returns the texts of a table block's rows.
func rowsOf(b layout.Block) [][]string {
	var out [][]string
	for _, r := range b.Table.Rows {
		var row []string
		for _, c := range r {
			row = append(row, c.Text)
		}
		out = append(out, row)
	}
	return out
}

// TestMarkedAndPrefixedCaptions: a grid's captions with a required
// field's mark (一级指标*) or under the table's word (绩效指标值, 绩效度量单位)
// are the captions; a column of comparator signs beside a 指标方向性
// column of direction words is the comparator, whatever its caption says
// (指标性质, an unknown word, nothing), and a target never gets a sign no
// cell wrote (Raw is what the cells hold).
func TestMarkedAndPrefixedCaptions(t *testing.T) {
	for _, cmp := range []string{"绩效指标性质*", "指标性质", "运算符*", ""} {
		for _, head := range [][]string{
			{"一级指标*", "二级指标*", "三级指标*", cmp, "绩效指标值*", "绩效度量单位", "权重*", "指标方向性*"},
			{"*一级指标", "*二级指标", "*三级指标", cmp, "*指标值", "*度量单位", "*权重", "*指标方向性"},
		} {
			t.Run(cmp+"/"+head[0], func(t *testing.T) {
				doc := Extract([]layout.Block{para(1, "项目绩效目标表"), tableOf(2,
					[]string{"主管部门:", "某厅", "资金总额:", "2430.30"},
					head,
					[]string{"产出指标", "数量指标", "会展业综合收入", "≥", "280", "亿元", "30%", "正向指标"},
					[]string{"效益指标", "社会效益指标", "带动就业", "≥", "1000", "人", "40%", "正向指标"},
					[]string{"满意度指标", "服务对象满意度指标", "参展商满意度", "≥", "90", "%", "30%", "正向指标"},
				)}, layout.DefaultLimits)
				require.Len(t, doc.Projects, 1)
				var raws []string
				for _, ind := range doc.Projects[0].Indicators {
					raws = append(raws, ind.Value.Raw)
				}
				assert.Equal(t, []string{"≥280亿元", "≥1000人", "≥90%"}, raws)
			})
		}
	}
}

// TestRepeatedUnitCell: a unit cell that holds the value again (a sheet's
// date serial in both columns) is kept as written, not taken for the
// value's own unit; a value that carries its unit (100% | %) keeps it once.
func TestRepeatedUnitCell(t *testing.T) {
	tests := []struct {
		cells []string // 指标方向 | 目标值 | 计量单位
		want  string
	}{
		{[]string{"=", "44,561", "44,561"}, "=44,561 44,561"},
		{[]string{"", "44561", "44561"}, "44561 44561"},
		{[]string{"=", "100%", "%"}, "=100%"},
		{[]string{"≥", "24", "人/次"}, "≥24人/次"},
		{[]string{"=", "8", ""}, "=8"},
		{[]string{"", "个", "个"}, "个"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"项目名称", "某项目"},
				[]string{"一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位", "分值"},
				append(append([]string{"产出指标", "时效指标", "资金到位时间"}, tt.cells...), "10"),
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			var raws []string
			for _, ind := range doc.Projects[0].Indicators {
				raws = append(raws, ind.Value.Raw)
			}
			want := []string{tt.want}
			if tt.want == "个" {
				want = nil // a unit with no number is no target
			}
			assert.Equal(t, want, raws)
		})
	}
}

// TestUnfilledTemplateRows: in a grid with a name column, a row whose name
// cell is empty is no indicator, whatever numbers stand in its target and
// notes (an unfilled template: 数量指标 | | 88 | 100); a grid without a
// name column still names its rows by their deepest level, but not a row
// whose level cells are empty, nor where a blank caption stands over a
// column empty in every row between the level 1 and the target (the
// template's names, unfilled).
func TestUnfilledTemplateRows(t *testing.T) {
	tests := []struct {
		name string
		head []string
		rows [][]string
		want []string
	}{
		{"指标内容 empty throughout", []string{"一级指标", "二级指标", "指标内容", "指标值", "备注"},
			[][]string{{"产出指标", "数量指标", "", "88", "100"}, {"^", "质量指标", "", "88", "100"}, {"效益指标", "社会效益指标", "", "68", "100"}},
			nil},
		{"三级指标 empty in one row of a filled grid", []string{"一级指标", "二级指标", "三级指标", "指标值"},
			[][]string{{"产出指标", "数量指标", "培训人次", "≥100人次"}, {"^", "质量指标", "", "88"}, {"效益指标", "社会效益指标", "知晓率", "≥90%"}},
			[]string{"培训人次", "知晓率"}},
		{"no name column: the level 2 names the row", []string{"一级指标", "二级指标", "指标值"},
			[][]string{{"产出指标", "数量指标", "≥100人次"}, {"效益指标", "社会效益指标", "≥90%"}},
			[]string{"数量指标", "社会效益指标"}},
		{"no name column, the level cells empty: nothing names the row", []string{"一级指标", "二级指标", "指标值", "备注"},
			[][]string{{"产出指标", "", "88", "100"}, {"^", "", "88", "100"}, {"效益指标", "", "68", "100"}},
			nil},
		{"a blank caption over the empty names, left of the level 2", []string{"一级指标", "", "", "指标值", "备注"},
			[][]string{{"产出指标", "", "数量指标", "88", "100"}, {"^", "", "质量指标", "88", "100"}, {"效益指标", "", "社会效益指标", "68", "100"}},
			nil},
		{"a blank caption over the empty names, right of the level 2", []string{"一级指标", "二级指标", "", "指标值", "备注"},
			[][]string{{"产出指标", "数量指标", "", "88", "100"}, {"^", "质量指标", "", "88", "100"}, {"效益指标", "社会效益指标", "", "68", "100"}},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某项目"}, tt.head}, tt.rows...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			var names []string
			for _, ind := range doc.Projects[0].Indicators {
				names = append(names, ind.Name)
			}
			assert.Equal(t, tt.want, names)
		})
	}
}

// TestCaptionsByContent: where a grid's captions and its cells disagree,
// unambiguously, the cells decide. A target caption over descriptions
// (绩效标准 | 反映…情况) beside a column of targets the header leaves
// unknown or blank: that column is the target, the other the description.
// Captions one level too high (一级指标 over 数量指标, 二级指标 over the
// names, no 三级指标): each column is read one level down.
func TestCaptionsByContent(t *testing.T) {
	body := [][]string{
		{"数量指标", "维修维护次数", "反映全年维修维护情况", "2280次"},
		{"^", "安检巡察次数", "反映保卫巡检情况", "200次"},
		{"质量指标", "维修验收合格率", "反映维修维护质量情况", ">92%"},
		{"^", "设备验收合格率", "反映设备更新验收情况", "≥95%"},
		{"成本指标", "成本控制率", "", "不超预算"},
	}
	type ind struct{ l1, l2, name, desc, raw string }
	want := []ind{
		{"", "数量指标", "维修维护次数", "反映全年维修维护情况", "2280次"},
		{"", "数量指标", "安检巡察次数", "反映保卫巡检情况", "200次"},
		{"", "质量指标", "维修验收合格率", "反映维修维护质量情况", ">92%"},
		{"", "质量指标", "设备验收合格率", "反映设备更新验收情况", "≥95%"},
		{"", "成本指标", "成本控制率", "", "不超预算"},
	}
	withL1 := func(w []ind, l1 string) []ind {
		out := append([]ind(nil), w...)
		for i := range out {
			out[i].l1 = l1
		}
		return out
	}
	tests := []struct {
		name string
		head []string
		body [][]string
		want []ind
	}{
		{"一级 over level-2 words, 绩效标准 over descriptions, target caption unknown",
			[]string{"一级指标", "二级指标", "绩效标准", "当年预期实现值"}, body, want},
		{"target caption blank", []string{"一级指标", "二级指标", "绩效标准", ""}, body, want},
		{"target caption an unknown word", []string{"一级指标", "二级指标", "绩效标准", "数值"}, body, want},
		{"levels right, 指标值 over descriptions, target under 比较",
			[]string{"一级指标", "二级指标", "三级指标", "指标值", "比较"},
			prefixed(body, "产出指标"), withL1(want, "产出指标")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某项目"}, tt.head}, tt.body...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			var got []ind
			for _, x := range doc.Projects[0].Indicators {
				got = append(got, ind{x.Level1, x.Level2, x.Name, x.Description, x.Value.Raw})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// prefixed puts text before each row (a level-1 column).
func prefixed(rows [][]string, text string) [][]string {
	var out [][]string
	for _, r := range rows {
		out = append(out, append([]string{text}, r...))
	}
	return out
}

// TestTotalFromParts: a money block with no total amount (资金总额 a
// column caption over the 财政拨款 and 其他资金 rows) totals its parts; a
// total the block states is kept.
func TestTotalFromParts(t *testing.T) {
	tests := []struct {
		name   string
		rows   [][]string
		budget string
	}{
		{"the amount on the 财政拨款 row only", [][]string{
			{"资金情况(万元)", "资金来源", "资金总额"}, {"^", "其中:财政拨款", "500"}, {"^", "其他资金", ""}}, "500"},
		{"fiscal and other amounts", [][]string{
			{"资金情况(万元)", "资金来源", "资金总额"}, {"^", "其中:财政拨款", "300.5"}, {"^", "其他资金", "200"}}, "500.5"},
		{"other amount zero", [][]string{
			{"资金情况(万元)", "资金来源", "资金总额"}, {"^", "其中:财政拨款", "500"}, {"^", "其他资金", "0"}}, "500"},
		{"a stated total kept", [][]string{
			{"年度资金总额", "600"}, {"其中:财政拨款", "500"}, {"其他资金", ""}}, "600"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某专项"}}, tt.rows...)
			rows = append(rows, []string{"一级指标", "二级指标", "三级指标", "指标值"}, []string{"产出指标", "数量指标", "受益人数", "≥9200人"})
			checkProjects(t, []layout.Block{tableOf(1, rows...)}, []projWant{{"某专项", tt.budget, "万元", 1}})
		})
	}
}

// TestWideTwoRowHeader: a wide table whose project captions (单位代码 |
// 单位(专项)名称 | 资金总额 | 实施期绩效目标) span two header rows beside a
// 绩效指标 caption over the grid's captions: the project columns come from
// the first row, a unit row with its amount and nothing under it is no
// project, the captions are no goals.
func TestWideTwoRowHeader(t *testing.T) {
	grid := []string{"一级指标", "二级指标", "三级指标", "指标值", "指标值内容", "度量单位"}
	for _, nameCap := range []string{"单位(专项)名称", "项目名称"} {
		for _, blank := range []string{"", "^"} {
			top := []string{"单位代码", nameCap, "资金总额", "实施期绩效目标", "绩效指标", "", "", "", "", ""}
			second := append([]string{blank, blank, blank, blank}, grid...)
			rows := [][]string{top, second,
				{"505006", "某学校", "30.00", "", "", "", "", "", "", ""},
				{"505006", "学生伙食费", "30.00", "", "成本指标", "经济成本指标", "补助标准", "17元/人.每天", "反映用餐标准", "-"},
				{blank, blank, blank, blank, "^", "社会成本指标", "", "", "", "-"},
				{blank, blank, blank, blank, "产出指标", "数量指标", "补助学生数量", "168", "反映人数", "-"},
			}
			t.Run(nameCap+"/"+blank, func(t *testing.T) {
				doc := Extract([]layout.Block{para(1, "部门:505_某局金额单位:万元"), tableOf(2, rows...)}, layout.DefaultLimits)
				require.Len(t, doc.Projects, 1, "%+v", doc.Projects)
				p := doc.Projects[0]
				assert.Equal(t, "学生伙食费", p.Name)
				assert.Equal(t, "30.00", deref(p.Budget.Total))
				assert.Empty(t, p.LongTermGoals)
				var raws []string
				for _, ind := range p.Indicators {
					raws = append(raws, ind.Value.Raw)
				}
				assert.Equal(t, []string{"17元/人.每天", "168"}, raws)
			})
		}
	}
}

// TestLevel1MidBlock: a level 1 typed once in the middle of its block (the
// rows above left it blank) continues the level 2 above it; a level 1
// that follows another starts its own level 2s.
func TestLevel1MidBlock(t *testing.T) {
	type lv struct{ l1, l2, name string }
	for _, cont := range []string{"", "^"} {
		t.Run("level-2 cell "+map[string]string{"": "blank", "^": "merged"}[cont], func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"项目名称", "主体班"},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"", "数量指标", "培训人次", "280人次"},
				[]string{"", cont, "授课人次", "25人次"},
				[]string{"产出指标", cont, "开设课程数量", "220"},
				[]string{"", "质量指标", "培训完成率", "100%"},
				[]string{"满意度指标", "", "学员满意度", "≥95%"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			var got []lv
			for _, x := range doc.Projects[0].Indicators {
				got = append(got, lv{x.Level1, x.Level2, x.Name})
			}
			assert.Equal(t, []lv{
				{"", "数量指标", "培训人次"}, {"", "数量指标", "授课人次"}, {"产出指标", "数量指标", "开设课程数量"},
				{"产出指标", "质量指标", "培训完成率"}, {"满意度指标", "", "学员满意度"},
			}, got)
		})
	}
}

// TestProjectNameLabels: a label that names the project with words
// between 项目 and 名称 (项目支出名称, 项目(支出)名称) is the project's name;
// one that names its unit (项目单位名称) is not.
func TestProjectNameLabels(t *testing.T) {
	for _, tt := range []struct{ label, name string }{
		{"项目支出名称", "基本公共卫生专项"},
		{"项目(支出)名称", "基本公共卫生专项"},
		{"项目名称", "基本公共卫生专项"},
		{"项目单位名称", "某中心"},
	} {
		t.Run(tt.label, func(t *testing.T) {
			doc := Extract([]layout.Block{para(1, "2025年项目支出绩效目标表"), tableOf(2,
				[]string{tt.label, map[bool]string{true: "某中心", false: "基本公共卫生专项"}[tt.label == "项目单位名称"], "部门预算", "70.00"},
				[]string{"一级指标", "二级指标", "三级指标", "目标值"},
				[]string{"成本指标", "经济成本指标", "中心经费", "≤70万元"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			if tt.label == "项目单位名称" {
				assert.NotEqual(t, "某中心", doc.Projects[0].Name)
				return
			}
			assert.Equal(t, tt.name, doc.Projects[0].Name)
		})
	}
}

// TestQualifiedTargetCaption: a target caption with a qualifier in
// parentheses after it (计划指标值(或计划水平)) is a target caption: in a
// header that repeats the level 2, the name and the target (the
// mid-term block, then the year's), the year's block is read.
func TestQualifiedTargetCaption(t *testing.T) {
	for _, second := range []string{"计划指标值(或计划水平)", "指标值(或计划水平)", "年度指标值"} {
		t.Run(second, func(t *testing.T) {
			doc := Extract([]layout.Block{tableOf(1,
				[]string{"项目名称", "补助款结算"},
				[]string{"一级 指标", "二级 指标", "三级 指标", "指标值(或计划水平)", "二级 指标", "三级 指标", second},
				[]string{"预期产出指标", "时效指标(工期指标)", "支付及时性", "及时", "时效指标(工期指标、形象进度指标)", "支付及时性", "按期"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			require.Len(t, doc.Projects[0].Indicators, 1)
			ind := doc.Projects[0].Indicators[0]
			assert.Equal(t, "时效指标(工期指标、形象进度指标)", ind.Level2)
			assert.Equal(t, "按期", ind.Value.Raw)
		})
	}
}

// TestPointsColumnCaptionedAbove: a self-evaluation's column of points
// runs down the form's right edge under a caption high in the table
// (自评得分, then 100 | 20 beside the blocks); the grid's own header cell
// over it is the block's points (50). The caption names the column: the
// numbers under the grid are the scores (or weights, under 分值). Without
// such a caption, or with words between it and the grid, the numbers stay
// unplaced.
func TestPointsColumnCaptionedAbove(t *testing.T) {
	rows := func(caption, between string) [][]string {
		return [][]string{
			{"专项名称", "某补助资金"},
			{"中央主管部门", "某总局", caption},
			{"预算执行情况", "预算数:", "2.38", "执行数:", "2.38", between},
			{"年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "50"},
			{"", "产出指标", "质量指标", "查办率", "100%", "100%", "4"},
			{"", "", "时效指标", "完成时间", "2021年12月31日", "2021年12月31日", "3"},
		}
	}
	page := func(rs [][]string) []layout.Block {
		var b strings.Builder
		b.WriteString("<table>")
		for _, r := range rs {
			b.WriteString("<tr>")
			for k, c := range r {
				if len(r) < 7 && k == len(r)-1 {
					fmt.Fprintf(&b, `<td colspan="%d"></td>`, 7-len(r)) // the right edge stays column 7
				}
				fmt.Fprintf(&b, "<td>%s</td>", c)
			}
			b.WriteString("</tr>")
		}
		b.WriteString("</table>")
		blocks, err := html.Read([]byte(b.String()), layout.DefaultLimits)
		require.NoError(t, err)
		return blocks
	}
	tests := []struct {
		name        string
		blocks      []layout.Block
		score, wght string
	}{
		{"score, positioned", page(rows("自评得分", "20")), "4", "<nil>"},
		{"score, text export", []layout.Block{tableOf(1, rows("自评得分", "20")...)}, "4", "<nil>"},
		{"weight, text export", []layout.Block{tableOf(1, rows("分值", "20")...)}, "<nil>", "4"},
		{"no caption", []layout.Block{tableOf(1, rows("", "20")...)}, "<nil>", "<nil>"},
		{"words between", []layout.Block{tableOf(1, rows("自评得分", "说明")...)}, "<nil>", "<nil>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			inds := doc.Projects[0].Indicators
			require.Len(t, inds, 2)
			assert.Equal(t, "100%", inds[0].Value.Raw)
			assert.Equal(t, tt.score, deref(inds[0].Score))
			assert.Equal(t, tt.wght, deref(inds[0].Weight))
		})
	}
}

// TestFormWordsTitleNamesNothing: a title that holds only the form's own
// words (部门整体支出绩效自评表, 2024年县级部门整体支出绩效目标申报表) names no
// project; a department-wide table is named by its unit, whose label may
// be a level's (一级预算单位名称), have lost its first character
// (级预算单位名称), or be the bare 部门 (in a department-wide table only).
func TestFormWordsTitleNamesNothing(t *testing.T) {
	titles := []struct{ title, want string }{
		{"部门整体支出绩效自评表", ""},
		{"2024年县级部门整体支出绩效目标申报表", ""},
		{"项目支出绩效自评表", ""},
		{"财政支出绩效目标申报表", ""},
		{"2019年度宁晋县高中助学金项目绩效评价指标表", "2019年度宁晋县高中助学金项目"},
		{"某局2024年部门整体支出绩效目标表", "某局2024年部门整体支出"},
	}
	for _, tt := range titles {
		assert.Equal(t, tt.want, defaultLexicon().nameFromTitle(tt.title), tt.title)
	}
	grid := [][]string{
		{"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"},
		{"产出指标", "数量指标", "造林面积", "1.2万亩", "1.2万亩"},
	}
	const dept = "部门整体支出绩效自评表"
	tests := []struct {
		name, title string
		head        [][]string
		want        string
	}{
		{"unit label, first character lost", dept, [][]string{{"级预算单位名称", "某林业局"}}, "某林业局"},
		{"a level's unit label", dept, [][]string{{"二级预算单位名称", "某林业局"}}, "某林业局"},
		{"the bare 部门 of a department-wide table", dept, [][]string{{"部门", "某服务中心"}}, "某服务中心"},
		{"the bare 部门 of a project's table", "某项目绩效目标表", [][]string{{"部门", "某服务中心"}}, "某项目"},
		{"no unit", dept, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append(append([][]string{{tt.title}}, tt.head...), grid...)
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, doc.Projects[0].Name)
		})
	}
}

// TestSheetNumberEndsGridBody: a text export that runs a town's small
// tables together (表十二 | | | …, a title, 编制单位 …, then the next
// project's header block): the sheet's number alone in its row ends the
// rows the grid's columns are profiled on, so the block label's column
// (绩效指标, blank in the rows) is not taken for the names.
func TestSheetNumberEndsGridBody(t *testing.T) {
	table := func(name, budget string, inds ...[]string) [][]string {
		rows := [][]string{
			{"表十二", "", "", "", "", ""},
			{"2023年一般性项目绩效目标表(一级项目)"},
			{"编制单位:", "813-某镇", "单位:万元"},
			{"专项资金名称", name},
			{"当年预算", budget},
			{"绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值"},
		}
		return append(rows, inds...)
	}
	rows := table("某项目库", "229.66",
		[]string{"", "发放人数", "20", "人", "≥", "80"},
		[]string{"", "是否按时足额发放", "10", "%", "≥", "95"},
		[]string{"", "促进社会和谐", "20", "", "定性", ""},
		[]string{"", "保障收入", "20", "", "定性", ""},
	)
	rows = append(rows, table("某补助", "9.31",
		[]string{"", "按月发放", "20", "次", "=", "1"},
		[]string{"", "本土人才满意度", "10", "%", "≥", "95"},
		[]string{"", "发放金额", "20", "万元", "≥", "9.31"},
	)...)
	doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
	var got []string
	for _, p := range doc.Projects {
		for _, in := range p.Indicators {
			got = append(got, p.Name+":"+in.Name+"="+in.Value.Raw+"/"+deref(in.Weight))
		}
	}
	assert.Equal(t, []string{"某项目库:发放人数=≥80人/20", "某项目库:是否按时足额发放=≥95%/10",
		"某补助:按月发放==1次/20", "某补助:本土人才满意度=≥95%/10", "某补助:发放金额=≥9.31万元/20"}, got)
	assert.Contains(t, texts(doc), "表十二")
}

// TestNamesUnderLevelTwoCaption: a provincial 申报表 with no 三级指标 whose
// 二级指标 column holds the indicators' short names and whose 指标内容
// column holds their definitions as sentences (captions carrying a length
// limit: 指标内容（150字内）): the names are read from the level-2 column, the
// grid has no level 2, the sentences stay descriptions. Level-2 words under
// 二级指标, or names under 指标内容, keep the usual reading.
func TestNamesUnderLevelTwoCaption(t *testing.T) {
	head := []string{"项目年度绩效目标衡量指标", "一级指标", "二级指标", "分值", "指标内容(150字内)", "指标值(150字内)", "评分细则(150字内)"}
	tests := []struct {
		name string
		rows [][]string
		want []string // level2|name|description=value
	}{
		{"short names, definitions", [][]string{
			{"", "投入指标", "资金到位率", "5", "资金到位率=(实际到位资金/计划投入资金)×100%。", "资金到位率达100%", "到位率100%得5分。"},
			{"", "^", "预算支出进度", "15", "预算支出进度是否达到90%以上。", "预算支出进度达到90%以上", "每少1个百分点扣1分。"},
			{"", "过程指标", "项目资金专项核算", "5", "专项资金是否专款专用,专项核算。", "专款专用,专项核算", "否则扣分。"},
		}, []string{"|资金到位率|资金到位率=(实际到位资金/计划投入资金)×100%。=资金到位率达100%",
			"|预算支出进度|预算支出进度是否达到90%以上。=预算支出进度达到90%以上",
			"|项目资金专项核算|专项资金是否专款专用,专项核算。=专款专用,专项核算"}},
		{"two short names, one shaped as a level label", [][]string{
			{"", "投入指标", "资金到位率", "5", "资金到位率=(实际到位资金/计划投入资金)×100%。", "资金到位率达100%", "到位率100%得5分。"},
			{"", "^", "预算支出进度", "15", "预算支出进度是否达到90%以上。", "预算支出进度达到90%以上", "每少1个百分点扣1分。"},
		}, []string{"|资金到位率|资金到位率=(实际到位资金/计划投入资金)×100%。=资金到位率达100%",
			"|预算支出进度|预算支出进度是否达到90%以上。=预算支出进度达到90%以上"}},
		{"a level-2 word of the taxonomy and the form's own, names under 指标内容", [][]string{
			{"", "产出指标", "数量指标", "10", "完成村组道路硬化里程。", "≥10公里", "达到得分。"},
			{"", "管理指标", "道路管护", "10", "道路日常管护及时到位。", "及时到位", "达到得分。"},
		}, []string{"数量指标|完成村组道路硬化里程。|=≥10公里", "道路管护|道路日常管护及时到位。|=及时到位"}},
		{"two level labels, names under 指标内容", [][]string{
			{"", "产出指标", "数量指标", "10", "培训人数", "≥100人", "达到得分。"},
			{"", "^", "质量指标", "10", "培训合格率", "≥95%", "达到得分。"},
		}, []string{"数量指标|培训人数|=≥100人", "质量指标|培训合格率|=≥95%"}},
		{"level words, names under 指标内容", [][]string{
			{"", "产出指标", "数量指标", "10", "培训人数", "≥100人", "达到得分。"},
			{"", "^", "质量指标", "10", "培训合格率", "≥95%", "达到得分。"},
			{"", "效益指标", "社会效益指标", "10", "就业率", "≥80%", "达到得分。"},
		}, []string{"数量指标|培训人数|=≥100人", "质量指标|培训合格率|=≥95%", "社会效益指标|就业率|=≥80%"}},
	}
	// no description column: names alone under 二级指标 are the names;
	// level labels under it keep naming the indicators by their level
	plain := []string{"项目年度绩效目标衡量指标", "一级指标", "二级指标", "分值", "指标值(150字内)"}
	tests = append(tests, []struct {
		name string
		rows [][]string
		want []string
	}{
		{"names alone", [][]string{
			plain,
			{"", "投入指标", "资金到位率", "5", "资金到位率达100%"},
			{"", "^", "预算支出进度", "15", "预算支出进度达到90%以上"},
		}, []string{"|资金到位率|=资金到位率达100%", "|预算支出进度|=预算支出进度达到90%以上"}},
		{"level labels alone", [][]string{
			plain,
			{"", "产出指标", "数量指标", "5", "≥100人"},
			{"", "^", "质量指标", "15", "≥95%"},
		}, []string{"数量指标|数量指标|=≥100人", "质量指标|质量指标|=≥95%"}},
	}...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([][]string{{"项目名称", "某项目"}}, tt.rows...)
			if tt.rows[0][1] != "一级指标" {
				rows = append([][]string{{"项目名称", "某项目"}, head}, tt.rows...)
			}
			doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			var got []string
			for _, in := range doc.Projects[0].Indicators {
				got = append(got, in.Level2+"|"+in.Name+"|"+in.Description+"="+in.Value.Raw)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestAttachmentListNoTitle: a notice's list of attachments on one line
// (附件:1.项目奖励资金分配表2.项目绩效目标表) ends with a target table's name
// but is no title: it names two tables. A title alone still is one.
func TestAttachmentListNoTitle(t *testing.T) {
	tests := []struct {
		line  string
		title bool
	}{
		{"附件:1.项目奖励资金分配表2.项目绩效目标表", false},
		{"附件:1.某专项资金安排表 2.某专项资金绩效目标表", false},
		{"附件2:某专项资金绩效目标表", true},
		{"附表2.某项目绩效目标表", true},
		{"2.某专项资金绩效目标表", true},
		{"某项目支出绩效目标表(2022年度)", true},
	}
	for _, tt := range tests {
		_, _, ok := defaultLexicon().projectTitle(tt.line)
		assert.Equal(t, tt.title, ok, tt.line)
	}
}

// TestGridCaptionShapes: grid captions as other forms write them: the
// levels with 绩效 inside (一级绩效指标), a target named a plan or an
// expectation (年度计划值, 预期值), the weight and score with a word before
// them (指标分值, 指标得分); a scoring method (得分计算方法, 评分标准) is none.
func TestGridCaptionShapes(t *testing.T) {
	labels := []struct {
		caption string
		want    gridColumn
	}{
		{"一级绩效指标", cLevel1}, {"二级绩效指标", cLevel2}, {"三级绩效指标", cName},
		{"年度计划值", cValue}, {"预期值", cValue}, {"半年计划值", cHalfYear},
		{"指标分值", cWeight}, {"标准分", cWeight}, {"指标得分", cScore}, {"自评分", cScore},
		{"得分计算方法", cNone}, {"评分标准", cNone},
	}
	for _, tt := range labels {
		assert.Equal(t, tt.want, defaultLexicon().gridLabel(labelKey(tt.caption)), tt.caption)
	}
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某项目"},
		[]string{"一级绩效指标", "二级绩效指标", "三级绩效指标", "年度计划值", "指标分值"},
		[]string{"产出指标", "数量指标", "培训人数", "≥100人", "20"},
		[]string{"效益指标", "社会效益指标", "就业率", "≥80%", "30"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 2)
	assert.Equal(t, "社会效益指标", inds[1].Level2)
	assert.Equal(t, "≥80%", inds[1].Value.Raw)
	assert.Equal(t, "30", deref(inds[1].Weight))
}

// TestBlockLabelWithPoints: the block label down a grid's side may carry
// the block's points (绩效指标（90分）): it is no unknown caption.
func TestBlockLabelWithPoints(t *testing.T) {
	for _, tt := range []struct {
		label string
		want  bool
	}{{"绩效指标（90分）", true}, {"绩效指标", true}, {"绩效指标（必填）", false}, {"指标值（90分）", false}} {
		assert.Equal(t, tt.want, defaultLexicon().isBlockLabel(labelKey(tt.label)), tt.label)
	}
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "某项目"},
		[]string{"绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"", "产出指标", "数量指标", "人数", "≥10人"},
	)}, layout.DefaultLimits)
	assert.NotContains(t, warnings(doc), "绩效指标(90分)")
	assert.NotContains(t, texts(doc), "绩效指标(90分)")
}

// TestLoneCaptionRowAfterTargets: after a target table, a table whose only
// row is a list's captions (项目名称 | 中央、省级财政资金 | 资金计划 | 资金到位情况:
// its rows cut away) names no project; a lone row of labels and values
// (项目名称 | 某项目 | 主管部门 | 某局) still does.
func TestLoneCaptionRowAfterTargets(t *testing.T) {
	target := tableOf(1,
		[]string{"绩效指标", "一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"", "产出指标", "数量指标", "宣传次数", "至少全年完成2次宣传"},
		[]string{"", "^", "质量指标", "创建质量", "按质按量完成"},
	)
	tests := []struct {
		name  string
		lone  []string
		names []string
	}{
		{"captions", []string{"项目名称", "中央、省、市(州)、县级财政资金", "资金计划", "资金到位\n情况"}, []string{""}},
		{"labels and values", []string{"项目名称", "某项目", "主管部门", "某局"}, []string{"", "某项目"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{target, para(50, "1.资金到位"), tableOf(60, tt.lone)}, layout.DefaultLimits)
			var names []string
			for _, p := range doc.Projects {
				names = append(names, p.Name)
			}
			assert.Equal(t, tt.names, names)
		})
	}
}

// An allocation table that opens with its captions (预算单位 | 合计 | one
// column per fund | 备注), in a text export after its heading: it names no
// project, a label's value never being a total's word (before: a project
// with no name, its department read from a task cell, 103245亩…). A row
// of labels and values (预算单位 | 某局 | 项目名称 | 某项目) still opens one.
func TestAllocationCaptionsNameNoProject(t *testing.T) {
	target := "附件2\n某资金区域绩效目标表\n\t资金名称\n\t某资金\n\n\t年度金额(万元)\n\t158.18\n"
	tests := []struct {
		name  string
		table string
		names []string
	}{
		{"allocation", "附件1\n某资金分配表(任务清单)\n金额单位:万元\n" +
			"\t预算单位\n\t合计\n\t自然保护地体系建设(省级自然保护区补助)\n\t天然林保护(非国有省级公益林生态效益补偿)\n\t林业有害生物防治\n\t备注\n\n" +
			"\t政府收支分类功能科目代码\n\t小计\n\t2110406\n\t小计\n\t2130209\n\t小计\n\t2130234\n\t\n\n" +
			"\t某县林业局\n\t357.18\n\t199\n\t某保护区能力提升建设补助\n\t134.18\n\t103245亩非国有省级公益林生态效益补偿\n\t24\n\t林业有害生物防治补助\n\t\n\n\n",
			[]string{"某资金"}},
		{"labels and values", "\t预算单位\n\t某县林业局\n\t项目名称\n\t某项目\n\n\n", []string{"某项目", "某资金"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(text.Read(tt.table+target), layout.DefaultLimits)
			var names []string
			for _, p := range doc.Projects {
				names = append(names, p.Name)
			}
			assert.Equal(t, tt.names, names)
		})
	}
}

// TestRepeatedStandardIsNoTarget: a target caption (绩效标准) over a few
// words repeated down the rows (计划标准), no number among them, and left
// of it the one blank-captioned column of targets (10辆, ≥80M, 250万): that
// column is the target, the captioned one the description, whichever side
// of the names it stands.
func TestRepeatedStandardIsNoTarget(t *testing.T) {
	rows := [][]string{
		{"项目名称", "某项目"},
		{"一级指标", "二级指标", "", "", "绩效标准"},
		{"产出指标", "数量指标", "10辆", "配备车辆数", "计划标准"},
		{"^", "^", "≥80M", "风炮射程", "计划标准"},
		{"^", "质量指标", "优良", "空气质量", "计划标准"},
		{"^", "时效指标", "2023.07-2024.01", "服务周期", "计划标准"},
		{"^", "成本指标", "250万", "控制在预算成本内", "计划标准"},
		{"效益指标", "社会效益指标", "≥85%", "市民满意程度", "计划标准"},
	}
	doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	inds := doc.Projects[0].Indicators
	require.Len(t, inds, 6)
	assert.Equal(t, "配备车辆数", inds[0].Name)
	assert.Equal(t, "10辆", inds[0].Value.Raw)
	assert.Equal(t, "计划标准", inds[0].Description)
	assert.Equal(t, "≥85%", inds[5].Value.Raw)
}

// TestBlankCaptionOverMixedNames: with the names' caption blank and their
// texts mixed (a sentence, a deadline, an amount: no content rule reads
// them as names), the one blank-captioned column of distinct texts between
// the level 1 and the target names the indicators, where before the
// level-2 words did (数量指标 = 100).
func TestBlankCaptionOverMixedNames(t *testing.T) {
	rows := [][]string{
		{"项目名称", "某项目"},
		{"一级指标", "二级指标", "", "", "指标值(A)", "全年实际值(B)", "得分"},
		{"产出指标", "数量指标", "20", "针对监测帮扶对象发放边销茶", "100", "100", "20"},
		{"^", "时效指标", "10", "确定于2022年12月底前发放完毕", "100", "100", "9"},
		{"^", "成本指标", "10", "38.75万元", "38.75", "36.2", "9"},
	}
	doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var names []string
	for _, ind := range doc.Projects[0].Indicators {
		names = append(names, ind.Name)
	}
	assert.Equal(t, []string{"针对监测帮扶对象发放边销茶", "确定于2022年12月底前发放完毕", "38.75万元"}, names)
}

// TestNamesBesideDescriptionsNotRightOfTarget: the names' caption blank
// beside a 指标内容 column of sentences, and an unknown caption right of
// the target over a scoring rule's sentences (评分细则): the scoring rule
// is no names (content places no names right of a captioned target), and
// the short distinct texts left of the descriptions name the indicators.
func TestNamesBesideDescriptionsNotRightOfTarget(t *testing.T) {
	rows := [][]string{
		{"项目名称", "某项目"},
		{"一级指标", "", "", "指标内容", "指标值", "评分细则"},
		{"投入指标", "5", "资金到位率", "资金到位率=(实际到位资金/计划投入资金)×100%。", "资金到位率达100%", "到位率100%得5分,每少10个百分点扣1分。"},
		{"^", "15", "预算支出进度", "预算支出进度是否达到90%以上。", "达到90%以上", "达到90%以上得15分,每少1个百分点扣1分。"},
		{"过程指标", "5", "项目资金专项核算", "专项资金是否按财务规则专款专用、专项核算。", "专款专用、专项核算", "专款专用得2分,专项核算得3分,否则0分。"},
	}
	doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Name+"="+ind.Value.Raw)
	}
	assert.Equal(t, []string{"资金到位率=资金到位率达100%", "预算支出进度=达到90%以上", "项目资金专项核算=专款专用、专项核算"}, got)
	assert.Equal(t, "预算支出进度是否达到90%以上。", doc.Projects[0].Indicators[1].Description)
}

// TestLevelLabelsWithPoints: level labels that end with their points (产出
// 指标 40 分, 数量指标 15 分) are level labels: under a blank caption they
// are read as the level 1, never as the indicators' names.
func TestLevelLabelsWithPoints(t *testing.T) {
	rows := [][]string{
		{"项目名称", "某项目"},
		{"", "二级指标", "三级指标", "年初指标值", "年终完成值", "自评分"},
		{"产出 指标 40 分", "数量指标 15 分", "乡村道路养护里程", "300公里", "300公里", "15"},
		{"效益 指标 30 分", "社会效益指标 30 分", "受益人口", "≥1000人", "1200人", "30"},
	}
	doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, ind := range doc.Projects[0].Indicators {
		got = append(got, ind.Level1+"|"+ind.Name+"="+ind.Value.Raw)
	}
	assert.Equal(t, []string{"产出指标40分|乡村道路养护里程=300公里", "效益指标30分|受益人口=≥1000人"}, got)
}

// TestQuantityIsNoUnit: a number and a measure word (120个, 3500万人次: a
// spending item's quantity, a target) in a cell of a project's header
// block is no unit's code and name, however many digits lead it; a code
// and a unit's name (203001某某局) still is.
func TestQuantityIsNoUnit(t *testing.T) {
	tests := []struct {
		name, cell, code, unit string
	}{
		{"a quantity", "120个", "", ""},
		{"a target in 万人次", "3500万人次", "", ""},
		{"a unit line", "203001某某局", "203001", "某某局"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract([]layout.Block{para(1, "某惠民项目绩效目标表"), tableOf(2,
				[]string{"项目名称", "某惠民项目", ""},
				[]string{"支出明细", "金额", "说明"},
				[]string{"农家书屋更新", "20", tt.cell},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "更新书屋", "≥100个"},
			)}, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			d := doc.Projects[0].Department
			assert.Equal(t, tt.code, d.Code)
			assert.Equal(t, tt.unit, d.Name)
		})
	}
}

// Two blank captions right of the names over bare numbers and typed
// targets (10 | ≤65万元: the points and the target, their captions lost):
// the typed column is the target, the numbers are not (before: the first
// blank column of numbers was read as the target).
func TestTypedTargetsBeatBareNumbers(t *testing.T) {
	for _, rows := range [][][]string{
		{
			{"一级指标", "二级指标", "三级指标", "", "", "指标解释"},
			{"成本指标", "经济成本指标", "项目建设成本", "10", "≤65万元", "反映项目建设成本"},
		},
		{
			{"一级指标", "二级指标", "三级指标", "", "", "指标解释"},
			{"产出指标", "数量指标", "晾晒房面积", "20", "≥300平方米", "反映建设规模"},
			{"产出指标", "质量指标", "验收合格率", "10", "≥95%", "反映建设质量"},
		},
	} {
		doc := Extract([]layout.Block{tableOf(1, append([][]string{{"项目名称", "某建设项目"}}, rows...)...)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		var want []string
		for _, r := range rows[1:] {
			want = append(want, r[2]+"="+r[4])
		}
		assert.Equal(t, want, got)
	}
}

// A blank caption over short words in exactly the rows whose target is a
// bare number (人数 | % beside 80 | 95, empty beside the qualitative rows),
// a unit word among them: the units the targets lack, whichever side of
// the weight they stand (before: too few and too mixed for content, the
// words were read as descriptions or left, the targets without units).
func TestUnitsBesideBareTargets(t *testing.T) {
	// the unit's column right of the weight, then left of it
	for _, unitFirst := range []bool{false, true} {
		row := func(name, unit, weight, nature, val string) []string {
			if unitFirst {
				return []string{name, unit, weight, nature, val}
			}
			return []string{name, weight, unit, nature, val}
		}
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某补助项目"},
			row("指标", "", "指标权重", "指标性质", "指标值"),
			row("发放人数", "人数", "20", "≥", "80"),
			row("是否按时足额发放", "%", "10", "≥", "95"),
			row("工作效率", "", "20", "定性", "明显提升"),
			row("保障权益", "", "20", "定性", ""),
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw+"|"+ind.Description)
			}
		}
		assert.Equal(t, []string{"发放人数=≥80人数|", "是否按时足额发放=≥95%|", "工作效率=明显提升|"}, got, unitFirst)
	}
}

// A text export's transfer table whose rows are one cell longer than the
// header (a caption's span printed once, or lost): the areas are the
// header's last columns, so a row's areas are its last cells, never the
// description left of them (before: read by position, the first area's
// target was the description, 反映…情况, and every area a column off).
func TestAreasFromRowEnd(t *testing.T) {
	for _, extra := range []string{"反映项目资金使用合规情况", "合规性说明"} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某转移支付项目"},
			[]string{"一级指标", "二级指标", "三级指标", "甲县", "乙县", "丙县"},
			[]string{"产出指标", "质量指标", "项目资金使用合规性", extra, ">=95%", ">=95%", ">=95%"},
			[]string{"", "时效指标", "资金下达及时率", extra, "100%", "100%", "100%"},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				s := ind.Name + "=" + ind.Value.Raw
				for _, o := range ind.OtherValues {
					s += "|" + o.Label + ":" + o.Value.Raw
				}
				got = append(got, s)
			}
		}
		assert.Equal(t, []string{"项目资金使用合规性=>=95%|甲县:>=95%|乙县:>=95%|丙县:>=95%",
			"资金下达及时率=100%|甲县:100%|乙县:100%|丙县:100%"}, got, extra)
	}
}

// A grid named by its levels (一级指标 | 二级指标 | 指标值, its name column
// blank) whose row holds an unread text between the level 2 and the
// target (经济成本指标 | ≤ | 成本控制数 | 30): the text may be the name, the
// level label may be; the row is none, its cells unrecognized (before: the
// level label named the indicator). A sign or a unit there names nothing:
// the level label still names the row.
func TestLevelNameUndecided(t *testing.T) {
	for _, tt := range []struct {
		head, row []string
		want      []string
	}{
		{[]string{"一级指标", "二级指标", "", "", "指标值", "度量单位"},
			[]string{"产出指标", "经济成本指标", "≤", "成本控制数", "30", "万元"}, nil},
		{[]string{"一级指标", "二级指标", "", "指标值", "度量单位"},
			[]string{"产出指标", "经济成本指标", "≤", "30", "万元"}, []string{"经济成本指标=≤30万元"}},
	} {
		doc := Extract([]layout.Block{tableOf(1, []string{"项目名称", "某补助项目"}, tt.head, tt.row)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, tt.want, got, tt.row)
	}
}

// A score block under the grid whose rows put points where the name
// stands (预算绩效评价结果 | 考核节点进度完成率 | 10分 | 项目采购节约率 | 10分):
// no indicator is named by points, as none is named 0 (before: 10分 was the
// name and 项目采购节约率 the target).
func TestPointsNameNoIndicator(t *testing.T) {
	for _, points := range []string{"10分", "9.5分"} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "某建设项目"},
			[]string{"一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"},
			[]string{"产出指标", "数量指标", "购置仪器设备", "31台", "42台"},
			[]string{"预算绩效评价结果", "考核节点进度完成率", points, "项目采购节约率", points},
		)}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, []string{"购置仪器设备=31台"}, got, points)
	}
}

// A text export's transfer table whose header has a blank caption beside
// 一级指标 and a row of areas under 区域目标值, every row under it one cell
// short (the level-1 label printed once over both, or an empty cell
// merged down): the blank column is where each row's span goes (before:
// with no row as wide as the header to show the column empty, a row whose
// level-1 cell was merged down read its level 2 in the blank column, its
// name as the level 2 and its description as the name).
func TestHollowUnderAreas(t *testing.T) {
	rows := [][]string{
		{"项目名称", "某转移支付项目"},
		{"绩效指标", "一级指标", "", "二级指标", "三级指标", "指标解释", "区域目标值"},
		{"", "", "", "", "", "", "甲县", "乙县", "丙县", "丁县"},
		{"", "产出指标", "数量指标", "补助村数", "反映补助村数情况", "2", "3", "1", "2"},
		{"", "", "质量指标", "资金使用合规性", "反映资金使用合规情况", ">=95%", ">=95%", ">=95%", ">=95%"},
	}
	var b strings.Builder
	for _, r := range rows {
		for _, c := range r {
			b.WriteString("\t" + c + "\n")
		}
		b.WriteString("\n")
	}
	doc := Extract(text.Read(b.String()), layout.DefaultLimits)
	var got []string
	for _, p := range doc.Projects {
		for _, ind := range p.Indicators {
			got = append(got, ind.Level2+"|"+ind.Name+"|"+ind.Description+"="+ind.Value.Raw)
		}
	}
	assert.Equal(t, []string{"数量指标|补助村数|反映补助村数情况=2", "质量指标|资金使用合规性|反映资金使用合规情况=>=95%"}, got)
}

// A blank caption right after the levels over one text in every row (a
// value type, a flag the rows share: 数值型, 是) names no indicator: names
// differ from row to row. Before, every indicator was named 数值型 or 是.
// Distinct texts there still name them. A unit of the vocabulary there
// (台, 台（套）) is the unit column, and the level 2 names the rows.
func TestSharedWordIsNoName(t *testing.T) {
	for _, tt := range []struct {
		mid  [4]string
		want []string
	}{
		{[4]string{"数值型", "数值型", "数值型", "数值型"}, nil},
		{[4]string{"是", "是", "是", "是"}, nil},
		// a unit of the vocabulary is the unit column, as 台 and % are,
		// and the level 2 names the rows
		{[4]string{"台（套）", "台（套）", "台（套）", "台（套）"},
			[]string{"数量指标=30台（套）", "质量指标=50台（套）", "时效指标=60台（套）", "满意度指标=40台（套）"}},
		{[4]string{"台", "台", "台", "台"}, []string{"数量指标=30台", "质量指标=50台", "时效指标=60台", "满意度指标=40台"}},
		{[4]string{"购置设备", "设备验收合格率", "按期完成率", "群众满意度"},
			[]string{"购置设备=30", "设备验收合格率=50", "按期完成率=60", "群众满意度=40"}},
	} {
		doc := Extract([]layout.Block{tableOf(1, []string{"项目名称", "某补助项目"},
			[]string{"一级指标", "二级指标", "", "指标值"},
			[]string{"产出指标", "数量指标", tt.mid[0], "30"},
			[]string{"^", "质量指标", tt.mid[1], "50"},
			[]string{"^", "时效指标", tt.mid[2], "60"},
			[]string{"效益指标", "满意度指标", tt.mid[3], "40"})}, layout.DefaultLimits)
		var got []string
		for _, p := range doc.Projects {
			for _, ind := range p.Indicators {
				got = append(got, ind.Name+"="+ind.Value.Raw)
			}
		}
		assert.Equal(t, tt.want, got, tt.mid[0])
	}
}

// Two blank captions right of the names over bare numbers and typed values
// none of which compares (100 | 120人, 95 | 96%: the targets, their units in
// the names' parentheses, then the results): the bare numbers stay the
// targets. Before (the typed column taking the target whatever it held),
// every indicator's target was its result.
func TestUncomparedValuesBesideBareTargets(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1, []string{"项目名称", "某补助项目"},
		[]string{"一级指标", "二级指标", "三级指标", "", "", "分值", "得分"},
		[]string{"产出指标", "数量指标", "培训人数（人）", "100", "120人", "10", "10"},
		[]string{"^", "质量指标", "合格率（%）", "95", "96%", "10", "10"},
		[]string{"效益指标", "社会效益指标", "覆盖乡镇数（个）", "12", "12个", "10", "10"})}, layout.DefaultLimits)
	var got []string
	for _, p := range doc.Projects {
		for _, ind := range p.Indicators {
			got = append(got, ind.Name+"="+ind.Value.Raw)
		}
	}
	assert.Equal(t, []string{"培训人数（人）=100", "合格率（%）=95", "覆盖乡镇数（个）=12"}, got)
}
