package parser

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/alloctest"
	"github.com/perfdoc/perfdoc/internal/officetest"
	"github.com/perfdoc/perfdoc/parser/docx"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/sheet"
	"github.com/perfdoc/perfdoc/parser/text"
	"github.com/perfdoc/perfdoc/parser/worddoc"
)

// docWithText is a Word 97 document whose main text is text (one
// compressed piece, no paragraph properties; officetest.TextDOC).
func docWithText(t testing.TB, text string) []byte {
	doc := officetest.TextDOC([]byte(text))
	data, _ := officetest.CFB(t, officetest.Stream{Name: "WordDocument", Data: doc[0]}, officetest.Stream{Name: "1Table", Data: doc[1]})
	return data
}

// TestReadersChargeParagraphs: every reader charges each paragraph with
// text ItemCost bytes beside its text as it reads it, so that millions of
// one-character paragraphs are refused while read, naming --max-text, and
// within the budget they pass. Without the charge, 1000 paragraphs of one
// character are 1000 bytes of text.
func TestReadersChargeParagraphs(t *testing.T) {
	const n = 1000
	fits := layout.Limits{MaxText: n * (1 + layout.ItemCost)}.WithDefaults()
	over := layout.Limits{MaxText: n*(1+layout.ItemCost) - 1}.WithDefaults()
	readers := []struct {
		name string
		read func(layout.Limits) ([]layout.Block, error)
	}{
		{"text", func(l layout.Limits) ([]layout.Block, error) {
			return text.ReadLimited(strings.Repeat("x\n", n), l)
		}},
		{"docx", func(l layout.Limits) ([]layout.Block, error) {
			return docx.Read(officetest.DOCX(t, strings.Repeat("<w:p><w:r><w:t>x</w:t></w:r></w:p>", n)), l)
		}},
		{"html", func(l layout.Limits) ([]layout.Block, error) {
			return html.Read([]byte(strings.Repeat("<p>x</p>", n)), l)
		}},
		{"doc", func(l layout.Limits) ([]layout.Block, error) {
			return worddoc.Read(docWithText(t, strings.Repeat("x\r", n)), l)
		}},
	}
	for _, r := range readers {
		t.Run(r.name, func(t *testing.T) {
			blocks, err := r.read(fits)
			require.NoError(t, err)
			assert.Len(t, blocks, n)
			_, err = r.read(over)
			require.ErrorIs(t, err, layout.ErrTooLarge)
			assert.ErrorContains(t, err, "--max-text")
		})
	}
}

// TestManyParagraphsBounded: a DOCX of two million one-character
// paragraphs (a 200 KB file) is refused while read: what it allocates is
// a small part of what keeping them took (3 GB RSS at five million).
func TestManyParagraphsBounded(t *testing.T) {
	data := officetest.DOCX(t, strings.Repeat("<w:p><w:r><w:t>1</w:t></w:r></w:p>", 2_000_000))
	var err error
	n := alloctest.Bytes(func() { _, err = Parse(data, Options{Path: "paras.docx"}) })
	require.ErrorIs(t, err, layout.ErrTooLarge)
	assert.ErrorContains(t, err, "--max-text")
	assert.Less(t, n, uint64(160<<20), "bytes allocated")
}

// TestDOCXEmptyParagraphsCounted: empty paragraphs are counted, so the
// positions of those after them are right, but not kept: a million
// <w:p/> hold nothing.
func TestDOCXEmptyParagraphsCounted(t *testing.T) {
	blocks, err := docx.Read(officetest.DOCX(t, "<w:p/><w:p></w:p><w:p><w:r><w:t>a</w:t></w:r></w:p>"), layout.DefaultLimits)
	require.NoError(t, err)
	require.Len(t, blocks, 1)
	assert.Equal(t, 3, blocks[0].Para.Pos.Paragraph)

	data := officetest.DOCX(t, strings.Repeat("<w:p/>", 1_000_000))
	n := alloctest.Bytes(func() { blocks, err = docx.Read(data, layout.DefaultLimits) })
	require.NoError(t, err)
	assert.Empty(t, blocks)
	assert.Less(t, n, uint64(16<<20), "bytes allocated")
}

