package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/parquet-go/parquet-go"
)

// Report says what a warehouse holds and what is wrong with it, as a
// reader sees it (no recovery is run first).
type Report struct {
	Rows     map[string]int // rows per table
	Problems []string       // orphan rows, documents missing rows, duplicate keys, unreadable files
}

// OK reports whether no problem was found.
func (r *Report) OK() bool { return len(r.Problems) == 0 }

// keyed are the key and document id of each row of one table.
type keyed struct {
	keys []string
	docs []string
	// counts holds documents' projects and indicators columns.
	counts [][2]string
}

// verifyTables are the tables Verify reads.
var verifyTables = []string{TDocuments, TSources, TProjects, TIndicators, TSpending, TGoals, TValues, TItems, TFindings, TErrors}

// keyCols returns the columns Verify reads of t: its key, then document_id
// (and for documents, projects and indicators).
func keyCols(t *Table) []string {
	cols := append([]string(nil), t.Key...)
	switch t.Name {
	case TDocuments:
		cols = append(cols, "id", "projects", "indicators")
	case TErrors:
	default:
		cols = append(cols, "document_id")
	}
	return cols
}

func (k *keyed) add(t *Table, vals []string) {
	n := len(t.Key)
	k.keys = append(k.keys, strings.Join(vals[:n], "\x00"))
	if len(vals) > n {
		k.docs = append(k.docs, vals[n])
	}
	if t.Name == TDocuments {
		k.counts = append(k.counts, [2]string{vals[n+1], vals[n+2]})
	}
}

// judge checks the tables read.
func judge(tabs map[string]*keyed, problems []string) Report {
	r := Report{Rows: map[string]int{}, Problems: problems}
	docs := tabs[TDocuments]
	have := map[string]bool{}
	for _, id := range docs.keys {
		have[id] = true
	}
	perDoc := map[string]map[string]int{}
	for _, name := range verifyTables {
		k := tabs[name]
		r.Rows[name] = len(k.keys)
		seen := map[string]bool{}
		for i, key := range k.keys {
			if seen[key] {
				r.Problems = append(r.Problems, fmt.Sprintf("%s: key %q twice", name, strings.ReplaceAll(key, "\x00", "/")))
			}
			seen[key] = true
			if i < len(k.docs) && name != TDocuments {
				if !have[k.docs[i]] {
					r.Problems = append(r.Problems, fmt.Sprintf("%s: a row of document %.12s, which is not in documents", name, k.docs[i]))
				}
				if perDoc[name] == nil {
					perDoc[name] = map[string]int{}
				}
				perDoc[name][k.docs[i]]++
			}
		}
	}
	for i, id := range docs.keys {
		c := docs.counts[i]
		if fmt.Sprint(perDoc[TProjects][id]) != c[0] || fmt.Sprint(perDoc[TIndicators][id]) != c[1] {
			r.Problems = append(r.Problems, fmt.Sprintf("documents: %.12s says %s projects, %s indicators; the tables hold %d, %d",
				id, c[0], c[1], perDoc[TProjects][id], perDoc[TIndicators][id]))
		}
		if perDoc[TSources][id] == 0 {
			r.Problems = append(r.Problems, fmt.Sprintf("documents: %.12s has no source", id))
		}
	}
	sort.Strings(r.Problems)
	return r
}

// VerifySQL checks a SQLite warehouse.
func VerifySQL(ctx context.Context, db *sql.DB) (Report, error) {
	tabs := map[string]*keyed{}
	for _, name := range verifyTables {
		t, k := TableNamed(name), &keyed{}
		tabs[name] = k
		cols := keyCols(t)
		err := queryEach(ctx, db, "SELECT "+castAll(cols)+" FROM "+name, func(scan func(...any) error) error {
			vals := make([]string, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := scan(ptrs...); err != nil {
				return err
			}
			k.add(t, vals)
			return nil
		})
		if err != nil {
			return Report{}, err
		}
	}
	return judge(tabs, nil), nil
}

func castAll(cols []string) string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = "CAST(" + c + " AS TEXT)"
	}
	return strings.Join(out, ", ")
}

