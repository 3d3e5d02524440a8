package parser

import (
	"github.com/perfdoc/perfdoc/internal/alloctest"
	"github.com/perfdoc/perfdoc/internal/officetest"
	"github.com/perfdoc/perfdoc/parser/extract"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/sheet"
	"github.com/perfdoc/perfdoc/parser/worddoc"
	"testing"
)

// FuzzXLSX: the XLSX reader never panics on any sheet, shared-string or
// styles XML, and what it reads extracts without a panic.
func FuzzXLSX(f *testing.F) {
	styles := `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00&quot;万元&quot;;[Red]-0.00"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>`
	f.Add(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>1.x绩效目标表</t></is></c></row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>6.16</v></c><c r="C2" s="2"><v>46022</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>`, `<si><t>项目名称</t></si>`, styles)
	f.Add(`<sheetData><row r="3"><c r="C3" t="str"><f>A1</f><v>x</v></c><c r="XFD3"/><c t="d" s="2"><v>2025-12-31T00:00:00Z</v></c></row></sheetData><mergeCells><mergeCell ref="A1:A9"/><mergeCell ref="A2:B3"/></mergeCells>`, `<si><r><t>a</t></r><r><t>b</t></r><rPh><t>c</t></rPh></si>`, "")
	f.Fuzz(func(t *testing.T, sheetXML, sst, styles string) {
		data := officetest.XLSXStyled(t, sheetXML, sst, styles)
		alloctest.Within(t, len(sheetXML)+len(sst)+len(styles), alloctest.PerByte, func() {
			if blocks, _, err := sheet.ReadXLSX(data, layout.DefaultLimits); err == nil {
				extract.Extract(blocks, layout.DefaultLimits)
			}
		})
	})
}

// FuzzDOC: the DOC reader never panics on any WordDocument and table
// streams (in a sound container), and what it reads extracts.
func FuzzDOC(f *testing.F) {
	s := officetest.TinyDOC()
	f.Add(s[0], s[1])
	f.Fuzz(func(t *testing.T, wd, table []byte) {
		data, _ := officetest.CFB(t, officetest.Stream{Name: "WordDocument", Data: wd}, officetest.Stream{Name: "1Table", Data: table}, officetest.Stream{Name: "0Table", Data: table})
		alloctest.Within(t, len(data), alloctest.PerByte, func() {
			if blocks, err := worddoc.Read(data, layout.DefaultLimits); err == nil {
				extract.Extract(blocks, layout.DefaultLimits)
			}
		})
	})
}

// FuzzXLS: the XLS reader never panics on any Workbook stream (in a sound
// container), and what it reads extracts.
func FuzzXLS(f *testing.F) {
	f.Add(officetest.TinyWorkbook())
	f.Fuzz(func(t *testing.T, wb []byte) {
		data, _ := officetest.CFB(t, officetest.Stream{Name: "Workbook", Data: wb})
		alloctest.Within(t, len(data), alloctest.PerByte, func() {
			if blocks, _, err := sheet.ReadXLS(data, layout.DefaultLimits); err == nil {
				extract.Extract(blocks, layout.DefaultLimits)
			}
		})
	})
}

// FuzzOLE2: damaged compound files never panic either reader. The fuzzer
// changes the header, the FAT and the directory (the first three sectors:
// Go's fuzzer stalls on inputs of several KiB); the stream sectors after
// them stay those of a small .doc or .xls.
func FuzzOLE2(f *testing.F) {
	doc, _ := officetest.CFB(f, officetest.Stream{Name: "WordDocument", Data: officetest.TinyDOC()[0]}, officetest.Stream{Name: "1Table", Data: officetest.TinyDOC()[1]})
	xls, _ := officetest.CFB(f, officetest.Stream{Name: "Workbook", Data: officetest.TinyWorkbook()})
	f.Add(doc[:1536], false)
	f.Add(xls[:1536], true)
	f.Fuzz(func(t *testing.T, head []byte, workbook bool) {
		rest := doc[1536:]
		if workbook {
			rest = xls[1536:]
		}
		data := append(append([]byte(nil), head...), rest...)
		alloctest.Within(t, len(data), alloctest.PerByte, func() {
			if blocks, err := worddoc.Read(data, layout.DefaultLimits); err == nil {
				extract.Extract(blocks, layout.DefaultLimits)
			}
		})
		alloctest.Within(t, len(data), alloctest.PerByte, func() {
			if blocks, _, err := sheet.ReadXLS(data, layout.DefaultLimits); err == nil {
				extract.Extract(blocks, layout.DefaultLimits)
			}
		})
	})
}
