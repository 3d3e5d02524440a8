package warehouse

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
)

// golden reads a parsed seed from its golden file (the warehouse's tests
// do not parse).
func golden(t testing.TB, name string) *model.Document {
	b, err := os.ReadFile(filepath.Join("..", "testdata", name+".golden.json"))
	require.NoError(t, err)
	var d model.Document
	require.NoError(t, json.Unmarshal(b, &d))
	return &d
}

// docs returns n distinct documents made from the seeds, each as its own
// batch entry.
func docs(t testing.TB, n int) []*Rows {
	var out []*Rows
	seeds := []*model.Document{golden(t, "budget-2026.docx"), golden(t, "budget-2025.txt")}
	for i := 0; i < n; i++ {
		d := *seeds[i%2]
		d.Department.Code = fmt.Sprintf("3%05d", i)
		d.Source.Path = fmt.Sprintf("f%03d", i)
		d.Source.SHA256 = fmt.Sprintf("%064d", i)
		out = append(out, Flatten(&d, Identity(&d), 1000))
	}
	return out
}

func TestIdentity(t *testing.T) {
	for _, year := range []string{"2025", "2026"} {
		txt, docx, html := golden(t, "budget-"+year+".txt"), golden(t, "budget-"+year+".docx"), golden(t, "budget-"+year+".html")
		assert.NotEqual(t, txt.Source, docx.Source)
		assert.Equal(t, Identity(txt), Identity(docx), year+": text and DOCX are one filing")
		assert.Equal(t, Identity(txt), Identity(html), year+": text and HTML are one filing")
	}
	d := golden(t, "budget-2026.txt")
	id := Identity(d)
	d.Overview.Sections[0].Paragraphs[0] += "。"
	assert.NotEqual(t, id, Identity(d), "one paragraph more is another filing")
	d = golden(t, "budget-2026.txt")
	d.Unrecognized = append(d.Unrecognized, model.Unrecognized{Text: "附注"})
	assert.NotEqual(t, id, Identity(d), "unrecognized text counts")
	d = golden(t, "budget-2026.txt")
	d.Warnings = nil
	d.Projects[0].Indicators[0].Source = model.Pos{Table: 9, Row: 9, Col: 9}
	assert.Equal(t, id, Identity(d), "positions and warnings do not count")
	d = golden(t, "budget-2026.txt")
	repaired := 0
	for i := range d.Projects {
		for j := range d.Projects[i].Indicators {
			if v := &d.Projects[i].Indicators[j].Value; len(v.Warnings) > 0 {
				diag.LocalizeValue(v, diag.English)
				repaired++
			}
		}
	}
	require.NotZero(t, repaired, "the seed has repaired values")
	assert.Equal(t, id, Identity(d), "a value's warnings in another language are the same filing")
	d.Projects[0].Indicators[0].Value.Diagnostics = []model.Diagnostic{{Code: "X", Args: map[string]any{"a": 1}}}
	assert.Equal(t, id, Identity(d), "a value's diagnostics do not count")
}

func TestFlatten(t *testing.T) {
	d := golden(t, "budget-2026.docx")
	r := Flatten(d, "x", 1)
	assert.EqualValues(t, 31, r.Document.Projects)
	assert.EqualValues(t, 205, r.Document.Indicators)
	assert.Len(t, r.Indicators, 205)
	assert.Len(t, r.Spending, 124)
	assert.Len(t, r.Goals, 33)
	for _, i := range r.Indicators {
		assert.Nil(t, i.SourceLine, "a DOCX has no lines")
		require.NotNil(t, i.SourceTable)
		if i.Kind == "quantity" {
			assert.True(t, i.Number != nil && i.BaseNumber != nil && i.Unit != nil, "quantity %q lacks a column", i.Raw)
		}
	}
	txt := Flatten(golden(t, "budget-2026.txt"), "y", 1)
	assert.NotNil(t, txt.Indicators[0].SourceLine)
	assert.Nil(t, txt.Indicators[0].SourceTable)
}

func TestTablesByName(t *testing.T) {
	for _, tb := range Tables() {
		assert.Same(t, tb, TableNamed(tb.Name))
		if tb.Name != TSearch {
			assert.NotEmpty(t, tb.Key, tb.Name)
		}
	}
	assert.Panics(t, func() { TableNamed("nope") })
}

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{
		`=HYPERLINK("http://x","y")`: `'=HYPERLINK("http://x","y")`, "+1+1": "'+1+1", "-1+2": "'-1+2", "@SUM(A1)": "'@SUM(A1)",
		"\tx": "'\tx", "\rx": "'\rx", "≥90%": "≥90%", "": "", "a=b": "a=b",
	} {
		assert.Equal(t, want, SafeCell(in), in)
		assert.Equal(t, in, unsafeCell(SafeCell(in)), in)
	}
	for s, want := range map[string]bool{"3.00": true, "-5": true, "30700": true, "1e5": false, "=1": false, ".5": false, "": false} {
		assert.Equal(t, want, plainDecimal(s), s)
	}
}

// sinkOpeners open each kind of sink on a fresh path.
func sinkOpeners(t *testing.T) map[string]func(path string) Sink {
	return map[string]func(string) Sink{
		"sqlite": func(p string) Sink {
			s, err := OpenSQLite(p+".sqlite", SQLiteOptions{})
			require.NoError(t, err)
			return s
		},
		"parquet": func(p string) Sink {
			s, err := OpenParquet(p, ParquetOptions{})
			require.NoError(t, err)
			return s
		},
		"csv": func(p string) Sink {
			s, err := OpenFiles(p, "csv", FilesOptions{})
			require.NoError(t, err)
			return s
		},
		"jsonl": func(p string) Sink {
			s, err := OpenFiles(p, "jsonl", FilesOptions{})
			require.NoError(t, err)
			return s
		},
	}
}

