package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/internal/run"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

func seedBytes(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	return b
}

// form builds a multipart body of files: field, file name, bytes.
func form(t testing.TB, files ...[3]string) (*bytes.Buffer, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for _, f := range files {
		w, err := mw.CreateFormFile(f[0], f[1])
		require.NoError(t, err)
		_, err = w.Write([]byte(f[2]))
		require.NoError(t, err)
	}
	require.NoError(t, mw.Close())
	return &b, mw.FormDataContentType()
}

type answer struct {
	status int
	header http.Header
	body   []byte
}

func (a answer) errorCode(t testing.TB) string {
	t.Helper()
	var e struct {
		Error struct{ Code, Message string }
	}
	require.NoError(t, json.Unmarshal(a.body, &e), "%s", a.body)
	assert.NotEmpty(t, e.Error.Message)
	return e.Error.Code
}

func do(t testing.TB, h http.Handler, req *http.Request) answer {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return answer{rec.Code, rec.Header(), rec.Body.Bytes()}
}

func post(t testing.TB, h http.Handler, url string, files ...[3]string) answer {
	t.Helper()
	body, ct := form(t, files...)
	req := httptest.NewRequest(http.MethodPost, url, body)
	req.Header.Set("Content-Type", ct)
	return do(t, h, req)
}

func seedPair(t testing.TB) ([3]string, [3]string) {
	return [3]string{"old", "budget-2025.docx", string(seedBytes(t, "budget-2025.docx"))},
		[3]string{"new", "budget-2026.docx", string(seedBytes(t, "budget-2026.docx"))}
}

// TestDiffAnswersWhatTheCLIWrites: /api/diff in each format is byte for
// byte what internal/run writes for perfdoc diff on the same files.
func TestDiffAnswersWhatTheCLIWrites(t *testing.T) {
	s := New(Config{})
	old, new := seedPair(t)
	od, err := parser.Parse([]byte(old[2]), parser.Options{Path: old[1]})
	require.NoError(t, err)
	nd, err := parser.Parse([]byte(new[2]), parser.Options{Path: new[1]})
	require.NoError(t, err)
	res, _ := run.Diff(od, nd, diff.DefaultThreshold, false)
	for _, format := range []string{"json", "html", "markdown", "text", "xlsx"} {
		a := post(t, s, "/api/diff?format="+format, old, new)
		require.Equal(t, http.StatusOK, a.status, "%s: %s", format, a.body)
		var want bytes.Buffer
		require.NoError(t, run.WriteDiff(&want, res, format, run.DiffOptions(report.Chinese)))
		assert.Equal(t, want.String(), string(a.body), format)
		assert.Equal(t, contentTypes[format], a.header.Get("Content-Type"))
	}
	a := post(t, s, "/api/diff?format=html", old, new)
	assert.Equal(t, report.ContentSecurityPolicy, a.header.Get("Content-Security-Policy"))
	assert.Contains(t, string(a.body), "需关注")
	a = post(t, s, "/api/diff?format=xlsx", old, new)
	assert.Contains(t, a.header.Get("Content-Disposition"), `filename="perfdoc-diff-2025-2026.xlsx"`)
	a = post(t, s, "/api/diff?format=html&lang=en", old, new)
	assert.Contains(t, string(a.body), "Look here first")
}

func TestParseAndCheck(t *testing.T) {
	s := New(Config{})
	old, new := seedPair(t)
	a := post(t, s, "/api/parse", [3]string{"file", `C:\Users\x\budget-2026.docx`, new[2]})
	require.Equal(t, http.StatusOK, a.status, "%s", a.body)
	var doc struct {
		Source struct{ Path string }
		Year   int
	}
	require.NoError(t, json.Unmarshal(a.body, &doc))
	assert.Equal(t, "budget-2026.docx", doc.Source.Path, "the client's folders are dropped")
	assert.Equal(t, 2026, doc.Year)
	for lang, want := range map[string]string{"": "删去了重复的“88%”", "zh": "删去了重复的“88%”", "en": `doubled text \"88%\" dropped`} {
		a = post(t, s, "/api/parse?lang="+lang, [3]string{"file", new[1], new[2]})
		require.Equal(t, http.StatusOK, a.status, "%s", a.body)
		assert.Contains(t, string(a.body), want, "lang=%s: the warnings' language", lang)
	}

	nd, err := parser.Parse([]byte(new[2]), parser.Options{Path: "budget-2026.docx"})
	require.NoError(t, err)
	od, err := parser.Parse([]byte(old[2]), parser.Options{Path: "budget-2025.docx"})
	require.NoError(t, err)
	cfg := run.CheckConfig(report.Chinese)
	cfg.Previous = od
	rep, _ := run.Check(nd, cfg, false)
	var want bytes.Buffer
	require.NoError(t, run.WriteJSON(&want, rep, false)) // one line, as perfdoc check --format json
	a = post(t, s, "/api/check", [3]string{"file", new[1], new[2]}, [3]string{"previous", old[1], old[2]})
	require.Equal(t, http.StatusOK, a.status, "%s", a.body)
	assert.Equal(t, want.String(), string(a.body), "check with --previous, as the CLI")

	a = post(t, s, "/api/check?format=xlsx", [3]string{"file", new[1], new[2]})
	require.Equal(t, http.StatusOK, a.status)
	assert.Equal(t, "PK", string(a.body[:2]))
}

