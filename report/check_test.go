package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/model"
)

func seedCheck(t *testing.T) *audit.Report {
	r := audit.Check(load(t, "budget-2026.docx"), audit.DefaultConfig())
	r.Path = "budget-2026.docx"
	return r
}

func TestCheckXLSX(t *testing.T) {
	r := seedCheck(t)
	for _, tt := range []struct {
		lang           Lang
		sheets, header []string
		first          []string // the first finding's row
		rule           []string // the first rule's row
	}{
		{Chinese, []string{"概要", "问题", "规则"}, []string{"文件", "级别", "规则", "项目编码", "项目名称", "指标名称", "说明", "位置"},
			[]string{"budget-2026.docx", "错误", "COST-OVER-BUDGET", "13060525P004501100061", "2025年度下派选调生到村工作中央财政补助资金", "工作经费补助标准", "成本指标值9.19万元超过项目预算数6.16万元", "第2张表第5行第5列"},
			[]string{"CLASSIFIED", "提示", "涉密项目的绩效指标不公开：只报告一次，其他规则不再审核"}},
		{English, []string{"Summary", "Findings", "Rules"}, []string{"file", "severity", "rule", "code", "name", "indicator", "message", "source"},
			[]string{"budget-2026.docx", "error", "COST-OVER-BUDGET", "13060525P004501100061", "2025年度下派选调生到村工作中央财政补助资金", "工作经费补助标准", "cost 9.19万元 is above the project budget 6.16万元", "table 2, row 5, col 5"},
			[]string{"CLASSIFIED", "note", "a 涉密 project's targets are withheld; it is reported once and skipped by the other rules"}},
	} {
		var b bytes.Buffer
		require.NoError(t, CheckXLSX(&b, []*audit.Report{r}, tt.lang))
		f, err := excelize.OpenReader(&b)
		require.NoError(t, err)
		assert.Equal(t, tt.sheets, f.GetSheetList())
		rows, err := f.GetRows(tt.sheets[1])
		require.NoError(t, err)
		assert.Len(t, rows, len(r.Findings)+1)
		assert.Equal(t, tt.header, rows[0])
		assert.Equal(t, tt.first, rows[1])
		rules, err := f.GetRows(tt.sheets[2])
		require.NoError(t, err)
		assert.Len(t, rules, len(audit.Catalogue())+1)
		assert.Equal(t, tt.rule, rules[1])
		require.NoError(t, f.Close())
	}
}

func TestCheckTextStripsEscapes(t *testing.T) {
	r := &audit.Report{Path: "x\x1b[2J.txt", Findings: []audit.Finding{{Rule: "R", Severity: audit.Error,
		Project: &model.ProjectRef{Index: 1, Name: "项目\x1b]0;title\x07", Code: "P"}, Message: "bad\rline"}}}
	var b bytes.Buffer
	require.NoError(t, CheckText(&b, r, Style{}, Chinese))
	assert.NotContains(t, b.String(), "\x1b")
	assert.NotContains(t, b.String(), "\r")
}

// TestCheckTextLabels: labels, punctuation and positions follow the
// language; a plain message (a rule of outside code) is shown as it is.
func TestCheckTextLabels(t *testing.T) {
	r := &audit.Report{Path: "f.txt", Findings: []audit.Finding{
		{Rule: "A", Severity: audit.Error, Project: &model.ProjectRef{Index: 1, Name: "办公经费", Code: "P1"}, Message: "m1", Source: model.Pos{Line: 3}},
		{Rule: "B", Severity: audit.Info, Project: &model.ProjectRef{Index: 2, Name: "临时救助"}, Indicator: "人数", Message: "m2"},
	}}
	for lang, want := range map[Lang]string{
		Chinese: "1. 办公经费 [P1]\n  错误    A m1（第3行）\n\n2. 临时救助\n  提示    B 人数：m2（-）\n\nf.txt：1 个错误，0 个警告，1 个提示\n",
		English: "1. 办公经费 [P1]\n  error   A m1 (line 3)\n\n2. 临时救助\n  note    B 人数: m2 (-)\n\nf.txt: 1 errors, 0 warnings, 1 notes\n",
	} {
		var b bytes.Buffer
		require.NoError(t, CheckText(&b, r, Style{}, lang))
		assert.Equal(t, want, b.String(), lang)
	}
}

