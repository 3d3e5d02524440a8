package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
	}
}
