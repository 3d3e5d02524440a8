package model

import (
	"bytes"
	"encoding/json"
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

// TestAppendStringAsEncodingJSON: appendString writes what encoding/json
// writes (HTML escaping off) and quotedLen counts it, for every lead byte
// followed by continuation bytes at the edges of their ranges and by
// none, cut short, and for the texts a filing holds (Chinese, U+2028,
// U+FFFD, a surrogate's bytes): the three-byte runes taken without
// decoding are those encoding/json leaves as they are.
func TestAppendStringAsEncodingJSON(t *testing.T) {
	texts := []string{"", "项目满意度≥95%", "a\u2028b\u2029c", "\u2027\u202a", "\ufffd", "\uffff", "\ued00\ue000",
		"\xed\xa0\x80", "\xe0\x80\x80", "\xe0\xa0\x80", "\xef\xbf", "半\xe5\x8d", "\x7f\x01\"\\\n"}
	for c := 0x80; c <= 0xff; c++ {
		for _, rest := range []string{"", "\x80", "\xbf", "\x80\x80", "\x80\xbf", "\xbf\xbf", "\x9f\xbf", "\xa0\x80", "\x80\xa8", "\x80\xa9", "\x80\x80\x80", "\x7f\x80", "\x80\xc0"} {
			texts = append(texts, string(rune('x'))+string([]byte{byte(c)})+rest+"y", string([]byte{byte(c)})+rest)
		}
	}
	for _, s := range texts {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(s))
		got := appendString(nil, s)
		require.Equal(t, strings.TrimSuffix(want.String(), "\n"), string(got), "%q", s)
		require.Equal(t, int64(len(got)), quotedLen(s), "%q", s)
	}
}
