package warehouse

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// SQLite is the default sink: one embedded database file. Each commit is
// one transaction (BEGIN IMMEDIATE, WAL journal), so a kill or a full disk
// leaves the database as it was before the commit. Concurrent imports
// take turns per transaction; a document is written once whoever comes
// first (documents is keyed by its content identity).
type SQLite struct {
	db   *sql.DB
	path string
	wait time.Duration
	// stmts are the INSERT statements commits use, prepared on db by the
	// first commit; mu guards their preparing.
	mu    sync.Mutex
	stmts map[insertStmt]*sql.Stmt
}

// SQLiteOptions tune a SQLite sink.
type SQLiteOptions struct {
	// Lock.NoWait fails at once when another import is writing; otherwise
	// a transaction waits up to Wait (default one hour) for its turn.
	Lock LockOptions
	Wait time.Duration
}

// OpenSQLite opens (creating if needed) a warehouse database at path.
func OpenSQLite(path string, o SQLiteOptions) (*SQLite, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, &causeError{fmt.Sprintf("%s is a folder; the SQLite warehouse is a file (give a file name such as %s, or --format parquet, csv or jsonl for a folder)",
			quote(path), quote(filepath.Join(path, "warehouse.sqlite"))), ErrIsFolder}
	}
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
		return nil, &causeError{fmt.Sprintf("%s: the folder %s does not exist", quote(path), quote(filepath.Dir(path))), fs.ErrNotExist}
	}
	if o.Wait <= 0 {
		o.Wait = time.Hour
	}
	if o.Lock.NoWait {
		o.Wait = 0
	}
	// Creating the file, switching it to WAL and creating the tables is
	// done by one import at a time (flock on the database file itself,
	// which SQLite's own fcntl locks do not see): two imports started
	// together on a file that does not exist yet take turns instead of
	// one finding the other's half-made journal busy.
	start := time.Now()
	unlock, err := lockFile(path, o.Lock.NoWait)
	switch {
	case errors.Is(err, ErrInUse):
		return nil, fmt.Errorf("%w: %s: another import is creating it (%v)", ErrInUse, quote(path), err)
	case err != nil:
		return nil, fmt.Errorf("%s: cannot create or open the warehouse: %w", quote(path), err)
	}
	defer unlock()
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", o.Wait.Milliseconds())) // first: the others may need to wait
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	s := &SQLite{db: db, path: path, wait: o.Wait}
	if err := s.create(); err != nil {
		db.Close()
		return nil, s.explain(err, start)
	}
	return s, nil
}

// OpenSQLiteReadOnly opens the warehouse at path for reading only, as
// perfdoc search does for a warehouse it may not write (another user's, a
// read-only share): it neither creates nor changes the file and takes no
// lock. When no shared-memory file can be made beside the database (its
// folder is not writable), the database is read as its file holds it
// (immutable): what a running import has not checkpointed yet is not seen.
func OpenSQLiteReadOnly(path string) (*SQLite, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	var err error
	for _, extra := range []string{"", "&immutable=1"} {
		var db *sql.DB
		db, err = sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?mode=ro&_pragma=busy_timeout(5000)"+extra)
		if err != nil {
			return nil, err
		}
		s := &SQLite{db: db, path: path, wait: 5 * time.Second}
		var n int
		if err = db.QueryRow(`SELECT count(*) FROM sqlite_master`).Scan(&n); err == nil {
			return s, nil
		}
		db.Close()
		var se *sqlite.Error
		if !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_READONLY && se.Code()&0xff != sqlite3.SQLITE_CANTOPEN {
			break
		}
	}
	return nil, (&SQLite{path: path}).explain(err, time.Now())
}

// ErrNotDatabase is returned (wrapped) when the file a SQLite warehouse
// is asked at holds something else (a filing, a spreadsheet).
var ErrNotDatabase = errors.New("not a SQLite database")

// explain turns SQLite's "database is locked" into a sentence that says
// what happened: how long this import really waited, and how long it
// would have.
func (s *SQLite) explain(err error, start time.Time) error {
	var se *sqlite.Error
	if errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_BUSY || se.Code()&0xff == sqlite3.SQLITE_LOCKED) {
		waited := time.Since(start).Round(time.Millisecond)
		if s.wait == 0 {
			return fmt.Errorf("%w: %s is being written by another import (no wait asked): %v", ErrInUse, quote(s.path), err)
		}
		return fmt.Errorf("%w: %s is being written by another import; gave up after %s (the wait allowed is %s): %v",
			ErrInUse, quote(s.path), waited, s.wait, err)
	}
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("%s: %w (%v)", quote(s.path), ErrNotDatabase, err)
		case sqlite3.SQLITE_FULL:
			return fmt.Errorf("%s: %w (%v)", quote(s.path), syscall.ENOSPC, err)
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
			return fmt.Errorf("%s: %w (%v)", quote(s.path), fs.ErrPermission, err)
		}
		return fmt.Errorf("%s: %w", quote(s.path), err)
	}
	return err
}

func sqlType(c column) string {
	typ := "TEXT"
	if c.kind == reflect.Int64 || c.kind == reflect.Bool || c.kind == reflect.Pointer && c.elem == reflect.Int64 {
		typ = "INTEGER"
	}
	if c.nullable {
		return typ
	}
	return typ + " NOT NULL"
}

