package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"syscall"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/serve"
)

const serveExamples = `  perfdoc serve                                  # http://127.0.0.1:8080/ — open it in a browser
  perfdoc serve --addr 127.0.0.1:0               # any free port (the address is printed)
  perfdoc serve --addr :8080 --token "$(openssl rand -hex 16)"   # one server for the bureau
  perfdoc serve --ocr never --max-size 16000000  # no scans read, smaller uploads
  curl -F old=@budget-2025.docx -F new=@budget-2026.docx 'http://127.0.0.1:8080/api/diff?format=json'
  curl -F file=@budget-2026.docx -F previous=@budget-2025.docx http://127.0.0.1:8080/api/check
`

// cmdServe runs the web page and its API (package serve; docs/serve.md)
// until SIGINT or SIGTERM.
func cmdServe(e *cli.Env, args []string) int {
	fs := cli.NewFlags(e, "serve", "serve [--addr HOST:PORT] [--token TOKEN] [--workers N] [--max-size BYTES] [--ocr auto|always|never] [--max-cells N]...", serveExamples)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (a non-loopback host is reachable from other machines)")
	token := fs.String("token", "", "ask every request for this `TOKEN` (a shared server); the page takes it as ?token=")
	workers := fs.IntAtLeast("workers", 0, 0, "requests that parse at once (0: one per CPU)")
	queue := fs.IntAtLeast("queue", serve.DefaultQueue, 0, "requests that may wait for a worker; more get 503")
	wait := fs.Duration("wait", serve.DefaultWait, "longest `time` a request waits for a worker before 503")
	maxSize := fs.Int64("max-size", serve.DefaultMaxSize, "largest request body, all its files together, in `bytes` (413 over it)")
	maxMemory := fs.Int64("max-memory", 0, "most `bytes` of uploads held at once, all requests together; more get 503 (0: 4 × --max-size, at least 256 MiB)")
	ocrMode := ocrFlag(fs.FlagSet)
	limits := limitFlags(fs.FlagSet)
	if c := cli.ParseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() != 0 {
		return fs.UsageError("serve takes no arguments")
	}
	if *maxSize <= 0 || *wait <= 0 || *maxMemory < 0 {
		return fs.UsageError("--max-size and --wait must be positive, --max-memory not negative")
	}
	switch *ocrMode {
	case parser.OCRAuto, parser.OCRAlways, parser.OCRNever:
	default:
		return fs.UsageError("--ocr %q: want auto, always or never", *ocrMode)
	}
	if _, _, err := net.SplitHostPort(*addr); err != nil {
		return fs.UsageError("--addr %s: want HOST:PORT, such as 127.0.0.1:8080 (:8080 for every interface, port 0 for any free port)", cli.Quote(*addr))
	}
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(e.Stderr, listenError(*addr, err))
		return cli.ExitFail
	}
	defer l.Close()
	loopback := isLoopback(l.Addr())
	q := *queue
	if q == 0 {
		q = -1 // none wait
	}
	s := serve.New(serve.Config{Workers: *workers, Queue: q, Wait: *wait, MaxSize: *maxSize, MaxMemory: *maxMemory, Token: *token, Loopback: loopback,
		Limits: limits(), OCR: *ocrMode, Log: e.Stderr})
	defer serveGC(s.Config().MaxMemory)()
	for _, line := range serveBanner(l.Addr(), *token) {
		fmt.Fprintln(e.Stderr, line)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve.Run(ctx, l, s); err != nil {
		fmt.Fprintf(e.Stderr, "perfdoc serve: %v\n", err)
		return cli.ExitFail
	}
	return cli.ExitOK
}

// serveGC makes the garbage collector work harder as the heap nears the
// uploads' bound plus 256 MiB of work (a soft limit: debug.SetMemoryLimit),
// so that the memory freed by the requests that ended is given back
// before the process grows; GOGC or GOMEMLIMIT in the environment win.
func serveGC(maxMemory int64) func() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	limit := debug.SetMemoryLimit(maxMemory + 256<<20)
	return func() { debug.SetMemoryLimit(limit) }
}

// serveBanner is what perfdoc serve prints once it listens on a: a
// one-line warning when a is reachable from other machines, then the
// address to open (with the token, when there is one). An address on all
// interfaces (0.0.0.0, [::]) is opened here as 127.0.0.1.
func serveBanner(a net.Addr, token string) []string {
	var lines []string
	host, port := a.String(), ""
	if ta, ok := a.(*net.TCPAddr); ok {
		host, port = ta.IP.String(), strconv.Itoa(ta.Port)
		if !ta.IP.IsLoopback() {
			where := host + " port " + port
			if ta.IP.IsUnspecified() {
				where = "all interfaces, port " + port
			}
			ask := "; anyone who reaches it can use it (--token asks for a token)"
			if token != "" {
				ask = "; each request must carry the token"
			}
			lines = append(lines, "perfdoc serve: warning: listening on "+where+", reachable from other machines"+ask)
		}
		if ta.IP.IsUnspecified() {
			host = "127.0.0.1"
		}
	}
	u := "http://" + a.String() + "/"
	if port != "" {
		u = "http://" + net.JoinHostPort(host, port) + "/"
	}
	if token != "" {
		u += "?token=" + url.QueryEscape(token)
	}
	return append(lines, "perfdoc serve: "+u+" (Ctrl-C stops)")
}

// listenError is the line of an address perfdoc serve cannot listen on:
// the address quoted, what is wrong, and for a port in use what to do.
func listenError(addr string, err error) string {
	why := cli.Sanitize(err.Error())
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		why = "the port is in use (another perfdoc serve? --addr 127.0.0.1:0 takes any free port)"
	case errors.Is(err, syscall.EACCES):
		why = "not allowed to listen there (ports below 1024 need privileges: use one such as 8080)"
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		why = "no interface of this machine has that address"
	}
	return "perfdoc serve: cannot listen on " + cli.Quote(addr) + ": " + why
}

// isLoopback reports whether a listener's address is on the loopback
// interface only.
func isLoopback(a net.Addr) bool {
	ta, ok := a.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
}
