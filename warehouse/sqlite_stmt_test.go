package warehouse

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChunkRows: a table's rows are written 32 at a time and the rest in
// statements of the sizes prepared once, largest first.
func TestChunkRows(t *testing.T) {
	for rows := 1; rows <= 100; rows++ {
		var chunks []int
		for left := rows; left > 0; {
			n := chunkRows(left)
			require.Positive(t, n)
			assert.Contains(t, insertSizes, n, "%d rows", rows)
			chunks = append(chunks, n)
			left -= n
		}
		assert.True(t, slices.IsSortedFunc(chunks, func(a, b int) int { return b - a }), "%d rows: %v", rows, chunks)
		assert.LessOrEqual(t, len(chunks), rows/rowsPerInsert+5, "%d rows: %v", rows, chunks)
	}
}

// TestSQLiteStatementsPreparedOnce: the INSERT statements are prepared
// on the database before a commit's transaction and kept: a second batch
// shaped as the first prepares none, and the rows are all written.
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
	assert.LessOrEqual(t, prepared, len(tables)*len(insertSizes))
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

// TestSQLiteCommitRowOrder: a commit writes each table's rows of its new
// documents in the order of the batch, a document already there adding
// none, so that their rowids are those of writing each document whole.
func TestSQLiteCommitRowOrder(t *testing.T) {
	s, err := OpenSQLite(filepath.Join(t.TempDir(), "w.sqlite"), SQLiteOptions{})
	require.NoError(t, err)
	defer s.Close()
	rows := docs(t, 4)
	ctx := context.Background()
	_, err = s.Commit(ctx, &Batch{Docs: rows[1:2]})
	require.NoError(t, err)
	c, err := s.Commit(ctx, &Batch{Docs: []*Rows{rows[0], rows[1], rows[2], rows[3]}})
	require.NoError(t, err)
	assert.Equal(t, 3, c.Documents)
	assert.Equal(t, 1, c.Present)
	var want []string
	for _, d := range []*Rows{rows[1], rows[0], rows[2], rows[3]} {
		for _, ind := range d.Indicators {
			want = append(want, fmt.Sprintf("%s/%d/%d", ind.DocumentID, ind.Project, ind.Indicator))
		}
	}
	q, err := s.db.Query(`SELECT document_id, project, indicator FROM indicators ORDER BY rowid`)
	require.NoError(t, err)
	defer q.Close()
	var got []string
	for q.Next() {
		var id string
		var p, i int64
		require.NoError(t, q.Scan(&id, &p, &i))
		got = append(got, fmt.Sprintf("%s/%d/%d", id, p, i))
	}
	assert.Equal(t, want, got)
}
