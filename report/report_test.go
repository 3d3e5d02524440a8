package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser"
)

func seedDiff(t testing.TB) *diff.Result {
	load := func(name string) *model.Document {
		data, err := os.ReadFile(filepath.Join("..", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		d, err := parser.Parse(data, parser.Options{Path: name})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	return diff.Compare(load("budget-2025.docx"), load("budget-2026.docx"), diff.Options{})
}

func TestDiffText(t *testing.T) {
	var b bytes.Buffer
	if err := DiffText(&b, seedDiff(t), Style{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "budget-2025.docx (2025) → budget-2026.docx (2026)\nmatched 28, changed 24, added 3, removed 2\n") {
		t.Errorf("summary is not first:\n%.300s", out)
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour written without a terminal")
	}
	for _, want := range []string{"实际发放补助人数: 10人 → 11人 (tightened)", "+ added 5. 2025年中央就业补助资金", "- removed", "budget.total: 0.50 → 0.56"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	b.Reset()
	DiffText(&b, seedDiff(t), Style{Color: true})
	if !strings.Contains(b.String(), "\x1b[32m实际发放补助人数") {
		t.Error("tightened change not coloured on a terminal")
	}
}

func TestDiffMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := DiffMarkdown(&b, seedDiff(t)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"| 28 | 24 | 3 | 2 |", "| indicator.value | 实际发放补助人数 | 10人 | 11人 | tightened |", "## ➕"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
}

func TestDiffHTMLSelfContained(t *testing.T) {
	var b bytes.Buffer
	if err := DiffHTML(&b, seedDiff(t)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script src", "<link", "http://", "https://", "url("} {
		if strings.Contains(out, bad) {
			t.Errorf("page refers to an external asset: %q", bad)
		}
	}
	for _, want := range []string{`<tr class="tightened">`, `class="added"`, "<td>28</td>", `<meta charset="utf-8">`} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestDiffHTMLRendersInChromium screenshots the seed pair's report in
// headless Chromium; it skips when no browser is installed.
func TestDiffHTMLRendersInChromium(t *testing.T) {
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("no Chromium installed (apt-get install chromium)")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "diff.html")
	var b bytes.Buffer
	DiffHTML(&b, seedDiff(t))
	if err := os.WriteFile(page, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "diff.png")
	if out := os.Getenv("PERFDOC_SCREENSHOT"); out != "" {
		shot = out
	}
	cmd := exec.Command(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--window-size=1280,2000", "--screenshot="+shot, "file://"+page)
	done := make(chan error, 1)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("chromium: %v\n%s", err, stderr.String())
		}
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatal("chromium did not finish in 60 s")
	}
	fi, err := os.Stat(shot)
	if err != nil || fi.Size() < 10000 {
		t.Fatalf("no screenshot, or an empty one (%v)", err)
	}
	png, _ := os.ReadFile(shot)
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Error("screenshot is not a PNG")
	}
}
