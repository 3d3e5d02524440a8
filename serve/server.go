package serve

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/perfdoc/perfdoc/parser"
)

// Config is how a Server behaves; a zero field means its default.
type Config struct {
	// Workers is how many requests parse and render at once (default: the
	// number of CPUs).
	Workers int
	// Queue is how many more requests may be read and wait for a worker
	// (default 32); beyond it a request gets 503 at once.
	Queue int
	// Wait is the longest a request waits for a worker before 503
	// (default 30 s).
	Wait time.Duration
	// MaxSize caps a request's body in bytes, all its files together
	// (default 64 MiB); over it the answer is 413.
	MaxSize int64
	// MaxMemory caps the bytes of uploads held at once, all requests
	// together (default 4 × MaxSize, at least 256 MiB); a request that
	// would pass it gets 503.
	MaxMemory int64
	// Token, when set, must come with every request: header
	// "Authorization: Bearer TOKEN" or "X-Perfdoc-Token: TOKEN", or the
	// query parameter token=TOKEN.
	Token string
	// Loopback requires a loopback Host header (localhost, 127.x, [::1]):
	// a server on a loopback address refuses pages of other sites that
	// rebind their name to it.
	Loopback bool
	// Limits are the readers' per-document limits (default
	// parser.DefaultLimits).
	Limits parser.Limits
	// OCR is when scanned pages are read by OCR (parser.Options.OCR;
	// default auto).
	OCR string
	// Log receives one line per API request and the server's messages
	// (default: discarded).
	Log io.Writer

	// beforeWork, when set, runs while a request holds a worker (tests).
	beforeWork func()
}

// Defaults of Config.
const (
	DefaultQueue   = 32
	DefaultWait    = 30 * time.Second
	DefaultMaxSize = 64 << 20
	// DefaultMinMemory is the least default MaxMemory.
	DefaultMinMemory = 256 << 20
)

// Server is perfdoc serve's HTTP handler: the page at / and the API under
// /api/.
type Server struct {
	cfg  Config
	gate *gate
	mux  *http.ServeMux
}

// New returns a server with cfg, its zero fields set to their defaults.
func New(cfg Config) *Server {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.Queue < 0 {
		cfg.Queue = 0
	} else if cfg.Queue == 0 {
		cfg.Queue = DefaultQueue
	}
	if cfg.Wait <= 0 {
		cfg.Wait = DefaultWait
	}
	if cfg.MaxSize <= 0 {
		cfg.MaxSize = DefaultMaxSize
	}
	if cfg.MaxMemory <= 0 {
		cfg.MaxMemory = max(4*cfg.MaxSize, DefaultMinMemory)
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	s := &Server{cfg: cfg, gate: newGate(cfg.Workers, cfg.Queue, cfg.Wait, cfg.MaxMemory), mux: http.NewServeMux()}
	s.mux.HandleFunc("/api/parse", s.api(s.parse))
	s.mux.HandleFunc("/api/check", s.api(s.check))
	s.mux.HandleFunc("/api/diff", s.api(s.diff))
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, answerLang(r), newError(http.StatusNotFound, CodeNotFound, "没有接口 %s（接口有 /api/parse、/api/check 和 /api/diff）", "no API %s (there are /api/parse, /api/check and /api/diff)", r.URL.Path), 0)
	})
	s.mux.HandleFunc("/", s.page)
	return s
}

// Config is the server's configuration, its defaults filled in.
func (s *Server) Config() Config { return s.cfg }

// ServeHTTP answers one request: security headers on every answer, the
// Host check, then the route.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			fmt.Fprintf(s.cfg.Log, "perfdoc serve: internal error (please report): %s %s: %v\n", r.Method, r.URL.Path, v)
			writeError(w, answerLang(r), newError(http.StatusInternalServerError, CodeInternal, "内部错误（请报告）", "internal error (please report)"), 0)
		}
	}()
	if s.cfg.Loopback && !loopbackHost(r.Host) {
		writeError(w, answerLang(r), newError(http.StatusForbidden, CodeForbidden, "Host %q 不是本机的回环地址名：请打开 http://127.0.0.1 或 http://localhost", "Host %q is not this machine's loopback name: open http://127.0.0.1 or http://localhost", r.Host), 0)
		return
	}
	s.mux.ServeHTTP(w, r)
}

