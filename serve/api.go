package serve

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"net"
	"net/http"
	"path"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/run"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

// upload is one file of a request, in memory.
type upload struct {
	label string // the client's file name, cleaned: it only labels the filing
	data  []byte
}

// readUploads reads the multipart body of r: the file fields named in
// fields (each at most once), the others skipped. Nothing is written to
// disk. A body over the cap is 413, a stalled one 408.
func readUploads(r *http.Request, fields ...string) (map[string]*upload, error) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		return nil, newError(http.StatusUnsupportedMediaType, CodeUnknownFormat, "请求体应为 multipart/form-data（如 curl -F file=@budget.docx），而不是 %q", "the body must be multipart/form-data (e.g. curl -F file=@budget.docx), not %q", r.Header.Get("Content-Type"))
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, newError(http.StatusBadRequest, CodeBadRequest, "multipart 请求体已损坏：%v", "a broken multipart body: %v", err)
	}
	want := map[string]bool{}
	for _, f := range fields {
		want[f] = true
	}
	got := map[string]*upload{}
	remaining := r.ContentLength // at most the cap: a longer one was refused unread
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, bodyError(err)
		}
		name := p.FormName()
		if !want[name] {
			if _, err := io.Copy(io.Discard, p); err != nil {
				return nil, bodyError(err)
			}
			continue
		}
		if got[name] != nil {
			return nil, newError(http.StatusBadRequest, CodeBadRequest, "字段 %q 出现了两次", "the field %q comes twice", name)
		}
		// room for the rest of the body at once, when its length is
		// known: no doubling copies of a large upload
		var b bytes.Buffer
		if remaining > 0 {
			b.Grow(int(remaining) + bytes.MinRead) // ReadFrom wants MinRead free to read on
		}
		if _, err := b.ReadFrom(p); err != nil {
			return nil, bodyError(err)
		}
		remaining -= int64(b.Len())
		got[name] = &upload{label: fileLabel(p.FileName(), name), data: b.Bytes()}
	}
	return got, nil
}

// bodyError is the answer to a body that could not be read.
func bodyError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return newError(http.StatusRequestEntityTooLarge, CodeTooLarge, "请求超过 %d 字节（--max-size）", "the request is more than %d bytes (--max-size)", mbe.Limit)
	}
	if errors.Is(err, errMemory) {
		return memoryError()
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return newError(http.StatusRequestTimeout, CodeTimeout, "上传太慢，已超时", "the upload came too slowly")
	}
	return newError(http.StatusBadRequest, CodeBadRequest, "multipart 请求体已损坏：%v", "a broken multipart body: %v", err)
}

// fileLabel is the name a filing is known by in the output: the last
// element of the client's file name, without control characters, at most
// 200 bytes; the field's name when there is none. It is never opened.
func fileLabel(name, field string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	name = path.Base(name)
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == utf8.RuneError {
			return -1
		}
		return r
	}, name)
	for len(name) > 200 {
		_, n := utf8.DecodeLastRuneInString(name)
		name = name[:len(name)-n]
	}
	if name == "" || name == "." || name == "/" || name == ".." {
		return field
	}
	return name
}

// options are the query parameters the handlers share.
type options struct {
	lang   report.Lang
	force  bool
	format string
	from   string
	year   int
}

