package warehouse

import (
	"database/sql"
	"fmt"
	"reflect"
	"strings"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// Sink receives the rows of an import.
type Sink interface {
	// Known returns the ids of the documents already in the warehouse.
	Known() (map[string]bool, error)
	// Write stores the rows of several documents; each document's rows land
	// together or not at all. A document already present is skipped.
	Write(docs []*Rows) error
	// WriteError records a file that could not be imported.
	WriteError(e ErrorRow) error
	// Close flushes and closes the sink.
	Close() error
}

// SQLite is the default sink: one embedded database file.
type SQLite struct {
	db *sql.DB
}

// OpenSQLite opens (creating if needed) a warehouse database at path.
func OpenSQLite(path string) (*SQLite, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(10000)")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	s := &SQLite{db: db}
	if err := s.create(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func sqlType(c column) string {
	switch c.kind {
	case reflect.Int64, reflect.Bool:
		return "INTEGER NOT NULL"
	case reflect.Pointer:
		return "TEXT"
	}
	return "TEXT NOT NULL"
}

func (s *SQLite) create() error {
	var b strings.Builder
	for _, t := range Tables() {
		fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS %s (", t.Name)
		for i, c := range t.cols {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s %s", c.name, sqlType(c))
		}
		// documents and import_errors are keyed for deduplication. The
		// child tables are written only when their documents row was new,
		// so they need no unique index, which would cost every insert a
		// B-tree search on a 64-byte key. projects gets an index on its key
		// so that joins from the large tables (indicators, spending_plan,
		// goals), scanned in the outer loop, look projects up by key.
		switch t.Name {
		case "documents", "import_errors":
			fmt.Fprintf(&b, ", PRIMARY KEY (%s));\n", strings.Join(t.Key, ", "))
		case "projects":
			b.WriteString(");\n")
			fmt.Fprintf(&b, "CREATE INDEX IF NOT EXISTS %s_key ON %s(%s);\n", t.Name, t.Name, strings.Join(t.Key, ", "))
		default:
			b.WriteString(");\n")
		}
	}
	b.WriteString(`CREATE INDEX IF NOT EXISTS projects_code ON projects(code);
CREATE INDEX IF NOT EXISTS documents_year ON documents(year, department_code);
`)
	_, err := s.db.Exec(b.String())
	return err
}

// insertSQL is an INSERT of n rows into t.
func insertSQL(t *Table, n int) string {
	var b strings.Builder
	verb := "INSERT INTO"
	if t.Name == "documents" || t.Name == "import_errors" {
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

// Known returns the ids already imported.
func (s *SQLite) Known() (map[string]bool, error) {
	rows, err := s.db.Query("SELECT id FROM documents")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		m[id] = true
	}
	return m, rows.Err()
}

// rowsPerInsert is how many rows one INSERT statement carries.
const rowsPerInsert = 32

// Write stores several documents in one transaction. A document's
// documents row goes first; when it was there already (the same content
// under another path) the document's other rows are skipped.
func (s *SQLite) Write(docs []*Rows) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmts := map[string]*sql.Stmt{}
	defer func() {
		for _, st := range stmts {
			st.Close()
		}
	}()
	stmt := func(t *Table, n int) (*sql.Stmt, error) {
		key := fmt.Sprintf("%s/%d", t.Name, n)
		if st, ok := stmts[key]; ok {
			return st, nil
		}
		st, err := tx.Prepare(insertSQL(t, n))
		if err != nil {
			return nil, err
		}
		stmts[key] = st
		return st, nil
	}
	var (
		cur  *Table
		args []any
		n    int
	)
	flush := func() error {
		if n == 0 {
			return nil
		}
		st, err := stmt(cur, n)
		if err != nil {
			return err
		}
		if _, err := st.Exec(args...); err != nil {
			return fmt.Errorf("%s: %w", cur.Name, err)
		}
		args, n = args[:0], 0
		return nil
	}
	docsTable := Tables()[0]
	for _, d := range docs {
		st, err := stmt(docsTable, 1)
		if err != nil {
			return err
		}
		res, err := st.Exec(docsTable.values(nil, reflect.ValueOf(d.Document))...)
		if err != nil {
			return fmt.Errorf("documents: %w", err)
		}
		if k, _ := res.RowsAffected(); k == 0 {
			continue // imported already
		}
		err = d.each(func(t *Table, row reflect.Value) error {
			if t == docsTable {
				return nil
			}
			if t != cur || n == rowsPerInsert {
				if err := flush(); err != nil {
					return err
				}
				cur = t
			}
			args = t.values(args, row)
			n++
			return nil
		})
		if err == nil {
			err = flush()
		}
		if err != nil {
			return err
		}
	}
	return tx.Commit()
}

// WriteError records a failed file once per path, content and message.
func (s *SQLite) WriteError(e ErrorRow) error {
	t := Tables()[5]
	_, err := s.db.Exec(insertSQL(t, 1), t.values(nil, reflect.ValueOf(e))...)
	return err
}

// Close closes the database.
func (s *SQLite) Close() error { return s.db.Close() }

// DB returns the underlying database, for queries.
func (s *SQLite) DB() *sql.DB { return s.db }
