package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/internal/cli"
)

const scanTIFF = "../../testdata/ocr/budget-2026-p3-4-g4.tiff"

// TestOCRFlagOnDiffAndCheck: diff and check take --ocr as parse does; with
// never, a scan is not read (no Tesseract needed to see that), a bad
// value is a usage error.
func TestOCRFlagOnDiffAndCheck(t *testing.T) {
	code, _, errs := runCmd(t, "", "diff", "--ocr", "never", "--lang", "en", scanTIFF, seedDOCX)
	assert.Equal(t, cli.ExitFail, code)
	assert.Contains(t, errs, "no text layer")
	code, _, errs = runCmd(t, "", "check", "--ocr", "never", "--lang", "en", scanTIFF)
	assert.Equal(t, exitUnread, code)
	assert.Contains(t, errs, "no text layer")
	code, _, errs = runCmd(t, "", "check", "--ocr", "never", "--lang", "en", "--previous", scanTIFF, seedDOCX)
	assert.Equal(t, exitUnread, code)
	assert.Contains(t, errs, "no text layer")
	for _, cmd := range []string{"diff", "check"} {
		code, _, errs = runCmd(t, "", cmd, "--ocr", "sometimes", seedDOCX, seedDOCX)
		assert.Equal(t, cli.ExitUsage, code, cmd)
		assert.Contains(t, errs, `--ocr "sometimes"`, cmd)
	}
}
