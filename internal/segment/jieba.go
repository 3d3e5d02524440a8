//go:build cgo

package segment

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/yanyiwu/gojieba"
)

//go:embed dict/*.gz
var dicts embed.FS

// newDefault loads jieba from the embedded dictionaries (written to a
// temporary folder for the C++ loader, removed once loaded); should that
// fail, it falls back to bigrams.
func newDefault() impl {
	dir, err := os.MkdirTemp("", "perfdoc-jieba-")
	if err != nil {
		return bigram{}
	}
	defer os.RemoveAll(dir)
	names := []string{"jieba.dict.utf8", "hmm_model.utf8", "user.dict.utf8", "idf.utf8", "stop_words.utf8"}
	paths := make([]string, len(names))
	for i, n := range names {
		paths[i] = filepath.Join(dir, n)
		if err := inflate(paths[i], n); err != nil {
			return bigram{}
		}
	}
	return &jieba{j: gojieba.NewJieba(paths...)}
}

// inflate writes the embedded dictionary name to path (an empty file for
// a dictionary not embedded), streaming.
func inflate(path, name string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	b, err := dicts.ReadFile("dict/" + name + ".gz")
	if err != nil {
		return nil // not embedded: empty
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, zr); err != nil {
		return err
	}
	return f.Close()
}

type jieba struct{ j *gojieba.Jieba }

func (*jieba) name() string { return "jieba" }

// clean drops invalid UTF-8 and NUL, which the C++ side cannot take.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.ReplaceAll(s, "\x00", "")
}

func (j *jieba) cut(text string) []string {
	if text == "" {
		return nil
	}
	if c := clean(text); c != text {
		return bigram{}.cut(text) // keep every byte for a diff
	}
	var out []string
	for _, p := range pieces(text, maxPiece) {
		out = append(out, j.j.Cut(p, true)...)
	}
	return out
}

func (j *jieba) search(text string) []string {
	var out []string
	for _, p := range pieces(clean(text), maxPiece) {
		out = append(out, j.j.CutForSearch(p, true)...)
	}
	return out
}

func (j *jieba) keywords(text string, k int) []string {
	var out []string
	for _, w := range j.j.Extract(strings.Join(pieces(clean(text), maxPiece), "\n"), k*2) {
		if isWord(w) && len(out) < k {
			out = append(out, w)
		}
	}
	return out
}
