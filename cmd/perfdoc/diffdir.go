package main

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/ingest/input"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/run"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

// takes reports whether a folder comparison reads the file at path: the
// formats perfdoc import takes by default (input.FilingExts), and the
// scans (input.ScanExts) unless OCR is never used.
func takes(path string, ocr string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return slices.Contains(input.FilingExts, ext) || ocr != parser.OCRNever && slices.Contains(input.ScanExts, ext)
}

// reportExt is the file extension of each report format.
var reportExt = map[string]string{"text": ".txt", "json": ".json", "markdown": ".md", "html": ".html", "xlsx": ".xlsx"}

// filing is one parsed file of a folder.
type filing struct {
	path string
	doc  *model.Document
}

// diffFolders compares a bureau at once: it pairs the filings of two
// folders by department (code, else name) and year, writes one report per
// department into f.out and an index beside them, and lists the filings
// that found no partner. Exit status: 1 when a file could not be read, 4
// when a pair was refused (reversed or equal years) without --force, else 0.
func diffFolders(e *cli.Env, oldDir, newDir string, f *diffFlags) int {
	olds, oldBad := loadFolder(e, oldDir, f.opts.Lang, f.parse)
	news, newBad := loadFolder(e, newDir, f.opts.Lang, f.parse)
	for _, side := range []struct {
		dir   string
		found int
	}{{oldDir, len(olds) + len(oldBad)}, {newDir, len(news) + len(newBad)}} {
		if side.found == 0 { // a folder of other files: nothing to compare, said so
			fmt.Fprintf(e.Stderr, say(f.opts.Lang, "perfdoc diff: %s 下没有绩效目标表文件（查找 %s）\n", "perfdoc diff: no filing under %s (looked for %s)\n"),
				cli.Quote(side.dir), lookedFor(f.parse.OCR))
			return cli.ExitFail
		}
	}
	idx := &report.Index{OldDir: oldDir, NewDir: newDir}
	idx.Unpaired = append(markSide(oldBad, "old"), markSide(newBad, "new")...)
	code := cli.ExitOK
	if len(oldBad)+len(newBad) > 0 {
		code = cli.ExitFail
	}
	pairs, lone := pairFilings(olds, news)
	idx.Unpaired = append(idx.Unpaired, lone...)
	if err := mkdirAll(f.out); err != nil {
		fmt.Fprintln(e.Stderr, writeErrorIn(f.opts.Lang, "diff", err))
		return cli.ExitFail
	}
	used := map[string]int{}
	for _, p := range pairs {
		res, problems := run.Diff(p[0].doc, p[1].doc, f.threshold, f.force)
		for _, pr := range problems {
			fmt.Fprintf(e.Stderr, say(f.opts.Lang, "perfdoc diff: 注意：%s：%s\n", "perfdoc diff: warning: %s: %s\n"), cli.Quote(p[1].path), cli.Sanitize(problemText(f.opts.Lang, pr)))
		}
		if res == nil {
			idx.Unpaired = append(idx.Unpaired, unpaired(p[0], "old", problemText(f.opts.Lang, problems[0])), unpaired(p[1], "new", problemText(f.opts.Lang, problems[0])))
			code = max(code, exitMismatch)
			continue
		}
		name := reportName(p[1].doc, p[0].doc.Year, used) + reportExt[f.format]
		if err := writeFile(filepath.Join(f.out, name), func(w io.Writer) error { return writeDiff(w, res, f, false) }); err != nil {
			// one pair that cannot be written never stops the others: it
			// is listed, and the index is still written
			line := writeErrorIn(f.opts.Lang, "diff", err)
			msg := say(f.opts.Lang, "报告未写入：", "report not written: ") + strings.TrimPrefix(line, "perfdoc diff: ")
			fmt.Fprintln(e.Stderr, line)
			idx.Unpaired = append(idx.Unpaired, unpaired(p[0], "old", msg), unpaired(p[1], "new", msg))
			code = max(code, cli.ExitFail)
			continue
		}
		idx.Entries = append(idx.Entries, report.IndexEntry{Result: res, File: name})
	}
	indexPath := filepath.Join(f.out, "index"+reportExt[f.format])
	if err := writeFile(indexPath, func(w io.Writer) error { return writeIndex(w, idx, f) }); err != nil {
		fmt.Fprintln(e.Stderr, writeErrorIn(f.opts.Lang, "diff", err))
		return cli.ExitFail
	}
	fmt.Fprintf(e.Stderr, say(f.opts.Lang, "perfdoc diff: 对比了 %d 个部门，%d 个文件没有配对；索引：%s\n",
		"perfdoc diff: %d departments compared, %d filings without a partner; index: %s\n"), len(idx.Entries), len(idx.Unpaired), cli.Quote(indexPath))
	for _, u := range idx.Unpaired {
		side := u.Side
		if f.opts.Lang != report.English {
			side = map[string]string{"old": "上年", "new": "本年"}[u.Side]
		}
		fmt.Fprintf(e.Stderr, say(f.opts.Lang, "  未配对（%s）：%s：%s\n", "  no partner (%s): %s: %s\n"), side, cli.Quote(u.Path), cli.Sanitize(report.Label(f.opts.Lang, u.Reason)))
	}
	return code
}