// readOptions reads lang, force, format (one of formats, the first the
// default), from and year.
func readOptions(r *http.Request, formats ...string) (options, error) {
	q := r.URL.Query()
	var o options
	var ok bool
	if o.lang, ok = report.ParseLang(q.Get("lang")); !ok {
		return o, newError(http.StatusBadRequest, CodeBadRequest, "lang=%q：应为 zh 或 en", "lang=%q: want zh or en", q.Get("lang"))
	}
	switch q.Get("force") {
	case "", "0", "false":
	case "1", "true":
		o.force = true
	default:
		return o, newError(http.StatusBadRequest, CodeBadRequest, "force=%q：应为 1 或 0", "force=%q: want 1 or 0", q.Get("force"))
	}
	o.format = q.Get("format")
	if o.format == "md" {
		o.format = "markdown"
	}
	if o.format == "" {
		o.format = formats[0]
	} else if !contains(formats, o.format) {
		return o, newError(http.StatusUnsupportedMediaType, CodeUnknownFormat, "format=%q：应为 %s 之一", "format=%q: want %s", o.format, strings.Join(formats, ", "))
	}
	o.from = q.Get("from")
	switch o.from {
	case "", parser.FormatText, parser.FormatDOCX, parser.FormatHTML, parser.FormatDOC, parser.FormatXLSX, parser.FormatXLS, parser.FormatPDF:
	default:
		return o, newError(http.StatusUnsupportedMediaType, CodeUnknownFormat, "from=%q：应为 text、docx、html、doc、xlsx、xls 或 pdf", "from=%q: want text, docx, html, doc, xlsx, xls or pdf", o.from)
	}
	if y := q.Get("year"); y != "" {
		n, err := strconv.Atoi(y)
		if err != nil || n < 1900 || n > 2200 {
			return o, newError(http.StatusBadRequest, CodeBadRequest, "year=%q：应为年份，如 2026", "year=%q: want a year such as 2026", y)
		}
		o.year = n
	}
	return o, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// load parses one upload. Bytes that perfdoc would read as a text export
// but that are not text (an image, an archive) are 415.
func (s *Server) load(u *upload, o options) (*model.Document, error) {
	if o.from == "" && parser.Sniff(u.data) == parser.FormatText && len(bytes.TrimSpace(u.data)) > 0 {
		if ct := http.DetectContentType(u.data); !strings.HasPrefix(ct, "text/") {
			return nil, newError(http.StatusUnsupportedMediaType, CodeUnknownFormat, "%s: 不支持的文件格式 %s（perfdoc 读取 DOCX、DOC、XLSX、XLS、PDF、HTML 和文本导出）", "%s: %s is no format perfdoc reads (DOCX, DOC, XLSX, XLS, PDF, HTML or a text export)", cli.Quote(u.label), ct)
		}
	}
	lim := s.cfg.Limits
	// a scan's pages are read by OCR one at a time per worker: the
	// workers together run no more Tesseracts than there are CPUs
	ocrWorkers := max(1, runtime.NumCPU()/s.cfg.Workers)
	doc, err := parser.Parse(u.data, parser.Options{Path: u.label, Format: o.from, Year: o.year, Limits: &lim, OCR: s.cfg.OCR, OCRWorkers: ocrWorkers})
	if err != nil {
		return nil, parseError(u.label, err)
	}
	return doc, nil
}

// need returns the named uploads, 400 when one is missing.
func need(ups map[string]*upload, fields ...string) error {
	for _, f := range fields {
		if ups[f] == nil {
			return newError(http.StatusBadRequest, CodeBadRequest, "缺少 multipart 字段 %q（一个文件）", "the multipart field %q (a file) is missing", f)
		}
	}
	return nil
}

// work reads the uploads, waits for a worker and runs fn with them.
func (s *Server) work(r *http.Request, fields []string, required []string, fn func(map[string]*upload) error) error {
	ups, err := readUploads(r, fields...)
	if err != nil {
		return err
	}
	if err := need(ups, required...); err != nil {
		return err
	}
	release, err := s.gate.work(r.Context())
	if err != nil {
		return newError(http.StatusServiceUnavailable, CodeBusy, "服务器繁忙：等待时限内没有空闲的处理进程，请稍后再试", "the server is busy: no worker was free in time; try again shortly")
	}
	defer release()
	if s.cfg.beforeWork != nil {
		s.cfg.beforeWork()
	}
	return fn(ups)
}

// parse is POST /api/parse: field file; from, year, lang (of the
// warnings' messages). The answer is perfdoc parse's JSON.
func (s *Server) parse(w http.ResponseWriter, r *http.Request) error {
	o, err := readOptions(r, "json")
	if err != nil {
		return err
	}
	return s.work(r, []string{"file"}, []string{"file"}, func(ups map[string]*upload) error {
		doc, err := s.load(ups["file"], o)
		if err != nil {
			return err
		}
		if o.lang == report.English {
			diag.Localize(doc, diag.English)
		}
		var b bytes.Buffer
		if err := run.WriteDocument(&b, doc); err != nil {
			return err
		}
		return send(w, &b, "json", "")
	})
}

// check is POST /api/check: field file, optional previous; lang, force,
// format json|xlsx|text. The answer is perfdoc check's.
func (s *Server) check(w http.ResponseWriter, r *http.Request) error {
	o, err := readOptions(r, "json", "xlsx", "text")
	if err != nil {
		return err
	}
	return s.work(r, []string{"file", "previous"}, []string{"file"}, func(ups map[string]*upload) error {
		doc, err := s.load(ups["file"], o)
		if err != nil {
			return err
		}
		cfg := run.CheckConfig(o.lang)
		if p := ups["previous"]; p != nil {
			if cfg.Previous, err = s.load(p, options{}); err != nil {
				return err
			}
		}
		rep, problems := run.Check(doc, cfg, o.force)
		if len(problems) > 0 {
			prev, file := cli.Quote(ups["previous"].label), cli.Quote(ups["file"].label)
			return mismatch(problems, file+" 未与上年文件 "+prev+" 对比",
				"--previous "+prev+" cannot stand as last year's filing of "+file)
		}
		var b bytes.Buffer
		if o.format == "json" {
			// perfdoc check --format json: the report object on one line
			// (JSON Lines, one object per file)
			err = run.WriteJSON(&b, rep, false)
		} else {
			err = run.WriteChecks(&b, []*audit.Report{rep}, o.format, o.lang, false, false)
		}
		if err != nil {
			return err
		}
		return send(w, &b, o.format, "perfdoc-check")
	})
}

// diff is POST /api/diff: fields old and new; lang, force, format
// json|html|xlsx|markdown|text. The answer is perfdoc diff's.
func (s *Server) diff(w http.ResponseWriter, r *http.Request) error {
	o, err := readOptions(r, "json", "html", "xlsx", "markdown", "text")
	if err != nil {
		return err
	}
	return s.work(r, []string{"old", "new"}, []string{"old", "new"}, func(ups map[string]*upload) error {
		old, err := s.load(ups["old"], o)
		if err != nil {
			return err
		}
		new, err := s.load(ups["new"], o)
		if err != nil {
			return err
		}
		res, problems := run.Diff(old, new, diff.DefaultThreshold, o.force)
		if res == nil {
			return mismatch(problems, "这两份文件不宜对比", "these filings should not be compared")
		}
		var b bytes.Buffer
		if err := run.WriteDiff(&b, res, o.format, run.DiffOptions(o.lang)); err != nil {
			return err
		}
		return send(w, &b, o.format, "perfdoc-diff-"+strconv.Itoa(old.Year)+"-"+strconv.Itoa(new.Year))
	})
}

// mismatch is the 422 of a pair that should not be compared: its message
// in Chinese and in English (zh and en, then the problems' messages, as
// perfdoc diff says them on stderr) and its problems.
func mismatch(problems []diff.Problem, zh, en string) *apiError {
	zhs := make([]string, len(problems))
	ens := make([]string, len(problems))
	for i, p := range problems {
		zhs[i], ens[i] = p.Chinese(), p.Message
	}
	return &apiError{Status: http.StatusUnprocessableEntity, Code: CodeShouldNotCompare, Problems: problems,
		zh: zh + "：" + strings.Join(zhs, "；") + "（force=1 仍然对比）",
		en: en + ": " + strings.Join(ens, "; ") + " (force=1 compares them anyway)"}
}

// contentTypes are the media types of the output formats.
var contentTypes = map[string]string{
	"json":     "application/json; charset=utf-8",
	"html":     "text/html; charset=utf-8",
	"xlsx":     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	"markdown": "text/markdown; charset=utf-8",
	"text":     "text/plain; charset=utf-8",
}

// send writes a rendered answer; a workbook comes as an attachment named
// name.xlsx, an HTML report under the report's own policy.
func send(w http.ResponseWriter, b *bytes.Buffer, format, name string) error {
	h := w.Header()
	h.Set("Content-Type", contentTypes[format])
	h.Set("Content-Length", strconv.Itoa(b.Len()))
	switch format {
	case "xlsx":
		h.Set("Content-Disposition", `attachment; filename="`+name+`.xlsx"`)
	case "html":
		h.Set("Content-Security-Policy", report.ContentSecurityPolicy)
	}
	b.WriteTo(w) // a write error is a client gone away: nothing more to answer
	return nil
}
