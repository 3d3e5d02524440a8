package main

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/perfdoc/perfdoc/internal/cli"
)

const seedDept = "203001保定白沟新城党群工作部（本级）"

// filingOf writes a copy of a bundled text filing as another department.
func filingOf(t *testing.T, dir, name, src, dept string) string {
	t.Helper()
	data, err := os.ReadFile("../../testdata/" + src)
	require.NoError(t, err)
	path := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(strings.ReplaceAll(string(data), seedDept, dept)), 0o644))
	return path
}

func TestDiffRefusesAnUnlikelyPair(t *testing.T) {
	dir := t.TempDir()
	other := filingOf(t, dir, "other.txt", "budget-2025.txt", "305001保定白沟新城财政局")
	code, out, errs := runCmd(t, "", "diff", other, seedTxt)
	assert.Equal(t, exitMismatch, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, "perfdoc diff: 注意：两份文件属于不同部门：305001 保定白沟新城财政局 与 203001 保定白沟新城党群工作部（本级）\n", "Chinese by default")
	assert.Contains(t, errs, "perfdoc diff: 这两份文件不宜对比；--force 仍然对比\n")
	_, _, errs = runCmd(t, "", "diff", "--lang", "en", other, seedTxt)
	assert.Contains(t, errs, "different departments: 305001 保定白沟新城财政局 and 203001 保定白沟新城党群工作部（本级）")
	assert.Contains(t, errs, "perfdoc diff: these filings should not be compared; --force compares them anyway\n")

	code, out, errs = runCmd(t, "", "diff", "--lang", "en", "--force", "--format", "json", other, seedTxt)
	assert.Equal(t, cli.ExitOK, code)
	assert.Contains(t, errs, "warning: the filings are of different departments")
	assert.Contains(t, out, `"summary"`)

	code, _, errs = runCmd(t, "", "diff", "--lang", "en", seedTxt, "../../testdata/budget-2025.txt")
	assert.Equal(t, exitMismatch, code, "reversed years")
	assert.Contains(t, errs, "OLD is for 2026, after NEW (2025)")
	_, _, errs = runCmd(t, "", "diff", seedTxt, "../../testdata/budget-2025.txt")
	assert.Contains(t, errs, "上年文件为2026年，晚于本年文件（2025年）：两个文件的顺序可能颠倒了")

	code, _, errs = runCmd(t, "", "diff", seedTxt, seedDOCX)
	assert.Equal(t, exitMismatch, code, "the same year")
	assert.Contains(t, errs, "两份文件都是2026年的")
}

func TestDiffLanguagesAndXLSX(t *testing.T) {
	code, out, _ := runCmd(t, "", "diff", old2025, seedDOCX)
	require.Equal(t, cli.ExitOK, code)
	assert.True(t, strings.HasPrefix(out, "绩效目标年度对比"))
	code, out, _ = runCmd(t, "", "diff", "--lang", "en", old2025, seedDOCX)
	require.Equal(t, cli.ExitOK, code)
	assert.True(t, strings.HasPrefix(out, "Year-over-year comparison"))
	path := filepath.Join(t.TempDir(), "d.xlsx")
	code, _, errs := runCmd(t, "", "diff", "--format", "xlsx", "-o", path, old2025, seedDOCX)
	require.Equal(t, cli.ExitOK, code, errs)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(data), "PK"))
}

