package warehouse

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/pgtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.Stop()
	os.Exit(code)
}

func openPG(t *testing.T, url string) *Postgres {
	p, err := OpenPostgres(context.Background(), url, PostgresOptions{})
	require.NoError(t, err)
	return p
}

// PostgreSQL holds the same rows as SQLite for the same batches, commits
// each document once across two concurrent sinks, and adds nothing on a
// rerun.
func TestPostgres(t *testing.T) {
	url := pgtest.URL(t)
	ctx := context.Background()
	all := docs(t, 12)
	all[0].Findings = []FindingRow{{DocumentID: all[0].Document.ID, Finding: 1, Rule: "R", Severity: "error", Message: "m"}}
	all[0].Search = []SearchRow{{DocumentID: all[0].Document.ID, Project: 1, Field: "name", Text: "培训", Tokens: "培训"}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := OpenPostgres(ctx, url, PostgresOptions{})
			if !assert.NoError(t, err) {
				return
			}
			defer p.Close()
			for k := 0; k < len(all); k += 3 {
				c, err := p.Commit(ctx, &Batch{Docs: all[k : k+3], Errors: []ErrorRow{{Path: "x", SHA256: "y", Error: "z"}}})
				assert.NoError(t, err)
				mu.Lock()
				total += c.Documents
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, len(all), total)
	p := openPG(t, url)
	defer p.Close()
	rep, err := VerifyPostgres(ctx, p.Conn())
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)

	lite, err := OpenSQLite(filepath.Join(t.TempDir(), "w.sqlite"), SQLiteOptions{})
	require.NoError(t, err)
	defer lite.Close()
	_, err = lite.Commit(ctx, &Batch{Docs: all, Errors: []ErrorRow{{Path: "x", SHA256: "y", Error: "z"}}})
	require.NoError(t, err)
	want, err := VerifySQL(ctx, lite.DB())
	require.NoError(t, err)
	assert.Equal(t, want.Rows, rep.Rows, "the same rows as SQLite")

	k, err := p.Known(ctx)
	require.NoError(t, err)
	assert.Len(t, k.Docs, len(all))
	c, err := p.Commit(ctx, &Batch{Docs: all})
	require.NoError(t, err)
	assert.Equal(t, Committed{Present: len(all)}, c)

	hits, _, err := p.Search(ctx, [][]string{{"培训"}}, 10)
	require.NoError(t, err)
	require.Len(t, hits, 1)
	assert.Equal(t, "培训", hits[0].Text)
}
