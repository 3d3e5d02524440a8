package ocr

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/perfdoc/perfdoc/parser/layout"
)

// ErrNoTesseract means the tesseract program (or its language data) is
// missing.
var ErrNoTesseract = errors.New("OCR needs tesseract with chi_sim (Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim)")

// Engine runs Tesseract by its command line: one process reads every crop
// of a batch of pages from a list file, so the language model is loaded
// once a batch rather than once a cell or a page.
type Engine struct {
	// Path is the tesseract program; empty means "tesseract" on PATH.
	Path string
	// Lang is the Tesseract language; empty means chi_sim.
	Lang string
}

// Check reports whether the engine can run: the program is found and has
// the language.
func (e *Engine) Check() error {
	path, err := exec.LookPath(e.path())
	if err != nil {
		return ErrNoTesseract
	}
	out, err := exec.Command(path, "--list-langs").CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte(e.lang())) {
		return fmt.Errorf("%w: language %s missing", ErrNoTesseract, e.lang())
	}
	return nil
}

func (e *Engine) path() string {
	if e.Path != "" {
		return e.Path
	}
	return "tesseract"
}

func (e *Engine) lang() string {
	if e.Lang != "" {
		return e.Lang
	}
	return "chi_sim"
}

// word is one word of Tesseract's TSV output.
type word struct {
	text string
	conf float64
	box  image.Rectangle
	line int // block, paragraph and line numbers folded into one key
}

// reading is what Tesseract read in one crop.
type reading struct {
	words []word
	plain string // the plain text output, with the spaces the model saw
}

// spaceBefore reports whether the plain text has a space before its k-th
// rune that is no space (counted from 0), when the plain text and the
// words hold the same runes.
func (r reading) spaceBefore(k int) bool {
	if k == 0 || r.plain == "" {
		return false
	}
	n := 0
	space := false
	for _, c := range r.plain {
		if unicode.IsSpace(c) {
			space = true
			continue
		}
		if n == k {
			return space
		}
		space = false
		n++
	}
	return false
}

// read runs Tesseract once over all crops, each a line of text (page
// segmentation mode 7: a single line; mode 6, a block, repeats and loses
// characters on short lines), and returns one reading per crop.
func (e *Engine) read(ctx context.Context, crops []*image.Gray, lang, psm string) ([]reading, error) {
	out := make([]reading, len(crops))
	if len(crops) == 0 {
		return out, nil
	}
	dir, err := os.MkdirTemp("", "perfdoc-ocr-")
	if err != nil {
		return nil, err
	}
	if !tune.keep {
		defer os.RemoveAll(dir)
	}
	var list strings.Builder
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	for i, c := range crops {
		name := filepath.Join(dir, fmt.Sprintf("c%05d.png", i))
		f, err := os.Create(name)
		if err != nil {
			return nil, err
		}
		err = enc.Encode(f, c)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, err
		}
		list.WriteString(name + "\n")
	}
	listFile := filepath.Join(dir, "list.txt")
	if err := os.WriteFile(listFile, []byte(list.String()), 0o600); err != nil {
		return nil, err
	}
	base := filepath.Join(dir, "out")
	cmd := exec.CommandContext(ctx, e.path(), listFile, base, "-l", lang, "--psm", psm, "tsv", "txt")
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return nil, ErrNoTesseract
		}
		msg := strings.TrimSpace(stderr.String())
		if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
			msg = msg[i+1:]
		}
		return nil, fmt.Errorf("tesseract: %v: %s", err, msg)
	}
	tsv, err := os.ReadFile(base + ".tsv")
	if err != nil {
		return nil, err
	}
	if err := parseTSV(tsv, out); err != nil {
		return nil, err
	}
	// the plain text: one page (crop) after another, split by form feeds
	txt, err := os.ReadFile(base + ".txt")
	if err != nil {
		return nil, err
	}
	if pages := strings.Split(string(txt), "\f"); len(pages) == len(out) {
		for i, p := range pages {
			out[i].plain = p
		}
	}
	return out, nil
}

