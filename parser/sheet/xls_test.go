package sheet

import (
	"github.com/perfdoc/perfdoc/internal/officetest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

func TestXLSNumberFormats(t *testing.T) {
	nf := &numFormatter{}
	tests := []struct {
		v    float64
		ifmt int
		code string
		want string
	}{
		{6.16, 2, "", "6.16"},
		{3, 2, "", "3.00"},
		{0.95, 9, "", "95%"},
		{1234567.5, 4, "", "1,234,567.50"},
		{46022, 14, "", "2025/12/31"},
		{46022, 176, `yyyy"年"m"月"d"日"`, "2025年12月31日"},
		{0.1 + 0.2, 0, "", "0.3"},
		{6.1600000000000001, 0, "", "6.16"},
		{37, 0, "General", "37"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, nf.format(tt.v, tt.ifmt, tt.code, false), "%v in format %d %q", tt.v, tt.ifmt, tt.code)
	}
}

// TestSSTContinuation: a shared string whose characters run on into a
// CONTINUE record, which restates the character width, reads whole; so do
// rich-text runs and phonetic data split across records.
func TestSSTContinuation(t *testing.T) {
	utf16le := func(s string) []byte {
		var b []byte
		for _, r := range s {
			b = append(b, byte(r), byte(r>>8))
		}
		return b
	}
	sst := []byte{3, 0, 0, 0, 3, 0, 0, 0}
	// 1: "ab" + "项目名称" split: 2 compressed chars, then a CONTINUE in UTF-16
	sst = append(sst, 6, 0, 0, 'a', 'b')
	cont1 := append([]byte{1}, utf16le("项目名称")...)
	// 2: rich text with 1 run, whose 4 run bytes are split across records
	cont1 = append(cont1, 3, 0, 0x08, 1, 0, 'x', 'y', 'z', 0, 0)
	cont2 := []byte{1, 0}
	// 3: phonetic (ExtRst) data of 3 bytes
	cont2 = append(cont2, 2, 0, 0x05, 3, 0, 0, 0)
	cont2 = append(cont2, utf16le("编码")...)
	cont2 = append(cont2, 9, 9, 9)
	g := &xlsGlobals{}
	require.NoError(t, g.readSST(biffRecord{typ: officetest.RecSST, data: sst, more: [][]byte{cont1, cont2}}))
	assert.Equal(t, []string{"ab项目名称", "xyz", "编码"}, g.sst)
}

func TestRKNumbers(t *testing.T) {
	assert.Equal(t, 37.0, rkNumber(37<<2|2))
	assert.Equal(t, 6.16, rkNumber(616<<2|3))
	neg := int32(-5)
	assert.Equal(t, -5.0, rkNumber(uint32(neg<<2)|2))
}

// TestTinyWorkbook: the hand-built stream the fuzz target starts from
// reads as meant.
func TestTinyWorkbook(t *testing.T) {
	xls, _ := officetest.CFB(t, officetest.Stream{Name: "Workbook", Data: officetest.TinyWorkbook()})
	blocks, _, err := ReadXLS(xls, layout.DefaultLimits)
	require.NoError(t, err)
	require.Len(t, blocks, 2)
	assert.Equal(t, "项目", blocks[0].Para.Text, "a lone cell merged over the table is a paragraph")
	tb := blocks[1].Table
	require.NotNil(t, tb)
	assert.Equal(t, "6.16", tb.Rows[0][0].Text)
	assert.Equal(t, "x", tb.Rows[0][1].Text)

}

// TestXLSHiddenSheet: a hidden sheet is skipped with a note.
func TestXLSHiddenSheet(t *testing.T) {
	for _, state := range []byte{1, 2} {
		data, _ := officetest.CFB(t, officetest.Stream{Name: "Workbook", Data: officetest.TinyWorkbookState(state)})
		blocks, notes, err := ReadXLS(data, layout.DefaultLimits)
		require.NoError(t, err)
		assert.Empty(t, blocks)
		assert.Equal(t, []model.Unrecognized{{Text: `hidden sheet "S" skipped`, Source: model.Pos{Sheet: "S"}}}, notes)
	}
}
