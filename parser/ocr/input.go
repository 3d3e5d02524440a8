package ocr

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"io"

	"golang.org/x/image/tiff"
)

// Image formats Sniff recognises.
const (
	FormatPNG  = "png"
	FormatJPEG = "jpeg"
	FormatTIFF = "tiff"
)

// ErrNotImage means the bytes are no image this package reads.
var ErrNotImage = errors.New("not a PNG, JPEG or TIFF image")

// ErrTooLarge means a limit of Limits was exceeded.
var ErrTooLarge = errors.New("scan exceeds a limit")

// Sniff returns the image format of b (FormatPNG, FormatJPEG, FormatTIFF)
// or "" when b is none of them.
func Sniff(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return FormatPNG
	case bytes.HasPrefix(b, []byte{0xFF, 0xD8, 0xFF}):
		return FormatJPEG
	case bytes.HasPrefix(b, []byte("II*\x00")), bytes.HasPrefix(b, []byte("MM\x00*")):
		return FormatTIFF
	}
	return ""
}

// DecodePages decodes an image file into its pages: one for PNG and JPEG,
// one per image file directory for TIFF. Each page is checked against
// lim.MaxPixels before its pixels are decoded, and the number of pages
// against lim.MaxPages.
func DecodePages(data []byte, lim Limits) ([]*image.Gray, error) {
	lim = lim.WithDefaults()
	switch Sniff(data) {
	case FormatPNG:
		g, err := decodeOne(bytes.NewReader(data), png.DecodeConfig, png.Decode, lim)
		return []*image.Gray{g}, err
	case FormatJPEG:
		g, err := DecodeJPEG(data, lim)
		return []*image.Gray{g}, err
	case FormatTIFF:
		return decodeTIFF(data, lim)
	}
	return nil, ErrNotImage
}

// DecodeJPEG decodes one JPEG image (a file, or a PDF's DCTDecode stream).
func DecodeJPEG(data []byte, lim Limits) (*image.Gray, error) {
	return decodeOne(bytes.NewReader(data), jpeg.DecodeConfig, jpeg.Decode, lim.WithDefaults())
}

type (
	configFunc func(io.Reader) (image.Config, error)
	decodeFunc func(io.Reader) (image.Image, error)
)

// decodeOne decodes an image after checking its declared size.
func decodeOne(r io.ReadSeeker, cfg configFunc, dec decodeFunc, lim Limits) (*image.Gray, error) {
	c, err := cfg(r)
	if err != nil {
		return nil, err
	}
	if err := checkSize(c.Width, c.Height, lim); err != nil {
		return nil, err
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	img, err := dec(r)
	if err != nil {
		return nil, err
	}
	return Gray(img), nil
}

// checkSize enforces lim.MaxPixels on a page of w×h pixels.
func checkSize(w, h int, lim Limits) error {
	if w < 32 || h < 32 {
		return fmt.Errorf("a page of %d×%d pixels is too small to read", w, h)
	}
	if lim.MaxPixels > 0 && int64(w)*int64(h) > lim.MaxPixels {
		return fmt.Errorf("%w: a page of %d×%d pixels is more than %d pixels", ErrTooLarge, w, h, lim.MaxPixels)
	}
	return nil
}

// Gray converts img to 8-bit greyscale (a copy unless it is one already).
// Transparent parts become white.
func Gray(img image.Image) *image.Gray {
	if g, ok := img.(*image.Gray); ok {
		return g
	}
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	switch m := img.(type) {
	case *image.YCbCr:
		for y := 0; y < b.Dy(); y++ {
			copy(g.Pix[y*g.Stride:y*g.Stride+b.Dx()], m.Y[m.YOffset(b.Min.X, b.Min.Y+y):])
		}
		return g
	case *image.Gray16:
		for y := 0; y < b.Dy(); y++ {
			for x := 0; x < b.Dx(); x++ {
				g.Pix[y*g.Stride+x] = m.Pix[m.PixOffset(b.Min.X+x, b.Min.Y+y)]
			}
		}
		return g
	}
	if m, ok := img.(*image.Paletted); ok {
		// a palette's colours over white, once each
		var lut [256]uint8
		for i := range lut {
			lut[i] = 255
		}
		for i, c := range m.Palette {
			if i >= len(lut) {
				break
			}
			r, gg, bb, a := c.RGBA()
			// over white: the colour plus white where it is transparent
			w := 0xffff - a
			y := color.GrayModel.Convert(color.RGBA64{R: uint16(r + w), G: uint16(gg + w), B: uint16(bb + w), A: 0xffff}).(color.Gray).Y
			lut[i] = y
		}
		for y := 0; y < b.Dy(); y++ {
			src := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):]
			dst := g.Pix[y*g.Stride : y*g.Stride+b.Dx()]
			for x := range dst {
				dst[x] = lut[src[x]]
			}
		}
		return g
	}
	if hasAlpha(img) {
		draw.Draw(g, g.Bounds(), image.White, image.Point{}, draw.Src)
		draw.Draw(g, g.Bounds(), img, b.Min, draw.Over)
		return g
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := g.Pix[(y-b.Min.Y)*g.Stride:]
		for x := b.Min.X; x < b.Max.X; x++ {
			row[x-b.Min.X] = color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y
		}
	}
	return g
}

