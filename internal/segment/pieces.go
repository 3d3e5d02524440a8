package segment

import (
	"unicode"
	"unicode/utf8"
)

// maxPiece is the most bytes of text jieba is given at once. Its cost
// grows with the square of a run of Han characters (one of 300 000 took
// 0.86 s to cut, ten of 30 000 0.5 s), so a longer text is cut into
// pieces first — after a space or punctuation mark, where jieba cuts
// anyway, when the piece has one; else at the bound.
const maxPiece = 4096

// pieces splits text into consecutive pieces of at most max bytes (a
// rune longer than max is a piece of its own), each ending after the last
// rune in it that is neither a letter nor a digit when there is one:
// they join back into text. A text of at most max bytes is one piece.
func pieces(text string, max int) []string {
	if len(text) <= max {
		return []string{text}
	}
	var out []string
	for len(text) > max {
		end, sep := 0, 0
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if end+size > max && end > 0 {
				break
			}
			end += size
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				sep = end
			}
		}
		if sep > 0 {
			end = sep
		}
		out = append(out, text[:end])
		text = text[end:]
	}
	if text != "" {
		out = append(out, text)
	}
	return out
}
