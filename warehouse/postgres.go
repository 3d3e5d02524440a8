package warehouse

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Postgres is a warehouse in a PostgreSQL database (or a compatible engine:
// Greenplum, openGauss, Kingbase), where a team's shared warehouse lives.
// Tables are created if missing, each with its key; a commit is one
// transaction in which new documents are inserted first (ON CONFLICT DO
// NOTHING, so a document is written once whoever comes first and
// concurrent imports wait for each other's rows) and their other rows are
// sent with COPY. The search table holds a tsvector of the segmented
// words (GIN-indexed).
type Postgres struct {
	conn *pgx.Conn
	url  string
}

// PostgresOptions tune a PostgreSQL sink.
type PostgresOptions struct {
	// Lock.NoWait makes a commit fail at once (lock_timeout) when another
	// import holds a row it needs; otherwise it waits.
	Lock LockOptions
}

// IsPostgresURL reports whether s names a PostgreSQL database
// (postgres://… or postgresql://…).
func IsPostgresURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// OpenPostgres connects to the database at url and creates missing tables.
func OpenPostgres(ctx context.Context, url string, o PostgresOptions) (*Postgres, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("connecting to PostgreSQL: %w", err)
	}
	p := &Postgres{conn: conn, url: url}
	if o.Lock.NoWait {
		if _, err := conn.Exec(ctx, "SET lock_timeout = '100ms'"); err != nil {
			conn.Close(ctx)
			return nil, err
		}
	}
	if err := p.create(ctx); err != nil {
		conn.Close(ctx)
		return nil, p.explain(err)
	}
	return p, nil
}

func (p *Postgres) explain(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "55P03" { // lock_not_available
		return fmt.Errorf("%w: %v", ErrInUse, err)
	}
	return err
}

func pgType(c column) string {
	typ := "TEXT"
	switch {
	case c.kind == reflect.Int64, c.kind == reflect.Pointer && c.elem == reflect.Int64:
		typ = "BIGINT"
	case c.kind == reflect.Bool:
		typ = "BOOLEAN"
	}
	if c.nullable {
		return typ
	}
	return typ + " NOT NULL"
}

// relaxPostgres drops NOT NULL from the columns that are nullable now in a
// table made by a perfdoc that wrote blanks as ” and unknown years as 0,
// and turns those blanks into NULL, as new rows have them.
func relaxPostgres(ctx context.Context, tx pgx.Tx, t *Table) error {
	if t.Name == TSearch {
		return nil
	}
	rows, err := tx.Query(ctx, `SELECT column_name FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = $1 AND is_nullable = 'NO'`, t.Name)
	if err != nil {
		return err
	}
	notNull := map[string]bool{}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		notNull[n] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, c := range t.cols {
		if !c.nullable || !notNull[c.name] {
			continue
		}
		zero := "''"
		if pgType(c) != "TEXT" {
			zero = "0"
		}
		if _, err := tx.Exec(ctx, fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s DROP NOT NULL; UPDATE %s SET %s = NULL WHERE %s = %s",
			t.Name, c.name, t.Name, c.name, c.name, zero)); err != nil {
			return err
		}
	}
	return nil
}

