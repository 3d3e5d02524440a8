package html

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzCollapseLines: collapseLines is strings.Fields per line, lines
// joined by "\n", empty lines dropped — without the allocations.
func FuzzCollapseLines(f *testing.F) {
	f.Add(" a \n\n b\u3000c\u00a0d\u2028e \t")
	f.Add("\xc2\x85x\xe3\x80\x81y\xe1\x9a\x80\v")
	f.Fuzz(func(t *testing.T, s string) {
		var lines []string
		for _, line := range strings.Split(s, "\n") {
			if line = strings.Join(strings.Fields(line), " "); line != "" {
				lines = append(lines, line)
			}
		}
		_, got := collapseLines(nil, []byte(s))
		require.Equal(t, strings.Join(lines, "\n"), got)
	})
}