// parseTSV reads Tesseract's TSV (level, page_num, block_num, par_num,
// line_num, word_num, left, top, width, height, conf, text) into the
// readings, one per page_num.
func parseTSV(b []byte, out []reading) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 12 || f[0] != "5" {
			continue
		}
		var n [11]int
		for i := range 10 {
			v, err := strconv.Atoi(f[i])
			if err != nil {
				return fmt.Errorf("tesseract TSV: %q is no number", f[i])
			}
			n[i] = v
		}
		conf, err := strconv.ParseFloat(f[10], 64)
		if err != nil {
			return fmt.Errorf("tesseract TSV: %q is no confidence", f[10])
		}
		text := strings.TrimSpace(f[11])
		page := n[1] - 1
		if text == "" || page < 0 || page >= len(out) {
			continue
		}
		out[page].words = append(out[page].words, word{
			text: text, conf: conf,
			box:  image.Rect(n[6], n[7], n[6]+n[8], n[7]+n[9]),
			line: n[2]<<20 | n[3]<<10 | n[4],
		})
	}
	return sc.Err()
}

// text joins the words of a reading: words of a line with a space only
// between two Latin words or numbers, lines with nothing (a wrapped line)
// unless the line before stops well short of the right edge (a hard
// break, "\n"). It returns the text and the confidence averaged over the
// characters.
func (r reading) text(width int) (string, int) {
	if len(r.words) == 0 {
		return "", 0
	}
	type line struct {
		text   string
		right  int
		height int
	}
	var lines []line
	cur := -1
	var sb strings.Builder
	var right, height, seen int
	var sum, n float64
	flush := func() {
		if sb.Len() > 0 {
			lines = append(lines, line{sb.String(), right, height})
		}
		sb.Reset()
		right, height = 0, 0
	}
	for _, w := range r.words {
		if w.line != cur {
			flush()
			cur = w.line
		}
		switch {
		case sb.Len() == 0:
		case spaced(sb.String(), w.text):
			sb.WriteByte(' ')
		case r.spaceBefore(seen) && han(lastRune(sb.String())) && han(firstRune(w.text)):
			// a space between Chinese words (the TSV's words are no
			// words: the plain text tells where the spaces are)
			sb.WriteByte(' ')
		}
		seen += utf8.RuneCountInString(strings.ReplaceAll(w.text, " ", ""))
		sb.WriteString(w.text)
		right, height = max(right, w.box.Max.X), max(height, w.box.Dy())
		c := float64(utf8.RuneCountInString(w.text))
		sum += max(w.conf, 0) * c
		n += c
	}
	flush()
	var out strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			switch {
			case prev.right < width-2*max(prev.height, 1)-padding:
				out.WriteString(hardBreak(out.String(), l.text))
			case spaced(prev.text, l.text) && latin(lastRune(prev.text)) && latin(firstRune(l.text)) && !digit(lastRune(prev.text)):
				out.WriteByte(' ')
			}
		}
		out.WriteString(l.text)
	}
	conf := 0
	if n > 0 {
		conf = max(1, int(sum/n+0.5))
	}
	return out.String(), conf
}

// spaced reports whether a space belongs between a and b: both sides are
// Latin letters or digits.
func spaced(a, b string) bool {
	return latin(lastRune(a)) && latin(firstRune(b))
}

func latin(r rune) bool { return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

func han(r rune) bool { return unicode.Is(unicode.Han, r) }

// hardBreak is what joins a line that stops well short of its cell's edge
// to the next: a new line when the line ends a sentence or the next starts
// a numbered item, else nothing (a Chinese line may stop short before a
// number, a bracket or a word the layout would not break).
func hardBreak(prev, next string) string {
	if n, _ := layout.ListNumber(next); n > 0 || strings.ContainsRune("。；;：:！!？?", lastRune(prev)) {
		return "\n"
	}
	return ""
}

func digit(r rune) bool { return r >= '0' && r <= '9' }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
