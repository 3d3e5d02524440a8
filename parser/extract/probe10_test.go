package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

// Tests of the tenth probe round (testdata/probe 123-156): layouts the
// new probe filings found misread, one family each.

// weightOf writes an indicator as name=target|weight (the weight blank
// when none was read).
func weightOf(ind *model.Indicator) string {
	w := ""
	if ind.Weight != nil {
		w = *ind.Weight
	}
	return ind.Name + "=" + ind.Value.Raw + "|" + w
}

// A caption no synonym table knows that names money (分配资金（万元）,
// 资金金额, 金额（元）: namesMoney) holds amounts — a transfer table's
// money per area beside its indicators — never a weight or a score,
// however its numbers add up: the column is left unrecognized. Before,
// its amounts were read as the indicators' weights (HEADER-GUESSED). An
// unknown caption that names no money over such numbers is still a
// weight by content.
func TestMoneyCaptionIsNoWeight(t *testing.T) {
	for _, tt := range []struct {
		caption string
		want    []string
	}{
		{"分配资金（万元）", []string{"一事一议项目数=≥25个|", "受益群众=≥3万人|", "村级道路硬化=≥10公里|"}},
		{"资金金额", []string{"一事一议项目数=≥25个|", "受益群众=≥3万人|", "村级道路硬化=≥10公里|"}},
		{"金额（元）", []string{"一事一议项目数=≥25个|", "受益群众=≥3万人|", "村级道路硬化=≥10公里|"}},
		{"比重", []string{"一事一议项目数=≥25个|30", "受益群众=≥3万人|30", "村级道路硬化=≥10公里|40"}},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "农村综合改革资金"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值", tt.caption},
			[]string{"产出指标", "数量指标", "一事一议项目数", "≥25个", "30"},
			[]string{"效益指标", "社会效益指标", "受益群众", "≥3万人", "30"},
			[]string{"产出指标", "数量指标", "村级道路硬化", "≥10公里", "40"},
		)}, layout.DefaultLimits)
		assert.Equal(t, tt.want, indicatorStrings(doc, weightOf), tt.caption)
	}
}

