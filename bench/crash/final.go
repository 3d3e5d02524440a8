package main

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

// killAtFinalisation kills the import as a commit is finalised: the moment
// the last file of a staged commit (documents) is closed, after a random
// 0–delay µs, which lands between that close and the rename that
// publishes the commit (its folders synced), or just after the rename. It
// follows the staging folder with inotify, adding a watch on each folder
// created under it.
func (c *config) killAtFinalisation(sink string, delay int) func(*exec.Cmd, string) string {
	return func(cmd *exec.Cmd, dir string) string {
		to, _ := c.target(sink, dir)
		staging := filepath.Join(to, "_perfdoc", "staging")
		for i := 0; i < 2000; i++ { // staging appears when perfdoc opens the sink
			if _, err := os.Stat(staging); err == nil {
				break
			}
			time.Sleep(time.Millisecond)
		}
		fd, err := syscall.InotifyInit()
		if err != nil {
			return "inotify: " + err.Error()
		}
		defer syscall.Close(fd)
		w := &watcher{fd: fd, paths: map[int32]string{}}
		w.add(staging)
		for {
			path, ok := w.next()
			if !ok {
				return "no commit seen"
			}
			if !isDocumentsFile(path) {
				continue
			}
			if delay > 0 {
				time.Sleep(time.Duration(rand.Intn(delay)) * time.Microsecond)
			}
			cmd.Process.Kill()
			cmd.Wait()
			commit := strings.SplitN(strings.TrimPrefix(path, staging+"/"), "/", 2)[0]
			if _, err := os.Stat(filepath.Join(staging, commit)); err == nil {
				return "before the rename of " + commit + " (staged whole)"
			}
			return "just after the rename of " + commit
		}
	}
}

// isDocumentsFile says whether a staged file is a commit's documents file,
// the last one a commit writes.
func isDocumentsFile(path string) bool {
	return strings.Contains(path, "/documents/") || strings.HasSuffix(path, "/documents.csv") || strings.HasSuffix(path, "/documents.jsonl")
}

// watcher follows a folder tree with inotify.
type watcher struct {
	fd    int
	paths map[int32]string
	queue []string
	buf   [64 << 10]byte
}

// add watches dir and, recursively, the folders already in it.
func (w *watcher) add(dir string) {
	wd, err := syscall.InotifyAddWatch(w.fd, dir, syscall.IN_CREATE|syscall.IN_CLOSE_WRITE)
	if err != nil {
		return
	}
	w.paths[int32(wd)] = dir
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if e.IsDir() {
			w.add(filepath.Join(dir, e.Name()))
		}
	}
}

// next returns the next file closed after writing.
func (w *watcher) next() (string, bool) {
	for len(w.queue) == 0 {
		n, err := syscall.Read(w.fd, w.buf[:])
		if err != nil || n <= 0 {
			return "", false
		}
		for off := 0; off+syscall.SizeofInotifyEvent <= n; {
			ev := (*syscall.InotifyEvent)(unsafe.Pointer(&w.buf[off]))
			name := strings.TrimRight(string(w.buf[off+syscall.SizeofInotifyEvent:off+syscall.SizeofInotifyEvent+int(ev.Len)]), "\x00")
			off += syscall.SizeofInotifyEvent + int(ev.Len)
			p := filepath.Join(w.paths[ev.Wd], name)
			switch {
			case ev.Mask&syscall.IN_CREATE != 0 && ev.Mask&syscall.IN_ISDIR != 0:
				w.add(p)
			case ev.Mask&syscall.IN_CLOSE_WRITE != 0:
				w.queue = append(w.queue, p)
			}
		}
	}
	p := w.queue[0]
	w.queue = w.queue[1:]
	return p, true
}

// finalisation runs kills aimed at finalisation until one lands before a
// rename (at most 10 tries, the delay shrinking) and one after it (at
// most 10 more); it returns the number of bad trials.
func (c *config) finalisation(sink string) int {
	bad := 0
	for _, want := range []string{"before", "just after"} {
		delay := map[string]int{"before": 0, "just after": 3000}[want]
		for i := 1; i <= 10; i++ {
			landed := false
			kill := c.killAtFinalisation(sink, delay)
			if !c.trial(sink, fmt.Sprintf("finalisation (%s the rename) %d", strings.TrimPrefix(want, "just "), i), func(cmd *exec.Cmd, dir string) string {
				s := kill(cmd, dir)
				landed = strings.HasPrefix(s, want)
				return s
			}) {
				bad++
			}
			if landed {
				break
			}
		}
	}
	return bad
}
