package diag

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the warnings table of docs/output-and-values.md")

const (
	docsPath   = "../docs/output-and-values.md"
	tableBegin = "<!-- warnings table: go test ./diag -update writes it from the catalogue -->\n"
	tableEnd   = "<!-- end of the warnings table -->\n"
)

// table renders the catalogue as the docs list it: document warnings,
// then value warnings, each code with its arguments and both texts.
func table() string {
	var b strings.Builder
	for _, value := range []bool{false, true} {
		if value {
			b.WriteString("\nA value's warnings (`value.diagnostics[]`, their words in `value.warnings[]`):\n\n")
		} else {
			b.WriteString("A document's warnings (`warnings[]`):\n\n")
		}
		b.WriteString("| code | args | 中文 | English |\n|---|---|---|---|\n")
		for _, e := range Catalogue() {
			if e.Value != value {
				continue
			}
			args := make([]string, len(e.Args))
			for i, a := range e.Args {
				args[i] = "`" + a + "`"
			}
			cell := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
			b.WriteString("| `" + e.Code + "` | " + strings.Join(args, ", ") + " | " + cell(e.ZH) + " | " + cell(e.EN) + " |\n")
		}
	}
	return b.String()
}

// TestDocsTable: the docs list every code of the catalogue with its texts,
// exactly as the catalogue says them (the table is written from it).
func TestDocsTable(t *testing.T) {
	raw, err := os.ReadFile(docsPath)
	require.NoError(t, err)
	doc := string(raw)
	i, j := strings.Index(doc, tableBegin), strings.Index(doc, tableEnd)
	require.True(t, i >= 0 && j > i, "%s has no warnings table between its markers", docsPath)
	got := doc[i+len(tableBegin) : j]
	want := "\n" + table() + "\n"
	if *update && got != want {
		doc = doc[:i+len(tableBegin)] + want + doc[j:]
		require.NoError(t, os.WriteFile(docsPath, []byte(doc), 0o644))
		got = want
	}
	assert.Equal(t, want, got, "%s's warnings table is not the catalogue's: go test ./diag -update", docsPath)
	for _, e := range Catalogue() {
		assert.Contains(t, got, "`"+e.Code+"`")
	}
}
