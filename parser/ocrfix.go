package parser

import (
	"slices"
	"unicode"

	"github.com/perfdoc/perfdoc/diag"
	"github.com/perfdoc/perfdoc/model"
	"github.com/perfdoc/perfdoc/parser/layout"
	"github.com/perfdoc/perfdoc/vocab"
)

// OCR corrections against the domain vocabulary. Tesseract's chi_sim
// confuses a few glyphs that the vocabulary can arbitrate: a cell that
// reads one character away from exactly one level name or header label is
// that word; a value whose comparator or unit is a known confusion (三 for
// ≥, 大 for 人, 了, 轧 or 邢 for 元) is corrected only when the result is in the
// vocabulary's comparators or units and the text as read is not. Every
// correction is a warning.

// ocrConfusions maps a glyph Tesseract reads to the one it misread.
var ocrConfusions = map[rune]rune{'三': '≥', '大': '人', '了': '元', '轧': '元', '邢': '元', '席': '产'}

// ocrWords returns the words a whole cell may be corrected to, each with
// what it means: level names and the labels of the header block and the
// grid.
func ocrWords(v *vocab.Vocabulary) map[string]string {
	ws := map[string]string{}
	for _, f := range v.Taxonomy.Level1 {
		ws[f.Name] = "level1:" + f.Key
	}
	for _, f := range v.Taxonomy.Level2 {
		ws[f.Name] = "level2:" + f.Key
	}
	for k, m := range map[string]map[string][]string{"header:": v.HeaderLabels, "grid:": v.GridLabels} {
		for field, l := range m {
			for _, w := range l {
				ws[w] = k + field
			}
		}
	}
	return ws
}

// ocrFix corrects the OCR'd cells of blocks in place and returns a warning
// for each correction.
func ocrFix(blocks []layout.Block) []model.Warning {
	v := vocab.Default()
	words := ocrWords(v)
	units := map[string]bool{}
	for _, u := range v.Units {
		units[u] = true
	}
	comps := map[string]bool{}
	for _, c := range v.Comparators {
		comps[c] = true
	}
	var out []model.Warning
	for _, b := range blocks {
		if b.Table == nil {
			continue
		}
		for _, row := range b.Table.Rows {
			// the labels the row holds as they are: a header row holds
			// each once, so a near miss is none of them
			present := map[string]bool{}
			for _, c := range row {
				if _, ok := words[c.Text]; ok {
					present[c.Text] = true
				}
			}
			for i := range row {
				c := &row[i]
				if c.Text == "" {
					continue
				}
				fixed := fixWord(c.Text, words, nil)
				if fixed == "" {
					fixed = fixWord(c.Text, words, present)
				}
				if fixed == "" {
					fixed = fixValue(c.Text, units, comps)
				}
				if fixed != "" && fixed != c.Text {
					out = append(out, diag.New(c.Pos, diag.OCRCorrected, c.Text, fixed))
					c.Text = fixed
				}
			}
		}
	}
	return out
}

// fixWord returns the word of words that s is a single character away
// from (same length, at least four characters), or "" when there is none or
// the words that near mean different things. Words in present are no
// candidates: ocrFix asks again with the labels present in the row when
// the vocabulary alone cannot tell (会级指标 beside 二级指标 and 三级指标
// is 一级指标).
func fixWord(s string, words map[string]string, present map[string]bool) string {
	rs := []rune(s)
	if len(rs) < 4 {
		return ""
	}
	if _, ok := words[s]; ok {
		return ""
	}
	keys := make([]string, 0, len(words))
	for w := range words {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	found := ""
	for _, w := range keys {
		wr := []rune(w)
		if len(wr) != len(rs) || present[w] {
			continue
		}
		diff := 0
		for i := range rs {
			if rs[i] != wr[i] {
				diff++
			}
		}
		if diff == 1 {
			if found != "" && words[found] != words[w] {
				return "" // two meanings: the vocabulary cannot tell
			}
			if found == "" {
				found = w
			}
		}
	}
	return found
}

// fixValue corrects a value cell read as [comparator] number [unit]: a
// confused first or last glyph is replaced when that makes a comparator or
// unit of the vocabulary out of one that is not.
func fixValue(s string, units, comps map[string]bool) string {
	rs := []rune(s)
	i := 0
	for i < len(rs) && !unicode.IsDigit(rs[i]) {
		i++
	}
	j := i
	for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
		j++
	}
	if i == j {
		return ""
	}
	head, num, tail := string(rs[:i]), string(rs[i:j]), string(rs[j:])
	changed := false
	if head != "" && !comps[head] {
		if h := confuse(head); comps[h] {
			head, changed = h, true
		}
	}
	if tail != "" && !units[tail] {
		if t := confuse(tail); units[t] {
			tail, changed = t, true
		}
	}
	if !changed {
		return ""
	}
	return head + num + tail
}

// confuse replaces the confused glyphs of s.
func confuse(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if c, ok := ocrConfusions[r]; ok {
			rs[i] = c
		}
	}
	return string(rs)
}
