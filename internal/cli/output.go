package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// checkedWriter remembers the first write error, so that Program.Run can
// turn it into a non-zero exit status whatever the subcommand did with it.
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

// OutputFile is a file written under a temporary name in its final folder
// and renamed over the target by Commit, so that a failed or interrupted
// write (a full disk, Ctrl-C) never leaves a truncated file behind. A
// target that exists and is no regular file (/dev/null, a named pipe, a
// terminal) is written in place: renaming over it would replace a device
// with a file (as root, -o /dev/null did).
type OutputFile struct {
	*os.File
	path   string
	done   bool
	direct bool // written in place, not renamed
}

// CreateOutput starts writing path. Call Commit when all is written, and
// Abort (harmless after Commit) on every other way out.
func CreateOutput(path string) (*OutputFile, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return nil, fmt.Errorf("%s: %w", Quote(path), syscall.EISDIR) // "is a directory"
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", Quote(path), UnwrapPath(err))
		}
		return &OutputFile{File: f, path: path, direct: true}, nil
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real // a link is written through, not replaced by a file
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Quote(path), UnwrapPath(err))
	}
	return &OutputFile{File: f, path: path}, nil
}

// Commit flushes the file to disk and renames it over the target.
func (o *OutputFile) Commit() error {
	if o.done {
		return nil
	}
	o.done = true
	if o.direct {
		if err := o.File.Close(); err != nil {
			return fmt.Errorf("%s: %w", Quote(o.path), UnwrapPath(err))
		}
		return nil
	}
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
		return fmt.Errorf("%s: %w", Quote(o.path), UnwrapPath(err))
	}
	return nil
}

// Abort removes the temporary file; the target is left as it was.
func (o *OutputFile) Abort() {
	if o.done {
		return
	}
	o.done = true
	o.File.Close()
	if !o.direct {
		os.Remove(o.File.Name())
	}
}

// UnwrapPath returns the cause of an *os.PathError or *os.LinkError (the
// message names the file itself, quoted), else err.
func UnwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return err
}

// Quote renders a file name for a message: in double quotes, with control
// and format characters escaped so that a name never reaches the terminal
// raw.
func Quote(name string) string { return strconv.QuoteToGraphic(name) }

// QuoteAll quotes each name and joins them with commas.
func QuoteAll(names []string) string {
	q := make([]string, len(names))
	for i, p := range names {
		q[i] = Quote(p)
	}
	return strings.Join(q, ", ")
}

// Sanitize escapes the characters of s that are not graphic (control
// characters, line breaks, bidirectional overrides), so that s prints as
// one line and moves no cursor.
func Sanitize(s string) string {
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