// TestDiffFolders compares two folders of three departments each, one of
// which has no partner on the other side.
func TestDiffFolders(t *testing.T) {
	dir := t.TempDir()
	oldDir, newDir, out := filepath.Join(dir, "2025"), filepath.Join(dir, "2026"), filepath.Join(dir, "out")
	for _, d := range []struct{ file, dept string }{{"a.txt", seedDept}, {"b.txt", "305001保定白沟新城财政局"}, {"c.txt", "401001保定白沟新城教育局"}} {
		filingOf(t, oldDir, d.file, "budget-2025.txt", d.dept)
	}
	for _, d := range []struct{ file, dept string }{{"x.txt", "305001保定白沟新城财政局"}, {"y.txt", seedDept}, {"sub/z.txt", "502001保定白沟新城卫生局"}} {
		filingOf(t, newDir, d.file, "budget-2026.txt", d.dept)
	}
	code, stdout, errs := runCmd(t, "", "diff", "--format", "html", "-o", out, oldDir, newDir)
	require.Equal(t, cli.ExitOK, code, errs)
	assert.Empty(t, stdout)
	assert.Contains(t, errs, "perfdoc diff: 对比了 2 个部门，2 个文件没有配对；索引：")
	assert.Contains(t, errs, "：上年文件夹中没有该部门的文件\n")
	for _, name := range []string{"index.html", "203001-2025-2026.html", "305001-2025-2026.html"} {
		_, err := os.Stat(filepath.Join(out, name))
		assert.NoError(t, err, name)
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	assert.Contains(t, string(index), `href="203001-2025-2026.html"`)
	assert.Contains(t, string(index), "401001 保定白沟新城教育局")
	assert.Contains(t, string(index), "502001 保定白沟新城卫生局")

	code, _, errs = runCmd(t, "", "diff", "--format", "json", "-o", out, oldDir, newDir)
	require.Equal(t, cli.ExitOK, code, errs)
	var idx struct {
		Departments []struct {
			Report  string                `json:"report"`
			Summary struct{ Matched int } `json:"summary"`
			Dropped int                   `json:"dropped"`
		} `json:"departments"`
		Unpaired []struct{ Side, Path string } `json:"unpaired"`
	}
	data, err := os.ReadFile(filepath.Join(out, "index.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &idx))
	require.Len(t, idx.Departments, 2)
	assert.Equal(t, "203001-2025-2026.json", idx.Departments[0].Report)
	assert.Equal(t, 28, idx.Departments[0].Summary.Matched)
	assert.Equal(t, 4, idx.Departments[0].Dropped)
	assert.Len(t, idx.Unpaired, 2)

	code, _, errs = runCmd(t, "", "diff", oldDir, newDir)
	assert.Equal(t, cli.ExitUsage, code)
	assert.Contains(t, errs, "-o DIR")
}

// copyTo copies testdata files into dir.
func copyTo(t *testing.T, dir string, files ...string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for _, f := range files {
		data, err := os.ReadFile("../../testdata/" + f)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644))
	}
}

// TestDiffFoldersLongDepartment: a department whose name makes a 303-byte
// file name gets a report named by a prefix of the name and a short hash,
// under 255 bytes; the seed pair beside it and the index are written.
func TestDiffFoldersLongDepartment(t *testing.T) {
	dir := t.TempDir()
	oldDir, newDir, out := filepath.Join(dir, "old"), filepath.Join(dir, "new"), filepath.Join(dir, "out")
	copyTo(t, oldDir, "hostile/diffdir-longdept-old-2022.html", "budget-2025.docx")
	copyTo(t, newDir, "hostile/diffdir-longdept-new-2023.html", "budget-2026.docx")
	code, _, errs := runCmd(t, "", "diff", "--format", "html", "-o", out, oldDir, newDir)
	require.Equal(t, cli.ExitOK, code, errs)
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		assert.LessOrEqual(t, len(e.Name()), 200, e.Name())
	}
	require.Len(t, names, 3, "%v", names)
	assert.Contains(t, names, "index.html")
	long := ""
	for _, n := range names {
		if strings.Contains(n, "~") {
			long = n
		}
	}
	require.NotEmpty(t, long, "%v", names)
	assert.Regexp(t, `^某.*~[0-9a-f]{8}-2022-2023\.html$`, long)
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	assert.Contains(t, string(index), `href="`+(&url.URL{Path: long}).EscapedPath()+`"`)

	// two names that share their first 120 bytes stay apart
	a, b := shortKey(strings.Repeat("局", 60)+"甲"), shortKey(strings.Repeat("局", 60)+"乙")
	assert.NotEqual(t, a, b)
	assert.True(t, utf8.ValidString(a))
}

