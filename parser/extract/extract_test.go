package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// tableOf builds a layout table from rows of cell texts ("^" marks a merge
// continuation), with text-export positions.
func tableOf(line int, rows ...[]string) layout.Block {
	t := &layout.Table{Pos: model.Pos{Line: line}}
	for _, r := range rows {
		var cells []layout.Cell
		for _, c := range r {
			line++
			cell := layout.Cell{Text: c, RowSpan: 1, ColSpan: 1, Pos: model.Pos{Line: line}}
			if c == "^" {
				cell = layout.Cell{Merged: true, RowSpan: 1, ColSpan: 1, Pos: model.Pos{Line: line}}
			}
			cells = append(cells, cell)
		}
		t.Rows = append(t.Rows, cells)
	}
	return layout.Block{Table: t}
}

func para(line int, text string) layout.Block {
	return layout.Block{Para: &layout.Paragraph{Text: text, Pos: model.Pos{Line: line}}}
}

func warnings(d *model.Document) string {
	var s []string
	for _, w := range d.Warnings {
		s = append(s, diag.Message(&w, diag.English))
	}
	return strings.Join(s, "\n")
}

func TestExtractTitleInFirstRow(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"3.工作经费绩效目标表"},
		[]string{"203001某部门", "单位：万元"},
		[]string{"项目编码", "P1", "项目名称", "工作经费"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "人数", "5人"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	assert.Equal(t, 3, doc.Projects[0].Index)
	assert.Equal(t, "工作经费", doc.Projects[0].Name)
	assert.Len(t, doc.Projects[0].Indicators, 1)
}

func TestExtractAmounts(t *testing.T) {
	doc := Extract([]layout.Block{para(1, "1.x绩效目标表"), tableOf(2,
		[]string{"项目名称", "x", "项目编码", "P1"},
		[]string{"预算数", "6.16万元", "其中：财政资金", "约六万", "其他资金", "1,000.50"},
	)}, layout.DefaultLimits)
	b := doc.Projects[0].Budget
	assert.Equal(t, "6.16", deref(b.Total))
	assert.Nil(t, b.Fiscal)
	assert.Equal(t, "1000.50", deref(b.Other))
	w := warnings(doc)
	assert.Contains(t, w, `amount "6.16万元" written with its unit`)
	assert.Contains(t, w, `amount "约六万" is not a number`)
	require.Len(t, doc.Unrecognized, 1, "a non-number amount lands in unrecognized")
	assert.Equal(t, "约六万", doc.Unrecognized[0].Text)
}

func TestExtractGuessesAreWarnings(t *testing.T) {
	doc := Extract([]layout.Block{
		para(1, "1.甲经费绩效目标表"), tableOf(2,
			[]string{"203001某部门", "单位：万元"},
			[]string{"项目名称", "甲经费", "项目编码", "P1"},
		),
		para(10, "2.乙经费绩效目标表"), tableOf(11,
			[]string{"项目编码", "P2"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"", "数量指标", "人数", "5人"},
		),
	}, layout.DefaultLimits)
	q := doc.Projects[1]
	assert.Equal(t, "乙经费", q.Name)
	assert.Equal(t, "203001", q.Department.Code)
	assert.Equal(t, "万元", q.MoneyUnit)
	w := warnings(doc)
	for _, want := range []string{
		"project 2: no 项目名称 cell; name taken from the title",
		"project 2: no unit line; department and money unit taken from the project before",
		`indicator "人数" has no level 1 and none above it`,
	} {
		assert.Contains(t, w, want)
	}
}

func TestExtractLevelFillDown(t *testing.T) {
	doc := Extract([]layout.Block{para(1, "1.x绩效目标表"), tableOf(2,
		[]string{"项目名称", "x"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "a", "1人"},
		[]string{"^", "", "b", "2人"},
		[]string{"^", "质量指标", "c", "90%"},
		[]string{"效益指标", "", "d", "进一步提高"},
	)}, layout.DefaultLimits)
	got := []string{}
	for _, i := range doc.Projects[0].Indicators {
		got = append(got, i.Level1+"/"+i.Level2+"/"+i.Name)
	}
	assert.Equal(t, []string{"产出指标/数量指标/a", "产出指标/数量指标/b", "产出指标/质量指标/c", "效益指标//d"}, got)
	assert.Contains(t, warnings(doc), `indicator "d" has no level 2 and none above it`, "a level 2 that cannot be filled down is a warning")
}

