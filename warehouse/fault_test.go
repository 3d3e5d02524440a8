package warehouse

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// faultFS is the OS file system with faults on demand: the renameAt-th
// rename (counting from 1) fails with EIO (after renaming, when
// renameDone); once writeBudget bytes are written, writes fail with
// ENOSPC as on a full disk (a short write first). renameMatch, if set,
// limits the count to renames whose target contains it.
type faultFS struct {
	mu          sync.Mutex
	renames     int
	renameAt    int
	renameMatch string
	renameDone  bool
	writeBudget int64 // < 0: unlimited
}

func (f *faultFS) OpenFile(name string, flag int, perm os.FileMode) (File, error) {
	file, err := OS.OpenFile(name, flag, perm)
	if err != nil {
		return nil, err
	}
	return &faultFile{File: file, fs: f}, nil
}

func (f *faultFS) Rename(o, n string) error {
	f.mu.Lock()
	if f.renameMatch == "" || strings.Contains(n, f.renameMatch) {
		f.renames++
		if f.renames == f.renameAt {
			f.mu.Unlock()
			if f.renameDone {
				OS.Rename(o, n)
			}
			return &os.LinkError{Op: "rename", Old: o, New: n, Err: syscall.EIO}
		}
	}
	f.mu.Unlock()
	return OS.Rename(o, n)
}
func (f *faultFS) Remove(name string) error                     { return OS.Remove(name) }
func (f *faultFS) RemoveAll(name string) error                  { return OS.RemoveAll(name) }
func (f *faultFS) MkdirAll(name string, perm os.FileMode) error { return OS.MkdirAll(name, perm) }
func (f *faultFS) ReadDir(name string) ([]os.DirEntry, error)   { return OS.ReadDir(name) }
func (f *faultFS) Stat(name string) (os.FileInfo, error)        { return OS.Stat(name) }
func (f *faultFS) Truncate(name string, size int64) error       { return OS.Truncate(name, size) }

type faultFile struct {
	File
	fs *faultFS
}

func (w *faultFile) Write(p []byte) (int, error) {
	w.fs.mu.Lock()
	budget := w.fs.writeBudget
	if budget >= 0 && int64(len(p)) > budget {
		w.fs.writeBudget = 0
		w.fs.mu.Unlock()
		n, _ := w.File.Write(p[:budget])
		return n, &os.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}
	}
	if budget >= 0 {
		w.fs.writeBudget -= int64(len(p))
	}
	w.fs.mu.Unlock()
	return w.File.Write(p)
}

type fileSink interface {
	Sink
}

func openFault(t *testing.T, kind, dir string, fsys FS) fileSink {
	if kind == "parquet" {
		s, err := OpenParquet(dir, ParquetOptions{FS: fsys})
		require.NoError(t, err)
		return s
	}
	s, err := OpenFiles(dir, kind, FilesOptions{FS: fsys})
	require.NoError(t, err)
	return s
}

// A failed rename or a full disk in the middle of a commit leaves the
// warehouse as it was before that commit — as a reader sees it, and once
// the next import opens it — and committing the same batches again gives
// the exact counts.
func TestFaults(t *testing.T) {
	all := docs(t, 12)
	ctx := context.Background()
	type fault struct {
		name  string
		fsys  func() *faultFS
		kinds []string
	}
	all3 := []string{"parquet", "csv", "jsonl"}
	faults := []fault{
		{"rename of the second commit fails", func() *faultFS {
			return &faultFS{renameAt: 2, renameMatch: commitPrefix, writeBudget: -1}
		}, all3},
		{"rename of the first commit fails", func() *faultFS {
			return &faultFS{renameAt: 1, renameMatch: commitPrefix, writeBudget: -1}
		}, all3},
		{"disk full", func() *faultFS { return &faultFS{writeBudget: 300 << 10} }, all3},
		{"disk full at once", func() *faultFS { return &faultFS{writeBudget: 10} }, all3},
	}
	for _, f := range faults {
		for _, kind := range f.kinds {
			t.Run(f.name+"/"+kind, func(t *testing.T) {
				dir := filepath.Join(t.TempDir(), "w")
				s := openFault(t, kind, dir, f.fsys())
				committed := 0
				var failed error
				for k := 0; k < len(all) && failed == nil; k += 3 {
					c, err := s.Commit(ctx, &Batch{Docs: all[k : k+3], Errors: []ErrorRow{{Path: "p", SHA256: "s", Error: "e"}}})
					failed = err
					committed += c.Documents
				}
				require.Error(t, failed, "the fault happened")
				r, err := VerifyDir(dir, kind)
				require.NoError(t, err)
				assert.Empty(t, r.Problems, "consistent right after the fault")
				assert.Equal(t, committed, r.Rows[TDocuments], "the documents counted are those a reader sees")

				// the rerun: a fresh sink on the healthy file system
				s = openFault(t, kind, dir, OS)
				k, err := s.Known(ctx)
				require.NoError(t, err)
				var rest []*Rows
				for _, d := range all {
					if !k.Docs[d.Document.ID] {
						rest = append(rest, d)
					}
				}
				_, err = s.Commit(ctx, &Batch{Docs: rest, Errors: []ErrorRow{{Path: "p", SHA256: "s", Error: "e"}}})
				require.NoError(t, err)
				r, err = VerifyDir(dir, kind)
				require.NoError(t, err)
				assert.Empty(t, r.Problems)
				assert.Equal(t, len(all), r.Rows[TDocuments])
				assert.Equal(t, len(all), r.Rows[TSources])
				assert.Equal(t, 1, r.Rows[TErrors], "import_errors not repeated")
				want := 0
				for _, d := range all {
					want += len(d.Indicators)
				}
				assert.Equal(t, want, r.Rows[TIndicators])
			})
		}
	}
}

// A rename that says it failed although it happened counts as a commit:
// the documents are counted once and not written again.
func TestRenameFailedAfterRenaming(t *testing.T) {
	all := docs(t, 6)
	ctx := context.Background()
	for _, kind := range []string{"parquet", "csv", "jsonl"} {
		t.Run(kind, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "w")
			s := openFault(t, kind, dir, &faultFS{renameAt: 1, renameMatch: commitPrefix, renameDone: true, writeBudget: -1})
			c, err := s.Commit(ctx, &Batch{Docs: all[:3]})
			require.NoError(t, err)
			assert.Equal(t, 3, c.Documents)
			c, err = s.Commit(ctx, &Batch{Docs: all})
			require.NoError(t, err)
			assert.Equal(t, 3, c.Documents)
			assert.Equal(t, 3, c.Present)
			r, err := VerifyDir(dir, kind)
			require.NoError(t, err)
			assert.Empty(t, r.Problems)
			assert.Equal(t, 6, r.Rows[TDocuments])
		})
	}
}
