package run

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/perfdoc/perfdoc/ingest/input"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

// reasons are the reasons a file could not be read that perfdoc says in
// Chinese, most specific first; the English is the error's own text.
var reasons = []struct {
	err error
	zh  string
}{
	{fs.ErrNotExist, "文件不存在"},    // the system's words say no more
	{fs.ErrPermission, "没有读取权限"}, // nor here
	{input.ErrFolder, "是文件夹，不是文件：请给出其中的文件（如 文件夹/*.docx），或用 perfdoc import 读取整个文件夹"},
	{input.ErrNotRegular, "不是普通文件"},
	{input.ErrTooLarge, "超过大小上限（--max-size）"},
	{parser.ErrColumnsBySpaces, "绩效指标表的各栏以空格分隔（PDF的版式文本？），分不清各栏，未读取：请改用HTML、DOCX或以制表符分隔的文本"},
	{parser.ErrNoTargetTable, "未找到绩效目标表（不是绩效目标表文件？）"},
	{parser.ErrEmpty, "文件为空"},
	{parser.ErrArchive, "是压缩包，不是绩效目标表文件：请先解压，再读取其中的文件"},
	{parser.ErrOpenDocument, "是OpenDocument文件（ODT、ODS），perfdoc不读取：请先另存为DOCX或XLSX"},
	{parser.ErrRTF, "是RTF文档，perfdoc不读取：请先另存为DOCX"},
	{parser.ErrMHT, "是单个文件网页（MHT），perfdoc不读取：请先另存为网页（HTML）或DOCX"},
	{parser.ErrBinary, "不支持的文件格式：不是DOCX、DOC、XLSX、XLS、PDF、HTML或文本导出"},
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
// (its quoted name follows).
var otherFile = map[error]string{
	fs.ErrNotExist:   "找不到文件 ",
	fs.ErrPermission: "没有权限访问文件 ",
}

// Why says why the file path could not be read, without the file's own
// name, in lang. In English it is the error's text (a *parser.ParseError's
// position first). In Chinese a known reason is said in Chinese, with the
// reader's details (English) after it in parentheses: "文件为空",
// "无法读取的OLE2复合文件（unreadable OLE2 compound file: too short）".
// 文件不存在 and 没有读取权限 are said only of path itself: a file missing
// or unreadable on the way (an OCR temporary file, a word list) is named,
// "找不到文件 "/tmp/x/out.tsv"（…）". Control characters are not escaped.
func Why(lang report.Lang, path string, err error) string {
	detail := strings.TrimPrefix(err.Error(), "parser: ")
	var pe *parser.ParseError
	if errors.As(err, &pe) {
		own := *pe
		own.Path = ""
		detail = strings.TrimPrefix(own.Error(), "parser: ")
	}
	if lang == report.English {
		return detail
	}
	for _, r := range reasons {
		if !errors.Is(err, r.err) {
			continue
		}
		if q, ok := otherFile[r.err]; ok {
			var other *fs.PathError
			switch {
			case errors.As(err, &other) && other.Path != path:
				return q + input.QuotePath(other.Path) + "（" + detail + "）"
			case path == "":
				continue // whose file it is, only the English says
			case r.err == fs.ErrNotExist && (strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator))):
				return "文件夹不存在" // filings-2025/: a folder was meant
			}
			return r.zh
		}
		if detail == r.err.Error() {
			return r.zh
		}
		return r.zh + "（" + detail + "）"
	}
	return detail
}
