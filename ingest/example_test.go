package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/perfdoc/perfdoc/ingest"
	"github.com/perfdoc/perfdoc/warehouse"
)

// Import the seed filings — each year as a text export, a DOCX and an
// HTML page — into a SQLite warehouse: six files, two filings.
func ExampleImport() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	sink, err := warehouse.OpenSQLite(filepath.Join(dir, "archive.sqlite"), warehouse.SQLiteOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer sink.Close()
	sum, err := ingest.Import(context.Background(), sink, []string{"../testdata"},
		ingest.Options{Include: []string{"budget-*.txt", "budget-*.docx", "budget-*.html"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d files: %d filings (%d projects, %d indicators), %d more sources\n",
		sum.Files, sum.Imported, sum.Projects, sum.Indicators, sum.SameFiling)

	var path string
	sink.DB().QueryRow(`SELECT path FROM documents WHERE year = 2026`).Scan(&path)
	fmt.Println("recorded:", filepath.Base(path))
	// Output:
	// 6 files: 2 filings (61 projects, 407 indicators), 4 more sources
	// recorded: budget-2026.docx
}
