package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestSegmenters(t *testing.T) {
	for _, s := range []*Segmenter{Default(), Bigram()} {
		t.Run(s.Name(), func(t *testing.T) {
			text := "服务对象满意度≥90%，开展培训 3次。"
			assert.Equal(t, text, strings.Join(s.Cut(text), ""), "Cut keeps every character")
			words := s.Words(text)
			assert.Contains(t, words, "满意")
			assert.Contains(t, words, "培训")
			for _, w := range words {
				assert.True(t, isWord(w), "%q is no word", w)
			}
			// a query cut the same way finds the text
			for _, q := range []string{"满意度", "培训"} {
				for _, w := range s.Words(q) {
					assert.Contains(t, words, w, q)
				}
			}
			kw := s.Keywords("选调生补助资金用于选调生生活补助，选调生到村任职。", 3)
			assert.LessOrEqual(t, len(kw), 3)
			assert.NotEmpty(t, kw)
			assert.Empty(t, s.Words(""))
			assert.NotPanics(t, func() { s.Words("\x00\xff\xfe bad") })
		})
	}
}

func TestBigram(t *testing.T) {
	b := Bigram()
	assert.Equal(t, []string{"服务", "务对", "对象", "abc12"}, b.Words("服务对象 ABC12"))
	assert.Equal(t, []string{"费"}, b.Words("费"))
	assert.Equal(t, []string{"选调", "调生"}, b.Keywords("选调生，选调生", 2))
}

// TestPieces: text is given to jieba in pieces of at most maxPiece bytes
// (its cost grows with the square of a run of Han characters), cut after
// punctuation or a space where a piece has one, never inside a character;
// they join back into the text, and a text of maxPiece bytes or less is
// one piece (cut as before). A long text keeps every character in Cut and
// its words in Words.
func TestPieces(t *testing.T) {
	assert.Equal(t, []string{"满意度≥90%"}, pieces("满意度≥90%", 64))
	assert.Equal(t, []string{"满意度。", "培训次数"}, pieces("满意度。培训次数", 16))
	assert.Equal(t, []string{"满意度培训", "次数"}, pieces("满意度培训次数", 16))
	for _, text := range []string{strings.Repeat("满意度培训", 20000), strings.Repeat("满意度，培训 3次。", 5000)} {
		ps := pieces(text, maxPiece)
		assert.Equal(t, text, strings.Join(ps, ""))
		for _, p := range ps {
			assert.LessOrEqual(t, len(p), maxPiece)
			assert.True(t, utf8.ValidString(p))
		}
		for _, s := range []*Segmenter{Default(), Bigram()} {
			assert.Equal(t, text, strings.Join(s.Cut(text), ""), s.Name())
			assert.Contains(t, s.Words(text), "培训", s.Name())
		}
	}
}
