package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/officetest"
	"github.com/perfdoc/perfdoc/model"
)

// TestLibreOfficeForms renders fixtures with LibreOffice as the archives
// hold them — Word 97 documents from DOCX and HTML, workbooks from the
// HTML (Calc's import) and from the generated workbooks — and checks that
// each reads as its source does. It runs only where LibreOffice is
// installed, and not with -short.
func TestLibreOfficeForms(t *testing.T) {
	if testing.Short() {
		t.Skip("converting with LibreOffice takes seconds")
	}
	dir := t.TempDir()
	officetest.Soffice(t, dir, filepath.Join("..", "testdata"), "", "doc", "budget-2026.docx", "budget-2025.docx")
	officetest.Soffice(t, dir, filepath.Join("..", "testdata"), "HTML (StarWriter)", "doc", "variants/national-template.html")
	officetest.Soffice(t, dir, filepath.Join("..", "testdata"), "HTML (StarCalc)", "xlsx", "budget-2026.html")
	officetest.Soffice(t, dir, filepath.Join("..", "testdata"), "", "xls", "office/budget-2025-sheets.xlsx")
	for _, c := range []struct {
		out, src string
		whole    bool // the whole document agrees, not only the projects
	}{
		{"budget-2026.doc", "budget-2026.docx", true},
		{"budget-2025.doc", "budget-2025.docx", true},
		{"national-template.doc", "variants/national-template.html", true},
		{"budget-2026.xlsx", "budget-2026.html", false},
		{"budget-2025-sheets.xls", "office/budget-2025-sheets.xlsx", false},
	} {
		t.Run(c.out, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, c.out))
			require.NoError(t, err)
			got, err := Parse(data, Options{Path: c.out})
			require.NoError(t, err)
			want := parseFile(t, c.src)
			a, b := stripSources(got), stripSources(want)
			if !c.whole {
				// Calc's HTML import turns "3.00" into the number 3 shown
				// in the General format: amounts agree as decimals
				a, b = canonAmounts(projectsOnly(got)), canonAmounts(projectsOnly(want))
			}
			if x, y := marshal(t, a), marshal(t, b); string(x) != string(y) {
				t.Errorf("%s and %s differ:\n%s", c.out, c.src, firstDiff(x, y))
			}
			require.Equal(t, strings.TrimPrefix(filepath.Ext(c.out), "."), got.Source.Format)
		})
	}
}

// canonAmounts writes every budget amount and spending-plan value of d as
// its canonical decimal ("3.00" → "3").
func canonAmounts(d *model.Document) *model.Document {
	canon := func(p *string) *string {
		if p == nil {
			return nil
		}
		v, err := decimal.NewFromString(*p)
		if err != nil {
			return p
		}
		s := v.String()
		return &s
	}
	for i := range d.Projects {
		p := &d.Projects[i]
		p.Budget.Total, p.Budget.Fiscal, p.Budget.Other = canon(p.Budget.Total), canon(p.Budget.Fiscal), canon(p.Budget.Other)
		pts := append([]model.SpendingPoint(nil), p.SpendingPlan.Points...)
		for j := range pts {
			pts[j].Value = canon(pts[j].Value)
		}
		p.SpendingPlan.Points = pts
	}
	return d
}
