package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/cli/clitest"
)

// program is perfdoc as the tests run it in process: its import and
// search find no perfdoc-warehouse (running one would replace the test
// binary); dispatch_test.go runs them through real binaries.
var program = newProgram(helper{name: "perfdoc-warehouse", find: func(string) (string, error) {
	return "", errors.New("not in process")
}})

// runCmd runs perfdoc in-process, with no terminal and an empty
// environment, and returns exit code, stdout, stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	return clitest.Run(t, program, clitest.Env(stdin), args...)
}

const (
	seedTxt  = "../../testdata/budget-2026.txt"
	seedDOCX = "../../testdata/budget-2026.docx"
	old2025  = "../../testdata/budget-2025.docx"
)

func TestHelpOnStdoutWithExamples(t *testing.T) {
	clitest.HelpOnStdout(t, program, "parse", "value", "diff", "check", "schema")
}

func TestTopLevelHelp(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		code, out, errs := runCmd(t, "", args...)
		assert.Equal(t, cli.ExitOK, code)
		assert.Empty(t, errs)
		assert.Contains(t, out, "perfdoc help [COMMAND]")
		assert.Contains(t, out, "perfdoc diff 上年.docx 本年.docx", "a Chinese reader finds the common commands")
	}
	code, out, errs := runCmd(t, "")
	assert.Equal(t, cli.ExitUsage, code, "no command is a usage error")
	assert.Empty(t, out)
	assert.Contains(t, errs, "Usage:")

	code, _, errs = runCmd(t, "", "help", "nosuch")
	assert.Equal(t, cli.ExitUsage, code)
	assert.Contains(t, errs, `unknown command "nosuch"`)
	code, _, errs = runCmd(t, "", "nosuch")
	assert.Equal(t, cli.ExitUsage, code)
	assert.Contains(t, errs, `unknown command "nosuch"`)
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "version"} {
		code, out, errs := runCmd(t, "", arg)
		assert.Equal(t, cli.ExitOK, code)
		assert.Empty(t, errs)
		assert.Regexp(t, `^perfdoc \S+.*\n$`, out)
	}
}

func TestNoColor(t *testing.T) {
	for _, tt := range []struct {
		noColor string
		color   bool
	}{{"", true}, {"1", false}} {
		e := clitest.Env("")
		e.Terminal = func(any) bool { return true }
		e.Getenv = func(k string) string {
			if k == "NO_COLOR" {
				return tt.noColor
			}
			return ""
		}
		for _, args := range [][]string{{"diff", old2025, seedDOCX}, {"check", seedTxt}} {
			e.Stdout = &bytes.Buffer{}
			_, out, _ := clitest.Run(t, program, e, args...)
			assert.Equal(t, tt.color, strings.Contains(out, "\x1b["), "NO_COLOR=%q %v", tt.noColor, args)
		}
	}
}

func TestValueOnTerminalPrintsUsage(t *testing.T) {
	e := clitest.Env("")
	e.Terminal = func(w any) bool { return w == e.Stdin }
	code, out, errs := clitest.Run(t, program, e, "value")
	assert.Equal(t, cli.ExitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, "stdin is a terminal")
	assert.Contains(t, errs, "Usage: perfdoc value")
}

