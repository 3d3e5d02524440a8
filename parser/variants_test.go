package parser

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"time"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// Word internals, one per construct, in a filing: each helper returns
// WordprocessingML.
func tc(content string, props ...string) string {
	return "<w:tc><w:tcPr>" + strings.Join(props, "") + "</w:tcPr>" + content + "</w:tc>"
}
func tcText(text string, props ...string) string { return tc(p(r(text)), props...) }
func tr(cells ...string) string                  { return "<w:tr>" + strings.Join(cells, "") + "</w:tr>" }
func headerTr(cells ...string) string {
	return `<w:tr><w:trPr><w:tblHeader/></w:trPr>` + strings.Join(cells, "") + "</w:tr>"
}
func tbl(rows ...string) string { return "<w:tbl>" + strings.Join(rows, "") + "</w:tbl>" }

const (
	span2   = `<w:gridSpan w:val="2"/>`
	restart = `<w:vMerge w:val="restart"/>`
	cont    = `<w:vMerge/>`
)

// wordInternalsBody is a one-project filing that uses every Word construct
// the DOCX reader must understand.
func wordInternalsBody() string {
	gridHeader := headerTr(tcText("一级指标"), tcText("二级指标"), tcText("三级指标"), tcText("绩效指标描述"), tcText("指标值"), tcText("指标值确定依据"))
	return p(r("第一部分")) +
		`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>` + r("部门整体绩效目标") + `</w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:id="0" w:name="_Toc1"/>` + r("一、总体绩效目标") + `<w:bookmarkEnd w:id="0"/></w:p>` +
		// a complex field (page number) keeps its result, drops its instruction
		p(r("2026年")+`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY Unit </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`+r("本单位")+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`+r("绩效目标为保障运转。")) +
		// block-level content control and a text box
		`<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>` +
		`<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr>` + r("1.") + `<w:smartTag w:uri="x" w:element="y">` + r("2026年度") + `</w:smartTag>` + r("信息化运维经费绩效目标表") + `</w:p>` +
		`</w:sdtContent></w:sdt>` +
		tbl(
			tr(tcText("203001保定白沟新城党群工作部（本级）", `<w:gridSpan w:val="4"/>`), tcText("单位：万元", span2)),
			// row-level content control; tracked changes in the code
			`<w:sdt><w:sdtContent>`+tr(tcText("项目编码"), tc(p(`<w:del w:id="1"><w:r><w:delText>13060525P000000000000</w:delText></w:r></w:del><w:ins w:id="2">`+r("13060526P00002810099Z")+`</w:ins>`), span2), tcText("项目名称"), tc(p(`<w:moveFrom>`+r("旧名称")+`</w:moveFrom><w:moveTo>`+r("信息化运维经费")+`</w:moveTo>`), span2))+`</w:sdtContent></w:sdt>`,
			// runs split mid-number, a simple field, cell-level content control
			tr(tcText("预算规模及资金用途", restart), tcText("预算数"), tc(p(r("1")+r("2.")+r("50"))), tcText("其中：财政资金"), `<w:sdt><w:sdtContent>`+tc(p(`<w:fldSimple w:instr=" =12.5 ">`+r("12.50")+`</w:fldSimple>`))+`</w:sdtContent></w:sdt>`, tcText("其他资金"), tc(p(""))),
			tr(tc(p(""), cont), tc(p(r("用于信息系统运维")+`<w:r><w:br/></w:r>`+r("和网络服务。")), `<w:gridSpan w:val="6"/>`)),
			tr(tcText("资金支出计划（万元）", restart), tcText("3月底"), tcText("6月底"), tcText("10月底"), tcText("12月底")),
			tr(tc(p(""), cont), tcText("3.00"), tcText("6.00"), tcText("9.00"), tc(p(`<w:r><w:t>12.</w:t></w:r><w:sdt><w:sdtContent>`+r("50")+`</w:sdtContent></w:sdt>`))),
			tr(tcText("绩效目标"), tc(p(r("1.保障系统稳定运行。"))+p(r("2.")+`<w:r><w:t xml:space="preserve">提升</w:t><w:cr/><w:t>网络服务质量。</w:t></w:r>`), `<w:gridSpan w:val="6"/>`)),
		) +
		// the grid, split by a page break into two tables, header repeated
		tbl(
			gridHeader,
			tr(tcText("产出指标", restart), tcText("数量指标"), tcText("运维系统数量"), tcText("运维的业务系统个数"), tc(p(`<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>`+r("5")+r("个"))), tcText("运维合同")),
			tr(tc(p(""), cont), tcText("质量指标"), tcText("系统可用率"), tcText("全年可用时间占比"), tc(p(`<mc:AlternateContent><mc:Choice Requires="w14">`+r("≥99%")+`</mc:Choice><mc:Fallback>`+r("≥99%")+`</mc:Fallback></mc:AlternateContent>`)), tcText("服务标准")),
			tr(tc(p(""), cont), tcText("时效指标"), tcText("故障响应时间"), tcText("接报到响应"), tc(p(`<w:r><w:sym w:font="Symbol" w:char="F0A3"/></w:r>`+r("2小时"))), tcText("服务标准")),
		) +
		p(`<w:r><w:br w:type="page"/></w:r>`) +
		tbl(
			gridHeader,
			tr(tc(p(""), `<w:gridSpan w:val="1"/>`), tcText("成本指标"), tcText("运维成本"), tcText("全年运维费用"), tc(p(r("≤12.5")+`<w:r><w:noBreakHyphen/></w:r>`+r("万元"))), tcText("预算")),
			tr(`<w:tc><w:tcPr/>`+`<x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:r><x:t>效益指标</x:t></x:r></x:p></w:tc>`, tcText("社会效益指标"), tcText("办公效率"), tcText("信息化支撑水平"), tc(p(r("进一步")+`<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>`+p(r("（注）"))+`</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`+r("提高"))), tcText("工作计划")),
			tr(tcText("满意度指标"), tcText("服务对象满意度指标"), tcText("使用人员满意度"), tcText("问卷"), tcText("≥90%"), tcText("问卷调查")),
		)
}

// buildDOCX packs a body deterministically (fixed times), so that the
// committed file can be compared with what the test builds.
func buildDOCX(body string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range []struct{ name, content string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` +
			body + `</w:body></w:document>`},
	} {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		w.Write([]byte(f.content))
	}
	zw.Close()
	return b.Bytes()
}

