package extract

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
)

// fuzzWords is the small vocabulary FuzzExtract draws cell texts from: the
// default vocabulary's labels, comparators, subtotals and units, the
// families' names, numbers and a few odd texts (whitespace only, a
// zero-width space, a NUL), sorted so that the same bytes always build the
// same blocks.
var fuzzWords = func() []string {
	v := vocab.Default()
	seen := map[string]bool{}
	add := func(ws ...string) {
		for _, w := range ws {
			seen[w] = true
		}
	}
	for _, m := range []map[string][]string{v.HeaderLabels, v.ColumnLabels, v.GridLabels, v.GridContains, v.Qualifiers, v.Directions} {
		for _, ws := range m {
			add(ws...)
		}
	}
	add(v.BlockLabels...)
	add(v.Comparators...)
	add(v.Subtotals...)
	add(v.TotalRows...)
	add(v.Signatures...)
	add(v.Units...)
	for _, l := range []int{1, 2} {
		add(v.Stems(l)...)
	}
	add("1.x绩效目标表", "2.乙经费绩效目标表", "项目支出绩效目标表", "单位：万元", "203001某部门", "P1",
		"0", "1", "5", "90", "100", "6.16", "-3", "1,000.50", "99999999999999999999", "2025", "2026年",
		"≥", "≤", "=", "＞", "<", "%", "人", "万元", "个", "（", "）", "：", "\n", " ", "\u200b", "\x00", "\t \u3000", "")
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	sort.Strings(words)
	return words
}()

// fuzzBlocks builds a layout from fuzz bytes. Each byte is an operation:
// a paragraph, a new table, a new (possibly empty) row, or a cell whose
// text joins one to three words of fuzzWords and whose spans and merge
// flag come from the next bytes. Merge continuations have empty text and
// spans of 1, as the layout's contract says, but stand anywhere (in a
// first row, under nothing).
func fuzzBlocks(data []byte) []layout.Block {
	i := 0
	next := func() int {
		if i >= len(data) {
			return 0
		}
		i++
		return int(data[i-1])
	}
	phrase := func() string {
		n := next()
		s := ""
		for k := 0; k <= n%3; k++ {
			s += fuzzWords[(next()<<8|next())%len(fuzzWords)]
		}
		return s
	}
	var blocks []layout.Block
	var t *layout.Table
	line := 0
	for i < len(data) {
		op := next()
		line++
		switch op % 8 {
		case 0:
			t = nil
			blocks = append(blocks, layout.Block{Para: &layout.Paragraph{Text: phrase(), Level: op >> 6, Pos: model.Pos{Line: line}}})
		case 1:
			t = &layout.Table{Pos: model.Pos{Line: line}}
			blocks = append(blocks, layout.Block{Table: t})
		case 2:
			if t == nil {
				t = &layout.Table{Pos: model.Pos{Line: line}}
				blocks = append(blocks, layout.Block{Table: t})
			}
			t.Rows = append(t.Rows, nil)
		default:
			if t == nil {
				t = &layout.Table{Pos: model.Pos{Line: line}}
				blocks = append(blocks, layout.Block{Table: t})
			}
			if len(t.Rows) == 0 {
				t.Rows = append(t.Rows, nil)
			}
			fl := next()
			c := layout.Cell{RowSpan: 1, ColSpan: 1, Pos: model.Pos{Line: line}}
			if fl&1 != 0 {
				c.Merged = true
			} else {
				c.Text = phrase()
				c.RowSpan = 1 + (fl>>1)&3
				c.ColSpan = 1 + (fl>>3)&7
			}
			r := len(t.Rows) - 1
			t.Rows[r] = append(t.Rows[r], c)
		}
	}
	return blocks
}

// fuzzSeed encodes rows of words of fuzzWords (a missing word is taken as
// "") as fuzzBlocks reads them: one table, one cell a word.
func fuzzSeed(rows ...[]string) []byte {
	out := []byte{1}
	for _, r := range rows {
		out = append(out, 2)
		for _, w := range r {
			k := sort.SearchStrings(fuzzWords, w)
			if k == len(fuzzWords) || fuzzWords[k] != w {
				k = sort.SearchStrings(fuzzWords, "")
			}
			out = append(out, 3, 0, 0, byte(k>>8), byte(k))
		}
	}
	return out
}

// FuzzExtract: the extractor never panics on any layout built of grid
// words, comparators, numbers and units in random rows, spans and merges
// (empty rows and tables included), and extracts deterministically.
func FuzzExtract(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 2, 2, 3, 0, 0, 0, 10, 3, 1, 2, 3, 1, 3, 9, 0, 0, 0})
	f.Add(fuzzSeed([]string{"1.x绩效目标表"}, []string{"项目名称", "x", "项目编码", "P1"}, []string{"预算数", "6.16"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"}, []string{"产出指标", "数量指标", "人", "≥", "90", "%"}, nil, []string{"合计", ""}))
	f.Fuzz(func(t *testing.T, data []byte) {
		a := Extract(fuzzBlocks(data), layout.DefaultLimits)
		b := Extract(fuzzBlocks(data), layout.DefaultLimits)
		require.Equal(t, string(a.AppendJSON(nil, false)), string(b.AppendJSON(nil, false)), "extraction is not deterministic")
	})
}
