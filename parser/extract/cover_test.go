package extract

import (
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

// TestCoverLabel: a cover's label line is a label of the project's or the
// unit's name or code opening the line, a colon (full or half width) or a
// run of spaces or tabs, and the value on the same line, up to the next
// label; a spaced-out label and a seal mark after it read as the label.
// A sentence, a blank, a value that is a label, a name with no Chinese
// character and a code with one are no cover line.
func TestCoverLabel(t *testing.T) {
	lx := lexiconFor(nil)
	tests := []struct {
		line  string
		f     field
		label string
		value string
	}{
		{"部门(单位)名称:    中共岳阳市委保密委员会办公室", fUnitName, "部门(单位)名称", "中共岳阳市委保密委员会办公室"},
		{"部门（单位）名称：某县老干部活动中心", fUnitName, "部门（单位）名称", "某县老干部活动中心"},
		{"部门(单位)名称  湘阴县老干部活动中心", fUnitName, "部门(单位)名称", "湘阴县老干部活动中心"},
		{"单位名称（盖章）：          某市委保密委员会办公室", fUnitName, "单位名称（盖章）", "某市委保密委员会办公室"},
		{"单位名称(公章):\t某局", fUnitName, "单位名称(公章)", "某局"},
		{"预 算 编 码:          212001", fUnitCode, "预 算 编 码", "212001"},
		{"预 算 编 码    212001", fUnitCode, "预 算 编 码", "212001"},
		{"预算编码 YYX292", fUnitCode, "预算编码", "YYX292"},
		{"项目名称：村专职委员工作补贴", fName, "项目名称", "村专职委员工作补贴"},
		{"项目名称 低保专项", fName, "项目名称", "低保专项"},
		{"项目编码：43062122P0001", fCode, "项目编码", "43062122P0001"},
		{"单位名称：某局    联系人：张三", fUnitName, "单位名称", "某局"},
		{"部门名称：某局  预算编码  119", fUnitName, "部门名称", "某局"},
		{"单位名称：某 局", fUnitName, "单位名称", "某 局"},
		// no cover line
		{"部门(单位)名称:", fNone, "", ""},
		{"部门(单位)名称:      ", fNone, "", ""},
		{"部门(单位)名称: 预算编码", fNone, "", ""},
		{"单位名称：联系人", fNone, "", ""},
		{"单位名称：________", fNone, "", ""},
		{"单位名称：无", fNone, "", ""},
		{"部门名称为某中心，负责全县老干部工作。", fNone, "", ""},
		{"部门名称：某中心，负责全县老干部工作", fNone, "", ""},
		{"单位名称：某局 评价方式：自评", fNone, "", ""},
		{"预算编码：见附件", fNone, "", ""},
		{"评价方式:部门(单位)绩效自评", fNone, "", ""},
		{"本单位名称 某局", fNone, "", ""},
		{"岳阳市2021年度部门整体支出", fNone, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			cf, ok := lx.coverLabel(tt.line)
			if tt.f == fNone {
				assert.False(t, ok, "read %+v", cf)
				return
			}
			require.True(t, ok)
			assert.Equal(t, coverField{f: tt.f, label: tt.label, value: tt.value}, cf)
		})
	}
}

// coverForms writes a report's cover — its title lines, then its label
// lines, as paragraphs — and a table after it that is no target table (the
// 基本概况 rows of a 部门整体支出绩效评价自评报告), as an HTML page and as a
// text export, and reads both.
func coverForms(t *testing.T, title, cover []string, after string) map[string][]layout.Block {
	t.Helper()
	rows := [][]string{{"一、部门(单位)基本概况"}, {"联系人", "易杨", "联络电话", "8889003"}, {"人员编制", "14", "实有人数", "14"}}
	var page, export strings.Builder
	page.WriteString("<html><body>\n")
	for _, l := range append(append([]string{}, title...), cover...) {
		page.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
		export.WriteString(l + "\n")
	}
	page.WriteString("<table>\n")
	for _, r := range rows {
		page.WriteString("<tr>")
		for _, c := range r {
			page.WriteString("<td>" + c + "</td>")
		}
		page.WriteString("</tr>\n")
	}
	page.WriteString("</table>\n")
	export.WriteString(tikaExport(rows...))
	if after != "" {
		page.WriteString("<p>" + html.EscapeString(after) + "</p>\n")
		export.WriteString(after + "\n")
	}
	page.WriteString("</body></html>")
	return map[string][]layout.Block{"html": readHTML(t, page.String()), "text": text.Read(export.String())}
}

