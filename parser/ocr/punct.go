package ocr

import "unicode"

// cjkParens gives brackets in Chinese text their full-width form:
// Tesseract's chi_sim model reads （ and ） as ASCII ( ) or as 〈, though the
// glyphs of a Chinese font are the full-width ones. A bracket becomes
// full-width when a Han character stands next to it; a closing bracket
// follows the form of the bracket it closes.
func cjkParens(s string) string {
	rs := []rune(s)
	han := func(i int) bool { return i >= 0 && i < len(rs) && unicode.Is(unicode.Han, rs[i]) }
	var open []bool
	for i, r := range rs {
		switch r {
		case '(', '〈', '（':
			full := r == '（' || han(i-1) || han(i+1)
			if full {
				rs[i] = '（'
			} else {
				rs[i] = '('
			}
			open = append(open, full)
		case ')', '〉', '）':
			full := r == '）' || han(i-1)
			if n := len(open); n > 0 {
				full = full || open[n-1]
				open = open[:n-1]
			}
			if full {
				rs[i] = '）'
			} else {
				rs[i] = ')'
			}
		}
	}
	return string(rs)
}
