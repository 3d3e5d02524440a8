package parser

import (
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
)

// allocatedBy returns the bytes fn allocates.
func allocatedBy(fn func()) uint64 {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	fn()
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

// TestTextBudget: the text readers emit is counted each time it is
// written, so a workbook whose 10 000 cells share one 300 000-character
// string (3 GB of output) is refused at once, naming the flag; the same
// for the .xls reader.
func TestTextBudget(t *testing.T) {
	for _, name := range []string{"xlsx-sst-amp-10k.xlsx", "xls-sst-amp-10k.xls"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile("../testdata/hostile/" + name)
			require.NoError(t, err)
			n := allocatedBy(func() { _, err = Parse(data, Options{Path: name}) })
			require.ErrorIs(t, err, ErrTooLarge)
			assert.Contains(t, err.Error(), "--max-text")
			assert.Equal(t, 1, strings.Count(err.Error(), "\n")+1, "one line")
			assert.Less(t, n, uint64(128<<20), "bytes allocated")
		})
	}
}

// TestChargeOutput: cells and text are counted across paragraphs,
// tables and notes; at the bound passes, one over fails.
func TestChargeOutput(t *testing.T) {
	cell := Cell{Text: strings.Repeat("x", 10)}
	blocks := []Block{
		{Para: &Paragraph{Text: strings.Repeat("y", 5)}},
		{Table: &Table{Rows: [][]Cell{{cell, cell}, {cell}}}},
	}
	notes := []model.Unrecognized{{Text: "zz"}}
	assert.NoError(t, chargeOutput(blocks, notes, Limits{MaxText: 37, MaxCells: 3}))
	err := chargeOutput(blocks, notes, Limits{MaxText: 36, MaxCells: 3})
	assert.ErrorContains(t, err, "--max-text")
	err = chargeOutput(blocks, notes, Limits{MaxText: 37, MaxCells: 2})
	assert.ErrorContains(t, err, "--max-cells")
	assert.NoError(t, chargeOutput(blocks, notes, Limits{MaxText: NoLimit, MaxCells: NoLimit}))
}

// TestHostilePDFFiles: the small PDF attacks end in a one-line
// error at a bounded cost.
func TestHostilePDFFiles(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"pdf-predictor-bomb.pdf", "inflates to more than"},
		{"pdf-predictor-256m.pdf", "inflates to more than"},
		{"pdf-contents-array-10k.pdf", "in all"},
		{"pdf-shared-content-1000p.pdf", "--max-chars"},
		{"pdf-repair-openstring-20000.pdf", "could not be repaired"},
		{"pdf-codespace-1m.pdf", ""},
		{"pdf-tounicode-bfrange-huge.pdf", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := os.ReadFile("../testdata/hostile/" + tc.name)
			require.NoError(t, err)
			n := allocatedBy(func() { _, err = Parse(data, Options{Path: tc.name}) })
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.NotContains(t, err.Error(), "\n")
			assert.Less(t, n, uint64(1<<30), "bytes allocated")
		})
	}
}