// TestWordInternalsDOCX keeps testdata/variants/word-internals.docx equal to
// what wordInternalsBody builds (-update rewrites it) and checks what the
// extractor reads from it; TestGolden holds the whole document.
func TestWordInternalsDOCX(t *testing.T) {
	path := filepath.Join("..", "testdata", "variants", "word-internals.docx")
	data := buildDOCX(wordInternalsBody())
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	committed, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(committed, data) {
		t.Fatalf("%s is not what the test builds (run go test ./parser -update): %v", path, err)
	}
	doc, err := Parse(data, Options{Path: "word-internals.docx"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Projects) != 1 {
		t.Fatalf("%d projects", len(doc.Projects))
	}
	pr := doc.Projects[0]
	checks := []struct{ what, got, want string }{
		{"overview paragraph (field result kept, instruction dropped)", strings.Join(doc.Overview.Sections[0].Paragraphs, "|"), "2026年本单位绩效目标为保障运转。"},
		{"title (content control, smart tag)", pr.Title, "2026年度信息化运维经费绩效目标表"},
		{"code (deleted text dropped, inserted kept)", pr.Code, "13060526P00002810099Z"},
		{"name (moveFrom dropped, moveTo kept)", pr.Name, "信息化运维经费"},
		{"total (runs split mid-number)", deref(pr.Budget.Total), "12.50"},
		{"fiscal (simple field, cell content control)", deref(pr.Budget.Fiscal), "12.50"},
		{"other (blank)", deref(pr.Budget.Other), "<nil>"},
		{"purpose (w:br)", pr.Purpose, "用于信息系统运维\n和网络服务。"},
		{"last spending point (run-level content control)", deref(pr.SpendingPlan.Points[3].Value), "12.50"},
		{"spending unit", pr.SpendingPlan.Unit, "万元"},
		{"goals (w:cr)", strings.Join(pr.Goals, "|"), "保障系统稳定运行。|提升\n网络服务质量。"},
		{"indicators (grid continued after a page break, header repeated)", strconv.Itoa(len(pr.Indicators)), "6"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.what, c.got, c.want)
		}
	}
	want := []struct{ l1, l2, name, raw string }{
		{"产出指标", "数量指标", "运维系统数量", "≥5个"},
		{"产出指标", "质量指标", "系统可用率", "≥99%"},
		{"产出指标", "时效指标", "故障响应时间", "≤2小时"},
		{"产出指标", "成本指标", "运维成本", "≤12.5-万元"},
		{"效益指标", "社会效益指标", "办公效率", "进一步\n（注）提高"},
		{"满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90%"},
	}
	for i, w := range want {
		if i >= len(pr.Indicators) {
			break
		}
		g := pr.Indicators[i]
		if g.Level1 != w.l1 || g.Level2 != w.l2 || g.Name != w.name || g.Value.Raw != w.raw {
			t.Errorf("indicator %d: %s/%s/%s = %q; want %s/%s/%s = %q", i+1, g.Level1, g.Level2, g.Name, g.Value.Raw, w.l1, w.l2, w.name, w.raw)
		}
	}
	if pr.Indicators[0].Value.Kind != model.KindQuantity || pr.Indicators[0].Value.Op != ">=" {
		t.Errorf("w:sym F0B3 did not become ≥: %+v", pr.Indicators[0].Value)
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestVariants checks what the extractor reads from the hand-written layout
// variants in testdata/variants (TestGolden holds the whole documents).
func TestVariantOneTable(t *testing.T) {
	doc := parseFile(t, "variants/one-table.txt")
	p := doc.Projects[0]
	// title without number, 项目名称 before 项目编码
	assert.Equal(t, 1, p.Index)
	assert.Equal(t, "办公经费绩效目标表", p.Title)
	assert.Equal(t, "13060526P00020010024Q", p.Code)
	assert.Equal(t, "办公经费", p.Name)
	assert.Equal(t, "203001", p.Department.Code, "unit line as paragraphs")
	assert.Equal(t, "万元", p.MoneyUnit)
	assert.Equal(t, "保障机关日常运转。", p.Purpose, "资金用途 as its own row")
	assert.Equal(t, "2.00", deref(p.Budget.Other))
	assert.Equal(t, "%", p.SpendingPlan.Unit, "spending plan in percentages")
	assert.Equal(t, "100", deref(p.SpendingPlan.Points[3].Value))
	require.Len(t, p.Goals, 2, "inline numbered goals")
	assert.Equal(t, "提高办公效率。", p.Goals[1])
	v := p.Indicators[3].Value
	assert.Equal(t, "≤2万元", v.Raw, "value split into sign | number | unit cells")
	require.NotNil(t, v.Base)
	assert.Equal(t, "20000", v.Base.Number)
	inds := append(append([]model.Indicator(nil), p.Indicators[:3]...), p.Indicators[4:]...)
	require.Len(t, inds, 5, "5-column grid, 年度指标值")
	assert.Equal(t, [2]string{"产出指标", "数量指标"}, [2]string{inds[1].Level1, inds[1].Level2}, "level 2 repeated")
	assert.Equal(t, [2]string{"成本指标", "经济成本指标"}, [2]string{inds[2].Level1, inds[2].Level2}, "成本 as level 1")
	assert.Equal(t, "", inds[0].Description, "grid without a description column")
	assert.Equal(t, "编制数", inds[0].Basis)
	assert.Equal(t, "≥ 30人", inds[0].Value.Raw)
}

func TestVariantContinuedGrid(t *testing.T) {
	doc := parseFile(t, "variants/continued-grid.html")
	require.Len(t, doc.Projects, 2)
	p := doc.Projects[0]
	require.Len(t, p.Indicators, 6, "grid continued under a repeated header")
	assert.Equal(t, "产出指标", p.Indicators[2].Level1, "rowspans filled down")
	assert.Equal(t, "时效指标", p.Indicators[2].Level2)
	assert.Equal(t, "数量指标", p.Indicators[1].Level2)
	assert.Equal(t, "", p.Indicators[0].Basis, "4-column grid")
	assert.Equal(t, "≤1800元/人/月", p.Indicators[3].Value.Raw, "指标值（包含数字及文字描述）")
	assert.Equal(t, "用于支付就业见习补贴。\n按月发放。", p.Purpose, "<br> and <p> in cells")
	assert.Len(t, p.Goals, 2)
	q := doc.Projects[1]
	require.Len(t, q.Indicators, 3, "second project, header and grid in one table")
	assert.Equal(t, "≥85%", q.Indicators[1].Value.Raw, "value split across cells under a colspan header")
	assert.Equal(t, "产出指标", q.Indicators[1].Level1)
	assert.Nil(t, q.SpendingPlan.Points[0].Value)
}

func TestVariantEncodings(t *testing.T) {
	for _, c := range []struct{ file, enc, name string }{
		{"variants/gb18030-crlf.txt", layout.EncGB18030, "办公经费（㐀）"}, // 㐀 is a four-byte GB18030 sequence
		{"variants/utf16le-bom.txt", layout.EncUTF16LE, "办公经费"},
		{"variants/gb2312-meta.html", layout.EncGB18030, "2026年就业见习补贴资金"},
		{"variants/utf8-bom-crlf.txt", layout.EncUTF8BOM, "办公经费"},
		{"variants/lying-meta.html", layout.EncUTF8, "2026年就业见习补贴资金"}, // says gb2312, holds UTF-8
	} {
		d := parseFile(t, c.file)
		assert.Equal(t, c.enc, d.Source.Encoding, c.file)
		assert.Equal(t, c.name, d.Projects[0].Name, c.file)
		assert.GreaterOrEqual(t, len(d.Projects[0].Indicators), 5, c.file)
	}
	v := parseFile(t, "variants/gb2312-meta.html").Projects[0].Indicators[3].Value.Raw
	assert.Equal(t, "≤1800元/人/月", v, "目标值 as the value column")
}

func TestVariantNationalTemplate(t *testing.T) {
	doc := parseFile(t, "variants/national-template.html")
	p := doc.Projects[0]
	assert.Equal(t, 1, p.Index, "（一） numbering")
	assert.Equal(t, "2026年度农村公路养护项目支出绩效目标表", p.Title)
	assert.Equal(t, model.Department{Code: "305001", Name: "某县交通运输局"}, p.Department, "主管部门")
	assert.Equal(t, "万元", p.MoneyUnit, "项目资金（万元）")
	assert.Equal(t, [3]string{"120.00", "100.00", "20.00"}, [3]string{deref(p.Budget.Total), deref(p.Budget.Fiscal), deref(p.Budget.Other)})
	assert.Len(t, p.Goals, 2, "年度总体目标")
	require.Len(t, p.Indicators, 5, "the grid under a 绩效指标 label column")
	assert.Equal(t, "养护里程", p.Indicators[0].Name)
	assert.Equal(t, "2026-11-30", p.Indicators[2].Value.Date)
	assert.Empty(t, doc.Unrecognized)
	require.NotNil(t, p.Implementer, "the 实施单位 is the implementer")
	assert.Equal(t, "某县公路管理站", p.Implementer.Name)
}