// VerifyPostgres checks a PostgreSQL warehouse.
func VerifyPostgres(ctx context.Context, conn *pgx.Conn) (Report, error) {
	tabs := map[string]*keyed{}
	for _, name := range verifyTables {
		t, k := TableNamed(name), &keyed{}
		tabs[name] = k
		cols := keyCols(t)
		rows, err := conn.Query(ctx, "SELECT "+castAll(cols)+" FROM "+name)
		if err != nil {
			return Report{}, err
		}
		for rows.Next() {
			vals := make([]string, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return Report{}, err
			}
			k.add(t, vals)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return Report{}, err
		}
	}
	return judge(tabs, nil), nil
}

// VerifyDir checks a Parquet lake or a CSV or JSONL folder the way a
// reader finds it: every file of every commit folder, as
// read_parquet('DIR/commit-*/TABLE/*/*.parquet') or
// read_csv('DIR/commit-*/TABLE.csv') globs them — nothing else (staged
// files, files of the layout before commit folders).
func VerifyDir(dir, format string) (Report, error) {
	if format != "parquet" && format != "csv" && format != "jsonl" {
		return Report{}, fmt.Errorf("unknown format %q", format)
	}
	commits, err := filepath.Glob(filepath.Join(dir, commitPrefix+"*"))
	if err != nil {
		return Report{}, err
	}
	tabs := map[string]*keyed{}
	var problems []string
	for _, name := range verifyTables {
		t, k := TableNamed(name), &keyed{}
		tabs[name] = k
		for _, c := range commits {
			if commitNumber(filepath.Base(c)) < 0 {
				continue
			}
			var err error
			if format == "parquet" {
				err = verifyParquet(filepath.Join(c, name), t, k)
			} else {
				err = verifyFile(filepath.Join(c, name+"."+format), format, t, k)
			}
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s: %v", name, err))
			}
		}
	}
	return judge(tabs, problems), nil
}

// verifyParquet reads the files of one table of one commit.
func verifyParquet(root string, t *Table, k *keyed) error {
	files, err := parquetFiles(OS, root)
	if err != nil {
		return err
	}
	for _, f := range files {
		rows, err := readParquetRows(f, t)
		if err != nil {
			return fmt.Errorf("%s: %w", quote(f), err)
		}
		for _, row := range rows {
			k.add(t, pick(t, row))
		}
	}
	return nil
}

// readParquetRows reads a file of t's row type into reflect values.
func readParquetRows(f string, t *Table) ([]reflect.Value, error) {
	file, err := os.Open(f)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	fi, _ := file.Stat()
	pf, err := parquet.OpenFile(file, fi.Size())
	if err != nil {
		return nil, err
	}
	r := parquet.NewReader(pf)
	var out []reflect.Value
	for {
		v := reflect.New(t.typ)
		if err := r.Read(v.Interface()); err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, err
		}
		out = append(out, v.Elem())
	}
}

// pick returns the columns keyCols names of a row, as text.
func pick(t *Table, row reflect.Value) []string {
	vals := t.values(nil, row)
	byName := map[string]string{}
	for i, c := range t.cols {
		if vals[i] != nil {
			byName[c.name] = fmt.Sprint(vals[i])
		}
	}
	var out []string
	for _, c := range keyCols(t) {
		out = append(out, byName[c])
	}
	return out
}

// verifyFile reads one CSV or JSONL file of one commit.
func verifyFile(path, format string, t *Table, k *keyed) error {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	cols := keyCols(t)
	err = readRecords(f, format, func(m map[string]string) {
		vals := make([]string, len(cols))
		for i, c := range cols {
			vals[i] = m[c]
		}
		k.add(t, vals)
	})
	if err != nil {
		return fmt.Errorf("%s: %w", quote(path), err)
	}
	return nil
}
