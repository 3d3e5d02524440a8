package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
)

// TestLexiconBuiltOncePerVocabulary: the documents of one command share
// its vocabulary's lexicon; another vocabulary gets its own.
func TestLexiconBuiltOncePerVocabulary(t *testing.T) {
	extra, err := vocab.Parse([]byte(`{"header_labels": {"code": ["工程序号"]}}`))
	require.NoError(t, err)
	a := vocab.Default().Merge(extra)
	b := vocab.Default().Merge(extra)
	assert.Same(t, lexiconFor(a), lexiconFor(a), "one vocabulary, one lexicon")
	la := lexiconFor(a)
	assert.NotSame(t, la, lexiconFor(b), "another vocabulary, another lexicon")
	assert.Same(t, defaultLexicon(), lexiconFor(nil))
}

// TestGridBodyMemo: the rows under each row of a table, read through the
// extractor's memo, are the rows read afresh — a header's body up to the
// next project, the second header row skipped, the tail after the total
// cut — as the reading moves down the table, goes back to a row already
// read and passes to another table; asked again for the same row, the
// memo answers without reading (no allocation).
func TestGridBodyMemo(t *testing.T) {
	e := newExtractor(layout.DefaultLimits, nil)
	one := tableOf(1,
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "培训人数", "50人"},
		[]string{"效益指标", "社会效益指标", "群众满意度", "≥90%"},
		[]string{"合计", "", "", "100"},
		[]string{"评价结论", "良好", "", ""},
		[]string{"项目名称", "乙项目", "项目编码", "P2"},
		[]string{"产出指标", "质量指标", "合格率", "≥95%"},
	).Table
	two := tableOf(20,
		[]string{"产出指标", "数量指标", "培训人数", "50人"},
		[]string{"合计", "", "", "100"},
	).Table
	fresh := func() (body, rows [][]layout.Cell) {
		body = e.readGridBody()
		return body, e.beforeTail(body, 1)
	}
	check := func(tbl *layout.Table, ri int) {
		e.rest = tbl.Rows[ri+1:]
		wantBody, wantRows := fresh()
		for range 2 {
			assert.Equal(t, wantBody, e.gridBody(), "row %d: body", ri)
			assert.Equal(t, wantRows, e.gridRows(), "row %d: rows before the tail", ri)
		}
		assert.Zero(t, testing.AllocsPerRun(5, func() { _, _ = e.gridBody(), e.gridRows() }), "row %d: read again", ri)
	}
	for ri := range one.Rows {
		check(one, ri)
	}
	check(one, 0)
	assert.Len(t, e.gridRows(), 2, "the second header row skipped, the total and the tail cut")
	check(one, 2)
	check(two, 0)
	assert.Len(t, e.gridRows(), 1, "a total first in the rows is no tail")
	e.rest = nil
	assert.Nil(t, e.gridBody())
	assert.Nil(t, e.gridRows())
}

// TestContentDecidedOnce: a frame's column is decided once and read from
// its profile after; a cell added to the profile clears the decision.
func TestContentDecidedOnce(t *testing.T) {
	e := newExtractor(layout.DefaultLimits, nil)
	f := e.profileRows(tableOf(1,
		[]string{"产出指标", "培训人数", "50人"},
		[]string{"产出指标", "合格率", "≥95%"},
		[]string{"效益指标", "满意度", "≥90%"},
	).Table.Rows, nil)
	require.Equal(t, ctValue, f.content(2))
	assert.Equal(t, 1+ctValue, f.prof[2].decided)
	assert.Zero(t, testing.AllocsPerRun(5, func() { _ = f.content(2) }))
	for _, s := range []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬"} {
		f.prof[2].add(s, e.classOf(s))
	}
	assert.Zero(t, f.prof[2].decided)
	assert.Equal(t, f.prof[2].decide(), f.content(2))
	assert.NotEqual(t, ctValue, f.content(2))
}

// TestClassesKept: classOf keeps one class a text, the class classify
// makes, and a class kept stays as it was while later ones fill the slab
// and the next ones.
func TestClassesKept(t *testing.T) {
	e := newExtractor(layout.DefaultLimits, nil)
	texts := []string{"", "≥", "正向", "定量", "%", "1", "20", "产出指标", "数量指标", "培训人数", "≥95%", "2024年底前", "绩效指标", "……"}
	for i := range 200 {
		texts = append(texts, fmt.Sprintf("指标%d名称", i), fmt.Sprintf("%d人", i))
	}
	kept := map[string]*cellClass{}
	for _, s := range texts {
		c := e.classOf(s)
		assert.Equal(t, classify(e.lx, s), *c, "%q", s)
		kept[s] = c
	}
	for _, s := range texts {
		assert.Same(t, kept[s], e.classOf(s), "%q", s)
		assert.Equal(t, classify(e.lx, s), *kept[s], "%q", s)
	}
}