// tikaExport writes rows as a Tika text export: a cell a line after a
// tab, a blank line after each row.
func tikaExport(rows ...[]string) string {
	var b strings.Builder
	for _, r := range rows {
		for _, c := range r {
			b.WriteString("\t" + c + "\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// In a text export, a row one cell short of a header with a description
// column (三级指标 | 指标内容 | 指标值), whose name's cell spanned the
// description's and was printed once, is aligned with the name over both
// columns, not the target: a target (≥30万人次) fits no description
// (lexicon.fit). Before, the two spans tied and the target's won: the
// target was read as the description too (a value in a field no header
// justifies), where the HTML form of the same table gives the name.
func TestShortRowTargetIsNoDescription(t *testing.T) {
	for _, tt := range []struct {
		row  []string
		want string
	}{
		{[]string{"产出指标", "数量指标", "年接待读者人次", "≥30万人次"}, "年接待读者人次|年接待读者人次|≥30万人次"},
		{[]string{"满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"}, "读者满意度|读者满意度|≥90%"},
		{[]string{"产出指标", "质量指标", "图书外借率", "外借册次占馆藏比例", "≥60%"}, "图书外借率|外借册次占馆藏比例|≥60%"},
	} {
		doc := Extract(text.Read(tikaExport(
			[]string{"项目名称", "公共图书馆免费开放项目"},
			[]string{"一级指标", "二级指标", "三级指标", "指标内容", "指标值"},
			[]string{"产出指标", "质量指标", "图书外借率", "外借册次占馆藏比例", "≥60%"},
			tt.row,
		)), layout.DefaultLimits)
		got := indicatorStrings(doc, func(ind *model.Indicator) string {
			return ind.Name + "|" + ind.Description + "|" + ind.Value.Raw
		})
		assert.Equal(t, []string{"图书外借率|外借册次占馆藏比例|≥60%", tt.want}, got, tt.row[2])
	}
}

// levelsName writes an indicator as level1|level2|name.
func levelsName(ind *model.Indicator) string {
	return ind.Level1 + "|" + ind.Level2 + "|" + ind.Name
}

// A grid with no level-2 column whose level-1 cell writes both levels
// joined by a separator (指标类别 over 产出指标-数量指标, 效益指标／社会效益指标,
// 满意度指标—服务对象满意度指标: splitLevels) reads each as its level.
// Before, the whole cell was the level 1 and the level 2 was empty: a
// level-2 label in the level-1 field. A cell whose second part is no
// level-2 label (产出指标-1) stays whole, and a grid with a level-2
// column is read as written.
func TestBothLevelsInOneCell(t *testing.T) {
	for _, tt := range []struct {
		header []string
		rows   [][]string
		want   []string
	}{
		{[]string{"指标类别", "指标名称", "指标值"},
			[][]string{{"产出指标-数量指标", "改造农村户厕", "≥500户"}, {"产出指标-质量指标", "改厕验收合格率", "≥95%"}, {"效益指标／社会效益指标", "受益农户", "≥300户"}, {"满意度指标—服务对象满意度指标", "农户满意度", "≥90%"}},
			[]string{"产出指标|数量指标|改造农村户厕", "产出指标|质量指标|改厕验收合格率", "效益指标|社会效益指标|受益农户", "满意度指标|服务对象满意度指标|农户满意度"}},
		{[]string{"一级指标", "三级指标", "指标值"},
			[][]string{{"产出指标：数量指标", "改造农村户厕", "≥500户"}, {"产出指标-1", "改厕验收合格率", "≥95%"}},
			[]string{"产出指标|数量指标|改造农村户厕", "产出指标-1||改厕验收合格率"}},
		{[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[][]string{{"产出指标-数量指标", "", "改造农村户厕", "≥500户"}},
			[]string{"产出指标-数量指标||改造农村户厕"}},
	} {
		rows := [][]string{{"项目名称", "农村人居环境整治项目"}, tt.header}
		rows = append(rows, tt.rows...)
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		assert.Equal(t, tt.want, indicatorStrings(doc, levelsName), tt.header[0])
	}
}

// A goals label spanning down over one goal a row (年度绩效目标 | 目标1：…
// over | 目标2：… and | 目标3：…, the label's cell merged or, in a text
// export, blank below it) reads every row's goal: a row led by a blank
// or merged cell whose one text stands in the column of the goal beside
// the label (goalsCell). 中长期绩效目标 alike. Before, only the first goal
// was read and the others were unrecognized (real filing 29 lost its
// second goal and its second long-term goal so). A text in another column
// or beside another text is no further goal.
func TestGoalsOneARowUnderSpanningLabel(t *testing.T) {
	for _, tt := range []struct {
		name      string
		rows      [][]string
		goals     []string
		longGoals []string
	}{
		{"merged label", [][]string{{"年度绩效目标", "目标1：保障平台稳定运行。"}, {"^", "目标2：受理案件20万件以上。"}, {"^", "目标3：满意度90%以上。"}},
			[]string{"目标1：保障平台稳定运行。", "目标2：受理案件20万件以上。", "目标3：满意度90%以上。"}, nil},
		{"blank below the label", [][]string{{"年度绩效目标", "1.保障平台稳定运行；"}, {"", "2.受理案件20万件以上。"}},
			[]string{"保障平台稳定运行；", "受理案件20万件以上。"}, nil},
		{"long-term goals", [][]string{{"中长期绩效目标", "1.实现全覆盖；"}, {"^", "2.提高标准。"}, {"年度绩效目标", "按时发放。"}},
			[]string{"按时发放。"}, []string{"实现全覆盖；", "提高标准。"}},
		{"a text in another column", [][]string{{"年度绩效目标", "保障平台稳定运行。", ""}, {"", "", "其他说明"}},
			[]string{"保障平台稳定运行。"}, nil},
		{"two texts", [][]string{{"年度绩效目标", "保障平台稳定运行。", ""}, {"", "资金来源", "财政拨款"}},
			[]string{"保障平台稳定运行。"}, nil},
	} {
		rows := [][]string{{"项目名称", "智慧城管平台运维项目"}, {"年度资金总额（万元）", "350.00"}}
		rows = append(rows, tt.rows...)
		rows = append(rows, []string{"一级指标", "二级指标", "三级指标", "指标值"}, []string{"产出指标", "数量指标", "受理案件数", "≥20万件"})
		doc := Extract([]layout.Block{tableOf(1, rows...)}, layout.DefaultLimits)
		if assert.Len(t, doc.Projects, 1, tt.name) {
			assert.Equal(t, tt.goals, doc.Projects[0].Goals, tt.name)
			assert.Equal(t, tt.longGoals, doc.Projects[0].LongTermGoals, tt.name)
		}
	}
}

// budgetOf writes a project's budget as total|fiscal|other|purpose.
func budgetOf(p *model.Project) string {
	return orEmpty(p.Budget.Total) + "|" + orEmpty(p.Budget.Fiscal) + "|" + orEmpty(p.Budget.Other) + "|" + p.Purpose
}

func orEmpty(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// A row of the header block's labels, two or more naming amounts, over a
// row of their values (资金总额（万元） | 财政拨款（万元） | 其他资金（万元） | 资金用途
// over 260.00 | 200.00 | 60.00 | 助餐点运营补贴: labelsOverValues) reads
// each value under its label. Before, the labels were no column header
// and the amounts were unrecognized: no budget. A row below that holds a
// label (read as the label row it is), a text that is no amount under a
// money label, or a cell under no label is not such a row of values.
func TestLabelsOverValues(t *testing.T) {
	for _, tt := range []struct {
		name   string
		labels []string
		values []string
		want   string
	}{
		{"total, fiscal, other and purpose", []string{"资金总额（万元）", "财政拨款（万元）", "其他资金（万元）", "资金用途"}, []string{"260.00", "200.00", "60.00", "助餐点运营补贴"}, "260.00|200.00|60.00|助餐点运营补贴"},
		{"total and fiscal", []string{"年度资金总额", "其中：财政资金"}, []string{"85", "70"}, "85|70||"},
		{"a label below", []string{"资金总额（万元）", "财政拨款（万元）"}, []string{"其他资金", "200.00"}, "||200.00|"}, // read as a label and its value, as before
		{"words under an amount's label", []string{"资金总额（万元）", "财政拨款（万元）"}, []string{"详见附件", "200.00"}, "|||"},
		{"a cell under no label", []string{"资金总额（万元）", "财政拨款（万元）", ""}, []string{"260.00", "200.00", "60.00"}, "|||"},
		// two labels of one field: which value is its own none tells
		// (before d035add, the last one's: 180, last year's; 130, 2026's)
		{"last year's total", []string{"资金总额（万元）", "财政拨款（万元）", "其他资金（万元）", "上年资金总额"}, []string{"260.00", "200.00", "60.00", "180"}, "|||"},
		{"three years' totals", []string{"2024年资金总额（万元）", "2025年资金总额（万元）", "2026年资金总额（万元）"}, []string{"100", "120", "130"}, "|||"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "老年人助餐服务项目"},
			tt.labels, tt.values,
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "助餐服务人次", "≥12万人次"},
		)}, layout.DefaultLimits)
		if assert.Len(t, doc.Projects, 1, tt.name) {
			assert.Equal(t, tt.want, budgetOf(&doc.Projects[0]), tt.name)
		}
	}
}

// A cell stating the total and its parts in one sentence (资金总额：85万元，
// 其中：财政拨款70万元，其他资金15万元: moneyClauses) reads each clause as its
// label's amount. Before, the total was read with AMOUNT-WORDS-DROPPED and
// the parts were lost. A sentence with a clause that is no money label
// with its amount alone (…，主要用于帮扶…, 财政拨款70万元用于培训) is read as
// before: the total, the words after it dropped with the warning.
func TestTotalAndPartsInOneSentence(t *testing.T) {
	for _, tt := range []struct {
		cell, want string
	}{
		{"资金总额：85万元，其中：财政拨款70万元，其他资金15万元", "85|70|15|"},
		{"年度资金总额：120万元；其中财政资金：100万元；其他资金：20万元", "120|100|20|"},
		{"资金总额：85万元，主要用于教育帮扶", "85|||"},
		{"资金总额：85万元，其中：财政拨款70万元用于培训", "85|||"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "社区矫正教育帮扶项目"},
			[]string{"项目资金", tt.cell},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", "教育帮扶人次", "≥600人次"},
		)}, layout.DefaultLimits)
		if assert.Len(t, doc.Projects, 1, tt.cell) {
			assert.Equal(t, tt.want, budgetOf(&doc.Projects[0]), tt.cell)
		}
	}
}

