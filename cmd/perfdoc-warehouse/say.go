package main

// The import's and the search's own stderr lines speak the language of
// --lang, Chinese by default, as perfdoc parse, check and diff do. File
// names, flags, SQL and the readers' error details stay as they are.

import (
	"errors"
	"io/fs"
	"net/url"
	"strings"
	"syscall"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/warehouse"
)

// english reports whether a --lang value asks for English.
func english(lang string) bool { return lang == "en" }

// say picks the Chinese or the English of a message.
func say(en bool, zh, eng string) string {
	if en {
		return eng
	}
	return zh
}

// sinkReasons are the reasons a warehouse could not be opened or written
// that import says in Chinese, most specific first.
var sinkReasons = []struct {
	err error
	zh  string
}{
	{warehouse.ErrInUse, "正由另一个导入使用"},
	{warehouse.ErrNotDatabase, "不是SQLite数据库文件，不能作为仓库"},
	{syscall.ENOSPC, "磁盘已满"},
	{syscall.EROFS, "文件系统只读"},
	{warehouse.ErrIsFolder, "是文件夹，SQLite仓库是一个文件"},
	{warehouse.ErrIsFile, "是文件，Parquet、CSV和JSONL仓库是文件夹"},
	{syscall.ENOTDIR, "路径中有同名的文件，不是文件夹"},
	{fs.ErrNotExist, "所在的文件夹不存在"},
	{fs.ErrPermission, "没有写入权限"},
}

// sinkLine is the stderr line of an import whose warehouse to could not
// be opened or written: the warehouse named first (a PostgreSQL URL
// without its password), then in Chinese 无法写入仓库 and the reason, the
// system's words after it in parentheses:
//
//	perfdoc import: "ro/w.sqlite": 无法写入仓库：没有写入权限（… permission denied）
func sinkLine(en bool, to string, err error) string {
	name := cli.Quote(to)
	if warehouse.IsPostgresURL(to) {
		if u, perr := url.Parse(to); perr == nil {
			name = cli.Quote(u.Redacted())
		}
	}
	detail := cli.Sanitize(err.Error())
	if rest, ok := strings.CutPrefix(detail, name); ok {
		detail = strings.TrimLeft(rest, ": ")
	}
	if en {
		return "perfdoc import: " + name + ": " + detail
	}
	zh := "无法写入仓库"
	for _, r := range sinkReasons {
		if errors.Is(err, r.err) {
			zh += "：" + r.zh
			break
		}
	}
	return "perfdoc import: " + name + ": " + zh + "（" + detail + "）"
}
