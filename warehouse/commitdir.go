package warehouse

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// commitDirs is the commit protocol of the file sinks (Parquet, CSV,
// JSONL). The warehouse folder holds one folder per commit:
//
//	DIR/commit-000001/…    the files of one commit, each whole
//	DIR/commit-000002/…
//	DIR/_perfdoc/lock      flock(2): one commit at a time
//	DIR/_perfdoc/format    parquet, csv or jsonl: another format is refused
//	DIR/_perfdoc/staging/  the commit being written
//
// A commit is written under _perfdoc/staging/commit-N, every file synced,
// and made visible by one rename(2) of that folder to DIR/commit-N, which
// is atomic: a reader that globs DIR/commit-*/… sees all of a commit's
// files or none of them, whenever the writer is killed, the disk fills or
// the rename fails. Spark, Hive and Trino skip names that start with _;
// a staged file is two folders deeper than a commit's, so no reader's
// glob of commit folders meets it. Only the holder of the lock writes in
// staging, so what the next holder finds there is left by a process that
// died, and is removed.
type commitDirs struct {
	dir, format string
	fsys        FS
	lock        LockOptions
	// seen are the commit folders read into the sink's Known.
	seen map[string]bool
	// legacy finishes or undoes a commit of the layout before commit
	// folders and lists that layout's files, to be moved into a commit.
	legacy func() ([]string, error)
}

const commitPrefix = "commit-"

// openCommitDirs opens a warehouse folder, creating it if needed.
func openCommitDirs(dir, format string, fsys FS, lock LockOptions) (*commitDirs, error) {
	if fi, err := fsys.Stat(dir); err == nil && !fi.IsDir() {
		return nil, &causeError{fmt.Sprintf("%s is a file; a %s warehouse is a folder", quote(dir), formatName(format)), ErrIsFile}
	}
	if err := fsys.MkdirAll(filepath.Join(dir, "_perfdoc", "staging"), 0o755); err != nil {
		return nil, fmt.Errorf("%s: cannot create the warehouse folder: %w", quote(dir), err)
	}
	return &commitDirs{dir: dir, format: format, fsys: fsys, lock: lock, seen: map[string]bool{}}, nil
}

func formatName(format string) string {
	if format == "parquet" {
		return "Parquet"
	}
	return strings.ToUpper(format)
}

func (c *commitDirs) meta(name ...string) string {
	return filepath.Join(append([]string{c.dir, "_perfdoc"}, name...)...)
}

// acquire takes the folder's lock, checks its format, brings a folder of
// the earlier layout into a commit and removes what a dead process left
// in staging.
func (c *commitDirs) acquire(ctx context.Context) (*Lock, error) {
	l, err := lockDir(ctx, c.meta("lock"), c.lock)
	if err != nil {
		return nil, err
	}
	err = c.checkFormat()
	if err == nil {
		err = c.migrate()
	}
	if err == nil {
		err = c.clean()
	}
	if err != nil {
		l.Unlock()
		return nil, err
	}
	return l, nil
}

// checkFormat records the folder's format on first use and refuses
// another.
func (c *commitDirs) checkFormat() error {
	b, err := readAll(c.fsys, c.meta("format"))
	switch {
	case os.IsNotExist(err):
		b = []byte(c.earlierFormat())
		if len(b) == 0 {
			return writeFileAtomic(c.fsys, c.meta("format"), []byte(c.format+"\n"))
		}
	case err != nil:
		return err
	}
	if have := strings.TrimSpace(string(b)); have != c.format {
		return fmt.Errorf("%s is a %s warehouse; import into it with --format %s, or into another folder", quote(c.dir), formatName(have), have)
	}
	return nil
}

// earlierFormat names the format of a folder of the layout before commit
// folders (which did not record it), or returns "".
func (c *commitDirs) earlierFormat() string {
	for _, f := range []string{"parquet", "csv", "jsonl"} {
		name := TDocuments + "." + f
		if f == "parquet" {
			name = TDocuments
		}
		if _, err := c.fsys.Stat(filepath.Join(c.dir, name)); err == nil {
			return f
		}
	}
	return ""
}

