package main

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/ingest/input"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

// perfdoc's own stderr lines speak the language of --lang, Chinese by
// default, in the commands that have it (check, diff): a file that could
// not be read, a pair not compared, the folder summary. Parser warnings
// are not these lines; file names and flags stay as typed.

// say picks the Chinese or the English of a message.
func say(lang report.Lang, zh, en string) string {
	if lang == report.English {
		return en
	}
	return zh
}

// problemText is a diff.Problem's message in lang.
func problemText(lang report.Lang, p diff.Problem) string {
	if lang == report.English {
		return p.Message
	}
	return p.Chinese()
}

// readErrors are the reasons a file could not be read that perfdoc says in
// Chinese, most specific first; the English is the error's own text.
var readErrors = []struct {
	err error
	zh  string
}{
	{fs.ErrNotExist, "文件不存在"},    // the system's words say no more
	{fs.ErrPermission, "没有读取权限"}, // nor here
	{input.ErrNotRegular, "不是普通文件"},
	{input.ErrTooLarge, "超过大小上限（--max-size）"},
	{parser.ErrNoTargetTable, "未找到绩效目标表（不是绩效目标表文件？）"},
	{parser.ErrEmpty, "文件为空"},
	{parser.ErrEncryptedPDF, "PDF已加密：请先另存一份未加密的副本（如 qpdf --decrypt in.pdf out.pdf）"},
	{parser.ErrEncrypted, "文件有密码保护"},
	{parser.ErrNeedsOCR, "没有文字层（扫描件？需要OCR识别）"},
	{parser.ErrTooLarge, "超过解析上限"},
	{parser.ErrBadDOCX, "无法读取的DOCX文件"},
	{parser.ErrBadXLSX, "无法读取的XLSX文件"},
	{parser.ErrBadDOC, "无法读取的DOC文件"},
	{parser.ErrBadXLS, "无法读取的XLS文件"},
	{parser.ErrBadOLE2, "无法读取的OLE2复合文件"},
	{parser.ErrBadPDF, "无法读取的PDF文件"},
}

// otherFile says in Chinese what is wrong with a file other than the input
// (its name follows).
var otherFile = map[error]string{
	fs.ErrNotExist:   "找不到文件 ",
	fs.ErrPermission: "没有权限访问文件 ",
}

// errorLineIn is errorLine in lang: in Chinese a known reason is said in
// Chinese, with the reader's details (English, from the parser) after it
// in parentheses.
func errorLineIn(lang report.Lang, err error) string {
	if lang == report.English {
		return errorLine(err)
	}
	line := errorLine(err)
	head, detail := "perfdoc: ", strings.TrimPrefix(line, "perfdoc: ")
	var pe *parser.ParseError
	input := ""
	if errors.As(err, &pe) && pe.Path != "" {
		input = pe.Path
		head += cli.Quote(pe.Path) + ": "
		detail = strings.TrimPrefix(detail, cli.Quote(pe.Path)+": ")
	}
	for _, r := range readErrors {
		if !errors.Is(err, r.err) {
			continue
		}
		if r.err == fs.ErrNotExist || r.err == fs.ErrPermission {
			// 文件不存在 and 没有读取权限 are the input's own: a file
			// missing on the way (an OCR temporary file, a word list) is
			// named, and so is any file when no input is known.
			var other *fs.PathError
			switch {
			case errors.As(err, &other) && other.Path != input:
				return head + otherFile[r.err] + cli.Quote(other.Path) + "（" + detail + "）"
			case input == "":
				continue
			}
			return head + r.zh
		}
		if detail == r.err.Error() {
			return head + r.zh
		}
		return head + r.zh + "（" + detail + "）"
	}
	return line
}
