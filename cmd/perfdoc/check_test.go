package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/perfdoc/perfdoc/audit"
	"github.com/perfdoc/perfdoc/internal/cli"
	"github.com/perfdoc/perfdoc/internal/cli/clitest"
)

// checkJSON runs perfdoc check --format json and decodes its one report.
func checkJSON(t *testing.T, args ...string) (int, audit.Report, string) {
	t.Helper()
	code, out, errs := runCmd(t, "", append([]string{"check", "--format", "json"}, args...)...)
	var r audit.Report
	if out != "" {
		require.NoError(t, json.Unmarshal([]byte(out), &r), out)
	}
	return code, r, errs
}

func rules(r audit.Report) map[string]int {
	m := map[string]int{}
	for _, f := range r.Findings {
		m[f.Rule]++
	}
	return m
}

func TestCheckCommand(t *testing.T) {
	code, r, _ := checkJSON(t, seedTxt)
	assert.Equal(t, cli.ExitFail, code, "the seed has error findings")
	assert.Equal(t, 2, r.Errors())

	code, out, _ := runCmd(t, "", "check", "--disable", "COST-OVER-BUDGET", seedTxt)
	assert.Equal(t, cli.ExitOK, code)
	assert.NotContains(t, out, " COST-OVER-BUDGET ")
	assert.Contains(t, out, "：0 个错误，26 个警告，31 个提示\n", "labels in Chinese by default")
	_, out, _ = runCmd(t, "", "check", "--lang", "en", seedTxt)
	assert.Contains(t, out, ": 2 errors, 26 warnings, 31 notes\n")
	assert.Contains(t, out, "\n  error   COST-OVER-BUDGET 工作经费补助标准: cost 9.19万元 is above the project budget 6.16万元 (line 99)\n")

	code, _, errs := runCmd(t, "", "check", "--disable", "NOPE", seedTxt)
	assert.Equal(t, cli.ExitUsage, code)
	assert.Contains(t, errs, `no rule "NOPE"`)

	code, out, _ = runCmd(t, "", "check", "--rules")
	assert.Equal(t, cli.ExitOK, code)
	for _, rule := range audit.Catalogue() {
		assert.Contains(t, out, rule.ID+" ")
	}
}

// TestCheckExitStatus: "could not read" (3) is told apart from "found
// errors" (1) and wins over it.
func TestCheckExitStatus(t *testing.T) {
	dir := t.TempDir()
	notFiling := filepath.Join(dir, "notes.txt")
	require.NoError(t, os.WriteFile(notFiling, []byte("会议纪要\n今天开会。\n"), 0o644))
	missing := filepath.Join(dir, "missing.docx")
	tests := []struct {
		args []string
		code int
		err  string
	}{
		{[]string{seedTxt}, cli.ExitFail, ""},
		{[]string{"--disable", "COST-OVER-BUDGET", seedTxt}, cli.ExitOK, ""},
		{[]string{missing}, exitUnread, `missing.docx": 文件不存在`},
		{[]string{notFiling}, exitUnread, `notes.txt": 未找到绩效目标表`},
		{[]string{"--lang", "en", missing}, exitUnread, `missing.docx": no such file or directory`},
		{[]string{"--lang", "en", notFiling}, exitUnread, `notes.txt": no performance-target table found`},
		{[]string{seedTxt, missing}, exitUnread, `missing.docx"`},
		{[]string{"--previous", missing, seedTxt}, exitUnread, `perfdoc check: --previous "` + missing + `": 文件不存在`},
		{[]string{"--lang", "en", "--previous", notFiling, seedTxt}, exitUnread, `perfdoc check: --previous "` + notFiling + `": no performance-target table found`},
		{[]string{}, cli.ExitUsage, "no input file"},
	}
	for _, tt := range tests {
		code, _, errs := runCmd(t, "", append([]string{"check"}, tt.args...)...)
		assert.Equal(t, tt.code, code, "%v: %s", tt.args, errs)
		if tt.err != "" {
			assert.Contains(t, errs, tt.err, "%v", tt.args)
		}
	}
	// the readable file is still reported
	code, out, _ := runCmd(t, "", "check", seedTxt, missing)
	assert.Equal(t, exitUnread, code)
	assert.Contains(t, out, "2 个错误")
}