// TestGridHeaderAnswerKept: a document's lexicon answers mayBeGridHeader
// as the shared one does, row after row, for the rows asked again (the
// last two kept; no allocation), and for a row whose texts or merges
// changed since it was asked, in place or in a copy.
func TestGridHeaderAnswerKept(t *testing.T) {
	doc, shared := defaultLexicon().forDocument(), defaultLexicon()
	rows := tableOf(1,
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "培训人数", "50人"},
		[]string{"产出指标", "数量指标", "培训人数", "50人"},
		[]string{"序号", "绩效指标", "三级指标", "指标值"},
		[]string{},
		[]string{"一级指标", "二级指标"},
	).Table.Rows
	for _, r := range append(rows, rows[0], rows[0], rows[4], rows[5], rows[1], rows[3], rows[1], rows[3], rows[2]) {
		assert.Equal(t, shared.mayBeGridHeader(r), doc.mayBeGridHeader(r), "%v", r)
	}
	kept := func(r []layout.Cell) bool { return doc.memo.header[0].holds(r) || doc.memo.header[1].holds(r) }
	doc.mayBeGridHeader(rows[3])
	doc.mayBeGridHeader(rows[0])
	doc.mayBeGridHeader(rows[3])
	doc.mayBeGridHeader(rows[5])
	assert.True(t, kept(rows[3]) && kept(rows[5]) && !kept(rows[0]), "the last two rows asked are kept")
	row := slices.Clone(rows[0])
	require.True(t, doc.mayBeGridHeader(row))
	assert.Zero(t, testing.AllocsPerRun(5, func() { _ = doc.mayBeGridHeader(row) }))
	row[0].Text, row[1].Text, row[2].Text = "产出指标", "数量指标", "培训人数"
	assert.False(t, doc.mayBeGridHeader(row), "texts changed in place")
	row = slices.Clone(rows[0])
	require.True(t, doc.mayBeGridHeader(row))
	row[0].Merged, row[1].Merged = true, true
	assert.Equal(t, shared.mayBeGridHeader(row), doc.mayBeGridHeader(row), "merges changed in place")
	assert.False(t, doc.mayBeGridHeader(row[:1]), "a shorter row")
}

// TestLevelsKept: a document's lexicon reads a key's level words as
// levelWords does, asked once or again, with its memo and without.
func TestLevelsKept(t *testing.T) {
	doc, shared := defaultLexicon().forDocument(), defaultLexicon()
	for _, k := range []string{"", "产出指标", "数量指标", "社会效益指标", "成本指标", "满意度指标", "服务对象满意度指标", "培训人数",
		"产出指标（分）", "效益指标30分", "≥95%", strings.Repeat("指标", 200)} {
		for range 2 {
			w1, w2 := levelWords(shared.v, k)
			d1, d2 := doc.levelsIn(k)
			s1, s2 := shared.levelsIn(k)
			assert.Equal(t, []bool{w1, w2}, []bool{d1, d2}, "%q", k)
			assert.Equal(t, []bool{w1, w2}, []bool{s1, s2}, "%q, no memo", k)
		}
	}
	_, _ = doc.levelsIn("社会效益指标")
	assert.Zero(t, testing.AllocsPerRun(5, func() { _, _ = doc.levelsIn("社会效益指标") }))
}

// TestRowMarks: the rows under each row of a table read with the table's
// marks are the rows read without them, and a row's marks answer as its
// tests do; rows that are not the end of the table's rows are read
// without marks.
func TestRowMarks(t *testing.T) {
	e := newExtractor(layout.DefaultLimits, nil)
	tbl := tableOf(1,
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "数量指标", "培训人数", "50人"},
		[]string{"效益指标", "社会效益指标", "群众满意度", "≥90%"},
		[]string{"项目名称", "乙项目", "项目编码", "P2"},
		[]string{"一级指标", "二级指标", "三级指标", "指标值"},
		[]string{"产出指标", "质量指标", "合格率", "≥95%"},
		[]string{"附表2"},
		[]string{"产出指标", "质量指标", "合格率", "≥95%"},
	).Table
	want := func() [][]layout.Cell {
		var m rowMarks
		saved := e.marks
		e.marks = m
		defer func() { e.marks = saved }()
		return e.readGridBody()
	}
	e.marks.start(tbl.Rows)
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7, 8}, {8, 5, 0, 3, 1}} {
		for _, ri := range order {
			e.rest = tbl.Rows[ri+1:]
			assert.Equal(t, want(), e.readGridBody(), "row %d", ri)
		}
	}
	assert.Zero(t, e.marks.marks[0], "the first row is under none")
	for i, r := range tbl.Rows[1:] {
		require.NotZero(t, e.marks.marks[i+1]&markLabels, "row %d", i+1)
		assert.Equal(t, e.labelsOnly(r), e.marks.mark(1, i, markLabels, func() bool { panic("asked again") }), "row %d", i+1)
	}
	assert.Equal(t, -1, e.marks.at(tbl.Rows[2:5]), "rows cut before the end")
	assert.Equal(t, -1, e.marks.at(nil))
	assert.Equal(t, 2, e.marks.at(tbl.Rows[2:]))
	e.rest = tbl.Rows[2:5]
	assert.Equal(t, want(), e.readGridBody())
}
