package report

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/model"
)

func TestDiffTextSaysOCR(t *testing.T) {
	old := &model.Document{Year: 2025, Source: model.Source{Path: "old.docx"}}
	scanned := &model.Document{Year: 2026, Source: model.Source{Path: "new.pdf",
		OCR: &model.OCR{Engine: "tesseract", Pages: 40, Threshold: 60, MinConfidence: 19, LowConfidence: 7}}}
	r := diff.Compare(old, scanned, diff.Options{})
	for _, c := range []struct {
		lang Lang
		want string
	}{
		{Chinese, "经 OCR 识别（tesseract）：40 页，最低置信度 19，7 处低于 60"},
		{English, "read by OCR (tesseract): 40 pages, lowest confidence 19, 7 fields below 60"},
	} {
		var b strings.Builder
		require.NoError(t, DiffText(&b, r, DiffOptions{Lang: c.lang}))
		assert.Contains(t, b.String(), c.want)
		assert.Equal(t, 1, strings.Count(b.String(), "OCR"), "only the scanned side")
		b.Reset()
		require.NoError(t, DiffHTML(&b, r, DiffOptions{Lang: c.lang}))
		assert.Contains(t, b.String(), `<tr class="ocr"><th></th><td colspan="4">`+c.want+`</td></tr>`, "the HTML report says it too")
		assert.Equal(t, 1, strings.Count(b.String(), `class="ocr"`), "only the scanned side")
		b.Reset()
		require.NoError(t, DiffMarkdown(&b, r, DiffOptions{Lang: c.lang}))
		assert.Contains(t, b.String(), "| | "+c.want+" | | | |\n", "the Markdown report says it too")
		assert.Equal(t, 1, strings.Count(b.String(), "OCR"), "only the scanned side")
	}
}

// TestCheckTextSaysOCR: check's text says under the counts that the file
// was read by OCR (grouped and one-line forms), its JSON carries source.ocr
// as ocr; a born-digital file's report says nothing of OCR.
func TestCheckTextSaysOCR(t *testing.T) {
	oc := &model.OCR{Engine: "tesseract", Pages: 2, Threshold: 60, MinConfidence: 41, LowConfidence: 3}
	scanned := &model.Document{Year: 2026, Source: model.Source{Path: "scan.tiff", OCR: oc}}
	r := audit.Check(scanned, audit.Config{})
	require.Equal(t, oc, r.OCR)
	for _, c := range []struct {
		lang Lang
		want string
	}{
		{Chinese, "经 OCR 识别（tesseract）：2 页，最低置信度 41，3 处低于 60"},
		{English, "read by OCR (tesseract): 2 pages, lowest confidence 41, 3 fields below 60"},
	} {
		var b strings.Builder
		require.NoError(t, CheckText(&b, r, Style{}, c.lang))
		assert.Contains(t, b.String(), "\n"+c.want+"\n")
		b.Reset()
		require.NoError(t, CheckLines(&b, r, Style{}, c.lang))
		assert.Contains(t, b.String(), "scan.tiff: "+c.want+"\n")
	}
	js, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"ocr":{"engine":"tesseract","pages":2`)

	born := audit.Check(&model.Document{Year: 2026, Source: model.Source{Path: "a.docx"}}, audit.Config{})
	var b strings.Builder
	require.NoError(t, CheckText(&b, born, Style{}, English))
	require.NoError(t, CheckLines(&b, born, Style{}, English))
	assert.NotContains(t, b.String(), "OCR")
	js, err = json.Marshal(born)
	require.NoError(t, err)
	assert.NotContains(t, string(js), "ocr")
}
