package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"github.com/perfdoc/perfdoc/internal/officetest"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// zipParts writes a zip of the parts given, in name order.
func zipParts(t *testing.T, parts map[string]string) []byte {
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, n := range names {
		w, err := zw.Create(n)
		require.NoError(t, err)
		_, err = w.Write([]byte(parts[n]))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// TestXLSXPackage: the workbook found through the package's relationships
// wherever it is, absolute and relative targets, prefixed (x:) elements,
// strict-namespace r:id, the 1904 date system, hidden and very hidden
// sheets noted, and every cell type.
func TestXLSXPackage(t *testing.T) {
	const main = `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	data := zipParts(t, map[string]string{
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="book/wb.xml"/></Relationships>`,
		"book/wb.xml": `<x:workbook ` + main + ` xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><x:workbookPr date1904="1"/><x:sheets>` +
			`<x:sheet name="藏" sheetId="1" state="hidden" r:id="a"/><x:sheet name="数 &amp; 字" sheetId="2" r:id="b"/><x:sheet name="深藏" sheetId="3" state="veryHidden" r:id="a"/></x:sheets></x:workbook>`,
		"book/_rels/wb.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="x/worksheet" Target="/book/s1.xml"/><Relationship Id="b" Type="x/worksheet" Target="../book/sheets/s2.xml"/>` +
			`<Relationship Id="c" Type="x/sharedStrings" Target="strings.xml"/><Relationship Id="d" Type="x/styles" Target="st.xml"/><Relationship Id="e" Type="x/hyperlink" Target="http://example.com" TargetMode="External"/></Relationships>`,
		"book/strings.xml": `<x:sst ` + main + `><x:si><x:t>行_x000D_
一</x:t></x:si><x:si><x:r><x:t>≥</x:t></x:r><x:r><x:t>90%</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ヨミ</x:t></x:rPh></x:si><x:si><x:t><![CDATA[a<b & _x005F_x0041_]]></x:t></x:si></x:sst>`,
		"book/st.xml": `<x:styleSheet ` + main + `><x:numFmts><x:numFmt numFmtId="200" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></x:numFmts>` +
			`<x:cellStyleXfs><x:xf numFmtId="10"/></x:cellStyleXfs><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="200"/><x:xf numFmtId="2"/></x:cellXfs></x:styleSheet>`,
		"book/s1.xml": `<x:worksheet ` + main + `><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>不该读到</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
		"book/sheets/s2.xml": `<x:worksheet ` + main + `><x:sheetData><x:row r="1">` +
			`<x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c>` +
			`<x:c r="E1" s="1"><x:v>44560</x:v></x:c><x:c r="F1" t="d" s="1"><x:v>2025-12-31T00:00:00Z</x:v></x:c>` +
			`<x:c r="G1" t="e"><x:v>#N/A</x:v></x:c><x:c r="H1" t="b"><x:v>0</x:v></x:c><x:c r="I1" s="2"><x:v>1E-1</x:v></x:c>` +
			`<x:c r="J1" s="9"><x:v>7</x:v></x:c><x:c r="K1" s="2"/><x:c r="L1" t="n"><x:v>n/a</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
	})
	var got []*sheetData
	notes, err := readXLSXSheets(data, layout.DefaultLimits, func(s *sheetData) error { got = append(got, s); return nil })
	require.NoError(t, err)
	assert.Equal(t, []model.Unrecognized{
		{Text: `hidden sheet "藏" skipped`, Source: model.Pos{Sheet: "藏"}},
		{Text: `hidden sheet "深藏" skipped`, Source: model.Pos{Sheet: "深藏"}},
	}, notes)
	require.Len(t, got, 1)
	assert.Equal(t, "数 & 字", got[0].name)
	texts := map[string]string{}
	for _, c := range got[0].cells {
		texts[cellRef(c.row, c.col)] = c.text
	}
	assert.Equal(t, map[string]string{
		"A1": "行\n一", "B1": "≥90%", "C1": "a<b & _x0041_",
		"E1": "2025年12月31日", "F1": "2025年12月31日", "G1": "#N/A", "H1": "FALSE", "I1": "0.10",
		"J1": "7", "L1": "n/a",
	}, texts)
}

// TestXLSXBrokenParts: a workbook that lists no sheet, a sheet without a
// part, a bad cell reference and a shared string that is not there are
// refused, each with one line.
func TestXLSXBrokenParts(t *testing.T) {
	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"no sheets", zipParts(t, map[string]string{"xl/workbook.xml": `<workbook><sheets/></workbook>`}), "xl/workbook.xml lists no sheets"},
		{"no sheet part", zipParts(t, map[string]string{"xl/workbook.xml": `<workbook><sheets><sheet name="S" r:id="x"/></sheets></workbook>`}), `sheet "S" has no part`},
		{"bad reference", officetest.XLSXParts(t, `<sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData>`, ""), `sheet "Sheet1": cell reference "1A"`},
		{"column past XFD", officetest.XLSXParts(t, `<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>`, ""), `cell reference "XFE1"`},
		{"shared string missing", officetest.XLSXParts(t, `<sheetData><row r="1"><c r="B1" t="s"><v>3</v></c></row></sheetData>`, `<si><t>x</t></si>`), `cell B1: no shared string "3" (the table holds 1)`},
		{"malformed XML", officetest.XLSXParts(t, `<sheetData><row r="1"><c r="A1><v>1</v></c></row></sheetData>`, ""), "malformed XML in xl/worksheets/sheet1.xml"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ReadXLSX(tt.data, layout.DefaultLimits)
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrBadXLSX), "%v", err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "\n")
		})
	}
}
