package warehouse

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
)

// Files is a sink of one file per table in a folder: CSV (UTF-8 with a BOM,
// so that Excel opens it right; a header row) or JSONL (one object per
// row). Files are appended to across runs; a document's rows are written
// before its documents row, so a document counts as imported only once all
// its rows are down.
type Files struct {
	dir    string
	format string // "csv" or "jsonl"
	out    map[string]*fileOut
}

type fileOut struct {
	f   *os.File
	w   *bufio.Writer
	csv *csv.Writer
}

// OpenFiles opens a CSV or JSONL warehouse folder, creating it if needed.
func OpenFiles(dir, format string) (*Files, error) {
	if format != "csv" && format != "jsonl" {
		return nil, fmt.Errorf("unknown file format %q", format)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	s := &Files{dir: dir, format: format, out: map[string]*fileOut{}}
	for _, t := range Tables() {
		path := filepath.Join(dir, t.Name+"."+format)
		fi, statErr := os.Stat(path)
		f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			s.Close()
			return nil, err
		}
		o := &fileOut{f: f, w: bufio.NewWriterSize(f, 64<<10)}
		if format == "csv" {
			o.csv = csv.NewWriter(o.w)
			if statErr != nil || fi.Size() == 0 {
				o.w.WriteString("\uFEFF")
				o.csv.Write(t.Columns())
			}
		}
		s.out[t.Name] = o
	}
	return s, nil
}

// Known reads the ids of documents.csv or documents.jsonl.
func (s *Files) Known() (map[string]bool, error) {
	m := map[string]bool{}
	f, err := os.Open(filepath.Join(s.dir, "documents."+s.format))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return m, nil
		}
		return nil, err
	}
	defer f.Close()
	if s.format == "csv" {
		r := csv.NewReader(bufio.NewReader(f))
		r.FieldsPerRecord = -1
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, err
			}
			if len(rec) > 0 && rec[0] != "id" && rec[0] != "\uFEFFid" {
				m[rec[0]] = true
			}
		}
		return m, nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(sc.Bytes(), &d) == nil && d.ID != "" {
			m[d.ID] = true
		}
	}
	return m, sc.Err()
}

func (s *Files) writeRow(t *Table, row reflect.Value) error {
	o := s.out[t.Name]
	if s.format == "jsonl" {
		b, err := json.Marshal(row.Interface())
		if err != nil {
			return err
		}
		o.w.Write(b)
		return o.w.WriteByte('\n')
	}
	vals := t.values(nil, row)
	rec := make([]string, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case string:
			rec[i] = x
		case int64:
			rec[i] = strconv.FormatInt(x, 10)
		case bool:
			rec[i] = strconv.FormatBool(x)
		}
	}
	return o.csv.Write(rec)
}

func (s *Files) flush(name string) error {
	o := s.out[name]
	if o.csv != nil {
		o.csv.Flush()
		if err := o.csv.Error(); err != nil {
			return err
		}
	}
	return o.w.Flush()
}

// Write appends the documents' rows; the documents rows go last.
func (s *Files) Write(docs []*Rows) error {
	for _, d := range docs {
		err := d.each(func(t *Table, row reflect.Value) error {
			if t.Name == "documents" {
				return nil
			}
			return s.writeRow(t, row)
		})
		if err != nil {
			return err
		}
	}
	for _, t := range Tables()[1:5] {
		if err := s.flush(t.Name); err != nil {
			return err
		}
	}
	docs0 := Tables()[0]
	for _, d := range docs {
		if err := s.writeRow(docs0, reflect.ValueOf(d.Document)); err != nil {
			return err
		}
	}
	return s.flush(docs0.Name)
}

// WriteError appends to import_errors.
func (s *Files) WriteError(e ErrorRow) error {
	t := Tables()[5]
	if err := s.writeRow(t, reflect.ValueOf(e)); err != nil {
		return err
	}
	return s.flush(t.Name)
}

// Close flushes and closes every file.
func (s *Files) Close() error {
	var first error
	for name, o := range s.out {
		if err := s.flush(name); err != nil && first == nil {
			first = err
		}
		if err := o.f.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
