package main

import (
	"net"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/cli/clitest"
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