// TestStatuses: every error status of the API, with its JSON error.
func TestStatuses(t *testing.T) {
	old, new := seedPair(t)
	passwd := [3]string{"file", "passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n"}
	png := [3]string{"file", "a.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"}
	s := New(Config{MaxSize: 1 << 20})
	for _, c := range []struct {
		name   string
		url    string
		files  [][3]string
		status int
		code   string
	}{
		{"not a filing", "/api/parse", [][3]string{passwd}, 400, CodeNotAFiling},
		{"empty file", "/api/parse", [][3]string{{"file", "e.txt", ""}}, 400, CodeNotAFiling},
		{"a damaged docx", "/api/parse", [][3]string{{"file", "d.docx", "PK\x03\x04garbage"}}, 400, CodeNotAFiling},
		{"missing field", "/api/diff", [][3]string{old}, 400, CodeBadRequest},
		{"field twice", "/api/parse", [][3]string{passwd, passwd}, 400, CodeBadRequest},
		{"bad lang", "/api/parse?lang=fr", [][3]string{passwd}, 400, CodeBadRequest},
		{"bad year", "/api/parse?year=abc", [][3]string{passwd}, 400, CodeBadRequest},
		{"a broken image (images are read by OCR)", "/api/parse", [][3]string{png}, 400, CodeNotAFiling},
		{"gzip bytes", "/api/parse", [][3]string{{"file", "p.gz", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03+\xca\xcf/\xb1\x02\x00"}}, 415, CodeUnknownFormat},
		{"unknown from", "/api/parse?from=odt", [][3]string{passwd}, 415, CodeUnknownFormat},
		{"unknown output", "/api/diff?format=pdf", [][3]string{old, new}, 415, CodeUnknownFormat},
		{"reversed years", "/api/diff", [][3]string{{"old", new[1], new[2]}, {"new", old[1], old[2]}}, 422, CodeShouldNotCompare},
		{"previous of a later year", "/api/check", [][3]string{{"file", old[1], old[2]}, {"previous", new[1], new[2]}}, 422, CodeShouldNotCompare},
		{"over max-size", "/api/parse", [][3]string{{"file", "big.txt", strings.Repeat("项目名称 ", 1<<18)}}, 413, CodeTooLarge},
		{"unknown API", "/api/nothing", [][3]string{passwd}, 404, CodeNotFound},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := post(t, s, c.url, c.files...)
			require.Equal(t, c.status, a.status, "%s", a.body)
			assert.Equal(t, c.code, a.errorCode(t))
			assert.Equal(t, "application/json; charset=utf-8", a.header.Get("Content-Type"))
		})
	}
	t.Run("force compares anyway", func(t *testing.T) {
		a := post(t, s, "/api/diff?force=1", [3]string{"old", new[1], new[2]}, [3]string{"new", old[1], old[2]})
		assert.Equal(t, 200, a.status)
	})
	t.Run("422 says why, in the request's language", func(t *testing.T) {
		var e struct {
			Error struct {
				Message  string
				Problems []diff.Problem
			}
		}
		a := post(t, s, "/api/diff", [3]string{"old", new[1], new[2]}, [3]string{"new", old[1], old[2]})
		require.NoError(t, json.Unmarshal(a.body, &e))
		require.Len(t, e.Error.Problems, 1)
		assert.Equal(t, diff.YearsReversed, e.Error.Problems[0].Kind)
		assert.Equal(t, "上年文件为2026年，晚于本年文件（2025年）：两个文件的顺序可能颠倒了", e.Error.Problems[0].Message)
		assert.Equal(t, "这两份文件不宜对比：上年文件为2026年，晚于本年文件（2025年）：两个文件的顺序可能颠倒了（force=1 仍然对比）", e.Error.Message)

		a = post(t, s, "/api/diff?lang=en", [3]string{"old", new[1], new[2]}, [3]string{"new", old[1], old[2]})
		require.NoError(t, json.Unmarshal(a.body, &e))
		assert.Equal(t, "OLD is for 2026, after NEW (2025): the files may be in the wrong order", e.Error.Problems[0].Message)
		assert.Contains(t, e.Error.Message, "force=1 compares them anyway")

		a = post(t, s, "/api/check", [3]string{"file", old[1], old[2]}, [3]string{"previous", new[1], new[2]})
		require.NoError(t, json.Unmarshal(a.body, &e))
		assert.True(t, strings.HasPrefix(e.Error.Message, `"budget-2025.docx" 未与上年文件 "budget-2026.docx" 对比：`), e.Error.Message)
	})
	t.Run("GET is refused", func(t *testing.T) {
		a := do(t, s, httptest.NewRequest(http.MethodGet, "/api/diff", nil))
		assert.Equal(t, 405, a.status)
		assert.Equal(t, "POST", a.header.Get("Allow"))
		assert.Equal(t, CodeMethod, a.errorCode(t))
	})
	t.Run("not multipart", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodPost, "/api/parse", strings.NewReader("{}"))
		req.Header.Set("Content-Type", "application/json")
		a := do(t, s, req)
		assert.Equal(t, 415, a.status)
	})
	t.Run("Content-Length over max-size, refused unread", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodPost, "/api/parse", strings.NewReader("x"))
		req.ContentLength = 2 << 20
		req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
		a := do(t, s, req)
		assert.Equal(t, 413, a.status)
	})
	t.Run("a reader's limit is 413", func(t *testing.T) {
		small := New(Config{Limits: parser.Limits{MaxInflate: 1000}})
		a := post(t, small, "/api/parse", [3]string{"file", new[1], new[2]})
		assert.Equal(t, 413, a.status, "%s", a.body)
	})
}