func TestSpendingUnit(t *testing.T) {
	plan := func(label, total string, values ...string) *model.Document {
		row1 := []string{label, "3月底", "6月底", "12月底"}
		row2 := append([]string{"^"}, values...)
		return Extract([]layout.Block{para(1, "1.x绩效目标表"), tableOf(2,
			[]string{"项目名称", "x", "项目编码", "P1", "单位：万元"},
			[]string{"预算数", total},
			row1, row2,
		)}, layout.DefaultLimits)
	}
	tests := []struct {
		label, total string
		values       []string
		unit, warn   string
	}{
		{"资金支出计划（%）", "6.16", []string{"", "3.00", "6.16"}, "万元", "says % but the values are cumulative amounts"},
		{"资金支出计划（%）", "6.16", []string{"25", "50", "100"}, "%", ""},
		{"资金支出计划", "100.00", []string{"25", "50", "100"}, "万元", ""},
		{"资金支出计划（万元）", "8.00", []string{"25%", "50%", "100%"}, "%", ""},
		{"资金支出计划（%）", "8.00", []string{"20", "40", "80"}, "%", "neither 100% nor the budget; read as % as the label says"},
		{"资金支出计划（%）", "7.02", []string{"1.76", "4.39", "8.78"}, "万元", "neither 100% nor the budget 7.02; read as amounts in 万元"},
	}
	for _, tt := range tests {
		d := plan(tt.label, tt.total, tt.values...)
		sp := d.Projects[0].SpendingPlan
		w := warnings(d)
		assert.Equal(t, tt.unit, sp.Unit, "%s %s %v", tt.label, tt.total, tt.values)
		if tt.warn == "" {
			assert.Empty(t, w, "%s %s %v", tt.label, tt.total, tt.values)
		} else {
			assert.Contains(t, w, tt.warn, "%s %s %v", tt.label, tt.total, tt.values)
		}
	}
}

func TestExtractTableKinds(t *testing.T) {
	tests := []struct {
		name     string
		blocks   []layout.Block
		projects int
		check    func(t *testing.T, d *model.Document)
	}{
		{"a title with no table is no project", []layout.Block{para(1, "1.某某项目绩效目标表")}, 0, nil},
		{"two projects in one table", []layout.Block{tableOf(1,
			[]string{"项目名称", "甲"},
			[]string{"一级指标", "三级指标", "指标值"},
			[]string{"产出指标", "a", "1人"},
			[]string{"项目名称", "乙"},
			[]string{"一级指标", "三级指标", "指标值"},
			[]string{"产出指标", "b", "2人"},
		)}, 2, func(t *testing.T, d *model.Document) {
			assert.Equal(t, "乙", d.Projects[1].Name)
			assert.Equal(t, "b", d.Projects[1].Indicators[0].Name)
		}},
		{"a grid with no header block", []layout.Block{tableOf(1,
			[]string{"一级指标", "二级指标", "指标名称", "目标值", "完成值"},
			[]string{"产出指标", "产出数量", "培训人数", "100名", "98名"},
		)}, 1, func(t *testing.T, d *model.Document) {
			p := d.Projects[0]
			assert.Equal(t, model.KindSelfEvaluation, p.Kind)
			assert.Equal(t, "98名", p.Indicators[0].Actual.Raw)
		}},
		{"a table that names no project is no target table", []layout.Block{tableOf(1,
			[]string{"序号", "单位", "金额"},
			[]string{"1", "某局", "20"},
		)}, 0, func(t *testing.T, d *model.Document) {
			assert.Len(t, d.Unrecognized, 6)
		}},
		{"label and value in one cell", []layout.Block{tableOf(1,
			[]string{"项目名称：丙", "预算金额：12.5"},
			[]string{"指标名称", "指标值"},
			[]string{"c", "3个"},
		)}, 1, func(t *testing.T, d *model.Document) {
			assert.Equal(t, "丙", d.Projects[0].Name)
			assert.Equal(t, "12.5", deref(d.Projects[0].Budget.Total))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Extract(tt.blocks, layout.DefaultLimits)
			require.Len(t, d.Projects, tt.projects)
			if tt.check != nil {
				tt.check(t, d)
			}
		})
	}
}

