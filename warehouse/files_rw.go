package warehouse

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
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

// csvRecord renders a row as CSV cells: text neutralised (SafeCell),
// decimal columns as they are when they are plain numbers, NULL empty.
func csvRecord(t *Table, row reflect.Value) []string {
	vals := t.values(nil, row)
	rec := make([]string, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case string:
			if t.cols[i].decimal && plainDecimal(x) {
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

func writeCSVRecord(buf *bytes.Buffer, rec []string) {
	w := csv.NewWriter(buf)
	w.Write(rec)
	w.Flush()
}

// encode appends rows (a []T of t's row type) to buf.
func (s *Files) encode(buf *bytes.Buffer, t *Table, rows any) error {
	return eachRow(rows, func(row reflect.Value) error {
		if s.format == "csv" {
			writeCSVRecord(buf, csvRecord(t, row))
			return nil
		}
		b, err := json.Marshal(row.Interface())
		if err != nil {
			return err
		}
		buf.Write(b)
		buf.WriteByte('\n')
		return nil
	})
}

// refresh reads what documents, sources and import_errors gained since the
// last refresh. The caller holds the lock, so every file ends on a whole
// record.
func (s *Files) refresh() error {
	for _, name := range []string{TDocuments, TSources, TErrors} {
		p := s.path(TableNamed(name))
		f, err := s.fsys.OpenFile(p, os.O_RDONLY, 0)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return err
		}
		n, err := s.readFrom(name, f, s.read[p])
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", quote(p), err)
		}
		s.read[p] += n
	}
	return nil
}

// readFrom reads the records of one file from offset and returns how many
// bytes it read.
func (s *Files) readFrom(table string, f File, offset int64) (int64, error) {
	if _, err := f.Seek(offset, io.SeekStart); err != nil {
		return 0, err
	}
	cr := &countReader{r: f}
	br := bufio.NewReaderSize(cr, 64<<10)
	add := func(m map[string]string) {
		switch table {
		case TDocuments:
			s.known.Docs[m["id"]] = true
		case TSources:
			s.known.AddSource(&SourceRow{DocumentID: m["document_id"], Path: m["path"], SHA256: m["sha256"]})
		default:
			s.known.Errors[ErrorKey(&ErrorRow{Path: m["path"], SHA256: m["sha256"], Error: m["error"]})] = true
		}
	}
	if s.format == "jsonl" {
		for {
			line, err := br.ReadBytes('\n')
			if len(line) > 0 && line[len(line)-1] == '\n' {
				var m map[string]any
				if e := json.Unmarshal(line, &m); e != nil {
					return 0, e
				}
				sm := map[string]string{}
				for k, v := range m {
					if s, ok := v.(string); ok {
						sm[k] = s
					}
				}
				add(sm)
			}
			if err == io.EOF {
				return cr.n - int64(br.Buffered()), nil
			}
			if err != nil {
				return 0, err
			}
		}
	}
	return s.readCSV(TableNamed(table), br, cr, offset, add)
}

func (s *Files) readCSV(t *Table, br *bufio.Reader, cr *countReader, offset int64, add func(map[string]string)) (int64, error) {
	if offset == 0 {
		if b, _ := br.Peek(3); string(b) == "\uFEFF" {
			br.Discard(3)
		}
	}
	r := csv.NewReader(br)
	r.FieldsPerRecord = -1
	cols := t.Columns()
	first := offset == 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return cr.n - int64(br.Buffered()), nil
		}
		if err != nil {
			return 0, err
		}
		if first {
			first = false
			if strings.Join(rec, ",") != strings.Join(cols, ",") {
				return 0, fmt.Errorf("written by another version of perfdoc (columns %s, want %s); import into a new folder",
					strings.Join(rec, ","), strings.Join(cols, ","))
			}
			continue
		}
		m := map[string]string{}
		for i := 0; i < len(rec) && i < len(cols); i++ {
			m[cols[i]] = unsafeCell(rec[i])
		}
		add(m)
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

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