// lookedFor lists the file extensions a folder comparison reads.
func lookedFor(ocr string) string {
	exts := slices.Clone(input.FilingExts)
	if ocr != parser.OCRNever {
		exts = append(exts, input.ScanExts...)
	}
	slices.Sort(exts)
	return strings.Join(exts, " ")
}

func markSide(us []report.Unpaired, side string) []report.Unpaired {
	for i := range us {
		us[i].Side = side
	}
	return us
}

func unpaired(fl filing, side, reason string) report.Unpaired {
	return report.Unpaired{Side: side, Path: fl.path, Department: fl.doc.Department, Year: fl.doc.Year, Reason: reason}
}

// loadFolder parses every filing under dir (recursively), two at a time,
// in path order; files that cannot be read come back as Unpaired.
func loadFolder(e *cli.Env, dir string, lang report.Lang, opts parser.Options) ([]filing, []report.Unpaired) {
	var paths []string
	var bad []report.Unpaired
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			bad = append(bad, report.Unpaired{Path: path, Reason: err.Error()})
			return nil
		}
		if !d.IsDir() && takes(path, opts.OCR) {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		bad = append(bad, report.Unpaired{Path: dir, Reason: err.Error()})
	}
	docs := make([]*model.Document, len(paths))
	errs := make([]error, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for range 2 {
		wg.Go(func() {
			for i := range next {
				docs[i], errs[i] = loadDocument(e, paths[i], opts)
			}
		})
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	var out []filing
	for i, p := range paths {
		if errs[i] != nil {
			fmt.Fprintln(e.Stderr, errorLineIn(lang, errs[i]))
			// the index and the list after the summary name the file in
			// their own column or before the reason: the reason alone
			bad = append(bad, report.Unpaired{Path: p, Reason: run.Why(lang, p, errs[i])})
			continue
		}
		out = append(out, filing{path: p, doc: docs[i]})
	}
	return out, bad
}

// pairFilings pairs each NEW filing with an OLD one of the same department
// (code, else name): the one of the year before if there is one, else the
// latest earlier one, else any. What finds no partner is returned as
// Unpaired.
func pairFilings(olds, news []filing) ([][2]filing, []report.Unpaired) {
	slices.SortStableFunc(news, func(a, b filing) int { return cmp.Compare(a.doc.Year, b.doc.Year) })
	used := make([]bool, len(olds))
	var pairs [][2]filing
	var lone []report.Unpaired
	for _, n := range news {
		best := -1
		for i, o := range olds {
			if used[i] || !sameDepartment(o.doc.Department, n.doc.Department) {
				continue
			}
			if best < 0 || betterPartner(o.doc.Year, olds[best].doc.Year, n.doc.Year) {
				best = i
			}
		}
		if best < 0 {
			lone = append(lone, unpaired(n, "new", "no filing of this department in the old folder"))
			continue
		}
		used[best] = true
		pairs = append(pairs, [2]filing{olds[best], n})
	}
	for i, o := range olds {
		if !used[i] {
			lone = append(lone, unpaired(o, "old", "no filing of this department in the new folder"))
		}
	}
	slices.SortStableFunc(pairs, func(a, b [2]filing) int {
		return cmp.Or(cmp.Compare(a[1].doc.Department.Code, b[1].doc.Department.Code), cmp.Compare(a[1].doc.Department.Name, b[1].doc.Department.Name))
	})
	return pairs, lone
}

// sameDepartment matches departments by code when both have one, else by
// name; a filing that names no department pairs with nothing.
func sameDepartment(a, b model.Department) bool {
	if a.Code != "" && b.Code != "" {
		return a.Code == b.Code
	}
	return a.Name != "" && a.Name == b.Name
}

// betterPartner reports whether an OLD filing of year y beats one of year
// cur as the partner of a NEW filing of year target.
func betterPartner(y, cur, target int) bool {
	score := func(y int) int {
		switch {
		case y == target-1:
			return 3_000_000
		case y < target:
			return 2_000_000 + y
		}
		return 1_000_000 - y
	}
	return score(y) > score(cur)
}

// maxKeyBytes bounds the department part of a report's file name: with
// the years, a uniqueness suffix, the extension and the temporary name an
// atomic write uses, a name stays well under the 255 bytes every file
// system allows per name.
const maxKeyBytes = 120

// shortKey keeps a department key that fits maxKeyBytes; a longer one
// becomes its first characters (whole runes) and a short hash of the
// whole, so that two long names that share a prefix stay apart.
func shortKey(key string) string {
	if len(key) <= maxKeyBytes {
		return key
	}
	sum := sha256.Sum256([]byte(key))
	tag := "~" + hex.EncodeToString(sum[:4])
	cut := maxKeyBytes - len(tag)
	for cut > 0 && !utf8.RuneStart(key[cut]) {
		cut--
	}
	return key[:cut] + tag
}

// reportName names a department's report: its code (else its name) and the
// two years, made safe as a file name, shortened to fit every file system
// (shortKey) and unique among used.
func reportName(d *model.Document, oldYear int, used map[string]int) string {
	key := d.Department.Code
	if key == "" {
		key = d.Department.Name
	}
	key = strings.Map(func(r rune) rune {
		if r < 0x20 || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, report.OneLine(key))
	if key == "" || key == "." || key == ".." {
		key = "department"
	}
	key = shortKey(key)
	name := key + "-" + strconv.Itoa(oldYear) + "-" + strconv.Itoa(d.Year)
	used[name]++
	if n := used[name]; n > 1 {
		name += "-" + strconv.Itoa(n)
	}
	return name
}

// writeIndex renders the index in the chosen format.
func writeIndex(w io.Writer, idx *report.Index, f *diffFlags) error {
	bw := bufio.NewWriter(w)
	var err error
	switch f.format {
	case "json":
		err = writeJSON(bw, idx, true)
	case "markdown":
		err = report.IndexMarkdown(bw, idx, f.opts)
	case "html":
		err = report.IndexHTML(bw, idx, f.opts)
	case "xlsx":
		err = report.IndexXLSX(bw, idx, f.opts)
	default:
		err = report.IndexText(bw, idx, f.opts)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// writeFile writes path through render, atomically.
func writeFile(path string, render func(io.Writer) error) error {
	o, err := cli.CreateOutput(path)
	if err != nil {
		return err
	}
	defer o.Abort()
	if err := render(o); err != nil {
		return fmt.Errorf("%s: %w", cli.Quote(path), err)
	}
	return o.Commit()
}

// mkdirAll makes the output folder.
func mkdirAll(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("%s: %w", cli.Quote(dir), cli.UnwrapPath(err))
	}
	return nil
}