func TestCheckFlags(t *testing.T) {
	for _, floor := range []string{"92%", "92", "92％", " 92 "} {
		code, r, errs := checkJSON(t, "--satisfaction-floor", floor, "--disable", "COST-OVER-BUDGET", seedTxt)
		assert.Equal(t, cli.ExitOK, code, "%q: %s", floor, errs)
		assert.Equal(t, 16, rules(r)["SATISFACTION-LOW"], "%q: the seed's fifteen ≥90%% targets and one ≥88%%", floor)
	}
	// 0 turns the rule off (the library's zero floor means the default 80):
	// the seed with its ≥90% targets lowered to ≥70% fires at 80, not at 0
	seed, err := os.ReadFile(seedTxt)
	require.NoError(t, err)
	low := filepath.Join(t.TempDir(), "low.txt")
	require.NoError(t, os.WriteFile(low, []byte(strings.ReplaceAll(string(seed), "≥90%", "≥70%")), 0o644))
	_, r, _ := checkJSON(t, "--disable", "COST-OVER-BUDGET", low)
	assert.Equal(t, 15, rules(r)["SATISFACTION-LOW"], "the fifteen ≥70%% with the default floor")
	_, r, _ = checkJSON(t, "--satisfaction-floor", "0", "--disable", "COST-OVER-BUDGET", low)
	assert.Zero(t, rules(r)["SATISFACTION-LOW"], "--satisfaction-floor 0")
	for _, args := range [][]string{
		{"--satisfaction-floor", "abc"}, {"--satisfaction-floor", "101%"}, {"--satisfaction-floor", "-1"},
		{"--tolerance", "-0.1"}, {"--tolerance", "x"},
		{"--min-severity", "fatal"}, {"--format", "xml"},
	} {
		code, _, errs := runCmd(t, "", append(append([]string{"check"}, args...), seedTxt)...)
		assert.Equal(t, cli.ExitUsage, code, "%v", args)
		assert.Contains(t, errs, "invalid value", "%v", args)
	}
}

func TestCheckMinSeverity(t *testing.T) {
	_, all, _ := checkJSON(t, seedTxt)
	_, warn, _ := checkJSON(t, "--min-severity", "warning", seedTxt)
	_, errs, _ := checkJSON(t, "--min-severity", "error", seedTxt)
	assert.Equal(t, 30, rules(all)["PLAN-LABEL"])
	assert.Zero(t, rules(warn)["PLAN-LABEL"])
	assert.Equal(t, len(all.Findings)-31, len(warn.Findings), "the 31 notes go")
	assert.Equal(t, map[string]int{"COST-OVER-BUDGET": 2}, rules(errs))
}

func TestCheckPrevious(t *testing.T) {
	// 2025 → 2026: every value change was tightened, as perfdoc diff says,
	// and the four targets diff lists as dropped (宣传覆盖人次 ≥500人次) are
	// the only findings --previous adds
	code, r, errs := checkJSON(t, "--previous", old2025, seedDOCX)
	assert.Equal(t, cli.ExitFail, code, errs)
	assert.Zero(t, rules(r)["TARGET-LOOSENED"])
	assert.Equal(t, 4, rules(r)["TARGET-DROPPED"])
	_, plain, _ := checkJSON(t, seedDOCX)
	assert.Equal(t, len(plain.Findings)+4, len(r.Findings))

	// files in the wrong order: the cross-year rules are skipped, with a
	// line on stderr and exit 4 (as diff's), unless --force
	code, r, errs = checkJSON(t, "--previous", seedDOCX, old2025)
	assert.Equal(t, exitMismatch, code)
	assert.Contains(t, errs, `未与 --previous "../../testdata/budget-2026.docx" 对比：上年文件为2026年，晚于本年文件（2025年）`)
	_, _, errs = checkJSON(t, "--lang", "en", "--previous", seedDOCX, old2025)
	assert.Contains(t, errs, `not compared with --previous "../../testdata/budget-2026.docx": OLD is for 2026, after NEW (2025)`)
	assert.Zero(t, rules(r)["TARGET-LOOSENED"])
	code, r, errs = checkJSON(t, "--force", "--previous", seedDOCX, old2025)
	assert.Equal(t, cli.ExitFail, code, errs)
	assert.Empty(t, errs)
	assert.Equal(t, 20, rules(r)["TARGET-LOOSENED"], "every tightening of 2026 read backwards")
}

