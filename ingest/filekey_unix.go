//go:build unix

package ingest

import (
	"os"
	"syscall"
)

// fileKey identifies a file by device and inode, so that a file reached
// twice (a link, a folder named twice) is read once.
func fileKey(fi os.FileInfo) ([2]uint64, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return [2]uint64{}, false
	}
	return [2]uint64{uint64(st.Dev), st.Ino}, true
}