// A two-row header whose second row names the levels only, the target's
// caption and the basis's spanning down from the row above (绩效指标 over
// 一级指标 | 二级指标 | 三级指标, beside 指标值 and 指标值确定依据 over both rows)
// takes the captions above as captionsSpannedDown does for the results':
// the header then names the target, and the basis is read as the basis.
// Before, the header named no target, so no caption was taken: the HTML
// form left the basis unrecognized and the text export read it, by
// content, as the description (COLUMN-NO-HEADER), a field no header
// justifies.
func TestTargetCaptionSpannedDown(t *testing.T) {
	page := `<table>
<tr><td>项目名称</td><td colspan="4">农村低保资金项目</td></tr>
<tr><td colspan="3">绩效指标</td><td rowspan="2">指标值</td><td rowspan="2">指标值确定依据</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>保障低保对象人数</td><td>≥8500人</td><td>2023年实际保障8326人</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>低保对象满意度</td><td>≥90%</td><td>上年测评为91.5%</td></tr>
</table>`
	export := tikaExport(
		[]string{"项目名称", "农村低保资金项目"},
		[]string{"绩效指标", "指标值", "指标值确定依据"},
		[]string{"一级指标", "二级指标", "三级指标", "", ""},
		[]string{"产出指标", "数量指标", "保障低保对象人数", "≥8500人", "2023年实际保障8326人"},
		[]string{"满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", "上年测评为91.5%"},
	)
	for _, tt := range []struct {
		form   string
		blocks []layout.Block
	}{
		{"html", readHTML(t, page)},
		{"text", text.Read(export)},
	} {
		doc := Extract(tt.blocks, layout.DefaultLimits)
		got := indicatorStrings(doc, func(ind *model.Indicator) string {
			return ind.Name + "|" + ind.Value.Raw + "|" + ind.Description + "|" + ind.Basis
		})
		assert.Equal(t, []string{"保障低保对象人数|≥8500人||2023年实际保障8326人", "低保对象满意度|≥90%||上年测评为91.5%"}, got, tt.form)
	}
}

