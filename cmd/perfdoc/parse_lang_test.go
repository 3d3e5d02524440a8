package main

import (
	"encoding/json"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
)

// latin finds a Latin letter (a Chinese message has none of its own).
var latin = regexp.MustCompile(`[A-Za-z]`)

// parsed runs parse and decodes its document.
func parsed(t *testing.T, args ...string) *model.Document {
	t.Helper()
	code, out, stderr := runCmd(t, "", append([]string{"parse"}, args...)...)
	require.Zero(t, code, stderr)
	var d model.Document
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	return &d
}

// TestParseLang: parse writes its warnings in Chinese by default and in
// English with --lang en; the codes, the arguments and everything else are
// the same in both.
func TestParseLang(t *testing.T) {
	zh := parsed(t, seedDOCX)
	again := parsed(t, "--lang", "zh", seedDOCX)
	en := parsed(t, "--lang", "en", seedDOCX)
	assert.Equal(t, zh, again, "Chinese is the default")
	values := 0
	for i := range zh.Projects {
		for j := range zh.Projects[i].Indicators {
			z, e := &zh.Projects[i].Indicators[j].Value, &en.Projects[i].Indicators[j].Value
			require.Len(t, e.Warnings, len(z.Warnings))
			require.Len(t, z.Diagnostics, len(z.Warnings), "a diagnostic for each warning")
			for k := range z.Warnings {
				values++
				assert.NotEqual(t, z.Warnings[k], e.Warnings[k], "%s: the same words in both languages", z.Diagnostics[k].Code)
			}
			e.Warnings = z.Warnings
		}
	}
	assert.NotZero(t, values, "the seed has values with warnings")
	require.NotEmpty(t, zh.Warnings, "the seed has warnings")
	require.Len(t, en.Warnings, len(zh.Warnings))
	assert.Equal(t, "项目1：资金支出计划栏目“资金支出计划（%）”标明为百分比，所填却是以万元计的累计金额", zh.Warnings[0].Message)
	assert.Equal(t, `project 1: spending plan label "资金支出计划（%）" says % but the values are cumulative amounts in 万元`, en.Warnings[0].Message)
	for i, w := range zh.Warnings {
		_, known := diag.Lookup(w.Code)
		assert.True(t, known, "warning %d: code %q is not in the catalogue", i, w.Code)
		assert.NotEqual(t, w.Message, en.Warnings[i].Message, "%s: the same words in both languages", w.Code)
		assert.Empty(t, latin.FindString(w.Message), "%s: English in %q", w.Code, w.Message)
		en.Warnings[i].Message = w.Message
	}
	assert.Equal(t, zh, en, "only the messages change")
	code, _, stderr := runCmd(t, "", "parse", "--lang", "fr", seedDOCX)
	assert.Equal(t, 2, code, "an unknown language is a usage error")
	assert.Contains(t, stderr, "--lang")
}
