package parser_test

import (
	"fmt"
	"os"

	"github.com/perfdoc/perfdoc/parser"
)

func ExampleParse() {
	data, err := os.ReadFile("../testdata/budget-2026.docx")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := parser.Parse(data, parser.Options{Path: "budget-2026.docx"})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := doc.Projects[0]
	fmt.Println(doc.Year, doc.Source.Format, len(doc.Projects), "projects")
	fmt.Println(p.Code, p.Name, *p.Budget.Total, p.MoneyUnit)
	ind := p.Indicators[3]
	fmt.Println(ind.Level2, ind.Name, ind.Value.Raw, "=", ind.Value.Base.Number, ind.Value.Base.Unit, ind.Source)
	// Output:
	// 2026 docx 31 projects
	// 13060525P004501100061 2025年度下派选调生到村工作中央财政补助资金 6.16 万元
	// 成本指标 工作经费补助标准 9.19万元 = 91900 元 table 2, row 5, col 5
}

func ExampleParse_error() {
	_, err := parser.Parse([]byte("会议纪要\n"), parser.Options{Path: "notes.txt"})
	fmt.Println(err)
	// Output:
	// parser: notes.txt: no performance-target table found
}
