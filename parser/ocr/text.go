package ocr

import (
	"image"
	"sort"
)

// textLine is a band of rows with ink outside tables.
type textLine struct{ y0, y1, x0, x1 int }

func (l textLine) height() int { return l.y1 - l.y0 + 1 }

// textLines finds the lines of text in bm outside the boxes given (tables):
// runs of rows holding ink, with the horizontal extent of that ink.
func textLines(bm *bitmap, skip []image.Rectangle) []textLine {
	masked := func(x, y int) bool {
		for _, r := range skip {
			if image.Pt(x, y).In(r) {
				return true
			}
		}
		return false
	}
	counts := make([]int, bm.h)
	x0s := make([]int, bm.h)
	x1s := make([]int, bm.h)
	for y := range bm.h {
		x0s[y], x1s[y] = bm.w, -1
		for x := range bm.w {
			if !bm.pix[y*bm.w+x] || masked(x, y) || !inkNeighbour(bm, x, y) {
				continue
			}
			counts[y]++
			x0s[y], x1s[y] = min(x0s[y], x), max(x1s[y], x)
		}
	}
	var lines []textLine
	for y := 0; y < bm.h; y++ {
		if counts[y] < 2 {
			continue
		}
		l := textLine{y0: y, x0: bm.w, x1: -1}
		for y < bm.h && counts[y] >= 2 {
			l.y1 = y
			l.x0, l.x1 = min(l.x0, x0s[y]), max(l.x1, x1s[y])
			y++
		}
		lines = append(lines, l)
	}
	hs := make([]int, len(lines))
	for i, l := range lines {
		hs[i] = l.height()
	}
	sort.Ints(hs)
	typical := 0
	if len(hs) > 0 {
		typical = hs[len(hs)*3/4]
	}
	return mergeThin(joinSplit(lines, typical))
}

// joinSplit joins neighbouring bands that together are no taller than a
// line (typical, a sixth more allowed) and lie closer than a sixth of it:
// the parts of characters cut by rows of white, such as 量's 日 and 里.
func joinSplit(lines []textLine, typical int) []textLine {
	if typical <= 0 {
		return lines
	}
	var out []textLine
	for _, l := range lines {
		if n := len(out); n > 0 && (l.y1-out[n-1].y0+1)*6 <= typical*7 && (l.y0-out[n-1].y1)*6 <= typical {
			p := &out[n-1]
			p.y1, p.x0, p.x1 = l.y1, min(p.x0, l.x0), max(p.x1, l.x1)
			continue
		}
		out = append(out, l)
	}
	return out
}

// inkNeighbour reports whether an ink pixel has ink next to it: lone
// pixels are noise.
func inkNeighbour(bm *bitmap, x, y int) bool {
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && bm.at(x+dx, y+dy) {
				return true
			}
		}
	}
	return false
}

// mergeThin folds bands much thinner than the typical line (a dot, the
// lower stroke of a character cut off by a gap) into the nearest line, and
// drops the ones that stand alone (specks).
func mergeThin(lines []textLine) []textLine {
	if len(lines) == 0 {
		return nil
	}
	hs := make([]int, len(lines))
	for i, l := range lines {
		hs[i] = l.height()
	}
	sort.Ints(hs)
	typical := hs[len(hs)*3/4]
	var out []textLine
	for _, l := range lines {
		if l.height()*3 >= typical {
			out = append(out, l)
			continue
		}
		if n := len(out); n > 0 && l.y0-out[n-1].y1 < typical/2 {
			p := &out[n-1]
			p.y1, p.x0, p.x1 = l.y1, min(p.x0, l.x0), max(p.x1, l.x1)
		}
	}
	return out
}

// paragraphs groups lines into paragraphs: a paragraph ends at a gap wider
// than the usual one between lines, where the line height changes (a
// heading), or after a line that stops well short of the text's right edge.
func paragraphs(lines []textLine) [][]textLine {
	if len(lines) == 0 {
		return nil
	}
	var gaps []int
	right := 0
	for i, l := range lines {
		right = max(right, l.x1)
		if i > 0 {
			gaps = append(gaps, l.y0-lines[i-1].y1)
		}
	}
	sort.Ints(gaps)
	usual := 0
	if len(gaps) > 0 {
		usual = gaps[len(gaps)/3]
	}
	var out [][]textLine
	cur := []textLine{lines[0]}
	for i := 1; i < len(lines); i++ {
		prev, l := lines[i-1], lines[i]
		h := max(prev.height(), l.height())
		gap := l.y0 - prev.y1
		short := prev.x1 < right-2*h
		taller := prev.height()*4 > l.height()*5 || l.height()*4 > prev.height()*5
		// a gap of two lines or more ends a paragraph whatever the usual
		// gap (a page with two title lines, a table between them, has no
		// other gap to measure by)
		if gap > usual+h/3 || gap > 2*h || short || taller {
			out = append(out, cur)
			cur = nil
		}
		cur = append(cur, l)
	}
	return append(out, cur)
}