// A level 1's caption (指标类型, 指标类别, 一级指标) over level-2 labels only
// (数量指标 | 质量指标 | 服务对象满意度指标), in a grid with no level-2 column,
// is the level 2, with COLUMN-HOLDS-LEVEL2 (placement.contradictions).
// Before, the level-2 labels were read as the level 1: a value in a field
// the content contradicts. The caption over level-1 labels (产出指标 |
// 效益指标) is read as before.
func TestLevelOneCaptionOverLevelTwo(t *testing.T) {
	for _, tt := range []struct {
		caption string
		labels  []string
		want    []string
		warned  bool
	}{
		{"指标类型", []string{"数量指标", "质量指标", "服务对象满意度指标"}, []string{"|数量指标|新建供水工程", "|质量指标|水质达标率", "|服务对象满意度指标|受益群众满意度"}, true},
		{"一级指标", []string{"数量指标", "质量指标", "服务对象满意度指标"}, []string{"|数量指标|新建供水工程", "|质量指标|水质达标率", "|服务对象满意度指标|受益群众满意度"}, true},
		{"指标类型", []string{"产出指标", "产出指标", "满意度指标"}, []string{"产出指标||新建供水工程", "产出指标||水质达标率", "满意度指标||受益群众满意度"}, false},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "农村安全饮水项目"},
			[]string{"指标名称", tt.caption, "指标值"},
			[]string{"新建供水工程", tt.labels[0], "≥5处"},
			[]string{"水质达标率", tt.labels[1], "≥95%"},
			[]string{"受益群众满意度", tt.labels[2], "≥90%"},
		)}, layout.DefaultLimits)
		assert.Equal(t, tt.want, indicatorStrings(doc, levelsName), tt.caption)
		warned := false
		for _, w := range doc.Warnings {
			warned = warned || w.Code == diag.ColumnHoldsLevel2
		}
		assert.Equal(t, tt.warned, warned, tt.caption)
	}
}

