package layout

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/perfdoc/perfdoc/model"
)

// Sentinel errors wrapped by *ParseError.
var (
	// ErrNoTargetTable means the input was read but holds no 绩效目标表.
	ErrNoTargetTable = errors.New("no performance-target table found")
	// ErrColumnsBySpaces is ErrNoTargetTable where the input holds a grid
	// header whose captions are separated by runs of spaces (a PDF's
	// layout text): the columns are not told apart, and the grid is not
	// guessed.
	ErrColumnsBySpaces = fmt.Errorf("%w: its grid's cells are separated by runs of spaces (a PDF's layout text?), which do not tell its columns apart", ErrNoTargetTable)
	// ErrEmpty means the input has no bytes (or only white space).
	ErrEmpty = errors.New("empty input")
	// ErrBinary means the input is none of the formats read and, taken as
	// a text export, is binary data (control bytes, not text).
	ErrBinary = errors.New("binary data, not a text export")
	// ErrArchive means the input is a compressed archive (a zip of files,
	// gzip, RAR, 7z …), whose files are to be taken out first.
	ErrArchive = errors.New("a compressed archive, not a filing: extract it and read the files inside")
	// ErrOpenDocument means the input is an OpenDocument file (ODT, ODS),
	// which perfdoc does not read.
	ErrOpenDocument = errors.New("an OpenDocument file (ODT, ODS), which perfdoc does not read: save it as DOCX or XLSX")
	// ErrRTF means the input is an RTF document (Word's "rich text", often
	// published under a .doc name), which perfdoc does not read.
	ErrRTF = errors.New("an RTF document, which perfdoc does not read: save it as DOCX")
	// ErrMHT means the input is a single-file web page (MHT, MHTML: Word's
	// and browsers' "single file" save), which perfdoc does not read.
	ErrMHT = errors.New("a single-file web page (MHT), which perfdoc does not read: save it as a web page (HTML) or DOCX")
	// ErrTooLarge means a limit of Limits was exceeded.
	ErrTooLarge = errors.New("input exceeds a size limit")
	// ErrEncrypted means the file is protected by a password.
	ErrEncrypted = errors.New("password-protected")
)

// ParseError is a fatal problem with one input. Err wraps one of the
// sentinel errors above where one applies. Pos and Offset say where the
// reader was when it gave up, as far as it knows; both are zero when the
// problem is the input as a whole.
type ParseError struct {
	// Path names the input (Options.Path).
	Path string
	// Pos is the position in the input: Line (1-based) for text exports and
	// HTML; Table (1-based, top-level tables in document order) for DOCX.
	Pos model.Pos
	// Offset is the byte offset, counted from 0, at which the reader
	// stopped: in the decoded text for HTML, in word/document.xml for DOCX.
	// Zero means unknown (or the very start).
	Offset int64
	Err    error
}

// Error renders "parser: PATH: POSITION: what is wrong", for example
//
//	parser: in.html: line 3: HTML elements nested deeper than 512
//	parser: in.docx: table 1, byte 5210: tables nested deeper than 32
//	parser: notes.txt: no performance-target table found
//
// leaving out the parts that are unknown.
func (e *ParseError) Error() string {
	b := []byte("parser: ")
	if e.Path != "" {
		b = append(b, e.Path...)
		b = append(b, ": "...)
	}
	if !e.Pos.IsZero() {
		b = append(b, e.Pos.String()...)
		if e.Offset > 0 {
			b = append(b, ", "...)
		}
	}
	if e.Offset > 0 {
		b = append(b, "byte "...)
		b = strconv.AppendInt(b, e.Offset, 10)
	}
	if !e.Pos.IsZero() || e.Offset > 0 {
		b = append(b, ": "...)
	}
	return string(b) + fmt.Sprint(e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }
