package report

import (
	"strconv"

	"github.com/perfdoc/perfdoc/model"
)

// Position renders a position in the source for a reader of lang:
// model.Pos.String in English ("table 3, row 5, col 2", "line 78"), and in
// Chinese 第3张表第5行第2列, 第78行, 第3段, 第2页, 工作表“收支”B5单元格;
// "-" when it points nowhere.
func Position(lang Lang, p model.Pos) string {
	if lang == English {
		return p.String()
	}
	n := strconv.Itoa
	s := ""
	if p.Page > 0 {
		s = "第" + n(p.Page) + "页"
	}
	switch {
	case p.Sheet != "" && p.Cell != "":
		s += "工作表“" + p.Sheet + "”" + p.Cell + "单元格"
	case p.Line > 0:
		s += "第" + n(p.Line) + "行"
	case p.Table > 0:
		s += "第" + n(p.Table) + "张表"
		if p.Row > 0 {
			s += "第" + n(p.Row) + "行"
			if p.Col > 0 {
				s += "第" + n(p.Col) + "列"
			}
		}
	case p.Paragraph > 0:
		s += "第" + n(p.Paragraph) + "段"
	}
	if s == "" {
		return "-"
	}
	return s
}
