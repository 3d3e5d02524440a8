package main

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/perfdoc/perfdoc/ingest"
	"github.com/perfdoc/perfdoc/warehouse"
)

// renameFS is the OS file system whose at-th rename of a commit folder
// (counting from 1) fails with EIO: fault injection through the sinks'
// file system interface.
type renameFS struct {
	at, seen int
}

func (f *renameFS) OpenFile(name string, flag int, perm os.FileMode) (warehouse.File, error) {
	return warehouse.OS.OpenFile(name, flag, perm)
}

func (f *renameFS) Rename(o, n string) error {
	if strings.HasPrefix(filepath.Base(n), "commit-") {
		f.seen++
		if f.seen == f.at {
			return &os.LinkError{Op: "rename", Old: o, New: n, Err: syscall.EIO}
		}
	}
	return warehouse.OS.Rename(o, n)
}
func (f *renameFS) Remove(name string) error    { return warehouse.OS.Remove(name) }
func (f *renameFS) RemoveAll(name string) error { return warehouse.OS.RemoveAll(name) }
func (f *renameFS) MkdirAll(name string, perm os.FileMode) error {
	return warehouse.OS.MkdirAll(name, perm)
}
func (f *renameFS) ReadDir(name string) ([]os.DirEntry, error) { return warehouse.OS.ReadDir(name) }
func (f *renameFS) Stat(name string) (os.FileInfo, error)      { return warehouse.OS.Stat(name) }
func (f *renameFS) Truncate(name string, size int64) error     { return warehouse.OS.Truncate(name, size) }

// failedRename imports the corpus in this process (2 workers, perfdoc's
// batch sizes) through a file system whose k-th commit rename fails, k
// drawn from the second to the last commit; verifies; reruns the perfdoc
// binary; verifies and counts.
func (c *config) failedRename(sink string) bool {
	batch := map[string]int{"parquet": 128}[sink]
	if batch == 0 {
		batch = 64
	}
	commits := (c.n + batch - 1) / batch
	at := 1
	if commits > 1 {
		at = 2 + rand.Intn(commits-1)
	}
	dir := c.fresh(sink)
	to, _ := c.target(sink, dir)
	fsys := &renameFS{at: at}
	var s warehouse.Sink
	var err error
	if sink == "parquet" {
		s, err = warehouse.OpenParquet(to, warehouse.ParquetOptions{FS: fsys})
	} else {
		s, err = warehouse.OpenFiles(to, sink, warehouse.FilesOptions{FS: fsys})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "crash:", err)
		os.Exit(1)
	}
	_, err = ingest.Import(context.Background(), s, []string{c.corpus}, ingest.Options{Workers: 2, BatchSize: batch})
	s.Close()
	first := "exit 0 (no rename failed)"
	if err != nil {
		first = "failed: " + lastLine(err.Error())
	}
	return c.check(sink, dir, fmt.Sprintf("failed rename (commit %d of %d, EIO)", at, commits), first, nil)
}
