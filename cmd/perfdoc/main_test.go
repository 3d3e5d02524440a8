package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs perfdoc in-process and returns exit code, stdout, stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

const seedTxt = "../../testdata/budget-2026.txt"

func TestParseOne(t *testing.T) {
	code, out, errs := runCmd(t, "", "parse", seedTxt)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stdout is not one JSON object: %v", err)
	}
	if doc["year"].(float64) != 2026 || len(doc["projects"].([]any)) != 31 {
		t.Errorf("year %v, %d projects", doc["year"], len(doc["projects"].([]any)))
	}
	if !strings.Contains(out, `"raw": "<1件"`) {
		t.Error("<, > and & must not be escaped in the output")
	}
}

func TestParseDeterministic(t *testing.T) {
	_, a, _ := runCmd(t, "", "parse", "../../testdata/budget-2026.docx")
	_, b, _ := runCmd(t, "", "parse", "../../testdata/budget-2026.docx")
	if a != b {
		t.Error("two runs gave different output")
	}
}

func TestParseSeveral(t *testing.T) {
	code, out, _ := runCmd(t, "", "parse", seedTxt, "../../testdata/budget-2025.html")
	var docs []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &docs) != nil || len(docs) != 2 {
		t.Fatalf("exit %d; want a JSON array of 2 documents", code)
	}
	code, out, _ = runCmd(t, "", "parse", "--format", "jsonl", seedTxt, "../../testdata/budget-2025.docx")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("jsonl: exit %d, %d lines", code, len(lines))
	}
	for _, l := range lines {
		if !json.Valid([]byte(l)) {
			t.Error("jsonl line is not JSON")
		}
	}
}

func TestParseStdinAndOutput(t *testing.T) {
	data, err := os.ReadFile(seedTxt)
	if err != nil {
		t.Fatal(err)
	}
	outFile := filepath.Join(t.TempDir(), "out.json")
	code, out, errs := runCmd(t, string(data), "parse", "-o", outFile, "-")
	if code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, out, errs)
	}
	written, _ := os.ReadFile(outFile)
	if !bytes.Contains(written, []byte(`"path": "<stdin>"`)) {
		t.Error("-o file lacks the stdin document")
	}
}

func TestParseErrors(t *testing.T) {
	dir := t.TempDir()
	notFiling := filepath.Join(dir, "notes.txt")
	os.WriteFile(notFiling, []byte("会议纪要\n今天开会。\n"), 0o644)
	empty := filepath.Join(dir, "empty.docx")
	os.WriteFile(empty, nil, 0o644)
	doc := filepath.Join(dir, "old.doc")
	os.WriteFile(doc, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), 0o644)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"parse", filepath.Join(dir, "missing.txt")}, 1, "missing.txt: no such file"},
		{[]string{"parse", notFiling}, 1, "notes.txt: no performance-target table"},
		{[]string{"parse", empty}, 1, "empty.docx: empty input"},
		{[]string{"parse", doc}, 1, "old.doc: OLE2 compound file"},
		{[]string{"parse"}, 2, "no input file"},
		{[]string{"parse", "--from", "pdf", seedTxt}, 2, "--from"},
		{[]string{"parse", "--format", "xml", seedTxt}, 2, "--format"},
		{[]string{"nosuch"}, 2, "unknown command"},
	}
	for _, tt := range tests {
		code, _, errs := runCmd(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, errs, tt.code, tt.want)
		}
		if tt.code == 1 && strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: error is not one line: %q", tt.args, errs)
		}
	}
	// a good file after a bad one is still parsed, and the exit is 1
	code, out, _ := runCmd(t, "", "parse", notFiling, seedTxt)
	if code != 1 || !strings.Contains(out, "13060525P004501100061") {
		t.Errorf("exit %d; the good file must still be written", code)
	}
}

func TestValueCommand(t *testing.T) {
	code, out, _ := runCmd(t, "", "value", "--context", "成本指标", "≤8万", "≥90%")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("exit %d, %d lines", code, len(lines))
	}
	if !strings.Contains(lines[0], `"unit":"万元"`) || !strings.Contains(lines[1], `"op":">="`) {
		t.Errorf("got %s", out)
	}
	code, out, _ = runCmd(t, "12月底前\n涉密\n\n", "value", "--year", "2025")
	lines = strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 3 || !strings.Contains(lines[0], "2025-12-31") || !strings.Contains(lines[1], "classified") {
		t.Errorf("stdin: exit %d, %q", code, out)
	}
}

func TestHelpShowsExamples(t *testing.T) {
	for _, cmd := range []string{"parse", "value"} {
		code, out, errs := runCmd(t, "", cmd, "--help")
		if code != 0 || !strings.Contains(out+errs, "Examples:") {
			t.Errorf("%s --help: exit %d, no examples", cmd, code)
		}
	}
}

