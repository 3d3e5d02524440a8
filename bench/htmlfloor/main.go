// Command htmlfloor is the speed floor perfdoc's HTML parsing is measured
// against: it reads the file and runs the golang.org/x/net/html tokenizer
// over it (Next only), counting start tags, and does nothing else.
//
//	go run ./bench/htmlfloor testdata/budget-2026.html
package main

import (
	"bytes"
	"fmt"
	"os"

	"golang.org/x/net/html"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: htmlfloor FILE.html")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "htmlfloor:", err)
		os.Exit(1)
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	tags := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			fmt.Println(tags, "tags")
			return
		case html.StartTagToken:
			tags++
		}
	}
}
