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