func hasAlpha(img image.Image) bool {
	switch img.(type) {
	case *image.NRGBA, *image.RGBA, *image.NRGBA64, *image.RGBA64, *image.Alpha:
		return true
	}
	return false
}

// decodeTIFF decodes every image of a TIFF file. golang.org/x/image/tiff
// reads the first image file directory (IFD) only, so each further page is
// read through a view of the file whose header points at that page's IFD.
func decodeTIFF(data []byte, lim Limits) ([]*image.Gray, error) {
	offs, err := tiffIFDs(data, lim.MaxPages)
	if err != nil {
		return nil, err
	}
	pages := make([]*image.Gray, 0, len(offs))
	for i, off := range offs {
		v := &tiffView{data: data, ifd: off}
		g, err := decodeOne(v, tiffDecodeConfig, tiffDecode, lim)
		if err != nil {
			return nil, fmt.Errorf("TIFF page %d: %w", i+1, err)
		}
		pages = append(pages, g)
	}
	return pages, nil
}

var (
	tiffDecodeConfig configFunc = tiff.DecodeConfig
	tiffDecode       decodeFunc = tiff.Decode
)

// tiffIFDs walks the chain of image file directories and returns their
// offsets; a loop in the chain or more than maxPages pages is an error.
func tiffIFDs(data []byte, maxPages int) ([]uint32, error) {
	if len(data) < 8 {
		return nil, errors.New("TIFF: short header")
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if data[0] == 'M' {
		bo = binary.BigEndian
	}
	var offs []uint32
	seen := map[uint32]bool{}
	off := bo.Uint32(data[4:8])
	for off != 0 {
		if seen[off] || int64(off)+2 > int64(len(data)) {
			if len(offs) > 0 {
				break // a damaged chain: keep the pages before it
			}
			return nil, fmt.Errorf("TIFF: image directory at %d outside the file", off)
		}
		if maxPages > 0 && len(offs) >= maxPages {
			return nil, fmt.Errorf("%w: more than %d pages", ErrTooLarge, maxPages)
		}
		seen[off] = true
		offs = append(offs, off)
		n := int64(bo.Uint16(data[off:]))
		next := int64(off) + 2 + 12*n
		if next+4 > int64(len(data)) {
			break
		}
		off = bo.Uint32(data[next:])
	}
	return offs, nil
}

// tiffView reads a TIFF file as if its header named the IFD at ifd first.
type tiffView struct {
	data []byte
	ifd  uint32
	pos  int64
}

func (v *tiffView) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("TIFF: negative offset")
	}
	if off >= int64(len(v.data)) {
		return 0, io.EOF
	}
	n := copy(p, v.data[off:])
	// patch the header's first-IFD offset (bytes 4–7) in what was read
	for i := int64(4); i < 8; i++ {
		if i >= off && i < off+int64(n) {
			p[i-off] = v.header(i)
		}
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (v *tiffView) header(i int64) byte {
	var b [4]byte
	if v.data[0] == 'M' {
		binary.BigEndian.PutUint32(b[:], v.ifd)
	} else {
		binary.LittleEndian.PutUint32(b[:], v.ifd)
	}
	return b[i-4]
}

func (v *tiffView) Read(p []byte) (int, error) {
	n, err := v.ReadAt(p, v.pos)
	v.pos += int64(n)
	return n, err
}

func (v *tiffView) Seek(off int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
		v.pos = off
	case io.SeekCurrent:
		v.pos += off
	case io.SeekEnd:
		v.pos = int64(len(v.data)) + off
	}
	return v.pos, nil
}
