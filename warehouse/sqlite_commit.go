package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"time"
)

// rowsPerInsert is how many rows one INSERT statement carries at most.
const rowsPerInsert = 32

// insertSizes are the numbers of rows the INSERT statements of a table
// other than search carry: its rows are written 32 at a time and the rest
// in the fewest statements of these sizes (19 rows: 16, 2, 1), so that a
// few statements a table, prepared once (SQLite.prepare), serve every
// commit instead of one prepared in each transaction for each count of
// rows left over. The search index takes each document's rows in one
// statement as before (32 at a time and the rest): FTS5 writes a segment
// for each statement, and more statements would make a larger index.
var insertSizes = [...]int{rowsPerInsert, 16, 8, 4, 2, 1}

// chunkRows is how many of the left rows of t the next INSERT carries.
func chunkRows(t *Table, left int) int {
	if t.Name == TSearch {
		return min(left, rowsPerInsert)
	}
	for _, n := range insertSizes {
		if n <= left {
			return n
		}
	}
	return left
}

// insertStmt is the key of a prepared INSERT: its table and its rows.
type insertStmt struct {
	table string
	n     int
}

// prepare prepares on the database the INSERT statements that writing b
// needs and no earlier commit prepared. It runs before the commit's
// transaction begins: the database has one connection, which the
// transaction then holds.
func (s *SQLite) prepare(ctx context.Context, b *Batch) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stmts == nil {
		s.stmts = map[insertStmt]*sql.Stmt{}
	}
	need := func(t *Table, rows int) error {
		for left := rows; left > 0; {
			n := chunkRows(t, left)
			left -= n
			key := insertStmt{t.Name, n}
			if _, ok := s.stmts[key]; ok {
				continue
			}
			st, err := s.db.PrepareContext(ctx, insertSQL(t, n))
			if err != nil {
				return err
			}
			s.stmts[key] = st
		}
		return nil
	}
	docs, srcs := TableNamed(TDocuments), TableNamed(TSources)
	for _, d := range b.Docs {
		if err := need(docs, 1); err != nil {
			return err
		}
		for _, t := range append(childTables(), TableNamed(TSearch)) {
			if err := need(t, reflect.ValueOf(t.of(d)).Len()); err != nil {
				return err
			}
		}
		if err := need(srcs, 1); err != nil {
			return err
		}
	}
	if err := need(srcs, len(b.Sources)); err != nil {
		return err
	}
	return need(TableNamed(TErrors), len(b.Errors))
}

// sqlTx is one commit's transaction with the statements it has used.
type sqlTx struct {
	tx    *sql.Tx
	s     *SQLite                  // its statements prepared on the database (SQLite.prepare)
	stmts map[insertStmt]*sql.Stmt // those in this transaction
	args  []any
}

func (w *sqlTx) stmt(ctx context.Context, t *Table, n int) (*sql.Stmt, error) {
	key := insertStmt{t.Name, n}
	if st, ok := w.stmts[key]; ok {
		return st, nil
	}
	var st *sql.Stmt
	w.s.mu.Lock()
	base, ok := w.s.stmts[key]
	w.s.mu.Unlock()
	if ok {
		st = w.tx.StmtContext(ctx, base) // the connection's statement, not prepared again
	} else {
		var err error
		if st, err = w.tx.PrepareContext(ctx, insertSQL(t, n)); err != nil {
			return nil, err
		}
	}
	w.stmts[key] = st
	return st, nil
}

// insertSQL is an INSERT of n rows into t; keyed tables ignore a row whose
// key is there already.
func insertSQL(t *Table, n int) string {
	var b strings.Builder
	verb := "INSERT INTO"
	switch t.Name {
	case TDocuments, TSources, TErrors:
		verb = "INSERT OR IGNORE INTO"
	}
	fmt.Fprintf(&b, "%s %s (%s) VALUES ", verb, t.Name, strings.Join(t.Columns(), ", "))
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", len(t.cols)), ",") + ")"
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(one)
	}
	return b.String()
}

// insert writes rows (a []T of t's row type), rowsPerInsert at a time, and
// returns how many were inserted.
func (w *sqlTx) insert(ctx context.Context, t *Table, rows any) (int64, error) {
	v := reflect.ValueOf(rows)
	var total int64
	for start, end := 0, 0; start < v.Len(); start = end {
		end = start + chunkRows(t, v.Len()-start)
		w.args = w.args[:0]
		for k := start; k < end; k++ {
			w.args = t.values(w.args, v.Index(k))
		}
		st, err := w.stmt(ctx, t, end-start)
		if err != nil {
			return total, err
		}
		res, err := st.ExecContext(ctx, w.args...)
		if err != nil {
			return total, fmt.Errorf("%s: %w", t.Name, err)
		}
		n, _ := res.RowsAffected()
		total += n
	}
	return total, nil
}

// Commit writes the batch in one transaction. A document whose id is there
// already (another import was first) keeps its rows; only its source is
// added.
func (s *SQLite) Commit(ctx context.Context, b *Batch) (Committed, error) {
	start := time.Now()
	c, err := s.commit(ctx, b)
	return c, s.explain(err, start)
}

func (s *SQLite) commit(ctx context.Context, b *Batch) (Committed, error) {
	var c Committed
	if err := s.prepare(ctx, b); err != nil {
		return c, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return c, err
	}
	defer tx.Rollback()
	w := &sqlTx{tx: tx, s: s, stmts: map[insertStmt]*sql.Stmt{}}
	defer func() {
		for _, st := range w.stmts {
			st.Close()
		}
	}()
	docs, srcs := TableNamed(TDocuments), TableNamed(TSources)
	for _, d := range b.Docs {
		n, err := w.insert(ctx, docs, []DocumentRow{d.Document})
		if err != nil {
			return c, err
		}
		if n == 0 {
			c.Present++
		} else {
			c.Documents++
			c.Projects += int64(len(d.Projects))
			c.Indicators += int64(len(d.Indicators))
			for _, t := range append(childTables(), TableNamed(TSearch)) {
				if _, err := w.insert(ctx, t, t.of(d)); err != nil {
					return c, err
				}
			}
		}
		n, err = w.insert(ctx, srcs, []SourceRow{d.Source})
		if err != nil {
			return c, err
		}
		c.Sources += int(n)
	}
	n, err := w.insert(ctx, srcs, b.Sources)
	if err != nil {
		return c, err
	}
	c.Sources += int(n)
	n, err = w.insert(ctx, TableNamed(TErrors), b.Errors)
	if err != nil {
		return c, err
	}
	c.Errors = int(n)
	if err := tx.Commit(); err != nil {
		return Committed{}, err
	}
	return c, nil
}

// SetMeta records a warehouse-wide setting (such as the segmenter its
// search index was built with); Meta reads one ("" when unset).
func (s *SQLite) SetMeta(ctx context.Context, key, value string) error {
	start := time.Now()
	_, err := s.db.ExecContext(ctx, `INSERT INTO perfdoc_meta (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return s.explain(err, start)
}

// Meta reads a warehouse-wide setting; "" when unset.
func (s *SQLite) Meta(ctx context.Context, key string) (string, error) {
	start := time.Now()
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM perfdoc_meta WHERE key = ?`, key).Scan(&v)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return v, s.explain(err, start)
}
