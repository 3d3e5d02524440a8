package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/perfdoc/perfdoc/internal/realscore"
	"github.com/perfdoc/perfdoc/vocab"
)

// Mutation tests (issue 21): the shared real HTML filings (testdata/real
// 01-16), and their text exports, with the captions of their indicator
// grids blanked, renamed to words no vocabulary holds, or shortened by a
// character, scored against each filing's truth. The columns must then be decided by what they hold,
// not by their captions. Each mutation is applied to one caption at a time
// (every caption of every grid header in turn, one parse each) and to all
// captions of a header row at once; the scores are reported per mutation
// and held at a floor measured on this version (raise it as the extractor
// improves; the bar is 95 %).

// mutation rewrites one grid caption.
type mutation struct {
	name string
	fn   func(caption string, k int) string
}

var mutations = []mutation{
	{"blank", func(string, int) string { return "" }},
	{"unknown", func(_ string, k int) string { return []string{"比较", "目标", "数值"}[k%3] }},
	{"no-first", func(s string, _ int) string { _, n := utf8.DecodeRuneInString(s); return s[n:] }},
	{"no-last", func(s string, _ int) string { _, n := utf8.DecodeLastRuneInString(s); return s[:len(s)-n] }},
}

// mutationFloors are the fewest fields matched per scope and mutation (of
// 827 expected over the one-caption parses, 183 over the all-captions
// ones), as measured on this version; mutationExtras the most
// extra indicators (parsed ones matching no expected one) over all parses
// of a scope and mutation. Raise the one and lower the other as the
// extractor improves.
var (
	mutationFloors = map[string]int{
		"one/blank": 827, "one/unknown": 827, "one/no-first": 827, "one/no-last": 827,
		"all/blank": 183, "all/unknown": 183, "all/no-first": 183, "all/no-last": 183,
	}
	mutationExtras = map[string]int{
		"one/blank": 0, "one/unknown": 0, "one/no-first": 0, "one/no-last": 0,
		"all/blank": 0, "all/unknown": 0, "all/no-first": 0, "all/no-last": 0,
	}
	// the fewest matched indicators with their levels right (of 748 and
	// 165) and actual/weight/score cells right (of 971 and 211): a column
	// content cannot tell is left out, never read into a wrong field
	mutationLevels = map[string]int{
		"one/blank": 742, "one/unknown": 742, "one/no-first": 748, "one/no-last": 742,
		"all/blank": 159, "all/unknown": 159, "all/no-first": 159, "all/no-last": 159,
	}
	mutationCells = map[string]int{
		"one/blank": 958, "one/unknown": 958, "one/no-first": 958, "one/no-last": 958,
		"all/blank": 198, "all/unknown": 198, "all/no-first": 198, "all/no-last": 198,
	}
)

// textFloors are the floors of the text exports, by scope and mutation:
// fields matched (of 817 and 183), levels right (of 739 and 165), cells
// right (of 944 and 211); no extra indicator is allowed.
var textFloors = map[string][3]int{
	"one/blank": {817, 733, 931}, "one/unknown": {817, 733, 931}, "one/no-first": {817, 739, 931}, "one/no-last": {817, 733, 931},
	"all/blank": {183, 159, 180}, "all/unknown": {183, 159, 198}, "all/no-first": {183, 159, 198}, "all/no-last": {183, 159, 198},
}

var (
	rowRE  = regexp.MustCompile(`(?s)<tr[^>]*>.*?</tr>`)
	cellRE = regexp.MustCompile(`(?s)(<t[dh][^>]*>)(.*?)(</t[dh]>)`)
	tagRE  = regexp.MustCompile(`<[^>]*>`)
)

// captionKey is a caption as the vocabulary writes grid headers: no white
// space, ASCII parentheses full-width.
func captionKey(s string) string {
	s = tagRE.ReplaceAllString(s, "")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u3000' || r == '\u00a0':
			return -1
		case r == '(':
			return '（'
		case r == ')':
			return '）'
		}
		return r
	}, s)
	return strings.TrimRight(s, ":：")
}

// isGridCaption tells a caption of an indicator grid by the vocabulary's
// grid headers and the shapes of target and result headers.
func isGridCaption(key string) bool {
	for _, words := range vocab.Default().GridLabels {
		for _, w := range words {
			if key == w {
				return true
			}
		}
	}
	return strings.Contains(key, "指标值") || strings.Contains(key, "目标值") ||
		strings.Contains(key, "实际") || strings.HasSuffix(key, "完成值")
}

// caption is one grid caption of a page: the byte range of its text.
type caption struct{ start, end int }

