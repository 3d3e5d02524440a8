package layout

import (
	"strings"

	"github.com/perfdoc/perfdoc/normalize"
)

// Clean trims a cell's or paragraph's text: surrounding white space
// (normalize.IsSpace, full-width spaces included) goes, and so do
// trailing tabs. A text whose end bytes can belong to no white space
// (most cells) is returned as it is without decoding.
func Clean(s string) string {
	if s == "" || normalize.SpaceByte(s[0])&normalize.SpaceFirst == 0 && normalize.SpaceByte(s[len(s)-1])&normalize.SpaceLast == 0 {
		return s
	}
	return strings.TrimFunc(s, normalize.IsSpace)
}
