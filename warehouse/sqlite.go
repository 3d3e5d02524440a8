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
	db    *sql.DB
	stmts map[string]string
}

// OpenSQLite opens (creating if needed) a warehouse database at path.
func OpenSQLite(path string) (*SQLite, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(10000)")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	s := &SQLite{db: db, stmts: map[string]string{}}
	if err := s.create(); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
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
		fmt.Fprintf(&b, ", PRIMARY KEY (%s)) WITHOUT ROWID;\n", strings.Join(t.Key, ", "))
		s.stmts[t.Name] = fmt.Sprintf("INSERT OR IGNORE INTO %s (%s) VALUES (%s)", t.Name, strings.Join(t.Columns(), ", "),
			strings.TrimSuffix(strings.Repeat("?, ", len(t.cols)), ", "))
	}
	b.WriteString(`CREATE INDEX IF NOT EXISTS projects_code ON projects(code);
CREATE INDEX IF NOT EXISTS indicators_kind ON indicators(kind, level1, level2);
CREATE INDEX IF NOT EXISTS documents_year ON documents(year, department_code);
`)
	_, err := s.db.Exec(b.String())
	return err
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

// Write stores several documents in one transaction.
func (s *SQLite) Write(docs []*Rows) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	prepared := map[string]*sql.Stmt{}
	for name, q := range s.stmts {
		st, err := tx.Prepare(q)
		if err != nil {
			return err
		}
		defer st.Close()
		prepared[name] = st
	}
	args := make([]any, 0, 32)
	for _, d := range docs {
		skip := false
		err := d.each(func(t *Table, row reflect.Value) error {
			if skip {
				return nil
			}
			args = t.values(args[:0], row)
			res, err := prepared[t.Name].Exec(args...)
			if err != nil {
				return fmt.Errorf("%s: %w", t.Name, err)
			}
			if t.Name == "documents" {
				if n, _ := res.RowsAffected(); n == 0 {
					skip = true // imported already (same content under another path)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return tx.Commit()
}

// WriteError records a failed file once per path, content and message.
func (s *SQLite) WriteError(e ErrorRow) error {
	t := Tables()[5]
	_, err := s.db.Exec(s.stmts[t.Name], t.values(nil, reflect.ValueOf(e))...)
	return err
}

// Close closes the database.
func (s *SQLite) Close() error { return s.db.Close() }

// DB returns the underlying database, for queries.
func (s *SQLite) DB() *sql.DB { return s.db }
