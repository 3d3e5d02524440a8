package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestEmptyMark: one definition of the mark a form fills a cell with for
// "none", read the same in a target (gridRow.value), a 度量单位 cell and an
// amount: dashes and slashes of every width, alone or in a run, white
// space aside, and 一 once or twice; a number, a unit or 无 is no mark
// (无 as an amount is none all the same, as a target a value).
func TestEmptyMark(t *testing.T) {
	e := newExtractor(layout.DefaultLimits, nil)
	for _, tc := range []struct {
		in         string
		mark, none bool // isEmptyMark; e.amount reads nil, silently
	}{
		{"-", true, true}, {"--", true, true}, {"---", true, true}, {"—", true, true}, {"——", true, true},
		{"–", true, true}, {"－", true, true}, {"─", true, true}, {"―", true, true}, {"/", true, true},
		{"／", true, true}, {"//", true, true}, {" / ", true, true}, {"\u3000—\u3000", true, true}, {"— —", true, true},
		{"一", true, true}, {"一一", true, true}, {"一 一", true, true},
		{"一一一", false, false}, {"—一", false, false}, {"无", false, true}, {"", false, true},
		{"-5", false, false}, {"—1", false, false}, {"/年", false, false}, {"100", false, false},
	} {
		assert.Equal(t, tc.mark, isEmptyMark(tc.in), "isEmptyMark(%q)", tc.in)
		e.doc.Warnings = nil
		got := e.amount(tc.in, model.Pos{}) == nil && len(e.doc.Warnings) == 0
		assert.Equal(t, tc.none, got, "amount(%q) is nil without a warning", tc.in)
	}
}
