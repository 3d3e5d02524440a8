package parser

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// makeDOCX builds a DOCX package whose body is the given WordprocessingML.
func makeDOCX(t testing.TB, body string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`))
	w, _ = zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` +
		body + `</w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func p(runs string) string { return "<w:p>" + runs + "</w:p>" }
func r(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

// layoutText renders blocks compactly: paragraphs as "P[level] text",
// tables as rows of cells "text{span}" with "^" for merge continuations.
func layoutText(blocks []Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		if bl.Para != nil {
			b.WriteString("P")
			if bl.Para.Level > 0 {
				b.WriteByte(byte('0' + bl.Para.Level))
			}
			b.WriteString(" " + bl.Para.Text + "\n")
			continue
		}
		b.WriteString("T\n")
		for _, row := range bl.Table.Rows {
			var cells []string
			for _, c := range row {
				s := c.Text
				if c.Merged {
					s = "^"
				}
				if c.ColSpan > 1 {
					s += "{" + string(rune('0'+c.ColSpan)) + "}"
				}
				cells = append(cells, s)
			}
			b.WriteString("| " + strings.Join(cells, " | ") + "\n")
		}
	}
	return b.String()
}

func TestDOCXConstructs(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"runs split mid-number", p(r("≤1") + r("541") + r(".7元/人")), "P ≤1541.7元/人\n"},
		{"tab and breaks", p(r("a") + "<w:r><w:tab/></w:r>" + r("b") + "<w:r><w:br/></w:r>" + r("c") + "<w:r><w:cr/></w:r>" + r("d")), "P a\tb\nc\nd\n"},
		{"symbol font signs", p(`<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>` + r("90%") + `<w:r><w:sym w:font="Symbol" w:char="f0a3"/></w:r>`), "P ≥90%≤\n"},
		{"hyperlink and smart tag", p(`<w:hyperlink r:id="x">` + r("link") + `</w:hyperlink><w:smartTag w:element="x">` + r("tag") + `</w:smartTag>`), "P linktag\n"},
		{"content controls", `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>` + p(`<w:sdt><w:sdtContent>`+r("inside")+`</w:sdtContent></w:sdt>`) + `</w:sdtContent></w:sdt>`, "P inside\n"},
		{"tracked changes", p(r("keep ") + `<w:ins w:id="1">` + r("new") + `</w:ins><w:del w:id="2"><w:r><w:delText>old</w:delText></w:r></w:del>` + `<w:moveFrom>` + r("gone") + `</w:moveFrom><w:moveTo>` + r("!") + `</w:moveTo>`), "P keep new!\n"},
		{"complex field keeps its result", p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` + r("7") + `<w:r><w:fldChar w:fldCharType="end"/></w:r>`), "P 7\n"},
		{"simple field", p(`<w:fldSimple w:instr=" DATE ">` + r("2026年") + `</w:fldSimple>`), "P 2026年\n"},
		{"alternate content takes one branch", p(`<mc:AlternateContent><mc:Choice Requires="wps">` + r("A") + `</mc:Choice><mc:Fallback>` + r("B") + `</mc:Fallback></mc:AlternateContent>`), "P A\n"},
		{"headings", `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>` + r("一、总体") + `</w:p>` + `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr>` + r("第一部分") + `</w:p>`, "P2 一、总体\nP1 第一部分\n"},
		{"bookmarks are not text", p(`<w:bookmarkStart w:id="0" w:name="_Toc1"/>` + r("title") + `<w:bookmarkEnd w:id="0"/>`), "P title\n"},
		{"no-break hyphen", p(`<w:r><w:t>18</w:t><w:noBreakHyphen/><w:t>54</w:t></w:r>`), "P 18-54\n"},
		{"other namespace prefix", `<x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:r><x:t>prefixed</x:t></x:r></x:p>`, "P prefixed\n"},
		{"entities", p(r("a &amp; b &lt;1件")), "P a & b <1件\n"},
		{"grid span, vMerge, gridBefore", `<w:tbl>` +
			`<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>` + p(r("产出指标")) + `</w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + p(r("数量")) + `</w:tc></w:tr>` +
			`<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>` + p("") + `</w:tc><w:tc>` + p(r("a")) + p(r("b")) + `</w:tc><w:tc>` + p(r("c")) + `</w:tc></w:tr>` +
			`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc>` + p(r("x")) + `</w:tc></w:tr>` +
			`</w:tbl>`, "T\n| 产出指标 | 数量{2}\n| ^ | a\nb | c\n| x\n"},
		{"nested table stays in its cell", `<w:tbl><w:tr><w:tc>` + p(r("outer")) + `<w:tbl><w:tr><w:tc>` + p(r("i1")) + `</w:tc><w:tc>` + p(r("i2")) + `</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`, "T\n| outer\ni1\ti2\n"},
		{"repeated header row flag is harmless", `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>` + p(r("一级指标")) + `</w:tc></w:tr></w:tbl>`, "T\n| 一级指标\n"},
		{"text box paragraphs", p(r("host") + `<w:r><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml"><w:txbxContent>` + p(r("boxed")) + `</w:txbxContent></v:textbox></w:pict></w:r>`), "P host\nboxed\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, err := readDOCX(makeDOCX(t, tt.body), DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if got := layoutText(blocks); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestDOCXPositions(t *testing.T) {
	body := `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + p(r("a")) + `</w:tc><w:tc>` + p(r("b")) + `</w:tc></w:tr></w:tbl>` +
		p(r("between")) + `<w:tbl><w:tr><w:tc>` + p(r("c")) + `</w:tc></w:tr></w:tbl>`
	blocks, err := readDOCX(makeDOCX(t, body), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	b := blocks[0].Table.Rows[0][1].Pos
	if b.Table != 1 || b.Row != 1 || b.Col != 3 {
		t.Errorf("cell b at %+v, want table 1 row 1 col 3 (after a gridSpan of 2)", b)
	}
	if got := blocks[2].Table.Rows[0][0].Pos; got.Table != 2 {
		t.Errorf("second table numbered %d, want 2", got.Table)
	}
	if got := blocks[1].Para.Pos.Paragraph; got != 1 {
		t.Errorf("paragraph numbered %d, want 1", got)
	}
}

func TestHTMLConstructs(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"rowspan and colspan", `<table><tr><td rowspan="2">产出指标</td><td colspan="2">数量</td></tr><tr><td>a</td><td>b</td></tr></table>`,
			"T\n| 产出指标 | 数量{2}\n| ^ | a | b\n"},
		{"br and p inside cells", `<table><tr><td><p>1.甲</p><p>2.乙</p></td><td>x<br>y</td></tr></table>`, "T\n| 1.甲\n2.乙 | x\ny\n"},
		{"source line breaks are spaces", "<table><tr><td>其中：财政\n\t\t资金</td></tr></table>", "T\n| 其中：财政 资金\n"},
		{"headings and paragraphs", `<h2>一、总体</h2><p>正文</p><div>松散<span>文字</span></div>`, "P2 一、总体\nP 正文\nP 松散文字\n"},
		{"scripts and styles dropped", `<style>p{}</style><script>x=1</script><p>可见</p>`, "P 可见\n"},
		{"huge rowspan is capped", `<table><tr><td rowspan="65534">a</td><td>b</td></tr><tr><td>c</td></tr></table>`, "T\n| a | b\n| ^ | c\n"},
		{"nested table stays in its cell", `<table><tr><td>outer<table><tr><td>i1</td><td>i2</td></tr></table></td></tr></table>`, "T\n| outer\ni1 i2\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, err := readHTML(tt.html, DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if got := layoutText(blocks); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestTextConstructs(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"cells and rows", "\ta\n\tb\n\n\tc\n\n", "T\n| a | b\n| c\n"},
		{"cell paragraphs after a blank line", "\t绩效目标\n\t1.甲\n\n2.乙\n\n\n \n", "T\n| 绩效目标 | 1.甲\n2.乙\n"},
		{"a cell may contain tabs", "\ta\tb\t\t\n\n", "T\n| a\tb\t\t\n"},
		{"bookmarks are not text", "[bookmark: _Toc1]一、总体\n", "P 一、总体\n"},
		{"a line of spaces ends a table", "\ta\n\n \n\tb\n\n", "T\n| a\nT\n| b\n"},
		{"paragraph after two blank lines ends a table", "\ta\n\n\n正文\n", "T\n| a\nP 正文\n"},
		{"CRLF", "\ta\r\n\tb\r\n\r\n", "T\n| a | b\n"},
		{"empty cells", "\t\n\t \n\tx\n\n", "T\n|  |   | x\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := layoutText(readText(tt.text)); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestTextPositions(t *testing.T) {
	blocks := readText("标题\n\ta\n\tb\n\n\tc\n")
	if got := blocks[0].Para.Pos.Line; got != 1 {
		t.Errorf("paragraph line %d, want 1", got)
	}
	if got := blocks[1].Table.Rows[1][0].Pos.Line; got != 5 {
		t.Errorf("cell c at line %d, want 5", got)
	}
}

func TestDecode(t *testing.T) {
	const s = "绩效目标表 ≥90% 𠀀"
	gb, _ := simplifiedchinese.GB18030.NewEncoder().String(s)
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(s)
	tests := []struct {
		in, enc string
	}{
		{s, EncUTF8}, {"\xEF\xBB\xBF" + s, EncUTF8BOM}, {gb, EncGB18030}, {u16le, EncUTF16LE}, {u16be, EncUTF16BE},
	}
	for _, tt := range tests {
		got, enc, err := decodeText([]byte(tt.in))
		if err != nil || got != s || enc != tt.enc {
			t.Errorf("decodeText(%s) = %q, %s, %v; want %q, %s", tt.enc, got, enc, err, s, tt.enc)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct{ in, want string }{
		{"PK\x03\x04rest", FormatDOCX},
		{"<!DOCTYPE html><html>", FormatHTML},
		{"  \n<html><body>", FormatHTML},
		{"\xEF\xBB\xBF<table><tr>", FormatHTML},
		{" 第一部分\n部门整体绩效目标", FormatText},
		{"<1件 is a value, not markup", FormatText},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestLeadingNumber(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		rest string
	}{
		{"1.办公经费", 1, "办公经费"}, {"12、办公经费", 12, "办公经费"}, {"（3）办公经费", 3, "办公经费"}, {"(4)办公经费", 4, "办公经费"},
		{"①办公经费", 1, "办公经费"}, {"一、办公经费", 1, "办公经费"}, {"（十二）办公经费", 12, "办公经费"}, {"(二十三)办公经费", 23, "办公经费"},
		{"2025年度办公经费", 0, "2025年度办公经费"}, {"1.5万元", 0, "1.5万元"}, {"一流大学", 0, "一流大学"}, {"十分重要", 0, "十分重要"},
		{"1.2025年度下派选调生", 1, "2025年度下派选调生"},
	}
	for _, tt := range tests {
		n, rest := leadingNumber(tt.in)
		if n != tt.n || rest != tt.rest {
			t.Errorf("leadingNumber(%q) = %d, %q; want %d, %q", tt.in, n, rest, tt.n, tt.rest)
		}
	}
}
