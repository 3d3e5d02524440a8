package parser

import (
	"github.com/perfdoc/perfdoc/internal/officetest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/docx"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/text"
)

func p(runs string) string { return "<w:p>" + runs + "</w:p>" }
func r(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

// layoutText renders blocks compactly: paragraphs as "P[level] text",
// tables as rows of cells "text{span}" with "^" for merge continuations.
func layoutText(blocks []layout.Block) string {
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
		{"tab stops are no text", `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` + r("a") + `</w:p>`, "P a\n"},
		{"formatting and table properties are skipped", `<w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr><w:tblGrid><w:gridCol w:w="1"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcBorders><w:top w:val="single"/></w:tcBorders><w:gridSpan w:val="3"/></w:tcPr>` + p(`<w:r><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t>x</w:t></w:r>`) + `</w:tc></w:tr></w:tbl>`, "T\n| x{3}\n"},
		{"style ids in any case, with spaces", `<w:p><w:pPr><w:pStyle w:val="heading 3"/></w:pPr>` + r("a") + `</w:p><w:p><w:pPr><w:pStyle w:val="TITLE"/></w:pPr>` + r("b") + `</w:p><w:p><w:pPr><w:pStyle w:val="TableContents"/></w:pPr>` + r("c") + `</w:p>`, "P3 a\nP1 b\nP c\n"},
		{"nested table rows, vMerge and all, are lines of the cell", `<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>` + p(r("i1")) + `</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>` + p(r("i2")) + `</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`, "T\n| i1\ni2\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, err := docx.Read(officetest.DOCX(t, tt.body), layout.DefaultLimits)
			require.NoError(t, err)
			assert.Equal(t, tt.want, layoutText(blocks))
		})
	}
}

// TestDOCXErrors: malformed XML is refused with the byte offset where the
// reader stopped, and the table it was in.
func TestDOCXErrors(t *testing.T) {
	tests := []struct {
		name, body, want string
		pos              model.Pos
	}{
		{"an end tag that closes another element", p(`<w:r><w:t>a</w:t></w:p></w:r>`), "does not close", model.Pos{}},
		{"tables nested too deep", `<w:tbl><w:tr><w:tc>` + strings.Repeat(`<w:tbl>`, 40), "tables nested deeper than 32", model.Pos{Table: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := docx.Read(officetest.DOCX(t, tt.body), layout.DefaultLimits)
			var pe *layout.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Contains(t, pe.Error(), tt.want)
			assert.Equal(t, tt.pos, pe.Pos)
			assert.Greater(t, pe.Offset, int64(200), "the offset counts the XML before the body")
		})
	}
}

