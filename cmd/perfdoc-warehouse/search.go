package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/segment"
	"github.com/perfdoc/perfdoc/warehouse"
)

const searchExamples = `  perfdoc search archive.sqlite 培训                 # indicators, goals, purposes that mention 培训
  perfdoc search archive.sqlite 服务对象 满意度       # every word must match
  perfdoc search --format json postgres://user@host/db 满意度
`

// searcher is a warehouse with a search index.
type searcher interface {
	Search(ctx context.Context, q warehouse.Query, limit int) ([]warehouse.Hit, int, error)
	Meta(ctx context.Context, key string) (string, error)
	Close() error
}

func cmdSearch(e *cli.Env, args []string) int {
	fs := cli.NewFlags(e, "search", "search [--format text|json] [--limit N] WAREHOUSE QUERY...", searchExamples)
	format := fs.Choice("format", "output", "text", "json")
	limit := fs.IntAtLeast("limit", 100, 1, "most matches listed")
	lang := fs.Choice("lang", "language of the lines on stderr", "zh", "en")
	if c := cli.ParseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() < 2 {
		return fs.UsageError("want a WAREHOUSE (a SQLite file or a postgres:// URL) and a QUERY")
	}
	ctx := context.Background()
	en := english(*lang)
	w, err := openSearcher(ctx, fs.Arg(0), en)
	if err != nil {
		fmt.Fprintf(e.Stderr, "perfdoc search: %s\n", cli.Sanitize(err.Error()))
		return cli.ExitFail
	}
	defer w.Close()
	seg, err := segmenterOf(ctx, w, en)
	if err != nil {
		fmt.Fprintf(e.Stderr, "perfdoc search: %s: %s\n", cli.Quote(fs.Arg(0)), cli.Sanitize(err.Error()))
		return cli.ExitFail
	}
	var q warehouse.Query
	for _, word := range seg.Words(strings.Join(fs.Args()[1:], " ")) {
		q = append(q, []string{word})
	}
	if len(q) == 0 {
		return fs.UsageError("the query has no word to look for")
	}
	hits, total, err := w.Search(ctx, q, *limit)
	if err != nil {
		fmt.Fprintf(e.Stderr, "perfdoc search: %s\n", cli.Sanitize(err.Error()))
		return cli.ExitFail
	}
	bw := bufio.NewWriter(e.Stdout)
	if *format == "json" {
		err = writeHitsJSON(bw, hits, total)
	} else {
		writeHitsText(bw, hits)
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return cli.ExitFail
	}
	if len(hits) == 0 {
		fmt.Fprintln(e.Stderr, say(english(*lang), "perfdoc search: 没有匹配", "perfdoc search: no match"))
		return cli.ExitFail
	}
	if *format == "text" {
		if total > len(hits) {
			fmt.Fprintf(e.Stderr, say(english(*lang), "perfdoc search: 共 %[2]d 条匹配，列出 %[1]d 条（--limit %[3]d）\n", "perfdoc search: %d of %d matches listed (--limit %d)\n"), len(hits), total, *limit)
		} else {
			fmt.Fprintf(e.Stderr, say(english(*lang), "perfdoc search: %d 条匹配\n", "perfdoc search: %d matches\n"), total)
		}
	}
	return cli.ExitOK
}

// openSearcher opens the warehouse a search reads: a postgres:// URL, or
// a SQLite file that perfdoc import made. A file that is none (missing, a
// folder, another SQLite database) is refused, in the language of en,
// before it is opened: opening a SQLite warehouse creates its tables, and
// a search must not write them into someone else's database.
func openSearcher(ctx context.Context, to string, en bool) (searcher, error) {
	if warehouse.IsPostgresURL(to) {
		return warehouse.OpenPostgres(ctx, to, warehouse.PostgresOptions{})
	}
	if err := isSQLiteWarehouse(to); err != nil {
		return nil, fmt.Errorf("%s: %s", cli.Quote(to), say(en, err.zh, err.en))
	}
	s, err := warehouse.OpenSQLite(to, warehouse.SQLiteOptions{})
	if errors.Is(err, fs.ErrPermission) {
		// a warehouse this user may read but not write: searched as it is
		return warehouse.OpenSQLiteReadOnly(to)
	}
	return s, err
}

// notWarehouse is why a file is no SQLite warehouse, in both languages.
type notWarehouse struct{ zh, en string }