// gridCaptions returns the captions of a page's grid header rows (rows
// with two or more grid captions), grouped by row.
func gridCaptions(page string) [][]caption {
	var rows [][]caption
	for _, r := range rowRE.FindAllStringIndex(page, -1) {
		var caps []caption
		for _, c := range cellRE.FindAllStringSubmatchIndex(page[r[0]:r[1]], -1) {
			if isGridCaption(captionKey(page[r[0]+c[4] : r[0]+c[5]])) {
				caps = append(caps, caption{r[0] + c[4], r[0] + c[5]})
			}
		}
		if len(caps) >= 2 {
			rows = append(rows, caps)
		}
	}
	return rows
}

// mutate applies m to the given captions of page.
func mutate(page string, caps []caption, m mutation) string {
	var b strings.Builder
	at := 0
	for k, c := range caps {
		b.WriteString(page[at:c.start])
		b.WriteString(m.fn(captionKey(page[c.start:c.end]), k))
		at = c.end
	}
	b.WriteString(page[at:])
	return b.String()
}

// mutationScore sums the fields and extra indicators of several parses.
type mutationScore struct {
	matched, expected, extra, parses   int
	levels, levelsExp, cells, cellsExp int // on matched indicators: levels right, actual/weight/score cells right
}

func (s *mutationScore) add(t *testing.T, truth *realscore.Truth, page, path, what string) {
	t.Helper()
	doc, err := Parse([]byte(page), Options{Path: path})
	require.NoError(t, err, "Parse(%s) mutated", path)
	sc := realscore.Compare(truth, doc)
	m, n := sc.Fields()
	if m < n || sc.ExtraCount() > 0 || sc.Levels < sc.LevelsExp || sc.Cells < sc.CellsExp {
		t.Logf("%s %s: %d/%d fields, %d extra, levels %d/%d, cells %d/%d", filepath.Base(filepath.Dir(path)), what,
			m, n, sc.ExtraCount(), sc.Levels, sc.LevelsExp, sc.Cells, sc.CellsExp)
	}
	s.matched += m
	s.expected += n
	s.extra += sc.ExtraCount()
	s.levels += sc.Levels
	s.levelsExp += sc.LevelsExp
	s.cells += sc.Cells
	s.cellsExp += sc.CellsExp
	s.parses++
}

func (s mutationScore) ratio() float64 {
	if s.expected == 0 {
		return 0
	}
	return float64(s.matched) / float64(s.expected)
}

func TestMutatedGridHeaders(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "real", "[0-1][0-9]-*"))
	require.NoError(t, err)
	var shared []string
	for _, d := range dirs {
		if b := filepath.Base(d); b[:2] >= "01" && b[:2] <= "16" {
			shared = append(shared, d)
		}
	}
	require.Len(t, shared, 16)
	scores := map[string]*mutationScore{}
	for k := range mutationFloors {
		scores[k] = &mutationScore{}
	}
	captions := 0
	for _, dir := range shared {
		truth, err := realscore.ReadTruth(filepath.Join(dir, "truth.json"))
		require.NoError(t, err)
		path := filepath.Join(dir, "filing.html")
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		page := string(data)
		rows := gridCaptions(page)
		require.NotEmpty(t, rows, "%s: no grid header found to mutate", path)
		for _, m := range mutations {
			for _, caps := range rows {
				scores["all/"+m.name].add(t, truth, mutate(page, caps, m), path, "all/"+m.name)
				for _, c := range caps {
					scores["one/"+m.name].add(t, truth, mutate(page, []caption{c}, m), path, "one/"+m.name+" "+captionKey(page[c.start:c.end]))
				}
			}
		}
		for _, caps := range rows {
			captions += len(caps)
		}
	}
	t.Logf("%d grid captions in the 16 shared HTML filings", captions)
	for _, scope := range []string{"one", "all"} {
		for _, m := range mutations {
			k := scope + "/" + m.name
			s := scores[k]
			t.Logf("%-13s recall %5.1f %% (%d/%d fields over %d parses), %d extra indicators, levels %d/%d, cells %d/%d",
				k, 100*s.ratio(), s.matched, s.expected, s.parses, s.extra, s.levels, s.levelsExp, s.cells, s.cellsExp)
			assert.GreaterOrEqual(t, s.matched, mutationFloors[k], "%s: fields matched fell below the floor", k)
			assert.LessOrEqual(t, s.extra, mutationExtras[k], "%s: more extra indicators than before", k)
			assert.GreaterOrEqual(t, s.levels, mutationLevels[k], "%s: levels right fell below the floor", k)
			assert.GreaterOrEqual(t, s.cells, mutationCells[k], "%s: cells right fell below the floor", k)
		}
	}
}