func TestDOCXPositions(t *testing.T) {
	body := `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + p(r("a")) + `</w:tc><w:tc>` + p(r("b")) + `</w:tc></w:tr></w:tbl>` +
		p(r("between")) + `<w:tbl><w:tr><w:tc>` + p(r("c")) + `</w:tc></w:tr></w:tbl>`
	blocks, err := docx.Read(officetest.DOCX(t, body), layout.DefaultLimits)
	require.NoError(t, err)
	assert.Equal(t, model.Pos{Table: 1, Row: 1, Col: 3}, blocks[0].Table.Rows[0][1].Pos, "cell b comes after a gridSpan of 2")
	assert.Equal(t, 2, blocks[2].Table.Rows[0][0].Pos.Table)
	assert.Equal(t, 1, blocks[1].Para.Pos.Paragraph)
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
		{"cells and rows close implicitly", `<table><tr><td>a<td>b<tr><td>c</table>`, "T\n| a | b\n| c\n"},
		{"paragraphs close implicitly", `<p>a<p>b<div>c</div>`, "P a\nP b\nP c\n"},
		{"text between rows comes before the table", `前<table>间<tr><td>a</td></tr></table>`, "P 前间\nT\n| a\n"},
		{"a span that holds a table is a container", `<span>a<p>b</p>c<table><tr><td>x</td></tr></table>d</span>`, "P a\nP b\nP c\nT\n| x\nP d\n"},
		{"bold across paragraphs", `<p><b>a</p><p>b</b></p>`, "P a\nP b\n"},
		{"font closed inside its paragraph", `x<font><p>a</font>b</p>`, "P x\nP ab\n"},
		{"attributes in any case and quoting", `<table><tr><td ROWSPAN=2 style="x">a</td><td colSpan='2'>b</td></tr><tr><td>c</td></tr></table>`, "T\n| a | b{2}\n| ^ | c\n"},
		{"a caption is no cell", `<table><caption>标题</caption><tr><td>a</td></tr></table>`, "T\n| a\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, err := html.Read([]byte(tt.html), layout.DefaultLimits)
			require.NoError(t, err)
			assert.Equal(t, tt.want, layoutText(blocks))
		})
	}
}

// TestHTMLErrors: the line where the reader gave up.
func TestHTMLErrors(t *testing.T) {
	page := "<html>\n<body>\n" + strings.Repeat("<div>", 600)
	_, err := html.Read([]byte(page), layout.DefaultLimits)
	var pe *layout.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, model.Pos{Line: 3}, pe.Pos)
	assert.Equal(t, int64(len("<html>\n<body>\n")+5*512), pe.Offset, "the 513th <div>")
	assert.Contains(t, pe.Error(), "HTML elements nested deeper than 512")
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
		{"tab-separated rows are a table", "标题\n一级指标\t指标值\n产出指标\t≥95%\n", "P 标题\nT\n| 一级指标 | 指标值\n| 产出指标 | ≥95%\n"},
		{"a tab-separated row may open with an empty cell", "a\tb\tc\nx\ty\tz\n\tq\tr\n", "T\n| a | b | c\n| x | y | z\n|  | q | r\n"},
		{"one tab-separated line stays a paragraph", "标题\t单位：万元\n正文\n", "P 标题\t单位：万元\nP 正文\n"},
		{"a Tika table after tab-separated rows", "a\tb\nc\td\n\te\n\n", "T\n| a | b\n| c | d\nT\n| e\n"},
		{"a tabbed line inside a Tika cell continues it", "\ta\n\n\tb\nx\ty\n\n", "T\n| a\n| b\nx\ty\n"},
		{"tab-separated rows with an empty first column", "标题\n\t一级指标\t指标值\n\t产出指标\t≥95%\n\n", "P 标题\nT\n|  | 一级指标 | 指标值\n|  | 产出指标 | ≥95%\n"},
		{"a Tika row with a cell without tabs stays one row", "\ta\tb\n\tc\n\n", "T\n| a\tb | c\n"},
		{"a Tika table of two rows with tabs in its cells stays", "\ta\tb\n\tc\td\n\n\te\tf\n\n", "T\n| a\tb | c\td\n| e\tf\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, layoutText(text.Read(tt.text)))
		})
	}
}

func TestTextPositions(t *testing.T) {
	blocks := text.Read("标题\n\ta\n\tb\n\n\tc\n")
	assert.Equal(t, 1, blocks[0].Para.Pos.Line)
	assert.Equal(t, 5, blocks[1].Table.Rows[1][0].Pos.Line)
}

// TestLayoutMerges holds every reader to the layout's meaning of RowSpan
// and Merged (layout.go) on every filing in testdata: a continuation cell
// lies within the RowSpan of the nearest unmerged cell above it in its
// column, and each row a RowSpan covers has its continuation cell.
func TestLayoutMerges(t *testing.T) {
	var files []string
	for _, dir := range []string{"", "variants", "families", "office", "pdf"} {
		m, _ := filepath.Glob(filepath.Join("..", "testdata", dir, "*.*"))
		files = append(files, m...)
	}
	checked := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".json") {
			continue
		}
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		blocks := readAny(t, data)
		for _, b := range blocks {
			if b.Table != nil {
				checkMerges(t, f, b.Table)
				checked++
			}
		}
	}
	assert.Greater(t, checked, 100)
}

func readAny(t *testing.T, data []byte) []layout.Block {
	blocks, _, _, err := readBlocks(Sniff(data), data, layout.DefaultLimits, &ocrRun{})
	require.NoError(t, err)
	return blocks
}

func checkMerges(t *testing.T, file string, tbl *layout.Table) {
	type origin struct{ row, span int }
	above := map[int]origin{} // grid column → the last unmerged cell there
	for ri, row := range tbl.Rows {
		for _, c := range row {
			col := c.Pos.Col
			if !c.Merged {
				if c.RowSpan < 1 {
					t.Errorf("%s %v: RowSpan %d", file, c.Pos, c.RowSpan)
				}
				above[col] = origin{ri, c.RowSpan}
				continue
			}
			o, ok := above[col]
			if !ok || ri >= o.row+o.span || c.Text != "" || c.RowSpan != 1 {
				t.Errorf("%s %v: a continuation cell outside the RowSpan of the cell above (%+v)", file, c.Pos, o)
			}
		}
	}
	for ri, row := range tbl.Rows {
		for _, c := range row {
			for k := 1; k < c.RowSpan && !c.Merged; k++ {
				found := false
				for _, d := range tbl.Rows[ri+k] {
					found = found || d.Merged && d.Pos.Col == c.Pos.Col
				}
				if !found {
					t.Errorf("%s %v: RowSpan %d but row %d has no continuation cell", file, c.Pos, c.RowSpan, ri+k+1)
				}
			}
		}
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
		{s, layout.EncUTF8}, {"\xEF\xBB\xBF" + s, layout.EncUTF8BOM}, {gb, layout.EncGB18030}, {u16le, layout.EncUTF16LE}, {u16be, layout.EncUTF16BE},
	}
	for _, tt := range tests {
		got, enc, err := layout.DecodeText([]byte(tt.in))
		require.NoError(t, err, tt.enc)
		assert.Equal(t, s, got, tt.enc)
		assert.Equal(t, tt.enc, enc)
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
		assert.Equal(t, tt.want, Sniff([]byte(tt.in)), tt.in)
	}
}
