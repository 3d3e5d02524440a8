package layout

import (
	"strings"

	"github.com/perfdoc/perfdoc/normalize"
)

// clean trims a cell's or paragraph's text: surrounding white space
// (including full-width spaces) goes, and so do trailing tabs.
func Clean(s string) string {
	return strings.TrimFunc(s, normalize.IsSpace)
}
