package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"time"
)

// rowsPerInsert is how many rows one INSERT statement carries.
const rowsPerInsert = 32

// sqlTx is one commit's transaction with its prepared statements.
type sqlTx struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	args  []any
}

func (w *sqlTx) stmt(ctx context.Context, t *Table, n int) (*sql.Stmt, error) {
	key := fmt.Sprintf("%s/%d", t.Name, n)
	if st, ok := w.stmts[key]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, insertSQL(t, n))
	if err != nil {
		return nil, err
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
	for start := 0; start < v.Len(); start += rowsPerInsert {
		end := min(start+rowsPerInsert, v.Len())
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
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return c, err
	}
	defer tx.Rollback()
	w := &sqlTx{tx: tx, stmts: map[string]*sql.Stmt{}}
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
