// Package corpus makes distinct filings from the seed fixtures, for
// import tests and benchmarks: filing n is a seed (2025 or 2026, as text,
// DOCX or HTML) whose unit code 203001 becomes 3NNNNN in every place it
// appears, so that every filing has its own content identity.
package corpus

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Seed is one fixture with what it holds.
type Seed struct {
	Name                 string
	Projects, Indicators int
}

// Seeds are the six seed files, in the order Write cycles through them.
var Seeds = []Seed{
	{"budget-2026.txt", 31, 205}, {"budget-2026.docx", 31, 205}, {"budget-2026.html", 31, 205},
	{"budget-2025.txt", 30, 202}, {"budget-2025.docx", 30, 202}, {"budget-2025.html", 30, 202},
}

// Variant returns seed file name (read from dir) with its unit code
// replaced by code n.
func Variant(dir, name string, n int) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	code := []byte(fmt.Sprintf("3%05d", n))
	if !strings.HasSuffix(name, ".docx") {
		return bytes.ReplaceAll(data, []byte("203001"), code), nil
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		if f.Name == "word/document.xml" {
			b = bytes.ReplaceAll(b, []byte("203001"), code)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			return nil, err
		}
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// Counts say what a corpus holds.
type Counts struct {
	Docs, Projects, Indicators int
}

// Write writes n distinct filings into out, in nested folders
// (yearY/deptD/fNNNNN-SEED), cycling through Seeds, and returns what they
// hold. seedDir is the folder of the seed fixtures (testdata/).
func Write(out, seedDir string, n int) (Counts, error) {
	var c Counts
	for i := 0; i < n; i++ {
		s := Seeds[i%len(Seeds)]
		sub := filepath.Join(out, fmt.Sprintf("year%d", i%3), fmt.Sprintf("dept%d", i%7))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return c, err
		}
		b, err := Variant(seedDir, s.Name, i)
		if err != nil {
			return c, err
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("f%05d-%s", i, s.Name)), b, 0o644); err != nil {
			return c, err
		}
		c.Docs++
		c.Projects += s.Projects
		c.Indicators += s.Indicators
	}
	return c, nil
}