// isSQLiteWarehouse says why path is not a SQLite warehouse of perfdoc
// import, or nil. It reads the file's header and, read-only, its tables.
func isSQLiteWarehouse(path string) *notWarehouse {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &notWarehouse{"文件不存在", "no such file or directory"}
	case err != nil:
		return &notWarehouse{"无法读取（" + cli.UnwrapPath(err).Error() + "）", cli.UnwrapPath(err).Error()}
	case fi.IsDir():
		return &notWarehouse{"是文件夹：search 读取 perfdoc import 建立的 SQLite 仓库文件或 postgres:// 地址（Parquet、CSV、JSONL 文件夹没有搜索索引）",
			"is a folder: search reads a SQLite warehouse file that perfdoc import made, or a postgres:// URL (a Parquet, CSV or JSONL folder has no search index)"}
	}
	f, err := os.Open(path)
	if err != nil {
		return &notWarehouse{"无法读取（" + cli.UnwrapPath(err).Error() + "）", cli.UnwrapPath(err).Error()}
	}
	head := make([]byte, 16)
	_, err = io.ReadFull(f, head)
	f.Close()
	if err != nil || string(head) != "SQLite format 3\x00" {
		return &notWarehouse{"不是SQLite数据库，不是 perfdoc import 建立的仓库", "not a SQLite database: no warehouse of perfdoc import"}
	}
	w, err := warehouse.OpenSQLiteReadOnly(path)
	if err != nil {
		return &notWarehouse{"无法读取的SQLite数据库（" + err.Error() + "）", "an unreadable SQLite database: " + err.Error()}
	}
	defer w.Close()
	var n int
	if err := w.DB().QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'perfdoc_meta'`).Scan(&n); err != nil {
		return &notWarehouse{"无法读取的SQLite数据库（" + err.Error() + "）", "an unreadable SQLite database: " + err.Error()}
	}
	if n == 0 {
		return &notWarehouse{"是SQLite数据库，但不是 perfdoc import 建立的仓库（没有 perfdoc_meta 表）；未作任何改动",
			"a SQLite database, but no warehouse of perfdoc import (no perfdoc_meta table); left as it was"}
	}
	return nil
}

// segmenterOf returns the segmenter the warehouse's index was built with.
func segmenterOf(ctx context.Context, w searcher, en bool) (*segment.Segmenter, error) {
	name, err := w.Meta(ctx, "segmenter")
	if err != nil {
		return nil, err
	}
	switch name {
	case "":
		return nil, errors.New(say(en, "仓库没有搜索索引（导入时用了 --no-search，或仓库是空的）",
			"this warehouse has no search index (it was imported with --no-search, or is empty)"))
	case segment.Default().Name():
		return segment.Default(), nil
	case "bigram":
		return segment.Bigram(), nil
	}
	return nil, errors.New(say(en, "仓库的索引是用 "+name+" 分词建立的，这个 perfdoc 没有它（编译时未启用 cgo？）",
		"this warehouse's index was built with "+name+", which this perfdoc lacks (built without cgo?)"))
}

// writeHitsJSON writes {"hits": […], "total": N, "truncated": bool}:
// total counts every match, truncated says --limit left some out.
func writeHitsJSON(w io.Writer, hits []warehouse.Hit, total int) error {
	if hits == nil {
		hits = []warehouse.Hit{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(map[string]any{"hits": hits, "total": total, "truncated": total > len(hits)})
}

// writeHitsText lists the hits by document, then project.
func writeHitsText(w io.Writer, hits []warehouse.Hit) {
	lastDoc, lastProj := "", int64(-1)
	for _, h := range hits {
		if h.DocumentID != lastDoc {
			year := "年份不详"
			if h.Year != nil {
				year = fmt.Sprint(*h.Year)
			}
			fmt.Fprintf(w, "%s %s  %s\n", year, cli.Sanitize(h.Department), cli.Quote(h.Path))
			lastDoc, lastProj = h.DocumentID, -1
		}
		if h.Project != lastProj {
			fmt.Fprintf(w, "  %d. %s %s\n", h.Project, cli.Sanitize(h.ProjectCode), cli.Sanitize(h.ProjectName))
			lastProj = h.Project
		}
		label := fieldLabel(h.Field)
		if h.Indicator > 0 && h.Field != "indicator" {
			label += " (" + cli.Sanitize(h.IndicatorName) + ")"
		}
		fmt.Fprintf(w, "     %s: %s\n", label, cli.Sanitize(h.Text))
	}
}

func fieldLabel(f string) string {
	switch f {
	case "indicator":
		return "指标"
	case "description":
		return "指标描述"
	case "goal":
		return "绩效目标"
	case "purpose":
		return "资金用途"
	case "name":
		return "项目名称"
	}
	return f
}
