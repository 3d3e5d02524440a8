package parser

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
)

// The template families of testdata/families: one small filing written for
// each family of layouts perfdoc reads (the numbers follow the families in
// docs/formats-and-templates.md, "Templates read"). Every file also has a golden (TestGolden);
// these tests state what each family is about, so that a golden update that
// breaks a family fails here.

func family(t *testing.T, name string) *model.Document {
	t.Helper()
	return parseFile(t, "families/"+name)
}

// ind finds the indicator of d named name.
func ind(t *testing.T, d *model.Document, name string) model.Indicator {
	t.Helper()
	for _, p := range d.Projects {
		for _, i := range p.Indicators {
			if i.Name == name {
				return i
			}
		}
	}
	require.Failf(t, "no indicator", "%q not found", name)
	return model.Indicator{}
}

func TestFamilyTitles(t *testing.T) {
	d := family(t, "01-titles.txt")
	require.Len(t, d.Projects, 3)
	// a title broken over three lines, with a year tail
	assert.Equal(t, "某市园林绿化管理处城区道路绿化养护项目绩效目标批复表（2024年度）", d.Projects[0].Title)
	// Chinese-numbered 申报表 title
	assert.Equal(t, 2, d.Projects[1].Index)
	assert.Equal(t, "公园运营维护项目绩效目标申报表", d.Projects[1].Title)
	// no title at all: the table opens with 项目名称 after another project's grid
	assert.Equal(t, "", d.Projects[2].Title)
	assert.Equal(t, "古树名木保护项目", d.Projects[2].Name)
	assert.Equal(t, "12", deref(d.Projects[2].Budget.Total))
	assert.Equal(t, 2024, d.Year)

	d = family(t, "01-title-in-table.html")
	require.Len(t, d.Projects, 1)
	p := d.Projects[0]
	assert.Equal(t, "2023年某省区域绩效目标表", p.Title, "a title in the table's first row")
	assert.Equal(t, model.KindTransfer, p.Kind)
	assert.Equal(t, "农村公路养护补助资金", p.Name)
	assert.Equal(t, "12500.00", deref(p.Budget.Total))
	assert.Equal(t, 2023, d.Year)
}

func TestFamilyDepartment(t *testing.T) {
	d := family(t, "02-department.html")
	require.Len(t, d.Projects, 1)
	p := d.Projects[0]
	assert.Equal(t, model.KindDepartment, p.Kind)
	assert.Equal(t, "某县卫生健康局", p.Name)
	assert.Equal(t, model.Department{Code: "318001", Name: "某县卫生健康局"}, p.Department)
	assert.Equal(t, "1856.32", deref(p.Budget.Total))
	assert.Equal(t, "1800.00", deref(p.Budget.Fiscal))
	assert.Equal(t, []model.LabeledText{{Label: "上级补助", Text: "50.00", Source: p.Budget.Items[0].Source}}, p.Budget.Items)
	assert.Equal(t, []string{"基本公共卫生服务覆盖率稳步提高；", "保障机关正常运转。"}, p.Goals)
	assert.Len(t, p.Attributes, 6, "the 年度主要任务 sub-table, labelled")
	assert.Len(t, p.Indicators, 4)
	assert.Empty(t, d.Unrecognized)
}

func TestFamilyColumns(t *testing.T) {
	d := family(t, "03-columns.html")
	require.Len(t, d.Projects, 3)
	// columns in another order, annotations in level cells, a spaced level
	i := ind(t, d, "老人满意度")
	assert.Equal(t, "满意度指标(10分)", i.Level1)
	assert.Equal(t, "≥90%", i.Value.Raw)
	i = ind(t, d, "补贴老人人数")
	assert.Equal(t, "数量指标(必填)", i.Level2)
	assert.Equal(t, "按季度发放", i.Notes)
	assert.Len(t, d.Projects[0].Indicators, 3, "the 合计 row is no indicator")
	// two levels, empty level cells filled down, weights
	i = ind(t, d, "参与人数")
	assert.Equal(t, "产出", i.Level1)
	assert.Equal(t, "30", deref(i.Weight))
	// no level at all
	i = ind(t, d, "完工时间")
	assert.Equal(t, "", i.Level1)
	assert.Equal(t, "2025-09-30", i.Value.Date)
}

