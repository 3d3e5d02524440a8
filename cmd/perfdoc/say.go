package main

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"syscall"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/run"
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

// errorLineIn is errorLine in lang (see run.Why): in Chinese a known
// reason is said in Chinese, with the reader's details (English, from the
// parser) after it in parentheses.
func errorLineIn(lang report.Lang, err error) string {
	var pe *parser.ParseError
	if errors.As(err, &pe) && pe.Path != "" {
		return "perfdoc: " + cli.Quote(pe.Path) + ": " + cli.Sanitize(run.Why(lang, pe.Path, err))
	}
	return "perfdoc: " + cli.Sanitize(run.Why(lang, "", err))
}

// writeErrors are the reasons an output could not be written that perfdoc
// says in Chinese, most specific first.
var writeErrors = []struct {
	err error
	zh  string
}{
	{syscall.ENOSPC, "磁盘已满"},
	{syscall.EISDIR, "是文件夹，不是文件"},
	{syscall.ENOTDIR, "路径中有同名的文件，不是文件夹"},
	{fs.ErrNotExist, "所在的文件夹不存在"},
	{fs.ErrPermission, "没有写入权限"},
}

// writeErrorIn is the stderr line of cmd for an output that could not be
// written (-o FILE or DIR, stdout), in lang: in Chinese 无法写入 and the
// reason, the system's words after it in parentheses, the file named first
// as the error names it: perfdoc parse: "out/x.json": 无法写入：所在的文件夹不存在（no such file or directory）.
func writeErrorIn(lang report.Lang, cmd string, err error) string {
	text := cli.Sanitize(err.Error())
	if lang == report.English {
		return "perfdoc " + cmd + ": " + text
	}
	head, detail := "", text
	if q, qerr := strconv.QuotedPrefix(text); qerr == nil && strings.HasPrefix(text[len(q):], ": ") {
		head, detail = q+": ", text[len(q)+2:]
	}
	zh := "无法写入"
	for _, r := range writeErrors {
		if errors.Is(err, r.err) {
			zh += "：" + r.zh
			break
		}
	}
	return "perfdoc " + cmd + ": " + head + zh + "（" + detail + "）"
}
