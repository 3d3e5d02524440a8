package main

import (
	"fmt"
	"io/fs"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"

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
