package parser

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// hostileFixture reads a file of testdata/hostile (issue 22's attacks,
// copied from the shared fixtures), gunzipping a .gz.
func hostileFixture(t *testing.T, name string) []byte {
	data, err := os.ReadFile("../testdata/hostile/" + name)
	require.NoError(t, err)
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		require.NoError(t, err)
		data, err = io.ReadAll(zr)
		require.NoError(t, err)
	}
	return data
}

// TestHostileFixtureCosts: each attack of issue 22 in testdata/hostile
// ends in its one-line error within a bound on the bytes and the objects
// it allocates (the work, counted without the clock). The bounds are
// about twice what each costs now (PERFDOC_MEASURE=1 prints it); before
// the fixes the same files took from 1 to 9 GB of memory.
func TestHostileFixtureCosts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		want    string
		maxMiB  uint64 // bytes allocated
		maxObjs uint64 // objects allocated, in thousands
	}{
		{"docx-deep-elements.docx", "--max-depth", 8, 50},
		{"docx-huge-text.docx", "no performance-target table", 64, 50},
		{"docx-8m-rows.docx", "--max-cells", 320, 1000},
		{"docx-row-8m-cells.docx", "--max-cells", 640, 1000},
		{"html-5m-bare-td.html.gz", "--max-cells", 512, 1000},
		{"doc-10m-empty-paras.doc.gz", "no performance-target table", 32, 50},
		{"pdf-predictor-bomb.pdf", "inflates to more than", 8, 50},
		{"pdf-predictor-256m.pdf", "inflates to more than", 8, 50},
		{"pdf-contents-array-10k.pdf", "in all", 16, 100},
		{"pdf-shared-content-1000p.pdf", "--max-chars", 1024, 2500},
		{"pdf-repair-openstring-20000.pdf", "could not be repaired", 16, 200},
		{"pdf-codespace-1m.pdf", "", 256, 9000},
		{"pdf-tounicode-bfrange-huge.pdf", "map no character", 16, 50},
		{"xlsx-sst-amp-10k.xlsx", "--max-text", 32, 200},
		{"xls-sst-amp-10k.xls", "--max-text", 32, 250},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := hostileFixture(t, tc.name)
			var a, b runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&a)
			_, err := Parse(data, Options{Path: tc.name})
			runtime.ReadMemStats(&b)
			bytes, objs := (b.TotalAlloc-a.TotalAlloc)>>20, (b.Mallocs-a.Mallocs)/1000
			if os.Getenv("PERFDOC_MEASURE") != "" {
				fmt.Printf("%s: %d MiB, %d k objects, %v\n", tc.name, bytes, objs, err)
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.NotContains(t, err.Error(), "\n")
			assert.LessOrEqual(t, bytes, tc.maxMiB, "MiB allocated")
			assert.LessOrEqual(t, objs, tc.maxObjs, "thousands of objects allocated")
			if tc.want != "no performance-target table" && tc.want != "" && tc.want != "map no character" && tc.want != "could not be repaired" {
				assert.ErrorIs(t, err, layout.ErrTooLarge)
			}
		})
	}
}
