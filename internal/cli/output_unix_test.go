//go:build unix

package cli

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOutputToNonRegularFile: -o at a named pipe (as at /dev/null) writes
// into it and leaves it a pipe; renaming a temporary file over it, as for
// a regular file, replaced /dev/null with a file when perfdoc ran as root.
func TestOutputToNonRegularFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- string(b)
	}()
	o, err := CreateOutput(fifo)
	require.NoError(t, err)
	_, err = o.WriteString("报告")
	require.NoError(t, err)
	require.NoError(t, o.Commit())
	fi, err := os.Lstat(fifo)
	require.NoError(t, err)
	require.Equal(t, os.ModeNamedPipe, fi.Mode().Type(), "still a pipe")
	assert.Equal(t, "报告", <-got)
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(fifo), ".*.tmp"))
	assert.Empty(t, left, "no temporary file")

	// a link to a regular file is written through: the link stays a link
	dir := t.TempDir()
	real := filepath.Join(dir, "real.json")
	require.NoError(t, os.WriteFile(real, []byte("old"), 0o644))
	link := filepath.Join(dir, "link.json")
	require.NoError(t, os.Symlink(real, link))
	o, err = CreateOutput(link)
	require.NoError(t, err)
	_, err = o.WriteString("new")
	require.NoError(t, err)
	require.NoError(t, o.Commit())
	b, err := os.ReadFile(real)
	require.NoError(t, err)
	assert.Equal(t, "new", string(b))
	fi, err = os.Lstat(link)
	require.NoError(t, err)
	assert.Equal(t, os.ModeSymlink, fi.Mode().Type(), "still a link")
}
