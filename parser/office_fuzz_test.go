package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzXLSX: the XLSX reader never panics on any sheet or shared-string
// XML, and what it reads extracts without a panic.
func FuzzXLSX(f *testing.F) {
	f.Add(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>1.x绩效目标表</t></is></c></row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" s="0"><v>6.16</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>`, `<si><t>项目名称</t></si>`)
	f.Add(`<sheetData><row r="3"><c r="C3" t="str"><f>A1</f><v>x</v></c><c r="XFD3"/></row></sheetData><mergeCells><mergeCell ref="A1:A9"/><mergeCell ref="A2:B3"/></mergeCells>`, `<si><r><t>a</t></r><r><t>b</t></r></si>`)
	f.Fuzz(func(t *testing.T, sheet, sst string) {
		data := xlsxParts(t, sheet, sst)
		if blocks, _, err := readXLSX(data, DefaultLimits); err == nil {
			Extract(blocks, DefaultLimits)
		}
	})
}

// FuzzDOC: the DOC reader never panics on any WordDocument and table
// streams (in a sound container), and what it reads extracts.
func FuzzDOC(f *testing.F) {
	s := officeStreams(f, "national-template.doc", "WordDocument", "1Table")
	f.Add(s[0], s[1])
	c := officeStreams(f, "continued-grid.doc", "WordDocument", "1Table")
	f.Add(c[0], c[1])
	f.Fuzz(func(t *testing.T, wd, table []byte) {
		data, _ := makeCFB(t, cfbStream{"WordDocument", wd}, cfbStream{"1Table", table}, cfbStream{"0Table", table})
		if blocks, err := readDOC(data, DefaultLimits); err == nil {
			Extract(blocks, DefaultLimits)
		}
	})
}

// FuzzXLS: the XLS reader never panics on any Workbook stream (in a sound
// container), and what it reads extracts.
func FuzzXLS(f *testing.F) {
	f.Add(officeStreams(f, "national-template.xls", "Workbook")[0])
	f.Add(officeStreams(f, "budget-2025-onesheet.xls", "Workbook")[0][:20000])
	f.Fuzz(func(t *testing.T, wb []byte) {
		data, _ := makeCFB(t, cfbStream{"Workbook", wb})
		if blocks, _, err := readXLS(data, DefaultLimits); err == nil {
			Extract(blocks, DefaultLimits)
		}
	})
}

// FuzzOLE2: damaged compound files — any bytes after the OLE2 magic —
// never panic either reader.
func FuzzOLE2(f *testing.F) {
	for _, name := range []string{"national-template.doc", "national-template.xls"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "office", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if blocks, err := readDOC(data, DefaultLimits); err == nil {
			Extract(blocks, DefaultLimits)
		}
		if blocks, _, err := readXLS(data, DefaultLimits); err == nil {
			Extract(blocks, DefaultLimits)
		}
	})
}
