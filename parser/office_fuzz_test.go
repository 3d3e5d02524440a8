package parser

import (
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
