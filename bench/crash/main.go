// Command crash kills perfdoc imports and checks what they leave: for each
// sink, N trials of a fresh import of the corpus killed with SIGKILL at a
// random moment, the warehouse verified as a reader finds it (and, with
// -duckdb, read by DuckDB) before anything recovers it, the same import
// run again to the end and the counts checked exactly. For the file sinks
// also kills aimed at finalisation (as the last staged file of a commit is
// closed: before the rename that publishes the commit, and just after it)
// and a failed rename (fault injection, in this process); with -full,
// imports into a small tmpfs that fills up.
//
//	go build -o /tmp/ ./cmd/perfdoc ./cmd/perfdoc-warehouse   # perfdoc import execs perfdoc-warehouse beside it
//	go run ./bench/gencorpus -n 300 -o /tmp/corpus300
//	(cd /tmp && npm install @duckdb/node-api && cp $OLDPWD/bench/duckdb/read.mjs /tmp/)
//	go run ./bench/crash -perfdoc /tmp/perfdoc -corpus /tmp/corpus300 -n 300 -kills 20 \
//	    -sinks sqlite,parquet,csv,jsonl,postgres -pg postgres://postgres@/crash?host=/tmp/pg -full -duckdb /tmp/read.mjs
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/perfdoc/perfdoc/bench/corpus"
	"github.com/perfdoc/perfdoc/warehouse"
)

type config struct {
	perfdoc, corpus, work, pg string
	duckdb                    string
	n, kills                  int
	full                      bool
	want                      corpus.Counts
}

func main() {
	var c config
	var sinks string
	var seed int64
	flag.StringVar(&c.perfdoc, "perfdoc", "/tmp/perfdoc", "the perfdoc binary")
	flag.StringVar(&c.corpus, "corpus", "", "a folder made by gencorpus")
	flag.IntVar(&c.n, "n", 300, "filings in the corpus")
	flag.IntVar(&c.kills, "kills", 20, "random kills per sink")
	flag.StringVar(&c.work, "work", "/tmp/perfdoc-crash", "scratch folder")
	flag.StringVar(&c.pg, "pg", "", "a PostgreSQL URL (its perfdoc tables are dropped between trials)")
	flag.BoolVar(&c.full, "full", false, "also fill a small tmpfs (needs root)")
	flag.StringVar(&c.duckdb, "duckdb", "", "bench/duckdb/read.mjs, beside a node_modules with @duckdb/node-api: read each file warehouse with DuckDB right after the kill")
	flag.StringVar(&sinks, "sinks", "sqlite,parquet,csv,jsonl", "sinks to test")
	flag.Int64Var(&seed, "seed", 1, "random seed of the kill moments")
	flag.Parse()
	rand.Seed(seed)
	c.want = counts(c.n)
	os.MkdirAll(c.work, 0o755)
	fmt.Println("| sink | trial | killed after | right after the kill | rerun | documents | indicators |")
	fmt.Println("|---|---|---|---|---|---|---|")
	bad := 0
	for _, sink := range strings.Split(sinks, ",") {
		bad += c.run(sink)
	}
	if bad > 0 {
		fmt.Printf("\n%d trials went wrong\n", bad)
		os.Exit(1)
	}
}

// counts are what the corpus holds.
func counts(n int) corpus.Counts {
	var c corpus.Counts
	for i := 0; i < n; i++ {
		s := corpus.Seeds[i%len(corpus.Seeds)]
		c.Docs++
		c.Projects += s.Projects
		c.Indicators += s.Indicators
	}
	return c
}

// run tests one sink and returns the number of bad trials.
func (c *config) run(sink string) int {
	full := c.timeFull(sink)
	bad := 0
	for i := 1; i <= c.kills; i++ {
		// a random moment of the run; drawn again (shorter) when the run
		// had ended before it, so that every kill lands in an import
		d := time.Duration(rand.Int63n(int64(full)))
		for landed := false; !landed; d /= 2 {
			if !c.trial(sink, fmt.Sprint(i), func(cmd *exec.Cmd, _ string) string {
				done := make(chan struct{})
				go func() { cmd.Wait(); close(done) }()
				select {
				case <-done:
					return "ended before the kill (drawn again)"
				case <-time.After(d):
				}
				cmd.Process.Kill()
				<-done
				landed = true
				return fmt.Sprintf("%.2fs", d.Seconds())
			}) {
				bad++
			}
		}
	}
	if sink != "sqlite" && sink != "postgres" {
		bad += c.finalisation(sink)
		if !c.failedRename(sink) {
			bad++
		}
	}
	switch {
	case c.full && sink == "postgres":
		if !c.fullDiskPG() {
			bad++
		}
	case c.full:
		if !c.fullDisk(sink) {
			bad++
		}
	}
	return bad
}

// target returns the --to and --format of a sink in folder dir.
func (c *config) target(sink, dir string) (string, string) {
	switch sink {
	case "sqlite":
		return filepath.Join(dir, "w.sqlite"), sink
	case "postgres":
		return c.pg, sink
	}
	return filepath.Join(dir, "w"), sink
}

