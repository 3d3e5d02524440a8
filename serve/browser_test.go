package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/internal/run"
	"github.com/perfdoc/perfdoc/parser"
	"github.com/perfdoc/perfdoc/report"
)

// chromium finds a Chromium or Chrome to drive: $PERFDOC_CHROMIUM, else
// the first of the usual names on PATH. Without one the browser test
// skips, unless PERFDOC_REQUIRE_BROWSER=1 (CI), when it fails.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("PERFDOC_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("PERFDOC_REQUIRE_BROWSER") == "1" {
		t.Fatal("no chromium on PATH and PERFDOC_REQUIRE_BROWSER=1 (apt-get install chromium)")
	}
	t.Skip("no chromium on PATH (apt-get install chromium; PERFDOC_REQUIRE_BROWSER=1 makes this a failure)")
	return ""
}

// expected is what perfdoc diff prints for the seed pair, read from its
// text report: the two budget totals and their change, the project
// counts, and the projects of the 需关注 section.
type expected struct {
	totals []string // 上年, 本年, 预算变化
	counts []string // 配对, 有变更, 新增, 删除
	watch  []string // "14. 干部教育培训经费 [13060526P000016100037]"
}

func expectedDiff(t *testing.T, res *diff.Result) expected {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, run.WriteDiff(&b, res, "text", run.DiffOptions(report.Chinese)))
	text := b.String()
	var e expected
	for _, m := range regexp.MustCompile(`预算合计 (\S+ 万元)`).FindAllStringSubmatch(text, -1) {
		e.totals = append(e.totals, m[1])
	}
	m := regexp.MustCompile(`(?m)^  预算变化 (\S+ 万元)`).FindStringSubmatch(text)
	require.NotNil(t, m, text)
	e.totals = append(e.totals, m[1])
	m = regexp.MustCompile(`项目: 配对 (\d+) \(有变更 (\d+)\), 新增 (\d+), 删除 (\d+)`).FindStringSubmatch(text)
	require.NotNil(t, m, text)
	e.counts = m[1:]
	_, watch, ok := strings.Cut(text, "== 需关注")
	require.True(t, ok, "the seed pair has a 需关注 section")
	watch, _, _ = strings.Cut(watch, "\n== ")
	for _, line := range strings.Split(watch, "\n") {
		if !strings.HasPrefix(line, "[") {
			continue
		}
		_, name, _ := strings.Cut(line, "] ")
		name, _, _ = strings.Cut(name, "  预算数")
		e.watch = append(e.watch, name)
	}
	require.Len(t, e.totals, 3)
	require.NotEmpty(t, e.watch)
	return e
}

// page drives one tab of a headless Chromium.
type page struct {
	t    *testing.T
	ctx  context.Context
	full bool // whole-page screenshots
}

// do runs actions, failing the test on an error.
func (p page) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	require.NoError(p.t, chromedp.Do(p.ctx, actions...), what)
}

// eval evaluates a script in the page; its result decoded into v.
func (p page) eval(script string, v any) {
	p.t.Helper()
	raw, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]byte](script, chromedp.EvalAwaitPromise))
	require.NoError(p.t, err, script)
	if v != nil {
		require.NoError(p.t, json.Unmarshal(raw, v), "%s: %s", script, raw)
	}
}

// until waits for a script to be true. The page's policy forbids eval,
// so chromedp's Poll (new Function in the page) cannot run there: this
// evaluates from outside, again and again; the test's context bounds it.
// A wait that runs out fails the test, naming what it waited for and
// what the page showed then; it bounds a page that never answers, it is
// not what the test measures.
func (p page) until(what, script string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 90*time.Second)
	defer cancel()
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("Boolean("+script+")"))
		if err == nil && ok {
			return
		}
		select {
		case <-ctx.Done():
			p.t.Fatalf("waiting for %s: %v (%v); the page: %s", what, ctx.Err(), err, p.state())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// state is what the page shows, for a failure's message.
func (p page) state() string {
	raw, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]byte](`({
		error: document.getElementById("error").hidden ? null : document.getElementById("error").textContent,
		progress: document.getElementById("progress").hidden ? null : document.querySelector(".progress-text").textContent,
		result: !document.getElementById("result").hidden,
		drops: [...document.querySelectorAll(".drop:not([hidden]) .drop-name")].map(e => e.textContent),
		width: window.innerWidth
	})`))
	if err != nil {
		return err.Error()
	}
	return string(raw)
}

