package segment

import (
	"sort"
	"strings"
	"unicode"
)

// bigram cuts runs of Han characters into overlapping pairs ("满意度" →
// 满意, 意度) and other letters and digits into words: no dictionary, and
// every two-character word is found.
type bigram struct{}

func (bigram) name() string { return "bigram" }

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// cut keeps every character: a Han character alone, a run of letters or
// digits, a run of spaces, any other character alone.
func (bigram) cut(text string) []string {
	var out []string
	rs := []rune(text)
	for i := 0; i < len(rs); {
		j := i + 1
		switch r := rs[i]; {
		case isHan(r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			for j < len(rs) && !isHan(rs[j]) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
		case unicode.IsSpace(r):
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out
}

func (b bigram) search(text string) []string {
	var out []string
	var han []rune
	flush := func() {
		if len(han) == 1 {
			out = append(out, string(han))
		}
		for i := 0; i+1 < len(han); i++ {
			out = append(out, string(han[i:i+2]))
		}
		han = han[:0]
	}
	for _, t := range b.cut(text) {
		r := []rune(t)
		if len(r) == 1 && isHan(r[0]) {
			han = append(han, r[0])
			continue
		}
		flush()
		out = append(out, t)
	}
	flush()
	return out
}

// stop are characters that make a bigram a poor keyword.
const stop = "的了和与及在对是为等各其于以中年月日个项"

func (b bigram) keywords(text string, k int) []string {
	count := map[string]int{}
	first := map[string]int{}
	for i, w := range b.search(text) {
		if len([]rune(w)) < 2 || strings.ContainsAny(w, stop) || !isWord(w) {
			continue
		}
		if _, ok := first[w]; !ok {
			first[w] = i
		}
		count[w]++
	}
	words := make([]string, 0, len(count))
	for w := range count {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return first[words[i]] < first[words[j]]
	})
	if len(words) > k {
		words = words[:k]
	}
	return words
}
