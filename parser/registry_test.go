package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/text"
)

var registerOnce sync.Once

// TestRegister: a registered reader is sniffed before the built-in
// formats, its blocks are extracted as any reader's, its notes kept; a
// second registration of a format panics.
func TestRegister(t *testing.T) {
	magic := []byte("%TEST-REGISTER\n")
	registerOnce.Do(func() { // -count=2 runs the test twice in one process
		Register("test-register", func(b []byte) bool { return bytes.HasPrefix(b, magic) },
			func(data []byte, lim Limits) ([]Block, []model.Unrecognized, error) {
				blocks := text.Read(string(bytes.TrimPrefix(data, magic)))
				return blocks, []model.Unrecognized{{Text: "from the test reader"}}, nil
			})
	})
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "budget-2026.txt"))
	require.NoError(t, err)
	data := append(bytes.Clone(magic), seed...)
	assert.Equal(t, "test-register", Sniff(data))
	assert.Equal(t, FormatText, Sniff(seed), "the built-in formats are still sniffed")

	doc, err := Parse(data, Options{Path: "x.test"})
	require.NoError(t, err)
	want, err := Parse(seed, Options{})
	require.NoError(t, err)
	assert.Equal(t, "test-register", doc.Source.Format)
	assert.Equal(t, len(want.Projects), len(doc.Projects))
	assert.Contains(t, doc.Unrecognized, model.Unrecognized{Text: "from the test reader"})

	_, err = Parse(seed, Options{Format: "no-such"})
	assert.ErrorContains(t, err, `unknown format "no-such" (want text, docx, html, doc, xlsx, xls, pdf or test-register)`)
	assert.PanicsWithValue(t, "parser: Register called twice for format test-register", func() {
		Register("test-register", nil, func([]byte, Limits) ([]Block, []model.Unrecognized, error) { return nil, nil, nil })
	})
	assert.Panics(t, func() {
		Register(FormatDOCX, nil, func([]byte, Limits) ([]Block, []model.Unrecognized, error) { return nil, nil, nil })
	})
}