// drop drops a file on an element as a browser does when a file is
// dragged from the desktop: the file comes through a file input the page
// does not know (DevTools sets its files), then a drop event carries it.
func (p page) drop(path, target string) {
	p.t.Helper()
	p.eval(`(() => { let i = document.getElementById("test-probe"); if (!i) { i = document.createElement("input"); i.type = "file"; i.id = "test-probe"; i.hidden = true; document.body.appendChild(i); } return true; })()`, nil)
	p.do("set the probe's file", chromedp.SetUploadFiles(chromedp.ID("test-probe"), []string{path}, chromedp.NodeReady))
	p.eval(fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.items.add(document.getElementById("test-probe").files[0]);
		const zone = document.querySelector(%q);
		zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
		zone.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		return true;
	})()`, target), nil)
}

// screenshot saves the page at width px wide as name.png in dir: the
// whole page when full (asked for with $PERFDOC_SCREENSHOTS: a page of 60
// findings takes seconds), else the first 900 px.
func (p page) screenshot(dir, name string, width int64) {
	p.t.Helper()
	p.do("viewport", chromedp.EmulateViewport(width, 900))
	// the report's frame is sized to its content after a reflow
	p.until("the frame sized", `(() => { const f = document.querySelector("#report-pane iframe"); return !f || f.dataset.width === String(window.innerWidth); })()`)
	shot := chromedp.CaptureScreenshot()
	if p.full {
		shot = chromedp.FullScreenshot(100)
	}
	png, err := chromedp.Run(p.ctx, shot)
	require.NoError(p.t, err)
	path := filepath.Join(dir, name+".png")
	require.NoError(p.t, os.WriteFile(path, png, 0o644))
	p.t.Logf("screenshot %s", path)
}

// downloads clicks the download button of each label and returns the
// files the browser saved, by label.
func (p page) downloads(dir string, labels ...string) map[string][]byte {
	p.t.Helper()
	got := map[string][]byte{}
	for _, label := range labels {
		ctx, cancel := context.WithTimeout(p.ctx, 90*time.Second) // as until's
		defer cancel()
		begin := chromedp.BrowserEvents(ctx, browser.DownloadWillBegin)
		progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
		p.do("click "+label, chromedp.Click(chromedp.CSS(`#downloads button[data-download="`+label+`"]`), chromedp.NodeVisible))
		var name, guid string
		for ev, err := range begin {
			require.NoError(p.t, err, "%s: the download did not begin; the page: %s", label, p.state())
			name, guid = ev.SuggestedFilename, ev.GUID
			break
		}
		for ev, err := range progress {
			require.NoError(p.t, err, "%s: the download did not end", label)
			if ev.GUID != guid {
				continue
			}
			require.NotEqual(p.t, browser.DownloadProgressStateCanceled, ev.State, label)
			if ev.State == browser.DownloadProgressStateCompleted {
				break
			}
		}
		b, err := os.ReadFile(filepath.Join(dir, guid))
		require.NoError(p.t, err, "%s (%s)", label, name)
		got[label] = b
		got[label+" name"] = []byte(name)
	}
	return got
}

