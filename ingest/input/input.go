// Package input reads one input file safely, for the commands that read
// filings and for bulk imports: a symbolic link is followed, a named pipe,
// device, socket or folder is refused without being read, and a size cap
// holds before and while reading. It imports nothing of perfdoc's, so a
// program that only parses links no warehouse library through it.
package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"syscall"
)

// DefaultMaxSize is the largest input read unless told otherwise (the
// --max-size flag): 256 MiB.
const DefaultMaxSize int64 = 256 << 20

// FilingExts are the file extensions of the formats the parser reads, the
// files perfdoc import (its default patterns) and a folder comparison
// take; ScanExts are those of the scans it reads by OCR, left out when
// OCR is never used.
var (
	FilingExts = []string{".docx", ".doc", ".xlsx", ".xls", ".pdf", ".txt", ".html", ".htm", ".xhtml"}
	ScanExts   = []string{".png", ".jpg", ".jpeg", ".tif", ".tiff"}
)

// Errors of ReadFile, wrapped in an *Error.
var (
	ErrNotRegular = errors.New("not a regular file")
	ErrTooLarge   = errors.New("over the size limit")
	// ErrFolder is ErrNotRegular for a folder.
	ErrFolder = fmt.Errorf("%w: a folder", ErrNotRegular)
)

// Error is a file that could not be read as an input. Its message names
// the file quoted where needed (see QuotePath) and says why.
type Error struct {
	Path string
	Err  error
}

// Error says "PATH": why, the path quoted.
func (e *Error) Error() string { return QuotePath(e.Path) + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// ReadFile reads one input file whole, safely: a symbolic link is followed
// (the kernel stops link loops), a named pipe, device, socket or folder is
// refused without being read — so `perfdoc parse /dev/zero` or a FIFO
// neither hangs nor fills memory — and a file larger than max bytes (0: no
// limit) is refused before reading. Errors are *Error.
func ReadFile(path string, max int64) ([]byte, error) {
	fail := func(err error) ([]byte, error) { return nil, &Error{Path: path, Err: err} }
	fi, err := os.Stat(path)
	if err != nil {
		return fail(Cause(err))
	}
	if err := Regular(fi); err != nil {
		return fail(err)
	}
	// O_NONBLOCK: should the file have become a FIFO since the Stat, the
	// open does not wait for a writer; the Stat of the open file decides.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return fail(Cause(err))
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return fail(Cause(err))
	}
	if err := Regular(fi); err != nil {
		return fail(err)
	}
	if max > 0 && fi.Size() > max {
		return fail(fmt.Errorf("%w: %d bytes, more than %d (--max-size)", ErrTooLarge, fi.Size(), max))
	}
	data, err := readCapped(f, max, fi.Size())
	if err != nil {
		return fail(err)
	}
	return data, nil
}

// ReadAll reads r (standard input) whole, refusing more than max bytes
// (0: no limit).
func ReadAll(r io.Reader, max int64) ([]byte, error) { return readCapped(r, max, 0) }

func readCapped(r io.Reader, max, hint int64) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	buf := make([]byte, 0, min(hint, max)+512)
	for {
		if int64(len(buf)) > max {
			return nil, fmt.Errorf("%w: more than %d bytes (--max-size)", ErrTooLarge, max)
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			if int64(len(buf)) > max {
				return nil, fmt.Errorf("%w: more than %d bytes (--max-size)", ErrTooLarge, max)
			}
			return buf, nil
		}
		if err != nil {
			return nil, Cause(err)
		}
	}
}

// Regular refuses what is not a regular file, saying what it is.
func Regular(fi fs.FileInfo) error {
	m := fi.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return ErrFolder
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w: a named pipe (FIFO), not read", ErrNotRegular)
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return fmt.Errorf("%w: a device, not read", ErrNotRegular)
	case m&fs.ModeSocket != 0:
		return fmt.Errorf("%w: a socket, not read", ErrNotRegular)
	}
	return fmt.Errorf("%w (%s)", ErrNotRegular, m.Type())
}

// Cause strips the path from an *fs.PathError (the caller names the file).
func Cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// QuotePath renders a path for a message, as perfdoc's messages do:
// double-quoted, with control characters, line breaks and bidirectional
// overrides escaped (strconv.QuoteToGraphic), so that a file name never
// reaches a terminal raw; Chinese names stay readable.
func QuotePath(p string) string { return strconv.QuoteToGraphic(p) }
