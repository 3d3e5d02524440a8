// Command gencorpus writes N distinct filings made from the seed fixtures
// (see bench/corpus), for import benchmarks and crash tests:
//
//	go run ./bench/gencorpus -n 2000 -o /tmp/corpus2000
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/perfdoc/perfdoc/bench/corpus"
)

func main() {
	n := flag.Int("n", 300, "number of filings")
	out := flag.String("o", "", "output folder (created)")
	seeds := flag.String("seeds", "testdata", "folder of the seed fixtures")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gencorpus: want -o FOLDER")
		os.Exit(2)
	}
	c, err := corpus.Write(*out, *seeds, *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("%d filings, %d projects, %d indicators\n", c.Docs, c.Projects, c.Indicators)
}
