package ocr

import (
	"image"
	"math"
)

// maxSkew is the largest skew deskew looks for, in degrees.
const maxSkew = 3.0

// skewAngle estimates the skew of a page in degrees (positive: lines fall
// to the right, as after a clockwise turn) by projection profiles: sheared
// by the right angle, the rows of ink are sharpest, so the sum of squared
// row counts is largest. A coarse search over ±maxSkew is refined around
// its best angle.
func skewAngle(bm *bitmap) float64 {
	// sample at most ~300k ink pixels
	var xs, ys []int32
	n := 0
	for _, v := range bm.pix {
		if v {
			n++
		}
	}
	step := max(1, n/300_000)
	k := 0
	for y := range bm.h {
		row := bm.pix[y*bm.w : (y+1)*bm.w]
		for x, v := range row {
			if !v {
				continue
			}
			if k%step == 0 {
				xs = append(xs, int32(x))
				ys = append(ys, int32(y))
			}
			k++
		}
	}
	if len(xs) < 100 {
		return 0
	}
	hist := make([]int32, 2*bm.h+2*bm.w)
	score := func(deg float64) float64 {
		t := math.Tan(deg * math.Pi / 180)
		clear(hist)
		off := float64(bm.w) // keeps indexes positive
		for i := range xs {
			j := int(float64(ys[i]) - float64(xs[i])*t + off)
			if j >= 0 && j < len(hist) {
				hist[j]++
			}
		}
		var s float64
		for _, c := range hist {
			s += float64(c) * float64(c)
		}
		return s
	}
	best, bestScore := 0.0, score(0)
	search := func(from, to, by float64) {
		center := best
		for d := from; d <= to+1e-9; d += by {
			a := center + d
			if math.Abs(a) > maxSkew {
				continue
			}
			if s := score(a); s > bestScore*(1+1e-9) {
				best, bestScore = a, s
			}
		}
	}
	search(-maxSkew, maxSkew, 0.25)
	search(-0.25, 0.25, 0.05)
	search(-0.05, 0.05, 0.01)
	return best
}

// rotate turns g by -deg degrees around its centre (undoing a skew of deg)
// with bilinear interpolation; what comes from outside the page is white.
func rotate(g *image.Gray, deg float64) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	a := deg * math.Pi / 180
	sin, cos := math.Sin(a), math.Cos(a)
	cx, cy := float64(w)/2, float64(h)/2
	for y := range h {
		dy := float64(y) - cy
		for x := range w {
			dx := float64(x) - cx
			sx := cx + dx*cos - dy*sin
			sy := cy + dx*sin + dy*cos
			out.Pix[y*out.Stride+x] = bilinear(g, sx, sy)
		}
	}
	return out
}

func bilinear(g *image.Gray, x, y float64) uint8 {
	x0, y0 := int(math.Floor(x)), int(math.Floor(y))
	fx, fy := x-float64(x0), y-float64(y0)
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= g.Rect.Dx() || y >= g.Rect.Dy() {
			return 255
		}
		return float64(g.Pix[y*g.Stride+x])
	}
	v := at(x0, y0)*(1-fx)*(1-fy) + at(x0+1, y0)*fx*(1-fy) + at(x0, y0+1)*(1-fx)*fy + at(x0+1, y0+1)*fx*fy
	return uint8(math.Round(v))
}
