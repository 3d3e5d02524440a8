package warehouse

import (
	"context"
	"path/filepath"
	"testing"
)

// BenchmarkSQLiteWrite measures the writer alone: 16 documents per
// commit, as an import does.
func BenchmarkSQLiteWrite(b *testing.B) {
	rows := docs(b, 48)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		s, err := OpenSQLite(filepath.Join(b.TempDir(), "w.sqlite"), SQLiteOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for k := 0; k < len(rows); k += 16 {
			if _, err := s.Commit(context.Background(), &Batch{Docs: rows[k : k+16]}); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

// BenchmarkFlatten measures turning a document into rows.
func BenchmarkFlatten(b *testing.B) {
	d := golden(b, "budget-2026.docx")
	b.ReportAllocs()
	for b.Loop() {
		Flatten(d, "x", 1)
	}
}

// BenchmarkIdentity measures the content hash of a filing.
func BenchmarkIdentity(b *testing.B) {
	d := golden(b, "budget-2026.docx")
	b.ReportAllocs()
	for b.Loop() {
		Identity(d)
	}
}
