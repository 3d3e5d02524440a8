// Package pgtest starts a throwaway PostgreSQL cluster for tests: initdb in
// a temporary folder, a server listening on a Unix socket only, one fresh
// database per caller. Without the server's binaries a test is skipped —
// except in CI (CI or PERFDOC_REQUIRE_PG set), where it fails, so that a
// missing install never passes unseen.
package pgtest

import (
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"testing"
)

var (
	mu       sync.Mutex
	started  bool
	dir      string
	bin      string
	runAs    []string // runuser prefix when running as root
	startErr error
	dbs      int
)

// binDir finds the folder of initdb and pg_ctl.
func binDir() string {
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real // Debian links pg_ctl alone into PATH
		}
		if _, err := os.Stat(filepath.Join(filepath.Dir(p), "initdb")); err == nil {
			return filepath.Dir(p)
		}
	}
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	sort.Strings(found)
	if len(found) > 0 {
		return filepath.Dir(found[len(found)-1])
	}
	return ""
}

func required() bool {
	return os.Getenv("PERFDOC_REQUIRE_PG") != "" || (os.Getenv("CI") != "" && os.Getenv("CI") != "false")
}

func run(name string, args ...string) error {
	argv := append(append(append([]string(nil), runAs...), filepath.Join(bin, name)), args...)
	cmd := exec.Command(argv[0], argv[1:]...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %v\n%s", name, err, out)
	}
	return nil
}

func start() error {
	bin = binDir()
	if bin == "" {
		return fmt.Errorf("no PostgreSQL server binaries (initdb, pg_ctl)")
	}
	var err error
	dir, err = os.MkdirTemp("", "perfdoc-pg-")
	if err != nil {
		return err
	}
	if os.Geteuid() == 0 { // initdb refuses to run as root
		u, err := user.Lookup("postgres")
		if err != nil {
			return fmt.Errorf("running as root and there is no postgres user: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			return err
		}
		runAs = []string{"runuser", "-u", "postgres", "--"}
	}
	data := filepath.Join(dir, "data")
	if err := run("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		return err
	}
	opts := fmt.Sprintf("-k %s -c listen_addresses='' -p 5439 -c fsync=off -c full_page_writes=off", dir)
	return run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "start")
}

// URL returns the URL of a new, empty database on the test cluster,
// starting the cluster on first use. It skips the test when PostgreSQL is
// not installed, unless CI requires it.
func URL(t testing.TB) string {
	mu.Lock()
	defer mu.Unlock()
	if !started {
		started = true
		startErr = start()
	}
	if startErr != nil {
		if required() {
			t.Fatalf("PostgreSQL required (CI): %v", startErr)
		}
		t.Skipf("no PostgreSQL: %v", startErr)
	}
	dbs++
	name := fmt.Sprintf("t%d", dbs)
	if err := run("createdb", "-h", dir, "-p", "5439", "-U", "postgres", name); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("postgres://postgres@/%s?host=%s&port=5439&sslmode=disable", name, dir)
}

// Stop stops the cluster and removes its folder; call it from TestMain
// after m.Run.
func Stop() {
	mu.Lock()
	defer mu.Unlock()
	if started && startErr == nil {
		run("pg_ctl", "-D", filepath.Join(dir, "data"), "-m", "immediate", "stop")
	}
	if dir != "" {
		os.RemoveAll(dir)
	}
}