// TestMutateCaptions checks the mutation helpers themselves: a header row
// is found and each mutation rewrites only its captions.
func TestMutateCaptions(t *testing.T) {
	page := `<table><tr><td>项目名称</td><td>某项目</td></tr>` +
		`<tr><td>绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值(%)</td></tr>` +
		`<tr><td></td><td>产出指标</td><td>数量指标</td><td>户数</td><td>10户</td></tr></table>`
	rows := gridCaptions(page)
	require.Len(t, rows, 1)
	require.Len(t, rows[0], 4)
	got := map[string]string{}
	for _, m := range mutations {
		out := mutate(page, rows[0], m)
		got[m.name] = fmt.Sprint(cellTexts(out)[3:7])
		assert.Contains(t, out, "<td>绩效指标</td>", "%s: the block label is no caption", m.name)
		assert.Contains(t, out, "<td>户数</td>", "%s: the body is unchanged", m.name)
	}
	assert.Equal(t, map[string]string{
		"blank":    "[   ]",
		"unknown":  "[比较 目标 数值 比较]",
		"no-first": "[级指标 级指标 级指标 标值（%）]",
		"no-last":  "[一级指 二级指 三级指 指标值（%]",
	}, got)
}

func cellTexts(page string) []string {
	var out []string
	for _, m := range cellRE.FindAllStringSubmatch(page, -1) {
		out = append(out, m[2])
	}
	return out
}

// gridCaptionsText returns the captions of the grid header rows of a text
// export (a cell a line after a tab, rows apart by an empty line), grouped
// by row.
func gridCaptionsText(page string) [][]caption {
	var rows [][]caption
	var caps []caption
	flush := func() {
		if len(caps) >= 2 {
			rows = append(rows, caps)
		}
		caps = nil
	}
	at := 0
	for at < len(page) {
		end := strings.IndexByte(page[at:], '\n')
		if end < 0 {
			end = len(page) - at
		}
		line := page[at : at+end]
		switch {
		case strings.TrimRight(line, "\r") == "":
			flush()
		case strings.HasPrefix(line, "\t"):
			text := strings.TrimRight(line[1:], "\r")
			if isGridCaption(captionKey(text)) {
				caps = append(caps, caption{at + 1, at + 1 + len(text)})
			}
		}
		at += end + 1
	}
	flush()
	return rows
}

// TestMutatedGridHeadersText is TestMutatedGridHeaders on the text exports
// of the same filings (no cell positions: columns by their place in a
// row).
func TestMutatedGridHeadersText(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "real", "[0-1][0-9]-*"))
	require.NoError(t, err)
	scores := map[string]*mutationScore{}
	for k := range mutationFloors {
		scores[k] = &mutationScore{}
	}
	n := 0
	for _, dir := range dirs {
		if b := filepath.Base(dir); b[:2] < "01" || b[:2] > "16" {
			continue
		}
		n++
		truth, err := realscore.ReadTruth(filepath.Join(dir, "truth.json"))
		require.NoError(t, err)
		path := filepath.Join(dir, "filing.txt")
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		page := string(data)
		rows := gridCaptionsText(page)
		require.NotEmpty(t, rows, "%s: no grid header found to mutate", path)
		for _, m := range mutations {
			for _, caps := range rows {
				scores["all/"+m.name].add(t, truth, mutate(page, caps, m), path, "all/"+m.name)
				for _, c := range caps {
					scores["one/"+m.name].add(t, truth, mutate(page, []caption{c}, m), path, "one/"+m.name+" "+captionKey(page[c.start:c.end]))
				}
			}
		}
	}
	require.Equal(t, 16, n)
	for _, scope := range []string{"one", "all"} {
		for _, m := range mutations {
			k := scope + "/" + m.name
			s := scores[k]
			t.Logf("%-13s recall %5.1f %% (%d/%d fields over %d parses), %d extra indicators, levels %d/%d, cells %d/%d",
				k, 100*s.ratio(), s.matched, s.expected, s.parses, s.extra, s.levels, s.levelsExp, s.cells, s.cellsExp)
			fl := textFloors[k]
			assert.GreaterOrEqual(t, s.matched, fl[0], "%s: fields matched fell below the floor", k)
			assert.Zero(t, s.extra, "%s: extra indicators", k)
			assert.GreaterOrEqual(t, s.levels, fl[1], "%s: levels right fell below the floor", k)
			assert.GreaterOrEqual(t, s.cells, fl[2], "%s: cells right fell below the floor", k)
		}
	}
}
