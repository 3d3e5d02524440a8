package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// fullDisk imports into a small tmpfs (4 MiB; 400 KiB for the compressed
// Parquet lake), which fills up, verifies, then grows the tmpfs and imports
// again.
func (c *config) fullDisk(sink string) bool {
	mnt := filepath.Join(c.work, "full-"+sink)
	os.MkdirAll(mnt, 0o755)
	exec.Command("umount", mnt).Run()
	size := "4m"
	if sink == "parquet" {
		size = "400k"
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", mnt).CombinedOutput(); err != nil {
		fmt.Printf("| %s | full disk | - | cannot mount a tmpfs: %v %s | - | - | - |\n", sink, err, strings.TrimSpace(string(out)))
		return true
	}
	defer exec.Command("umount", mnt).Run()
	to, format := c.target(sink, mnt)
	cmd := exec.Command(c.perfdoc, "import", "--workers", "2", "--to", to, "--format", format, c.corpus)
	out, err := cmd.CombinedOutput()
	first := "exit 0 (the disk did not fill)"
	if err != nil {
		first = "failed: " + lastLine(string(out))
	}
	after := c.verify(sink, mnt)
	exec.Command("mount", "-o", "remount,size=512m", mnt).Run()
	out, err = exec.Command(c.perfdoc, "import", "--workers", "2", "--to", to, "--format", format, c.corpus).CombinedOutput()
	rerun := "ok"
	if err != nil {
		rerun = "failed: " + lastLine(string(out))
	}
	final := c.verify(sink, mnt)
	ok := after.OK() && final.OK() && err == nil && final.Rows["documents"] == c.want.Docs && final.Rows["indicators"] == c.want.Indicators
	fmt.Printf("| %s | full disk (%s tmpfs) | %s | %s | %s | %d/%d | %d/%d |\n", sink, size, first, describe(after), rerun,
		final.Rows["documents"], c.want.Docs, final.Rows["indicators"], c.want.Indicators)
	return ok
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	l := lines[len(lines)-1]
	if len(l) > 120 {
		l = l[:120]
	}
	return l
}
