// Command crash kills perfdoc imports and checks what they leave: for each
// sink, N trials of a fresh import of the corpus killed with SIGKILL at a
// random moment, the warehouse verified as a reader finds it, the same
// import run again to the end and the counts checked exactly; then one
// kill aimed at file finalisation (the moment a commit's journal appears)
// and, with -full, imports into a small tmpfs that fills up.
//
//	go build -o /tmp/perfdoc ./cmd/perfdoc
//	go run ./bench/gencorpus -n 300 -o /tmp/corpus300
//	go run ./bench/crash -perfdoc /tmp/perfdoc -corpus /tmp/corpus300 -n 300 -kills 20 \
//	    -sinks sqlite,parquet,csv,jsonl,postgres -pg postgres://postgres@/crash?host=/tmp/pg -full
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
	"syscall"
	"time"
	"unsafe"

	"github.com/jackc/pgx/v5"

	"github.com/perfdoc/perfdoc/bench/corpus"
	"github.com/perfdoc/perfdoc/warehouse"
)

type config struct {
	perfdoc, corpus, work, pg string
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
		// aimed at the renames (appends): tried until the kill lands while
		// the commit's journal is there, at most 10 times
		for i := 1; i <= 10; i++ {
			landed := false
			kill := c.killAtJournal(sink)
			if !c.trial(sink, fmt.Sprintf("finalisation %d", i), func(cmd *exec.Cmd, dir string) string {
				s := kill(cmd, dir)
				landed = strings.HasPrefix(s, "during")
				return s
			}) {
				bad++
			}
			if landed {
				break
			}
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
	after := c.verify(sink, dir)
	out, err := c.command(sink, dir).CombinedOutput()
	rerun := "ok"
	if err != nil {
		rerun = fmt.Sprintf("failed: %v %s", err, strings.TrimSpace(string(out)))
	}
	final := c.verify(sink, dir)
	ok := after.OK() && final.OK() && err == nil && final.Rows["documents"] == c.want.Docs &&
		final.Rows["indicators"] == c.want.Indicators && final.Rows["projects"] == c.want.Projects
	fmt.Printf("| %s | %s | %s | %s | %s | %d/%d | %d/%d |\n", sink, name, when, describe(after), rerun,
		final.Rows["documents"], c.want.Docs, final.Rows["indicators"], c.want.Indicators)
	return ok
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

// killAtJournal kills the import the moment a commit's journal appears
// (inotify), i.e. while it renames (Parquet) or appends (CSV, JSONL).
func (c *config) killAtJournal(sink string) func(*exec.Cmd, string) string {
	return func(cmd *exec.Cmd, dir string) string {
		to, _ := c.target(sink, dir)
		watch, journal := filepath.Join(to, "_perfdoc"), "journal-"
		if sink != "parquet" {
			watch, journal = to, ".perfdoc-journal.json"
		}
		for i := 0; i < 500; i++ { // the folder appears when perfdoc opens the sink
			if _, err := os.Stat(watch); err == nil {
				break
			}
			time.Sleep(2 * time.Millisecond)
		}
		fd, err := syscall.InotifyInit()
		if err != nil {
			return "inotify: " + err.Error()
		}
		defer syscall.Close(fd)
		syscall.InotifyAddWatch(fd, watch, syscall.IN_MOVED_TO|syscall.IN_CREATE)
		buf := make([]byte, 64<<10)
		for {
			n, err := syscall.Read(fd, buf)
			if err != nil || n <= 0 {
				return "no journal seen"
			}
			for off := 0; off+syscall.SizeofInotifyEvent <= n; {
				ev := (*syscall.InotifyEvent)(unsafe.Pointer(&buf[off]))
				name := strings.TrimRight(string(buf[off+syscall.SizeofInotifyEvent:off+syscall.SizeofInotifyEvent+int(ev.Len)]), "\x00")
				off += syscall.SizeofInotifyEvent + int(ev.Len)
				if ev.Mask&syscall.IN_MOVED_TO == 0 || !strings.HasPrefix(name, journal) || strings.HasSuffix(name, ".tmp") {
					continue
				}
				if sink != "parquet" {
					time.Sleep(time.Duration(rand.Intn(1000)) * time.Microsecond) // into the appends
				}
				cmd.Process.Kill()
				cmd.Wait()
				if _, err := os.Stat(filepath.Join(watch, name)); err == nil {
					return "during a commit (journal left)"
				}
				return "just after a commit"
			}
		}
	}
}
