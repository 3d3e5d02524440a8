package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/warehouse"
)

// killFS is the OS file system that kills its own process at one chosen
// point of a file sink's commit: in the middle of the n-th write of a
// staged file ("write"), just before the n-th rename of a commit folder
// ("rename"), or just after it ("renamed"). The points are counted, not
// timed, so a test that uses them decides nothing by the clock.
type killFS struct {
	mode string
	n    int
	mu   sync.Mutex
	seen int
}

// parseKillPoint reads "MODE:N" as PERFDOC_CRASH_AT gives it.
func parseKillPoint(s string) *killFS {
	var k killFS
	if i := strings.LastIndex(s, ":"); i > 0 {
		k.mode = s[:i]
		fmt.Sscan(s[i+1:], &k.n)
	}
	return &k
}

func die() {
	p, _ := os.FindProcess(os.Getpid())
	p.Kill()
	select {} // the kill is on its way
}

// hit counts one event of mode and reports whether it is the chosen one.
func (k *killFS) hit(mode string) bool {
	if k.mode != mode {
		return false
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	k.seen++
	return k.seen == k.n
}

func (k *killFS) OpenFile(name string, flag int, perm os.FileMode) (warehouse.File, error) {
	f, err := warehouse.OS.OpenFile(name, flag, perm)
	if err != nil || flag&os.O_WRONLY == 0 || !strings.Contains(name, "staging") {
		return f, err
	}
	return &killFile{File: f, k: k}, nil
}

func (k *killFS) Rename(o, n string) error {
	commit := strings.HasPrefix(filepath.Base(n), "commit-")
	if commit && k.hit("rename") {
		die()
	}
	err := warehouse.OS.Rename(o, n)
	if commit && k.hit("renamed") {
		die()
	}
	return err
}
func (k *killFS) Remove(name string) error    { return warehouse.OS.Remove(name) }
func (k *killFS) RemoveAll(name string) error { return warehouse.OS.RemoveAll(name) }
func (k *killFS) MkdirAll(name string, perm os.FileMode) error {
	return warehouse.OS.MkdirAll(name, perm)
}
func (k *killFS) ReadDir(name string) ([]os.DirEntry, error) { return warehouse.OS.ReadDir(name) }
func (k *killFS) Stat(name string) (os.FileInfo, error)      { return warehouse.OS.Stat(name) }
func (k *killFS) Truncate(name string, size int64) error     { return warehouse.OS.Truncate(name, size) }

type killFile struct {
	warehouse.File
	k *killFS
}

// Write writes half of p, then dies, at the chosen write.
func (f *killFile) Write(p []byte) (int, error) {
	if f.k.hit("write") {
		f.File.Write(p[:len(p)/2])
		die()
	}
	return f.File.Write(p)
}

// TestKillPoints kills imports into the file sinks at chosen points of a
// commit — halfway through writing a staged file, just before the rename
// that publishes a commit and just after it — and checks that a reader
// finds the warehouse consistent at once, before any recovery, and that
// the rerun gives the exact counts. bench/crash kills the perfdoc binary
// at random moments and at the rename.
func TestKillPoints(t *testing.T) {
	f := makeCorpus(t, 12)
	for _, kind := range []string{"parquet", "csv", "jsonl"} {
		for _, at := range []string{"write:1", "write:7", "rename:1", "rename:3", "renamed:1", "renamed:2"} {
			t.Run(kind+"/"+at, func(t *testing.T) {
				to := filepath.Join(t.TempDir(), "w")
				cmd := exec.Command(os.Args[0], "-test.run=^$")
				cmd.Env = append(os.Environ(), "PERFDOC_CRASH_CHILD="+kind, "PERFDOC_CRASH_TO="+to, "PERFDOC_CRASH_IN="+f.dir,
					"PERFDOC_CRASH_AT="+at)
				out, err := cmd.StdoutPipe()
				require.NoError(t, err)
				require.NoError(t, cmd.Start())
				files := 0
				for sc := bufio.NewScanner(out); sc.Scan(); files++ {
				}
				require.Error(t, cmd.Wait(), "the import was killed")
				r := verifySink(t, kind, to)
				assert.Empty(t, r.Problems, "right after the kill")
				assert.Less(t, r.Rows["documents"], f.c.Docs, "killed before the end")
				staged, _ := os.ReadDir(filepath.Join(to, "_perfdoc", "staging"))
				if strings.HasPrefix(at, "rename:") || strings.HasPrefix(at, "write:") {
					assert.Len(t, staged, 1, "the kill left a staged commit, which no reader sees")
				}

				sink, err := openSink(context.Background(), kind, to)
				require.NoError(t, err)
				_, err = Import(context.Background(), sink, []string{f.dir}, Options{Workers: 2})
				require.NoError(t, sink.Close())
				require.NoError(t, err)
				r = verifySink(t, kind, to)
				assert.Empty(t, r.Problems)
				assert.Equal(t, f.c.Docs, r.Rows["documents"])
				assert.Equal(t, f.c.Projects, r.Rows["projects"])
				assert.Equal(t, f.c.Indicators, r.Rows["indicators"])
				assert.Equal(t, f.c.Docs+1, r.Rows["sources"])
				assert.Equal(t, f.broken, r.Rows["import_errors"])
				staged, _ = os.ReadDir(filepath.Join(to, "_perfdoc", "staging"))
				assert.Empty(t, staged)
			})
		}
	}
}
