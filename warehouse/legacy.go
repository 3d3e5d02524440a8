package warehouse

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// The layout before commit folders (perfdoc up to issue 17) kept one
// folder per table in a lake (DIR/TABLE/year=YYYY/part-….parquet, commits
// journaled in DIR/_perfdoc/journal-*.json) and one file per table in a
// CSV or JSONL folder (DIR/TABLE.csv, appends journaled in
// DIR/.perfdoc-journal.json). The first import by this perfdoc finishes
// or undoes an interrupted commit of that layout as that perfdoc would
// have, then moves its files into one commit folder (commitDirs.migrate).

// legacyParquet rolls forward the journaled commits of the earlier lake
// layout and returns its table folders.
func legacyParquet(c *commitDirs) ([]string, error) {
	ents, err := c.fsys.ReadDir(c.meta())
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), "journal-") && strings.HasSuffix(e.Name(), ".json") {
			if err := rollForward(c, c.meta(e.Name())); err != nil {
				return nil, err
			}
		}
	}
	return legacyEntries(c, func(t *Table) string { return t.Name }, true)
}

// rollForward does the renames of one journal of the earlier lake layout
// that were not done, then drops the journal.
func rollForward(c *commitDirs, journal string) error {
	b, err := readAll(c.fsys, journal)
	if err != nil {
		return err
	}
	var j struct {
		Renames [][2]string `json:"renames"` // staged, final (relative to the lake)
	}
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%s: %w", quote(journal), err)
	}
	for _, r := range j.Renames {
		staged, final := filepath.Join(c.dir, r[0]), filepath.Join(c.dir, r[1])
		if _, err := c.fsys.Stat(staged); err != nil {
			continue // renamed before the crash
		}
		if err := c.fsys.MkdirAll(filepath.Dir(final), 0o755); err != nil {
			return err
		}
		if err := c.fsys.Rename(staged, final); err != nil {
			return err
		}
	}
	return c.fsys.Remove(journal)
}

// legacyFiles truncates the files of the earlier CSV or JSONL layout back
// to the sizes its journal recorded, and returns those files.
func legacyFiles(c *commitDirs) ([]string, error) {
	journal := filepath.Join(c.dir, ".perfdoc-journal.json")
	b, err := readAll(c.fsys, journal)
	if err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	if err == nil {
		var sizes map[string]int64
		if err := json.Unmarshal(b, &sizes); err != nil {
			return nil, fmt.Errorf("%s: %w", quote(journal), err)
		}
		for name, size := range sizes {
			p := filepath.Join(c.dir, filepath.Base(name))
			if size < 0 {
				err = c.fsys.Remove(p)
			} else {
				err = c.fsys.Truncate(p, size)
			}
			if err != nil && !os.IsNotExist(err) {
				return nil, err
			}
		}
		if err := c.fsys.Remove(journal); err != nil {
			return nil, err
		}
	}
	c.fsys.Remove(filepath.Join(c.dir, ".perfdoc.lock")) // the earlier lock file
	return legacyEntries(c, func(t *Table) string { return t.Name + "." + c.format }, false)
}

// legacyEntries returns the names at the top of the folder that are
// tables of the earlier layout: folders (dirs) or files named by name.
func legacyEntries(c *commitDirs, name func(*Table) string, dirs bool) ([]string, error) {
	var out []string
	for _, t := range Tables() {
		fi, err := c.fsys.Stat(filepath.Join(c.dir, name(t)))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if fi.IsDir() == dirs {
			out = append(out, name(t))
		}
	}
	return out, nil
}