// api wraps an API handler: POST only, the token, the origin, the body
// cap, admission; then h, whose error becomes the JSON error answer.
func (s *Server) api(h func(w http.ResponseWriter, r *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusWriter{ResponseWriter: w}
		err := s.guard(rec, r, h)
		if err != nil {
			writeError(rec, answerLang(r), err, retryAfter(s.cfg.Wait))
		}
		code := ""
		var ae *apiError
		if errors.As(err, &ae) {
			code = " " + ae.Code
		}
		fmt.Fprintf(s.cfg.Log, "perfdoc serve: %s %s %d%s %d bytes %s\n", r.Method, r.URL.Path, rec.status, code, rec.n, time.Since(start).Round(time.Millisecond))
	}
}

func (s *Server) guard(w http.ResponseWriter, r *http.Request, h func(w http.ResponseWriter, r *http.Request) error) error {
	if r.Method != http.MethodPost {
		return newError(http.StatusMethodNotAllowed, CodeMethod, "%s %s：接口只接受 POST", "%s %s: the API takes POST only", r.Method, r.URL.Path)
	}
	if !s.authorized(r) {
		return newError(http.StatusUnauthorized, CodeUnauthorized, "此服务器需要令牌（请求头 Authorization: Bearer TOKEN，或 ?token=TOKEN）", "this server asks for its token (header Authorization: Bearer TOKEN, or ?token=TOKEN)")
	}
	if err := sameOrigin(r); err != nil {
		return err
	}
	if r.ContentLength > s.cfg.MaxSize {
		return newError(http.StatusRequestEntityTooLarge, CodeTooLarge, "请求有 %d 字节，超过上限 %d（--max-size）", "the request is %d bytes, more than %d (--max-size)", r.ContentLength, s.cfg.MaxSize)
	}
	release, ok := s.gate.admit()
	if !ok {
		return newError(http.StatusServiceUnavailable, CodeBusy, "服务器繁忙：同时的请求太多，请稍后再试", "the server is busy: too many requests at once; try again shortly")
	}
	defer release()
	if r.ContentLength > s.cfg.MaxMemory-s.gate.held.Load() {
		return memoryError()
	}
	body := &charged{ReadCloser: http.MaxBytesReader(w, r.Body, s.cfg.MaxSize), g: s.gate}
	defer body.release()
	r.Body = body
	return h(w, r)
}

// authorized reports whether r carries the token, when there is one.
func (s *Server) authorized(r *http.Request) bool {
	if s.cfg.Token == "" {
		return true
	}
	for _, got := range []string{
		strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "),
		r.Header.Get("X-Perfdoc-Token"),
		r.URL.Query().Get("token"),
	} {
		if got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) == 1 {
			return true
		}
	}
	return false
}

// sameOrigin refuses a request that another site's page sent: an Origin
// header (when present) must name this server's host, and Sec-Fetch-Site
// (when present) must not say cross-site.
func sameOrigin(r *http.Request) error {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
		return newError(http.StatusForbidden, CodeForbidden, "拒绝来自其他网站的请求（Sec-Fetch-Site: %s）", "a request from another site (Sec-Fetch-Site: %s) is refused", site)
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return nil
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" || !strings.EqualFold(u.Host, r.Host) {
		return newError(http.StatusForbidden, CodeForbidden, "拒绝来自 %q 的请求：只有本服务器自己的页面可以调用接口", "a request from %q is refused: only this server's own page may call the API", origin)
	}
	return nil
}

// loopbackHost reports whether a Host header names this machine's
// loopback interface.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// retryAfter is the Retry-After of a 503, in seconds.
func retryAfter(wait time.Duration) int {
	return max(1, int(wait/time.Second)/6)
}

// statusWriter remembers the status and size of an answer, for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	n      int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Timeouts of Run's http.Server.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 5 * time.Minute
	idleTimeout       = 2 * time.Minute
)

// Run serves s on l until ctx ends, then lets the requests under way
// finish (at most 10 s).
func Run(ctx context.Context, l net.Listener, s *Server) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      readTimeout + s.cfg.Wait + time.Minute,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(l) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