// TestDiffFoldersOneBadPair: a report that cannot be written (its name is
// taken by a folder) is listed as a failure; the other pair and the index
// are still written, and the exit status says something failed.
func TestDiffFoldersOneBadPair(t *testing.T) {
	dir := t.TempDir()
	oldDir, newDir, out := filepath.Join(dir, "2025"), filepath.Join(dir, "2026"), filepath.Join(dir, "out")
	for _, d := range []struct{ file, dept string }{{"a.txt", seedDept}, {"b.txt", "305001保定白沟新城财政局"}} {
		filingOf(t, oldDir, d.file, "budget-2025.txt", d.dept)
		filingOf(t, newDir, d.file, "budget-2026.txt", d.dept)
	}
	require.NoError(t, os.MkdirAll(filepath.Join(out, "203001-2025-2026.html", "x"), 0o755))
	code, _, errs := runCmd(t, "", "diff", "--format", "html", "-o", out, oldDir, newDir)
	assert.Equal(t, cli.ExitFail, code, errs)
	assert.Contains(t, errs, "203001-2025-2026.html")
	_, err := os.Stat(filepath.Join(out, "305001-2025-2026.html"))
	assert.NoError(t, err)
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	assert.Contains(t, string(index), `href="305001-2025-2026.html"`)
	assert.Contains(t, string(index), "报告未写入：")
	assert.NotContains(t, string(index), "report not written", "the index is Chinese by default")
}

// TestDiffFoldersUnreadable: a file of a folder that is no filing is
// listed once as unpaired with its reason alone — the path is already in
// its own column (index) or before the reason (stderr) — and its unknown
// year is blank in the index and null in its JSON, never 0.
func TestDiffFoldersUnreadable(t *testing.T) {
	dir := t.TempDir()
	oldDir, newDir, out := filepath.Join(dir, "2025"), filepath.Join(dir, "2026"), filepath.Join(dir, "out")
	filingOf(t, oldDir, "a.txt", "budget-2025.txt", seedDept)
	filingOf(t, newDir, "a.txt", "budget-2026.txt", seedDept)
	notes := filepath.Join(newDir, "notes.txt")
	require.NoError(t, os.WriteFile(notes, []byte("会议纪要\n"), 0o644))

	code, _, errs := runCmd(t, "", "diff", "--format", "html", "-o", out, oldDir, newDir)
	assert.Equal(t, cli.ExitFail, code, errs)
	assert.Contains(t, errs, "  未配对（本年）："+cli.Quote(notes)+"：未找到绩效目标表（不是绩效目标表文件？）\n")
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(string(index), "notes.txt"), "the path once, in the 文件 column")
	assert.Contains(t, string(index), `<td class="num"></td><td>未找到绩效目标表`)

	code, _, errs = runCmd(t, "", "diff", "--lang", "en", "--format", "json", "-o", out, oldDir, newDir)
	assert.Equal(t, cli.ExitFail, code, errs)
	assert.Contains(t, errs, "  no partner (new): "+cli.Quote(notes)+": no performance-target table found\n")
	data, err := os.ReadFile(filepath.Join(out, "index.json"))
	require.NoError(t, err)
	var idx struct {
		Unpaired []map[string]any `json:"unpaired"`
	}
	require.NoError(t, json.Unmarshal(data, &idx))
	require.Len(t, idx.Unpaired, 1)
	year, ok := idx.Unpaired[0]["year"]
	assert.True(t, ok)
	assert.Nil(t, year, "an unknown year is null")
	assert.Equal(t, "no performance-target table found", idx.Unpaired[0]["reason"])
}

