package warehouse

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChunkRows: a table's rows are written 32 at a time and the rest in
// statements of the sizes prepared once; the search index's rest in one.
func TestChunkRows(t *testing.T) {
	for _, name := range []string{TIndicators, TSearch} {
		tb := TableNamed(name)
		for rows := 1; rows <= 100; rows++ {
			var chunks []int
			for left := rows; left > 0; {
				n := chunkRows(tb, left)
				require.Positive(t, n)
				chunks = append(chunks, n)
				left -= n
			}
			for i, n := range chunks {
				if name == TSearch {
					assert.Equal(t, min(rows-32*i, 32), n, "%s, %d rows: chunk %d", name, rows, i)
				} else {
					assert.Contains(t, insertSizes, n, "%s, %d rows", name, rows)
				}
			}
			assert.True(t, slices.IsSortedFunc(chunks, func(a, b int) int { return b - a }), "%s, %d rows: %v", name, rows, chunks)
		}
	}
}

// TestSQLiteStatementsPreparedOnce: the INSERT statements are prepared
// on the database before a commit's transaction and kept: a second batch
// of documents shaped as the first prepares none, and the rows are all
// written.
func TestSQLiteStatementsPreparedOnce(t *testing.T) {
	s, err := OpenSQLite(filepath.Join(t.TempDir(), "w.sqlite"), SQLiteOptions{})
	require.NoError(t, err)
	defer s.Close()
	rows := docs(t, 4)
	ctx := context.Background()
	_, err = s.Commit(ctx, &Batch{Docs: rows[:2]})
	require.NoError(t, err)
	prepared := len(s.stmts)
	assert.Positive(t, prepared)
	assert.LessOrEqual(t, prepared, len(tables)*len(insertSizes)+rowsPerInsert)
	c, err := s.Commit(ctx, &Batch{Docs: rows[2:]})
	require.NoError(t, err)
	assert.Equal(t, 2, c.Documents)
	assert.Equal(t, prepared, len(s.stmts), "the same shapes need no new statement")
	var n int64
	for _, d := range rows {
		n += int64(len(d.Indicators))
	}
	var got int64
	require.NoError(t, s.db.QueryRow(`SELECT count(*) FROM indicators`).Scan(&got))
	assert.Equal(t, n, got)
}
