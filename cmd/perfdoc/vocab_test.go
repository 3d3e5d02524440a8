package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/cli"
)

// TestVocabularyFlag: a filing whose code label no vocabulary knows
// (工程序号 for 项目编码) gets its codes with --vocabulary adding that word,
// in parse, check and diff alike; a missing or misspelt file is a usage
// error naming it.
func TestVocabularyFlag(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(seedTxt)
	require.NoError(t, err)
	filing := filepath.Join(dir, "工程.txt")
	require.NoError(t, os.WriteFile(filing, []byte(strings.ReplaceAll(string(seed), "项目编码", "工程序号")), 0o644))
	words := filepath.Join(dir, "words.json")
	require.NoError(t, os.WriteFile(words, []byte(`{"header_labels": {"code": ["工程序号"]}}`), 0o644))

	codes := func(args ...string) int {
		code, out, errs := runCmd(t, "", append([]string{"parse"}, args...)...)
		require.Equal(t, cli.ExitOK, code, errs)
		var doc struct {
			Projects []struct {
				Code *string `json:"code"`
			} `json:"projects"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &doc))
		n := 0
		for _, p := range doc.Projects {
			if p.Code != nil && *p.Code != "" {
				n++
			}
		}
		return n
	}
	assert.Zero(t, codes(filing), "工程序号 is no label of the built-in vocabulary")
	assert.Equal(t, 31, codes("--vocabulary", words, filing), "every project's code with the word added")

	// check and diff read with the same words: the projects' codes are in
	// their findings and pairs (the seed's codes begin 1306)
	_, out, _ := runCmd(t, "", "check", "--format", "json", "--vocabulary", words, filing)
	assert.Contains(t, out, `"code":"1306`)
	_, out, _ = runCmd(t, "", "check", "--format", "json", filing)
	assert.NotContains(t, out, `"code":"1306`)
	code, out, errs := runCmd(t, "", "diff", "--force", "--format", "json", "--vocabulary", words, filing, filing)
	assert.Equal(t, cli.ExitOK, code, errs)
	assert.Contains(t, out, `"code": "1306`)

	// the file named, what is wrong said in --lang (Chinese by default),
	// a JSON error with its line and column
	for _, tt := range []struct{ file, content, zh, en string }{
		{"missing.json", "", `--vocabulary "` + filepath.Join(dir, "missing.json") + `": 文件不存在`,
			`--vocabulary "` + filepath.Join(dir, "missing.json") + `": no such file or directory`},
		{"bogus.json", `{"bogus": 1}`, `bogus.json": 不是有效的词表文件（vocabulary: json: unknown field "bogus" (a vocabulary's keys: comment, taxonomy, header_labels,`,
			`bogus.json": vocabulary: json: unknown field "bogus"`},
		{"broken.json", "{\n  \"units\": [\"元\",]\n}", `broken.json": 不是有效的词表文件（vocabulary: line 2, column 17: invalid character ']'`,
			`broken.json": vocabulary: line 2, column 17: invalid character ']'`},
		{"typo.json", `{"header_labels": {"codez": ["工程序号"], "code": ["项目代码"]}, "grid_labels": {"vaule": ["目标"]}}`,
			`typo.json": 不是有效的词表文件（vocabulary: unknown key grid_labels.vaule, header_labels.codez (the keys of grid_labels: actual, basis, description, direction, half_year, last_year, level1, level2, long_term, name, nature, notes, reason, score, unit, value, weight; see docs/vocabulary.md)）`,
			`typo.json": vocabulary: unknown key grid_labels.vaule, header_labels.codez`},
	} {
		path := filepath.Join(dir, tt.file)
		if tt.content != "" {
			require.NoError(t, os.WriteFile(path, []byte(tt.content), 0o644))
		}
		for _, cmd := range []string{"parse", "check"} {
			code, out, errs = runCmd(t, "", cmd, "--vocabulary", path, filing)
			assert.Equal(t, cli.ExitUsage, code, tt.file)
			assert.Empty(t, out, tt.file)
			assert.True(t, strings.HasPrefix(errs, "perfdoc "+cmd+": --vocabulary "), errs)
			assert.Contains(t, errs, tt.zh, tt.file)
		}
		code, _, errs = runCmd(t, "", "diff", "--lang", "en", "--vocabulary", path, filing, filing)
		assert.Equal(t, cli.ExitUsage, code, tt.file)
		assert.True(t, strings.HasPrefix(errs, "perfdoc diff: --vocabulary "), errs)
		assert.Contains(t, errs, tt.en, tt.file)
	}
}