// Several files: JSON has the shape of one file's (a report object), one
// per line; text names the file first on each finding line, ripgrep's
// PATH:LINE: for a text export.
func TestCheckSeveralFiles(t *testing.T) {
	code, one, _ := runCmd(t, "", "check", "--format", "json", seedTxt)
	assert.Equal(t, cli.ExitFail, code)
	code, out, _ := runCmd(t, "", "check", "--format", "json", seedTxt, old2025)
	assert.Equal(t, cli.ExitFail, code)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2, "one JSON object per file and line")
	assert.Equal(t, one, lines[0]+"\n", "the first line is the one-file output")
	var reports []audit.Report
	for _, l := range lines {
		var r audit.Report
		require.NoError(t, json.Unmarshal([]byte(l), &r), l)
		reports = append(reports, r)
	}
	assert.True(t, strings.HasSuffix(reports[1].Path, "budget-2025.docx"))
	assert.NotEmpty(t, reports[0].Findings)

	_, out, _ = runCmd(t, "", "check", seedTxt, old2025)
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		assert.True(t, strings.HasPrefix(l, seedTxt) || strings.HasPrefix(l, old2025), "the file first: %q", l)
	}
	assert.Regexp(t, `(?m)^`+regexp.QuoteMeta(seedTxt)+`:\d+: 错误 +COST-OVER-BUDGET 项目\d+ `, out)
	assert.Regexp(t, `(?m)^`+regexp.QuoteMeta(old2025)+`:第\d+张表第\d+行(第\d+列)?: `, out)
	assert.Contains(t, out, old2025+"：")
}

// TestCheckPreviousSelfEvaluation: a real 自评表 (濉溪县 临时救助 2019, as
// published) as --previous of a 2020 filing that keeps its targets. The
// findings fall on the rows where the numbers say so, and nowhere else.
func TestCheckPreviousSelfEvaluation(t *testing.T) {
	const selfEval = "../../testdata/check/suixi-linshijiuzhu-2019-selfeval.html"
	code, r, errs := checkJSON(t, "--previous", selfEval, "../../testdata/check/suixi-linshijiuzhu-2020.txt")
	require.Equal(t, cli.ExitOK, code, errs)
	var got []string
	for _, f := range r.Findings {
		if strings.HasPrefix(f.Rule, "TARGET-") {
			got = append(got, f.Rule+" "+f.Indicator)
		}
	}
	assert.Equal(t, []string{
		"TARGET-BELOW-ACTUAL ★★★农村低保发放人数(按月平均)(≥**人)",             // >=21933人, 21980人
		"TARGET-BELOW-ACTUAL ★★★其中:农村低保对象中建档立卡贫困人口数量(按月平均)(≥**人)", // >=9431人, 9453人
		"TARGET-BELOW-ACTUAL ★★★建档立卡贫困人口中接受临时救助的人次数(≥**人次)",       // >=59人次, 87人次
		"TARGET-BELOW-ACTUAL ★农村低保标准(≥**元/人·月)",                   // >=530元/人*月, 583元/人*月
		"TARGET-BELOW-ACTUAL 农村特困人员救助供养基本生活标准(≥**元/人·月)",          // >=570元/人*月, 758元/人*月
		"TARGET-BELOW-ACTUAL ★★★受益建档立卡贫困人口数≥**人",                  // >=80人, 87人
		"TARGET-MISSED ★★★特困人员救助供养人数(按月平均)(≥**人)",                 // >=4754人, 4604人
		"TARGET-MISSED 扶贫临时救助标准(<**元/户·年)——一户年最高5300元",            // <=5300元/户, 5830元/户
	}, got)

	// alone, the self-evaluation reports its two missed targets
	_, r, _ = checkJSON(t, selfEval)
	assert.Equal(t, 2, rules(r)["TARGET-MISSED"])
}

