// Command concurrent runs two perfdoc imports of the same corpus into one
// fresh warehouse at the same moment, many times, and checks that both
// succeed (one waiting for the other) and that every document is there
// exactly once, with no row of one interleaved in the other's.
//
//	go run ./bench/gencorpus -n 30 -o /tmp/corpus30
//	go build -o /tmp/ ./cmd/perfdoc ./cmd/perfdoc-warehouse
//	go run ./bench/concurrent -perfdoc /tmp/perfdoc -corpus /tmp/corpus30 -n 30 -tries 40 -sinks sqlite,parquet,csv,jsonl
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/perfdoc/perfdoc/warehouse"
)

func main() {
	perfdoc := flag.String("perfdoc", "/tmp/perfdoc", "the perfdoc binary")
	corpusDir := flag.String("corpus", "", "a folder made by gencorpus")
	n := flag.Int("n", 30, "filings in the corpus")
	tries := flag.Int("tries", 40, "tries per sink")
	sinks := flag.String("sinks", "sqlite,parquet", "sinks to test")
	work := flag.String("work", "/tmp/perfdoc-concurrent", "scratch folder")
	flag.Parse()
	fmt.Println("| sink | tries | both exit 0 | every document once | problems | messages |")
	fmt.Println("|---|---|---|---|---|---|")
	failed := false
	for _, sink := range strings.Split(*sinks, ",") {
		ok0, once, problems := 0, 0, 0
		msgs := map[string]int{}
		for i := 0; i < *tries; i++ {
			dir := filepath.Join(*work, sink)
			os.RemoveAll(dir)
			os.MkdirAll(dir, 0o755)
			to := filepath.Join(dir, "w")
			if sink == "sqlite" {
				to += ".sqlite"
			}
			var cmds [2]*exec.Cmd
			var errs [2]bytes.Buffer
			for k := range cmds {
				cmds[k] = exec.Command(*perfdoc, "import", "--no-search", "--workers", "1", "--format", sink, "--to", to, *corpusDir)
				cmds[k].Stderr = &errs[k]
				cmds[k].Start()
			}
			exit0 := true
			for k := range cmds {
				if cmds[k].Wait() != nil {
					exit0 = false
				}
				for _, l := range strings.Split(errs[k].String(), "\n") {
					if strings.Contains(l, "in use") || strings.Contains(l, "locked") || strings.Contains(l, "error") {
						msgs[l]++
					}
				}
			}
			if exit0 {
				ok0++
			}
			r := verify(sink, to)
			if r.OK() && r.Rows["documents"] == *n {
				once++
			}
			problems += len(r.Problems)
		}
		var m []string
		for l, c := range msgs {
			m = append(m, fmt.Sprintf("%dx %q", c, l))
		}
		fmt.Printf("| %s | %d | %d | %d | %d | %s |\n", sink, *tries, ok0, once, problems, strings.Join(m, "; "))
		failed = failed || ok0 != *tries || once != *tries
	}
	if failed {
		os.Exit(1)
	}
}

func verify(sink, to string) warehouse.Report {
	var r warehouse.Report
	var err error
	if sink == "sqlite" {
		var s *warehouse.SQLite
		if s, err = warehouse.OpenSQLite(to, warehouse.SQLiteOptions{}); err == nil {
			r, err = warehouse.VerifySQL(context.Background(), s.DB())
			s.Close()
		}
	} else {
		r, err = warehouse.VerifyDir(to, sink)
	}
	if err != nil {
		return warehouse.Report{Problems: []string{err.Error()}}
	}
	return r
}
