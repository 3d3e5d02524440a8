package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOutputFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.json")
	require.NoError(t, os.WriteFile(target, []byte("old"), 0o644))

	o, err := CreateOutput(target)
	require.NoError(t, err)
	_, err = o.Write([]byte("half"))
	require.NoError(t, err)
	o.Abort()
	got, _ := os.ReadFile(target)
	assert.Equal(t, "old", string(got), "an aborted write leaves the target as it was")

	o, err = CreateOutput(target)
	require.NoError(t, err)
	_, err = o.Write([]byte("new"))
	require.NoError(t, err)
	require.NoError(t, o.Commit())
	o.Abort() // harmless after Commit
	got, _ = os.ReadFile(target)
	assert.Equal(t, "new", string(got))
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 1, "no temporary file is left behind")

	_, err = CreateOutput(filepath.Join(dir, "missing", "out.json"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `missing/out.json"`)
}

func TestQuoteAndSanitize(t *testing.T) {
	assert.Equal(t, `"evil\x1b[31m\nname.txt"`, Quote("evil\x1b[31m\nname.txt"))
	assert.Equal(t, `"预算.docx", "b"`, QuoteAll([]string{"预算.docx", "b"}))
	assert.Equal(t, `line\nbreak \u202e`, Sanitize("line\nbreak \u202e"))
	assert.Equal(t, "预算 ≥90%", Sanitize("预算 ≥90%"))
}