func TestFlagValidation(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"diff", "--threshold", "1.5", old2025, seedDOCX}, cli.ExitUsage, `invalid value "1.5" for --threshold`},
		{[]string{"diff", "--threshold", "-1", old2025, seedDOCX}, cli.ExitUsage, `invalid value "-1" for --threshold`},
		{[]string{"diff", "--threshold", "0", old2025, seedDOCX}, cli.ExitUsage, "greater than 0"},
		{[]string{"diff", "--threshold", "NaN", old2025, seedDOCX}, cli.ExitUsage, "-threshold"},
		{[]string{"diff", "--threshold", "1", "--format", "json", old2025, seedDOCX}, cli.ExitOK, ""},
		{[]string{"parse", "--year", "-5", seedTxt}, cli.ExitUsage, `invalid value "-5" for --year: want a year from 1990 to 2100`},
		{[]string{"parse", "--year", "20260", seedTxt}, cli.ExitUsage, "-year"},
		{[]string{"value", "--year", "-5", "12月底"}, cli.ExitUsage, "-year"},
		{[]string{"value", "--year", "2026", "12月底"}, cli.ExitOK, ""},
		{[]string{"parse", "--nosuch", seedTxt}, cli.ExitUsage, "unknown option --nosuch"},
		// stdin can be read once: a second - would read nothing
		{[]string{"parse", "-", seedTxt, "-"}, cli.ExitUsage, "perfdoc parse: stdin (-) can be read once"},
		{[]string{"diff", "-", "-"}, cli.ExitUsage, "perfdoc diff: stdin (-) can be read once"},
		{[]string{"check", "-", "-"}, cli.ExitUsage, "perfdoc check: stdin (-) can be read once"},
		{[]string{"check", "--previous", "-", "-"}, cli.ExitUsage, "perfdoc check: stdin (-) can be read once"},
	}
	for _, tt := range tests {
		code, _, errs := runCmd(t, "", tt.args...)
		assert.Equal(t, tt.code, code, "%v: %s", tt.args, errs)
		if tt.want != "" {
			assert.Contains(t, errs, tt.want, "%v", tt.args)
			assert.Contains(t, errs, "Run \"perfdoc help "+tt.args[0]+"\"", "%v", tt.args)
		}
	}
	// the year written into dates is the one given
	code, out, _ := runCmd(t, "", "value", "--year", "2026", "12月底")
	require.Equal(t, cli.ExitOK, code)
	assert.Contains(t, out, `"date":"2026-12-31"`)
}

// failWriter fails every write, like a full disk.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestWriteErrorsReachTheExitStatus(t *testing.T) {
	cases := [][]string{
		{"value", "≥90%"},
		{"parse", seedTxt},
		{"parse", "--format", "jsonl", seedTxt},
		{"diff", old2025, seedDOCX},
		{"diff", "--format", "json", old2025, seedDOCX},
		{"check", "--disable", "COST-OVER-BUDGET,PER-HEAD-IS-BUDGET", seedTxt},
		{"check", "--rules"},
		{"schema"},
		{"help"},
		{"--version"},
		{"parse", "--help"},
	}
	for _, args := range cases {
		e := clitest.Env("")
		e.Stdout = failWriter{}
		errb := e.Stderr.(*bytes.Buffer)
		code := program.Run(e, args)
		assert.NotEqual(t, cli.ExitOK, code, "%v: a failed write must not exit 0", args)
		assert.Contains(t, errb.String(), "no space left on device", "%v", args)
	}
}

func TestDevFull(t *testing.T) {
	f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full on this system")
	}
	defer f.Close()
	var errb bytes.Buffer
	code := program.Run(cli.NewEnv(strings.NewReader(""), f, &errb), []string{"value", "≥90%", "12月底"})
	assert.Equal(t, cli.ExitFail, code)
	assert.Contains(t, errb.String(), "perfdoc: writing output:")
}

func TestFileNamesQuoted(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "evil\x1b[31m\nname.txt")
	code, _, errs := runCmd(t, "", "parse", "--lang", "en", name)
	assert.Equal(t, cli.ExitFail, code)
	assert.NotContains(t, errs, "\x1b", "no raw escape reaches the terminal")
	assert.Contains(t, errs, `evil\x1b[31m\nname.txt": no such file or directory`)
	assert.Equal(t, 1, strings.Count(errs, "\n"), "one line: %q", errs)

	code, _, errs = runCmd(t, "", "parse", "-o", filepath.Join(dir, "no\x07dir", "x.json"), seedTxt)
	assert.Equal(t, cli.ExitFail, code)
	assert.NotContains(t, errs, "\x07")
	assert.Contains(t, errs, `no\adir/x.json"`)
}

