package ingest

import (
	"io"

	"github.com/perfdoc/perfdoc/ingest/input"
)

// DefaultMaxSize is the largest input read unless told otherwise (the
// --max-size flag): 256 MiB.
const DefaultMaxSize = input.DefaultMaxSize

// Errors of ReadFile, wrapped in an *InputError.
var (
	ErrNotRegular = input.ErrNotRegular
	ErrTooLarge   = input.ErrTooLarge
)

// InputError is a file that could not be read as an input (input.Error).
type InputError = input.Error

// ReadFile reads one input file whole, safely (see input.ReadFile): links
// followed, pipes, devices and folders refused unread, max bytes at most
// (0: no limit).
func ReadFile(path string, max int64) ([]byte, error) { return input.ReadFile(path, max) }

// ReadAll reads r (standard input) whole, refusing more than max bytes
// (0: no limit).
func ReadAll(r io.Reader, max int64) ([]byte, error) { return input.ReadAll(r, max) }

// QuotePath renders a path for a message, as perfdoc's messages do
// (input.QuotePath).
func QuotePath(p string) string { return input.QuotePath(p) }
