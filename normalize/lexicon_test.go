package normalize

import (
	"testing"

	"github.com/perfdoc/perfdoc/model"
)

// TestComparatorWord: a comparator word alone is read with the op
// prefixOps gives it before a number; a sign, a direction word, a verb or
// a word with a number after it is no comparator word.
func TestComparatorWord(t *testing.T) {
	for w, op := range comparatorWords {
		got, n := longestOp(prefixOpTable, w)
		if n != len(w) || got != op {
			t.Errorf("%s: prefixOps read %q (%d bytes), comparatorWords %q", w, got, n, op)
		}
		if v := Value(w+"98%", Context{Year: 2025}); v.Op != op || v.Number != "98" || v.Unit != "%" {
			t.Errorf("%s98%%: %+v", w, v)
		}
	}
	tests := []struct {
		in string
		op model.Op
		ok bool
	}{
		{"大于等于", ">=", true}, {"小于或等于", "<=", true}, {"等于", "=", true}, {"不超过", "<=", true},
		{"≥", "", false}, {"正向", "", false}, {"反向", "", false}, {"提高", "", false}, {"降低", "", false},
		{"大于等于98%", "", false}, {"为", "", false}, {"达到", "", false}, {"", "", false},
	}
	for _, tt := range tests {
		op, ok := ComparatorWord(tt.in)
		if op != tt.op || ok != tt.ok {
			t.Errorf("ComparatorWord(%q) = %q, %v; want %q, %v", tt.in, op, ok, tt.op, tt.ok)
		}
	}
}

// TestPostfixComparatorWord: a comparator word alone that follows a number
// is read with the op suffixOps gives it after a number and unit; a word
// written before a number, a sign, 内 or a target is none.
func TestPostfixComparatorWord(t *testing.T) {
	for w, op := range postfixComparatorWords {
		if v := Value("120公里"+w, Context{Year: 2025}); v.Op != op || v.Number != "120" || v.Unit != "公里" {
			t.Errorf("120公里%s: %+v", w, v)
		}
	}
	tests := []struct {
		in string
		op model.Op
		ok bool
	}{
		{"以上", ">=", true}, {"及以上", ">=", true}, {"以下", "<=", true}, {"及以下", "<=", true},
		{"以内", "<=", true}, {"之内", "<=", true}, {"以下(含)", "<=", true},
		{"大于等于", "", false}, {"≥", "", false}, {"内", "", false}, {"(含)", "", false},
		{"95%以上", "", false}, {"正向", "", false}, {"", "", false},
	}
	for _, tt := range tests {
		op, ok := PostfixComparatorWord(tt.in)
		if op != tt.op || ok != tt.ok {
			t.Errorf("PostfixComparatorWord(%q) = %q, %v; want %q, %v", tt.in, op, ok, tt.op, tt.ok)
		}
	}
}

// TestCutPostfixComparator: the longest word that follows a number is cut
// from a text's end, as written (full-width parentheses too), and its op
// returned; a text that ends with none, or is only the word, is left whole.
func TestCutPostfixComparator(t *testing.T) {
	tests := []struct {
		in, before string
		op         model.Op
		ok         bool
	}{
		{"95以上", "95", ">=", true}, {"95及以上", "95", ">=", true}, {"1万元以内", "1万元", "<=", true},
		{"3天之内", "3天", "<=", true}, {"5以下(含)", "5", "<=", true}, {"5以下（含）", "5", "<=", true},
		{"90%以上（含本数）", "90%", ">=", true}, {"10及以下", "10", "<=", true},
		{"以上", "以上", "", false}, {"95%", "95%", "", false}, {"≥95", "≥95", "", false}, {"", "", "", false},
	}
	for _, tt := range tests {
		before, op, ok := CutPostfixComparator(tt.in)
		if before != tt.before || op != tt.op || ok != tt.ok {
			t.Errorf("CutPostfixComparator(%q) = %q, %q, %v; want %q, %q, %v", tt.in, before, op, ok, tt.before, tt.op, tt.ok)
		}
	}
}

// TestLeadingSign: a sign a value opens with is read in every form fold
// reads as a sign (≧, ＞, ＝, ═, ⩾), two characters whole (>=, =>, =<),
// its length as written; a word, a digit or white space before it is none.
func TestLeadingSign(t *testing.T) {
	tests := []struct {
		in string
		op model.Op
		n  int
	}{
		{"≥95%", ">=", 3}, {">=95", ">=", 2}, {"=>95", ">=", 2}, {"=<5", "<=", 2}, {"<=5", "<=", 2},
		{"≧9", ">=", 3}, {"⩾9", ">=", 3}, {"≦9", "<=", 3}, {"＞3", ">", 3}, {"＜3", "<", 3}, {"﹥3", ">", 3},
		{"＝1", "=", 3}, {"═1", "=", 3}, {"=1", "=", 1}, {"≥", ">=", 3}, {">", ">", 1}, {">=", ">=", 2},
		{"＞＝3", ">=", 6}, {"95", "", 0}, {"大于95", "", 0}, {" ≥95", "", 0}, {"", "", 0},
	}
	for _, tt := range tests {
		if op, n := LeadingSign(tt.in); op != tt.op || n != tt.n {
			t.Errorf("LeadingSign(%q) = %q, %d; want %q, %d", tt.in, op, n, tt.op, tt.n)
		}
	}
}

// TestNameHintSigns: a name's placeholder carries its comparator in any
// sign of signOps (=> and =< too, the list prefixOps reads), before the
// unit; a target written in the name is no hint.
func TestNameHintSigns(t *testing.T) {
	tests := []struct {
		name string
		op   model.Op
		unit string
		ok   bool
	}{
		{"苗木成活率(≥**%)", ">=", "%", true}, {"苗木成活率(>=**%)", ">=", "%", true},
		{"苗木成活率(=>**%)", ">=", "%", true}, {"投诉次数(=<**次)", "<=", "次", true},
		{"受益人数≥**人", ">=", "人", true}, {"受益人数=>**人", ">=", "人", true}, {"面积(亩)", "", "亩", true},
		{"苗木成活率(≥95%)", "", "", false},
	}
	for _, tt := range tests {
		op, u, ok := nameHint(tt.name)
		if op != tt.op || u.unit != tt.unit || ok != tt.ok {
			t.Errorf("nameHint(%q) = %q, %q, %v; want %q, %q, %v", tt.name, op, u.unit, ok, tt.op, tt.unit, tt.ok)
		}
	}
}
