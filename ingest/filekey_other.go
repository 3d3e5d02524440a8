//go:build !unix

package ingest

import "os"

// fileKey has no device and inode to offer on this system: every path is
// its own file.
func fileKey(os.FileInfo) ([2]uint64, bool) { return [2]uint64{}, false }