func TestFamilySplitValues(t *testing.T) {
	d := family(t, "04-split.html")
	i := ind(t, d, "新建供水工程")
	assert.Equal(t, "≥12处", i.Value.Raw, "comparator + number + unit")
	assert.Equal(t, "定量", i.Nature)
	assert.Equal(t, "20", deref(i.Weight))
	require.Len(t, i.ValueParts, 4)
	assert.Equal(t, "度量单位", i.ValueParts[3].Label)
	i = ind(t, d, "供水保障水平")
	assert.Equal(t, "明显提高", i.Value.Raw, "正向 is no comparator")
	// unit column before the number
	i = ind(t, d, "监测站点")
	assert.Equal(t, "≥8个", i.Value.Raw)
	assert.Equal(t, model.OpGE, i.Value.Op)
}

func TestFamilyValueColumns(t *testing.T) {
	d := family(t, "05-multivalue.html")
	require.Len(t, d.Projects, 3)
	p := d.Projects[0]
	assert.Equal(t, "1200", deref(p.Budget.Total), "the year's total, not the mid-term one")
	assert.Equal(t, []string{"建成高标准农田3万亩"}, p.LongTermGoals)
	assert.Equal(t, []string{"建成高标准农田1.2万亩"}, p.Goals)
	i := ind(t, d, "粮食增产")
	assert.Equal(t, "≥240万公斤", i.Value.Raw, "the year's block is the target")
	require.Len(t, i.OtherValues, 1)
	assert.Equal(t, model.RoleLongTerm, i.OtherValues[0].Role)
	assert.Equal(t, "≥600万公斤", i.OtherValues[0].Value.Raw)
	// a two-row header: 指标值 over 半年 | 全年
	i = ind(t, d, "管护完成率")
	assert.Equal(t, "100%", i.Value.Raw)
	require.Len(t, i.OtherValues, 1)
	assert.Equal(t, model.RoleHalfYear, i.OtherValues[0].Role)
	assert.Equal(t, "50%", i.OtherValues[0].Value.Raw)
	// last year's result beside this year's target
	i = ind(t, d, "资助学生人数")
	assert.Equal(t, "≥1900人", i.Value.Raw)
	assert.Equal(t, model.RoleLastYearActual, i.OtherValues[0].Role)
	assert.Empty(t, d.Unrecognized)
}

func TestFamilySelfEvaluation(t *testing.T) {
	d := family(t, "06-selfeval.txt")
	require.Len(t, d.Projects, 1)
	p := d.Projects[0]
	assert.Equal(t, model.KindSelfEvaluation, p.Kind)
	assert.Equal(t, "1020.50", deref(p.Budget.Total))
	assert.Equal(t, "1020.50", deref(p.Budget.Initial))
	assert.Equal(t, "998.20", deref(p.Budget.Executed))
	assert.Equal(t, []string{"补贴已全部发放到户。"}, p.GoalResults)
	i := ind(t, d, "补贴发放时间")
	assert.Equal(t, "2025年6月底前", i.Value.Raw)
	require.NotNil(t, i.Actual)
	assert.Equal(t, model.KindDeadline, i.Actual.Kind)
	assert.Equal(t, "2025-07-15", i.Actual.Date)
	assert.Equal(t, "20", deref(i.Weight))
	assert.Equal(t, "15", deref(i.Score))
	assert.Equal(t, "个别街道核实延迟，下年提前部署。", i.Reason)
	assert.Len(t, p.Indicators, 3, "the 总分 row is no indicator")
}

