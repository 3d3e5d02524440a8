package model

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestNewlineIndent: newline writes two spaces a level at any depth,
// past the levels it writes at once too, and nothing when compact.
func TestNewlineIndent(t *testing.T) {
	for _, depth := range []int{0, 1, 5, len(indentSpaces) / 2, len(indentSpaces)/2 + 1, 3*len(indentSpaces)/2 + 1} {
		w := jsonWriter{indent: true, depth: depth, b: []byte("x")}
		w.newline()
		require.Equal(t, "x\n"+strings.Repeat("  ", depth), string(w.b), "depth %d", depth)
		c := jsonWriter{depth: depth}
		c.newline()
		require.Empty(t, c.b)
	}
}