func TestOriginHostAndToken(t *testing.T) {
	_, new := seedPair(t)
	file := [3]string{"file", new[1], new[2]}
	req := func(s *Server, mod func(*http.Request)) answer {
		body, ct := form(t, file)
		r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:8080/api/parse", body)
		r.Header.Set("Content-Type", ct)
		mod(r)
		return do(t, s, r)
	}
	s := New(Config{Loopback: true})
	assert.Equal(t, 200, req(s, func(r *http.Request) { r.Header.Set("Origin", "http://127.0.0.1:8080") }).status)
	a := req(s, func(r *http.Request) { r.Header.Set("Origin", "http://evil.example") })
	assert.Equal(t, 403, a.status)
	assert.Equal(t, CodeForbidden, a.errorCode(t))
	assert.Equal(t, 403, req(s, func(r *http.Request) { r.Header.Set("Origin", "null") }).status)
	assert.Equal(t, 403, req(s, func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "cross-site") }).status)
	assert.Equal(t, 403, req(s, func(r *http.Request) { r.Host = "evil.example:8080" }).status, "DNS rebinding")
	assert.Equal(t, 200, req(s, func(r *http.Request) { r.Host = "localhost:8080"; r.Header.Set("Origin", "http://localhost:8080") }).status)

	s = New(Config{Token: "s3cret"})
	a = req(s, func(r *http.Request) {})
	assert.Equal(t, 401, a.status)
	assert.Equal(t, CodeUnauthorized, a.errorCode(t))
	assert.Equal(t, 401, req(s, func(r *http.Request) { r.Header.Set("X-Perfdoc-Token", "wrong") }).status)
	assert.Equal(t, 200, req(s, func(r *http.Request) { r.Header.Set("X-Perfdoc-Token", "s3cret") }).status)
	assert.Equal(t, 200, req(s, func(r *http.Request) { r.Header.Set("Authorization", "Bearer s3cret") }).status)
	assert.Equal(t, 200, req(s, func(r *http.Request) { r.URL.RawQuery = "token=s3cret" }).status)
	assert.Equal(t, 401, do(t, s, httptest.NewRequest(http.MethodGet, "/", nil)).status, "the page too")
	assert.Equal(t, 200, do(t, s, httptest.NewRequest(http.MethodGet, "/?token=s3cret", nil)).status)
}

