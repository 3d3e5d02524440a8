package normalize

import (
	"strings"
	"testing"

	"github.com/perfdoc/perfdoc/model"
)

// longestOpByWord is longestOp before its first-byte test: every word of
// the table compared whole.
func longestOpByWord(table []opWord, s string) (model.Op, int) {
	best, op := 0, model.Op("")
	for _, p := range table {
		if len(p.word) > best && strings.HasPrefix(s, p.word) {
			best, op = len(p.word), p.op
		}
	}
	return op, best
}

// trimDeadlineWordsByVerb is trimDeadlineWords before its last-byte test.
func trimDeadlineWordsByVerb(s string) string {
	t := s
	for _, p := range []string{"不晚于", "不迟于", "截至", "截止", "于", "在", "≤", "<=", "<"} {
		t = strings.TrimPrefix(t, p)
	}
	for range 2 {
		for _, verb := range deadlineVerbs {
			if strings.HasSuffix(t, verb) && len(t) > len(verb) {
				t = strings.TrimSuffix(t, verb)
				break
			}
		}
	}
	for _, suf := range []string{"之前", "以前", "前", "内完成", "以内", "内", "止", "为止"} {
		if strings.HasSuffix(t, suf) && len(t) > len(suf) {
			return strings.TrimSuffix(t, suf)
		}
	}
	return t
}

var scanCases = []string{
	"", "≥95%", ">=90", "=>3", "不低于95%", "大于或等于10", "大于等于", "大", "\xe5", "为民", "达到90%", "95%以上", "3个以内",
	"10(含本数)", "以下(含)", "2025年12月底前完成", "2025年底前拨付到位", "12月底到位", "完成", "到位", "于2025年6月底前",
	"截至2025年12月31日", "不晚于2025年12月", "2025年完成验收", "2025年12月31日之前", "实施完成", "年底前全部完成",
}

// TestScansByFirstAndLastByte: longestOp and trimDeadlineWords answer as
// when they compared every word whole, on every comparator table.
func TestScansByFirstAndLastByte(t *testing.T) {
	for _, table := range [][]opWord{prefixOps, suffixOps, signOps} {
		for _, p := range table {
			if p.word == "" {
				t.Fatalf("an empty comparator word")
			}
		}
	}
	for _, v := range deadlineVerbs {
		if v == "" {
			t.Fatalf("an empty deadline verb")
		}
	}
	for _, s := range scanCases {
		checkScans(t, s)
	}
}

func checkScans(t *testing.T, s string) {
	for _, table := range []*opTable{prefixOpTable, suffixOpTable, signOpTable} {
		op, n := longestOp(table, s)
		wop, wn := longestOpByWord(table.words, s)
		if op != wop || n != wn {
			t.Fatalf("longestOp(%q) = %q, %d; want %q, %d", s, op, n, wop, wn)
		}
	}
	if got, want := trimDeadlineWords(s), trimDeadlineWordsByVerb(s); got != want {
		t.Fatalf("trimDeadlineWords(%q) = %q; want %q", s, got, want)
	}
}

// FuzzScans: longestOp and trimDeadlineWords agree with the whole-word
// comparisons on any text.
func FuzzScans(f *testing.F) {
	for _, s := range scanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkScans(t, s) })
}

// TestVerbStarts: every character a verb starts with passes the filter
// qualitative asks before verbsByFirst, and most characters of a name do
// not.
func TestVerbStarts(t *testing.T) {
	for r := range verbsByFirst {
		if !mayStartVerb(r) {
			t.Errorf("%q starts a verb but fails the filter", r)
		}
	}
	passed := 0
	for _, r := range "项目资金到位率学生满意度基础设施建设完成情况" {
		if mayStartVerb(r) {
			passed++
		}
	}
	if passed > 6 {
		t.Errorf("%d of the name's characters pass the filter", passed)
	}
}