// TestExtractSpansInTextExports: a text export prints a spanning cell once,
// so the row is shorter than its header; the cells are placed by what they
// hold.
func TestExtractSpansInTextExports(t *testing.T) {
	doc := Extract([]layout.Block{tableOf(1,
		[]string{"项目名称", "甲"},
		[]string{"绩效指标", "一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"", "产出指标", "数量指标", "培训人数", "≥100人"},
		[]string{"", "满意度指标", "学员满意度", "≥90%"},                  // 满意度指标 spans levels 1 and 2
		[]string{"", "", "社会效益指标", "提高学员就业能力，促进稳定就业，带动家庭增收致富。"}, // one text spans name and value
		[]string{"", "效益指标", "经济效益指标", "增收", "≥5万元"},
	)}, layout.DefaultLimits)
	require.Len(t, doc.Projects, 1)
	var got []string
	for _, i := range doc.Projects[0].Indicators {
		got = append(got, i.Level1+"/"+i.Level2+"/"+i.Name+"="+i.Value.Raw)
	}
	assert.Equal(t, []string{
		"产出指标/数量指标/培训人数=≥100人",
		"满意度指标/满意度指标/学员满意度=≥90%",
		"效益指标/经济效益指标/增收=≥5万元",
	}, got)
	assert.Contains(t, warnings(doc), "a text spans the name and value columns")
}

func TestLabelByShape(t *testing.T) {
	tests := []struct {
		label string
		want  field
	}{
		{"二级项目名称", fName}, {"项目主管部门", fDepartment}, {"项目实施单位名称", fImplementer},
		{"年度预算资金总额", fTotal}, {"其中：中央财政资金", fFiscal}, {"项目总预算金额", fProjectTotal},
		{"项目年度总体目标", fGoals}, {"项目中期目标", fLongGoals}, {"资金用途说明", fPurpose},
		{"年度履职目标", fGoals}, {"部门年度履职目标", fGoals},
		{"服务对象满意度", fNone}, {"社区养老服务补贴", fNone},
	}
	for _, tt := range tests {
		f, _, _ := defaultLexicon().lookupLabel(labelKey(tt.label))
		assert.Equal(t, tt.want, f, tt.label)
	}
}

// TestSpendingLabelBrokenByPage: a page break carried the end of the
// spending plan's label into the values row.
func TestSpendingLabelBrokenByPage(t *testing.T) {
	doc := Extract([]layout.Block{para(1, "1.x绩效目标表"), tableOf(2,
		[]string{"项目名称", "x", "单位：万元"},
		[]string{"预算数", "100"},
		[]string{"资金支出计划", "3月底", "6月底", "12月底"},
		[]string{"（%）", "25", "50", "100"},
	)}, layout.DefaultLimits)
	sp := doc.Projects[0].SpendingPlan
	assert.Equal(t, "资金支出计划（%）", sp.Label)
	require.Len(t, sp.Points, 3)
	assert.Equal(t, "50", deref(sp.Points[1].Value))
	assert.Equal(t, "%", sp.Unit)
}

// TestExtractZeroLimits: Extract with zero Limits caps cells at the default.
func TestExtractZeroLimits(t *testing.T) {
	long := strings.Repeat("长", layout.DefaultLimits.MaxCell)
	d := Extract([]layout.Block{tableOf(1, []string{"项目名称", long})}, layout.Limits{})
	require.Len(t, d.Projects, 1)
	n := len(d.Projects[0].Name)
	assert.True(t, n <= layout.DefaultLimits.MaxCell && n > layout.DefaultLimits.MaxCell-4, "name of %d bytes, cut at a character boundary under %d", n, layout.DefaultLimits.MaxCell)
	assert.Contains(t, warnings(d), "cut to the limit")
}

// TestExtractNoteRow: a note spanning the grid is no indicator and no level.
func TestExtractNoteRow(t *testing.T) {
	row := func(cells ...layout.Cell) []layout.Cell { return cells }
	at := func(col, span int, text string) layout.Cell {
		return layout.Cell{Text: text, ColSpan: span, Pos: model.Pos{Table: 1, Row: 1, Col: col}}
	}
	tbl := &layout.Table{Rows: [][]layout.Cell{
		row(at(1, 1, "项目名称"), at(2, 3, "甲")),
		row(at(1, 1, "一级指标"), at(2, 1, "二级指标"), at(3, 1, "三级指标"), at(4, 1, "指标值")),
		row(at(1, 1, "产出指标"), at(2, 1, "数量指标"), at(3, 1, "a"), at(4, 1, "1人")),
		row(at(1, 4, "注：以上指标为核心指标")),
		row(at(1, 1, ""), at(2, 1, ""), at(3, 1, "b"), at(4, 1, "2人")),
	}}
	d := Extract([]layout.Block{{Table: tbl}}, layout.DefaultLimits)
	require.Len(t, d.Projects[0].Indicators, 2)
	assert.Equal(t, "产出指标", d.Projects[0].Indicators[1].Level1, "the note is no level")
	require.Len(t, d.Unrecognized, 1)
	assert.Equal(t, "注：以上指标为核心指标", d.Unrecognized[0].Text)
}

// TestGridEmptyRows: rows with no cells under a grid header (an HTML <tr>
// with no <td>) are skipped, in either reader shape, and never panic.
// CI's FuzzHTML found the first row empty (index out of range in
// profileRows).
func TestGridEmptyRows(t *testing.T) {
	hdr := []string{"一级指标", "二级指标", "三级指标", "指标值"}
	for _, positioned := range []bool{false, true} {
		var rows [][]layout.Cell
		head := make([]layout.Cell, len(hdr))
		for i, h := range hdr {
			head[i] = layout.Cell{Text: h}
			if positioned {
				head[i].Pos.Col = i + 1
			}
		}
		title := []layout.Cell{{Text: "项目名称"}, {Text: "培训经费"}}
		if positioned {
			title[0].Pos.Col, title[1].Pos.Col = 1, 2
		}
		rows = append(rows, nil, title, head, nil, nil)
		data := []string{"产出指标", "数量指标", "培训人次", "≥100人次"}
		row := make([]layout.Cell, len(data))
		for i, d := range data {
			row[i] = layout.Cell{Text: d}
			if positioned {
				row[i].Pos.Col = i + 1
			}
		}
		rows = append(rows, row, nil)
		doc := Extract([]layout.Block{para(1, "1.培训经费绩效目标表"), {Table: &layout.Table{Rows: rows}}}, layout.DefaultLimits)
		var names []string
		for _, p := range doc.Projects {
			for _, in := range p.Indicators {
				names = append(names, in.Name)
			}
		}
		assert.Equal(t, []string{"培训人次"}, names, "positioned=%v", positioned)
	}
}

// deref shows a pointer's string, "<nil>" for nil.
func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// A notice's list of attachments, one a line (附件：1.…分配表 / 2.…绩效目标表),
// names the tables that follow under their own headings: its entries start
// no project (before: an empty project named after the list's second
// entry), whether 附件 is followed by a colon or glued to the first number
// (附件1.…分配表 / 2.…区域绩效目标表). A numbered title with no such list
// before it still starts one.
func TestAttachmentListEntryIsNoTitle(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"list of two", []string{"附件：1.2025年某县补助资金分配表", "2.2025年某补助资金绩效目标表"}, []string{"某补助"}},
		{"list of three", []string{"附件:1、某县资金分配表", "2、某县资金安排表", "3、2025年某补助资金绩效目标表"}, []string{"某补助"}},
		{"number glued to 附件", []string{"附件1.2025年某县补助资金分配表", "2.中央对地方转移支付区域绩效目标表"}, []string{"某补助"}},
		{"number and colon glued to 附件", []string{"附件1：某县资金分配表", "2、2025年某补助资金绩效目标表"}, []string{"某补助"}},
		{"no list", []string{"各乡镇财政所：", "2.2025年另一补助资金绩效目标表"}, []string{"2025年另一补助资金", "某补助"}},
		{"附件 heading, no list", []string{"附件2", "2.2025年另一补助资金绩效目标表"}, []string{"2025年另一补助资金", "某补助"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var blocks []layout.Block
			for i, l := range append(tt.lines, "某县农业农村局", "2025年3月17日") {
				blocks = append(blocks, para(i+1, l))
			}
			blocks = append(blocks, para(5, "附件1"), para(6, "2025年某县补助资金分配表"), tableOf(7,
				[]string{"乡镇", "补助经费(万元)", "备注"},
				[]string{"甲镇", "5", ""},
				[]string{"全县合计", "35", ""},
			), para(10, "附件2"), para(11, "某补助资金绩效目标表"), tableOf(20,
				[]string{"项目名称", "某补助"},
				[]string{"资金总额", "35"},
			))
			doc := Extract(blocks, layout.DefaultLimits)
			var got []string
			for _, p := range doc.Projects {
				got = append(got, p.Name)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestAttachmentTitleWithoutTable: a title of one attachment with no table
// under it, then another attachment's title over its table (附件1：甲… /
// 附件2：乙…), names the table by the second: the first is no project.
// A second title line of the same attachment, or with no number of its
// own (附件1：… / 项目支出绩效目标表, the form's name), stays the page's.
func TestAttachmentTitleWithoutTable(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"two attachments", []string{"附件1：甲项目绩效目标表", "附件2：乙项目绩效目标表"}, "乙项目绩效目标表"},
		{"numbers before a space", []string{"附件1 甲项目绩效目标表", "附件2 乙项目绩效目标表"}, "乙项目绩效目标表"},
		{"附表", []string{"附表1：甲项目绩效目标表", "附表2：乙项目绩效目标表"}, "乙项目绩效目标表"},
		{"the form's name under the title", []string{"附件1：甲项目绩效目标表", "项目支出绩效目标表"}, "甲项目绩效目标表"},
		{"the same attachment", []string{"附件1：甲项目绩效目标表", "附件1：乙项目绩效目标表"}, "甲项目绩效目标表"},
		{"no number before", []string{"甲项目绩效目标表", "附件2：乙项目绩效目标表"}, "甲项目绩效目标表"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var blocks []layout.Block
			for i, l := range tt.lines {
				blocks = append(blocks, para(i+1, l))
			}
			blocks = append(blocks, tableOf(10,
				[]string{"项目名称", "乙项目"},
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "培训人数", "≥100人"},
			))
			doc := Extract(blocks, layout.DefaultLimits)
			require.Len(t, doc.Projects, 1)
			assert.Equal(t, tt.want, doc.Projects[0].Title)
			assert.Equal(t, "乙项目", doc.Projects[0].Name)
		})
	}
}