// TestBrowser drives the page in headless Chromium: the two seed filings
// dropped on it, the progress while they are read, the report with its
// 需关注 section and totals as perfdoc diff prints them, the findings
// beside it, the downloads (HTML, XLSX, each side's JSON) byte for byte
// what the API and CLI write, the English switch, one filing alone; and
// screenshots at 1400, 1024 and 760 px in $PERFDOC_SCREENSHOTS (else a
// temporary folder).
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	shots := os.Getenv("PERFDOC_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else {
		require.NoError(t, os.MkdirAll(shots, 0o755))
	}
	dl := t.TempDir()

	// the expected report, from the same code perfdoc diff runs
	oldB, newB := seedBytes(t, "budget-2025.docx"), seedBytes(t, "budget-2026.docx")
	od, err := parser.Parse(oldB, parser.Options{Path: "budget-2025.docx"})
	require.NoError(t, err)
	nd, err := parser.Parse(newB, parser.Options{Path: "budget-2026.docx"})
	require.NoError(t, err)
	res, _ := run.Diff(od, nd, diff.DefaultThreshold, false)
	want := expectedDiff(t, res)
	render := func(format string, lang report.Lang) []byte {
		var b bytes.Buffer
		require.NoError(t, run.WriteDiff(&b, res, format, run.DiffOptions(lang)))
		return b.Bytes()
	}
	docJSON := func(d *parser.Options, data []byte) []byte {
		doc, err := parser.Parse(data, *d)
		require.NoError(t, err)
		var b bytes.Buffer
		require.NoError(t, run.WriteDocument(&b, doc))
		return b.Bytes()
	}
	cfg := run.CheckConfig(report.Chinese)
	cfg.Previous = od
	rep, _ := run.Check(nd, cfg, false)

	// hold, while set, keeps every request from its work: the page shows
	// its progress meanwhile
	var hold atomic.Pointer[chan struct{}]
	srv := httptest.NewServer(New(Config{Workers: 2, Loopback: true, beforeWork: func() {
		if h := hold.Load(); h != nil {
			<-*h
		}
	}}))
	defer srv.Close()

	oldPath, err := filepath.Abs(filepath.Join("..", "testdata", "budget-2025.docx"))
	require.NoError(t, err)
	newPath, err := filepath.Abs(filepath.Join("..", "testdata", "budget-2026.docx"))
	require.NoError(t, err)

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.WindowSize(1400, 900),
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.UserDataDir(t.TempDir()))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	require.NoError(t, chromedp.Do(bctx), "start %s", exe)
	// the whole run is bounded, so that a page that never answers fails
	// the test instead of hanging it
	ctx, cancel := context.WithTimeout(bctx, 4*time.Minute)
	defer cancel()
	p := page{t: t, ctx: ctx, full: os.Getenv("PERFDOC_SCREENSHOTS") != ""}
	_, err = chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dl, EventsEnabled: new(true)})
	require.NoError(t, err)

	// the page's console errors, gathered until the end of the test
	var (
		mu      sync.Mutex
		console []string
	)
	cctx, stopConsole := context.WithCancel(ctx)
	consoleDone := make(chan struct{})
	go func() {
		defer close(consoleDone)
		for m, err := range chromedp.Console(cctx) {
			if err != nil {
				return
			}
			// a 4xx answer is logged as an error too ("Failed to load
			// resource"): it is the 422s above, not a fault of the page
			if m.Type == chromedp.ConsoleException || m.Type == chromedp.ConsoleError && !strings.Contains(m.Text, "Failed to load resource") {
				mu.Lock()
				console = append(console, m.Text)
				mu.Unlock()
			}
		}
	}()
	defer func() { stopConsole(); <-consoleDone }()

	p.do("open the page", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.ID("drop-old")))
	var title string
	p.eval(`document.querySelector("h1").textContent`, &title)
	assert.Equal(t, "绩效目标对比与检查", title)
	p.screenshot(shots, "serve-empty-1400", 1400)

	// both filings dropped, the server held: the page says it is reading
	h := make(chan struct{})
	hold.Store(&h)
	p.drop(oldPath, "#drop-old")
	p.drop(newPath, "#drop-new")
	p.until("the progress indicator", `!document.getElementById("progress").hidden && document.querySelector(".progress-text").textContent.includes("正在解析")`)
	p.screenshot(shots, "serve-progress-1400", 1400)
	hold.Store(nil)
	close(h)

	p.until("the report", `!document.getElementById("result").hidden && (document.querySelector("#report-pane iframe")?.contentDocument?.querySelector("h2.watch") ?? null) !== null`)
	var got struct {
		Totals, Counts, Watch []string
		Findings              int
		Heading               string
		Error, Progress       bool
	}
	p.eval(`(() => {
		const d = document.querySelector("#report-pane iframe").contentDocument;
		const out = {Totals: [], Counts: [], Watch: []};
		d.querySelectorAll("section.summary table.sides td.num").forEach((td, i) => { if (i % 2 === 1 || td.closest("tr.total")) out.Totals.push(td.textContent); });
		d.querySelector("section.summary .counts").querySelectorAll(".count b").forEach(b => out.Counts.push(b.textContent));
		for (let e = d.querySelector("h2.watch").nextElementSibling; e && e.tagName !== "H2"; e = e.nextElementSibling) {
			const h3 = e.querySelector("h3");
			if (h3) out.Watch.push(h3.textContent);
		}
		out.Findings = document.querySelectorAll("#findings .finding").length;
		out.Heading = document.querySelector("#findings h2").textContent;
		out.Error = !document.getElementById("error").hidden;
		out.Progress = document.getElementById("progress").checkVisibility();
		return out;
	})()`, &got)
	assert.False(t, got.Error)
	assert.False(t, got.Progress, "the progress indicator is gone once the report is there")
	require.Len(t, got.Totals, 3, "%v", got.Totals)
	assert.Equal(t, want.totals[:2], got.Totals[:2], "上年、本年预算合计 as perfdoc diff prints them")
	assert.True(t, strings.HasPrefix(got.Totals[2], want.totals[2]), "预算变化 %q, perfdoc diff: %q", got.Totals[2], want.totals[2])
	assert.Equal(t, want.counts, got.Counts)
	require.Len(t, got.Watch, len(want.watch), "%v", got.Watch)
	for i := range want.watch {
		assert.Contains(t, got.Watch[i], want.watch[i], "需关注 project %d", i+1)
	}
	assert.Equal(t, "本年文件检查发现", got.Heading)
	assert.Equal(t, len(rep.Findings), got.Findings, "the check findings of the new filing, with the old as --previous")

	for _, w := range []int64{1400, 1024, 760} {
		p.screenshot(shots, fmt.Sprintf("serve-diff-%d", w), w)
		var over []string
		p.eval(`(() => { const out = []; document.querySelectorAll("header, main, .panes, .findings, .downloads, .inputs").forEach(e => { if (e.scrollWidth > e.clientWidth + 1) out.push(e.className || e.tagName); }); if (document.documentElement.scrollWidth > window.innerWidth) out.push("page"); return out; })()`, &over)
		assert.Empty(t, over, "nothing overflows sideways at %d px", w)
		var jump struct {
			Visible bool
			Text    string
		}
		p.eval(`(() => { const a = document.querySelector("#downloads .jump"); return {Visible: a.checkVisibility(), Text: a.textContent}; })()`, &jump)
		assert.Equal(t, w < 1100, jump.Visible, "a link to the findings when they are under the report (%d px)", w)
		errors := 0
		for _, f := range rep.Findings {
			if f.Severity == audit.Error {
				errors++
			}
		}
		assert.Contains(t, jump.Text, fmt.Sprintf("检查发现（错误 %d，", errors))
	}
	p.do("viewport", chromedp.EmulateViewport(1400, 900))

	files := p.downloads(dl, "dl_html", "dl_xlsx", "dl_old", "dl_new")
	assert.Equal(t, string(render("html", report.Chinese)), string(files["dl_html"]), "the HTML download is perfdoc diff --format html")
	assert.Equal(t, render("xlsx", report.Chinese), files["dl_xlsx"], "the XLSX download is perfdoc diff --format xlsx")
	assert.Equal(t, string(docJSON(&parser.Options{Path: "budget-2025.docx"}, oldB)), string(files["dl_old"]), "the old side's JSON is perfdoc parse's")
	assert.Equal(t, string(docJSON(&parser.Options{Path: "budget-2026.docx"}, newB)), string(files["dl_new"]), "the new side's JSON is perfdoc parse's")
	assert.Equal(t, "perfdoc-diff.xlsx", string(files["dl_xlsx name"]))
	assert.Equal(t, "budget-2025.json", string(files["dl_old name"]))

	// English: the page and the report switch
	p.do("English", chromedp.Click(chromedp.ID("lang"), chromedp.NodeVisible))
	p.until("the English report", `document.querySelector("#report-pane iframe")?.contentDocument?.documentElement?.lang === "en" && document.querySelector("#findings h2").textContent === "Findings in this year's filing"`)
	var enWatch string
	p.eval(`document.querySelector("#report-pane iframe").contentDocument.querySelector("h2.watch").textContent`, &enWatch)
	assert.Contains(t, enWatch, "Look here first")
	p.eval(`document.querySelector("h1").textContent`, &title)
	assert.Equal(t, "Performance targets: compare and check", title)
	p.screenshot(shots, "serve-diff-en-1400", 1400)
	en := p.downloads(dl, "dl_html")
	assert.Equal(t, string(render("html", report.English)), string(en["dl_html"]), "the English HTML download")
	p.do("中文", chromedp.Click(chromedp.ID("lang"), chromedp.NodeVisible))

	// one filing alone: parse + check, through the file picker
	p.do("one filing", chromedp.Click(chromedp.ID("mode-one"), chromedp.NodeVisible))
	p.until("the one-filing zone", `!document.getElementById("drop-one").hidden && document.getElementById("drop-old").hidden && document.getElementById("result").hidden`)
	p.do("choose the filing", chromedp.SetUploadFiles(chromedp.ID("file-one"), []string{newPath}, chromedp.NodeReady))
	p.until("the parse and check", `!document.getElementById("result").hidden && document.querySelector(".summary-one") !== null`)
	var one struct {
		Rows     [][]string
		Projects int
		Findings int
		Heading  string
	}
	p.eval(`(() => {
		const rows = [...document.querySelectorAll(".summary-one table:first-child tr")].map(tr => [...tr.children].map(c => c.textContent));
		return {Rows: rows, Projects: document.querySelectorAll(".summary-one table.projects tr").length - 1,
			Findings: document.querySelectorAll("#findings .finding").length, Heading: document.querySelector("#findings h2").textContent};
	})()`, &one)
	assert.Contains(t, one.Rows, []string{"年度", "2026"})
	assert.Contains(t, one.Rows, []string{"项目数", fmt.Sprint(len(nd.Projects))})
	assert.Equal(t, len(nd.Projects), one.Projects)
	assert.Equal(t, "检查发现", one.Heading)
	alone, _ := run.Check(nd, run.CheckConfig(report.Chinese), false)
	assert.Equal(t, len(alone.Findings), one.Findings, "the check of the filing alone")
	for _, w := range []int64{1400, 760} {
		p.screenshot(shots, fmt.Sprintf("serve-one-%d", w), w)
	}
	p.do("viewport", chromedp.EmulateViewport(1400, 900))
	files = p.downloads(dl, "dl_json", "dl_check")
	assert.Equal(t, string(docJSON(&parser.Options{Path: "budget-2026.docx"}, newB)), string(files["dl_json"]))
	assert.Equal(t, "PK", string(files["dl_check"][:min(2, len(files["dl_check"]))]), "the check workbook")

	// the pair in the wrong order: the reason in Chinese, and a button
	// that swaps them
	p.do("diff mode", chromedp.Click(chromedp.ID("mode-diff"), chromedp.NodeVisible))
	// first the same year twice (the new filing stays from before), then
	// the pair in the wrong order: each answer waited for, so that the
	// first cannot pass for the second
	p.do("the new filing as the old", chromedp.SetUploadFiles(chromedp.ID("file-old"), []string{newPath}, chromedp.NodeReady))
	p.until("the same-year 422", `document.getElementById("progress").hidden && !document.getElementById("error").hidden && document.getElementById("error").textContent.includes("两份文件都是2026年的")`)
	p.do("the old filing as the new", chromedp.SetUploadFiles(chromedp.ID("file-new"), []string{oldPath}, chromedp.NodeReady))
	p.until("the reversed-years 422", `document.getElementById("progress").hidden && !document.getElementById("error").hidden && document.getElementById("error").textContent.includes("颠倒")`)
	var msg string
	p.eval(`document.getElementById("error").textContent`, &msg)
	assert.Contains(t, msg, "这两份文件不宜对比")
	assert.Contains(t, msg, "上年文件为2026年，晚于本年文件（2025年）：两个文件的顺序可能颠倒了")
	assert.NotContains(t, msg, "OLD is for", "a Chinese page says the reasons in Chinese")
	p.screenshot(shots, "serve-422-760", 760)
	p.do("swap", chromedp.Click(chromedp.ID("swap"), chromedp.NodeVisible))
	p.until("the report of the swapped pair", `!document.getElementById("result").hidden && document.querySelector("#report-pane iframe")?.contentDocument?.querySelector("h2.watch") != null`)
	var names []string
	p.eval(`[...document.querySelectorAll(".drop:not([hidden]) .drop-name")].map(e => e.textContent)`, &names)
	assert.Equal(t, []string{"budget-2025.docx", "budget-2026.docx"}, names)

	// same year twice: only "compare anyway"
	p.do("a same-year pair", chromedp.SetUploadFiles(chromedp.ID("file-old"), []string{newPath}, chromedp.NodeReady))
	p.until("the same-year 422", `document.getElementById("progress").hidden && !document.getElementById("error").hidden && document.getElementById("error").textContent.includes("两份文件都是2026年的")`)
	p.do("compare anyway", chromedp.Click(chromedp.ID("force"), chromedp.NodeVisible))
	p.until("the forced report", `!document.getElementById("result").hidden && document.getElementById("error").hidden`)

	// a shared server: the page opened with its token passes it on
	shared := httptest.NewServer(New(Config{Token: "s3cret", Loopback: true}))
	defer shared.Close()
	p.do("the shared server's page", chromedp.Navigate(shared.URL+"/?token=s3cret"), chromedp.WaitVisible(chromedp.ID("drop-old")),
		chromedp.Click(chromedp.ID("mode-one"), chromedp.NodeVisible),
		chromedp.SetUploadFiles(chromedp.ID("file-one"), []string{oldPath}, chromedp.NodeReady))
	p.until("the check on the shared server", `!document.getElementById("result").hidden || !document.getElementById("error").hidden`)
	p.eval(`document.getElementById("error").hidden ? "" : document.getElementById("error").textContent`, &msg)
	assert.Empty(t, msg, "the token went with the requests")

	// a server with a small --max-size: the page says the files are too
	// large before it sends them
	var asked atomic.Int32
	small := httptest.NewServer(New(Config{MaxSize: 10000, Loopback: true, beforeWork: func() { asked.Add(1) }}))
	defer small.Close()
	p.do("the small server's page", chromedp.Navigate(small.URL+"/"), chromedp.WaitVisible(chromedp.ID("drop-old")),
		chromedp.Click(chromedp.ID("mode-one"), chromedp.NodeVisible),
		chromedp.SetUploadFiles(chromedp.ID("file-one"), []string{oldPath}, chromedp.NodeReady))
	p.until("the size error", `!document.getElementById("error").hidden`)
	p.eval(`document.getElementById("error").textContent`, &msg)
	assert.Contains(t, msg, "文件太大")
	assert.Contains(t, msg, "所选文件共 51 KB，超过此服务器的上限 10 KB（--max-size）")
	assert.Zero(t, asked.Load(), "nothing sent")

	stopConsole()
	<-consoleDone
	mu.Lock()
	defer mu.Unlock()
	assert.Empty(t, console, "no error in the page's console (a refused script or style would be one)")
}
