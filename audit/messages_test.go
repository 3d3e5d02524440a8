package audit

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/normalize"
)

var update = flag.Bool("update", false, "update golden files")

// verb matches a fmt verb with its argument index, flags, width and
// precision.
var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// argRefs lists the argument numbers (from 1) a format uses, sorted and
// without repeats, as fmt numbers them.
func argRefs(format string) []int {
	var refs []int
	next := 1
	for _, m := range verb.FindAllStringSubmatch(format, -1) {
		if strings.HasSuffix(m[0], "%") {
			continue
		}
		if m[1] != "" {
			next, _ = strconv.Atoi(m[1][1 : len(m[1])-1])
		}
		refs = append(refs, next)
		next++
	}
	sort.Ints(refs)
	return slices.Compact(refs)
}

// codes are project codes (13060525P004501100061), the only ASCII letters
// a Chinese message may hold besides what it quotes from a filing.
var codes = regexp.MustCompile(`\d{6,}P[0-9A-Z]*`)

// latin reports the ASCII letters of a Chinese text, codes and fmt verbs
// aside.
func latin(zh string) string {
	s := codes.ReplaceAllString(verb.ReplaceAllString(zh, ""), "")
	return strings.Map(func(r rune) rune {
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return r
		}
		return -1
	}, s)
}

// TestTexts: every rule of the catalogue has its rationale and messages in
// both languages, and nothing else has texts; the two texts of a message
// take the same arguments; Chinese holds no English word.
func TestTexts(t *testing.T) {
	ids := map[string]bool{}
	for _, r := range Catalogue() {
		ids[r.ID] = true
		require.NotNil(t, r.Texts, "%s has no texts", r.ID)
		assert.NotEmpty(t, r.Texts.Messages, "%s says nothing", r.ID)
		assert.Equal(t, r.Texts.Rationale.EN, r.Rationale, r.ID)
	}
	for id, rt := range ruleTexts() {
		assert.True(t, ids[id], "texts of %s, which is no rule of the catalogue", id)
		checkText(t, id+" rationale", rt.Rationale, false)
		for v, m := range rt.Messages {
			checkText(t, id+"/"+v, m, true)
		}
	}
	for k, p := range phrases {
		checkText(t, "phrase "+k, p, true)
	}
}

func checkText(t *testing.T, key string, m Text, format bool) {
	t.Helper()
	assert.NotEmpty(t, m.ZH, "%s has no Chinese", key)
	assert.NotEmpty(t, m.EN, "%s has no English", key)
	assert.Empty(t, latin(m.ZH), "%s: English in the Chinese %q", key, m.ZH)
	if format {
		assert.Equal(t, argRefs(m.EN), argRefs(m.ZH), "%s: the Chinese and the English take other arguments", key)
		if refs := argRefs(m.EN); len(refs) > 0 {
			assert.Equal(t, len(refs), refs[len(refs)-1], "%s: an argument is never used", key)
		}
	}
}

// keys collects the keys of a message and of the messages among its
// arguments.
func keys(m *Msg, into map[string]bool) {
	into[m.Key] = true
	var walk func(a any)
	walk = func(a any) {
		switch a := a.(type) {
		case Msg:
			keys(&a, into)
		case List:
			for _, x := range a {
				walk(x)
			}
		case Clauses:
			for _, x := range a {
				walk(x)
			}
		}
	}
	for _, a := range m.Args {
		walk(a)
	}
}

// TestMessagesGolden writes every firing case's message in both languages
// to testdata/messages.golden: every variant of every rule is said at
// least once, by its own text (no fallback), and the Chinese holds no
// English word.
func TestMessagesGolden(t *testing.T) {
	var b strings.Builder
	seen := map[string]bool{}
	for _, tt := range firingCases {
		for _, f := range runCase(tt).Findings {
			require.NotNil(t, f.Msg, "%s: a plain message", f.Rule)
			keys(f.Msg, seen)
			writeMessage(t, &b, f.Msg.Key, &f)
		}
	}
	for id, rt := range ruleTexts() {
		for v := range rt.Messages {
			key := id
			if v != "" {
				key += "/" + v
			}
			assert.True(t, seen[key], "%s is never said by a test case", key)
		}
	}
	golden(t, "testdata/messages.golden", b.String())
}

// TestSeedMessages pins the seed's findings in both languages
// (testdata/seed.messages.golden).
func TestSeedMessages(t *testing.T) {
	r := Check(parseFile(t, "../testdata/budget-2026.docx"), DefaultConfig())
	var b strings.Builder
	for i := range r.Findings {
		f := &r.Findings[i]
		assert.Equal(t, f.MessageIn(Chinese), f.Message, "Chinese by default")
		writeMessage(t, &b, fmt.Sprintf("%d %s %s", f.Project.Index, f.Rule, f.Indicator), f)
	}
	golden(t, "testdata/seed.messages.golden", b.String())

	cfg := DefaultConfig()
	cfg.Lang = English
	en := Check(parseFile(t, "../testdata/budget-2026.docx"), cfg)
	require.Len(t, en.Findings, len(r.Findings))
	for i, f := range en.Findings {
		assert.Equal(t, r.Findings[i].MessageIn(English), f.Message, "Config.Lang English")
	}
	assert.Equal(t, en.Findings, r.In(English).Findings)
}

