package parser

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/parser/pdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pdfFixtures are the shared fixtures printed to PDF two ways: LibreOffice
// from the DOCX (simple Type 1 and TrueType subsets, stroked rules) and
// Chromium from the HTML (Type 3 and CID TrueType fonts, thin filled
// rectangles, a URL and date line on every page).
var pdfFixtures = []struct{ file, ref string }{
	{"pdf/lo-budget-2026.pdf", "reference-2026.json"},
	{"pdf/lo-budget-2025.pdf", "reference-2025.json"},
	{"pdf/chrome-budget-2026.pdf", "reference-2026.json"},
	{"pdf/chrome-budget-2025.pdf", "reference-2025.json"},
}

// TestPDFGolden parses the PDFs of ../testdata/pdf and compares the JSON
// with NAME.golden.json; -update rewrites them.
func TestPDFGolden(t *testing.T) {
	for _, f := range pdfFixtures {
		t.Run(f.file, func(t *testing.T) {
			got := marshal(t, parseFile(t, f.file))
			golden := filepath.Join("..", "testdata", f.file+".golden.json")
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./parser -update")
			assert.Equal(t, string(want), string(got))
		})
	}
}

// refMismatches returns the fields of the reference reading that the
// parse of file gets wrong, and how many fields the reference has.
func refMismatches(t *testing.T, file, ref string) ([]string, int) {
	var got, want any
	require.NoError(t, json.Unmarshal(marshal(t, parseFile(t, file)), &got))
	data, err := os.ReadFile(filepath.Join("..", "testdata", ref))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &want))
	var bad []string
	n := compareRef(got, want, "$", &bad)
	return bad, n
}

// TestPDFReference: every print reads exactly as the reference: every
// field of it compared, and each the same.
func TestPDFReference(t *testing.T) {
	fields := map[string]int{ // the fields of each reference (score.sh's seed and yoy)
		"reference-2026.json": 2135, "reference-2025.json": 2086,
	}
	for _, f := range pdfFixtures {
		bad, n := refMismatches(t, f.file, f.ref)
		t.Logf("%s: %d/%d fields", f.file, n-len(bad), n)
		assert.Empty(t, bad, "%s: first differences: %v", f.file, bad[:min(len(bad), 5)])
		assert.GreaterOrEqual(t, n-len(bad), fields[f.ref], "%s: fewer fields matched than the reference holds", f.file)
	}
}

// TestPDFPrintedNow prints the seed DOCX with the installed LibreOffice
// and reads it back against the reference; skipped without soffice.
func TestPDFPrintedNow(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("soffice not installed (apt-get install libreoffice-writer)")
	}
	dir := t.TempDir()
	src, err := filepath.Abs(filepath.Join("..", "testdata", "budget-2026.docx"))
	require.NoError(t, err)
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+dir+"/profile", "--convert-to", "pdf", "--outdir", dir, src)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	data, err := os.ReadFile(filepath.Join(dir, "budget-2026.pdf"))
	require.NoError(t, err)
	doc, err := Parse(data, Options{Path: "budget-2026.pdf"})
	require.NoError(t, err)
	assert.Equal(t, FormatPDF, doc.Source.Format)
	assert.Len(t, doc.Projects, 31)
}

// BenchmarkPDF: the PDF reader alone, bytes to layout, on each print of
// the seed.
func BenchmarkPDF(b *testing.B) {
	for _, name := range []string{"pdf/lo-budget-2026.pdf", "pdf/chrome-budget-2026.pdf"} {
		data := benchInput(b, name)
		b.Run(filepath.Base(name), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, err := pdf.Read(data, layout.DefaultLimits)
				require.NoError(b, err)
			}
		})
	}
}
