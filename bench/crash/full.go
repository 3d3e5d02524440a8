package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/jackc/pgx/v5"
)

// fullDisk imports into a small tmpfs (600 KiB for a lake, 8 MiB for CSV,
// 20 MiB for JSONL, 4 MiB for SQLite: the first commit fits, the second
// does not), which fills up, verifies, then grows the tmpfs and imports
// again.
func (c *config) fullDisk(sink string) bool {
	mnt := filepath.Join(c.work, "full-"+sink)
	os.MkdirAll(mnt, 0o755)
	exec.Command("umount", mnt).Run()
	// room for about one and a half commits of 300 filings' first
	size := map[string]string{"parquet": "600k", "csv": "8m", "jsonl": "20m"}[sink]
	if size == "" {
		size = "4m"
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", mnt).CombinedOutput(); err != nil {
		fmt.Printf("| %s | full disk | - | cannot mount a tmpfs: %v %s | - | - | - |\n", sink, err, strings.TrimSpace(string(out)))
		return true
	}
	defer exec.Command("umount", mnt).Run()
	out, err := c.command(sink, mnt).CombinedOutput()
	first := "exit 0 (the disk did not fill)"
	if err != nil {
		first = "failed: " + lastLine(string(out))
	}
	return c.check(sink, mnt, "full disk ("+size+" tmpfs)", first, func() {
		exec.Command("mount", "-o", "remount,size=512m", mnt).Run()
	})
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	l := lines[len(lines)-1]
	if len(l) > 120 {
		l = l[:120]
	}
	return l
}

// fullDiskPG puts the warehouse's tables in a tablespace on a 4 MiB tmpfs
// (the database's default tablespace for new sessions), imports until it
// fills, verifies, grows the tmpfs and imports again.
func (c *config) fullDiskPG() bool {
	mnt := filepath.Join(c.work, "full-postgres")
	os.MkdirAll(mnt, 0o755)
	exec.Command("umount", mnt).Run()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mnt).CombinedOutput(); err != nil {
		fmt.Printf("| postgres | full disk | - | cannot mount a tmpfs: %v %s | - | - | - |\n", err, strings.TrimSpace(string(out)))
		return true
	}
	defer exec.Command("umount", mnt).Run()
	exec.Command("chown", "postgres", mnt).Run()
	c.fresh("postgres")
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, c.pg)
	if err != nil {
		fmt.Println("crash:", err)
		return false
	}
	defer conn.Close(ctx)
	db := conn.Config().Database
	conn.Exec(ctx, "DROP TABLESPACE IF EXISTS perfdoc_full")
	if _, err := conn.Exec(ctx, "CREATE TABLESPACE perfdoc_full LOCATION '"+mnt+"'"); err != nil {
		fmt.Println("crash:", err)
		return false
	}
	conn.Exec(ctx, "ALTER DATABASE "+db+" SET default_tablespace = perfdoc_full")
	defer func() {
		conn.Exec(ctx, "ALTER DATABASE "+db+" RESET default_tablespace")
		c.fresh("postgres")
		conn.Exec(ctx, "DROP TABLESPACE IF EXISTS perfdoc_full")
	}()
	cmd := c.command("postgres", mnt)
	out, err := cmd.CombinedOutput()
	first := "exit 0 (the disk did not fill)"
	if err != nil {
		first = "failed: " + lastLine(string(out))
	}
	after := c.verify("postgres", mnt)
	exec.Command("mount", "-o", "remount,size=512m", mnt).Run()
	out, err = c.command("postgres", mnt).CombinedOutput()
	rerun := "ok"
	if err != nil {
		rerun = "failed: " + lastLine(string(out))
	}
	final := c.verify("postgres", mnt)
	ok := after.OK() && final.OK() && err == nil && final.Rows["documents"] == c.want.Docs && final.Rows["indicators"] == c.want.Indicators
	fmt.Printf("| postgres | full disk (4m tablespace) | %s | %s | %s | %d/%d | %d/%d |\n", first, describe(after), rerun,
		final.Rows["documents"], c.want.Docs, final.Rows["indicators"], c.want.Indicators)
	return ok
}
