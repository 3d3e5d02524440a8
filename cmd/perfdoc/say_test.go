package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

// TestMissingFileNamed: 文件不存在 is said of the input only when the
// input itself could not be opened; a file missing on the way (an OCR
// temporary file, a word list) is named.
func TestMissingFileNamed(t *testing.T) {
	tmp := &fs.PathError{Op: "open", Path: "/tmp/perfdoc-ocr-1/out.tsv", Err: syscall.ENOENT}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"the input", &parser.ParseError{Path: "in.pdf", Err: syscall.ENOENT}, `perfdoc: "in.pdf": 文件不存在`},
		{"the input, with its path", &parser.ParseError{Path: "in.pdf", Err: &fs.PathError{Op: "open", Path: "in.pdf", Err: syscall.ENOENT}}, `perfdoc: "in.pdf": 文件不存在`},
		{"the input, unreadable", &parser.ParseError{Path: "in.pdf", Err: syscall.EACCES}, `perfdoc: "in.pdf": 没有读取权限`},
		{"an OCR temporary file", &parser.ParseError{Path: "scan.pdf", Err: fmt.Errorf("%w: OCR: %w", parser.ErrNeedsOCR, tmp)},
			`perfdoc: "scan.pdf": 找不到文件 "/tmp/perfdoc-ocr-1/out.tsv"（no text layer (scanned pages?): OCR: open /tmp/perfdoc-ocr-1/out.tsv: no such file or directory）`},
		{"a word list", &fs.PathError{Op: "open", Path: "words.json", Err: syscall.ENOENT},
			`perfdoc: 找不到文件 "words.json"（open words.json: no such file or directory）`},
		{"a folder, unreadable", &parser.ParseError{Path: "a.docx", Err: &fs.PathError{Op: "open", Path: "/secret", Err: syscall.EACCES}},
			`perfdoc: "a.docx": 没有权限访问文件 "/secret"（open /secret: permission denied）`},
		{"no file known", syscall.ENOENT, `perfdoc: no such file or directory`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, errorLineIn(report.Chinese, tt.err), tt.name)
	}
}

// TestOutputErrorsInChinese: an output that cannot be written is named and
// said why in --lang, Chinese by default, the system's words after it.
func TestOutputErrorsInChinese(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "afile")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	nowhere := filepath.Join(dir, "no", "out.json")
	folders := []string{"--format", "text", "-o", file, "../../testdata", "../../testdata"}
	for _, tt := range []struct {
		args   []string
		zh, en string
	}{
		{[]string{"parse", "-o", nowhere, seedTxt}, `perfdoc parse: "` + nowhere + `": 无法写入：所在的文件夹不存在（no such file or directory）`, `perfdoc parse: "` + nowhere + `": no such file or directory`},
		{[]string{"check", "-o", dir, seedTxt}, `perfdoc check: "` + dir + `": 无法写入：是文件夹，不是文件（is a directory）`, `perfdoc check: "` + dir + `": is a directory`},
		{[]string{"diff", "-o", nowhere, old2025, seedDOCX}, `perfdoc diff: "` + nowhere + `": 无法写入：所在的文件夹不存在（no such file or directory）`, `perfdoc diff: "` + nowhere + `": no such file or directory`},
		{append([]string{"diff"}, folders...), `perfdoc diff: "` + file + `": 无法写入：路径中有同名的文件，不是文件夹（not a directory）`, `perfdoc diff: "` + file + `": not a directory`},
	} {
		_, _, errs := runCmd(t, "", tt.args...)
		assert.Contains(t, errs, tt.zh+"\n", "%v", tt.args)
		_, _, errs = runCmd(t, "", append([]string{tt.args[0], "--lang", "en"}, tt.args[1:]...)...)
		assert.Contains(t, errs, tt.en+"\n", "%v", tt.args)
	}
}