func TestPage(t *testing.T) {
	s := New(Config{})
	a := do(t, s, httptest.NewRequest(http.MethodGet, "/", nil))
	require.Equal(t, 200, a.status)
	csp := a.header.Get("Content-Security-Policy")
	require.True(t, strings.HasPrefix(csp, report.ContentSecurityPolicy+"; script-src 'nonce-"), csp)
	nonce := strings.TrimSuffix(strings.SplitN(strings.SplitN(csp, "'nonce-", 2)[1], "'", 2)[0], "'")
	page := string(a.body)
	assert.Contains(t, page, `<script nonce="`+nonce+`">`)
	assert.Equal(t, 1, strings.Count(page, "<script"), "one script, inline")
	assert.NotRegexp(t, `(?i)(src|href)="(https?:)?//`, page, "nothing loaded from elsewhere")
	assert.Contains(t, page, `lang="zh-CN"`)
	b := do(t, s, httptest.NewRequest(http.MethodGet, "/", nil))
	assert.NotEqual(t, csp, b.header.Get("Content-Security-Policy"), "a new nonce each time")
	en := do(t, s, httptest.NewRequest(http.MethodGet, "/?lang=en", nil))
	assert.Contains(t, string(en.body), `lang="en"`)
	assert.Equal(t, 404, do(t, s, httptest.NewRequest(http.MethodGet, "/etc/passwd", nil)).status)
	assert.Equal(t, 405, do(t, s, httptest.NewRequest(http.MethodPost, "/", nil)).status)
}

// TestBusy: with one worker held and no queue, a request gets 503 with
// Retry-After at once; with a queue it waits its bounded time, then 503.
func TestBusy(t *testing.T) {
	_, new := seedPair(t)
	file := [3]string{"file", new[1], new[2]}
	for _, queue := range []int{-1, 1} {
		hold, held := make(chan struct{}), make(chan struct{}, 1)
		s := New(Config{Workers: 1, Queue: queue, Wait: 50 * time.Millisecond, beforeWork: func() {
			select {
			case held <- struct{}{}:
				<-hold
			default:
			}
		}})
		first := make(chan answer)
		go func() { first <- post(t, s, "/api/parse", file) }()
		<-held
		a := post(t, s, "/api/parse", file)
		assert.Equal(t, 503, a.status, "queue %d", queue)
		assert.Equal(t, CodeBusy, a.errorCode(t))
		assert.NotEmpty(t, a.header.Get("Retry-After"))
		close(hold)
		assert.Equal(t, 200, (<-first).status)
		assert.Equal(t, 200, post(t, s, "/api/parse", file).status, "free again")
	}
}

// TestConcurrentDiffs: 20 diffs at once over real connections all answer
// 200 with the same report.
func TestConcurrentDiffs(t *testing.T) {
	srv := httptest.NewServer(New(Config{Workers: 2}))
	defer srv.Close()
	old, new := seedPair(t)
	body, ct := form(t, old, new)
	var wg sync.WaitGroup
	bodies := make([][]byte, 20)
	codes := make([]int, 20)
	for i := range 20 {
		wg.Go(func() {
			resp, err := http.Post(srv.URL+"/api/diff?format=json", ct, bytes.NewReader(body.Bytes()))
			if !assert.NoError(t, err) {
				return
			}
			defer resp.Body.Close()
			codes[i] = resp.StatusCode
			bodies[i], _ = io.ReadAll(resp.Body)
		})
	}
	wg.Wait()
	for i := range 20 {
		assert.Equal(t, 200, codes[i], "%s", bodies[i])
		assert.Equal(t, bodies[0], bodies[i])
	}
}

// TestSlowClient: an upload that stalls holds no worker — with one
// worker, other requests are answered meanwhile — and the server's read
// timeout ends it with 408.
func TestSlowClient(t *testing.T) {
	srv := httptest.NewUnstartedServer(New(Config{Workers: 1}))
	srv.Config.ReadTimeout = 300 * time.Millisecond
	srv.Start()
	defer srv.Close()
	_, new := seedPair(t)
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	slow := make(chan *http.Response)
	go func() {
		resp, err := http.Post(srv.URL+"/api/parse", mw.FormDataContentType(), pr)
		if err != nil {
			resp = nil
		}
		slow <- resp
	}()
	w, err := mw.CreateFormFile("file", "slow.docx")
	require.NoError(t, err)
	_, err = w.Write([]byte(new[2][:100])) // and then nothing more
	require.NoError(t, err)

	body, ct := form(t, [3]string{"file", new[1], new[2]})
	resp, err := http.Post(srv.URL+"/api/parse", ct, body)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode, "answered while the slow upload stalls")

	r := <-slow
	pw.CloseWithError(fmt.Errorf("done"))
	require.NotNil(t, r, "the stalled upload is answered")
	b, _ := io.ReadAll(r.Body)
	r.Body.Close()
	assert.Equal(t, 408, r.StatusCode, "%s", b)
}