func (c *config) command(sink, dir string) *exec.Cmd {
	to, format := c.target(sink, dir)
	cmd := exec.Command(c.perfdoc, "import", "--workers", "2", "--to", to, "--format", format, c.corpus)
	cmd.Env = append(os.Environ(), "GOMAXPROCS=2")
	return cmd
}

// timeFull times one whole import into a fresh warehouse.
func (c *config) timeFull(sink string) time.Duration {
	dir := c.fresh(sink)
	start := time.Now()
	out, err := c.command(sink, dir).CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "crash: a full %s import failed: %v\n%s", sink, err, out)
		os.Exit(1)
	}
	return time.Since(start)
}

// fresh empties the sink's warehouse and returns its folder.
func (c *config) fresh(sink string) string {
	dir := filepath.Join(c.work, sink)
	os.RemoveAll(dir)
	os.MkdirAll(dir, 0o755)
	if sink == "postgres" {
		conn, err := pgx.Connect(context.Background(), c.pg)
		if err != nil {
			fmt.Fprintln(os.Stderr, "crash:", err)
			os.Exit(1)
		}
		var names []string
		for _, t := range warehouse.Tables() {
			names = append(names, t.Name)
		}
		conn.Exec(context.Background(), "DROP TABLE IF EXISTS perfdoc_meta, "+strings.Join(names, ", "))
		conn.Close(context.Background())
	}
	return dir
}

// trial starts an import, lets kill stop it, verifies, reruns, verifies.
func (c *config) trial(sink, name string, kill func(*exec.Cmd, string) string) bool {
	dir := c.fresh(sink)
	cmd := c.command(sink, dir)
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "crash:", err)
		os.Exit(1)
	}
	when := kill(cmd, dir)
	if cmd.ProcessState == nil {
		cmd.Wait()
	}
	return c.check(sink, dir, name, when, nil)
}

// check verifies the warehouse as a reader finds it (and reads it with
// DuckDB), calls beforeRerun if set, runs the import again to the end,
// verifies and counts, and prints the trial's line.
func (c *config) check(sink, dir, name, when string, beforeRerun func()) bool {
	after := c.verify(sink, dir)
	duck, duckOK := c.readDuckDB(sink, dir, after)
	if beforeRerun != nil {
		beforeRerun()
	}
	out, err := c.command(sink, dir).CombinedOutput()
	rerun := "ok"
	if err != nil {
		rerun = fmt.Sprintf("failed: %v %s", err, strings.TrimSpace(string(out)))
	}
	final := c.verify(sink, dir)
	ok := after.OK() && duckOK && final.OK() && err == nil && final.Rows["documents"] == c.want.Docs &&
		final.Rows["indicators"] == c.want.Indicators && final.Rows["projects"] == c.want.Projects
	fmt.Printf("| %s | %s | %s | %s%s | %s | %d/%d | %d/%d |\n", sink, name, when, describe(after), duck, rerun,
		final.Rows["documents"], c.want.Docs, final.Rows["indicators"], c.want.Indicators)
	return ok
}

// readDuckDB reads a file warehouse with DuckDB (bench/duckdb/read.mjs):
// every file readable, no row without its document, as many documents
// as Verify counted.
func (c *config) readDuckDB(sink, dir string, r warehouse.Report) (string, bool) {
	if c.duckdb == "" || sink == "sqlite" || sink == "postgres" {
		return "", true
	}
	to, _ := c.target(sink, dir)
	kind := map[string]string{"parquet": "lake"}[sink]
	if kind == "" {
		kind = sink
	}
	out, err := exec.Command("node", c.duckdb, kind+"="+to).CombinedOutput()
	docs := -1
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, kind+" documents: ") {
			fmt.Sscan(strings.TrimPrefix(l, kind+" documents: "), &docs)
			if strings.HasSuffix(l, "no file") {
				docs = 0
			}
		}
	}
	if err != nil || docs != r.Rows["documents"] {
		return fmt.Sprintf("; DuckDB: %v, %d documents: %s", err, docs, lastLine(string(out))), false
	}
	return fmt.Sprintf("; DuckDB reads %d documents, 0 orphans", docs), true
}

func describe(r warehouse.Report) string {
	if r.OK() {
		return fmt.Sprintf("consistent, %d documents", r.Rows["documents"])
	}
	p := r.Problems[0]
	if len(p) > 80 {
		p = p[:80]
	}
	return fmt.Sprintf("%d problems: %s", len(r.Problems), p)
}

// verify reads the warehouse as a reader would.
func (c *config) verify(sink, dir string) warehouse.Report {
	to, format := c.target(sink, dir)
	var r warehouse.Report
	var err error
	switch sink {
	case "sqlite":
		var s *warehouse.SQLite
		if s, err = warehouse.OpenSQLite(to, warehouse.SQLiteOptions{}); err == nil {
			r, err = warehouse.VerifySQL(context.Background(), s.DB())
			s.Close()
		}
	case "postgres":
		var conn *pgx.Conn
		if conn, err = pgx.Connect(context.Background(), to); err == nil {
			r, err = warehouse.VerifyPostgres(context.Background(), conn)
			conn.Close(context.Background())
		}
	default:
		r, err = warehouse.VerifyDir(to, format)
	}
	if err != nil {
		return warehouse.Report{Problems: []string{"unreadable: " + err.Error()}}
	}
	return r
}
