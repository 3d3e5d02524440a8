// Command timeit runs commands alternately and prints the median wall time
// of each and its ratio to the first. Each command is one argument, split
// on spaces; its output is discarded.
//
//	go run ./bench/timeit -n 21 "perfdoc parse x.docx" "floor x.docx"
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 21, "runs of each command")
	flag.Parse()
	cmds := flag.Args()
	if len(cmds) == 0 {
		fmt.Fprintln(os.Stderr, "usage: timeit [-n RUNS] COMMAND...")
		os.Exit(2)
	}
	times := make([][]time.Duration, len(cmds))
	for i := 0; i < *n; i++ {
		for k, c := range cmds {
			f := strings.Fields(c)
			cmd := exec.Command(f[0], f[1:]...)
			start := time.Now()
			if err := cmd.Run(); err != nil {
				fmt.Fprintf(os.Stderr, "timeit: %s: %v\n", c, err)
				os.Exit(1)
			}
			times[k] = append(times[k], time.Since(start))
		}
	}
	med := make([]time.Duration, len(cmds))
	for k := range cmds {
		sort.Slice(times[k], func(i, j int) bool { return times[k][i] < times[k][j] })
		med[k] = times[k][len(times[k])/2]
	}
	fmt.Printf("%-50s %10s %8s\n", "command", "median", "ratio")
	for k, c := range cmds {
		fmt.Printf("%-50s %8.1fms %7.2fx\n", c, float64(med[k].Microseconds())/1000, float64(med[0])/float64(med[k]))
	}
}
