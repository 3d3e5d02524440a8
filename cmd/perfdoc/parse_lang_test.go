package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/model"
)

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
	for i := range zh.Warnings {
		en.Warnings[i].Message = zh.Warnings[i].Message
	}
	assert.Equal(t, zh, en, "only the messages change")
	code, _, stderr := runCmd(t, "", "parse", "--lang", "fr", seedDOCX)
	assert.Equal(t, 2, code, "an unknown language is a usage error")
	assert.Contains(t, stderr, "--lang")
}
