package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The parts of a report workbook besides its sheets: the package's
// content types and relationships, the workbook, styles, shared strings
// and document properties (creator perfdoc, no dates).

const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsMain    = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkgRel  = "http://schemas.openxmlformats.org/package/2006/relationships"
	ctSheetML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
)

// zipTime is every entry's modification time, so that the same report
// gives the same bytes.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// writePackage writes the parts, in a fixed order, as a zip.
func (wb *workbook) writePackage(w io.Writer) error {
	type part struct {
		name string
		data []byte
	}
	parts := []part{
		{"[Content_Types].xml", wb.contentTypes()},
		{"_rels/.rels", []byte(xmlHeader + `<Relationships xmlns="` + nsPkgRel + `">` +
			`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/>` +
			`<Relationship Id="rId2" Type="` + nsPkgRel + `/metadata/core-properties" Target="docProps/core.xml"/>` +
			`<Relationship Id="rId3" Type="` + nsRel + `/extended-properties" Target="docProps/app.xml"/></Relationships>`)},
		{"docProps/app.xml", []byte(xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
			`<Application>perfdoc</Application></Properties>`)},
		{"docProps/core.xml", []byte(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
			` xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>perfdoc</dc:creator></cp:coreProperties>`)},
		{"xl/workbook.xml", wb.workbookXML()},
		{"xl/_rels/workbook.xml.rels", wb.workbookRels()},
		{"xl/styles.xml", wb.stylesXML()},
		{"xl/sharedStrings.xml", wb.sharedStringsXML()},
	}
	for i, s := range wb.sheets {
		parts = append(parts, part{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), s.xml})
	}
	zw := zip.NewWriter(w)
	for _, p := range parts {
		out, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return err
		}
		if _, err := out.Write(p.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

func (wb *workbook) contentTypes() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="` + ctSheetML + `sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="` + ctSheetML + `styles+xml"/>` +
		`<Override PartName="/xl/sharedStrings.xml" ContentType="` + ctSheetML + `sharedStrings+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`)
	for i := range wb.sheets {
		fmt.Fprintf(&b, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="%sworksheet+xml"/>`, i+1, ctSheetML)
	}
	b.WriteString("</Types>")
	return b.Bytes()
}

// workbookXML lists the sheets and names each sheet's filtered range
// (_xlnm._FilterDatabase), as Excel does for an autoFilter.
func (wb *workbook) workbookXML() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">` +
		`<bookViews><workbookView activeTab="0"/></bookViews><sheets>`)
	for i, s := range wb.sheets {
		fmt.Fprintf(&b, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, xmlEscape(s.name), i+1, i+1)
	}
	b.WriteString("</sheets><definedNames>")
	for i, s := range wb.sheets {
		a, z, _ := strings.Cut(s.filter, ":")
		ref := "'" + strings.ReplaceAll(s.name, "'", "''") + "'!" + absRef(a) + ":" + absRef(z)
		fmt.Fprintf(&b, `<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">%s</definedName>`, i, xmlEscape(ref))
	}
	b.WriteString("</definedNames></workbook>")
	return b.Bytes()
}

// absRef makes an A1 reference absolute: $A$1.
func absRef(ref string) string {
	i := strings.IndexAny(ref, "0123456789")
	if i < 0 {
		return ref
	}
	return "$" + ref[:i] + "$" + ref[i:]
}

func (wb *workbook) workbookRels() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<Relationships xmlns="` + nsPkgRel + `">`)
	n := len(wb.sheets)
	for i := range wb.sheets {
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, nsRel, i+1)
	}
	fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>`, n+1, nsRel)
	fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="%s/sharedStrings" Target="sharedStrings.xml"/>`, n+2, nsRel)
	b.WriteString("</Relationships>")
	return b.Bytes()
}

// stylesXML writes the fonts (regular, bold), fills (none, the required
// gray125, the header's grey), the number formats and the cell formats:
// default, header, text, then one per number format.
func (wb *workbook) stylesXML() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<styleSheet xmlns="` + nsMain + `">`)
	if len(wb.numFmts) > 0 {
		fmt.Fprintf(&b, `<numFmts count="%d">`, len(wb.numFmts))
		for i, f := range wb.numFmts {
			fmt.Fprintf(&b, `<numFmt numFmtId="%d" formatCode="%s"/>`, firstCustomFmt+i, xmlEscape(f))
		}
		b.WriteString("</numFmts>")
	}
	font := `<sz val="11"/><name val="Calibri"/><family val="2"/>`
	b.WriteString(`<fonts count="2"><font>` + font + `</font><font><b/>` + font + `</font></fonts>` +
		`<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
		`<fill><patternFill patternType="solid"><fgColor rgb="FFEDEDED"/><bgColor indexed="64"/></patternFill></fill></fills>` +
		`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
		`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>`)
	fmt.Fprintf(&b, `<cellXfs count="%d">`, styleNumbers+len(wb.numFmts))
	b.WriteString(`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
		`<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
		`<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`)
	for i := range wb.numFmts {
		fmt.Fprintf(&b, `<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>`, firstCustomFmt+i)
	}
	b.WriteString(`</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`)
	return b.Bytes()
}

func (wb *workbook) sharedStringsXML() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, xmlHeader+`<sst xmlns="%s" count="%d" uniqueCount="%d">`, nsMain, len(wb.strs), len(wb.strs))
	for _, s := range wb.strs {
		b.WriteString("<si><t")
		if s != strings.TrimSpace(s) || strings.ContainsAny(s, "\n\t") {
			b.WriteString(` xml:space="preserve"`)
		}
		b.WriteString(">" + xmlEscape(escapeXString(s)) + "</t></si>")
	}
	b.WriteString("</sst>")
	return b.Bytes()
}

// xmlEscape escapes text for XML content and attributes, dropping what
// XML 1.0 cannot carry (control characters other than tab and line
// breaks, U+FFFE, U+FFFF, bytes that are not UTF-8).
func xmlEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1, r == 0xFFFE, r == 0xFFFF, r < 0x20 && r != '\t' && r != '\n' && r != '\r':
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\r':
			b.WriteString("&#13;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escapeXString keeps text that looks like an OOXML escape (_x0041_) from
// being read as one: its underscore is written as _x005F_.
func escapeXString(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && i+7 <= len(s) && s[i+1] == 'x' && s[i+6] == '_' && isHex(s[i+2:i+6]) {
			b.WriteString("_x005F_")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(s string) bool {
	_, err := strconv.ParseUint(s, 16, 16)
	return err == nil
}
