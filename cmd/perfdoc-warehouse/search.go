package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
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
	w, err := openSearcher(ctx, fs.Arg(0))
	if err != nil {
		fmt.Fprintf(e.Stderr, "perfdoc search: %s\n", cli.Sanitize(err.Error()))
		return cli.ExitFail
	}
	defer w.Close()
	seg, err := segmenterOf(ctx, w)
	if err != nil {
		fmt.Fprintf(e.Stderr, "perfdoc search: %s\n", cli.Sanitize(err.Error()))
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

func openSearcher(ctx context.Context, to string) (searcher, error) {
	if warehouse.IsPostgresURL(to) {
		return warehouse.OpenPostgres(ctx, to, warehouse.PostgresOptions{})
	}
	if _, err := os.Stat(to); err != nil {
		return nil, fmt.Errorf("%s: %v", cli.Quote(to), cli.UnwrapPath(err))
	}
	return warehouse.OpenSQLite(to, warehouse.SQLiteOptions{})
}

// segmenterOf returns the segmenter the warehouse's index was built with.
func segmenterOf(ctx context.Context, w searcher) (*segment.Segmenter, error) {
	name, err := w.Meta(ctx, "segmenter")
	if err != nil {
		return nil, err
	}
	switch name {
	case "":
		return nil, fmt.Errorf("this warehouse has no search index (it was imported with --no-search, or is empty)")
	case segment.Default().Name():
		return segment.Default(), nil
	case "bigram":
		return segment.Bigram(), nil
	}
	return nil, fmt.Errorf("this warehouse's index was built with %s, which this perfdoc lacks (built without cgo?)", name)
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
