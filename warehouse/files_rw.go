package warehouse

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
)

// SafeCell neutralises a CSV text cell against formula injection (OWASP):
// a cell that starts with = + - @, a tab or a carriage return gets a
// leading apostrophe, so that Excel and LibreOffice show it as text
// instead of running it as a formula (=HYPERLINK(…) stays text).
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// plainDecimal reports whether s is a decimal number a spreadsheet reads as
// a number and nothing else: digits with an optional sign and point.
func plainDecimal(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	dot := false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] >= '0' && s[i] <= '9':
		case s[i] == '.' && !dot && i > 0 && i < len(s)-1:
			dot = true
		default:
			return false
		}
	}
	return true
}

// csvRecord renders a row as CSV cells: free text neutralised (SafeCell),
// decimal columns as they are when they are plain numbers, enum columns
// (op's "=", kinds, roles: perfdoc's own words, never a filing's) as they
// are, NULL empty.
func csvRecord(t *Table, row reflect.Value) []string {
	vals := t.values(nil, row)
	rec := make([]string, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case string:
			if t.cols[i].enum || t.cols[i].decimal && plainDecimal(x) {
				rec[i] = x
			} else {
				rec[i] = SafeCell(x)
			}
		case int64:
			rec[i] = strconv.FormatInt(x, 10)
		case bool:
			rec[i] = strconv.FormatBool(x)
		}
	}
	return rec
}

// jsonRecord renders a row as one line of JSON, its columns in table
// order, NULL as null (so a blank is null, never "").
func jsonRecord(t *Table, row reflect.Value) ([]byte, error) {
	b := []byte{'{'}
	for i, v := range t.values(nil, row) {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, t.cols[i].name)
		b = append(b, ':')
		switch x := v.(type) {
		case nil:
			b = append(b, "null"...)
		case int64:
			b = strconv.AppendInt(b, x, 10)
		case bool:
			b = strconv.AppendBool(b, x)
		default:
			s, err := json.Marshal(x)
			if err != nil {
				return nil, err
			}
			b = append(b, s...)
		}
	}
	return append(b, '}', '\n'), nil
}

func writeCSVRecord(w io.Writer, rec []string) {
	cw := csv.NewWriter(w)
	cw.Write(rec)
	cw.Flush()
}

// lenOf is the length of rows, a slice.
func lenOf(rows any) int { return reflect.ValueOf(rows).Len() }

// encode writes rows (a []T of t's row type) to w.
func (s *Files) encode(w io.Writer, t *Table, rows any) error {
	var cw *csv.Writer
	if s.format == "csv" {
		cw = csv.NewWriter(w)
	}
	err := eachRow(rows, func(row reflect.Value) error {
		if cw != nil {
			return cw.Write(csvRecord(t, row))
		}
		b, err := jsonRecord(t, row)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	})
	if cw != nil {
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
	}
	return err
}

// readCommit reads the documents, sources and import_errors of one commit
// folder into known.
func (s *Files) readCommit(dir string) error {
	for _, name := range []string{TDocuments, TSources, TErrors} {
		p := filepath.Join(dir, name+"."+s.format)
		f, err := s.c.fsys.OpenFile(p, os.O_RDONLY, 0)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return err
		}
		err = readRecords(f, s.format, func(m map[string]string) { s.add(name, m) })
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", quote(p), err)
		}
	}
	return nil
}

// add records one row of documents, sources or import_errors in known.
func (s *Files) add(table string, m map[string]string) {
	switch table {
	case TDocuments:
		s.known.Docs[m["id"]] = true
	case TSources:
		s.known.AddSource(&SourceRow{DocumentID: m["document_id"], Path: m["path"], SHA256: m["sha256"]})
	default:
		s.known.Errors[ErrorKey(&ErrorRow{Path: m["path"], SHA256: m["sha256"], Error: m["error"]})] = true
	}
}

// readRecords calls fn with each record of a CSV file (keyed by its
// header, cells as written before SafeCell) or of a JSONL file (its
// fields that are not null, numbers as written).
func readRecords(r io.Reader, format string, fn func(map[string]string)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if format == "jsonl" {
		for n := 1; ; n++ {
			line, err := br.ReadBytes('\n')
			if len(line) > 0 && err == nil {
				var m map[string]any
				d := json.NewDecoder(bytes.NewReader(line))
				d.UseNumber()
				if e := d.Decode(&m); e != nil {
					return fmt.Errorf("line %d: %w", n, e)
				}
				sm := map[string]string{}
				for k, v := range m {
					if v != nil {
						sm[k] = fmt.Sprint(v)
					}
				}
				fn(sm)
			}
			if err == io.EOF {
				if len(line) > 0 {
					return fmt.Errorf("line %d: a torn last line", n)
				}
				return nil
			}
			if err != nil {
				return err
			}
		}
	}
	if b, _ := br.Peek(3); string(b) == "\uFEFF" {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	header, err := cr.Read()
	if err == io.EOF {
		return nil
	}
	if err != nil {
		return err
	}
	for {
		rec, err := cr.Read() // a torn last line is a field-count error
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		m := map[string]string{}
		for i, h := range header {
			m[h] = unsafeCell(rec[i])
		}
		fn(m)
	}
}

// unsafeCell undoes SafeCell.
func unsafeCell(s string) string {
	if len(s) > 1 && s[0] == '\'' {
		switch s[1] {
		case '=', '+', '-', '@', '\t', '\r':
			return s[1:]
		}
	}
	return s
}
