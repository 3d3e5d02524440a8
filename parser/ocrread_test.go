package parser

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/parser/ocr"
	"github.com/perfdoc/perfdoc/parser/pdf"
)

func TestParseScan(t *testing.T) {
	if err := (&ocr.Engine{}).Check(); err != nil {
		if os.Getenv("CI") == "true" || os.Getenv("PERFDOC_REQUIRE_OCR") == "1" {
			t.Fatalf("CI must install tesseract: %v", err)
		}
		t.Skip(err)
	}
	data, err := os.ReadFile("../testdata/ocr/budget-2026-p3-4-g4.tiff")
	require.NoError(t, err)
	doc, err := Parse(data, Options{Path: "scan.tiff"})
	require.NoError(t, err)
	assert.Equal(t, ocr.FormatTIFF, doc.Source.Format)
	require.NotNil(t, doc.Source.OCR, "the source says OCR")
	assert.Equal(t, 2, doc.Source.OCR.Pages)
	require.NotEmpty(t, doc.Projects)
	p := doc.Projects[0]
	assert.Equal(t, "13060525P004501100061", p.Code)
	require.Len(t, p.Indicators, 6)
	assert.Equal(t, "产出指标", p.Indicators[0].Level1)
	assert.Equal(t, "实际发放补助人数", p.Indicators[0].Name)
	assert.Positive(t, p.Indicators[0].Source.Confidence, "an OCR'd field carries its confidence")
	// the second pass reads values, the empty line of a short crop is
	// read again, the unit's 元 misread as 轧 is corrected
	assert.Equal(t, "100%", p.Indicators[1].Value.Raw)
	assert.Equal(t, "9.19万元", p.Indicators[3].Value.Raw)
	assert.Equal(t, "资金支出计划（%）", p.SpendingPlan.Label)

	_, err = Parse(data, Options{Path: "scan.tiff", OCR: OCRNever})
	require.ErrorIs(t, err, pdf.ErrNeedsOCR)
}
