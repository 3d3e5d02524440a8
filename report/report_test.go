package report

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/perfdoc/perfdoc/diff"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
	"github.com/perfdoc/perfdoc/parser"
)

func load(t testing.TB, name string) *model.Document {
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	d, err := parser.Parse(data, parser.Options{Path: name})
	require.NoError(t, err)
	return d
}

func seedDiff(t testing.TB) *diff.Result {
	return diff.Compare(load(t, "budget-2025.docx"), load(t, "budget-2026.docx"), diff.Options{})
}

func TestDiffText(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, DiffText(&b, seedDiff(t), DiffOptions{}))
	out := b.String()
	assert.True(t, strings.HasPrefix(out, "绩效目标年度对比  2025 → 2026\n  上年  203001 保定白沟新城党群工作部（本级）  2025  预算合计 572.26 万元"), "summary first:\n%.400s", out)
	assert.NotContains(t, out, "\x1b[", "colour written without a terminal")
	for _, want := range []string{
		"预算变化 +161.38 万元（+28.2%）",
		"项目: 配对 28 (有变更 24), 新增 3, 删除 2",
		"指标: 收紧 20, 放松 0, 变更 0, 顺延 4, 新增 1, 删除（放松风险） 4",
		"[收紧] 指标值 实际发放补助人数: 10人 → 11人",
		"[顺延] 指标值 补助发放完成时间: 2024年底 → 2025年底",
		"[删除（放松风险）] 宣传覆盖人次: ≥500人次",
		"[新增] 5. 2025年中央就业补助资金 保财社【2025】19号 [13060525P004671100895]  预算数 10.40 万元  指标数 7",
		"预算数 2.02 → 1.62 万元（−0.40，−19.8%）",
	} {
		assert.Contains(t, out, want)
	}
	// loosened and dropped targets come first
	assert.Less(t, strings.Index(out, "删除（放松风险）]"), strings.Index(out, "== 其他变更 =="))

	b.Reset()
	require.NoError(t, DiffText(&b, seedDiff(t), DiffOptions{Color: true}))
	assert.Contains(t, b.String(), "\x1b[32m[收紧] 指标值 实际发放补助人数", "tightened change coloured on a terminal")

	b.Reset()
	require.NoError(t, DiffText(&b, seedDiff(t), DiffOptions{Lang: English}))
	assert.Contains(t, b.String(), "[tightened] target 实际发放补助人数: 10人 → 11人")
}

func TestDiffMarkdown(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, DiffMarkdown(&b, seedDiff(t), DiffOptions{}))
	out := b.String()
	for _, want := range []string{"| | 28 | 24 | 3 | 2 |", "| 收紧 | 指标值 | 实际发放补助人数 | 10人 | 11人 |", "## 新增项目", "| **删除（放松风险）** | 指标 | 宣传覆盖人次 | ≥500人次 |  |"} {
		assert.Contains(t, out, want)
	}
}

// hostile is a filing whose texts try to break out of their cells.
func hostile() *diff.Result {
	mk := func(year int, name, purpose, value string) *model.Document {
		total := "1.00"
		d := &model.Document{Year: year, Department: model.Department{Code: "1", Name: "<b>单位</b>"}, Projects: []model.Project{{
			Index: 1, Code: "P1", Name: name, MoneyUnit: "万元", Budget: model.Budget{Total: &total}, Purpose: purpose,
			Indicators: []model.Indicator{{Level1: "产出指标", Level2: "数量指标", Name: "人数\x1b[2J", Value: model.Value{Raw: value}}}}}}
		normalize.Document(d)
		return d
	}
	return diff.Compare(mk(2025, "项目<script>alert(1)</script>", "旧\r用途", "≥1人"),
		mk(2026, "项目<script>alert(1)</script>", "新<img src=x onerror=alert(1)>\r| 用途", "≥2人\x1b]8;;http://x\x07"), diff.Options{})
}

