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
)

// ErrNoTesseract means the tesseract program (or its language data) is
// missing.
var ErrNoTesseract = errors.New("OCR needs tesseract with chi_sim (Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim)")

// Engine runs Tesseract by its command line: one process per page reads
// every crop of that page from a list file, so the language model is loaded
// once a page rather than once a cell.
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
}

// read runs Tesseract once over all crops, each a line of text (page
// segmentation mode 7: a single line; mode 6, a block, repeats and loses
// characters on short lines), and returns one reading per crop.
func (e *Engine) read(ctx context.Context, crops []*image.Gray) ([]reading, error) {
	out := make([]reading, len(crops))
	if len(crops) == 0 {
		return out, nil
	}
	dir, err := os.MkdirTemp("", "perfdoc-ocr-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
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
	cmd := exec.CommandContext(ctx, e.path(), listFile, "stdout", "-l", e.lang(), "--psm", "7", "tsv")
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
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
	if err := parseTSV(stdout.Bytes(), out); err != nil {
		return nil, err
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
	var right, height int
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
		if sb.Len() > 0 && spaced(sb.String(), w.text) {
			sb.WriteByte(' ')
		}
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
				out.WriteByte('\n')
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

func digit(r rune) bool { return r >= '0' && r <= '9' }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
