package pdf

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	pdffile "github.com/perfdoc/perfdoc/parser/internal/pdf"
	"github.com/perfdoc/perfdoc/parser/layout"
)

// TestOpenErrorChain: the reader's errors name the parser's sentinel and
// keep the error of parser/internal/pdf they were made from, their text
// unchanged; an encrypted PDF is also layout.ErrEncrypted.
func TestOpenErrorChain(t *testing.T) {
	assert.ErrorIs(t, ErrEncryptedPDF, layout.ErrEncrypted)

	bad := fmt.Errorf("object 7: %w", pdffile.ErrNotPDF)
	err := OpenError(bad)
	assert.ErrorIs(t, err, ErrBadPDF)
	assert.ErrorIs(t, err, pdffile.ErrNotPDF)
	assert.EqualError(t, err, "unreadable PDF: object 7: not a readable PDF")

	err = OpenError(fmt.Errorf("trailer: %w", pdffile.ErrEncrypted))
	assert.ErrorIs(t, err, ErrEncryptedPDF)
	assert.ErrorIs(t, err, layout.ErrEncrypted)
	assert.ErrorIs(t, err, pdffile.ErrEncrypted)
	assert.EqualError(t, err, ErrEncryptedPDF.Error())

	big := fmt.Errorf("%w: stream of 9 bytes", pdffile.ErrTooLarge)
	err = OpenError(big)
	assert.ErrorIs(t, err, layout.ErrTooLarge)
	assert.ErrorIs(t, err, pdffile.ErrTooLarge)
	assert.EqualError(t, err, layout.ErrTooLarge.Error()+": stream of 9 bytes")

	le := &pdffile.LimitError{Limit: "glyphs", Max: 10, What: "characters"}
	err = OpenError(le)
	assert.ErrorIs(t, err, layout.ErrTooLarge)
	var got *pdffile.LimitError
	assert.True(t, errors.As(err, &got), "the limit error stays in the chain")
	assert.Contains(t, err.Error(), "--max-chars")
}
