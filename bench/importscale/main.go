// Command importscale measures how an import scales: the same perfdoc
// import of a small and a large corpus of distinct filings (gencorpus),
// alternating runs, each into a fresh warehouse; it reports the median
// time per document and the peak RSS (/usr/bin/time's maxrss), checks that
// the output reads back complete, and the ratio large/small.
//
//	go build -o /tmp/ ./cmd/perfdoc ./cmd/perfdoc-warehouse
//	go run ./bench/importscale -perfdoc /tmp/perfdoc -small 200 -large 2000 -runs 3 -sinks parquet,sqlite
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/perfdoc/perfdoc/bench/corpus"
	"github.com/perfdoc/perfdoc/warehouse"
)

type result struct {
	perDoc time.Duration
	rssMB  float64
	ok     bool
}

func main() {
	perfdoc := flag.String("perfdoc", "/tmp/perfdoc", "the perfdoc binary")
	small := flag.Int("small", 200, "filings in the small corpus")
	large := flag.Int("large", 2000, "filings in the large corpus")
	runs := flag.Int("runs", 3, "runs of each")
	sinks := flag.String("sinks", "parquet,sqlite", "sinks")
	work := flag.String("work", "/tmp/perfdoc-scale", "scratch folder")
	seeds := flag.String("seeds", "testdata", "the seed fixtures")
	extra := flag.String("args", "--workers 2", "more import flags")
	flag.Parse()
	sizes := []int{*small, *large}
	for _, n := range sizes {
		dir := filepath.Join(*work, fmt.Sprintf("corpus%d", n))
		if _, err := os.Stat(dir); err != nil {
			if _, err := corpus.Write(dir, *seeds, n); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
	}
	fmt.Println("| sink | filings | ms per document (median) | peak RSS MB (max) | read back complete |")
	fmt.Println("|---|---|---|---|---|")
	for _, sink := range strings.Split(*sinks, ",") {
		res := map[int][]result{}
		for r := 0; r < *runs; r++ {
			for _, n := range sizes { // alternate small and large
				res[n] = append(res[n], run(*perfdoc, sink, *work, n, strings.Fields(*extra)))
			}
		}
		var med [2]time.Duration
		for i, n := range sizes {
			var ds []time.Duration
			rss, ok := 0.0, true
			for _, x := range res[n] {
				ds = append(ds, x.perDoc)
				rss = max(rss, x.rssMB)
				ok = ok && x.ok
			}
			sort.Slice(ds, func(a, b int) bool { return ds[a] < ds[b] })
			med[i] = ds[len(ds)/2]
			fmt.Printf("| %s | %d | %.2f | %.0f | %v |\n", sink, n, float64(med[i].Microseconds())/1000, rss, ok)
		}
		fmt.Printf("| %s | ratio | %.2f× | | |\n", sink, float64(med[1])/float64(med[0]))
	}
}

func run(perfdoc, sink, work string, n int, extra []string) result {
	to := filepath.Join(work, "out-"+sink)
	os.RemoveAll(to)
	os.Remove(to + ".sqlite")
	os.Remove(to + ".sqlite-wal")
	os.Remove(to + ".sqlite-shm")
	if sink == "sqlite" {
		to += ".sqlite"
	}
	// /usr/bin/time reports the child's own peak: a Go child's ru_maxrss
	// would include this process's memory at the fork.
	args := append([]string{"-f", "maxrss %M", perfdoc, "import", "--format", sink, "--to", to}, extra...)
	cmd := exec.Command("/usr/bin/time", append(args, filepath.Join(work, fmt.Sprintf("corpus%d", n)))...)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	el := time.Since(start)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s %d: %v\n%s", sink, n, err, out)
	}
	rss := 0.0
	if i := strings.LastIndex(string(out), "maxrss "); i >= 0 {
		var kb float64
		fmt.Sscanf(string(out[i:]), "maxrss %f", &kb)
		rss = kb / 1024
	}
	var r warehouse.Report
	if sink == "sqlite" {
		s, e := warehouse.OpenSQLite(to, warehouse.SQLiteOptions{})
		if e == nil {
			r, e = warehouse.VerifySQL(context.Background(), s.DB())
			s.Close()
		}
		err = e
	} else {
		r, err = warehouse.VerifyDir(to, sink)
	}
	ok := err == nil && r.OK() && r.Rows["documents"] == n
	return result{perDoc: el / time.Duration(n), rssMB: rss, ok: ok}
}
