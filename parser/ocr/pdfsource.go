package ocr

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"sync"

	"golang.org/x/image/ccitt"

	"github.com/perfdoc/perfdoc/parser/internal/pdf"
)

// pdfSource is the pages of a PDF whose pages are images: each page's
// largest image is its scan.
type pdfSource struct {
	mu    sync.Mutex // the PDF reader is not safe for concurrent use
	r     *pdf.Reader
	pages []pdf.Page
	lim   Limits
}

// NewPDFSource returns the scans of a PDF's pages. The PDF reader's limits
// bound the bytes its images decode to, as they bound every stream.
func NewPDFSource(r *pdf.Reader, pages []pdf.Page, lim Limits) Source {
	return &pdfSource{r: r, pages: pages, lim: lim.WithDefaults()}
}

func (s *pdfSource) Pages() int { return len(s.pages) }

func (s *pdfSource) Page(i int) (*image.Gray, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	imgs, err := s.r.Images(s.pages[i])
	if err != nil {
		return nil, err
	}
	best := -1
	for k, im := range imgs {
		if best < 0 || im.Width*im.Height > imgs[best].Width*imgs[best].Height {
			best = k
		}
	}
	if best < 0 {
		return nil, errors.New("no image on the page")
	}
	im := imgs[best]
	if err := checkSize(im.Width, im.Height, s.lim); err != nil {
		return nil, err
	}
	if im.Filter != "" { // samples decoded here, not by the PDF reader
		if err := s.r.Charge(int64(im.Width) * int64(im.Height)); err != nil {
			return nil, err
		}
	}
	g, err := decodePDFImage(im, s.lim)
	if err != nil {
		return nil, err
	}
	return rotatePage(g, s.pages[i].Rotate), nil
}

// decodePDFImage decodes an image XObject's data to greyscale.
func decodePDFImage(im pdf.Image, lim Limits) (*image.Gray, error) {
	switch im.Filter {
	case "DCTDecode":
		g, err := DecodeJPEG(im.Data, lim)
		if err != nil {
			return nil, fmt.Errorf("DCT image: %w", err)
		}
		if im.Invert {
			invert(g)
		}
		return g, nil
	case "CCITTFaxDecode":
		return decodeCCITT(im)
	case "":
		return decodeSamples(im)
	}
	return nil, fmt.Errorf("%s images are not supported (no Go decoder): convert the scan to CCITT G4 or JPEG first", im.Filter)
}

// decodeCCITT decodes fax-coded data (Group 4, or Group 3 one-dimensional).
func decodeCCITT(im pdf.Image) (*image.Gray, error) {
	k := pdf.Int(im.Parms["K"], 0)
	cols := pdf.Int(im.Parms["Columns"], 1728)
	rows := pdf.Int(im.Parms["Rows"], im.Height)
	if rows <= 0 {
		rows = im.Height
	}
	if cols != im.Width || rows != im.Height {
		return nil, fmt.Errorf("CCITT image: %d×%d in its parameters, %d×%d in the image", cols, rows, im.Width, im.Height)
	}
	sf := ccitt.Group4
	switch {
	case k == 0:
		sf = ccitt.Group3
	case k > 0:
		return nil, errors.New("CCITT Group 3 two-dimensional images are not supported")
	}
	blackIs1, _ := im.Parms["BlackIs1"].(bool)
	align, _ := im.Parms["EncodedByteAlign"].(bool)
	g := image.NewGray(image.Rect(0, 0, cols, rows))
	// the decoder writes white as 0xFF unless Invert; PDF's default is 0 = black
	err := ccitt.DecodeIntoGray(g, bytes.NewReader(im.Data), ccitt.MSB, sf, &ccitt.Options{Align: align, Invert: blackIs1})
	if err != nil {
		return nil, fmt.Errorf("CCITT image: %w", err)
	}
	if im.Invert || im.ImageMask {
		invert(g)
	}
	return g, nil
}

// decodeSamples reads raw samples: 1 or 8 bits, grey, RGB or CMYK.
func decodeSamples(im pdf.Image) (*image.Gray, error) {
	comps := map[string]int{"DeviceGray": 1, "CalGray": 1, "DeviceRGB": 3, "CalRGB": 3, "DeviceCMYK": 4}[im.ColorSpace]
	if im.ColorSpace == "ICCBased" {
		comps = im.Components
	}
	if im.ImageMask {
		comps = 1
	}
	bpc := im.BitsPerComponent
	if comps == 0 || (bpc != 1 && bpc != 8) || (bpc == 1 && comps != 1) {
		return nil, fmt.Errorf("image of %d bits in %s is not supported", bpc, im.ColorSpace)
	}
	w, h := im.Width, im.Height
	stride := (w*comps*bpc + 7) / 8
	if len(im.Data) < stride*h {
		return nil, fmt.Errorf("image data short: %d bytes for %d×%d", len(im.Data), w, h)
	}
	g := image.NewGray(image.Rect(0, 0, w, h))
	for y := range h {
		row := im.Data[y*stride:]
		for x := range w {
			var v uint8
			switch {
			case bpc == 1:
				if row[x/8]&(0x80>>(x%8)) != 0 {
					v = 255
				}
				if im.ImageMask {
					v = 255 - v // a stencil paints where the bit is 0
				}
			case comps == 1:
				v = row[x]
			case comps == 3:
				v = color.GrayModel.Convert(color.RGBA{row[3*x], row[3*x+1], row[3*x+2], 255}).(color.Gray).Y
			default:
				r, gg, b := color.CMYKToRGB(row[4*x], row[4*x+1], row[4*x+2], row[4*x+3])
				v = color.GrayModel.Convert(color.RGBA{r, gg, b, 255}).(color.Gray).Y
			}
			g.Pix[y*g.Stride+x] = v
		}
	}
	if im.Invert {
		invert(g)
	}
	return g, nil
}

func invert(g *image.Gray) {
	for i, v := range g.Pix {
		g.Pix[i] = 255 - v
	}
}

// rotatePage turns a page by its /Rotate (a multiple of 90 degrees,
// clockwise).
func rotatePage(g *image.Gray, deg int) *image.Gray {
	deg = ((deg % 360) + 360) % 360
	if deg == 0 || deg%90 != 0 {
		return g
	}
	w, h := g.Rect.Dx(), g.Rect.Dy()
	ow, oh := h, w
	if deg == 180 {
		ow, oh = w, h
	}
	out := image.NewGray(image.Rect(0, 0, ow, oh))
	for y := range h {
		for x := range w {
			var nx, ny int
			switch deg {
			case 90:
				nx, ny = h-1-y, x
			case 180:
				nx, ny = w-1-x, h-1-y
			case 270:
				nx, ny = y, w-1-x
			}
			out.Pix[ny*out.Stride+nx] = g.Pix[y*g.Stride+x]
		}
	}
	return out
}
