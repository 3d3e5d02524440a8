package run

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

func seed(t *testing.T, name string) *model.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	require.NoError(t, err)
	doc, err := parser.Parse(data, parser.Options{Path: name})
	require.NoError(t, err)
	return doc
}

func TestDiffRefusesReversedYearsUnlessForced(t *testing.T) {
	old, new := seed(t, "budget-2025.docx"), seed(t, "budget-2026.docx")
	res, problems := Diff(old, new, diff.DefaultThreshold, false)
	require.NotNil(t, res)
	assert.Empty(t, problems)
	assert.Equal(t, 2025, res.Old.Year)

	res, problems = Diff(new, old, diff.DefaultThreshold, false)
	assert.Nil(t, res, "a reversed pair is not compared")
	require.NotEmpty(t, problems)

	res, forced := Diff(new, old, diff.DefaultThreshold, true)
	require.NotNil(t, res, "force compares it all the same")
	assert.Equal(t, problems, forced, "and still says why it should not")
}

func TestCheckDropsAPreviousThatDoesNotFit(t *testing.T) {
	old, new := seed(t, "budget-2025.docx"), seed(t, "budget-2026.docx")
	cfg := CheckConfig(report.Chinese)
	cfg.Previous = new // a later year cannot be last year's filing
	r, problems := Check(old, cfg, false)
	require.NotEmpty(t, problems)
	assert.Equal(t, audit.Check(old, CheckConfig(report.Chinese)).Findings, r.Findings, "checked as without --previous")

	cfg.Previous = old
	_, problems = Check(new, cfg, false)
	assert.Empty(t, problems)
}

func TestCheckConfigLanguage(t *testing.T) {
	assert.Equal(t, audit.Chinese, CheckConfig(report.Chinese).Lang)
	assert.Equal(t, audit.English, CheckConfig(report.English).Lang)
	assert.NotNil(t, CheckConfig(report.Chinese).Disabled)
}

func TestWriters(t *testing.T) {
	old, new := seed(t, "budget-2025.docx"), seed(t, "budget-2026.docx")
	res, _ := Diff(old, new, diff.DefaultThreshold, false)
	for _, format := range DiffFormats {
		var b bytes.Buffer
		require.NoError(t, WriteDiff(&b, res, format, DiffOptions(report.Chinese)), format)
		assert.NotEmpty(t, b.Bytes(), format)
	}
	var b bytes.Buffer
	require.NoError(t, WriteDiff(&b, res, "json", DiffOptions(report.Chinese)))
	var back diff.Result
	require.NoError(t, json.Unmarshal(b.Bytes(), &back))
	assert.Equal(t, res.Summary, back.Summary)
	assert.NotContains(t, b.String(), `\u003c`, "no HTML escaping in JSON")

	r, _ := Check(new, CheckConfig(report.Chinese), false)
	b.Reset()
	require.NoError(t, WriteChecks(&b, []*audit.Report{r}, "json", report.Chinese, false, false))
	assert.Equal(t, byte('{'), b.Bytes()[0], "one report is an object")
	b.Reset()
	require.NoError(t, WriteChecks(&b, nil, "json", report.Chinese, true, false))
	assert.Equal(t, "[]\n", b.String(), "no report of several is an empty array")

	b.Reset()
	require.NoError(t, WriteDocument(&b, new))
	var doc model.Document
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	assert.Equal(t, new.Department, doc.Department)
}
