// Package pdf is the small PDF reader behind perfdoc's PDF input: it finds
// objects through the cross-reference table (or, when that is broken, by
// scanning the file), decodes streams within a byte budget, walks the page
// tree, and interprets page content into positioned glyphs and ruling lines.
// It reads only what a text-layer table reader needs: no rendering, no
// images, no writing.
//
// Files: object.go (object types), lex.go (tokens and objects), xref.go
// (cross-reference tables and streams, repair), reader.go (Open, Resolve,
// pages), filter.go (stream filters), cmap.go (ToUnicode CMaps), font.go
// (codes to text and widths), content.go (the content-stream interpreter).
package pdf

import (
	"errors"
	"fmt"
)

// Object is a PDF object: nil (null), bool, float64 (every number), Name,
// String, Array, Dict, Ref or *Stream.
type Object any

// Name is a PDF name without its slash.
type Name string

// String is a PDF string's bytes (literal or hex), escapes resolved.
type String []byte

// Array is a PDF array.
type Array []Object

// Dict is a PDF dictionary.
type Dict map[Name]Object

// Ref is an indirect reference "Num Gen R".
type Ref struct{ Num, Gen int }

// Stream is a stream object: its dictionary and its raw (still encoded)
// bytes, a slice of the file.
type Stream struct {
	Dict Dict
	Raw  []byte
}

// Errors the reader returns; callers wrap them with the file's name.
var (
	// ErrNotPDF means the bytes are no PDF, or too damaged to find any page.
	ErrNotPDF = errors.New("not a readable PDF")
	// ErrEncrypted means the document is encrypted.
	ErrEncrypted = errors.New("encrypted PDF")
	// ErrTooLarge means a limit was exceeded.
	ErrTooLarge = errors.New("over a limit")
)

// num returns o as a number.
func num(o Object) (float64, bool) {
	f, ok := o.(float64)
	return f, ok
}

// Int returns o as an int, or def when o is no number.
func Int(o Object, def int) int {
	if f, ok := o.(float64); ok && f > -1e9 && f < 1e9 {
		return int(f)
	}
	return def
}

// Num returns o as a float64, or def when o is no number.
func Num(o Object, def float64) float64 {
	if f, ok := o.(float64); ok {
		return f
	}
	return def
}

// LimitError is a document-wide budget spent: Limit names it (the
// Limits field without its Max, lower case: "glyphs", "text"), Max is
// its value and What says what was counted. It wraps ErrTooLarge.
type LimitError struct {
	Limit string
	Max   int64
	What  string
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%v: more than %d %s", ErrTooLarge, e.Max, e.What)
}

// Unwrap makes errors.Is(err, ErrTooLarge) hold.
func (e *LimitError) Unwrap() error { return ErrTooLarge }