func TestFamilyHeaderLabels(t *testing.T) {
	d := family(t, "07-labels.html")
	require.Len(t, d.Projects, 2)
	p := d.Projects[0]
	assert.Equal(t, "文化惠民演出", p.Name, "项目（专项）名称")
	assert.Equal(t, model.Department{Code: "433", Name: "某市文化广电旅游局"}, p.Department)
	assert.Equal(t, &model.Department{Code: "433002", Name: "某市演艺中心"}, p.Implementer)
	assert.Equal(t, "经常性项目", p.Category)
	assert.Equal(t, "2026年1月-2026年12月", p.Period)
	// label and amount in one multi-line cell
	assert.Equal(t, "150", deref(p.Budget.Total))
	assert.Equal(t, "120", deref(p.Budget.Fiscal))
	assert.Equal(t, "10", deref(p.Budget.Other))
	assert.Equal(t, "上级补助", p.Budget.Items[0].Label)
	assert.Equal(t, "万元", p.MoneyUnit, "the unit written with the amount")
	assert.Equal(t, []string{"打造城市文化品牌。"}, p.LongTermGoals)
	assert.Len(t, p.Goals, 2)
	// an amount with words after it
	assert.Equal(t, "854", deref(d.Projects[1].Budget.Total))
}

func TestFamilyUnitLine(t *testing.T) {
	d := family(t, "08-unitline.txt")
	require.Len(t, d.Projects, 4)
	assert.Equal(t, model.Department{Code: "330201", Name: "某区城市管理局"}, d.Projects[0].Department)
	assert.Equal(t, "万元", d.Projects[0].MoneyUnit)
	assert.Equal(t, "某区城市管理局", d.Projects[1].Department.Name, "编制单位： and 金额单位： in one line")
	assert.Equal(t, "元", d.Projects[1].MoneyUnit)
	assert.Equal(t, "千元", d.Projects[2].MoneyUnit, "the unit only in a header label")
	assert.Empty(t, d.Unrecognized)
}

func TestFamilyArtefacts(t *testing.T) {
	d := family(t, "09-artefacts.html")
	assert.Equal(t, "gb18030", d.Source.Encoding)
	assert.Equal(t, "1286.40", deref(d.Projects[0].Budget.Total), "thousands separator")
	i := ind(t, d, "竣工时间")
	assert.Equal(t, "2021-12-31", i.Value.Date, "an Excel date serial")
	assert.NotEmpty(t, i.Value.Warnings)
	assert.Equal(t, model.OpGE, ind(t, d, "改造户数").Value.Op, "ASCII >=")
	assert.Equal(t, "95", ind(t, d, "受益农户满意度").Value.Number, "an OCR'd page's stray spaces")
}

func TestFamilyValues(t *testing.T) {
	d := family(t, "10-values.txt")
	tests := []struct {
		name string
		kind model.Kind
		want string // date, or op+number+unit
	}{
		{"资金拨付时间", model.KindDeadline, "2026-10-31"},
		{"建设周期", model.KindDeadline, "2026-11-30"},
		{"修建产业路(公里)", model.KindQuantity, "=8公里"},
		{"带动务工人数(≥**人)", model.KindQuantity, ">=150人"},
		{"务工报酬标准", model.KindQuantity, ">=150元/人·天"},
		{"管护费用", model.KindQuantity, "<=3万元/月"},
		{"带动群众增收", model.KindQualitative, "improve"},
		{"网络覆盖", model.KindQuantity, ">=100M"},
		{"设施使用年限", model.KindQuantity, ">=10年"},
	}
	for _, tt := range tests {
		v := ind(t, d, tt.name).Value
		got := v.Date
		switch v.Kind {
		case model.KindQuantity:
			got = string(v.Op) + v.Number + v.Unit
		case model.KindQualitative:
			got = string(v.Direction)
		}
		assert.Equal(t, tt.kind, v.Kind, tt.name)
		assert.Equal(t, tt.want, got, tt.name)
	}
}