func TestParseOne(t *testing.T) {
	code, out, errs := runCmd(t, "", "parse", seedTxt)
	require.Equal(t, cli.ExitOK, code, errs)
	var doc struct {
		Year     int   `json:"year"`
		Projects []any `json:"projects"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc), "stdout is one JSON object")
	assert.Equal(t, 2026, doc.Year)
	assert.Len(t, doc.Projects, 31)
	assert.Contains(t, out, `"raw": "<1件"`, "<, > and & are not escaped")
}

func TestParseDeterministic(t *testing.T) {
	_, a, _ := runCmd(t, "", "parse", seedDOCX)
	_, b, _ := runCmd(t, "", "parse", seedDOCX)
	assert.Equal(t, a, b)
}

func TestParseSeveral(t *testing.T) {
	code, out, _ := runCmd(t, "", "parse", seedTxt, "../../testdata/budget-2025.html")
	require.Equal(t, cli.ExitOK, code)
	var docs []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &docs))
	assert.Len(t, docs, 2)

	code, out, _ = runCmd(t, "", "parse", "--format", "jsonl", seedTxt, old2025)
	require.Equal(t, cli.ExitOK, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	for _, l := range lines {
		assert.True(t, json.Valid([]byte(l)), "jsonl line is JSON")
	}
}

func TestParseStdinAndOutput(t *testing.T) {
	data, err := os.ReadFile(seedTxt)
	require.NoError(t, err)
	outFile := filepath.Join(t.TempDir(), "out.json")
	code, out, errs := runCmd(t, string(data), "parse", "-o", outFile, "-")
	require.Equal(t, cli.ExitOK, code, errs)
	assert.Empty(t, out)
	written, err := os.ReadFile(outFile)
	require.NoError(t, err)
	assert.Contains(t, string(written), `"path": "<stdin>"`)
	fi, err := os.Stat(outFile)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), fi.Mode().Perm())
}

func TestParseErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, data, 0o644))
		return p
	}
	notFiling := write("notes.txt", []byte("会议纪要\n今天开会。\n"))
	empty := write("empty.docx", nil)
	doc := write("old.doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"))
	binary := write("garbage.docx", bytes.Repeat([]byte{0x01, 0x9c, 0x00, 0xfe, 0x07, 0x41}, 200))
	gz := write("filings.tar.gz", append([]byte("\x1f\x8b\x08\x00"), bytes.Repeat([]byte{0x9c, 0x01}, 100)...))
	rtf := write("rich.doc", []byte(`{\rtf1\ansi \u39033;\u30446;\par}`))
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"parse", filepath.Join(dir, "missing.txt")}, cli.ExitFail, `missing.txt": 文件不存在`},
		{[]string{"parse", filepath.Join(dir, "filings-2025") + "/"}, cli.ExitFail, `filings-2025/": 文件夹不存在` + "\n"},
		{[]string{"parse", notFiling}, cli.ExitFail, `notes.txt": 未找到绩效目标表`},
		{[]string{"parse", empty}, cli.ExitFail, `empty.docx": 文件为空`},
		{[]string{"parse", doc}, cli.ExitFail, `old.doc": 无法读取的OLE2复合文件（unreadable OLE2 compound file: too short`},
		{[]string{"parse", "--lang", "en", filepath.Join(dir, "missing.txt")}, cli.ExitFail, `missing.txt": no such file`},
		{[]string{"parse", "--lang", "en", notFiling}, cli.ExitFail, `notes.txt": no performance-target table`},
		{[]string{"parse", "--lang", "en", empty}, cli.ExitFail, `empty.docx": empty input`},
		{[]string{"parse", "--lang", "en", doc}, cli.ExitFail, `old.doc": unreadable OLE2 compound file: too short`},
		{[]string{"parse", binary}, cli.ExitFail, `garbage.docx": 不支持的文件格式：不是DOCX、DOC、XLSX、XLS、PDF、HTML或文本导出（line 1: binary data`},
		{[]string{"parse", "--lang", "en", binary}, cli.ExitFail, `garbage.docx": line 1: binary data, not a text export`},
		{[]string{"parse", dir}, cli.ExitFail, cli.Quote(dir) + ": 是文件夹，不是文件：请给出其中的文件（如 文件夹/*.docx），或用 perfdoc import 读取整个文件夹\n"},
		{[]string{"parse", rtf}, cli.ExitFail, `rich.doc": 是RTF文档，perfdoc不读取：请先另存为DOCX` + "\n"},
		{[]string{"parse", gz}, cli.ExitFail, `filings.tar.gz": 是压缩包，不是绩效目标表文件：请先解压，再读取其中的文件（a compressed archive`},
		{[]string{"parse", "--lang", "en", dir}, cli.ExitFail, cli.Quote(dir) + ": not a regular file: a folder\n"},
		{[]string{"parse"}, cli.ExitUsage, "no input file"},
		{[]string{"parse", "--from", "odt", seedTxt}, cli.ExitUsage, "--from"},
		{[]string{"parse", "--from", "pdf", seedTxt}, cli.ExitFail, "PDF"}, // a PDF is read; a text export is no PDF
		{[]string{"parse", "--format", "xml", seedTxt}, cli.ExitUsage, "--format"},
	}
	for _, tt := range tests {
		code, _, errs := runCmd(t, "", tt.args...)
		assert.Equal(t, tt.code, code, "%v", tt.args)
		assert.Contains(t, errs, tt.want, "%v", tt.args)
		if tt.code == cli.ExitFail {
			assert.Equal(t, 1, strings.Count(errs, "\n"), "%v: one line: %q", tt.args, errs)
		}
	}
	// --from pdf is accepted, as every format the parser reads
	code, out, errs := runCmd(t, "", "parse", "--from", "pdf", "../../testdata/pdf/lo-budget-2026.pdf")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, `"format": "pdf"`)
	// a good file after a bad one is still parsed, and the exit is 1
	code, out, _ = runCmd(t, "", "parse", notFiling, seedTxt)
	assert.Equal(t, cli.ExitFail, code)
	assert.Contains(t, out, "13060525P004501100061", "the good file is still written")
}