func TestReportsEscapeFilingText(t *testing.T) {
	var md, txt, page bytes.Buffer
	require.NoError(t, DiffMarkdown(&md, hostile(), DiffOptions{}))
	require.NoError(t, DiffText(&txt, hostile(), DiffOptions{}))
	require.NoError(t, DiffHTML(&page, hostile(), DiffOptions{}))
	assert.NotContains(t, md.String(), "<script")
	assert.NotContains(t, md.String(), "<img")
	assert.Contains(t, md.String(), "&lt;img src=x onerror=alert(1)&gt;")
	for _, line := range strings.Split(md.String(), "\n") {
		if strings.HasPrefix(line, "| ") && strings.Contains(line, "用途") {
			assert.Equal(t, 6, strings.Count(line, "|")-strings.Count(line, `\|`), "a row split or merged: %q", line)
		}
	}
	assert.NotContains(t, txt.String(), "\x1b")
	assert.NotContains(t, txt.String(), "\x07")
	assert.NotContains(t, txt.String(), "\r")
	doc, err := goquery.NewDocumentFromReader(&page)
	require.NoError(t, err)
	assert.Zero(t, doc.Find("script, img").Length())
}

// TestDiffHTMLStructure reads the page as a browser would: one row per
// change, a class per assessment, nothing loaded from elsewhere.
func TestDiffHTMLStructure(t *testing.T) {
	res := seedDiff(t)
	var b bytes.Buffer
	require.NoError(t, DiffHTML(&b, res, DiffOptions{}))
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(b.Bytes()))
	require.NoError(t, err)

	want := 0 // changes listed: all but the budget totals (in the headers) and fiscal amounts that mirror them
	for _, p := range res.Projects {
		want += len(newProjectView(&p).changes)
	}
	assert.Equal(t, want, doc.Find("tr.change").Length())
	for class, n := range map[string]int{"tightened": 20, "loosened": 0, "dropped": 4, "rolled_forward": 4, "added": 1, "text": 1} {
		assert.Equal(t, n, doc.Find("tr.change."+class).Length(), class)
	}
	assert.Equal(t, 3, doc.Find("section.project.added").Length())
	assert.Equal(t, 2, doc.Find("section.project.removed").Length())
	// the summary comes first and names the department
	first := doc.Find("body").Children().First()
	assert.Equal(t, "h1", goquery.NodeName(first))
	assert.Contains(t, doc.Find("section.summary").Text(), "保定白沟新城党群工作部")
	assert.Equal(t, "需关注：放松或删除的目标", doc.Find("h2").First().Text())
	assert.Contains(t, doc.Find("span.budget.down").Text(), "2.02 → 1.62 万元（−0.40，−19.8%）")
	// nothing external
	assert.Zero(t, doc.Find("script, link, img, iframe, object, embed").Length())
	doc.Find("[src], [href]").Each(func(_ int, s *goquery.Selection) { t.Errorf("external reference: %s", goquery.NodeName(s)) })
	assert.NotContains(t, b.String(), "url(")
	assert.NotContains(t, b.String(), "@import")
	csp, _ := doc.Find(`meta[http-equiv="Content-Security-Policy"]`).Attr("content")
	assert.Equal(t, "default-src 'none'; style-src 'unsafe-inline'", csp)
}

func TestDiffXLSX(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, DiffXLSX(&b, seedDiff(t), DiffOptions{}))
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, []string{"概要", "项目", "指标"}, f.GetSheetList())
	// codes are text, amounts numbers with their unit
	typ, err := f.GetCellType("项目", "B2")
	require.NoError(t, err)
	assert.Contains(t, []excelize.CellType{excelize.CellTypeSharedString, excelize.CellTypeInlineString}, typ, "a code is text")
	rows, err := f.GetRows("项目")
	require.NoError(t, err)
	var found bool
	for _, r := range rows {
		if len(r) > 6 && strings.Contains(r[2], "职称评审费") {
			found = true
			assert.Equal(t, "2.02 万元", r[4])
			assert.Equal(t, "1.62 万元", r[5])
			assert.Equal(t, "-0.40 万元", r[6])
		}
	}
	assert.True(t, found, "职称评审费 in 项目")
	v, err := f.GetCellValue("概要", "B5", excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	assert.Equal(t, "572.26", v)
	for _, sheet := range f.GetSheetList() {
		panes, err := f.GetPanes(sheet)
		require.NoError(t, err)
		assert.True(t, panes.Freeze, sheet)
		formulas := 0
		rows, _ := f.GetRows(sheet)
		for r := range rows {
			for c := range rows[r] {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if fm, _ := f.GetCellFormula(sheet, ref); fm != "" {
					formulas++
				}
			}
		}
		assert.Zero(t, formulas, sheet)
	}
	// filters on every sheet
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	require.NoError(t, err)
	filters := 0
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			r, err := zf.Open()
			require.NoError(t, err)
			data, err := io.ReadAll(r)
			require.NoError(t, err)
			if bytes.Contains(data, []byte("<autoFilter ")) {
				filters++
			}
		}
	}
	assert.Equal(t, 3, filters)
	// the same result gives the same bytes
	var again bytes.Buffer
	require.NoError(t, DiffXLSX(&again, seedDiff(t), DiffOptions{}))
	assert.Equal(t, b.Bytes(), again.Bytes())
}

