// Command timeit runs commands alternately and prints, for each, the
// median wall time, the median CPU time (user + system, which a busy
// machine disturbs less) and the wall-time ratio of the first command to
// it (above 1: the first is slower). Each command is one argument, split
// on spaces; its output is discarded.
//
//	go run ./bench/timeit -n 21 "perfdoc parse x.docx" "floor x.docx"
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
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
	wall := make([][]time.Duration, len(cmds))
	cpu := make([][]time.Duration, len(cmds))
	for i := 0; i < *n; i++ {
		for k, c := range cmds {
			f := strings.Fields(c)
			cmd := exec.Command(f[0], f[1:]...)
			start := time.Now()
			if err := cmd.Run(); err != nil {
				fmt.Fprintf(os.Stderr, "timeit: %s: %v\n", c, err)
				os.Exit(1)
			}
			wall[k] = append(wall[k], time.Since(start))
			cpu[k] = append(cpu[k], cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		}
	}
	fmt.Printf("%-55s %10s %10s %8s\n", "command", "wall", "cpu", "ratio")
	first := median(wall[0])
	for k, c := range cmds {
		w := median(wall[k])
		fmt.Printf("%-55s %8.1fms %8.1fms %7.2fx\n", c, ms(w), ms(median(cpu[k])), float64(first)/float64(w))
	}
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
