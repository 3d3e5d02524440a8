package warehouse

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/perfdoc/perfdoc/parser"
)

func seedRows(b *testing.B, n int) []*Rows {
	var out []*Rows
	for i := 0; i < n; i++ {
		name := []string{"budget-2026.txt", "budget-2026.docx", "budget-2025.html"}[i%3]
		data := variant(b, name, i)
		d, err := parser.Parse(data, parser.Options{})
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, Flatten(d))
	}
	return out
}

// BenchmarkSQLiteWrite measures the writer alone: 16 documents per
// transaction, as an import does.
func BenchmarkSQLiteWrite(b *testing.B) {
	rows := seedRows(b, 48)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir := b.TempDir()
		s, err := OpenSQLite(filepath.Join(dir, "w.sqlite"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for k := 0; k < len(rows); k += 16 {
			if err := s.Write(rows[k : k+16]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		os.RemoveAll(dir)
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(rows)), "µs/doc")
}

// BenchmarkFlatten measures turning a document into rows.
func BenchmarkFlatten(b *testing.B) {
	data, _ := os.ReadFile("../testdata/budget-2026.docx")
	d, err := parser.Parse(data, parser.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Flatten(d)
	}
}
