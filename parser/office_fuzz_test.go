package parser

import (
	"encoding/binary"
	"math"
	"testing"
)

// FuzzXLSX: the XLSX reader never panics on any sheet, shared-string or
// styles XML, and what it reads extracts without a panic.
func FuzzXLSX(f *testing.F) {
	styles := `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00&quot;万元&quot;;[Red]-0.00"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>`
	f.Add(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>1.x绩效目标表</t></is></c></row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>6.16</v></c><c r="C2" s="2"><v>46022</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>`, `<si><t>项目名称</t></si>`, styles)
	f.Add(`<sheetData><row r="3"><c r="C3" t="str"><f>A1</f><v>x</v></c><c r="XFD3"/><c t="d" s="2"><v>2025-12-31T00:00:00Z</v></c></row></sheetData><mergeCells><mergeCell ref="A1:A9"/><mergeCell ref="A2:B3"/></mergeCells>`, `<si><r><t>a</t></r><r><t>b</t></r><rPh><t>c</t></rPh></si>`, "")
	f.Fuzz(func(t *testing.T, sheet, sst, styles string) {
		data := xlsxStyled(t, sheet, sst, styles)
		if blocks, _, err := readXLSX(data, DefaultLimits); err == nil {
			Extract(blocks, DefaultLimits)
		}
	})
}

// FuzzDOC: the DOC reader never panics on any WordDocument and table
// streams (in a sound container), and what it reads extracts.
func FuzzDOC(f *testing.F) {
	s := tinyDOC()
	f.Add(s[0], s[1])
	f.Fuzz(func(t *testing.T, wd, table []byte) {
		data, _ := makeCFB(t, cfbStream{"WordDocument", wd}, cfbStream{"1Table", table}, cfbStream{"0Table", table})
		if blocks, err := readDOC(data, DefaultLimits); err == nil {
			Extract(blocks, DefaultLimits)
		}
	})
}

// tinyWorkbook is a Workbook stream of one sheet with a shared string, a
// number in a 0.00 format, a formula with a string result and a merge.
func tinyWorkbook() []byte { return tinyWorkbookState(0) }

// tinyWorkbookState is tinyWorkbook with its sheet's visibility (0
// visible, 1 hidden, 2 very hidden).
func tinyWorkbookState(state byte) []byte {
	le := binary.LittleEndian
	var wb []byte
	wb = append(wb, biffRec(recBOF, []byte{0x00, 0x06, 0x05, 0x00})...)
	wb = append(wb, biffRec(recSST, []byte{1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 1, 0x79, 0x98, 0xEE, 0x76})...) // 项目
	wb = append(wb, biffRec(recXF, []byte{0, 0, 2, 0})...)
	sheetAt := len(wb) + len(biffRec(recBoundSheet, make([]byte, 9))) + 4
	wb = append(wb, biffRec(recBoundSheet, append(le.AppendUint32(nil, uint32(sheetAt)), state, 0, 1, 0, 'S'))...)
	wb = append(wb, biffRec(recEOF, nil)...)
	wb = append(wb, biffRec(recBOF, []byte{0x00, 0x06, 0x10, 0x00})...)
	wb = append(wb, biffRec(recLabelSST, []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0})...)
	wb = append(wb, biffRec(recNumber, append([]byte{1, 0, 0, 0, 0, 0}, le.AppendUint64(nil, math.Float64bits(6.16))...))...)
	wb = append(wb, biffRec(recFormula, []byte{1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0})...)
	wb = append(wb, biffRec(recString, []byte{1, 0, 0, 'x'})...)
	wb = append(wb, biffRec(recMergedCells, []byte{1, 0, 0, 0, 0, 0, 0, 0, 1, 0})...)
	return append(wb, biffRec(recEOF, nil)...)
}

// FuzzXLS: the XLS reader never panics on any Workbook stream (in a sound
// container), and what it reads extracts.
func FuzzXLS(f *testing.F) {
	f.Add(tinyWorkbook())
	f.Fuzz(func(t *testing.T, wb []byte) {
		data, _ := makeCFB(t, cfbStream{"Workbook", wb})
		if blocks, _, err := readXLS(data, DefaultLimits); err == nil {
			Extract(blocks, DefaultLimits)
		}
	})
}

// FuzzOLE2: damaged compound files never panic either reader. The fuzzer
// changes the header, the FAT and the directory (the first three sectors:
// Go's fuzzer stalls on inputs of several KiB); the stream sectors after
// them stay those of a small .doc or .xls.
func FuzzOLE2(f *testing.F) {
	doc, _ := makeCFB(f, cfbStream{"WordDocument", tinyDOC()[0]}, cfbStream{"1Table", tinyDOC()[1]})
	xls, _ := makeCFB(f, cfbStream{"Workbook", tinyWorkbook()})
	f.Add(doc[:1536], false)
	f.Add(xls[:1536], true)
	f.Fuzz(func(t *testing.T, head []byte, workbook bool) {
		rest := doc[1536:]
		if workbook {
			rest = xls[1536:]
		}
		data := append(append([]byte(nil), head...), rest...)
		if blocks, err := readDOC(data, DefaultLimits); err == nil {
			Extract(blocks, DefaultLimits)
		}
		if blocks, _, err := readXLS(data, DefaultLimits); err == nil {
			Extract(blocks, DefaultLimits)
		}
	})
}

// tinyDOC is the WordDocument and 1Table streams of a Word 97 document
// holding a title paragraph and a one-row table of two cells, the second
// row continuing the first cell's vertical merge.
func tinyDOC() [2][]byte {
	le := binary.LittleEndian
	text := "1.x绩效目标表\r项目名称\x07甲\x07\x07\x07乙\x07\x07"
	var u []byte
	for _, r := range text {
		u = le.AppendUint16(u, uint16(r))
	}
	const textAt, fkpPage = 1024, 3
	wd := make([]byte, 2048)
	le.PutUint16(wd, 0xA5EC)
	le.PutUint16(wd[2:], 0xC1)
	le.PutUint16(wd[0x0A:], 0x0200) // fWhichTblStm: 1Table
	at := 32
	le.PutUint16(wd[at:], 14)
	at += 2 + 28
	le.PutUint16(wd[at:], 22)
	le.PutUint32(wd[at+2+12:], uint32(len(u)/2)) // ccpText
	at += 2 + 88
	le.PutUint16(wd[at:], 93)
	blob := at + 2
	copy(wd[textAt:], u)
	tinyPAPX(wd[512*fkpPage:512*fkpPage+512], text, textAt)
	// the table stream: the CLX (one Unicode piece) and the PlcBtePapx
	var table []byte
	clx := []byte{2}
	plc := le.AppendUint32(le.AppendUint32(nil, 0), uint32(len(u)/2))
	plc = append(plc, 0, 0)
	plc = le.AppendUint32(plc, textAt)
	plc = append(plc, 0, 0)
	clx = append(le.AppendUint32(clx, uint32(len(plc))), plc...)
	le.PutUint32(wd[blob+8*fibClx:], uint32(len(table)))
	le.PutUint32(wd[blob+8*fibClx+4:], uint32(len(clx)))
	table = append(table, clx...)
	bte := le.AppendUint32(le.AppendUint32(nil, textAt), uint32(textAt+len(u)))
	bte = le.AppendUint32(bte, fkpPage)
	le.PutUint32(wd[blob+8*fibPlcfBtePapx:], uint32(len(table)))
	le.PutUint32(wd[blob+8*fibPlcfBtePapx+4:], uint32(len(bte)))
	table = append(table, bte...)
	return [2][]byte{wd, table}
}

// tinyPAPX writes tinyDOC's PAPX FKP: the title ¶ outside, the cells in the
// table, row ends TTP with a TDefTable of two cells; the second row's first
// cell continues a vertical merge.
func tinyPAPX(page []byte, text string, textAt int) {
	le := binary.LittleEndian
	marks := []int{}
	for i, r := range []rune(text) {
		if r == '\r' || r == 7 {
			marks = append(marks, i)
		}
	}
	tdef := func(vmerge uint16) []byte {
		op := []byte{0, 0, 2}
		for _, x := range []int16{0, 2000, 4000} {
			op = le.AppendUint16(op, uint16(x))
		}
		tc := make([]byte, 40)
		le.PutUint16(tc, vmerge)
		op = append(op, tc...)
		le.PutUint16(op, uint16(len(op)-1))
		return append(le.AppendUint16(nil, sprmTDefTable), op...)
	}
	inTable := []byte{0x16, 0x24, 1}
	props := [][]byte{nil, inTable, inTable, append([]byte{0x16, 0x24, 1, 0x17, 0x24, 1}, tdef(0x60)...),
		inTable, inTable, append([]byte{0x16, 0x24, 1, 0x17, 0x24, 1}, tdef(0x20)...)}
	crun := len(marks)
	page[511] = byte(crun)
	le.PutUint32(page, uint32(textAt))
	off := 511
	for i, m := range marks {
		end := textAt + 2*(m+1)
		le.PutUint32(page[4*(i+1):], uint32(end))
		g := append([]byte{0, 0}, props[i]...) // the style index, then the sprms
		if len(g)%2 == 0 {
			g = append(g, 0)
		}
		off -= len(g) + 1
		off &^= 1
		page[off] = byte((len(g) + 1) / 2)
		copy(page[off+1:], g)
		page[4*(crun+1)+13*i] = byte(off / 2)
	}
}