// TestCheckOutputFile: -o writes the report to a file (the workbook whole),
// and --format xlsx refuses to pour a workbook onto a terminal, as diff does.
func TestCheckOutputFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "findings.xlsx")
	code, stdout, errs := runCmd(t, "", "check", "--format", "xlsx", "-o", out, seedTxt)
	assert.Equal(t, cli.ExitFail, code, errs) // the seed has findings of severity error
	assert.Empty(t, stdout)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, "PK", string(data[:2]), "a workbook (zip)")

	txt := filepath.Join(dir, "findings.txt")
	_, stdout, _ = runCmd(t, "", "check", "-o", txt, seedTxt)
	assert.Empty(t, stdout)
	data, err = os.ReadFile(txt)
	require.NoError(t, err)
	assert.Contains(t, string(data), "COST-OVER-BUDGET")
	assert.NotContains(t, string(data), "\x1b[", "no colour in a file")

	e := clitest.Env("")
	e.Terminal = func(any) bool { return true }
	code, stdout, errs = clitest.Run(t, program, e, "check", "--format", "xlsx", seedTxt)
	assert.Equal(t, cli.ExitUsage, code)
	assert.Empty(t, stdout)
	assert.Contains(t, errs, "redirect stdout or give -o FILE")
}

// TestCheckRulesFormats: check --rules lists the catalogue in --format
// (text; JSON Lines with the keys a finding names a rule by; a workbook
// of the 规则 sheet), to -o when given — not text on stdout whatever was
// asked.
func TestCheckRulesFormats(t *testing.T) {
	n := len(audit.Catalogue())
	code, out, errs := runCmd(t, "", "check", "--rules", "--format", "json")
	require.Equal(t, cli.ExitOK, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, n)
	for _, l := range lines {
		var r struct{ Rule, Severity, Rationale string }
		require.NoError(t, json.Unmarshal([]byte(l), &r), l)
		assert.NotEmpty(t, r.Rule)
		assert.Contains(t, []string{"error", "warning", "info"}, r.Severity, l)
		assert.NotEmpty(t, r.Rationale, l)
	}
	assert.Contains(t, lines[1], `"rule":"BUDGET-SUM","severity":"error","rationale":"预算数应等于`)

	dir := t.TempDir()
	for _, tt := range []struct {
		args   []string
		file   string
		prefix string
	}{
		{[]string{"--rules"}, "rules.txt", "CLASSIFIED "},
		{[]string{"--rules", "--lang", "en", "--format", "json"}, "rules.out", `{"rule":"CLASSIFIED","severity":"info","rationale":"a 涉密 project`},
		{[]string{"--rules", "--format", "xlsx"}, "rules.out", "PK"},
		{[]string{"--rules"}, "rules.xlsx", "PK"},
	} {
		path := filepath.Join(dir, tt.file)
		code, out, errs := runCmd(t, "", append([]string{"check", "-o", path}, tt.args...)...)
		require.Equal(t, cli.ExitOK, code, errs)
		assert.Empty(t, out, "%v: the list goes to -o", tt.args)
		data, err := os.ReadFile(path)
		require.NoError(t, err, "%v", tt.args)
		assert.True(t, strings.HasPrefix(string(data), tt.prefix), "%v: %.60q", tt.args, data)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "rules.xlsx"))
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, []string{"规则"}, f.GetSheetList())
	rows, err := f.GetRows("规则")
	require.NoError(t, err)
	assert.Len(t, rows, n+1, "a header and a row a rule")
}