// endless is a multipart body of one file that never ends below n bytes.
type endless struct{ n, sent int64 }

func (e *endless) Read(p []byte) (int, error) {
	if e.sent >= e.n {
		return 0, io.EOF
	}
	if e.sent == 0 {
		h := "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n\r\n"
		n := copy(p, h)
		e.sent += int64(n)
		return n, nil
	}
	m := min(int64(len(p)), e.n-e.sent)
	for i := range p[:m] {
		p[i] = 'a'
	}
	e.sent += m
	return int(m), nil
}

// TestHugeBody: a 256 MiB multipart body, sent without Content-Length to
// a server capped at 1 MiB, is refused with 413 after about 1 MiB read;
// the server allocates a few MiB, not the body.
func TestHugeBody(t *testing.T) {
	srv := httptest.NewServer(New(Config{MaxSize: 1 << 20}))
	defer srv.Close()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	body := &endless{n: 256 << 20}
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/api/parse", body)
	require.NoError(t, err)
	req.ContentLength = -1
	req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	runtime.ReadMemStats(&after)
	assert.Equal(t, 413, resp.StatusCode, "%s", b)
	assert.Contains(t, string(b), CodeTooLarge)
	assert.Less(t, body.sent, int64(64<<20), "the server stopped reading long before the end")
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(32<<20), "allocated far less than the body")
}

func TestFileLabel(t *testing.T) {
	for _, c := range [][3]string{
		{"budget.docx", "f", "budget.docx"},
		{"../../etc/passwd", "f", "passwd"},
		{`C:\a\b.docx`, "f", "b.docx"},
		{"", "old", "old"},
		{"..", "old", "old"},
		{"a\x1b[31mb\n.txt", "f", "a[31mb.txt"},
		{strings.Repeat("预", 100), "f", strings.Repeat("预", 66)},
	} {
		assert.Equal(t, c[2], fileLabel(c[0], c[1]), c[0])
	}
}

// TestOCRNever: with Config.OCR never an image is refused as having no
// text layer, without OCR trying to read it.
func TestOCRNever(t *testing.T) {
	png := [3]string{"file", "scan.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"}
	msg := func(s *Server) string {
		a := post(t, s, "/api/parse", png)
		require.Equal(t, 400, a.status, "%s", a.body)
		return string(a.body)
	}
	assert.Contains(t, msg(New(Config{})), "OCR", "auto: OCR tried the image")
	never := msg(New(Config{OCR: parser.OCRNever}))
	assert.Contains(t, never, "no text layer")
	assert.NotContains(t, never, "OCR:")
}

// TestMemoryBound: the uploads held at once, all requests together, stay
// under MaxMemory: while one request holds 600 KB, another of 600 KB gets
// 503 with Retry-After — at once when its Content-Length says so, while
// it is read when it comes chunked — and is served once the first is done.
func TestMemoryBound(t *testing.T) {
	hold, held := make(chan struct{}), make(chan struct{}, 1)
	var once sync.Once
	s := New(Config{Workers: 1, Queue: 4, Wait: 200 * time.Millisecond, MaxSize: 1 << 20, MaxMemory: 1 << 20, beforeWork: func() {
		once.Do(func() {
			held <- struct{}{}
			<-hold
		})
	}})
	srv := httptest.NewServer(s)
	defer srv.Close()
	big := [3]string{"file", "big.txt", strings.Repeat("x", 600<<10)}
	send := func(chunked bool) *http.Response {
		body, ct := form(t, big)
		var r io.Reader = body
		if chunked {
			r = io.MultiReader(body) // no Content-Length
		}
		req, err := http.NewRequest(http.MethodPost, srv.URL+"/api/parse", r)
		require.NoError(t, err)
		req.Header.Set("Content-Type", ct)
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		return resp
	}
	first := make(chan int)
	go func() {
		resp := send(false)
		resp.Body.Close()
		first <- resp.StatusCode
	}()
	<-held
	for _, chunked := range []bool{false, true} {
		resp := send(chunked)
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, 503, resp.StatusCode, "chunked %v: %s", chunked, b)
		assert.Contains(t, string(b), "服务器同时持有的上传文件太多", "turned away for the memory, not after waiting for a worker")
		assert.NotEmpty(t, resp.Header.Get("Retry-After"))
	}
	close(hold)
	assert.Equal(t, 400, <-first, "the first is answered: no filing")
	resp := send(true)
	resp.Body.Close()
	assert.Equal(t, 400, resp.StatusCode, "the memory is given back")
	assert.Zero(t, s.gate.held.Load())
}
