package report

import "strings"

// span is a piece of an inline text diff: kept, deleted or inserted.
type span struct {
	op   byte // '=', '-' or '+'
	text string
}

// maxDiffCells bounds the work of one inline diff (tokens × tokens); past
// it the whole text shows as replaced.
const maxDiffCells = 4 << 20

// wordDiff compares two texts word by word (cut splits a text into tokens
// that join back into it) as a longest common subsequence, and returns the
// spans in reading order, runs of one kind merged.
func wordDiff(a, b string, cut func(string) []string) []span {
	if cut == nil {
		cut = runes
	}
	x, y := cut(a), cut(b)
	if len(x)*len(y) > maxDiffCells {
		return merge([]span{{'-', a}, {'+', b}})
	}
	// lcs[i][j] is the length of the LCS of x[i:] and y[j:]
	w := len(y) + 1
	lcs := make([]int32, (len(x)+1)*w)
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	var out []span
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			out = append(out, span{'=', x[i]})
			i, j = i+1, j+1
		case j < len(y) && (i == len(x) || lcs[i*w+j+1] >= lcs[(i+1)*w+j]):
			out = append(out, span{'+', y[j]})
			j++
		default:
			out = append(out, span{'-', x[i]})
			i++
		}
	}
	return merge(out)
}

// merge joins neighbouring spans of one kind and puts a deletion before
// the insertion that replaces it.
func merge(in []span) []span {
	var out []span
	for _, s := range in {
		if s.text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].op == s.op {
			out[n-1].text += s.text
			continue
		}
		if n := len(out); n > 0 && s.op == '-' && out[n-1].op == '+' {
			if n > 1 && out[n-2].op == '-' {
				out[n-2].text += s.text
				continue
			}
			out = append(out[:n-1], s, out[n-1])
			continue
		}
		out = append(out, s)
	}
	return out
}

// runes cuts a text into characters: the segmentation without a dictionary.
func runes(s string) []string {
	out := make([]string, 0, len(s)/3+1)
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// plainSpans renders spans as text: [-deleted-]{+inserted+}, as git's word
// diff does.
func plainSpans(ss []span) string {
	var b strings.Builder
	for _, s := range ss {
		switch s.op {
		case '-':
			b.WriteString("[-" + s.text + "-]")
		case '+':
			b.WriteString("{+" + s.text + "+}")
		default:
			b.WriteString(s.text)
		}
	}
	return b.String()
}