// TestXMLTokensBounded: a DOCX's or an XLSX's part is read through a
// filter that cuts a long run of text before the tokenizer holds it, so a
// 32 MB <w:t> or shared string costs a few MiB (it cost twice its size),
// and refuses a tag of more than 4 MiB.
func TestXMLTokensBounded(t *testing.T) {
	long := strings.Repeat("甲", 32<<20/3)
	lim := layout.Limits{MaxCell: 1000}.WithDefaults()
	data := officetest.DOCX(t, "<w:p><w:r><w:t>"+long+"</w:t></w:r></w:p>")
	var blocks []layout.Block
	var err error
	n := alloctest.Bytes(func() { blocks, err = docx.Read(data, lim) })
	require.NoError(t, err)
	require.Len(t, blocks, 1)
	assert.LessOrEqual(t, len(blocks[0].Para.Text), 1004)
	assert.Less(t, n, uint64(8<<20), "bytes allocated (docx)")

	book := officetest.XLSXParts(t, `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>`, "<si><t>"+long+"</t></si>")
	n = alloctest.Bytes(func() { _, _, err = sheet.ReadXLSX(book, lim) })
	require.NoError(t, err)
	assert.Less(t, n, uint64(8<<20), "bytes allocated (xlsx)")

	data = officetest.DOCX(t, `<w:p><w:r><w:t xml:space="`+strings.Repeat("x", 5<<20)+`">1</w:t></w:r></w:p>`)
	_, err = docx.Read(data, layout.DefaultLimits)
	require.ErrorIs(t, err, layout.ErrTooLarge)
	assert.ErrorContains(t, err, "more than 4194304 bytes in one tag")
}

// TestTextCells: the text reader counts its cells against --max-cells as
// it reads them, and allocates room for no more cells than the limit
// allows (it allocated room for every tab-led line at once: 1.6 GB for a
// 30 MB export of ten million).
func TestTextCells(t *testing.T) {
	export := "1.x绩效目标表\n" + strings.Repeat("\tx\n", 1_000_000)
	var err error
	n := alloctest.Bytes(func() { _, err = text.ReadLimited(export, layout.Limits{MaxCells: 1000}.WithDefaults()) })
	require.ErrorIs(t, err, layout.ErrTooLarge)
	assert.ErrorContains(t, err, "--max-cells")
	assert.Less(t, n, uint64(4<<20), "bytes allocated")
	_, err = text.ReadLimited("\tx\n\ty\n", layout.Limits{MaxCells: 2}.WithDefaults())
	assert.NoError(t, err)
}

// TestOutputItemsCharged: a filing followed by a table of 30 000
// one-character cells wrote 117 bytes of JSON for each of them while only
// its character counted; each now costs ItemCost more, and the document is
// refused over the text budget instead of passing with 3.5 MB of output.
func TestOutputItemsCharged(t *testing.T) {
	page := string(benchInput(t, "budget-2025.html"))
	i := strings.LastIndex(page, "</body>")
	junk := "<table>" + strings.Repeat("<tr>"+strings.Repeat("<td>1", 100), 300) + "</table>"
	data := []byte(page[:i] + junk + page[i:])
	lim := layout.Limits{MaxText: 1 << 20}
	_, err := Parse(data, Options{Path: "junk.html", Limits: &lim})
	require.ErrorIs(t, err, layout.ErrTooLarge)
	assert.ErrorContains(t, err, "--max-text")
	_, err = Parse([]byte(page), Options{Path: "seed.html", Limits: &lim})
	assert.NoError(t, err, "the filing alone is within the budget")
}

// TestDOCXTableChunks: a table's cells are kept in chunks, a row across
// two chunks copied whole and in order, a vertical merge counted in the
// chunk its first cell is in; a table of a thousand rows of a thousand
// cells allocates about what it keeps (the single growing array
// allocated twice that).
func TestDOCXTableChunks(t *testing.T) {
	cell := func(i int) string { return "<w:tc><w:p><w:r><w:t>" + strconv.Itoa(i) + "</w:t></w:r></w:p></w:tc>" }
	var b strings.Builder
	b.WriteString("<w:tbl>")
	const rows, cols = 300, 50 // 15 000 cells: rows across chunks of 4096
	for r := 0; r < rows; r++ {
		b.WriteString("<w:tr>")
		if r == 0 {
			b.WriteString(`<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc>`)
		} else {
			b.WriteString(`<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>`)
		}
		for c := 1; c < cols; c++ {
			b.WriteString(cell(r*cols + c))
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
	blocks, err := docx.Read(officetest.DOCX(t, b.String()), layout.DefaultLimits)
	require.NoError(t, err)
	require.Len(t, blocks, 1)
	tbl := blocks[0].Table
	require.Len(t, tbl.Rows, rows)
	assert.Equal(t, rows, tbl.Rows[0][0].RowSpan, "the merge counted in its first cell")
	for r, row := range tbl.Rows {
		require.Len(t, row, cols)
		for c := 1; c < cols; c++ {
			require.Equal(t, strconv.Itoa(r*cols+c), row[c].Text, "row %d col %d", r, c)
			require.Equal(t, r+1, row[c].Pos.Row)
		}
	}

	data := officetest.DOCX(t, "<w:tbl>"+strings.Repeat("<w:tr>"+strings.Repeat("<w:tc><w:p/></w:tc>", 1000)+"</w:tr>", 1000)+"</w:tbl>")
	n := alloctest.Bytes(func() { blocks, err = docx.Read(data, layout.DefaultLimits) })
	require.NoError(t, err)
	assert.Less(t, n, uint64(200<<20), "bytes allocated")
}
