package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// checkedWriter remembers the first write error, so that run can turn it
// into a non-zero exit status whatever the subcommand did with it.
type checkedWriter struct {
	w   io.Writer
	err error
}

// Write writes p, or fails at once after an earlier failure.
func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// outputFile is a file written under a temporary name in its final folder
// and renamed over the target by Commit, so that a failed or interrupted
// write (a full disk, Ctrl-C) never leaves a truncated file behind.
type outputFile struct {
	*os.File
	path string
	done bool
}

// createOutput starts writing path. Call Commit when all is written, and
// Abort (harmless after Commit) on every other way out.
func createOutput(path string) (*outputFile, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("%s: %v", quote(path), unwrapPath(err))
	}
	return &outputFile{File: f, path: path}, nil
}

// Commit flushes the file to disk and renames it over the target.
func (o *outputFile) Commit() error {
	if o.done {
		return nil
	}
	o.done = true
	tmp := o.File.Name()
	err := o.File.Sync()
	if cerr := o.File.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, o.path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s: %v", quote(o.path), unwrapPath(err))
	}
	return nil
}

// Abort removes the temporary file; the target is left as it was.
func (o *outputFile) Abort() {
	if o.done {
		return
	}
	o.done = true
	o.File.Close()
	os.Remove(o.File.Name())
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return err
}

// quote renders a file name for a message: in double quotes, with control
// and format characters escaped so that a name never reaches the terminal
// raw.
func quote(name string) string { return strconv.QuoteToGraphic(name) }

// sanitize escapes the characters of s that are not graphic (control
// characters, line breaks, bidirectional overrides), so that s prints as
// one line and moves no cursor.
func sanitize(s string) string {
	clean := true
	for _, r := range s {
		if !strconv.IsGraphic(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if strconv.IsGraphic(r) {
			b.WriteRune(r)
			continue
		}
		q := strconv.QuoteRune(r)
		b.WriteString(q[1 : len(q)-1])
	}
	return b.String()
}