// TestTitleOnlyIsNoTable: a text file holding only a title is no filing
// (a project needs a grid or header fields).
func TestTitleOnlyIsNoTable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "title.txt")
	require.NoError(t, os.WriteFile(path, []byte("1.某某项目绩效目标表\n"), 0o644))
	code, out, errs := runCmd(t, "", "parse", "--lang", "en", path)
	assert.Equal(t, cli.ExitFail, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, `title.txt": no performance-target table found`)
	code, _, errs = runCmd(t, "", "check", path)
	assert.Equal(t, exitUnread, code)
	assert.Contains(t, errs, `title.txt": 未找到绩效目标表`)
}

func TestValueCommand(t *testing.T) {
	code, out, _ := runCmd(t, "", "value", "--context", "成本指标", "≤8万", "≥90%")
	require.Equal(t, cli.ExitOK, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], `"unit":"万元"`)
	assert.Contains(t, lines[1], `"op":">="`)

	code, out, _ = runCmd(t, "12月底前\n涉密\n\n", "value", "--year", "2025")
	require.Equal(t, cli.ExitOK, code)
	lines = strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3)
	assert.Contains(t, lines[0], "2025-12-31")
	assert.Contains(t, lines[1], "classified")
}

func TestFlagsAfterArgs(t *testing.T) {
	code, out, errs := runCmd(t, "", "value", "-5%", "12月底", "--year", "2024")
	require.Equal(t, cli.ExitOK, code, errs)
	assert.Contains(t, out, `"number":"-5"`)
	assert.Contains(t, out, "2024-12-31")
}

