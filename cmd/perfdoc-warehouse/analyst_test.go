package main

import (
	"bytes"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/cli/clitest"
	"github.com/perfdoc/perfdoc/warehouse"
)

// analystQueries are the queries of docs/warehouse.md ("Queries an analyst
// runs"), read from the page so that what it shows is what is tested, and
// one more that counts the exact targets (op "=", which a spreadsheet
// guard once turned into "'=" in the CSV).
func analystQueries(t *testing.T) []string {
	data, err := os.ReadFile("../../docs/warehouse.md")
	require.NoError(t, err)
	_, rest, ok := strings.Cut(string(data), "## Queries an analyst runs\n\n```sql\n")
	require.True(t, ok, "the analyst queries in docs/warehouse.md")
	block, _, ok := strings.Cut(rest, "```")
	require.True(t, ok)
	var qs []string
	for _, q := range strings.Split(block, ";") {
		if strings.TrimSpace(q) != "" {
			qs = append(qs, q)
		}
	}
	require.Len(t, qs, 2)
	return append(qs, "SELECT op, count(*) FROM indicators GROUP BY op ORDER BY op",
		"SELECT actual_op, count(*) FROM indicators GROUP BY actual_op ORDER BY actual_op")
}

// queryAll runs q and returns its rows as sorted lines of text, NULL as
// "NULL" (the first query's ORDER BY is not total).
func queryAll(t *testing.T, db *sql.DB, q string) []string {
	rows, err := db.Query(q)
	require.NoError(t, err, q)
	defer rows.Close()
	cols, err := rows.Columns()
	require.NoError(t, err)
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		require.NoError(t, rows.Scan(ptrs...))
		cells := make([]string, len(vals))
		for i, v := range vals {
			switch x := v.(type) {
			case nil:
				cells[i] = "NULL"
			case []byte:
				cells[i] = string(x)
			case float64:
				cells[i] = fmt.Sprintf("%.6g", x)
			default:
				cells[i] = fmt.Sprint(x)
			}
		}
		out = append(out, strings.Join(cells, "|"))
	}
	require.NoError(t, rows.Err())
	sort.Strings(out)
	return out
}

// memDB loads tables (name → rows of column → value, nil for NULL) into a
// new in-memory SQLite database with untyped columns, as a reader of the
// file sinks sees them.
func memDB(t *testing.T, tables map[string][]map[string]any) *sql.DB {
	db, err := sql.Open("sqlite", "file::memory:")
	require.NoError(t, err)
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	for _, tab := range warehouse.Tables() {
		cols := tab.Columns()
		_, err := db.Exec(fmt.Sprintf("CREATE TABLE %s (%s)", tab.Name, strings.Join(cols, ", ")))
		require.NoError(t, err)
		marks := strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ")
		for _, r := range tables[tab.Name] {
			args := make([]any, len(cols))
			for i, c := range cols {
				args[i] = r[c]
			}
			_, err := db.Exec(fmt.Sprintf("INSERT INTO %s VALUES (%s)", tab.Name, marks), args...)
			require.NoError(t, err)
		}
	}
	return db
}

