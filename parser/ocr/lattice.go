package ocr

import (
	"image"
	"sort"
)

// A lattice is a table found by its ruling lines: the positions of its
// horizontal rules (ys) and vertical rules (xs), each a band of pixels, and
// which rule segments between neighbouring crossings are drawn.
type lattice struct {
	ys, xs []band
	// right[r][c] says a rule separates grid cell (r, c) from (r, c+1);
	// below[r][c] one between (r, c) and (r+1, c).
	right, below [][]bool
	box          image.Rectangle
}

// band is a run of rows (or columns) that one rule covers.
type band struct{ lo, hi int }

func (b band) mid() int { return (b.lo + b.hi) / 2 }

// rules holds the pixels of long horizontal and vertical runs of ink.
type rules struct {
	w, h int
	hm   []bool // pixel belongs to a horizontal rule
	vm   []bool // to a vertical rule
}

// ruleInk returns two bitmaps in which to look for rules: the page
// averaged over 7 pixels along rows (for horizontal rules) and along
// columns (for vertical ones), each thresholded halfway between Otsu's
// threshold and the paper's grey. A thin rule printed light grey, which
// Otsu's threshold half loses to noise, stays whole; noise averages out.
func ruleInk(g *image.Gray, th uint8) (h, v *bitmap) {
	w, ht := g.Rect.Dx(), g.Rect.Dy()
	var hist [256]int
	for y := 0; y < ht; y += 4 {
		for x := 0; x < w; x += 4 {
			hist[g.Pix[y*g.Stride+x]]++
		}
	}
	total, acc, paper := 0, 0, 255
	for _, n := range hist {
		total += n
	}
	for i := 255; i >= 0; i-- { // the grey of the lightest half of the samples
		acc += hist[i]
		if acc*2 >= total {
			paper = i
			break
		}
	}
	cut := (int(th) + paper) / 2
	const r = 3
	h = &bitmap{w: w, h: ht, pix: make([]bool, w*ht)}
	v = &bitmap{w: w, h: ht, pix: make([]bool, w*ht)}
	for y := range ht {
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		sum := 0
		for x := 0; x < min(r, w); x++ {
			sum += int(row[x])
		}
		for x := range w {
			if x+r < w {
				sum += int(row[x+r])
			}
			if x-r-1 >= 0 {
				sum -= int(row[x-r-1])
			}
			n := min(x+r, w-1) - max(x-r, 0) + 1
			h.pix[y*w+x] = sum < cut*n && row[x] < uint8(min(255, paper))
		}
	}
	for x := range w {
		sum := 0
		for y := 0; y < min(r, ht); y++ {
			sum += int(g.Pix[y*g.Stride+x])
		}
		for y := range ht {
			if y+r < ht {
				sum += int(g.Pix[(y+r)*g.Stride+x])
			}
			if y-r-1 >= 0 {
				sum -= int(g.Pix[(y-r-1)*g.Stride+x])
			}
			n := min(y+r, ht-1) - max(y-r, 0) + 1
			v.pix[y*w+x] = sum < cut*n && g.Pix[y*g.Stride+x] < uint8(min(255, paper))
		}
	}
	return h, v
}

// findRules marks the runs of ink at least hMin long in hb's rows and vMin
// long in vb's columns. A run may cross gaps of a few pixels (noise, JPEG
// ringing) and step a pixel up or down (a rule left a little skewed): each
// line of pixels is read together with its two neighbours.
//
// A rule is thin: the pixels thick away on either side are paper, which
// tells a rule from a line of text, whose averaged ink is thick.
func findRules(hb, vb *bitmap, hMin, vMin, thick int) *rules {
	r := &rules{w: hb.w, h: hb.h, hm: make([]bool, len(hb.pix)), vm: make([]bool, len(hb.pix))}
	const gap = 3
	for y := range hb.h {
		markRuns(hb.w, func(i int) bool {
			return (hb.at(i, y) || hb.at(i, y-1) || hb.at(i, y+1)) && !hb.at(i, y-thick) && !hb.at(i, y+thick)
		},
			func(i int) {
				if hb.at(i, y) {
					r.hm[y*hb.w+i] = true
				}
			}, hMin, gap)
	}
	for x := range vb.w {
		markRuns(vb.h, func(i int) bool {
			return (vb.at(x, i) || vb.at(x-1, i) || vb.at(x+1, i)) && !vb.at(x-thick, i) && !vb.at(x+thick, i)
		},
			func(i int) {
				if vb.at(x, i) {
					r.vm[i*vb.w+x] = true
				}
			}, vMin, gap)
	}
	return r
}

// markRuns calls mark on every index of the runs of ink (gaps up to gap
// allowed inside) at least minLen long along a line of n pixels.
func markRuns(n int, ink func(int) bool, mark func(int), minLen, gap int) {
	start, last := -1, -1
	flush := func() {
		if start >= 0 && last-start+1 >= minLen {
			for i := start; i <= last; i++ {
				mark(i)
			}
		}
	}
	for i := range n {
		if !ink(i) {
			continue
		}
		if start < 0 || i-last > gap+1 {
			flush()
			start = i
		}
		last = i
	}
	flush()
}