func verify(t *testing.T, kind, path string) Report {
	if kind == "sqlite" {
		s, err := OpenSQLite(path+".sqlite", SQLiteOptions{})
		require.NoError(t, err)
		defer s.Close()
		r, err := VerifySQL(context.Background(), s.DB())
		require.NoError(t, err)
		return r
	}
	r, err := VerifyDir(path, kind)
	require.NoError(t, err)
	return r
}

// Two sinks on one warehouse commit the same documents at once, in
// batches of their own: each document lands once, no row interleaves.
func TestConcurrentCommits(t *testing.T) {
	all := docs(t, 24)
	for kind, open := range sinkOpeners(t) {
		t.Run(kind, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "w")
			open(path).Close() // created before the race, as an import's open does
			var wg sync.WaitGroup
			var mu sync.Mutex
			total := 0
			for w := 0; w < 2; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					s := open(path)
					defer s.Close()
					_, err := s.Known(context.Background())
					assert.NoError(t, err)
					for k := 0; k < len(all); k += 4 {
						c, err := s.Commit(context.Background(), &Batch{Docs: all[k : k+4]})
						assert.NoError(t, err)
						mu.Lock()
						total += c.Documents
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			assert.Equal(t, len(all), total, "each document committed by one of the two")
			r := verify(t, kind, path)
			assert.Empty(t, r.Problems)
			assert.Equal(t, len(all), r.Rows[TDocuments])
			assert.Equal(t, len(all), r.Rows[TSources])
		})
	}
}

func TestSQLiteFolderMessage(t *testing.T) {
	dir := t.TempDir()
	_, err := OpenSQLite(dir, SQLiteOptions{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "is a folder")
	_, err = OpenSQLite(filepath.Join(dir, "no", "such.sqlite"), SQLiteOptions{})
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "does not exist"), err.Error())
}

// Two imports started together on a SQLite file that does not exist yet
// take turns (the file is created, switched to WAL and given its tables
// under one lock): ten tries, every open and commit succeeds and every
// document lands once.
func TestSQLiteFreshFileTwoImports(t *testing.T) {
	all := docs(t, 8)
	for try := 0; try < 10; try++ {
		path := filepath.Join(t.TempDir(), "w.sqlite")
		start := make(chan struct{})
		var wg sync.WaitGroup
		var mu sync.Mutex
		total := 0
		for w := 0; w < 2; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				s, err := OpenSQLite(path, SQLiteOptions{})
				if !assert.NoError(t, err, "try %d", try) {
					return
				}
				defer s.Close()
				_, err = s.Known(context.Background())
				assert.NoError(t, err)
				c, err := s.Commit(context.Background(), &Batch{Docs: all})
				assert.NoError(t, err, "try %d", try)
				mu.Lock()
				total += c.Documents
				mu.Unlock()
			}()
		}
		close(start)
		wg.Wait()
		require.Equal(t, len(all), total, "try %d: each document committed by one of the two", try)
		r := verify(t, "sqlite", strings.TrimSuffix(path, ".sqlite"))
		assert.Empty(t, r.Problems)
		assert.Equal(t, len(all), r.Rows[TDocuments])
		assert.Equal(t, len(all), r.Rows[TSources])
	}
}

// The busy message says what happened: no wait was asked, so none is
// claimed.
func TestSQLiteBusyMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.sqlite")
	unlock, err := lockFile(path, false)
	require.NoError(t, err)
	defer unlock()
	_, err = OpenSQLite(path, SQLiteOptions{Lock: LockOptions{NoWait: true}})
	require.ErrorIs(t, err, ErrInUse)
	assert.Contains(t, err.Error(), "another import is creating it")
	assert.NotContains(t, err.Error(), "waited 1h")
}

// importerEnv names the database a re-executed test binary imports into
// (see TestSQLiteFreshFileTwoProcesses).
const importerEnv = "PERFDOC_TEST_SQLITE_IMPORTER"

// The same as processes, as two perfdoc imports are: the test binary
// runs itself twice at once on a fresh file, ten times; both exit 0 and
// the counts are exact.
func TestSQLiteFreshFileTwoProcesses(t *testing.T) {
	if path := os.Getenv(importerEnv); path != "" {
		s, err := OpenSQLite(path, SQLiteOptions{})
		require.NoError(t, err)
		defer s.Close()
		_, err = s.Known(context.Background())
		require.NoError(t, err)
		_, err = s.Commit(context.Background(), &Batch{Docs: docs(t, 8)})
		require.NoError(t, err)
		return
	}
	if testing.Short() {
		t.Skip("runs the test binary 20 times")
	}
	for try := 0; try < 10; try++ {
		path := filepath.Join(t.TempDir(), "w.sqlite")
		var cmds []*exec.Cmd
		var outs []*bytes.Buffer
		for w := 0; w < 2; w++ {
			cmd := exec.Command(os.Args[0], "-test.run=^TestSQLiteFreshFileTwoProcesses$", "-test.count=1")
			cmd.Env = append(os.Environ(), importerEnv+"="+path)
			out := &bytes.Buffer{}
			cmd.Stdout, cmd.Stderr = out, out
			require.NoError(t, cmd.Start())
			cmds, outs = append(cmds, cmd), append(outs, out)
		}
		for w, cmd := range cmds {
			assert.NoError(t, cmd.Wait(), "try %d, importer %d: %s", try, w, outs[w])
		}
		r := verify(t, "sqlite", strings.TrimSuffix(path, ".sqlite"))
		assert.Empty(t, r.Problems)
		assert.Equal(t, 8, r.Rows[TDocuments], "try %d", try)
		assert.Equal(t, 8, r.Rows[TSources], "try %d", try)
	}
}
