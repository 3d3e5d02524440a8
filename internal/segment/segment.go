// Package segment cuts Chinese text into words, in one place for all of
// perfdoc: the warehouse's search index and project keywords, and
// word-level text diffs. Built with cgo it uses jieba
// (github.com/yanyiwu/gojieba) with its dictionaries embedded in the
// binary and loaded once, on first use; without cgo it falls back to
// character bigrams, which need no dictionary and still find every
// two-character word.
package segment

import (
	"strings"
	"sync"
	"unicode"
)

// Segmenter cuts text. Its methods are safe for concurrent use.
type Segmenter struct {
	impl impl
}

// impl is one method of cutting: jieba (cgo) or bigrams.
type impl interface {
	name() string
	cut(text string) []string    // every character kept, in order
	search(text string) []string // words and the words inside them
	keywords(text string, k int) []string
}

var (
	once sync.Once
	def  *Segmenter
)

// Default returns the process's segmenter, loading jieba's dictionaries
// (about a second) the first time it is called.
func Default() *Segmenter {
	once.Do(func() { def = &Segmenter{impl: newDefault()} })
	return def
}

// Bigram returns the dictionary-free segmenter (what Default is without
// cgo).
func Bigram() *Segmenter { return &Segmenter{impl: bigram{}} }

// Name says how the segmenter cuts: "jieba" or "bigram". An index and its
// queries must be cut the same way.
func (s *Segmenter) Name() string { return s.impl.name() }

// Cut splits text into consecutive tokens that join back into text: words,
// runs of spaces and single punctuation marks (precise mode, for diffs).
func (s *Segmenter) Cut(text string) []string { return s.impl.cut(text) }

// Words cuts text for a search index or a query (search mode: "满意度" gives
// 满意 and 满意度), lowercased, without spaces or punctuation.
func (s *Segmenter) Words(text string) []string {
	var out []string
	for _, w := range s.impl.search(text) {
		if w = strings.ToLower(strings.TrimSpace(w)); w != "" && isWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// Keywords returns up to k words that characterise text, most
// characteristic first.
func (s *Segmenter) Keywords(text string, k int) []string { return s.impl.keywords(text, k) }

// isWord reports whether w has a letter or a digit.
func isWord(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
