package extract

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
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