// lattices finds the tables of a page: connected sets of rule pixels with
// at least two horizontal and two vertical rules, as lattices of grid cells.
func (r *rules) lattices(minLen int) []*lattice {
	label := make([]int32, r.w*r.h)
	var out []*lattice
	var stack []int
	next := int32(0)
	for i := range label {
		if label[i] != 0 || !(r.hm[i] || r.vm[i]) {
			continue
		}
		next++
		label[i] = next
		stack = append(stack[:0], i)
		var pts []int
		box := image.Rectangle{Min: image.Pt(r.w, r.h)}
		for len(stack) > 0 {
			p := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			pts = append(pts, p)
			x, y := p%r.w, p/r.w
			box = box.Union(image.Rect(x, y, x+1, y+1))
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					nx, ny := x+dx, y+dy
					if nx < 0 || ny < 0 || nx >= r.w || ny >= r.h {
						continue
					}
					q := ny*r.w + nx
					if label[q] == 0 && (r.hm[q] || r.vm[q]) {
						label[q] = next
						stack = append(stack, q)
					}
				}
			}
		}
		if box.Dx() < 2*minLen || box.Dy() < minLen/2 {
			continue
		}
		if l := r.lattice(pts, box, minLen); l != nil {
			out = append(out, l)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].box.Min.Y < out[j].box.Min.Y })
	return out
}

// lattice builds the grid of one connected set of rule pixels.
func (r *rules) lattice(pts []int, box image.Rectangle, minLen int) *lattice {
	hprof := make([]int, box.Dy())
	vprof := make([]int, box.Dx())
	for _, p := range pts {
		x, y := p%r.w, p/r.w
		if r.hm[p] {
			hprof[y-box.Min.Y]++
		}
		if r.vm[p] {
			vprof[x-box.Min.X]++
		}
	}
	ys := bands(hprof, minLen, box.Min.Y)
	xs := bands(vprof, minLen/2, box.Min.X)
	if len(ys) < 2 || len(xs) < 2 {
		return nil
	}
	l := &lattice{ys: ys, xs: xs, box: box}
	nr, nc := len(ys)-1, len(xs)-1
	l.right = make([][]bool, nr)
	l.below = make([][]bool, nr)
	for i := range nr {
		l.right[i] = make([]bool, nc)
		l.below[i] = make([]bool, nc)
		for j := range nc {
			l.right[i][j] = j == nc-1 || r.vertical(xs[j+1], ys[i].hi+1, ys[i+1].lo-1)
			l.below[i][j] = i == nr-1 || r.horizontal(ys[i+1], xs[j].hi+1, xs[j+1].lo-1)
		}
	}
	return l
}

// bands groups the positions whose profile reaches min into bands of
// neighbouring positions, offset by off.
func bands(prof []int, min, off int) []band {
	var out []band
	for i := 0; i < len(prof); i++ {
		if prof[i] < min {
			continue
		}
		j := i
		for j+1 < len(prof) && (prof[j+1] >= min || j+2 < len(prof) && prof[j+2] >= min) {
			j++
		}
		out = append(out, band{i + off, j + off})
		i = j
	}
	return out
}

// vertical reports whether a vertical rule at band b covers most of the
// rows y0…y1.
func (r *rules) vertical(b band, y0, y1 int) bool {
	if y1 < y0 {
		return true
	}
	hit := 0
	for y := y0; y <= y1; y++ {
		for x := max(0, b.lo-2); x <= min(r.w-1, b.hi+2); x++ {
			if r.vm[y*r.w+x] {
				hit++
				break
			}
		}
	}
	return hit*2 > y1-y0+1
}

// horizontal reports whether a horizontal rule at band b covers most of
// the columns x0…x1.
func (r *rules) horizontal(b band, x0, x1 int) bool {
	if x1 < x0 {
		return true
	}
	hit := 0
	for x := x0; x <= x1; x++ {
		for y := max(0, b.lo-2); y <= min(r.h-1, b.hi+2); y++ {
			if r.hm[y*r.w+x] {
				hit++
				break
			}
		}
	}
	return hit*2 > x1-x0+1
}

// gridCell is a cell of a lattice: grid rows r0…r1-1 and columns c0…c1-1,
// and the pixels inside its rules.
type gridCell struct {
	r0, r1, c0, c1 int
	box            image.Rectangle
}

// cells joins the grid cells that no rule separates into cells with spans.
// A set of joined grid cells that is no rectangle becomes its bounding
// rectangle.
func (l *lattice) cells() (owner [][]int, cells []gridCell) {
	nr, nc := len(l.ys)-1, len(l.xs)-1
	owner = make([][]int, nr)
	for i := range owner {
		owner[i] = make([]int, nc)
		for j := range owner[i] {
			owner[i][j] = -1
		}
	}
	for i := range nr {
		for j := range nc {
			if owner[i][j] >= 0 {
				continue
			}
			k := len(cells)
			gc := gridCell{r0: i, r1: i + 1, c0: j, c1: j + 1}
			// flood the grid cells reachable without crossing a rule
			stack := [][2]int{{i, j}}
			owner[i][j] = k
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				a, b := p[0], p[1]
				gc.r0, gc.r1 = min(gc.r0, a), max(gc.r1, a+1)
				gc.c0, gc.c1 = min(gc.c0, b), max(gc.c1, b+1)
				try := func(a2, b2 int, open bool) {
					if open && a2 >= 0 && b2 >= 0 && a2 < nr && b2 < nc && owner[a2][b2] < 0 {
						owner[a2][b2] = k
						stack = append(stack, [2]int{a2, b2})
					}
				}
				try(a, b+1, b+1 < nc && !l.right[a][b])
				try(a, b-1, b > 0 && !l.right[a][b-1])
				try(a+1, b, a+1 < nr && !l.below[a][b])
				try(a-1, b, a > 0 && !l.below[a-1][b])
			}
			// a non-rectangular region takes its bounding rectangle
			for a := gc.r0; a < gc.r1; a++ {
				for b := gc.c0; b < gc.c1; b++ {
					owner[a][b] = k
				}
			}
			gc.box = image.Rect(l.xs[gc.c0].hi+1, l.ys[gc.r0].hi+1, l.xs[gc.c1].lo, l.ys[gc.r1].lo)
			cells = append(cells, gc)
		}
	}
	return owner, cells
}
