package report

import (
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/parser"
)

// FuzzDiffReports: the reports of any two documents that parse render
// without panicking, in every format and both languages.
func FuzzDiffReports(f *testing.F) {
	old, err := os.ReadFile("../testdata/budget-2025.txt")
	require.NoError(f, err)
	seed, err := os.ReadFile("../testdata/budget-2026.txt")
	require.NoError(f, err)
	f.Add(string(old[:9000]), string(seed[:9000]))
	f.Add("1.x绩效目标表\n\t项目名称\n\tx\n\t资金用途\n\t<b>\x1b[2J\r|\n\n", "1.x绩效目标表\n\t项目名称\n\tx\n\t资金用途\n\t|*_\x00\n\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		da, errA := parser.Parse([]byte(a), parser.Options{Format: parser.FormatText})
		db, errB := parser.Parse([]byte(b), parser.Options{Format: parser.FormatText})
		if errA != nil || errB != nil {
			return
		}
		r := diff.Compare(da, db, diff.Options{})
		for _, o := range []DiffOptions{{}, {Lang: English, Color: true}} {
			require.NoError(t, DiffText(io.Discard, r, o))
			require.NoError(t, DiffMarkdown(io.Discard, r, o))
			require.NoError(t, DiffHTML(io.Discard, r, o))
		}
		require.NoError(t, DiffXLSX(io.Discard, r, DiffOptions{}))
	})
}