// TestCheckTextSeed: the seed's report in both languages, whatever
// language its messages were made in.
func TestCheckTextSeed(t *testing.T) {
	r := seedCheck(t)
	for _, tt := range []struct {
		lang  Lang
		lines []string
	}{
		{Chinese, []string{
			"1. 2025年度下派选调生到村工作中央财政补助资金 [13060525P004501100061]",
			"  错误    COST-OVER-BUDGET 工作经费补助标准：成本指标值9.19万元超过项目预算数6.16万元（第2张表第5行第5列）",
			"  警告    DEADLINE-OUTSIDE-YEAR 补助发放完成时间：完成时限2025年底（2025-12-31）不在预算年度2026年内（第2张表第4行第5列）",
			"budget-2026.docx：2 个错误，26 个警告，31 个提示",
		}},
		{English, []string{
			"  error   COST-OVER-BUDGET 工作经费补助标准: cost 9.19万元 is above the project budget 6.16万元 (table 2, row 5, col 5)",
			"  note    CLASSIFIED indicators withheld as 涉密; not audited (table 19, row 1)",
			"budget-2026.docx: 2 errors, 26 warnings, 31 notes",
		}},
	} {
		for _, made := range []audit.Lang{audit.Chinese, audit.English} {
			var b bytes.Buffer
			require.NoError(t, CheckText(&b, r.In(made), Style{}, tt.lang))
			lines := strings.Split(b.String(), "\n")
			for _, want := range tt.lines {
				assert.Contains(t, lines, want, "%s report of %s messages", tt.lang, made)
			}
		}
	}
}

func TestCheckRules(t *testing.T) {
	for lang, want := range map[Lang]string{
		Chinese: "COST-OVER-BUDGET       错误    成本指标的金额（上限或确数）不能超过项目全部预算数\n",
		English: "COST-OVER-BUDGET       error   a cost indicator's amount (a ceiling or an exact figure) cannot exceed the project's whole budget\n",
	} {
		var b bytes.Buffer
		require.NoError(t, CheckRules(&b, audit.Catalogue(), lang))
		assert.Contains(t, b.String(), want, lang)
		assert.Equal(t, len(audit.Catalogue()), strings.Count(b.String(), "\n"))
	}
}

func TestPosition(t *testing.T) {
	for _, tt := range []struct {
		p      model.Pos
		zh, en string
	}{
		{model.Pos{Line: 78}, "第78行", "line 78"},
		{model.Pos{Table: 3, Row: 5, Col: 2}, "第3张表第5行第2列", "table 3, row 5, col 2"},
		{model.Pos{Table: 3, Row: 5}, "第3张表第5行", "table 3, row 5"},
		{model.Pos{Table: 3}, "第3张表", "table 3"},
		{model.Pos{Paragraph: 4}, "第4段", "paragraph 4"},
		{model.Pos{Page: 2, Table: 1, Row: 3, Col: 4}, "第2页第1张表第3行第4列", "page 2, table 1, row 3, col 4"},
		{model.Pos{Page: 2}, "第2页", "page 2"},
		{model.Pos{Sheet: "收支", Cell: "B5", Table: 1, Row: 5, Col: 2}, "工作表“收支”B5单元格", `sheet "收支", cell B5`},
		{model.Pos{}, "-", "-"},
	} {
		assert.Equal(t, tt.zh, Position(Chinese, tt.p), "%+v", tt.p)
		assert.Equal(t, tt.en, Position(English, tt.p), "%+v", tt.p)
	}
}
