package parser

import (
	"errors"
	"fmt"
)

// Sentinel errors wrapped by *ParseError.
var (
	// ErrNoTargetTable means the input was read but holds no 绩效目标表.
	ErrNoTargetTable = errors.New("no performance-target table found")
	// ErrEmpty means the input has no bytes (or only white space).
	ErrEmpty = errors.New("empty input")
	// ErrLegacyOffice means the input is an OLE2 compound file: a legacy
	// .doc, or a DOCX protected by a password.
	ErrLegacyOffice = errors.New("OLE2 compound file (legacy .doc or encrypted .docx): convert it to .docx first, e.g. libreoffice --headless --convert-to docx")
	// ErrTooLarge means a limit of Limits was exceeded.
	ErrTooLarge = errors.New("input exceeds a size limit")
	// ErrBadDOCX means the DOCX package or its XML could not be read.
	ErrBadDOCX = errors.New("unreadable DOCX")
)

// ParseError is a fatal problem with one input. Err wraps one of the
// sentinel errors above where one applies.
type ParseError struct {
	Path string
	Err  error
}

// Error renders "parser: PATH: what is wrong".
func (e *ParseError) Error() string {
	if e.Path == "" {
		return fmt.Sprintf("parser: %v", e.Err)
	}
	return fmt.Sprintf("parser: %s: %v", e.Path, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

func bug(format string, args ...any) {
	panic(fmt.Sprintf("BUG: parser: "+format, args...))
}