func TestDiffCommand(t *testing.T) {
	code, out, errs := runCmd(t, "", "diff", "../../testdata/budget-2025.txt", "../../testdata/budget-2026.html", "--format", "json")
	require.Equal(t, cli.ExitOK, code, errs)
	var r struct {
		Summary struct {
			Matched, Added, Removed int
			Indicators              map[string]int
			Budget                  map[string]*string
		} `json:"summary"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.Equal(t, [3]int{28, 3, 2}, [3]int{r.Summary.Matched, r.Summary.Added, r.Summary.Removed})
	// the numbers the text report's summary shows
	assert.Equal(t, map[string]int{"tightened": 20, "loosened": 0, "changed": 0, "rolled_forward": 4, "added": 1, "dropped": 4}, r.Summary.Indicators)
	require.NotNil(t, r.Summary.Budget["old"])
	assert.Equal(t, "万元 572.26 733.64 161.38 28.2", *r.Summary.Budget["unit"]+" "+*r.Summary.Budget["old"]+" "+*r.Summary.Budget["new"]+" "+
		*r.Summary.Budget["change"]+" "+*r.Summary.Budget["change_percent"])
	assert.Contains(t, out, `"field": "budget.total",`)
	assert.Regexp(t, `"field": "budget.total",\s+"unit": "万元",\s+"old": "[0-9.]+",\s+"new": "[0-9.]+"`, out)
	for _, f := range []string{"text", "markdown", "html"} {
		code, out, _ := runCmd(t, "", "diff", "--format", f, old2025, seedDOCX)
		assert.Equal(t, cli.ExitOK, code, f)
		assert.Greater(t, len(out), 1000, f)
	}
	code, _, errs = runCmd(t, "", "diff", old2025)
	assert.Equal(t, cli.ExitUsage, code)
	assert.Contains(t, errs, "want two files")
}

func TestSchemaCommand(t *testing.T) {
	code, out, _ := runCmd(t, "", "schema")
	assert.Equal(t, cli.ExitOK, code)
	assert.True(t, json.Valid([]byte(out)))
	assert.Contains(t, out, "2020-12")
}

func TestParseLimitsFlag(t *testing.T) {
	// a DOCX whose document.xml inflates to 4 MiB, parsed with a 1 MiB limit
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.Create("word/document.xml")
	require.NoError(t, err)
	_, err = w.Write(bytes.Repeat([]byte(" "), 4<<20))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	path := filepath.Join(t.TempDir(), "bomb.docx")
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	code, out, errs := runCmd(t, "", "parse", "--lang", "en", "--max-inflate", "1048576", path)
	assert.Equal(t, cli.ExitFail, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, `bomb.docx": input exceeds a size limit`)
	assert.Equal(t, 1, strings.Count(errs, "\n"))
}

// When no input could be read, -o FILE is not written: no empty or "[]"
// file passes for output, and a file there from before is left as it was.
// One file read among bad ones is still written.
func TestNothingReadWritesNoFile(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string // -o OUT is put first
		code int
		kept bool // the earlier OUT is replaced when false
	}{
		{"parse of a missing file", []string{"parse", "missing.docx"}, cli.ExitFail, true},
		{"parse of two missing files", []string{"parse", "missing.docx", "also-missing.docx"}, cli.ExitFail, true},
		{"parse jsonl of a missing file", []string{"parse", "--format", "jsonl", "missing.docx"}, cli.ExitFail, true},
		{"check json of a missing file", []string{"check", "--format", "json", "missing.docx"}, exitUnread, true},
		{"check xlsx of two missing files", []string{"check", "--format", "xlsx", "missing.docx", "also-missing.docx"}, exitUnread, true},
		{"parse of a missing file and a filing", []string{"parse", "missing.docx", seedTxt}, cli.ExitFail, false},
		{"check of a missing file and a filing", []string{"check", "--format", "json", "missing.docx", seedTxt}, exitUnread, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			require.NoError(t, os.WriteFile(out, []byte("earlier"), 0o644))
			args := append([]string{tt.args[0], "-o", out}, tt.args[1:]...)
			code, stdout, errs := runCmd(t, "", args...)
			assert.Equal(t, tt.code, code, errs)
			assert.Empty(t, stdout)
			assert.Contains(t, errs, `missing.docx": 文件不存在`)
			got, err := os.ReadFile(out)
			require.NoError(t, err)
			if tt.kept {
				assert.Equal(t, "earlier", string(got))
			} else {
				assert.Contains(t, string(got), "13060525P004501100061")
			}
			// and with no file there before, none appears
			require.NoError(t, os.Remove(out))
			runCmd(t, "", args...)
			_, err = os.Stat(out)
			assert.Equal(t, tt.kept, errors.Is(err, os.ErrNotExist), "%v", err)
		})
	}
}

