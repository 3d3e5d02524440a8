package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestTrimMarks: trimMarks is strings.Trim(s, "*＊"), its fast path
// included (texts whose ends hold the bytes of ＊ but not the mark).
func TestTrimMarks(t *testing.T) {
	for _, s := range []string{"", "*", "＊", "**", "一级指标*", "*项目名称", "＊项目名称＊", "项目名称",
		"\xef", "\x8a", "项\xef", "\x8a项", "ｊ", "＊*＊", "指标＊ ", " *", "效益\uff0a指标", "\xef\xbc", "\xbc\x8a"} {
		assert.Equal(t, strings.Trim(s, "*＊"), trimMarks(s), "%q", s)
	}
}

// TestNeedsKeying: needsKeying is the character test labelKey made before
// (an ASCII colon or parenthesis, or white space), on valid and broken
// UTF-8 alike.
func TestNeedsKeying(t *testing.T) {
	old := func(s string) bool {
		for _, r := range s {
			if r == ':' || r == '(' || r == ')' || isSpace(r) || (r < 0x80 && unicode.IsSpace(r)) {
				return true
			}
		}
		return false
	}
	for _, s := range []string{"", "项目名称", "项目名称:", "项目(专项)名称", "项目\u3000名称", "项目\u00a0名称", "a\u200bb", "\ufeff名称",
		"（万元）", "：", "\t", "名称\n", "\xc2", "\xe3\x80", "\xe3\x80\x81", "\xef\xbb", "\xe2\x80\x8c", "\xc2\xa1", "x\x85y", "\xf0\x9f\x98 ", "一、"} {
		assert.Equal(t, old(s), needsKeying(s), "%q", s)
	}
	for b := range 256 { // every byte alone, and every character of the BMP inside a label
		s := string([]byte{byte(b)})
		assert.Equal(t, old(s), needsKeying(s), "%q", s)
	}
	for r := rune(0); r < 0x10000; r++ {
		if s := "项" + string(r) + "目"; old(s) != needsKeying(s) {
			t.Errorf("needsKeying(%q) = %v", s, needsKeying(s))
		}
	}
	for _, lead := range []byte{0xC2, 0xE2, 0xE3, 0xEF} { // broken or cut sequences after the lead bytes it reads further
		for x := range 1 << 16 {
			for _, s := range []string{string([]byte{lead, byte(x >> 8)}), string([]byte{lead, byte(x >> 8), byte(x)})} {
				if old(s) != needsKeying(s) {
					t.Errorf("needsKeying(%q) = %v", s, needsKeying(s))
				}
			}
		}
	}
}

// TestStripParens: stripParens keeps what decoding key rune by rune keeps
// (stripParensRunes: nested, unclosed and unopened parentheses, broken
// UTF-8 and U+FFFD alike), and a key whose kept text is one piece (most
// captions: 中期目标（2021年－2023年）) comes back without allocating.
func TestStripParens(t *testing.T) {
	for _, s := range []string{"", "中期目标", "中期目标（2021年－2023年）", "（万元）", "（万元）金额", "年度（目标）值（2026）",
		"a（b（c）d）e", "a（b", "a）b", "）", "（", "（）（）", "a（b）c（d）e（f）g（h）i（j）k", "项\xef（x）", "\xff（x）y",
		"项（\xe3）目", "\ufffd（x）", "数量指标（分）", "（（a））b）c"} {
		assert.Equal(t, stripParensRunes(s), stripParens(s), "%q", s)
	}
	for _, s := range []string{"中期目标（2021年－2023年）", "（万元）金额", "a（b（c）d）"} {
		assert.Zero(t, testing.AllocsPerRun(10, func() { _ = stripParens(s) }), "%q", s)
	}
}

// TestKeyMemo: a document's lexicon keys a text as labelKey does, with
// its memo and without (the shared lexicon), marks, colons, parentheses,
// white space and broken UTF-8 alike; a text whose key takes a copy is
// copied once per document (asked again, no allocation).
func TestKeyMemo(t *testing.T) {
	doc := defaultLexicon().forDocument()
	for _, s := range []string{"", "项目名称", "项目名称：", "年度资金总额:", "项目资金 (万元)", "项目资金\n(万元)", "绩 效 指 标",
		"*项目名称*", "＊ 一级指标 ＊", "其中:财政拨款：", "  ", "\xff (x)", "指标2:", strings.Repeat("年 ", 100)} {
		for range 2 {
			assert.Equal(t, labelKey(s), doc.key(s), "%q", s)
			assert.Equal(t, labelKey(s), defaultLexicon().key(s), "%q, no memo", s)
		}
	}
	s := "项目资金 (万元)"
	_ = doc.key(s)
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = doc.key(s) }))
}

