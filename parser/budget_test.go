package parser

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/alloctest"
	"github.com/perfdoc/perfdoc/internal/officetest"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/docx"
	"github.com/perfdoc/perfdoc/parser/html"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestTextBudget: the text readers emit is counted each time it is
// written, so a workbook whose 10 000 cells share one 300 000-character
// string (3 GB of output) is refused at once, naming the flag; the same
// for the .xls reader.
func TestTextBudget(t *testing.T) {
	for _, name := range []string{"xlsx-sst-amp-10k.xlsx", "xls-sst-amp-10k.xls"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile("../testdata/hostile/" + name)
			require.NoError(t, err)
			n := alloctest.Bytes(func() { _, err = Parse(data, Options{Path: name}) })
			require.ErrorIs(t, err, layout.ErrTooLarge)
			assert.Contains(t, err.Error(), "--max-text")
			assert.Equal(t, 1, strings.Count(err.Error(), "\n")+1, "one line")
			assert.Less(t, n, uint64(128<<20), "bytes allocated")
		})
	}
}

// TestChargeOutput: cells and text are counted across paragraphs,
// tables and notes; at the bound passes, one over fails.
func TestChargeOutput(t *testing.T) {
	cell := layout.Cell{Text: strings.Repeat("x", 10)}
	blocks := []layout.Block{
		{Para: &layout.Paragraph{Text: strings.Repeat("y", 5)}},
		{Table: &layout.Table{Rows: [][]layout.Cell{{cell, cell}, {cell}}}},
	}
	notes := []model.Unrecognized{{Text: "zz"}}
	// 37 bytes of text in 5 items
	assert.NoError(t, layout.ChargeOutput(blocks, notes, layout.Limits{MaxText: 37 + 5*layout.ItemCost, MaxCells: 3}))
	err := layout.ChargeOutput(blocks, notes, layout.Limits{MaxText: 36 + 5*layout.ItemCost, MaxCells: 3})
	assert.ErrorContains(t, err, "--max-text")
	err = layout.ChargeOutput(blocks, notes, layout.Limits{MaxText: 37 + 5*layout.ItemCost, MaxCells: 2})
	assert.ErrorContains(t, err, "--max-cells")
	assert.NoError(t, layout.ChargeOutput(blocks, notes, layout.Limits{MaxText: layout.NoLimit, MaxCells: layout.NoLimit}))
}

// TestHostilePDFFiles: the small PDF attacks end in a one-line
// error at a bounded cost.
func TestHostilePDFFiles(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"pdf-predictor-bomb.pdf", "inflates to more than"},
		{"pdf-predictor-256m.pdf", "inflates to more than"},
		{"pdf-contents-array-10k.pdf", "in all"},
		{"pdf-shared-content-1000p.pdf", "--max-chars"},
		{"pdf-repair-openstring-20000.pdf", "could not be repaired"},
		{"pdf-codespace-1m.pdf", ""},
		{"pdf-tounicode-bfrange-huge.pdf", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := os.ReadFile("../testdata/hostile/" + tc.name)
			require.NoError(t, err)
			n := alloctest.Bytes(func() { _, err = Parse(data, Options{Path: tc.name}) })
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.NotContains(t, err.Error(), "\n")
			assert.Less(t, n, uint64(1<<30), "bytes allocated")
		})
	}
}

// TestReaderCellBudgets: DOCX and HTML rows and cells are charged as
// they are read, so a table over the budget is refused before it is
// kept (the error names --max-cells); at the budget it passes the
// reader.
func TestReaderCellBudgets(t *testing.T) {
	row := "<w:tr><w:tc><w:p/></w:tc></w:tr>"
	data := officetest.DOCX(t, "<w:tbl>"+strings.Repeat(row, 50)+"</w:tbl>")
	_, err := docx.Read(data, layout.Limits{MaxCells: 100}.WithDefaults())
	assert.NoError(t, err)
	_, err = docx.Read(data, layout.Limits{MaxCells: 99}.WithDefaults())
	assert.ErrorContains(t, err, "--max-cells")

	page := []byte("<table>" + strings.Repeat("<tr><td>1", 50) + "</table>")
	_, err = html.Read(page, layout.Limits{MaxCells: 100}.WithDefaults())
	assert.NoError(t, err)
	_, err = html.Read(page, layout.Limits{MaxCells: 99}.WithDefaults())
	assert.ErrorContains(t, err, "--max-cells")
}

// TestDOCXElementDepth: elements nested past 16 × MaxDepth are refused at
// once, whatever they are, with no stack kept for the rest.
func TestDOCXElementDepth(t *testing.T) {
	deep := func(n int) []byte {
		return officetest.DOCX(t, "<w:p>"+strings.Repeat("<a>", n)+strings.Repeat("</a>", n)+"</w:p>")
	}
	_, err := docx.Read(deep(400), layout.Limits{}.WithDefaults())
	assert.NoError(t, err)
	var n uint64
	data := deep(100000)
	n = alloctest.Bytes(func() { _, err = docx.Read(data, layout.Limits{}.WithDefaults()) })
	assert.ErrorContains(t, err, "nested")
	assert.ErrorContains(t, err, "--max-depth")
	assert.Less(t, n, uint64(8<<20), "bytes allocated")
}

// TestDOCXHugeTextCut: one w:t far longer than a cell may hold is cut
// while it is read: the paragraph kept is MaxCell bytes and a little.
func TestDOCXHugeTextCut(t *testing.T) {
	data := officetest.DOCX(t, "<w:p><w:r><w:t>"+strings.Repeat("甲", 1<<20)+"</w:t></w:r></w:p>")
	blocks, err := docx.Read(data, layout.Limits{MaxCell: 1000}.WithDefaults())
	require.NoError(t, err)
	require.Len(t, blocks, 1)
	assert.LessOrEqual(t, len(blocks[0].Para.Text), 1004)
}

// TestRepeatedTextCharged: a level-1 label of 300 KB merged down 1000
// indicator rows is read once (within the readers' budget) but written
// once for each indicator — 900 MB of JSON from a 1.4 MB page. The
// document as written is charged, so the input is refused naming
// --max-text; without the bound it parses (the repeats are one string in
// memory).
func TestRepeatedTextCharged(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><p>项目支出绩效目标表</p><table><tr><td>项目名称</td><td colspan=\"3\">某项目</td></tr>")
	b.WriteString("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>")
	for i := 0; i < 1000; i++ {
		b.WriteString("<tr>")
		if i == 0 {
			b.WriteString("<td rowspan=\"1000\">产出指标" + strings.Repeat("甲", 100000) + "</td><td rowspan=\"1000\">数量指标</td>")
		}
		fmt.Fprintf(&b, "<td>指标%d</td><td>≥%d人</td></tr>", i, i)
	}
	b.WriteString("</table></body></html>")
	data := []byte(b.String())
	_, err := Parse(data, Options{Path: "x.html"})
	require.ErrorIs(t, err, layout.ErrTooLarge)
	assert.Contains(t, err.Error(), "--max-text")
	assert.Equal(t, 1, strings.Count(err.Error(), "\n")+1, "one line")
	doc, err := Parse(data, Options{Path: "x.html", Limits: &layout.Limits{MaxText: layout.NoLimit}})
	require.NoError(t, err)
	require.Len(t, doc.Projects, 1)
	assert.Len(t, doc.Projects[0].Indicators, 1000)
}
