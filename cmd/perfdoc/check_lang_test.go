package main

import (
	"encoding/json"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/perfdoc/perfdoc/audit"
)

// TestCheckLang: the text report, the JSON messages, the workbook and the
// rule list are Chinese by default and English with --lang en; the JSON
// keys do not change.
func TestCheckLang(t *testing.T) {
	_, zh, _ := runCmd(t, "", "check", seedTxt)
	assert.Contains(t, zh, "\n  错误    COST-OVER-BUDGET 工作经费补助标准：成本指标值9.19万元超过项目预算数6.16万元（第99行）\n")
	assert.Contains(t, zh, "：2 个错误，26 个警告，31 个提示\n")
	_, docx, _ := runCmd(t, "", "check", seedDOCX)
	assert.Contains(t, docx, "\n  警告    DEADLINE-OUTSIDE-YEAR 补助发放完成时间：完成时限2025年底（2025-12-31）不在预算年度2026年内（第2张表第4行第5列）\n")
	_, en, _ := runCmd(t, "", "check", "--lang", "en", seedDOCX)
	assert.Contains(t, en, "\n  warning DEADLINE-OUTSIDE-YEAR 补助发放完成时间: deadline 2025年底 (2025-12-31) is outside the budget year 2026 (table 2, row 4, col 5)\n")

	// JSON: message follows --lang, Chinese by default
	_, byDefault, _ := checkJSON(t, seedTxt)
	_, chinese, _ := checkJSON(t, "--lang", "zh", seedTxt)
	_, english, _ := checkJSON(t, "--lang", "en", seedTxt)
	assert.Equal(t, byDefault, chinese)
	require.Len(t, english.Findings, len(chinese.Findings))
	code := regexp.MustCompile(`\d{6,}P[0-9A-Z]*`)
	latin := regexp.MustCompile(`[A-Za-z]`)
	for i, f := range chinese.Findings {
		assert.Empty(t, latin.FindAllString(code.ReplaceAllString(f.Message, ""), -1), "English in %q", f.Message)
		e := english.Findings[i]
		assert.NotEqual(t, f.Message, e.Message)
		e.Message = f.Message
		assert.Equal(t, f, e, "only the message changes")
	}
	assert.Equal(t, "成本指标值9.19万元超过项目预算数6.16万元", chinese.Findings[0].Message)
	assert.Equal(t, "cost 9.19万元 is above the project budget 6.16万元", english.Findings[0].Message)
	assert.Equal(t, jsonKeys(t, "check", "--format", "json", seedTxt), jsonKeys(t, "check", "--format", "json", "--lang", "en", seedTxt))

	// XLSX
	for lang, want := range map[string][]string{
		"zh": {"问题", "成本指标值9.19万元超过项目预算数6.16万元", "第99行"},
		"en": {"Findings", "cost 9.19万元 is above the project budget 6.16万元", "line 99"},
	} {
		_, out, _ := runCmd(t, "", "check", "--format", "xlsx", "--lang", lang, seedTxt)
		f, err := excelize.OpenReader(strings.NewReader(out))
		require.NoError(t, err)
		rows, err := f.GetRows(want[0])
		require.NoError(t, err, lang)
		require.Greater(t, len(rows), 1, lang)
		assert.Equal(t, want[1:], rows[1][6:8], lang)
		require.NoError(t, f.Close())
	}

	// the rule list
	_, rules, _ := runCmd(t, "", "check", "--rules")
	assert.Contains(t, rules, "BUDGET-SUM             错误    预算数应等于财政资金与其他资金之和（预算数 = 财政资金 + 其他资金）\n")
	_, rules, _ = runCmd(t, "", "check", "--rules", "--lang", "en")
	assert.Contains(t, rules, "BUDGET-SUM             error   the total budget must equal fiscal plus other funds (预算数 = 财政资金 + 其他资金)\n")
}

// jsonKeys lists the keys of every object in a command's JSON output.
func jsonKeys(t *testing.T, args ...string) []string {
	_, out, _ := runCmd(t, "", args...)
	var v any
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	seen := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				seen[k] = true
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// TestReadmeRuleTable: the rule table of docs/check-rules.md lists the
// catalogue in its order, with each rule's severity and its Chinese
// rationale (规则说明), and the README names every rule.
func TestReadmeRuleTable(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	for _, r := range audit.Catalogue() {
		assert.Contains(t, string(readme), r.ID, "the README's audit rules")
	}
	data, err := os.ReadFile("../../docs/check-rules.md")
	require.NoError(t, err)
	_, table, ok := strings.Cut(string(data), "| id | severity | checks | why | 规则说明 |\n|---|---|---|---|---|\n")
	require.True(t, ok, "the rule table of docs/check-rules.md")
	var rows [][]string
	for _, line := range strings.Split(table, "\n") {
		if !strings.HasPrefix(line, "| ") {
			break
		}
		cells := strings.Split(strings.Trim(line, "|"), " | ")
		rows = append(rows, cells)
	}
	cat := audit.Catalogue()
	require.Len(t, rows, len(cat))
	for i, r := range cat {
		cells := rows[i]
		assert.Equal(t, r.ID, strings.TrimSpace(cells[0]))
		assert.Equal(t, string(r.Severity), cells[1], r.ID)
		assert.Equal(t, r.RationaleIn(audit.Chinese), strings.TrimSpace(cells[len(cells)-1]), "%s: 规则说明", r.ID)
	}
}
