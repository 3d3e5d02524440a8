package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// List numbering: "1." "1、" "（1）" "①" "一、" "（十二）" in titles and goals.

// splitGoals splits the 绩效目标 cell into goals: one per numbered item
// (numbering removed) when the cell numbers its goals — a line without a
// number then continues the goal before it — else one per line.
func splitGoals(s string) []string {
	out := []string{}
	numbered := false
	for i, line := range strings.Split(s, "\n") {
		line = layout.Clean(line)
		if line == "" {
			continue
		}
		n, _ := layout.ListNumber(line)
		if i == 0 || len(out) == 0 {
			numbered = n > 0
		}
		if numbered && n == 0 && len(out) > 0 {
			out[len(out)-1] += "\n" + line
			continue
		}
		for _, item := range splitNumbered(line) {
			_, rest := layout.ListNumber(item)
			if rest = layout.Clean(rest); rest != "" {
				out = append(out, rest)
			}
		}
	}
	return out
}

// splitNumbered splits "1.甲。2.乙。" at numbering that follows the end of
// a sentence.
func splitNumbered(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '。' || r == '；' || r == ';' {
			j := i + size
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if n, rest := layout.ListNumber(s[j:]); n > 0 && rest != s[j:] {
				parts = append(parts, s[start:j])
				start = j
			}
		}
		i += size
	}
	return append(parts, s[start:])
}
