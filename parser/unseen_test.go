package parser

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/realscore"
	"github.com/perfdoc/perfdoc/model"
)

// TestUnseenFamilies scores the synthetic filings of the eight unseen
// template families of issue 21 (testdata/families/11-18, each with a
// truth.json) with internal/realscore and holds the level this version
// reaches: fields matched may not fall, extra indicators may not grow, no
// parse error. Raise the floor as families are read.
func TestUnseenFamilies(t *testing.T) {
	scores, err := realscore.ScoreDirs([]string{filepath.Join("..", "testdata", "families")},
		func(data []byte, path string) (*model.Document, error) { return Parse(data, Options{Path: path}) })
	require.NoError(t, err)
	floor := map[string]struct{ matched, expected, extras int }{
		"html": {64, 64, 0},
		"txt":  {64, 64, 0},
	}
	for _, tt := range realscore.Sum(scores) {
		f := floor[tt.Form]
		assert.Equal(t, f.expected, tt.FieldsExp, "%s: fields expected (a family added? update the floor)", tt.Form)
		assert.GreaterOrEqual(t, tt.FieldsMatched, f.matched, "%s: fields matched fell", tt.Form)
		assert.LessOrEqual(t, tt.Extras(), f.extras, "%s: extra indicators grew", tt.Form)
		assert.Zero(t, tt.Errors, "%s: parse errors", tt.Form)
	}
	if t.Failed() {
		var b bytes.Buffer
		require.NoError(t, realscore.WriteTable(&b, scores, true))
		t.Log("\n" + b.String())
	}
}