// create makes missing tables and columns, in one transaction.
func (s *SQLite) create() error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var hadSources bool
	tx.QueryRow(`SELECT count(*) > 0 FROM sqlite_master WHERE name = 'sources'`).Scan(&hadSources)
	for _, t := range Tables() {
		if err := s.createTable(tx, t); err != nil {
			return err
		}
	}
	if !hadSources {
		// A warehouse from before sources: its documents were keyed by the
		// sha256 of their file, which is what sources records.
		if _, err := tx.Exec(`INSERT OR IGNORE INTO sources (document_id, path, sha256, format, encoding, bytes, year)
			SELECT id, path, id, format, encoding, 0, year FROM documents`); err != nil {
			return err
		}
	}
	_, err = tx.Exec(`CREATE INDEX IF NOT EXISTS projects_code ON projects(code);
CREATE INDEX IF NOT EXISTS documents_year ON documents(year, department_code);
CREATE INDEX IF NOT EXISTS sources_document ON sources(document_id);
` + metaSQL)
	if err != nil {
		return err
	}
	return tx.Commit()
}

func (s *SQLite) createTable(tx *sql.Tx, t *Table) error {
	var b strings.Builder
	if t.Name == TSearch {
		b.WriteString("CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(")
		for i, c := range t.cols {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(c.name)
			if c.name != "tokens" {
				b.WriteString(" UNINDEXED")
			}
		}
		b.WriteString(", tokenize = 'unicode61')")
		_, err := tx.Exec(b.String())
		return err
	}
	fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS %s (", t.Name)
	for i, c := range t.cols {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %s", c.name, sqlType(c))
	}
	fmt.Fprintf(&b, ", PRIMARY KEY (%s))", strings.Join(t.Key, ", "))
	if _, err := tx.Exec(b.String()); err != nil {
		return err
	}
	if err := addColumns(tx, t); err != nil {
		return err
	}
	return relaxColumns(tx, t)
}

// relaxColumns rebuilds a table made by a perfdoc that wrote blanks as ”
// and unknown years as 0 into NOT NULL columns: the columns that are
// nullable now lose NOT NULL, and their blanks become NULL, as new rows
// have them.
func relaxColumns(tx *sql.Tx, t *Table) error {
	rows, err := tx.Query("SELECT name FROM pragma_table_info(?) WHERE \"notnull\"", t.Name)
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
	stale := false
	for _, c := range t.cols {
		stale = stale || c.nullable && notNull[c.name]
	}
	if !stale {
		return nil
	}
	sel := make([]string, len(t.cols))
	for i, c := range t.cols {
		switch {
		case !c.nullable:
			sel[i] = c.name
		case sqlType(c) == "INTEGER":
			sel[i] = fmt.Sprintf("NULLIF(%s, 0)", c.name)
		default:
			sel[i] = fmt.Sprintf("NULLIF(%s, '')", c.name)
		}
	}
	old := t.Name + "_before_nulls"
	if _, err := tx.Exec(fmt.Sprintf("ALTER TABLE %s RENAME TO %s", t.Name, old)); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE %s (", t.Name)
	for i, c := range t.cols {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %s", c.name, sqlType(c))
	}
	fmt.Fprintf(&b, ", PRIMARY KEY (%s))", strings.Join(t.Key, ", "))
	_, err = tx.Exec(b.String() + ";\n" +
		fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM %s;\n", t.Name, strings.Join(t.Columns(), ", "), strings.Join(sel, ", "), old) +
		fmt.Sprintf("DROP TABLE %s", old))
	return err
}

// addColumns adds the columns a warehouse made by an older perfdoc lacks.
func addColumns(tx *sql.Tx, t *Table) error {
	rows, err := tx.Query("SELECT name FROM pragma_table_info(?)", t.Name)
	if err != nil {
		return err
	}
	have := map[string]bool{}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		have[n] = true
	}
	rows.Close()
	for _, c := range t.cols {
		if !have[c.name] {
			typ := strings.TrimSuffix(sqlType(c), " NOT NULL") // existing rows have none
			if _, err := tx.Exec(fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s %s", t.Name, c.name, typ)); err != nil {
				return err
			}
		}
	}
	return nil
}

// Known reads the documents, sources and errors of the warehouse.
func (s *SQLite) Known(ctx context.Context) (*Known, error) {
	start := time.Now()
	k := NewKnown()
	err := queryEach(ctx, s.db, "SELECT id FROM documents", func(sc func(...any) error) error {
		var id string
		err := sc(&id)
		k.Docs[id] = true
		return err
	})
	if err == nil {
		err = queryEach(ctx, s.db, "SELECT document_id, path, sha256 FROM sources", func(sc func(...any) error) error {
			var r SourceRow
			err := sc(&r.DocumentID, &r.Path, &r.SHA256)
			k.AddSource(&r)
			return err
		})
	}
	if err == nil {
		err = queryEach(ctx, s.db, "SELECT path, sha256, error FROM import_errors", func(sc func(...any) error) error {
			var e ErrorRow
			err := sc(&e.Path, &e.SHA256, &e.Error)
			k.Errors[ErrorKey(&e)] = true
			return err
		})
	}
	return k, s.explain(err, start)
}

func queryEach(ctx context.Context, db *sql.DB, q string, fn func(scan func(...any) error) error) error {
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Close closes the database.
func (s *SQLite) Close() error {
	for _, st := range s.stmts {
		st.Close()
	}
	return s.db.Close()
}

// DB returns the underlying database, for queries.
func (s *SQLite) DB() *sql.DB { return s.db }
