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
	"github.com/perfdoc/perfdoc/internal/run"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
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
// {"error": {"code", "message"}}, with the reasons of a 422. The message
// is kept in Chinese and in English; the answer says it in the request's
// language (see answerLang).
type apiError struct {
	Status   int
	Code     string
	zh, en   string
	Problems []diff.Problem // of a 422, in English (diff.Problem.Chinese says them in Chinese)
}

func (e *apiError) Error() string { return e.en }

// newError is an error whose message is zh or en, each formatted with the
// same args.
func newError(status int, code, zh, en string, args ...any) *apiError {
	return &apiError{Status: status, Code: code, zh: fmt.Sprintf(zh, args...), en: fmt.Sprintf(en, args...)}
}

// answerLang is the language of an error's message: the query's lang=zh
// or lang=en, else the first of Chinese and English in the request's
// Accept-Language, else Chinese.
func answerLang(r *http.Request) report.Lang {
	if l, ok := report.ParseLang(r.URL.Query().Get("lang")); ok && r.URL.Query().Has("lang") {
		return l
	}
	lang, best := report.Chinese, 0.0
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag, params, _ := strings.Cut(part, ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			q = f
		}
		primary, _, _ := strings.Cut(strings.TrimSpace(tag), "-")
		var l report.Lang
		switch strings.ToLower(primary) {
		case "zh":
			l = report.Chinese
		case "en":
			l = report.English
		default:
			continue
		}
		if q > best {
			lang, best = l, q
		}
	}
	return lang
}

// writeError answers err in lang: an *apiError as it says, anything else
// as 500. The message is one line with control characters escaped.
func writeError(w http.ResponseWriter, lang report.Lang, err error, retryAfter int) {
	var ae *apiError
	if !errors.As(err, &ae) {
		ae = newError(http.StatusInternalServerError, CodeInternal, "内部错误（请报告）：%v", "internal error (please report): %v", err)
	}
	type problem struct {
		Kind    diff.ProblemKind `json:"kind"`
		Message string           `json:"message"`
	}
	body := struct {
		Code     string    `json:"code"`
		Message  string    `json:"message"`
		Problems []problem `json:"problems,omitempty"`
	}{Code: ae.Code, Message: ae.en}
	if lang != report.English {
		body.Message = ae.zh
	}
	body.Message = cli.Sanitize(body.Message)
	for _, p := range ae.Problems {
		m := p.Message
		if lang != report.English {
			m = p.Chinese()
		}
		body.Problems = append(body.Problems, problem{p.Kind, m})
	}
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
		Error any `json:"error"`
	}{body})
	w.Write(append(b, '\n'))
}

// parseError is the API's answer to a file parser.Parse refused: 413 over
// a reader's limit, else 400 — the input is not a filing perfdoc can read.
// The message names the file as the client named it and says why as
// perfdoc parse says it (run.Why).
func parseError(label string, err error) *apiError {
	e := &apiError{Status: http.StatusBadRequest, Code: CodeNotAFiling,
		zh: cli.Quote(label) + ": " + run.Why(report.Chinese, label, err),
		en: cli.Quote(label) + ": " + run.Why(report.English, label, err)}
	if errors.Is(err, parser.ErrTooLarge) {
		e.Status, e.Code = http.StatusRequestEntityTooLarge, CodeTooLarge
	}
	return e
}
