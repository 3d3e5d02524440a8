package serve

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/parser"
)

// Error codes of the API, stable (the page and scripts branch on them);
// messages are for people.
const (
	CodeBadRequest       = "bad_request"        // 400: a missing or repeated field, a bad parameter, a broken multipart body
	CodeNotAFiling       = "not_a_filing"       // 400: the file was read but is no filing perfdoc knows (or is damaged)
	CodeUnauthorized     = "unauthorized"       // 401: --token is set and the request lacks it
	CodeForbidden        = "forbidden"          // 403: another site sent the request, or a foreign Host on loopback
	CodeNotFound         = "not_found"          // 404
	CodeMethod           = "method_not_allowed" // 405: the API takes POST only
	CodeTimeout          = "timeout"            // 408: the body came too slowly
	CodeTooLarge         = "too_large"          // 413: the body is over --max-size, or a file over a reader's limit
	CodeUnknownFormat    = "unknown_format"     // 415: not multipart, bytes of no format perfdoc reads, or an unknown from/format
	CodeShouldNotCompare = "should_not_compare" // 422: two filings that should not be compared (force=1 compares them)
	CodeBusy             = "busy"               // 503: too many requests at once (see Retry-After)
	CodeInternal         = "internal"           // 500: a bug, never bad input
)

// apiError is an error the API answers with: its status and the JSON
// {"error": {"code", "message"}}, with the reasons of a 422.
type apiError struct {
	Status   int            `json:"-"`
	Code     string         `json:"code"`
	Message  string         `json:"message"`
	Problems []diff.Problem `json:"problems,omitempty"`
}

func (e *apiError) Error() string { return e.Message }

func newError(status int, code, format string, args ...any) *apiError {
	return &apiError{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

// writeError answers err: an *apiError as it says, anything else as 500.
// The message is one line with control characters escaped.
func writeError(w http.ResponseWriter, err error, retryAfter int) {
	var ae *apiError
	if !errors.As(err, &ae) {
		ae = &apiError{Status: http.StatusInternalServerError, Code: CodeInternal, Message: err.Error()}
	}
	ae.Message = cli.Sanitize(ae.Message)
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Del("Content-Disposition")
	switch ae.Status {
	case http.StatusServiceUnavailable:
		h.Set("Retry-After", strconv.Itoa(retryAfter))
	case http.StatusMethodNotAllowed:
		h.Set("Allow", http.MethodPost)
	case http.StatusUnauthorized:
		h.Set("WWW-Authenticate", `Bearer realm="perfdoc"`)
	}
	w.WriteHeader(ae.Status)
	b, _ := json.Marshal(struct {
		Error *apiError `json:"error"`
	}{ae})
	w.Write(append(b, '\n'))
}

// parseError is the API's answer to a file parser.Parse refused: 413 over
// a reader's limit, else 400 — the input is not a filing perfdoc can read.
// The message names the file as the client named it.
func parseError(label string, err error) *apiError {
	var pe *parser.ParseError
	msg := err.Error()
	if errors.As(err, &pe) {
		pe.Path = ""
		msg = pe.Error()
		msg = strings.TrimPrefix(msg, "parser: ")
	}
	msg = cli.Quote(label) + ": " + msg
	if errors.Is(err, parser.ErrTooLarge) {
		return &apiError{Status: http.StatusRequestEntityTooLarge, Code: CodeTooLarge, Message: msg}
	}
	return &apiError{Status: http.StatusBadRequest, Code: CodeNotAFiling, Message: msg}
}
