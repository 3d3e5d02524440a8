package parser_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
)

func parseTestdata(t *testing.T, name string) *model.Document {
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	doc, err := parser.Parse(data, parser.Options{Path: name})
	require.NoError(t, err)
	return doc
}

// TestDiffAcrossOfficeForms: the 2025 filing as a Word 97 document against
// the 2026 filing as a workbook gives the same changes as the DOCX pair.
func TestDiffAcrossOfficeForms(t *testing.T) {
	want := diff.Compare(parseTestdata(t, "budget-2025.docx"), parseTestdata(t, "budget-2026.docx"), diff.Options{})
	for _, pair := range [][2]string{
		{"office/budget-2025-libreoffice.doc", "office/budget-2026-sheets.xlsx"},
		{"office/budget-2025-onesheet.xls", "office/budget-2026-onesheet.xlsx"},
	} {
		got := diff.Compare(parseTestdata(t, pair[0]), parseTestdata(t, pair[1]), diff.Options{})
		assert.Equal(t, want.Summary, got.Summary, "%v", pair)
		a, err := json.Marshal(got.Projects)
		require.NoError(t, err)
		b, err := json.Marshal(want.Projects)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(a), "%v", pair)
	}
}