func TestWordDiff(t *testing.T) {
	words := func(s string) []string { return strings.SplitAfter(s, " ") }
	got := wordDiff("plan of 2023 work", "plan of 2024 work", words)
	assert.Equal(t, []span{{'=', "plan of "}, {'-', "2023 "}, {'+', "2024 "}, {'=', "work"}}, got)
	assert.Equal(t, "用于[-旧-]{+新+}用途", plainSpans(wordDiff("用于旧用途", "用于新用途", nil)))
	assert.Equal(t, []span{{'+', "x"}}, wordDiff("", "x", nil))
}

func TestClean(t *testing.T) {
	assert.Equal(t, "a\nb\nc", Clean("a\r\nb\rc"))
	assert.Equal(t, "[2Jred", Clean("\x1b[2Jred"))
	assert.Equal(t, "ab", Clean("a\u202eb\x00"))
	assert.Equal(t, "a b", OneLine("a\nb"))
	assert.Equal(t, `a\|b&lt;br&gt;<br>c`, Markdown("a|b<br>\rc"))
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
	if browser == "" || testing.Short() {
		t.Skip("no Chromium installed (apt-get install chromium), or -short")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "diff.html")
	var b bytes.Buffer
	require.NoError(t, DiffHTML(&b, seedDiff(t), DiffOptions{}))
	require.NoError(t, os.WriteFile(page, b.Bytes(), 0o644))
	shot := filepath.Join(dir, "diff.png")
	if out := os.Getenv("PERFDOC_SCREENSHOT"); out != "" {
		shot = out
	}
	cmd := exec.Command(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--window-size=1400,3000", "--screenshot="+shot, "file://"+page)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "chromium: %s", out)
	png, err := os.ReadFile(shot)
	require.NoError(t, err)
	assert.Greater(t, len(png), 10000, "an empty screenshot")
	assert.True(t, bytes.HasPrefix(png, []byte("\x89PNG")), "not a PNG")
}

// TestIndexHTMLNarrow: the folder index's tables scroll inside their own
// box in a narrow window, so that the page does not, and the department
// keeps a readable width (at 760 px it was squeezed to three characters a
// line); an unreadable file's unknown year is a blank cell, not 0.
func TestIndexHTMLNarrow(t *testing.T) {
	idx := &Index{OldDir: "old/", NewDir: "new/",
		Entries:  []IndexEntry{{Result: seedDiff(t), File: "203001-2025-2026.html"}},
		Unpaired: []Unpaired{{Side: "new", Path: "new/notes.txt", Reason: "未找到绩效目标表"}}}
	var b bytes.Buffer
	require.NoError(t, IndexHTML(&b, idx, DiffOptions{}))
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(b.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, 1, doc.Find("div.wide > table.index").Length())
	assert.Equal(t, 1, doc.Find("div.wide > table.unpaired").Length())
	assert.Contains(t, doc.Find("style").Text(), ".wide{overflow-x:auto}table.index td:first-child{min-width:11em}")
	cells := doc.Find("table.unpaired tr").Last().Find("td")
	require.Equal(t, 5, cells.Length())
	assert.Equal(t, "", cells.Eq(3).Text(), "the year of a file that could not be read")
	assert.Equal(t, "2025 → 2026", doc.Find("table.index tr.department td").Eq(1).Text())
}
