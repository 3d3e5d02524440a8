package ocr

import "image"

// bitmap is a binarised page: true (1) is ink.
type bitmap struct {
	w, h int
	pix  []bool
}

func (b *bitmap) at(x, y int) bool {
	return x >= 0 && y >= 0 && x < b.w && y < b.h && b.pix[y*b.w+x]
}

// otsu returns Otsu's threshold of g: the grey level that best separates
// ink from paper (a pixel ≤ the threshold is ink).
func otsu(g *image.Gray) uint8 {
	var hist [256]int
	b := g.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := g.Pix[(y-g.Rect.Min.Y)*g.Stride+(b.Min.X-g.Rect.Min.X):]
		for _, v := range row[:b.Dx()] {
			hist[v]++
		}
	}
	total := b.Dx() * b.Dy()
	var sum float64
	for i, n := range hist {
		sum += float64(i * n)
	}
	var sumB, best float64
	var wB int
	th := uint8(127)
	for t := range 256 {
		wB += hist[t]
		if wB == 0 {
			continue
		}
		wF := total - wB
		if wF == 0 {
			break
		}
		sumB += float64(t * hist[t])
		mB := sumB / float64(wB)
		mF := (sum - sumB) / float64(wF)
		between := float64(wB) * float64(wF) * (mB - mF) * (mB - mF)
		if between > best {
			best, th = between, uint8(t)
		}
	}
	return th
}

// binarize thresholds g at th.
func binarize(g *image.Gray, th uint8) *bitmap {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	bm := &bitmap{w: w, h: h, pix: make([]bool, w*h)}
	for y := range h {
		row := g.Pix[y*g.Stride:]
		for x := range w {
			bm.pix[y*w+x] = row[x] <= th
		}
	}
	return bm
}

// blackWhite returns g thresholded at Otsu's threshold, black on white:
// Tesseract's own binarisation of a small noisy crop (200 dpi, JPEG) loses
// glyphs that this keeps (3个 read 3个 rather than S企).
func blackWhite(g *image.Gray) *image.Gray {
	th := otsu(g)
	out := image.NewGray(g.Rect)
	for i, v := range g.Pix {
		if v > th {
			out.Pix[i] = 255
		}
	}
	return out
}
