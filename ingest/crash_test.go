package ingest

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/pgtest"
	"github.com/perfdoc/perfdoc/warehouse"
)

// TestMain doubles as the import that TestKill kills: with
// PERFDOC_CRASH_CHILD set, the test binary imports and prints one line per
// file.
func TestMain(m *testing.M) {
	if kind := os.Getenv("PERFDOC_CRASH_CHILD"); kind != "" {
		os.Exit(child(kind, os.Getenv("PERFDOC_CRASH_TO"), os.Getenv("PERFDOC_CRASH_IN")))
	}
	code := m.Run()
	pgtest.Stop()
	os.Exit(code)
}

func openSink(ctx context.Context, kind, to string) (warehouse.Sink, error) {
	return openSinkFS(ctx, kind, to, nil)
}

// openSinkFS opens a sink; a file sink works through fsys (nil: the OS).
func openSinkFS(ctx context.Context, kind, to string, fsys warehouse.FS) (warehouse.Sink, error) {
	switch kind {
	case "sqlite":
		return warehouse.OpenSQLite(to, warehouse.SQLiteOptions{})
	case "postgres":
		return warehouse.OpenPostgres(ctx, to, warehouse.PostgresOptions{})
	case "parquet":
		return warehouse.OpenParquet(to, warehouse.ParquetOptions{FS: fsys})
	}
	return warehouse.OpenFiles(to, kind, warehouse.FilesOptions{FS: fsys})
}

func child(kind, to, in string) int {
	ctx := context.Background()
	var fsys warehouse.FS
	if at := os.Getenv("PERFDOC_CRASH_AT"); at != "" {
		fsys = parseKillPoint(at)
	}
	sink, err := openSinkFS(ctx, kind, to, fsys)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	w := bufio.NewWriter(os.Stdout)
	_, err = Import(ctx, sink, []string{in}, Options{Workers: 2, BatchSize: 3, Progress: func(p Progress) {
		fmt.Fprintln(w, p.Done)
		w.Flush()
	}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

func verifySink(t *testing.T, kind, to string) warehouse.Report {
	ctx := context.Background()
	var r warehouse.Report
	var err error
	switch kind {
	case "sqlite":
		s := openSQLite(t, to)
		defer s.Close()
		r, err = warehouse.VerifySQL(ctx, s.DB())
	case "postgres":
		conn, cerr := pgx.Connect(ctx, to)
		require.NoError(t, cerr)
		defer conn.Close(ctx)
		r, err = warehouse.VerifyPostgres(ctx, conn)
	default:
		r, err = warehouse.VerifyDir(to, kind)
	}
	require.NoError(t, err)
	return r
}

// TestKill kills imports with SIGKILL after a random number of files (not
// at a time: the child says how far it is), checks that the warehouse is
// consistent as a reader finds it, and that the rerun gives the exact
// counts. bench/crash does the same with the perfdoc binary, many times.
func TestKill(t *testing.T) {
	f := makeCorpus(t, 12)
	rnd := rand.New(rand.NewSource(7))
	for _, kind := range []string{"sqlite", "parquet", "csv", "jsonl", "postgres"} {
		t.Run(kind, func(t *testing.T) {
			for trial := 0; trial < 1; trial++ {
				to := filepath.Join(t.TempDir(), "w")
				if kind == "postgres" {
					to = pgtest.URL(t)
				}
				after := 1 + rnd.Intn(f.c.Docs)
				cmd := exec.Command(os.Args[0], "-test.run=^$")
				cmd.Env = append(os.Environ(), "PERFDOC_CRASH_CHILD="+kind, "PERFDOC_CRASH_TO="+to, "PERFDOC_CRASH_IN="+f.dir)
				out, err := cmd.StdoutPipe()
				require.NoError(t, err)
				require.NoError(t, cmd.Start())
				sc := bufio.NewScanner(out)
				for n := 0; n < after && sc.Scan(); n++ {
				}
				cmd.Process.Kill()
				cmd.Wait()
				r := verifySink(t, kind, to)
				assert.Empty(t, r.Problems, "killed after %d files", after)

				sink, err := openSink(context.Background(), kind, to)
				require.NoError(t, err)
				_, err = Import(context.Background(), sink, []string{f.dir}, Options{Workers: 2})
				require.NoError(t, sink.Close())
				require.NoError(t, err)
				r = verifySink(t, kind, to)
				assert.Empty(t, r.Problems)
				assert.Equal(t, f.c.Docs, r.Rows["documents"], "killed after %d files", after)
				assert.Equal(t, f.c.Projects, r.Rows["projects"])
				assert.Equal(t, f.c.Indicators, r.Rows["indicators"])
				assert.Equal(t, f.c.Docs+1, r.Rows["sources"])
				assert.Equal(t, f.broken, r.Rows["import_errors"])
			}
		})
	}
}