// TestCoverOnlyReport: a report whose capture holds its cover and no
// target table (the Hunan 部门(单位)整体支出绩效评价自评报告 cut in its 基本概况
// or income table: real filings 181, 274, 402, 491, 570) is a document
// of one project named by the cover's label line — the unit's name for a
// department-wide report, the project's where the cover names one — with
// the unit's code, no indicator, and COVER-ONLY; the table's cells are
// unrecognized. Without a title naming a performance form above the label
// lines, with a label line that is a sentence, blank or a label, or only
// after the table, no project is read (the document holds no target
// table, as before).
func TestCoverOnlyReport(t *testing.T) {
	title := []string{"岳阳市2021年度部门整体支出", "绩效评价自评报告"}
	tests := []struct {
		name  string
		title []string
		cover []string
		after string
		want  string // the project's name, "" for no project
		dept  string
		code  string
		label string // the label COVER-ONLY names
	}{
		{"colon and a run of spaces, a spaced-out code label", title,
			[]string{"部门(单位)名称:    中共岳阳市委保密委员会办公室", "预 算 编 码:          212001", "评价方式:部门(单位)绩效自评", "报告日期:2022年6月20日"}, "",
			"中共岳阳市委保密委员会办公室", "中共岳阳市委保密委员会办公室", "212001", "部门(单位)名称"},
		{"no colon", []string{"湘阴县2021年度部门(单位)整体支出绩效评价自评报告", "附件1-1"},
			[]string{"部门(单位)名称  湘阴县老干部活动中心", "预算编码    119"}, "",
			"湘阴县老干部活动中心", "湘阴县老干部活动中心", "119", "部门(单位)名称"},
		{"a seal mark, no code", title,
			[]string{"单位名称（盖章）：          中共岳阳市委保密委员会办公室", "算编码:           077"}, "",
			"中共岳阳市委保密委员会办公室", "中共岳阳市委保密委员会办公室", "", "单位名称（盖章）"},
		{"the project named beside its unit", []string{"某县2021年度财政支出项目绩效评价自评报告"},
			[]string{"项目名称 低保专项", "单位名称：某县民政局    联系人：张三"}, "",
			"低保专项", "某县民政局", "", "项目名称"},
		{"no title naming a performance form", []string{"关于公布2021年度部门信息的通知"},
			[]string{"部门(单位)名称:    某中心"}, "", "", "", "", ""},
		{"a sentence", title, []string{"部门(单位)名称为某中心，负责全县老干部工作。"}, "", "", "", "", ""},
		{"a blank value", title, []string{"部门(单位)名称:", "预 算 编 码:   212001"}, "", "", "", "", ""},
		{"a label as the value", title, []string{"部门(单位)名称:  预算编码"}, "", "", "", "", ""},
		{"the label line after the table", title, nil, "部门(单位)名称:    某中心", "", "", "", ""},
	}
	for _, tt := range tests {
		for form, blocks := range coverForms(t, tt.title, tt.cover, tt.after) {
			t.Run(tt.name+"/"+form, func(t *testing.T) {
				doc := Extract(blocks, layout.DefaultLimits)
				if tt.want == "" {
					assert.Empty(t, doc.Projects)
					return
				}
				require.Len(t, doc.Projects, 1)
				p := doc.Projects[0]
				assert.Equal(t, tt.want, p.Name)
				assert.Equal(t, tt.dept, p.Department.Name)
				assert.Equal(t, tt.code, p.Department.Code)
				assert.Empty(t, p.Code)
				assert.Empty(t, p.Indicators)
				assert.Nil(t, p.Budget.Total)
				var codes []string
				for _, w := range doc.Warnings {
					codes = append(codes, w.Code)
					if w.Code == diag.CoverOnly {
						assert.Equal(t, tt.label, w.Args["label"])
					}
				}
				assert.Contains(t, codes, diag.CoverOnly)
				var unrec []string
				for _, u := range doc.Unrecognized {
					unrec = append(unrec, u.Text)
				}
				assert.Subset(t, unrec, []string{"一、部门(单位)基本概况", "联系人", "易杨", "联络电话", "8889003", "人员编制", "实有人数"})
			})
		}
	}
}