// clean removes what is in staging.
func (c *commitDirs) clean() error {
	ents, err := c.fsys.ReadDir(c.meta("staging"))
	if err != nil {
		return err
	}
	for _, e := range ents {
		if err := c.fsys.RemoveAll(c.meta("staging", e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// commitNumber returns N of a folder called commit-N, or -1.
func commitNumber(name string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(name, commitPrefix))
	if !strings.HasPrefix(name, commitPrefix) || err != nil || n < 0 {
		return -1
	}
	return n
}

func commitName(n int) string { return fmt.Sprintf("%s%06d", commitPrefix, n) }

// list returns the commit folders' names in commit order and the highest
// number.
func (c *commitDirs) list() ([]string, int, error) {
	ents, err := c.fsys.ReadDir(c.dir)
	if err != nil {
		return nil, 0, err
	}
	var names []string
	top := 0
	for _, e := range ents {
		if n := commitNumber(e.Name()); n >= 0 && e.IsDir() {
			names = append(names, e.Name())
			top = max(top, n)
		}
	}
	sort.Slice(names, func(i, j int) bool { return commitNumber(names[i]) < commitNumber(names[j]) })
	return names, top, nil
}

// refresh calls read on each commit folder not read before. The caller
// holds the lock.
func (c *commitDirs) refresh(read func(dir string) error) error {
	names, _, err := c.list()
	if err != nil {
		return err
	}
	for _, name := range names {
		if c.seen[name] {
			continue
		}
		if err := read(filepath.Join(c.dir, name)); err != nil {
			return err
		}
		c.seen[name] = true
	}
	return nil
}

// commit has write fill a staging folder, then publishes it as the next
// commit with one rename. On error nothing is visible and the staging
// folder is gone. The caller holds the lock.
func (c *commitDirs) commit(write func(stage string) error) error {
	_, top, err := c.list()
	if err != nil {
		return err
	}
	name := commitName(top + 1)
	stage := c.meta("staging", name)
	if err := c.fsys.MkdirAll(stage, 0o755); err != nil {
		return err
	}
	err = write(stage)
	if err == nil {
		err = c.syncTree(stage)
	}
	if err == nil {
		err = c.publish(stage, filepath.Join(c.dir, name))
	}
	if err != nil {
		c.fsys.RemoveAll(stage)
		return err
	}
	c.seen[name] = true
	return nil
}

// publish renames the staged folder into place. A rename that reports an
// error although it happened (as a retried rename over NFS can) counts
// as done.
func (c *commitDirs) publish(stage, final string) error {
	err := c.fsys.Rename(stage, final)
	if err != nil {
		_, serr := c.fsys.Stat(stage)
		fi, ferr := c.fsys.Stat(final)
		if !os.IsNotExist(serr) || ferr != nil || !fi.IsDir() {
			return fmt.Errorf("publishing %s: %w", filepath.Base(final), err)
		}
	}
	// The commit is visible: a failed sync of the folder holding it can
	// only lose it in a power cut, and the next import would then redo it.
	c.syncDir(c.dir)
	return nil
}

// syncTree syncs the folders under root (their files are synced as they
// are written), so that a commit survives a power cut once renamed.
func (c *commitDirs) syncTree(root string) error {
	ents, err := c.fsys.ReadDir(root)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if e.IsDir() {
			if err := c.syncTree(filepath.Join(root, e.Name())); err != nil {
				return err
			}
		}
	}
	c.syncDir(root)
	return nil
}

// syncDir syncs a folder's entries where the system allows it (not every
// one lets a folder be opened for that).
func (c *commitDirs) syncDir(dir string) {
	if f, err := c.fsys.OpenFile(dir, os.O_RDONLY, 0); err == nil {
		f.Sync()
		f.Close()
	}
}

// migrate moves the files of the layout before commit folders (one folder
// or file per table at the top) into one commit: first into
// _perfdoc/migrating, one by one, then into place with one rename. A
// migration cut short is carried on by the next holder of the lock; a
// reader of commit folders sees the old files all at once, or not yet.
func (c *commitDirs) migrate() error {
	if c.legacy == nil {
		return nil
	}
	old, err := c.legacy()
	if err != nil {
		return fmt.Errorf("%s: bringing the earlier layout into a commit folder: %w", quote(c.dir), err)
	}
	mig := c.meta("migrating")
	if _, err := c.fsys.Stat(mig); os.IsNotExist(err) && len(old) == 0 {
		return nil
	}
	if err := c.fsys.MkdirAll(mig, 0o755); err != nil {
		return err
	}
	for _, name := range old {
		if err := c.fsys.Rename(filepath.Join(c.dir, name), filepath.Join(mig, name)); err != nil {
			return fmt.Errorf("%s: moving the earlier layout into a commit folder: %w", quote(c.dir), err)
		}
	}
	if ents, err := c.fsys.ReadDir(mig); err != nil || len(ents) == 0 {
		return c.fsys.Remove(mig) // cut short before anything moved
	}
	c.syncDir(mig)
	_, top, err := c.list()
	if err != nil {
		return err
	}
	if err := c.publish(mig, filepath.Join(c.dir, commitName(top+1))); err != nil {
		return fmt.Errorf("%s: moving the earlier layout into a commit folder: %w", quote(c.dir), err)
	}
	return nil
}

// knownNow reads, under the lock, the commit folders not read into known
// yet (read reads one) and returns a copy of known.
func (c *commitDirs) knownNow(ctx context.Context, known *Known, read func(dir string) error) (*Known, error) {
	l, err := c.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer l.Unlock()
	if err := c.refresh(read); err != nil {
		return nil, err
	}
	return known.clone(), nil
}

// commitBatch is a file sink's Commit: under the lock, what other imports
// committed is read into known, the batch is cut to what known lacks, and
// write stages that as one commit folder, published by one rename.
func (c *commitDirs) commitBatch(ctx context.Context, b *Batch, known *Known, read func(dir string) error,
	write func(stage string, fb *Batch) error) (Committed, error) {
	l, err := c.acquire(ctx)
	if err != nil {
		return Committed{}, err
	}
	defer l.Unlock()
	if err := c.refresh(read); err != nil {
		return Committed{}, err
	}
	fb, present := b.filter(known)
	counts := fb.counts(present)
	if fb.Len() == 0 {
		return counts, nil
	}
	if err := c.commit(func(stage string) error { return write(stage, &fb) }); err != nil {
		return Committed{}, err
	}
	known.remember(&fb)
	return counts, nil
}