// TestOutputFormatFromExtension: with no --format, -o FILE's extension
// names the format (diff.html is a page, findings.xlsx a workbook, not
// text under their names); an explicit --format wins over it, and an
// extension no format has leaves the default.
func TestOutputFormatFromExtension(t *testing.T) {
	for _, tt := range []struct {
		args   []string // -o FILE goes first
		file   string
		prefix string
	}{
		{[]string{"diff", old2025, seedDOCX}, "d.html", "<!DOCTYPE html>"},
		{[]string{"diff", old2025, seedDOCX}, "d.HTM", "<!DOCTYPE html>"},
		{[]string{"diff", old2025, seedDOCX}, "d.xlsx", "PK"},
		{[]string{"diff", old2025, seedDOCX}, "d.json", "{"},
		{[]string{"diff", old2025, seedDOCX}, "d.md", "# "},
		{[]string{"diff", old2025, seedDOCX}, "d.report", "绩效目标年度对比"},
		{[]string{"diff", "--format", "text", old2025, seedDOCX}, "d.html", "绩效目标年度对比"},
		{[]string{"check", seedTxt}, "f.xlsx", "PK"},
		{[]string{"check", seedTxt}, "f.json", `{"path":`},
		{[]string{"check", seedTxt}, "f.txt", "1. "},
		{[]string{"check", "--format", "json", seedTxt}, "f.xlsx", `{"path":`},
		{[]string{"parse", seedTxt, seedTxt}, "p.jsonl", `{"schema_version":"1"`},
		{[]string{"parse", seedTxt, seedTxt}, "p.json", "[\n"},
		{[]string{"parse", "--format", "json", seedTxt}, "p.jsonl", "{\n"},
	} {
		out := filepath.Join(t.TempDir(), tt.file)
		args := append([]string{tt.args[0], "-o", out}, tt.args[1:]...)
		_, stdout, errs := runCmd(t, "", args...)
		assert.Empty(t, stdout)
		got, err := os.ReadFile(out)
		require.NoError(t, err, "%v: %s", args, errs)
		assert.True(t, strings.HasPrefix(string(got), tt.prefix), "%v: %.40q", args, got)
	}
}

// TestValueStdinEncodings: values piped in as Excel saves them on a
// Chinese Windows — GBK (a CSV or tab-separated file), UTF-16 with a byte
// order mark ("Unicode text"), UTF-8 with one — are typed as the same
// values UTF-8 lines are, CRLF or LF.
func TestValueStdinEncodings(t *testing.T) {
	utf16 := func(s string, le bool) string {
		var b []byte
		if le {
			b = append(b, 0xFF, 0xFE)
		} else {
			b = append(b, 0xFE, 0xFF)
		}
		for _, r := range s { // the values are in the BMP
			if le {
				b = append(b, byte(r), byte(r>>8))
			} else {
				b = append(b, byte(r>>8), byte(r))
			}
		}
		return string(b)
	}
	want := `{"raw":"≥90%","kind":"quantity","op":">=","number":"90","unit":"%","base":{"number":"90","unit":"%"}}` + "\n" +
		`{"raw":"2025年底","kind":"deadline","date":"2025-12-31"}` + "\n"
	for _, tt := range []struct{ name, stdin string }{
		{"UTF-8", "≥90%\n2025年底\n"},
		{"UTF-8, CRLF", "≥90%\r\n2025年底\r\n"},
		{"GBK", "\xa1\xdd90%\r\n2025\xc4\xea\xb5\xd7\r\n"},
		{"UTF-16LE with BOM", utf16("≥90%\r\n2025年底\r\n", true)},
		{"UTF-16BE with BOM", utf16("≥90%\n2025年底\n", false)},
	} {
		code, out, errs := runCmd(t, tt.stdin, "value")
		assert.Equal(t, cli.ExitOK, code, errs)
		assert.Equal(t, want, out, tt.name)
	}
}