func readCSVFolder(t *testing.T, dir string) map[string][]map[string]any {
	out := map[string][]map[string]any{}
	files, err := filepath.Glob(filepath.Join(dir, "commit-*", "*.csv"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
		require.NoError(t, err, f)
		name := strings.TrimSuffix(filepath.Base(f), ".csv")
		for _, rec := range recs[1:] {
			row := map[string]any{}
			for i, h := range recs[0] {
				if rec[i] != "" {
					row[h] = rec[i]
				}
			}
			out[name] = append(out[name], row)
		}
	}
	return out
}

func readJSONLFolder(t *testing.T, dir string) map[string][]map[string]any {
	out := map[string][]map[string]any{}
	files, err := filepath.Glob(filepath.Join(dir, "commit-*", "*.jsonl"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		name := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		for dec.More() {
			var row map[string]any
			require.NoError(t, dec.Decode(&row), f)
			for k, v := range row {
				switch x := v.(type) {
				case json.Number:
					row[k] = x.String()
				case bool:
					row[k] = fmt.Sprint(x)
				}
			}
			out[name] = append(out[name], row)
		}
	}
	return out
}

// structRows turns parquet rows (structs with parquet tags) into column maps.
func structRows[T any](rows []T) []map[string]any {
	var out []map[string]any
	for _, r := range rows {
		v := reflect.ValueOf(r)
		m := map[string]any{}
		for i := 0; i < v.NumField(); i++ {
			name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("parquet"), ",")
			f := v.Field(i)
			if f.Kind() == reflect.Pointer {
				if f.IsNil() {
					continue
				}
				f = f.Elem()
			}
			m[name] = fmt.Sprint(f.Interface())
		}
		out = append(out, m)
	}
	return out
}

func readParquetTable[T any](t *testing.T, dir, table string) []map[string]any {
	files, err := filepath.Glob(filepath.Join(dir, "commit-*", table, "*", "part-0.parquet"))
	require.NoError(t, err)
	var out []map[string]any
	for _, f := range files {
		rows, err := parquet.ReadFile[T](f)
		require.NoError(t, err, f)
		out = append(out, structRows(rows)...)
	}
	return out
}

// TestAnalystQueriesEverySink: the analyst queries of the docs give the same
// answer on every sink — SQLite as imported, and the CSV, JSONL and Parquet
// folders read back as their readers see them (encoding/csv, a JSON decoder,
// parquet-go) — and the CSV keeps op's "=" as "=": a formula guard on an
// enum column once made every exact target vanish from the CSV.
func TestAnalystQueriesEverySink(t *testing.T) {
	seeds := clitest.SeedFolder(t)
	tmp := t.TempDir()
	db := filepath.Join(tmp, "w.sqlite")
	code, _, errs := runCmd(t, "", "import", "--no-search", "--to", db, seeds)
	require.Equal(t, 0, code, errs)
	sinks := map[string]string{}
	for _, f := range []string{"csv", "jsonl", "parquet"} {
		sinks[f] = filepath.Join(tmp, f)
		code, _, errs := runCmd(t, "", "import", "--format", f, "--to", sinks[f], seeds)
		require.Equal(t, 0, code, errs)
	}

	ref, err := sql.Open("sqlite", "file:"+db)
	require.NoError(t, err)
	defer ref.Close()
	csvTables := readCSVFolder(t, sinks["csv"])
	readers := map[string]*sql.DB{
		"csv":   memDB(t, csvTables),
		"jsonl": memDB(t, readJSONLFolder(t, sinks["jsonl"])),
		"parquet": memDB(t, map[string][]map[string]any{
			"documents":  readParquetTable[warehouse.DocumentRow](t, sinks["parquet"], "documents"),
			"projects":   readParquetTable[warehouse.ProjectRow](t, sinks["parquet"], "projects"),
			"indicators": readParquetTable[warehouse.IndicatorRow](t, sinks["parquet"], "indicators"),
		}),
	}
	for i, q := range analystQueries(t) {
		want := queryAll(t, ref, q)
		if i >= 1 {
			require.NotEmpty(t, want, "query %d finds rows on the seed", i+1)
		}
		for name, r := range readers {
			assert.Equal(t, want, queryAll(t, r, q), "%s, query %d", name, i+1)
		}
	}

	// the CSV read back: op is one of perfdoc's comparators, exact targets included
	exact := 0
	for _, row := range csvTables["indicators"] {
		for _, col := range []string{"op", "actual_op"} {
			if op, ok := row[col].(string); ok {
				assert.Contains(t, []string{"=", ">=", "<=", ">", "<"}, op, col)
				if op == "=" {
					exact++
				}
			}
		}
	}
	assert.Greater(t, exact, 100, "exact targets in indicators.csv")
}
