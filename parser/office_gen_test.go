package parser

import (
	"flag"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/perfdoc/perfdoc/model"
)

var genOffice = flag.Bool("gen-office", false, "rebuild the generated workbooks of testdata/office from the DOCX fixtures")

// TestGenerateWorkbooks rebuilds testdata/office/budget-YYYY-{sheets,onesheet}.xlsx
// from the DOCX fixtures when run with -gen-office: the tables laid out the
// way finance offices keep them in Excel — a sheet per project (named by
// the project's number) or all projects on one sheet, the title merged
// over the table, level 1 and level 2 merged down their groups, amounts as
// numeric cells with number formats (0.00, 0, 0%).
func TestGenerateWorkbooks(t *testing.T) {
	if !*genOffice {
		t.Skip("run with -gen-office to rebuild the generated workbooks")
	}
	for _, year := range []string{"2026", "2025"} {
		doc := parseFile(t, "budget-"+year+".docx")
		for _, one := range []bool{false, true} {
			f := excelize.NewFile()
			w := &workbookWriter{f: f, styles: map[string]int{}}
			name := "sheets"
			if one {
				name = "onesheet"
				w.sheet = "绩效目标表"
				require.NoError(t, f.SetSheetName("Sheet1", w.sheet))
			}
			for i, p := range doc.Projects {
				if !one {
					w.sheet, w.row = strconv.Itoa(p.Index), 0
					if i == 0 {
						require.NoError(t, f.SetSheetName("Sheet1", w.sheet))
					} else {
						_, err := f.NewSheet(w.sheet)
						require.NoError(t, err)
					}
				} else if i > 0 {
					w.row++ // a blank row between projects
				}
				w.project(t, p)
			}
			require.NoError(t, f.SaveAs(filepath.Join("..", "testdata", "office", "budget-"+year+"-"+name+".xlsx")))
		}
	}
}

type workbookWriter struct {
	f      *excelize.File
	sheet  string
	row    int
	styles map[string]int
}

func (w *workbookWriter) style(t *testing.T, numFmt string) int {
	if id, ok := w.styles[numFmt]; ok {
		return id
	}
	st := &excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"},
		Border: []excelize.Border{{Type: "left", Style: 1}, {Type: "right", Style: 1}, {Type: "top", Style: 1}, {Type: "bottom", Style: 1}}}
	if numFmt != "" {
		st.CustomNumFmt = &numFmt
	}
	id, err := w.f.NewStyle(st)
	require.NoError(t, err)
	w.styles[numFmt] = id
	return id
}

// put writes text over columns c1..c2 (1-based) of rows r1..r2, merging
// when the area is larger than one cell. A decimal number becomes a
// numeric cell whose format keeps the decimals it was written with; a
// percentage a numeric cell with a % format.
func (w *workbookWriter) put(t *testing.T, r1, c1, r2, c2 int, text string) {
	a, b := a1(r1, c1), a1(r2, c2)
	f := w.f
	numFmt := ""
	if v, dec, pct, ok := numeric(text); ok {
		numFmt = "0"
		if dec > 0 {
			numFmt += "." + strings.Repeat("0", dec)
		}
		if pct {
			numFmt += "%"
		}
		require.NoError(t, f.SetCellFloat(w.sheet, a, v, -1, 64))
	} else if text != "" {
		require.NoError(t, f.SetCellStr(w.sheet, a, text))
	}
	require.NoError(t, f.SetCellStyle(w.sheet, a, b, w.style(t, numFmt)))
	if a != b {
		require.NoError(t, f.MergeCell(w.sheet, a, b))
	}
}

// numeric reads "6.16", "37", "30%" as a number for a numeric cell.
func numeric(s string) (v float64, decimals int, pct, ok bool) {
	if strings.HasSuffix(s, "%") {
		s, pct = strings.TrimSuffix(s, "%"), true
	}
	if s == "" || strings.ContainsAny(s, "eE+-") {
		return 0, 0, false, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, 0, false, false
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		decimals = len(s) - i - 1
	}
	if pct {
		v /= 100
	}
	return v, decimals, pct, true
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// project writes one project's table from row w.row+1 on, seven columns.
func (w *workbookWriter) project(t *testing.T, p model.Project) {
	r := w.row + 1
	w.put(t, r, 1, r, 7, fmt.Sprintf("%d.%s", p.Index, p.Title))
	w.put(t, r+1, 1, r+1, 5, p.Department.Code+p.Department.Name)
	w.put(t, r+1, 6, r+1, 7, "单位："+p.MoneyUnit)
	w.put(t, r+2, 1, r+2, 1, "项目编码")
	w.put(t, r+2, 2, r+2, 3, p.Code)
	w.put(t, r+2, 4, r+2, 4, "项目名称")
	w.put(t, r+2, 5, r+2, 7, p.Name)
	w.put(t, r+3, 1, r+4, 1, "预算规模及资金用途")
	b := p.Budget
	for i, c := range []string{"预算数", str(b.Total), "其中：财政资金", str(b.Fiscal), "其他资金", str(b.Other)} {
		w.put(t, r+3, 2+i, r+3, 2+i, c)
	}
	w.put(t, r+4, 2, r+4, 7, p.Purpose)
	w.put(t, r+5, 1, r+6, 1, p.SpendingPlan.Label)
	for i, pt := range p.SpendingPlan.Points {
		last := 2 + i
		if i == len(p.SpendingPlan.Points)-1 {
			last = 7
		}
		w.put(t, r+5, 2+i, r+5, last, pt.Period)
		v := str(pt.Value)
		if v != "" && p.SpendingPlan.Unit == "%" {
			v += "%"
		}
		w.put(t, r+6, 2+i, r+6, last, v)
	}
	var goals []string
	for i, g := range p.Goals {
		goals = append(goals, fmt.Sprintf("%d.%s", i+1, g))
	}
	w.put(t, r+7, 1, r+7, 1, "绩效目标")
	w.put(t, r+7, 2, r+7, 7, strings.Join(goals, "\n"))
	for i, h := range []string{"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"} {
		w.put(t, r+8, 1+i, r+8, 1+i, h)
	}
	w.put(t, r+8, 6, r+8, 7, "指标值确定依据")
	w.indicators(t, r+9, p.Indicators)
}

// indicators writes the grid rows, merging level 1 and level 2 down their
// groups.
func (w *workbookWriter) indicators(t *testing.T, r int, ind []model.Indicator) {
	for i, in := range ind {
		row := r + i
		for c, s := range []string{in.Name, in.Description, in.Value.Raw} {
			w.put(t, row, 3+c, row, 3+c, s)
		}
		w.put(t, row, 6, row, 7, in.Basis)
	}
	group := func(col int, key func(model.Indicator) string, text func(model.Indicator) string) {
		for i := 0; i < len(ind); {
			j := i + 1
			for j < len(ind) && key(ind[j]) == key(ind[i]) {
				j++
			}
			w.put(t, r+i, col, r+j-1, col, text(ind[i]))
			i = j
		}
	}
	group(1, func(x model.Indicator) string { return x.Level1 }, func(x model.Indicator) string { return x.Level1 })
	group(2, func(x model.Indicator) string { return x.Level1 + "\x00" + x.Level2 }, func(x model.Indicator) string { return x.Level2 })
	w.row = r + len(ind) - 1
}

// a1 names the cell at 1-based row and col as excelize does ("B3").
func a1(row, col int) string {
	s, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err)
	}
	return s
}