// create makes missing tables, columns and indexes, under an advisory lock
// so that two imports starting together do not race on the catalogue.
func (p *Postgres) create(ctx context.Context) error {
	tx, err := p.conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(738176235)"); err != nil {
		return err
	}
	for _, t := range Tables() {
		var b strings.Builder
		fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS %s (", t.Name)
		for i, c := range t.cols {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s %s", c.name, pgType(c))
		}
		if t.Name == TSearch {
			b.WriteString(", tsv tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array(NULLIF(tokens, ''), ' '))) STORED")
		} else {
			fmt.Fprintf(&b, ", PRIMARY KEY (%s)", strings.Join(t.Key, ", "))
		}
		b.WriteString(")")
		if _, err := tx.Exec(ctx, b.String()); err != nil {
			return fmt.Errorf("creating %s: %w", t.Name, err)
		}
		for _, c := range t.cols { // columns a newer perfdoc added
			typ := strings.TrimSuffix(pgType(c), " NOT NULL")
			if _, err := tx.Exec(ctx, fmt.Sprintf("ALTER TABLE %s ADD COLUMN IF NOT EXISTS %s %s", t.Name, c.name, typ)); err != nil {
				return err
			}
		}
		if err := relaxPostgres(ctx, tx, t); err != nil {
			return err
		}
	}
	_, err = tx.Exec(ctx, `CREATE INDEX IF NOT EXISTS search_tsv ON search USING gin (tsv);
CREATE INDEX IF NOT EXISTS search_document ON search (document_id);
CREATE INDEX IF NOT EXISTS sources_document ON sources (document_id);
CREATE INDEX IF NOT EXISTS projects_code ON projects (code);
CREATE INDEX IF NOT EXISTS documents_year ON documents (year, department_code);
`+metaSQL)
	if err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// Known reads the documents, sources and errors of the warehouse.
func (p *Postgres) Known(ctx context.Context) (*Known, error) {
	k := NewKnown()
	var id, path, sum, msg string
	rows, _ := p.conn.Query(ctx, "SELECT id FROM documents")
	if _, err := pgx.ForEachRow(rows, []any{&id}, func() error { k.Docs[id] = true; return nil }); err != nil {
		return nil, err
	}
	rows, _ = p.conn.Query(ctx, "SELECT document_id, path, sha256 FROM sources")
	if _, err := pgx.ForEachRow(rows, []any{&id, &path, &sum}, func() error {
		k.AddSource(&SourceRow{DocumentID: id, Path: path, SHA256: sum})
		return nil
	}); err != nil {
		return nil, err
	}
	rows, _ = p.conn.Query(ctx, "SELECT path, sha256, error FROM import_errors")
	if _, err := pgx.ForEachRow(rows, []any{&path, &sum, &msg}, func() error {
		k.Errors[ErrorKey(&ErrorRow{Path: path, SHA256: sum, Error: msg})] = true
		return nil
	}); err != nil {
		return nil, err
	}
	return k, nil
}

// Commit writes the batch in one transaction.
func (p *Postgres) Commit(ctx context.Context, b *Batch) (Committed, error) {
	c, err := p.commit(ctx, b)
	if err != nil {
		return Committed{}, p.explain(err)
	}
	return c, nil
}

func (p *Postgres) commit(ctx context.Context, b *Batch) (Committed, error) {
	var c Committed
	tx, err := p.conn.Begin(ctx)
	if err != nil {
		return c, err
	}
	defer tx.Rollback(ctx)
	var fresh []*Rows
	for _, d := range b.Docs {
		n, err := insertIgnore(ctx, tx, TableNamed(TDocuments), reflect.ValueOf(d.Document))
		if err != nil {
			return c, err
		}
		if n == 0 {
			c.Present++
			continue
		}
		fresh = append(fresh, d)
		c.Documents++
		c.Projects += int64(len(d.Projects))
		c.Indicators += int64(len(d.Indicators))
	}
	for _, t := range append(childTables(), TableNamed(TSearch)) {
		if err := copyRows(ctx, tx, t, fresh); err != nil {
			return c, err
		}
	}
	var srcs []SourceRow
	for _, d := range b.Docs {
		srcs = append(srcs, d.Source)
	}
	for _, s := range append(srcs, b.Sources...) {
		n, err := insertIgnore(ctx, tx, TableNamed(TSources), reflect.ValueOf(s))
		if err != nil {
			return c, err
		}
		c.Sources += int(n)
	}
	for _, e := range b.Errors {
		n, err := insertIgnore(ctx, tx, TableNamed(TErrors), reflect.ValueOf(e))
		if err != nil {
			return c, err
		}
		c.Errors += int(n)
	}
	return c, tx.Commit(ctx)
}

// insertIgnore inserts one row unless its key is there; it returns the
// number of rows inserted.
func insertIgnore(ctx context.Context, tx pgx.Tx, t *Table, row reflect.Value) (int64, error) {
	ph := make([]string, len(t.cols))
	for i := range ph {
		ph[i] = fmt.Sprintf("$%d", i+1)
	}
	q := fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s) ON CONFLICT DO NOTHING", t.Name, strings.Join(t.Columns(), ", "), strings.Join(ph, ", "))
	tag, err := tx.Exec(ctx, q, t.values(nil, row)...)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", t.Name, err)
	}
	return tag.RowsAffected(), nil
}

// copyRows sends the table's rows of docs with COPY.
func copyRows(ctx context.Context, tx pgx.Tx, t *Table, docs []*Rows) error {
	var rows [][]any
	for _, d := range docs {
		eachRow(t.of(d), func(row reflect.Value) error {
			rows = append(rows, t.values(nil, row))
			return nil
		})
	}
	if len(rows) == 0 {
		return nil
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.Name}, t.Columns(), pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("%s: %w", t.Name, err)
	}
	return nil
}

// Close closes the connection.
func (p *Postgres) Close() error { return p.conn.Close(context.Background()) }

// Conn returns the connection, for queries.
func (p *Postgres) Conn() *pgx.Conn { return p.conn }
