package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/perfdoc/perfdoc/ingest/input"
	"github.com/perfdoc/perfdoc/parser"
)

// DefaultInclude are the file name patterns an import takes by default:
// every format the parser reads (input.FilingExts), scans (ImageInclude)
// included.
var DefaultInclude = append(globs(input.FilingExts), ImageInclude...)

// ImageInclude are the file name patterns of scans that the parser reads
// by OCR (input.ScanExts): an import with OCR never leaves them out of
// DefaultInclude.
var ImageInclude = globs(input.ScanExts)

// globs are the file name patterns of extensions (.docx → *.docx).
func globs(exts []string) []string {
	out := make([]string, len(exts))
	for i, ext := range exts {
		out[i] = "*" + ext
	}
	return out
}

// IncludeFor returns the default patterns for an OCR mode
// (parser.OCRAuto, OCRAlways, OCRNever): DefaultInclude, without the
// images when OCR is never.
func IncludeFor(ocr string) []string {
	if ocr != parser.OCRNever {
		return DefaultInclude
	}
	var out []string
	for _, p := range DefaultInclude {
		if !slices.Contains(ImageInclude, p) {
			out = append(out, p)
		}
	}
	return out
}

// Entry is one file a walk found: a path to import, or a path that cannot
// be (Err set: an unreadable folder, a broken link, a named pipe), which
// an import records as failed.
type Entry struct {
	Path string
	Err  error
}

// Walker walks inputs in a fixed order.
type Walker struct {
	// Include are glob patterns matched against base names, without regard
	// to case; empty means DefaultInclude. Paths given as files are taken
	// whatever their names.
	Include []string
	// Warn, if set, hears about what the walk skips on purpose (a link
	// back into a folder already walked).
	Warn func(msg string)
	// visited holds the device and inode of every folder and file seen, so
	// that a symbolic link is followed once and a loop ends.
	visited map[[2]uint64]bool
}

// Walk calls fn for every file under roots: a root that is a file (or a
// link to one) is taken as given; a folder (or a link to one) is walked
// recursively in lexical order, taking the files whose base names match
// Include. Symbolic links inside are followed, each folder and file once:
// a link to a folder already walked (a loop) is skipped with a warning.
// Walk stops when fn returns an error or ctx is done.
func (w *Walker) Walk(ctx context.Context, roots []string, fn func(Entry) error) error {
	w.visited = map[[2]uint64]bool{}
	for _, root := range roots {
		fi, err := os.Stat(root)
		switch {
		case err != nil:
			err = fn(Entry{Path: root, Err: input.Cause(err)})
		case fi.IsDir():
			w.seen(fi)
			err = w.dir(ctx, root, fn)
		case w.seen(fi):
			continue // the same file named twice
		default:
			err = fn(Entry{Path: root})
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// seen marks fi visited and reports whether it was already.
func (w *Walker) seen(fi os.FileInfo) bool {
	k, ok := fileKey(fi)
	if !ok {
		return false
	}
	if w.visited[k] {
		return true
	}
	w.visited[k] = true
	return false
}

func (w *Walker) dir(ctx context.Context, dir string, fn func(Entry) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return fn(Entry{Path: dir, Err: fmt.Errorf("cannot read folder: %w", input.Cause(err))})
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
	for _, e := range ents {
		p := filepath.Join(dir, e.Name())
		if err := w.entry(ctx, p, e, fn); err != nil {
			return err
		}
	}
	return nil
}

func (w *Walker) entry(ctx context.Context, p string, e os.DirEntry, fn func(Entry) error) error {
	match := w.match(e.Name())
	link := e.Type()&os.ModeSymlink != 0
	fi, err := os.Stat(p) // follows a link
	if err != nil {
		if match && link {
			return fn(Entry{Path: p, Err: fmt.Errorf("a broken symbolic link: %w", input.Cause(err))})
		}
		if match {
			return fn(Entry{Path: p, Err: input.Cause(err)})
		}
		return nil
	}
	switch {
	case fi.IsDir():
		if w.seen(fi) {
			if link && w.Warn != nil {
				w.Warn(QuotePath(p) + ": a link to a folder walked already (a loop?); skipped")
			}
			return nil
		}
		return w.dir(ctx, p, fn)
	case !match:
		return nil
	case w.seen(fi):
		return nil // the same file through another link
	case !fi.Mode().IsRegular():
		return fn(Entry{Path: p, Err: input.Regular(fi)})
	}
	return fn(Entry{Path: p})
}

func (w *Walker) match(name string) bool {
	inc := w.Include
	if len(inc) == 0 {
		inc = DefaultInclude
	}
	lower := strings.ToLower(name)
	for _, p := range inc {
		if ok, _ := filepath.Match(p, name); ok {
			return true
		}
		if ok, _ := filepath.Match(strings.ToLower(p), lower); ok {
			return true
		}
	}
	return false
}

// ValidInclude checks the patterns' syntax.
func ValidInclude(patterns []string) error {
	for _, p := range patterns {
		if _, err := filepath.Match(p, ""); err != nil {
			return fmt.Errorf("--include %q: %v", p, err)
		}
	}
	return nil
}