func writeMessage(t *testing.T, b *strings.Builder, head string, f *Finding) {
	t.Helper()
	zh, en := f.MessageIn(Chinese), f.MessageIn(English)
	for _, s := range []string{zh, en} {
		assert.NotContains(t, s, "%!", "%s: a format and its arguments disagree", head)
	}
	assert.Empty(t, latin(zh), "%s: English in %q", head, zh)
	fmt.Fprintf(b, "%s\n  zh: %s\n  en: %s\n", head, zh, en)
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "go test ./audit -update writes it")
	assert.Equal(t, string(want), got, "%s (go test ./audit -update, then review the diff)", path)
}

// TestRepairWords: every warning normalize leaves on a repaired value has
// a code of diag's catalogue, and so its Chinese words; a value's warning
// without a code is said plainly in Chinese and as it is in English.
func TestRepairWords(t *testing.T) {
	hit := map[string]bool{}
	for _, tt := range []struct {
		raw string
		ctx normalize.Context
	}{
		{"≥ 95 %", normalize.Context{}},
		{"≤8万", normalize.Context{Level2: "成本指标", Name: "办公用品采购成本"}},
		{"620万/月", normalize.Context{Level2: "成本指标", Name: "租金"}},
		{"50人左右", normalize.Context{}},
		{"≥88%88%", normalize.Context{}},
		{"95%-90%", normalize.Context{}},
		{"50", normalize.Context{Name: "培训人数（人）"}},
		{"50", normalize.Context{Name: "培训人数（≥**人）"}},
		{"2026年1月-6月", normalize.Context{Year: 2026, Level2: "时效指标"}},
		{"46022", normalize.Context{Year: 2026, Level2: "时效指标", Name: "完成时间"}},
		{"12月底", normalize.Context{Level2: "时效指标"}},
		{"100%完成", normalize.Context{}},
		{"达标率100%", normalize.Context{}},
	} {
		v := normalize.Value(tt.raw, tt.ctx)
		if !assert.NotEmpty(t, v.Diagnostics, "%q: no warning (a case to update)", tt.raw) {
			continue
		}
		for _, c := range repairs(&v) {
			r, ok := c.(repair)
			if !assert.True(t, ok, "%q: a warning without its diagnostic", tt.raw) {
				continue
			}
			_, known := diag.Lookup(r.Code)
			assert.True(t, known, "normalize's %s is not in diag's catalogue", r.Code)
			hit[r.Code] = true
			zh := r.In(Chinese)
			assert.Empty(t, latin(zh), "%s: %q", r.Code, zh)
			assert.NotEqual(t, phrases["repaired"].In(Chinese), zh, "%s: no words of its own", r.Code)
			assert.NotEqual(t, zh, r.In(English), "%s: the same words in both languages", r.Code)
		}
	}
	for _, e := range diag.Catalogue() {
		if e.Value {
			assert.True(t, hit[e.Code], "no case produces %s", e.Code)
		}
	}
	v := model.Value{Warnings: []string{"a warning of the future"}}
	assert.Equal(t, "已按推断读取", repairs(&v).In(Chinese))
	assert.Equal(t, "a warning of the future", repairs(&v).In(English))
	unknown := repair{Code: "A-CODE-OF-THE-FUTURE"}
	assert.Equal(t, "已按推断读取", unknown.In(Chinese))
	assert.Equal(t, "A-CODE-OF-THE-FUTURE", unknown.In(English))
}

// TestPlainMessages: a rule of outside code with a plain message says it
// in every language; Say falls back to the rationale for a variant it has
// no text for.
func TestPlainMessages(t *testing.T) {
	plain := Rule{ID: "X", Severity: Warning, Rationale: "why", Check: EachProject(func(c *Context, p *model.Project) []Finding {
		return []Finding{c.Finding(p, nil, "plain %d", 1), c.Say(p, nil, "nope")}
	})}
	cfg := DefaultConfig()
	cfg.Rules = []Rule{plain}
	r := Check(project(nil), cfg)
	require.Len(t, r.Findings, 2)
	for _, lang := range []Lang{Chinese, English} {
		assert.Equal(t, "plain 1", r.Findings[0].MessageIn(lang))
		assert.Equal(t, "why", r.Findings[1].MessageIn(lang))
		assert.Equal(t, "why", plain.RationaleIn(lang))
	}
}

func TestListsAndClauses(t *testing.T) {
	for _, tt := range []struct {
		p      Phrase
		zh, en string
	}{
		{List{1}, "1", "1"},
		{List{1, 3, 4}, "1、3、4", "1, 3 and 4"},
		{List{}, "", ""},
		{Clauses{"a", phrase("blank")}, "a；（空）", "a; (blank)"},
		{phrase("year", 2025), "（2025年）", " (2025)"},
	} {
		assert.Equal(t, tt.zh, tt.p.In(Chinese))
		assert.Equal(t, tt.zh, tt.p.In(""), "the zero Lang is Chinese")
		assert.Equal(t, tt.en, tt.p.In(English))
	}
}
