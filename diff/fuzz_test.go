package diff_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/parser"
)

// FuzzCompare: any two documents that parse compare without panicking, a
// document compared with itself has no changes, and the audit runs on both.
func FuzzCompare(f *testing.F) {
	seed, err := os.ReadFile("../testdata/budget-2026.txt")
	require.NoError(f, err)
	old, _ := os.ReadFile("../testdata/budget-2025.txt")
	f.Add(string(old[:8000]), string(seed[:8000]))
	f.Add("1.x绩效目标表\n\t项目名称\n\tx\n\n\t一级指标\n\t三级指标\n\t指标值\n\n\t产出指标\n\ta\n\t≥1人\n\n", "1.x绩效目标表\n\t项目名称\n\tx\n\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		da, errA := parser.Parse([]byte(a), parser.Options{Format: parser.FormatText})
		db, errB := parser.Parse([]byte(b), parser.Options{Format: parser.FormatText})
		if errA != nil || errB != nil {
			return
		}
		diff.Compare(da, db, diff.Options{})
		seen := map[string]bool{}
		for _, p := range da.Projects {
			if p.Name == "" || seen[p.Name+"\x00"+p.Code] {
				return // nothing to tell these projects apart by
			}
			seen[p.Name+"\x00"+p.Code] = true
		}
		self := diff.Compare(da, da, diff.Options{})
		for _, p := range self.Projects {
			require.Equal(t, diff.Matched, p.Status, "a document compared with itself")
			require.Empty(t, p.Changes, "a document compared with itself")
		}
		audit.Check(da, audit.DefaultConfig())
		audit.Check(db, audit.DefaultConfig())
	})
}
