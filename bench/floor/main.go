// Command floor is the speed floor perfdoc's DOCX parsing is measured
// against: it inflates word/document.xml and walks its tokens with gosax,
// counting table cells, and does nothing else.
//
//	go run ./bench/floor testdata/budget-2026.docx
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"

	"github.com/orisano/gosax"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: floor FILE.docx")
		os.Exit(2)
	}
	n, err := walk(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	fmt.Println(n, "cells")
}

func walk(path string) (int, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return 0, err
		}
		defer rc.Close()
		r := gosax.NewReader(rc)
		cells := 0
		for {
			ev, err := r.Event()
			if err != nil {
				return 0, err
			}
			if ev.Type() == gosax.EventEOF {
				return cells, nil
			}
			if ev.Type() == gosax.EventStart && bytes.HasPrefix(ev.Bytes, []byte("<w:tc>")) {
				cells++
			}
		}
	}
	return 0, fmt.Errorf("%s: no word/document.xml", path)
}
