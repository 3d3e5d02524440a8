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

// insertSizes are the numbers of rows the INSERT statements carry: a
// table's rows are written 32 at a time and the rest in the fewest
// statements of these sizes (19 rows: 16, 2, 1), so that at most six
// statements a table, each prepared once (SQLite.prepare), serve every
// commit instead of one prepared in each transaction for each count of
// rows left over.
var insertSizes = [...]int{rowsPerInsert, 16, 8, 4, 2, 1}

// chunkRows is how many of left rows the next INSERT carries.
func chunkRows(left int) int {
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
// needs, were all its documents new, and no earlier commit prepared. It
// runs before the commit's transaction begins: the database has one
// connection, which the transaction then holds. (A statement it did not
// foresee, the rows of some documents being there already, is prepared
// in the transaction: sqlTx.stmt.)
func (s *SQLite) prepare(ctx context.Context, b *Batch) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stmts == nil {
		s.stmts = map[insertStmt]*sql.Stmt{}
	}
	need := func(t *Table, rows int) error {
		for left := rows; left > 0; {
			n := chunkRows(left)
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
	if len(b.Docs) > 0 {
		if err := need(TableNamed(TDocuments), 1); err != nil {
			return err
		}
	}
	for _, t := range append(childTables(), TableNamed(TSearch)) {
		rows := 0
		for _, d := range b.Docs {
			rows += reflect.ValueOf(t.of(d)).Len()
		}
		if err := need(t, rows); err != nil {
			return err
		}
	}
	if err := need(TableNamed(TSources), len(b.Docs)+len(b.Sources)); err != nil {
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
	return w.insertAll(ctx, t, []reflect.Value{reflect.ValueOf(rows)})
}

// insertAll writes the rows of each of parts (each a []T of t's row type)
// one after the other, as insert writes one list of them, without
// copying them into one.
func (w *sqlTx) insertAll(ctx context.Context, t *Table, parts []reflect.Value) (int64, error) {
	left := 0
	for _, p := range parts {
		left += p.Len()
	}
	var total int64
	part, k := 0, 0 // the next row: parts[part].Index(k)
	for left > 0 {
		n := chunkRows(left)
		left -= n
		w.args = w.args[:0]
		for range n {
			for k == parts[part].Len() {
				part, k = part+1, 0
			}
			w.args = t.values(w.args, parts[part].Index(k))
			k++
		}
		st, err := w.stmt(ctx, t, n)
		if err != nil {
			return total, err
		}
		res, err := st.ExecContext(ctx, w.args...)
		if err != nil {
			return total, fmt.Errorf("%s: %w", t.Name, err)
		}
		affected, _ := res.RowsAffected()
		total += affected
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
	// each table's rows in one list, in the order of the batch: a table's
	// rows, and so their rowids, come in the order they did when each
	// document was written whole, in as few statements as can carry them
	// (FTS5 writes the search index's pending terms at each statement)
	docs := TableNamed(TDocuments)
	var fresh []*Rows
	for _, d := range b.Docs {
		n, err := w.insert(ctx, docs, []DocumentRow{d.Document})
		if err != nil {
			return c, err
		}
		if n == 0 {
			c.Present++
			continue
		}
		c.Documents++
		c.Projects += int64(len(d.Projects))
		c.Indicators += int64(len(d.Indicators))
		fresh = append(fresh, d)
	}
	parts := make([]reflect.Value, len(fresh))
	for _, t := range append(childTables(), TableNamed(TSearch)) {
		for i, d := range fresh {
			parts[i] = reflect.ValueOf(t.of(d))
		}
		if _, err := w.insertAll(ctx, t, parts); err != nil {
			return c, err
		}
	}
	sources := make([]SourceRow, 0, len(b.Docs)+len(b.Sources))
	for _, d := range b.Docs {
		sources = append(sources, d.Source)
	}
	n, err := w.insert(ctx, TableNamed(TSources), append(sources, b.Sources...))
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