// TestDiffFoldersTakeEveryFormat: a bureau's folders of PDFs are compared
// as folders of DOCX are (PDF is a format perfdoc reads); a folder with no
// file of a format perfdoc reads is said so, exit 1, no report folder made,
// instead of "0 departments compared" and exit 0.
func TestDiffFoldersTakeEveryFormat(t *testing.T) {
	copyTo := func(dir, src string) {
		data, err := os.ReadFile("../../testdata/" + src)
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(dir, 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(src)), data, 0o644))
	}
	tmp := t.TempDir()
	pdf25, pdf26, other := filepath.Join(tmp, "2025"), filepath.Join(tmp, "2026"), filepath.Join(tmp, "zips")
	copyTo(pdf25, "pdf/lo-budget-2025.pdf")
	copyTo(pdf26, "pdf/lo-budget-2026.pdf")
	require.NoError(t, os.MkdirAll(other, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(other, "filings.zip"), []byte("PK\x05\x06"+strings.Repeat("\x00", 18)), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(other, "notes.odt"), []byte("x"), 0o644))
	for _, tt := range []struct {
		name     string
		args     []string
		code     int
		want     string
		reported bool
	}{
		{"folders of PDFs", []string{pdf25, pdf26}, cli.ExitOK, "perfdoc diff: 对比了 1 个部门，0 个文件没有配对", true},
		{"an old folder of no filing", []string{other, pdf26}, cli.ExitFail,
			"perfdoc diff: " + cli.Quote(other) + " 下没有绩效目标表文件（查找 .doc .docx .htm .html .jpeg .jpg .pdf .png .tif .tiff .txt .xhtml .xls .xlsx）\n", false},
		{"a new folder of no filing, in English, no scans", []string{"--lang", "en", "--ocr", "never", pdf25, other}, cli.ExitFail,
			"perfdoc diff: no filing under " + cli.Quote(other) + " (looked for .doc .docx .htm .html .pdf .txt .xhtml .xls .xlsx)\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "reports")
			code, stdout, errs := runCmd(t, "", append([]string{"diff", "--format", "json", "-o", out}, tt.args...)...)
			assert.Equal(t, tt.code, code, errs)
			assert.Empty(t, stdout)
			assert.Contains(t, errs, tt.want)
			_, err := os.Stat(filepath.Join(out, "203001-2025-2026.json"))
			assert.Equal(t, tt.reported, err == nil, "the department's report: %v", err)
			if !tt.reported {
				_, err := os.Stat(out)
				assert.ErrorIs(t, err, os.ErrNotExist, "no report folder")
			}
		})
	}
}

// TestDiffUnknownYear: a side whose filing names no year (a
// self-evaluation without one) is 年度不详 / year unknown in the reports,
// null in JSON and a blank cell in the workbook — never the year 0.
func TestDiffUnknownYear(t *testing.T) {
	old, new := "../../testdata/check/suixi-linshijiuzhu-2019-selfeval.html", "../../testdata/check/suixi-linshijiuzhu-2020.txt"
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"diff", old, new}, "绩效目标年度对比  年度不详 → 2020\n  上年  155 濉溪县民政局  年度不详  预算合计"},
		{[]string{"diff", "--lang", "en", old, new}, "  year unknown → 2020\n"},
		{[]string{"diff", "--format", "markdown", old, new}, "# 绩效目标年度对比 年度不详 → 2020\n"},
		{[]string{"diff", "--format", "html", old, new}, "<h1>绩效目标年度对比 年度不详 → 2020</h1>"},
		{[]string{"diff", "--format", "json", old, new}, "\"year\": null,"},
	} {
		code, out, errs := runCmd(t, "", tt.args...)
		require.Equal(t, cli.ExitOK, code, errs)
		assert.Contains(t, out, tt.want, "%v", tt.args)
		assert.NotRegexp(t, `\b0 → |"year": 0\b|<td class="num">0</td><td class="num">30|民政局 +(\| )?0 `, out, "%v", tt.args)
	}
	path := filepath.Join(t.TempDir(), "d.xlsx")
	code, _, errs := runCmd(t, "", "diff", "-o", path, old, new)
	require.Equal(t, cli.ExitOK, code, errs)
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0])
	require.NoError(t, err)
	found := false
	for _, r := range rows {
		if len(r) >= 3 && r[0] == "年度" {
			found = true
			assert.Equal(t, []string{"", "2020"}, r[1:3], "the unknown year a blank cell")
		}
	}
	assert.True(t, found, "a 年度 row: %v", rows)
}