// TestLabelTestsKeyed: the tests of a cell's label form that a document
// asks of the same cells row after row — looksLikeLevel, isLabelText,
// rowHasLabel, splitLabelValue, moneyUnitLabel — key the text through the
// document's memo: the same answers as with and without it, and a text
// with white space or ASCII parentheses asked again allocates nothing.
func TestLabelTestsKeyed(t *testing.T) {
	doc, bare := defaultLexicon().forDocument(), defaultLexicon()
	for _, s := range []string{"", "产出 指标", "经济效益 指标 (选填)", "产出 指标 40 分", "项目 名称", "项目名称:", "金额单位: 万元",
		"单位 (万元)", "年度资金总额: 120", "一、预算资金 :  80", "完成 率", "\xff 指标"} {
		for _, lx := range []*lexicon{doc, doc, bare} {
			key := stripPoints(stripParens(labelKey(s)))
			assert.Equal(t, strings.HasSuffix(key, "指标") && utf8.RuneCountInString(key) <= 10, lx.looksLikeLevel(s), "%q", s)
			_, _, label := lx.lookupLabel(labelKey(s))
			assert.Equal(t, label && utf8.RuneCountInString(s) <= 24, lx.isLabelText(s), "%q", s)
			f, l, v, ok := bare.splitLabelValue(s)
			f2, l2, v2, ok2 := lx.splitLabelValue(s)
			assert.Equal(t, s != "" && (label || ok), lx.rowHasLabel([]layout.Cell{{Text: s}}), "%q", s)
			assert.Equal(t, []any{f, l, v, ok}, []any{f2, l2, v2, ok2}, "%q", s)
			unit := false
			for _, pre := range moneyUnitLabels {
				if rest, ok := strings.CutPrefix(labelKey(s), pre); ok && moneyUnits[rest] {
					unit = true
				}
			}
			assert.Equal(t, unit, lx.moneyUnitLabel(s), "%q", s)
		}
	}
	row := []layout.Cell{{Text: "经济效益 指标 (选填)"}, {Text: "金额单位: 万元"}, {Text: "年度资金总额: 120"}}
	ask := func() {
		for _, c := range row {
			doc.looksLikeLevel(c.Text)
			doc.isLabelText(c.Text)
			doc.moneyUnitLabel(c.Text)
			doc.splitLabelValue(c.Text)
		}
		doc.rowHasLabel(row)
	}
	ask()
	assert.Zero(t, testing.AllocsPerRun(10, ask))
}

// TestMoreLabelTestsKeyed: endsWithLevelName, levelQualified,
// isExactLabel, isColumnCaption and classify key through the document's
// memo too: the same answers with and without it, and the lexicon's
// tests asked again of texts with white space allocate nothing.
func TestMoreLabelTestsKeyed(t *testing.T) {
	doc, bare := defaultLexicon().forDocument(), defaultLexicon()
	texts := []string{"", "社会 效益指标", "服务对象 满意度指标", "受益学生家长 满意度指标", "项目 名称", "指标 值", "产出 指标 (20 分)", "95 %", "≥ 90", "数量 指标"}
	for _, s := range texts {
		for _, lx := range []*lexicon{doc, doc} {
			assert.Equal(t, bare.endsWithLevelName(s), lx.endsWithLevelName(s), "%q", s)
			assert.Equal(t, bare.levelQualified(s), lx.levelQualified(s), "%q", s)
			assert.Equal(t, bare.isExactLabel(s), lx.isExactLabel(s), "%q", s)
			assert.Equal(t, bare.isColumnCaption(s), lx.isColumnCaption(s), "%q", s)
			assert.Equal(t, classify(bare, s), classify(lx, s), "%q", s)
		}
	}
	ask := func() {
		for _, s := range texts {
			doc.endsWithLevelName(s)
			doc.levelQualified(s)
			doc.isExactLabel(s)
			doc.isColumnCaption(s)
		}
	}
	ask()
	assert.Zero(t, testing.AllocsPerRun(10, ask))
}