// A target cell spanning the rows below it (HTML rowspan over 培训计划完成率
// and 培训经费拨付率) gives each of those rows' indicators its target, with
// TARGET-SPANS-ROWS (spannedTarget). Before, the second row was dropped
// with NO-TARGET, an indicator of the filing lost. An empty value cell
// that is no merged part of a span (a text export prints the span as a
// blank; an HTML cell left empty) is still no target.
func TestTargetSpansRows(t *testing.T) {
	row := func(cells ...string) string {
		return "<tr><td>" + strings.Join(cells, "</td><td>") + "</td></tr>"
	}
	head := row("项目名称", "中小学教师培训项目") + row("一级指标", "二级指标", "三级指标", "指标值")
	for _, tt := range []struct {
		name   string
		blocks func() []layout.Block
		want   []string
		warned bool
	}{
		{"html rowspan", func() []layout.Block {
			return readHTML(t, "<table>"+head+`<tr><td rowspan="2">产出指标</td><td rowspan="2">时效指标</td><td>培训计划完成率</td><td rowspan="2">100%</td></tr><tr><td>培训经费拨付率</td></tr>`+row("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%")+"</table>")
		}, []string{"培训计划完成率=100%", "培训经费拨付率=100%", "参训教师满意度=≥90%"}, true},
		{"html empty cell", func() []layout.Block {
			return readHTML(t, "<table>"+head+row("产出指标", "时效指标", "培训计划完成率", "100%")+row("产出指标", "时效指标", "培训经费拨付率", "")+"</table>")
		}, []string{"培训计划完成率=100%"}, false},
		{"text export", func() []layout.Block {
			return text.Read(tikaExport([]string{"项目名称", "中小学教师培训项目"}, []string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "时效指标", "培训计划完成率", "100%"}, []string{"", "", "培训经费拨付率", ""}))
		}, []string{"培训计划完成率=100%"}, false},
	} {
		doc := Extract(tt.blocks(), layout.DefaultLimits)
		assert.Equal(t, tt.want, indicatorStrings(doc, nameTarget), tt.name)
		warned := false
		for _, w := range doc.Warnings {
			warned = warned || w.Code == diag.TargetSpansRows
		}
		assert.Equal(t, tt.warned, warned, tt.name)
	}
}

// A name that opens with its level 2, in brackets or before a colon
// (【数量指标】培训退役军人人数, 【质量】培训合格率, 数量指标：培训人数:
// levelPrefix), in a grid with no level-2 column, reads the level 2 and
// the name after it. Before, the level-2 label stayed in the name. A
// bracket or a colon after no level-2 label (【重点】培训人数, 满意度指标：…,
// a level 1's own label) is kept in the name.
func TestLevelTwoBeforeName(t *testing.T) {
	for _, tt := range []struct {
		name, want string
	}{
		{"【数量指标】培训退役军人人数", "产出指标|数量指标|培训退役军人人数"},
		{"【质量】培训合格率", "产出指标|质量|培训合格率"},
		{"数量指标：培训人数", "产出指标|数量指标|培训人数"},
		{"【服务对象满意度指标】参训人员满意度", "产出指标|服务对象满意度指标|参训人员满意度"},
		{"【重点】培训人数", "产出指标||【重点】培训人数"},
		{"满意度指标：参训人员满意度", "产出指标||满意度指标：参训人员满意度"},
		{"【产出指标】培训人数", "产出指标||【产出指标】培训人数"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "退役军人技能培训项目"},
			[]string{"一级指标", "三级指标", "指标值"},
			[]string{"产出指标", tt.name, "≥300人"},
		)}, layout.DefaultLimits)
		assert.Equal(t, []string{tt.want}, indicatorStrings(doc, levelsName), tt.name)
	}
}

// A name cell closed by a colon, its target in the value cell beside it
// (补助乡村医生人数： | ≥260人), names the indicator without the colon: it
// leads to the target, no part of the name. Before, the colon was kept,
// and the same indicator written without it in another year's filing
// was another name. A name with a colon inside (数量：培训人数：) is kept
// as written.
func TestNameClosedByColon(t *testing.T) {
	for _, tt := range []struct {
		name, want string
	}{
		{"补助乡村医生人数：", "补助乡村医生人数=≥260人"},
		{"补助乡村医生人数:", "补助乡村医生人数=≥260人"},
		{"补助乡村医生人数", "补助乡村医生人数=≥260人"},
		{"数量：培训人数：", "数量：培训人数：=≥260人"},
	} {
		doc := Extract([]layout.Block{tableOf(1,
			[]string{"项目名称", "乡村医生补助项目"},
			[]string{"一级指标", "二级指标", "三级指标", "指标值"},
			[]string{"产出指标", "数量指标", tt.name, "≥260人"},
		)}, layout.DefaultLimits)
		assert.Equal(t, []string{tt.want}, indicatorStrings(doc, nameTarget), tt.name)
	}
}