// TestGridApartByParagraph: a grid goes on in the next table (no header,
// the same width) only across a page break: right after it, or after the
// marks a break prints (a page number, 续表). A table after any other
// paragraph (二、2022年绩效目标 under a self-evaluation's grid, then the next
// year's targets with no header) is another table: its columns are never
// read under the grid's captions, so its second target column is no result.
func TestGridApartByParagraph(t *testing.T) {
	grid := tableOf(1,
		[]string{"项目名称", "某项目"},
		[]string{"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"},
		[]string{"产出指标", "数量指标", "培训人数", "≥100人", "120人"},
		[]string{"", "质量指标", "合格率", "≥95%", "98%"},
	)
	wide := tableOf(30,
		[]string{"产出指标", "数量指标", "培训人数", "≥150人", "≥180人"},
		[]string{"", "时效指标", "完成时间", "2022年12月", "2023年12月"},
	)
	narrow := tableOf(30,
		[]string{"产出指标", "数量指标", "培训人数", "≥150人"},
		[]string{"", "时效指标", "完成时间", "2022年12月"},
	)
	title := para(0, "2021年项目支出绩效自评表")
	for _, tt := range []struct {
		name          string
		blocks        []layout.Block
		names, actual int
	}{
		{"a section heading, two target columns", []layout.Block{title, grid, para(20, "二、2022年绩效目标"), wide}, 2, 2},
		{"a section heading, one target column", []layout.Block{title, grid, para(20, "二、2022年绩效目标"), narrow}, 4, 2},
		{"a note", []layout.Block{title, grid, para(20, "注：下表为下一年度绩效目标"), wide}, 2, 2},
		{"a page break", []layout.Block{title, grid, wide}, 4, 4},
		{"a page number", []layout.Block{title, grid, para(20, "- 2 -"), wide}, 4, 4},
		{"第2页 共3页", []layout.Block{title, grid, para(20, "第 2 页 共 3 页"), wide}, 4, 4},
		{"续表", []layout.Block{title, grid, para(20, "（续表）"), wide}, 4, 4},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.blocks, layout.DefaultLimits)
			names, actual := 0, 0
			for _, p := range doc.Projects {
				for _, i := range p.Indicators {
					names++
					if i.Actual != nil {
						actual++
					}
				}
			}
			assert.Equal(t, tt.names, names, "indicators")
			assert.Equal(t, tt.actual, actual, "results")
		})
	}
}
