package main

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoStorageLibraries: perfdoc links none of the libraries only import
// and search need — their package inits would cost every parse its
// start-up (docs/internals-and-measurements.md, "Start-up"); perfdoc-warehouse has them.
func TestNoStorageLibraries(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	deps := strings.Fields(string(out))
	for _, lib := range []string{"modernc.org/sqlite", "github.com/jackc/pgx/v5", "github.com/parquet-go/parquet-go",
		"github.com/perfdoc/perfdoc/warehouse", "github.com/perfdoc/perfdoc/ingest", "github.com/schollz/progressbar/v3",
		"github.com/xuri/excelize/v2", "github.com/chromedp/chromedp", "github.com/chromedp/cdproto"} {
		assert.NotContains(t, deps, lib)
	}
}
