package main

import (
	"bytes"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/cli/clitest"
	"github.com/perfdoc/perfdoc/serve"
)

// TestServeBanner: a loopback address prints only the address to open; a
// non-loopback one a one-line warning first; all interfaces are opened as
// 127.0.0.1; the token comes with the address, escaped.
func TestServeBanner(t *testing.T) {
	tcp := func(ip string, port int) net.Addr { return &net.TCPAddr{IP: net.ParseIP(ip), Port: port} }
	assert.Equal(t, []string{"perfdoc serve: http://127.0.0.1:8080/ (Ctrl-C stops)"}, serveBanner(tcp("127.0.0.1", 8080), ""))
	assert.Equal(t, []string{"perfdoc serve: http://[::1]:8080/?token=a%2Bb (Ctrl-C stops)"}, serveBanner(tcp("::1", 8080), "a+b"))

	lines := serveBanner(tcp("0.0.0.0", 9000), "")
	if assert.Len(t, lines, 2) {
		assert.Equal(t, "perfdoc serve: warning: listening on all interfaces, port 9000, reachable from other machines; anyone who reaches it can use it (--token asks for a token)", lines[0])
		assert.Equal(t, "perfdoc serve: http://127.0.0.1:9000/ (Ctrl-C stops)", lines[1])
	}
	lines = serveBanner(tcp("192.0.2.2", 9000), "s3cret")
	if assert.Len(t, lines, 2) {
		assert.Equal(t, "perfdoc serve: warning: listening on 192.0.2.2 port 9000, reachable from other machines; each request must carry the token", lines[0])
		assert.Equal(t, "perfdoc serve: http://192.0.2.2:9000/?token=s3cret (Ctrl-C stops)", lines[1])
	}
	assert.Len(t, serveBanner(tcp("::", 9000), ""), 2)
}

func TestServeUsage(t *testing.T) {
	clitest.HelpOnStdout(t, program, "serve")
	code, _, errs := runCmd(t, "", "serve", "extra")
	assert.Equal(t, cli.ExitUsage, code)
	assert.Contains(t, errs, "serve takes no arguments")
	code, _, errs = runCmd(t, "", "serve", "--addr", "256.1.1.1:0")
	assert.Equal(t, cli.ExitFail, code)
	assert.Contains(t, errs, "perfdoc serve:")
}

func TestServeFlagsChecked(t *testing.T) {
	code, _, errs := runCmd(t, "", "serve", "--ocr", "sometimes")
	assert.Equal(t, cli.ExitUsage, code)
	assert.Contains(t, errs, `--ocr "sometimes"`)
	code, out, _ := runCmd(t, "", "serve", "--help")
	assert.Equal(t, cli.ExitOK, code)
	for _, f := range []string{"-max-cells", "-max-inflate", "-ocr", "-max-size", "-token", "-workers"} {
		assert.Contains(t, out, f)
	}
}

// TestServeAnswersAsTheCLI: each API answer is byte for byte what the
// command prints for the same files under the same names — the diff in
// every text format and both languages, the check with and without
// --previous, the parse — so that serve cannot drift from the CLI.
func TestServeAnswersAsTheCLI(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{}
	for _, name := range []string{"budget-2025.docx", "budget-2026.docx"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
		files[name] = b
	}
	t.Chdir(dir)
	s := serve.New(serve.Config{})
	api := func(url string, fields ...[2]string) (int, string) {
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		for _, f := range fields {
			w, err := mw.CreateFormFile(f[0], f[1])
			require.NoError(t, err)
			_, err = w.Write(files[f[1]])
			require.NoError(t, err)
		}
		require.NoError(t, mw.Close())
		req := httptest.NewRequest(http.MethodPost, url, &body)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		return rec.Code, rec.Body.String()
	}
	pair := [][2]string{{"old", "budget-2025.docx"}, {"new", "budget-2026.docx"}}
	for _, c := range []struct {
		cli    []string
		url    string
		fields [][2]string
	}{
		{[]string{"diff", "--format", "json", "budget-2025.docx", "budget-2026.docx"}, "/api/diff?format=json", pair},
		{[]string{"diff", "--format", "html", "budget-2025.docx", "budget-2026.docx"}, "/api/diff?format=html", pair},
		{[]string{"diff", "--format", "html", "--lang", "en", "budget-2025.docx", "budget-2026.docx"}, "/api/diff?format=html&lang=en", pair},
		{[]string{"diff", "--format", "markdown", "budget-2025.docx", "budget-2026.docx"}, "/api/diff?format=markdown", pair},
		{[]string{"diff", "budget-2025.docx", "budget-2026.docx"}, "/api/diff?format=text", pair},
		{[]string{"check", "--format", "json", "--previous", "budget-2025.docx", "budget-2026.docx"}, "/api/check",
			[][2]string{{"file", "budget-2026.docx"}, {"previous", "budget-2025.docx"}}},
		{[]string{"check", "--format", "json", "budget-2026.docx"}, "/api/check", [][2]string{{"file", "budget-2026.docx"}}},
		{[]string{"check", "--lang", "en", "budget-2026.docx"}, "/api/check?format=text&lang=en", [][2]string{{"file", "budget-2026.docx"}}},
		{[]string{"parse", "budget-2026.docx"}, "/api/parse", [][2]string{{"file", "budget-2026.docx"}}},
	} {
		t.Run(strings.Join(c.cli, " "), func(t *testing.T) {
			_, out, _ := runCmd(t, "", c.cli...)
			require.NotEmpty(t, out)
			status, body := api(c.url, c.fields...)
			require.Equal(t, http.StatusOK, status, body)
			assert.Equal(t, out, body)
		})
	}
}

// An address perfdoc serve cannot use is named and said why: a malformed
// --addr is a usage error (exit 2); one it cannot listen on exits 1, a
// port in use with what to do.
func TestServeListenErrors(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer busy.Close()
	inUse := busy.Addr().String()
	for _, tt := range []struct {
		addr string
		code int
		want string
	}{
		{"nonsense", cli.ExitUsage, `perfdoc serve: --addr "nonsense": want HOST:PORT`},
		{"127.0.0.1", cli.ExitUsage, `perfdoc serve: --addr "127.0.0.1": want HOST:PORT`},
		{inUse, cli.ExitFail, `perfdoc serve: cannot listen on "` + inUse + `": the port is in use (another perfdoc serve? --addr 127.0.0.1:0 takes any free port)` + "\n"},
		{"256.1.1.1:0", cli.ExitFail, `perfdoc serve: cannot listen on "256.1.1.1:0": `},
	} {
		code, out, errs := runCmd(t, "", "serve", "--addr", tt.addr)
		assert.Equal(t, tt.code, code, "%s: %s", tt.addr, errs)
		assert.Empty(t, out)
		assert.Contains(t, errs, tt.want, tt.addr)
	}
}
