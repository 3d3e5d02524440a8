package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadInputRefuses(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	for path, want := range map[string]string{fifo: "named pipe", "/dev/zero": "a device", t.TempDir(): "是文件夹，不是文件"} {
		code, out, errs := runCmd(t, "", "parse", path)
		assert.Equal(t, 1, code, path)
		assert.Empty(t, out)
		assert.Contains(t, errs, want, path)
	}
	code, _, errs := runCmd(t, "", "parse", "--max-size", "100", "../../testdata/budget-2026.txt")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "over the size limit")
	code, _, errs = runCmd(t, strings.Repeat("x", 200), "parse", "--max-size", "100", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "over the size limit")
	code, _, errs = runCmd(t, "", "parse", "\x1b[31mred.txt")
	assert.Equal(t, 1, code)
	assert.NotContains(t, errs, "\x1b")
}
