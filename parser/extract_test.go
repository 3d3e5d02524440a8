package parser

import (
	"strings"
	"testing"

	"github.com/perfdoc/perfdoc/model"
)

// tableOf builds a layout table from rows of cell texts ("^" marks a merge
// continuation), with text-export positions.
func tableOf(line int, rows ...[]string) Block {
	t := &Table{Pos: model.Pos{Line: line}}
	for _, r := range rows {
		var cells []Cell
		for _, c := range r {
			line++
			cell := Cell{Text: c, RowSpan: 1, ColSpan: 1, Pos: model.Pos{Line: line}}
			if c == "^" {
				cell = Cell{Merged: true, RowSpan: 1, ColSpan: 1, Pos: model.Pos{Line: line}}
			}
			cells = append(cells, cell)
		}
		t.Rows = append(t.Rows, cells)
	}
	return Block{Table: t}
}

func para(line int, text string) Block {
	return Block{Para: &Paragraph{Text: text, Pos: model.Pos{Line: line}}}
}

func warnings(d *model.Document) string {
	var s []string
	for _, w := range d.Warnings {
		s = append(s, w.Message)
	}
	return strings.Join(s, "\n")
}

func TestExtractTitleInFirstRow(t *testing.T) {
	doc := Extract([]Block{tableOf(1,
		[]string{"3.工作经费绩效目标表"},
		[]string{"203001某部门", "单位：万元"},
		[]string{"项目编码", "P1", "项目名称", "工作经费"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "人数", "5人"},
	)}, DefaultLimits)
	if len(doc.Projects) != 1 || doc.Projects[0].Index != 3 || doc.Projects[0].Name != "工作经费" || len(doc.Projects[0].Indicators) != 1 {
		t.Fatalf("%+v", doc.Projects)
	}
}

func TestExtractAmounts(t *testing.T) {
	doc := Extract([]Block{para(1, "1.x绩效目标表"), tableOf(2,
		[]string{"项目名称", "x", "项目编码", "P1"},
		[]string{"预算数", "6.16万元", "其中：财政资金", "约六万", "其他资金", "1,000.50"},
	)}, DefaultLimits)
	b := doc.Projects[0].Budget
	if b.Total == nil || *b.Total != "6.16" || b.Fiscal != nil || b.Other == nil || *b.Other != "1000.50" {
		t.Errorf("budget %v %v %v", b.Total, b.Fiscal, b.Other)
	}
	w := warnings(doc)
	if !strings.Contains(w, `amount "6.16万元" written with its unit`) || !strings.Contains(w, `amount "约六万" is not a number`) {
		t.Errorf("warnings:\n%s", w)
	}
	if len(doc.Unrecognized) != 1 || doc.Unrecognized[0].Text != "约六万" {
		t.Errorf("a non-number amount must land in unrecognized: %+v", doc.Unrecognized)
	}
}

func TestExtractGuessesAreWarnings(t *testing.T) {
	doc := Extract([]Block{
		para(1, "1.甲经费绩效目标表"), tableOf(2,
			[]string{"203001某部门", "单位：万元"},
			[]string{"项目名称", "甲经费", "项目编码", "P1"},
		),
		para(10, "2.乙经费绩效目标表"), tableOf(11,
			[]string{"项目编码", "P2"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"", "数量指标", "人数", "5人"},
		),
	}, DefaultLimits)
	q := doc.Projects[1]
	if q.Name != "乙经费" || q.Department.Code != "203001" || q.MoneyUnit != "万元" {
		t.Errorf("second project: %q %+v %q", q.Name, q.Department, q.MoneyUnit)
	}
	w := warnings(doc)
	for _, want := range []string{
		"project 2: no 项目名称 cell; name taken from the title",
		"project 2: no unit line; department and money unit taken from the project before",
		`indicator "人数" has no level 1 and none above it`,
	} {
		if !strings.Contains(w, want) {
			t.Errorf("no warning %q in:\n%s", want, w)
		}
	}
}

func TestExtractLevelFillDown(t *testing.T) {
	doc := Extract([]Block{para(1, "1.x绩效目标表"), tableOf(2,
		[]string{"项目名称", "x"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "a", "1人"},
		[]string{"^", "", "b", "2人"},
		[]string{"^", "质量指标", "c", "90%"},
		[]string{"效益指标", "", "d", "进一步提高"},
	)}, DefaultLimits)
	got := []string{}
	for _, i := range doc.Projects[0].Indicators {
		got = append(got, i.Level1+"/"+i.Level2+"/"+i.Name)
	}
	want := "产出指标/数量指标/a 产出指标/数量指标/b 产出指标/质量指标/c 效益指标//d"
	if strings.Join(got, " ") != want {
		t.Errorf("got %s\nwant %s", strings.Join(got, " "), want)
	}
	if !strings.Contains(warnings(doc), `indicator "d" has no level 2 and none above it`) {
		t.Errorf("a level 2 that cannot be filled down is a warning: %s", warnings(doc))
	}
}

func TestSpendingUnit(t *testing.T) {
	plan := func(label, total string, values ...string) *model.Document {
		row1 := []string{label, "3月底", "6月底", "12月底"}
		row2 := append([]string{"^"}, values...)
		return Extract([]Block{para(1, "1.x绩效目标表"), tableOf(2,
			[]string{"项目名称", "x", "项目编码", "P1", "单位：万元"},
			[]string{"预算数", total},
			row1, row2,
		)}, DefaultLimits)
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
		{"资金支出计划（%）", "8.00", []string{"20", "40", "80"}, "%", "neither 100% nor the budget"},
	}
	for _, tt := range tests {
		d := plan(tt.label, tt.total, tt.values...)
		sp := d.Projects[0].SpendingPlan
		w := warnings(d)
		if sp.Unit != tt.unit || (tt.warn == "") != (w == "") || !strings.Contains(w, tt.warn) {
			t.Errorf("%s %s %v: unit %q, warnings %q", tt.label, tt.total, tt.values, sp.Unit, w)
		}
	}
}