func TestDiffCommand(t *testing.T) {
	code, out, errs := runCmd(t, "", "diff", "../../testdata/budget-2025.txt", "../../testdata/budget-2026.html", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r struct {
		Summary map[string]int `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Summary["matched"] != 28 || r.Summary["added"] != 3 || r.Summary["removed"] != 2 {
		t.Errorf("summary %v (%v)", r.Summary, err)
	}
	for _, f := range []string{"text", "markdown", "html"} {
		code, out, _ := runCmd(t, "", "diff", "--format", f, "../../testdata/budget-2025.docx", "../../testdata/budget-2026.docx")
		if code != 0 || len(out) < 1000 {
			t.Errorf("--format %s: exit %d, %d bytes", f, code, len(out))
		}
	}
	if code, _, errs := runCmd(t, "", "diff", "../../testdata/budget-2025.docx"); code != 2 || !strings.Contains(errs, "want two files") {
		t.Errorf("one file: exit %d %q", code, errs)
	}
}

func TestCheckCommand(t *testing.T) {
	code, out, _ := runCmd(t, "", "check", "--format", "json", seedTxt)
	var r struct {
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Findings) == 0 {
		t.Fatalf("json: %v", err)
	}
	if code != 1 {
		t.Errorf("the seed has error findings: exit %d, want 1", code)
	}
	code, out, _ = runCmd(t, "", "check", "--disable", "COST-OVER-BUDGET", seedTxt)
	if code != 0 || strings.Contains(out, " COST-OVER-BUDGET ") || !strings.Contains(out, "0 errors") {
		t.Errorf("with the error rule disabled: exit %d\n%s", code, out)
	}
	if code, _, errs := runCmd(t, "", "check", "--disable", "NOPE", seedTxt); code != 2 || !strings.Contains(errs, "no rule") {
		t.Errorf("unknown rule: exit %d %q", code, errs)
	}
	if code, out, _ := runCmd(t, "", "check", "--rules"); code != 0 || !strings.Contains(out, "BUDGET-SUM") {
		t.Errorf("--rules: exit %d", code)
	}
}

func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(filepath.Join(in, "sub"), 0o755)
	for _, name := range []string{"budget-2026.txt", "budget-2025.docx"} {
		b, _ := os.ReadFile("../../testdata/" + name)
		os.WriteFile(filepath.Join(in, "sub", name), b, 0o644)
	}
	os.WriteFile(filepath.Join(in, "broken.docx"), []byte("PK\x03\x04junk"), 0o644)
	db := filepath.Join(dir, "w.sqlite")
	code, out, errs := runCmd(t, "", "import", "--to", db, in)
	if code != 1 || out != "" || !strings.Contains(errs, "2 imported") || !strings.Contains(errs, "1 failed") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 (a file failed), 2 imported", code, out, errs)
	}
	code, _, errs = runCmd(t, "", "import", "--to", db, "--include", "*.txt,*.docx", filepath.Join(in, "sub"))
	if code != 0 || !strings.Contains(errs, "0 imported") || !strings.Contains(errs, "2 already there") {
		t.Errorf("rerun: exit %d, %q", code, errs)
	}
	for _, f := range []string{"parquet", "csv", "jsonl"} {
		if code, _, errs := runCmd(t, "", "import", "--format", f, "--to", filepath.Join(dir, f), filepath.Join(in, "sub")); code != 0 {
			t.Errorf("%s: exit %d %s", f, code, errs)
		}
	}
	if code, _, _ := runCmd(t, "", "import", in); code != 2 {
		t.Errorf("no --to: exit %d, want 2", code)
	}
}

func TestSchemaCommand(t *testing.T) {
	code, out, _ := runCmd(t, "", "schema")
	if code != 0 || !json.Valid([]byte(out)) || !strings.Contains(out, "2020-12") {
		t.Errorf("exit %d, valid JSON %v", code, json.Valid([]byte(out)))
	}
}

func TestParseLimitsFlag(t *testing.T) {
	// a DOCX whose document.xml inflates to 4 MiB, parsed with a 1 MiB limit
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, _ := zw.Create("word/document.xml")
	w.Write(bytes.Repeat([]byte(" "), 4<<20))
	zw.Close()
	path := filepath.Join(t.TempDir(), "bomb.docx")
	os.WriteFile(path, b.Bytes(), 0o644)
	code, out, errs := runCmd(t, "", "parse", "--max-inflate", "1048576", path)
	if code != 1 || out != "" || !strings.Contains(errs, "bomb.docx: input exceeds a size limit") || strings.Count(errs, "\n") != 1 {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestFlagsAfterArgs(t *testing.T) {
	code, out, errs := runCmd(t, "", "value", "-5%", "12月底", "--year", "2024")
	if code != 0 || !strings.Contains(out, `"number":"-5"`) || !strings.Contains(out, "2024-12-31") {
		t.Errorf("exit %d, %q %q", code, out, errs)
	}
}
